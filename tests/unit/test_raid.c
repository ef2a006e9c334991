/* The RAID log: an action's overdue rule, the values its fields take, and
 * the findings check makes of actions, issues and decisions.  Dates are the
 * sample's (sample/raid.sql): today is 29 Nov 2026. */
#include <string.h>

#include "test.h"

#include "checks.h"
#include "fields.h"
#include "raid.h"
#include "records.h"
#include "view_raid.h"

static calendar_date day(int year, int month, int d)
{
    calendar_date date = {year, month, d};
    return date;
}

static action_dates action(action_status status, bool has_due, calendar_date due)
{
    action_dates a = {status, has_due, due, false, {0, 0, 0}};
    return a;
}

static const calendar_date today = {2026, 11, 29};

/* A-01 of the sample: due 20 Nov, open: 29 - 20 = 9 days overdue. */
static void open_action_past_due_is_overdue_by_its_days(void **state)
{
    (void)state;
    action_dates a = action(ACTION_OPEN, true, day(2026, 11, 20));
    assert_true(action_is_overdue(&a, today));
    assert_int_equal(action_days_overdue(&a, today), 9);
    /* due 13 Nov, 16 days; across a month's end: due 31 Oct, 29 days */
    a.due = day(2026, 11, 13);
    assert_int_equal(action_days_overdue(&a, today), 16);
    a.due = day(2026, 10, 31);
    assert_int_equal(action_days_overdue(&a, today), 29);
}

static void due_today_or_later_is_not_overdue(void **state)
{
    (void)state;
    action_dates a = action(ACTION_OPEN, true, today); /* due on the day itself */
    assert_false(action_is_overdue(&a, today));
    assert_int_equal(action_days_overdue(&a, today), 0);
    a.due = day(2026, 11, 30);
    assert_false(action_is_overdue(&a, today));
    a = action(ACTION_OPEN, false, day(0, 0, 0)); /* no due date: never overdue */
    assert_false(action_is_overdue(&a, today));
}

static void done_or_dropped_is_never_overdue(void **state)
{
    (void)state;
    action_dates a = action(ACTION_DONE, true, day(2026, 10, 26));
    assert_false(action_is_overdue(&a, today));
    a.status = ACTION_DROPPED; /* dropped, its date long past */
    assert_false(action_is_overdue(&a, today));
    assert_int_equal(action_days_overdue(&a, today), 0);
}

static void statuses_and_severities_parse_as_written(void **state)
{
    (void)state;
    action_status s;
    assert_true(action_status_parse("Open", &s));
    assert_int_equal(s, ACTION_OPEN);
    assert_true(action_status_parse("DONE", &s));
    assert_int_equal(s, ACTION_DONE);
    assert_true(action_status_parse("Complete", &s));
    assert_int_equal(s, ACTION_DONE);
    assert_true(action_status_parse("dropped", &s));
    assert_int_equal(s, ACTION_DROPPED);
    assert_false(action_status_parse("in progress", &s));
    issue_severity v;
    assert_true(issue_severity_parse("Critical", &v));
    assert_int_equal(v, SEVERITY_CRITICAL);
    assert_string_equal(issue_severity_name(SEVERITY_MEDIUM), "medium");
    assert_false(issue_severity_parse("severe", &v));
}

static const field_def *field(table_id table, const char *name)
{
    const table_def *t = table_def_get(table);
    return &t->fields[table_field_index(t, name)];
}

static void refuse(table_id table, const char *name, const char *text, const char *expected)
{
    field_value v;
    const char *why = "";
    assert_false(field_parse(field(table, name), text, NULL, &v, &why));
    assert_string_equal(why, expected);
}

static void fields_refuse_what_is_not_theirs(void **state)
{
    (void)state;
    refuse(TABLE_DEF_ACTIONS, "status", "pending", "not an action's status (open, done, dropped)");
    refuse(TABLE_DEF_ACTIONS, "due", "31/11/2026", "no such day in that month");
    refuse(TABLE_DEF_ACTIONS, "title", "", "required, but blank");
    refuse(TABLE_DEF_ISSUES, "severity", "severe", "not a severity (low, medium, high, critical)");
    refuse(TABLE_DEF_ISSUES, "severity", "", "required, but blank");
    refuse(TABLE_DEF_DECISIONS, "date", "", "required, but blank");
    refuse(TABLE_DEF_DECISIONS, "decision", "", "required, but blank");
    field_value v;
    assert_true(field_parse(field(TABLE_DEF_ACTIONS, "status"), "", NULL, &v, NULL));
    assert_string_equal(v.text, "open"); /* blank: open */
    assert_true(field_parse(field(TABLE_DEF_ACTIONS, "due"), "20/11/2026", NULL, &v, NULL));
    char iso[16];
    field_format(field(TABLE_DEF_ACTIONS, "due"), &v, iso, sizeof iso);
    assert_string_equal(iso, "2026-11-20"); /* UK in, ISO out */
    assert_true(field_parse(field(TABLE_DEF_ISSUES, "impact_gbp"), "£86,000", NULL, &v, NULL));
    assert_int_equal(v.number, 86000);
}

