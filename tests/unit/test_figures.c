/* Money, FTE and decimal parsing and formatting, with figures as the seeds
 * write them. */
#include "test.h"

#include <string.h>

typedef struct {
    const char *text;
    money unit;
    money value;
    money resolution;
} money_case;

static void money_parse_accepts_council_spellings(void **state)
{
    (void)state;
    static const money_case cases[] = {
        {"1234", 1, 1234, 1},
        {"1,234", 1, 1234, 1},
        {"£1,234", 1, 1234, 1},
        {"-1234", 1, -1234, 1},
        {"(1,234)", 1, -1234, 1},
        {"(£1,234)", 1, -1234, 1},
        {"-£1,234", 1, -1234, 1},
        {"£-1,234", 1, -1234, 1},
        {"£1.2m", 1, 1200000, 100000},
        {"150k", 1, 150000, 1000},
        {"£14.2M", 1, 14200000, 100000}, /* Somerset, Opportunity Matrix total */
        {"£8.1m", 1, 8100000, 100000},   /* Somerset, stretch */
        {"£0.70m", 1, 700000, 10000},    /* Kent, Enablement Efficiency stretch */
        {"£2bn", 1, 2000000000, 1000000000},
        {"£1.2 m", 1, 1200000, 100000},
        {" 1,234 ", 1, 1234, 1},
        {"(2.428)", 1000000, -2428000, 1000}, /* Nottingham City, £m table */
        {"0.372", 1000000, 372000, 1000},     /* Nottingham City, £m table */
        {"6,804", 1000, 6804000, 1000},       /* Nottinghamshire, £'000 */
        {"(4,000)", 1000, -4000000, 1000},    /* Rotherham bridge, £000 */
        {"150k", 1000, 150000, 1000},         /* a suffix wins over --unit */
        {"1,234.56", 1, 1235, 1},             /* pence round to the pound */
        {"1234.49", 1, 1234, 1},
        {"-", 1, 0, 1}, /* accounting formats write zero as a dash */
        {"\xe2\x88\x92"
         "5",
         1, -5, 1}, /* Unicode minus sign */
        {"£\xc2\xa0"
         "1,234",
         1, 1234, 1}, /* no-break space after £ */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        money_parsed parsed;
        const char *why = "";
        if (!money_parse(cases[i].text, cases[i].unit, &parsed, &why))
            fail_msg("\"%s\" refused: %s", cases[i].text, why);
        if (parsed.value != cases[i].value || parsed.resolution != cases[i].resolution)
            fail_msg("\"%s\": %lld (resolution %lld), expected %lld (%lld)", cases[i].text,
                     (long long)parsed.value, (long long)parsed.resolution, (long long)cases[i].value,
                     (long long)cases[i].resolution);
    }
}

static void money_parse_blank_is_unknown_not_zero(void **state)
{
    (void)state;
    money_parsed parsed;
    assert_true(money_parse("", 1, &parsed, NULL));
    assert_true(parsed.value == MONEY_UNKNOWN);
    assert_true(money_parse("   ", 1000, &parsed, NULL));
    assert_true(parsed.value == MONEY_UNKNOWN);
}

