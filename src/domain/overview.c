/* overview.c - the headlines of the Overview panel and `assure report overview`. */
#include "overview.h"

#include <stdlib.h>
#include <string.h>

static void compute_savings(const savings_set *savings, const indicator_settings *settings, overview *out)
{
    out->savings = savings_figures_unknown();
    for (size_t i = 0; i < savings->nyears; i++) {
        const savings_line *line = &savings->lines[savings->years[i].line];
        if (!savings_line_counts_in_totals(line))
            continue;
        savings_figures new_savings = savings_year_new(line->basis, savings->years, savings->nyears, i);
        savings_figures_add(&out->savings, &new_savings);
    }
    out->savings_pipeline = savings_pipeline_figures(savings->lines, savings->nlines, savings->years,
                                                     savings->nyears, 0, &out->savings_pipeline_lines)
                                .target;
    out->savings_gap = savings_gap(&out->savings);
    out->savings_delivery_pct = savings_delivery_pct(&out->savings);
    out->savings_rag = savings_rag(SAVINGS_ON_TRACK, &out->savings, settings->savings);
    out->run_rate = savings_run_rate(savings->lines, savings->nlines, savings->years, savings->nyears,
                                     settings->final_fy, NULL, &out->run_rate_fy);
}

static void compute_staffing(const staffing_set *staffing, const indicator_settings *settings, overview *out)
{
    memset(&out->staffing, 0, sizeof out->staffing);
    out->staffing_as_at[0] = '\0';
    for (size_t i = 0; i < staffing->count; i++) {
        staffing_add(&out->staffing, &staffing->rows[i].fte);
        memcpy(out->staffing_as_at, staffing->rows[i].as_at, sizeof out->staffing_as_at);
    }
    out->staffing_vacancy_pct = staffing_vacancy_pct(&out->staffing);
    out->staffing_uncovered_pct = staffing_uncovered_pct(&out->staffing);
    out->staffing_rag = staffing_rag(&out->staffing, settings->staffing);
}

static void compute_reviews(const reviews_set *reviews, const indicator_settings *settings, overview *out)
{
    out->reviews = reviews_total_empty();
    out->reviews_period[0] = '\0';
    for (size_t i = 0; i < reviews->count; i++)
        if (strcmp(reviews->rows[i].period_start, out->reviews_period) > 0)
            memcpy(out->reviews_period, reviews->rows[i].period_start, sizeof out->reviews_period);
    for (size_t i = 0; i < reviews->count; i++)
        if (strcmp(reviews->rows[i].period_start, out->reviews_period) == 0)
            reviews_total_add(&out->reviews, &reviews->rows[i].period, settings->reviews, true);
    out->reviews_target_pct = reviews_total_target_pct(&out->reviews);
    out->reviews_rag = reviews_total_rag(&out->reviews, settings->reviews);
}

static void compute_risks(const risks_set *risks, const indicator_settings *settings, calendar_date today,
                          overview *out)
{
    out->risks_open = out->risks_high = out->risks_overdue = 0;
    for (size_t i = 0; i < risks->count; i++) {
        const risk_scores *r = &risks->rows[i].scores;
        if (r->status != RISK_OPEN)
            continue;
        out->risks_open++;
        if (risk_rating_for_score(risk_score(r->likelihood, r->impact), settings->risks) == RATING_HIGH)
            out->risks_high++;
        if (risk_is_overdue(r, today, settings->risks))
            out->risks_overdue++;
    }
}

void overview_compute(const savings_set *savings, const staffing_set *staffing, const reviews_set *reviews,
                      const risks_set *risks, const indicator_settings *settings, calendar_date today,
                      overview *out)
{
    memset(out, 0, sizeof *out);
    compute_savings(savings, settings, out);
    compute_staffing(staffing, settings, out);
    compute_reviews(reviews, settings, out);
    compute_risks(risks, settings, today, out);
}

