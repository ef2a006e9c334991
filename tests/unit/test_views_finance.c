/* test_views_finance.c - the Bridge, KPIs, KPI values and Costs panels and
 * `assure report bridge` (its years, and --rows), `report kpis`, `report
 * kpi_values` and `report costs` show the same
 * cells, as both take their rows from the domain's views; figures worked by
 * hand from sample/programme.sql.  Run from the top of the tree. */
#include "text.h"
#include "views_fixture.h"

/* A screen row of the panel whose field holds text, of the year fy. */
static const table_row *screen_row_in(const fixture *f, int field, const char *text, const char *fy)
{
    for (size_t i = 0; i < f->panel.table.nrows; i++) {
        const table_row *r = &f->panel.table.rows[i];
        if (strcmp(r->cells[field].text, text) == 0 && strcmp(r->cells[BRIDGE_COL_FY].text, fy) == 0)
            return r;
    }
    fail_msg("no screen row %s in %s", text, fy);
    return NULL;
}

/* The bridge's rows on screen are those of report bridge --rows: the same
 * sections, amounts, positions and variances; and its years' summaries are
 * report bridge's years. */
static void bridge_rows_are_the_same_on_screen_and_in_the_report(void **state)
{
    fixture *f = *state;
    forget(f);
    build_panel(f, &bridge_panel, 0);
    run_report(f, "bridge", NULL, "--rows");
    char fy[16], name[256], buf[64], text[64];
    size_t lines = 0;
    for (size_t i = 1; i < f->ncsv; i++, lines++) {
        csv_field(f->csv[i], csv_column(f, "fy"), fy, sizeof fy);
        csv_field(f->csv[i], csv_column(f, "name"), name, sizeof name);
        const table_row *r = screen_row_in(f, BRIDGE_COL_NAME, name, fy);
        assert_int_equal(r->kind, ROW_LINE);
        assert_string_equal(r->cells[BRIDGE_COL_SECTION].text,
                            csv_field(f->csv[i], csv_column(f, "section"), buf, sizeof buf));
        static const struct {
            int column;
            const char *field;
        } figures[] = {{BRIDGE_COL_AMOUNT, "amount_gbp"}, {BRIDGE_COL_POSITION, "position_gbp"}};
        for (size_t c = 0; c < sizeof figures / sizeof figures[0]; c++)
            assert_string_equal(
                r->cells[figures[c].column].text,
                short_money(csv_money(csv_field(f->csv[i], csv_column(f, figures[c].field), buf, sizeof buf)),
                            text, sizeof text));
        screen_money_signed(text, sizeof text,
                            csv_money(csv_field(f->csv[i], csv_column(f, "variance_gbp"), buf, sizeof buf)));
        assert_string_equal(r->cells[BRIDGE_COL_VARIANCE].text, text);
    }
    size_t shown = 0;
    for (size_t i = 0; i < f->panel.table.nrows; i++)
        shown += f->panel.table.rows[i].kind == ROW_LINE;
    assert_int_equal(shown, lines);
    assert_int_equal(lines, 14); /* sample/programme.sql: 14 bridge rows */
    /* sample/programme.sql: 61,250,000 + 912,000 + 480,000 + 420,000 = 63,062,000 after the
     * agency overspend, 1,812,000 over the budget. */
    size_t agency_line = 0;
    for (size_t i = 1; i < f->ncsv; i++)
        if (strcmp(csv_field(f->csv[i], csv_column(f, "name"), name, sizeof name), "Agency social workers") ==
            0)
            agency_line = i;
    assert_true(agency_line > 0);
    assert_int_equal(
        csv_money(csv_field(f->csv[agency_line], csv_column(f, "position_gbp"), buf, sizeof buf)), 63062000);
    assert_int_equal(
        csv_money(csv_field(f->csv[agency_line], csv_column(f, "variance_gbp"), buf, sizeof buf)), 1812000);
    const table_row *agency = screen_row_in(f, BRIDGE_COL_NAME, "Agency social workers", "2026/27");
    assert_string_equal(agency->cells[BRIDGE_COL_POSITION].text, short_money(63062000, text, sizeof text));
    screen_money_signed(text, sizeof text, 1812000);
    assert_string_equal(agency->cells[BRIDGE_COL_VARIANCE].text, text);
    /* the years: forecast 63,977,000, variance +2,727,000; after 2026/27's actions (-600,000 -
     * 900,000) +1,227,000; 2027/28 carries it, and its -1,027,000 - 1,700,000 bring it to 0 */
    forget(f);
    build_panel(f, &bridge_panel, 0);
    run_report(f, "bridge", NULL, NULL);
    assert_int_equal(f->ncsv, 1 + 2);
    static const struct {
        const char *fy, *outturn, *after;
        money forecast, variance, revised;
    } years[] = {
        {"2026/27", "2026/27 forecast outturn", "2026/27 after planned actions", 63977000, 2727000, 1227000},
        {"2027/28", "2027/28 carries 2026/27's forecast outturn", "2027/28 after planned actions", 63977000,
         2727000, 0}};
    for (size_t y = 0; y < 2; y++) {
        const char *line = f->csv[1 + y];
        assert_string_equal(csv_field(line, csv_column(f, "fy"), buf, sizeof buf), years[y].fy);
        assert_int_equal(csv_money(csv_field(line, csv_column(f, "forecast_gbp"), buf, sizeof buf)),
                         years[y].forecast);
        assert_int_equal(csv_money(csv_field(line, csv_column(f, "variance_gbp"), buf, sizeof buf)),
                         years[y].variance);
        assert_int_equal(csv_money(csv_field(line, csv_column(f, "revised_variance_gbp"), buf, sizeof buf)),
                         years[y].revised);
        const table_row *outturn = screen_row_in(f, BRIDGE_COL_NAME, years[y].outturn, years[y].fy);
        assert_int_equal(outturn->kind, ROW_SUBTOTAL);
        assert_string_equal(outturn->cells[BRIDGE_COL_POSITION].text,
                            short_money(years[y].forecast, text, sizeof text));
        screen_money_signed(text, sizeof text, years[y].variance);
        assert_string_equal(outturn->cells[BRIDGE_COL_VARIANCE].text, text);
        const table_row *after = screen_row_in(f, BRIDGE_COL_NAME, years[y].after, years[y].fy);
        screen_money_signed(text, sizeof text, years[y].revised);
        assert_string_equal(after->cells[BRIDGE_COL_VARIANCE].text, text);
    }
}

