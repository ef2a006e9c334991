/* Entries that are accepted only with a word: a risk's next review before
 * its last is refused (import and the dashboard's form share the rule), and
 * a saving below zero is one assure check lists. */
#include "test.h"

#include <string.h>

#include "checks.h"
#include "fields.h"

/* Every field of a risk blank, then the two review dates as given ("" blank). */
static void risk_with_reviews(field_value *values, const char *last, const char *next)
{
    const table_def *t = table_def_get(TABLE_DEF_RISKS);
    for (size_t i = 0; i < t->nfields; i++)
        values[i] = (field_value){true, 0, NULL};
    assert_true(field_parse(&t->fields[RISK_FIELD_LAST_REVIEWED], last, NULL,
                            &values[RISK_FIELD_LAST_REVIEWED], NULL));
    assert_true(
        field_parse(&t->fields[RISK_FIELD_NEXT_REVIEW], next, NULL, &values[RISK_FIELD_NEXT_REVIEW], NULL));
}

static void a_next_review_before_the_last_is_refused_naming_the_field(void **state)
{
    (void)state;
    field_value values[TABLE_MAX_FIELDS];
    int bad = -1;
    const char *why = "";
    /* AANDH0030 in the sample: last reviewed 2026-11-09; due again 2026-11-01 is before it */
    risk_with_reviews(values, "2026-11-09", "2026-11-01");
    assert_false(table_row_check(TABLE_DEF_RISKS, values, &bad, &why));
    assert_int_equal(bad, RISK_FIELD_NEXT_REVIEW);
    assert_string_equal(table_def_get(TABLE_DEF_RISKS)->fields[bad].name, "next_review");
    assert_non_null(strstr(why, "before last_reviewed"));
    /* UK dates are read the same way: 1 November is before 9 November */
    risk_with_reviews(values, "09/11/2026", "01/11/2026");
    assert_false(table_row_check(TABLE_DEF_RISKS, values, &bad, &why));
}

static void a_next_review_on_or_after_the_last_or_either_blank_is_accepted(void **state)
{
    (void)state;
    field_value values[TABLE_MAX_FIELDS];
    int bad = -1;
    const char *why = "";
    risk_with_reviews(values, "2026-11-09", "2026-11-09"); /* the same day */
    assert_true(table_row_check(TABLE_DEF_RISKS, values, &bad, &why));
    risk_with_reviews(values, "2026-11-09", "2026-12-07"); /* the sample's: 28 days on */
    assert_true(table_row_check(TABLE_DEF_RISKS, values, &bad, &why));
    risk_with_reviews(values, "", "2026-11-01"); /* never reviewed: nothing to be before */
    assert_true(table_row_check(TABLE_DEF_RISKS, values, &bad, &why));
    risk_with_reviews(values, "2026-11-09", "");
    assert_true(table_row_check(TABLE_DEF_RISKS, values, &bad, &why));
}

static bool has(const findings *f, const char *ref, const char *fragment)
{
    for (size_t i = 0; i < f->count; i++)
        if (f->items[i].level == FINDING_WARNING && strcmp(f->items[i].ref, ref) == 0 &&
            strstr(f->items[i].message, fragment) != NULL)
            return true;
    return false;
}

static void check_warns_of_a_negative_forecast_with_its_year_and_amount(void **state)
{
    (void)state;
    findings f = {NULL, 0, 0};
    savings_line l[2] = {
        {"N1", "Reviews", "", "Negative", "", "", ORIGIN_EXISTING, SAVINGS_AT_RISK, BASIS_INCREMENTAL},
        {"P1", "Reviews", "", "Positive", "", "", ORIGIN_EXISTING, SAVINGS_ON_TRACK, BASIS_INCREMENTAL},
    };
    /* N1: target £100,000, forecast -£10,000 (delivery -10.0%, RED); its actual unknown */
    savings_year y[3] = {
        {0, 2026, {100000, 100000, -10000, MONEY_UNKNOWN}},
        {1, 2026, {50000, 50000, 50000, 0}},
        {1, 2025, {0, 0, 0, 0}}, /* zero is no saving, not a negative one */
    };
    savings_set s = {l, 2, y, 3, NULL};
    assert_true(checks_savings(&s, &f));
    assert_true(has(&f, "N1", "2026/27 forecast is negative (-£10,000)"));
    assert_int_equal(f.count, 1);
    findings_free(&f);
}

static void check_warns_of_each_negative_measure(void **state)
{
    (void)state;
    findings f = {NULL, 0, 0};
    savings_line l[1] = {
        {"R1", "Reviews", "", "Reductions", "", "", ORIGIN_EXISTING, SAVINGS_ON_TRACK, BASIS_INCREMENTAL}};
    /* a tracker's reductions imported without --negate: every figure below zero */
    savings_year y[1] = {{0, 2025, {-200000, -250000, -180000, -90000}}};
    savings_set s = {l, 1, y, 1, NULL};
    assert_true(checks_savings(&s, &f));
    assert_true(has(&f, "R1", "2025/26 target is negative (-£200,000)"));
    assert_true(has(&f, "R1", "2025/26 stretch is negative (-£250,000)"));
    assert_true(has(&f, "R1", "2025/26 forecast is negative (-£180,000)"));
    assert_true(has(&f, "R1", "2025/26 actual is negative (-£90,000)"));
    assert_true(has(&f, "R1", "--negate"));
    assert_int_equal(f.count, 4);
    findings_free(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_next_review_before_the_last_is_refused_naming_the_field),
        cmocka_unit_test(a_next_review_on_or_after_the_last_or_either_blank_is_accepted),
        cmocka_unit_test(check_warns_of_a_negative_forecast_with_its_year_and_amount),
        cmocka_unit_test(check_warns_of_each_negative_measure),
    };
    return cmocka_run_group_tests_name("doubtful_entries", tests, NULL, NULL);
}
