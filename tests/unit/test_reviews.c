/* Review throughput, with Rotherham's target of 2 reviews per week per FTE
 * (seed 003_d285c6d65475c1df.txt, §5.3) and hand-worked periods. */
#include "test.h"

#include "reviews.h"

/* Rotherham: "the current team completing 2 reviews per week per FTE". */
static const reviews_thresholds rotherham = {200, 90, 75};

static review_period period(int days, fte_hundredths fte, int64_t completed, int64_t backlog)
{
    review_period p = {days, fte, completed, 0, backlog, REVIEWS_UNKNOWN, REVIEWS_UNKNOWN, 0};
    return p;
}

/* 5 FTE over a fortnight at 2 per FTE-week: 5 x 2 x 14 / 7 = 20 reviews. */
static void target_is_fte_times_rate_times_weeks(void **state)
{
    (void)state;
    review_period p = period(14, 500, 18, 90);
    assert_decimal("20.00", reviews_target(&p, rotherham));
    /* 2.5 FTE over one week: 2.5 x 2 x 1 = 5 */
    review_period q = period(7, 250, 5, 0);
    assert_decimal("5.00", reviews_target(&q, rotherham));
    /* a period's own rate overrides the configured one: 3 x 1.5 x 2 = 9 */
    review_period r = period(14, 300, 9, 0);
    r.target_per_fte_week = 150;
    assert_decimal("9.00", reviews_target(&r, rotherham));
    /* 0.8 FTE x 2 x 2 = 3.2 */
    review_period s = period(14, 80, 3, 0);
    assert_decimal("3.20", reviews_target(&s, rotherham));
}

/* 18 reviews by 5 FTE in 14 days: 18 / 5 / 2 = 1.8 per FTE per week; 18 / 20
 * = 90.0% of target (green at the default 90); backlog 90 at 9 a week clears
 * in 10.0 weeks. */
static void rate_target_pct_and_weeks_to_clear(void **state)
{
    (void)state;
    review_period p = period(14, 500, 18, 90);
    assert_decimal("1.80", reviews_per_fte_week(&p));
    assert_decimal("90.0", reviews_target_pct(&p, rotherham));
    assert_decimal("10.0", reviews_weeks_to_clear(&p));
    assert_int_equal(reviews_rag(&p, rotherham), RAG_GREEN);
    /* 3 reviews against a target of 3.2: 93.75% -> 93.8 */
    review_period s = period(14, 80, 3, 7);
    assert_decimal("93.8", reviews_target_pct(&s, rotherham));
    /* 7 backlog at 1.5 a week: 4.67 -> 4.7 weeks */
    assert_decimal("4.7", reviews_weeks_to_clear(&s));
}

/* Rotherham: "Activity was expected to be 0 in May as the Adult Reviewing
 * Team were closing and transferring existing caseloads." */
static void nothing_completed_gives_no_weeks_to_clear(void **state)
{
    (void)state;
    review_period may = period(14, 400, 0, 120);
    assert_false(reviews_weeks_to_clear(&may).defined);
    assert_decimal("0.0", reviews_target_pct(&may, rotherham));
    assert_int_equal(reviews_rag(&may, rotherham), RAG_RED);
    review_period nobody = period(14, 0, 4, 10);
    assert_false(reviews_per_fte_week(&nobody).defined);
    assert_false(reviews_target_pct(&nobody, rotherham).defined);
    assert_int_equal(reviews_rag(&nobody, rotherham), RAG_NONE);
    review_period no_backlog = period(14, 400, 10, REVIEWS_UNKNOWN);
    assert_false(reviews_weeks_to_clear(&no_backlog).defined);
}

static void rag_bands(void **state)
{
    (void)state;
    review_period amber = period(14, 500, 17, 0); /* 85% */
    review_period edge = period(14, 500, 15, 0);  /* 75%: at red_at is amber */
    review_period red = period(14, 500, 14, 0);   /* 70% */
    assert_int_equal(reviews_rag(&amber, rotherham), RAG_AMBER);
    assert_int_equal(reviews_rag(&edge, rotherham), RAG_AMBER);
    assert_int_equal(reviews_rag(&red, rotherham), RAG_RED);
}

/* The Care Act annual review: of 752 clients (Rotherham's learning
 * disability cohort), say 601 reviewed in 12 months: 79.92% -> 79.9. */
