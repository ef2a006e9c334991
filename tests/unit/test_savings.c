/* Savings indicators against the seeds' savings tables. */
#include "test.h"

#include <string.h>

#include "calendar.h"
#include "savings.h"

static const savings_thresholds defaults = {95, 80};

/* Lines and one FY of figures each, built from the seed's own strings. */
typedef struct {
    const char *cohort, *workstream, *name, *target, *stretch;
} matrix_row;

static size_t build(const matrix_row *rows, size_t n, savings_line *lines, savings_year *years)
{
    for (size_t i = 0; i < n; i++) {
        memset(&lines[i], 0, sizeof lines[i]);
        lines[i].ref = rows[i].name;
        lines[i].name = rows[i].name;
        lines[i].cohort = rows[i].cohort;
        lines[i].workstream = rows[i].workstream;
        lines[i].origin = ORIGIN_PARTNER;
        years[i].line = i;
        years[i].fy = 2026;
        years[i].figures = savings_figures_unknown();
        years[i].figures.target = money_of(rows[i].target, 1);
        years[i].figures.stretch = money_of(rows[i].stretch, 1);
    }
    return n;
}

static const savings_group *find_group(const savings_group *groups, size_t n, const char *key)
{
    for (size_t i = 0; i < n; i++)
        if (groups[i].key != NULL && strcmp(groups[i].key, key) == 0)
            return &groups[i];
    fail_msg("no group %s", key);
    return NULL;
}

/* Somerset (seed 001), Table 2: Opportunity Matrix, "Scaled" and "Stretch"
 * opportunity.  Printed subtotals: Older Adults £11.3M / £13.6M, Working Age
 * £2.6M / £3.3M, All Adults £0.3M / £0.3M; matrix total £14.2M / £17.2M. */
static const matrix_row somerset[] = {
    {"Older Adults", "Outcomes from Decision Making", "ODM (Older People)", "£1.8M", "£2.2M"},
    {"Older Adults", "Short term services", "Reablement capacity and referrals", "£6.7M", "£8.1m"},
    {"Older Adults", "Short term services", "Reablement effectiveness", "£2.8M", "£3.3M"},
    {"Working Age", "Transitions", "Effective transitions to adulthood", "£0.4M", "£0.6M"},
    {"Working Age", "Outcomes from Decision Making", "ODM (Working Age)", "£0.2M", "£0.3M"},
    {"Working Age", "Progression", "Progression / enablement", "£2.0M", "£2.4M"},
    {"All Adults", "Outcomes from Decision Making", "ODM (MH, PD, other)", "£0.3M", "£0.3M"},
};

static void somerset_opportunity_matrix_totals_by_cohort(void **state)
{
    (void)state;
    savings_line lines[7];
    savings_year years[7];
    size_t n = build(somerset, 7, lines, years);
    savings_group groups[8];
    size_t ngroups = savings_group_totals(lines, n, years, n, SAVINGS_BY_COHORT, 0, groups);
    assert_int_equal(ngroups, 3);
    const savings_group *older = find_group(groups, ngroups, "Older Adults");
    assert_int_equal(older->figures.target, 11300000);
    assert_int_equal(older->figures.stretch, 13600000);
    assert_int_equal(older->lines, 3);
    const savings_group *working = find_group(groups, ngroups, "Working Age");
    assert_int_equal(working->figures.target, 2600000);
    assert_int_equal(working->figures.stretch, 3300000);
    const savings_group *all_adults = find_group(groups, ngroups, "All Adults");
    assert_int_equal(all_adults->figures.target, 300000);
    assert_int_equal(all_adults->figures.stretch, 300000);
    /* sorted by name */
    assert_string_equal(groups[0].key, "All Adults");
    ngroups = savings_group_totals(lines, n, years, n, SAVINGS_BY_ALL, 0, groups);
    assert_int_equal(ngroups, 1);
    assert_string_equal(groups[0].key, "all");
    assert_int_equal(groups[0].figures.target, 14200000);
    assert_int_equal(groups[0].figures.stretch, 17200000);
    assert_int_equal(groups[0].lines, 7);
    assert_true(groups[0].figures.forecast == MONEY_UNKNOWN); /* nothing forecast yet */
}

/* Kent (seed 004), phase-2 opportunities.  "Target Total" is the total of each
 * area: £4.14m, £7.77m, £4.84m, £1.93m; service totals £11.91m / £19.96m
 * stretch (Older People, Physical Disability) and £6.77m / £12.99m (Learning
 * Disability); Adults Total £18.68m / £32.95m. */
