/* The store: creating, opening, refusing, migrating, read-only. */
#include "test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store.h"
#include "store_internal.h"
#include "tables.h"

static char directory[256];
static char path[320];

static int make_directory(void **state)
{
    (void)state;
    snprintf(directory, sizeof directory, "%s/assure-store-XXXXXX",
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

static int fresh_path(void **state)
{
    (void)state;
    char command[512];
    snprintf(command, sizeof command, "rm -f '%s'/*", directory);
    return system(command) == 0 ? 0 : -1;
}

#define STR(x)  #x
#define XSTR(x) STR(x)

static void expect_message(const assure_error *err, const char *fragment)
{
    if (strstr(err->message, fragment) == NULL)
        fail_msg("message \"%s\" lacks \"%s\"", err->message, fragment);
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

static void init_creates_an_empty_current_database_not_world_readable(void **state)
{
    (void)state;
    assure_error err;
    assert_int_equal(store_create(path, &err), ASSURE_OK);
    struct stat info;
    assert_int_equal(stat(path, &info), 0);
    assert_int_equal(info.st_mode & 0007, 0);
    store *s;
    assert_int_equal(store_open(path, STORE_READ_WRITE, &s, NULL, &err), ASSURE_OK);
    assert_int_equal(store_schema_version(s, &err), STORE_SCHEMA_VERSION);
    assert_int_equal(query(s, "PRAGMA application_id"), STORE_APPLICATION_ID);
    assert_int_equal(query(s, "PRAGMA foreign_keys"), 1);
    assert_int_equal(query(s, "SELECT count(*) FROM sqlite_schema WHERE sql LIKE '%STRICT'"), 26);
    for (int t = 0; t < TABLE_DEF_COUNT; t++) {
        long long count = -1;
        assert_int_equal(store_count(s, (table_id)t, &count, &err), ASSURE_OK);
        assert_int_equal(count, 0);
    }
    long long count = -1;
    assert_int_equal(store_count_own(s, STORE_OWN_SNAPSHOTS, &count, &err), ASSURE_OK);
    assert_int_equal(count, 0);
    /* the audit trail holds one entry: the start of its chain */
    assert_int_equal(store_count_own(s, STORE_OWN_AUDIT, &count, &err), ASSURE_OK);
    assert_int_equal(count, 1);
    assert_int_equal(query(s, "SELECT count(*) FROM audit WHERE action = 'chain' AND id = 1"), 1);
    sqlite3_stmt *statement;
    assert_int_equal(sqlite3_prepare_v2(store_handle(s), "PRAGMA journal_mode", -1, &statement, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_step(statement), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(statement, 0), "wal");
    sqlite3_finalize(statement);
    store_close(s);
}

/* Whether a database holds a table of that name. */
static bool has_table(store *s, const char *name)
{
    sqlite3_stmt *statement;
    assert_int_equal(sqlite3_prepare_v2(store_handle(s),
                                        "SELECT count(*) FROM sqlite_schema WHERE type = "
                                        "'table' AND name = ?1",
                                        -1, &statement, NULL),
                     SQLITE_OK);
    sqlite3_bind_text(statement, 1, name, -1, SQLITE_STATIC);
    assert_int_equal(sqlite3_step(statement), SQLITE_ROW);
    bool found = sqlite3_column_int(statement, 0) == 1;
    sqlite3_finalize(statement);
    return found;
}

/* Every table a user sees has its stored form: SQL tables the schema
 * creates, statements that name them, its key first as its table_def says,
 * and a count; a table added to table_id without these fails here. */
static void every_table_has_its_stored_form(void **state)
{
    (void)state;
    assure_error err;
    assert_int_equal(store_create(path, &err), ASSURE_OK);
    store *s;
    assert_int_equal(store_open(path, STORE_READ_WRITE, &s, NULL, &err), ASSURE_OK);
    for (int t = 0; t < TABLE_DEF_COUNT; t++) {
        const table_def *def = table_def_get((table_id)t);
        const store_table_def *stored = store_table_def_get((table_id)t);
        assert_non_null(stored);
        const stored_table *rows = stored_table_for((table_id)t, IMPORT_MAIN);
        assert_ptr_equal(rows, &stored->rows);
        assert_int_equal(rows->table, t);
        assert_non_null(rows->name);
        assert_string_equal(stored_name((table_id)t, STORED_ROWS), rows->name);
        assert_true(has_table(s, rows->name));
        assert_string_equal(stored_label(rows), def->name);
        assert_string_equal(store_table_of(rows->name), def->name);
        /* its key, as the table's definition gives it */
        for (size_t k = 0; k < 3; k++)
            assert_int_equal(k < rows->nkeys ? rows->columns[k] : -1, def->keys[k]);
        for (size_t c = 0; c < rows->ncolumns; c++)
            assert_true(rows->columns[c] >= 0 && (size_t)rows->columns[c] < def->nfields);
        /* every statement is of its SQL table */
        char from[64], into[64], update[64];
        snprintf(from, sizeof from, " FROM %s", rows->name);
        snprintf(into, sizeof into, "INSERT INTO %s ", rows->name);
        snprintf(update, sizeof update, "UPDATE %s SET", rows->name);
        assert_non_null(strstr(rows->select_one, from));
        assert_non_null(strstr(rows->select_all, from));
        assert_non_null(strstr(rows->delete_one, from));
        assert_non_null(strstr(rows->insert, into));
        assert_non_null(strstr(rows->update, update));
        const stored_table *profile = stored_table_for((table_id)t, IMPORT_PROFILE);
        assert_true((profile != NULL) == (t == TABLE_DEF_SAVINGS));
        if (profile != NULL) {
            assert_int_equal(profile->table, t);
            assert_true(has_table(s, profile->name));
            assert_string_equal(stored_label(profile), def->name);
        }
        if (stored->beside != NULL)
            assert_true(has_table(s, stored->beside));
        long long count = -1;
        assert_int_equal(store_count(s, (table_id)t, &count, &err), ASSURE_OK);
        assert_int_equal(count, 0);
    }
    /* by hand, from the schema */
    assert_string_equal(stored_name(TABLE_DEF_SAVINGS, STORED_PROFILE), "savings_profile");
    assert_string_equal(stored_name(TABLE_DEF_RISKS, STORED_ROWS), "risk");
    assert_string_equal(stored_name(TABLE_DEF_RISKS, STORED_BESIDE), "risk_history");
    assert_string_equal(stored_name(TABLE_DEF_KPI_VALUES, STORED_ROWS), "kpi_value");
    assert_null(stored_name(TABLE_DEF_STAFFING, STORED_PROFILE));
    assert_null(store_table_def_get((table_id)TABLE_DEF_COUNT));
    assert_string_equal(store_own_table_name(STORE_OWN_SNAPSHOTS), "snapshots");
    assert_string_equal(store_own_table_name(STORE_OWN_AUDIT), "audit");
    /* whose a stored table is, as check names it */
    assert_string_equal(store_table_of("savings_profile"), "savings");
    assert_string_equal(store_table_of("risk_history"), "risks");
    assert_string_equal(store_table_of("kpi_value"), "kpi_values");
    assert_string_equal(store_table_of("investment_year"), "investment");
    assert_string_equal(store_table_of("snapshot_value"), "snapshots");
    assert_string_equal(store_table_of("audit_head"), "audit");
    assert_string_equal(store_table_of("declared_total"), "savings");
    assert_null(store_table_of("sqlite_sequence"));
    store_close(s);
}

static void init_never_overwrites(void **state)
{
    (void)state;
    assure_error err;
    FILE *f = fopen(path, "w");
    fputs("precious", f);
    fclose(f);
    assert_int_equal(store_create(path, &err), ASSURE_USAGE);
    expect_message(&err, "already exists");
    f = fopen(path, "r");
    char buf[16] = "";
    assert_non_null(fgets(buf, sizeof buf, f));
    fclose(f);
    assert_string_equal(buf, "precious");
}

static void opening_what_is_not_an_assure_database_is_refused(void **state)
{
    (void)state;
    assure_error err;
    store *s;
    assert_int_equal(store_open(path, STORE_READ_WRITE, &s, NULL, &err), ASSURE_DATA);
    expect_message(&err, "no database here");
    expect_message(&err, "assure init");

    FILE *f = fopen(path, "w");
    fputs("Ref,Name\nS1,Something\n", f);
    fclose(f);
    assert_int_equal(store_open(path, STORE_READ_WRITE, &s, NULL, &err), ASSURE_DATA);
    expect_message(&err, "not an assure database");

    unlink(path);
    sqlite3 *other;
    assert_int_equal(sqlite3_open(path, &other), SQLITE_OK);
    assert_int_equal(sqlite3_exec(other, "CREATE TABLE t(x)", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(other);
    assert_int_equal(store_open(path, STORE_READ_WRITE, &s, NULL, &err), ASSURE_DATA);
    expect_message(&err, "a SQLite database, but not one of assure's");
}

static void a_database_from_a_newer_assure_is_refused_and_left_alone(void **state)
{
    (void)state;
    assure_error err;
    assert_int_equal(store_create(path, &err), ASSURE_OK);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    store *s;
    assert_int_equal(store_open(path, STORE_READ_WRITE, &s, NULL, &err), ASSURE_DATA);
    char expected[128];
    snprintf(expected, sizeof expected,
             "made by a newer assure (schema version 99; this assure knows up to %d)", STORE_SCHEMA_VERSION);
    expect_message(&err, expected);
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    sqlite3_stmt *statement;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, NULL);
    assert_int_equal(sqlite3_step(statement), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(statement, 0), 99);
    sqlite3_finalize(statement);
    sqlite3_close(db);
}

/* PRAGMA user_version set by hand to what no assure writes: refused, named. */
static void a_schema_version_no_assure_writes_is_refused_naming_the_file(void **state)
{
    (void)state;
    static const char *const versions[] = {"-5", "-1", "1000", "2147483647"};
    for (size_t i = 0; i < sizeof versions / sizeof versions[0]; i++) {
        unlink(path);
        assure_error err;
        assert_int_equal(store_create(path, &err), ASSURE_OK);
        sqlite3 *db;
        assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
        char pragma[64];
        snprintf(pragma, sizeof pragma, "PRAGMA user_version = %s", versions[i]);
        assert_int_equal(sqlite3_exec(db, pragma, NULL, NULL, NULL), SQLITE_OK);
        sqlite3_close(db);
        for (int mode = 0; mode < 2; mode++) {
            store *s;
            memset(&err, 0, sizeof err);
            assert_int_equal(store_open(path, mode ? STORE_READ_ONLY : STORE_READ_WRITE, &s, NULL, &err),
                             ASSURE_DATA);
            char expected[400];
            snprintf(expected, sizeof expected, "%s: schema version %s is not one any assure writes", path,
                     versions[i]);
            expect_message(&err, expected);
        }
    }
}

/* Build a version 1 database with a row in it, as an older assure made. */
static void make_version_one(void)
{
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    char pragma[64];
    snprintf(pragma, sizeof pragma, "PRAGMA application_id = %d", STORE_APPLICATION_ID);
    assert_int_equal(sqlite3_exec(db, pragma, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    /* store_open would migrate; use the internals to stop at version 1 */
    assure_error err;
    store *s = calloc(1, sizeof *s);
    s->path = strdup(path);
    assert_int_equal(sqlite3_open(path, &s->db), SQLITE_OK);
    store_note_file(s);
    assert_int_equal(store_migrate_to(s, 1, &err), ASSURE_OK);
    assert_int_equal(store_exec(s,
                                "INSERT INTO risk(ref, title, likelihood, impact) "
                                "VALUES ('AANDH0030', 'Unable to achieve MTFP targets', 3, 3)",
                                &err),
                     ASSURE_OK);
    store_close(s);
}

static void an_older_database_is_backed_up_then_migrated(void **state)
{
    (void)state;
    make_version_one();
    assure_error err;
    store *s;
    store_open_report report;
    assert_int_equal(store_open(path, STORE_READ_WRITE, &s, &report, &err), ASSURE_OK);
    assert_true(report.migrated);
    assert_int_equal(report.found_version, 1);
    char expected_backup[400];
    snprintf(expected_backup, sizeof expected_backup, "%s.v1.bak", path);
    assert_string_equal(report.backup, expected_backup);
    assert_int_equal(store_schema_version(s, &err), STORE_SCHEMA_VERSION);
    assert_int_equal(query(s, "SELECT count(*) FROM risk WHERE ref = 'AANDH0030'"), 1);
    /* the upgrade starts the audit chain, sealing the no entries before it */
    assert_int_equal(query(s, "SELECT count(*) FROM audit"), 1);
    assert_int_equal(query(s, "SELECT count(*) FROM audit WHERE action = 'chain' AND new_value LIKE "
                              "'the trail is chained from here; 0 earlier entries sealed, SHA-256 %'"),
                     1);
    store_close(s);
    /* the backup is the old database, whole */
    sqlite3 *backup;
    assert_int_equal(sqlite3_open_v2(expected_backup, &backup, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    sqlite3_stmt *statement;
    sqlite3_prepare_v2(backup, "SELECT (SELECT user_version FROM pragma_user_version), count(*) FROM risk",
                       -1, &statement, NULL);
    assert_int_equal(sqlite3_step(statement), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(statement, 0), 1);
    assert_int_equal(sqlite3_column_int(statement, 1), 1);
    sqlite3_finalize(statement);
    sqlite3_close(backup);
    /* opening again changes nothing more */
    assert_int_equal(store_open(path, STORE_READ_WRITE, &s, &report, &err), ASSURE_OK);
    assert_false(report.migrated);
    store_close(s);
}

/* Schema 4 rebuilt declared_total for bridge and investment figures: what a
 * schema 3 database kept must come through. */
static void declared_totals_survive_the_move_to_schema_four(void **state)
{
    (void)state;
    make_version_one();
    assure_error err;
    store *s = calloc(1, sizeof *s);
    s->path = strdup(path);
    assert_int_equal(sqlite3_open(path, &s->db), SQLITE_OK);
    store_note_file(s);
    assert_int_equal(store_migrate_to(s, 3, &err), ASSURE_OK);
    assert_int_equal(
        store_exec(s,
                   "INSERT INTO declared_total (table_name, label, fy, measure, declared, computed, "
                   "source, line, imported_at) VALUES ('savings', 'Older Adults Total', NULL, "
                   "'target', 11300000, 11000000, 'matrix.csv', 7, '2026-11-20T09:00:00Z')",
                   &err),
        ASSURE_OK);
    store_close(s);
    store_open_report report;
    assert_int_equal(store_open(path, STORE_READ_WRITE, &s, &report, &err), ASSURE_OK);
    assert_int_equal(report.found_version, 3);
    assert_int_equal(
        query(s, "SELECT declared - computed FROM declared_total WHERE label = 'Older Adults Total'"),
        300000);
    /* and now takes an investment figure's measure */
    assert_int_equal(
        store_exec(s,
                   "INSERT INTO declared_total (table_name, label, measure, declared, computed, "
                   "source, line, imported_at) VALUES ('investment', 'Totals', 'fte', 1440, 1420, "
                   "'posts.csv', 10, '2026-11-20T09:00:00Z')",
                   &err),
        ASSURE_OK);
    assert_int_equal(query(s, "SELECT count(*) FROM declared_total"), 2);
    store_close(s);
}

/* Schema 6 rebuilt tables that others refer to (savings lines, risks): the
 * rows that refer to them must come through, not be cascaded away. */
static void rows_referring_to_rebuilt_tables_survive_the_move_to_schema_six(void **state)
{
    (void)state;
    make_version_one();
    assure_error err;
    store *s = calloc(1, sizeof *s);
    s->path = strdup(path);
    assert_int_equal(sqlite3_open(path, &s->db), SQLITE_OK);
    store_note_file(s);
    assert_int_equal(store_migrate_to(s, 5, &err), ASSURE_OK);
    assert_int_equal(
        store_exec(s,
                   "INSERT INTO risk_history (ref, reviewed_on, likelihood, impact, note) "
                   "VALUES ('AANDH0030', '2023-06-01', 3, 3, 'Opening score');"
                   "INSERT INTO savings_line (ref, name) VALUES ('SOM-02', 'Short term services');"
                   "INSERT INTO savings_profile (ref, fy, target) VALUES ('SOM-02', 2026, 6700000)",
                   &err),
        ASSURE_OK);
    store_close(s);
    store_open_report report;
    assert_int_equal(store_open(path, STORE_READ_WRITE, &s, &report, &err), ASSURE_OK);
    assert_int_equal(report.found_version, 5);
    assert_int_equal(query(s, "SELECT count(*) FROM risk_history WHERE ref = 'AANDH0030'"), 1);
    assert_int_equal(query(s, "SELECT target FROM savings_profile WHERE ref = 'SOM-02' AND fy = 2026"),
                     6700000);
    assert_int_equal(query(s, "PRAGMA foreign_keys"), 1);
    /* and the rules hold as before: deleting the risk takes its history */
    assert_int_equal(store_exec(s, "DELETE FROM risk WHERE ref = 'AANDH0030'", &err), ASSURE_OK);
    assert_int_equal(query(s, "SELECT count(*) FROM risk_history"), 0);
    store_close(s);
}

static void an_older_database_is_not_migrated_read_only(void **state)
{
    (void)state;
    make_version_one();
    assure_error err;
    store *s;
    assert_int_equal(store_open(path, STORE_READ_ONLY, &s, NULL, &err), ASSURE_DATA);
    expect_message(&err, "schema version 1 needs upgrading to " XSTR(
                             STORE_SCHEMA_VERSION) "; open it once without --read-only");
}

static void read_only_cannot_write_even_by_mistake(void **state)
{
    (void)state;
    assure_error err;
    assert_int_equal(store_create(path, &err), ASSURE_OK);
    store *s;
    assert_int_equal(store_open(path, STORE_READ_ONLY, &s, NULL, &err), ASSURE_OK);
    assert_true(store_is_read_only(s));
    assert_int_equal(query(s, "PRAGMA query_only"), 1);
    assert_int_equal(
        store_exec(s, "INSERT INTO risk(ref, title, likelihood, impact) VALUES ('R1', 'x', 1, 1)", &err),
        ASSURE_DATA);
    expect_message(&err, "readonly");
    long long count = -1;
    assert_int_equal(store_count(s, TABLE_DEF_RISKS, &count, &err), ASSURE_OK);
    assert_int_equal(count, 0);
    store_close(s);
}

static void constraints_keep_bad_values_out(void **state)
{
    (void)state;
    assure_error err;
    assert_int_equal(store_create(path, &err), ASSURE_OK);
    store *s;
    assert_int_equal(store_open(path, STORE_READ_WRITE, &s, NULL, &err), ASSURE_OK);
    /* likelihood 7 */
    assert_int_equal(
        store_exec(s, "INSERT INTO risk(ref, title, likelihood, impact) VALUES ('R1', 'x', 7, 1)", &err),
        ASSURE_DATA);
    /* money as text, in a STRICT table */
    assert_int_equal(store_exec(s,
                                "INSERT INTO savings_line(ref, name) VALUES ('S1', 'x');"
                                "INSERT INTO savings_profile(ref, fy, target) VALUES ('S1', 2024, '12.50')",
                                &err),
                     ASSURE_DATA);
    /* a profile for a line that does not exist */
    assert_int_equal(
        store_exec(s, "INSERT INTO savings_profile(ref, fy, target) VALUES ('NONE', 2024, 1)", &err),
        ASSURE_DATA);
    /* a staffing date that is not ISO */
    assert_int_equal(
        store_exec(s, "INSERT INTO staffing VALUES ('30/01/2015', 'West Kent', 'Team Manager', 400, 0, 0)",
                   &err),
        ASSURE_DATA);
    /* a review period of 10 days */
    assert_int_equal(store_exec(s,
                                "INSERT INTO reviews(period_start, team, period_days, fte, completed) "
                                "VALUES ('2026-11-09', 'North', 10, 500, 3)",
                                &err),
                     ASSURE_DATA);
    store_close(s);
}

static void data_version_moves_when_another_connection_commits(void **state)
{
    (void)state;
    assure_error err;
    assert_int_equal(store_create(path, &err), ASSURE_OK);
    store *reader, *writer;
    assert_int_equal(store_open(path, STORE_READ_ONLY, &reader, NULL, &err), ASSURE_OK);
    assert_int_equal(store_open(path, STORE_READ_WRITE, &writer, NULL, &err), ASSURE_OK);
    long long before, after;
    assert_int_equal(store_data_version(reader, &before, &err), ASSURE_OK);
    assert_int_equal(
        store_exec(writer, "INSERT INTO risk(ref, title, likelihood, impact) VALUES ('R1', 'x', 1, 1)", &err),
        ASSURE_OK);
    assert_int_equal(store_data_version(reader, &after, &err), ASSURE_OK);
    assert_true(after != before);
    store_close(writer);
    store_close(reader);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(init_creates_an_empty_current_database_not_world_readable, fresh_path),
        cmocka_unit_test_setup(init_never_overwrites, fresh_path),
        cmocka_unit_test_setup(every_table_has_its_stored_form, fresh_path),
        cmocka_unit_test_setup(opening_what_is_not_an_assure_database_is_refused, fresh_path),
        cmocka_unit_test_setup(a_database_from_a_newer_assure_is_refused_and_left_alone, fresh_path),
        cmocka_unit_test_setup(a_schema_version_no_assure_writes_is_refused_naming_the_file, fresh_path),
        cmocka_unit_test_setup(an_older_database_is_backed_up_then_migrated, fresh_path),
        cmocka_unit_test_setup(declared_totals_survive_the_move_to_schema_four, fresh_path),
        cmocka_unit_test_setup(rows_referring_to_rebuilt_tables_survive_the_move_to_schema_six, fresh_path),
        cmocka_unit_test_setup(an_older_database_is_not_migrated_read_only, fresh_path),
        cmocka_unit_test_setup(read_only_cannot_write_even_by_mistake, fresh_path),
        cmocka_unit_test_setup(constraints_keep_bad_values_out, fresh_path),
        cmocka_unit_test_setup(data_version_moves_when_another_connection_commits, fresh_path),
    };
    return cmocka_run_group_tests_name("store", tests, make_directory, remove_directory);
}
