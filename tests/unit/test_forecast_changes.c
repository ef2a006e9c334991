/* Reading the savings forecasts' changes back from the audit trail, as the
 * import and the dashboard's form write them, since a snapshot. */
#include "test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store.h"
#include "store_internal.h"

static char directory[256];
static char path[320];

static int make_directory(void **state)
{
    (void)state;
    snprintf(directory, sizeof directory, "%s/assure-changes-XXXXXX",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (mkdtemp(directory) == NULL)
        return -1;
    snprintf(path, sizeof path, "%s/programme.db", directory);
    return 0;
}

static int remove_directory(void **state)
{
    (void)state;
    char command[512];
    snprintf(command, sizeof command, "rm -rf '%s'", directory);
    return system(command) == 0 ? 0 : -1;
}

static void exec(store *s, const char *sql)
{
    char *message = NULL;
    if (sqlite3_exec(store_handle(s), sql, NULL, NULL, &message) != SQLITE_OK)
        fail_msg("%s: %s", sql, message);
}

/* A trail as assure writes it: 9 Nov's meeting snapshot (taken in the
 * dashboard, so audited), entries before and after it. */
static store *open_trail(void)
{
    assure_error err;
    unlink(path);
    assert_int_equal(store_create(path, &err), ASSURE_OK);
    store *s = NULL;
    assert_int_equal(store_open(path, STORE_READ_WRITE, &s, NULL, &err), ASSURE_OK);
    exec(
        s,
        "INSERT INTO snapshot (id, label, taken_at) VALUES (1, 'PAM 9 Nov 2026', '2026-11-09T10:00:00Z');"
        "INSERT INTO audit (at, who, action, table_name, key, field, old_value, new_value) VALUES"
        /* before the snapshot: not since it */
        " ('2026-11-02T09:00:00Z', 'j.patel', 'import', 'savings', 'ASC-01 / 2026/27', 'forecast', '900', "
        "'800'),"
        /* in the snapshot's second, before it was taken: before it by the trail's order */
        " ('2026-11-09T10:00:00Z', 'j.patel', 'import', 'savings', 'ASC-01 / 2027/28', 'forecast', '1', '2'),"
        " ('2026-11-09T10:00:00Z', 'r.okafor', 'snapshot', 'snapshots', 'PAM 9 Nov 2026', '', NULL, 'taken'),"
        /* after it: a changed forecast, a target (not read), a line's own row (not read) */
        " ('2026-11-18T09:12:40Z', 'j.patel', 'import', 'savings', 'ASC-02 / 2026/27', 'forecast', '850000', "
        "'700000'),"
        " ('2026-11-18T09:12:40Z', 'j.patel', 'import', 'savings', 'ASC-02 / 2026/27', 'target', '1', '2'),"
        " ('2026-11-18T09:12:40Z', 'j.patel', 'import', 'savings', 'ASC-09', '', NULL, 'name=Night "
        "visiting'),"
        /* a year removed, and one added in the later-years bucket, by an edit */
        " ('2026-11-20T14:00:00Z', 'r.okafor', 'delete', 'savings', 'ASC-03 / 2026/27', '', 'target=600000; "
        "stretch=; forecast=620000; actual=310000', NULL),"
        " ('2026-11-20T14:00:00Z', 'r.okafor', 'add', 'savings', 'ASC-03 / later', '', NULL, 'target=0; "
        "stretch=; forecast=620000; actual='),"
        /* a blank forecast that stays blank; a ref with ' / ' in it; another table */
        " ('2026-11-21T08:00:00Z', 'j.patel', 'import', 'savings', 'ASC-04 / 2026/27', 'forecast', '', ''),"
        " ('2026-11-21T08:00:00Z', 'j.patel', 'import', 'savings', 'OA / 7 / 2027/28', 'forecast', '', "
        "'5000'),"
        " ('2026-11-21T08:00:00Z', 'j.patel', 'import', 'reviews', '2026-11-09 / North', 'forecast', '1', "
        "'2');");
    return s;
}

static void changes_since_a_snapshot_taken_in_the_trail(void **state)
{
    (void)state;
    store *s = open_trail();
    assure_error err;
    snapshot_info since = {1, "PAM 9 Nov 2026", "2026-11-09T10:00:00Z", "2026-11-09", ""};
    forecast_change_set set;
    assert_int_equal(store_forecast_changes(s, &since, &set, &err), ASSURE_OK);
    assert_int_equal(set.count, 4);
    /* ASC-02's forecast, 850,000 to 700,000 */
    assert_string_equal(set.changes[0].ref, "ASC-02");
    assert_int_equal(set.changes[0].fy, 2026);
    assert_int_equal(set.changes[0].before, 850000);
    assert_int_equal(set.changes[0].after, 700000);
    assert_string_equal(set.changes[0].at, "2026-11-18T09:12:40Z");
    assert_string_equal(set.changes[0].who, "j.patel");
    /* ASC-03's 2026/27 removed with its 620,000; the later-years bucket added with it */
    assert_string_equal(set.changes[1].ref, "ASC-03");
    assert_int_equal(set.changes[1].fy, 2026);
    assert_int_equal(set.changes[1].before, 620000);
    assert_true(set.changes[1].after == MONEY_UNKNOWN);
    assert_int_equal(set.changes[2].fy, 9999);
    assert_true(set.changes[2].before == MONEY_UNKNOWN);
    assert_int_equal(set.changes[2].after, 620000);
    /* the ref is all before the last " / " */
    assert_string_equal(set.changes[3].ref, "OA / 7");
    assert_int_equal(set.changes[3].fy, 2027);
    assert_int_equal(set.changes[3].after, 5000);
    /* and the removal and addition pair into one move to the later years */
    forecast_move moves[4];
    size_t n = 0;
    assert_true(slippage_moves(set.changes, set.count, moves, &n));
    assert_int_equal(n, 2);
    assert_string_equal(moves[0].ref, "ASC-02");
    assert_int_equal(moves[0].to_fy, 0);
    assert_string_equal(moves[1].ref, "ASC-03");
    assert_int_equal(moves[1].from_fy, 2026);
    assert_int_equal(moves[1].to_fy, 9999);
    assert_int_equal(moves[1].amount, 620000);
    forecast_change_set_free(&set);
    store_close(s);
}

static void a_snapshot_not_in_the_trail_counts_from_its_time(void **state)
{
    (void)state;
    store *s = open_trail();
    assure_error err;
    /* the sample's snapshots were kept without an entry: from its time on,
     * so the entry in its second counts too */
    exec(s, "DELETE FROM audit WHERE action = 'snapshot'");
    snapshot_info since = {1, "PAM 9 Nov 2026", "2026-11-09T10:00:00Z", "2026-11-09", ""};
    forecast_change_set set;
    assert_int_equal(store_forecast_changes(s, &since, &set, &err), ASSURE_OK);
    assert_int_equal(set.count, 5);
    assert_string_equal(set.changes[0].ref, "ASC-01");
    assert_int_equal(set.changes[0].fy, 2027);
    forecast_change_set_free(&set);
    /* no snapshot: the whole trail */
    assert_int_equal(store_forecast_changes(s, NULL, &set, &err), ASSURE_OK);
    assert_int_equal(set.count, 6);
    assert_int_equal(set.changes[0].before, 900);
    forecast_change_set_free(&set);
    store_close(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(changes_since_a_snapshot_taken_in_the_trail),
        cmocka_unit_test(a_snapshot_not_in_the_trail_counts_from_its_time),
    };
    return cmocka_run_group_tests_name("forecast_changes", tests, make_directory, remove_directory);
}
