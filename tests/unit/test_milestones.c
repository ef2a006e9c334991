/* The plan: a milestone's slippage and overdue rule, a predecessor that
 * slipped past its successor, the cycles a plan cannot keep, the words its
 * phases and statuses are written in, and the findings check makes.  Dates
 * are the sample's (sample/milestones.sql): today is 29 Nov 2026. */
#include <string.h>

#include "test.h"

#include "checks.h"
#include "fields.h"
#include "milestones.h"
#include "records.h"
#include "view_milestones.h"

static calendar_date day(int year, int month, int d)
{
    calendar_date date = {year, month, d};
    return date;
}

static const calendar_date none = {0, 0, 0};
static const calendar_date today = {2026, 11, 29};

static milestone_dates dates(milestone_status status, calendar_date baseline, calendar_date forecast,
                             calendar_date actual)
{
    milestone_dates m = {status, baseline.year != 0, forecast.year != 0, actual.year != 0, baseline, forecast,
                         actual};
    return m;
}

/* Slippage is the forecast, or the actual once met, less the baseline. */
static void slippage_is_days_from_baseline(void **state)
{
    (void)state;
    /* M-04: 18 Dec 2026 to 15 Jan 2027: 13 days to 31 Dec, 15 into January: 28 */
    milestone_dates m = dates(MILESTONE_AT_RISK, day(2026, 12, 18), day(2027, 1, 15), none);
    assert_int_equal(milestone_slippage_days(&m), 28);
    /* M-02: met 14 Jul against 30 Jun: 14, whatever its forecast said */
    m = dates(MILESTONE_DONE, day(2026, 6, 30), day(2026, 6, 30), day(2026, 7, 14));
    assert_int_equal(milestone_slippage_days(&m), 14);
    /* M-01: met 27 Mar against 31 Mar: 4 days early */
    m = dates(MILESTONE_DONE, day(2026, 3, 31), day(2026, 3, 31), day(2026, 3, 27));
    assert_int_equal(milestone_slippage_days(&m), -4);
    /* no forecast: still on its baseline */
    m = dates(MILESTONE_NOT_STARTED, day(2027, 2, 26), none, none);
    assert_int_equal(milestone_slippage_days(&m), 0);
    /* across a leap day: 28 Feb 2028 to 1 Mar 2028 is 2 days */
    m = dates(MILESTONE_ON_TRACK, day(2028, 2, 28), day(2028, 3, 1), none);
    assert_int_equal(milestone_slippage_days(&m), 2);
}

static void overdue_is_not_met_and_due_before_today(void **state)
{
    (void)state;
    /* M-05: forecast 20 Nov, not met: 9 days overdue at 29 Nov */
    milestone_dates m = dates(MILESTONE_ON_TRACK, day(2026, 10, 30), day(2026, 11, 20), none);
    assert_true(milestone_is_overdue(&m, today));
    assert_int_equal(milestone_days_overdue(&m, today), 9);
    /* due on the day itself: not yet */
    m.forecast = today;
    assert_false(milestone_is_overdue(&m, today));
    assert_int_equal(milestone_days_overdue(&m, today), 0);
    /* no forecast: its baseline governs; 30 Oct is 30 days before 29 Nov */
    m = dates(MILESTONE_NOT_STARTED, day(2026, 10, 30), none, none);
    assert_int_equal(milestone_days_overdue(&m, today), 30);
    /* a forecast later than a passed baseline: not overdue */
    m.has_forecast = true;
    m.forecast = day(2026, 12, 4);
    assert_false(milestone_is_overdue(&m, today));
    /* met: never overdue, however late */
    m = dates(MILESTONE_DONE, day(2026, 9, 30), day(2026, 10, 16), day(2026, 10, 16));
    assert_false(milestone_is_overdue(&m, today));
}

/* M-08 starts its contracts on 8 Jan 2027; M-07, its predecessor, is now
 * forecast for 22 Jan: it slipped past M-08 by 14 days. */
