/* statements.c - the prepared statement cache, and simple counts. */
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

static const char *const table_names[STORE_TABLE_COUNT] = {
    "savings", "staffing", "reviews", "risks", "snapshots", "audit",
};

static const char *const count_queries[STORE_TABLE_COUNT] = {
    "SELECT count(*) FROM savings_line", "SELECT count(*) FROM staffing", "SELECT count(*) FROM reviews",
    "SELECT count(*) FROM risk",         "SELECT count(*) FROM snapshot", "SELECT count(*) FROM audit",
};

const char *store_table_name(store_table table)
{
    return (unsigned)table < STORE_TABLE_COUNT ? table_names[table] : "";
}

assure_status store_count(store *s, store_table table, long long *count, assure_error *err)
{
    if ((unsigned)table >= STORE_TABLE_COUNT)
        return error_set(err, ASSURE_USAGE, "no such table");
    sqlite3_stmt *statement = store_prepare(s, count_queries[table], err);
    if (statement == NULL)
        return ASSURE_DATA;
    int rc = sqlite3_step(statement);
    if (rc != SQLITE_ROW) {
        sqlite3_reset(statement);
        return store_sqlite_error(s, "cannot count rows", err);
    }
    *count = sqlite3_column_int64(statement, 0);
    sqlite3_reset(statement);
    return ASSURE_OK;
}