static const matrix_row kent[] = {
    {"Older People, Physical Disability", "Acute outcomes", "Short Term Beds Reduction", "£1.20m", "£1.60m"},
    {"Older People, Physical Disability", "Acute outcomes", "Acute outcome improvement", "£2.94m", "£6.04m"},
    {"Older People, Physical Disability", "Outcomes & Process", "Enablement Volume", "£1.83m", "£2.44m"},
    {"Older People, Physical Disability", "Outcomes & Process", "Enablement Outcomes", "£3.44m", "£4.58m"},
    {"Older People, Physical Disability", "Outcomes & Process", "Enablement Efficiency", "£0.10m", "£0.70m"},
    {"Older People, Physical Disability", "Outcomes & Process", "Enablement Outsourcing", "£2.40m", "£4.60m"},
    {"Learning Disability", "Reshaping the Market", "Alternate Models of Care", "£4.10m", "£6.64m"},
    {"Learning Disability", "Reshaping the Market", "Reshaping support contracts", "£0.42m", "£0.83m"},
    {"Learning Disability", "Reshaping the Market", "Process improvement Shared Lives", "£0.32m", "£0.49m"},
    {"Learning Disability", "Enablement", "Pathways to Independence", "£1.93m", "£5.03m"},
};

static void kent_phase_two_target_and_stretch_totals(void **state)
{
    (void)state;
    savings_line lines[10];
    savings_year years[10];
    size_t n = build(kent, 10, lines, years);
    savings_group groups[11];
    size_t ngroups = savings_group_totals(lines, n, years, n, SAVINGS_BY_WORKSTREAM, 0, groups);
    assert_int_equal(ngroups, 4);
    assert_int_equal(find_group(groups, ngroups, "Acute outcomes")->figures.target, 4140000);
    assert_int_equal(find_group(groups, ngroups, "Outcomes & Process")->figures.target, 7770000);
    assert_int_equal(find_group(groups, ngroups, "Reshaping the Market")->figures.target, 4840000);
    assert_int_equal(find_group(groups, ngroups, "Enablement")->figures.target, 1930000);
    ngroups = savings_group_totals(lines, n, years, n, SAVINGS_BY_COHORT, 0, groups);
    const savings_group *oppd = find_group(groups, ngroups, "Older People, Physical Disability");
    assert_int_equal(oppd->figures.target, 11910000);
    assert_int_equal(oppd->figures.stretch, 19960000);
    const savings_group *ld = find_group(groups, ngroups, "Learning Disability");
    assert_int_equal(ld->figures.target, 6770000);
    assert_int_equal(ld->figures.stretch, 12990000);
    ngroups = savings_group_totals(lines, n, years, n, SAVINGS_BY_ALL, 0, groups);
    assert_int_equal(groups[0].figures.target, 18680000);
    assert_int_equal(groups[0].figures.stretch, 32950000);
}

/* Nottinghamshire (seed 000), Figure 1, £'000: Column A (existing, can
 * continue) 6,804 / 588 / 53 = 7,445; Column B (overlapping Newton's
 * analysis) 5,379 / 3,461 / 1,696 = 10,536; Column C (new partner proposals)
 * 712 / 5,414 / 7,878 / 6,219 (future years, taken here as 2021/22) = 20,223.
 * Column B's savings are inside the partner's proposals, so the programme
 * counts them once: A + C = 7,445 + 20,223 = 27,668. */
