/* The one parser of field values, used by import and by the editing forms. */
#include "test.h"

#include <string.h>

#include "calendar.h"
#include "fields.h"

static const field_def *field(table_id table, const char *name)
{
    const table_def *t = table_def_get(table);
    int i = table_field_index(t, name);
    assert_true(i >= 0);
    return &t->fields[i];
}

static void refuse(table_id table, const char *name, const char *text, const char *why_expected)
{
    field_value v;
    const char *why = "";
    if (field_parse(field(table, name), text, NULL, &v, &why))
        fail_msg("%s \"%s\" accepted", name, text);
    if (strcmp(why, why_expected) != 0)
        fail_msg("%s \"%s\": \"%s\", expected \"%s\"", name, text, why, why_expected);
}

static void every_table_has_the_spec_columns(void **state)
{
    (void)state;
    table_id id;
    assert_non_null(table_def_find("savings", &id));
    assert_int_equal(id, TABLE_DEF_SAVINGS);
    assert_null(table_def_find("widgets", &id));
    static const char *const staffing[] = {"as_at",       "area",      "role", "establishment_fte",
                                           "vacancy_fte", "agency_fte"};
    for (size_t i = 0; i < 6; i++)
        assert_true(table_field_index(table_def_get(TABLE_DEF_STAFFING), staffing[i]) >= 0);
    assert_false(field(TABLE_DEF_RISKS, "likelihood")->required); /* both blank: unscored */
    assert_true(field(TABLE_DEF_RISKS, "title")->required);
    assert_false(field(TABLE_DEF_RISKS, "description")->required);
}

static void values_parse_by_kind(void **state)
{
    (void)state;
    field_value v;
    money_options millions = {1000000, true};
    assert_true(field_parse(field(TABLE_DEF_SAVINGS, "target"), "(2.428)", &millions, &v, NULL));
    assert_int_equal(v.number, 2428000); /* Nottingham City, negated */
    assert_true(field_parse(field(TABLE_DEF_STAFFING, "vacancy_fte"), "-2.5", NULL, &v, NULL));
    assert_int_equal(v.number, -250);
    assert_true(field_parse(field(TABLE_DEF_STAFFING, "as_at"), "30/01/2015", NULL, &v, NULL));
    calendar_date kent = {2015, 1, 30};
    assert_int_equal(v.number, date_to_days(kent));
    assert_true(field_parse(field(TABLE_DEF_SAVINGS, "fy"), "FY24/25", NULL, &v, NULL));
    assert_int_equal(v.number, 2024);
    assert_true(field_parse(field(TABLE_DEF_SAVINGS, "status"), "At Risk", NULL, &v, NULL));
    assert_string_equal(v.text, "at_risk");
    assert_true(field_parse(field(TABLE_DEF_REVIEWS, "target_per_fte_week"), "2.0", NULL, &v, NULL));
    assert_int_equal(v.number, 200); /* Rotherham's 2 reviews per week per FTE */
    assert_true(field_parse(field(TABLE_DEF_RISKS, "impact"), "3", NULL, &v, NULL));
    assert_int_equal(v.number, 3);
}

/* The savings file's own words: Somerset's benefits profile labels its rows
 * "Reductions target" and "Stretch targets" (seed 001); Nottinghamshire's
 * Figure 1 has "Future years" (seed 000); a line's basis and a row's kind. */
