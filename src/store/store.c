/* store.c - opening, creating and migrating the database. */
#include "store.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "schema.h"
#include "store_internal.h"

#define BUSY_TIMEOUT_MS 5000

const char *store_path(const store *s)
{
    return s->path;
}

bool store_is_read_only(const store *s)
{
    return s->read_only;
}

sqlite3 *store_handle(store *s)
{
    return s->db;
}

assure_status store_sqlite_error(store *s, const char *doing, assure_error *err)
{
    int code = sqlite3_extended_errcode(s->db);
    const char *hint = "";
    if ((code & 0xff) == SQLITE_READONLY)
        hint = s->read_only ? " (the database is open read-only)"
                            : " (check that you may write the database file and its directory)";
    else if ((code & 0xff) == SQLITE_BUSY)
        hint = " (another assure is writing; try again in a moment)";
    return error_set(err, ASSURE_DATA, "%s: %s: %s%s", s->path, doing, sqlite3_errmsg(s->db), hint);
}

/* Run SQL with no parameters and no rows (schema, pragmas, BEGIN/COMMIT). */
assure_status store_exec(store *s, const char *sql, assure_error *err)
{
    char *message = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &message) != SQLITE_OK) {
        assure_status status =
            error_set(err, ASSURE_DATA, "%s: %s", s->path, message != NULL ? message : sqlite3_errmsg(s->db));
        sqlite3_free(message);
        return status;
    }
    return ASSURE_OK;
}

/* Read one integer from a statement with no parameters (a PRAGMA). */
static assure_status query_integer(store *s, const char *sql, long long *out, assure_error *err)
{
    sqlite3_stmt *statement;
    if (sqlite3_prepare_v2(s->db, sql, -1, &statement, NULL) != SQLITE_OK)
        return store_sqlite_error(s, "cannot read the database", err);
    int rc = sqlite3_step(statement);
    if (rc == SQLITE_ROW)
        *out = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    if (rc != SQLITE_ROW)
        return store_sqlite_error(s, "cannot read the database", err);
    return ASSURE_OK;
}

int store_schema_version(store *s, assure_error *err)
{
    long long version = -1;
    if (query_integer(s, "PRAGMA user_version", &version, err) != ASSURE_OK)
        return -1;
    return (int)version;
}

/* Apply migrations until the schema reaches `target`, each in its own
 * IMMEDIATE transaction that re-reads the version, so two processes opening
 * the same old database do not both migrate it. */
assure_status store_migrate_to(store *s, int target, assure_error *err)
{
    for (;;) {
        assure_status status = store_exec(s, "BEGIN IMMEDIATE", err);
        if (status != ASSURE_OK)
            return status;
        int version = store_schema_version(s, err);
        if (version < 0 || version >= target) {
            store_exec(s, version < 0 ? "ROLLBACK" : "COMMIT", NULL);
            return version < 0 ? ASSURE_DATA : ASSURE_OK;
        }
        char pragma[64];
        snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", version + 1);
        status = store_exec(s, schema_migration(version + 1), err);
        if (status == ASSURE_OK)
            status = store_exec(s, pragma, err);
        if (status == ASSURE_OK)
            status = store_exec(s, "COMMIT", err);
        if (status != ASSURE_OK) {
            store_exec(s, "ROLLBACK", NULL);
            return status;
        }
    }
}

static assure_status configure_connection(store *s, assure_error *err)
{
    sqlite3_extended_result_codes(s->db, 1);
    sqlite3_busy_timeout(s->db, BUSY_TIMEOUT_MS);
    assure_status status = store_exec(s, "PRAGMA foreign_keys = ON", err);
    if (status == ASSURE_OK && s->read_only)
        status = store_exec(s, "PRAGMA query_only = 1", err);
    return status;
}

