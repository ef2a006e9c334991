/* panel_plan_timeline.c - the Plan panel's time-line: the milestones the
 * table shows, a row each in its order, months across (as many columns each
 * as the screen gives them, from the earliest date shown to the latest),
 * the baseline and the forecast or actual marked, the slip between them
 * drawn as a line, today a column down every row, and a milestone whose
 * predecessor slipped past it flagged with ! beside its ref.  The columns
 * are worked by timeline.h; this only draws. */
#include <stdio.h>
#include <string.h>

#include "panel_plan.h"
#include "timeline.h"
#include "view_milestones.h"

/* A cell of a row of the time-line: what it shows, in what colour. */
typedef struct {
    const char *glyph;
    element look;
} mark;

static const char *const month_names[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

void plan_timeline_legend(const tui_state *s, char *buf, size_t size)
{
    const theme *th = &s->theme;
    char today[32];
    date_format_long(today, sizeof today, s->data.today);
    snprintf(buf, size, "%s baseline  %s forecast  %s met  %s slipped  %s today, %s  ! blocked", th->baseline,
             th->forecast, th->met, th->hline, th->vline, today);
}

/* The months the rows shown span, with today: false when there is no room. */
static bool scale_for(const panel *p, const tui_state *s, int width, timeline_scale *out)
{
    bool any = false;
    calendar_date first = s->data.today, last = s->data.today;
    timeline_span_add(s->data.today, &any, &first, &last);
    const table *t = &p->table;
    for (size_t i = 0; i < t->norder; i++) {
        const table_row *r = &t->rows[t->order[i]];
        if (r->kind != ROW_LINE || r->source >= s->data.milestones.count)
            continue;
        const milestone_dates *d = &s->data.milestones.rows[r->source].dates;
        if (d->has_baseline)
            timeline_span_add(d->baseline, &any, &first, &last);
        if (d->has_forecast)
            timeline_span_add(d->forecast, &any, &first, &last);
        if (d->has_actual)
            timeline_span_add(d->actual, &any, &first, &last);
    }
    return timeline_fit(first, last, width, out);
}

/* A date's column, one off the line kept at its edge with an arrow. */
static void place(mark *row, const timeline_scale *scale, const theme *th, calendar_date date,
                  const char *glyph, element look)
{
    int c = timeline_column(scale, date);
    if (c == TIMELINE_BEFORE)
        row[0] = (mark){th->earlier, look};
    else if (c == TIMELINE_AFTER)
        row[scale->width - 1] = (mark){th->later, look};
    else
        row[c] = (mark){glyph, look};
}

static int clamp_column(const timeline_scale *scale, calendar_date date)
{
    int c = timeline_column(scale, date);
    return c == TIMELINE_BEFORE ? 0 : c == TIMELINE_AFTER ? scale->width - 1 : c;
}

/* The cells of one milestone's row. */
static void marks_of(const tui_state *s, const table_row *r, const timeline_scale *scale, int today,
                     mark *row)
{
    const theme *th = &s->theme;
    const milestone_dates *d = &s->data.milestones.rows[r->source].dates;
    for (int c = 0; c < scale->width; c++)
        row[c] = (mark){" ", E_NORMAL};
    if (today >= 0)
        row[today] = (mark){th->vline, E_BLUE};
    calendar_date finish;
    bool has_finish = milestone_finish(d, &finish);
    bool blocked = r->cells[MILESTONES_COL_BLOCKED_BY].text != NULL &&
                   r->cells[MILESTONES_COL_BLOCKED_BY].text[0] != '\0';
    bool late = milestone_is_overdue(d, s->data.today);
    if (d->has_baseline && has_finish) { /* the slip, from the baseline to the finish */
        int a = clamp_column(scale, d->baseline), b = clamp_column(scale, finish);
        element look = milestone_slippage_days(d) > 0 ? E_AMBER : E_DIM;
        for (int c = (a < b ? a : b) + 1; c < (a < b ? b : a); c++)
            row[c] = (mark){th->hline, look};
    }
    if (d->has_baseline)
        place(row, scale, th, d->baseline, th->baseline, E_NORMAL);
    if (d->has_actual)
        place(row, scale, th, d->actual, th->met, E_GREEN);
    else if (has_finish)
        place(row, scale, th, finish, th->forecast,
              late || blocked                  ? E_RED
              : d->status == MILESTONE_AT_RISK ? E_AMBER
                                               : E_NORMAL);
}

/* The year over January (and the first month), the months' names under it. */
static void draw_months(const tui_state *s, const timeline_scale *scale, int y, int x)
{
    const theme *th = &s->theme;
    attr_t heading = theme_attr(th, E_TITLE);
    int year_end = -1;
    for (int k = 0; k < scale->months; k++) {
        int year, month, at = k * scale->per_month;
        timeline_month(scale, k, &year, &month);
        char text[16];
        if ((k == 0 || month == 1) && at > year_end && at + 4 <= scale->width) {
            snprintf(text, sizeof text, "%d", year);
            draw_plain(th, y, x + at, x + scale->width, text, theme_attr(th, E_NORMAL));
            year_end = at + 4;
        }
        snprintf(text, sizeof text, "%.*s", scale->per_month >= 4 ? 3 : 1, month_names[month - 1]);
        draw_plain(th, y + 1, x + at, x + scale->width, text, heading);
    }
}

/* The chosen milestone in words, under the time-line. */
static void describe(const tui_state *s, const table_row *r, char *buf, size_t size)
{
    const milestone_row *m = &s->data.milestones.rows[r->source];
    const milestone_dates *d = &m->dates;
    char baseline[32] = "none", finish[32] = "none";
    calendar_date when;
    if (d->has_baseline)
        date_format_long(baseline, sizeof baseline, d->baseline);
    if (milestone_finish(d, &when))
        date_format_long(finish, sizeof finish, when);
    int used = snprintf(buf, size, "%s %s: baseline %s, %s %s", m->ref, m->milestone, baseline,
                        d->has_actual ? "met" : "forecast", finish);
    int32_t slipped = milestone_slippage_days(d), late = milestone_days_overdue(d, s->data.today);
    if (slipped != 0 && used > 0 && (size_t)used < size)
        used += snprintf(buf + used, size - (size_t)used, ", %d day%s %s",
                         (int)(slipped < 0 ? -slipped : slipped), slipped == 1 || slipped == -1 ? "" : "s",
                         slipped > 0 ? "late" : "early");
    if (late > 0 && used > 0 && (size_t)used < size)
        used += snprintf(buf + used, size - (size_t)used, "; OVERDUE by %d day%s", (int)late,
                         late == 1 ? "" : "s");
    /* each predecessor that slipped past it, with when it now finishes */
    milestone_plan *plan = milestones_plan(&s->data.milestones);
    for (size_t k = 0; plan != NULL && k < milestone_plan_ndepends(plan, r->source); k++) {
        long before = milestone_plan_depends(plan, r->source, k);
        int32_t days = 0;
        if (before < 0 || !milestone_slipped_past(&s->data.milestones.rows[before].dates, d, &days) ||
            !milestone_finish(&s->data.milestones.rows[before].dates, &when) || used <= 0 ||
            (size_t)used >= size)
            continue;
        char at[32];
        date_format_long(at, sizeof at, when);
        used += snprintf(buf + used, size - (size_t)used, "; ! %s finishes %s, %d day%s after it is due",
                         s->data.milestones.rows[before].ref, at, (int)days, days == 1 ? "" : "s");
    }
    milestone_plan_free(plan);
}

void plan_draw_timeline(panel *p, tui_state *s, int y, int x, int height, int width)
{
    const theme *th = &s->theme;
    table *t = &p->table;
    mark cells[512]; /* a row of the time-line: wider screens leave the rest blank */
    /* the label: each ref (as wide as the widest), its flag and a space;
     * on a wide screen the milestone's words too */
    int refw = 3;
    for (size_t i = 0; i < t->norder; i++) {
        const char *ref = t->rows[t->order[i]].cells[MILESTONES_COL_REF].text;
        int w = ref != NULL ? text_columns(ref) : 0;
        refw = w > refw ? (w > 12 ? 12 : w) : refw;
    }
    int titlew = width >= 120 ? (width / 4 < 40 ? width / 4 : 40) : 0;
    int label = refw + 2 + (titlew > 0 ? titlew + 1 : 0);
    timeline_scale scale;
    memset(&t->drawn, 0, sizeof t->drawn);
    t->drawn.y = y + 1; /* the months' line stands for a heading: a row under it is chosen by the mouse */
    if (t->norder == 0) {
        draw_wrapped(th, y, x, width, height, "No milestones shown (! and w narrow them; v shows the table)",
                     theme_attr(th, E_DIM));
        return;
    }
    int room = width - label > (int)(sizeof cells / sizeof cells[0]) ? (int)(sizeof cells / sizeof cells[0])
                                                                     : width - label;
    if (room < 12 || height < 4 || !scale_for(p, s, room, &scale)) {
        draw_wrapped(th, y, x, width, height, "Too small a screen for the time-line: v shows the table",
                     theme_attr(th, E_DIM));
        return;
    }
    int cx = x + label;
    draw_text(th, y + 1, x, label, "Ref", theme_attr(th, E_TITLE), false);
    if (titlew > 0)
        draw_text(th, y + 1, x + refw + 2, titlew, "Milestone", theme_attr(th, E_TITLE), false);
    draw_months(s, &scale, y, cx);
    /* under the rows: the legend, then the chosen milestone in words */
    char legend[300], said[1024] = "";
    plan_timeline_legend(s, legend, sizeof legend);
    const table_row *chosen = table_selected(t);
    if (chosen != NULL && chosen->kind == ROW_LINE)
        describe(s, chosen, said, sizeof said);
    int legend_lines = wrapped_lines(th, width, legend), said_lines = wrapped_lines(th, width, said);
    said_lines = said_lines > 3 ? 3 : said_lines;
    /* the foot after a blank line when there is room, without it when not,
     * and left out on a screen too short for it */
    int foot = height - 2 - (int)t->norder >= legend_lines + said_lines + 1 ? legend_lines + said_lines + 1
               : height >= 10                                               ? legend_lines + said_lines
                                                                            : 0;
    int rows = height - 2 - foot;
    if (rows > (int)t->norder)
        rows = (int)t->norder;
    if (rows < 1)
        rows = 1;
    t->page = rows;
    if (t->selected < t->top)
        t->top = t->selected;
    if (t->selected >= t->top + (size_t)rows)
        t->top = t->selected - (size_t)rows + 1;
    int today = timeline_column(&scale, s->data.today);
    int drawn = 0;
    for (int i = 0; i < rows && t->top + (size_t)i < t->norder; i++, drawn++) {
        size_t position = t->top + (size_t)i;
        const table_row *r = &t->rows[t->order[position]];
        int ry = y + 2 + i;
        attr_t pick = position == t->selected ? A_REVERSE : 0;
        if (r->kind != ROW_LINE || r->source >= s->data.milestones.count)
            continue;
        const char *blocked = r->cells[MILESTONES_COL_BLOCKED_BY].text;
        draw_text(th, ry, x, refw, r->cells[MILESTONES_COL_REF].text, theme_attr(th, E_NORMAL) | pick, false);
        draw_text(th, ry, x + refw, 1, blocked != NULL && blocked[0] != '\0' ? "!" : " ",
                  theme_attr(th, E_RED) | A_BOLD | pick, false);
        if (titlew > 0)
            draw_text(th, ry, x + refw + 2, titlew, r->cells[MILESTONES_COL_MILESTONE].text,
                      theme_attr(th, E_NORMAL) | (r->marked ? A_BOLD : 0), false);
        marks_of(s, r, &scale, today, cells);
        for (int c = 0; c < scale.width; c++) {
            attr_t attr = theme_attr(th, cells[c].look);
            attron(attr);
            mvaddstr(ry, cx + c, cells[c].glyph);
            attroff(attr);
        }
    }
    t->drawn.rows = drawn;
    if (foot > 0) {
        int fy = y + 2 + rows + (foot > legend_lines + said_lines ? 1 : 0);
        fy += draw_wrapped(th, fy, x, width, legend_lines, legend, theme_attr(th, E_DIM));
        draw_wrapped(th, fy, x, width, said_lines, said, theme_attr(th, E_NORMAL));
    }
}
