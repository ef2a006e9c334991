/* The project register and benefits sign-off: which of a line's sign-offs
 * counts (its latest agreed), the benefit signed off summed, the contingent
 * fee worked on it beside the forecast, the words its fields take, and the
 * findings check makes.  Figures are the sample's (sample/register.sql,
 * sample/programme.sql): today is 23 Nov 2026. */
#include <string.h>

#include "test.h"

#include "checks.h"
#include "fields.h"
#include "investment.h"
#include "overview.h"
#include "project_register.h"
#include "records.h"
#include "register_figures.h"

static calendar_date day(int year, int month, int d)
{
    calendar_date date = {year, month, d};
    return date;
}

static const calendar_date today = {2026, 11, 23};

static signoff_row signoff(const char *line, calendar_date on, money amount, signoff_status status,
                           const char *by, const char *evidence)
{
    signoff_row r = {line, by, evidence, "", on, amount, status};
    return r;
}

/* sample/register.sql's sign-offs, by line then signed_on, as the set holds them */
static signoff_row sample[8];
static void make_sample(void)
{
    sample[0] = signoff("ASC-01", day(2026, 7, 9), 1200000, SIGNOFF_PROPOSED, "Head of Reablement", "KPI-01");
    sample[1] =
        signoff("ASC-01", day(2026, 9, 10), 1590000, SIGNOFF_AGREED, "Adults Programme Board", "KPI-01");
    sample[2] =
        signoff("ASC-02", day(2026, 10, 8), 500000, SIGNOFF_REJECTED, "Adults Programme Board", "KPI-02");
    sample[3] = signoff("ASC-03", day(2026, 4, 9), 100000, SIGNOFF_AGREED, "Strategic Director", "KPI-03");
    sample[4] =
        signoff("ASC-03", day(2026, 10, 8), 620000, SIGNOFF_AGREED, "Adults Programme Board", "KPI-03");
    sample[5] = signoff("ASC-06", day(2026, 11, 12), 860000, SIGNOFF_PROPOSED, "Head of LD", "tracker");
    sample[6] =
        signoff("ASC-08", day(2026, 5, 14), 320000, SIGNOFF_AGREED, "Adults Programme Board", "return");
    sample[7] = signoff("ASC-09", day(2026, 6, 11), 258000, SIGNOFF_AGREED, "Section 151 Officer", "notice");
}

static void the_latest_agreed_counts(void **state)
{
    (void)state;
    make_sample();
    /* ASC-03: agreed 9 Apr at 100,000, again 8 Oct at 620,000: the later counts */
    const signoff_row *r = signoff_latest_agreed(sample, 8, "ASC-03", today);
    assert_non_null(r);
    assert_int_equal(r->amount, 620000);
    /* as at 1 Jul 2026 only the April one had been agreed */
    r = signoff_latest_agreed(sample, 8, "ASC-03", day(2026, 7, 1));
    assert_non_null(r);
    assert_int_equal(r->amount, 100000);
    /* ASC-01: proposed 9 Jul at 1,200,000, agreed 10 Sep at 1,590,000 */
    r = signoff_latest_agreed(sample, 8, "ASC-01", today);
    assert_non_null(r);
    assert_int_equal(r->amount, 1590000);
    /* on 9 Sep it was only proposed: nothing counts */
    assert_null(signoff_latest_agreed(sample, 8, "ASC-01", day(2026, 9, 9)));
    /* ASC-02 rejected, ASC-06 proposed: none agreed */
    assert_null(signoff_latest_agreed(sample, 8, "ASC-02", today));
    assert_null(signoff_latest_agreed(sample, 8, "ASC-06", today));
    /* a later rejection leaves the agreed one standing */
    signoff_row later[] = {
        signoff("L-1", day(2026, 3, 1), 400, SIGNOFF_AGREED, "Board", "KPI"),
        signoff("L-1", day(2026, 6, 1), 900, SIGNOFF_REJECTED, "Board", "KPI"),
    };
    r = signoff_latest_agreed(later, 2, "L-1", today);
    assert_non_null(r);
    assert_int_equal(r->amount, 400);
    /* the rows in any order: the latest by signed_on, not by place */
    signoff_row reversed[] = {sample[4], sample[3]};
    assert_int_equal(signoff_latest_agreed(reversed, 2, "ASC-03", today)->amount, 620000);
}

