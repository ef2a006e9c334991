/* rows.c - one row of a user's table: read, written or deleted, with the
 * audit trail of what changed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "calendar.h"
#include "rows.h"

const field_def *stored_field(const stored_table *t, size_t column)
{
    return &table_def_get(t->table)->fields[t->columns[column]];
}

/* 2026-11-09, as date_format writes a date of years 1000 to 9999 (the
 * schema's), without parsing a format for each row bound. */
static void iso_date(char out[16], calendar_date date)
{
    if (date.year < 1000 || date.year > 9999 || date.month < 1 || date.month > 12 || date.day < 1 ||
        date.day > 31) {
        date_format(out, 16, date);
        return;
    }
    int parts[3] = {date.year, date.month, date.day}, widths[3] = {4, 2, 2};
    char *p = out;
    for (int i = 0; i < 3; i++) {
        if (i > 0)
            *p++ = '-';
        for (int w = widths[i] - 1, v = parts[i]; w >= 0; w--, v /= 10)
            p[w] = (char)('0' + v % 10);
        p += widths[i];
    }
    *p = '\0';
}

void rows_bind(db_stmt *statement, const stored_table *t, const field_value *values, size_t n)
{
    rows_bind_from(statement, t, values, n, 1);
}

void rows_bind_from(db_stmt *statement, const stored_table *t, const field_value *values, size_t n, int first)
{
    for (size_t c = 0; c < n; c++) {
        const field_def *f = stored_field(t, c);
        const field_value *v = &values[t->columns[c]];
        int parameter = (int)c + first;
        if (field_kind_is_text(f->kind)) {
            db_bind_text(statement, parameter, v->blank || v->text == NULL ? "" : v->text);
        } else if (v->blank) {
            db_bind_null(statement, parameter);
        } else if (f->kind == FIELD_DATE) {
            char iso[16];
            iso_date(iso, date_from_days((day_number)v->number));
            db_bind_text(statement, parameter, iso);
        } else {
            db_bind_int64(statement, parameter, v->number);
        }
    }
}

field_value rows_column_value(db_stmt *statement, int column, const field_def *f)
{
    field_value v = {false, 0, NULL};
    if (db_column_null(statement, column)) {
        v.blank = true;
        v.number = f->kind == FIELD_MONEY ? MONEY_UNKNOWN : 0;
    } else if (field_kind_is_text(f->kind)) {
        v.text = db_column_text(statement, column);
        v.blank = v.text == NULL || v.text[0] == '\0';
    } else if (f->kind == FIELD_DATE) {
        calendar_date date;
        if (date_parse(db_column_text(statement, column), &date, NULL))
            v.number = date_to_days(date);
        else
            v.blank = true;
    } else {
        v.number = db_column_int64(statement, column);
    }
    return v;
}

/* text after buf's first *n bytes, cut to fit size (as snprintf would);
 * every row an import adds is written so, so no format is parsed. */
static void append(char *buf, size_t size, size_t *n, const char *text)
{
    size_t length = strlen(text);
    if (*n + length >= size)
        length = *n + 1 < size ? size - *n - 1 : 0;
    memcpy(buf + *n, text, length);
    *n += length;
    buf[*n] = '\0';
}

/* The digits of m into out; their count. */
static size_t digits(char *out, unsigned long long m)
{
    char reversed[24];
    size_t n = 0;
    do {
        reversed[n++] = (char)('0' + m % 10);
        m /= 10;
    } while (m > 0);
    for (size_t i = 0; i < n; i++)
        out[i] = reversed[n - 1 - i];
    return n;
}

