/* panel_plan.h - what the Plan panel's table and its time-line share: the
 * panel's own state, and drawing the time-line (panel_plan_timeline.c). */
#ifndef ASSURE_TUI_PANEL_PLAN_H
#define ASSURE_TUI_PANEL_PLAN_H

#include "tui_internal.h"

#define PLAN_WORKSTREAMS_MAX 64

/* The panel's own (p->own): how it shows the plan, and what the last build found. */
typedef struct {
    bool timeline;        /* v: the time-line, not the table */
    bool overdue_only;    /* ! */
    char workstream[128]; /* w: only this workstream's milestones ("" all) */
    size_t shown, overdue, blocked;
    size_t later; /* due later than at the snapshot compared with */
} plan_state;

/* Draw the rows the table shows (its filter, sort and selection) as a
 * time-line in the box: months across, a row a milestone, today a column. */
void plan_draw_timeline(panel *p, tui_state *s, int y, int x, int height, int width);

/* What the time-line's marks mean, for the help and the legend. */
void plan_timeline_legend(const tui_state *s, char *buf, size_t size);

#endif
