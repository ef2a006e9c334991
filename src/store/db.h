/* db.h - the database seam: one connection and statement type over SQLite
 * and PostgreSQL, with the few operations the store uses.
 *
 * SQL is written once, in SQLite's spelling with ?N parameters; on
 * PostgreSQL it is translated when prepared (dialect.c says how: ?N becomes
 * $N, INSERT OR IGNORE becomes ON CONFLICT DO NOTHING, and so on), so the
 * row SQL of every store file is shared by both engines.  The SQLite side is
 * inline and adds one test of a pointer to each call; what only SQLite has
 * (WAL, pragmas, the busy handler, the copy in memory) stays with the
 * connection's `lite` handle, used by the files that manage it. */
#ifndef ASSURE_STORE_DB_H
#define ASSURE_STORE_DB_H

#include <sqlite3.h>
#include <stdbool.h>

typedef enum { DB_SQLITE, DB_POSTGRESQL } db_backend;

/* What an operation gives back: a step gives DB_ROW, DB_DONE or DB_ERROR;
 * the others DB_OK or DB_ERROR (the reason is db_errmsg's).  DB_NOMEM is
 * for callers that tell running out of memory apart. */
typedef enum { DB_OK = 0, DB_ROW, DB_DONE, DB_ERROR, DB_NOMEM } db_result;

typedef struct db_pg db_pg;           /* a PostgreSQL connection (db_pg.c) */
typedef struct db_pg_stmt db_pg_stmt; /* a PostgreSQL statement (db_pg.c) */

typedef struct db_conn {
    db_backend backend;
    sqlite3 *lite; /* DB_SQLITE */
    db_pg *pg;     /* DB_POSTGRESQL */
} db_conn;

typedef struct db_stmt {
    db_conn *conn;
    sqlite3_stmt *lite;
    db_pg_stmt *pg;
} db_stmt;

/* Opening and closing.  A SQLite connection is opened by the store (its
 * flags and file checks are SQLite's); db_attach_sqlite wraps it.
 * db_open_postgresql takes a libpq connection string or URI; on failure
 * the connection is still made, holding the reason, and must be closed. */
void db_attach_sqlite(db_conn *c, sqlite3 *handle);
db_result db_open_postgresql(db_conn *c, const char *conninfo);
void db_close(db_conn *c);

/* Why the last operation failed: the engine's own message, and for
 * PostgreSQL the SQLSTATE (SQLite gives ""). */
const char *db_errmsg(const db_conn *c);
const char *db_sqlstate(const db_conn *c);
/* Did it fail because another connection holds a lock it needed? */
bool db_busy(const db_conn *c);

/* A statement for one use, finalized by the caller; persistent is for
 * statements kept for the connection's life (on PostgreSQL, prepared on the
 * server once). */
db_result db_prepare(db_conn *c, const char *sql, bool persistent, db_stmt **out);
void db_finalize(db_stmt *st);
/* (db_step, below: DB_ROW, DB_DONE or DB_ERROR) */
/* Ready to run again, with the same parameters (db_reset, below); and with
 * none bound. */
void db_reset_clear(db_stmt *st);

/* Parameters, numbered from 1.  Text is copied; the _static form, on
 * SQLite, keeps the pointer, which must last until the statement is reset. */
/* (db_bind_int64, db_bind_text, db_bind_text_static, db_bind_null, below) */

/* Columns of the current row, numbered from 0.  Text is NULL for NULL and
 * lasts until the next step or reset. */
/* (db_column_int64, db_column_int, db_column_text, db_column_null, below) */
int db_column_count(db_stmt *st);
const char *db_column_name(db_stmt *st, int i);

/* SQL with no parameters and no rows (several statements may be given). */
db_result db_exec(db_conn *c, const char *sql);
/* Rows changed by the last INSERT, UPDATE or DELETE; the key given the
 * row the last INSERT added. */
long long db_changes(db_conn *c);
long long db_last_insert_id(db_conn *c);

/* Transactions.  A write transaction takes the write lock at once (SQLite's
 * BEGIN IMMEDIATE); a read one sees one state of the database throughout. */
typedef enum { DB_READ, DB_WRITE } db_access;
db_result db_begin(db_conn *c, db_access access);
db_result db_commit(db_conn *c);
db_result db_rollback(db_conn *c);
bool db_in_transaction(const db_conn *c);