void rows_format_value(const field_def *f, const field_value *v, char *buf, size_t size)
{
    if (size < 48 || v->blank) {
        field_format(f, v, buf, size);
        return;
    }
    size_t n = 0;
    unsigned long long m =
        v->number < 0 ? 0ULL - (unsigned long long)v->number : (unsigned long long)v->number;
    switch (f->kind) {
    case FIELD_TEXT:
    case FIELD_REF: snprintf(buf, size, "%s", v->text != NULL ? v->text : ""); return;
    case FIELD_COUNT:
    case FIELD_SCALE:
    case FIELD_PERIODS:
        if (v->number < 0)
            buf[n++] = '-';
        n += digits(buf + n, m);
        break;
    case FIELD_FTE:
    case FIELD_SIGNED_FTE:
    case FIELD_RATE:
    case FIELD_DECIMAL:
    case FIELD_YEARS: /* hundredths: "10.17", "-0.50" */
        if (v->number < 0)
            buf[n++] = '-';
        n += digits(buf + n, m / 100);
        buf[n++] = '.';
        buf[n++] = (char)('0' + m % 100 / 10);
        buf[n++] = (char)('0' + m % 10);
        break;
    case FIELD_DATE: {
        char iso[16];
        iso_date(iso, date_from_days((day_number)v->number));
        snprintf(buf, size, "%s", iso);
        return;
    }
    default: field_format(f, v, buf, size); return;
    }
    buf[n] = '\0';
}

void rows_key_text(const stored_table *t, const field_value *values, char *buf, size_t size)
{
    size_t n = 0;
    buf[0] = '\0';
    for (size_t c = 0; c < t->nkeys; c++) {
        char part[VALUE_TEXT_MAX];
        rows_format_value(stored_field(t, c), &values[t->columns[c]], part, sizeof part);
        if (c > 0)
            append(buf, size, &n, " / ");
        append(buf, size, &n, part);
    }
}

void rows_row_text(const stored_table *t, const field_value *values, char *buf, size_t size)
{
    size_t n = 0;
    buf[0] = '\0';
    for (size_t c = t->nkeys; c < t->ncolumns; c++) {
        char part[VALUE_TEXT_MAX];
        const field_def *f = stored_field(t, c);
        rows_format_value(f, &values[t->columns[c]], part, sizeof part);
        if (c > t->nkeys)
            append(buf, size, &n, "; ");
        append(buf, size, &n, f->name);
        append(buf, size, &n, "=");
        append(buf, size, &n, part);
    }
}

assure_status rows_step_done(store *s, db_stmt *statement, const char *doing, assure_error *err)
{
    int rc = db_step(statement);
    db_reset(statement);
    return rc == DB_DONE ? ASSURE_OK : store_sqlite_error(s, doing, err);
}

assure_status rows_audit(store *s, const audit_actor *actor, const char *action, const char *table,
                         const char *key, const char *field, const char *old_value, const char *new_value,
                         assure_error *err)
{
    return chain_append(s, actor, action, table, key, field, old_value, new_value, err);
}

assure_status rows_write(store *s, const audit_actor *actor, const char *action, const stored_table *t,
                         const field_value *values, const bool *present, row_outcome *outcome,
                         assure_error *err)
{
    return rows_write_adding(s, actor, action, t, values, present, NULL, outcome, err);
}

