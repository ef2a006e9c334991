/* Programme finance against the seeds: Rotherham's budget bridge (seed 003),
 * Nottinghamshire's temporary posts (seed 000), Somerset's contingent fee
 * and financial equations (seed 001), Nottingham City's return (seed 002). */
#include "test.h"

#include <string.h>

#include "bridge.h"
#include "investment.h"
#include "kpis.h"

#define FY_2018 2018
#define FY_2019 2019
#define FY_2020 2020

/* Seed 003, section 3.1, "£000": every row of the bridge as printed. */
static size_t rotherham_bridge(bridge_row *rows)
{
    static const struct {
        int fy;
        bridge_section section;
        const char *name, *amount;
    } printed[] = {
        {FY_2018, BRIDGE_BUDGET, "Budget 2018/19", "57,778"},
        {FY_2018, BRIDGE_SAVINGS_UNDELIVERED, "Review of Learning Disabilities", "3,324"},
        {FY_2018, BRIDGE_SAVINGS_UNDELIVERED, "Review of all Community care packages", "1,812"},
        {FY_2018, BRIDGE_SAVINGS_UNDELIVERED, "Focussed enablement service", "340"},
        {FY_2018, BRIDGE_SAVINGS_UNDELIVERED, "Review in house service provision (Supporting People)",
         "1,530"},
        {FY_2018, BRIDGE_SAVINGS_UNDELIVERED, "In-house residential and intermediate care", "1,640"},
        {FY_2018, BRIDGE_SAVINGS_UNDELIVERED, "Housing Related Support", "(811)"},
        {FY_2018, BRIDGE_SAVINGS_UNDELIVERED, "Learning Disabilities", "(250)"},
        {FY_2018, BRIDGE_OVERSPEND, "Staffing including Agency and Consultancy", "370"},
        {FY_2018, BRIDGE_OVERSPEND, "Transport - external provision", "39"},
        {FY_2018, BRIDGE_UNDERSPEND, "Recurring underspends - staffing and Supported Living", "(287)"},
        {FY_2018, BRIDGE_PRESSURE, "Residential and Nursing Care", "3,843"},
        {FY_2018, BRIDGE_PRESSURE, "Domiciliary Care", "1,815"},
        {FY_2018, BRIDGE_PRESSURE, "Direct Payments/Managed Accounts", "517"},
        {FY_2018, BRIDGE_FUNDING, "2017/18 iBCF allocation", "(4,000)"},
        {FY_2018, BRIDGE_FUNDING, "2018/19 proposed iBCF additional allocation", "(1,979)"},
        {FY_2018, BRIDGE_ACTION, "My Front Door - Learning Disability", "(1,268)"},
        {FY_2018, BRIDGE_ACTION, "Reassessment Programme", "(414)"},
        {FY_2019, BRIDGE_ACTION, "My Front Door - Learning Disability", "(3,074)"},
        {FY_2019, BRIDGE_ACTION, "Reassessment Programme", "(2,847)"},
        {FY_2019, BRIDGE_ACTION, "Reduction in bed base", "(1,640)"},
        {FY_2019, BRIDGE_ACTION, "Review in-house provision (Supporting People)", "(342)"},
        {FY_2020, BRIDGE_ACTION, "My Front Door - Learning Disability", "(3,074)"},
        {FY_2020, BRIDGE_ACTION, "Reassessment Programme", "(2,847)"},
        {FY_2020, BRIDGE_ACTION, "Reduction in bed base", "(1,640)"},
        {FY_2020, BRIDGE_ACTION, "Review in-house provision (Supporting People)", "(342)"},
    };
    size_t n = sizeof printed / sizeof printed[0];
    for (size_t i = 0; i < n; i++) {
        rows[i].fy = printed[i].fy;
        rows[i].section = printed[i].section;
        rows[i].name = printed[i].name;
        rows[i].amount = money_of(printed[i].amount, 1000);
    }
    return n;
}

