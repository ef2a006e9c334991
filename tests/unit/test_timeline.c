/* The Plan panel's time-line arithmetic: the months a plan spans across the
 * columns a screen has, and the column each date falls in.  The dates are
 * the sample's (sample/milestones.sql), today 29 Nov 2026; the widths those
 * of the panel at 80 columns (a label of 6: the ref, its flag and a space,
 * leaving 74) and wider. */
#include "test.h"

#include "timeline.h"

static calendar_date day(int year, int month, int d)
{
    calendar_date date = {year, month, d};
    return date;
}

/* The sample's plan runs from M-01's actual, 27 Mar 2026, to M-12's
 * forecast, 30 Jul 2027: March 2026 to July 2027, 10 + 7 = 17 months. */
static timeline_scale sample_at_80(void)
{
    timeline_scale t;
    assert_true(timeline_fit(day(2026, 3, 27), day(2027, 7, 30), 74, &t));
    return t;
}

static void the_sample_fits_four_columns_a_month_at_80_columns(void **state)
{
    (void)state;
    timeline_scale t = sample_at_80();
    assert_int_equal(t.year, 2026);
    assert_int_equal(t.month, 3);
    assert_int_equal(t.months, 17);
    assert_int_equal(t.per_month, 4); /* 74 / 17 = 4, 6 columns over */
    assert_int_equal(t.width, 68);
    assert_false(t.cut);
}

static void a_date_falls_in_its_month_by_its_day(void **state)
{
    (void)state;
    timeline_scale t = sample_at_80();
    /* today, 29 Nov 2026: November is month 8 (March 0), 8 * 4 = 32, and
     * day 29 of 30 adds 28 * 4 / 30 = 112 / 30 = 3: column 35 */
    assert_int_equal(timeline_column(&t, day(2026, 11, 29)), 35);
    /* M-05's baseline, 30 Oct 2026: 7 * 4 = 28, + 29 * 4 / 31 = 116 / 31 = 3: 31 */
    assert_int_equal(timeline_column(&t, day(2026, 10, 30)), 31);
    /* M-05's forecast, 20 Nov 2026: 32 + 19 * 4 / 30 = 32 + 2 = 34, before today's 35 */
    assert_int_equal(timeline_column(&t, day(2026, 11, 20)), 34);
    /* M-08's forecast, 8 Jan 2027: January 2027 is month 10, 40 + 7 * 4 / 31 = 40 + 0 */
    assert_int_equal(timeline_column(&t, day(2027, 1, 8)), 40);
    /* M-07's forecast, 22 Jan 2027: 40 + 21 * 4 / 31 = 40 + 84 / 31 = 42, after M-08's 40 */
    assert_int_equal(timeline_column(&t, day(2027, 1, 22)), 42);
    /* M-12's forecast, 30 Jul 2027: July 2027 is month 16, 64 + 29 * 4 / 31 = 67, the last of 68 */
    assert_int_equal(timeline_column(&t, day(2027, 7, 30)), 67);
    /* the first day of the first month is column 0 */
    assert_int_equal(timeline_column(&t, day(2026, 3, 1)), 0);
}

static void a_date_off_the_time_line_says_which_side(void **state)
{
    (void)state;
    timeline_scale t = sample_at_80();
    assert_int_equal(timeline_column(&t, day(2026, 2, 28)), TIMELINE_BEFORE);
    assert_int_equal(timeline_column(&t, day(2025, 12, 31)), TIMELINE_BEFORE);
    assert_int_equal(timeline_column(&t, day(2027, 8, 1)), TIMELINE_AFTER);
}

static void wider_screens_give_a_month_more_columns(void **state)
{
    (void)state;
    timeline_scale t;
    /* 150 columns: 150 / 17 = 8 a month, 136 used */
    assert_true(timeline_fit(day(2026, 3, 27), day(2027, 7, 30), 150, &t));
    assert_int_equal(t.per_month, 8);
    assert_int_equal(t.width, 136);
    /* today: 8 * 8 = 64, + 28 * 8 / 30 = 224 / 30 = 7: 71 */
    assert_int_equal(timeline_column(&t, day(2026, 11, 29)), 71);
    /* one month across 100 columns: no more than a column a day (31) */
    assert_true(timeline_fit(day(2028, 2, 10), day(2028, 2, 29), 100, &t));
    assert_int_equal(t.months, 1);
    assert_int_equal(t.per_month, TIMELINE_MAX_PER_MONTH);
    assert_int_equal(t.width, 31);
    /* 29 Feb 2028, a leap year's last day: 28 * 31 / 29 = 868 / 29 = 29 */
    assert_int_equal(timeline_column(&t, day(2028, 2, 29)), 29);
    assert_int_equal(timeline_column(&t, day(2028, 2, 1)), 0);
}

