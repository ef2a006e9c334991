/* store_pg.c - a programme in a PostgreSQL database.
 *
 * A location that begins postgresql:// (or postgres://) is a PostgreSQL
 * database, reached through libpq: its credentials come from the location,
 * or from libpq's own PGSERVICE, PGPASSFILE and ~/.pgpass, and a password
 * in the location is never shown.  Each programme is a schema of its own
 * ("main" unless one is named), holding the tables a SQLite file holds and
 * one more, assure_meta, with the schema version.  The schema is made in
 * one go from the SQLite schema at its latest version (the SQLite schema is
 * built in memory by its own migrations and read back, so the two cannot
 * drift); migrations after it run on both engines.
 *
 * Writers to one programme take its advisory lock at BEGIN, as SQLite's
 * BEGIN IMMEDIATE takes the file's write lock, so that a write sees every
 * write before it; each commit NOTIFYs the programme's channel, and every
 * connection LISTENs to it, which is how a dashboard learns of a change. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "schema.h"
#include "store_internal.h"

#define PROGRAMME_MAX 63 /* PostgreSQL's longest name */

bool store_location_is_postgresql(const char *location)
{
    return location != NULL &&
           (strncmp(location, "postgresql://", 13) == 0 || strncmp(location, "postgres://", 11) == 0);
}

/* The location as it may be shown: without a password, in the user part
 * (user:secret@) or as a parameter (password=secret). */
static char *shown_location(const char *location)
{
    char *shown = strdup(location);
    if (shown == NULL)
        return NULL;
    char *start = strstr(shown, "://") + 3;
    char *end = start + strcspn(start, "/?");
    char *at = memchr(start, '@', (size_t)(end - start));
    char *colon = at != NULL ? memchr(start, ':', (size_t)(at - start)) : NULL;
    if (colon != NULL)
        memmove(colon, at, strlen(at) + 1);
    for (char *p = strstr(shown, "password="); p != NULL; p = strstr(p + 1, "password=")) {
        if (p[-1] != '?' && p[-1] != '&')
            continue;
        char *value = p + 9;
        char *next = value + strcspn(value, "&");
        memmove(value, next, strlen(next) + 1);
    }
    return shown;
}

bool store_programme_name_ok(const char *name)
{
    size_t n = strlen(name);
    if (n == 0 || n > PROGRAMME_MAX || !(islower((unsigned char)name[0]) || name[0] == '_'))
        return false;
    for (size_t i = 0; i < n; i++)
        if (!(islower((unsigned char)name[i]) || isdigit((unsigned char)name[i]) || name[i] == '_'))
            return false;
    return strncmp(name, "pg_", 3) != 0 && strcmp(name, "information_schema") != 0;
}

void store_location_shown(const char *location, char *out, size_t size)
{
    char *shown = store_location_is_postgresql(location) ? shown_location(location) : NULL;
    snprintf(out, size, "%s", shown != NULL ? shown : location);
    free(shown);
}

/* Does the location carry a password, which anyone may read in the list of
 * processes, or in a configuration file? */
static bool has_password(const char *location)
{
    const char *start = strstr(location, "://") + 3;
    size_t host = strcspn(start, "/?");
    const char *at = memchr(start, '@', host);
    if (at != NULL && memchr(start, ':', (size_t)(at - start)) != NULL)
        return true;
    const char *query = strchr(location, '?');
    for (const char *p = query; p != NULL; p = strchr(p + 1, '&'))
        if (strncmp(p + 1, "password=", 9) == 0)
            return true;
    return false;
}

/* Connect, with the programme's schema first in the search path; the
 * programme's schema need not exist yet. */
static assure_status connect(const char *location, const char *programme, bool read_only, store **out,
                             assure_error *err)
{
    *out = NULL;
    char *shown = shown_location(location);
    store *s = calloc(1, sizeof *s);
    if (shown == NULL || s == NULL || (s->programme = strdup(programme)) == NULL) {
        free(shown);
        free(s);
        return error_set(err, ASSURE_DATA, "out of memory");
    }
    s->path = shown;
    s->read_only = read_only;
    if ((s->location = strdup(location)) == NULL) {
        store_close(s);
        return error_set(err, ASSURE_DATA, "out of memory");
    }
    if (has_password(location)) {
        error_set(err, ASSURE_USAGE,
                  "%s: a password in the location can be read by others (in the list of processes, or in "
                  "the configuration file); give it in ~/.pgpass or a service file (PGSERVICE) instead",
                  s->path);
        store_close(s);
        return ASSURE_USAGE;
    }
    if (!store_programme_name_ok(programme)) {
        error_set(err, ASSURE_USAGE,
                  "%s: '%s' cannot name a programme: use lower-case letters, digits and _, starting with a "
                  "letter, at most %d characters",
                  s->path, programme, PROGRAMME_MAX);
        store_close(s);
        return ASSURE_USAGE;
    }
    if (db_open_postgresql(&s->conn, location) != DB_OK) {
        error_set(err, ASSURE_DATA, "%s: cannot connect to the PostgreSQL server: %s", s->path,
                  db_errmsg(&s->conn));
        store_close(s);
        return ASSURE_DATA;
    }
    char sql[256];
    snprintf(sql, sizeof sql, "SET search_path TO \"%s\"; LISTEN \"assure.%s\"", programme, programme);
    assure_status status = store_exec(s, sql, err);
    if (status == ASSURE_OK && read_only)
        status = store_exec(s, "SET default_transaction_read_only = on", err);
    if (status != ASSURE_OK) {
        store_close(s);
        return status;
    }
    store_set_busy_timeout(s, STORE_BUSY_TIMEOUT);
    *out = s;
    return ASSURE_OK;
}