static void rotherham_bridge_lands_on_the_printed_forecast_and_position(void **state)
{
    (void)state;
    bridge_row rows[32];
    size_t n = rotherham_bridge(rows);
    bridge_year years[32];
    assert_int_equal(bridge_years(rows, n, years), 3);
    const bridge_year *y = &years[0];
    assert_int_equal(y->fy, FY_2018);
    assert_int_equal(y->carried_from, 0);
    /* "Budget 2018/19 57,778" */
    assert_int_equal(y->budget, 57778000);
    /* "Savings still be to delivered 7,585" = 8,646 - 1,061 */
    assert_int_equal(y->sections[BRIDGE_SAVINGS_UNDELIVERED], 7585000);
    /* the printed subtotals: overspends 409, demand pressures 6,175, funding (5,979) */
    assert_int_equal(y->sections[BRIDGE_OVERSPEND], 409000);
    assert_int_equal(y->sections[BRIDGE_PRESSURE], 6175000);
    assert_int_equal(y->sections[BRIDGE_FUNDING], -5979000);
    /* "Revised forecast 65,681", "Estimated Adverse variance +7,903" */
    assert_int_equal(y->forecast, 65681000);
    assert_int_equal(y->variance, 7903000);
    /* "Total planned actions (1,682)", "Revised position (overspend) for 18/19 +6,221" */
    assert_int_equal(y->actions, -1682000);
    assert_int_equal(y->revised_variance, 6221000);
    /* 2019/20 and 2020/21: planned actions (7,903) against the recurring
     * +7,903 leave the printed revised position 0 */
    for (int i = 1; i <= 2; i++) {
        assert_int_equal(years[i].carried_from, FY_2018);
        assert_int_equal(years[i].variance, 7903000);
        assert_int_equal(years[i].actions, -7903000);
        assert_int_equal(years[i].revised_variance, 0);
    }
}

static void a_year_of_actions_alone_with_nothing_before_is_unknown(void **state)
{
    (void)state;
    bridge_row rows[1] = {{FY_2019, BRIDGE_ACTION, "Early action", -5000}};
    bridge_year years[1];
    assert_int_equal(bridge_years(rows, 1, years), 1);
    assert_int_equal(years[0].carried_from, 0);
    assert_true(years[0].forecast == MONEY_UNKNOWN);
    assert_true(years[0].revised_variance == MONEY_UNKNOWN);
    assert_int_equal(years[0].actions, -5000);
}

static void bridge_sections_and_declared_rows_read_as_reports_write_them(void **state)
{
    (void)state;
    bridge_section section = BRIDGE_BUDGET;
    assert_true(bridge_section_parse("Demand Pressures", &section));
    assert_int_equal(section, BRIDGE_PRESSURE);
    assert_true(bridge_section_parse("Savings still to be delivered", &section));
    assert_int_equal(section, BRIDGE_SAVINGS_UNDELIVERED);
    assert_true(bridge_section_parse("planned actions", &section));
    assert_int_equal(section, BRIDGE_ACTION);
    assert_false(bridge_section_parse("savings", &section));
    /* the seed's own lines */
    assert_int_equal(bridge_declared("Revised forecast", "Revised forecast", &section),
                     BRIDGE_DECLARES_FORECAST);
    assert_int_equal(bridge_declared("variance", "Estimated Adverse variance", &section),
                     BRIDGE_DECLARES_VARIANCE);
    assert_int_equal(bridge_declared("Revised position", "Revised position (overspend) for 18/19", &section),
                     BRIDGE_DECLARES_REVISED);
    assert_int_equal(bridge_declared("action", "Total planned actions to deliver existing savings", &section),
                     BRIDGE_DECLARES_SECTION);
    assert_int_equal(section, BRIDGE_ACTION);
    assert_int_equal(bridge_declared("", "Total", &section), BRIDGE_DECLARES_FORECAST);
    assert_int_equal(bridge_declared("pressure", "Domiciliary Care", &section), BRIDGE_DECLARES_NOTHING);
    assert_string_equal(bridge_declares_name(BRIDGE_DECLARES_SECTION, BRIDGE_PRESSURE), "pressure");
}

/* Seed 000, paragraph 29 (first printing) and 35 (second): post, FTE, grade, cost p.a. */
typedef struct {
    const char *name, *fte, *grade, *cost_pa;
} post;

static const post paragraph_29[] = {
    {"Reablement Service Manager", "1", "E", "£63,664"},
    {"Senior Business Change Analyst", "1", "D", "£57,195"},
    {"Business Change Analyst", "1", "C", "£53,318"},
    {"Performance Business Partner", "1", "A", "£40,776"},
    {"Transformation Business Partner", "4.4", "C", "£234,598"},
    {"Commissioning Assistant", "2", "A", "£80,835"},
    {"Mosaic Technical Specialist", "1", "C", "£53,318"},
    {"Community Care Officer", "3", "5", "£100,698"},
};

