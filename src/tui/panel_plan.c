/* panel_plan.c - the programme's plan: its milestones, each with its
 * baseline, forecast and actual dates, how far it has slipped, whether it
 * is overdue and whether a predecessor has slipped past it.  v shows them
 * on a time-line (panel_plan_timeline.c); ! narrows them to the overdue, w
 * to one workstream's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "panel_plan.h"
#include "panel_savings.h"
#include "text.h"
#include "view_cells.h"
#include "view_milestones.h"
#include "view_savings.h"

enum { F_COUNT = MILESTONES_COLUMN_COUNT };
_Static_assert(F_COUNT <= LAYOUT_MAX_COLUMNS, "more milestone columns than a layout holds");

static plan_state *state_of(const panel *p)
{
    return p->own;
}

static bool init(panel *p)
{
    p->own = calloc(1, sizeof(plan_state));
    return p->own != NULL;
}

static void fini(panel *p)
{
    free(p->own);
    p->own = NULL;
}

static bool add_row(void *context, const view_row *row)
{
    view_building *b = context;
    plan_state *plan = state_of(b->p);
    if (row->kind != VIEW_ROW_LINE) { /* the total: for the header */
        plan->shown = row->count;
        plan->overdue = row->reached;
        return true;
    }
    table *t = &b->p->table;
    table_row *r = table_add(t, ROW_LINE, 0, row->source);
    if (r == NULL)
        return false;
    view_cells_set(t, &b->s->theme, milestones_view_columns, MILESTONES_COLUMN_COUNT, row,
                   VIEW_CELLS_PERCENT_SIGN);
    if (row->cells[MILESTONES_COL_STATUS].defined) { /* "at risk", not the stored "at_risk" */
        char words[64];
        text_words(words, sizeof words, row->cells[MILESTONES_COL_STATUS].text);
        table_set(t, MILESTONES_COL_STATUS, words, row->cells[MILESTONES_COL_STATUS].value,
                  row->cells[MILESTONES_COL_STATUS].ordered,
                  (element)(r->look[MILESTONES_COL_STATUS] & ~CELL_NUMERIC)); /* its colour kept */
    }
    bool blocked = row->cells[MILESTONES_COL_BLOCKED_BY].text != NULL &&
                   row->cells[MILESTONES_COL_BLOCKED_BY].text[0] != '\0';
    plan->blocked += blocked;
    plan->later += row->cells[MILESTONES_COL_SINCE].defined && row->cells[MILESTONES_COL_SINCE].value > 0;
    r->marked = row->cells[MILESTONES_COL_OVERDUE].value != 0 || blocked;
    return true;
}

static void build(panel *p, tui_state *s)
{
    plan_state *plan = state_of(p);
    table_clear(&p->table);
    plan->shown = plan->overdue = plan->blocked = plan->later = 0;
    milestones_view view = {.set = &s->data.milestones,
                            .savings = &s->data.savings,
                            .today = s->data.today,
                            .workstream = plan->workstream[0] != '\0' ? plan->workstream : NULL,
                            .overdue_only = plan->overdue_only,
                            .since = s->data.since_milestones,
                            .nsince = s->data.nsince_milestones};
    view_building b = {p, s};
    milestones_view_rows(&view, add_row, &b);
    table_arrange(&p->table, &p->layout);
}

static void draw(panel *p, tui_state *s, int y, int x, int height, int width)
{
    if (state_of(p)->timeline)
        plan_draw_timeline(p, s, y, x, height, width);
    else
        panel_draw_table(p, s, y, x, height, width);
}

/* The workstream a milestone is for: its link when that names no savings
 * line, else the line's workstream; "" for none. */
static const char *workstream_of(const tui_state *s, const milestone_row *m)
{
    for (size_t i = 0; i < s->data.savings.nlines; i++) {
        const savings_line *line = &s->data.savings.lines[i];
        if (strcmp(line->ref, m->link) == 0)
            return line->workstream != NULL ? line->workstream : "";
    }
    return m->link;
}

/* w: the workstream after the one shown, in alphabetical order of the
 * workstreams the plan's milestones are for; after the last, all. */
static void next_workstream(plan_state *plan, const tui_state *s)
{
    const char *next = NULL;
    for (size_t i = 0; i < s->data.milestones.count; i++) {
        const char *w = workstream_of(s, &s->data.milestones.rows[i]);
        if (w[0] == '\0' || (plan->workstream[0] != '\0' && strcasecmp(w, plan->workstream) <= 0))
            continue;
        if (next == NULL || strcasecmp(w, next) < 0)
            next = w;
    }
    snprintf(plan->workstream, sizeof plan->workstream, "%s", next != NULL ? next : "");
}

