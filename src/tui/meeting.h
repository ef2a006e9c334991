/* meeting.h - meeting mode: large headline figures for the back of the room,
 * then each panel in turn; any key stops it. */
#ifndef ASSURE_TUI_MEETING_H
#define ASSURE_TUI_MEETING_H

#include "state.h"

void meeting_start(tui_state *s);
void meeting_stop(tui_state *s);
/* When its time is up, the next view. */
void meeting_tick(tui_state *s);
/* Draw the headlines; false when the panel shown is drawn instead. */
bool meeting_draw(tui_state *s);

#endif
