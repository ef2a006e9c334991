/* Declared totals: which rows are totals, what they cover, and the precision
 * each is checked to. */
#include "test.h"

#include <string.h>

#include "totals.h"

static void total_labels_are_recognised_as_words(void **state)
{
    (void)state;
    assert_true(totals_label_is_total("Older Adults Total"));           /* Somerset */
    assert_true(totals_label_is_total("TOTAL TO BE DELIVERED"));        /* Nottingham City */
    assert_true(totals_label_is_total("Totals"));                       /* Nottinghamshire */
    assert_true(totals_label_is_total("  Opportunity Matrix Total  ")); /* spaces around */
    assert_true(totals_label_is_total("total"));
    assert_false(totals_label_is_total("Totally new service"));
    assert_false(totals_label_is_total("Subtotalled care"));
    assert_false(totals_label_is_total("Short term beds"));
    assert_false(totals_label_is_total(""));
    assert_false(totals_label_is_total(NULL));
}

typedef struct {
    bool is_total;
    const char *label, *cohort, *workstream;
    const char *target, *stretch;
} row_text;

/* Build rows with two value columns (target, stretch) from money text. */
static size_t build(const row_text *in, size_t n, totals_row *rows, money values[][2], money resolutions[][2])
{
    for (size_t i = 0; i < n; i++) {
        const char *cells[2] = {in[i].target, in[i].stretch};
        for (int c = 0; c < 2; c++) {
            money_parsed parsed;
            assert_true(money_parse(cells[c], 1, &parsed, NULL));
            values[i][c] = parsed.value;
            resolutions[i][c] = parsed.resolution;
        }
        memset(&rows[i], 0, sizeof rows[i]);
        rows[i].is_total = in[i].is_total;
        rows[i].label = in[i].label;
        rows[i].cohort = in[i].cohort;
        rows[i].workstream = in[i].workstream;
        rows[i].values = values[i];
        rows[i].resolutions = resolutions[i];
        rows[i].total = MONEY_UNKNOWN;
    }
    return n;
}

/* Somerset (seed 001) Table 2, with its subtotal rows: every one agrees, at
 * the precision it is printed to (£0.1M).  "Working Age Adults Total" names
 * the cohort Working Age. */
static void somerset_matrix_subtotals_all_agree(void **state)
{
    (void)state;
    static const row_text matrix[] = {
        {false, "ODM (Older People)", "Older Adults", "", "£1.8M", "£2.2M"},
        {false, "Reablement capacity", "Older Adults", "", "£6.7M", "£8.1m"},
        {false, "Reablement effectiveness", "Older Adults", "", "£2.8M", "£3.3M"},
        {true, "Older Adults Total", "", "", "£11.3M", "£13.6M"},
        {false, "Transitions", "Working Age", "", "£0.4M", "£0.6M"},
        {false, "ODM", "Working Age", "", "£0.2M", "£0.3M"},
        {false, "Progression / enablement", "Working Age", "", "£2.0M", "£2.4M"},
        {true, "Working Age Adults Total", "", "", "£2.6M", "£3.3M"},
        {false, "ODM (MH, PD, other)", "All Adults", "", "£0.3M", "£0.3M"},
        {true, "All Adults Total", "", "", "£0.3M", "£0.3M"},
        {true, "Opportunity Matrix Total", "", "", "£14.2M", "£17.2M"},
    };
    totals_row rows[11];
    money values[11][2], resolutions[11][2];
    size_t n = build(matrix, 11, rows, values, resolutions);
    total_finding findings[8];
    assert_int_equal(totals_reconcile(rows, n, 2, findings, 8), 0);
}

/* A subtotal printed as £11.4M where the lines add to £11.3M is found, and
 * so is a grand total one unit off. */
static void a_wrong_subtotal_is_found_with_its_figures(void **state)
{
    (void)state;
    static const row_text matrix[] = {
        {false, "ODM (Older People)", "Older Adults", "", "£1.8M", "£2.2M"},
        {false, "Reablement capacity", "Older Adults", "", "£6.7M", "£8.1m"},
        {false, "Reablement effectiveness", "Older Adults", "", "£2.8M", "£3.3M"},
        {true, "Older Adults Total", "", "", "£11.4M", "£13.6M"},
        {true, "Total", "", "", "£11.3M", "£13.7M"},
    };
    totals_row rows[5];
    money values[5][2], resolutions[5][2];
    size_t n = build(matrix, 5, rows, values, resolutions);
    total_finding findings[8];
    assert_int_equal(totals_reconcile(rows, n, 2, findings, 8), 2);
    assert_int_equal(findings[0].row, 3);
    assert_int_equal(findings[0].column, 0);
    assert_int_equal(findings[0].declared, 11400000);
    assert_int_equal(findings[0].computed, 11300000);
    assert_int_equal(findings[1].row, 4);
    assert_int_equal(findings[1].column, 1);
    assert_int_equal(findings[1].declared, 13700000);
    assert_int_equal(findings[1].computed, 13600000);
}

