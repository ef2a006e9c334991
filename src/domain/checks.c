/* checks.c - what `assure check` finds wrong or doubtful in the data. */
#include "checks.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"

bool findings_add(findings *list, finding_level level, const char *table, const char *ref, money declared,
                  money computed, const char *format, ...)
{
    finding *grown = array_grow(list->items, &list->capacity, list->count + 1, sizeof *grown);
    if (grown == NULL)
        return false;
    list->items = grown;
    finding *f = &list->items[list->count++];
    f->level = level;
    f->table = table;
    snprintf(f->ref, sizeof f->ref, "%s", ref);
    f->declared = declared;
    f->computed = computed;
    va_list args;
    va_start(args, format);
    vsnprintf(f->message, sizeof f->message, format, args);
    va_end(args);
    return true;
}

void findings_free(findings *list)
{
    free(list->items);
    memset(list, 0, sizeof *list);
}

#define ADD(level, table, ref, ...)                                                                          \
    ok = findings_add(out, level, table, ref, MONEY_UNKNOWN, MONEY_UNKNOWN, __VA_ARGS__) && ok

/* A saving below zero: a line that costs money that year, or (more often) a
 * tracker's reductions written as negatives and imported without --negate.
 * Either way its RAG reads a delivery below zero, so it is said. */
static bool negative_figures(const char *ref, const savings_year *year, findings *out)
{
    bool ok = true;
    const savings_figures *f = &year->figures;
    const money values[] = {f->target, f->stretch, f->forecast, f->actual};
    static const char *const names[] = {"target", "stretch", "forecast", "actual"};
    for (size_t m = 0; m < sizeof values / sizeof values[0]; m++) {
        if (values[m] == MONEY_UNKNOWN || values[m] >= 0)
            continue;
        char fy[16], amount[32];
        fy_format(fy, sizeof fy, year->fy);
        money_format(amount, sizeof amount, values[m]);
        ADD(FINDING_WARNING, "savings", ref,
            "%s %s is negative (%s): a saving that costs money, or savings written as reductions (import "
            "again with --negate)",
            fy, names[m], amount);
    }
    return ok;
}

bool checks_savings(const savings_set *set, findings *out)
{
    bool ok = true;
    int first_fy = 0, last_fy = 0; /* the named years: the later ones are after them by definition */
    for (size_t y = 0; y < set->nyears; y++) {
        if (set->years[y].figures.target == MONEY_UNKNOWN || set->years[y].fy == FY_LATER)
            continue;
        if (first_fy == 0 || set->years[y].fy < first_fy)
            first_fy = set->years[y].fy;
        if (set->years[y].fy > last_fy)
            last_fy = set->years[y].fy;
    }
    for (size_t l = 0; l < set->nlines; l++) {
        const savings_line *line = &set->lines[l];
        bool any = false;
        for (size_t y = 0; y < set->nyears; y++) {
            if (set->years[y].line != l)
                continue;
            any = true;
            int fy = set->years[y].fy;
            ok = negative_figures(line->ref, &set->years[y], out) && ok;
            if (first_fy != 0 && fy != FY_LATER && (fy < first_fy || fy > last_fy))
                ADD(FINDING_WARNING, "savings", line->ref,
                    "profile year %04d/%02d is outside the programme's years (%04d/%02d to %04d/%02d)", fy,
                    (fy + 1) % 100, first_fy, (first_fy + 1) % 100, last_fy, (last_fy + 1) % 100);
        }
        if (!any)
            ADD(FINDING_WARNING, "savings", line->ref, "no profile: no figures for any financial year");
        if (line->origin == ORIGIN_OVERLAP) {
            bool partner = false;
            for (size_t p = 0; p < set->nlines && !partner; p++)
                partner = set->lines[p].origin == ORIGIN_PARTNER &&
                          strcmp(set->lines[p].workstream, line->workstream) == 0;
            if (!partner)
                ADD(FINDING_WARNING, "savings", line->ref,
                    "an overlap line with no partner line in its workstream (%s) to be counted in",
                    line->workstream[0] ? line->workstream : "none given");
        }
    }
    return ok;
}

bool checks_final_year(const savings_set *set, int final_fy, findings *out)
{
    bool ok = true;
    int final = savings_final_fy(set->lines, set->nlines, set->years, set->nyears, final_fy);
    for (size_t l = 0; l < set->nlines; l++) {
        if (!savings_counts_in_run_rate(&set->lines[l]))
            continue;
        char past[300] = "";
        size_t n = 0, count = 0;
        for (size_t y = 0; y < set->nyears; y++) {
            if (set->years[y].line != l || set->years[y].fy <= final || set->years[y].fy == FY_LATER ||
                !savings_figures_any(&set->years[y].figures))
                continue;
            char fy[16];
            fy_format(fy, sizeof fy, set->years[y].fy);
            int w = snprintf(past + n, sizeof past - n, "%s%s", count > 0 ? ", " : "", fy);
            if (w > 0 && (size_t)w < sizeof past - n)
                n += (size_t)w;
            count++;
        }
        if (count > 0)
            ADD(FINDING_WARNING, "savings", set->lines[l].ref,
                "profile runs past the programme's final year %04d/%02d ([programme] final_fy): "
                "%s %s left out of the run rate",
                final, (final + 1) % 100, past, count > 1 ? "are" : "is");
    }
    return ok;
}

