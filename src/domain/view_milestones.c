/* view_milestones.c - the plan's milestones as rows: what `assure report
 * milestones` prints. */
#include "view_milestones.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const view_column milestones_view_columns[MILESTONES_COLUMN_COUNT] = {
    MILESTONES_VIEW_COLUMNS(VIEW_COLUMN_ENTRY)};
_Static_assert(MILESTONES_COLUMN_COUNT <= VIEW_MAX_COLUMNS, "more milestone columns than a row holds");

milestone_plan *milestones_plan(const milestones_set *set)
{
    milestone_node *nodes = malloc((set->count + 1) * sizeof *nodes);
    if (nodes == NULL)
        return NULL;
    for (size_t i = 0; i < set->count; i++) {
        nodes[i].ref = set->rows[i].ref;
        nodes[i].depends_on = set->rows[i].depends_on;
    }
    milestone_plan *plan = milestone_plan_make(nodes, set->count);
    free(nodes);
    return plan;
}

size_t milestones_blocked_by(const milestones_set *set, const milestone_plan *plan, size_t i, char *out,
                             size_t size)
{
    size_t found = 0, used = 0;
    if (size > 0)
        out[0] = '\0';
    for (size_t k = 0; k < milestone_plan_ndepends(plan, i); k++) {
        long p = milestone_plan_depends(plan, i, k);
        if (p < 0 || !milestone_slipped_past(&set->rows[p].dates, &set->rows[i].dates, NULL))
            continue;
        if (used < size)
            used += (size_t)snprintf(out + used, size - used, "%s%s", found > 0 ? ";" : "", set->rows[p].ref);
        found++;
    }
    return found;
}

bool milestones_depends_allowed(const milestones_set *set, const char *ref, const char *depends_on, char *why,
                                size_t size)
{
    snprintf(why, size, "out of memory");
    milestone_node *nodes = malloc((set->count + 1) * sizeof *nodes);
    size_t *cycle = malloc((set->count + 1) * sizeof *cycle);
    milestone_plan *plan = NULL;
    bool allowed = false;
    if (nodes == NULL || cycle == NULL)
        goto done;
    size_t count = 0;
    bool held = false;
    for (size_t i = 0; i < set->count; i++) {
        bool edited = strcmp(set->rows[i].ref, ref) == 0;
        held = held || edited;
        nodes[count++] = (milestone_node){set->rows[i].ref, edited ? depends_on : set->rows[i].depends_on};
    }
    if (!held) /* a new milestone */
        nodes[count++] = (milestone_node){ref, depends_on};
    plan = milestone_plan_make(nodes, count);
    if (plan == NULL)
        goto done;
    const char *cursor = depends_on, *name;
    size_t length;
    while (milestone_depends_next(&cursor, &name, &length))
        if (milestone_plan_find(plan, name, length) < 0) {
            snprintf(why, size, "%.*s names no milestone", (int)length, name);
            goto done;
        }
    size_t n = milestone_plan_cycle(plan, cycle);
    if (n > 0) {
        size_t used = (size_t)snprintf(why, size, "a dependency cycle (");
        for (size_t i = 0; i < n && used < size; i++)
            used += (size_t)snprintf(why + used, size - used, "%s%s on %s", i > 0 ? ", " : "",
                                     nodes[cycle[i]].ref, nodes[cycle[(i + 1) % n]].ref);
        if (used < size)
            snprintf(why + used, size - used, ")");
        goto done;
    }
    allowed = true;
    why[0] = '\0';
done:
    milestone_plan_free(plan);
    free(cycle);
    free(nodes);
    return allowed;
}

bool milestone_in_workstream(const milestone_row *m, const savings_set *savings, const char *workstream)
{
    if (strcasecmp(m->link, workstream) == 0)
        return true;
    for (size_t i = 0; savings != NULL && i < savings->nlines; i++) {
        const savings_line *line = &savings->lines[i];
        if (strcmp(line->ref, m->link) == 0)
            return line->workstream != NULL && strcasecmp(line->workstream, workstream) == 0;
    }
    return false;
}

bool milestones_view_wants(const milestones_view *view, const milestone_row *m)
{
    if (view->workstream != NULL && !milestone_in_workstream(m, view->savings, view->workstream))
        return false;
    if (view->overdue_only && !milestone_is_overdue(&m->dates, view->today))
        return false;
    return true;
}

bool milestones_view_since(const milestones_view *view, const milestone_row *m, int32_t *days)
{
    const milestone_due_then *then = milestone_due_then_find(view->since, view->nsince, m->ref);
    *days = 0;
    return then != NULL && milestone_moved_since(&m->dates, then->due, days);
}

static void set_date(view_row *row, size_t column, bool has, calendar_date date, view_tone tone)
{
    char iso[16] = "";
    if (has)
        date_format(iso, sizeof iso, date);
    view_set_date(row, column, iso, tone);
}

bool milestones_view_rows(const milestones_view *view, view_emit emit, void *context)
{
    milestone_plan *plan = milestones_plan(view->set);
    if (plan == NULL)
        return false;
    view_row row;
    size_t count = 0, overdue = 0;
    char blocked[512];
    bool going = true;
    for (size_t i = 0; i < view->set->count && going; i++) {
        const milestone_row *m = &view->set->rows[i];
        if (!milestones_view_wants(view, m))
            continue;
        const milestone_dates *d = &m->dates;
        bool late = milestone_is_overdue(d, view->today);
        size_t nblocked = milestones_blocked_by(view->set, plan, i, blocked, sizeof blocked);
        view_tone tone = d->status == MILESTONE_DONE ? VIEW_TONE_DIM : VIEW_TONE_NORMAL;
        view_row_start(&row, VIEW_ROW_LINE, 0, i);
        view_set_text(&row, MILESTONES_COL_REF, m->ref, tone);
        view_set_text(&row, MILESTONES_COL_LINK, m->link, tone);
        view_set_choice(&row, MILESTONES_COL_PHASE, milestone_phase_name(m->phase), (int)m->phase);
        view_set_text(&row, MILESTONES_COL_MILESTONE, m->milestone, tone);
        view_set_text(&row, MILESTONES_COL_OWNER, m->owner, tone);
        set_date(&row, MILESTONES_COL_BASELINE, d->has_baseline, d->baseline, tone);
        set_date(&row, MILESTONES_COL_FORECAST, d->has_forecast, d->forecast, late ? VIEW_TONE_ALERT : tone);
        set_date(&row, MILESTONES_COL_ACTUAL, d->has_actual, d->actual, tone);
        view_set_choice(&row, MILESTONES_COL_STATUS, milestone_status_name(d->status), (int)d->status);
        view_set_text(&row, MILESTONES_COL_DEPENDS_ON, m->depends_on, tone);
        view_set_count(&row, MILESTONES_COL_SLIPPAGE, milestone_slippage_days(d), d->has_baseline);
        view_set_flag(&row, MILESTONES_COL_OVERDUE, late, "OVERDUE", RAG_RED);
        view_set_text(&row, MILESTONES_COL_BLOCKED_BY, nblocked > 0 ? blocked : NULL, VIEW_TONE_ALERT);
        int32_t moved;
        bool known = milestones_view_since(view, m, &moved);
        view_set_count(&row, MILESTONES_COL_SINCE, moved, known);
        count++;
        overdue += late;
        going = emit(context, &row);
    }
    milestone_plan_free(plan);
    if (!going)
        return false;
    view_row_start(&row, VIEW_ROW_TOTAL, 0, 0);
    row.count = count;
    row.reached = overdue;
    return emit(context, &row);
}
