/* import.c - writing imported rows: upsert by key, audit every change, and
 * with --replace remove what the file no longer holds.  One transaction. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "calendar.h"
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
    char fresh[2][4 * VALUE_TEXT_MAX]; /* the key last noted new, "" when the last was not */
    pending_rows *pending[2];          /* such rows, not yet written */
};

/* Write the rows held back: before anything else reads or writes the tables. */
static assure_status settle(store_import *import, assure_error *err)
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
    sqlite3_stmt *select =
        store_prepare(s, "SELECT id, source FROM declared_total WHERE table_name = ?1 AND ref = ''", err);
    if (select == NULL)
        return ASSURE_DATA;
    sqlite3_bind_text(select, 1, table, -1, SQLITE_TRANSIENT);
    sqlite3_stmt *remove = store_prepare(s, "DELETE FROM declared_total WHERE id = ?1", err);
    if (remove == NULL)
        return ASSURE_DATA;
    /* In batches: the ones removed no longer match, so each pass finds the next. */
    long long ids[256];
    size_t n;
    do {
        n = 0;
        while (n < 256 && sqlite3_step(select) == SQLITE_ROW) {
            const char *earlier = (const char *)sqlite3_column_text(select, 1);
            if (earlier != NULL && strcmp(base_name(earlier), base_name(source)) == 0)
                ids[n++] = sqlite3_column_int64(select, 0);
        }
        sqlite3_reset(select);
        for (size_t i = 0; i < n; i++) {
            sqlite3_bind_int64(remove, 1, ids[i]);
            assure_status status = rows_step_done(s, remove, "cannot clear earlier findings", err);
            if (status != ASSURE_OK)
                return status;
        }
    } while (n == 256);
    return ASSURE_OK;
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
    assure_status status = store_write_begin(s, err);
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
            sqlite3_stmt *clear = store_prepare(s, "DELETE FROM declared_total WHERE table_name = ?1", err);
            if (clear == NULL) {
                status = ASSURE_DATA;
            } else {
                sqlite3_bind_text(clear, 1, import->def->name, -1, SQLITE_STATIC);
                status = rows_step_done(s, clear, "cannot clear earlier findings", err);
            }
        } else {
            status = clear_file_findings(s, import->def->name, actor->source, err);
        }
    }
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
                       size_t size)
{
    const stored_table *t = import->parts[part];
    size_t n = 0;
    buf[n++] = (char)('0' + (int)part);
    for (size_t c = 0; c < t->nkeys; c++) {
        char text[VALUE_TEXT_MAX];
        rows_format_value(stored_field(t, c), &values[t->columns[c]], text, sizeof text);
        size_t length = strlen(text);
        if (n + 1 + length >= size)
            break;
        buf[n++] = '\x1f';
        memcpy(buf + n, text, length);
        n += length;
    }
    buf[n] = '\0';
}

/* Whether a key as key_string writes it ("0\x1fA\x1fB") is the one
 * rows_key_text wrote ("A / B").  A key text holding " / " itself reads as
 * another: the row is then looked for, as any row is. */
static bool same_key(const char *noted, const char *text)
{
    const char *p = noted + 1;
    for (bool first = true; *p != '\0'; first = false) {
        if (*p++ != '\x1f')
            return false;
        if (!first) {
            if (strncmp(text, " / ", 3) != 0)
                return false;
            text += 3;
        }
        size_t n = strcspn(p, "\x1f");
        if (strncmp(p, text, n) != 0)
            return false;
        p += n;
        text += n;
    }
    return *text == '\0';
}

assure_status store_import_key(store_import *import, import_part part, const field_value *values, int line,
                               int *first_line, assure_error *err)
{
    char key[4 * VALUE_TEXT_MAX];
    key_string(import, part, values, key, sizeof key);
    *first_line = import_keys_note(import->keys, key, line);
    if (*first_line < 0) {
        *first_line = 0;
        return error_set(err, ASSURE_DATA, "out of memory");
    }
    if (import->empty[part] && *first_line == 0)
        memcpy(import->fresh[part], key, strlen(key) + 1);
    else
        import->fresh[part][0] = '\0';
    return ASSURE_OK;
}