static void nottinghamshire_profile_counts_overlap_once(void **state)
{
    (void)state;
    savings_line lines[3] = {
        {"A", "Council", "", "Council proposals out of scope", "", "", ORIGIN_EXISTING, SAVINGS_ON_TRACK,
         BASIS_INCREMENTAL},
        {"B", "Council", "", "Council proposals in scope", "", "", ORIGIN_OVERLAP, SAVINGS_ON_TRACK,
         BASIS_INCREMENTAL},
        {"C", "Newton", "", "New Newton proposals", "", "", ORIGIN_PARTNER, SAVINGS_PLANNED,
         BASIS_INCREMENTAL},
    };
    static const struct {
        size_t line;
        int fy;
        const char *target;
    } cells[] = {
        {0, 2018, "6,804"}, {0, 2019, "588"}, {0, 2020, "53"},    {1, 2018, "5,379"}, {1, 2019, "3,461"},
        {1, 2020, "1,696"}, {2, 2018, "712"}, {2, 2019, "5,414"}, {2, 2020, "7,878"}, {2, 2021, "6,219"},
    };
    savings_year years[10];
    for (size_t i = 0; i < 10; i++) {
        years[i].line = cells[i].line;
        years[i].fy = cells[i].fy;
        years[i].figures = savings_figures_unknown();
        years[i].figures.target = money_of(cells[i].target, 1000);
    }
    savings_group groups[11];
    size_t ngroups = savings_group_totals(lines, 3, years, 10, SAVINGS_BY_ORIGIN, 0, groups);
    assert_int_equal(ngroups, 3);
    assert_int_equal(find_group(groups, ngroups, "existing")->figures.target, 7445000);
    assert_int_equal(find_group(groups, ngroups, "overlap")->figures.target, 10536000);
    assert_int_equal(find_group(groups, ngroups, "partner")->figures.target, 20223000);
    ngroups = savings_group_totals(lines, 3, years, 10, SAVINGS_BY_ALL, 0, groups);
    assert_int_equal(groups[0].figures.target, 27668000);
    assert_int_equal(groups[0].lines, 2);
    /* By FY, overlap left out: 2018/19 is 6,804 + 712 = 7,516 */
    ngroups = savings_group_totals(lines, 3, years, 10, SAVINGS_BY_FY, 0, groups);
    assert_int_equal(ngroups, 4);
    assert_int_equal(groups[0].fy, 2018);
    assert_int_equal(groups[0].figures.target, 7516000);
    assert_int_equal(groups[3].fy, 2021);
    assert_int_equal(groups[3].figures.target, 6219000);
    /* One FY only: 2019/20 is 588 + 5,414 = 6,002 */
    ngroups = savings_group_totals(lines, 3, years, 10, SAVINGS_BY_ALL, 2019, groups);
    assert_int_equal(groups[0].figures.target, 6002000);
    /* A line's own total over every FY, and for one */
    assert_int_equal(savings_line_figures(1, years, 10, 0).target, 10536000);
    assert_int_equal(savings_line_figures(2, years, 10, 2021).target, 6219000);
    /* Column C alone has a fourth year; a line past the last has none */
    assert_true(savings_line_has_year(2, years, 10, 2021));
    assert_false(savings_line_has_year(1, years, 10, 2021));
    assert_true(savings_line_has_year(0, years, 10, 0));
    assert_false(savings_line_has_year(3, years, 10, 0));
    assert_int_equal(savings_line_figures(3, years, 10, 0).target, MONEY_UNKNOWN);
}

/* Somerset (seed 001), benefits profile: reductions target £0.2m, £10.4m,
 * £13.1m, £14.2m and stretch £0.7m, £13.1m, £16.1m, £17.0m for FY23/24 to
 * FY26/27.  The recurrent run rate is the last year's: £14.2m / £17.0m. */
static void somerset_run_rate_is_the_last_financial_year(void **state)
{
    (void)state;
    static const char *const fys[] = {"FY23/24", "FY24/25", "FY25/26", "FY26/27"};
    static const char *const target[] = {"£0.2m", "£10.4m", "£13.1m", "£14.2m"};
    static const char *const stretch[] = {"£0.7m", "£13.1m", "£16.1m", "£17.0m"};
    savings_line line = {"SOM", "Newton",       "All Adults",     "Benefits profile", "",
                         "",    ORIGIN_PARTNER, SAVINGS_ON_TRACK, BASIS_INCREMENTAL};
    savings_year years[4];
    for (int i = 0; i < 4; i++) {
        years[i].line = 0;
        assert_true(fy_parse(fys[i], &years[i].fy, NULL));
        years[i].figures = savings_figures_unknown();
        years[i].figures.target = money_of(target[i], 1);
        years[i].figures.stretch = money_of(stretch[i], 1);
    }
    int last_fy = 0;
    savings_figures rate = savings_run_rate(&line, 1, years, 4, 0, NULL, &last_fy);
    assert_int_equal(last_fy, 2026);
    assert_int_equal(rate.target, 14200000);
    assert_int_equal(rate.stretch, 17000000);
}

/* The same profile read as it is meant: cumulative, each year the run rate
 * reached.  The line is worth its last year, £14.2m / £17.0m, not
 * 0.2 + 10.4 + 13.1 + 14.2 = £37.9m; a year's new saving is the step:
 * target 0.2, 10.4 - 0.2 = 10.2, 13.1 - 10.4 = 2.7, 14.2 - 13.1 = 1.1;
 * stretch 0.7, 13.1 - 0.7 = 12.4, 16.1 - 13.1 = 3.0, 17.0 - 16.1 = 0.9. */