static void reviewed_in_twelve_months_pct(void **state)
{
    (void)state;
    review_period p = period(14, 500, 18, 0);
    assert_false(reviews_reviewed_12m_pct(&p).defined);
    p.clients = 752;
    p.reviewed_12m = 601;
    assert_decimal("79.9", reviews_reviewed_12m_pct(&p));
    p.clients = 0;
    assert_false(reviews_reviewed_12m_pct(&p).defined);
}

/* Two teams in one fortnight: A 5 FTE, 18 done, backlog 90; B 3 FTE at its
 * own rate of 1.5, 10 done, backlog 30.  Targets 20 + 9 = 29; done 28:
 * 96.6%.  Rate 28 x 7 / (8 x 14) = 1.75.  Backlog 120 at 14 a week: 8.6 weeks. */
static void service_total_across_teams(void **state)
{
    (void)state;
    review_period a = period(14, 500, 18, 90);
    review_period b = period(14, 300, 10, 30);
    b.target_per_fte_week = 150;
    reviews_total total = reviews_total_empty();
    reviews_total_add(&total, &a, rotherham, true);
    reviews_total_add(&total, &b, rotherham, true);
    assert_int_equal(total.fte, 800);
    assert_int_equal(total.target, 2900);
    assert_int_equal(total.backlog, 120);
    assert_decimal("96.6", reviews_total_target_pct(&total));
    assert_decimal("1.75", reviews_total_per_fte_week(&total));
    assert_decimal("8.6", reviews_total_weeks_to_clear(&total));
    assert_int_equal(reviews_total_rag(&total, rotherham), RAG_GREEN);
}

/* One team over two fortnights: 18 then 22 done, target 20 each: 100.0%;
 * the latest backlog (70) stands; 40 done in 4 weeks is 10 a week: 7.0 weeks. */
static void team_total_across_periods(void **state)
{
    (void)state;
    review_period first = period(14, 500, 18, 90);
    review_period second = period(14, 500, 22, 70);
    reviews_total total = reviews_total_empty();
    reviews_total_add(&total, &first, rotherham, false);
    reviews_total_add(&total, &second, rotherham, false);
    assert_int_equal(total.days, 28);
    assert_int_equal(total.backlog, 70);
    assert_decimal("100.0", reviews_total_target_pct(&total));
    assert_decimal("2.00", reviews_total_per_fte_week(&total));
    assert_decimal("7.0", reviews_total_weeks_to_clear(&total));
}

/* A calendar month starting on the first of February 2026 or March 2026. */
static review_period month(int year, int month_number, fte_hundredths fte, int64_t completed, int64_t backlog)
{
    review_period p = period(REVIEWS_CALENDAR_MONTH, fte, completed, backlog);
    calendar_date first = {year, month_number, 1};
    p.start = date_to_days(first);
    return p;
}

/* A calendar month is worked on its own days, at Rotherham's 2 per FTE-week:
 * 5 FTE in February 2026 (28 days): 5 x 2 x 28 / 7 = 40.00; in March 2026
 * (31 days): 5 x 2 x 31 / 7 = 44.2857 -> 44.29; in February 2024 (a leap
 * year, 29 days): 5 x 2 x 29 / 7 = 41.4286 -> 41.43. */
static void a_calendar_month_is_worked_on_its_own_days(void **state)
{
    (void)state;
    review_period february = month(2026, 2, 500, 40, 0);
    review_period march = month(2026, 3, 500, 40, 62);
    review_period leap = month(2024, 2, 500, 40, 0);
    assert_int_equal(reviews_period_days(&february), 28);
    assert_int_equal(reviews_period_days(&march), 31);
    assert_int_equal(reviews_period_days(&leap), 29);
    assert_decimal("40.00", reviews_target(&february, rotherham));
    assert_decimal("44.29", reviews_target(&march, rotherham));
    assert_decimal("41.43", reviews_target(&leap, rotherham));
    /* 40 done: 100.0% of February's 40, 40 / 44.2857 = 90.32% -> 90.3 of March's */
    assert_decimal("100.0", reviews_target_pct(&february, rotherham));
    assert_decimal("90.3", reviews_target_pct(&march, rotherham));
    /* per FTE per week in March: 40 x 7 / (5 x 31) = 280 / 155 = 1.806 -> 1.81 */
    assert_decimal("1.81", reviews_per_fte_week(&march));
    assert_decimal("2.00", reviews_per_fte_week(&february));
    /* weeks to clear in March: 62 x 31 / (40 x 7) = 1922 / 280 = 6.864 -> 6.9 */
    assert_decimal("6.9", reviews_weeks_to_clear(&march));
    /* February then March for one team: 59 days, target 40.00 + 44.29 = 84.29;
     * 80 done: 94.9%; rate 80 x 7 / (5 x 59) = 560 / 295 = 1.898 -> 1.90 */
    reviews_total total = reviews_total_empty();
    reviews_total_add(&total, &february, rotherham, false);
    reviews_total_add(&total, &march, rotherham, false);
    assert_int_equal(total.days, 59);
    assert_int_equal(total.target, 8429);
    assert_decimal("94.9", reviews_total_target_pct(&total));
    assert_decimal("1.90", reviews_total_per_fte_week(&total));
}

