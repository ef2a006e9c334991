/* load.h - what the loaders of store/ share (private to store/). */
#ifndef ASSURE_LOAD_H
#define ASSURE_LOAD_H

#include "tables.h"

/* A column's text, "" when NULL. */
const char *load_text(db_stmt *statement, int column);
/* A column of whole pounds, MONEY_UNKNOWN when NULL. */
int64_t load_money(db_stmt *statement, int column);
/* A date column into a "YYYY-MM-DD" buffer. */
void load_date(char out[11], db_stmt *statement, int column);
/* A failed step or allocation: reset the statement and report. */
assure_status load_failed(store *s, db_stmt *statement, int rc, assure_error *err);
/* Refuse a part of a table (its rows, savings' profile years, risks' score
 * history) of more than STORE_LOAD_MAX_ROWS rows, with a message that says
 * how to make it smaller.  `as_at`, when not NULL, counts only the staffing
 * rows of that date. */
assure_status load_within_limit(store *s, table_id table, stored_part part, const char *as_at,
                                assure_error *err);
/* The same refusal, for a loader that counts as it reads: called when the
 * part has proved to hold more than STORE_LOAD_MAX_ROWS rows. */
assure_status load_too_many(store *s, table_id table, stored_part part, assure_error *err);

#define COPY(pool, text) pool_copy(&(pool), (text))

#endif
