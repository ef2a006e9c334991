/* test_views.c - the dashboard's panels and `assure report` show the same
 * cells, as both take their rows from the domain's views: on sample.db, each
 * panel's table (its build, as the dashboard runs it) and the report's CSV
 * are compared with the view's rows, and a few of those with figures worked
 * by hand from sample/programme.sql.  Run from the top of the tree. */
#include "text.h"
#include "views_fixture.h"

static void savings_rows(fixture *f, bool grouped, savings_grouping grouping)
{
    savings_view view = {.set = &f->state.data.savings,
                         .thresholds = f->cfg.savings,
                         .grouped = grouped,
                         .grouping = grouping};
    assert_true(savings_view_rows(&view, keep_row, f));
}

/* Each money column of the report, as the screen writes it short, is the screen's cell. */
static const struct {
    int column;
    const char *field;
} savings_money[] = {{SAVINGS_COL_TARGET, "target_gbp"},
                     {SAVINGS_COL_STRETCH, "stretch_gbp"},
                     {SAVINGS_COL_FORECAST, "forecast_gbp"},
                     {SAVINGS_COL_ACTUAL, "actual_gbp"},
                     {SAVINGS_COL_GAP, "gap_gbp"}};

static void savings_lines_are_the_same_on_screen_and_in_the_report(void **state)
{
    fixture *f = *state;
    forget(f);
    build_panel(f, &savings_panel, 0);
    run_report(f, "savings", NULL, NULL);
    savings_rows(f, false, SAVINGS_BY_COHORT);
    /* ASC-01, sample/programme.sql: targets 200,000 + 1,400,000 + 2,100,000 + 2,400,000 = 6,100,000;
     * forecasts 210,000 + 1,380,000 + 2,050,000 + 2,400,000 = 6,040,000; actuals 210,000 + 1,380,000
     * + 1,150,000 = 2,740,000; gap 60,000; 6,040,000 / 6,100,000 = 99.0%, green at 95% */
    const view_row *asc01 = view_line(f, "ASC-01");
    assert_int_equal(asc01->cells[SAVINGS_COL_TARGET].value, 6100000);
    assert_int_equal(asc01->cells[SAVINGS_COL_FORECAST].value, 6040000);
    assert_int_equal(asc01->cells[SAVINGS_COL_ACTUAL].value, 2740000);
    assert_int_equal(asc01->cells[SAVINGS_COL_GAP].value, 60000);
    assert_decimal("99.0", view_cell_decimal(&asc01->cells[SAVINGS_COL_DELIVERY]));
    assert_int_equal(asc01->cells[SAVINGS_COL_RAG].rating, RAG_GREEN);
    /* the sample's own note: ASC-13 red at 71.4%, ASC-10 dropped so grey */
    assert_decimal("71.4", view_cell_decimal(&view_line(f, "ASC-13")->cells[SAVINGS_COL_DELIVERY]));
    assert_int_equal(view_line(f, "ASC-13")->cells[SAVINGS_COL_RAG].rating, RAG_RED);
    assert_int_equal(view_line(f, "ASC-10")->cells[SAVINGS_COL_RAG].rating, RAG_GREY);

    /* every line: the report's row and the screen's row are the view's */
    size_t lines = 0;
    char buf[256], expected[300];
    size_t ref = csv_column(f, "ref"), delivery = csv_column(f, "delivery_pct"),
           rag_at = csv_column(f, "rag");
    for (size_t i = 0; i < f->nrows; i++) {
        const view_row *row = &f->rows[i];
        if (row->kind != VIEW_ROW_LINE)
            continue;
        lines++;
        assert_true(lines < f->ncsv);
        const char *csv = f->csv[lines];
        const char *line_ref = row->cells[SAVINGS_COL_REF].text;
        assert_string_equal(csv_field(csv, ref, buf, sizeof buf), line_ref);
        const table_row *screen = screen_row(f, ROW_LINE, SAVINGS_COL_REF, line_ref);
        for (size_t m = 0; m < sizeof savings_money / sizeof savings_money[0]; m++) {
            money value = csv_money(csv_field(csv, csv_column(f, savings_money[m].field), buf, sizeof buf));
            money shown = row->cells[savings_money[m].column].defined
                              ? row->cells[savings_money[m].column].value
                              : MONEY_UNKNOWN;
            assert_int_equal(value, shown);
            assert_string_equal(screen->cells[savings_money[m].column].text,
                                short_money(value, expected, sizeof expected));
        }
        /* 99.0 in the report is 99.0% on screen; green is GREEN */
        csv_field(csv, delivery, buf, sizeof buf);
        snprintf(expected, sizeof expected, "%s%s", buf, buf[0] ? "%" : "");
        assert_string_equal(screen->cells[SAVINGS_COL_DELIVERY].text, expected);
        csv_field(csv, rag_at, buf, sizeof buf);
        assert_string_equal(buf, rag_name(row->cells[SAVINGS_COL_RAG].rating));
        assert_true(strcasecmp(screen->cells[SAVINGS_COL_RAG].text, buf) == 0);
        static const int texts[] = {SAVINGS_COL_WORKSTREAM, SAVINGS_COL_COHORT, SAVINGS_COL_STATUS,
                                    SAVINGS_COL_BASIS};
        for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
            const char *field = savings_view_columns[texts[t]].field;
            char words[128]; /* the screen reads on_track as "on track" */
            text_words(words, sizeof words, csv_field(csv, csv_column(f, field), buf, sizeof buf));
            assert_string_equal(screen->cells[texts[t]].text, words);
        }
    }
    /* sample/programme.sql has 16 savings lines, ASC-01 to ASC-16 */
    assert_int_equal(lines, 16);
    assert_int_equal(f->ncsv, lines + 1); /* the total is for people: not in the CSV */

    /* the programme total on screen: the lines that count (not ASC-11, the overlap) summed */
    money target = 0;
    for (size_t i = 1; i < f->ncsv; i++)
        if (strcmp(csv_field(f->csv[i], ref, buf, sizeof buf), "ASC-11") != 0)
            target += csv_money(csv_field(f->csv[i], csv_column(f, "target_gbp"), buf, sizeof buf));
    const table_row *total =
        screen_row(f, ROW_TOTAL, SAVINGS_COL_NAME, "Programme total (overlap counted once)");
    assert_string_equal(total->cells[SAVINGS_COL_TARGET].text,
                        short_money(target, expected, sizeof expected));
}

