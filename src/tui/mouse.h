/* mouse.h - the mouse in the dashboard: a press on a tab, a row, a column's
 * heading, a heat-map cell or an exception; the wheel scrolls. */
#ifndef ASSURE_TUI_MOUSE_H
#define ASSURE_TUI_MOUSE_H

#include "state.h"

/* Read the mouse event waiting (after getch gave KEY_MOUSE) and do what it
 * asks on the screen shown. */
void mouse_event(tui_state *s);

#endif
