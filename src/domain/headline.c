/* headline.c - each headline of the Overview once: its name, value, rating,
 * the judgement of its change, and how its value and change are written. */
#include <stdio.h>
#include <string.h>

#include "overview.h"

static const headline_def headlines[] = {
    [HEADLINE_SAVINGS_TARGET] = {"savings_target_gbp", "Savings target", UNIT_POUNDS, POLARITY_NEUTRAL},
    [HEADLINE_SAVINGS_STRETCH] = {"savings_stretch_gbp", "Stretch", UNIT_POUNDS, POLARITY_NEUTRAL},
    [HEADLINE_SAVINGS_FORECAST] = {"savings_forecast_gbp", "Forecast", UNIT_POUNDS,
                                   POLARITY_HIGHER_IS_BETTER},
    [HEADLINE_SAVINGS_ACTUAL] = {"savings_actual_gbp", "Delivered", UNIT_POUNDS, POLARITY_HIGHER_IS_BETTER},
    [HEADLINE_SAVINGS_GAP] = {"savings_gap_gbp", "Gap", UNIT_POUNDS, POLARITY_LOWER_IS_BETTER},
    [HEADLINE_STAFFING_VACANCY] = {"staffing_vacancy_pct", "Vacancy", UNIT_TENTHS_PERCENT,
                                   POLARITY_LOWER_IS_BETTER},
    [HEADLINE_STAFFING_UNCOVERED] = {"staffing_uncovered_pct", "Uncovered vacancy", UNIT_TENTHS_PERCENT,
                                     POLARITY_LOWER_IS_BETTER},
    [HEADLINE_REVIEWS_TARGET] = {"reviews_target_pct", "Reviews against target", UNIT_TENTHS_PERCENT,
                                 POLARITY_HIGHER_IS_BETTER},
    [HEADLINE_REVIEWS_BACKLOG] = {"reviews_backlog", "Review backlog", UNIT_COUNT, POLARITY_LOWER_IS_BETTER},
    [HEADLINE_RISKS_HIGH] = {"risks_high", "High risks", UNIT_COUNT, POLARITY_LOWER_IS_BETTER},
    [HEADLINE_RISKS_OVERDUE] = {"risks_overdue", "Overdue risk reviews", UNIT_COUNT,
                                POLARITY_LOWER_IS_BETTER},
    [HEADLINE_BUDGET_REVISED_VARIANCE] = {"budget_revised_variance_gbp", "Budget variance after actions",
                                          UNIT_POUNDS, POLARITY_LOWER_IS_BETTER},
    [HEADLINE_KPI_BENEFIT] = {"kpi_benefit_gbp", "Benefit evidenced by KPIs", UNIT_POUNDS,
                              POLARITY_HIGHER_IS_BETTER},
    [HEADLINE_INVESTMENT] = {"investment_gbp", "Investment", UNIT_POUNDS, POLARITY_NEUTRAL},
    [HEADLINE_SAVINGS_PIPELINE] = {"savings_pipeline_gbp", "Pipeline (not in totals)", UNIT_POUNDS,
                                   POLARITY_NEUTRAL},
    [HEADLINE_ACTIONS_OVERDUE] = {"actions_overdue", "Overdue actions", UNIT_COUNT, POLARITY_LOWER_IS_BETTER},
    [HEADLINE_ISSUES_OPEN] = {"issues_open", "Open issues", UNIT_COUNT, POLARITY_LOWER_IS_BETTER},
    [HEADLINE_MILESTONES_SLIPPED] = {"milestones_slipped", "Slipped milestones", UNIT_COUNT,
                                     POLARITY_LOWER_IS_BETTER},
};
_Static_assert(sizeof headlines / sizeof headlines[0] == HEADLINE_COUNT, "a definition for every headline");

const headline_def *headline_get(headline h)
{
    return h < HEADLINE_COUNT ? &headlines[h] : NULL;
}

static bool known(money value, int64_t *out)
{
    if (value == MONEY_UNKNOWN)
        return false;
    *out = value;
    return true;
}

static bool defined(decimal value, int64_t *out)
{
    if (!value.defined)
        return false;
    *out = value.units;
    return true;
}

static bool count(int64_t value, int64_t *out)
{
    *out = value;
    return true;
}

bool headline_value(const overview *o, headline h, int64_t *value)
{
    switch (h) {
    case HEADLINE_SAVINGS_TARGET: return known(o->savings.target, value);
    case HEADLINE_SAVINGS_STRETCH: return known(o->savings.stretch, value);
    case HEADLINE_SAVINGS_FORECAST: return known(o->savings.forecast, value);
    case HEADLINE_SAVINGS_ACTUAL: return known(o->savings.actual, value);
    case HEADLINE_SAVINGS_GAP: return known(o->savings_gap, value);
    case HEADLINE_STAFFING_VACANCY: return defined(o->staffing_vacancy_pct, value);
    case HEADLINE_STAFFING_UNCOVERED: return defined(o->staffing_uncovered_pct, value);
    case HEADLINE_REVIEWS_TARGET: return defined(o->reviews_target_pct, value);
    case HEADLINE_REVIEWS_BACKLOG: return o->reviews.backlog >= 0 && count(o->reviews.backlog, value);
    case HEADLINE_RISKS_HIGH: return count(o->risks_high, value);
    case HEADLINE_RISKS_OVERDUE: return count(o->risks_overdue, value);
    case HEADLINE_BUDGET_REVISED_VARIANCE: return o->has_bridge && known(o->bridge.revised_variance, value);
    case HEADLINE_KPI_BENEFIT: return o->kpis > 0 && known(o->kpi_benefit, value);
    case HEADLINE_INVESTMENT: return o->has_investment && known(o->investment.total, value);
    case HEADLINE_SAVINGS_PIPELINE:
        return count(o->savings_pipeline == MONEY_UNKNOWN ? 0 : o->savings_pipeline, value);
    case HEADLINE_ACTIONS_OVERDUE: return count(o->actions_overdue, value);
    case HEADLINE_ISSUES_OPEN: return count(o->issues_open, value);
    case HEADLINE_MILESTONES_SLIPPED: return count(o->milestones_slipped, value);
    case HEADLINE_COUNT: break;
    }
    return false;
}

