/* terminal.h - taking over the terminal and giving it back (private to tui/).
 *
 * The screen is opened with newterm, so an unknown TERM is a message rather
 * than ncurses exiting.  SIGHUP, SIGTERM and SIGINT only set a flag; the
 * event loop sees it and ends, restoring the terminal.
 */
#ifndef ASSURE_TERMINAL_H
#define ASSURE_TERMINAL_H

#include <stdbool.h>

#include "config.h"
#include "error.h"

/* The most lines or columns LINES and COLUMNS may ask for. */
#define TERMINAL_SIZE_MAX 1000

typedef struct {
    bool utf8;         /* draw with Unicode (WACS_*) rather than ASCII */
    bool colour;       /* colour pairs are set up */
    char warning[160]; /* for the status line: LINES or COLUMNS ignored; "" if none */
} terminal_caps;

/* Open the screen on the controlling terminal; fills caps.  A LINES or
 * COLUMNS that is not a whole number from 1 to TERMINAL_SIZE_MAX is ignored
 * (the terminal's own size is used), and caps->warning says so. */
assure_status terminal_open(const assure_config *cfg, terminal_caps *caps, assure_error *err);
/* Restore the terminal (safe to call twice). */
void terminal_close(void);
/* The signal that asked us to stop, or 0. */
int terminal_stop_signal(void);
/* True when standard input has hung up or closed (a dropped SSH session). */
bool terminal_input_closed(void);

#endif
