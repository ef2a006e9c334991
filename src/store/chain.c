/* chain.c - the audit trail as a hash chain.
 *
 * Each entry's hash is SHA-256 (nettle's) over the hash of the entry before
 * it and its own content, its id included: an entry changed, inserted or
 * removed by anything but assure breaks the chain there.  The head
 * (audit_head) keeps the last entry's id and hash, written with every commit
 * that adds entries, so that entries cut from the end are found too.  The
 * chain begins with a 'chain' entry, written when a database is made or
 * upgraded to the chained trail, which seals the entries written before it
 * with one digest of them all.
 *
 * Anyone who can write the file and knows this recipe can forge a whole new
 * chain: it makes an edit behind assure's back evident, not impossible.
 */
#include <nettle/sha2.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "additions.h"
#include "store_internal.h"

/* The text of the entry that starts the chain: how many entries came before
 * it, and their digest.  Read back by verification, so written one way. */
#define CHAIN_START_TEXT "the trail is chained from here; %lld earlier entries sealed, SHA-256 %64s"

typedef struct {
    long long id;
    const char *at, *who, *client, *action, *table, *key, *field, *old_value, *new_value, *source;
} chain_entry;

static void hex(const uint8_t digest[SHA256_DIGEST_SIZE], char out[CHAIN_HASH_SIZE])
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < SHA256_DIGEST_SIZE; i++) {
        out[2 * i] = digits[digest[i] >> 4];
        out[2 * i + 1] = digits[digest[i] & 15];
    }
    out[2 * SHA256_DIGEST_SIZE] = '\0';
}

/* One field, length first, so that no two entries encode alike; NULL is "~". */
static void update_field(struct sha256_ctx *ctx, const char *text)
{
    if (text == NULL) {
        sha256_update(ctx, 1, (const uint8_t *)"~");
        return;
    }
    char length[32];
    size_t n = strlen(text);
    int w = snprintf(length, sizeof length, "%zu:", n);
    sha256_update(ctx, (size_t)w, (const uint8_t *)length);
    sha256_update(ctx, n, (const uint8_t *)text);
}

static void update_entry(struct sha256_ctx *ctx, const chain_entry *e)
{
    char id[32];
    snprintf(id, sizeof id, "%lld", e->id);
    const char *fields[] = {id,     e->at,    e->who,       e->client,    e->action, e->table,
                            e->key, e->field, e->old_value, e->new_value, e->source};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        update_field(ctx, fields[i]);
}

/* hash = SHA-256(previous hash, entry) */
static void entry_hash(const char *previous, const chain_entry *e, char out[CHAIN_HASH_SIZE])
{
    struct sha256_ctx ctx;
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_init(&ctx);
    update_field(&ctx, previous);
    update_entry(&ctx, e);
    sha256_digest(&ctx, SHA256_DIGEST_SIZE, digest);
    hex(digest, out);
}

/* The chain's end as the trail holds it now (the start of a write). */
static assure_status load_end(store *s, assure_error *err)
{
    db_stmt *last = store_query(s, "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1", err);
    if (last == NULL)
        return ASSURE_DATA;
    int rc = db_step(last);
    s->chain.last_id = 0;
    s->chain.last_hash[0] = '\0';
    if (rc == DB_ROW) {
        s->chain.last_id = db_column_int64(last, 0);
        const char *hash = db_column_text(last, 1);
        snprintf(s->chain.last_hash, sizeof s->chain.last_hash, "%s", hash != NULL ? (const char *)hash : "");
    }
    db_reset(last);
    if (rc != DB_ROW && rc != DB_DONE)
        return store_sqlite_error(s, "cannot read the audit trail", err);
    s->chain.known = true;
    return ASSURE_OK;
}