/* The costs on screen are report costs' rows: the same kinds, FTE, costs a
 * year and costs. */
static void costs_are_the_same_on_screen_and_in_the_report(void **state)
{
    fixture *f = *state;
    forget(f);
    build_panel(f, &investment_panel, 0);
    run_report(f, "costs", NULL, NULL);
    char buf[256], text[64];
    size_t lines = 0;
    for (size_t i = 1; i < f->ncsv; i++, lines++) {
        const table_row *r = screen_row(f, ROW_LINE, INVESTMENT_COL_REF,
                                        csv_field(f->csv[i], csv_column(f, "ref"), buf, sizeof buf));
        static const int same[] = {INVESTMENT_COL_KIND, INVESTMENT_COL_NAME, INVESTMENT_COL_GRADE};
        for (size_t c = 0; c < sizeof same / sizeof same[0]; c++)
            assert_string_equal(
                r->cells[same[c]].text,
                csv_field(f->csv[i], csv_column(f, investment_view_columns[same[c]].field), buf, sizeof buf));
        static const int money_columns[] = {INVESTMENT_COL_COST_PA, INVESTMENT_COL_ONE_OFF,
                                            INVESTMENT_COL_COST};
        for (size_t c = 0; c < sizeof money_columns / sizeof money_columns[0]; c++)
            assert_string_equal(
                r->cells[money_columns[c]].text,
                short_money(csv_money(csv_field(
                                f->csv[i], csv_column(f, investment_view_columns[money_columns[c]].field),
                                buf, sizeof buf)),
                            text, sizeof text));
        /* FTE: 2.00 in the report is 2 on screen, blank is blank */
        csv_field(f->csv[i], csv_column(f, "fte"), buf, sizeof buf);
        text_trim_zeros(buf);
        assert_string_equal(r->cells[INVESTMENT_COL_FTE].text, buf);
    }
    assert_int_equal(lines, 6); /* sample/programme.sql: a fee, four posts and a licence */
    /* INV-03: 2 FTE, 106,636 a year for 2 years = 213,272 */
    const table_row *inv03 = screen_row(f, ROW_LINE, INVESTMENT_COL_REF, "INV-03");
    assert_string_equal(inv03->cells[INVESTMENT_COL_FTE].text, "2");
    assert_string_equal(inv03->cells[INVESTMENT_COL_COST].text, short_money(213272, text, sizeof text));
    /* the total: 1 + 2 + 1 + 2 = 6 FTE; 5,000,000 + 635,424 + 120,000 = 5,755,424 */
    const table_row *total = screen_row(f, ROW_TOTAL, INVESTMENT_COL_NAME, "Programme investment");
    assert_string_equal(total->cells[INVESTMENT_COL_FTE].text, "6");
    assert_string_equal(total->cells[INVESTMENT_COL_COST].text, short_money(5755424, text, sizeof text));
}

