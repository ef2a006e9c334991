/* overview_page.h - the Overview laid out as lines that scroll: where a
 * line is on the screen, parts that flow onto the next line rather than be
 * cut, and the Overview's lists, profile and notes drawn on such a page. */
#ifndef ASSURE_TUI_OVERVIEW_PAGE_H
#define ASSURE_TUI_OVERVIEW_PAGE_H

#include "tui_internal.h"

/* Where lines go: line n is drawn at top + n - scroll when that is in the box. */
typedef struct {
    const theme *th;
    int top, bottom, scroll;
} page;

typedef struct {
    const page *pg;
    int y, x, left, right; /* where the next part goes (y a line of the page), and the line's bounds */
} flow;

/* The screen row of a line of the page, or -1 when the box does not show it. */
int overview_row(const page *pg, int line);
/* Text at (line, x), clipped at right; returns the columns it takes, drawn or not. */
int overview_put(const page *pg, int line, int x, int right, const char *text, attr_t attr);
/* One part of a card where it fits: on the next line when it does not, cut
 * with an ellipsis only when no line is wide enough. */
void overview_part(flow *f, const char *text, attr_t attr);
/* Columns of space after a part, unless the line is full. */
void overview_gap(flow *f, int columns);
/* A percentage as screens write it, "none" when undefined. */
void overview_pct(char *buf, size_t size, decimal d);
/* The staffing rows of the latest snapshot date. */
staffing_set overview_latest_staffing(tui_data *d);
/* "Hot spots" and the red ones, worst first, then "+N more" for those that do not fit. */
void overview_hot_spots(tui_state *s, flow *f);
/* "High" and the open high risks, highest score first, then "+N more". */
void overview_high_risks(tui_state *s, flow *f);
/* The benefits profile by FY from line: a bar and figures a year, and the legend. */
void overview_profile(tui_state *s, const page *pg, int line, int x, int width, int rows);
/* What was re-profiled since the snapshot, wrapped at spaces. */
void overview_reprofiled(tui_state *s, flow *f);

#endif
