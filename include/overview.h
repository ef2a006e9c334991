/* overview.h - the programme's headline indicators, and their change since a
 * snapshot, judged good or bad by each one's polarity.  No I/O.
 */
#ifndef ASSURE_OVERVIEW_H
#define ASSURE_OVERVIEW_H

#include <stdbool.h>
#include <stdint.h>

#include "calendar.h"
#include "rag.h"
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

    /* The programme office (overview_office): actions open and due before
     * today, issues not resolved by today, milestones slipped against their
     * baseline. */
    int actions_overdue, issues_open, milestones_slipped;

    /* Programme finance (overview_finance). */
    bool has_bridge;
    bridge_year bridge; /* this FY's bridge: today's FY, else the latest before it, else the first */
    size_t kpis, kpis_sustained;
    money kpi_benefit; /* the benefit run rate the KPIs evidence, or MONEY_UNKNOWN */
    bool has_investment;
    investment_totals investment;
    /* The contingent fee: the fees; what of them is payable on the recurrent
     * benefit signed off (the latest agreed sign-off of each line, summed),
     * as the contract reads; and what the forecast run rate would earn,
     * beside it.  MONEY_UNKNOWN without fees. */
    money fee, fee_payable, fee_payable_forecast;
    money benefit_signed_off; /* 0 when none is signed off */
    size_t lines_signed_off;  /* the lines with an agreed sign-off */
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
 * principle, the fee payable on the benefit signed off by today and on the
 * forecast recurrent run rate, and the savings target gross and net of the
 * costs. */
void overview_finance(const bridge_set *bridge, const kpi_set *kpis, const investment_set *investment,
                      const signoffs_set *signoffs, finance_settings settings, calendar_date today,
                      overview *out);

/* The programme office's headlines, after overview_compute: actions
 * overdue (raid.h's rule), issues open (raised by today, when the date is
 * known, and not resolved by then: no resolved date, or a later one) and
 * milestones slipped (milestones.h's rule), at today. */
void overview_office(const actions_set *actions, const issues_set *issues, const milestones_set *milestones,
                     calendar_date today, overview *out);

typedef enum { POLARITY_NEUTRAL, POLARITY_HIGHER_IS_BETTER, POLARITY_LOWER_IS_BETTER } polarity;
typedef enum { UNIT_POUNDS, UNIT_TENTHS_PERCENT, UNIT_COUNT } headline_unit;

/* The headlines, in the order snapshots were first taken in: a snapshot
 * keeps each by its name, so the order is free to change, the names not. */
typedef enum {
    HEADLINE_SAVINGS_TARGET,          /* savings_target_gbp */
    HEADLINE_SAVINGS_STRETCH,         /* savings_stretch_gbp */
    HEADLINE_SAVINGS_FORECAST,        /* savings_forecast_gbp */
    HEADLINE_SAVINGS_ACTUAL,          /* savings_actual_gbp */
    HEADLINE_SAVINGS_GAP,             /* savings_gap_gbp */
    HEADLINE_STAFFING_VACANCY,        /* staffing_vacancy_pct */
    HEADLINE_STAFFING_UNCOVERED,      /* staffing_uncovered_pct */
    HEADLINE_REVIEWS_TARGET,          /* reviews_target_pct */
    HEADLINE_REVIEWS_BACKLOG,         /* reviews_backlog */
    HEADLINE_RISKS_HIGH,              /* risks_high */
    HEADLINE_RISKS_OVERDUE,           /* risks_overdue */
    HEADLINE_BUDGET_REVISED_VARIANCE, /* budget_revised_variance_gbp */
    HEADLINE_KPI_BENEFIT,             /* kpi_benefit_gbp */
    HEADLINE_INVESTMENT,              /* investment_gbp */
    HEADLINE_SAVINGS_PIPELINE,        /* savings_pipeline_gbp */
    HEADLINE_ACTIONS_OVERDUE,         /* actions_overdue */
    HEADLINE_ISSUES_OPEN,             /* issues_open */
    HEADLINE_MILESTONES_SLIPPED,      /* milestones_slipped */
    HEADLINE_COUNT
} headline;

typedef struct {
    const char *name;  /* as reports and snapshots name it: savings_forecast_gbp */
    const char *label; /* for people: Savings forecast */
    headline_unit unit;
    polarity polarity;
} headline_def;

typedef enum { CHANGE_NONE, CHANGE_SAME, CHANGE_GOOD, CHANGE_BAD, CHANGE_MOVED } change_judgement;

/* The headline's definition; NULL past the last. */
const headline_def *headline_get(headline h);
/* The headline's value in its unit; false when it has none (no staffing data). */
bool headline_value(const overview *o, headline h, int64_t *value);
/* The headline's rating, the one place each headline's rule is kept:
 * savings forecast, uncovered vacancy and reviews against target by their
 * indicators' thresholds; a budget still overspent after its planned
 * actions is red, on or under budget green; the others none. */
rag headline_rag(const overview *o, headline h);
/* A rise in something good is good, in something bad is bad; neutral ones
 * just moved. */
change_judgement headline_judge(polarity p, int64_t previous, int64_t current);

/* Who a headline is written for:
 *   HEADLINE_SCREEN  £22.7m, 91.3%, 416; change ▲+£182k worse, = when none
 *   HEADLINE_REPORT  £22,714,000, 91.3%, 416; change ▲ +£182,000 worse,
 *                    ▼ -1.1 pts better, = no change
 *   HEADLINE_DATA    22714000, 91.3, 416; change -182000, -1.1 (csv, json) */
typedef enum { HEADLINE_SCREEN, HEADLINE_REPORT, HEADLINE_DATA } headline_face;

typedef struct {
    headline_face face;
    bool utf8_arrows; /* ▲ ▼, else ^ v */
    bool gbp;         /* GBP for £ (report text where £ cannot be shown); screens keep £ */
} headline_style;

/* Money as style writes it: £22.7m on screens, £22,714,000 (or GBP
 * 22,714,000) in reports, 22714000 in data. */
size_t headline_format_money(char *buf, size_t size, money value, headline_style style);
/* A headline's value, as style writes it.  Returns the length written. */
size_t headline_format_value(char *buf, size_t size, headline h, int64_t value, headline_style style);
/* A headline's change from previous to current, as style writes it, with
 * " better" or " worse" by its polarity (not for data); returns the judgement. */
change_judgement headline_format_change(char *buf, size_t size, headline h, int64_t previous, int64_t current,
                                        headline_style style);

#endif