static assure_status append(store *s, const chain_entry *entry, assure_error *err)
{
    if (!s->chain.known) {
        assure_status status = load_end(s, err);
        if (status != ASSURE_OK)
            return status;
    }
    chain_entry e = *entry;
    e.id = s->chain.last_id + 1;
    char hash[CHAIN_HASH_SIZE];
    entry_hash(s->chain.last_hash, &e, hash);
    db_stmt *insert = store_query(s,
                                  "INSERT INTO audit (id, at, who, client, action, table_name, key, "
                                  "field, old_value, new_value, source, hash) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                                  err);
    if (insert == NULL)
        return ASSURE_DATA;
    const char *texts[] = {e.at,    e.who,       e.client,    e.action, e.table, e.key,
                           e.field, e.old_value, e.new_value, e.source, hash};
    db_bind_int64(insert, 1, e.id);
    for (int i = 0; i < (int)(sizeof texts / sizeof texts[0]); i++)
        if (texts[i] != NULL)
            db_bind_text(insert, i + 2, texts[i]);
    int rc = db_step(insert);
    db_reset(insert);
    if (rc != DB_DONE) {
        s->chain.known = false;
        return store_sqlite_error(s, "cannot write the audit trail", err);
    }
    s->chain.last_id = e.id;
    memcpy(s->chain.last_hash, hash, sizeof hash);
    s->chain.dirty = true;
    return ASSURE_OK;
}

assure_status chain_append(store *s, const audit_actor *actor, const char *action, const char *table,
                           const char *key, const char *field, const char *old_value, const char *new_value,
                           assure_error *err)
{
    chain_entry e = {0,
                     actor->at,
                     actor->who,
                     actor->client,
                     action,
                     table,
                     key,
                     field,
                     old_value,
                     new_value,
                     actor->source != NULL ? actor->source : ""};
    return append(s, &e, err);
}

/* An entry as a row of SELECT id, at, ..., source, hash. */
static chain_entry read_entry(db_stmt *row)
{
    const char *t[12];
    for (int c = 1; c < 12; c++)
        t[c] = db_column_text(row, c);
    chain_entry e = {db_column_int64(row, 0), t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10]};
    return e;
}

#define ENTRY_COLUMNS                                                                                        \
    "id, at, who, client, action, table_name, key, field, old_value, new_value, source, hash"

assure_status chain_begin(store *s, const audit_actor *actor, assure_error *err)
{
    /* The entries written before the chain: sealed by one digest. */
    db_stmt *earlier;
    if (db_prepare(&s->conn, "SELECT " ENTRY_COLUMNS " FROM audit ORDER BY id", false, &earlier) != DB_OK)
        return store_sqlite_error(s, "cannot read the audit trail", err);
    struct sha256_ctx ctx;
    sha256_init(&ctx);
    long long count = 0;
    int rc;
    while ((rc = db_step(earlier)) == DB_ROW) {
        chain_entry e = read_entry(earlier);
        update_entry(&ctx, &e);
        count++;
    }
    db_finalize(earlier);
    if (rc != DB_DONE)
        return store_sqlite_error(s, "cannot read the audit trail", err);
    uint8_t digest[SHA256_DIGEST_SIZE];
    char seal[CHAIN_HASH_SIZE], text[256];
    sha256_digest(&ctx, SHA256_DIGEST_SIZE, digest);
    hex(digest, seal);
    snprintf(text, sizeof text, CHAIN_START_TEXT, count, seal);
    s->chain.known = false;
    chain_entry start = {0, actor->at, actor->who, actor->client, "chain", "audit", "", "", NULL, text, ""};
    assure_status status = load_end(s, err);
    if (status == ASSURE_OK) {
        s->chain.last_hash[0] = '\0'; /* the start follows no hash */
        status = append(s, &start, err);
    }
    return status;
}

assure_status chain_write_head(store *s, assure_error *err)
{
    if (!s->chain.dirty)
        return ASSURE_OK;
    db_stmt *head =
        store_query(s, "INSERT OR REPLACE INTO audit_head (one, last_id, last_hash) VALUES (1, ?1, ?2)", err);
    if (head == NULL)
        return ASSURE_DATA;
    db_bind_int64(head, 1, s->chain.last_id);
    db_bind_text(head, 2, s->chain.last_hash);
    int rc = db_step(head);
    db_reset(head);
    if (rc != DB_DONE)
        return store_sqlite_error(s, "cannot write the audit trail", err);
    return ASSURE_OK;
}

void chain_forget(store *s)
{
    s->chain.known = false;
    s->chain.dirty = false;
}

/* "entry 12 (2026-11-18T09:12:40Z, j.patel, import savings ASC-02 / 2026/27 forecast)" */
static void describe(const chain_entry *e, char *out, size_t size)
{
    snprintf(out, size, "entry %lld (%s, %s, %s %s%s%s%s%s)", e->id, e->at ? e->at : "", e->who ? e->who : "",
             e->action ? e->action : "", e->table ? e->table : "", e->key && e->key[0] ? " " : "",
             e->key ? e->key : "", e->field && e->field[0] ? " " : "", e->field ? e->field : "");
}

