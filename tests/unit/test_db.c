/* The database seam (src/store/db.h): the same tests on SQLite (in memory)
 * and on a real PostgreSQL server, whose connection string is in
 * $ASSURE_TEST_PG (tests/pg/server starts one; `make check` runs this test
 * inside it).  Without it the PostgreSQL tests are skipped. */
#include "test.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"

typedef struct {
    db_conn conn;
    bool open;
} fixture;

static int open_sqlite(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    sqlite3 *handle = NULL;
    if (f == NULL || sqlite3_open(":memory:", &handle) != SQLITE_OK)
        return -1;
    db_attach_sqlite(&f->conn, handle);
    f->open = true;
    *state = f;
    return 0;
}

static int open_postgresql(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    if (f == NULL)
        return -1;
    *state = f;
    const char *conninfo = getenv("ASSURE_TEST_PG");
    if (conninfo == NULL || *conninfo == '\0')
        return 0; /* each test skips */
    if (db_open_postgresql(&f->conn, conninfo) != DB_OK) {
        fprintf(stderr, "cannot connect to %s: %s\n", conninfo, db_errmsg(&f->conn));
        db_close(&f->conn);
        return -1;
    }
    f->open = true;
    return 0;
}

static int close_conn(void **state)
{
    fixture *f = *state;
    if (f != NULL && f->open)
        db_close(&f->conn);
    free(f);
    return 0;
}

static db_conn *conn(void **state)
{
    fixture *f = *state;
    if (!f->open)
        skip(); /* no server given */
    return &f->conn;
}

static void exec_ok(db_conn *c, const char *sql)
{
    if (db_exec(c, sql) != DB_OK)
        fail_msg("%s: %s", sql, db_errmsg(c));
}

static db_stmt *prepare_ok(db_conn *c, const char *sql, bool persistent)
{
    db_stmt *st = NULL;
    if (db_prepare(c, sql, persistent, &st) != DB_OK)
        fail_msg("%s: %s", sql, db_errmsg(c));
    return st;
}

static long long count_rows(db_conn *c, const char *sql)
{
    db_stmt *st = prepare_ok(c, sql, false);
    assert_int_equal(db_step(st), DB_ROW);
    long long n = db_column_int64(st, 0);
    assert_int_equal(db_step(st), DB_DONE);
    db_finalize(st);
    return n;
}

/* The same SQL, SQLite's spelling, on both: a STRICT table, ?N parameters,
 * one statement run three times with new values, a filtered read back. */
static void statements_bind_step_and_read_columns(void **state)
{
    db_conn *c = conn(state);
    exec_ok(c, "CREATE TEMP TABLE line (ref TEXT PRIMARY KEY, amount INTEGER NOT NULL, owner TEXT) STRICT");
    db_stmt *insert = prepare_ok(c, "INSERT INTO line (ref, amount, owner) VALUES (?1, ?2, ?3)", true);
    static const struct {
        const char *ref;
        long long amount;
        const char *owner;
    } rows[] = {{"S-01", 120000, "Finance"}, {"S-02", 45000, "Commissioning"}, {"S-03", 310000, "Finance"}};
    for (int i = 0; i < 3; i++) {
        db_reset_clear(insert);
        assert_int_equal(db_bind_text(insert, 1, rows[i].ref), DB_OK);
        assert_int_equal(db_bind_int64(insert, 2, rows[i].amount), DB_OK);
        assert_int_equal(db_bind_text(insert, 3, rows[i].owner), DB_OK);
        assert_int_equal(db_step(insert), DB_DONE);
        assert_int_equal(db_changes(c), 1);
    }
    db_finalize(insert);

    /* Finance's lines, largest first: S-03 (310000) then S-01 (120000). */
    db_stmt *select = prepare_ok(
        c, "SELECT ref, amount FROM line WHERE owner = ?1 AND amount >= ?2 ORDER BY amount DESC", true);
    db_bind_text(select, 1, "Finance");
    db_bind_int64(select, 2, 100000);
    assert_int_equal(db_step(select), DB_ROW);
    assert_int_equal(db_column_count(select), 2);
    assert_string_equal(db_column_name(select, 0), "ref");
    assert_string_equal(db_column_text(select, 0), "S-03");
    assert_int_equal(db_column_int64(select, 1), 310000);
    assert_int_equal(db_step(select), DB_ROW);
    assert_string_equal(db_column_text(select, 0), "S-01");
    assert_int_equal(db_column_int(select, 1), 120000);
    assert_int_equal(db_step(select), DB_DONE);

    /* Run again with the same parameters after a reset: the same first row. */
    db_reset(select);
    assert_int_equal(db_step(select), DB_ROW);
    assert_string_equal(db_column_text(select, 0), "S-03");
    db_finalize(select);

    /* An UPDATE counts the rows it changed: the two Finance lines; a
     * SELECT (of one row) in between changes nothing. */
    exec_ok(c, "UPDATE line SET owner = 'Programme office' WHERE owner = 'Finance'");
    assert_int_equal(count_rows(c, "SELECT count(*) FROM line"), 3);
    assert_int_equal(db_changes(c), 2);
    /* and through a statement: the one Commissioning line */
    db_stmt *update = prepare_ok(c, "UPDATE line SET amount = amount + ?1 WHERE owner = ?2", false);
    db_bind_int64(update, 1, 5000);
    db_bind_text(update, 2, "Commissioning");
    assert_int_equal(db_step(update), DB_DONE);
    db_finalize(update);
    assert_int_equal(db_changes(c), 1);
    /* The sum is exact: 120000 + (45000 + 5000) + 310000. */
    assert_int_equal(count_rows(c, "SELECT sum(amount) FROM line"), 480000);
}

