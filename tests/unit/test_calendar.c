/* Dates and financial years as councils write them. */
#include "test.h"

#include <string.h>

#include "calendar.h"

static void parse(const char *text, int y, int m, int d)
{
    calendar_date date;
    const char *why = "";
    if (!date_parse(text, &date, &why))
        fail_msg("\"%s\" refused: %s", text, why);
    if (date.year != y || date.month != m || date.day != d)
        fail_msg("\"%s\" read as %04d-%02d-%02d", text, date.year, date.month, date.day);
}

static void refuse(const char *text, const char *expected_why)
{
    calendar_date date;
    const char *why = "";
    if (date_parse(text, &date, &why))
        fail_msg("\"%s\" accepted", text);
    if (strcmp(why, expected_why) != 0)
        fail_msg("\"%s\": reason \"%s\", expected \"%s\"", text, why, expected_why);
}

static void dates_parse_in_iso_and_uk_forms(void **state)
{
    (void)state;
    parse("2025-03-31", 2025, 3, 31);
    parse("31/03/2025", 2025, 3, 31);
    parse("31/3/2025", 2025, 3, 31);
    parse("1/4/2018", 2018, 4, 1); /* Nottinghamshire: new savings from 1/4/18, written in full */
    parse("30.01.2015", 2015, 1, 30);
    parse("29/02/2024", 2024, 2, 29);
    parse("2000-02-29", 2000, 2, 29);
    parse("2025-03-31 00:00:00", 2025, 3, 31); /* as spreadsheets append midnight */
}

static void impossible_dates_are_refused_with_a_reason(void **state)
{
    (void)state;
    refuse("29/02/2025", "no such day in that month");
    refuse("2025-02-30", "no such day in that month");
    refuse("1900-02-29", "no such day in that month");
    refuse("2025-13-01", "no such month");
    refuse("31/03/25", "give the year in four digits (31/03/2025)");
    refuse("March 2025", "not a date (use 2025-03-31 or 31/03/2025)");
    refuse("", "not a date (use 2025-03-31 or 31/03/2025)");
    refuse("2025-03-31x", "unexpected text after the date");
    refuse("0001-01-01", "year out of range");
}

static void day_numbers_round_trip(void **state)
{
    (void)state;
    calendar_date epoch = {1970, 1, 1};
    assert_int_equal(date_to_days(epoch), 0);
    calendar_date leap = {2024, 2, 29};
    calendar_date after = {2024, 3, 1};
    assert_int_equal(date_to_days(after) - date_to_days(leap), 1);
    for (day_number d = -25000; d < 80000; d += 37) /* 1901 to 2189 */ {
        calendar_date c = date_from_days(d);
        assert_true(date_is_valid(c));
        assert_int_equal(date_to_days(c), d);
    }
    /* 28 review days on from 23 Nov 2026 is 21 Dec 2026 */
    calendar_date today = {2026, 11, 23};
    calendar_date next = date_from_days(date_to_days(today) + 28);
    char buf[16];
    date_format(buf, sizeof buf, next);
    assert_string_equal(buf, "2026-12-21");
    date_format_long(buf, sizeof buf, today);
    assert_string_equal(buf, "23 Nov 2026");
}

/* The screen's one form of a date: day without a leading zero, the month's
 * three letters, the year always; a time after it kept to the minute. */
static void dates_show_as_day_month_year(void **state)
{
    (void)state;
    static const struct {
        const char *stored, *shown;
        bool date;
    } cases[] = {
        {"2026-12-01", "1 Dec 2026", true},
        {"2026-12-07", "7 Dec 2026", true},
        {"2026-12-31", "31 Dec 2026", true},
        {"2027-01-01", "1 Jan 2027", true},
        {"2026-01-31", "31 Jan 2026", true},
        {"2026-11-20T16:20:00Z", "20 Nov 2026 16:20", true},
        {"2026-11-09 09:05", "9 Nov 2026 09:05", true},
        {"2026-02-30", "2026-02-30", false}, /* no such day: shown as stored */
        {"2026-13-01", "2026-13-01", false},
        {"31/12/2026", "31/12/2026", false}, /* stored dates are ISO */
        {"2026-12-07 and more", "2026-12-07 and more", false},
        {"", "", false},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[32];
        assert_int_equal(date_show(buf, sizeof buf, cases[i].stored), cases[i].date);
        assert_string_equal(buf, cases[i].shown);
    }
    /* "27 Dec 2026", the widest, needs 12 bytes */
    char small[12];
    assert_true(date_show(small, sizeof small, "2026-12-27"));
    assert_string_equal(small, "27 Dec 2026");
}

