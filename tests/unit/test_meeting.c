/* The meeting: what a snapshot keeps of it (its day, who attended, each
 * milestone, risk and action as it stood), and the programme office's
 * headlines (overdue actions, open issues, slipped milestones), worked by
 * hand from the sample (sample/raid.sql, sample/milestones.sql and
 * sample/meeting.sql). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"

#include "milestones.h"
#include "overview.h"
#include "store.h"

#define SAMPLE "sample.db"

static calendar_date day(int year, int month, int d)
{
    calendar_date date = {year, month, d};
    return date;
}

static const calendar_date none = {0, 0, 0};

static milestone_dates dates(milestone_status status, calendar_date baseline, calendar_date forecast,
                             calendar_date actual)
{
    milestone_dates m = {status, baseline.year != 0, forecast.year != 0, actual.year != 0, baseline, forecast,
                         actual};
    return m;
}

/* Slipped: it finishes after its baseline, or is not met and today is past
 * its baseline. */
static void slipped_is_late_against_the_baseline(void **state)
{
    (void)state;
    calendar_date today = day(2026, 11, 29);
    /* M-02: met 14 Jul against 30 Jun, its forecast never moved: slipped */
    milestone_dates m = dates(MILESTONE_DONE, day(2026, 6, 30), day(2026, 6, 30), day(2026, 7, 14));
    assert_true(milestone_is_slipped(&m, today));
    /* M-01: met 27 Mar against 31 Mar: early, not slipped */
    m = dates(MILESTONE_DONE, day(2026, 3, 31), day(2026, 3, 31), day(2026, 3, 27));
    assert_false(milestone_is_slipped(&m, today));
    /* M-07: forecast 22 Jan 2027 against 11 Dec 2026 */
    m = dates(MILESTONE_AT_RISK, day(2026, 12, 11), day(2027, 1, 22), none);
    assert_true(milestone_is_slipped(&m, today));
    /* M-07 as PAM 9 Nov 2026 saw it: forecast on its baseline, 11 Dec, still ahead */
    m = dates(MILESTONE_ON_TRACK, day(2026, 12, 11), day(2026, 12, 11), none);
    assert_false(milestone_is_slipped(&m, day(2026, 11, 9)));
    /* and on 12 Dec, not met, its forecast never moved: past its baseline, slipped */
    assert_true(milestone_is_slipped(&m, day(2026, 12, 12)));
    /* on the baseline day itself, not yet */
    assert_false(milestone_is_slipped(&m, day(2026, 12, 11)));
    /* M-11: no forecast, baseline 26 Feb 2027: not slipped */
    m = dates(MILESTONE_NOT_STARTED, day(2027, 2, 26), none, none);
    assert_false(milestone_is_slipped(&m, today));
    /* a forecast brought forward but not met by a baseline now past: slipped */
    m = dates(MILESTONE_ON_TRACK, day(2026, 11, 20), day(2026, 11, 13), none);
    assert_true(milestone_is_slipped(&m, today));
}

static store *open_sample(const char *copy)
{
    store *s = NULL;
    assure_error err;
    if (copy != NULL) {
        char command[512];
        snprintf(command, sizeof command, "cp " SAMPLE " '%s'", copy);
        assert_int_equal(system(command), 0);
        assert_int_equal(store_open(copy, STORE_READ_WRITE, &s, NULL, &err), ASSURE_OK);
    } else {
        assert_int_equal(store_open(SAMPLE, STORE_READ_ONLY, &s, NULL, &err), ASSURE_OK);
    }
    return s;
}