assure_status rows_write_adding(store *s, const audit_actor *actor, const char *action, const stored_table *t,
                                const field_value *values, const bool *present, row_additions *adds,
                                row_outcome *outcome, assure_error *err)
{
    char key[4 * VALUE_TEXT_MAX];
    rows_key_text(t, values, key, sizeof key);
    db_stmt *select = store_query(s, t->select_one, err);
    if (select == NULL)
        return ASSURE_DATA;
    rows_bind(select, t, values, t->nkeys);
    int rc = db_step(select);
    if (rc != DB_ROW && rc != DB_DONE) {
        db_reset(select);
        return store_sqlite_error(s, "cannot read the row to update", err);
    }
    if (rc == DB_DONE) {
        db_reset(select);
        db_stmt *insert = store_query(s, t->insert, err);
        if (insert == NULL)
            return ASSURE_DATA;
        rows_bind(insert, t, values, t->ncolumns);
        assure_status status = rows_step_done(s, insert, "cannot add a row", err);
        if (status != ASSURE_OK)
            return status;
        *outcome = ROW_ADDED;
        char row[4096];
        rows_row_text(t, values, row, sizeof row);
        if (adds != NULL)
            return additions_add(adds, stored_label(t), key, row, err);
        return rows_audit(s, actor, action, stored_label(t), key, "", NULL, row, err);
    }
    /* The row as it will be: the new values, except that a column the source
     * did not have keeps what is stored.  Compared whole, field by field;
     * the audit trail keeps each change (cut to its length limit). */
    field_value merged[MAX_COLUMNS * 2];
    size_t nvalues = 0; /* values is indexed by field: as far as the last column's */
    for (size_t c = 0; c < t->ncolumns; c++)
        if ((size_t)t->columns[c] + 1 > nvalues)
            nvalues = (size_t)t->columns[c] + 1;
    if (nvalues > sizeof merged / sizeof *merged)
        return error_set(err, ASSURE_DATA, "%s: more columns than a row can hold", stored_label(t));
    memset(merged, 0, sizeof merged);
    memcpy(merged, values, nvalues * sizeof *values);
    string_pool *kept = NULL;
    struct {
        const char *field;
        char old_value[VALUE_TEXT_MAX], new_value[VALUE_TEXT_MAX];
    } changes[MAX_COLUMNS];
    size_t nchanges = 0;
    for (size_t c = t->nkeys; c < t->ncolumns; c++) {
        const field_def *f = stored_field(t, c);
        int field = t->columns[c];
        field_value old = rows_column_value(select, (int)c, f);
        if (present != NULL && !present[field]) {
            if (old.text != NULL)
                old.text = pool_copy(&kept, old.text);
            merged[field] = old;
            continue;
        }
        if (field_values_equal(f, &old, &values[field]))
            continue;
        field_format(f, &old, changes[nchanges].old_value, VALUE_TEXT_MAX);
        field_format(f, &values[field], changes[nchanges].new_value, VALUE_TEXT_MAX);
        changes[nchanges++].field = f->name;
    }
    db_reset(select);
    if (nchanges == 0) {
        pool_free(kept);
        *outcome = ROW_UNCHANGED;
        return ASSURE_OK;
    }
    db_stmt *update = store_query(s, t->update, err);
    assure_status status = ASSURE_DATA;
    if (update != NULL) {
        rows_bind(update, t, merged, t->ncolumns);
        status = rows_step_done(s, update, "cannot update a row", err);
    }
    pool_free(kept);
    for (size_t i = 0; i < nchanges && status == ASSURE_OK; i++)
        status = rows_audit(s, actor, action, stored_label(t), key, changes[i].field, changes[i].old_value,
                            changes[i].new_value, err);
    if (status == ASSURE_OK)
        *outcome = ROW_CHANGED;
    return status;
}

assure_status rows_table_empty(store *s, const stored_table *t, bool *empty, assure_error *err)
{
    db_stmt *statement; /* not cached: store_prepare keeps only constant queries */
    if (db_prepare(&s->conn, t->select_all, false, &statement) != DB_OK)
        return store_sqlite_error(s, "cannot prepare a query", err);
    int rc = db_step(statement);
    db_finalize(statement);
    *empty = rc == DB_DONE;
    return rc == DB_DONE || rc == DB_ROW ? ASSURE_OK : store_sqlite_error(s, "cannot read", err);
}

assure_status rows_read(store *s, const stored_table *t, const field_value *key_values, field_value *out,
                        string_pool **pool, bool *found, assure_error *err)
{
    db_stmt *select = store_query(s, t->select_one, err);
    if (select == NULL)
        return ASSURE_DATA;
    rows_bind(select, t, key_values, t->nkeys);
    int rc = db_step(select);
    *found = rc == DB_ROW;
    for (size_t c = 0; *found && c < t->ncolumns; c++) {
        field_value v = rows_column_value(select, (int)c, stored_field(t, c));
        if (v.text != NULL)
            v.text = pool_copy(pool, v.text);
        out[t->columns[c]] = v;
    }
    db_reset(select);
    if (rc != DB_ROW && rc != DB_DONE)
        return store_sqlite_error(s, "cannot read the row", err);
    return ASSURE_OK;
}

/* A KPI's values go with it: each is removed, and audited, first (the
 * schema would cascade them away unseen). */
