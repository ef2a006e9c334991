/* edit.c - saving the dashboard's edits without losing anyone else's.
 *
 * A form remembers the row as it found it.  Saving opens an IMMEDIATE
 * transaction, reads the row again, and writes only when it is still as the
 * form found it; otherwise it reports a conflict and writes nothing.  A
 * crash or a dropped session mid-save leaves the transaction uncommitted, so
 * the row stays as it was.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rows.h"

void edit_record_free(edit_record *record)
{
    pool_free(record->strings);
    record->strings = NULL;
}

static bool same_row(const stored_table *t, const field_value *a, const field_value *b)
{
    for (size_t c = 0; c < t->ncolumns; c++)
        if (!field_values_equal(stored_field(t, c), &a[t->columns[c]], &b[t->columns[c]]))
            return false;
    return true;
}

static assure_status read_years(store *s, const char *ref, edit_record *out, assure_error *err)
{
    const stored_table *t = stored_table_for(TABLE_DEF_SAVINGS, IMPORT_PROFILE);
    db_stmt *select = store_query(
        s,
        "SELECT ref, fy, target, stretch, forecast, actual FROM savings_profile WHERE ref = ?1 ORDER BY fy",
        err);
    if (select == NULL)
        return ASSURE_DATA;
    db_bind_text(select, 1, ref);
    out->nyears = 0;
    int rc;
    while ((rc = db_step(select)) == DB_ROW && out->nyears < EDIT_MAX_YEARS) {
        field_value *year = out->years[out->nyears++];
        memset(year, 0, sizeof out->years[0]);
        for (size_t c = 0; c < t->ncolumns; c++) {
            field_value v = rows_column_value(select, (int)c, stored_field(t, c));
            if (v.text != NULL)
                v.text = pool_copy(&out->strings, v.text);
            year[t->columns[c]] = v;
        }
    }
    db_reset(select);
    if (rc != DB_DONE && rc != DB_ROW)
        return store_sqlite_error(s, "cannot read the profile", err);
    return ASSURE_OK;
}

assure_status store_record_read(store *s, const edit_record *key, edit_record *out, assure_error *err)
{
    memset(out, 0, sizeof *out);
    out->table = key->table;
    const stored_table *t = stored_table_for(key->table, IMPORT_MAIN);
    bool found = false;
    assure_status status = rows_read(s, t, key->values, out->values, &out->strings, &found, err);
    out->exists = found;
    if (status == ASSURE_OK && found && key->table == TABLE_DEF_SAVINGS)
        status = read_years(
            s, out->values[SAVINGS_FIELD_REF].text != NULL ? out->values[SAVINGS_FIELD_REF].text : "", out,
            err);
    return status;
}

/* Is what is stored still what the form found? */
static bool unchanged(const edit_record *before, const edit_record *current)
{
    if (before->exists != current->exists)
        return false;
    if (!before->exists)
        return true;
    if (!same_row(stored_table_for(before->table, IMPORT_MAIN), before->values, current->values))
        return false;
    if (before->table != TABLE_DEF_SAVINGS)
        return true;
    if (before->nyears != current->nyears)
        return false;
    const stored_table *years = stored_table_for(TABLE_DEF_SAVINGS, IMPORT_PROFILE);
    for (size_t y = 0; y < before->nyears; y++)
        if (!same_row(years, before->years[y], current->years[y]))
            return false;
    return true;
}

static assure_status finish(store *s, assure_status status, assure_error *err)
{
    if (status == ASSURE_OK)
        return store_commit(s, err);
    store_rollback(s);
    return status;
}

/* Open the transaction and check the row: *conflict when it has moved on. */
static assure_status begin_checked(store *s, const edit_record *before, const edit_record *lookup,
                                   bool *conflict, assure_error *err)
{
    *conflict = false;
    assure_status status = store_write_begin(s, err);
    if (status != ASSURE_OK)
        return status;
    edit_record current;
    status = store_record_read(s, lookup, &current, err);
    if (status == ASSURE_OK && !unchanged(before, &current))
        *conflict = true;
    edit_record_free(&current);
    if (status != ASSURE_OK || *conflict)
        store_rollback(s);
    return status;
}

static bool has_year(const edit_record *record, int64_t fy)
{
    for (size_t y = 0; y < record->nyears; y++)
        if (record->years[y][SAVINGS_FIELD_FY].number == fy)
            return true;
    return false;
}