rag headline_rag(const overview *o, headline h)
{
    switch (h) {
    case HEADLINE_SAVINGS_FORECAST: return o->savings_rag;
    case HEADLINE_STAFFING_UNCOVERED: return o->staffing_rag;
    case HEADLINE_REVIEWS_TARGET: return o->reviews_rag;
    case HEADLINE_BUDGET_REVISED_VARIANCE: {
        int64_t variance;
        if (!headline_value(o, h, &variance))
            return RAG_NONE;
        return variance > 0 ? RAG_RED : RAG_GREEN; /* still overspent after its actions */
    }
    default: return RAG_NONE;
    }
}

/* good = moved in the direction its polarity prefers */
change_judgement headline_judge(polarity p, int64_t previous, int64_t current)
{
    if (current == previous)
        return CHANGE_SAME;
    if (p == POLARITY_NEUTRAL)
        return CHANGE_MOVED;
    bool rose = current > previous;
    return rose == (p == POLARITY_HIGHER_IS_BETTER) ? CHANGE_GOOD : CHANGE_BAD;
}

/* short on screens: one place in millions from £10m, else two */
size_t headline_format_money(char *buf, size_t size, money value, headline_style style)
{
    if (style.face == HEADLINE_DATA)
        return money_format_plain(buf, size, value);
    if (style.face == HEADLINE_SCREEN) {
        money magnitude = value < 0 ? -value : value;
        return money_format_short(buf, size, value, magnitude >= 10000000 ? 1 : 2);
    }
    char text[64];
    money_format(text, sizeof text, value);
    bool negative = text[0] == '-';
    if (!style.gbp || strncmp(text + (negative ? 1 : 0), "£", 2) != 0)
        return (size_t)snprintf(buf, size, "%s", text);
    return (size_t)snprintf(buf, size, "%sGBP %s", negative ? "-" : "", text + (negative ? 3 : 2));
}

/* The amount alone, in the headline's unit: £182k, 1.1, 4. */
static size_t amount_text(char *buf, size_t size, headline_unit unit, int64_t value, headline_style style)
{
    switch (unit) {
    case UNIT_POUNDS: return headline_format_money(buf, size, value, style);
    case UNIT_TENTHS_PERCENT: return decimal_format(buf, size, decimal_of(value, 1));
    case UNIT_COUNT: break;
    }
    return (size_t)snprintf(buf, size, "%lld", (long long)value);
}

size_t headline_format_value(char *buf, size_t size, headline h, int64_t value, headline_style style)
{
    const headline_def *def = headline_get(h);
    if (def == NULL)
        return (size_t)snprintf(buf, size, "%s", "");
    char amount[64];
    amount_text(amount, sizeof amount, def->unit, value, style);
    bool percent = def->unit == UNIT_TENTHS_PERCENT && style.face != HEADLINE_DATA;
    return (size_t)snprintf(buf, size, "%s%s", amount, percent ? "%" : "");
}

change_judgement headline_format_change(char *buf, size_t size, headline h, int64_t previous, int64_t current,
                                        headline_style style)
{
    const headline_def *def = headline_get(h);
    if (def == NULL) {
        snprintf(buf, size, "%s", "");
        return CHANGE_NONE;
    }
    int64_t change = current - previous;
    change_judgement judgement = headline_judge(def->polarity, previous, current);
    if (style.face == HEADLINE_DATA) {
        amount_text(buf, size, def->unit, change, style);
        return judgement;
    }
    bool report = style.face == HEADLINE_REPORT;
    if (change == 0) {
        snprintf(buf, size, "%s", report ? "= no change" : "=");
        return judgement;
    }
    char amount[64];
    amount_text(amount, sizeof amount, def->unit, change < 0 ? -change : change, style);
    const char *arrow = change > 0 ? (style.utf8_arrows ? "▲" : "^") : (style.utf8_arrows ? "▼" : "v");
    const char *word = judgement == CHANGE_GOOD ? " better" : judgement == CHANGE_BAD ? " worse" : "";
    snprintf(buf, size, "%s%s%s%s%s%s", arrow, report ? " " : "", change > 0 ? "+" : "-", amount,
             report && def->unit == UNIT_TENTHS_PERCENT ? " pts" : "", word);
    return judgement;
}