static reaction act(panel *p, tui_state *s, action what)
{
    plan_state *plan = state_of(p);
    switch (what) {
    case ACTION_TIMELINE:
        plan->timeline = !plan->timeline;
        tui_say(s, 3, "%s",
                plan->timeline ? "The time-line: months across, today a column (v: the table)"
                               : "The table of milestones (v: the time-line)");
        return REACT_REDRAW;
    case ACTION_OVERDUE:
        plan->overdue_only = !plan->overdue_only;
        tui_say(s, 3, "%s",
                plan->overdue_only ? "Only the overdue milestones (! again: all)" : "Overdue or not");
        return REACT_REBUILD | REACT_FIRST_ROW;
    case ACTION_WORKSTREAM:
        next_workstream(plan, s);
        if (plan->workstream[0] != '\0')
            tui_say(s, 3, "Only the milestones of %s (w: the next workstream)", plan->workstream);
        else
            tui_say(s, 3, "Every workstream's milestones");
        return REACT_REBUILD | REACT_FIRST_ROW;
    case ACTION_FOLLOW: { /* o: the savings line a milestone is for, or its workstream's lines */
        const table_row *r = table_selected(&p->table);
        const char *link = r != NULL && r->kind == ROW_LINE ? s->data.milestones.rows[r->source].link : "";
        if (link[0] == '\0') {
            tui_say(s, 4, "This milestone is linked to nothing");
        } else if (savings_is_workstream(s, link)) {
            size_t lines = savings_show_workstream(s, link);
            tui_say(s, 5, "The %zu savings line%s of workstream %s (Esc clears the filter; 7 goes back)",
                    lines, lines == 1 ? "" : "s", link);
        } else if (panel_show_row(s, VIEW_SAVINGS, SAVINGS_COL_REF, link, 0, NULL)) {
            tui_say(s, 5, "Savings line %s (Tab or 7 goes back to the plan)", link);
        } else {
            tui_say(s, 5,
                    "%s is no savings line shown in the Savings panel, nor a workstream: nothing to open",
                    link);
        }
        return REACT_REDRAW;
    }
    default: return REACT_NONE;
    }
}

static void date_or_blank(char *buf, size_t size, bool has, calendar_date date)
{
    buf[0] = '\0';
    if (has)
        date_format_long(buf, size, date);
}

/* What the detail says of each milestone it depends on, and of those that
 * depend on it. */
static void detail_dependencies(const tui_state *s, size_t index, text_lines *out)
{
    const milestones_set *set = &s->data.milestones;
    const milestone_row *m = &set->rows[index];
    milestone_plan *plan = milestones_plan(set);
    if (plan == NULL)
        return;
    lines_add(out, "%s", "");
    size_t n = milestone_plan_ndepends(plan, index);
    lines_add(out, "Depends on (finish to start): %s", n == 0 ? "nothing" : "");
    for (size_t k = 0; k < n; k++) {
        long d = milestone_plan_depends(plan, index, k);
        if (d < 0) {
            lines_add(out, "  a ref that names no milestone");
            continue;
        }
        const milestone_row *before = &set->rows[d];
        calendar_date finish;
        char when[32] = "";
        if (milestone_finish(&before->dates, &finish))
            date_format_long(when, sizeof when, finish);
        int32_t late = 0;
        if (milestone_slipped_past(&before->dates, &m->dates, &late))
            lines_add(out, "  %-6s finishes %s: SLIPPED PAST this milestone by %d day%s", before->ref, when,
                      (int)late, late == 1 ? "" : "s");
        else
            lines_add(out, "  %-6s finishes %s%s", before->ref, when,
                      before->dates.status == MILESTONE_DONE ? " (met)" : "");
    }
    bool any = false;
    for (size_t i = 0; i < set->count; i++)
        for (size_t k = 0; k < milestone_plan_ndepends(plan, i); k++)
            if (milestone_plan_depends(plan, i, k) == (long)index) {
                if (!any)
                    lines_add(out, "Needed by:");
                any = true;
                lines_add(out, "  %-6s %s", set->rows[i].ref, set->rows[i].milestone);
                int32_t after = 0;
                if (milestone_slipped_past(&m->dates, &set->rows[i].dates, &after))
                    lines_add(out, "         %s now finishes %d day%s after %s is due", m->ref, (int)after,
                              after == 1 ? "" : "s", set->rows[i].ref);
            }
    milestone_plan_free(plan);
}

/* How far its due date moved since the snapshot compared with: "due 42
 * days later than at PAM 9 Nov 2026". */
static void detail_since(const tui_state *s, const milestone_row *m, text_lines *out)
{
    const tui_data *d = &s->data;
    if (!d->has_snapshot)
        return;
    milestones_view view = {.since = d->since_milestones, .nsince = d->nsince_milestones};
    int32_t moved = 0;
    if (!milestones_view_since(&view, m, &moved))
        lines_add(out, "  Since          %s kept no date for it", d->since.label);
    else if (moved == 0)
        lines_add(out, "  Since          due the same day as at %s", d->since.label);
    else
        lines_add(out, "  Since          due %d day%s %s than at %s", (int)(moved < 0 ? -moved : moved),
                  moved == 1 || moved == -1 ? "" : "s", moved > 0 ? "later" : "earlier", d->since.label);
}