/* "£11.3M" agrees with £11.25M..£11.35M: a sum of £11.34M passes, £11.36M does not. */
static void precision_is_half_the_last_digit(void **state)
{
    (void)state;
    static const row_text close[] = {
        {false, "A", "X", "", "£11,340,000", ""},
        {true, "X Total", "", "", "£11.3M", ""},
    };
    static const row_text far[] = {
        {false, "A", "X", "", "£11,360,000", ""},
        {true, "X Total", "", "", "£11.3M", ""},
    };
    totals_row rows[2];
    money values[2][2], resolutions[2][2];
    total_finding findings[4];
    build(close, 2, rows, values, resolutions);
    assert_int_equal(totals_reconcile(rows, 2, 2, findings, 4), 0);
    build(far, 2, rows, values, resolutions);
    assert_int_equal(totals_reconcile(rows, 2, 2, findings, 4), 1);
}

/* A total row that names no group covers every line above it only. */
static void an_unnamed_total_covers_the_lines_above(void **state)
{
    (void)state;
    static const row_text table[] = {
        {false, "A", "", "", "100", ""},
        {false, "B", "", "", "200", ""},
        {true, "TOTAL TO BE DELIVERED", "", "", "300", ""},
        {false, "C", "", "", "400", ""},
    };
    totals_row rows[4];
    money values[4][2], resolutions[4][2];
    build(table, 4, rows, values, resolutions);
    total_finding findings[4];
    assert_int_equal(totals_reconcile(rows, 4, 2, findings, 4), 0);
}

/* A total column: Nottingham City's first row, 13.109 declared for 13.430. */
static void a_total_column_declares_its_own_row(void **state)
{
    (void)state;
    money values[4] = {2428000, 2875000, 3947000, 4180000};
    money resolutions[4] = {1000, 1000, 1000, 1000};
    totals_row row = {false,      "Financial savings approved in November 2021",
                      "",         "",
                      0,          0,
                      values,     resolutions,
                      13109000,   1000,
                      ROW_SAVING, false,
                      NULL};
    total_finding finding;
    assert_int_equal(totals_reconcile(&row, 1, 4, &finding, 1), 1);
    assert_int_equal(finding.column, -1);
    assert_int_equal(finding.computed, 13430000);
    row.total = 13430000;
    assert_int_equal(totals_reconcile(&row, 1, 4, &finding, 1), 0);
}

/* Lines and a total match on measure (wide form) and FY (long form). */
static void totals_match_measure_and_year(void **state)
{
    (void)state;
    money v[4][1] = {{100}, {50}, {100}, {150}};
    money r[4][1] = {{1}, {1}, {1}, {1}};
    totals_row rows[4] = {
        {false, "A", "", "", 2024, 0, v[0], r[0], MONEY_UNKNOWN, 1, ROW_SAVING, false, NULL},
        {false, "A", "", "", 2025, 0, v[1], r[1], MONEY_UNKNOWN, 1, ROW_SAVING, false, NULL},
        {true, "Total 2024/25", "", "", 2024, 0, v[2], r[2], MONEY_UNKNOWN, 1, ROW_SAVING, false, NULL},
        {true, "Total", "", "", 0, 0, v[3], r[3], MONEY_UNKNOWN, 1, ROW_SAVING, false, NULL},
    };
    total_finding findings[4];
    assert_int_equal(totals_reconcile(rows, 4, 1, findings, 4), 0);
    rows[1].measure = 2; /* the 2025 row is a forecast now: the all-years total no longer adds up */
    assert_int_equal(totals_reconcile(rows, 4, 1, findings, 4), 1);
    assert_int_equal(findings[0].computed, 100);
}

/* What a row is by its name (Nottingham City, seed 002): the staffing
 * resources are a cost, the "(net)" row a net subtotal, the rest savings;
 * a name that names a cost and a saving ("Cost avoidance") is a saving. */