/* Does the programme's schema hold assure's tables? */
static assure_status programme_exists(store *s, bool *exists, assure_error *err)
{
    db_stmt *st;
    if (db_prepare(&s->conn,
                   "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = ?1 AND tablename = 'assure_meta'",
                   false, &st) != DB_OK)
        return store_sqlite_error(s, "cannot read the database", err);
    db_bind_text(st, 1, s->programme);
    db_result rc = db_step(st);
    *exists = rc == DB_ROW && db_column_int64(st, 0) > 0;
    db_finalize(st);
    return rc == DB_ROW ? ASSURE_OK : store_sqlite_error(s, "cannot read the database", err);
}

int store_pg_schema_version(store *s, assure_error *err)
{
    db_stmt *st;
    if (db_prepare(&s->conn, "SELECT version, application_id FROM assure_meta", false, &st) != DB_OK) {
        store_sqlite_error(s, "cannot read the schema version", err);
        return -1;
    }
    db_result rc = db_step(st);
    long long version = rc == DB_ROW ? db_column_int64(st, 0) : -1;
    long long application = rc == DB_ROW ? db_column_int64(st, 1) : 0;
    db_finalize(st);
    if (rc == DB_ERROR) {
        store_sqlite_error(s, "cannot read the schema version", err);
        return -1;
    }
    if (rc != DB_ROW || application != STORE_APPLICATION_ID || version < 0 || version > 1000) {
        error_set(err, ASSURE_DATA,
                  "%s: programme %s: assure_meta does not hold a schema version any assure writes (it was "
                  "changed outside assure); restore the schema from a backup",
                  s->path, s->programme);
        return -1;
    }
    return (int)version;
}

/* The SQLite schema at its latest version, built in memory: each table,
 * index and view's SQL, tables in an order where a table comes after those
 * it refers to. */
typedef struct {
    char **sql;
    size_t count;
} schema_text;

static void schema_text_free(schema_text *t)
{
    for (size_t i = 0; i < t->count; i++)
        free(t->sql[i]);
    free(t->sql);
    t->sql = NULL;
    t->count = 0;
}

/* Does the table's SQL refer to one not yet placed? */
static bool refers_to_unplaced(const char *sql, char **names, const bool *placed, size_t n)
{
    for (const char *p = strstr(sql, "REFERENCES "); p != NULL; p = strstr(p + 1, "REFERENCES ")) {
        const char *name = p + 11;
        size_t len = strcspn(name, "( ");
        for (size_t i = 0; i < n; i++)
            if (!placed[i] && strlen(names[i]) == len && strncmp(names[i], name, len) == 0)
                return true;
    }
    return false;
}