static void money_parse_refuses_what_is_not_money(void **state)
{
    (void)state;
    static const struct {
        const char *text, *why;
    } cases[] = {
        {"abc", "not a sum of money"},
        {"12abc", "unexpected text after the figure"},
        {"1,5", "commas must separate thousands"},      /* a decimal comma */
        {"1,23,456", "commas must separate thousands"}, /* lakh grouping */
        {"1234,5", "commas must separate thousands"},
        {"(1,234", "opening bracket without a closing one"},
        {"--5", "more than one sign (write one + or -, or brackets for negative)"},
        {"(-5)", "a sign inside brackets (brackets alone mean negative)"},
        {"£", "not a sum of money"},
        {".", "not a sum of money"},
        {"1234567890123456789", "too many digits"},
        {"£9,999,999,999m", "too large to be a sum of money"},
        {"£1.2 million", "unexpected text after the figure"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        money_parsed parsed;
        const char *why = "";
        if (money_parse(cases[i].text, 1, &parsed, &why))
            fail_msg("\"%s\" accepted as %lld", cases[i].text, (long long)parsed.value);
        if (strcmp(why, cases[i].why) != 0)
            fail_msg("\"%s\": reason \"%s\", expected \"%s\"", cases[i].text, why, cases[i].why);
    }
}

/* SPEC §6.1: "£14.2m" agrees with any sum from £14.15m to £14.25m. */
static void declared_figure_agrees_to_its_own_precision(void **state)
{
    (void)state;
    money_parsed declared;
    assert_true(money_parse("£14.2m", 1, &declared, NULL));
    assert_true(money_agrees(declared.value, declared.resolution, 14150000));
    assert_true(money_agrees(declared.value, declared.resolution, 14250000));
    assert_true(money_agrees(declared.value, declared.resolution, 14200000));
    assert_false(money_agrees(declared.value, declared.resolution, 14149999));
    assert_false(money_agrees(declared.value, declared.resolution, 14250001));
    /* a figure written to the pound must match exactly */
    assert_true(money_agrees(684402, 1, 684402));
    assert_false(money_agrees(1368804, 1, 1368803));
}

/* Nottingham City (seed 002), the "TOTAL over 4 years" column in £m: rows 1, 2
 * and 4 do not add up; rows 3 and 5 do.  Sums by hand:
 *   2.428 + 2.875 + 3.947 + 4.180 = 13.430, declared 13.109 (off by 0.321)
 *   0.226 + 0.885 + 1.416 + 2.073 =  4.600, declared  4.650 (off by 0.050)
 *           0.372 + 0.372 + 0.372 =  1.116, declared  1.116
 *   0.226 + 0.513 + 1.044 + 1.701 =  3.484, declared  3.534 (off by 0.050)
 *   2.654 + 3.388 + 4.991 + 5.881 = 16.914, declared 16.914
 * Savings are bracketed (negative) there, so declared - sum has the opposite
 * sign to the difference of the magnitudes. */
static void nottingham_city_row_totals(void **state)
{
    (void)state;
    static const struct {
        const char *years[4];
        const char *total;
        money off_by;
    } rows[] = {
        {{"(2.428)", "(2.875)", "(3.947)", "(4.180)"}, "(13.109)", 321000},
        {{"(0.226)", "(0.885)", "(1.416)", "(2.073)"}, "(4.650)", -50000},
        {{"", "0.372", "0.372", "0.372"}, "1.116", 0},
        {{"(0.226)", "(0.513)", "(1.044)", "(1.701)"}, "(3.534)", -50000},
        {{"(2.654)", "(3.388)", "(4.991)", "(5.881)"}, "(16.914)", 0},
    };
    for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
        money sum = 0;
        for (int y = 0; y < 4; y++) {
            money_parsed cell;
            assert_true(money_parse(rows[r].years[y], 1000000, &cell, NULL));
            if (cell.value != MONEY_UNKNOWN)
                sum += cell.value;
        }
        money_parsed total;
        assert_true(money_parse(rows[r].total, 1000000, &total, NULL));
        assert_int_equal(total.value - sum, rows[r].off_by);
        assert_int_equal(money_agrees(total.value, total.resolution, sum), rows[r].off_by == 0);
    }
}

static void money_formats(void **state)
{
    (void)state;
    char buf[64];
    money_format(buf, sizeof buf, 13109000);
    assert_string_equal(buf, "£13,109,000");
    money_format(buf, sizeof buf, -321000);
    assert_string_equal(buf, "-£321,000");
    money_format(buf, sizeof buf, 0);
    assert_string_equal(buf, "£0");
    money_format(buf, sizeof buf, 999);
    assert_string_equal(buf, "£999");
    money_format(buf, sizeof buf, MONEY_UNKNOWN);
    assert_string_equal(buf, "");
    money_format_plain(buf, sizeof buf, -1234);
    assert_string_equal(buf, "-1234");
    money_format_short(buf, sizeof buf, 14200000, 1);
    assert_string_equal(buf, "£14.2m");
    money_format_short(buf, sizeof buf, 14250000, 1); /* half rounds away from zero */
    assert_string_equal(buf, "£14.3m");
    money_format_short(buf, sizeof buf, 2428000, 2);
    assert_string_equal(buf, "£2.43m");
    money_format_short(buf, sizeof buf, 150000, 1);
    assert_string_equal(buf, "£150k");
    money_format_short(buf, sizeof buf, 999600, 1); /* would be £1000k */
    assert_string_equal(buf, "£1.0m");
    money_format_short(buf, sizeof buf, 950, 1);
    assert_string_equal(buf, "£950");
    money_format_short(buf, sizeof buf, -7903000, 1);
    assert_string_equal(buf, "-£7.9m");
    /* a fraction's zeros are kept: 5,050,000 at two places is 5.05 */
    money_format_short(buf, sizeof buf, 5050000, 2);
    assert_string_equal(buf, "£5.05m");
    money_format_short(buf, sizeof buf, 22700000, 0);
    assert_string_equal(buf, "£23m");
    money_format_short(buf, sizeof buf, 0, 1);
    assert_string_equal(buf, "£0");
    /* cut to fit as snprintf cuts, the length it needs returned: £ is two bytes */
    char small[5];
    assert_int_equal(money_format_short(small, sizeof small, 14200000, 1), 7);
    assert_string_equal(small, "£14");
}