/* The sample's office headlines on three days. */
static void office_headlines_by_hand(void **state)
{
    (void)state;
    store *s = open_sample(NULL);
    assure_error err;
    actions_set actions;
    issues_set issues;
    milestones_set milestones;
    assert_int_equal(store_load_actions(s, &actions, &err), ASSURE_OK);
    assert_int_equal(store_load_issues(s, &issues, &err), ASSURE_OK);
    assert_int_equal(store_load_milestones(s, &milestones, &err), ASSURE_OK);
    overview o;
    memset(&o, 0, sizeof o);
    /* 29 Nov: A-01 (due 20 Nov), A-03 (13 Nov), A-04 (23 Nov) overdue; A-08 is
     * due that day, A-09 dropped.  I-01 and I-02 open, I-03 resolved 6 Nov.
     * M-02, M-03 (met late), M-04, M-05, M-07, M-12 (forecast late) slipped. */
    overview_office(&actions, &issues, &milestones, day(2026, 11, 29), &o);
    assert_int_equal(o.actions_overdue, 3);
    assert_int_equal(o.issues_open, 2);
    assert_int_equal(o.milestones_slipped, 6);
    int64_t value = -1;
    assert_true(headline_value(&o, HEADLINE_ACTIONS_OVERDUE, &value));
    assert_int_equal(value, 3);
    assert_true(headline_value(&o, HEADLINE_ISSUES_OPEN, &value));
    assert_int_equal(value, 2);
    assert_true(headline_value(&o, HEADLINE_MILESTONES_SLIPPED, &value));
    assert_int_equal(value, 6);
    /* 23 Nov: A-04 is due that day, so two; the rest as on 29 Nov */
    overview_office(&actions, &issues, &milestones, day(2026, 11, 23), &o);
    assert_int_equal(o.actions_overdue, 2);
    assert_int_equal(o.milestones_slipped, 6);
    /* 13 Nov: none overdue (A-03 is due that day); M-05 slipped all the same;
     * I-01 (raised 9 Nov) and I-02 open, I-03 resolved on 6 Nov */
    overview_office(&actions, &issues, &milestones, day(2026, 11, 13), &o);
    assert_int_equal(o.actions_overdue, 0);
    assert_int_equal(o.milestones_slipped, 6);
    assert_int_equal(o.issues_open, 2);
    /* 1 Nov: I-03 (raised 12 Oct) not yet resolved, I-02 raised 26 Oct; I-01 not yet raised */
    overview_office(&actions, &issues, &milestones, day(2026, 11, 1), &o);
    assert_int_equal(o.issues_open, 2);
    /* 6 Nov, the day I-03 was resolved: I-02 only */
    overview_office(&actions, &issues, &milestones, day(2026, 11, 6), &o);
    assert_int_equal(o.issues_open, 1);
    /* 20 Oct: I-03 only */
    overview_office(&actions, &issues, &milestones, day(2026, 10, 20), &o);
    assert_int_equal(o.issues_open, 1);
    actions_set_free(&actions);
    issues_set_free(&issues);
    milestones_set_free(&milestones);
    store_close(s);
}

/* The headlines' names and how they are judged: fewer is better for each. */
static void office_headlines_are_named_and_judged(void **state)
{
    (void)state;
    assert_string_equal(headline_get(HEADLINE_ACTIONS_OVERDUE)->name, "actions_overdue");
    assert_string_equal(headline_get(HEADLINE_ISSUES_OPEN)->name, "issues_open");
    assert_string_equal(headline_get(HEADLINE_MILESTONES_SLIPPED)->name, "milestones_slipped");
    for (headline h = HEADLINE_ACTIONS_OVERDUE; h <= HEADLINE_MILESTONES_SLIPPED; h++) {
        assert_int_equal(headline_get(h)->unit, UNIT_COUNT);
        assert_int_equal(headline_judge(headline_get(h)->polarity, 0, 3), CHANGE_BAD);
        assert_int_equal(headline_judge(headline_get(h)->polarity, 5, 6), CHANGE_BAD);
        assert_int_equal(headline_judge(headline_get(h)->polarity, 2, 1), CHANGE_GOOD);
    }
    /* PAM 9 Nov 2026 kept none overdue; three now: +3, worse */
    char text[64];
    headline_style report = {HEADLINE_REPORT, true, false};
    assert_int_equal(headline_format_change(text, sizeof text, HEADLINE_ACTIONS_OVERDUE, 0, 3, report),
                     CHANGE_BAD);
    assert_string_equal(text, "▲ +3 worse");
}

/* What the sample's PAM 9 Nov 2026 kept (sample/meeting.sql). */
static void the_sample_meeting_kept_its_items(void **state)
{
    (void)state;
    store *s = open_sample(NULL);
    assure_error err;
    snapshot_info *list;
    size_t count;
    assert_int_equal(store_list_snapshots(s, &list, &count, &err), ASSURE_OK);
    assert_int_equal(count, 2);
    assert_string_equal(list[0].label, "PAM 26 Oct 2026");
    assert_string_equal(list[0].meeting_date, "2026-10-26");
    assert_string_equal(list[1].meeting_date, "2026-11-09");
    assert_non_null(strstr(list[1].attendees, "Strategic Director; Programme Manager"));
    snapshot_item_set items;
    /* PAM 26 Oct was taken before items were kept */
    assert_int_equal(store_snapshot_items(s, list[0].id, &items, &err), ASSURE_OK);
    assert_int_equal(items.count, 0);
    snapshot_item_set_free(&items);
    assert_int_equal(store_snapshot_items(s, list[1].id, &items, &err), ASSURE_OK);
    /* 12 milestones, 12 risks, 7 actions (A-07, A-08, A-10 came after) */
    assert_int_equal(items.count, 31);
    assert_int_equal(items.items[0].kind, SNAPSHOT_MILESTONE);
    assert_string_equal(items.items[0].ref, "M-01");
    const snapshot_item *m07 = snapshot_item_find(&items, SNAPSHOT_MILESTONE, "M-07");
    assert_non_null(m07);
    assert_true(m07->has_date);
    assert_int_equal(date_to_days(m07->date), date_to_days(day(2026, 12, 11)));
    assert_string_equal(m07->status, "on_track");
    const snapshot_item *r02 = snapshot_item_find(&items, SNAPSHOT_RISK, "BCC-R02");
    assert_non_null(r02);
    assert_true(r02->has_score);
    assert_int_equal(r02->score, 20); /* 4 x 5, reviewed 9 Nov */
    assert_false(r02->has_date);
    const snapshot_item *a06 = snapshot_item_find(&items, SNAPSHOT_ACTION, "A-06");
    assert_non_null(a06);
    assert_int_equal(date_to_days(a06->date), date_to_days(day(2026, 11, 16)));
    assert_string_equal(a06->status, "open");
    assert_null(snapshot_item_find(&items, SNAPSHOT_ACTION, "A-07"));
    assert_null(snapshot_item_find(&items, SNAPSHOT_RISK, "M-07")); /* by kind, too */
    snapshot_item_set_free(&items);
    int64_t value = -1;
    bool present = false;
    assert_int_equal(store_snapshot_value(s, list[1].id, "milestones_slipped", &value, &present, &err),
                     ASSURE_OK);
    assert_true(present);
    assert_int_equal(value, 5);
    free(list);
    store_close(s);
}