/* Four weeks: 3 FTE x 2 x 28 / 7 = 24.00; 20 done is 83.3% (amber); a
 * backlog of 30 at 5 a week clears in 30 x 28 / (20 x 7) = 6.0 weeks. */
static void four_weeks_are_28_days(void **state)
{
    (void)state;
    review_period p = period(28, 300, 20, 30);
    assert_int_equal(reviews_period_days(&p), 28);
    assert_decimal("24.00", reviews_target(&p, rotherham));
    assert_decimal("83.3", reviews_target_pct(&p, rotherham));
    assert_decimal("1.67", reviews_per_fte_week(&p));
    assert_decimal("6.0", reviews_weeks_to_clear(&p));
    assert_int_equal(reviews_rag(&p, rotherham), RAG_AMBER);
}

/* The lengths a file may give, as councils write them. */
static void period_lengths_are_read_as_written(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int days;
    } cases[] = {
        {"7", 7},
        {"Week", 7},
        {"weekly", 7},
        {"14", 14},
        {"Fortnight", 14},
        {"fortnightly", 14},
        {"28", 28},
        {"4 weeks", 28},
        {"Four-weekly", 28},
        {"four weeks", 28},
        {"month", 0},
        {"Monthly", 0},
        {"Calendar month", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int days = -1;
        if (!reviews_period_parse(cases[i].text, &days) || days != cases[i].days)
            fail_msg("\"%s\": %d, expected %d", cases[i].text, days, cases[i].days);
    }
    int days;
    assert_false(reviews_period_parse("10", &days));
    assert_false(reviews_period_parse("0", &days));
    assert_false(reviews_period_parse("quarterly", &days));
    char text[16];
    reviews_period_format(text, sizeof text, REVIEWS_CALENDAR_MONTH);
    assert_string_equal(text, "month");
    reviews_period_format(text, sizeof text, 28);
    assert_string_equal(text, "28");
}

static void trend_by_least_squares_slope(void **state)
{
    (void)state;
    decimal rising[] = {decimal_of(700, 1), decimal_of(800, 1), decimal_of(850, 1), decimal_of(950, 1)};
    decimal falling[] = {decimal_of(950, 1), decimal_of(900, 1), decimal_of(800, 1)};
    decimal flat[] = {decimal_of(900, 1), decimal_of(905, 1), decimal_of(898, 1), decimal_of(902, 1)};
    decimal one[] = {decimal_of(900, 1)};
    decimal gappy[] = {decimal_of(600, 1), decimal_none(), decimal_of(900, 1)};
    assert_int_equal(reviews_trend(rising, 4, 10), TREND_UP);
    assert_int_equal(reviews_trend(falling, 3, 10), TREND_DOWN);
    assert_int_equal(reviews_trend(flat, 4, 10), TREND_FLAT);
    assert_int_equal(reviews_trend(one, 1, 10), TREND_NONE);
    assert_int_equal(reviews_trend(gappy, 3, 10), TREND_UP);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(target_is_fte_times_rate_times_weeks),
        cmocka_unit_test(rate_target_pct_and_weeks_to_clear),
        cmocka_unit_test(nothing_completed_gives_no_weeks_to_clear),
        cmocka_unit_test(rag_bands),
        cmocka_unit_test(reviewed_in_twelve_months_pct),
        cmocka_unit_test(service_total_across_teams),
        cmocka_unit_test(team_total_across_periods),
        cmocka_unit_test(a_calendar_month_is_worked_on_its_own_days),
        cmocka_unit_test(four_weeks_are_28_days),
        cmocka_unit_test(period_lengths_are_read_as_written),
        cmocka_unit_test(trend_by_least_squares_slope),
    };
    return cmocka_run_group_tests_name("reviews", tests, NULL, NULL);
}
