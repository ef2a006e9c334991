/* store.c - opening, creating and migrating the database. */
#include "store.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "schema.h"
#include "store_internal.h"

const char *store_path(const store *s)
{
    return s->path;
}

void store_note_file(store *s)
{
    struct stat opened;
    if (stat(s->path, &opened) == 0) {
        s->device = opened.st_dev;
        s->inode = opened.st_ino;
    }
}

store_file_state store_file_check(store *s)
{
    if (s->conn.backend == DB_POSTGRESQL)
        return db_pg_alive(s->conn.pg) ? STORE_FILE_SAME : STORE_CONNECTION_LOST;
    if (s->memory) /* not a file */
        return STORE_FILE_SAME;
    struct stat now;
    store_file_state state = STORE_FILE_SAME;
    if (stat(s->path, &now) != 0)
        state = STORE_FILE_REMOVED;
    else if (now.st_dev != s->device || now.st_ino != s->inode)
        state = STORE_FILE_REPLACED;
    else {
        /* SQLite's own view: the open file renamed away or unlinked */
        int moved = 0;
        if (sqlite3_file_control(s->db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK && moved)
            state = STORE_FILE_REPLACED;
    }
    if (state != STORE_FILE_SAME)
        s->moved = true;
    return state;
}

/* ASSURE_DATA and a message when the path no longer leads to the open file. */
static assure_status still_there(store *s, assure_error *err)
{
    switch (store_file_check(s)) {
    case STORE_FILE_SAME: return ASSURE_OK;
    case STORE_FILE_REPLACED:
        return error_set(
            err, ASSURE_DATA,
            "%s was replaced by another file after assure opened it (a backup restored or a copy "
            "moved over it): nothing was written, so that neither file is damaged",
            s->path);
    case STORE_FILE_REMOVED:
        return error_set(err, ASSURE_DATA, "%s was removed after assure opened it: nothing was written",
                         s->path);
    case STORE_CONNECTION_LOST:
        return error_set(err, ASSURE_DATA,
                         "%s: the connection to the PostgreSQL server was lost, and connecting again failed: "
                         "nothing was written",
                         s->path);
    }
    return ASSURE_OK;
}

bool store_is_read_only(const store *s)
{
    return s->read_only;
}

sqlite3 *store_handle(store *s)
{
    return s->db;
}

/* A colleague held the database for longer than the busy timeout. */
static assure_status busy_error(store *s, assure_error *err)
{
    if (s->wait.holder[0] == '\0') /* given up without waiting: SQLite saw a deadlock */
        store_lock_holder(s, s->wait.holder, sizeof s->wait.holder);
    const char *holder = s->wait.holder[0] != '\0' ? s->wait.holder : "another program";
    if (s->wait.stopped)
        return error_set(err, ASSURE_DATA,
                         "%s: nothing was written: you stopped waiting for %s to finish writing", s->path,
                         holder);
    return error_set(
        err, ASSURE_DATA,
        "%s: nothing was written: %s was writing to the database for longer than %d s ([database] "
        "busy_timeout); try again when it has finished",
        s->path, holder, s->wait.limit_ms / 1000);
}

assure_status store_sqlite_error(store *s, const char *doing, assure_error *err)
{
    const char *hint = "";
    if (s->conn.backend == DB_SQLITE && (sqlite3_extended_errcode(s->db) & 0xff) == SQLITE_READONLY)
        hint = s->read_only ? " (the database is open read-only)"
                            : " (check that you may write the database file and its directory)";
    if (db_busy(&s->conn))
        return busy_error(s, err);
    return error_set(err, ASSURE_DATA, "%s: %s: %s%s", s->path, doing, db_errmsg(&s->conn), hint);
}

/* Run SQL with no parameters and no rows (schema, pragmas, BEGIN/COMMIT). */
assure_status store_exec(store *s, const char *sql, assure_error *err)
{
    if (db_exec(&s->conn, sql) != DB_OK) {
        if (db_busy(&s->conn))
            return busy_error(s, err);
        return error_set(err, ASSURE_DATA, "%s: %s", s->path, db_errmsg(&s->conn));
    }
    return ASSURE_OK;
}

/* Read one integer from a statement with no parameters (a PRAGMA). */
static assure_status query_integer(store *s, const char *sql, long long *out, assure_error *err)
{
    db_stmt *statement;
    if (db_prepare(&s->conn, sql, false, &statement) != DB_OK)
        return store_sqlite_error(s, "cannot read the database", err);
    int rc = db_step(statement);
    if (rc == DB_ROW)
        *out = db_column_int64(statement, 0);
    db_finalize(statement);
    if (rc != DB_ROW)
        return store_sqlite_error(s, "cannot read the database", err);
    return ASSURE_OK;
}

/* Schema versions go up one migration at a time: none will reach this. */
#define SCHEMA_VERSION_ABSURD 1000

int store_schema_version(store *s, assure_error *err)
{
    if (s->conn.backend == DB_POSTGRESQL)
        return store_pg_schema_version(s, err);
    long long version = -1;
    if (query_integer(s, "PRAGMA user_version", &version, err) != ASSURE_OK)
        return -1;
    if (version < 0 || version >= SCHEMA_VERSION_ABSURD) {
        error_set(err, ASSURE_DATA,
                  "%s: schema version %lld is not one any assure writes (PRAGMA user_version was changed "
                  "outside assure); restore the file from a backup",
                  s->path, version);
        return -1;
    }
    return (int)version;
}

/* A PostgreSQL connection the server ended is made again before a
 * transaction begins, when none is open: nothing was in flight. */
static void connected(store *s)
{
    if (s->conn.backend != DB_POSTGRESQL || s->reading > 0 || db_pg_alive(s->conn.pg))
        return;
    store_open_report report;
    assure_error ignored;
    store_pg_reconnect(s, &report, &ignored);
}

assure_status store_write_begin(store *s, assure_error *err)
{
    if (s->read_only)
        return error_set(err, ASSURE_USAGE, "%s: opened read-only; nothing can be changed", s->path);
    connected(s);
    chain_forget(s);
    assure_status status = still_there(s, err);
    if (status == ASSURE_OK && db_begin(&s->conn, DB_WRITE) != DB_OK)
        status = store_sqlite_error(s, "cannot begin writing", err);
    if (status == ASSURE_OK && s->conn.backend == DB_POSTGRESQL)
        s->written = db_pg_written(s->conn.pg);
    return status;
}

/* Leave nothing in the WAL between writes: a -wal still holding frames when
 * the file is replaced would be replayed into the replacement by whoever
 * opens it next.  Briefly, so as not to wait long on another's reading. */
static void checkpoint(store *s)
{
    if (s->conn.backend != DB_SQLITE)
        return;
    store_wait_limit(s, 250);
    sqlite3_wal_checkpoint_v2(s->db, "main", SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
    store_wait_limit(s, s->wait.timeout_ms);
}

assure_status store_commit(store *s, assure_error *err)
{
    assure_status status = chain_write_head(s, err);
    /* others are told of a commit that changed something (as SQLite's data_version moves) */
    if (status == ASSURE_OK && s->conn.backend == DB_POSTGRESQL && db_pg_written(s->conn.pg) != s->written)
        status = store_pg_notify(s, err);
    if (status == ASSURE_OK)
        status = still_there(s, err); /* the last moment before anything reaches the -wal */
    if (status == ASSURE_OK)
        status = store_exec(s, "COMMIT", err);
    if (status != ASSURE_OK)
        store_rollback(s);
    else
        checkpoint(s);
    chain_forget(s);
    return status;
}

void store_rollback(store *s)
{
    if (db_in_transaction(&s->conn))
        store_exec(s, "ROLLBACK", NULL);
    chain_forget(s);
}

/* Does every row that refers to another still find it? */
static assure_status foreign_keys_hold(store *s, assure_error *err)
{
    if (s->conn.backend == DB_POSTGRESQL) /* enforced at every statement there */
        return ASSURE_OK;
    db_stmt *check;
    if (db_prepare(&s->conn, "PRAGMA foreign_key_check", false, &check) != DB_OK)
        return store_sqlite_error(s, "cannot check the schema", err);
    int rc = db_step(check);
    db_finalize(check);
    if (rc == DB_ROW)
        return error_set(err, ASSURE_DATA, "%s: upgrading would leave rows that refer to rows not there",
                         s->path);
    return rc == DB_DONE ? ASSURE_OK : store_sqlite_error(s, "cannot check the schema", err);
}

/* Apply migrations until the schema reaches `target`, each in its own
 * IMMEDIATE transaction that re-reads the version, so two processes opening
 * the same old database do not both migrate it.  The migration that chains
 * the audit trail starts the chain as actor. */
assure_status store_migrate_as(store *s, int target, const audit_actor *actor, assure_error *err)
{
    /* A migration may rebuild a table others refer to: with foreign keys on,
     * dropping the old one would take the rows that refer to it with it.
     * They are off while it runs (they cannot change inside a transaction),
     * and checked before it commits. */
    bool lite = s->conn.backend == DB_SQLITE;
    if (lite)
        store_exec(s, "PRAGMA foreign_keys = OFF", NULL);
    assure_status status = ASSURE_OK;
    for (;;) {
        chain_forget(s);
        if (db_begin(&s->conn, DB_WRITE) != DB_OK) {
            status = store_sqlite_error(s, "cannot begin upgrading", err);
            break;
        }
        int version = store_schema_version(s, err);
        if (version < 0) {
            store_rollback(s);
            status = ASSURE_DATA;
            break;
        }
        if (version >= target) {
            status = store_commit(s, err);
            break;
        }
        char pragma[64];
        snprintf(pragma, sizeof pragma, lite ? "PRAGMA user_version = %d" : "UPDATE assure_meta SET version = %d",
                 version + 1);
        status = store_exec(s, schema_migration(version + 1), err);
        if (status == ASSURE_OK && version + 1 == SCHEMA_CHAINED)
            status = chain_begin(s, actor, err);
        if (status == ASSURE_OK)
            status = foreign_keys_hold(s, err);
        if (status == ASSURE_OK)
            status = store_exec(s, pragma, err);
        if (status == ASSURE_OK)
            status = store_commit(s, err);
        else
            store_rollback(s);
        if (status != ASSURE_OK)
            break;
    }
    if (lite)
        store_exec(s, "PRAGMA foreign_keys = ON", NULL);
    return status;
}

assure_status store_migrate_to(store *s, int target, assure_error *err)
{
    store_actor actor;
    store_actor_now(&actor, "");
    return store_migrate_as(s, target, &actor.actor, err);
}

static assure_status configure_connection(store *s, assure_error *err)
{
    sqlite3_extended_result_codes(s->db, 1);
    store_set_busy_timeout(s, STORE_BUSY_TIMEOUT);
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
    store_note_file(s);
    assure_status status = configure_connection(s, err);
    if (status != ASSURE_OK) {
        store_close(s);
        return status;
    }
    *out = s;
    return ASSURE_OK;
}

assure_status store_open_memory(store **out, assure_error *err)
{
    assure_status status = open_connection(
        ":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY | SQLITE_OPEN_NOMUTEX, false, out, err);
    if (status == ASSURE_OK)
        (*out)->memory = true;
    return status;
}

/* A reader of a WAL database in a directory it cannot write: from a copy. */
static assure_status open_copy(const char *path, store **out, assure_error *err)
{
    *out = NULL;
    store *s = calloc(1, sizeof *s);
    if (s == NULL || (s->path = strdup(path)) == NULL) {
        free(s);
        return error_set(err, ASSURE_DATA, "%s: out of memory", path);
    }
    s->read_only = true;
    assure_status status = store_copy_in(s, err);
    if (status == ASSURE_OK) {
        store_note_file(s);
        status = configure_connection(s, err);
    }
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
    if (s->conn.backend == DB_POSTGRESQL) {
        db_close(&s->conn);
    } else if (s->db != NULL) {
        if (db_in_transaction(&s->conn))
            store_exec(s, "ROLLBACK", NULL);
        /* Closing checkpoints and removes the -wal and -shm by their names:
         * if the path now leads to another file, they are its, not ours. */
        if (s->moved || store_file_check(s) != STORE_FILE_SAME)
            sqlite3_db_config(s->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
        sqlite3_close(s->db);
    }
    free(s->path);
    free(s->programme);
    free(s->location);
    free(s);
}

/* The files SQLite may make beside a database. */
static const char *const side_files[] = {"-wal", "-shm", "-journal"};
#define SIDE_FILES (sizeof side_files / sizeof side_files[0])

assure_status store_create(const char *path, assure_error *err)
{
    return store_create_programme(path, NULL, err);
}

assure_status store_programmes(const char *location, char ***names, size_t *count, assure_error *err)
{
    if (store_location_is_postgresql(location))
        return store_pg_programmes(location, names, count, err);
    *names = NULL;
    *count = 0;
    store *s;
    assure_status status = store_open(location, STORE_READ_ONLY, &s, NULL, err);
    if (status != ASSURE_OK)
        return status;
    store_close(s);
    *names = malloc(sizeof **names);
    if (*names == NULL || ((*names)[0] = strdup("main")) == NULL) {
        free(*names);
        *names = NULL;
        return error_set(err, ASSURE_DATA, "out of memory");
    }
    *count = 1;
    return ASSURE_OK;
}

assure_status store_remove_made(const char *location, const char *programme, assure_error *err)
{
    if (store_location_is_postgresql(location))
        return store_pg_drop(location, programme != NULL && *programme != '\0' ? programme : "main", err);
    if (unlink(location) != 0 && errno != ENOENT)
        return error_set(err, ASSURE_DATA, "%s: cannot remove: %s", location, strerror(errno));
    for (size_t i = 0; i < SIDE_FILES; i++) {
        char side[4096];
        snprintf(side, sizeof side, "%s%s", location, side_files[i]);
        unlink(side);
    }
    return ASSURE_OK;
}

assure_status store_create_programme(const char *path, const char *programme, assure_error *err)
{
    if (store_location_is_postgresql(path))
        return store_pg_create(path, programme != NULL && *programme != '\0' ? programme : "main", err);
    if (programme != NULL && *programme != '\0' && strcmp(programme, "main") != 0)
        return error_set(err, ASSURE_USAGE,
                         "%s: a SQLite file holds one programme, main; --programme is for PostgreSQL", path);
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
        /* the copy may be read by no one the database may not be read by */
        struct stat original;
        mode_t mode = stat(s->path, &original) == 0 ? (original.st_mode & 0666) : 0600;
        int fd = open(backup, O_WRONLY | O_CREAT | O_EXCL, mode);
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
    return store_open_programme(path, NULL, mode, out, report, err);
}

assure_status store_open_programme(const char *path, const char *programme, store_mode mode, store **out,
                                   store_open_report *report, assure_error *err)
{
    store_open_report ignored;
    if (report == NULL)
        report = &ignored;
    memset(report, 0, sizeof *report);
    *out = NULL;
    bool named = programme != NULL && *programme != '\0';
    if (store_location_is_postgresql(path))
        return store_pg_open(path, named ? programme : "main", mode, out, report, err);
    if (named && strcmp(programme, "main") != 0)
        return error_set(err, ASSURE_USAGE,
                         "%s: a SQLite file holds one programme, main; --programme is for PostgreSQL", path);
    struct stat info;
    if (stat(path, &info) != 0)
        return error_set(err, ASSURE_DATA, "%s: no database here (%s); make one with 'assure init %s'", path,
                         strerror(errno), path);
    if (!S_ISREG(info.st_mode))
        return error_set(err, ASSURE_DATA, "%s: not a database file", path);
    bool read_only = mode == STORE_READ_ONLY;
    int flags = (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX;
    store *s;
    assure_status status = read_only && store_needs_copy(path)
                               ? open_copy(path, &s, err)
                               : open_connection(path, flags, read_only, &s, err);
    if (status != ASSURE_OK) {
        assure_error why;
        if (store_explain_open(path, read_only, &why) != ASSURE_OK)
            return error_set(err, ASSURE_DATA, "%s", why.message);
        return status;
    }
    status = check_and_upgrade(s, report, err);
    if (status == ASSURE_OK && !read_only)
        status = store_exec(s, "PRAGMA journal_mode = WAL", err);
    if (status != ASSURE_OK) {
        int code = sqlite3_errcode(s->db) & 0xff;
        report->damaged = code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
        store_close(s);
        if (code == SQLITE_READONLY || code == SQLITE_CANTOPEN || code == SQLITE_PERM) {
            assure_error why;
            if (store_explain_open(path, read_only, &why) != ASSURE_OK)
                return error_set(err, ASSURE_DATA, "%s", why.message);
        }
        return status;
    }
    *out = s;
    return ASSURE_OK;
}

assure_status store_reopen(store *s, store_open_report *report, assure_error *err)
{
    if (s->conn.backend == DB_POSTGRESQL) /* the server's database is not replaced under it: connect again */
        return store_pg_reconnect(s, report, err);
    store *fresh;
    assure_status status =
        store_open(s->path, s->read_only ? STORE_READ_ONLY : STORE_READ_WRITE, &fresh, report, err);
    if (status != ASSURE_OK)
        return status;
    store_statements_finalize(s);
    if (db_in_transaction(&s->conn))
        store_exec(s, "ROLLBACK", NULL);
    s->reading = 0;
    if (s->moved || store_file_check(s) != STORE_FILE_SAME)
        sqlite3_db_config(s->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
    sqlite3_close(s->db);
    s->db = fresh->db;
    s->device = fresh->device;
    s->inode = fresh->inode;
    s->moved = false;
    chain_forget(s);
    store_wait_limit(s, s->wait.timeout_ms); /* the busy handler, now on the new connection */
    fresh->db = NULL;
    store_close(fresh);
    return ASSURE_OK;
}

int store_wait_fd(const store *s)
{
    return s->conn.backend == DB_POSTGRESQL ? db_pg_socket(s->conn.pg) : -1;
}

assure_status store_data_version(store *s, long long *version, assure_error *err)
{
    if (s->conn.backend == DB_POSTGRESQL)
        return store_pg_data_version(s, version, err);
    if (s->copy.taken) { /* a copy: taken again when the file has changed */
        if (!db_in_transaction(&s->conn) && store_copy_stale(s)) { /* never inside a reading */
            assure_status status = store_copy_in(s, err);
            if (status == ASSURE_OK)
                status = configure_connection(s, err);
            if (status != ASSURE_OK)
                return status;
        }
        *version = s->copy.version;
        return ASSURE_OK;
    }
    return query_integer(s, "PRAGMA data_version", version, err);
}

assure_status store_read_begin(store *s, assure_error *err)
{
    /* Inside a read already open, the reads are part of it. */
    if (s->reading > 0) {
        s->reading++;
        return ASSURE_OK;
    }
    connected(s);
    if (db_begin(&s->conn, DB_READ) != DB_OK)
        return store_sqlite_error(s, "cannot begin reading", err);
    s->reading = 1;
    return ASSURE_OK;
}

void store_read_end(store *s)
{
    if (s->reading == 0 || --s->reading > 0)
        return;
    store_exec(s, "COMMIT", NULL); /* reads only: nothing to lose */
}