static void rows_are_costs_and_nets_by_their_names(void **state)
{
    (void)state;
    assert_int_equal(totals_label_kind("On going resources (staffing requirement)"), ROW_COST);
    assert_int_equal(totals_label_kind("Financial savings approved in February 2022 (net)"), ROW_NET);
    assert_int_equal(totals_label_kind("Gross financial savings February 2022"), ROW_SAVING);
    assert_int_equal(totals_label_kind("Financial savings approved in November 2021"), ROW_SAVING);
    assert_int_equal(totals_label_kind("Investment in reablement"), ROW_COST);
    assert_int_equal(totals_label_kind("Implementation costs"), ROW_COST);
    assert_int_equal(totals_label_kind("Cost avoidance in placements"), ROW_SAVING);
    assert_int_equal(totals_label_kind("Reduced cost of homecare"), ROW_SAVING);
    assert_int_equal(totals_label_kind("Savings net"), ROW_NET);
    assert_int_equal(totals_label_kind("Internet access for carers"), ROW_SAVING);
    /* a line about costs is not a cost: only a name that is of costs or resources */
    assert_int_equal(totals_label_kind("High cost placements review"), ROW_SAVING);
    assert_int_equal(totals_label_kind("Care home costs review"), ROW_SAVING);
    assert_int_equal(totals_label_kind("Community resources review"), ROW_SAVING);
    assert_int_equal(totals_label_kind("Transformation team costs"), ROW_COST);
    assert_int_equal(totals_label_kind("Programme resources."), ROW_COST);
    assert_int_equal(totals_label_kind("Resourceful communities"), ROW_SAVING);
    assert_int_equal(totals_label_kind(NULL), ROW_SAVING);
}

/* Nottingham City's table (seed 002, §4), £m, after --negate (savings
 * positive; the cost, printed positive, a cost whatever its sign):
 *   NCC-1  2.428 2.875 3.947 4.180   printed total 13.109 (sum 13.430)
 *   NCC-2  0.226 0.885 1.416 2.073   printed total  4.650 (sum  4.600)
 *   NCC-3  cost  0.372 0.372 0.372   printed total  1.116 (agrees)
 *   NCC-4  net   0.226 0.513 1.044 1.701  printed 3.534 (sum 3.484)
 *   TOTAL        2.654 3.388 4.991 5.881  printed 16.914 (agrees)
 * The net row is NCC-2 (named gross) less the cost: 0.226, 0.885 - 0.372 =
 * 0.513, 1.044, 1.701: it agrees.  The TOTAL is NCC-1 + NCC-2 less the cost:
 * 2.654, 3.388, 4.991, 5.881: it agrees.  Exactly three findings: the three
 * row totals. */
static void nottingham_city_costs_and_net_rows(void **state)
{
    (void)state;
    money v[5][4] = {
        {2428000, 2875000, 3947000, 4180000},    {226000, 885000, 1416000, 2073000},
        {MONEY_UNKNOWN, 372000, 372000, 372000}, {226000, 513000, 1044000, 1701000},
        {2654000, 3388000, 4991000, 5881000},
    };
    money r[5][4];
    for (int i = 0; i < 5; i++)
        for (int c = 0; c < 4; c++)
            r[i][c] = 1000;
    totals_row rows[5] = {
        {false, "Financial savings approved in November 2021", "", "", 0, 0, v[0], r[0], 13109000, 1000,
         ROW_SAVING, false, NULL},
        {false, "Gross financial savings February 2022", "", "", 0, 0, v[1], r[1], 4650000, 1000, ROW_SAVING,
         false, NULL},
        {false, "On going resources (staffing requirement)", "", "", 0, 0, v[2], r[2], 1116000, 1000,
         ROW_COST, false, NULL},
        {false, "Financial savings approved in February 2022 (net)", "", "", 0, 0, v[3], r[3], 3534000, 1000,
         ROW_NET, false, NULL},
        {true, "TOTAL TO BE DELIVERED", "", "", 0, 0, v[4], r[4], 16914000, 1000, ROW_SAVING, false, NULL},
    };
    total_finding findings[8];
    assert_int_equal(totals_reconcile(rows, 5, 4, findings, 8), 3);
    assert_int_equal(findings[0].row, 0);
    assert_int_equal(findings[0].computed, 13430000);
    assert_int_equal(findings[1].row, 1);
    assert_int_equal(findings[1].computed, 4600000);
    assert_int_equal(findings[2].row, 3);
    assert_int_equal(findings[2].column, -1);
    assert_int_equal(findings[2].computed, 3484000);
    /* Counted as a line, the net row would make the TOTAL's 2022/23 £2,880,000. */
    rows[3].kind = ROW_SAVING;
    assert_int_equal(totals_reconcile(rows, 5, 4, findings, 8), 3 + 4);
    assert_int_equal(findings[3].computed, 2880000);
}