static size_t posts_of(const post *printed, size_t n, investment_row *rows)
{
    for (size_t i = 0; i < n; i++) {
        memset(&rows[i], 0, sizeof rows[i]);
        rows[i].ref = printed[i].name;
        rows[i].name = printed[i].name;
        rows[i].grade = printed[i].grade;
        rows[i].kind = INVESTMENT_POST;
        rows[i].fte = fte_of(printed[i].fte);
        rows[i].cost_pa = money_of(printed[i].cost_pa, 1);
        rows[i].years = 200; /* "for two years from 1st April 2018" */
        rows[i].one_off = MONEY_UNKNOWN;
    }
    return n;
}

static void nottinghamshire_posts_first_printing_totals(void **state)
{
    (void)state;
    investment_row rows[8];
    size_t n = posts_of(paragraph_29, 8, rows);
    investment_totals t = investment_total(rows, n);
    /* "Totals 14.4 £684,402 £1,368,804" */
    assert_int_equal(t.fte, 1440);
    assert_int_equal(t.cost_pa, 684402);
    assert_int_equal(t.total, 1368804);
    assert_int_equal(t.by_kind[INVESTMENT_POST], 1368804);
    /* The printed 2-year cost of the Performance Business Partner is £81,551,
     * a pound short of 2 x £40,776: the sheet's own rounding. */
    assert_int_equal(investment_cost(&rows[3]), 81552);
    assert_false(money_agrees(81551, 1, investment_cost(&rows[3])));
}

static void nottinghamshire_posts_second_printing_totals_do_not_add_up(void **state)
{
    (void)state;
    post second[8];
    memcpy(second, paragraph_29, sizeof second);
    second[5].cost_pa = "£81,551"; /* paragraph 35: the Commissioning Assistant's cost changed */
    investment_row rows[8];
    size_t n = posts_of(second, 8, rows);
    investment_totals t = investment_total(rows, n);
    /* by hand: 684,402 - 80,835 + 81,551 = 685,118; the printed total is £685,120 */
    assert_int_equal(t.cost_pa, 685118);
    assert_false(money_agrees(685120, 1, t.cost_pa));
    /* two years: 2 x 685,118 = 1,370,236; the printed total is £1,370,240 */
    assert_int_equal(t.total, 1370236);
    assert_false(money_agrees(1370240, 1, t.total));
    assert_int_equal(t.fte, 1440); /* still 14.4 FTE */
}

static void somerset_contingent_fee_worked_example(void **state)
{
    (void)state;
    /* Seed 001, 36 b): "in the unlikely event that only £3m of recurrent
     * benefit is delivered, the total fee ... would be proportionately
     * reduced to £2.3m" at a guarantee of 1.3: 3,000,000 / 1.3 = 2,307,692.3 */
    money payable = investment_fee_payable(7000000, 3000000, 130);
    assert_int_equal(payable, 2307692);
    assert_true(money_agrees(money_of("£2.3m", 1), 100000, payable));
    /* "£10.0m guaranteed benefit per year": 10m / 1.3 is more than the
     * £7m fee, so the whole fee is payable */
    assert_int_equal(investment_fee_payable(7000000, 10000000, 130), 7000000);
    /* "if nothing is delivered, then Somerset Council would pay nothing" */
    assert_int_equal(investment_fee_payable(7000000, 0, 130), 0);
    /* no guarantee: the fee as agreed */
    assert_int_equal(investment_fee_payable(7000000, 0, 0), 7000000);
}

static void return_on_investment_against_the_principle(void **state)
{
    (void)state;
    /* Seed 002: £16.914m of savings against £0.783m of one-off resources is
     * 21.60:1 by hand (16,914 / 783 = 21.6015); the report's own 4.45:1
     * cannot be had from its printed figures. */
    decimal roi = investment_roi(16914000, 783000);
    assert_decimal("21.60", roi);
    assert_true(investment_meets_principle(16914000, 783000, 300)); /* above the 3:1 principle */
    /* a pound more than a third of the savings is under 3:1, though the
     * ratio shows as 3.00 to two places */
    assert_decimal("3.00", investment_roi(3000000, 1000001));
    assert_false(investment_meets_principle(3000000, 1000001, 300));
    assert_true(investment_meets_principle(3000000, 1000000, 300));
    assert_false(investment_roi(1000, 0).defined);
    assert_false(investment_roi(MONEY_UNKNOWN, 1000).defined);
    investment_kind kind;
    assert_true(investment_kind_parse("Fees", &kind));
    assert_int_equal(kind, INVESTMENT_FEE);
    assert_false(investment_kind_parse("salary", &kind));
}

