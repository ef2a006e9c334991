/* Pipeline savings (identified, not yet validated) are left out of every
 * total and summed on their own: Nottinghamshire's profile (seed 000,
 * Figure 1, £'000) with its £3.3m that "requires further exploration" and
 * Newton's further £3.6m of stretch held as lines still to be explored. */
#include "test.h"

#include <string.h>

#include "fields.h"
#include "overview.h"
#include "savings.h"

static const savings_thresholds defaults = {95, 80};

/* A: Column A, council proposals outside Newton's scope; B: Column B, in its
 * scope (overlap, counted in C); C: Column C, new Newton proposals, the
 * three years the seed's MTFS covers (712 + 5,414 + 7,878 = 14,004, "Newton's
 * proposals for the same period is £14,004m").  X: §17, "£3.3m savings which
 * requires further exploration", its year not given: put in 2021/22, after
 * the others, so that it would move the final year if it counted.  S: §20,
 * "a potential further £3.6m" of stretch, less confident: stretch only. */
static savings_line lines[5] = {
    {"A", "Council", "", "Council proposals out of scope", "", "", ORIGIN_EXISTING, SAVINGS_ON_TRACK,
     BASIS_INCREMENTAL},
    {"B", "Council", "", "Council proposals in scope", "", "", ORIGIN_OVERLAP, SAVINGS_ON_TRACK,
     BASIS_INCREMENTAL},
    {"C", "Newton", "", "New Newton proposals", "", "", ORIGIN_PARTNER, SAVINGS_PLANNED, BASIS_INCREMENTAL},
    {"S", "Newton", "", "Newton stretch target", "", "", ORIGIN_PARTNER, SAVINGS_PIPELINE, BASIS_INCREMENTAL},
    {"X", "Newton", "", "Support more people to live independently", "", "", ORIGIN_PARTNER, SAVINGS_PIPELINE,
     BASIS_INCREMENTAL},
};
#define U MONEY_UNKNOWN
/* Target and forecast alike (confident savings), in pounds. */
static savings_year years[11] = {
    {0, 2018, {6804000, U, 6804000, U}}, {0, 2019, {588000, U, 588000, U}},
    {0, 2020, {53000, U, 53000, U}},     {1, 2018, {5379000, U, 5379000, U}},
    {1, 2019, {3461000, U, 3461000, U}}, {1, 2020, {1696000, U, 1696000, U}},
    {2, 2018, {712000, U, 712000, U}},   {2, 2019, {5414000, U, 5414000, U}},
    {2, 2020, {7878000, U, 7878000, U}}, {3, 2020, {U, 3600000, U, U}},
    {4, 2021, {3300000, U, U, U}},
};
#undef U

static void a_pipeline_line_counts_in_no_total(void **state)
{
    (void)state;
    assert_true(savings_line_counts_in_totals(&lines[0]));
    assert_false(savings_line_counts_in_totals(&lines[1])); /* overlap */
    assert_true(savings_line_counts_in_totals(&lines[2]));
    assert_false(savings_line_counts_in_totals(&lines[3]));
    assert_false(savings_line_counts_in_totals(&lines[4]));
    assert_false(savings_counts_in_run_rate(&lines[4]));
    /* its own mark, on no red/amber/green scale, whatever its figures */
    savings_figures f = years[10].figures;
    assert_int_equal(savings_rag(SAVINGS_PIPELINE, &f, defaults), RAG_PIPELINE);
    assert_string_equal(rag_name(RAG_PIPELINE), "pipeline");
    assert_string_equal(rag_letter(RAG_PIPELINE), "P");
    assert_int_equal(rag_severity(RAG_PIPELINE), 0);
}

static void group_totals_leave_the_pipeline_out(void **state)
{
    (void)state;
    savings_group groups[12];
    /* all: A 6,804 + 588 + 53 = 7,445 and C 14,004: 21,449 (B overlaps, X is pipeline) */
    size_t n = savings_group_totals(lines, 5, years, 11, SAVINGS_BY_ALL, 0, groups);
    assert_int_equal(n, 1);
    assert_int_equal(groups[0].figures.target, 21449000);
    assert_int_equal(groups[0].figures.forecast, 21449000);
    assert_int_equal(groups[0].lines, 2);
    /* S's £3.6m is the only stretch, and it is pipeline: no stretch in the total */
    assert_true(groups[0].figures.stretch == MONEY_UNKNOWN);
    /* by origin: partner is C alone, 14,004; the overlap group shows B's 10,536 */
    n = savings_group_totals(lines, 5, years, 11, SAVINGS_BY_ORIGIN, 0, groups);
    assert_int_equal(n, 3);
    assert_string_equal(groups[2].key, "partner");
    assert_int_equal(groups[2].figures.target, 14004000);
    assert_int_equal(groups[2].lines, 1);
    assert_string_equal(groups[1].key, "overlap");
    assert_int_equal(groups[1].figures.target, 10536000);
    /* by FY: 2018/19 to 2020/21 only; X's 2021/22 is no group of its own */
    n = savings_group_totals(lines, 5, years, 11, SAVINGS_BY_FY, 0, groups);
    assert_int_equal(n, 3);
    assert_int_equal(groups[2].fy, 2020);
    assert_int_equal(groups[2].figures.target, 53000 + 7878000);
}