bool checks_staffing(const staffing_set *set, findings *out)
{
    bool ok = true;
    for (size_t i = 0; i < set->count; i++) {
        const staffing_row *r = &set->rows[i];
        if (r->fte.vacancy > r->fte.establishment) {
            char ref[160], vacancy[32], establishment[32];
            snprintf(ref, sizeof ref, "%s / %s / %s", r->as_at, r->area, r->role);
            fte_format(vacancy, sizeof vacancy, r->fte.vacancy);
            fte_format(establishment, sizeof establishment, r->fte.establishment);
            ADD(FINDING_ERROR, "staffing", ref, "vacancy %s FTE is above the establishment of %s FTE",
                vacancy, establishment);
        }
    }
    return ok;
}

bool checks_reviews(const reviews_set *set, findings *out)
{
    bool ok = true;
    for (size_t i = 0; i < set->count; i++) {
        const review_row *r = &set->rows[i];
        char ref[160];
        snprintf(ref, sizeof ref, "%s / %s", r->period_start, r->team);
        if (r->period.fte == 0 && r->period.completed > 0)
            ADD(FINDING_ERROR, "reviews", ref, "%lld reviews completed with no reviewing FTE",
                (long long)r->period.completed);
        if (r->period.clients >= 0 && r->period.reviewed_12m > r->period.clients)
            ADD(FINDING_ERROR, "reviews", ref, "%lld reviewed in 12 months, of only %lld clients",
                (long long)r->period.reviewed_12m, (long long)r->period.clients);
    }
    return ok;
}

static bool out_of_range(int value, bool optional)
{
    return optional && value == 0 ? false : value < 1 || value > 5;
}

bool checks_risks(const risks_set *set, calendar_date today, risk_bands bands, findings *out)
{
    bool ok = true;
    for (size_t i = 0; i < set->count; i++) {
        const risk_row *r = &set->rows[i];
        const risk_scores *s = &r->scores;
        bool unscored = risk_is_unscored(s);
        if (out_of_range(s->likelihood, unscored) || out_of_range(s->impact, unscored) ||
            out_of_range(s->target_likelihood, true) || out_of_range(s->target_impact, true)) {
            ADD(FINDING_ERROR, "risks", r->ref,
                "score out of range: likelihood %d, impact %d, target %d x %d (each 1 to 5)", s->likelihood,
                s->impact, s->target_likelihood, s->target_impact);
            continue;
        }
        if (unscored && s->status == RISK_OPEN)
            ADD(FINDING_WARNING, "risks", r->ref, "unscored: give it a likelihood and impact");
        int score = risk_score(s->likelihood, s->impact);
        risk_rating rating = risk_rating_for_score(score, bands);
        if (risk_is_overdue(s, today, bands)) {
            char due[16] = "";
            if (s->has_next_review)
                date_format(due, sizeof due, s->next_review);
            ADD(FINDING_WARNING, "risks", r->ref, "review overdue%s%s", due[0] ? " since " : "", due);
        }
        if (s->status == RISK_CLOSED && rating == RATING_HIGH)
            ADD(FINDING_WARNING, "risks", r->ref, "closed, but still scored high (%d)", score);
        int target = risk_target_score(s);
        if (!unscored && target > score)
            ADD(FINDING_WARNING, "risks", r->ref, "target score %d is worse than the current score %d",
                target, score);
    }
    return ok;
}

bool checks_finance(const bridge_set *bridge, const kpi_set *kpis, const investment_set *investment,
                    const savings_set *savings, findings *out)
{
    bool ok = true;
    for (size_t i = 0; i < kpis->count; i++) {
        const kpi *k = &kpis->kpis[i];
        if (k->saving_ref[0] != '\0') {
            bool found = false;
            for (size_t l = 0; l < savings->nlines && !found; l++)
                found = strcmp(savings->lines[l].ref, k->saving_ref) == 0;
            if (!found)
                ADD(FINDING_WARNING, "kpis", k->ref, "evidences savings line %s, which is not in the savings",
                    k->saving_ref);
        }
        if (!k->has_target)
            ADD(FINDING_WARNING, "kpis", k->ref, "no target: it can never be signed off as sustained");
        if (k->unit_value == MONEY_UNKNOWN)
            ADD(FINDING_WARNING, "kpis", k->ref,
                "no unit value: the benefit it evidences cannot be worked out");
        bool any = false;
        for (size_t v = 0; v < kpis->nvalues && !any; v++)
            any = kpis->values[v].kpi == i;
        if (!any)
            ADD(FINDING_WARNING, "kpis", k->ref, "no values yet: nothing to measure against the baseline");
    }
    for (size_t i = 0; i < bridge->count; i++) {
        const bridge_row *r = &bridge->rows[i];
        if (r->section == BRIDGE_ACTION || (i > 0 && bridge->rows[i - 1].fy == r->fy))
            continue; /* the first row of each year, actions aside */
        bool budget = false;
        for (size_t j = 0; j < bridge->count && !budget; j++)
            budget = bridge->rows[j].fy == r->fy && bridge->rows[j].section == BRIDGE_BUDGET;
        if (!budget)
            ADD(FINDING_WARNING, "bridge", r->name,
                "%04d/%02d has bridge rows but no budget: its variance is measured from nothing", r->fy,
                (r->fy + 1) % 100);
    }
    for (size_t i = 0; i < investment->count; i++) {
        const investment_row *r = &investment->rows[i];
        if (investment_cost(r) == MONEY_UNKNOWN)
            ADD(FINDING_WARNING, "investment", r->ref, "no cost given (neither cost_pa nor one_off)");
    }
    return ok;
}
