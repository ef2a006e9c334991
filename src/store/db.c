/* db.c - the database seam: what is not inline in db.h, and SQLite's side
 * of it (PostgreSQL's is db_pg.c). */
#include <stdlib.h>
#include <string.h>

#include "db.h"

void db_attach_sqlite(db_conn *c, sqlite3 *handle)
{
    c->backend = DB_SQLITE;
    c->lite = handle;
    c->pg = NULL;
}

void db_close(db_conn *c)
{
    if (c->backend == DB_POSTGRESQL)
        db_pg_close(c->pg);
    else if (c->lite != NULL)
        sqlite3_close(c->lite);
    c->lite = NULL;
    c->pg = NULL;
}

const char *db_errmsg(const db_conn *c)
{
    if (c->backend == DB_POSTGRESQL)
        return db_pg_errmsg(c->pg);
    return c->lite != NULL ? sqlite3_errmsg(c->lite) : "no database is open";
}

const char *db_sqlstate(const db_conn *c)
{
    return c->backend == DB_POSTGRESQL ? db_pg_sqlstate(c->pg) : "";
}

bool db_busy(const db_conn *c)
{
    if (c->backend == DB_POSTGRESQL) {
        const char *state = db_pg_sqlstate(c->pg);
        /* lock_not_available, serialization_failure, deadlock_detected */
        return strcmp(state, "55P03") == 0 || strcmp(state, "40001") == 0 || strcmp(state, "40P01") == 0;
    }
    return c->lite != NULL && (sqlite3_extended_errcode(c->lite) & 0xff) == SQLITE_BUSY;
}

db_result db_prepare(db_conn *c, const char *sql, bool persistent, db_stmt **out)
{
    *out = NULL;
    db_stmt *st = calloc(1, sizeof *st);
    if (st == NULL)
        return DB_ERROR;
    st->conn = c;
    if (c->backend == DB_POSTGRESQL) {
        if (db_pg_prepare(c->pg, sql, persistent, &st->pg) != DB_OK) {
            free(st);
            return DB_ERROR;
        }
    } else if (sqlite3_prepare_v3(c->lite, sql, -1, persistent ? SQLITE_PREPARE_PERSISTENT : 0, &st->lite,
                                  NULL) != SQLITE_OK ||
               st->lite == NULL) {
        /* A statement of nothing but spaces or comments is not one. */
        sqlite3_finalize(st->lite);
        free(st);
        return DB_ERROR;
    }
    *out = st;
    return DB_OK;
}

void db_finalize(db_stmt *st)
{
    if (st == NULL)
        return;
    if (st->lite != NULL)
        sqlite3_finalize(st->lite);
    else
        db_pg_finalize(st->pg);
    free(st);
}

void db_reset_clear(db_stmt *st)
{
    if (st->lite != NULL) {
        sqlite3_reset(st->lite);
        sqlite3_clear_bindings(st->lite);
    } else {
        db_pg_reset(st->pg, true);
    }
}

int db_column_count(db_stmt *st)
{
    return st->lite != NULL ? sqlite3_column_count(st->lite) : db_pg_column_count(st->pg);
}

const char *db_column_name(db_stmt *st, int i)
{
    return st->lite != NULL ? sqlite3_column_name(st->lite, i) : db_pg_column_name(st->pg, i);
}

db_result db_exec(db_conn *c, const char *sql)
{
    if (c->backend == DB_POSTGRESQL)
        return db_pg_exec(c->pg, sql);
    return sqlite3_exec(c->lite, sql, NULL, NULL, NULL) == SQLITE_OK ? DB_OK : DB_ERROR;
}

long long db_changes(db_conn *c)
{
    return c->backend == DB_POSTGRESQL ? db_pg_changes(c->pg) : (long long)sqlite3_changes64(c->lite);
}

long long db_last_insert_id(db_conn *c)
{
    return c->backend == DB_POSTGRESQL ? db_pg_last_insert_id(c->pg)
                                       : (long long)sqlite3_last_insert_rowid(c->lite);
}

db_result db_begin(db_conn *c, db_access access)
{
    if (c->backend == DB_POSTGRESQL)
        /* A writer takes the programme's (its schema's) lock, as SQLite's
         * BEGIN IMMEDIATE takes the file's, and then sees every write
         * committed before it; a reader sees one state throughout. */
        return db_exec(c, access == DB_WRITE ? "BEGIN ISOLATION LEVEL READ COMMITTED; "
                                               "SELECT pg_advisory_xact_lock(hashtext(current_schema()))"
                                             : "BEGIN ISOLATION LEVEL REPEATABLE READ");
    return db_exec(c, access == DB_WRITE ? "BEGIN IMMEDIATE" : "BEGIN");
}

db_result db_commit(db_conn *c)
{
    return db_exec(c, "COMMIT");
}

db_result db_rollback(db_conn *c)
{
    return db_exec(c, "ROLLBACK");
}

bool db_in_transaction(const db_conn *c)
{
    if (c->backend == DB_POSTGRESQL)
        return db_pg_in_transaction(c->pg);
    return c->lite != NULL && !sqlite3_get_autocommit(c->lite);
}