static void the_benefit_signed_off_is_each_lines_latest_agreed_summed(void **state)
{
    (void)state;
    make_sample();
    size_t lines = 0;
    /* 23 Nov: ASC-01 1,590,000 + ASC-03 620,000 + ASC-08 320,000 + ASC-09 258,000 = 2,788,000 on 4 lines */
    assert_int_equal(signoffs_agreed_total(sample, 8, today, &lines), 2788000);
    assert_int_equal(lines, 4);
    /* 1 Jul: ASC-03 100,000 + ASC-08 320,000 + ASC-09 258,000 = 678,000 on 3 */
    assert_int_equal(signoffs_agreed_total(sample, 8, day(2026, 7, 1), &lines), 678000);
    assert_int_equal(lines, 3);
    /* none held: nothing signed off */
    assert_int_equal(signoffs_agreed_total(NULL, 0, today, &lines), 0);
    assert_int_equal(lines, 0);
    /* only proposed and rejected: nothing */
    assert_int_equal(signoffs_agreed_total(sample + 2, 1, today, &lines), 0);
    assert_int_equal(lines, 0);
}

/* The contract: the fee is payable on the benefit signed off, min(fee,
 * signed off / 1.3); the forecast's figure beside it. */
static void the_fee_is_payable_on_the_benefit_signed_off(void **state)
{
    (void)state;
    make_sample();
    investment_row fee = {
        "INV-01", "Contingent fee", "", INVESTMENT_FEE, 0, MONEY_UNKNOWN, 100, 5000000, false, 0};
    investment_set investment = {&fee, 1, NULL};
    signoffs_set signoffs = {sample, 8, NULL};
    bridge_set bridge;
    kpi_set kpis;
    memset(&bridge, 0, sizeof bridge);
    memset(&kpis, 0, sizeof kpis);
    overview o;
    memset(&o, 0, sizeof o);
    /* the sample's 2027/28 run rate, £6,120,000 (programme.sql) */
    o.run_rate.forecast = 6120000;
    o.savings = savings_figures_unknown();
    overview_finance(&bridge, &kpis, &investment, &signoffs, (finance_settings){300, 130}, today, &o);
    /* 2,788,000 / 1.3 = 2,144,615.38: £2,144,615 of the £5,000,000 */
    assert_int_equal(o.benefit_signed_off, 2788000);
    assert_int_equal(o.lines_signed_off, 4);
    assert_int_equal(o.fee_payable, 2144615);
    /* 6,120,000 / 1.3 = 4,707,692.3: £4,707,692 on the forecast */
    assert_int_equal(o.fee_payable_forecast, 4707692);
    /* as at 1 Jul: 678,000 / 1.3 = 521,538.46: £521,538 */
    overview_finance(&bridge, &kpis, &investment, &signoffs, (finance_settings){300, 130}, day(2026, 7, 1),
                     &o);
    assert_int_equal(o.fee_payable, 521538);
    /* nothing signed off: nothing payable, whatever the forecast */
    signoffs_set none = {NULL, 0, NULL};
    overview_finance(&bridge, &kpis, &investment, &none, (finance_settings){300, 130}, today, &o);
    assert_int_equal(o.benefit_signed_off, 0);
    assert_int_equal(o.lines_signed_off, 0);
    assert_int_equal(o.fee_payable, 0);
    assert_int_equal(o.fee_payable_forecast, 4707692);
    /* more signed off than the fee guarantees: the whole fee, £5,000,000 (6,500,000 / 1.3) */
    signoff_row big = signoff("ASC-01", day(2026, 9, 10), 6500000, SIGNOFF_AGREED, "Board", "KPI-01");
    signoffs_set all = {&big, 1, NULL};
    overview_finance(&bridge, &kpis, &investment, &all, (finance_settings){300, 130}, today, &o);
    assert_int_equal(o.fee_payable, 5000000);
    assert_int_equal(investment_fee_payable(5000000, 6499999, 130), 4999999);
}

static const field_def *field(table_id table, const char *name)
{
    const table_def *t = table_def_get(table);
    return &t->fields[table_field_index(t, name)];
}

