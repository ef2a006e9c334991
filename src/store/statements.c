/* statements.c - the prepared statement cache. */
#include <string.h>

#include "store_internal.h"

db_stmt *store_query(store *s, const char *sql, assure_error *err)
{
    for (int i = 0; i < s->ncached; i++) {
        if (s->cache[i].sql == sql) {
            db_reset_clear(s->cache[i].statement);
            return s->cache[i].statement;
        }
    }
    db_stmt *statement;
    if (db_prepare(&s->conn, sql, true, &statement) != DB_OK) {
        store_sqlite_error(s, "cannot prepare a query", err);
        return NULL;
    }
    if (s->ncached < STORE_STATEMENT_CACHE) {
        s->cache[s->ncached].sql = sql;
        s->cache[s->ncached].statement = statement;
        s->ncached++;
    } else {
        /* The cache is sized above the number of queries assure has. */
        db_finalize(s->cache[0].statement);
        memmove(&s->cache[0], &s->cache[1], sizeof s->cache[0] * (STORE_STATEMENT_CACHE - 1));
        s->cache[STORE_STATEMENT_CACHE - 1].sql = sql;
        s->cache[STORE_STATEMENT_CACHE - 1].statement = statement;
    }
    return statement;
}

sqlite3_stmt *store_prepare(store *s, const char *sql, assure_error *err)
{
    db_stmt *statement = store_query(s, sql, err);
    return statement != NULL ? statement->lite : NULL;
}

void store_statements_finalize(store *s)
{
    for (int i = 0; i < s->ncached; i++)
        db_finalize(s->cache[i].statement);
    s->ncached = 0;
}
