/* The PostgreSQL store (src/store/store_pg.c): locations and programme
 * names, and, on a real server ($ASSURE_TEST_PG_URL, from tests/pg/server
 * run, as make check runs this test), programmes made and listed, a
 * connection the server ends made again before a write, and other
 * connections' commits heard.  Without a server those tests are skipped. */
#include "test.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db.h"
#include "store.h"
#include "store_internal.h"

static void the_location_shown_has_no_password(void **state)
{
    (void)state;
    char shown[256];
    store_location_shown("postgresql://ann:s3cret@db.example/assure?sslmode=require", shown, sizeof shown);
    assert_string_equal("postgresql://ann@db.example/assure?sslmode=require", shown);
    store_location_shown("postgresql:///assure?host=/run/pg&password=s3cret&user=ann", shown, sizeof shown);
    assert_null(strstr(shown, "s3cret"));
    assert_non_null(strstr(shown, "user=ann"));
    store_location_shown("/srv/assure/programme.db", shown, sizeof shown);
    assert_string_equal("/srv/assure/programme.db", shown);
}

static void programme_names_are_plain_schema_names(void **state)
{
    (void)state;
    assert_true(store_programme_name_ok("main"));
    assert_true(store_programme_name_ok("kent_cc"));
    assert_true(store_programme_name_ok("_trial2"));
    assert_false(store_programme_name_ok(""));
    assert_false(store_programme_name_ok("Kent"));    /* PostgreSQL folds unquoted names to lower case */
    assert_false(store_programme_name_ok("kent-cc")); /* would need quoting everywhere */
    assert_false(store_programme_name_ok("2024"));
    assert_false(store_programme_name_ok("pg_catalog")); /* the server's own */
    assert_false(store_programme_name_ok("information_schema"));
    char longest[64], too_long[65];
    memset(longest, 'a', 63);
    longest[63] = '\0';
    memset(too_long, 'a', 64);
    too_long[64] = '\0';
    assert_true(store_programme_name_ok(longest)); /* 63 bytes: PostgreSQL's limit on a name */
    assert_false(store_programme_name_ok(too_long));
}

static void a_password_in_the_location_is_refused_unshown(void **state)
{
    (void)state;
    store *s = NULL;
    assure_error err = {""};
    assert_int_equal(ASSURE_USAGE, store_open_programme("postgresql://ann:s3cret@localhost/assure", NULL,
                                                        STORE_READ_ONLY, &s, NULL, &err));
    assert_null(s);
    assert_non_null(strstr(err.message, ".pgpass"));
    assert_null(strstr(err.message, "s3cret"));
    assert_int_equal(ASSURE_USAGE, store_create_programme("postgresql:///assure?password=s3cret", "main", &err));
    assert_null(strstr(err.message, "s3cret"));
    /* nor with a programme name refused as well */
    assert_int_equal(ASSURE_USAGE, store_create_programme("postgresql://ann:s3cret@localhost/assure", "Bad-Name", &err));
    assert_null(strstr(err.message, "s3cret"));
    assert_int_equal(ASSURE_USAGE, store_open_programme("postgresql://ann@localhost/assure", "Bad-Name",
                                                        STORE_READ_ONLY, &s, NULL, &err));
    assert_non_null(strstr(err.message, "'Bad-Name' cannot name a programme"));
}

/* A programme of the test's own on the server, taken away after. */
typedef struct {
    const char *location;
    char programme[64];
} fixture;

static int make_programme(void **state)
{
    static int made;
    fixture *f = calloc(1, sizeof *f);
    if (f == NULL)
        return -1;
    *state = f;
    f->location = getenv("ASSURE_TEST_PG_URL");
    if (f->location == NULL || *f->location == '\0') {
        f->location = NULL;
        return 0; /* each test skips */
    }
    snprintf(f->programme, sizeof f->programme, "unit_%ld_%d", (long)getpid(), ++made);
    assure_error err = {""};
    if (store_create_programme(f->location, f->programme, &err) != ASSURE_OK) {
        fprintf(stderr, "cannot make a programme: %s\n", err.message);
        return -1;
    }
    return 0;
}

static int remove_programme(void **state)
{
    fixture *f = *state;
    assure_error err = {""};
    if (f->location != NULL)
        store_remove_made(f->location, f->programme, &err);
    free(f);
    return 0;
}

static store *open_it(void **state, store_mode mode)
{
    fixture *f = *state;
    if (f->location == NULL)
        skip(); /* no server given */
    store *s = NULL;
    assure_error err = {""};
    if (store_open_programme(f->location, f->programme, mode, &s, NULL, &err) != ASSURE_OK)
        fail_msg("cannot open programme %s: %s", f->programme, err.message);
    return s;
}

static void a_programme_made_is_listed_and_opens_empty(void **state)
{
    fixture *f = *state;
    store *s = open_it(state, STORE_READ_ONLY);
    assure_error err = {""};
    assert_string_equal(f->programme, store_programme(s));
    assert_int_equal(STORE_SCHEMA_VERSION, store_schema_version(s, &err));
    store_close(s);
    char **names;
    size_t count;
    assert_int_equal(ASSURE_OK, store_programmes(f->location, &names, &count, &err));
    bool found = false;
    for (size_t i = 0; i < count; i++) {
        found = found || strcmp(names[i], f->programme) == 0;
        free(names[i]);
    }
    free(names);
    assert_true(found);
    /* made once only */
    assert_int_equal(ASSURE_USAGE, store_create_programme(f->location, f->programme, &err));
    assert_non_null(strstr(err.message, "already exists"));
}

