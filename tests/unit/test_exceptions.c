/* The exceptions the Overview lists, worst first, and the one way a
 * headline's value and change are written, on a small programme worked by
 * hand. */
#include "test.h"

#include <stdlib.h>
#include <string.h>

#include "exceptions.h"
#include "overview.h"

/* savings: green at 95% of target, amber at 80%; staffing: uncovered amber
 * at 10%, red at 20%; reviews: 2.00 a FTE a week, green at 90%, amber at
 * 75%; risks: low to 4, medium to 12, reviewed every 28 days */
static const indicator_settings settings = {{95, 80}, {10, 20}, {200, 90, 75}, {4, 12, 28}, 0};

static savings_line lines[4] = {
    {"S1", "Reablement", "Older Adults", "Reablement capacity", "", "", ORIGIN_EXISTING, SAVINGS_ON_TRACK,
     BASIS_INCREMENTAL},
    {"S2", "Homecare", "Older Adults", "Homecare re-tender", "", "", ORIGIN_EXISTING, SAVINGS_AT_RISK,
     BASIS_INCREMENTAL},
    {"S3", "Day services", "All Adults", "Day opportunities", "", "", ORIGIN_EXISTING, SAVINGS_SLIPPED,
     BASIS_INCREMENTAL},
    {"S4", "Reviews", "All Adults", "Night visiting", "", "", ORIGIN_EXISTING, SAVINGS_DELIVERED,
     BASIS_INCREMENTAL},
};
static savings_year years[5] = {
    {0, 2025, {600000, 600000, 500000, MONEY_UNKNOWN}}, /* S1: 700,000 of 1,000,000 over two years */
    {0, 2026, {400000, 400000, 200000, MONEY_UNKNOWN}},
    {1, 2026, {500000, 500000, 450000, MONEY_UNKNOWN}}, /* S2: 90.0%, amber */
    {2, 2026, {400000, 400000, 200000, MONEY_UNKNOWN}}, /* S3: 50.0%, red */
    {3, 2026, {300000, 300000, 100000, 100000}},        /* S4: delivered, blue whatever its figures */
};

/* the latest snapshot: establishment, vacancy, agency in hundredths of FTE */
static staffing_row staffing_rows[3] = {
    {"2026-11-20", "Castlegate", "Senior Practitioner/OT", {800, 800, 0}}, /* 8 of 8 uncovered: 100.0% */
    {"2026-11-20", "Castlegate", "Administration", {3000, 690, 200}},      /* 4.9 of 30: 16.3%, amber */
    {"2026-11-20", "Coastal", "Team Manager", {400, 100, 0}},              /* 1 of 4: 25.0% */
};

/* 14-day periods: the target is FTE x 2 x 2 */
static review_row review_rows[4] = {
    {"2026-10-26", "South", {14, 300, 1, 0, 50, -1, -1, 0}},  /* not the latest period: not read */
    {"2026-11-09", "North", {14, 500, 18, 0, 90, -1, -1, 0}}, /* 18 of 20: 90.0%, green */
    {"2026-11-09", "South", {14, 300, 6, 0, 40, -1, -1, 0}},  /* 6 of 12: 50.0%, red */
    {"2026-11-09", "West", {14, 400, 13, 0, 30, -1, -1, 0}},  /* 13 of 16: 81.3%, amber */
};

/* today is 23 Nov 2026 */
static risk_row risk_rows[4] = {
    {"R1",
     "Homecare capacity",
     "",
     "",
     "",
     "",
     {4, 4, 3, 3, RISK_OPEN, true, {2026, 11, 9}, false, {0, 0, 0}}},
    {"R2",
     "Budget pressure",
     "",
     "",
     "",
     "",
     {3, 3, 3, 3, RISK_OPEN, true, {2026, 11, 16}, false, {0, 0, 0}}},
    {"R3", "Old", "", "", "", "", {5, 5, 1, 1, RISK_CLOSED, true, {2026, 1, 1}, false, {0, 0, 0}}},
    {"R4", "Not yet due", "", "", "", "", {5, 4, 3, 3, RISK_OPEN, true, {2026, 12, 7}, false, {0, 0, 0}}},
};

static savings_set savings = {lines, 4, years, 5, NULL};
static staffing_set staffing = {staffing_rows, 3, NULL};
static reviews_set reviews = {review_rows, 4, NULL};
static risks_set risks = {risk_rows, 4, NULL};
static kpi_set kpis = {NULL, 0, NULL, 0, NULL};

/* The overview, with this year's budget £250,000 over after its actions
 * and a return of 2.50:1 against the 3:1 principle. */
static exception_sources sources(overview *o)
{
    calendar_date today = {2026, 11, 23};
    overview_compute(&savings, &staffing, &reviews, &risks, &settings, today, o);
    o->has_bridge = true;
    o->bridge.fy = 2026;
    o->bridge.revised_variance = 250000;
    o->roi = decimal_of(250, 2);
    o->roi_meets_principle = false;
    return (exception_sources){&savings, &staffing, &reviews, &risks, &kpis, o, &settings, 300, today};
}

