/* overview.h - the programme's headline indicators, and their change since a
 * snapshot, judged good or bad by each one's polarity.  No I/O.
 */
#ifndef ASSURE_OVERVIEW_H
#define ASSURE_OVERVIEW_H

#include <stdbool.h>
#include <stdint.h>

#include "calendar.h"
#include "records.h"

typedef struct {
    savings_thresholds savings;
    staffing_thresholds staffing;
    reviews_thresholds reviews;
    risk_bands risks;
    int final_fy; /* [programme] final_fy, the run rate's year; 0: the last a counted line has figures for */
} indicator_settings;

typedef struct {
    savings_figures savings; /* programme totals over every FY, overlap counted once */
    money savings_gap;
    decimal savings_delivery_pct;
    rag savings_rag;
    int run_rate_fy;          /* the programme's final FY (savings_final_fy), 0 when there is none */
    savings_figures run_rate; /* the recurrent run rate: counted lines' figures in run_rate_fy */
    money savings_pipeline;   /* the pipeline lines' target, in no total above; MONEY_UNKNOWN: none */
    size_t savings_pipeline_lines;

    char staffing_as_at[11]; /* the snapshot the staffing figures are from ("" if none) */
    staffing_fte staffing;
    decimal staffing_vacancy_pct, staffing_uncovered_pct;
    rag staffing_rag;

    char reviews_period[11]; /* the latest period ("" if none) */
    reviews_total reviews;   /* every team in that period */
    decimal reviews_target_pct;
    rag reviews_rag;

    int risks_open, risks_high, risks_overdue;

    /* Programme finance (overview_finance). */
    bool has_bridge;
    bridge_year bridge; /* this FY's bridge: today's FY, else the latest before it, else the first */
    size_t kpis, kpis_sustained;
    money kpi_benefit; /* the benefit run rate the KPIs evidence, or MONEY_UNKNOWN */
    bool has_investment;
    investment_totals investment;
    money fee, fee_payable; /* fees, and what of them the run rate earns; MONEY_UNKNOWN without fees */
    /* Savings gross and net of the programme's costs: the target over every
     * year before costs; the costs (the investment's total, MONEY_UNKNOWN
     * with none); the target less them. */
    money savings_gross, savings_costs, savings_net;
    decimal roi; /* savings / investment */
    bool roi_meets_principle;
} overview;

typedef struct {
    int64_t roi_principle; /* hundredths: 3:1 is 300 */
    int64_t fee_guarantee; /* hundredths: 1.3 is 130; 0 none */
} finance_settings;

/* Compute the headlines.  staffing holds one snapshot date's rows (the
 * latest); reviews every period; today decides which risks are overdue. */
void overview_compute(const savings_set *savings, const staffing_set *staffing, const reviews_set *reviews,
                      const risks_set *risks, const indicator_settings *settings, calendar_date today,
                      overview *out);

/* The programme-finance headlines, after overview_compute: this year's
 * bridge; the KPIs' evidenced benefit and how many are sustained; the
 * investment, the return on it (the savings forecast over every year, or
 * the target where nothing is forecast, over the total cost) against the
 * principle, the fee payable on the recurrent run rate, and the savings
 * target gross and net of the costs. */
void overview_finance(const bridge_set *bridge, const kpi_set *kpis, const investment_set *investment,
                      finance_settings settings, calendar_date today, overview *out);

typedef enum { POLARITY_NEUTRAL, POLARITY_HIGHER_IS_BETTER, POLARITY_LOWER_IS_BETTER } polarity;
typedef enum { UNIT_POUNDS, UNIT_TENTHS_PERCENT, UNIT_COUNT } headline_unit;

typedef struct {
    const char *name;  /* as reports and snapshots name it: savings_forecast_gbp */
    const char *label; /* for people: Savings forecast */
    headline_unit unit;
    polarity polarity;
} headline_def;

typedef enum { CHANGE_NONE, CHANGE_SAME, CHANGE_GOOD, CHANGE_BAD, CHANGE_MOVED } change_judgement;

#define HEADLINE_COUNT 15
const headline_def *headline_get(size_t index);
/* The headline's value in its unit; false when it has none (no staffing data). */
bool headline_value(const overview *o, size_t index, int64_t *value);
/* A rise in something good is good, in something bad is bad; neutral ones
 * just moved. */
change_judgement headline_judge(polarity p, int64_t previous, int64_t current);

#endif
