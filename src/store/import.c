/* import.c - writing imported rows: upsert by key, audit every change, and
 * with --replace remove what the file no longer holds.  One transaction. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "store_internal.h"

#define MAX_COLUMNS    16
#define VALUE_TEXT_MAX 512 /* audit keeps values to this length */

/* A table as stored: its SQL and which of the table_def's fields are its
 * columns, keys first.  Every statement binds the columns as ?1..?n in
 * this order, the key statements only the first nkeys. */
typedef struct {
    const char *label; /* the user's name for the table, in the audit trail */
    table_id table;
    int columns[MAX_COLUMNS];
    size_t ncolumns, nkeys;
    const char *select_one, *insert, *update, *delete_one, *select_all;
} stored_table;

/* clang-format off */
static const stored_table savings_lines = {
    "savings", TABLE_DEF_SAVINGS, {0, 1, 2, 3, 4, 5, 6, 7}, 8, 1,
    "SELECT ref, name, workstream, cohort, origin, key_metric, owner, status FROM savings_line WHERE ref = ?1",
    "INSERT INTO savings_line (ref, name, workstream, cohort, origin, key_metric, owner, status) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    "UPDATE savings_line SET name = ?2, workstream = ?3, cohort = ?4, origin = ?5, key_metric = ?6, "
    "owner = ?7, status = ?8 WHERE ref = ?1",
    "DELETE FROM savings_line WHERE ref = ?1",
    "SELECT ref, name, workstream, cohort, origin, key_metric, owner, status FROM savings_line",
};
static const stored_table savings_profile = {
    "savings", TABLE_DEF_SAVINGS, {0, 8, 9, 10, 11, 12}, 6, 2,
    "SELECT ref, fy, target, stretch, forecast, actual FROM savings_profile WHERE ref = ?1 AND fy = ?2",
    "INSERT INTO savings_profile (ref, fy, target, stretch, forecast, actual) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    "UPDATE savings_profile SET target = ?3, stretch = ?4, forecast = ?5, actual = ?6 WHERE ref = ?1 AND fy = ?2",
    "DELETE FROM savings_profile WHERE ref = ?1 AND fy = ?2",
    "SELECT ref, fy, target, stretch, forecast, actual FROM savings_profile",
};
static const stored_table staffing = {
    "staffing", TABLE_DEF_STAFFING, {0, 1, 2, 3, 4, 5}, 6, 3,
    "SELECT as_at, area, role, establishment_fte, vacancy_fte, agency_fte FROM staffing "
    "WHERE as_at = ?1 AND area = ?2 AND role = ?3",
    "INSERT INTO staffing (as_at, area, role, establishment_fte, vacancy_fte, agency_fte) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    "UPDATE staffing SET establishment_fte = ?4, vacancy_fte = ?5, agency_fte = ?6 "
    "WHERE as_at = ?1 AND area = ?2 AND role = ?3",
    "DELETE FROM staffing WHERE as_at = ?1 AND area = ?2 AND role = ?3",
    "SELECT as_at, area, role, establishment_fte, vacancy_fte, agency_fte FROM staffing",
};
static const stored_table reviews = {
    "reviews", TABLE_DEF_REVIEWS, {0, 1, 4, 2, 3, 5, 6, 7, 8}, 9, 2,
    "SELECT period_start, team, period_days, fte, completed, target_per_fte_week, backlog, clients, "
    "reviewed_12m FROM reviews WHERE period_start = ?1 AND team = ?2",
    "INSERT INTO reviews (period_start, team, period_days, fte, completed, target_per_fte_week, backlog, "
    "clients, reviewed_12m) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    "UPDATE reviews SET period_days = ?3, fte = ?4, completed = ?5, target_per_fte_week = ?6, backlog = ?7, "
    "clients = ?8, reviewed_12m = ?9 WHERE period_start = ?1 AND team = ?2",
    "DELETE FROM reviews WHERE period_start = ?1 AND team = ?2",
    "SELECT period_start, team, period_days, fte, completed, target_per_fte_week, backlog, clients, "
    "reviewed_12m FROM reviews",
};
static const stored_table risks = {
    "risks", TABLE_DEF_RISKS, {0, 1, 4, 5, 6, 2, 3, 7, 8, 9, 10, 11, 12}, 13, 1,
    "SELECT ref, title, description, owner, category, likelihood, impact, target_likelihood, target_impact, "
    "mitigation, status, last_reviewed, next_review FROM risk WHERE ref = ?1",
    "INSERT INTO risk (ref, title, description, owner, category, likelihood, impact, target_likelihood, "
    "target_impact, mitigation, status, last_reviewed, next_review) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    "UPDATE risk SET title = ?2, description = ?3, owner = ?4, category = ?5, likelihood = ?6, impact = ?7, "
    "target_likelihood = ?8, target_impact = ?9, mitigation = ?10, status = ?11, last_reviewed = ?12, "
    "next_review = ?13 WHERE ref = ?1",
    "DELETE FROM risk WHERE ref = ?1",
    "SELECT ref, title, description, owner, category, likelihood, impact, target_likelihood, target_impact, "
    "mitigation, status, last_reviewed, next_review FROM risk",
};
/* clang-format on */

