/* frame.h - what is around a panel: the header, the tabs, the bottom line
 * (key bar, status, prompt), and the help and detail views. */
#ifndef ASSURE_TUI_FRAME_H
#define ASSURE_TUI_FRAME_H

#include <stddef.h>

#include "state.h"

/* Draw the whole screen for the state it is in. */
void frame_draw(tui_state *s);
/* The line that stands in for the key bar while the file is not the one opened. */
void frame_file_notice(const tui_state *s, char *buf, size_t size);
/* Open the help, or the selected row's detail, as lines to scroll. */
void frame_open_help(tui_state *s);
void frame_open_detail(tui_state *s);
/* A key in the help or detail view. */
void frame_lines_key(tui_state *s, int key);

#endif