assure_status store_record_save(store *s, const audit_actor *actor, const edit_record *before,
                                const edit_record *after, bool *conflict, assure_error *err)
{
    assure_status status = begin_checked(s, before, before->exists ? before : after, conflict, err);
    if (status != ASSURE_OK || *conflict)
        return status;
    const char *action = before->exists ? "edit" : "add";
    row_outcome outcome;
    status = rows_write(s, actor, action, stored_table_for(after->table, IMPORT_MAIN), after->values, NULL,
                        &outcome, err);
    if (after->table == TABLE_DEF_SAVINGS) {
        const stored_table *years = stored_table_for(TABLE_DEF_SAVINGS, IMPORT_PROFILE);
        for (size_t y = 0; y < before->nyears && status == ASSURE_OK; y++)
            if (!has_year(after, before->years[y][SAVINGS_FIELD_FY].number))
                status = rows_delete(s, actor, action, years, before->years[y], err);
        for (size_t y = 0; y < after->nyears && status == ASSURE_OK; y++)
            status = rows_write(s, actor, action, years, after->years[y], NULL, &outcome, err);
    }
    return finish(s, status, err);
}

assure_status store_record_delete(store *s, const audit_actor *actor, const edit_record *before,
                                  bool *conflict, assure_error *err)
{
    assure_status status = begin_checked(s, before, before, conflict, err);
    if (status != ASSURE_OK || *conflict)
        return status;
    if (before->table == TABLE_DEF_SAVINGS) {
        const stored_table *years = stored_table_for(TABLE_DEF_SAVINGS, IMPORT_PROFILE);
        for (size_t y = 0; y < before->nyears && status == ASSURE_OK; y++)
            status = rows_delete(s, actor, "delete", years, before->years[y], err);
    }
    if (status == ASSURE_OK)
        status = rows_delete(s, actor, "delete", stored_table_for(before->table, IMPORT_MAIN), before->values,
                             err);
    return finish(s, status, err);
}

assure_status store_risk_review(store *s, const audit_actor *actor, const edit_record *before, int likelihood,
                                int impact, const char *note, calendar_date reviewed, calendar_date next,
                                bool *conflict, assure_error *err)
{
    assure_status status = begin_checked(s, before, before, conflict, err);
    if (status != ASSURE_OK || *conflict)
        return status;
    field_value values[TABLE_MAX_FIELDS];
    memcpy(values, before->values, sizeof values);
    /* 0 and 0: the review leaves the risk unscored, and the history has no score to keep */
    bool scored = likelihood > 0 && impact > 0;
    values[RISK_FIELD_LIKELIHOOD] = (field_value){!scored, scored ? likelihood : 0, NULL};
    values[RISK_FIELD_IMPACT] = (field_value){!scored, scored ? impact : 0, NULL};
    values[RISK_FIELD_LAST_REVIEWED] = (field_value){false, date_to_days(reviewed), NULL};
    values[RISK_FIELD_NEXT_REVIEW] = (field_value){false, date_to_days(next), NULL};
    row_outcome outcome;
    const stored_table *t = stored_table_for(TABLE_DEF_RISKS, IMPORT_MAIN);
    status = rows_write(s, actor, "review", t, values, NULL, &outcome, err);
    if (status == ASSURE_OK && scored) {
        db_stmt *history = store_query(s,
                                       "INSERT INTO risk_history (ref, reviewed_on, likelihood, "
                                       "impact, note) VALUES (?1, ?2, ?3, ?4, ?5)",
                                       err);
        if (history == NULL) {
            status = ASSURE_DATA;
        } else {
            char day[16];
            date_format(day, sizeof day, reviewed);
            db_bind_text(history, 1, values[RISK_FIELD_REF].text);
            db_bind_text(history, 2, day);
            db_bind_int64(history, 3, likelihood);
            db_bind_int64(history, 4, impact);
            db_bind_text(history, 5, note != NULL ? note : "");
            status = rows_step_done(s, history, "cannot keep the score history", err);
        }
    }
    if (status == ASSURE_OK && note != NULL && note[0] != '\0')
        status = rows_audit(s, actor, "review", stored_label(t), values[RISK_FIELD_REF].text, "note", NULL,
                            note, err);
    return finish(s, status, err);
}