/* A row's fields together: done_on only when done; resolved not before raised. */
static void rows_keep_their_dates_together(void **state)
{
    (void)state;
    const table_def *t = table_def_get(TABLE_DEF_ACTIONS);
    field_value values[TABLE_MAX_FIELDS];
    const char *texts[ACTION_FIELD_COUNT] = {"A-1",  "Do it",      "", "", "2026-11-20",
                                             "open", "2026-11-19", "", ""};
    for (size_t f = 0; f < t->nfields; f++)
        assert_true(field_parse(&t->fields[f], texts[f], NULL, &values[f], NULL));
    int bad = -1;
    const char *why = "";
    assert_false(table_row_check(TABLE_DEF_ACTIONS, values, &bad, &why));
    assert_int_equal(bad, ACTION_FIELD_DONE_ON);
    assert_true(
        field_parse(&t->fields[ACTION_FIELD_STATUS], "done", NULL, &values[ACTION_FIELD_STATUS], NULL));
    assert_true(table_row_check(TABLE_DEF_ACTIONS, values, &bad, &why));

    const table_def *it = table_def_get(TABLE_DEF_ISSUES);
    const char *issue[ISSUE_FIELD_COUNT] = {"I-1", "x", "high", "", "2026-11-09", "2026-11-08", "", "", ""};
    for (size_t f = 0; f < it->nfields; f++)
        assert_true(field_parse(&it->fields[f], issue[f], NULL, &values[f], NULL));
    assert_false(table_row_check(TABLE_DEF_ISSUES, values, &bad, &why));
    assert_int_equal(bad, ISSUE_FIELD_RESOLVED);
    assert_true(field_parse(&it->fields[ISSUE_FIELD_RESOLVED], "2026-11-09", NULL,
                            &values[ISSUE_FIELD_RESOLVED], NULL));
    assert_true(table_row_check(TABLE_DEF_ISSUES, values, &bad, &why));
}

static size_t count_level(const findings *list, finding_level level)
{
    size_t n = 0;
    for (size_t i = 0; i < list->count; i++)
        n += list->items[i].level == level;
    return n;
}

static void check_finds_what_a_meeting_would_chase(void **state)
{
    (void)state;
    action_row actions[] = {
        {"A-1", "overdue", "Jo", "", "BCC-R01", "", {ACTION_OPEN, true, {2026, 11, 20}, false, {0, 0, 0}}},
        {"A-2", "done, no day", "Al", "", "", "", {ACTION_DONE, true, {2026, 11, 1}, false, {0, 0, 0}}},
        {"A-3",
         "links nothing",
         "Al",
         "",
         "NOWHERE",
         "",
         {ACTION_OPEN, true, {2026, 12, 1}, false, {0, 0, 0}}},
        {"A-4",
         "links a workstream",
         "Al",
         "",
         "short term services",
         "",
         {ACTION_DONE, true, {2026, 11, 1}, true, {2026, 11, 1}}},
    };
    issue_row issues[] = {
        {"I-1", "x", "", "BCC-R99", "", SEVERITY_HIGH, false, false, {0}, {0}, MONEY_UNKNOWN}};
    decision_row decisions[] = {{"D-1", "PAM", "agreed", "", "", {2026, 11, 9}},
                                {"D-2", "PAM", "agreed", "Board", "", {2026, 11, 9}}};
    risk_row risks[] = {{.ref = "BCC-R01", .title = "homecare"}};
    savings_line lines[] = {{.ref = "ASC-01", .workstream = "Short Term Services"}};
    actions_set a = {actions, 4, NULL};
    issues_set i = {issues, 1, NULL};
    decisions_set d = {decisions, 2, NULL};
    risks_set r = {risks, 1, NULL};
    savings_set s = {lines, 1, NULL, 0, NULL};
    findings out = {0};
    assert_true(checks_raid(&a, &i, &d, &r, &s, NULL, today, &out));
    /* errors: A-2 done without done_on, D-1 with no maker; warnings: A-1
     * overdue, A-3's link, I-1's risk */
    assert_int_equal(count_level(&out, FINDING_ERROR), 2);
    assert_int_equal(count_level(&out, FINDING_WARNING), 3);
    assert_string_equal(out.items[0].ref, "A-1");
    assert_string_equal(out.items[0].message, "overdue: due 2026-11-20 (9 days ago), owner Jo");
    assert_string_equal(out.items[1].ref, "A-2");
    assert_int_equal(out.items[1].level, FINDING_ERROR);
    assert_string_equal(out.items[2].ref, "A-3");
    assert_string_equal(out.items[3].table, "issues");
    assert_string_equal(out.items[4].ref, "D-1");
    findings_free(&out);
}

