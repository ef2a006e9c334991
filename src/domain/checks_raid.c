/* checks_raid.c - integrity findings over the RAID log: what a Project
 * Assurance Meeting would chase. */
#include <string.h>
#include <strings.h>

#include "checks.h"
#include "project_register.h"

#define ADD(level, table, ref, ...)                                                                          \
    ok = findings_add(out, level, table, ref, MONEY_UNKNOWN, MONEY_UNKNOWN, __VA_ARGS__) && ok

static bool is_risk(const risks_set *risks, const char *ref)
{
    for (size_t i = 0; i < risks->count; i++)
        if (strcmp(risks->rows[i].ref, ref) == 0)
            return true;
    return false;
}

/* A savings line's or a risk's ref, or a workstream's name. */
static bool link_known(const risks_set *risks, const savings_set *savings, const workstreams_set *register_,
                       const char *link)
{
    if (is_risk(risks, link))
        return true;
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

bool checks_raid(const actions_set *actions, const issues_set *issues, const decisions_set *decisions,
                 const risks_set *risks, const savings_set *savings, const workstreams_set *register_,
                 calendar_date today, findings *out)
{
    bool ok = true;
    for (size_t i = 0; i < actions->count; i++) {
        const action_row *a = &actions->rows[i];
        if (action_is_overdue(&a->dates, today)) {
            char due[16];
            date_format(due, sizeof due, a->dates.due);
            int32_t days = action_days_overdue(&a->dates, today);
            ADD(FINDING_WARNING, "actions", a->ref, "overdue: due %s (%ld day%s ago), owner %s", due,
                (long)days, days == 1 ? "" : "s", a->owner[0] ? a->owner : "not named");
        }
        if (a->dates.status == ACTION_DONE && !a->dates.has_done_on)
            ADD(FINDING_ERROR, "actions", a->ref, "done, but no done_on: give the day it was done");
        if (a->link[0] != '\0' && !link_known(risks, savings, register_, a->link))
            ADD(FINDING_WARNING, "actions", a->ref, "link \"%s\" is no savings line, risk or workstream held",
                a->link);
    }
    for (size_t i = 0; i < issues->count; i++) {
        const issue_row *r = &issues->rows[i];
        if (r->risk[0] != '\0' && !is_risk(risks, r->risk))
            ADD(FINDING_WARNING, "issues", r->ref, "risk \"%s\" is not in the risk register", r->risk);
    }
    for (size_t i = 0; i < decisions->count; i++) {
        const decision_row *d = &decisions->rows[i];
        if (d->made_by[0] == '\0')
            ADD(FINDING_ERROR, "decisions", d->ref, "no made_by: say who made the decision");
        if (d->link[0] != '\0' && !link_known(risks, savings, register_, d->link))
            ADD(FINDING_WARNING, "decisions", d->ref,
                "link \"%s\" is no savings line, risk or workstream held", d->link);
    }
    return ok;
}
