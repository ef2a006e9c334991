/* store_internal.h - what the files of store/ share, and tests may use. */
#ifndef ASSURE_STORE_INTERNAL_H
#define ASSURE_STORE_INTERNAL_H

#include <sqlite3.h>
#include <stddef.h>
#include <sys/types.h>
#include <time.h>

#include "db.h"
#include "store.h"

#define STORE_STATEMENT_CACHE 64
#define CHAIN_HASH_SIZE       65 /* SHA-256 in hex, and its end */

struct store {
    /* The connection, through the database seam (db.h); db is the same
     * SQLite handle as conn.lite, by that name for what only SQLite has. */
    union {
        db_conn conn;
        struct {
            db_backend db_backend_;
            sqlite3 *db;
        };
    };
    char *path;      /* as shown: a PostgreSQL location without its password */
    char *programme; /* PostgreSQL: the programme's schema; NULL on SQLite */
    char *location;  /* PostgreSQL: the location as given, to connect again; NULL on SQLite */
    long long notified; /* PostgreSQL: notices of others' commits heard */
    long long written;  /* PostgreSQL: db_pg_written when the write transaction began */
    bool read_only;
    bool memory; /* a SQLite database in memory, no file's */
    /* The file opened: the path must still lead to it before a write. */
    dev_t device;
    ino_t inode;
    bool moved;  /* it no longer does: nothing more is written, nor checkpointed */
    int reading; /* read transactions begun and not yet ended: one is open while above 0 */
    /* Read from a copy in memory (access.c): what the file was when copied. */
    struct {
        bool taken;
        off_t size;
        struct timespec changed;
        long long version; /* counts the copies taken */
    } copy;
    /* Waiting for another connection's write (lock.c). */
    struct {
        int timeout_ms, limit_ms; /* the busy timeout, and the wait in force now */
        long long began;          /* when this wait began (ms) */
        int reported;             /* whole seconds waited when last reported */
        bool stopped;             /* the one told asked to stop waiting */
        char holder[256];         /* who was writing, where the system says */
        store_wait_fn report;
        void *context;
    } wait;
    /* Prepared statements, kept for the connection's life and keyed by the
     * address of their SQL text (always a string literal). */
    struct {
        const char *sql;
        db_stmt *statement;
    } cache[STORE_STATEMENT_CACHE];
    int ncached;
    /* The audit chain's end, as this connection's write transaction has it:
     * known after the first entry of a transaction, dirty once the head
     * needs writing before the commit. */
    struct {
        bool known, dirty;
        long long last_id;
        char last_hash[CHAIN_HASH_SIZE];
    } chain;
};
_Static_assert(offsetof(struct store, db) == offsetof(struct store, conn.lite), "db is conn.lite");

sqlite3 *store_handle(store *s);
/* A DATA error naming the database, what was being done and SQLite's reason. */
assure_status store_sqlite_error(store *s, const char *doing, assure_error *err);
/* Run SQL that has no parameters and returns no rows. */
assure_status store_exec(store *s, const char *sql, assure_error *err);
/* A prepared statement for sql (a string literal), reset and with its
 * bindings cleared; NULL with err filled on failure. */
db_stmt *store_query(store *s, const char *sql, assure_error *err);
/* The same statement as SQLite's own, for files not yet through the seam. */
sqlite3_stmt *store_prepare(store *s, const char *sql, assure_error *err);
void store_statements_finalize(store *s);
/* Grow *array (elements of `size` bytes) to hold at least count + 1. */
bool store_reserve(void **array, size_t *capacity, size_t count, size_t size);
/* Append an entry to the audit trail, chained to the one before it. */
assure_status chain_append(store *s, const audit_actor *actor, const char *action, const char *table,
                           const char *key, const char *field, const char *old_value, const char *new_value,
                           assure_error *err);
/* Start the chain: an entry that seals every entry before it. */
assure_status chain_begin(store *s, const audit_actor *actor, assure_error *err);
/* Keep the chain's end in its head; called before a commit. */
assure_status chain_write_head(store *s, assure_error *err);
/* The transaction ended: the chain's end is read again at the next write. */
void chain_forget(store *s);

/* Bring the schema up to `target` (tests build old databases with this);
 * store_migrate_as names who starts the audit chain, if it starts. */
assure_status store_migrate_to(store *s, int target, assure_error *err);
assure_status store_migrate_as(store *s, int target, const audit_actor *actor, assure_error *err);

/* Why a database cannot be opened, when its files say more than SQLite
 * does (a -shm another user left, changes still in a -wal, a directory the
 * reader cannot write): the error, or ASSURE_OK when they say nothing. */
assure_status store_explain_open(const char *path, bool read_only, assure_error *err);
/* Must a reader read path from a copy: a WAL database, with no -shm and
 * nothing in a -wal, in a directory it cannot write? */
bool store_needs_copy(const char *path);
/* Read the file whole, as it stands still, into s's connection (a new one
 * in memory, read-only, in place of any it had). */
assure_status store_copy_in(store *s, assure_error *err);
/* Has the file changed since the copy was taken? */
bool store_copy_stale(const store *s);

/* Remember which file the path leads to now: the one opened (writes check
 * that it still does). */
void store_note_file(store *s);

/* Wait at most this long for a lock, for now (store_set_busy_timeout puts
 * back the busy timeout). */
void store_wait_limit(store *s, int milliseconds);

/* A write transaction: BEGIN IMMEDIATE on a connection that may write. */
assure_status store_write_begin(store *s, assure_error *err);
/* Commit it (the audit chain's head with it); on failure it is rolled back. */
assure_status store_commit(store *s, assure_error *err);
/* Roll back whatever transaction is open. */
void store_rollback(store *s);

/* A new SQLite database in memory, at schema version 0. */
assure_status store_open_memory(store **out, assure_error *err);

/* store_pg.c: a programme in a PostgreSQL database. */
assure_status store_pg_create(const char *location, const char *programme, assure_error *err);
assure_status store_pg_open(const char *location, const char *programme, store_mode mode, store **out,
                            store_open_report *report, assure_error *err);
assure_status store_pg_programmes(const char *location, char ***names, size_t *count, assure_error *err);
assure_status store_pg_drop(const char *location, const char *programme, assure_error *err);
assure_status store_pg_reconnect(store *s, store_open_report *report, assure_error *err);
int store_pg_schema_version(store *s, assure_error *err);
assure_status store_pg_data_version(store *s, long long *version, assure_error *err);
assure_status store_pg_notify(store *s, assure_error *err);

#endif
