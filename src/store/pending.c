/* pending.c - rows an import adds that are known not to be stored, written
 * many by one INSERT: the statement's own cost (and the lists a table's
 * CHECKs compare with, built each time it runs) paid once for them all.
 * When the statement fails the rows are written one at a time, so that the
 * error is the row's, as it would have been. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pending.h"

#define PENDING_ROWS 32

typedef struct {
    field_value values[MAX_COLUMNS * 2];
    size_t text_at[MAX_COLUMNS * 2]; /* in the pool; SIZE_MAX: no text */
} held_row;

struct pending_rows {
    store *s;
    const stored_table *t;
    held_row rows[PENDING_ROWS];
    size_t count;
    char *text;
    size_t used, size;
    db_stmt *insert; /* PENDING_ROWS rows at once */
};

pending_rows *pending_new(store *s, const stored_table *t)
{
    pending_rows *p = calloc(1, sizeof *p);
    if (p == NULL)
        return NULL;
    p->s = s;
    p->t = t;
    return p;
}

assure_status pending_add(pending_rows *p, const field_value *values, assure_error *err)
{
    held_row *row = &p->rows[p->count];
    for (size_t c = 0; c < p->t->ncolumns; c++) {
        int f = p->t->columns[c];
        row->values[f] = values[f];
        row->text_at[f] = SIZE_MAX;
        if (values[f].text == NULL)
            continue;
        size_t length = strlen(values[f].text) + 1;
        if (p->used + length > p->size) {
            size_t size = p->size != 0 ? p->size : 16384;
            while (size < p->used + length)
                size *= 2;
            char *text = realloc(p->text, size);
            if (text == NULL)
                return error_set(err, ASSURE_DATA, "out of memory");
            p->text = text;
            p->size = size;
        }
        memcpy(p->text + p->used, values[f].text, length);
        row->text_at[f] = p->used;
        p->used += length;
    }
    p->count++;
    return p->count == PENDING_ROWS ? pending_flush(p, err) : ASSURE_OK;
}

/* The statement for PENDING_ROWS rows: the table's own INSERT, its VALUES repeated. */
static assure_status prepare_many(pending_rows *p, assure_error *err)
{
    const char *values = strstr(p->t->insert, " VALUES ");
    if (values == NULL)
        return error_set(err, ASSURE_DATA, "%s: cannot add rows", stored_label(p->t));
    size_t prefix = (size_t)(values - p->t->insert) + strlen(" VALUES ");
    size_t size = prefix + PENDING_ROWS * (p->t->ncolumns * 2 + 3) + 1;
    char *sql = malloc(size);
    if (sql == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    memcpy(sql, p->t->insert, prefix);
    size_t n = prefix;
    for (size_t r = 0; r < PENDING_ROWS; r++) {
        if (r > 0)
            sql[n++] = ',';
        sql[n++] = '(';
        for (size_t c = 0; c < p->t->ncolumns; c++) {
            if (c > 0)
                sql[n++] = ',';
            sql[n++] = '?';
        }
        sql[n++] = ')';
    }
    sql[n] = '\0';
    db_result rc = db_prepare(&p->s->conn, sql, false, &p->insert);
    free(sql);
    return rc == DB_OK ? ASSURE_OK : store_sqlite_error(p->s, "cannot add rows", err);
}

/* A held row's values, its texts pointing into the pool. */
static void values_of(const pending_rows *p, const held_row *row, field_value *out)
{
    for (size_t c = 0; c < p->t->ncolumns; c++) {
        int f = p->t->columns[c];
        out[f] = row->values[f];
        out[f].text = row->text_at[f] == SIZE_MAX ? NULL : p->text + row->text_at[f];
    }
}

assure_status pending_flush(pending_rows *p, assure_error *err)
{
    if (p == NULL || p->count == 0)
        return ASSURE_OK;
    field_value values[MAX_COLUMNS * 2];
    memset(values, 0, sizeof values);
    assure_status status = ASSURE_OK;
    bool together = false;
    if (p->count == PENDING_ROWS) {
        if (p->insert == NULL)
            status = prepare_many(p, err);
        if (status != ASSURE_OK)
            return status;
        for (size_t r = 0; r < p->count; r++) {
            values_of(p, &p->rows[r], values);
            rows_bind_from(p->insert, p->t, values, p->t->ncolumns, (int)(r * p->t->ncolumns) + 1);
        }
        int rc = db_step(p->insert);
        db_reset(p->insert);
        together = rc == DB_DONE;
    }
    /* Fewer rows, or the statement failed: one at a time. */
    for (size_t r = 0; r < p->count && !together && status == ASSURE_OK; r++) {
        db_stmt *insert = store_query(p->s, p->t->insert, err);
        if (insert == NULL)
            return ASSURE_DATA;
        values_of(p, &p->rows[r], values);
        rows_bind(insert, p->t, values, p->t->ncolumns);
        status = rows_step_done(p->s, insert, "cannot add a row", err);
    }
    p->count = 0;
    p->used = 0;
    return status;
}

void pending_free(pending_rows *p)
{
    if (p == NULL)
        return;
    db_finalize(p->insert);
    free(p->text);
    free(p);
}
