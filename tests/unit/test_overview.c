/* The overview's headlines and their judged change, and the integrity checks,
 * on small programmes worked by hand. */
#include "test.h"

#include <string.h>

#include "checks.h"
#include "overview.h"

static const indicator_settings settings = {{95, 80}, {10, 20}, {200, 90, 75}, {4, 12, 28}, 0};

/* Two lines, one an overlap: its £500k is counted in the partner line. */
static savings_line lines[3] = {
    {"S1", "Reablement", "Older Adults", "Reablement capacity", "", "", ORIGIN_PARTNER, SAVINGS_ON_TRACK,
     BASIS_INCREMENTAL},
    {"S2", "Reablement", "Older Adults", "Council reablement plan", "", "", ORIGIN_OVERLAP, SAVINGS_ON_TRACK,
     BASIS_INCREMENTAL},
    {"S3", "Reviews", "All Adults", "Night visiting", "", "", ORIGIN_EXISTING, SAVINGS_DELIVERED,
     BASIS_INCREMENTAL},
};
static savings_year years[4] = {
    {0, 2025, {1000000, 1200000, 900000, 400000}},
    {0, 2026, {2000000, 2400000, 1900000, MONEY_UNKNOWN}},
    {1, 2025, {500000, 500000, 500000, 500000}},
    {2, 2024, {258000, 258000, 258000, 258000}},
};

static staffing_row staffing_rows[2] = {
    {"2026-11-20", "Castlegate", "Senior Practitioner/OT", {800, 800, 0}},
    {"2026-11-20", "Castlegate", "Administration", {3000, 690, 200}},
};

static review_row review_rows[3] = {
    {"2026-10-26", "North", {14, 500, 18, 0, 90, -1, -1, 0}},
    {"2026-11-09", "North", {14, 500, 20, 0, 80, -1, -1, 0}},
    {"2026-11-09", "South", {14, 300, 6, 0, 40, -1, -1, 0}},
};

static risk_row risk_rows[3] = {
    {"R1",
     "Homecare capacity",
     "",
     "",
     "",
     "",
     {4, 4, 3, 3, RISK_OPEN, true, {2026, 11, 9}, false, {0, 0, 0}}},
    {"R2", "Budget", "", "", "", "", {3, 3, 3, 3, RISK_OPEN, true, {2026, 12, 7}, false, {0, 0, 0}}},
    {"R3", "Old", "", "", "", "", {5, 5, 1, 1, RISK_CLOSED, false, {0, 0, 0}, false, {0, 0, 0}}},
};

static void compute(overview *o)
{
    savings_set savings = {lines, 3, years, 4, NULL};
    staffing_set staffing = {staffing_rows, 2, NULL};
    reviews_set reviews = {review_rows, 3, NULL};
    risks_set risks = {risk_rows, 3, NULL};
    calendar_date today = {2026, 11, 23};
    overview_compute(&savings, &staffing, &reviews, &risks, &settings, today, o);
}

static void headlines_by_hand(void **state)
{
    (void)state;
    overview o;
    compute(&o);
    /* target 1,000,000 + 2,000,000 + 258,000 (S2 overlaps S1, left out) */
    assert_int_equal(o.savings.target, 3258000);
    /* forecast 900,000 + 1,900,000 + 258,000 = 3,058,000: 93.9% amber, gap 200,000 */
    assert_int_equal(o.savings.forecast, 3058000);
    assert_int_equal(o.savings_gap, 200000);
    assert_decimal("93.9", o.savings_delivery_pct);
    assert_int_equal(o.savings_rag, RAG_AMBER);
    /* actual 400,000 + 258,000 (2026's is not known yet) */
    assert_int_equal(o.savings.actual, 658000);
    /* the run rate is 2026/27 alone: £1.9m forecast */
    assert_int_equal(o.run_rate_fy, 2026);
    assert_int_equal(o.run_rate.forecast, 1900000);
    /* staffing: 38 FTE, 14.9 vacant (39.2%), 2 agency: 12.9 uncovered (33.9%) */
    assert_decimal("39.2", o.staffing_vacancy_pct);
    assert_decimal("33.9", o.staffing_uncovered_pct);
    assert_int_equal(o.staffing_rag, RAG_RED);
    /* reviews, latest period 9 Nov: target 20 + 12 = 32, done 26: 81.3%; backlog 120 */
    assert_string_equal(o.reviews_period, "2026-11-09");
    assert_decimal("81.3", o.reviews_target_pct);
    assert_int_equal(o.reviews.backlog, 120);
    assert_int_equal(o.reviews_rag, RAG_AMBER);
    /* risks: R1 16 high and overdue; R2 9 medium; R3 closed */
    assert_int_equal(o.risks_open, 2);
    assert_int_equal(o.risks_high, 1);
    assert_int_equal(o.risks_overdue, 1);
}