static void fte_parses_to_hundredths(void **state)
{
    (void)state;
    assert_int_equal(fte_of("51.5"), 5150);
    assert_int_equal(fte_of("0.07"), 7);
    assert_int_equal(fte_of("-2.5"), -250);
    assert_int_equal(fte_of("14.4"), 1440); /* Nottinghamshire posts */
    assert_int_equal(fte_of("0.333"), 33);  /* more decimals round to hundredths */
    assert_int_equal(fte_of("0.335"), 34);
    fte_hundredths value;
    const char *why = "";
    assert_false(fte_parse("-1", false, &value, &why));
    assert_string_equal(why, "must not be negative");
    assert_false(fte_parse("1,5", true, &value, &why)); /* a decimal comma */
    assert_string_equal(why, "commas must separate thousands");
    assert_int_equal(fte_of("1,234.5"), 123450); /* thousands, as a large service writes them */
    assert_false(fte_parse("", true, &value, &why));
    assert_false(fte_parse("two", true, &value, &why));
    char buf[32];
    fte_format(buf, sizeof buf, 5150);
    assert_string_equal(buf, "51.50");
    fte_format(buf, sizeof buf, -250);
    assert_string_equal(buf, "-2.50");
    fte_format(buf, sizeof buf, 7);
    assert_string_equal(buf, "0.07");
}

static void distances_never_overflow(void **state)
{
    (void)state;
    /* Nottingham City's row 1: declared £13,751,000 against £13,430,000 computed, £321,000 apart */
    assert_int_equal(money_distance(13751000, 13430000), 321000);
    assert_int_equal(money_distance(13430000, 13751000), 321000);
    /* a sum held at the limit by money_add, against a declared -£999,999,999,999 */
    assert_int_equal(money_distance(money_add(INT64_MAX, 1), -MONEY_MAX_ABS), INT64_MAX);
    assert_int_equal(money_distance(-MONEY_MAX_ABS, INT64_MAX), INT64_MAX);
    assert_int_equal(money_distance(INT64_MIN + 1, MONEY_MAX_ABS), INT64_MAX);
    assert_int_equal(money_distance(0, 0), 0);
}

static void percent_rounds_half_away_from_zero(void **state)
{
    (void)state;
    assert_decimal("55.6", percent_of(5, 9));
    assert_decimal("12.5", percent_of(1, 8));
    assert_decimal("-12.5", percent_of(-1, 8));
    assert_decimal("", percent_of(1, 0));
    assert_decimal("100.0", percent_of(800, 800));
    assert_int_equal(divide_rounded(5, 2), 3);
    assert_int_equal(divide_rounded(-5, 2), -3);
    assert_int_equal(divide_rounded(4, 3), 1);
}

#define SIGN_TWICE        "more than one sign (write one + or -, or brackets for negative)"
#define SIGN_IN_BRACKETS  "a sign inside brackets (brackets alone mean negative)"
#define SIGN_AND_BRACKETS "a sign and brackets (write -5 or (5), not both)"