/* The ends of a 64-bit integer, and one past what a double holds exactly
 * (2^53 + 1 = 9007199254740993), come back digit for digit. */
static void integers_keep_every_digit(void **state)
{
    db_conn *c = conn(state);
    exec_ok(c, "CREATE TEMP TABLE figure (k INTEGER PRIMARY KEY, v INTEGER) STRICT");
    static const long long values[] = {LLONG_MAX, LLONG_MIN, 0, -1, 9007199254740993LL};
    db_stmt *insert = prepare_ok(c, "INSERT INTO figure (k, v) VALUES (?1, ?2)", false);
    for (int i = 0; i < 5; i++) {
        db_reset_clear(insert);
        db_bind_int64(insert, 1, i + 1);
        db_bind_int64(insert, 2, values[i]);
        assert_int_equal(db_step(insert), DB_DONE);
    }
    db_finalize(insert);
    db_stmt *select = prepare_ok(c, "SELECT v, k FROM figure ORDER BY k", false);
    for (int i = 0; i < 5; i++) {
        assert_int_equal(db_step(select), DB_ROW);
        assert_true(db_column_int64(select, 0) == values[i]);
    }
    assert_int_equal(db_step(select), DB_DONE);
    db_finalize(select);
    /* and as text, as the engine gives it */
    select = prepare_ok(c, "SELECT v FROM figure WHERE k = ?1", false);
    db_bind_int64(select, 1, 2);
    assert_int_equal(db_step(select), DB_ROW);
    assert_string_equal(db_column_text(select, 0), "-9223372036854775808");
    db_finalize(select);
    /* 9007199254740993 + 1 = 9007199254740994, summed by the engine */
    assert_true(count_rows(c, "SELECT v + 1 FROM figure WHERE k = 5") == 9007199254740994LL);
}