static void fields_take_their_words_and_refuse_others(void **state)
{
    (void)state;
    field_value v;
    const char *why = "";
    assert_true(field_parse(field(TABLE_DEF_WORKSTREAMS, "kind"), "Project", NULL, &v, NULL));
    assert_string_equal(v.text, "project");
    assert_true(field_parse(field(TABLE_DEF_WORKSTREAMS, "kind"), "", NULL, &v, NULL));
    assert_string_equal(v.text, "workstream"); /* blank: a workstream */
    assert_false(field_parse(field(TABLE_DEF_WORKSTREAMS, "kind"), "programme", NULL, &v, &why));
    assert_string_equal(why, "not a kind of register entry (workstream, project)");
    assert_true(field_parse(field(TABLE_DEF_WORKSTREAMS, "financial"), "N", NULL, &v, NULL));
    assert_string_equal(v.text, "no");
    assert_true(field_parse(field(TABLE_DEF_WORKSTREAMS, "financial"), "", NULL, &v, NULL));
    assert_string_equal(v.text, "yes"); /* blank: it carries a saving */
    assert_false(field_parse(field(TABLE_DEF_WORKSTREAMS, "financial"), "maybe", NULL, &v, &why));
    assert_string_equal(why, "not yes or no");
    assert_true(field_parse(field(TABLE_DEF_WORKSTREAMS, "phase"), "", NULL, &v, NULL));
    assert_true(v.blank); /* a phase is not required of a workstream */
    assert_true(field_parse(field(TABLE_DEF_SIGNOFFS, "status"), "Signed off", NULL, &v, NULL));
    assert_string_equal(v.text, "agreed"); /* as trackers write it */
    assert_true(field_parse(field(TABLE_DEF_SIGNOFFS, "status"), "", NULL, &v, NULL));
    assert_string_equal(v.text, "proposed");
    assert_false(field_parse(field(TABLE_DEF_SIGNOFFS, "status"), "pending", NULL, &v, &why));
    assert_string_equal(why, "not a sign-off's status (proposed, agreed, rejected)");
    money_options pounds = {1, false};
    assert_true(field_parse(field(TABLE_DEF_SIGNOFFS, "amount"), "£1.59m", &pounds, &v, NULL));
    assert_int_equal(v.number, 1590000);
    assert_false(field_parse(field(TABLE_DEF_SIGNOFFS, "amount"), "", &pounds, &v, &why));
    assert_string_equal(why, "required, but blank");

    /* a project names its workstream; a workstream has none */
    const table_def *t = table_def_get(TABLE_DEF_WORKSTREAMS);
    field_value values[TABLE_MAX_FIELDS];
    const char *texts[WORKSTREAM_FIELD_COUNT] = {
        "Strength-based practice", "project", "", "AD", "PSW", "", "no", ""};
    for (size_t f = 0; f < t->nfields; f++)
        assert_true(field_parse(&t->fields[f], texts[f], NULL, &values[f], NULL));
    int bad = -1;
    assert_false(table_row_check(TABLE_DEF_WORKSTREAMS, values, &bad, &why));
    assert_int_equal(bad, WORKSTREAM_FIELD_PARENT);
    assert_string_equal(why, "required for a project: name the workstream it belongs to");
    assert_true(field_parse(&t->fields[WORKSTREAM_FIELD_PARENT], "Outcomes from Decision Making", NULL,
                            &values[WORKSTREAM_FIELD_PARENT], NULL));
    assert_true(table_row_check(TABLE_DEF_WORKSTREAMS, values, &bad, &why));
    assert_true(field_parse(&t->fields[WORKSTREAM_FIELD_KIND], "workstream", NULL,
                            &values[WORKSTREAM_FIELD_KIND], NULL));
    assert_false(table_row_check(TABLE_DEF_WORKSTREAMS, values, &bad, &why));
    assert_int_equal(bad, WORKSTREAM_FIELD_KIND);

    /* a benefit signed off is not negative */
    t = table_def_get(TABLE_DEF_SIGNOFFS);
    const char *signed_texts[SIGNOFF_FIELD_COUNT] = {"ASC-01", "10/09/2026", "-5000", "agreed",
                                                     "Board",  "KPI-01",     ""};
    for (size_t f = 0; f < t->nfields; f++)
        assert_true(field_parse(&t->fields[f], signed_texts[f], &pounds, &values[f], NULL));
    assert_false(table_row_check(TABLE_DEF_SIGNOFFS, values, &bad, &why));
    assert_int_equal(bad, SIGNOFF_FIELD_AMOUNT);
}