/* A link may name a project the register holds with no savings line of its
 * own (a digital project carries no financial saving): known there, it is
 * no finding; without the register, the same link is a warning. */
static void a_link_may_name_a_project_in_the_register(void **state)
{
    (void)state;
    action_row actions[] = {{"A-1",
                             "plan the front door",
                             "Al",
                             "",
                             "digital front door",
                             "",
                             {ACTION_OPEN, true, {2026, 12, 10}, false, {0, 0, 0}}}};
    workstream_row entries[] = {
        {.name = "Digital Front Door", .parent = "Prevention", .kind = REGISTER_PROJECT}};
    actions_set a = {actions, 1, NULL};
    issues_set i = {NULL, 0, NULL};
    decisions_set d = {NULL, 0, NULL};
    risks_set r = {NULL, 0, NULL};
    savings_set s = {NULL, 0, NULL, 0, NULL};
    workstreams_set w = {entries, 1, NULL};
    findings out = {0};
    assert_true(checks_raid(&a, &i, &d, &r, &s, &w, today, &out));
    assert_int_equal(out.count, 0);
    findings_free(&out);
    assert_true(checks_raid(&a, &i, &d, &r, &s, NULL, today, &out));
    assert_int_equal(out.count, 1);
    assert_string_equal(out.items[0].message,
                        "link \"digital front door\" is no savings line, risk or workstream held");
    findings_free(&out);
}

/* The next meeting: the last (the latest snapshot's date) plus whole
 * fortnights until after today.  The sample's last is PAM 9 Nov 2026: 9 Nov
 * + 14 = 23 Nov (not after 29 Nov), + 28 = 7 Dec 2026. */
static void next_meeting_is_whole_fortnights_after_the_last_until_after_today(void **state)
{
    (void)state;
    calendar_date next = raid_next_meeting(true, day(2026, 11, 9), today);
    assert_int_equal(next.year, 2026);
    assert_int_equal(next.month, 12);
    assert_int_equal(next.day, 7);
    /* a meeting today is not the next: 23 Nov as today gives 7 Dec too */
    next = raid_next_meeting(true, day(2026, 11, 9), day(2026, 11, 23));
    assert_int_equal(next.month, 12);
    assert_int_equal(next.day, 7);
    /* the day after the last: its fortnight, 9 + 14 = 23 Nov */
    next = raid_next_meeting(true, day(2026, 11, 9), day(2026, 11, 10));
    assert_int_equal(next.month, 11);
    assert_int_equal(next.day, 23);
    /* a last meeting after today (taken ahead): still its fortnight after */
    next = raid_next_meeting(true, day(2026, 12, 1), today);
    assert_int_equal(next.month, 12);
    assert_int_equal(next.day, 15);
    /* across a year's end: 21 Dec + 14 = 4 Jan 2027 */
    next = raid_next_meeting(true, day(2026, 12, 21), day(2026, 12, 30));
    assert_int_equal(next.year, 2027);
    assert_int_equal(next.month, 1);
    assert_int_equal(next.day, 4);
}

static void next_meeting_without_a_snapshot_is_a_fortnight_from_today(void **state)
{
    (void)state;
    calendar_date next = raid_next_meeting(false, day(0, 0, 0), today); /* 29 Nov + 14 = 13 Dec */
    assert_int_equal(next.year, 2026);
    assert_int_equal(next.month, 12);
    assert_int_equal(next.day, 13);
}