/* A copy of an entry whose texts outlive the statement's row. */
typedef struct {
    chain_entry e;
    char *texts[11];
    char hash[CHAIN_HASH_SIZE];
    bool has_hash;
} held_entry;

static void held_free(held_entry *h)
{
    for (int i = 0; i < 11; i++)
        free(h->texts[i]);
    memset(h, 0, sizeof *h);
}

static bool hold(db_stmt *row, held_entry *h)
{
    held_free(h);
    h->e.id = db_column_int64(row, 0);
    const char **fields[] = {&h->e.at,  &h->e.who,   &h->e.client,    &h->e.action,    &h->e.table,
                             &h->e.key, &h->e.field, &h->e.old_value, &h->e.new_value, &h->e.source};
    for (int c = 1; c <= 10; c++) {
        const char *text = db_column_text(row, c);
        if (text != NULL && (h->texts[c - 1] = strdup(text)) == NULL)
            return false;
        *fields[c - 1] = h->texts[c - 1];
    }
    const char *hash = db_column_text(row, 11);
    h->has_hash = hash != NULL;
    snprintf(h->hash, sizeof h->hash, "%s", hash != NULL ? hash : "");
    return true;
}

static bool verifies(const char *previous, const held_entry *h)
{
    if (!h->has_hash)
        return false;
    char expected[CHAIN_HASH_SIZE];
    entry_hash(previous, &h->e, expected);
    return strcmp(expected, h->hash) == 0;
}

/* The first break, described; then the walk stops. */
static void broken(audit_verification *out, long long id, const char *format, ...)
    __attribute__((format(printf, 3, 4)));
static void broken(audit_verification *out, long long id, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    vsnprintf(out->problem, sizeof out->problem, format, args);
    va_end(args);
    out->intact = false;
    out->broken_id = id;
}

/* Where the walk has got to. */
typedef struct {
    bool started;
    struct sha256_ctx sealed; /* the entries before the start */
    long long nsealed;
    char previous[CHAIN_HASH_SIZE];
    long long previous_id;
    held_entry current, next;
} walk;

static void check_start(walk *w, const held_entry *h, audit_verification *out)
{
    long long declared = -1;
    char seal[CHAIN_HASH_SIZE] = "", actual[CHAIN_HASH_SIZE], what[600];
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(&w->sealed, SHA256_DIGEST_SIZE, digest);
    hex(digest, actual);
    describe(&h->e, what, sizeof what);
    if (h->e.new_value == NULL || sscanf(h->e.new_value, CHAIN_START_TEXT, &declared, seal) != 2) {
        broken(out, h->e.id, "the chain's start, %s, was changed: it no longer says what it sealed", what);
    } else if (!verifies("", h)) {
        broken(out, h->e.id, "the chain's start, %s, was changed", what);
    } else if (declared != w->nsealed) {
        broken(out, h->e.id,
               "of the %lld entries written before the chain began, %lld %s %s behind assure's back (the "
               "trail now holds %lld before %s)",
               declared, declared > w->nsealed ? declared - w->nsealed : w->nsealed - declared,
               (declared > w->nsealed ? declared - w->nsealed : w->nsealed - declared) == 1 ? "was" : "were",
               declared > w->nsealed ? "removed" : "inserted", w->nsealed, what);
    } else if (strcmp(seal, actual) != 0) {
        broken(out, h->e.id,
               "one of the %lld entries written before the chain began was changed (%s seals them)", declared,
               what);
    }
    w->started = true;
    out->sealed = declared;
    snprintf(out->began, sizeof out->began, "%s", h->e.at != NULL ? h->e.at : "");
}

/* The current entry does not follow the chain: say how it breaks. */
static void classify(walk *w, bool has_next, audit_verification *out)
{
    const held_entry *h = &w->current;
    char what[600];
    describe(&h->e, what, sizeof what);
    if (h->e.id > w->previous_id + 1) {
        long long from = w->previous_id + 1, to = h->e.id - 1;
        if (from == to)
            broken(out, from, "entry %lld, just before %s, was removed", from, what);
        else
            broken(out, from, "entries %lld to %lld, just before %s, were removed", from, to, what);
    } else if (!h->has_hash) {
        broken(out, h->e.id,
               "%s was not written by assure: it carries no hash (inserted behind assure's back)", what);
    } else if (has_next && verifies(h->hash, &w->next)) {
        broken(out, h->e.id, "%s was changed behind assure's back", what);
    } else if (has_next && verifies(w->previous, &w->next)) {
        broken(out, h->e.id, "%s was inserted behind assure's back", what);
    } else {
        broken(out, h->e.id, "%s was changed or inserted behind assure's back", what);
    }
}