/* The one rule of signs: at most one + or -, or brackets for negative, never both. */
static const struct {
    const char *text, *why;
} two_signs[] = {
    {"++5", SIGN_TWICE},         {"+-5", SIGN_TWICE},
    {"-+5", SIGN_TWICE},         {"--5", SIGN_TWICE},
    {"- -5", SIGN_TWICE},        {"\xe2\x88\x92-5", SIGN_TWICE}, /* a Unicode minus, then a hyphen */
    {"(-5)", SIGN_IN_BRACKETS},  {"(+5)", SIGN_IN_BRACKETS},
    {"-(5)", SIGN_AND_BRACKETS}, {"+(5)", SIGN_AND_BRACKETS},
};

static void money_takes_one_sign_or_brackets_never_both(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof two_signs / sizeof two_signs[0]; i++) {
        money_parsed parsed;
        const char *why = "";
        if (money_parse(two_signs[i].text, 1, &parsed, &why))
            fail_msg("\"%s\" accepted as %lld", two_signs[i].text, (long long)parsed.value);
        if (strcmp(why, two_signs[i].why) != 0)
            fail_msg("\"%s\": reason \"%s\", expected \"%s\"", two_signs[i].text, why, two_signs[i].why);
    }
    static const struct {
        const char *text, *why;
    } with_currency[] = {
        {"£-+5", SIGN_TWICE},        {"-£-5", SIGN_TWICE},         {"+£+5", SIGN_TWICE},
        {"(£-5)", SIGN_IN_BRACKETS}, {"-£(5)", SIGN_AND_BRACKETS},
    };
    for (size_t i = 0; i < sizeof with_currency / sizeof with_currency[0]; i++) {
        money_parsed parsed;
        const char *why = "";
        if (money_parse(with_currency[i].text, 1, &parsed, &why))
            fail_msg("\"%s\" accepted as %lld", with_currency[i].text, (long long)parsed.value);
        if (strcmp(why, with_currency[i].why) != 0)
            fail_msg("\"%s\": reason \"%s\", expected \"%s\"", with_currency[i].text, why,
                     with_currency[i].why);
    }
    static const struct {
        const char *text;
        money value;
    } one_sign[] = {
        {"+5", 5},  {"-5", -5},    {"(5)", -5},   {"+£5", 5},
        {"£+5", 5}, {"- £ 5", -5}, {"( 5 )", -5}, {"(£5)", -5},
    };
    for (size_t i = 0; i < sizeof one_sign / sizeof one_sign[0]; i++) {
        money_parsed parsed;
        const char *why = "";
        if (!money_parse(one_sign[i].text, 1, &parsed, &why))
            fail_msg("\"%s\" refused: %s", one_sign[i].text, why);
        assert_int_equal(parsed.value, one_sign[i].value);
    }
}

static void decimals_take_one_sign_or_brackets_never_both(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof two_signs / sizeof two_signs[0]; i++) {
        int64_t value;
        const char *why = "";
        if (decimal_parse(two_signs[i].text, 2, true, &value, &why))
            fail_msg("\"%s\" accepted as %lld", two_signs[i].text, (long long)value);
        if (strcmp(why, two_signs[i].why) != 0)
            fail_msg("\"%s\": reason \"%s\", expected \"%s\"", two_signs[i].text, why, two_signs[i].why);
        if (fte_parse(two_signs[i].text, true, &value, &why))
            fail_msg("FTE \"%s\" accepted as %lld", two_signs[i].text, (long long)value);
    }
    static const struct {
        const char *text;
        int64_t hundredths;
    } one_sign[] = {
        {"+5", 500}, {"-5", -500}, {"(5)", -500}, {"- 5", -500}, {"( 2.5 )", -250}, {"(1,234.5)", -123450},
    };
    for (size_t i = 0; i < sizeof one_sign / sizeof one_sign[0]; i++) {
        int64_t value;
        const char *why = "";
        if (!decimal_parse(one_sign[i].text, 2, true, &value, &why))
            fail_msg("\"%s\" refused: %s", one_sign[i].text, why);
        assert_int_equal(value, one_sign[i].hundredths);
    }
    int64_t value;
    const char *why = "";
    assert_false(fte_parse("(1.5)", false, &value, &why)); /* negative, where FTE cannot be */
    assert_string_equal(why, "must not be negative");
    assert_false(decimal_parse("(5", 2, true, &value, &why));
    assert_string_equal(why, "opening bracket without a closing one");
}