static void savings_rows_read_in_councils_words(void **state)
{
    (void)state;
    field_value v;
    assert_true(field_parse(field(TABLE_DEF_SAVINGS, "measure"), "Reductions target", NULL, &v, NULL));
    assert_string_equal(v.text, "target");
    assert_true(field_parse(field(TABLE_DEF_SAVINGS, "measure"), "Stretch targets", NULL, &v, NULL));
    assert_string_equal(v.text, "stretch");
    assert_true(field_parse(field(TABLE_DEF_SAVINGS, "measure"), "Forecast savings", NULL, &v, NULL));
    assert_string_equal(v.text, "forecast");
    refuse(TABLE_DEF_SAVINGS, "measure", "Targeted", "not a measure (target, stretch, forecast, actual)");
    assert_true(field_parse(field(TABLE_DEF_SAVINGS, "fy"), "Future years", NULL, &v, NULL));
    assert_int_equal(v.number, FY_LATER);
    char text[16];
    field_format(field(TABLE_DEF_SAVINGS, "fy"), &v, text, sizeof text);
    assert_string_equal(text, "later");
    refuse(TABLE_DEF_BRIDGE, "fy", "Future years", "not a financial year (use 2024/25)");
    assert_true(field_parse(field(TABLE_DEF_SAVINGS, "basis"), "Cumulative", NULL, &v, NULL));
    assert_string_equal(v.text, "cumulative");
    assert_true(field_parse(field(TABLE_DEF_SAVINGS, "basis"), "", NULL, &v, NULL));
    assert_string_equal(v.text, "incremental"); /* the default */
    refuse(TABLE_DEF_SAVINGS, "basis", "run rate", "not a basis (incremental, cumulative)");
    assert_true(field_parse(field(TABLE_DEF_SAVINGS, "kind"), "Costs", NULL, &v, NULL));
    assert_string_equal(v.text, "cost");
    assert_true(field_parse(field(TABLE_DEF_SAVINGS, "kind"), "net", NULL, &v, NULL));
    assert_string_equal(v.text, "net");
    refuse(TABLE_DEF_SAVINGS, "kind", "subtotal", "not a kind of row (saving, cost, net)");
}

static void blank_cells_take_defaults_or_stay_blank(void **state)
{
    (void)state;
    field_value v;
    assert_true(field_parse(field(TABLE_DEF_STAFFING, "agency_fte"), "", NULL, &v, NULL));
    assert_false(v.blank);
    assert_int_equal(v.number, 0);
    assert_true(field_parse(field(TABLE_DEF_REVIEWS, "period_days"), "", NULL, &v, NULL));
    assert_int_equal(v.number, 14);
    assert_true(field_parse(field(TABLE_DEF_SAVINGS, "status"), "", NULL, &v, NULL));
    assert_string_equal(v.text, "planned");
    assert_true(field_parse(field(TABLE_DEF_SAVINGS, "forecast"), "", NULL, &v, NULL));
    assert_true(v.blank);
    assert_true(v.number == MONEY_UNKNOWN);
    assert_true(field_parse(field(TABLE_DEF_REVIEWS, "backlog"), "", NULL, &v, NULL));
    assert_true(v.blank);
}