/* db_pg.c: the PostgreSQL side of the calls above. */
db_result db_pg_step(db_pg_stmt *st);
void db_pg_reset(db_pg_stmt *st, bool clear_bindings);
db_result db_pg_bind(db_pg_stmt *st, int i, const char *text);
db_result db_pg_bind_int64(db_pg_stmt *st, int i, long long value);
long long db_pg_column_int64(db_pg_stmt *st, int i);
const char *db_pg_column_text(db_pg_stmt *st, int i);
bool db_pg_column_null(db_pg_stmt *st, int i);
void db_pg_close(db_pg *pg);
const char *db_pg_errmsg(const db_pg *pg);
const char *db_pg_sqlstate(const db_pg *pg);
db_result db_pg_prepare(db_pg *pg, const char *sql, bool persistent, db_pg_stmt **out);
void db_pg_finalize(db_pg_stmt *st);
int db_pg_column_count(db_pg_stmt *st);
const char *db_pg_column_name(db_pg_stmt *st, int i);
db_result db_pg_exec(db_pg *pg, const char *sql);
long long db_pg_changes(const db_pg *pg);
/* Rows changed by every statement since the connection opened: a
 * transaction that leaves it as it was changed nothing. */
long long db_pg_written(const db_pg *pg);
long long db_pg_last_insert_id(db_pg *pg);
bool db_pg_in_transaction(const db_pg *pg);
/* Notices heard on the channels the connection listens to, added to
 * *heard; DB_ERROR when the connection is lost. */
db_result db_pg_notifications(db_pg *pg, int *heard);
/* Is the connection still up?  Outside a transaction it first reads what
 * the server has sent, so a server that ended it (restarted, or the
 * session terminated) is seen at once. */
bool db_pg_alive(db_pg *pg);
/* The connection's socket, readable when the server has sent something (a
 * notice of another's commit); -1 when the connection is lost. */
int db_pg_socket(const db_pg *pg);

/* The SQLite side of a step, inline: the store's inner loops run here. */
static inline db_result db_step(db_stmt *st)
{
    if (st->lite != NULL) {
        int rc = sqlite3_step(st->lite);
        return rc == SQLITE_ROW ? DB_ROW : rc == SQLITE_DONE ? DB_DONE : DB_ERROR;
    }
    return db_pg_step(st->pg);
}

static inline long long db_column_int64(db_stmt *st, int i)
{
    return st->lite != NULL ? (long long)sqlite3_column_int64(st->lite, i) : db_pg_column_int64(st->pg, i);
}

static inline int db_column_int(db_stmt *st, int i)
{
    return (int)db_column_int64(st, i);
}

static inline const char *db_column_text(db_stmt *st, int i)
{
    return st->lite != NULL ? (const char *)sqlite3_column_text(st->lite, i) : db_pg_column_text(st->pg, i);
}

static inline bool db_column_null(db_stmt *st, int i)
{
    return st->lite != NULL ? sqlite3_column_type(st->lite, i) == SQLITE_NULL : db_pg_column_null(st->pg, i);
}

static inline db_result db_bind_int64(db_stmt *st, int i, long long value)
{
    if (st->lite != NULL)
        return sqlite3_bind_int64(st->lite, i, value) == SQLITE_OK ? DB_OK : DB_ERROR;
    return db_pg_bind_int64(st->pg, i, value);
}

static inline db_result db_bind_text(db_stmt *st, int i, const char *text)
{
    if (st->lite != NULL)
        return sqlite3_bind_text(st->lite, i, text, -1, SQLITE_TRANSIENT) == SQLITE_OK ? DB_OK : DB_ERROR;
    return db_pg_bind(st->pg, i, text);
}

static inline db_result db_bind_text_static(db_stmt *st, int i, const char *text)
{
    if (st->lite != NULL)
        return sqlite3_bind_text(st->lite, i, text, -1, SQLITE_STATIC) == SQLITE_OK ? DB_OK : DB_ERROR;
    return db_pg_bind(st->pg, i, text);
}

static inline db_result db_bind_null(db_stmt *st, int i)
{
    if (st->lite != NULL)
        return sqlite3_bind_null(st->lite, i) == SQLITE_OK ? DB_OK : DB_ERROR;
    return db_pg_bind(st->pg, i, NULL);
}

static inline void db_reset(db_stmt *st)
{
    if (st->lite != NULL)
        sqlite3_reset(st->lite);
    else
        db_pg_reset(st->pg, false);
}

/* The dialect (dialect.c): SQLite's SQL as PostgreSQL reads it, in newly
 * allocated text (NULL when out of memory), and the number of parameters
 * it takes.  Everything the engines spell differently is translated there. */
char *db_dialect_postgresql(const char *sql, int *nparams);

#endif