static assure_status delete_kpi_values(store *s, const audit_actor *actor, const char *action,
                                       const char *ref, assure_error *err)
{
    db_stmt *select = store_query(s, "SELECT ref, period, value FROM kpi_value WHERE ref = ?1", err);
    if (select == NULL)
        return ASSURE_DATA;
    db_bind_text(select, 1, ref);
    const stored_table *t = stored_table_for(TABLE_DEF_KPI_VALUES, IMPORT_MAIN);
    field_value *rows = NULL;
    string_pool *pool = NULL;
    size_t n = 0, capacity = 0;
    int rc;
    assure_status status = ASSURE_OK;
    while ((rc = db_step(select)) == DB_ROW) {
        field_value *grown = array_grow(rows, &capacity, n + 1, 3 * sizeof *rows); /* three fields a row */
        if (grown == NULL) {
            status = error_set(err, ASSURE_DATA, "out of memory");
            break;
        }
        rows = grown;
        for (size_t c = 0; c < 3; c++) {
            field_value v = rows_column_value(select, (int)c, stored_field(t, c));
            if (v.text != NULL)
                v.text = pool_copy(&pool, v.text);
            rows[n * 3 + (size_t)t->columns[c]] = v;
        }
        n++;
    }
    db_reset(select);
    if (status == ASSURE_OK && rc != DB_DONE && rc != DB_ROW)
        status = store_sqlite_error(s, "cannot read the KPI's values", err);
    for (size_t i = 0; i < n && status == ASSURE_OK; i++)
        status = rows_delete(s, actor, action, t, &rows[i * 3], err);
    free(rows);
    pool_free(pool);
    return status;
}

/* A risk's score history goes with it: each review is removed, and audited,
 * first (the schema would cascade it away unseen).  Its key in the trail is
 * the risk's and the review's date: "BCC-R01 / 2026-10-01". */
static assure_status delete_risk_history(store *s, const audit_actor *actor, const char *action,
                                         const char *ref, assure_error *err)
{
    db_stmt *select = store_query(
        s, "SELECT id, reviewed_on, likelihood, impact, note FROM risk_history WHERE ref = ?1 ORDER BY id",
        err);
    db_stmt *remove = store_query(s, "DELETE FROM risk_history WHERE id = ?1", err);
    if (select == NULL || remove == NULL)
        return ASSURE_DATA;
    db_bind_text(select, 1, ref);
    assure_status status = ASSURE_OK;
    int rc = DB_DONE;
    /* One at a time: each removed is no longer found, so the next step finds the next. */
    while (status == ASSURE_OK && (rc = db_step(select)) == DB_ROW) {
        long long id = db_column_int64(select, 0);
        char key[4 * VALUE_TEXT_MAX], row[VALUE_TEXT_MAX + 64];
        const char *on = db_column_text(select, 1), *note = db_column_text(select, 4);
        snprintf(key, sizeof key, "%s / %s", ref, on != NULL ? (const char *)on : "");
        snprintf(row, sizeof row, "likelihood=%d; impact=%d; note=%s", db_column_int(select, 2),
                 db_column_int(select, 3), note != NULL ? (const char *)note : "");
        db_reset(select);
        db_bind_int64(remove, 1, id);
        status = rows_step_done(s, remove, "cannot remove the risk's history", err);
        if (status == ASSURE_OK)
            status = rows_audit(s, actor, action, "risks", key, "review", row, NULL, err);
    }
    db_reset(select);
    if (status == ASSURE_OK && rc != DB_DONE)
        status = store_sqlite_error(s, "cannot read the risk's history", err);
    return status;
}

/* An investment's costs by year go with it: each year is removed, and
 * audited, first (the schema would cascade them away unseen). */