static void somerset_cumulative_profile_is_worth_its_last_year(void **state)
{
    (void)state;
    static const char *const target[] = {"£0.2m", "£10.4m", "£13.1m", "£14.2m"};
    static const char *const stretch[] = {"£0.7m", "£13.1m", "£16.1m", "£17.0m"};
    savings_line line = {"SOM", "Newton",       "All Adults",     "Benefits profile", "",
                         "",    ORIGIN_PARTNER, SAVINGS_ON_TRACK, BASIS_CUMULATIVE};
    savings_year years[4];
    for (int i = 0; i < 4; i++) {
        years[i].line = 0;
        years[i].fy = 2023 + i;
        years[i].figures = savings_figures_unknown();
        years[i].figures.target = money_of(target[i], 1);
        years[i].figures.stretch = money_of(stretch[i], 1);
    }
    savings_figures worth = savings_line_value(&line, 0, years, 4, 0);
    assert_int_equal(worth.target, 14200000);
    assert_int_equal(worth.stretch, 17000000);
    assert_int_equal(worth.forecast, MONEY_UNKNOWN);
    savings_figures step = savings_year_new(BASIS_CUMULATIVE, years, 4, 1);
    assert_int_equal(step.target, 10200000);
    assert_int_equal(step.stretch, 12400000);
    assert_int_equal(savings_line_value(&line, 0, years, 4, 2024).target, 10200000);
    savings_group groups[5];
    size_t n = savings_group_totals(&line, 1, years, 4, SAVINGS_BY_FY, 0, groups);
    assert_int_equal(n, 4);
    static const money new_target[] = {200000, 10200000, 2700000, 1100000};
    static const money new_stretch[] = {700000, 12400000, 3000000, 900000};
    for (size_t g = 0; g < 4; g++) {
        assert_int_equal(groups[g].figures.target, new_target[g]);
        assert_int_equal(groups[g].figures.stretch, new_stretch[g]);
    }
    n = savings_group_totals(&line, 1, years, 4, SAVINGS_BY_ALL, 0, groups);
    assert_int_equal(groups[0].figures.target, 14200000);
    assert_int_equal(groups[0].figures.stretch, 17000000);
    assert_string_equal(savings_bases_name(groups[0].bases), "cumulative");
    /* Read as incremental (the default), the years add up: £37.9m / £46.9m. */
    line.basis = BASIS_INCREMENTAL;
    worth = savings_line_value(&line, 0, years, 4, 0);
    assert_int_equal(worth.target, 37900000);
    assert_int_equal(worth.stretch, 46900000);
}

/* A programme of both: INC incremental 100,000 a year for 2024/25 to
 * 2026/27; CUM cumulative 50,000, 100,000, 150,000.  Over all years INC adds
 * its years (300,000) and CUM counts its last (150,000): 450,000.  By year,
 * new savings: 100,000 + 50,000 each year, 150,000, adding up to 450,000. */
static void a_mixed_programme_counts_each_line_by_its_basis(void **state)
{
    (void)state;
    savings_line lines[2] = {
        {"CUM", "", "", "Reablement", "", "", ORIGIN_EXISTING, SAVINGS_ON_TRACK, BASIS_CUMULATIVE},
        {"INC", "", "", "Homecare review", "", "", ORIGIN_EXISTING, SAVINGS_ON_TRACK, BASIS_INCREMENTAL},
    };
#define U MONEY_UNKNOWN
    savings_year years[6] = {
        {0, 2024, {50000, U, 50000, U}},   {0, 2025, {100000, U, 100000, U}},
        {0, 2026, {150000, U, 120000, U}}, {1, 2024, {100000, U, 100000, U}},
        {1, 2025, {100000, U, 100000, U}}, {1, 2026, {100000, U, 90000, U}},
    };
#undef U
    savings_group groups[7];
    size_t n = savings_group_totals(lines, 2, years, 6, SAVINGS_BY_ALL, 0, groups);
    assert_int_equal(n, 1);
    assert_int_equal(groups[0].figures.target, 450000);
    assert_int_equal(groups[0].figures.forecast, 410000); /* 290,000 + 120,000 */
    assert_string_equal(savings_bases_name(groups[0].bases), "mixed");
    n = savings_group_totals(lines, 2, years, 6, SAVINGS_BY_FY, 0, groups);
    assert_int_equal(n, 3);
    for (size_t g = 0; g < 3; g++)
        assert_int_equal(groups[g].figures.target, 150000);
    assert_int_equal(groups[2].figures.forecast, 110000); /* 90,000 + (120,000 - 100,000) */
    /* The run rate in 2026/27: INC's figure that year, CUM's run rate reached. */
    int fy = 0;
    savings_figures rate = savings_run_rate(lines, 2, years, 6, 0, NULL, &fy);
    assert_int_equal(fy, 2026);
    assert_int_equal(rate.forecast, 90000 + 120000);
}

/* A cumulative line's run rate stays once reached: CUM reaches 200 in
 * 2025/26 and has no 2026/27 figure; INC has 50 in 2026/27, the final year.
 * The run rate is 200 + 50 = 250; an incremental line whose years stop
 * before the final year adds nothing, as before. */
