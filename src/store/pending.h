/* pending.h - rows an import adds that are known not to be stored, held
 * back and written PENDING_ROWS by one statement (private to store/). */
#ifndef ASSURE_PENDING_H
#define ASSURE_PENDING_H

#include "rows.h"

typedef struct pending_rows pending_rows;

pending_rows *pending_new(store *s, const stored_table *t);
/* Hold a copy of the row; written when PENDING_ROWS are held. */
assure_status pending_add(pending_rows *p, const field_value *values, assure_error *err);
/* Write every row held: before anything reads or writes the table, or the
 * import ends. */
assure_status pending_flush(pending_rows *p, assure_error *err);
void pending_free(pending_rows *p);

#endif
