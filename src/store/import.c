/* import.c - writing imported rows: upsert by key, audit every change (the
 * rows added as one entry, additions.c), and with --replace remove what the
 * file no longer holds.  One transaction.  Rows added to a table that was
 * empty are written many at a time (pending.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "calendar.h"
#include "import_internal.h"

/* Write the rows held back: before anything else reads or writes the tables. */
assure_status import_settle(store_import *import, assure_error *err)
{
    assure_status status = pending_flush(import->pending[IMPORT_MAIN], err);
    return status == ASSURE_OK ? pending_flush(import->pending[IMPORT_PROFILE], err) : status;
}

static void import_free(store_import *import)
{
    additions_free(import->adds);
    import_keys_free(import->keys);
    pending_free(import->pending[IMPORT_MAIN]);
    pending_free(import->pending[IMPORT_PROFILE]);
    free(import);
}

static assure_status audit(store_import *import, const char *key, const char *field, const char *old_value,
                           const char *new_value, assure_error *err)
{
    return rows_audit(import->s, &import->actor, "import", stored_label(import->parts[IMPORT_MAIN]), key,
                      field, old_value, new_value, err);
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash != NULL ? slash + 1 : path;
}

/* Total-row findings from an earlier import of the same file (by its name,
 * wherever it was) give way to what this import finds. */
static assure_status clear_file_findings(store *s, const char *table, const char *source, assure_error *err)
{
    db_stmt *select =
        store_query(s, "SELECT id, source FROM declared_total WHERE table_name = ?1 AND ref = ''", err);
    if (select == NULL)
        return ASSURE_DATA;
    db_bind_text(select, 1, table);
    db_stmt *remove = store_query(s, "DELETE FROM declared_total WHERE id = ?1", err);
    if (remove == NULL)
        return ASSURE_DATA;
    /* In batches: the ones removed no longer match, so each pass finds the next. */
    long long ids[256];
    size_t n;
    do {
        n = 0;
        while (n < 256 && db_step(select) == DB_ROW) {
            const char *earlier = db_column_text(select, 1);
            if (earlier != NULL && strcmp(base_name(earlier), base_name(source)) == 0)
                ids[n++] = db_column_int64(select, 0);
        }
        db_reset(select);
        for (size_t i = 0; i < n; i++) {
            db_bind_int64(remove, 1, ids[i]);
            assure_status status = rows_step_done(s, remove, "cannot clear earlier findings", err);
            if (status != ASSURE_OK)
                return status;
        }
    } while (n == 256);
    return ASSURE_OK;
}

static assure_status note_row_findings(store_import *import, assure_error *err)
{
    db_stmt *any = store_query(
        import->s, "SELECT 1 FROM declared_total WHERE table_name = ?1 AND ref <> '' LIMIT 1", err);
    if (any == NULL)
        return ASSURE_DATA;
    db_bind_text_static(any, 1, import->def->name);
    int rc = db_step(any);
    db_reset(any);
    import->no_row_findings = rc == DB_DONE;
    return rc == DB_DONE || rc == DB_ROW ? ASSURE_OK
                                         : store_sqlite_error(import->s, "cannot read earlier findings", err);
}