static void a_predecessor_finishing_after_its_successor_is_flagged(void **state)
{
    (void)state;
    milestone_dates m07 = dates(MILESTONE_AT_RISK, day(2026, 12, 11), day(2027, 1, 22), none);
    milestone_dates m08 = dates(MILESTONE_ON_TRACK, day(2027, 1, 8), day(2027, 1, 8), none);
    int32_t days = -1;
    assert_true(milestone_slipped_past(&m07, &m08, &days));
    assert_int_equal(days, 14);
    /* finishing on the day the successor is due is not past it */
    m07.forecast = day(2027, 1, 8);
    assert_false(milestone_slipped_past(&m07, &m08, &days));
    /* a predecessor met: its actual counts, not its forecast (met 10 Jan: 2 days past) */
    m07 = dates(MILESTONE_DONE, day(2026, 12, 11), day(2026, 12, 1), day(2027, 1, 10));
    assert_true(milestone_slipped_past(&m07, &m08, &days));
    assert_int_equal(days, 2);
    /* a successor already met is past caring */
    m08.has_actual = true;
    m08.actual = day(2027, 1, 12);
    m08.status = MILESTONE_DONE;
    assert_false(milestone_slipped_past(&m07, &m08, NULL));
}

static void depends_on_is_read_ref_by_ref(void **state)
{
    (void)state;
    const char *cursor = " M-01; M-02 ,,M-03 ;", *ref;
    size_t length;
    const char *expected[] = {"M-01", "M-02", "M-03"};
    for (size_t i = 0; i < 3; i++) {
        assert_true(milestone_depends_next(&cursor, &ref, &length));
        assert_int_equal(length, strlen(expected[i]));
        assert_memory_equal(ref, expected[i], length);
    }
    assert_false(milestone_depends_next(&cursor, &ref, &length));
    cursor = "";
    assert_false(milestone_depends_next(&cursor, &ref, &length));
}

static void cycles_are_found_and_named_from_their_lowest(void **state)
{
    (void)state;
    /* M-2 -> M-3 -> M-4 -> M-2; M-1 stands apart, M-5 depends on the ring and on an unknown ref */
    milestone_node nodes[] = {
        {"M-1", ""}, {"M-2", "M-3"}, {"M-3", "M-4"}, {"M-4", "M-1; M-2"}, {"M-5", "M-4, M-9"},
    };
    milestone_plan *plan = milestone_plan_make(nodes, 5);
    assert_non_null(plan);
    assert_int_equal(milestone_plan_find(plan, "M-3", 3), 2);
    assert_int_equal(milestone_plan_find(plan, "M-9", 3), -1);
    assert_int_equal(milestone_plan_find(plan, "M-3x", 3), 2); /* only its first 3 characters */
    assert_int_equal(milestone_plan_ndepends(plan, 4), 2);
    assert_int_equal(milestone_plan_depends(plan, 4, 0), 3);
    assert_int_equal(milestone_plan_depends(plan, 4, 1), -1); /* M-9 names none */
    size_t cycle[5];
    assert_int_equal(milestone_plan_cycle(plan, cycle), 3);
    assert_int_equal(cycle[0], 1); /* M-2 on M-3, M-3 on M-4, M-4 on M-2 */
    assert_int_equal(cycle[1], 2);
    assert_int_equal(cycle[2], 3);
    milestone_plan_free(plan);

    /* a milestone that depends on itself is a cycle of one */
    milestone_node self[] = {{"M-1", ""}, {"M-7", "M-1;M-7"}};
    plan = milestone_plan_make(self, 2);
    assert_int_equal(milestone_plan_cycle(plan, cycle), 1);
    assert_int_equal(cycle[0], 1);
    milestone_plan_free(plan);

    /* the sample's plan: a tree from M-01, no cycle */
    milestone_node sample[] = {{"M-01", ""},     {"M-02", "M-01"}, {"M-03", "M-02"}, {"M-04", "M-03"},
                               {"M-05", "M-01"}, {"M-06", "M-05"}, {"M-07", "M-01"}, {"M-08", "M-07"},
                               {"M-09", "M-01"}, {"M-10", "M-09"}, {"M-11", "M-01"}, {"M-12", "M-04"}};
    plan = milestone_plan_make(sample, 12);
    size_t none_found[12];
    assert_int_equal(milestone_plan_cycle(plan, none_found), 0);
    milestone_plan_free(plan);

    /* a ring entered late: M-a -> M-b -> M-c -> M-b; the ring is M-b, M-c */
    milestone_node late[] = {{"M-c", "M-b"}, {"M-a", "M-b"}, {"M-b", "M-c"}};
    plan = milestone_plan_make(late, 3);
    assert_int_equal(milestone_plan_cycle(plan, cycle), 2);
    assert_int_equal(cycle[0], 0); /* M-c on M-b, M-b on M-c */
    assert_int_equal(cycle[1], 2);
    milestone_plan_free(plan);
}