static void a_cumulative_run_rate_stays_after_its_profile_ends(void **state)
{
    (void)state;
    savings_line lines[3] = {
        {"CUM", "", "", "Run rate", "", "", ORIGIN_EXISTING, SAVINGS_ON_TRACK, BASIS_CUMULATIVE},
        {"INC", "", "", "New each year", "", "", ORIGIN_EXISTING, SAVINGS_ON_TRACK, BASIS_INCREMENTAL},
        {"OLD", "", "", "Ended early", "", "", ORIGIN_EXISTING, SAVINGS_ON_TRACK, BASIS_INCREMENTAL},
    };
#define U MONEY_UNKNOWN
    savings_year years[4] = {
        {0, 2024, {100, U, 100, U}},
        {0, 2025, {200, U, 200, U}},
        {1, 2026, {50, U, 50, U}},
        {2, 2024, {7, U, 7, U}},
    };
#undef U
    int fy = 0;
    savings_figures rate = savings_run_rate(lines, 3, years, 4, 0, NULL, &fy);
    assert_int_equal(fy, 2026);
    assert_int_equal(rate.forecast, 250);
    assert_int_equal(savings_run_rate(lines, 3, years, 4, 0, "CUM", NULL).forecast, 200);
    assert_int_equal(savings_run_rate(lines, 3, years, 4, 0, "OLD", NULL).forecast, MONEY_UNKNOWN);
}

/* A cumulative step is from the line's latest earlier figure of that
 * measure: a target of 100 in 2024/25, none in 2025/26, 300 in 2026/27 is a
 * step of 200; a year without the figure has no new saving of it. */
static void a_cumulative_step_passes_over_a_blank_year(void **state)
{
    (void)state;
#define U MONEY_UNKNOWN
    savings_year years[3] = {{0, 2024, {100, U, U, U}}, {0, 2025, {U, U, 40, U}}, {0, 2026, {300, U, 90, U}}};
#undef U
    savings_figures step = savings_year_new(BASIS_CUMULATIVE, years, 3, 2);
    assert_int_equal(step.target, 200);
    assert_int_equal(step.forecast, 50);
    step = savings_year_new(BASIS_CUMULATIVE, years, 3, 1);
    assert_int_equal(step.target, MONEY_UNKNOWN);
    assert_int_equal(step.forecast, 40);
    assert_int_equal(savings_year_new(BASIS_INCREMENTAL, years, 3, 2).target, 300);
}

/* Nottinghamshire's Figure 1 (seed 000) with its "Future years" as the later
 * bucket: Column C is 712 + 5,414 + 7,878 + 6,219 = 20,223 (£'000); the
 * later years are counted in totals and shown after the named years, but
 * the run rate's final year is the last named one, 2020/21. */
static void later_years_are_counted_but_never_the_final_year(void **state)
{
    (void)state;
    savings_line line = {"NCS-C",          "", "", "Column C", "", "", ORIGIN_PARTNER, SAVINGS_PLANNED,
                         BASIS_INCREMENTAL};
#define U MONEY_UNKNOWN
    savings_year years[4] = {{0, 2018, {712000, U, U, U}},
                             {0, 2019, {5414000, U, U, U}},
                             {0, 2020, {7878000, U, 7800000, U}},
                             {0, FY_LATER, {6219000, U, 6000000, U}}};
#undef U
    assert_int_equal(savings_line_value(&line, 0, years, 4, 0).target, 20223000);
    assert_int_equal(savings_final_fy(&line, 1, years, 4, 0), 2020);
    assert_int_equal(savings_run_rate(&line, 1, years, 4, 0, NULL, NULL).forecast, 7800000);
    savings_group groups[5];
    size_t n = savings_group_totals(&line, 1, years, 4, SAVINGS_BY_FY, 0, groups);
    assert_int_equal(n, 4);
    assert_int_equal(groups[3].fy, FY_LATER);
    assert_int_equal(groups[3].figures.target, 6219000);
    /* Cumulative, the later years are the run rate reached after: a step too. */
    line.basis = BASIS_CUMULATIVE;
    assert_int_equal(savings_year_new(BASIS_CUMULATIVE, years, 4, 3).target, 6219000 - 7878000);
    assert_int_equal(savings_line_value(&line, 0, years, 4, 0).target, 6219000);
}

static void basis_names_parse(void **state)
{
    (void)state;
    savings_basis basis;
    assert_true(savings_basis_parse("Cumulative", &basis));
    assert_int_equal(basis, BASIS_CUMULATIVE);
    assert_true(savings_basis_parse("incremental", &basis));
    assert_int_equal(basis, BASIS_INCREMENTAL);
    assert_false(savings_basis_parse("run rate", &basis));
    assert_string_equal(savings_basis_name(BASIS_CUMULATIVE), "cumulative");
    assert_string_equal(savings_bases_name(0), "");
    assert_string_equal(savings_bases_name(1u << BASIS_INCREMENTAL), "incremental");
    savings_row_kind kind;
    assert_true(savings_row_kind_parse("Cost", &kind));
    assert_int_equal(kind, ROW_COST);
    assert_true(savings_row_kind_parse("Net", &kind));
    assert_int_equal(kind, ROW_NET);
    assert_false(savings_row_kind_parse("total", &kind));
}