static size_t count_level(const findings *list, finding_level level)
{
    size_t n = 0;
    for (size_t i = 0; i < list->count; i++)
        n += list->items[i].level == level;
    return n;
}

static void check_finds_what_a_programme_office_would_chase(void **state)
{
    (void)state;
    /* ASC-01 forecast 210,000 + 1,380,000 = 1,590,000 over its years;
     * ASC-02 in a workstream the register lacks */
    savings_line lines[] = {{.ref = "ASC-01", .workstream = "Short Term Services"},
                            {.ref = "ASC-02", .workstream = "Reablement"},
                            {.ref = "ASC-03", .workstream = ""}};
    savings_year years[] = {
        {0, 2024, {210000, MONEY_UNKNOWN, 210000, MONEY_UNKNOWN}},
        {0, 2025, {1380000, MONEY_UNKNOWN, 1380000, MONEY_UNKNOWN}},
        {1, 2025, {500000, MONEY_UNKNOWN, 400000, MONEY_UNKNOWN}},
    };
    savings_set savings = {lines, 3, years, 3, NULL};
    workstream_row register_rows[] = {
        {"Short Term Services", "", "Strategic Director", "Head of Reablement", "", REGISTER_WORKSTREAM, true,
         PHASE_IMPLEMENT, true},
        /* no delivery lead; its parent is no workstream held */
        {"Digital front door", "Promoting Independence", "AD Commissioning", "", "", REGISTER_PROJECT, false,
         PHASE_DESIGN, false},
    };
    workstreams_set workstreams = {register_rows, 2, NULL};
    signoff_row rows[] = {
        /* within 1,590,000: nothing */
        signoff("ASC-01", day(2026, 9, 10), 1590000, SIGNOFF_AGREED, "Board", "KPI-01"),
        /* 1,590,001 proposed: a warning, above the forecast */
        signoff("ASC-01", day(2026, 10, 1), 1590001, SIGNOFF_PROPOSED, "Head of Reablement", ""),
        /* agreed with no evidence: an error */
        signoff("ASC-02", day(2026, 10, 8), 300000, SIGNOFF_AGREED, "Board", ""),
        /* rejected above the forecast: nothing, it does not stand */
        signoff("ASC-02", day(2026, 10, 9), 900000, SIGNOFF_REJECTED, "", ""),
        /* a line not held: an error */
        signoff("ASC-99", day(2026, 10, 8), 1, SIGNOFF_PROPOSED, "", ""),
    };
    signoffs_set signoffs = {rows, 5, NULL};
    findings out = {0};
    assert_true(checks_register(&workstreams, &signoffs, &savings, &out));
    assert_int_equal(count_level(&out, FINDING_ERROR), 2);
    assert_int_equal(count_level(&out, FINDING_WARNING), 3);
    assert_int_equal(count_level(&out, FINDING_NOTICE), 1);
    assert_string_equal(out.items[0].ref, "ASC-01 / 2026-10-01");
    assert_string_equal(out.items[0].message,
                        "£1,590,001 proposed is above the line's forecast recurrent saving of £1,590,000");
    assert_string_equal(out.items[1].ref, "ASC-02 / 2026-10-08");
    assert_string_equal(out.items[1].message,
                        "agreed, but no evidence: say who signed it off and on what evidence");
    assert_string_equal(out.items[2].message, "line \"ASC-99\" is no savings line held");
    assert_string_equal(out.items[3].ref, "Digital front door");
    assert_string_equal(out.items[3].message,
                        "no delivery_lead: every project has a sponsor and a delivery lead");
    assert_string_equal(out.items[4].message,
                        "parent \"Promoting Independence\" is no workstream in the register");
    assert_string_equal(out.items[5].table, "savings");
    assert_string_equal(out.items[5].ref, "ASC-02");
    assert_string_equal(out.items[5].message, "workstream \"Reablement\" is not in the project register");
    findings_free(&out);

    /* an empty register: no notice of lines' workstreams */
    workstreams_set empty = {NULL, 0, NULL};
    signoffs_set no_signoffs = {NULL, 0, NULL};
    assert_true(checks_register(&empty, &no_signoffs, &savings, &out));
    assert_int_equal(out.count, 0);
    findings_free(&out);
}