static void detail(panel *p, tui_state *s, const table_row *row, text_lines *out)
{
    (void)p;
    const milestone_row *m = &s->data.milestones.rows[row->source];
    const milestone_dates *d = &m->dates;
    char baseline[32], forecast[32], actual[32];
    date_or_blank(baseline, sizeof baseline, d->has_baseline, d->baseline);
    date_or_blank(forecast, sizeof forecast, d->has_forecast, d->forecast);
    date_or_blank(actual, sizeof actual, d->has_actual, d->actual);
    int32_t slipped = milestone_slippage_days(d), late = milestone_days_overdue(d, s->data.today);
    lines_add(out, "Milestone %s", m->ref);
    lines_add(out, "%s", "");
    lines_wrap(out, "Milestone", 14, m->milestone, COLS);
    lines_add(out, "  Link           %s", m->link);
    lines_add(out, "  Phase          %s", milestone_phase_name(m->phase));
    lines_add(out, "  Owner          %s", m->owner);
    lines_add(out, "  Baseline       %s", baseline);
    if (late > 0)
        lines_add(out, "  Forecast       %s  OVERDUE by %d day%s", forecast, (int)late, late == 1 ? "" : "s");
    else
        lines_add(out, "  Forecast       %s", forecast);
    lines_add(out, "  Actual         %s", actual);
    char status[32];
    text_words(status, sizeof status, milestone_status_name(d->status)); /* "at risk" */
    lines_add(out, "  Status         %s", status);
    if (slipped != 0)
        lines_add(out, "  Slipped        %d day%s %s the baseline", (int)(slipped < 0 ? -slipped : slipped),
                  slipped == 1 || slipped == -1 ? "" : "s", slipped > 0 ? "after" : "before");
    else
        lines_add(out, "  Slipped        none");
    detail_since(s, m, out);
    lines_wrap(out, "Note", 14, m->note, COLS);
    detail_dependencies(s, row->source, out);
    panel_detail_audit(s, "milestones", m->ref, out);
}

static void help(panel *p, tui_state *s, text_lines *out)
{
    (void)p;
    char legend[300];
    plan_timeline_legend(s, legend, sizeof legend);
    lines_add(out, "%s", "");
    lines_add(out, "Marks");
    lines_wrap(out, "OVERDUE", 18,
               "a milestone not met whose forecast (or baseline) has passed (due today is not yet overdue); "
               "its row is bold",
               COLS);
    lines_wrap(out, "Blocked by", 18,
               "a milestone it depends on (finish to start) now finishes after it is due: that predecessor "
               "slipped past it; its row is bold, and ! beside its ref on the time-line",
               COLS);
    lines_wrap(out, "Slipped", 18,
               "days from the baseline to the forecast, or to the actual once met: positive is late", COLS);
    if (s->data.has_snapshot) {
        char since[600];
        snprintf(since, sizeof since,
                 "days its due date (forecast, else baseline) moved since %s, the snapshot compared with: "
                 "positive is later; blank when that snapshot kept no date for it",
                 s->data.since.label);
        lines_wrap(out, "Since", 18, since, COLS);
    }
    lines_wrap(out, "time-line", 18, legend, COLS);
    lines_wrap(out, "months", 18,
               "the time-line runs from the month of the earliest date of the milestones shown (or today) to "
               "the month of the latest, every month the same number of columns, as many as the screen "
               "gives them",
               COLS);
}

static void caption(panel *p, tui_state *s, char *buf, size_t size)
{
    const plan_state *plan = state_of(p);
    char of[160] = "", overdue[48] = ", overdue only";
    if (plan->workstream[0] != '\0')
        snprintf(of, sizeof of, " of %s", plan->workstream);
    if (!plan->overdue_only)
        snprintf(overdue, sizeof overdue, ", %zu overdue", plan->overdue);
    int used =
        snprintf(buf, size, "%zu milestone%s%s%s, %zu blocked%s", plan->shown, plan->shown == 1 ? "" : "s",
                 of, overdue, plan->blocked, plan->timeline ? "; v table" : "; v time-line");
    if (s->data.nsince_milestones > 0 && !plan->timeline && used > 0 &&
        (size_t)used < size) /* the Since column's */
        snprintf(buf + used, size - (size_t)used, "; %zu later since %s", plan->later, s->data.since.label);
}

static bool record(panel *p, tui_state *s, const table_row *row, edit_record *out)
{
    (void)p;
    record_blank(out, TABLE_DEF_MILESTONES);
    if (row == NULL) { /* a new milestone is not started */
        out->values[MILESTONE_FIELD_STATUS] =
            (field_value){false, MILESTONE_NOT_STARTED, milestone_status_name(MILESTONE_NOT_STARTED)};
        return true;
    }
    if (row->kind != ROW_LINE)
        return false;
    out->exists = true;
    out->values[MILESTONE_FIELD_REF] = (field_value){false, 0, s->data.milestones.rows[row->source].ref};
    return true;
}

const panel_ops plan_panel = {
    .name = "plan",
    .fields = milestones_view_columns,
    .nfields = F_COUNT,
    .init = init,
    .fini = fini,
    .build = build,
    .draw = draw,
    .action = act,
    .detail = detail,
    .help = help,
    .caption = caption,
    .table = TABLE_DEF_MILESTONES,
    .record = record,
};
