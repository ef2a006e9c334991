/* statements.c - the prepared statement cache. */
#include <string.h>

#include "store_internal.h"

sqlite3_stmt *store_prepare(store *s, const char *sql, assure_error *err)
{
    for (int i = 0; i < s->ncached; i++) {
        if (s->cache[i].sql == sql) {
            sqlite3_reset(s->cache[i].statement);
            sqlite3_clear_bindings(s->cache[i].statement);
            return s->cache[i].statement;
        }
    }
    sqlite3_stmt *statement;
    if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, NULL) != SQLITE_OK) {
        store_sqlite_error(s, "cannot prepare a query", err);
        return NULL;
    }
    if (s->ncached < STORE_STATEMENT_CACHE) {
        s->cache[s->ncached].sql = sql;
        s->cache[s->ncached].statement = statement;
        s->ncached++;
    } else {
        /* The cache is sized above the number of queries assure has. */
        sqlite3_finalize(s->cache[0].statement);
        memmove(&s->cache[0], &s->cache[1], sizeof s->cache[0] * (STORE_STATEMENT_CACHE - 1));
        s->cache[STORE_STATEMENT_CACHE - 1].sql = sql;
        s->cache[STORE_STATEMENT_CACHE - 1].statement = statement;
    }
    return statement;
}

void store_statements_finalize(store *s)
{
    for (int i = 0; i < s->ncached; i++)
        sqlite3_finalize(s->cache[i].statement);
    s->ncached = 0;
}