/* A small programme for the recurrent run rate, worked by hand:
 *   P1 partner, on track:  2026/27 forecast 1,000,000; 2027/28 forecast 1,500,000 (target 1,600,000)
 *   E1 existing, at risk:  2026/27 forecast   400,000; 2027/28 forecast   300,000 (target   500,000)
 *   B1 existing, planned:  2027/28 target 200,000, forecast blank
 *   V1 overlap (counted in P1): 2027/28 and 2028/29 forecast 250,000
 *   D1 existing, dropped:  2029/30 target and forecast 100
 * Counted lines are P1, E1 and B1 (the overlap is in P1 already; the dropped
 * line delivers nothing).  Their last year with figures is 2027/28. */
static const savings_line run_rate_lines[5] = {
    {"B1", "Reviews", "", "Blank forecast", "", "", ORIGIN_EXISTING, SAVINGS_PLANNED, BASIS_INCREMENTAL},
    {"D1", "Reviews", "", "Dropped idea", "", "", ORIGIN_EXISTING, SAVINGS_DROPPED, BASIS_INCREMENTAL},
    {"E1", "Reviews", "", "Existing plan", "", "", ORIGIN_EXISTING, SAVINGS_AT_RISK, BASIS_INCREMENTAL},
    {"P1", "Reablement", "", "Partner proposal", "", "", ORIGIN_PARTNER, SAVINGS_ON_TRACK, BASIS_INCREMENTAL},
    {"V1", "Reablement", "", "Council plan in P1's scope", "", "", ORIGIN_OVERLAP, SAVINGS_ON_TRACK,
     BASIS_INCREMENTAL},
};
#define U MONEY_UNKNOWN
static const savings_year run_rate_years[8] = {
    {0, 2027, {200000, U, U, U}},      {1, 2029, {100, U, 100, U}},   {2, 2026, {U, U, 400000, U}},
    {2, 2027, {500000, U, 300000, U}}, {3, 2026, {U, U, 1000000, U}}, {3, 2027, {1600000, U, 1500000, U}},
    {4, 2027, {U, U, 250000, U}},      {4, 2028, {U, U, 250000, U}},
};
#undef U

static void run_rate_is_the_counted_lines_forecast_in_the_final_year(void **state)
{
    (void)state;
    int fy = 0;
    assert_int_equal(savings_final_fy(run_rate_lines, 5, run_rate_years, 8, 0), 2027);
    savings_figures rate = savings_run_rate(run_rate_lines, 5, run_rate_years, 8, 0, NULL, &fy);
    assert_int_equal(fy, 2027);
    /* P1 1,500,000 + E1 300,000 + B1 nothing = 1,800,000 */
    assert_int_equal(rate.forecast, 1800000);
    /* targets 1,600,000 + 500,000 + 200,000 = 2,300,000 */
    assert_int_equal(rate.target, 2300000);
    /* one line's share, as the KPIs set it beside their benefit */
    assert_int_equal(savings_run_rate(run_rate_lines, 5, run_rate_years, 8, 0, "P1", &fy).forecast, 1500000);
    assert_int_equal(fy, 2027);
    assert_int_equal(savings_run_rate(run_rate_lines, 5, run_rate_years, 8, 0, "E1", NULL).forecast, 300000);
    assert_true(savings_run_rate(run_rate_lines, 5, run_rate_years, 8, 0, "NONE", NULL).forecast ==
                MONEY_UNKNOWN);
}

static void a_dropped_line_with_a_later_year_moves_neither_the_year_nor_the_rate(void **state)
{
    (void)state;
    /* D1's 2029/30 is the data's last year, but D1 is dropped: still 2027/28's 1,800,000 */
    int fy = 0;
    assert_false(savings_counts_in_run_rate(&run_rate_lines[1]));
    assert_int_equal(savings_run_rate(run_rate_lines, 5, run_rate_years, 8, 0, NULL, &fy).forecast, 1800000);
    assert_int_equal(fy, 2027);
    /* and D1 has no share of it */
    assert_true(savings_run_rate(run_rate_lines, 5, run_rate_years, 8, 0, "D1", NULL).forecast ==
                MONEY_UNKNOWN);
    /* a dropped line in the final year adds nothing either: 2029/30 has no counted figures */
    assert_true(savings_run_rate(run_rate_lines, 5, run_rate_years, 8, 2029, NULL, &fy).forecast ==
                MONEY_UNKNOWN);
    assert_int_equal(fy, 2029);
}

static void an_overlap_line_is_left_out_of_the_run_rate(void **state)
{
    (void)state;
    /* V1's 2028/29 does not make 2028/29 the final year, and its 2027/28
     * 250,000 is not added to 1,800,000 (it is inside P1's 1,500,000) */
    assert_false(savings_counts_in_run_rate(&run_rate_lines[4]));
    assert_true(savings_counts_in_run_rate(&run_rate_lines[3]));
    int fy = 0;
    assert_int_equal(savings_run_rate(run_rate_lines, 5, run_rate_years, 8, 0, NULL, &fy).forecast, 1800000);
    assert_int_equal(fy, 2027);
    /* 2028/29 holds only V1: no counted line has a figure, so none */
    assert_true(savings_run_rate(run_rate_lines, 5, run_rate_years, 8, 2028, NULL, &fy).forecast ==
                MONEY_UNKNOWN);
    assert_int_equal(fy, 2028);
}