static assure_status open_connection(const char *path, int flags, bool read_only, store **out,
                                     assure_error *err)
{
    *out = NULL;
    store *s = calloc(1, sizeof *s);
    if (s == NULL || (s->path = strdup(path)) == NULL) {
        free(s);
        return error_set(err, ASSURE_DATA, "%s: out of memory", path);
    }
    s->read_only = read_only;
    if (sqlite3_open_v2(path, &s->db, flags, NULL) != SQLITE_OK) {
        assure_status status = store_sqlite_error(s, "cannot open the database", err);
        store_close(s);
        return status;
    }
    assure_status status = configure_connection(s, err);
    if (status != ASSURE_OK) {
        store_close(s);
        return status;
    }
    *out = s;
    return ASSURE_OK;
}

void store_close(store *s)
{
    if (s == NULL)
        return;
    store_statements_finalize(s);
    if (s->db != NULL)
        sqlite3_close(s->db);
    free(s->path);
    free(s);
}

/* The files SQLite may make beside a database. */
static const char *const side_files[] = {"-wal", "-shm", "-journal"};
#define SIDE_FILES (sizeof side_files / sizeof side_files[0])

assure_status store_create(const char *path, assure_error *err)
{
    /* A failure part-way (a full disk) removes what was made, and only that. */
    bool side_existed[SIDE_FILES];
    for (size_t i = 0; i < SIDE_FILES; i++) {
        char side[4096];
        struct stat info;
        snprintf(side, sizeof side, "%s%s", path, side_files[i]);
        side_existed[i] = lstat(side, &info) == 0;
    }
    /* Create the file ourselves so that it is never world-readable, and so
     * that an existing file is never overwritten. */
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0660);
    if (fd < 0) {
        if (errno == EEXIST)
            return error_set(err, ASSURE_USAGE, "%s: already exists; assure init makes only new databases",
                             path);
        return error_set(err, ASSURE_DATA, "%s: cannot create: %s", path, strerror(errno));
    }
    close(fd);
    store *s;
    assure_status status = open_connection(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, false, &s, err);
    if (status == ASSURE_OK) {
        char pragma[64];
        snprintf(pragma, sizeof pragma, "PRAGMA application_id = %d", STORE_APPLICATION_ID);
        status = store_exec(s, pragma, err);
        if (status == ASSURE_OK)
            status = store_exec(s, "PRAGMA journal_mode = WAL", err);
        if (status == ASSURE_OK)
            status = store_migrate_to(s, SCHEMA_LATEST, err);
        store_close(s);
    }
    if (status != ASSURE_OK) {
        unlink(path);
        for (size_t i = 0; i < SIDE_FILES; i++) {
            char side[4096];
            snprintf(side, sizeof side, "%s%s", path, side_files[i]);
            if (!side_existed[i])
                unlink(side);
        }
    }
    return status;
}

/* Copy the database to path.vN.bak (or .vN.bak.2, ...) with SQLite's online
 * backup, before a migration changes it. */
static assure_status back_up(store *s, int version, char *backup, size_t size, assure_error *err)
{
    for (int attempt = 1; attempt < 100; attempt++) {
        if (attempt == 1)
            snprintf(backup, size, "%s.v%d.bak", s->path, version);
        else
            snprintf(backup, size, "%s.v%d.bak.%d", s->path, version, attempt);
        int fd = open(backup, O_WRONLY | O_CREAT | O_EXCL, 0660);
        if (fd < 0) {
            if (errno == EEXIST)
                continue;
            return error_set(err, ASSURE_DATA, "%s: cannot create a backup before upgrading: %s", backup,
                             strerror(errno));
        }
        close(fd);
        sqlite3 *copy;
        int rc = sqlite3_open_v2(backup, &copy, SQLITE_OPEN_READWRITE, NULL);
        if (rc == SQLITE_OK) {
            sqlite3_backup *job = sqlite3_backup_init(copy, "main", s->db, "main");
            if (job != NULL) {
                rc = sqlite3_backup_step(job, -1);
                sqlite3_backup_finish(job);
                rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
            } else {
                rc = sqlite3_errcode(copy);
            }
        }
        const char *why = sqlite3_errmsg(copy);
        assure_status status =
            rc == SQLITE_OK
                ? ASSURE_OK
                : error_set(err, ASSURE_DATA, "%s: backup before upgrading failed: %s", backup, why);
        sqlite3_close(copy);
        if (status != ASSURE_OK)
            unlink(backup);
        return status;
    }
    return error_set(err, ASSURE_DATA, "%s: too many earlier backups; remove some", s->path);
}