/* Each milestone, risk and action as it stands, kept with snapshot id. */
static const char *const snapshot_items_sql[] = {
    "INSERT INTO snapshot_item (snapshot_id, kind, ref, date, score, status) "
    "SELECT ?1, 'milestone', ref, coalesce(forecast, baseline), NULL, status FROM milestone",
    "INSERT INTO snapshot_item (snapshot_id, kind, ref, date, score, status) "
    "SELECT ?1, 'risk', ref, NULL, likelihood * impact, status FROM risk",
    "INSERT INTO snapshot_item (snapshot_id, kind, ref, date, score, status) "
    "SELECT ?1, 'action', ref, due, NULL, status FROM action",
};

assure_status store_snapshot_save(store *s, const audit_actor *actor, const snapshot_meeting *meeting,
                                  const char *const *names, const int64_t *values, const bool *known,
                                  size_t count, assure_error *err)
{
    const char *label = meeting->label;
    assure_status status = store_write_begin(s, err);
    if (status != ASSURE_OK)
        return status;
    db_stmt *exists = store_query(s, "SELECT 1 FROM snapshot WHERE label = ?1", err);
    if (exists == NULL)
        return finish(s, ASSURE_DATA, err);
    db_bind_text(exists, 1, label);
    bool taken = db_step(exists) == DB_ROW;
    db_reset(exists);
    if (taken)
        return finish(s,
                      error_set(err, ASSURE_USAGE,
                                "a snapshot called \"%s\" exists already; choose another label", label),
                      err);
    db_stmt *insert = store_query(
        s, "INSERT INTO snapshot (label, taken_at, meeting_date, attendees) VALUES (?1, ?2, ?3, ?4)", err);
    if (insert == NULL)
        return finish(s, ASSURE_DATA, err);
    char day[16];
    date_format(day, sizeof day, meeting->date);
    db_bind_text(insert, 1, label);
    db_bind_text(insert, 2, actor->at);
    db_bind_text(insert, 3, day);
    db_bind_text(insert, 4, meeting->attendees != NULL ? meeting->attendees : "");
    status = rows_step_done(s, insert, "cannot take the snapshot", err);
    long long id = db_last_insert_id(&s->conn);
    db_stmt *value =
        store_query(s, "INSERT INTO snapshot_value (snapshot_id, indicator, value) VALUES (?1, ?2, ?3)", err);
    if (value == NULL)
        status = ASSURE_DATA;
    for (size_t i = 0; i < count && status == ASSURE_OK; i++) {
        db_bind_int64(value, 1, id);
        db_bind_text(value, 2, names[i]);
        if (known[i])
            db_bind_int64(value, 3, values[i]);
        else
            db_bind_null(value, 3);
        status = rows_step_done(s, value, "cannot keep a snapshot value", err);
    }
    for (size_t k = 0; k < sizeof snapshot_items_sql / sizeof snapshot_items_sql[0] && status == ASSURE_OK;
         k++) {
        db_stmt *items = store_query(s, snapshot_items_sql[k], err);
        if (items == NULL) {
            status = ASSURE_DATA;
            break;
        }
        db_bind_int64(items, 1, id);
        status = rows_step_done(s, items, "cannot keep the snapshot's items", err);
    }
    if (status == ASSURE_OK)
        status = rows_audit(s, actor, "snapshot", store_own_table_name(STORE_OWN_SNAPSHOTS), label, "", NULL,
                            "taken", err);
    return finish(s, status, err);
}

assure_status store_snapshot_delete(store *s, const audit_actor *actor, const char *label, assure_error *err)
{
    assure_status status = store_write_begin(s, err);
    if (status != ASSURE_OK)
        return status;
    db_stmt *remove = store_query(s, "DELETE FROM snapshot WHERE label = ?1", err);
    if (remove == NULL)
        return finish(s, ASSURE_DATA, err);
    db_bind_text(remove, 1, label);
    status = rows_step_done(s, remove, "cannot delete the snapshot", err);
    if (status == ASSURE_OK && db_changes(&s->conn) == 0)
        status = error_set(err, ASSURE_USAGE, "no snapshot is called \"%s\" (assure snapshot --list)", label);
    if (status == ASSURE_OK)
        status = rows_audit(s, actor, "delete", store_own_table_name(STORE_OWN_SNAPSHOTS), label, "", "taken",
                            NULL, err);
    return finish(s, status, err);
}