static void a_blank_forecast_in_the_final_year_adds_nothing(void **state)
{
    (void)state;
    /* B1 alone in 2027/28: a target of 200,000 and no forecast: the run rate
     * is 0, not none, for a counted line has a figure that year */
    int fy = 0;
    savings_figures rate = savings_run_rate(run_rate_lines, 5, run_rate_years, 8, 0, "B1", &fy);
    assert_int_equal(rate.forecast, 0);
    assert_int_equal(rate.target, 200000);
    assert_int_equal(fy, 2027);
    /* the same over a programme of B1 only (the first line and year) */
    rate = savings_run_rate(run_rate_lines, 1, run_rate_years, 1, 0, NULL, &fy);
    assert_int_equal(rate.forecast, 0);
    assert_int_equal(fy, 2027);
    /* and a year of no figures at all is no year: a row of blanks after 2027/28 */
    savings_year blank[2] = {{0, 2027, {200000, MONEY_UNKNOWN, 50000, MONEY_UNKNOWN}},
                             {0, 2028, {MONEY_UNKNOWN, MONEY_UNKNOWN, MONEY_UNKNOWN, MONEY_UNKNOWN}}};
    assert_int_equal(savings_final_fy(run_rate_lines, 1, blank, 2, 0), 2027);
    assert_int_equal(savings_run_rate(run_rate_lines, 1, blank, 2, 0, NULL, NULL).forecast, 50000);
}

static void an_explicit_final_fy_earlier_than_the_data_is_the_run_rate_year(void **state)
{
    (void)state;
    /* final_fy = 2026/27: P1 1,000,000 + E1 400,000 = 1,400,000; 2027/28 is left out */
    int fy = 0;
    assert_int_equal(savings_final_fy(run_rate_lines, 5, run_rate_years, 8, 2026), 2026);
    assert_int_equal(savings_run_rate(run_rate_lines, 5, run_rate_years, 8, 2026, NULL, &fy).forecast,
                     1400000);
    assert_int_equal(fy, 2026);
    assert_int_equal(savings_run_rate(run_rate_lines, 5, run_rate_years, 8, 2026, "P1", NULL).forecast,
                     1000000);
    /* B1 has nothing in 2026/27: no share */
    assert_true(savings_run_rate(run_rate_lines, 5, run_rate_years, 8, 2026, "B1", NULL).forecast ==
                MONEY_UNKNOWN);
    /* a final year before any figures: none */
    assert_true(savings_run_rate(run_rate_lines, 5, run_rate_years, 8, 2020, NULL, &fy).forecast ==
                MONEY_UNKNOWN);
    assert_int_equal(fy, 2020);
}

static void no_lines_give_no_run_rate(void **state)
{
    (void)state;
    int fy = -1;
    assert_int_equal(savings_final_fy(NULL, 0, NULL, 0, 0), 0);
    savings_figures rate = savings_run_rate(NULL, 0, NULL, 0, 0, NULL, &fy);
    assert_true(rate.forecast == MONEY_UNKNOWN);
    assert_true(rate.target == MONEY_UNKNOWN);
    assert_int_equal(fy, 0);
    /* a final year given, still nothing in it */
    assert_true(savings_run_rate(NULL, 0, NULL, 0, 2027, NULL, &fy).forecast == MONEY_UNKNOWN);
    assert_int_equal(fy, 2027);
    /* only lines that do not count: the dropped and overlap lines alone */
    assert_int_equal(savings_final_fy(&run_rate_lines[1], 1, &run_rate_years[1], 1, 0), 0);
}

static void gap_and_delivery_pct(void **state)
{
    (void)state;
    /* Rotherham (seed 003): Review of all community care packages, £1,812k to
     * deliver; suppose £1,450k forecast: gap £362k, delivery 80.0% (amber). */
    savings_figures f = {1812000, MONEY_UNKNOWN, 1450000, MONEY_UNKNOWN};
    assert_int_equal(savings_gap(&f), 362000);
    assert_decimal("80.0", savings_delivery_pct(&f));
    assert_int_equal(savings_rag(SAVINGS_ON_TRACK, &f, defaults), RAG_AMBER);
    /* nothing forecast yet: the whole target is the gap, no delivery %, no RAG */
    savings_figures unforecast = {500000, MONEY_UNKNOWN, MONEY_UNKNOWN, MONEY_UNKNOWN};
    assert_int_equal(savings_gap(&unforecast), 500000);
    assert_false(savings_delivery_pct(&unforecast).defined);
    assert_int_equal(savings_rag(SAVINGS_PLANNED, &unforecast, defaults), RAG_NONE);
    /* forecast over target: negative gap */
    savings_figures over = {100000, MONEY_UNKNOWN, 120000, MONEY_UNKNOWN};
    assert_int_equal(savings_gap(&over), -20000);
    assert_decimal("120.0", savings_delivery_pct(&over));
    savings_figures no_target = savings_figures_unknown();
    assert_true(savings_gap(&no_target) == MONEY_UNKNOWN);
}