/* Grouped by cohort, the screen's subtotals are the report's groups. */
static void savings_groups_are_the_same_on_screen_and_in_the_report(void **state)
{
    fixture *f = *state;
    forget(f);
    build_panel(f, &savings_panel, 1); /* the panel's first grouping: by cohort */
    run_report(f, "savings", "cohort", NULL);
    char buf[256], label[300], expected[300];
    size_t groups = 0;
    for (size_t i = 1; i < f->ncsv; i++, groups++) {
        snprintf(label, sizeof label, "%s subtotal", csv_field(f->csv[i], 0, buf, sizeof buf));
        const table_row *screen = screen_row(f, ROW_SUBTOTAL, SAVINGS_COL_NAME, label);
        for (size_t m = 0; m < sizeof savings_money / sizeof savings_money[0]; m++) {
            money value =
                csv_money(csv_field(f->csv[i], csv_column(f, savings_money[m].field), buf, sizeof buf));
            assert_string_equal(screen->cells[savings_money[m].column].text,
                                short_money(value, expected, sizeof expected));
        }
    }
    /* All Adults, Older Adults, Working Age: the sample's three cohorts */
    assert_int_equal(groups, 3);
    /* ASC-11's £700,000 target (300,000 + 400,000) is an overlap: in no cohort's figures */
    savings_rows(f, true, SAVINGS_BY_COHORT);
    for (size_t i = 0; i < f->nrows; i++)
        if (f->rows[i].kind == VIEW_ROW_LINE && strcmp(f->rows[i].cells[SAVINGS_COL_REF].text, "ASC-11") == 0)
            assert_int_equal(f->rows[i].cells[SAVINGS_COL_TARGET].value, 700000);
}

/* The staffing figures of a CSV line and a screen row: FTE to two places and
 * percentages to one alike (the screen's headings carry the %), RAG as a word. */
static void same_staffing_figures(const fixture *f, const char *csv, const table_row *screen)
{
    char buf[256];
    static const int figures[] = {STAFFING_COL_ESTABLISHMENT, STAFFING_COL_VACANCY, STAFFING_COL_AGENCY,
                                  STAFFING_COL_VACANCY_PCT, STAFFING_COL_UNCOVERED_PCT};
    for (size_t i = 0; i < sizeof figures / sizeof figures[0]; i++) {
        const char *field = staffing_view_columns[figures[i]].field;
        assert_string_equal(screen->cells[figures[i]].text,
                            csv_field(csv, csv_column(f, field), buf, sizeof buf));
    }
    csv_field(csv, csv_column(f, "rag"), buf, sizeof buf);
    assert_true(buf[0] != '\0');
    assert_true(strcasecmp(screen->cells[STAFFING_COL_RAG].text, buf) == 0);
}

