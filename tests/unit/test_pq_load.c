/* PostgreSQL's client library is loaded when a PostgreSQL connection is
 * first opened, not before (src/store/pq_load.c).  The tests run in order
 * in one process: the library is absent, then missing, not libpq or not a
 * library under the name tried (through the test hook pq_load_use_library),
 * then loaded. */
#include "test.h"

#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db.h"
#include "pq_load.h"

/* Is libpq in this process now?  (RTLD_NOLOAD asks without loading it.) */
static bool libpq_is_loaded(void)
{
    void *handle = dlopen(PQ_LOAD_LIBRARY, RTLD_LAZY | RTLD_NOLOAD);
    if (handle == NULL)
        return false;
    dlclose(handle); /* only the reference dlopen just added */
    return true;
}

/* No server listens here: the directory does not exist, so libpq fails at
 * once, after being loaded. */
#define NO_SERVER "host=/nonexistent/assure-test-socket port=1 connect_timeout=1"

static void sqlite_alone_never_loads_libpq(void **state)
{
    (void)state;
    assert_false(libpq_is_loaded()); /* the test is not linked with it */
    sqlite3 *handle = NULL;
    assert_int_equal(sqlite3_open(":memory:", &handle), SQLITE_OK);
    db_conn c;
    db_attach_sqlite(&c, handle);
    assert_int_equal(db_exec(&c, "CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1)"), DB_OK);
    db_close(&c);
    assert_false(libpq_is_loaded());
}

static void a_missing_library_is_the_connections_error_with_how_to_install_it(void **state)
{
    (void)state;
    pq_load_use_library("libpq-absent-for-assure-tests.so.5");
    db_conn c;
    assert_int_equal(db_open_postgresql(&c, NO_SERVER), DB_ERROR);
    assert_string_equal(
        db_errmsg(&c),
        "PostgreSQL's client library libpq-absent-for-assure-tests.so.5 is not installed (Debian and "
        "Ubuntu: apt-get install libpq5; RHEL and Fedora: dnf install libpq)");
    db_close(&c); /* nothing of libpq's to call: it was never loaded */
    assert_false(libpq_is_loaded());

    /* and again: a failed load is tried again, and fails the same way */
    assert_int_equal(db_open_postgresql(&c, NO_SERVER), DB_ERROR);
    assert_non_null(strstr(db_errmsg(&c), "libpq-absent-for-assure-tests.so.5 is not installed"));
    db_close(&c);
}

static void a_library_that_is_not_libpq_is_refused_by_name(void **state)
{
    (void)state;
    pq_load_use_library("libsqlite3.so.0"); /* there, linked in: but no PQconnectdb */
    db_conn c;
    assert_int_equal(db_open_postgresql(&c, NO_SERVER), DB_ERROR);
    assert_string_equal(
        db_errmsg(&c),
        "libsqlite3.so.0 is not the PostgreSQL client library assure needs: it has no PQconnectdb");
    db_close(&c);
}

static void a_library_that_cannot_be_loaded_says_why(void **state)
{
    (void)state;
    char path[] = "/tmp/assure-test-libpq-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, "not a library\n", 14), 14);
    close(fd);
    pq_load_use_library(path);
    db_conn c;
    db_result opened = db_open_postgresql(&c, NO_SERVER);
    unlink(path);
    assert_int_equal(opened, DB_ERROR);
    char expected[128];
    snprintf(expected, sizeof expected, "PostgreSQL's client library %s cannot be loaded: ", path);
    assert_memory_equal(db_errmsg(&c), expected, strlen(expected));
    assert_true(strlen(db_errmsg(&c)) > strlen(expected)); /* and the loader's reason */
    db_close(&c);
}

static void the_first_postgresql_connection_loads_libpq(void **state)
{
    (void)state;
    pq_load_use_library(NULL);
    db_conn c;
    assert_int_equal(db_open_postgresql(&c, NO_SERVER), DB_ERROR);
    /* libpq's own reason, so libpq ran */
    assert_null(strstr(db_errmsg(&c), "client library"));
    assert_non_null(strstr(db_errmsg(&c), "/nonexistent/assure-test-socket"));
    db_close(&c);
    assert_true(libpq_is_loaded());
}

static void once_loaded_the_library_serves_every_connection(void **state)
{
    (void)state;
    pq_load_use_library("libpq-absent-for-assure-tests.so.5"); /* too late: no effect */
    char message[256] = "";
    assert_true(pq_load(message, sizeof message));
    assert_string_equal(message, "");
    db_conn c;
    assert_int_equal(db_open_postgresql(&c, NO_SERVER), DB_ERROR);
    assert_null(strstr(db_errmsg(&c), "client library"));
    db_close(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sqlite_alone_never_loads_libpq),
        cmocka_unit_test(a_missing_library_is_the_connections_error_with_how_to_install_it),
        cmocka_unit_test(a_library_that_is_not_libpq_is_refused_by_name),
        cmocka_unit_test(a_library_that_cannot_be_loaded_says_why),
        cmocka_unit_test(the_first_postgresql_connection_loads_libpq),
        cmocka_unit_test(once_loaded_the_library_serves_every_connection),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