static assure_status latest_schema(schema_text *out, assure_error *err)
{
    memset(out, 0, sizeof *out);
    store *lite;
    assure_status status = store_open_memory(&lite, err);
    if (status == ASSURE_OK)
        status = store_migrate_to(lite, SCHEMA_LATEST, err);
    if (status != ASSURE_OK) {
        store_close(lite);
        return status;
    }
    db_stmt *st;
    if (db_prepare(&lite->conn,
                   "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL "
                   "ORDER BY type = 'table' DESC, type = 'index' DESC, rowid",
                   false, &st) != DB_OK) {
        status = store_sqlite_error(lite, "cannot read the schema", err);
        store_close(lite);
        return status;
    }
    size_t tables = 0, capacity = 0, names_capacity = 0;
    char **names = NULL;
    while (status == ASSURE_OK && db_step(st) == DB_ROW) {
        /* tables come first: names[i] is the table out->sql[i] makes */
        bool table = strcmp(db_column_text(st, 0), "table") == 0;
        if (!store_reserve((void **)&out->sql, &capacity, out->count, sizeof *out->sql) ||
            (out->sql[out->count] = strdup(db_column_text(st, 2))) == NULL) {
            status = error_set(err, ASSURE_DATA, "out of memory");
            break;
        }
        out->count++;
        if (table) {
            if (!store_reserve((void **)&names, &names_capacity, tables, sizeof *names) ||
                (names[tables] = strdup(db_column_text(st, 1))) == NULL) {
                status = error_set(err, ASSURE_DATA, "out of memory");
                break;
            }
            tables++;
        }
    }
    db_finalize(st);
    store_close(lite);
    /* Tables in an order where each comes after those it refers to. */
    bool *placed = calloc(tables + 1, sizeof *placed);
    char **ordered = calloc(tables + 1, sizeof *ordered);
    size_t done = 0;
    while (status == ASSURE_OK && placed != NULL && ordered != NULL && done < tables) {
        size_t before = done;
        for (size_t i = 0; i < tables; i++)
            if (!placed[i] && !refers_to_unplaced(out->sql[i], names, placed, tables)) {
                ordered[done++] = out->sql[i];
                placed[i] = true;
            }
        if (done == before)
            status = error_set(err, ASSURE_DATA, "the schema's tables refer to each other in a circle");
    }
    if (status == ASSURE_OK && (placed == NULL || ordered == NULL))
        status = error_set(err, ASSURE_DATA, "out of memory");
    if (status == ASSURE_OK)
        memcpy(out->sql, ordered, sizeof *ordered * tables);
    for (size_t i = 0; i < tables; i++)
        free(names[i]);
    free(names);
    free(placed);
    free(ordered);
    if (status != ASSURE_OK)
        schema_text_free(out);
    return status;
}

/* Make the programme's schema and its tables, in one transaction. */
static assure_status create_programme(store *s, assure_error *err)
{
    schema_text schema;
    assure_status status = latest_schema(&schema, err);
    if (status != ASSURE_OK)
        return status;
    status = store_write_begin(s, err);
    char sql[256];
    snprintf(sql, sizeof sql, "CREATE SCHEMA \"%s\"", s->programme);
    if (status == ASSURE_OK)
        status = store_exec(s, sql, err);
    for (size_t i = 0; status == ASSURE_OK && i < schema.count; i++)
        status = store_exec(s, schema.sql[i], err);
    if (status == ASSURE_OK)
        status = store_exec(s,
                            "CREATE TABLE assure_meta ("
                            "  one INTEGER PRIMARY KEY CHECK (one = 1),"
                            "  application_id INTEGER NOT NULL,"
                            "  version INTEGER NOT NULL)",
                            err);
    if (status == ASSURE_OK) {
        snprintf(sql, sizeof sql, "INSERT INTO assure_meta VALUES (1, %d, %d)", STORE_APPLICATION_ID,
                 SCHEMA_LATEST);
        status = store_exec(s, sql, err);
    }
    if (status == ASSURE_OK) {
        store_actor actor;
        store_actor_now(&actor, "");
        status = chain_begin(s, &actor.actor, err);
    }
    if (status == ASSURE_OK)
        status = store_commit(s, err);
    else
        store_rollback(s);
    schema_text_free(&schema);
    return status;
}

assure_status store_pg_create(const char *location, const char *programme, assure_error *err)
{
    store *s;
    assure_status status = connect(location, programme, false, &s, err);
    if (status != ASSURE_OK)
        return status;
    bool exists = false;
    status = programme_exists(s, &exists, err);
    if (status == ASSURE_OK && exists)
        status = error_set(err, ASSURE_USAGE,
                           "%s: programme %s already exists; assure init makes only new programmes", s->path,
                           programme);
    if (status == ASSURE_OK)
        status = create_programme(s, err);
    store_close(s);
    return status;
}