static const headline_style screen = {HEADLINE_SCREEN, true, false};
static const headline_style report = {HEADLINE_REPORT, true, false};

static void exceptions_are_listed_worst_first(void **state)
{
    (void)state;
    overview o;
    exception_sources src = sources(&o);
    overview_exception *list;
    size_t n;
    assert_true(exceptions_find(&src, &list, &n));
    /* red by weight: S1's gap 300,000; the budget's 250,000; S3's gap
     * 200,000; Castlegate SP/OT 100.0% uncovered (1000 tenths); South
     * 1000 - 500 = 500; Coastal TM 25.0% (250); R1's score 16; the return
     * (no weight).  Then amber: West 1000 - 813 = 187; R2's score 9. */
    static const struct {
        rag rating;
        const char *line;
    } expected[] = {
        {RAG_RED, "Savings   S1 Reablement capacity: 70.0% of target, gap £300k"},
        {RAG_RED, "Budget    2026/27: £250k over budget after the planned actions"},
        {RAG_RED, "Savings   S3 Day opportunities: 50.0% of target, gap £200k"},
        {RAG_RED, "Staffing  Castlegate, Senior Practitioner/OT: 100.0% uncovered"},
        {RAG_RED, "Reviews   South: 50.0% of target, backlog 40"},
        {RAG_RED, "Staffing  Coastal, Team Manager: 25.0% uncovered"},
        {RAG_RED, "Risk      R1 Homecare capacity: score 16, review overdue since 9 Nov 2026"},
        {RAG_RED, "Return    2.50:1 on the investment, below the 3:1 principle"},
        {RAG_AMBER, "Reviews   West: 81.3% of target, backlog 30"},
        {RAG_AMBER, "Risk      R2 Budget pressure: score 9, review overdue since 16 Nov 2026"},
    };
    assert_int_equal(n, sizeof expected / sizeof expected[0]);
    for (size_t i = 0; i < n; i++) {
        exception_words words;
        char line[1024];
        exception_describe(&src, &list[i], screen, &words);
        exception_line(&words, line, sizeof line);
        assert_string_equal(line, expected[i].line);
        assert_int_equal(list[i].rating, expected[i].rating);
    }
    /* reports write the money in full, and the parts apart */
    exception_words words;
    exception_describe(&src, &list[0], report, &words);
    assert_string_equal(words.area, "Savings");
    assert_string_equal(words.ref, "S1");
    assert_string_equal(words.name, "Reablement capacity");
    assert_string_equal(words.detail, "70.0% of target, gap £300,000");
    /* and a date ISO: R1's review was due 2026-11-09 (the screen's 9 Nov 2026) */
    exception_describe(&src, &list[6], report, &words);
    assert_string_equal(words.detail, "score 16, review overdue since 2026-11-09");
    free(list);
}

static void a_budget_on_or_under_after_its_actions_is_no_exception(void **state)
{
    (void)state;
    overview o;
    exception_sources src = sources(&o);
    o.bridge.revised_variance = 0; /* on budget: green, not listed */
    o.roi_meets_principle = true;
    overview_exception *list;
    size_t n;
    assert_true(exceptions_find(&src, &list, &n));
    assert_int_equal(n, 8);
    for (size_t i = 0; i < n; i++) {
        assert_int_not_equal(list[i].kind, EXCEPTION_BUDGET);
        assert_int_not_equal(list[i].kind, EXCEPTION_RETURN);
    }
    free(list);
}

static void nothing_wrong_lists_nothing(void **state)
{
    (void)state;
    overview o;
    exception_sources src = sources(&o);
    savings_set none = {lines, 0, years, 0, NULL};
    staffing_set no_staff = {staffing_rows, 0, NULL};
    reviews_set no_reviews = {review_rows, 0, NULL};
    risks_set no_risks = {risk_rows, 0, NULL};
    src.savings = &none;
    src.staffing = &no_staff;
    src.reviews = &no_reviews;
    src.risks = &no_risks;
    o.has_bridge = false;
    o.roi.defined = false;
    overview_exception *list;
    size_t n;
    assert_true(exceptions_find(&src, &list, &n));
    assert_int_equal(n, 0);
    assert_null(list);
}