static void bad_values_say_why(void **state)
{
    (void)state;
    refuse(TABLE_DEF_RISKS, "likelihood", "7", "must be a whole number from 1 to 5");
    refuse(TABLE_DEF_RISKS, "likelihood", "2.5", "must be a whole number from 1 to 5");
    refuse(TABLE_DEF_RISKS, "ref", "", "required, but blank");
    refuse(TABLE_DEF_REVIEWS, "period_days", "10",
           "must be 7 (weekly), 14 (fortnightly), 28 (four-weekly) or month (a calendar month)");
    refuse(TABLE_DEF_REVIEWS, "completed", "-3", "must not be negative");
    refuse(TABLE_DEF_REVIEWS, "completed", "3.5", "must be a whole number");
    refuse(TABLE_DEF_REVIEWS, "target_per_fte_week", "0", "must be above 0 and at most 1000");
    refuse(TABLE_DEF_STAFFING, "establishment_fte", "-4", "must not be negative");
    refuse(TABLE_DEF_STAFFING, "as_at", "2026-02-30", "no such day in that month");
    refuse(TABLE_DEF_SAVINGS, "origin", "council", "not an origin (existing, partner, overlap)");
    refuse(TABLE_DEF_SAVINGS, "status", "maybe",
           "not a status (pipeline, planned, on_track, at_risk, slipped, delivered, dropped)");
    refuse(TABLE_DEF_SAVINGS, "ref", "ab\x1b[31m", "contains a control character");
    refuse(TABLE_DEF_SAVINGS, "ref", "0123456789012345678901234567890123456789012345678901234567890123456789",
           "longer than 64 characters");
    refuse(TABLE_DEF_BRIDGE, "section", "savings",
           "not a section (budget, savings_undelivered, overspend, underspend, pressure, funding, action)");
    refuse(TABLE_DEF_BRIDGE, "amount", "", "required, but blank");
    refuse(TABLE_DEF_KPIS, "polarity", "up and down", "not a polarity (higher or lower: which is better)");
    refuse(TABLE_DEF_KPIS, "sustain_periods", "0", "must be a whole number from 1 to 120");
    refuse(TABLE_DEF_KPIS, "baseline", "1,5", "commas must separate thousands");
    refuse(TABLE_DEF_KPI_VALUES, "period", "31/09/2026", "no such day in that month");
    refuse(TABLE_DEF_INVESTMENT, "kind", "salary", "not a kind (post, fee, other)");
    refuse(TABLE_DEF_INVESTMENT, "years", "-2", "must not be negative");
    refuse(TABLE_DEF_INVESTMENT, "years", "101", "more than 100 years");
}

