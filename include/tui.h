/* tui.h - the interactive dashboard. */
#ifndef ASSURE_TUI_H
#define ASSURE_TUI_H

#include <stdbool.h>

#include "config.h"
#include "error.h"
#include "store.h"

typedef struct {
    const assure_config *config;
    store *store;
    panel_id start;
    bool read_only;
    const char *notice; /* said on the status line at the start, or NULL */
} tui_options;

/* Run the dashboard until the user quits or the session hangs up; the
 * terminal is restored in every case. */
assure_status tui_run(const tui_options *options, assure_error *err);

#endif