assure_status store_import_row(store_import *import, import_part part, const field_value *values,
                               const bool *present, assure_error *err)
{
    store *s = import->s;
    const stored_table *t = import->parts[part];
    if (t == NULL)
        return error_set(err, ASSURE_DATA, "this table has no such part");
    if (part == IMPORT_MAIN && table_def_get(t->table)->declared_totals &&
        (t->nkeys == 1 || t->table == TABLE_DEF_STAFFING)) {
        /* A row imported again clears what was found in its total column (or
         * its printed percentage, kept under the row's key). */
        char key[4 * VALUE_TEXT_MAX];
        rows_key_text(t, values, key, sizeof key);
        sqlite3_stmt *clear =
            store_prepare(s, "DELETE FROM declared_total WHERE table_name = ?1 AND ref = ?2", err);
        if (clear == NULL)
            return ASSURE_DATA;
        sqlite3_bind_text(clear, 1, import->def->name, -1, SQLITE_STATIC);
        sqlite3_bind_text(clear, 2, key, -1, SQLITE_TRANSIENT);
        assure_status cleared = rows_step_done(s, clear, "cannot clear earlier findings", err);
        if (cleared != ASSURE_OK)
            return cleared;
    }
    row_outcome outcome = ROW_UNCHANGED;
    assure_status status;
    char key[4 * VALUE_TEXT_MAX];
    if (import->fresh[part][0] != '\0')
        rows_key_text(t, values, key, sizeof key);
    if (import->fresh[part][0] != '\0' && same_key(import->fresh[part], key)) {
        import->fresh[part][0] = '\0'; /* written: the next write of it looks */
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
        status = settle(import, err);
        if (status == ASSURE_OK)
            status = rows_write_adding(s, &import->actor, "import", t, values, present, import->adds, &outcome,
                                       err);
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
    assure_status settled = settle(import, err);
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
    sqlite3_stmt *clear = store_prepare(import->s,
                                        "DELETE FROM declared_total WHERE table_name = ?1 AND fy = ?2 "
                                        "AND NOT (source = ?3 AND imported_at = ?4)",
                                        err);
    if (clear == NULL)
        return ASSURE_DATA;
    sqlite3_bind_text(clear, 1, import->def->name, -1, SQLITE_STATIC);
    sqlite3_bind_int(clear, 2, fy);
    sqlite3_bind_text(clear, 3, import->actor.source, -1, SQLITE_STATIC);
    sqlite3_bind_text(clear, 4, import->actor.at, -1, SQLITE_STATIC);
    return rows_step_done(import->s, clear, "cannot clear earlier findings", err);
}

assure_status store_import_declared_total(store_import *import, const declared_total_record *total,
                                          assure_error *err)
{
    store *s = import->s;
    sqlite3_stmt *statement =
        store_prepare(s,
                      "INSERT INTO declared_total (table_name, ref, label, fy, measure, "
                      "declared, computed, source, line, imported_at) "
                      "VALUES (?10, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                      err);
    if (statement == NULL)
        return ASSURE_DATA;
    sqlite3_bind_text(statement, 10, import->def->name, -1, SQLITE_STATIC);
    sqlite3_bind_text(statement, 1, total->ref, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(statement, 2, total->label, -1, SQLITE_TRANSIENT);
    if (total->fy != 0)
        sqlite3_bind_int(statement, 3, total->fy);
    sqlite3_bind_text(statement, 4, total->measure, -1, SQLITE_STATIC);
    sqlite3_bind_int64(statement, 5, total->declared);
    sqlite3_bind_int64(statement, 6, total->computed);
    sqlite3_bind_text(statement, 7, import->actor.source, -1, SQLITE_STATIC);
    sqlite3_bind_int(statement, 8, total->line);
    sqlite3_bind_text(statement, 9, import->actor.at, -1, SQLITE_STATIC);
    return rows_step_done(s, statement, "cannot keep a declared total", err);
}

/* Forget the findings kept for one ref of the table: it is imported again. */
static assure_status clear_ref_findings(store_import *import, const char *ref, assure_error *err)
{
    sqlite3_stmt *clear =
        store_prepare(import->s, "DELETE FROM declared_total WHERE table_name = ?1 AND ref = ?2", err);
    if (clear == NULL)
        return ASSURE_DATA;
    sqlite3_bind_text(clear, 1, import->def->name, -1, SQLITE_STATIC);
    sqlite3_bind_text(clear, 2, ref, -1, SQLITE_TRANSIENT);
    return rows_step_done(import->s, clear, "cannot clear earlier findings", err);
}

assure_status store_import_not_a_line(store_import *import, const char *ref, assure_error *err)
{
    store *s = import->s;
    assure_status status = clear_ref_findings(import, ref, err);
    if (status == ASSURE_OK)
        status = settle(import, err);
    if (status != ASSURE_OK)
        return status;
    const stored_table *lines = stored_table_for(TABLE_DEF_SAVINGS, IMPORT_MAIN);
    const stored_table *years = stored_table_for(TABLE_DEF_SAVINGS, IMPORT_PROFILE);
    field_value key[MAX_COLUMNS * 2], line[MAX_COLUMNS * 2];
    memset(key, 0, sizeof key);
    key[SAVINGS_FIELD_REF].text = ref;
    string_pool *pool = NULL;
    bool found = false;
    status = rows_read(s, lines, key, line, &pool, &found, err);
    /* Its profile years, one at a time: each removed is no longer found. */
    sqlite3_stmt *first =
        store_prepare(s, "SELECT fy FROM savings_profile WHERE ref = ?1 ORDER BY fy LIMIT 1", err);
    if (first == NULL)
        status = ASSURE_DATA;
    while (status == ASSURE_OK && found) {
        sqlite3_bind_text(first, 1, ref, -1, SQLITE_TRANSIENT);
        int rc = sqlite3_step(first);
        if (rc != SQLITE_ROW) {
            sqlite3_reset(first);
            if (rc != SQLITE_DONE)
                status = store_sqlite_error(s, "cannot read the line's profile", err);
            break;
        }
        field_value year_key[MAX_COLUMNS * 2], year[MAX_COLUMNS * 2];
        memset(year_key, 0, sizeof year_key);
        year_key[SAVINGS_FIELD_REF].text = ref;
        year_key[SAVINGS_FIELD_FY].number = sqlite3_column_int(first, 0);
        sqlite3_reset(first);
        bool has = false;
        status = rows_read(s, years, year_key, year, &pool, &has, err);
        if (status == ASSURE_OK && has)
            status = rows_delete(s, &import->actor, "import", years, year, err);
        if (status == ASSURE_OK && has)
            import->counts[IMPORT_PROFILE].removed++;
    }
    if (status == ASSURE_OK && found) {
        status = rows_delete(s, &import->actor, "import", lines, line, err);
        if (status == ASSURE_OK)
            import->counts[IMPORT_MAIN].removed++;
    }
    pool_free(pool);
    return status;
}

/* Write a cost's years: each new or changed year, and each year it no longer gives removed, audited with the
 * key "REF / FY".  *changed is set when any was. */
static assure_status write_cost_years(store_import *import, const import_cost *cost, bool *changed,
                                      assure_error *err)
{
    store *s = import->s;
    sqlite3_stmt *select = store_prepare(s, "SELECT fy, amount FROM investment_year WHERE ref = ?1", err);
    sqlite3_stmt *insert =
        store_prepare(s, "INSERT INTO investment_year (ref, fy, amount) VALUES (?1, ?2, ?3)", err);
    sqlite3_stmt *update =
        store_prepare(s, "UPDATE investment_year SET amount = ?3 WHERE ref = ?1 AND fy = ?2", err);
    sqlite3_stmt *remove = store_prepare(s, "DELETE FROM investment_year WHERE ref = ?1 AND fy = ?2", err);
    if (select == NULL || insert == NULL || update == NULL || remove == NULL)
        return ASSURE_DATA;
    /* What is stored now: few years, read whole. */
    int stored_fy[FY_LAST - FY_FIRST + 2]; /* every year a cost can have, and the later ones */
    money stored_amount[FY_LAST - FY_FIRST + 2];
    size_t nstored = 0;
    sqlite3_bind_text(select, 1, cost->ref, -1, SQLITE_TRANSIENT);
    int rc;
    while ((rc = sqlite3_step(select)) == SQLITE_ROW && nstored < sizeof stored_fy / sizeof *stored_fy) {
        stored_fy[nstored] = sqlite3_column_int(select, 0);
        stored_amount[nstored++] = sqlite3_column_int64(select, 1);
    }
    sqlite3_reset(select);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return store_sqlite_error(s, "cannot read the cost's years", err);
    assure_status status = ASSURE_OK;
    for (size_t y = 0; y < cost->nyears && status == ASSURE_OK; y++) {
        size_t i = 0;
        while (i < nstored && stored_fy[i] != cost->fys[y])
            i++;
        if (i < nstored && stored_amount[i] == cost->amounts[y])
            continue;
        sqlite3_stmt *write = i < nstored ? update : insert;
        sqlite3_bind_text(write, 1, cost->ref, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(write, 2, cost->fys[y]);
        sqlite3_bind_int64(write, 3, cost->amounts[y]);
        status = rows_step_done(s, write, "cannot write a cost's year", err);
        char key[4 * VALUE_TEXT_MAX], fy[16], old_value[32], new_value[64];
        fy_format(fy, sizeof fy, cost->fys[y]);
        snprintf(key, sizeof key, "%s / %s", cost->ref, fy);
        money_format_plain(new_value, sizeof new_value, cost->amounts[y]);
        if (status == ASSURE_OK && i < nstored) {
            money_format_plain(old_value, sizeof old_value, stored_amount[i]);
            status = rows_audit(s, &import->actor, "import", "investment", key, "amount", old_value,
                                new_value, err);
        } else if (status == ASSURE_OK) {
            char row[80];
            snprintf(row, sizeof row, "amount=%s", new_value);
            status = rows_audit(s, &import->actor, "import", "investment", key, "", NULL, row, err);
        }
        *changed = true;
    }
    for (size_t i = 0; i < nstored && status == ASSURE_OK; i++) {
        bool kept = false;
        for (size_t y = 0; y < cost->nyears && !kept; y++)
            kept = cost->fys[y] == stored_fy[i];
        if (kept)
            continue;
        sqlite3_bind_text(remove, 1, cost->ref, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(remove, 2, stored_fy[i]);
        status = rows_step_done(s, remove, "cannot remove a cost's year", err);
        char key[4 * VALUE_TEXT_MAX], fy[16], row[80];
        fy_format(fy, sizeof fy, stored_fy[i]);
        snprintf(key, sizeof key, "%s / %s", cost->ref, fy);
        snprintf(row, sizeof row, "amount=%lld", (long long)stored_amount[i]);
        if (status == ASSURE_OK)
            status = rows_audit(s, &import->actor, "import", "investment", key, "", row, NULL, err);
        *changed = true;
    }
    return status;
}

assure_status store_import_cost(store_import *import, const import_cost *cost, assure_error *err)
{
    assure_status settled = settle(import, err);
    if (settled != ASSURE_OK)
        return settled;
    assure_status status = store_import_not_a_line(import, cost->ref, err);
    if (status != ASSURE_OK)
        return status;
    const table_def *def = table_def_get(TABLE_DEF_INVESTMENT);
    field_value values[MAX_COLUMNS * 2];
    bool present[MAX_COLUMNS * 2] = {false};
    memset(values, 0, sizeof values);
    int ref = table_field_index(def, "ref"), kind = table_field_index(def, "kind"),
        name = table_field_index(def, "name"), fte = table_field_index(def, "fte"),
        cost_pa = table_field_index(def, "cost_pa"), years = table_field_index(def, "years"),
        one_off = table_field_index(def, "one_off"), grade = table_field_index(def, "grade");
    values[ref].text = cost->ref;
    values[kind] = (field_value){false, INVESTMENT_OTHER, investment_kind_name(INVESTMENT_OTHER)};
    values[name].text = cost->name;
    values[fte] = (field_value){true, 0, NULL};
    values[grade] = (field_value){true, 0, NULL};
    values[cost_pa] = (field_value){true, MONEY_UNKNOWN, NULL};
    values[one_off] = (field_value){true, MONEY_UNKNOWN, NULL};
    size_t named = 0; /* its years, as a count of whole years (the later ones not counted) */
    for (size_t y = 0; y < cost->nyears; y++)
        named += cost->fys[y] != FY_LATER;
    values[years] = (field_value){false, (int64_t)named * 100, NULL};
    present[ref] = present[kind] = present[name] = present[cost_pa] = present[years] = present[one_off] =
        true;
    row_outcome outcome = ROW_UNCHANGED;
    status = rows_write_adding(import->s, &import->actor, "import",
                               stored_table_for(TABLE_DEF_INVESTMENT, IMPORT_MAIN), values, present, import->adds,
                               &outcome, err);
    bool changed = false;
    if (status == ASSURE_OK)
        status = write_cost_years(import, cost, &changed, err);
    if (status != ASSURE_OK)
        return status;
    if (outcome == ROW_ADDED)
        import->costs.added++;
    else if (outcome == ROW_CHANGED || changed)
        import->costs.changed++;
    else
        import->costs.unchanged++;
    return ASSURE_OK;
}

import_counts store_import_cost_counts(const store_import *import)
{
    return import->costs;
}

/* With --replace: remove each stored row whose key the file did not hold. */
static assure_status remove_unlisted(store_import *import, import_part part, assure_error *err)
{
    store *s = import->s;
    const stored_table *t = import->parts[part];
    /* Collect first: deleting while stepping the same table is not allowed to
     * disturb the scan, and rows are few next to what was just imported. */
    sqlite3_stmt *all = store_prepare(s, t->select_all, err);
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
    while (status == ASSURE_OK && (rc = sqlite3_step(all)) == SQLITE_ROW) {
        field_value values[MAX_COLUMNS * 2];
        memset(values, 0, sizeof values);
        for (size_t c = 0; c < t->ncolumns; c++)
            values[t->columns[c]] = rows_column_value(all, (int)c, stored_field(t, c));
        char key[4 * VALUE_TEXT_MAX];
        key_string(import, part, values, key, sizeof key);
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
    sqlite3_reset(all);
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
    assure_status status = commit ? settle(import, err) : ASSURE_OK;
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
        status = additions_finish(import->adds, &import->actor, stored_label(import->parts[IMPORT_MAIN]), err);
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
