/* Copying a database: every table in the copy's list, with its key as the
 * schema declares it; values as they are (NULL apart from ''); the audit
 * trail's ids and chain kept; a copy that differs from its source found. */
#include "test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "copy.h"
#include "store.h"
#include "store_internal.h"

static char directory[256];
static char source[320], target[320];

static int make_directory(void **state)
{
    (void)state;
    snprintf(directory, sizeof directory, "%s/assure-copy-XXXXXX",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (mkdtemp(directory) == NULL)
        return -1;
    snprintf(source, sizeof source, "%s/source.db", directory);
    snprintf(target, sizeof target, "%s/target.db", directory);
    return 0;
}

static int remove_directory(void **state)
{
    (void)state;
    char command[512];
    snprintf(command, sizeof command, "rm -rf '%s'", directory);
    return system(command) == 0 ? 0 : -1;
}

static int fresh_paths(void **state)
{
    (void)state;
    char command[512];
    snprintf(command, sizeof command, "rm -f '%s'/*", directory);
    return system(command) == 0 ? 0 : -1;
}

static const copy_table *listed(const char *table)
{
    for (size_t i = 0; i < copy_table_count; i++)
        if (strcmp(copy_tables[i].table, table) == 0)
            return &copy_tables[i];
    return NULL;
}

static void exec(store *s, const char *sql)
{
    char *message = NULL;
    if (sqlite3_exec(store_handle(s), sql, NULL, NULL, &message) != SQLITE_OK)
        fail_msg("%s: %s", sql, message);
}

static long long query(store *s, const char *sql)
{
    sqlite3_stmt *statement;
    assert_int_equal(sqlite3_prepare_v2(store_handle(s), sql, -1, &statement, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(statement), SQLITE_ROW);
    long long value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

/* A table a later migration adds, and the copy does not know, fails here. */
static void the_copy_names_every_table_of_a_new_database(void **state)
{
    (void)state;
    assure_error err;
    assert_int_equal(store_create(source, &err), ASSURE_OK);
    store *s;
    assert_int_equal(store_open(source, STORE_READ_ONLY, &s, NULL, &err), ASSURE_OK);
    sqlite3_stmt *tables;
    assert_int_equal(sqlite3_prepare_v2(store_handle(s),
                                        "SELECT name FROM sqlite_schema WHERE type = 'table'", -1, &tables,
                                        NULL),
                     SQLITE_OK);
    size_t found = 0;
    while (sqlite3_step(tables) == SQLITE_ROW) {
        const char *name = (const char *)sqlite3_column_text(tables, 0);
        if (listed(name) == NULL)
            fail_msg("table %s is not in the copy's list (src/store/copy.c)", name);
        found++;
    }
    sqlite3_finalize(tables);
    /* and nothing listed that the schema does not have */
    assert_int_equal(found, copy_table_count);
    store_close(s);
}

/* Each table's key in the list is its primary key, column by column, in the
 * schema's order, and text where the schema says TEXT: the key orders the
 * rows alike on both stores only if it is the whole key. */
static void each_listed_key_is_the_tables_primary_key(void **state)
{
    (void)state;
    assure_error err;
    assert_int_equal(store_create(source, &err), ASSURE_OK);
    store *s;
    assert_int_equal(store_open(source, STORE_READ_ONLY, &s, NULL, &err), ASSURE_OK);
    for (size_t i = 0; i < copy_table_count; i++) {
        const copy_table *t = &copy_tables[i];
        char sql[256];
        snprintf(sql, sizeof sql,
                 "SELECT name, type, pk FROM pragma_table_info('%s') WHERE pk > 0 ORDER BY pk", t->table);
        sqlite3_stmt *key;
        assert_int_equal(sqlite3_prepare_v2(store_handle(s), sql, -1, &key, NULL), SQLITE_OK);
        int k = 0;
        while (sqlite3_step(key) == SQLITE_ROW) {
            const char *column = (const char *)sqlite3_column_text(key, 0);
            const char *type = (const char *)sqlite3_column_text(key, 1);
            if (k >= COPY_KEY_COLUMNS || t->key[k].column == NULL || strcmp(t->key[k].column, column) != 0)
                fail_msg("%s: key column %d is %s, not as listed", t->table, k + 1, column);
            if (t->key[k].text != (strcmp(type, "TEXT") == 0))
                fail_msg("%s.%s: listed as %s, declared %s", t->table, column,
                         t->key[k].text ? "text" : "integer", type);
            /* an INTEGER PRIMARY KEY of one column is numbered by PostgreSQL's sequence */
            k++;
        }
        sqlite3_finalize(key);
        if (k == 0)
            fail_msg("%s has no primary key", t->table);
        if (k < COPY_KEY_COLUMNS && t->key[k].column != NULL)
            fail_msg("%s: the list's key has more columns than the table's", t->table);
        bool numbered = k == 1 && !t->key[0].text;
        if (numbered != (t->identity != NULL))
            fail_msg("%s: identity %s, but its key is %s", t->table, t->identity ? t->identity : "none",
                     numbered ? "one INTEGER column" : "not one INTEGER column");
    }
    store_close(s);
}

/* A source with NULL and '' side by side, a chained trail of its own, and
 * rows in every kind of table a parent has. */
static void make_source(void)
{
    assure_error err;
    assert_int_equal(store_create(source, &err), ASSURE_OK);
    store *s;
    assert_int_equal(store_open(source, STORE_READ_WRITE, &s, NULL, &err), ASSURE_OK);
    exec(
        s,
        "INSERT INTO savings_line (ref, name, workstream) VALUES ('ASC-01', 'Reablement', ''),"
        " ('ASC-02', 'Day care', 'Short Term');"
        "INSERT INTO savings_profile (ref, fy, target, forecast, actual) VALUES ('ASC-01', 2025, 100000, "
        "90000,"
        " NULL), ('ASC-01', 2026, 0, NULL, 0), ('ASC-02', 2025, 5, 5, 5);"
        "INSERT INTO risk (ref, title, likelihood, impact) VALUES ('R-01', 'Market', 3, 4);"
        "INSERT INTO risk_history (id, ref, reviewed_on, likelihood, impact) VALUES (7, 'R-01', '2026-10-01',"
        " 3, 4);"
        /* old_value '' in one entry, NULL in the other: they must stay apart */
        "INSERT INTO audit (id, at, who, action, table_name, key, field, old_value, new_value, hash)"
        " VALUES (40, '2026-11-01T10:00:00Z', 'r.okafor', 'edit', 'savings', 'ASC-01', 'workstream', '',"
        " 'Short Term', NULL), (41, '2026-11-01T10:00:01Z', 'r.okafor', 'edit', 'savings', 'ASC-01',"
        " 'workstream', NULL, '', NULL);");
    store_close(s);
}

static void a_copy_keeps_every_value_null_apart_from_empty_and_the_trails_ids(void **state)
{
    (void)state;
    make_source();
    assure_error err;
    assert_int_equal(store_create(target, &err), ASSURE_OK);
    store *from, *to;
    assert_int_equal(store_open(source, STORE_READ_ONLY, &from, NULL, &err), ASSURE_OK);
    assert_int_equal(store_open(target, STORE_READ_WRITE, &to, NULL, &err), ASSURE_OK);
    store_copy_report report;
    if (store_copy(from, to, &report, &err) != ASSURE_OK)
        fail_msg("%s", err.message);
    assert_int_equal(report.count, copy_table_count);
    /* 2 lines, 3 profile years, 1 risk, 1 review of it; the trail: the
     * chain's start (id 1) and head the source was made with, and 40, 41 */
    assert_string_equal(report.tables[0].table, "savings_line");
    assert_int_equal(report.tables[0].rows, 2);
    assert_string_equal(report.tables[1].table, "savings_profile");
    assert_int_equal(report.tables[1].rows, 3);
    const copy_table *audit = listed("audit");
    assert_non_null(audit);
    assert_int_equal(report.tables[audit - copy_tables].rows, 3);
    assert_int_equal(report.rows, 2 + 3 + 1 + 1 + 3 + 1);
    /* the target's own first entry gave way to the source's */
    assert_int_equal(query(to, "SELECT count(*) FROM audit"), 3);
    assert_int_equal(query(to, "SELECT count(*) FROM audit WHERE id IN (1, 40, 41)"), 3);
    assert_int_equal(query(to, "SELECT count(*) FROM audit WHERE id = 40 AND old_value = ''"), 1);
    assert_int_equal(query(to, "SELECT count(*) FROM audit WHERE id = 41 AND old_value IS NULL"), 1);
    assert_int_equal(query(to, "SELECT count(*) FROM audit WHERE id = 41 AND new_value = ''"), 1);
    assert_int_equal(query(to, "SELECT count(*) FROM savings_profile WHERE fy = 2026 AND forecast IS NULL"
                               " AND actual = 0 AND typeof(target) = 'integer'"),
                     1);
    assert_int_equal(query(to, "SELECT count(*) FROM savings_line WHERE ref = 'ASC-01' AND workstream = ''"),
                     1);
    assert_int_equal(query(to, "SELECT id FROM risk_history"), 7);
    assert_int_equal(
        query(to, "SELECT (SELECT hash FROM audit WHERE id = 1) = (SELECT last_hash FROM audit_head)"), 1);
    store_close(to);
    store_close(from);
}

/* Rows go in batches: two whole ones and a part (64 + 64 + 1), each row
 * once, in its place. */
static void a_table_of_several_batches_is_copied_whole(void **state)
{
    (void)state;
    make_source();
    assure_error err;
    store *from, *to;
    assert_int_equal(store_open(source, STORE_READ_WRITE, &from, NULL, &err), ASSURE_OK);
    exec(from, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 128)"
               " INSERT INTO risk_history (id, ref, reviewed_on, likelihood, impact, note)"
               " SELECT 100 + i, 'R-01', '2026-10-02', 1 + i % 5, 1 + i / 26, 'review ' || i FROM n");
    store_close(from);
    assert_int_equal(store_create(target, &err), ASSURE_OK);
    assert_int_equal(store_open(source, STORE_READ_ONLY, &from, NULL, &err), ASSURE_OK);
    assert_int_equal(store_open(target, STORE_READ_WRITE, &to, NULL, &err), ASSURE_OK);
    store_copy_report report;
    if (store_copy(from, to, &report, &err) != ASSURE_OK)
        fail_msg("%s", err.message);
    const copy_table *history = listed("risk_history");
    assert_int_equal(report.tables[history - copy_tables].rows, 129);
    assert_int_equal(query(to, "SELECT count(*) FROM risk_history"), 129);
    /* 7 + (101 + ... + 228) = 7 + 128 x 329 / 2 */
    assert_int_equal(query(to, "SELECT sum(id) FROM risk_history"), 7 + 128 * 329 / 2);
    assert_int_equal(query(to, "SELECT count(*) FROM risk_history WHERE note = 'review ' || (id - 100)"),
                     128);
    store_close(to);
    store_close(from);
}

/* The check can fail: a target that changes what it is given (here a
 * trigger, as a damaged or tampered store might) is found, the table named. */
static void a_copy_that_differs_from_its_source_is_named(void **state)
{
    (void)state;
    make_source();
    assure_error err;
    assert_int_equal(store_create(target, &err), ASSURE_OK);
    store *from, *to;
    assert_int_equal(store_open(source, STORE_READ_ONLY, &from, NULL, &err), ASSURE_OK);
    assert_int_equal(store_open(target, STORE_READ_WRITE, &to, NULL, &err), ASSURE_OK);
    exec(to, "CREATE TRIGGER changed AFTER INSERT ON risk BEGIN"
             " UPDATE risk SET owner = 'someone else' WHERE ref = NEW.ref; END");
    store_copy_report report;
    assert_int_equal(store_copy(from, to, &report, &err), ASSURE_DATA);
    if (strstr(err.message, "table risk holds other values") == NULL)
        fail_msg("message: %s", err.message);
    exec(to, "DROP TRIGGER changed;"
             "CREATE TRIGGER lost AFTER INSERT ON savings_profile WHEN NEW.fy = 2026 BEGIN"
             " DELETE FROM savings_profile WHERE ref = NEW.ref AND fy = NEW.fy; END");
    assert_int_equal(store_copy(from, to, &report, &err), ASSURE_DATA);
    if (strstr(err.message, "table savings_profile has 2 rows where") == NULL)
        fail_msg("message: %s", err.message);
    store_close(to);
    store_close(from);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(the_copy_names_every_table_of_a_new_database, fresh_paths),
        cmocka_unit_test_setup(each_listed_key_is_the_tables_primary_key, fresh_paths),
        cmocka_unit_test_setup(a_copy_keeps_every_value_null_apart_from_empty_and_the_trails_ids,
                               fresh_paths),
        cmocka_unit_test_setup(a_table_of_several_batches_is_copied_whole, fresh_paths),
        cmocka_unit_test_setup(a_copy_that_differs_from_its_source_is_named, fresh_paths),
    };
    return cmocka_run_group_tests(tests, make_directory, remove_directory);
}