static void financial_year_runs_april_to_march(void **state)
{
    (void)state;
    calendar_date last_day = {2025, 3, 31};
    calendar_date first_day = {2025, 4, 1};
    assert_int_equal(fy_of_date(last_day), 2024);
    assert_int_equal(fy_of_date(first_day), 2025);
}

static void financial_years_parse_in_their_usual_spellings(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int fy;
    } cases[] = {
        {"2024/25", 2024}, {"FY24/25", 2024},   {"2024-25", 2024}, {"FY 2024/25", 2024},
        {"24/25", 2024},   {"2024/2025", 2024}, {"FY23/24", 2023}, /* Somerset's benefits profile */
        {"2018/19", 2018}, {"fy2099/00", 2099}, {"2022/23", 2022}, /* Nottingham City, Year 1 */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int fy = 0;
        const char *why = "";
        if (!fy_parse(cases[i].text, &fy, &why))
            fail_msg("\"%s\" refused: %s", cases[i].text, why);
        assert_int_equal(fy, cases[i].fy);
    }
    static const char *const refused[] = {"2024/26", "2024", "FY2024", "2024/2026", "19/20x", "", "1880/81"};
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
        int fy;
        if (fy_parse(refused[i], &fy, NULL))
            fail_msg("\"%s\" accepted as %d", refused[i], fy);
    }
    char buf[16];
    fy_format(buf, sizeof buf, 2024);
    assert_string_equal(buf, "2024/25");
    fy_format(buf, sizeof buf, 2099);
    assert_string_equal(buf, "2099/00");
}

/* The years after the last a table names, as councils head them: Figure 1
 * of Nottinghamshire (seed 000) has "Future years"; "Beyond MTFS", "Post
 * 2025/26" and "2026/27 onwards" say the same.  A heading that names a year
 * only, or a post, is not the bucket. */
static void later_years_are_one_bucket_by_their_usual_names(void **state)
{
    (void)state;
    static const char *const later[] = {"Future years",       "Later years",      "later",
                                        "LATER YEARS",        "Beyond MTFS",      "Post 2025/26",
                                        "Post-2025/26",       "After 2025/26",    "future",
                                        " Future Years ",     "2026/27 onwards",  "2026/27+",
                                        "2026/27 and beyond", "Subsequent years", "Beyond the MTFS"};
    for (size_t i = 0; i < sizeof later / sizeof later[0]; i++)
        if (!fy_is_later(later[i]))
            fail_msg("\"%s\" not taken as the later years", later[i]);
    static const char *const not_later[] = {"2025/26",          "Post title",   "Totals", "Future proofing",
                                            "Beyond reach",     "Post 2025/27", "",       "onwards",
                                            "Year 1 2022/23 £m"};
    for (size_t i = 0; i < sizeof not_later / sizeof not_later[0]; i++)
        if (fy_is_later(not_later[i]))
            fail_msg("\"%s\" taken as the later years", not_later[i]);
    char buf[16];
    fy_format(buf, sizeof buf, FY_LATER);
    assert_string_equal(buf, "later");
}

/* Two-digit years follow POSIX's window (69-99 are 19xx, 00-68 are 20xx), so
 * that 89/90 is 1989/90, refused as 1989/90 is (financial years run from
 * 1990/91 to 2099/00), and every spelling of a year reads the same. */