static void staffing_rows_are_the_same_on_screen_and_in_the_report(void **state)
{
    fixture *f = *state;
    forget(f);
    build_panel(f, &staffing_panel, 2); /* the panel's third grouping: none */
    run_report(f, "staffing", NULL, NULL);
    char area[128], role[128];
    size_t area_at = csv_column(f, "area"), role_at = csv_column(f, "role");
    for (size_t i = 1; i < f->ncsv; i++) {
        csv_field(f->csv[i], area_at, area, sizeof area);
        csv_field(f->csv[i], role_at, role, sizeof role);
        same_staffing_figures(f, f->csv[i],
                              screen_row2(f, ROW_LINE, STAFFING_COL_AREA, area, STAFFING_COL_ROLE, role));
    }
    /* sample/programme.sql: four areas by six roles at 20 Nov 2026 */
    assert_int_equal(f->ncsv, 1 + 24);
    /* Castlegate Administration at 20 Nov: 30.00 established, 6.90 vacant, 2.00 agency;
     * vacancy 6.90 / 30.00 = 23.0%, uncovered 4.90 / 30.00 = 16.3% (amber from 10%, red from 20%);
     * at 30 Oct 7.90 vacant: (7.90 - 2.00) / 30.00 = 19.7%, so down 3.4 points */
    const table_row *r =
        screen_row2(f, ROW_LINE, STAFFING_COL_AREA, "Castlegate", STAFFING_COL_ROLE, "Administration");
    assert_string_equal(r->cells[STAFFING_COL_ESTABLISHMENT].text, "30.00");
    assert_string_equal(r->cells[STAFFING_COL_VACANCY_PCT].text, "23.0");
    assert_string_equal(r->cells[STAFFING_COL_UNCOVERED_PCT].text, "16.3");
    assert_string_equal(r->cells[STAFFING_COL_RAG].text, "AMBER");
    assert_int_equal(r->cells[STAFFING_COL_CHANGE].sort, -34);
}

/* Grouped by area, the screen's subtotals are the report's groups. */
static void staffing_groups_are_the_same_on_screen_and_in_the_report(void **state)
{
    fixture *f = *state;
    forget(f);
    build_panel(f, &staffing_panel, 0); /* the panel's first grouping: by area */
    run_report(f, "staffing", "area", NULL);
    char area[128];
    for (size_t i = 1; i < f->ncsv; i++)
        same_staffing_figures(f, f->csv[i],
                              screen_row2(f, ROW_SUBTOTAL, STAFFING_COL_AREA,
                                          csv_field(f->csv[i], 0, area, sizeof area), STAFFING_COL_ROLE,
                                          "All roles"));
    /* Castlegate, Northmoor, Riverside, Coastal */
    assert_int_equal(f->ncsv, 1 + 4);
    /* Castlegate at 20 Nov: 2 + 4 + 8 + 31 + 54.5 + 30 = 129.50 established, 1 + 2 + 8 + 4.8 + 7.3
     * + 6.9 = 30.00 vacant, 1 + 1 + 2 = 4.00 agency; uncovered 26 / 129.5 = 20.1%, red */
    const table_row *r =
        screen_row2(f, ROW_SUBTOTAL, STAFFING_COL_AREA, "Castlegate", STAFFING_COL_ROLE, "All roles");
    assert_string_equal(r->cells[STAFFING_COL_ESTABLISHMENT].text, "129.50");
    assert_string_equal(r->cells[STAFFING_COL_VACANCY].text, "30.00");
    assert_string_equal(r->cells[STAFFING_COL_UNCOVERED_PCT].text, "20.1");
    assert_string_equal(r->cells[STAFFING_COL_RAG].text, "RED");
}

/* The review figures of a CSV line and a screen row: the screen's target to
 * a tenth, its percentages bare under headings that carry the sign. */
