/* checks_milestones.c - integrity findings over the plan: what a Project
 * Assurance Meeting would chase of its milestones. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "checks.h"
#include "project_register.h"
#include "view_milestones.h"

#define ADD(level, ref, ...)                                                                                 \
    ok = findings_add(out, level, "milestones", ref, MONEY_UNKNOWN, MONEY_UNKNOWN, __VA_ARGS__) && ok

static bool link_known(const savings_set *savings, const workstreams_set *register_, const char *link)
{
    if (register_ != NULL && register_find(register_->rows, register_->count, link) >= 0)
        return true;
    for (size_t i = 0; i < savings->nlines; i++) {
        const savings_line *line = &savings->lines[i];
        if (strcmp(line->ref, link) == 0 ||
            (line->workstream != NULL && strcasecmp(line->workstream, link) == 0))
            return true;
    }
    return false;
}

/* Its predecessors: a ref that names none (an error), and each that now
 * finishes after it is due (a warning). */
static bool check_predecessors(const milestones_set *set, const milestone_plan *plan, size_t i, findings *out)
{
    bool ok = true;
    const milestone_row *m = &set->rows[i];
    const char *cursor = m->depends_on, *ref;
    size_t length, k = 0;
    while (milestone_depends_next(&cursor, &ref, &length)) {
        long p = milestone_plan_depends(plan, i, k++);
        if (p < 0) {
            ADD(FINDING_ERROR, m->ref, "depends_on \"%.*s\" is no milestone held",
                (int)(length < 64 ? length : 64), ref);
            continue;
        }
        int32_t days = 0;
        if (!milestone_slipped_past(&set->rows[p].dates, &m->dates, &days))
            continue;
        calendar_date finish, due;
        milestone_finish(&set->rows[p].dates, &finish);
        milestone_due(&m->dates, &due);
        char finishes[16], due_text[16];
        date_format(finishes, sizeof finishes, finish);
        date_format(due_text, sizeof due_text, due);
        ADD(FINDING_WARNING, m->ref,
            "predecessor %s slipped past it: it %s %s, %ld day%s after this milestone's %s %s",
            set->rows[p].ref, set->rows[p].dates.has_actual ? "was met on" : "finishes", finishes, (long)days,
            days == 1 ? "" : "s", m->dates.has_forecast ? "forecast" : "baseline", due_text);
    }
    return ok;
}

bool checks_milestones(const milestones_set *set, const savings_set *savings,
                       const workstreams_set *register_, calendar_date today, findings *out)
{
    bool ok = true;
    milestone_plan *plan = milestones_plan(set);
    size_t *cycle = malloc((set->count + 1) * sizeof *cycle);
    if (plan == NULL || cycle == NULL) {
        milestone_plan_free(plan);
        free(cycle);
        return false;
    }
    for (size_t i = 0; i < set->count; i++) {
        const milestone_row *m = &set->rows[i];
        if (milestone_is_overdue(&m->dates, today)) {
            calendar_date due;
            milestone_due(&m->dates, &due);
            char day[16];
            date_format(day, sizeof day, due);
            int32_t days = milestone_days_overdue(&m->dates, today);
            ADD(FINDING_WARNING, m->ref, "overdue: %s %s (%ld day%s ago) and not met, owner %s",
                m->dates.has_forecast ? "forecast" : "baseline", day, (long)days, days == 1 ? "" : "s",
                m->owner[0] ? m->owner : "not named");
        }
        if (m->dates.status == MILESTONE_DONE && !m->dates.has_actual)
            ADD(FINDING_ERROR, m->ref, "done, but no actual: give the day it was met");
        ok = check_predecessors(set, plan, i, out) && ok;
        if (m->link[0] != '\0' && !link_known(savings, register_, m->link))
            ADD(FINDING_WARNING, m->ref, "link \"%s\" is no savings line or workstream held", m->link);
    }
    size_t length = milestone_plan_cycle(plan, cycle);
    if (length > 0) {
        char ring[300] = "";
        size_t used = 0;
        for (size_t i = 0; i < length && used < sizeof ring; i++)
            used += (size_t)snprintf(ring + used, sizeof ring - used, "%s%s on %s", i > 0 ? ", " : "",
                                     set->rows[cycle[i]].ref, set->rows[cycle[(i + 1) % length]].ref);
        ADD(FINDING_ERROR, set->rows[cycle[0]].ref,
            "a dependency cycle (%s): no milestone can wait for its own finish", ring);
    }
    milestone_plan_free(plan);
    free(cycle);
    return ok;
}