/* "9020.50" (or "-2.50") as hundredths. */
static int64_t csv_hundredths(const char *text)
{
    bool negative = text[0] == '-';
    const char *dot = strchr(text, '.');
    int64_t whole = strtoll(text + negative, NULL, 10), part = dot != NULL ? strtoll(dot + 1, NULL, 10) : 0;
    return (negative ? -1 : 1) * (whole * 100 + part);
}

/* A KPI figure of the report as the screen writes it: 12,010.5; an improvement with its sign. */
static const char *screen_measure(const char *csv, bool signed_better, char *buf, size_t size)
{
    if (csv[0] == '\0') {
        buf[0] = '\0';
        return buf;
    }
    int64_t value = csv_hundredths(csv);
    bool plus = signed_better && value > 0;
    buf[0] = '+';
    view_format_measure(buf + plus, size - plus, value);
    return buf;
}

/* The KPIs on screen are report kpis' rows: the same baselines, targets,
 * latest values, improvements, benefits and sign-offs. */
static void kpis_are_the_same_on_screen_and_in_the_report(void **state)
{
    fixture *f = *state;
    forget(f);
    build_panel(f, &kpis_panel, 0);
    run_report(f, "kpis", NULL, NULL);
    char buf[256], text[64];
    size_t lines = 0;
    for (size_t i = 1; i < f->ncsv; i++, lines++) {
        const table_row *r =
            screen_row(f, ROW_LINE, KPI_COL_REF, csv_field(f->csv[i], csv_column(f, "ref"), buf, sizeof buf));
        static const int same[] = {KPI_COL_NAME, KPI_COL_UNIT, KPI_COL_LINE};
        for (size_t c = 0; c < sizeof same / sizeof same[0]; c++)
            assert_string_equal(
                r->cells[same[c]].text,
                csv_field(f->csv[i], csv_column(f, kpi_view_columns[same[c]].field), buf, sizeof buf));
        static const int measures[] = {KPI_COL_BASELINE, KPI_COL_TARGET, KPI_COL_LATEST, KPI_COL_IMPROVEMENT};
        for (size_t c = 0; c < sizeof measures / sizeof measures[0]; c++) {
            csv_field(f->csv[i], csv_column(f, kpi_view_columns[measures[c]].field), buf, sizeof buf);
            assert_string_equal(r->cells[measures[c]].text,
                                screen_measure(buf, measures[c] == KPI_COL_IMPROVEMENT, text, sizeof text));
        }
        csv_field(f->csv[i], csv_column(f, "benefit_gbp"), buf, sizeof buf);
        assert_string_equal(r->cells[KPI_COL_BENEFIT].text, short_money(csv_money(buf), text, sizeof text));
        csv_field(f->csv[i], csv_column(f, "sustained"), buf, sizeof buf);
        assert_int_equal(strcmp(r->cells[KPI_COL_SUSTAINED].text, "SUSTAINED") == 0,
                         strcmp(buf, "true") == 0);
    }
    assert_int_equal(lines, 3); /* sample/programme.sql: three KPIs */
    /* KPI-01: 108 - 80 = 28 finishers x 100,000 = 2,800,000, at target 3 months running:
     * sustained.  KPI-02 (lower is better): 9,400 - 8,880 = 520 hours x 1,500 = 780,000.
     * KPI-03: 42 - 35 = 7 starts x 103,333 = 723,331, at target 2 months of the 3 agreed. */
    const table_row *k1 = screen_row(f, ROW_LINE, KPI_COL_REF, "KPI-01");
    assert_string_equal(k1->cells[KPI_COL_IMPROVEMENT].text, "+28");
    assert_string_equal(k1->cells[KPI_COL_BENEFIT].text, short_money(2800000, text, sizeof text));
    assert_string_equal(k1->cells[KPI_COL_SUSTAINED].text, "SUSTAINED");
    const table_row *k2 = screen_row(f, ROW_LINE, KPI_COL_REF, "KPI-02");
    assert_string_equal(k2->cells[KPI_COL_LATEST].text, "8,880");
    assert_string_equal(k2->cells[KPI_COL_IMPROVEMENT].text, "+520");
    /* KPI-02 is above its target of 8,600 every period: "not yet", as the report says */
    assert_string_equal(k2->cells[KPI_COL_SUSTAINED].text, "not yet");
    const table_row *k3 = screen_row(f, ROW_LINE, KPI_COL_REF, "KPI-03");
    assert_string_equal(k3->cells[KPI_COL_SUSTAINED].text, "2 of 3");
    size_t k3_line = 0;
    for (size_t i = 1; i < f->ncsv; i++)
        if (strcmp(csv_field(f->csv[i], csv_column(f, "ref"), buf, sizeof buf), "KPI-03") == 0)
            k3_line = i;
    assert_int_equal(csv_money(csv_field(f->csv[k3_line], csv_column(f, "benefit_gbp"), buf, sizeof buf)),
                     723331);
    assert_string_equal(csv_field(f->csv[k3_line], csv_column(f, "improvement"), buf, sizeof buf), "7.00");
    /* in all 2,800,000 + 780,000 + 723,331 = 4,303,331 a year; 1 of 3 sustained */
    const table_row *total = screen_row(f, ROW_TOTAL, KPI_COL_NAME, "All KPIs: 1 of 3 sustained");
    assert_string_equal(total->cells[KPI_COL_BENEFIT].text, short_money(4303331, text, sizeof text));
}