/* A printed percentage agrees with the figure worked out to half a unit of
 * its last printed digit, ends included, worked exactly: "55%" with 54.5% to
 * 55.5%, "55.6%" with 55.55% to 55.65%. */
static void printed_percentages_agree_to_their_printed_precision(void **state)
{
    (void)state;
    printed_percent whole, tenth, hundredth;
    assert_true(printed_percent_parse("55%", &whole, NULL));
    assert_int_equal(whole.hundredths, 5500);
    assert_int_equal(whole.resolution, 100);
    assert_true(printed_percent_parse(" 55.6 % ", &tenth, NULL));
    assert_int_equal(tenth.hundredths, 5560);
    assert_int_equal(tenth.resolution, 10);
    assert_true(printed_percent_parse("55.56", &hundredth, NULL));
    assert_int_equal(hundredth.hundredths, 5556);
    assert_int_equal(hundredth.resolution, 1);
    /* 55%: 545/1000 and 555/1000 are the ends, in; 5449/10000 and 5551/10000 out */
    assert_true(printed_percent_agrees(whole, 545, 1000));
    assert_true(printed_percent_agrees(whole, 555, 1000));
    assert_false(printed_percent_agrees(whole, 5449, 10000));
    assert_false(printed_percent_agrees(whole, 5551, 10000));
    /* Kent's Thanet SP/OT: (9 - 4) / 9 = 55.5556%: not 55%, but 55.6% */
    assert_false(printed_percent_agrees(whole, 500, 900));
    assert_true(printed_percent_agrees(tenth, 500, 900));
    /* 55.6%: 55.55% and 55.65% are in; 55.54% and 55.66% out */
    assert_true(printed_percent_agrees(tenth, 5555, 10000));
    assert_true(printed_percent_agrees(tenth, 5565, 10000));
    assert_false(printed_percent_agrees(tenth, 5554, 10000));
    assert_false(printed_percent_agrees(tenth, 5566, 10000));
    /* 55.56% is 55.555% to 55.565%: 5/9 = 55.5556% in */
    assert_true(printed_percent_agrees(hundredth, 500, 900));
    /* Kent's Ashford CM/OT: 4.5% for 1.9 / 42 = 4.5238% */
    printed_percent ashford;
    assert_true(printed_percent_parse("4.5%", &ashford, NULL));
    assert_true(printed_percent_agrees(ashford, 190, 4200));
    assert_false(printed_percent_agrees(ashford, 290, 4200)); /* 6.90% without agency */
    /* worked figures in hundredths of a percent, and as they are shown */
    assert_int_equal(percent_hundredths(500, 900), 5556);
    char text[32];
    percent_hundredths_format(text, sizeof text, 5500);
    assert_string_equal(text, "55%");
    percent_hundredths_format(text, sizeof text, 5556);
    assert_string_equal(text, "55.56%");
    percent_hundredths_format(text, sizeof text, 450);
    assert_string_equal(text, "4.5%");
    percent_hundredths_format(text, sizeof text, -50);
    assert_string_equal(text, "-0.5%");
    /* what is not a percentage */
    printed_percent bad;
    const char *why = "";
    assert_false(printed_percent_parse("about half", &bad, &why));
    assert_false(printed_percent_parse("%", &bad, &why));
    assert_false(printed_percent_parse("20000%", &bad, &why));
    assert_string_equal(why, "more than 10,000%");
}

int main(void)

{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(money_parse_accepts_council_spellings),
        cmocka_unit_test(money_parse_blank_is_unknown_not_zero),
        cmocka_unit_test(money_parse_refuses_what_is_not_money),
        cmocka_unit_test(declared_figure_agrees_to_its_own_precision),
        cmocka_unit_test(nottingham_city_row_totals),
        cmocka_unit_test(money_formats),
        cmocka_unit_test(fte_parses_to_hundredths),
        cmocka_unit_test(percent_rounds_half_away_from_zero),
        cmocka_unit_test(distances_never_overflow),
        cmocka_unit_test(money_takes_one_sign_or_brackets_never_both),
        cmocka_unit_test(decimals_take_one_sign_or_brackets_never_both),
        cmocka_unit_test(printed_percentages_agree_to_their_printed_precision),
    };
    return cmocka_run_group_tests_name("figures", tests, NULL, NULL);
}