static void phases_and_statuses_are_read_as_written(void **state)
{
    (void)state;
    milestone_phase p;
    assert_true(milestone_phase_parse("Diagnostic", &p));
    assert_int_equal(p, PHASE_DIAGNOSTIC);
    assert_true(milestone_phase_parse("DESIGN", &p));
    assert_int_equal(p, PHASE_DESIGN);
    assert_true(milestone_phase_parse("Implementation", &p)); /* Nottingham City's word */
    assert_int_equal(p, PHASE_IMPLEMENT);
    assert_true(milestone_phase_parse("sustain", &p));
    assert_string_equal(milestone_phase_name(PHASE_TEST), "test");
    assert_false(milestone_phase_parse("mobilise", &p));
    milestone_status s;
    assert_true(milestone_status_parse("Not started", &s));
    assert_int_equal(s, MILESTONE_NOT_STARTED);
    assert_true(milestone_status_parse("On Track", &s));
    assert_int_equal(s, MILESTONE_ON_TRACK);
    assert_true(milestone_status_parse("at-risk", &s));
    assert_int_equal(s, MILESTONE_AT_RISK);
    assert_true(milestone_status_parse("Complete", &s));
    assert_int_equal(s, MILESTONE_DONE);
    assert_string_equal(milestone_status_name(MILESTONE_NOT_STARTED), "not_started");
    assert_false(milestone_status_parse("red", &s));
}

static const field_def *field(const char *name)
{
    const table_def *t = table_def_get(TABLE_DEF_MILESTONES);
    return &t->fields[table_field_index(t, name)];
}

static void fields_take_their_words_and_refuse_others(void **state)
{
    (void)state;
    field_value v;
    const char *why = "";
    assert_true(field_parse(field("phase"), "Test", NULL, &v, NULL));
    assert_string_equal(v.text, "test"); /* stored lower case */
    assert_false(field_parse(field("phase"), "testing phase", NULL, &v, &why));
    assert_string_equal(why, "not a phase (diagnostic, design, test, implement, sustain)");
    assert_false(field_parse(field("phase"), "", NULL, &v, &why));
    assert_string_equal(why, "required, but blank");
    assert_true(field_parse(field("status"), "", NULL, &v, NULL));
    assert_string_equal(v.text, "not_started"); /* blank: not started */
    assert_false(field_parse(field("status"), "amber", NULL, &v, &why));
    assert_string_equal(why, "not a milestone's status (not started, on track, at risk, done)");
    assert_true(field_parse(field("baseline"), "30/10/2026", NULL, &v, NULL));
    char iso[16];
    field_format(field("baseline"), &v, iso, sizeof iso);
    assert_string_equal(iso, "2026-10-30"); /* UK in, ISO out */
    assert_true(field_parse(field("depends_on"), "M-01; M-02", NULL, &v, NULL));
    assert_string_equal(v.text, "M-01; M-02"); /* kept as written */
    char long_ref[80];
    memset(long_ref, 'x', 65);
    long_ref[65] = '\0';
    assert_false(field_parse(field("depends_on"), long_ref, NULL, &v, &why));
    assert_string_equal(why, "a ref in it is longer than 64 characters");

    /* an actual only when done */
    const table_def *t = table_def_get(TABLE_DEF_MILESTONES);
    field_value values[TABLE_MAX_FIELDS];
    const char *texts[MILESTONE_FIELD_COUNT] = {"M-1",        "",           "design",   "x", "", "2026-10-30",
                                                "2026-11-20", "2026-11-19", "on track", "",  ""};
    for (size_t f = 0; f < t->nfields; f++)
        assert_true(field_parse(&t->fields[f], texts[f], NULL, &values[f], NULL));
    int bad = -1;
    assert_false(table_row_check(TABLE_DEF_MILESTONES, values, &bad, &why));
    assert_int_equal(bad, MILESTONE_FIELD_ACTUAL);
    assert_true(
        field_parse(&t->fields[MILESTONE_FIELD_STATUS], "done", NULL, &values[MILESTONE_FIELD_STATUS], NULL));
    assert_true(table_row_check(TABLE_DEF_MILESTONES, values, &bad, &why));
}