static void same_review_figures(const fixture *f, const char *csv, const table_row *screen)
{
    char buf[256], expected[64];
    static const int figures[] = {REVIEWS_COL_FTE,     REVIEWS_COL_COMPLETED, REVIEWS_COL_TARGET_PCT,
                                  REVIEWS_COL_BACKLOG, REVIEWS_COL_WEEKS,     REVIEWS_COL_REVIEWED};
    for (size_t i = 0; i < sizeof figures / sizeof figures[0]; i++) {
        const char *field = reviews_view_columns[figures[i]].field;
        assert_string_equal(screen->cells[figures[i]].text,
                            csv_field(csv, csv_column(f, field), buf, sizeof buf));
    }
    /* 24.00 reviews is 24.0 on screen */
    csv_field(csv, csv_column(f, "target"), buf, sizeof buf);
    int64_t hundredths = 0;
    assert_true(decimal_parse(buf, 2, false, &hundredths, NULL));
    decimal_format(expected, sizeof expected, decimal_of(divide_rounded(hundredths, 10), 1));
    assert_string_equal(screen->cells[REVIEWS_COL_TARGET].text, expected);
    csv_field(csv, csv_column(f, "rag"), buf, sizeof buf);
    assert_true(strcasecmp(screen->cells[REVIEWS_COL_RAG].text, buf) == 0);
}

/* Each team's latest period on screen is that period's row in the report. */
static void reviews_rows_are_the_same_on_screen_and_in_the_report(void **state)
{
    fixture *f = *state;
    forget(f);
    build_panel(f, &reviews_panel, 0); /* each team's latest period */
    run_report(f, "reviews", NULL, NULL);
    size_t period_at = csv_column(f, "period_start"), team_at = csv_column(f, "team"), lines = 0;
    char period[32], team[128];
    for (size_t i = 0; i < f->panel.table.nrows; i++) {
        const table_row *r = &f->panel.table.rows[i];
        if (r->kind != ROW_LINE)
            continue;
        lines++;
        size_t found = 0;
        char shown[32]; /* the report's 2026-11-09 is the screen's 9 Nov 2026 */
        for (size_t c = 1; c < f->ncsv && found == 0; c++)
            if (date_show(shown, sizeof shown, csv_field(f->csv[c], period_at, period, sizeof period)) &&
                strcmp(shown, r->cells[REVIEWS_COL_PERIOD].text) == 0 &&
                strcmp(csv_field(f->csv[c], team_at, team, sizeof team), r->cells[REVIEWS_COL_TEAM].text) ==
                    0)
                found = c;
        assert_true(found > 0);
        same_review_figures(f, f->csv[found], r);
    }
    /* six teams, fortnightly from 3 Aug 2026 to 9 Nov 2026: eight periods */
    assert_int_equal(lines, 6);
    assert_int_equal(f->ncsv, 1 + 6 * 8);
    /* Adult Reviewing Team, 17 Aug 2026: 6.00 FTE x 2 a week x 2 weeks = 24.00 target; 10 done is
     * 41.7%; backlog 138 at 10 a fortnight clears in 138 x 14 / 70 = 27.6 weeks; 462 / 620 = 74.5% */
    size_t row = 0;
    for (size_t c = 1; c < f->ncsv && row == 0; c++)
        if (strcmp(csv_field(f->csv[c], period_at, period, sizeof period), "2026-08-17") == 0 &&
            strcmp(csv_field(f->csv[c], team_at, team, sizeof team), "Adult Reviewing Team") == 0)
            row = c;
    assert_true(row > 0);
    char buf[64];
    assert_string_equal(csv_field(f->csv[row], csv_column(f, "target"), buf, sizeof buf), "24.00");
    assert_string_equal(csv_field(f->csv[row], csv_column(f, "target_pct"), buf, sizeof buf), "41.7");
    assert_string_equal(csv_field(f->csv[row], csv_column(f, "weeks_to_clear"), buf, sizeof buf), "27.6");
    assert_string_equal(csv_field(f->csv[row], csv_column(f, "reviewed_12m_pct"), buf, sizeof buf), "74.5");
}

/* Every period by team: each team's total over time on screen is the report's --group team row. */
static void reviews_team_totals_are_the_same_on_screen_and_in_the_report(void **state)
{
    fixture *f = *state;
    forget(f);
    build_panel(f, &reviews_panel, 1); /* every period, by team */
    run_report(f, "reviews", "team", NULL);
    char team[128], label[200];
    for (size_t i = 1; i < f->ncsv; i++) {
        snprintf(label, sizeof label, "%s, all periods", csv_field(f->csv[i], 0, team, sizeof team));
        same_review_figures(f, f->csv[i], screen_row(f, ROW_SUBTOTAL, REVIEWS_COL_TEAM, label));
    }
    assert_int_equal(f->ncsv, 1 + 6);
}

/* The open risks on screen are the report's rows: the same scores, ratings,
 * dates and overdue marks. */