static void compute_bridge(const bridge_set *bridge, calendar_date today, overview *out)
{
    out->has_bridge = false;
    if (bridge->count == 0)
        return;
    bridge_year *years = calloc(bridge->count, sizeof *years);
    if (years == NULL)
        return;
    size_t n = bridge_years(bridge->rows, bridge->count, years);
    int fy = fy_of_date(today);
    size_t chosen = 0; /* the first, unless a year up to today's is there */
    for (size_t y = 0; y < n; y++)
        if (years[y].fy <= fy)
            chosen = y;
    out->bridge = years[chosen];
    out->has_bridge = n > 0;
    free(years);
}

static void compute_kpis(const kpi_set *kpis, overview *out)
{
    out->kpis = kpis->count;
    out->kpis_sustained = 0;
    out->kpi_benefit = MONEY_UNKNOWN;
    size_t v = 0;
    for (size_t k = 0; k < kpis->count; k++) {
        size_t first = v;
        while (v < kpis->nvalues && kpis->values[v].kpi == k)
            v++;
        kpi_status status = kpi_evaluate(&kpis->kpis[k], &kpis->values[first], v - first);
        if (status.sustained)
            out->kpis_sustained++;
        if (status.benefit != MONEY_UNKNOWN)
            out->kpi_benefit = out->kpi_benefit == MONEY_UNKNOWN
                                   ? status.benefit
                                   : money_add(out->kpi_benefit, status.benefit);
    }
}

void overview_finance(const bridge_set *bridge, const kpi_set *kpis, const investment_set *investment,
                      const signoffs_set *signoffs, finance_settings settings, calendar_date today,
                      overview *out)
{
    compute_bridge(bridge, today, out);
    compute_kpis(kpis, out);
    out->has_investment = investment->count > 0;
    out->investment = investment_total(investment->rows, investment->count);
    out->fee = MONEY_UNKNOWN;
    for (size_t i = 0; i < investment->count; i++) {
        money cost = investment_cost(&investment->rows[i]);
        if (investment->rows[i].kind == INVESTMENT_FEE && cost != MONEY_UNKNOWN)
            out->fee = out->fee == MONEY_UNKNOWN ? cost : money_add(out->fee, cost);
    }
    /* payable on the benefit signed off, as the contract reads; on the forecast beside it */
    out->benefit_signed_off =
        signoffs_agreed_total(signoffs->rows, signoffs->count, today, &out->lines_signed_off);
    out->fee_payable = investment_fee_payable(out->fee, out->benefit_signed_off, settings.fee_guarantee);
    out->fee_payable_forecast =
        investment_fee_payable(out->fee, out->run_rate.forecast, settings.fee_guarantee);
    money savings = out->savings.forecast != MONEY_UNKNOWN ? out->savings.forecast : out->savings.target;
    money cost = out->has_investment ? out->investment.total : MONEY_UNKNOWN;
    out->roi = investment_roi(savings, cost);
    out->roi_meets_principle = investment_meets_principle(savings, cost, settings.roi_principle);
    /* net = gross target - the programme's costs */
    out->savings_gross = out->savings.target;
    out->savings_costs = cost;
    out->savings_net = out->savings_gross == MONEY_UNKNOWN || cost == MONEY_UNKNOWN
                           ? out->savings_gross
                           : money_add(out->savings_gross, -cost);
}

void overview_office(const actions_set *actions, const issues_set *issues, const milestones_set *milestones,
                     calendar_date today, overview *out)
{
    out->actions_overdue = out->issues_open = out->milestones_slipped = 0;
    for (size_t i = 0; i < actions->count; i++)
        out->actions_overdue += action_is_overdue(&actions->rows[i].dates, today);
    day_number now = date_to_days(today);
    for (size_t i = 0; i < issues->count; i++) { /* raised by today, and not resolved by then */
        const issue_row *r = &issues->rows[i];
        out->issues_open += (!r->has_raised || date_to_days(r->raised) <= now) &&
                            (!r->has_resolved || date_to_days(r->resolved) > now);
    }
    for (size_t i = 0; i < milestones->count; i++)
        out->milestones_slipped += milestone_is_slipped(&milestones->rows[i].dates, today);
}