static void changes_are_judged_by_polarity(void **state)
{
    (void)state;
    assert_int_equal(headline_judge(POLARITY_HIGHER_IS_BETTER, 20910000, 20728000),
                     CHANGE_BAD);                                                      /* forecast fell */
    assert_int_equal(headline_judge(POLARITY_LOWER_IS_BETTER, 129, 118), CHANGE_GOOD); /* vacancy fell */
    assert_int_equal(headline_judge(POLARITY_LOWER_IS_BETTER, 1, 3), CHANGE_BAD);      /* overdue rose */
    assert_int_equal(headline_judge(POLARITY_NEUTRAL, 100, 120), CHANGE_MOVED);        /* target moved */
    assert_int_equal(headline_judge(POLARITY_HIGHER_IS_BETTER, 5, 5), CHANGE_SAME);
    overview o;
    compute(&o);
    int64_t value;
    /* every headline defined: a name and a label of its own (an entry left
     * out of the designated initialisers would be all zeros) */
    for (headline h = 0; h < HEADLINE_COUNT; h++) {
        assert_non_null(headline_get(h));
        assert_non_null(headline_get(h)->name);
        assert_non_null(headline_get(h)->label);
        for (headline g = 0; g < h; g++)
            assert_string_not_equal(headline_get(g)->name, headline_get(h)->name);
    }
    assert_string_equal(headline_get(HEADLINE_SAVINGS_FORECAST)->name, "savings_forecast_gbp");
    assert_true(headline_value(&o, HEADLINE_SAVINGS_FORECAST, &value));
    assert_int_equal(value, 3058000);
    assert_string_equal(headline_get(HEADLINE_STAFFING_UNCOVERED)->name, "staffing_uncovered_pct");
    assert_true(headline_value(&o, HEADLINE_STAFFING_UNCOVERED, &value));
    assert_int_equal(value, 339);
    assert_string_equal(headline_get(HEADLINE_RISKS_OVERDUE)->name, "risks_overdue");
    assert_true(headline_value(&o, HEADLINE_RISKS_OVERDUE, &value));
    assert_int_equal(value, 1);
}

static bool has(const findings *f, finding_level level, const char *ref, const char *fragment)
{
    for (size_t i = 0; i < f->count; i++)
        if (f->items[i].level == level && strcmp(f->items[i].ref, ref) == 0 &&
            strstr(f->items[i].message, fragment))
            return true;
    return false;
}

static void checks_find_what_is_wrong(void **state)
{
    (void)state;
    findings f = {NULL, 0, 0};
    /* an overlap line with no partner in its workstream; a line with no profile;
     * a year outside the programme's (2024 to 2026 hold targets) */
    savings_line l[3] = {
        {"O1", "Nowhere", "", "Overlap", "", "", ORIGIN_OVERLAP, SAVINGS_ON_TRACK, BASIS_INCREMENTAL},
        {"E1", "Reviews", "", "Empty", "", "", ORIGIN_EXISTING, SAVINGS_PLANNED, BASIS_INCREMENTAL},
        {"L1", "Reviews", "", "Late", "", "", ORIGIN_EXISTING, SAVINGS_PLANNED, BASIS_INCREMENTAL},
    };
    savings_year y[3] = {
        {0, 2024, {100, 100, 100, MONEY_UNKNOWN}},
        {2, 2026, {100, 100, 100, MONEY_UNKNOWN}},
        {2, 2031, {MONEY_UNKNOWN, MONEY_UNKNOWN, 50, MONEY_UNKNOWN}},
    };
    savings_set s = {l, 3, y, 3, NULL};
    assert_true(checks_savings(&s, &f));
    assert_true(has(&f, FINDING_WARNING, "O1", "no partner line in its workstream (Nowhere)"));
    assert_true(has(&f, FINDING_WARNING, "E1", "no profile"));
    assert_true(has(&f, FINDING_WARNING, "L1",
                    "profile year 2031/32 is outside the programme's years (2024/25 to 2026/27)"));
    assert_int_equal(f.count, 3);

    staffing_row over[1] = {{"2026-11-20", "Coastal", "Team Manager", {400, 900, 0}}};
    staffing_set st = {over, 1, NULL};
    assert_true(checks_staffing(&st, &f));
    assert_true(has(&f, FINDING_ERROR, "2026-11-20 / Coastal / Team Manager",
                    "vacancy 9.00 FTE is above the establishment of 4.00 FTE"));

    review_row r[2] = {{"2026-11-09", "Coastal", {14, 0, 17, 0, 0, -1, -1, 0}},
                       {"2026-11-09", "LD", {14, 300, 5, 0, 0, 700, 752, 0}}};
    reviews_set rs = {r, 2, NULL};
    assert_true(checks_reviews(&rs, &f));
    assert_true(has(&f, FINDING_ERROR, "2026-11-09 / Coastal", "17 reviews completed with no reviewing FTE"));
    assert_true(has(&f, FINDING_ERROR, "2026-11-09 / LD", "752 reviewed in 12 months, of only 700 clients"));

    risk_row k[3] = {
        {"K1", "", "", "", "", "", {7, 3, 0, 0, RISK_OPEN, false, {0, 0, 0}, false, {0, 0, 0}}},
        {"K2", "", "", "", "", "", {5, 4, 0, 0, RISK_CLOSED, false, {0, 0, 0}, false, {0, 0, 0}}},
        {"K3", "", "", "", "", "", {2, 2, 3, 3, RISK_OPEN, true, {2026, 11, 1}, false, {0, 0, 0}}},
    };
    risks_set ks = {k, 3, NULL};
    calendar_date today = {2026, 11, 23};
    assert_true(checks_risks(&ks, today, settings.risks, &f));
    assert_true(has(&f, FINDING_ERROR, "K1", "score out of range: likelihood 7"));
    assert_true(has(&f, FINDING_WARNING, "K2", "closed, but still scored high (20)"));
    assert_true(has(&f, FINDING_WARNING, "K3", "review overdue since 2026-11-01"));
    assert_true(has(&f, FINDING_WARNING, "K3", "target score 9 is worse than the current score 4"));
    findings_free(&f);
}