static void risks_are_the_same_on_screen_and_in_the_report(void **state)
{
    fixture *f = *state;
    forget(f);
    build_panel(f, &risks_panel, 0);
    run_report(f, "risks", NULL, NULL);
    char buf[256];
    size_t ref = csv_column(f, "ref"), lines = 0;
    for (size_t i = 1; i < f->ncsv; i++) {
        const table_row *r =
            screen_row(f, ROW_LINE, RISKS_COL_REF, csv_field(f->csv[i], ref, buf, sizeof buf));
        lines++;
        static const int same[] = {RISKS_COL_TITLE,  RISKS_COL_LIKELIHOOD,  RISKS_COL_IMPACT, RISKS_COL_SCORE,
                                   RISKS_COL_TARGET, RISKS_COL_NEXT_REVIEW, RISKS_COL_STATUS};
        for (size_t c = 0; c < sizeof same / sizeof same[0]; c++) {
            char shown[256]; /* a date as the screen writes it: 2026-12-07 is 7 Dec 2026 */
            csv_field(f->csv[i], csv_column(f, risks_view_columns[same[c]].field), buf, sizeof buf);
            if (same[c] == RISKS_COL_NEXT_REVIEW)
                date_show(shown, sizeof shown, buf);
            else
                snprintf(shown, sizeof shown, "%s", buf);
            assert_string_equal(r->cells[same[c]].text, shown);
        }
        /* high is HIGH; true is OVERDUE, false blank */
        csv_field(f->csv[i], csv_column(f, "rating"), buf, sizeof buf);
        assert_true(strcasecmp(r->cells[RISKS_COL_RATING].text, buf) == 0);
        csv_field(f->csv[i], csv_column(f, "overdue"), buf, sizeof buf);
        assert_string_equal(r->cells[RISKS_COL_OVERDUE].text, strcmp(buf, "true") == 0 ? "OVERDUE" : "");
    }
    size_t shown = 0;
    for (size_t i = 0; i < f->panel.table.nrows; i++)
        shown += f->panel.table.rows[i].kind == ROW_LINE;
    assert_int_equal(shown, lines);
    /* BCC-R02: likelihood 4 x impact 5 = 20, above medium_max 12: HIGH; target 3 x 4 = 12; next
     * review 7 Dec 2026, not overdue on 23 Nov.  BCC-R06: next review 26 Oct 2026, overdue. */
    const table_row *r02 = screen_row(f, ROW_LINE, RISKS_COL_REF, "BCC-R02");
    assert_string_equal(r02->cells[RISKS_COL_SCORE].text, "20");
    assert_string_equal(r02->cells[RISKS_COL_RATING].text, "HIGH");
    assert_string_equal(r02->cells[RISKS_COL_TARGET].text, "12");
    assert_string_equal(r02->cells[RISKS_COL_OVERDUE].text, "");
    assert_string_equal(screen_row(f, ROW_LINE, RISKS_COL_REF, "BCC-R06")->cells[RISKS_COL_OVERDUE].text,
                        "OVERDUE");
}

/* By rating, the report's tallies count the screen's rows. */
static void risk_tallies_count_the_screen_rows(void **state)
{
    fixture *f = *state;
    forget(f);
    build_panel(f, &risks_panel, 0);
    run_report(f, "risks", "rating", NULL);
    char word[64], count[32];
    size_t total = 0;
    for (size_t i = 1; i < f->ncsv; i++) {
        csv_field(f->csv[i], 0, word, sizeof word);
        size_t shown = 0;
        for (size_t r = 0; r < f->panel.table.nrows; r++)
            shown += f->panel.table.rows[r].kind == ROW_LINE &&
                     strcasecmp(f->panel.table.rows[r].cells[RISKS_COL_RATING].text, word) == 0;
        assert_int_equal(strtoll(csv_field(f->csv[i], csv_column(f, "risks"), count, sizeof count), NULL, 10),
                         shown);
        total += shown;
    }
    assert_true(total > 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(savings_lines_are_the_same_on_screen_and_in_the_report),
        cmocka_unit_test(savings_groups_are_the_same_on_screen_and_in_the_report),
        cmocka_unit_test(staffing_rows_are_the_same_on_screen_and_in_the_report),
        cmocka_unit_test(staffing_groups_are_the_same_on_screen_and_in_the_report),
        cmocka_unit_test(reviews_rows_are_the_same_on_screen_and_in_the_report),
        cmocka_unit_test(reviews_team_totals_are_the_same_on_screen_and_in_the_report),
        cmocka_unit_test(risks_are_the_same_on_screen_and_in_the_report),
        cmocka_unit_test(risk_tallies_count_the_screen_rows),
    };
    return cmocka_run_group_tests(tests, open_sample, close_sample);
}