/* Check that the file is an assure database of a version we understand,
 * and bring an older one up to date. */
static assure_status check_and_upgrade(store *s, store_open_report *report, assure_error *err)
{
    long long application_id = 0, tables = 0;
    assure_status status = query_integer(s, "PRAGMA application_id", &application_id, err);
    if (status != ASSURE_OK) {
        if ((sqlite3_errcode(s->db) & 0xff) == SQLITE_NOTADB)
            return error_set(err, ASSURE_DATA, "%s: not an assure database (not SQLite at all)", s->path);
        return status;
    }
    status = query_integer(s, "SELECT count(*) FROM sqlite_schema", &tables, err);
    if (status != ASSURE_OK)
        return status;
    if (application_id != STORE_APPLICATION_ID)
        return error_set(err, ASSURE_DATA,
                         tables == 0 ? "%s: an empty SQLite file, not an assure database; make one with "
                                       "'assure init PATH'"
                                     : "%s: a SQLite database, but not one of assure's",
                         s->path);
    int version = store_schema_version(s, err);
    if (version < 0)
        return ASSURE_DATA;
    report->found_version = version;
    if (version > SCHEMA_LATEST)
        return error_set(err, ASSURE_DATA,
                         "%s: made by a newer assure (schema version %d; this assure knows up to %d); "
                         "use that version, or a newer assure",
                         s->path, version, SCHEMA_LATEST);
    if (version == SCHEMA_LATEST)
        return ASSURE_OK;
    if (s->read_only)
        return error_set(err, ASSURE_DATA,
                         "%s: schema version %d needs upgrading to %d; open it once without --read-only",
                         s->path, version, SCHEMA_LATEST);
    status = back_up(s, version, report->backup, sizeof report->backup, err);
    if (status != ASSURE_OK)
        return status;
    status = store_migrate_to(s, SCHEMA_LATEST, err);
    if (status == ASSURE_OK)
        report->migrated = true;
    return status;
}

assure_status store_open(const char *path, store_mode mode, store **out, store_open_report *report,
                         assure_error *err)
{
    store_open_report ignored;
    if (report == NULL)
        report = &ignored;
    memset(report, 0, sizeof *report);
    *out = NULL;
    struct stat info;
    if (stat(path, &info) != 0)
        return error_set(err, ASSURE_DATA, "%s: no database here (%s); make one with 'assure init %s'", path,
                         strerror(errno), path);
    if (!S_ISREG(info.st_mode))
        return error_set(err, ASSURE_DATA, "%s: not a database file", path);
    bool read_only = mode == STORE_READ_ONLY;
    int flags = (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX;
    store *s;
    assure_status status = open_connection(path, flags, read_only, &s, err);
    if (status != ASSURE_OK)
        return status;
    status = check_and_upgrade(s, report, err);
    if (status == ASSURE_OK && !read_only)
        status = store_exec(s, "PRAGMA journal_mode = WAL", err);
    if (status != ASSURE_OK) {
        store_close(s);
        return status;
    }
    *out = s;
    return ASSURE_OK;
}

assure_status store_data_version(store *s, long long *version, assure_error *err)
{
    return query_integer(s, "PRAGMA data_version", version, err);
}

assure_status store_read_begin(store *s, assure_error *err)
{
    return store_exec(s, "BEGIN", err);
}

void store_read_end(store *s)
{
    store_exec(s, "COMMIT", NULL); /* reads only: nothing to lose */
}