/* Risks listed without scores (as Nottingham City's, seed 002 §6) count as
 * open, but as neither high, medium nor low; check lists each open one, and
 * neither calls its blank scores out of range nor its target worse. */
static void unscored_risks_are_open_but_unrated(void **state)
{
    (void)state;
    risk_row k[4] = {
        {"R1", "Homecare", "", "", "", "", {4, 4, 0, 0, RISK_OPEN, false, {0, 0, 0}, false, {0, 0, 0}}},
        {"U1",
         "Homecare capacity",
         "",
         "",
         "",
         "",
         {0, 0, 0, 0, RISK_OPEN, false, {0, 0, 0}, false, {0, 0, 0}}},
        {"U2", "Recruitment", "", "", "", "", {0, 0, 2, 2, RISK_OPEN, false, {0, 0, 0}, false, {0, 0, 0}}},
        {"U3", "Old", "", "", "", "", {0, 0, 0, 0, RISK_CLOSED, false, {0, 0, 0}, false, {0, 0, 0}}},
    };
    risks_set risks = {k, 4, NULL};
    savings_set savings = {lines, 3, years, 4, NULL};
    staffing_set staffing = {staffing_rows, 2, NULL};
    reviews_set reviews = {review_rows, 3, NULL};
    calendar_date today = {2026, 11, 23};
    overview o;
    overview_compute(&savings, &staffing, &reviews, &risks, &settings, today, &o);
    /* open: R1, U1, U2; high: R1 alone (4 x 4 = 16) */
    assert_int_equal(o.risks_open, 3);
    assert_int_equal(o.risks_high, 1);
    assert_int_equal(o.risks_overdue, 0);
    findings f = {NULL, 0, 0};
    assert_true(checks_risks(&risks, today, settings.risks, &f));
    assert_true(has(&f, FINDING_WARNING, "U1", "unscored: give it a likelihood and impact"));
    assert_true(has(&f, FINDING_WARNING, "U2", "unscored: give it a likelihood and impact"));
    assert_int_equal(f.count, 2); /* nothing for R1, nor for U3, closed */
    findings_free(&f);
}

/* [programme] final_fy moves the run rate, and the fee payable with it.  The
 * programme above: S1 forecasts 900,000 in 2025/26 and 1,900,000 in 2026/27;
 * S2 (overlap) 500,000 in 2025/26 is in S1's already; S3 258,000 in 2024/25.
 * A £1,000,000 contingent fee with a 1.3 guarantee. */