/* An entry's lines name it whatever their case; an overlap line (its saving
 * counted in its partner line) is one of its lines but adds nothing to the
 * forecast; the signed-off benefit is its lines' latest agreed. */
static void an_entry_is_worth_its_lines(void **state)
{
    (void)state;
    make_sample();
    /* sample/programme.sql's Outcomes from Decision Making: ASC-03 100,000 +
     * 520,000 + 620,000 + 620,000 = 1,860,000; ASC-11 overlap; ASC-14 50,000 +
     * 100,000 + 50,000 = 200,000: 2,060,000 on 3 lines */
    savings_line lines[] = {
        {.ref = "ASC-03", .workstream = "Outcomes from Decision Making", .origin = ORIGIN_PARTNER},
        {.ref = "ASC-11", .workstream = "outcomes from decision making", .origin = ORIGIN_OVERLAP},
        {.ref = "ASC-14", .workstream = "Outcomes from Decision Making", .origin = ORIGIN_PARTNER},
        {.ref = "ASC-01", .workstream = "Short Term Services", .origin = ORIGIN_PARTNER},
    };
    savings_year years[] = {
        {0, 2024, {100000, MONEY_UNKNOWN, 100000, MONEY_UNKNOWN}},
        {0, 2025, {520000, MONEY_UNKNOWN, 520000, MONEY_UNKNOWN}},
        {0, 2026, {620000, MONEY_UNKNOWN, 620000, MONEY_UNKNOWN}},
        {0, 2027, {620000, MONEY_UNKNOWN, 620000, MONEY_UNKNOWN}},
        {1, 2025, {250000, MONEY_UNKNOWN, 250000, MONEY_UNKNOWN}},
        {1, 2026, {350000, MONEY_UNKNOWN, 350000, MONEY_UNKNOWN}},
        {2, 2025, {50000, MONEY_UNKNOWN, 50000, MONEY_UNKNOWN}},
        {2, 2026, {100000, MONEY_UNKNOWN, 100000, MONEY_UNKNOWN}},
        {2, 2027, {50000, MONEY_UNKNOWN, 50000, MONEY_UNKNOWN}},
        {3, 2024, {210000, MONEY_UNKNOWN, 210000, MONEY_UNKNOWN}},
    };
    savings_set savings = {lines, 4, years, 10, NULL};
    signoffs_set signoffs = {sample, 8, NULL};
    workstream_row entry = {"Outcomes from Decision Making",
                            "",
                            "AD",
                            "PSW",
                            "",
                            REGISTER_WORKSTREAM,
                            true,
                            PHASE_IMPLEMENT,
                            true};
    register_figures f = register_entry_figures(&entry, &savings, &signoffs, today);
    assert_int_equal(f.lines, 3);
    assert_int_equal(f.forecast, 2060000);
    /* ASC-03's 620,000 agreed 8 Oct (its April 100,000 superseded) */
    assert_int_equal(f.signed_off, 620000);
    /* as at 1 Jul: the April 100,000 */
    assert_int_equal(register_entry_figures(&entry, &savings, &signoffs, day(2026, 7, 1)).signed_off, 100000);
    /* a project no line names: nothing */
    workstream_row project = {"Strength-based practice",
                              "Outcomes from Decision Making",
                              "AD",
                              "PSW",
                              "",
                              REGISTER_PROJECT,
                              true,
                              PHASE_TEST,
                              false};
    f = register_entry_figures(&project, &savings, &signoffs, today);
    assert_int_equal(f.lines, 0);
    assert_int_equal(f.forecast, 0);
    assert_int_equal(f.signed_off, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_latest_agreed_counts),
        cmocka_unit_test(the_benefit_signed_off_is_each_lines_latest_agreed_summed),
        cmocka_unit_test(the_fee_is_payable_on_the_benefit_signed_off),
        cmocka_unit_test(fields_take_their_words_and_refuse_others),
        cmocka_unit_test(check_finds_what_a_programme_office_would_chase),
        cmocka_unit_test(an_entry_is_worth_its_lines),
    };
    return cmocka_run_group_tests_name("register", tests, NULL, NULL);
}
