/* meeting.h - meeting mode: large headline figures for the back of the room,
 * then each panel in turn; Space pauses, the arrows step, Esc stops. */
#ifndef ASSURE_TUI_MEETING_H
#define ASSURE_TUI_MEETING_H

#include "state.h"

void meeting_start(tui_state *s);
void meeting_stop(tui_state *s);
/* A key in meeting mode: pause, step, stop. */
void meeting_key(tui_state *s, int key);
/* The bottom line in meeting mode: the step, and the keys. */
void meeting_draw_bar(tui_state *s);
/* When its time is up (and not paused), the next view. */
void meeting_tick(tui_state *s);
/* Draw the headlines; false when the panel shown is drawn instead. */
bool meeting_draw(tui_state *s);

#endif