/* A total that says it is gross leaves the costs out; a net row covers the
 * lines and costs back to the last net row, past totals, and one that is
 * not the gross less the costs is found: 100 + 50 - 30 = 120, not 125. */
static void gross_totals_and_wrong_nets(void **state)
{
    (void)state;
    money v[5][1] = {{100}, {50}, {150}, {30}, {125}};
    money r[5][1] = {{1}, {1}, {1}, {1}, {1}};
    totals_row rows[5] = {
        {false, "Reablement", "", "", 0, 0, v[0], r[0], MONEY_UNKNOWN, 1, ROW_SAVING, false, NULL},
        {false, "Reviews", "", "", 0, 0, v[1], r[1], MONEY_UNKNOWN, 1, ROW_SAVING, false, NULL},
        {true, "Gross savings total", "", "", 0, 0, v[2], r[2], MONEY_UNKNOWN, 1, ROW_SAVING, false, NULL},
        {false, "Project team", "", "", 0, 0, v[3], r[3], MONEY_UNKNOWN, 1, ROW_COST, false, NULL},
        {false, "Savings after the team (net)", "", "", 0, 0, v[4], r[4], MONEY_UNKNOWN, 1, ROW_NET, false,
         NULL},
    };
    total_finding findings[4];
    assert_int_equal(totals_reconcile(rows, 5, 1, findings, 4), 1);
    assert_int_equal(findings[0].row, 4);
    assert_int_equal(findings[0].computed, 120);
    v[4][0] = 120;
    assert_int_equal(totals_reconcile(rows, 5, 1, findings, 4), 0);
    rows[2].label = "Total savings"; /* not gross: it is checked less the costs above it - none */
    assert_int_equal(totals_reconcile(rows, 5, 1, findings, 4), 0);
    rows[3] = rows[2];
    rows[2] = (totals_row){false, "Project team", "", "",       0,     0,   v[3],
                           r[3],  MONEY_UNKNOWN,  1,  ROW_COST, false, NULL};
    /* with the cost above it, "Total savings" is 100 + 50 - 30 = 120, not 150 */
    assert_int_equal(totals_reconcile(rows, 5, 1, findings, 4), 1);
    assert_int_equal(findings[0].row, 3);
    assert_int_equal(findings[0].computed, 120);
}

/* A cumulative row's total column is its last year (by FY, not by column):
 * Somerset's profile with a total of £14.2m agrees; 37.9 would not. */
static void a_cumulative_rows_total_is_its_last_year(void **state)
{
    (void)state;
    money values[4] = {10400000, 200000, 13100000, 14200000}; /* columns out of order */
    money resolutions[4] = {100000, 100000, 100000, 100000};
    static const int fys[4] = {2024, 2023, 2025, 2026};
    totals_row row = {false,       "Benefits profile", "",     "",         0,    0,  values,
                      resolutions, 14200000,           100000, ROW_SAVING, true, fys};
    total_finding finding;
    assert_int_equal(totals_reconcile(&row, 1, 4, &finding, 1), 0);
    row.total = 37900000;
    assert_int_equal(totals_reconcile(&row, 1, 4, &finding, 1), 1);
    assert_int_equal(finding.computed, 14200000);
    row.cumulative = false;
    assert_int_equal(totals_reconcile(&row, 1, 4, &finding, 1), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(total_labels_are_recognised_as_words),
        cmocka_unit_test(somerset_matrix_subtotals_all_agree),
        cmocka_unit_test(a_wrong_subtotal_is_found_with_its_figures),
        cmocka_unit_test(precision_is_half_the_last_digit),
        cmocka_unit_test(an_unnamed_total_covers_the_lines_above),
        cmocka_unit_test(a_total_column_declares_its_own_row),
        cmocka_unit_test(totals_match_measure_and_year),
        cmocka_unit_test(rows_are_costs_and_nets_by_their_names),
        cmocka_unit_test(nottingham_city_costs_and_net_rows),
        cmocka_unit_test(gross_totals_and_wrong_nets),
        cmocka_unit_test(a_cumulative_rows_total_is_its_last_year),
    };
    return cmocka_run_group_tests_name("totals", tests, NULL, NULL);
}