struct store_import {
    store *s;
    const table_def *def;
    const stored_table *parts[2];
    bool replace;
    audit_actor actor;
    import_counts counts[2];
};

static bool is_text_kind(field_kind kind)
{
    return kind == FIELD_TEXT || kind == FIELD_REF || kind == FIELD_SAVINGS_STATUS || kind == FIELD_ORIGIN ||
           kind == FIELD_RISK_STATUS || kind == FIELD_MEASURE;
}

static const field_def *column_field(const store_import *import, const stored_table *t, size_t column)
{
    return &import->def->fields[t->columns[column]];
}

/* Bind the first n columns of values (indexed by field) as ?1..?n. */
static void bind_columns(sqlite3_stmt *statement, const store_import *import, const stored_table *t,
                         const field_value *values, size_t n)
{
    for (size_t c = 0; c < n; c++) {
        const field_def *f = column_field(import, t, c);
        const field_value *v = &values[t->columns[c]];
        int parameter = (int)c + 1;
        if (is_text_kind(f->kind)) {
            sqlite3_bind_text(statement, parameter, v->blank || v->text == NULL ? "" : v->text, -1,
                              SQLITE_TRANSIENT);
        } else if (v->blank) {
            sqlite3_bind_null(statement, parameter);
        } else if (f->kind == FIELD_DATE) {
            char iso[16];
            date_format(iso, sizeof iso, date_from_days((day_number)v->number));
            sqlite3_bind_text(statement, parameter, iso, -1, SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(statement, parameter, v->number);
        }
    }
}

/* Read a stored column back as a field value (text stays valid until the
 * statement steps again). */
static field_value column_value(sqlite3_stmt *statement, int column, const field_def *f)
{
    field_value v = {false, 0, NULL};
    if (sqlite3_column_type(statement, column) == SQLITE_NULL) {
        v.blank = true;
        v.number = f->kind == FIELD_MONEY ? MONEY_UNKNOWN : 0;
    } else if (is_text_kind(f->kind)) {
        v.text = (const char *)sqlite3_column_text(statement, column);
        v.blank = v.text == NULL || v.text[0] == '\0';
    } else if (f->kind == FIELD_DATE) {
        calendar_date date;
        if (date_parse((const char *)sqlite3_column_text(statement, column), &date, NULL))
            v.number = date_to_days(date);
        else
            v.blank = true;
    } else {
        v.number = sqlite3_column_int64(statement, column);
    }
    return v;
}

static void value_text(const field_def *f, const field_value *v, char *buf, size_t size)
{
    field_format(f, v, buf, size);
}

/* "ASC-01 / 2024/25": a row's key as the audit trail shows it. */
static void key_text(const store_import *import, const stored_table *t, const field_value *values, char *buf,
                     size_t size)
{
    size_t n = 0;
    buf[0] = '\0';
    for (size_t c = 0; c < t->nkeys && n < size; c++) {
        char part[VALUE_TEXT_MAX];
        value_text(column_field(import, t, c), &values[t->columns[c]], part, sizeof part);
        n += (size_t)snprintf(buf + n, size - n, "%s%s", c > 0 ? " / " : "", part);
    }
}

/* "name=...; cohort=...": every column but the key, for an added or removed row. */
static void row_text(const store_import *import, const stored_table *t, const field_value *values, char *buf,
                     size_t size)
{
    size_t n = 0;
    buf[0] = '\0';
    for (size_t c = t->nkeys; c < t->ncolumns && n < size; c++) {
        char part[VALUE_TEXT_MAX];
        const field_def *f = column_field(import, t, c);
        value_text(f, &values[t->columns[c]], part, sizeof part);
        n += (size_t)snprintf(buf + n, size - n, "%s%s=%s", c > t->nkeys ? "; " : "", f->name, part);
    }
}

static assure_status audit(store_import *import, const char *key, const char *field, const char *old_value,
                           const char *new_value, assure_error *err)
{
    store *s = import->s;
    sqlite3_stmt *statement =
        store_prepare(s,
                      "INSERT INTO audit (at, who, client, action, table_name, key, field, "
                      "old_value, new_value, source) "
                      "VALUES (?1, ?2, ?3, 'import', ?4, ?5, ?6, ?7, ?8, ?9)",
                      err);
    if (statement == NULL)
        return ASSURE_DATA;
    sqlite3_bind_text(statement, 1, import->actor.at, -1, SQLITE_STATIC);
    sqlite3_bind_text(statement, 2, import->actor.who, -1, SQLITE_STATIC);
    sqlite3_bind_text(statement, 3, import->actor.client, -1, SQLITE_STATIC);
    sqlite3_bind_text(statement, 4, import->parts[IMPORT_MAIN]->label, -1, SQLITE_STATIC);
    sqlite3_bind_text(statement, 5, key, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(statement, 6, field, -1, SQLITE_TRANSIENT);
    if (old_value != NULL)
        sqlite3_bind_text(statement, 7, old_value, -1, SQLITE_TRANSIENT);
    if (new_value != NULL)
        sqlite3_bind_text(statement, 8, new_value, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(statement, 9, import->actor.source, -1, SQLITE_STATIC);
    int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    return rc == SQLITE_DONE ? ASSURE_OK : store_sqlite_error(s, "cannot write the audit trail", err);
}

static assure_status step_done(store *s, sqlite3_stmt *statement, const char *doing, assure_error *err)
{
    int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    return rc == SQLITE_DONE ? ASSURE_OK : store_sqlite_error(s, doing, err);
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash != NULL ? slash + 1 : path;
}

/* Total-row findings from an earlier import of the same file (by its name,
 * wherever it was) give way to what this import finds. */
static assure_status clear_file_findings(store *s, const char *source, assure_error *err)
{
    sqlite3_stmt *select = store_prepare(
        s, "SELECT id, source FROM declared_total WHERE table_name = 'savings' AND ref = ''", err);
    if (select == NULL)
        return ASSURE_DATA;
    long long ids[256];
    size_t n = 0;
    int rc;
    while ((rc = sqlite3_step(select)) == SQLITE_ROW && n < 256) {
        const char *earlier = (const char *)sqlite3_column_text(select, 1);
        if (earlier != NULL && strcmp(base_name(earlier), base_name(source)) == 0)
            ids[n++] = sqlite3_column_int64(select, 0);
    }
    sqlite3_reset(select);
    sqlite3_stmt *remove = store_prepare(s, "DELETE FROM declared_total WHERE id = ?1", err);
    if (remove == NULL)
        return ASSURE_DATA;
    for (size_t i = 0; i < n; i++) {
        sqlite3_bind_int64(remove, 1, ids[i]);
        assure_status status = step_done(s, remove, "cannot clear earlier findings", err);
        if (status != ASSURE_OK)
            return status;
    }
    return ASSURE_OK;
}

assure_status store_import_begin(store *s, table_id table, bool replace, const audit_actor *actor,
                                 store_import **out, assure_error *err)
{
    *out = NULL;
    if (s->read_only)
        return error_set(err, ASSURE_USAGE, "%s: opened read-only; an import needs to write", s->path);
    store_import *import = calloc(1, sizeof *import);
    if (import == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    import->s = s;
    import->def = table_def_get(table);
    import->replace = replace;
    import->actor = *actor;
    switch (table) {
    case TABLE_DEF_SAVINGS:
        import->parts[IMPORT_MAIN] = &savings_lines;
        import->parts[IMPORT_PROFILE] = &savings_profile;
        break;
    case TABLE_DEF_STAFFING: import->parts[IMPORT_MAIN] = &staffing; break;
    case TABLE_DEF_REVIEWS: import->parts[IMPORT_MAIN] = &reviews; break;
    case TABLE_DEF_RISKS: import->parts[IMPORT_MAIN] = &risks; break;
    }
    assure_status status = store_exec(s, "BEGIN IMMEDIATE", err);
    if (status == ASSURE_OK)
        status = store_exec(s,
                            "CREATE TEMP TABLE IF NOT EXISTS import_key (key TEXT PRIMARY KEY, line INTEGER) "
                            "WITHOUT ROWID;"
                            "DELETE FROM import_key",
                            err);
    if (status == ASSURE_OK && table == TABLE_DEF_SAVINGS)
        status = replace ? store_exec(s, "DELETE FROM declared_total WHERE table_name = 'savings'", err)
                         : clear_file_findings(s, actor->source, err);
    if (status != ASSURE_OK) {
        store_exec(s, "ROLLBACK", NULL);
        free(import);
        return status;
    }
    *out = import;
    return ASSURE_OK;
}

/* The key of a row as a string for import_key: part, then key texts. */
static void key_string(const store_import *import, import_part part, const field_value *values, char *buf,
                       size_t size)
{
    const stored_table *t = import->parts[part];
    size_t n = (size_t)snprintf(buf, size, "%d", (int)part);
    for (size_t c = 0; c < t->nkeys && n < size; c++) {
        char text[VALUE_TEXT_MAX];
        value_text(column_field(import, t, c), &values[t->columns[c]], text, sizeof text);
        n += (size_t)snprintf(buf + n, size - n, "\x1f%s", text);
    }
}

assure_status store_import_key(store_import *import, import_part part, const field_value *values, int line,
                               int *first_line, assure_error *err)
{
    store *s = import->s;
    char key[4 * VALUE_TEXT_MAX];
    key_string(import, part, values, key, sizeof key);
    *first_line = 0;
    sqlite3_stmt *insert =
        store_prepare(s, "INSERT OR IGNORE INTO import_key (key, line) VALUES (?1, ?2)", err);
    if (insert == NULL)
        return ASSURE_DATA;
    sqlite3_bind_text(insert, 1, key, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(insert, 2, line);
    assure_status status = step_done(s, insert, "cannot note an imported key", err);
    if (status != ASSURE_OK || sqlite3_changes(s->db) > 0)
        return status;
    sqlite3_stmt *select = store_prepare(s, "SELECT line FROM import_key WHERE key = ?1", err);
    if (select == NULL)
        return ASSURE_DATA;
    sqlite3_bind_text(select, 1, key, -1, SQLITE_TRANSIENT);
    if (sqlite3_step(select) == SQLITE_ROW)
        *first_line = sqlite3_column_int(select, 0);
    sqlite3_reset(select);
    return ASSURE_OK;
}

assure_status store_import_row(store_import *import, import_part part, const field_value *values,
                               assure_error *err)
{
    store *s = import->s;
    const stored_table *t = import->parts[part];
    if (t == NULL)
        return error_set(err, ASSURE_DATA, "this table has no such part");
    char key[4 * VALUE_TEXT_MAX];
    key_text(import, t, values, key, sizeof key);
    if (t == &savings_lines) {
        /* A line imported again clears what was found in its total column. */
        sqlite3_stmt *clear =
            store_prepare(s, "DELETE FROM declared_total WHERE table_name = 'savings' AND ref = ?1", err);
        if (clear == NULL)
            return ASSURE_DATA;
        sqlite3_bind_text(clear, 1, values[0].text != NULL ? values[0].text : "", -1, SQLITE_TRANSIENT);
        assure_status cleared = step_done(s, clear, "cannot clear earlier findings", err);
        if (cleared != ASSURE_OK)
            return cleared;
    }

    sqlite3_stmt *select = store_prepare(s, t->select_one, err);
    if (select == NULL)
        return ASSURE_DATA;
    bind_columns(select, import, t, values, t->nkeys);
    int rc = sqlite3_step(select);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        sqlite3_reset(select);
        return store_sqlite_error(s, "cannot read the row to update", err);
    }
    if (rc == SQLITE_DONE) {
        sqlite3_reset(select);
        sqlite3_stmt *insert = store_prepare(s, t->insert, err);
        if (insert == NULL)
            return ASSURE_DATA;
        bind_columns(insert, import, t, values, t->ncolumns);
        assure_status status = step_done(s, insert, "cannot add a row", err);
        if (status != ASSURE_OK)
            return status;
        import->counts[part].added++;
        char row[4096];
        row_text(import, t, values, row, sizeof row);
        return audit(import, key, "", NULL, row, err);
    }
    /* Compare field by field, keeping the changes for the audit trail. */
    struct {
        const char *field;
        char old_value[VALUE_TEXT_MAX], new_value[VALUE_TEXT_MAX];
    } changes[MAX_COLUMNS];
    size_t nchanges = 0;
    for (size_t c = t->nkeys; c < t->ncolumns; c++) {
        const field_def *f = column_field(import, t, c);
        field_value old = column_value(select, (int)c, f);
        value_text(f, &old, changes[nchanges].old_value, VALUE_TEXT_MAX);
        value_text(f, &values[t->columns[c]], changes[nchanges].new_value, VALUE_TEXT_MAX);
        if (strcmp(changes[nchanges].old_value, changes[nchanges].new_value) != 0)
            changes[nchanges++].field = f->name;
    }
    sqlite3_reset(select);
    if (nchanges == 0) {
        import->counts[part].unchanged++;
        return ASSURE_OK;
    }
    sqlite3_stmt *update = store_prepare(s, t->update, err);
    if (update == NULL)
        return ASSURE_DATA;
    bind_columns(update, import, t, values, t->ncolumns);
    assure_status status = step_done(s, update, "cannot update a row", err);
    for (size_t i = 0; i < nchanges && status == ASSURE_OK; i++)
        status = audit(import, key, changes[i].field, changes[i].old_value, changes[i].new_value, err);
    if (status == ASSURE_OK)
        import->counts[part].changed++;
    return status;
}

assure_status store_import_declared_total(store_import *import, const declared_total_record *total,
                                          assure_error *err)
{
    store *s = import->s;
    sqlite3_stmt *statement =
        store_prepare(s,
                      "INSERT INTO declared_total (table_name, ref, label, fy, measure, "
                      "declared, computed, source, line, imported_at) "
                      "VALUES ('savings', ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                      err);
    if (statement == NULL)
        return ASSURE_DATA;
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
    return step_done(s, statement, "cannot keep a declared total", err);
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
    sqlite3_stmt *seen = store_prepare(s, "SELECT 1 FROM import_key WHERE key = ?1", err);
    if (seen == NULL)
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
            values[t->columns[c]] = column_value(all, (int)c, column_field(import, t, c));
        char key[4 * VALUE_TEXT_MAX];
        key_string(import, part, values, key, sizeof key);
        sqlite3_bind_text(seen, 1, key, -1, SQLITE_TRANSIENT);
        bool listed = sqlite3_step(seen) == SQLITE_ROW;
        sqlite3_reset(seen);
        if (listed)
            continue;
        if (ndoomed == capacity) {
            capacity = capacity ? capacity * 2 : 16;
            doomed_row *grown = realloc(doomed, capacity * sizeof *doomed);
            if (grown == NULL) {
                status = error_set(err, ASSURE_DATA, "out of memory");
                break;
            }
            doomed = grown;
        }
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
        char key[4 * VALUE_TEXT_MAX], row[4096];
        key_text(import, t, doomed[i].values, key, sizeof key);
        row_text(import, t, doomed[i].values, row, sizeof row);
        sqlite3_stmt *remove = store_prepare(s, t->delete_one, err);
        if (remove == NULL) {
            status = ASSURE_DATA;
            break;
        }
        bind_columns(remove, import, t, doomed[i].values, t->nkeys);
        status = step_done(s, remove, "cannot remove a row", err);
        if (status == ASSURE_OK)
            status = audit(import, key, "", row, NULL, err);
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
    assure_status status = ASSURE_OK;
    if (commit && import->replace) {
        /* Profile rows first: removing a line takes its profile with it. */
        if (import->parts[IMPORT_PROFILE] != NULL)
            status = remove_unlisted(import, IMPORT_PROFILE, err);
        if (status == ASSURE_OK)
            status = remove_unlisted(import, IMPORT_MAIN, err);
    }
    if (counts != NULL)
        memcpy(counts, import->counts, sizeof import->counts);
    if (commit && status == ASSURE_OK) {
        char summary[256];
        const import_counts *c = import->counts;
        snprintf(summary, sizeof summary, "%ld added, %ld changed, %ld removed, %ld unchanged",
                 c[0].added + c[1].added, c[0].changed + c[1].changed, c[0].removed + c[1].removed,
                 c[0].unchanged + c[1].unchanged);
        status = audit(import, "", "", NULL, summary, err);
        if (status == ASSURE_OK)
            status = store_exec(s, "COMMIT", err);
    }
    if (!commit || status != ASSURE_OK)
        store_exec(s, "ROLLBACK", NULL);
    free(import);
    return status;
}