static assure_status delete_investment_years(store *s, const audit_actor *actor, const char *action,
                                             const char *ref, assure_error *err)
{
    db_stmt *select =
        store_query(s, "SELECT fy, amount FROM investment_year WHERE ref = ?1 ORDER BY fy LIMIT 1", err);
    db_stmt *remove = store_query(s, "DELETE FROM investment_year WHERE ref = ?1 AND fy = ?2", err);
    if (select == NULL || remove == NULL)
        return ASSURE_DATA;
    assure_status status = ASSURE_OK;
    int rc = DB_DONE;
    /* One at a time: each removed is no longer found, so the next step finds the next. */
    while (status == ASSURE_OK) {
        db_bind_text(select, 1, ref);
        if ((rc = db_step(select)) != DB_ROW)
            break;
        int fy = db_column_int(select, 0);
        char key[4 * VALUE_TEXT_MAX], year[16], row[64];
        fy_format(year, sizeof year, fy);
        snprintf(key, sizeof key, "%s / %s", ref, year);
        snprintf(row, sizeof row, "amount=%lld", (long long)db_column_int64(select, 1));
        db_reset(select);
        db_bind_text(remove, 1, ref);
        db_bind_int64(remove, 2, fy);
        status = rows_step_done(s, remove, "cannot remove the investment's years", err);
        if (status == ASSURE_OK)
            status = rows_audit(s, actor, action, "investment", key, "", row, NULL, err);
    }
    db_reset(select);
    if (status == ASSURE_OK && rc != DB_DONE && rc != DB_ROW)
        status = store_sqlite_error(s, "cannot read the investment's years", err);
    return status;
}

/* A row's ref (field `ref` of its table), "" when it has none. */
static const char *ref_of(const field_value *values, int ref)
{
    return values[ref].text != NULL ? values[ref].text : "";
}

assure_status rows_delete(store *s, const audit_actor *actor, const char *action, const stored_table *t,
                          const field_value *values, assure_error *err)
{
    if (t->table == TABLE_DEF_INVESTMENT) {
        assure_status status =
            delete_investment_years(s, actor, action, ref_of(values, INVESTMENT_FIELD_REF), err);
        if (status != ASSURE_OK)
            return status;
    }
    if (t->table == TABLE_DEF_RISKS) {
        assure_status status = delete_risk_history(s, actor, action, ref_of(values, RISK_FIELD_REF), err);
        if (status != ASSURE_OK)
            return status;
    }
    if (t->table == TABLE_DEF_KPIS) {
        assure_status status = delete_kpi_values(s, actor, action, ref_of(values, KPI_FIELD_REF), err);
        if (status != ASSURE_OK)
            return status;
    }
    char key[4 * VALUE_TEXT_MAX], row[4096];
    rows_key_text(t, values, key, sizeof key);
    rows_row_text(t, values, row, sizeof row);
    db_stmt *remove = store_query(s, t->delete_one, err);
    if (remove == NULL)
        return ASSURE_DATA;
    rows_bind(remove, t, values, t->nkeys);
    assure_status status = rows_step_done(s, remove, "cannot remove a row", err);
    if (status == ASSURE_OK)
        status = rows_audit(s, actor, action, stored_label(t), key, "", row, NULL, err);
    return status;
}

assure_status store_each_row(store *s, table_id table, store_row_fn fn, void *context, assure_error *err)
{
    const stored_table *t = stored_table_for(table, IMPORT_MAIN);
    static const char *const orders[] = {"", " ORDER BY 1", " ORDER BY 1, 2", " ORDER BY 1, 2, 3"};
    char sql[1024];
    snprintf(sql, sizeof sql, "%s%s", t->select_all, orders[t->nkeys < 4 ? t->nkeys : 3]);
    db_stmt *statement; /* not cached: store_prepare keeps only constant queries */
    if (db_prepare(&s->conn, sql, false, &statement) != DB_OK)
        return store_sqlite_error(s, "cannot prepare a query", err);
    field_value values[MAX_COLUMNS * 2];
    int rc;
    while ((rc = db_step(statement)) == DB_ROW) {
        memset(values, 0, sizeof values);
        for (size_t c = 0; c < t->ncolumns; c++)
            values[t->columns[c]] = rows_column_value(statement, (int)c, stored_field(t, c));
        if (!fn(context, values)) {
            rc = DB_DONE;
            break;
        }
    }
    assure_status status = rc == DB_DONE ? ASSURE_OK : store_sqlite_error(s, "cannot read", err);
    db_finalize(statement);
    return status;
}
