/* additions.c - the rows an import adds, audited as one entry.
 *
 * Each added row is kept in audit_row with its batch (one an import), its
 * place in the order written, its table, key and what it held - what its own
 * entry would have said.  When the import ends, one entry of the chain says
 * "N rows added, batch B, SHA-256 H": H is the digest of the batch's rows in
 * order, each its table, key and text, length first, so the chain commits to
 * every row added, and import_batch ties the batch to that entry.
 * Verifying the chain recomputes each batch's digest: a row of the record
 * changed, removed, inserted or moved to another batch breaks it.
 */
#include <nettle/sha2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "additions.h"

/* The text of the entry; read back by verification, so written one way. */
#define ADDITIONS_TEXT "%lld rows added, batch %lld, SHA-256 %64s"

#define ADDITIONS_PENDING 64 /* rows written to audit_row by one statement */

struct row_additions {
    store *s;
    long long batch, count;
    struct sha256_ctx digest;
    /* Rows not yet written: their texts, one after another, in text. */
    size_t npending, used, size;
    size_t at[ADDITIONS_PENDING][3];
    char *text;
    db_stmt *insert; /* ADDITIONS_PENDING rows at once */
};

/* One text into the digest, length first, so that no two rows encode alike. */
static void digest_text(struct sha256_ctx *ctx, const char *text)
{
    char length[32];
    size_t n = strlen(text);
    int w = snprintf(length, sizeof length, "%zu:", n);
    sha256_update(ctx, (size_t)w, (const uint8_t *)length);
    sha256_update(ctx, n, (const uint8_t *)text);
}

static void digest_row(struct sha256_ctx *ctx, const char *table, const char *key, const char *row)
{
    digest_text(ctx, table);
    digest_text(ctx, key);
    digest_text(ctx, row);
}

static void digest_hex(struct sha256_ctx *ctx, char out[CHAIN_HASH_SIZE])
{
    static const char digits[] = "0123456789abcdef";
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(ctx, SHA256_DIGEST_SIZE, digest);
    for (size_t i = 0; i < SHA256_DIGEST_SIZE; i++) {
        out[2 * i] = digits[digest[i] >> 4];
        out[2 * i + 1] = digits[digest[i] & 15];
    }
    out[2 * SHA256_DIGEST_SIZE] = '\0';
}

