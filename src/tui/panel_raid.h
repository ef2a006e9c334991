/* panel_raid.h - what the Actions panel and its views of issues and
 * decisions share: v going round the three, and o opening the savings line
 * or risk a row is linked to. */
#ifndef ASSURE_TUI_PANEL_RAID_H
#define ASSURE_TUI_PANEL_RAID_H

#include "tui_internal.h"

/* v: the next of actions, issues, decisions, round; o: the row's link (the
 * text link, a savings line's or a risk's ref) on its panel.  REACT_NONE for
 * any other action. */
reaction raid_act(panel *p, tui_state *s, action what, const char *link);

/* What a detail says of a row's link: the line or risk it names and that o
 * opens it, or that it names neither (a workstream). */
void raid_detail_link(tui_state *s, const char *link, text_lines *out);

#endif