static size_t count_level(const findings *list, finding_level level)
{
    size_t n = 0;
    for (size_t i = 0; i < list->count; i++)
        n += list->items[i].level == level;
    return n;
}

static milestone_row row(const char *ref, const char *link, const char *depends_on, milestone_dates d)
{
    milestone_row r = {ref, link, "a milestone", "Jo", depends_on, "", PHASE_DESIGN, d};
    return r;
}

static void check_finds_what_a_meeting_would_chase(void **state)
{
    (void)state;
    milestone_row rows[] = {
        /* M-1: overdue 9 days, its link a workstream in another case */
        row("M-1", "short term services", "",
            dates(MILESTONE_ON_TRACK, day(2026, 10, 30), day(2026, 11, 20), none)),
        /* M-2: done with no actual: an error; and, its dates being all there is to
         * go by, overdue (no actual, baseline 1 Nov passed) and slipped past by
         * M-1, which finishes 20 Nov */
        row("M-2", "ASC-01", "M-1", dates(MILESTONE_DONE, day(2026, 11, 1), none, none)),
        /* M-3: its predecessor M-4 finishes 22 Jan, after M-3's 8 Jan: a warning, 14 days */
        row("M-3", "", "M-4", dates(MILESTONE_ON_TRACK, day(2027, 1, 8), day(2027, 1, 8), none)),
        row("M-4", "NOWHERE", "", dates(MILESTONE_AT_RISK, day(2026, 12, 11), day(2027, 1, 22), none)),
        /* M-5: a ref that names nothing: an error */
        row("M-5", "", "M-9", dates(MILESTONE_NOT_STARTED, day(2027, 3, 1), none, none)),
    };
    savings_line lines[] = {{.ref = "ASC-01", .workstream = "Short Term Services"}};
    milestones_set set = {rows, 5, NULL};
    savings_set savings = {lines, 1, NULL, 0, NULL};
    findings out = {0};
    assert_true(checks_milestones(&set, &savings, NULL, today, &out));
    /* errors: M-2 done without actual, M-5's M-9; warnings: M-1 and M-2
     * overdue, M-2 and M-3 blocked, M-4's link */
    assert_int_equal(count_level(&out, FINDING_ERROR), 2);
    assert_int_equal(count_level(&out, FINDING_WARNING), 5);
    assert_string_equal(out.items[0].ref, "M-1");
    assert_string_equal(out.items[0].message,
                        "overdue: forecast 2026-11-20 (9 days ago) and not met, owner Jo");
    /* M-2: baseline 1 Nov, 28 days before 29 Nov */
    assert_string_equal(out.items[1].message,
                        "overdue: baseline 2026-11-01 (28 days ago) and not met, owner Jo");
    assert_string_equal(out.items[2].message, "done, but no actual: give the day it was met");
    assert_int_equal(out.items[2].level, FINDING_ERROR);
    /* 1 Nov to 20 Nov: 19 days; its baseline, having no forecast */
    assert_string_equal(out.items[3].message,
                        "predecessor M-1 slipped past it: it finishes 2026-11-20, 19 days after "
                        "this milestone's baseline 2026-11-01");
    assert_string_equal(out.items[4].ref, "M-3");
    assert_string_equal(out.items[4].message,
                        "predecessor M-4 slipped past it: it finishes 2027-01-22, 14 days after "
                        "this milestone's forecast 2027-01-08");
    assert_string_equal(out.items[5].message, "link \"NOWHERE\" is no savings line or workstream held");
    assert_string_equal(out.items[6].message, "depends_on \"M-9\" is no milestone held");
    findings_free(&out);

    /* a cycle edited in behind import's back is an error too */
    rows[3].depends_on = "M-3";
    assert_true(checks_milestones(&set, &savings, NULL, today, &out));
    assert_string_equal(
        out.items[out.count - 1].message,
        "a dependency cycle (M-3 on M-4, M-4 on M-3): no milestone can wait for its own finish");
    findings_free(&out);
}