/* The sample's actions, as the view's filters see them (sample/raid.sql). */
static const struct {
    const char *ref, *owner;
    action_status status;
    calendar_date due;
} sample_actions[] = {
    {"A-01", "Head of Commissioning", ACTION_OPEN, {2026, 11, 20}},
    {"A-02", "Head of Localities", ACTION_DONE, {2026, 10, 26}},
    {"A-03", "Head of Learning Disability", ACTION_OPEN, {2026, 11, 13}},
    {"A-04", "Head of Reablement", ACTION_OPEN, {2026, 11, 23}},
    {"A-05", "Programme Manager", ACTION_DONE, {2026, 11, 9}},
    {"A-06", "Programme Manager", ACTION_OPEN, {2026, 11, 30}},
    {"A-07", "Head of Commissioning", ACTION_OPEN, {2026, 12, 7}},
    {"A-08", "Head of Learning Disability", ACTION_OPEN, {2026, 11, 29}},
    {"A-09", "Head of Learning Disability", ACTION_DROPPED, {2026, 11, 2}},
    {"A-10", "Head of Preparing for Adulthood", ACTION_DONE, {2026, 11, 27}},
};
enum { SAMPLE_ACTIONS = sizeof sample_actions / sizeof sample_actions[0] };

/* The refs the view takes, joined by spaces. */
static void taken(const actions_view *view, char *buf, size_t size)
{
    buf[0] = '\0';
    for (size_t i = 0; i < SAMPLE_ACTIONS; i++) {
        action_row r = {.ref = sample_actions[i].ref,
                        .title = "",
                        .owner = sample_actions[i].owner,
                        .raised_at = "",
                        .link = "",
                        .note = "",
                        .dates = action(sample_actions[i].status, true, sample_actions[i].due)};
        if (actions_view_wants(view, &r)) {
            size_t n = strlen(buf);
            snprintf(buf + n, size - n, "%s%s", n > 0 ? " " : "", r.ref);
        }
    }
}

static void actions_view_filters_open_mine_overdue_and_before_the_meeting(void **state)
{
    (void)state;
    char refs[128];
    actions_view view = {.today = today};
    taken(&view, refs, sizeof refs); /* no filter: all ten */
    assert_string_equal(refs, "A-01 A-02 A-03 A-04 A-05 A-06 A-07 A-08 A-09 A-10");
    view.open_only = true; /* the panel's default: done and A-09 dropped left out */
    taken(&view, refs, sizeof refs);
    assert_string_equal(refs, "A-01 A-03 A-04 A-06 A-07 A-08");
    view.overdue_only = true; /* open and due before 29 Nov: A-08 due on the day is not */
    taken(&view, refs, sizeof refs);
    assert_string_equal(refs, "A-01 A-03 A-04");
    view.overdue_only = false;
    view.has_due_before = true; /* before the next meeting, 7 Dec: A-07 due on the day is not */
    view.due_before = raid_next_meeting(true, day(2026, 11, 9), today);
    taken(&view, refs, sizeof refs);
    assert_string_equal(refs, "A-01 A-03 A-04 A-06 A-08");
    view.open_only = false; /* with done and dropped: all but A-07 are due before 7 Dec */
    taken(&view, refs, sizeof refs);
    assert_string_equal(refs, "A-01 A-02 A-03 A-04 A-05 A-06 A-08 A-09 A-10");
    view.has_due_before = false;
    view.owner = "head of learning disability"; /* mine: the owner whatever the case */
    taken(&view, refs, sizeof refs);
    assert_string_equal(refs, "A-03 A-08 A-09");
    view.open_only = true;
    taken(&view, refs, sizeof refs);
    assert_string_equal(refs, "A-03 A-08");
    view.owner = "root"; /* an account that owns none */
    taken(&view, refs, sizeof refs);
    assert_string_equal(refs, "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(open_action_past_due_is_overdue_by_its_days),
        cmocka_unit_test(due_today_or_later_is_not_overdue),
        cmocka_unit_test(done_or_dropped_is_never_overdue),
        cmocka_unit_test(statuses_and_severities_parse_as_written),
        cmocka_unit_test(fields_refuse_what_is_not_theirs),
        cmocka_unit_test(rows_keep_their_dates_together),
        cmocka_unit_test(check_finds_what_a_meeting_would_chase),
        cmocka_unit_test(a_link_may_name_a_project_in_the_register),
        cmocka_unit_test(next_meeting_is_whole_fortnights_after_the_last_until_after_today),
        cmocka_unit_test(next_meeting_without_a_snapshot_is_a_fortnight_from_today),
        cmocka_unit_test(actions_view_filters_open_mine_overdue_and_before_the_meeting),
    };
    return cmocka_run_group_tests_name("raid", tests, NULL, NULL);
}