static void check_head(store *s, walk *w, audit_verification *out, assure_error *err, assure_status *status)
{
    db_stmt *head = store_query(s, "SELECT last_id, last_hash FROM audit_head WHERE one = 1", err);
    if (head == NULL) {
        *status = ASSURE_DATA;
        return;
    }
    int rc = db_step(head);
    if (rc != DB_ROW) {
        db_reset(head);
        if (rc != DB_DONE)
            *status = store_sqlite_error(s, "cannot read the audit trail", err);
        else
            broken(out, w->previous_id,
                   "the chain's head (the last entry's hash) was removed behind assure's back");
        return;
    }
    long long last_id = db_column_int64(head, 0);
    char last_hash[CHAIN_HASH_SIZE];
    const char *text = db_column_text(head, 1);
    snprintf(last_hash, sizeof last_hash, "%s", text != NULL ? text : "");
    db_reset(head);
    if (last_id == w->previous_id + 1)
        broken(out, last_id, "entry %lld, the last, was removed behind assure's back", last_id);
    else if (last_id > w->previous_id)
        broken(out, w->previous_id + 1, "entries %lld to %lld, the last, were removed behind assure's back",
               w->previous_id + 1, last_id);
    else if (last_id < w->previous_id)
        broken(out, last_id + 1, "entries after %lld were added behind assure's back", last_id);
    else if (strcmp(last_hash, w->previous) != 0)
        broken(out, last_id, "entry %lld, the last, was changed behind assure's back", last_id);
}

assure_status store_audit_verify(store *s, audit_verification *out, assure_error *err)
{
    memset(out, 0, sizeof *out);
    out->intact = true;
    db_stmt *rows;
    if (db_prepare(&s->conn, "SELECT " ENTRY_COLUMNS " FROM audit ORDER BY id", false, &rows) != DB_OK)
        return store_sqlite_error(s, "cannot read the audit trail", err);
    walk *w = calloc(1, sizeof *w);
    if (w == NULL) {
        db_finalize(rows);
        return error_set(err, ASSURE_DATA, "out of memory");
    }
    sha256_init(&w->sealed);
    assure_status status = ASSURE_OK;
    int rc = db_step(rows);
    bool has_current = rc == DB_ROW;
    if (has_current && !hold(rows, &w->current))
        status = error_set(err, ASSURE_DATA, "out of memory");
    while (status == ASSURE_OK && has_current && out->intact) {
        rc = db_step(rows);
        bool has_next = rc == DB_ROW;
        if (has_next && !hold(rows, &w->next)) {
            status = error_set(err, ASSURE_DATA, "out of memory");
            break;
        }
        const held_entry *h = &w->current;
        if (!w->started && h->e.action != NULL && strcmp(h->e.action, "chain") == 0 && h->has_hash) {
            check_start(w, h, out);
            out->entries++;
        } else if (!w->started) {
            update_entry(&w->sealed, &h->e);
            w->nsealed++;
        } else if (verifies(w->previous, h) && h->e.id == w->previous_id + 1) {
            out->entries++;
        } else {
            classify(w, has_next, out);
        }
        if (w->started) {
            memcpy(w->previous, h->hash, sizeof w->previous);
            w->previous_id = h->e.id;
        }
        held_entry spent = w->current;
        w->current = w->next;
        memset(&w->next, 0, sizeof w->next);
        held_free(&spent);
        has_current = has_next;
    }
    if (status == ASSURE_OK && rc != DB_DONE && rc != DB_ROW)
        status = store_sqlite_error(s, "cannot read the audit trail", err);
    db_finalize(rows);
    if (status == ASSURE_OK && out->intact && !w->started && w->nsealed > 0)
        broken(out, 0,
               "the chain's start was removed behind assure's back: no entry seals the %lld in the trail",
               w->nsealed);
    else if (status == ASSURE_OK && out->intact && !w->started)
        broken(out, 0,
               "the audit trail was emptied behind assure's back (it always holds the chain's start)");
    if (status == ASSURE_OK && out->intact)
        check_head(s, w, out, err, &status);
    if (status == ASSURE_OK && out->intact) /* the rows each import added, against its entry */
        status = additions_verify(s, out, err);
    held_free(&w->current);
    held_free(&w->next);
    free(w);
    return status;
}