assure_status store_import_begin(store *s, table_id table, bool replace, const audit_actor *actor,
                                 store_import **out, assure_error *err)
{
    *out = NULL;
    store_import *import = calloc(1, sizeof *import);
    if (import == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    import->s = s;
    import->def = table_def_get(table);
    import->replace = replace;
    import->actor = *actor;
    import->parts[IMPORT_MAIN] = stored_table_for(table, IMPORT_MAIN);
    import->parts[IMPORT_PROFILE] = stored_table_for(table, IMPORT_PROFILE);
    /* Room for what a large import writes, so that pages are not spilled
     * to the log before the commit: 64 MB at most, given back as freed. */
    assure_status status =
        s->conn.backend == DB_SQLITE ? store_exec(s, "PRAGMA cache_size = -65536", err) : ASSURE_OK;
    if (status == ASSURE_OK)
        status = store_write_begin(s, err);
    if (status != ASSURE_OK) {
        free(import);
        return status;
    }
    import->keys = import_keys_new();
    if (import->keys == NULL)
        status = error_set(err, ASSURE_DATA, "out of memory");
    if (status == ASSURE_OK)
        status = additions_begin(s, &import->adds, err);
    for (int part = 0; part < 2 && status == ASSURE_OK; part++) {
        if (import->parts[part] != NULL)
            status = rows_table_empty(s, import->parts[part], &import->empty[part], err);
        if (status == ASSURE_OK && import->empty[part] &&
            (import->pending[part] = pending_new(s, import->parts[part])) == NULL)
            status = error_set(err, ASSURE_DATA, "out of memory");
    }
    if (status == ASSURE_OK && import->def->declared_totals) {
        if (replace) {
            db_stmt *clear = store_query(s, "DELETE FROM declared_total WHERE table_name = ?1", err);
            if (clear == NULL) {
                status = ASSURE_DATA;
            } else {
                db_bind_text_static(clear, 1, import->def->name);
                status = rows_step_done(s, clear, "cannot clear earlier findings", err);
            }
        } else {
            status = clear_file_findings(s, import->def->name, actor->source, err);
        }
    }
    if (status == ASSURE_OK && import->def->declared_totals)
        status = note_row_findings(import, err);
    if (status != ASSURE_OK) {
        store_rollback(s);
        import_free(import);
        return status;
    }
    *out = import;
    return ASSURE_OK;
}

/* The key of a row as a string for the import's keys: part, then key texts. */
static void key_string(const store_import *import, import_part part, const field_value *values, char *buf,
                       size_t size, char *text_key, size_t text_size)
{
    const stored_table *t = import->parts[part];
    size_t n = 0, k = 0;
    buf[n++] = (char)('0' + (int)part);
    for (size_t c = 0; c < t->nkeys; c++) {
        char text[VALUE_TEXT_MAX];
        rows_format_value(stored_field(t, c), &values[t->columns[c]], text, sizeof text);
        size_t length = strlen(text);
        if (n + 1 + length >= size || k + 3 + length >= text_size)
            break;
        buf[n++] = '\x1f';
        memcpy(buf + n, text, length);
        n += length;
        if (c > 0) {
            memcpy(text_key + k, " / ", 3);
            k += 3;
        }
        memcpy(text_key + k, text, length);
        k += length;
    }
    buf[n] = '\0';
    text_key[k] = '\0';
}

/* Keep the key fields of a key just noted new, to know its row when it comes. */
static void keep_fresh(store_import *import, import_part part, const field_value *values, const char *key)
{
    const stored_table *t = import->parts[part];
    size_t used = 0;
    import->fresh[part].set = true;
    for (size_t c = 0; c < t->nkeys && import->fresh[part].set; c++) {
        field_value v = values[t->columns[c]];
        if (v.text != NULL) {
            size_t length = strlen(v.text) + 1;
            if (used + length > sizeof import->fresh[part].texts) {
                import->fresh[part].set = false; /* too long to keep: its row is looked for */
                break;
            }
            memcpy(import->fresh[part].texts + used, v.text, length);
            v.text = import->fresh[part].texts + used;
            used += length;
        }
        import->fresh[part].values[c] = v;
    }
    snprintf(import->fresh[part].key, sizeof import->fresh[part].key, "%s", key);
}

/* Is this row's key the one kept? */
static bool is_fresh(const store_import *import, import_part part, const field_value *values)
{
    const stored_table *t = import->parts[part];
    if (!import->fresh[part].set)
        return false;
    for (size_t c = 0; c < t->nkeys; c++) {
        const field_value *kept = &import->fresh[part].values[c], *v = &values[t->columns[c]];
        if (kept->blank != v->blank || kept->number != v->number ||
            (kept->text == NULL) != (v->text == NULL) ||
            (v->text != NULL && strcmp(kept->text, v->text) != 0))
            return false;
    }
    return true;
}

assure_status store_import_key(store_import *import, import_part part, const field_value *values, int line,
                               int *first_line, assure_error *err)
{
    char key[4 * VALUE_TEXT_MAX], text_key[4 * VALUE_TEXT_MAX];
    key_string(import, part, values, key, sizeof key, text_key, sizeof text_key);
    *first_line = import_keys_note(import->keys, key, line);
    if (*first_line < 0) {
        *first_line = 0;
        return error_set(err, ASSURE_DATA, "out of memory");
    }
    import->fresh[part].set = false;
    if (import->empty[part] && *first_line == 0)
        keep_fresh(import, part, values, text_key);
    return ASSURE_OK;
}

assure_status store_import_row(store_import *import, import_part part, const field_value *values,
                               const bool *present, assure_error *err)
{
    store *s = import->s;
    const stored_table *t = import->parts[part];
    if (t == NULL)
        return error_set(err, ASSURE_DATA, "this table has no such part");
    if (part == IMPORT_MAIN && table_def_get(t->table)->declared_totals && !import->no_row_findings &&
        (t->nkeys == 1 || t->table == TABLE_DEF_STAFFING)) {
        /* A row imported again clears what was found in its total column (or
         * its printed percentage, kept under the row's key). */
        char key[4 * VALUE_TEXT_MAX];
        rows_key_text(t, values, key, sizeof key);
        db_stmt *clear = store_query(s, "DELETE FROM declared_total WHERE table_name = ?1 AND ref = ?2", err);
        if (clear == NULL)
            return ASSURE_DATA;
        db_bind_text_static(clear, 1, import->def->name);
        db_bind_text(clear, 2, key);
        assure_status cleared = rows_step_done(s, clear, "cannot clear earlier findings", err);
        if (cleared != ASSURE_OK)
            return cleared;
    }
    row_outcome outcome = ROW_UNCHANGED;
    assure_status status;
    if (is_fresh(import, part, values)) {
        import->fresh[part].set = false; /* written: the next write of it looks */
        const char *key = import->fresh[part].key;
        /* The other part's rows first: a profile year's line is written before it. */
        status = pending_flush(import->pending[part == IMPORT_MAIN ? IMPORT_PROFILE : IMPORT_MAIN], err);
        if (status == ASSURE_OK)
            status = pending_add(import->pending[part], values, err);
        char row[4096];
        rows_row_text(t, values, row, sizeof row);
        if (status == ASSURE_OK)
            status = additions_add(import->adds, stored_label(t), key, row, err);
        outcome = ROW_ADDED;
    } else {
        status = import_settle(import, err);
        if (status == ASSURE_OK)
            status = rows_write_adding(s, &import->actor, "import", t, values, present, import->adds,
                                       &outcome, err);
    }
    if (status == ASSURE_OK) {
        if (outcome == ROW_ADDED)
            import->counts[part].added++;
        else if (outcome == ROW_CHANGED)
            import->counts[part].changed++;
        else
            import->counts[part].unchanged++;
    }
    return status;
}

assure_status store_import_row_exists(store_import *import, table_id table, const field_value *values,
                                      bool *found, assure_error *err)
{
    assure_status settled = import_settle(import, err);
    if (settled != ASSURE_OK)
        return settled;
    const stored_table *t = stored_table_for(table, IMPORT_MAIN);
    if (t == NULL)
        return error_set(err, ASSURE_DATA, "no such table");
    field_value row[MAX_COLUMNS * 2];
    string_pool *pool = NULL;
    assure_status status = rows_read(import->s, t, values, row, &pool, found, err);
    pool_free(pool);
    return status;
}

assure_status store_import_clear_year_findings(store_import *import, int fy, assure_error *err)
{
    db_stmt *clear = store_query(import->s,
                                 "DELETE FROM declared_total WHERE table_name = ?1 AND fy = ?2 "
                                 "AND NOT (source = ?3 AND imported_at = ?4)",
                                 err);
    if (clear == NULL)
        return ASSURE_DATA;
    db_bind_text_static(clear, 1, import->def->name);
    db_bind_int64(clear, 2, fy);
    db_bind_text_static(clear, 3, import->actor.source);
    db_bind_text_static(clear, 4, import->actor.at);
    return rows_step_done(import->s, clear, "cannot clear earlier findings", err);
}

assure_status store_import_declared_total(store_import *import, const declared_total_record *total,
                                          assure_error *err)
{
    store *s = import->s;
    import->no_row_findings = false;
    db_stmt *statement = store_query(s,
                                     "INSERT INTO declared_total (table_name, ref, label, fy, measure, "
                                     "declared, computed, source, line, imported_at) "
                                     "VALUES (?10, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                                     err);
    if (statement == NULL)
        return ASSURE_DATA;
    db_bind_text_static(statement, 10, import->def->name);
    db_bind_text(statement, 1, total->ref);
    db_bind_text(statement, 2, total->label);
    if (total->fy != 0)
        db_bind_int64(statement, 3, total->fy);
    db_bind_text_static(statement, 4, total->measure);
    db_bind_int64(statement, 5, total->declared);
    db_bind_int64(statement, 6, total->computed);
    db_bind_text_static(statement, 7, import->actor.source);
    db_bind_int64(statement, 8, total->line);
    db_bind_text_static(statement, 9, import->actor.at);
    return rows_step_done(s, statement, "cannot keep a declared total", err);
}

/* With --replace: remove each stored row whose key the file did not hold. */
static assure_status remove_unlisted(store_import *import, import_part part, assure_error *err)
{
    store *s = import->s;
    const stored_table *t = import->parts[part];
    /* Collect first: deleting while stepping the same table is not allowed to
     * disturb the scan, and rows are few next to what was just imported. */
    db_stmt *all = store_query(s, t->select_all, err);
    if (all == NULL)
        return ASSURE_DATA;
    typedef struct {
        field_value values[MAX_COLUMNS * 2];
        char *texts[MAX_COLUMNS * 2];
    } doomed_row;
    doomed_row *doomed = NULL;
    size_t ndoomed = 0, capacity = 0;
    int rc;
    assure_status status = ASSURE_OK;
    while (status == ASSURE_OK && (rc = db_step(all)) == DB_ROW) {
        field_value values[MAX_COLUMNS * 2];
        memset(values, 0, sizeof values);
        for (size_t c = 0; c < t->ncolumns; c++)
            values[t->columns[c]] = rows_column_value(all, (int)c, stored_field(t, c));
        char key[4 * VALUE_TEXT_MAX], text_key[4 * VALUE_TEXT_MAX];
        key_string(import, part, values, key, sizeof key, text_key, sizeof text_key);
        if (import_keys_has(import->keys, key))
            continue;
        doomed_row *grown = array_grow(doomed, &capacity, ndoomed + 1, sizeof *doomed);
        if (grown == NULL) {
            status = error_set(err, ASSURE_DATA, "out of memory");
            break;
        }
        doomed = grown;
        doomed_row *row = &doomed[ndoomed++];
        memset(row, 0, sizeof *row);
        for (size_t c = 0; c < t->ncolumns; c++) {
            int f = t->columns[c];
            row->values[f] = values[f];
            if (values[f].text != NULL) {
                row->texts[f] = strdup(values[f].text);
                row->values[f].text = row->texts[f];
            }
        }
    }
    db_reset(all);
    for (size_t i = 0; i < ndoomed && status == ASSURE_OK; i++) {
        status = rows_delete(s, &import->actor, "import", t, doomed[i].values, err);
        if (status == ASSURE_OK)
            import->counts[part].removed++;
    }
    for (size_t i = 0; i < ndoomed; i++)
        for (size_t f = 0; f < MAX_COLUMNS * 2; f++)
            free(doomed[i].texts[f]);
    free(doomed);
    return status;
}

assure_status store_import_finish(store_import *import, bool commit, import_counts counts[2],
                                  assure_error *err)
{
    store *s = import->s;
    assure_status status = commit ? import_settle(import, err) : ASSURE_OK;
    if (commit && status == ASSURE_OK && import->replace) {
        /* Profile rows first: removing a line takes its profile with it. */
        if (import->parts[IMPORT_PROFILE] != NULL)
            status = remove_unlisted(import, IMPORT_PROFILE, err);
        if (status == ASSURE_OK)
            status = remove_unlisted(import, IMPORT_MAIN, err);
    }
    if (counts != NULL)
        memcpy(counts, import->counts, sizeof import->counts);
    /* The rows added: one entry, after the changes and removals. */
    if (commit && status == ASSURE_OK)
        status =
            additions_finish(import->adds, &import->actor, stored_label(import->parts[IMPORT_MAIN]), err);
    if (commit && status == ASSURE_OK) {
        char summary[256];
        const import_counts *c = import->counts;
        snprintf(summary, sizeof summary, "%ld added, %ld changed, %ld removed, %ld unchanged",
                 c[0].added + c[1].added, c[0].changed + c[1].changed, c[0].removed + c[1].removed,
                 c[0].unchanged + c[1].unchanged);
        status = audit(import, "", "", NULL, summary, err);
        if (status == ASSURE_OK)
            status = store_commit(s, err);
    } else {
        store_rollback(s);
    }
    if (status != ASSURE_OK)
        store_rollback(s);
    import_free(import);
    return status;
}
