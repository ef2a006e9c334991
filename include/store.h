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
#include "fields.h"
#include "records.h"

#define STORE_SCHEMA_VERSION 3
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

/* Load a whole table, ordered by its key. */
assure_status store_load_savings(store *s, savings_set *out, assure_error *err);
/* Staffing rows of one snapshot date (as_at "YYYY-MM-DD"), or of every date when NULL. */
assure_status store_load_staffing(store *s, const char *as_at, staffing_set *out, assure_error *err);
/* The staffing snapshot dates, oldest first (an array of "YYYY-MM-DD" to free). */
assure_status store_staffing_dates(store *s, char (**dates)[11], size_t *count, assure_error *err);
assure_status store_load_reviews(store *s, reviews_set *out, assure_error *err);
assure_status store_load_risks(store *s, risks_set *out, assure_error *err);
assure_status store_load_risk_history(store *s, risk_history_set *out, assure_error *err);

/* Who made a change, when, and from what file: every change is audited. */
typedef struct {
    const char *at;     /* UTC: 2026-11-23T18:40:00Z */
    const char *who;    /* $USER */
    const char *client; /* the SSH client's address, or "" */
    const char *source; /* the file imported, or "" */
} audit_actor;

typedef struct {
    long added, changed, removed, unchanged;
} import_counts;

/* Savings rows have two parts: the line, and its profile by FY. */
typedef enum { IMPORT_MAIN, IMPORT_PROFILE } import_part;

/* A declared total that disagrees with the lines it covers. */
typedef struct {
    const char *ref;     /* the line whose total column disagreed, or "" for a total row */
    const char *label;   /* the row as the file names it */
    int fy;              /* the FY checked, or 0 for all years */
    const char *measure; /* target, stretch, forecast or actual */
    money declared, computed;
    int line;
} declared_total_record;

typedef struct store_import store_import;

/* Begin an import into table: one IMMEDIATE transaction, which nothing else
 * sees until store_import_finish commits it.  With replace, rows the file
 * does not hold are removed at the end. */
assure_status store_import_begin(store *s, table_id table, bool replace, const audit_actor *actor,
                                 store_import **out, assure_error *err);
/* Note that the file holds the row whose key is in values (indexed by the
 * table's fields) at line.  *first_line is 0 for a new key, else the line
 * that held it first: a duplicate. */
assure_status store_import_key(store_import *import, import_part part, const field_value *values, int line,
                               int *first_line, assure_error *err);
/* Insert or update one row, auditing what it adds or changes. */
assure_status store_import_row(store_import *import, import_part part, const field_value *values,
                               assure_error *err);
/* Keep a disagreeing declared total (savings). */
assure_status store_import_declared_total(store_import *import, const declared_total_record *total,
                                          assure_error *err);
/* End the import: commit (or, for a dry run or after errors, roll back) and
 * free it.  counts[IMPORT_MAIN] and counts[IMPORT_PROFILE] say what changed. */
assure_status store_import_finish(store_import *import, bool commit, import_counts counts[2],
                                  assure_error *err);

/* Meeting snapshots of the headline indicators. */
typedef struct {
    long long id;
    char label[256];
    char taken_at[32]; /* UTC, 2026-11-09T10:00:00Z */
} snapshot_info;

/* Every snapshot, oldest first (an array to free). */
assure_status store_list_snapshots(store *s, snapshot_info **list, size_t *count, assure_error *err);
/* The value a snapshot kept for an indicator; *present is false when it kept none. */
assure_status store_snapshot_value(store *s, long long id, const char *indicator, int64_t *value,
                                   bool *present, assure_error *err);

/* The declared totals kept from imports (for assure check). */
typedef struct {
    char table[16];
    char ref[128];
    char label[256];
    int fy;
    char measure[16];
    money declared, computed;
    char source[512];
    int line;
} declared_total_finding;

assure_status store_load_declared_totals(store *s, declared_total_finding **list, size_t *count,
                                         assure_error *err);

/* One entry of the audit trail. */
typedef struct {
    char at[32], who[128], client[64], action[16], table[16];
    char key[256], field[64];
    char old_value[512], new_value[512]; /* "" when none; cut at 511 bytes */
    char source[256];
} audit_entry;

/* The audit entries for one row (table as the user names it, key as the
 * trail writes it: "ASC-01", "2026-11-20 / Castlegate / Team Manager"), or
 * for every row of the table when key is NULL; newest first, at most max. */
assure_status store_audit_for(store *s, const char *table, const char *key, size_t max, audit_entry **list,
                              size_t *count, assure_error *err);
/* The newest entry of the whole trail; *found is false when it is empty. */
assure_status store_last_change(store *s, audit_entry *entry, bool *found, assure_error *err);

/* PRAGMA data_version: changes when another connection commits. */
assure_status store_data_version(store *s, long long *version, assure_error *err);

#endif