/* NULL is not the empty text, either way in. */
static void nulls_are_told_from_empty_text(void **state)
{
    db_conn *c = conn(state);
    exec_ok(c, "CREATE TEMP TABLE note (k INTEGER PRIMARY KEY, body TEXT, score INTEGER) STRICT");
    db_stmt *insert = prepare_ok(c, "INSERT INTO note (k, body, score) VALUES (?1, ?2, ?3)", false);
    db_bind_int64(insert, 1, 1);
    db_bind_null(insert, 2);
    db_bind_null(insert, 3);
    assert_int_equal(db_step(insert), DB_DONE);
    db_reset_clear(insert);
    db_bind_int64(insert, 1, 2);
    db_bind_text(insert, 2, "");
    db_bind_int64(insert, 3, 0);
    assert_int_equal(db_step(insert), DB_DONE);
    db_finalize(insert);

    db_stmt *select = prepare_ok(c, "SELECT body, score FROM note ORDER BY k", false);
    assert_int_equal(db_step(select), DB_ROW);
    assert_true(db_column_null(select, 0));
    assert_null(db_column_text(select, 0));
    assert_true(db_column_null(select, 1));
    assert_int_equal(db_column_int64(select, 1), 0);
    assert_int_equal(db_step(select), DB_ROW);
    assert_false(db_column_null(select, 0));
    assert_string_equal(db_column_text(select, 0), "");
    assert_false(db_column_null(select, 1));
    assert_int_equal(db_step(select), DB_DONE);
    db_finalize(select);
    /* One row has a NULL body: count(body) skips it, count(*) does not. */
    assert_int_equal(count_rows(c, "SELECT count(*) - count(body) FROM note"), 1);
    assert_int_equal(count_rows(c, "SELECT count(*) FROM note WHERE ifnull(body, 'none') = 'none'"), 1);
}

/* Quotes and question marks inside literals and comments are text, not
 * parameters; parameters may hold quotes and question marks. */
static void quotes_and_question_marks_in_text(void **state)
{
    db_conn *c = conn(state);
    db_stmt *st =
        prepare_ok(c,
                   "SELECT 'it''s ? here', ?1, \"?\" || ?2 FROM (SELECT 'x' AS \"?\") AS t -- a ? here\n"
                   "WHERE ?1 IS NOT NULL",
                   false);
    db_bind_text(st, 1, "O'Brien's ? query");
    db_bind_text(st, 2, "\"quoted\"; DROP TABLE x; --");
    assert_int_equal(db_step(st), DB_ROW);
    assert_string_equal(db_column_text(st, 0), "it's ? here");
    assert_string_equal(db_column_text(st, 1), "O'Brien's ? query");
    assert_string_equal(db_column_text(st, 2), "x\"quoted\"; DROP TABLE x; --");
    assert_int_equal(db_step(st), DB_DONE);
    db_finalize(st);
}

/* A broken rule fails with the engine's message, and the SQLSTATE on
 * PostgreSQL; a syntax error is found by the first step at the latest. */
static void errors_carry_the_engines_message(void **state)
{
    db_conn *c = conn(state);
    exec_ok(c, "CREATE TEMP TABLE person (ref TEXT PRIMARY KEY, name TEXT NOT NULL) STRICT");
    exec_ok(c, "INSERT INTO person (ref, name) VALUES ('P-1', 'Ada')");
    db_stmt *st = prepare_ok(c, "INSERT INTO person (ref, name) VALUES (?1, ?2)", true);
    db_bind_text(st, 1, "P-1");
    db_bind_text(st, 2, "Grace");
    assert_int_equal(db_step(st), DB_ERROR);
    if (c->backend == DB_SQLITE) {
        assert_non_null(strstr(db_errmsg(c), "UNIQUE constraint failed: person.ref"));
        assert_string_equal(db_sqlstate(c), "");
    } else {
        assert_non_null(strstr(db_errmsg(c), "duplicate key value violates unique constraint"));
        assert_string_equal(db_sqlstate(c), "23505");
    }
    /* The statement can be used again once reset: a new key goes in. */
    db_reset(st);
    db_bind_text(st, 1, "P-2");
    assert_int_equal(db_step(st), DB_DONE);
    db_finalize(st);
    assert_int_equal(count_rows(c, "SELECT count(*) FROM person"), 2);

    st = NULL;
    db_result rc = db_prepare(c, "SELEC name FROM person", false, &st);
    if (rc == DB_OK)
        rc = db_step(st);
    assert_int_equal(rc, DB_ERROR);
    assert_non_null(strstr(db_errmsg(c), "syntax error"));
    if (c->backend == DB_POSTGRESQL)
        assert_string_equal(db_sqlstate(c), "42601");
    db_finalize(st);
    assert_int_equal(db_exec(c, "INSERT INTO person (ref) VALUES ('P-3')"), DB_ERROR);
    assert_non_null(
        strstr(db_errmsg(c), c->backend == DB_SQLITE ? "NOT NULL constraint failed" : "null value"));
}

