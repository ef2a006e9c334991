/* additions.h - the rows an import adds, audited as one entry with each row
 * tied to it (private to store/; additions.c says how). */
#ifndef ASSURE_ADDITIONS_H
#define ASSURE_ADDITIONS_H

#include "store_internal.h"

/* The field of an import's entry for the rows it added. */
#define ADDITIONS_FIELD "rows added"

typedef struct row_additions row_additions;

/* A new batch, inside the import's write transaction. */
assure_status additions_begin(store *s, row_additions **out, assure_error *err);
/* One row added: its table, key and text as its own entry would say them. */
assure_status additions_add(row_additions *adds, const char *table, const char *key, const char *row,
                            assure_error *err);
long long additions_count(const row_additions *adds);
/* The one entry for the batch (none when nothing was added), under table. */
assure_status additions_finish(row_additions *adds, const audit_actor *actor, const char *table,
                               assure_error *err);
void additions_free(row_additions *adds);
/* Each import's entry against its batch's rows, and no row or tie without
 * one; the first problem goes into out (which the chain's walk has left
 * intact). */
assure_status additions_verify(store *s, audit_verification *out, assure_error *err);

#endif