static void rag_bands_with_blue_and_grey(void **state)
{
    (void)state;
    savings_figures green = {1000000, MONEY_UNKNOWN, 950000, MONEY_UNKNOWN}; /* 95.0% */
    /* 94.9999% is shown as 95.0%, and rated as shown, so the colour never
     * contradicts the figure beside it */
    savings_figures shown_as_95 = {1000000, MONEY_UNKNOWN, 949999, MONEY_UNKNOWN};
    savings_figures edge = {1000000, MONEY_UNKNOWN, 800000, MONEY_UNKNOWN}; /* 80.0% */
    savings_figures red = {1000000, MONEY_UNKNOWN, 799000, MONEY_UNKNOWN};  /* 79.9% */
    assert_int_equal(savings_rag(SAVINGS_ON_TRACK, &green, defaults), RAG_GREEN);
    assert_int_equal(savings_rag(SAVINGS_ON_TRACK, &shown_as_95, defaults), RAG_GREEN);
    assert_int_equal(savings_rag(SAVINGS_AT_RISK, &edge, defaults), RAG_AMBER);
    assert_int_equal(savings_rag(SAVINGS_SLIPPED, &red, defaults), RAG_RED);
    assert_int_equal(savings_rag(SAVINGS_DELIVERED, &red, defaults), RAG_BLUE);
    assert_int_equal(savings_rag(SAVINGS_DROPPED, &green, defaults), RAG_GREY);
    savings_thresholds strict = {100, 90};
    assert_int_equal(savings_rag(SAVINGS_ON_TRACK, &green, strict), RAG_AMBER);
}

static void status_and_origin_names_parse(void **state)
{
    (void)state;
    savings_status status;
    assert_true(savings_status_parse("On Track", &status));
    assert_int_equal(status, SAVINGS_ON_TRACK);
    assert_true(savings_status_parse("at_risk", &status));
    assert_int_equal(status, SAVINGS_AT_RISK);
    assert_true(savings_status_parse("Complete", &status));
    assert_int_equal(status, SAVINGS_DELIVERED);
    assert_false(savings_status_parse("maybe", &status));
    for (int i = 0; i < SAVINGS_STATUS_COUNT; i++) {
        assert_true(savings_status_parse(savings_status_name((savings_status)i), &status));
        assert_int_equal(status, i);
    }
    savings_origin origin;
    assert_true(savings_origin_parse("Overlap", &origin));
    assert_int_equal(origin, ORIGIN_OVERLAP);
    assert_false(savings_origin_parse("council", &origin));
    assert_false(savings_counts_in_totals(ORIGIN_OVERLAP));
    assert_true(savings_counts_in_totals(ORIGIN_PARTNER));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(somerset_opportunity_matrix_totals_by_cohort),
        cmocka_unit_test(kent_phase_two_target_and_stretch_totals),
        cmocka_unit_test(nottinghamshire_profile_counts_overlap_once),
        cmocka_unit_test(somerset_run_rate_is_the_last_financial_year),
        cmocka_unit_test(somerset_cumulative_profile_is_worth_its_last_year),
        cmocka_unit_test(a_mixed_programme_counts_each_line_by_its_basis),
        cmocka_unit_test(a_cumulative_run_rate_stays_after_its_profile_ends),
        cmocka_unit_test(a_cumulative_step_passes_over_a_blank_year),
        cmocka_unit_test(later_years_are_counted_but_never_the_final_year),
        cmocka_unit_test(basis_names_parse),
        cmocka_unit_test(run_rate_is_the_counted_lines_forecast_in_the_final_year),
        cmocka_unit_test(a_dropped_line_with_a_later_year_moves_neither_the_year_nor_the_rate),
        cmocka_unit_test(an_overlap_line_is_left_out_of_the_run_rate),
        cmocka_unit_test(a_blank_forecast_in_the_final_year_adds_nothing),
        cmocka_unit_test(an_explicit_final_fy_earlier_than_the_data_is_the_run_rate_year),
        cmocka_unit_test(no_lines_give_no_run_rate),
        cmocka_unit_test(gap_and_delivery_pct),
        cmocka_unit_test(rag_bands_with_blue_and_grey),
        cmocka_unit_test(status_and_origin_names_parse),
    };
    return cmocka_run_group_tests_name("savings", tests, NULL, NULL);
}
