/* import_internal.h - an import under way, shared by import.c (rows by
 * key, findings, --replace) and import_costs.c (savings lines that are
 * costs or net rows) (private to store/). */
#ifndef ASSURE_IMPORT_INTERNAL_H
#define ASSURE_IMPORT_INTERNAL_H

#include "import_keys.h"
#include "pending.h"
#include "rows.h"

struct store_import {
    store *s;
    const table_def *def;
    const stored_table *parts[2];
    bool replace;
    audit_actor actor;
    import_counts counts[2];
    import_counts costs;
    row_additions *adds; /* the rows added, audited as one entry */
    import_keys *keys;   /* each key written, by part */
    /* A part whose table was empty when the import began: a key the import
     * has just noted for the first time cannot be stored, so its row is
     * added without looking for it. */
    bool empty[2];
    struct {
        bool set;                        /* the key last noted was new */
        field_value values[MAX_COLUMNS]; /* its key fields, by column */
        char texts[4 * VALUE_TEXT_MAX];  /* their texts */
        char key[4 * VALUE_TEXT_MAX];    /* as the audit trail writes it */
    } fresh[2];
    pending_rows *pending[2]; /* such rows, not yet written */
    /* No finding is kept under a row's key: none when the import began (its
     * file's own cleared), none kept since.  A row then has none to clear. */
    bool no_row_findings;
};

/* Write the rows held back: before anything else reads or writes the tables. */
assure_status import_settle(store_import *import, assure_error *err);

#endif
