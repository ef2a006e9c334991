/* store_internal.h - what the files of store/ share, and tests may use. */
#ifndef ASSURE_STORE_INTERNAL_H
#define ASSURE_STORE_INTERNAL_H

#include <sqlite3.h>

#include "store.h"

#define STORE_STATEMENT_CACHE 64

struct store {
    sqlite3 *db;
    char *path;
    bool read_only;
    /* Prepared statements, kept for the connection's life and keyed by the
     * address of their SQL text (always a string literal). */
    struct {
        const char *sql;
        sqlite3_stmt *statement;
    } cache[STORE_STATEMENT_CACHE];
    int ncached;
};

sqlite3 *store_handle(store *s);
/* A DATA error naming the database, what was being done and SQLite's reason. */
assure_status store_sqlite_error(store *s, const char *doing, assure_error *err);
/* Run SQL that has no parameters and returns no rows. */
assure_status store_exec(store *s, const char *sql, assure_error *err);
/* A prepared statement for sql (a string literal), reset and with its
 * bindings cleared; NULL with err filled on failure. */
sqlite3_stmt *store_prepare(store *s, const char *sql, assure_error *err);
void store_statements_finalize(store *s);
/* Grow *array (elements of `size` bytes) to hold at least count + 1. */
bool store_reserve(void **array, size_t *capacity, size_t count, size_t size);
/* Bring the schema up to `target` (tests build old databases with this). */
assure_status store_migrate_to(store *s, int target, assure_error *err);

#endif