/* A transaction rolled back leaves nothing; one committed keeps its rows. */
static void a_rolled_back_transaction_leaves_nothing(void **state)
{
    db_conn *c = conn(state);
    exec_ok(c, "CREATE TEMP TABLE action (ref TEXT PRIMARY KEY) STRICT");
    assert_false(db_in_transaction(c));
    assert_int_equal(db_begin(c, DB_WRITE), DB_OK);
    assert_true(db_in_transaction(c));
    exec_ok(c, "INSERT INTO action (ref) VALUES ('A-1')");
    exec_ok(c, "INSERT INTO action (ref) VALUES ('A-2')");
    assert_int_equal(count_rows(c, "SELECT count(*) FROM action"), 2);
    assert_int_equal(db_rollback(c), DB_OK);
    assert_false(db_in_transaction(c));
    assert_int_equal(count_rows(c, "SELECT count(*) FROM action"), 0);

    assert_int_equal(db_begin(c, DB_WRITE), DB_OK);
    exec_ok(c, "INSERT INTO action (ref) VALUES ('A-3')");
    assert_int_equal(db_commit(c), DB_OK);
    assert_int_equal(db_begin(c, DB_READ), DB_OK);
    assert_int_equal(count_rows(c, "SELECT count(*) FROM action"), 1);
    assert_int_equal(db_commit(c), DB_OK);
    assert_false(db_in_transaction(c));
}

/* SQLite's INSERT OR IGNORE / OR REPLACE and its self-numbering key, shared
 * with PostgreSQL through the dialect. */
static void sqlites_insert_forms_and_keys_work_on_both(void **state)
{
    db_conn *c = conn(state);
    exec_ok(c, "CREATE TEMP TABLE head (one INTEGER PRIMARY KEY CHECK (one = 1), last TEXT NOT NULL) STRICT");
    exec_ok(c, "INSERT OR REPLACE INTO head (one, last) VALUES (1, 'first')");
    exec_ok(c, "INSERT OR REPLACE INTO head (one, last) VALUES (1, 'second')");
    db_stmt *st = prepare_ok(c, "SELECT count(*), max(last) FROM head", false);
    assert_int_equal(db_step(st), DB_ROW);
    assert_int_equal(db_column_int64(st, 0), 1);
    assert_string_equal(db_column_text(st, 1), "second");
    db_finalize(st);

    exec_ok(c, "CREATE TEMP TABLE seen (key TEXT PRIMARY KEY, line INTEGER NOT NULL) STRICT");
    st = prepare_ok(c, "INSERT OR IGNORE INTO seen (key, line) VALUES (?1, ?2)", true);
    db_bind_text(st, 1, "K");
    db_bind_int64(st, 2, 3);
    assert_int_equal(db_step(st), DB_DONE);
    assert_int_equal(db_changes(c), 1);
    db_reset_clear(st);
    db_bind_text(st, 1, "K");
    db_bind_int64(st, 2, 9);
    assert_int_equal(db_step(st), DB_DONE);
    assert_int_equal(db_changes(c), 0); /* already seen at line 3 */
    db_finalize(st);
    assert_int_equal(count_rows(c, "SELECT line FROM seen WHERE key = 'K'"), 3);

    /* the schema's date rule, ISO_DATE in schema.c */
    exec_ok(
        c, "CREATE TEMP TABLE due (d TEXT CHECK (d GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')) STRICT");
    exec_ok(c, "INSERT INTO due (d) VALUES ('2026-11-29')");
    assert_int_equal(db_exec(c, "INSERT INTO due (d) VALUES ('29/11/2026')"), DB_ERROR);
    assert_int_equal(db_exec(c, "INSERT INTO due (d) VALUES ('2026-11-29x')"), DB_ERROR);
    assert_int_equal(count_rows(c, "SELECT count(*) FROM due"), 1);

    exec_ok(c, "CREATE TEMP TABLE entry (id INTEGER PRIMARY KEY, what TEXT) STRICT");
    exec_ok(c, "INSERT INTO entry (what) VALUES ('a')");
    assert_int_equal(db_last_insert_id(c), 1);
    exec_ok(c, "INSERT INTO entry (what) VALUES ('b')");
    assert_int_equal(db_last_insert_id(c), 2);
}