/* The sample's plan as the report shows it: M-08 blocked by M-07 only. */
static void blocked_by_names_the_predecessors(void **state)
{
    (void)state;
    milestone_row rows[] = {
        row("M-07", "", "", dates(MILESTONE_AT_RISK, day(2026, 12, 11), day(2027, 1, 22), none)),
        row("M-08", "", "M-07;M-10", dates(MILESTONE_ON_TRACK, day(2027, 1, 8), day(2027, 1, 8), none)),
        row("M-10", "", "", dates(MILESTONE_ON_TRACK, day(2027, 1, 1), day(2027, 1, 9), none)),
    };
    milestones_set set = {rows, 3, NULL};
    milestone_plan *plan = milestones_plan(&set);
    char out[64];
    /* M-07 finishes 22 Jan and M-10 9 Jan, both after 8 Jan */
    assert_int_equal(milestones_blocked_by(&set, plan, 1, out, sizeof out), 2);
    assert_string_equal(out, "M-07;M-10");
    assert_int_equal(milestones_blocked_by(&set, plan, 0, out, sizeof out), 0);
    assert_string_equal(out, "");
    milestone_plan_free(plan);
}

/* The rows' slipped since a snapshot: the sample's at PAM 9 Nov 2026
 * (sample/meeting.sql): M-07 kept due 11 Dec 2026, forecast now 22 Jan
 * 2027: 20 + 22 = 42 days; M-04 kept 8 Jan 2027, now 15 Jan: 7; M-09 kept
 * 30 Oct, due 30 Oct: 0; M-08 not kept: blank. */
typedef struct {
    size_t n;
    bool defined[4];
    int64_t value[4];
} since_seen;

static bool see_since(void *context, const view_row *row)
{
    since_seen *seen = context;
    if (row->kind == VIEW_ROW_LINE && seen->n < 4) {
        seen->defined[seen->n] = row->cells[MILESTONES_COL_SINCE].defined;
        seen->value[seen->n++] = row->cells[MILESTONES_COL_SINCE].value;
    }
    return true;
}