static void formatting_reads_back_the_same(void **state)
{
    (void)state;
    static const struct {
        table_id table;
        const char *field, *in, *out;
    } cases[] = {
        {TABLE_DEF_SAVINGS, "target", "£1.2m", "1200000"},
        {TABLE_DEF_SAVINGS, "fy", "FY24/25", "2024/25"},
        {TABLE_DEF_STAFFING, "as_at", "30/01/2015", "2015-01-30"},
        {TABLE_DEF_STAFFING, "vacancy_fte", "0.07", "0.07"},
        {TABLE_DEF_STAFFING, "establishment_fte", "51.5", "51.50"},
        {TABLE_DEF_REVIEWS, "target_per_fte_week", "1.5", "1.50"},
        {TABLE_DEF_REVIEWS, "period_days", "Fortnightly", "14"},
        {TABLE_DEF_REVIEWS, "period_days", "four-weekly", "28"},
        {TABLE_DEF_REVIEWS, "period_days", "Calendar month", "month"},
        {TABLE_DEF_RISKS, "status", "Closed", "closed"},
        {TABLE_DEF_BRIDGE, "section", "Demand pressures", "pressure"},
        {TABLE_DEF_BRIDGE, "amount", "(1,268)", "-1268"},
        {TABLE_DEF_KPIS, "polarity", "Lower is better", "lower"},
        {TABLE_DEF_KPIS, "baseline", "12,010.5", "12010.50"},
        {TABLE_DEF_KPI_VALUES, "value", "-3.25", "-3.25"},
        {TABLE_DEF_INVESTMENT, "kind", "Fees", "fee"},
        {TABLE_DEF_INVESTMENT, "years", "1.5", "1.50"},
        {TABLE_DEF_INVESTMENT, "fte", "4.4", "4.40"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const field_def *f = field(cases[i].table, cases[i].field);
        field_value v, again;
        char text[64], text_again[64];
        assert_true(field_parse(f, cases[i].in, NULL, &v, NULL));
        field_format(f, &v, text, sizeof text);
        assert_string_equal(text, cases[i].out);
        assert_true(field_parse(f, text, NULL, &again, NULL));
        field_format(f, &again, text_again, sizeof text_again);
        assert_string_equal(text_again, text);
    }
}

/* Every table's name is in the list messages give, and finds its table. */
static void every_table_is_named(void **state)
{
    (void)state;
    for (int t = 0; t < TABLE_DEF_COUNT; t++) {
        const table_def *def = table_def_get((table_id)t);
        table_id found;
        assert_non_null(strstr(table_def_names(), def->name));
        assert_ptr_equal(table_def_find(def->name, &found), def);
        assert_int_equal(found, t);
        assert_true(def->keys[0] >= 0);
    }
    assert_null(table_def_find("widgets", NULL));
}

/* Messages name a row by its table's noun, and a row about to be deleted by
 * fields of its own: a savings line by its ref and name. */
static void every_table_names_its_rows_in_messages(void **state)
{
    (void)state;
    for (int t = 0; t < TABLE_DEF_COUNT; t++) {
        const table_def *def = table_def_get((table_id)t);
        assert_non_null(def->noun);
        assert_true(def->noun[0] != '\0');
        for (int i = 0; i < 2; i++)
            assert_true(def->named_by[i] >= -1 && def->named_by[i] < (int)def->nfields);
        assert_true((def->named_by[0] < 0) == (def->named_by[1] < 0));
        assert_true(!def->goes_counted || def->goes_with != NULL);
    }
    const table_def *savings = table_def_get(TABLE_DEF_SAVINGS);
    assert_string_equal(savings->noun, "savings line");
    assert_string_equal(savings->fields[savings->named_by[0]].name, "ref");
    assert_string_equal(savings->fields[savings->named_by[1]].name, "name");
    assert_string_equal(savings->goes_with, "profile year");
    const table_def *investment = table_def_get(TABLE_DEF_INVESTMENT);
    assert_string_equal(investment->fields[investment->named_by[1]].name, "name");
    assert_null(investment->goes_with);
}

/* What each table's files carry, as import needs to know: money in the
 * savings, bridge and investment files; declared totals in those and in
 * staffing's printed percentages. */
static void every_table_says_what_its_files_carry(void **state)
{
    (void)state;
    static const struct {
        table_id table;
        bool money, totals;
    } expected[] = {
        {TABLE_DEF_SAVINGS, true, true},      {TABLE_DEF_STAFFING, false, true},
        {TABLE_DEF_REVIEWS, false, false},    {TABLE_DEF_RISKS, false, false},
        {TABLE_DEF_BRIDGE, true, true},       {TABLE_DEF_KPIS, false, false},
        {TABLE_DEF_KPI_VALUES, false, false}, {TABLE_DEF_INVESTMENT, true, true},
        {TABLE_DEF_ACTIONS, false, false},    {TABLE_DEF_ISSUES, false, false},
        {TABLE_DEF_DECISIONS, false, false},  {TABLE_DEF_MILESTONES, false, false},
        {TABLE_DEF_HIGHLIGHTS, false, false}, {TABLE_DEF_WORKSTREAMS, false, false},
        {TABLE_DEF_SIGNOFFS, false, false},
    };
    assert_int_equal(sizeof expected / sizeof expected[0], TABLE_DEF_COUNT);
    for (size_t i = 0; i < sizeof expected / sizeof expected[0]; i++) {
        const table_def *def = table_def_get(expected[i].table);
        assert_non_null(def);
        assert_int_equal(def->money_files, expected[i].money);
        assert_int_equal(def->declared_totals, expected[i].totals);
    }
    assert_null(table_def_get((table_id)TABLE_DEF_COUNT));
}

/* The list messages give is every table's name, in order, from the tables' definitions. */
static void the_tables_are_listed_in_order(void **state)
{
    (void)state;
    assert_string_equal(table_def_names(),
                        "savings, staffing, reviews, risks, bridge, kpis, kpi_values, investment, actions, "
                        "issues, decisions, milestones, highlights, workstreams, signoffs");
    char listed[256] = "";
    for (int t = 0; t < TABLE_DEF_COUNT; t++) {
        if (t > 0)
            strcat(listed, ", ");
        strcat(listed, table_def_get((table_id)t)->name);
    }
    assert_string_equal(table_def_names(), listed);
}

static void headings_match_their_fields(void **state)
{
    (void)state;
    assert_true(field_heading_matches(field(TABLE_DEF_STAFFING, "establishment_fte"), "Establishment FTE"));
    assert_true(field_heading_matches(field(TABLE_DEF_STAFFING, "as_at"), "As at"));
    assert_true(field_heading_matches(field(TABLE_DEF_REVIEWS, "reviewed_12m"), "Reviewed (12m)"));
    assert_false(field_heading_matches(field(TABLE_DEF_STAFFING, "vacancy_fte"),
                                       "Vacancy % including agency workers"));
    char cell[] = "  padded \t";
    assert_string_equal(field_trim(cell), "padded");
}

/* A risk's likelihood and impact come together, or not at all (unscored). */
static void a_risk_is_scored_whole_or_not_at_all(void **state)
{
    (void)state;
    const table_def *t = table_def_get(TABLE_DEF_RISKS);
    field_value values[16];
    int likelihood = table_field_index(t, "likelihood"), impact = table_field_index(t, "impact");
    for (int i = 0; i < 16; i++)
        values[i] = (field_value){true, 0, NULL};
    int bad = -1;
    const char *why = "";
    assert_true(table_row_check(TABLE_DEF_RISKS, values, &bad, &why)); /* unscored */
    assert_true(field_parse(&t->fields[likelihood], "3", NULL, &values[likelihood], NULL));
    assert_false(table_row_check(TABLE_DEF_RISKS, values, &bad, &why));
    assert_int_equal(bad, impact);
    assert_string_equal(why, "blank, but likelihood is given: give both, or neither (an unscored risk)");
    assert_true(field_parse(&t->fields[impact], "4", NULL, &values[impact], NULL));
    assert_true(table_row_check(TABLE_DEF_RISKS, values, &bad, &why));    /* scored */
    assert_true(table_row_check(TABLE_DEF_STAFFING, values, &bad, &why)); /* no such rule */
}

/* Whole numbers, FTE and decimals follow money's rule of signs. */
static void every_number_takes_one_sign(void **state)
{
    (void)state;
    refuse(TABLE_DEF_REVIEWS, "completed", "--3",
           "more than one sign (write one + or -, or brackets for negative)");
    refuse(TABLE_DEF_REVIEWS, "completed", "+-3",
           "more than one sign (write one + or -, or brackets for negative)");
    refuse(TABLE_DEF_REVIEWS, "completed", "(3)", "must not be negative");
    refuse(TABLE_DEF_STAFFING, "vacancy_fte", "(-2.5)",
           "a sign inside brackets (brackets alone mean negative)");
    refuse(TABLE_DEF_KPI_VALUES, "value", "-(5)", "a sign and brackets (write -5 or (5), not both)");
    refuse(TABLE_DEF_BRIDGE, "amount", "++5",
           "more than one sign (write one + or -, or brackets for negative)");
    field_value v;
    assert_true(field_parse(field(TABLE_DEF_STAFFING, "vacancy_fte"), "(2.5)", NULL, &v, NULL));
    assert_int_equal(v.number, -250);
    assert_true(field_parse(field(TABLE_DEF_REVIEWS, "completed"), "+3", NULL, &v, NULL));
    assert_int_equal(v.number, 3);
    assert_true(field_parse(field(TABLE_DEF_KPI_VALUES, "value"), "(3.25)", NULL, &v, NULL));
    assert_int_equal(v.number, -325);
}

/* The headings councils' trackers write name one field of their table,
 * and only in that table. */
static void tracker_headings_name_one_field(void **state)
{
    (void)state;
    assert_int_equal(tracker_heading_field(TABLE_DEF_ACTIONS, "Due Date"), ACTION_FIELD_DUE);
    assert_int_equal(tracker_heading_field(TABLE_DEF_ACTIONS, "Linked To"), ACTION_FIELD_LINK);
    assert_int_equal(tracker_heading_field(TABLE_DEF_ACTIONS, "Notes"), ACTION_FIELD_NOTE);
    assert_int_equal(tracker_heading_field(TABLE_DEF_ISSUES, "Date Raised"), ISSUE_FIELD_RAISED);
    assert_int_equal(tracker_heading_field(TABLE_DEF_ISSUES, "Impact \xc2\xa3"), ISSUE_FIELD_IMPACT);
    assert_int_equal(tracker_heading_field(TABLE_DEF_ISSUES, "Impact (\xc2\xa3)"), ISSUE_FIELD_IMPACT);
    assert_int_equal(tracker_heading_field(TABLE_DEF_ISSUES, "Linked Risk"), ISSUE_FIELD_RISK);
    assert_int_equal(tracker_heading_field(TABLE_DEF_DECISIONS, "Decided By"), DECISION_FIELD_MADE_BY);
    assert_int_equal(tracker_heading_field(TABLE_DEF_DECISIONS, "Decision Date"), DECISION_FIELD_DATE);
    assert_int_equal(tracker_heading_field(TABLE_DEF_MILESTONES, "Predecessors"), MILESTONE_FIELD_DEPENDS_ON);
    assert_int_equal(tracker_heading_field(TABLE_DEF_MILESTONES, "Workstream"), MILESTONE_FIELD_LINK);
    assert_int_equal(tracker_heading_field(TABLE_DEF_WORKSTREAMS, "Workstream"), WORKSTREAM_FIELD_NAME);
    assert_int_equal(tracker_heading_field(TABLE_DEF_WORKSTREAMS, "Delivery Lead"),
                     WORKSTREAM_FIELD_DELIVERY_LEAD);
    assert_int_equal(tracker_heading_field(TABLE_DEF_SIGNOFFS, "Savings Ref"), SIGNOFF_FIELD_LINE);
    assert_int_equal(tracker_heading_field(TABLE_DEF_SIGNOFFS, "Signed Off By"), SIGNOFF_FIELD_SIGNED_BY);
    assert_int_equal(tracker_heading_field(TABLE_DEF_SIGNOFFS, "Signed Off"), SIGNOFF_FIELD_SIGNED_ON);
    /* a heading of one table is nothing in another */
    assert_int_equal(tracker_heading_field(TABLE_DEF_SAVINGS, "Due Date"), -1);
    assert_int_equal(tracker_heading_field(TABLE_DEF_ACTIONS, "Baseline Date"), -1);
    /* no heading names two fields of one table */
    for (int t = 0; t < TABLE_DEF_COUNT; t++) {
        const table_def *def = table_def_get((table_id)t);
        for (size_t f = 0; f < def->nfields; f++) {
            int named = tracker_heading_field((table_id)t, def->fields[f].name);
            assert_true(named < 0 || named == (int)f);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_table_has_the_spec_columns),
        cmocka_unit_test(values_parse_by_kind),
        cmocka_unit_test(savings_rows_read_in_councils_words),
        cmocka_unit_test(blank_cells_take_defaults_or_stay_blank),
        cmocka_unit_test(bad_values_say_why),
        cmocka_unit_test(a_risk_is_scored_whole_or_not_at_all),
        cmocka_unit_test(every_number_takes_one_sign),
        cmocka_unit_test(formatting_reads_back_the_same),
        cmocka_unit_test(every_table_is_named),
        cmocka_unit_test(every_table_names_its_rows_in_messages),
        cmocka_unit_test(every_table_says_what_its_files_carry),
        cmocka_unit_test(the_tables_are_listed_in_order),
        cmocka_unit_test(headings_match_their_fields),
        cmocka_unit_test(tracker_headings_name_one_field),
    };
    return cmocka_run_group_tests_name("fields", tests, NULL, NULL);
}