/* The translation itself, worked by hand. */
static void expect_dialect(const char *sql, const char *expected, int nparams)
{
    int n = -1;
    char *out = db_dialect_postgresql(sql, &n);
    assert_non_null(out);
    assert_string_equal(out, expected);
    assert_int_equal(n, nparams);
    free(out);
}

static void the_dialect_translates_sqlites_spelling(void **state)
{
    (void)state;
    expect_dialect("SELECT a FROM t WHERE b = ?1 AND c = ?2", "SELECT a FROM t WHERE b = $1 AND c = $2", 2);
    /* a bare ? takes the number after the highest so far */
    expect_dialect("VALUES (?, ?3, ?)", "VALUES ($1, $3, $4)", 4);
    expect_dialect("SELECT '?1', \"a?\" FROM t -- ?\nWHERE x = ?1 /* ? */",
                   "SELECT '?1', \"a?\" FROM t -- ?\nWHERE x = $1 /* ? */", 1);
    expect_dialect("SELECT 'it''s ?', ?1", "SELECT 'it''s ?', $1", 1);
    expect_dialect("INSERT OR IGNORE INTO k (key, line) VALUES (?1, ?2)",
                   "INSERT INTO k (key, line) VALUES ($1, $2) ON CONFLICT DO NOTHING", 2);
    expect_dialect("INSERT OR REPLACE INTO audit_head (one, last_id, last_hash) VALUES (1, ?1, ?2);",
                   "INSERT INTO audit_head (one, last_id, last_hash) VALUES (1, $1, $2) ON CONFLICT (one) DO "
                   "UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash",
                   2);
    expect_dialect(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL, s TEXT) STRICT;",
        "CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, n BIGINT NOT NULL, s "
        "TEXT);",
        0);
    expect_dialect("CREATE TABLE k (key TEXT PRIMARY KEY) WITHOUT ROWID",
                   "CREATE TABLE k (key TEXT PRIMARY KEY)", 0);
    expect_dialect("SELECT ifnull(a, 0), my_ifnull(b) FROM t", "SELECT coalesce(a, 0), my_ifnull(b) FROM t",
                   0);
    expect_dialect("CHECK (d GLOB '[12][0-9]-*?.x' AND e GLOB 'it''s[!a]')",
                   "CHECK (d ~ '^[12][0-9]-.*.\\.x$' AND e ~ '^it''s[^a]$')", 0);
}

#define BOTH(test) cmocka_unit_test_setup_teardown(test, OPEN, close_conn)

int main(void)
{
    const struct CMUnitTest dialect[] = {cmocka_unit_test(the_dialect_translates_sqlites_spelling)};
#define OPEN open_sqlite
    const struct CMUnitTest sqlite[] = {
        BOTH(statements_bind_step_and_read_columns),
        BOTH(integers_keep_every_digit),
        BOTH(nulls_are_told_from_empty_text),
        BOTH(quotes_and_question_marks_in_text),
        BOTH(errors_carry_the_engines_message),
        BOTH(a_rolled_back_transaction_leaves_nothing),
        BOTH(sqlites_insert_forms_and_keys_work_on_both),
    };
#undef OPEN
#define OPEN open_postgresql
    const struct CMUnitTest postgresql[] = {
        BOTH(statements_bind_step_and_read_columns),
        BOTH(integers_keep_every_digit),
        BOTH(nulls_are_told_from_empty_text),
        BOTH(quotes_and_question_marks_in_text),
        BOTH(errors_carry_the_engines_message),
        BOTH(a_rolled_back_transaction_leaves_nothing),
        BOTH(sqlites_insert_forms_and_keys_work_on_both),
    };
#undef OPEN
    int failed = cmocka_run_group_tests_name("dialect", dialect, NULL, NULL);
    failed += cmocka_run_group_tests_name("sqlite", sqlite, NULL, NULL);
    failed += cmocka_run_group_tests_name("postgresql", postgresql, NULL, NULL);
    return failed;
}