assure_status store_pg_open(const char *location, const char *programme, store_mode mode, store **out,
                            store_open_report *report, assure_error *err)
{
    *out = NULL;
    store *s;
    assure_status status = connect(location, programme, mode == STORE_READ_ONLY, &s, err);
    if (status != ASSURE_OK)
        return status;
    bool exists = false;
    status = programme_exists(s, &exists, err);
    if (status == ASSURE_OK && !exists)
        status = error_set(err, ASSURE_DATA,
                           "%s: no programme %s in this database; make one with 'assure --programme %s init "
                           "%s', or see 'assure --db %s programmes'",
                           s->path, programme, programme, s->path, s->path);
    int version = status == ASSURE_OK ? store_schema_version(s, err) : -1;
    if (status == ASSURE_OK && version < 0)
        status = ASSURE_DATA;
    if (status == ASSURE_OK) {
        report->found_version = version;
        if (version > SCHEMA_LATEST)
            status = error_set(err, ASSURE_DATA,
                               "%s: programme %s was made by a newer assure (schema version %d; this assure "
                               "knows up to %d); use that version, or a newer assure",
                               s->path, programme, version, SCHEMA_LATEST);
        else if (version < SCHEMA_LATEST && s->read_only)
            status = error_set(err, ASSURE_DATA,
                               "%s: programme %s has schema version %d and needs upgrading to %d; open it "
                               "once without --read-only",
                               s->path, programme, version, SCHEMA_LATEST);
        else if (version < SCHEMA_LATEST) {
            status = store_migrate_to(s, SCHEMA_LATEST, err);
            report->migrated = status == ASSURE_OK;
            snprintf(report->backup, sizeof report->backup, "(none: back up PostgreSQL with pg_dump)");
        }
    }
    if (status != ASSURE_OK) {
        store_close(s);
        return status;
    }
    *out = s;
    return ASSURE_OK;
}

assure_status store_pg_programmes(const char *location, char ***names, size_t *count, assure_error *err)
{
    *names = NULL;
    *count = 0;
    store *s;
    assure_status status = connect(location, "main", true, &s, err);
    if (status != ASSURE_OK)
        return status;
    db_stmt *st;
    if (db_prepare(&s->conn,
                   "SELECT schemaname FROM pg_catalog.pg_tables WHERE tablename = 'assure_meta' "
                   "ORDER BY schemaname",
                   false, &st) != DB_OK) {
        status = store_sqlite_error(s, "cannot list the programmes", err);
        store_close(s);
        return status;
    }
    size_t capacity = 0;
    db_result rc;
    while ((rc = db_step(st)) == DB_ROW) {
        if (!store_reserve((void **)names, &capacity, *count, sizeof **names) ||
            ((*names)[*count] = strdup(db_column_text(st, 0))) == NULL) {
            status = error_set(err, ASSURE_DATA, "out of memory");
            break;
        }
        (*count)++;
    }
    if (status == ASSURE_OK && rc == DB_ERROR)
        status = store_sqlite_error(s, "cannot list the programmes", err);
    db_finalize(st);
    store_close(s);
    return status;
}

assure_status store_pg_drop(const char *location, const char *programme, assure_error *err)
{
    store *s;
    assure_status status = connect(location, programme, false, &s, err);
    if (status != ASSURE_OK)
        return status;
    char sql[128];
    snprintf(sql, sizeof sql, "DROP SCHEMA \"%s\" CASCADE", programme);
    status = store_write_begin(s, err);
    if (status == ASSURE_OK)
        status = store_exec(s, sql, err);
    if (status == ASSURE_OK)
        status = store_commit(s, err);
    else
        store_rollback(s);
    store_close(s);
    return status;
}

/* Connect again, as opening did, and put the new connection in the old
 * one's place: the statements prepared on the old go with it. */
assure_status store_pg_reconnect(store *s, store_open_report *report, assure_error *err)
{
    store_open_report ignored;
    if (report == NULL)
        report = &ignored;
    memset(report, 0, sizeof *report);
    store *fresh;
    assure_status status = store_pg_open(s->location, s->programme,
                                         s->read_only ? STORE_READ_ONLY : STORE_READ_WRITE, &fresh, report, err);
    if (status != ASSURE_OK)
        return status;
    store_statements_finalize(s);
    db_close(&s->conn);
    s->conn = fresh->conn;
    fresh->conn.pg = NULL;
    fresh->conn.backend = DB_POSTGRESQL;
    store_close(fresh);
    s->reading = 0;
    s->notified++; /* what others committed meanwhile was not heard: read it all again */
    chain_forget(s);
    store_wait_limit(s, s->wait.timeout_ms);
    return ASSURE_OK;
}

const char *store_programme(const store *s)
{
    return s->programme != NULL ? s->programme : "main";
}

/* The changes others have committed since asked last: a count that grows. */
assure_status store_pg_data_version(store *s, long long *version, assure_error *err)
{
    int heard = 0;
    if (db_pg_notifications(s->conn.pg, &heard) != DB_OK)
        return error_set(err, ASSURE_DATA, "%s: the connection to the PostgreSQL server was lost: %s", s->path,
                         db_errmsg(&s->conn));
    s->notified += heard;
    *version = s->notified;
    return ASSURE_OK;
}

/* A write's notice to every connection listening to the programme; it is
 * sent when the transaction commits. */
assure_status store_pg_notify(store *s, assure_error *err)
{
    char sql[128];
    snprintf(sql, sizeof sql, "NOTIFY \"assure.%s\"", s->programme);
    return store_exec(s, sql, err);
}