/* The KPI values on screen are report kpi_values' rows. */
static void kpi_values_are_the_same_on_screen_and_in_the_report(void **state)
{
    fixture *f = *state;
    forget(f);
    build_panel(f, &kpi_values_panel, 0);
    run_report(f, "kpi_values", NULL, NULL);
    char ref[32], period[32], buf[256], text[64];
    size_t lines = 0;
    for (size_t i = 1; i < f->ncsv; i++, lines++) {
        csv_field(f->csv[i], csv_column(f, "ref"), ref, sizeof ref);
        csv_field(f->csv[i], csv_column(f, "period"), buf, sizeof buf);
        date_show(period, sizeof period, buf); /* the report's 2026-09-01 is the screen's 1 Sep 2026 */
        const table_row *r = screen_row2(f, ROW_LINE, KPI_VALUE_COL_REF, ref, KPI_VALUE_COL_PERIOD, period);
        csv_field(f->csv[i], csv_column(f, "value"), buf, sizeof buf);
        assert_string_equal(r->cells[KPI_VALUE_COL_VALUE].text,
                            screen_measure(buf, false, text, sizeof text));
        csv_field(f->csv[i], csv_column(f, "improvement"), buf, sizeof buf);
        assert_string_equal(r->cells[KPI_VALUE_COL_IMPROVEMENT].text,
                            screen_measure(buf, true, text, sizeof text));
        csv_field(f->csv[i], csv_column(f, "benefit_gbp"), buf, sizeof buf);
        assert_string_equal(r->cells[KPI_VALUE_COL_BENEFIT].text,
                            short_money(csv_money(buf), text, sizeof text));
        csv_field(f->csv[i], csv_column(f, "at_target"), buf, sizeof buf);
        assert_string_equal(r->cells[KPI_VALUE_COL_AT_TARGET].text,
                            strcmp(buf, "true") == 0 ? "AT TARGET" : "");
    }
    assert_int_equal(lines, 16); /* sample/programme.sql: 6 + 5 + 5 values */
    assert_int_equal(f->panel.table.nrows, lines);
    /* KPI-02 in September: 9,020.5 hours, 9,400 - 9,020.5 = 379.5 better, x 1,500 = 569,250 */
    const table_row *r =
        screen_row2(f, ROW_LINE, KPI_VALUE_COL_REF, "KPI-02", KPI_VALUE_COL_PERIOD, "1 Sep 2026");
    assert_string_equal(r->cells[KPI_VALUE_COL_VALUE].text, "9,020.5");
    assert_string_equal(r->cells[KPI_VALUE_COL_IMPROVEMENT].text, "+379.5");
    assert_string_equal(r->cells[KPI_VALUE_COL_BENEFIT].text, short_money(569250, text, sizeof text));
    for (size_t i = 1; i < f->ncsv; i++)
        if (strstr(f->csv[i], "KPI-02,") == f->csv[i] && strstr(f->csv[i], "2026-09-01") != NULL) {
            assert_string_equal(csv_field(f->csv[i], csv_column(f, "value"), buf, sizeof buf), "9020.50");
            assert_int_equal(csv_money(csv_field(f->csv[i], csv_column(f, "benefit_gbp"), buf, sizeof buf)),
                             569250);
        }
}