static void slipped_since_is_the_due_date_now_less_the_one_kept(void **state)
{
    (void)state;
    milestone_row rows[] = {
        row("M-04", "", "", dates(MILESTONE_AT_RISK, day(2026, 12, 18), day(2027, 1, 15), none)),
        row("M-07", "", "", dates(MILESTONE_AT_RISK, day(2026, 12, 11), day(2027, 1, 22), none)),
        row("M-08", "", "M-07", dates(MILESTONE_ON_TRACK, day(2027, 1, 8), day(2027, 1, 8), none)),
        row("M-09", "", "", dates(MILESTONE_DONE, day(2026, 10, 30), day(2026, 10, 30), day(2026, 10, 28))),
    };
    milestones_set set = {rows, 4, NULL};
    milestone_due_then kept[] = {{"M-04", {2027, 1, 8}}, {"M-07", {2026, 12, 11}}, {"M-09", {2026, 10, 30}}};
    milestones_view view = {.set = &set, .today = today, .since = kept, .nsince = 3};
    since_seen seen = {0};
    assert_true(milestones_view_rows(&view, see_since, &seen));
    assert_int_equal(seen.n, 4);
    assert_true(seen.defined[0] && seen.defined[1] && seen.defined[3]);
    assert_int_equal(seen.value[0], 7);
    assert_int_equal(seen.value[1], 42);
    assert_false(seen.defined[2]);
    assert_int_equal(seen.value[3], 0);
    /* no snapshot to compare with: blank on every row */
    view.since = NULL;
    view.nsince = 0;
    memset(&seen, 0, sizeof seen);
    assert_true(milestones_view_rows(&view, see_since, &seen));
    assert_false(seen.defined[0] || seen.defined[1] || seen.defined[2] || seen.defined[3]);
    int32_t days = -1;
    assert_false(milestones_view_since(&view, &rows[1], &days));
}

/* A form's depends_on: the sample's M-08 may wait for M-06 as well as
 * M-07, but not for M-99 (no such milestone), and M-07 may not wait for
 * M-08, which waits for it. */
static void a_forms_dependencies_must_name_milestones_and_make_no_cycle(void **state)
{
    (void)state;
    milestone_row rows[] = {
        row("M-06", "", "", dates(MILESTONE_NOT_STARTED, day(2027, 1, 29), day(2027, 1, 29), none)),
        row("M-07", "", "", dates(MILESTONE_AT_RISK, day(2026, 12, 11), day(2027, 1, 22), none)),
        row("M-08", "", "M-07", dates(MILESTONE_ON_TRACK, day(2027, 1, 8), day(2027, 1, 8), none)),
    };
    milestones_set set = {rows, 3, NULL};
    char why[160];
    assert_true(milestones_depends_allowed(&set, "M-08", "M-07; M-06", why, sizeof why));
    assert_string_equal(why, "");
    assert_false(milestones_depends_allowed(&set, "M-08", "M-07; M-99", why, sizeof why));
    assert_string_equal(why, "M-99 names no milestone");
    assert_false(milestones_depends_allowed(&set, "M-07", "M-08", why, sizeof why));
    assert_string_equal(why, "a dependency cycle (M-07 on M-08, M-08 on M-07)");
    assert_false(milestones_depends_allowed(&set, "M-06", "M-06", why, sizeof why));
    assert_string_equal(why, "a dependency cycle (M-06 on M-06)");
    /* a new milestone may wait for a held one, and a held one may not yet wait for it */
    assert_true(milestones_depends_allowed(&set, "M-13", "M-08", why, sizeof why));
    assert_false(milestones_depends_allowed(&set, "M-13", "M-14", why, sizeof why));
    assert_string_equal(why, "M-14 names no milestone");
    /* nothing to wait for is allowed */
    assert_true(milestones_depends_allowed(&set, "M-07", "", why, sizeof why));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(slippage_is_days_from_baseline),
        cmocka_unit_test(overdue_is_not_met_and_due_before_today),
        cmocka_unit_test(a_predecessor_finishing_after_its_successor_is_flagged),
        cmocka_unit_test(depends_on_is_read_ref_by_ref),
        cmocka_unit_test(cycles_are_found_and_named_from_their_lowest),
        cmocka_unit_test(phases_and_statuses_are_read_as_written),
        cmocka_unit_test(fields_take_their_words_and_refuse_others),
        cmocka_unit_test(check_finds_what_a_meeting_would_chase),
        cmocka_unit_test(blocked_by_names_the_predecessors),
        cmocka_unit_test(slipped_since_is_the_due_date_now_less_the_one_kept),
        cmocka_unit_test(a_forms_dependencies_must_name_milestones_and_make_no_cycle),
    };
    return cmocka_run_group_tests_name("milestones", tests, NULL, NULL);
}
