/* checks_register.c - integrity findings over the project register and the
 * benefits signed off: what a programme office would chase before a
 * contingent fee is paid on them. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "checks.h"

#define ADD(level, table, ref, ...)                                                                          \
    ok = findings_add(out, level, table, ref, MONEY_UNKNOWN, MONEY_UNKNOWN, __VA_ARGS__) && ok

static long line_index(const savings_set *savings, const char *ref)
{
    for (size_t i = 0; i < savings->nlines; i++)
        if (strcmp(savings->lines[i].ref, ref) == 0)
            return (long)i;
    return -1;
}

static bool check_signoffs(const signoffs_set *signoffs, const savings_set *savings, findings *out)
{
    bool ok = true;
    for (size_t i = 0; i < signoffs->count; i++) {
        const signoff_row *r = &signoffs->rows[i];
        char ref[120], day[16];
        date_format(day, sizeof day, r->signed_on);
        snprintf(ref, sizeof ref, "%s / %s", r->line, day);
        long line = line_index(savings, r->line);
        if (line < 0) {
            ADD(FINDING_ERROR, "signoffs", ref, "line \"%s\" is no savings line held", r->line);
            continue;
        }
        if (r->status == SIGNOFF_AGREED && (r->signed_by[0] == '\0' || r->evidence[0] == '\0'))
            ADD(FINDING_ERROR, "signoffs", ref,
                "agreed, but no %s: say who signed it off and on what evidence",
                r->signed_by[0] == '\0' && r->evidence[0] == '\0' ? "signed_by or evidence"
                : r->signed_by[0] == '\0'                         ? "signed_by"
                                                                  : "evidence");
        if (r->status == SIGNOFF_REJECTED || r->amount == MONEY_UNKNOWN)
            continue;
        /* the line's recurrent saving as forecast: its new savings over every year */
        savings_figures value =
            savings_line_value(&savings->lines[line], (size_t)line, savings->years, savings->nyears, 0);
        if (value.forecast != MONEY_UNKNOWN && r->amount > value.forecast) {
            char amount[48], forecast[48];
            money_format(amount, sizeof amount, r->amount);
            money_format(forecast, sizeof forecast, value.forecast);
            ADD(FINDING_WARNING, "signoffs", ref, "%s %s is above the line's forecast recurrent saving of %s",
                amount, r->status == SIGNOFF_AGREED ? "signed off" : "proposed", forecast);
        }
    }
    return ok;
}

bool checks_register(const workstreams_set *workstreams, const signoffs_set *signoffs,
                     const savings_set *savings, findings *out)
{
    bool ok = check_signoffs(signoffs, savings, out);
    for (size_t i = 0; i < workstreams->count; i++) {
        const workstream_row *w = &workstreams->rows[i];
        const char *noun = register_kind_name(w->kind);
        if (w->sponsor[0] == '\0' || w->delivery_lead[0] == '\0')
            ADD(FINDING_WARNING, "workstreams", w->name, "no %s: every %s has a sponsor and a delivery lead",
                w->sponsor[0] == '\0' && w->delivery_lead[0] == '\0' ? "sponsor or delivery_lead"
                : w->sponsor[0] == '\0'                              ? "sponsor"
                                                                     : "delivery_lead",
                noun);
        if (w->kind != REGISTER_PROJECT)
            continue;
        long parent = register_find(workstreams->rows, workstreams->count, w->parent);
        if (parent < 0)
            ADD(FINDING_WARNING, "workstreams", w->name, "parent \"%s\" is no workstream in the register",
                w->parent);
        else if (workstreams->rows[parent].kind != REGISTER_WORKSTREAM)
            ADD(FINDING_WARNING, "workstreams", w->name, "parent \"%s\" is a project, not a workstream",
                w->parent);
    }
    /* once the register is kept, a line's workstream names an entry of it */
    for (size_t i = 0; workstreams->count > 0 && i < savings->nlines; i++) {
        const savings_line *line = &savings->lines[i];
        if (line->workstream != NULL && line->workstream[0] != '\0' &&
            register_find(workstreams->rows, workstreams->count, line->workstream) < 0)
            ADD(FINDING_NOTICE, "savings", line->ref, "workstream \"%s\" is not in the project register",
                line->workstream);
    }
    return ok;
}