/* The server process serving s. */
static long long backend_of(store *s)
{
    db_stmt *st;
    assert_int_equal(DB_OK, db_prepare(&s->conn, "SELECT pg_backend_pid()", false, &st));
    assert_int_equal(DB_ROW, db_step(st));
    long long pid = db_column_int64(st, 0);
    db_finalize(st);
    return pid;
}

static void a_connection_the_server_ended_is_made_again_before_a_write(void **state)
{
    store *s = open_it(state, STORE_READ_WRITE);
    store *other = open_it(state, STORE_READ_WRITE);
    assure_error err = {""};
    assert_int_equal(STORE_FILE_SAME, store_file_check(s));
    char sql[96];
    snprintf(sql, sizeof sql, "SELECT pg_terminate_backend(%lld)", backend_of(s));
    assert_int_equal(ASSURE_OK, store_exec(other, sql, &err));
    store_file_state state_now = STORE_FILE_SAME;
    for (int i = 0; i < 100 && state_now == STORE_FILE_SAME; i++) { /* the server's goodbye arrives */
        usleep(20000);
        state_now = store_file_check(s);
    }
    assert_int_equal(STORE_CONNECTION_LOST, state_now);
    /* the write connects again, then goes through */
    assert_int_equal(ASSURE_OK, store_write_begin(s, &err));
    assert_int_equal(ASSURE_OK, store_exec(s, "UPDATE assure_meta SET version = version", &err));
    assert_int_equal(ASSURE_OK, store_commit(s, &err));
    assert_int_equal(STORE_FILE_SAME, store_file_check(s));
    store_close(other);
    store_close(s);
}

static void another_connections_commit_is_heard(void **state)
{
    store *watcher = open_it(state, STORE_READ_ONLY);
    store *writer = open_it(state, STORE_READ_WRITE);
    assure_error err = {""};
    long long before = 0, after = 0;
    assert_int_equal(ASSURE_OK, store_data_version(watcher, &before, &err));
    assert_int_equal(ASSURE_OK, store_write_begin(writer, &err));
    assert_int_equal(ASSURE_OK, store_exec(writer, "UPDATE assure_meta SET version = version", &err));
    assert_int_equal(ASSURE_OK, store_commit(writer, &err));
    for (int i = 0; i < 100 && after == before; i++) {
        usleep(20000);
        assert_int_equal(ASSURE_OK, store_data_version(watcher, &after, &err));
    }
    assert_true(after > before);
    /* a read-only connection writes nothing, on the server's word too */
    assert_int_equal(DB_ERROR, db_exec(&watcher->conn, "UPDATE assure_meta SET version = version"));
    store_close(writer);
    store_close(watcher);
}

static void a_commit_that_changed_nothing_tells_no_one(void **state)
{
    store *watcher = open_it(state, STORE_READ_ONLY);
    store *writer = open_it(state, STORE_READ_WRITE);
    assure_error err = {""};
    long long before = 0, after = 0;
    assert_int_equal(ASSURE_OK, store_data_version(watcher, &before, &err));
    assert_int_equal(ASSURE_OK, store_write_begin(writer, &err));
    assert_int_equal(ASSURE_OK, store_exec(writer, "UPDATE assure_meta SET version = version WHERE one = 2", &err));
    assert_int_equal(ASSURE_OK, store_commit(writer, &err));
    usleep(300000); /* a notice would have come by now: the one below comes in well under */
    assert_int_equal(ASSURE_OK, store_data_version(watcher, &after, &err));
    assert_int_equal(before, after);
    /* one row changed: told */
    assert_int_equal(ASSURE_OK, store_write_begin(writer, &err));
    assert_int_equal(ASSURE_OK, store_exec(writer, "UPDATE assure_meta SET version = version WHERE one = 1", &err));
    assert_int_equal(ASSURE_OK, store_commit(writer, &err));
    for (int i = 0; i < 100 && after == before; i++) {
        usleep(20000);
        assert_int_equal(ASSURE_OK, store_data_version(watcher, &after, &err));
    }
    assert_true(after > before);
    store_close(writer);
    store_close(watcher);
}

static void a_programme_from_a_newer_assure_is_refused(void **state)
{
    fixture *f = *state;
    store *s = open_it(state, STORE_READ_WRITE);
    assure_error err = {""};
    assert_int_equal(ASSURE_OK, store_write_begin(s, &err));
    assert_int_equal(ASSURE_OK, store_exec(s, "UPDATE assure_meta SET version = 99", &err));
    assert_int_equal(ASSURE_OK, store_commit(s, &err));
    store_close(s);
    store *again = NULL;
    assert_int_equal(ASSURE_DATA,
                     store_open_programme(f->location, f->programme, STORE_READ_ONLY, &again, NULL, &err));
    assert_null(again);
    assert_non_null(strstr(err.message, "newer assure (schema version 99"));
}

#define ON_SERVER(test) cmocka_unit_test_setup_teardown(test, make_programme, remove_programme)

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_location_shown_has_no_password),
        cmocka_unit_test(programme_names_are_plain_schema_names),
        cmocka_unit_test(a_password_in_the_location_is_refused_unshown),
        ON_SERVER(a_programme_made_is_listed_and_opens_empty),
        ON_SERVER(a_connection_the_server_ended_is_made_again_before_a_write),
        ON_SERVER(another_connections_commit_is_heard),
        ON_SERVER(a_commit_that_changed_nothing_tells_no_one),
        ON_SERVER(a_programme_from_a_newer_assure_is_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
