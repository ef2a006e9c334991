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
/* On a screen of at least 120x40, the shown panel's headline figures in
 * the block font from line top, as large as fit in the top third; returns
 * the lines they take, 0 when the panel is drawn as it always is. */
int meeting_panel_band(tui_state *s, int top);

/* The meeting pack (meeting_pack.c): built from the data when first asked
 * for, and kept with it; NULL when it cannot be. */
const pack *meeting_pack(tui_state *s);
/* Its pages at the screen's size: one a section, more where rows do not fit. */
int meeting_pack_pages(tui_state *s);
/* Draw page `number` of the pack (from 0); false past its last. */
bool meeting_pack_draw(tui_state *s, int number);
/* Which section a page is, for the bottom line: "pack 3/9 Slipped milestones 1 of 2". */
void meeting_pack_describe(tui_state *s, int number, char *buf, size_t size);

#endif