/* The rows a filter shows, each still with the whole bridge's variance
 * after it, then the total of their amounts; no year's subtotals. */
typedef struct {
    size_t lines, totals, subtotals;
    money variance[4], total;
    size_t count;
} shown_rows;

static bool keep_shown(void *context, const view_row *row)
{
    shown_rows *k = context;
    if (row->kind == VIEW_ROW_LINE && k->lines < 4)
        k->variance[k->lines++] = row->cells[BRIDGE_COL_VARIANCE].value;
    else if (row->kind == VIEW_ROW_TOTAL) {
        k->totals++;
        k->total = row->cells[BRIDGE_COL_AMOUNT].value;
        k->count = row->count;
    } else if (row->kind == VIEW_ROW_SUBTOTAL)
        k->subtotals++;
    return true;
}

static void bridge_rows_shown_keep_the_whole_bridge_variance(void **state)
{
    (void)state;
    /* by hand: budget 1,000; +300 of pressure and -100 of funding put the
     * forecast at 1,200 (+200); two actions, -50 then -120, leave +150 and +30 */
    const bridge_row rows[] = {
        {2026, BRIDGE_BUDGET, "Budget", 1000}, {2026, BRIDGE_PRESSURE, "Homecare", 300},
        {2026, BRIDGE_FUNDING, "Grant", -100}, {2026, BRIDGE_ACTION, "Homecare review", -50},
        {2026, BRIDGE_ACTION, "Other", -120},
    };
    const bool shown[] = {false, true, false, true, false}; /* the two rows holding "Homecare" */
    bridge_view view = {rows, 5, 0, shown};
    shown_rows k = {0};
    assert_true(bridge_view_rows(&view, keep_shown, &k));
    assert_int_equal(k.lines, 2);
    assert_int_equal(k.variance[0], 300); /* 1,000 + 300 less the budget */
    assert_int_equal(k.variance[1], 150); /* 1,200 - 50 less the budget */
    assert_int_equal(k.subtotals, 0);
    assert_int_equal(k.totals, 1);
    assert_int_equal(k.count, 2);
    assert_int_equal(k.total, 300 - 50);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(bridge_rows_are_the_same_on_screen_and_in_the_report),
        cmocka_unit_test(costs_are_the_same_on_screen_and_in_the_report),
        cmocka_unit_test(kpis_are_the_same_on_screen_and_in_the_report),
        cmocka_unit_test(kpi_values_are_the_same_on_screen_and_in_the_report),
        cmocka_unit_test(bridge_rows_shown_keep_the_whole_bridge_variance),
    };
    return cmocka_run_group_tests(tests, open_sample, close_sample);
}
