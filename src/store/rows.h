/* rows.h - one row of a user's table as stored (tables.h): reading,
 * writing and deleting it with its audit trail (private to store/).
 * Import and the dashboard's edits both write through here. */
#ifndef ASSURE_ROWS_H
#define ASSURE_ROWS_H

#include "additions.h"
#include "records.h"
#include "tables.h"

#define VALUE_TEXT_MAX 512 /* the audit trail keeps values to this length */

/* The field the stored table's column holds. */
const field_def *stored_field(const stored_table *t, size_t column);

/* Bind the first n columns of values (indexed by the table's fields) as ?1..?n. */
void rows_bind(db_stmt *statement, const stored_table *t, const field_value *values, size_t n);
/* The same from parameter ?first on (many rows bound to one statement). */
void rows_bind_from(db_stmt *statement, const stored_table *t, const field_value *values, size_t n,
                    int first);
/* A stored column read back as a field value (its text lives until the statement steps). */
field_value rows_column_value(db_stmt *statement, int column, const field_def *f);
/* A value as field_format writes it: the kinds every imported row has
 * written without parsing a format, the others by field_format. */
void rows_format_value(const field_def *f, const field_value *v, char *buf, size_t size);
/* "ASC-01 / 2024/25": the row's key as the audit trail writes it. */
void rows_key_text(const stored_table *t, const field_value *values, char *buf, size_t size);
/* "name=...; cohort=...": every column but the key. */
void rows_row_text(const stored_table *t, const field_value *values, char *buf, size_t size);
assure_status rows_step_done(store *s, db_stmt *statement, const char *doing, assure_error *err);
/* One entry of the audit trail. */
assure_status rows_audit(store *s, const audit_actor *actor, const char *action, const char *table,
                         const char *key, const char *field, const char *old_value, const char *new_value,
                         assure_error *err);

typedef enum { ROW_UNCHANGED, ROW_ADDED, ROW_CHANGED } row_outcome;

/* Insert or update the row whose key is in values, auditing under action
 * what it adds or each field it changes.  present (by field; NULL: all)
 * says which fields the source gave: an update keeps the stored value of
 * the others. */
assure_status rows_write(store *s, const audit_actor *actor, const char *action, const stored_table *t,
                         const field_value *values, const bool *present, row_outcome *outcome,
                         assure_error *err);
/* As rows_write, but a row added goes into adds (audited as one entry with
 * the others added) in place of an entry of its own. */
assure_status rows_write_adding(store *s, const audit_actor *actor, const char *action, const stored_table *t,
                                const field_value *values, const bool *present, row_additions *adds,
                                row_outcome *outcome, assure_error *err);
/* Whether the table holds no row. */
assure_status rows_table_empty(store *s, const stored_table *t, bool *empty, assure_error *err);
/* Read the stored row with the key in key_values into out (indexed by the
 * table's fields; text copied into *pool). */
assure_status rows_read(store *s, const stored_table *t, const field_value *key_values, field_value *out,
                        string_pool **pool, bool *found, assure_error *err);
/* Delete the row, auditing what it held. */
assure_status rows_delete(store *s, const audit_actor *actor, const char *action, const stored_table *t,
                          const field_value *values, assure_error *err);

#endif