static void two_digit_years_follow_one_window(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int fy;
    } cases[] = {
        {"2024/25", 2024},  {"FY24/25", 2024}, {"2024-25", 2024}, {"24/25", 2024},   {"24-25", 2024},
        {"FY 24-25", 2024}, {"24/2025", 2024}, {"95/96", 1995},   {"FY95/96", 1995}, {"1995/96", 1995},
        {"99/00", 1999},    {"90/91", 1990},   {"00/01", 2000},   {"68/69", 2068},   {"2089/90", 2089},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int fy = 0;
        const char *why = "";
        if (!fy_parse(cases[i].text, &fy, &why))
            fail_msg("\"%s\" refused: %s", cases[i].text, why);
        if (fy != cases[i].fy)
            fail_msg("\"%s\" read as %d, expected %d", cases[i].text, fy, cases[i].fy);
    }
    const char *out_of_range = "financial year out of range (1990/91 to 2099/00)";
    const char *in_full =
        "financial year out of range (1990/91 to 2099/00): a two-digit year from 69 to 99 is "
        "19xx; write a later year in full (2089/90)";
    static const char *const refused_full[] = {"1989/90", "1969/70", "2100/01"};
    for (size_t i = 0; i < sizeof refused_full / sizeof refused_full[0]; i++) {
        int fy;
        const char *why = "";
        if (fy_parse(refused_full[i], &fy, &why))
            fail_msg("\"%s\" accepted as %d", refused_full[i], fy);
        assert_string_equal(why, out_of_range);
    }
    static const char *const refused_short[] = {"89/90", "FY89/90", "89-90", "69/70", "89/1990"};
    for (size_t i = 0; i < sizeof refused_short / sizeof refused_short[0]; i++) {
        int fy;
        const char *why = "";
        if (fy_parse(refused_short[i], &fy, &why))
            fail_msg("\"%s\" accepted as %d", refused_short[i], fy);
        assert_string_equal(why, in_full);
    }
}

/* A date's year is always written in full, and a date takes no sign. */
static void dates_take_four_digit_years_and_no_sign(void **state)
{
    (void)state;
    refuse("31/03/89", "give the year in four digits (31/03/2025)");
    refuse("31.03.25", "give the year in four digits (31/03/2025)");
    refuse("+2025-03-31", "not a date (use 2025-03-31 or 31/03/2025)");
    refuse("-2025-03-31", "not a date (use 2025-03-31 or 31/03/2025)");
    refuse("2025--03-31", "not a date (use 2025-03-31 or 31/03/2025)");
    refuse("25-03-31", "not a date (use 2025-03-31 or 31/03/2025)");
}

/* A reporting period written as its month: the month's first day; a day
 * or a stray word is no month. */
static void months_read_as_their_first_day(void **state)
{
    (void)state;
    calendar_date d;
    assert_true(month_parse("Nov 2026", &d));
    assert_int_equal(d.year, 2026);
    assert_int_equal(d.month, 11);
    assert_int_equal(d.day, 1);
    assert_true(month_parse("November 2026", &d));
    assert_int_equal(d.month, 11);
    assert_true(month_parse("sept 2026", &d));
    assert_int_equal(d.month, 9);
    assert_true(month_parse("2027-01", &d));
    assert_int_equal(d.year, 2027);
    assert_int_equal(d.month, 1);
    assert_false(month_parse("2026-13", &d));
    assert_false(month_parse("Novem 2026", &d));
    assert_false(month_parse("Nov", &d));
    assert_false(month_parse("12 Nov 2026", &d));
    assert_false(month_parse("2026-11-01", &d));
}

int main(void)

{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dates_parse_in_iso_and_uk_forms),
        cmocka_unit_test(impossible_dates_are_refused_with_a_reason),
        cmocka_unit_test(day_numbers_round_trip),
        cmocka_unit_test(dates_show_as_day_month_year),
        cmocka_unit_test(financial_year_runs_april_to_march),
        cmocka_unit_test(financial_years_parse_in_their_usual_spellings),
        cmocka_unit_test(later_years_are_one_bucket_by_their_usual_names),
        cmocka_unit_test(two_digit_years_follow_one_window),
        cmocka_unit_test(dates_take_four_digit_years_and_no_sign),
        cmocka_unit_test(months_read_as_their_first_day),
    };
    return cmocka_run_group_tests_name("calendar", tests, NULL, NULL);
}