static void headline_ratings_have_one_rule_each(void **state)
{
    (void)state;
    overview o;
    sources(&o);
    /* the budget: £250,000 over after its actions is red; on budget green;
     * under green; none kept, no rating */
    assert_int_equal(headline_rag(&o, HEADLINE_BUDGET_REVISED_VARIANCE), RAG_RED);
    o.bridge.revised_variance = 0;
    assert_int_equal(headline_rag(&o, HEADLINE_BUDGET_REVISED_VARIANCE), RAG_GREEN);
    o.bridge.revised_variance = -40000;
    assert_int_equal(headline_rag(&o, HEADLINE_BUDGET_REVISED_VARIANCE), RAG_GREEN);
    o.bridge.revised_variance = MONEY_UNKNOWN;
    assert_int_equal(headline_rag(&o, HEADLINE_BUDGET_REVISED_VARIANCE), RAG_NONE);
    o.bridge.revised_variance = 250000;
    o.has_bridge = false;
    assert_int_equal(headline_rag(&o, HEADLINE_BUDGET_REVISED_VARIANCE), RAG_NONE);
    /* forecast 700,000 + 450,000 + 200,000 + 100,000 (S4, delivered, counts
     * too) = 1,450,000 of target 1,000,000 + 500,000 + 400,000 + 300,000 =
     * 2,200,000: 65.9%, red */
    assert_int_equal(o.savings.target, 2200000);
    assert_int_equal(o.savings.forecast, 1450000);
    assert_int_equal(headline_rag(&o, HEADLINE_SAVINGS_FORECAST), RAG_RED);
    /* uncovered (8 + 4.9 + 1) of 42 FTE = 33.1%: red */
    assert_decimal("33.1", o.staffing_uncovered_pct);
    assert_int_equal(headline_rag(&o, HEADLINE_STAFFING_UNCOVERED), RAG_RED);
    /* reviews 18 + 6 + 13 = 37 of 20 + 12 + 16 = 48: 77.1%, amber */
    assert_decimal("77.1", o.reviews_target_pct);
    assert_int_equal(headline_rag(&o, HEADLINE_REVIEWS_TARGET), RAG_AMBER);
    assert_int_equal(headline_rag(&o, HEADLINE_SAVINGS_TARGET), RAG_NONE);
    assert_int_equal(headline_rag(&o, HEADLINE_RISKS_HIGH), RAG_NONE);
}

static void headlines_are_written_one_way_for_each_face(void **state)
{
    (void)state;
    char text[64];
    /* the sample's savings target and its forecast's fall since PAM 9 Nov 2026 */
    headline_format_value(text, sizeof text, HEADLINE_SAVINGS_TARGET, 22714000, screen);
    assert_string_equal(text, "£22.7m");
    headline_format_value(text, sizeof text, HEADLINE_SAVINGS_TARGET, 22714000, report);
    assert_string_equal(text, "£22,714,000");
    headline_format_value(text, sizeof text, HEADLINE_SAVINGS_TARGET, 22714000,
                          (headline_style){HEADLINE_REPORT, false, true});
    assert_string_equal(text, "GBP 22,714,000");
    headline_format_value(text, sizeof text, HEADLINE_SAVINGS_TARGET, 22714000,
                          (headline_style){HEADLINE_DATA, true, false});
    assert_string_equal(text, "22714000");
    headline_format_value(text, sizeof text, HEADLINE_STAFFING_VACANCY, 118, screen);
    assert_string_equal(text, "11.8%");
    headline_format_value(text, sizeof text, HEADLINE_REVIEWS_BACKLOG, 416, report);
    assert_string_equal(text, "416");

    assert_int_equal(
        headline_format_change(text, sizeof text, HEADLINE_SAVINGS_FORECAST, 20910000, 20728000, screen),
        CHANGE_BAD);
    assert_string_equal(text, "▼-£182k worse");
    headline_format_change(text, sizeof text, HEADLINE_SAVINGS_FORECAST, 20910000, 20728000, report);
    assert_string_equal(text, "▼ -£182,000 worse");
    headline_format_change(text, sizeof text, HEADLINE_SAVINGS_FORECAST, 20910000, 20728000,
                           (headline_style){HEADLINE_DATA, true, false});
    assert_string_equal(text, "-182000");
    /* vacancy 12.9% to 11.8%: down 1.1 points, better */
    assert_int_equal(headline_format_change(text, sizeof text, HEADLINE_STAFFING_VACANCY, 129, 118,
                                            (headline_style){HEADLINE_SCREEN, false, false}),
                     CHANGE_GOOD);
    assert_string_equal(text, "v-1.1 better");
    headline_format_change(text, sizeof text, HEADLINE_STAFFING_VACANCY, 129, 118, report);
    assert_string_equal(text, "▼ -1.1 pts better");
    /* overdue reviews 1 to 3: worse; the target moved: neither */
    headline_format_change(text, sizeof text, HEADLINE_RISKS_OVERDUE, 1, 3, report);
    assert_string_equal(text, "▲ +2 worse");
    headline_format_change(text, sizeof text, HEADLINE_SAVINGS_TARGET, 22000000, 22714000, screen);
    assert_string_equal(text, "▲+£714k");
    assert_int_equal(headline_format_change(text, sizeof text, HEADLINE_RISKS_HIGH, 4, 4, screen),
                     CHANGE_SAME);
    assert_string_equal(text, "=");
    headline_format_change(text, sizeof text, HEADLINE_RISKS_HIGH, 4, 4, report);
    assert_string_equal(text, "= no change");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(exceptions_are_listed_worst_first),
        cmocka_unit_test(a_budget_on_or_under_after_its_actions_is_no_exception),
        cmocka_unit_test(nothing_wrong_lists_nothing),
        cmocka_unit_test(headline_ratings_have_one_rule_each),
        cmocka_unit_test(headlines_are_written_one_way_for_each_face),
    };
    return cmocka_run_group_tests_name("exceptions", tests, NULL, NULL);
}