/* A snapshot taken now keeps the meeting, and every item as it stands;
 * a second with the same label writes nothing; deleting it takes its items. */
static void a_snapshot_keeps_the_meeting_and_every_item(void **state)
{
    (void)state;
    char directory[] = "/tmp/assure-meeting-XXXXXX";
    assert_non_null(mkdtemp(directory));
    char path[64];
    snprintf(path, sizeof path, "%s/copy.db", directory);
    store *s = open_sample(path);
    assure_error err;
    audit_actor actor = {"2026-11-23T10:05:00Z", "r.okafor", "", ""};
    snapshot_meeting meeting = {"PAM 23 Nov 2026", day(2026, 11, 23),
                                "Strategic Director; Head of Reablement"};
    const char *names[1] = {"actions_overdue"};
    int64_t values[1] = {2};
    bool known[1] = {true};
    assert_int_equal(store_snapshot_save(s, &actor, &meeting, names, values, known, 1, &err), ASSURE_OK);
    snapshot_info *list;
    size_t count;
    assert_int_equal(store_list_snapshots(s, &list, &count, &err), ASSURE_OK);
    assert_int_equal(count, 3);
    assert_string_equal(list[2].label, "PAM 23 Nov 2026");
    assert_string_equal(list[2].meeting_date, "2026-11-23");
    assert_string_equal(list[2].attendees, "Strategic Director; Head of Reablement");
    assert_string_equal(list[2].taken_at, "2026-11-23T10:05:00Z");
    snapshot_item_set items;
    assert_int_equal(store_snapshot_items(s, list[2].id, &items, &err), ASSURE_OK);
    assert_int_equal(items.count, 12 + 12 + 10);
    /* M-07 now forecast 22 Jan 2027, at risk; M-11 has no forecast: its baseline */
    const snapshot_item *item = snapshot_item_find(&items, SNAPSHOT_MILESTONE, "M-07");
    assert_int_equal(date_to_days(item->date), date_to_days(day(2027, 1, 22)));
    assert_string_equal(item->status, "at_risk");
    item = snapshot_item_find(&items, SNAPSHOT_MILESTONE, "M-11");
    assert_int_equal(date_to_days(item->date), date_to_days(day(2027, 2, 26)));
    /* BCC-R09 closed at 1 x 3 */
    item = snapshot_item_find(&items, SNAPSHOT_RISK, "BCC-R09");
    assert_int_equal(item->score, 3);
    assert_string_equal(item->status, "closed");
    /* A-10 done, due 27 Nov */
    item = snapshot_item_find(&items, SNAPSHOT_ACTION, "A-10");
    assert_string_equal(item->status, "done");
    assert_int_equal(date_to_days(item->date), date_to_days(day(2026, 11, 27)));
    snapshot_item_set_free(&items);
    /* the same label again: refused, nothing more kept */
    assert_int_equal(store_snapshot_save(s, &actor, &meeting, names, values, known, 1, &err), ASSURE_USAGE);
    assert_non_null(strstr(err.message, "exists already"));
    long long id = list[2].id;
    free(list);
    assert_int_equal(store_list_snapshots(s, &list, &count, &err), ASSURE_OK);
    assert_int_equal(count, 3);
    free(list);
    /* deleted: its items go with it */
    assert_int_equal(store_snapshot_delete(s, &actor, "PAM 23 Nov 2026", &err), ASSURE_OK);
    assert_int_equal(store_snapshot_items(s, id, &items, &err), ASSURE_OK);
    assert_int_equal(items.count, 0);
    snapshot_item_set_free(&items);
    store_close(s);
    char command[128];
    snprintf(command, sizeof command, "rm -rf '%s'", directory);
    assert_int_equal(system(command), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(slipped_is_late_against_the_baseline),
        cmocka_unit_test(office_headlines_by_hand),
        cmocka_unit_test(office_headlines_are_named_and_judged),
        cmocka_unit_test(the_sample_meeting_kept_its_items),
        cmocka_unit_test(a_snapshot_keeps_the_meeting_and_every_item),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