static void more_months_than_columns_keeps_the_first_a_column_each(void **state)
{
    (void)state;
    timeline_scale t;
    /* January 2020 to December 2029: 120 months in 74 columns */
    assert_true(timeline_fit(day(2020, 1, 15), day(2029, 12, 1), 74, &t));
    assert_true(t.cut);
    assert_int_equal(t.months, 74);
    assert_int_equal(t.per_month, 1);
    assert_int_equal(t.width, 74);
    /* the 74th month, February 2026 (January 2026 is 6 * 12 = 72), is the last column */
    assert_int_equal(timeline_column(&t, day(2026, 2, 28)), 73);
    assert_int_equal(timeline_column(&t, day(2026, 3, 1)), TIMELINE_AFTER);
}

static void a_time_line_needs_room_and_an_order(void **state)
{
    (void)state;
    timeline_scale t;
    assert_false(timeline_fit(day(2026, 3, 1), day(2026, 4, 1), 0, &t));
    assert_false(timeline_fit(day(2026, 4, 1), day(2026, 3, 31), 74, &t));
    /* the same month: one month, all its columns */
    assert_true(timeline_fit(day(2026, 4, 1), day(2026, 4, 30), 20, &t));
    assert_int_equal(t.months, 1);
    assert_int_equal(t.per_month, 20);
    /* 30 Apr: 29 * 20 / 30 = 19, the last column */
    assert_int_equal(timeline_column(&t, day(2026, 4, 30)), 19);
}

static void months_are_named_across_a_new_year(void **state)
{
    (void)state;
    timeline_scale t = sample_at_80();
    int year = 0, month = 0;
    timeline_month(&t, 0, &year, &month);
    assert_int_equal(year, 2026);
    assert_int_equal(month, 3);
    timeline_month(&t, 9, &year, &month); /* March + 9: December 2026 */
    assert_int_equal(year, 2026);
    assert_int_equal(month, 12);
    timeline_month(&t, 10, &year, &month); /* and then January 2027 */
    assert_int_equal(year, 2027);
    assert_int_equal(month, 1);
    timeline_month(&t, 16, &year, &month);
    assert_int_equal(year, 2027);
    assert_int_equal(month, 7);
}

static void the_span_is_the_earliest_and_latest_date_seen(void **state)
{
    (void)state;
    bool any = false;
    calendar_date first = {0, 0, 0}, last = {0, 0, 0};
    timeline_span_add(day(2026, 10, 30), &any, &first, &last); /* M-05's baseline */
    assert_true(any);
    assert_int_equal(first.month, 10);
    assert_int_equal(last.month, 10);
    timeline_span_add(day(2026, 11, 29), &any, &first, &last); /* today */
    timeline_span_add(day(2026, 3, 27), &any, &first, &last);  /* M-01's actual */
    timeline_span_add(day(2026, 11, 20), &any, &first, &last); /* M-05's forecast */
    assert_int_equal(first.year, 2026);
    assert_int_equal(first.month, 3);
    assert_int_equal(first.day, 27);
    assert_int_equal(last.month, 11);
    assert_int_equal(last.day, 29);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_sample_fits_four_columns_a_month_at_80_columns),
        cmocka_unit_test(a_date_falls_in_its_month_by_its_day),
        cmocka_unit_test(a_date_off_the_time_line_says_which_side),
        cmocka_unit_test(wider_screens_give_a_month_more_columns),
        cmocka_unit_test(more_months_than_columns_keeps_the_first_a_column_each),
        cmocka_unit_test(a_time_line_needs_room_and_an_order),
        cmocka_unit_test(months_are_named_across_a_new_year),
        cmocka_unit_test(the_span_is_the_earliest_and_latest_date_seen),
    };
    return cmocka_run_group_tests_name("timeline", tests, NULL, NULL);
}
