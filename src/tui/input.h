/* input.h - keys as terminals send them (private to tui/).
 *
 * Home, End, Insert, Delete, PgUp, PgDn, the arrows and F1-F12 are known in
 * every common form (xterm, PuTTY and VT220, screen and tmux, rxvt, the
 * Linux console), with or without Shift, Ctrl or Alt, whatever TERM says.
 * An escape sequence that is none of them is read whole and reported as one
 * key, INPUT_UNKNOWN, so that its bytes never act as keys of their own.
 */
#ifndef ASSURE_TUI_INPUT_H
#define ASSURE_TUI_INPUT_H

#include <curses.h>

/* An escape sequence that means nothing here, read whole. */
#define INPUT_UNKNOWN (KEY_MAX + 0x10000)

/* Teach the screen every common form of the keys above (after newterm). */
void input_define_keys(void);
/* The next key, waiting at most wait_ms (-1: for ever); ERR when none came.
 * A lone Esc is 27. */
int input_key(int wait_ms);
/* As input_key, also ending the wait (with ERR) when fd becomes readable;
 * fd -1 is input_key. */
int input_key_or(int wait_ms, int fd);

#endif
