/* store.h - the SQLite store: opening, schema migrations, transactions.
 *
 * The only module that includes <sqlite3.h>.  A database is created by
 * store_create (assure init) and opened by store_open, which refuses a
 * database from a newer assure, and backs up then migrates an older one.
 * Connections run in WAL mode with a busy timeout and foreign keys on; a
 * read-only connection cannot write even by mistake (read-only open and
 * PRAGMA query_only).
 */
#ifndef ASSURE_STORE_H
#define ASSURE_STORE_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

#define STORE_SCHEMA_VERSION 2
#define STORE_APPLICATION_ID 0x41535552 /* "ASUR" */

typedef struct store store;

typedef enum { STORE_READ_WRITE, STORE_READ_ONLY } store_mode;

/* What opening did beyond opening. */
typedef struct {
    int found_version; /* schema version before any migration */
    bool migrated;     /* true when the database was upgraded */
    char backup[4096]; /* the copy kept before upgrading */
} store_open_report;

/* Create a new, empty database at path (which must not exist), readable and
 * writable by its owner and group only. */
assure_status store_create(const char *path, assure_error *err);
/* Open an existing database.  report may be NULL. */
assure_status store_open(const char *path, store_mode mode, store **out, store_open_report *report,
                         assure_error *err);
void store_close(store *s);

const char *store_path(const store *s);
bool store_is_read_only(const store *s);
int store_schema_version(store *s, assure_error *err);

/* The tables a user sees, as import, export and report name them. */
typedef enum {
    TABLE_SAVINGS,
    TABLE_STAFFING,
    TABLE_REVIEWS,
    TABLE_RISKS,
    TABLE_SNAPSHOTS,
    TABLE_AUDIT
} store_table;
#define STORE_TABLE_COUNT 6

const char *store_table_name(store_table table);
/* Rows in a table (for savings: lines; for risks: risks). */
assure_status store_count(store *s, store_table table, long long *count, assure_error *err);

/* PRAGMA data_version: changes when another connection commits. */
assure_status store_data_version(store *s, long long *version, assure_error *err);

#endif