/* Seed 001's "financial equations", worked by hand: reablement finishers a
 * month (higher is better), baseline 100, target 130; the matrix's £6.7m
 * for that opportunity over 30 more finishers is £223,333 a year each. */
static void kpi_benefit_and_sustained_after_the_agreed_periods(void **state)
{
    (void)state;
    kpi k = {"KPI-01",
             "Reablement finishers a month",
             "people",
             "ASC-01",
             KPI_HIGHER_IS_BETTER,
             10000,
             true,
             13000,
             223333,
             3};
    kpi_value values[6];
    const int64_t printed[6] = {10400, 11200, 12100, 13100, 13300, 13500};
    for (size_t i = 0; i < 6; i++) {
        values[i].kpi = 0;
        snprintf(values[i].period, sizeof values[i].period, "2026-%02zu-01", i + 4);
        values[i].value = printed[i];
    }
    kpi_status s = kpi_evaluate(&k, values, 6);
    assert_true(s.has_latest);
    assert_string_equal(s.latest_period, "2026-09-01");
    assert_int_equal(s.improvement, 3500); /* 135 - 100 = 35 */
    assert_int_equal(s.benefit, 7816655);  /* 35 x 223,333 */
    assert_int_equal(s.periods_at_target, 3);
    assert_true(s.sustained);
    /* one period fewer at target is not yet sustained */
    s = kpi_evaluate(&k, values, 5);
    assert_int_equal(s.periods_at_target, 2);
    assert_false(s.sustained);
}

/* Hours of homecare a week (lower is better): baseline 12,500, target 11,700;
 * the matrix's £2.8m over 800 hours is £3,500 a year per weekly hour. */
static void kpi_lower_is_better_with_fractions(void **state)
{
    (void)state;
    kpi k = {"KPI-02",
             "Homecare hours a week",
             "hours",
             "ASC-03",
             KPI_LOWER_IS_BETTER,
             1250000,
             true,
             1170000,
             3500,
             2};
    kpi_value values[3] = {
        {0, "2026-07-01", 1240000}, {0, "2026-08-01", 1165000}, {0, "2026-09-01", 1201050}};
    kpi_status s = kpi_evaluate(&k, values, 3);
    /* 12,500 - 12,010.5 = 489.5 hours; x £3,500 = £1,713,250 */
    assert_int_equal(s.improvement, 48950);
    assert_int_equal(s.benefit, 1713250);
    assert_int_equal(s.periods_at_target, 0); /* 12,010.5 is above the 11,700 target */
    assert_false(s.sustained);
    /* worse than the baseline is a negative benefit, not hidden */
    assert_int_equal(kpi_benefit(&k, 1260000), -350000);
    /* no unit value: no benefit; no values: nothing known */
    k.unit_value = MONEY_UNKNOWN;
    assert_true(kpi_benefit(&k, 1000000) == MONEY_UNKNOWN);
    s = kpi_evaluate(&k, values, 0);
    assert_false(s.has_latest);
    assert_false(s.sustained);
    kpi_polarity p;
    assert_true(kpi_polarity_parse("Lower is better", &p));
    assert_int_equal(p, KPI_LOWER_IS_BETTER);
    assert_false(kpi_polarity_parse("sideways", &p));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(rotherham_bridge_lands_on_the_printed_forecast_and_position),
        cmocka_unit_test(a_year_of_actions_alone_with_nothing_before_is_unknown),
        cmocka_unit_test(bridge_sections_and_declared_rows_read_as_reports_write_them),
        cmocka_unit_test(nottinghamshire_posts_first_printing_totals),
        cmocka_unit_test(nottinghamshire_posts_second_printing_totals_do_not_add_up),
        cmocka_unit_test(somerset_contingent_fee_worked_example),
        cmocka_unit_test(return_on_investment_against_the_principle),
        cmocka_unit_test(kpi_benefit_and_sustained_after_the_agreed_periods),
        cmocka_unit_test(kpi_lower_is_better_with_fractions),
    };
    return cmocka_run_group_tests_name("finance", tests, NULL, NULL);
}
