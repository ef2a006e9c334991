/* panel_savings.h - the Savings panel opened from another panel on a
 * workstream's lines. */
#ifndef ASSURE_TUI_PANEL_SAVINGS_H
#define ASSURE_TUI_PANEL_SAVINGS_H

#include "tui_internal.h"

/* Show the Savings panel with the lines of workstream alone (their
 * workstream that name, whatever its case): filtered as / filters, the
 * filter its name, shown in the header and cleared by Esc as a typed one
 * is, the totals those of its lines.  Returns how many lines it shows. */
size_t savings_show_workstream(tui_state *s, const char *workstream);

/* Whether name is a workstream's: one of the project register's
 * workstreams, or the workstream of a savings line (whatever its case). */
bool savings_is_workstream(const tui_state *s, const char *name);

#endif