assure_status additions_begin(store *s, row_additions **out, assure_error *err)
{
    *out = NULL;
    /* The next batch: after any a row or a tie names, kept or not. */
    db_stmt *last = store_query(s,
                                "SELECT coalesce(max(batch), 0) FROM (SELECT max(batch) AS batch FROM "
                                "import_batch UNION ALL SELECT max(batch) FROM audit_row) AS known",
                                err);
    if (last == NULL)
        return ASSURE_DATA;
    int rc = db_step(last);
    long long batch = rc == DB_ROW ? db_column_int64(last, 0) + 1 : 0;
    db_reset(last);
    if (rc != DB_ROW)
        return store_sqlite_error(s, "cannot read the audit trail", err);
    row_additions *adds = calloc(1, sizeof *adds);
    if (adds == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    adds->s = s;
    adds->batch = batch;
    sha256_init(&adds->digest);
    *out = adds;
    return ASSURE_OK;
}

/* The pending rows into audit_row: ADDITIONS_PENDING by one statement, fewer one at a time. */
static assure_status flush(row_additions *adds, assure_error *err)
{
    store *s = adds->s;
    if (adds->npending == ADDITIONS_PENDING && adds->insert == NULL) {
        char sql[64 + ADDITIONS_PENDING * 24];
        size_t n = (size_t)snprintf(sql, sizeof sql,
                                    "INSERT INTO audit_row (batch, seq, table_name, key, new_value) VALUES ");
        for (size_t i = 0; i < ADDITIONS_PENDING; i++)
            n += (size_t)snprintf(sql + n, sizeof sql - n, "%s(?,?,?,?,?)", i > 0 ? "," : "");
        if (db_prepare(&s->conn, sql, false, &adds->insert) != DB_OK)
            return store_sqlite_error(s, "cannot write the audit trail", err);
    }
    db_stmt *one = NULL;
    if (adds->npending < ADDITIONS_PENDING &&
        (one = store_query(
             s, "INSERT INTO audit_row (batch, seq, table_name, key, new_value) VALUES (?1, ?2, ?3, ?4, ?5)",
             err)) == NULL)
        return ASSURE_DATA;
    long long first = adds->count - (long long)adds->npending + 1;
    int rc = DB_DONE;
    for (size_t i = 0; i < adds->npending && rc == DB_DONE; i++) {
        db_stmt *insert = one != NULL ? one : adds->insert;
        int p = one != NULL ? 0 : (int)i * 5;
        db_bind_int64(insert, p + 1, adds->batch);
        db_bind_int64(insert, p + 2, first + (long long)i);
        for (int c = 0; c < 3; c++)
            db_bind_text_static(insert, p + 3 + c, adds->text + adds->at[i][c]);
        if (one != NULL) {
            rc = db_step(one);
            db_reset(one);
        }
    }
    if (one == NULL && adds->npending > 0) {
        rc = db_step(adds->insert);
        db_reset(adds->insert);
    }
    if (one == NULL && adds->insert != NULL)
        db_reset_clear(adds->insert); /* the texts are about to be reused */
    adds->npending = 0;
    adds->used = 0;
    return rc == DB_DONE ? ASSURE_OK : store_sqlite_error(s, "cannot write the audit trail", err);
}

assure_status additions_add(row_additions *adds, const char *table, const char *key, const char *row,
                            assure_error *err)
{
    const char *texts[3] = {table, key, row};
    size_t lengths[3], total = 0;
    for (int c = 0; c < 3; c++)
        total += lengths[c] = strlen(texts[c]) + 1;
    if (adds->used + total > adds->size) {
        size_t size = adds->size != 0 ? adds->size : 16384;
        while (size < adds->used + total)
            size *= 2;
        char *text = realloc(adds->text, size);
        if (text == NULL)
            return error_set(err, ASSURE_DATA, "out of memory");
        adds->text = text;
        adds->size = size;
    }
    for (int c = 0; c < 3; c++) {
        adds->at[adds->npending][c] = adds->used;
        memcpy(adds->text + adds->used, texts[c], lengths[c]);
        adds->used += lengths[c];
    }
    adds->npending++;
    digest_row(&adds->digest, table, key, row);
    adds->count++;
    return adds->npending == ADDITIONS_PENDING ? flush(adds, err) : ASSURE_OK;
}

long long additions_count(const row_additions *adds)
{
    return adds->count;
}

assure_status additions_finish(row_additions *adds, const audit_actor *actor, const char *table,
                               assure_error *err)
{
    if (adds->count == 0)
        return ASSURE_OK;
    assure_status flushed = flush(adds, err);
    if (flushed != ASSURE_OK)
        return flushed;
    char hash[CHAIN_HASH_SIZE], text[160];
    digest_hex(&adds->digest, hash);
    snprintf(text, sizeof text, ADDITIONS_TEXT, adds->count, adds->batch, hash);
    assure_status status =
        chain_append(adds->s, actor, "import", table, "", ADDITIONS_FIELD, NULL, text, err);
    if (status != ASSURE_OK)
        return status;
    db_stmt *tie = store_query(adds->s, "INSERT INTO import_batch (batch, entry) VALUES (?1, ?2)", err);
    if (tie == NULL)
        return ASSURE_DATA;
    db_bind_int64(tie, 1, adds->batch);
    db_bind_int64(tie, 2, adds->s->chain.last_id);
    int rc = db_step(tie);
    db_reset(tie);
    return rc == DB_DONE ? ASSURE_OK : store_sqlite_error(adds->s, "cannot write the audit trail", err);
}

void additions_free(row_additions *adds)
{
    if (adds == NULL)
        return;
    db_finalize(adds->insert);
    free(adds->text);
    free(adds);
}

/* A batch's rows as the trail holds them now. */
typedef struct {
    long long batch, count;
    bool numbered, claimed; /* seq runs 1, 2, ...; an entry names the batch */
    char hash[CHAIN_HASH_SIZE];
} held_batch;

/* Every batch's count and digest, in one pass over the rows in order. */
static assure_status read_batches(store *s, held_batch **out, size_t *count, assure_error *err)
{
    db_stmt *rows;
    if (db_prepare(&s->conn,
                   "SELECT batch, seq, table_name, key, new_value FROM audit_row ORDER BY batch, seq", false,
                   &rows) != DB_OK)
        return store_sqlite_error(s, "cannot read the audit trail", err);
    size_t capacity = 0;
    struct sha256_ctx ctx;
    held_batch *b = NULL;
    int rc;
    while ((rc = db_step(rows)) == DB_ROW) {
        long long batch = db_column_int64(rows, 0);
        if (b == NULL || b->batch != batch) {
            if (b != NULL)
                digest_hex(&ctx, b->hash);
            if (!store_reserve((void **)out, &capacity, *count, sizeof **out)) {
                db_finalize(rows);
                return error_set(err, ASSURE_DATA, "out of memory");
            }
            b = &(*out)[(*count)++];
            memset(b, 0, sizeof *b);
            b->batch = batch;
            b->numbered = true;
            sha256_init(&ctx);
        }
        b->numbered = b->numbered && db_column_int64(rows, 1) == b->count + 1;
        const char *t[3];
        for (int c = 0; c < 3; c++) {
            t[c] = db_column_text(rows, c + 2);
            if (t[c] == NULL)
                t[c] = "";
        }
        digest_row(&ctx, t[0], t[1], t[2]);
        b->count++;
    }
    if (b != NULL)
        digest_hex(&ctx, b->hash);
    db_finalize(rows);
    return rc == DB_DONE ? ASSURE_OK : store_sqlite_error(s, "cannot read the audit trail", err);
}

static void broken(audit_verification *out, long long id, const char *problem)
{
    snprintf(out->problem, sizeof out->problem, "%s", problem);
    out->intact = false;
    out->broken_id = id;
}

/* One import's entry against its batch's rows. */
static assure_status verify_entry(store *s, long long id, const char *at, const char *text,
                                  held_batch *batches, size_t nbatches, audit_verification *out,
                                  assure_error *err)
{
    long long declared = -1, batch = -1;
    char hash[CHAIN_HASH_SIZE] = "", problem[600];
    if (text == NULL || sscanf(text, ADDITIONS_TEXT, &declared, &batch, hash) != 3) {
        snprintf(problem, sizeof problem, "entry %lld (%s, rows added) does not say what it added", id, at);
        broken(out, id, problem);
        return ASSURE_OK;
    }
    db_stmt *tie = store_query(s, "SELECT entry FROM import_batch WHERE batch = ?1", err);
    if (tie == NULL)
        return ASSURE_DATA;
    db_bind_int64(tie, 1, batch);
    int rc = db_step(tie);
    long long entry = rc == DB_ROW ? db_column_int64(tie, 0) : 0;
    db_reset(tie);
    if (rc != DB_ROW && rc != DB_DONE)
        return store_sqlite_error(s, "cannot read the audit trail", err);
    held_batch *b = NULL;
    for (size_t i = 0; i < nbatches && b == NULL; i++)
        if (batches[i].batch == batch)
            b = &batches[i];
    long long count = b != NULL ? b->count : 0;
    if (b != NULL)
        b->claimed = true;
    if (entry != id) {
        snprintf(problem, sizeof problem, "the rows added by entry %lld (%s) were tied to %s", id, at,
                 rc == DB_ROW ? "another entry" : "no entry");
        broken(out, id, problem);
    } else if (count != declared) {
        snprintf(problem, sizeof problem,
                 "of the %lld rows entry %lld (%s) added, the trail now holds %lld: rows were %s", declared,
                 id, at, count, count < declared ? "removed" : "inserted");
        broken(out, id, problem);
    } else if (!b->numbered || strcmp(hash, b->hash) != 0) {
        snprintf(problem, sizeof problem,
                 "a row added by entry %lld (%s) was changed: its %lld rows no longer give the SHA-256 the "
                 "entry keeps",
                 id, at, declared);
        broken(out, id, problem);
    }
    return ASSURE_OK;
}

assure_status additions_verify(store *s, audit_verification *out, assure_error *err)
{
    held_batch *batches = NULL;
    size_t nbatches = 0;
    assure_status status = read_batches(s, &batches, &nbatches, err);
    if (status != ASSURE_OK) {
        free(batches);
        return status;
    }
    db_stmt *entries;
    if (db_prepare(&s->conn,
                   "SELECT id, at, new_value FROM audit WHERE action = 'import' AND field = '" ADDITIONS_FIELD
                   "' ORDER BY id",
                   false, &entries) != DB_OK) {
        free(batches);
        return store_sqlite_error(s, "cannot read the audit trail", err);
    }
    long long nentries = 0;
    int rc = DB_DONE;
    while (status == ASSURE_OK && out->intact && (rc = db_step(entries)) == DB_ROW) {
        const char *at = db_column_text(entries, 1);
        status = verify_entry(s, db_column_int64(entries, 0), at != NULL ? at : "",
                              db_column_text(entries, 2), batches, nbatches, out, err);
        nentries++;
    }
    if (status == ASSURE_OK && out->intact && rc != DB_DONE)
        status = store_sqlite_error(s, "cannot read the audit trail", err);
    db_finalize(entries);
    bool loose = false;
    for (size_t i = 0; i < nbatches; i++)
        loose = loose || !batches[i].claimed;
    free(batches);
    if (status != ASSURE_OK || !out->intact)
        return status;
    /* Ties and rows no entry accounts for: written behind assure's back. */
    db_stmt *ties = store_query(s, "SELECT count(*) FROM import_batch", err);
    if (ties == NULL)
        return ASSURE_DATA;
    rc = db_step(ties);
    long long nties = rc == DB_ROW ? db_column_int64(ties, 0) : 0;
    db_reset(ties);
    if (rc != DB_ROW)
        return store_sqlite_error(s, "cannot read the audit trail", err);
    if (nties != nentries)
        broken(out, 0, "a batch of added rows was tied to an entry that did not add it");
    else if (loose)
        broken(out, 0, "rows tied to no import's entry were inserted in the trail");
    return ASSURE_OK;
}