static void final_fy_moves_the_run_rate_and_the_fee_payable_on_forecast(void **state)
{
    (void)state;
    savings_set savings = {lines, 3, years, 4, NULL};
    staffing_set staffing = {staffing_rows, 2, NULL};
    reviews_set reviews = {review_rows, 3, NULL};
    risks_set risks = {risk_rows, 3, NULL};
    calendar_date today = {2026, 11, 23};
    investment_row fee = {"F1", "Contingent fee", "", INVESTMENT_FEE, 0, MONEY_UNKNOWN, 100, 1000000, false,
                          0};
    investment_set investment = {&fee, 1, NULL};
    bridge_set bridge;
    kpi_set kpis;
    memset(&bridge, 0, sizeof bridge);
    memset(&kpis, 0, sizeof kpis);
    finance_settings finance = {300, 130};
    signoffs_set none = {NULL, 0, NULL}; /* no benefit signed off: the fee on the forecast is beside it */
    overview o;
    /* by default 2026/27: 1,900,000 / 1.3 = 1,461,538 is more than the fee, so all £1,000,000 */
    overview_compute(&savings, &staffing, &reviews, &risks, &settings, today, &o);
    overview_finance(&bridge, &kpis, &investment, &none, finance, today, &o);
    assert_int_equal(o.run_rate_fy, 2026);
    assert_int_equal(o.run_rate.forecast, 1900000);
    assert_int_equal(o.fee_payable_forecast, 1000000);
    assert_int_equal(o.fee_payable, 0);
    /* final_fy = 2025/26: S1's 900,000 (S2 left out); 900,000 / 1.3 = 692,307.7, so £692,308 */
    indicator_settings earlier = settings;
    earlier.final_fy = 2025;
    overview_compute(&savings, &staffing, &reviews, &risks, &earlier, today, &o);
    overview_finance(&bridge, &kpis, &investment, &none, finance, today, &o);
    assert_int_equal(o.run_rate_fy, 2025);
    assert_int_equal(o.run_rate.forecast, 900000);
    assert_int_equal(o.fee_payable_forecast, 692308);
    /* final_fy = 2027/28, which no line has figures for: none, and nothing payable */
    earlier.final_fy = 2027;
    overview_compute(&savings, &staffing, &reviews, &risks, &earlier, today, &o);
    overview_finance(&bridge, &kpis, &investment, &none, finance, today, &o);
    assert_int_equal(o.run_rate_fy, 2027);
    assert_true(o.run_rate.forecast == MONEY_UNKNOWN);
    assert_int_equal(o.fee_payable_forecast, 0);
}

/* check names each counted line with figures past the final year, and those years */
static void check_warns_of_lines_past_the_final_year(void **state)
{
    (void)state;
    findings f = {NULL, 0, 0};
    savings_set savings = {lines, 3, years, 4, NULL};
    /* by default the final year is the last with figures: nothing past it */
    assert_true(checks_final_year(&savings, 0, &f));
    assert_int_equal(f.count, 0);
    /* final_fy = 2025/26: S1 runs into 2026/27; S2 is an overlap and S3 ends in 2024/25 */
    assert_true(checks_final_year(&savings, 2025, &f));
    assert_int_equal(f.count, 1);
    assert_true(has(&f, FINDING_WARNING, "S1",
                    "profile runs past the programme's final year 2025/26 ([programme] final_fy): 2026/27 is "
                    "left out of the run rate"));
    findings_free(&f);
    /* final_fy = 2023/24: S1's two years named; S3's one; the overlap's none */
    assert_true(checks_final_year(&savings, 2023, &f));
    assert_int_equal(f.count, 2);
    assert_true(has(&f, FINDING_WARNING, "S1", ": 2025/26, 2026/27 are left out of the run rate"));
    assert_true(has(&f, FINDING_WARNING, "S3", ": 2024/25 is left out of the run rate"));
    findings_free(&f);
    /* a dropped line is not counted, so it is not named */
    savings_line dropped[1] = {
        {"D1", "Reviews", "", "Dropped", "", "", ORIGIN_EXISTING, SAVINGS_DROPPED, BASIS_INCREMENTAL}};
    savings_year later[1] = {{0, 2029, {100, 100, 100, MONEY_UNKNOWN}}};
    savings_set d = {dropped, 1, later, 1, NULL};
    assert_true(checks_final_year(&d, 2027, &f));
    assert_int_equal(f.count, 0);
    findings_free(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(headlines_by_hand),
        cmocka_unit_test(changes_are_judged_by_polarity),
        cmocka_unit_test(checks_find_what_is_wrong),
        cmocka_unit_test(unscored_risks_are_open_but_unrated),
        cmocka_unit_test(final_fy_moves_the_run_rate_and_the_fee_payable_on_forecast),
        cmocka_unit_test(check_warns_of_lines_past_the_final_year),
    };
    return cmocka_run_group_tests_name("overview", tests, NULL, NULL);
}