static void the_pipeline_is_summed_on_its_own(void **state)
{
    (void)state;
    size_t count = 0;
    /* X's target 3,300 and S's stretch 3,600: two lines */
    savings_figures p = savings_pipeline_figures(lines, 5, years, 11, 0, &count);
    assert_int_equal(count, 2);
    assert_int_equal(p.target, 3300000);
    assert_int_equal(p.stretch, 3600000);
    assert_true(p.forecast == MONEY_UNKNOWN);
    /* one year: 2020/21 holds S only */
    p = savings_pipeline_figures(lines, 5, years, 11, 2020, &count);
    assert_int_equal(count, 1);
    assert_true(p.target == MONEY_UNKNOWN);
    assert_int_equal(p.stretch, 3600000);
    /* a year with none */
    p = savings_pipeline_figures(lines, 5, years, 11, 2019, &count);
    assert_int_equal(count, 0);
    assert_false(savings_figures_any(&p));
    /* an overlap line in the pipeline is counted in its partner line already */
    savings_line overlap[1] = {
        {"V", "", "", "", "", "", ORIGIN_OVERLAP, SAVINGS_PIPELINE, BASIS_INCREMENTAL}};
    savings_year overlap_year[1] = {{0, 2020, {1000, MONEY_UNKNOWN, MONEY_UNKNOWN, MONEY_UNKNOWN}}};
    p = savings_pipeline_figures(overlap, 1, overlap_year, 1, 0, &count);
    assert_int_equal(count, 0);
}

static void the_run_rate_and_final_year_leave_the_pipeline_out(void **state)
{
    (void)state;
    /* X's 2021/22 does not make 2021/22 the final year: 2020/21, A 53 + C 7,878 */
    int fy = 0;
    assert_int_equal(savings_final_fy(lines, 5, years, 11, 0), 2020);
    savings_figures rate = savings_run_rate(lines, 5, years, 11, 0, NULL, &fy);
    assert_int_equal(fy, 2020);
    assert_int_equal(rate.forecast, 7931000);
    /* nor does S add its stretch to 2020/21 */
    assert_true(rate.stretch == MONEY_UNKNOWN);
}

static void the_overview_shows_the_pipeline_as_its_own_headline(void **state)
{
    (void)state;
    const indicator_settings settings = {{95, 80}, {10, 20}, {200, 90, 75}, {4, 12, 28}, 0};
    savings_set savings = {lines, 5, years, 11, NULL};
    staffing_set staffing = {NULL, 0, NULL};
    reviews_set reviews = {NULL, 0, NULL};
    risks_set risks = {NULL, 0, NULL};
    overview o;
    overview_compute(&savings, &staffing, &reviews, &risks, &settings, (calendar_date){2018, 3, 12}, &o);
    /* totals as above: 21,449 target and forecast, gap 0, no stretch */
    assert_int_equal(o.savings.target, 21449000);
    assert_int_equal(o.savings.forecast, 21449000);
    assert_int_equal(o.savings_gap, 0);
    assert_true(o.savings.stretch == MONEY_UNKNOWN);
    assert_int_equal(o.savings_pipeline, 3300000);
    assert_int_equal(o.savings_pipeline_lines, 2);
    /* the headline, kept by snapshots like the others */
    size_t h = 0;
    while (h < HEADLINE_COUNT && strcmp(headline_get(h)->name, "savings_pipeline_gbp") != 0)
        h++;
    assert_true(h < HEADLINE_COUNT);
    int64_t value = 0;
    assert_true(headline_value(&o, h, &value));
    assert_int_equal(value, 3300000);
    /* a programme with no pipeline has £0 of it */
    savings.nlines = 3;
    savings.nyears = 9;
    overview_compute(&savings, &staffing, &reviews, &risks, &settings, (calendar_date){2018, 3, 12}, &o);
    assert_int_equal(o.savings_pipeline_lines, 0);
    assert_true(headline_value(&o, h, &value));
    assert_int_equal(value, 0);
}

static void trackers_spellings_of_the_pipeline_parse(void **state)
{
    (void)state;
    static const char *const spellings[] = {"pipeline",
                                            "Pipeline",
                                            "Opportunity",
                                            "To be explored",
                                            "Unvalidated",
                                            "Not validated",
                                            "Requires further exploration"};
    for (size_t i = 0; i < sizeof spellings / sizeof spellings[0]; i++) {
        savings_status status = SAVINGS_PLANNED;
        assert_true(savings_status_parse(spellings[i], &status));
        assert_int_equal(status, SAVINGS_PIPELINE);
    }
    assert_string_equal(savings_status_name(SAVINGS_PIPELINE), "pipeline");
    /* the form and import read a cell through the field, and keep the name */
    const table_def *t = table_def_get(TABLE_DEF_SAVINGS);
    field_value v;
    const char *why = "";
    assert_true(field_parse(&t->fields[table_field_index(t, "status")], "To be explored", NULL, &v, &why));
    assert_string_equal(v.text, "pipeline");
    savings_status status;
    assert_true(savings_status_parse("Planned", &status));
    assert_int_equal(status, SAVINGS_PLANNED);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_pipeline_line_counts_in_no_total),
        cmocka_unit_test(group_totals_leave_the_pipeline_out),
        cmocka_unit_test(the_pipeline_is_summed_on_its_own),
        cmocka_unit_test(the_run_rate_and_final_year_leave_the_pipeline_out),
        cmocka_unit_test(the_overview_shows_the_pipeline_as_its_own_headline),
        cmocka_unit_test(trackers_spellings_of_the_pipeline_parse),
    };
    return cmocka_run_group_tests_name("pipeline", tests, NULL, NULL);
}
