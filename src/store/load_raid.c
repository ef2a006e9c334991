/* load_raid.c - the programme office's records: the RAID log's actions,
 * issues and decisions, and the plan's milestones, read whole for the
 * reports and 'assure check'. */
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "calendar.h"
#include "load.h"

static bool column_date(db_stmt *statement, int column, calendar_date *out)
{
    if (db_column_null(statement, column))
        return false;
    return date_parse(load_text(statement, column), out, NULL);
}

assure_status store_load_actions(store *s, actions_set *out, assure_error *err)
{
    memset(out, 0, sizeof *out);
    assure_status limit = load_within_limit(s, TABLE_DEF_ACTIONS, STORED_ROWS, NULL, err);
    if (limit != ASSURE_OK)
        return limit;
    db_stmt *statement = store_query(
        s, "SELECT ref, title, owner, raised_at, link, note, status, due, done_on FROM action ORDER BY ref",
        err);
    if (statement == NULL)
        return ASSURE_DATA;
    size_t capacity = 0;
    int rc;
    while ((rc = db_step(statement)) == DB_ROW) {
        if (!store_reserve((void **)&out->rows, &capacity, out->count, sizeof *out->rows))
            return actions_set_free(out), load_failed(s, statement, DB_NOMEM, err);
        action_row *row = &out->rows[out->count++];
        memset(row, 0, sizeof *row);
        row->ref = COPY(out->strings, load_text(statement, 0));
        row->title = COPY(out->strings, load_text(statement, 1));
        row->owner = COPY(out->strings, load_text(statement, 2));
        row->raised_at = COPY(out->strings, load_text(statement, 3));
        row->link = COPY(out->strings, load_text(statement, 4));
        row->note = COPY(out->strings, load_text(statement, 5));
        if (!action_status_parse(load_text(statement, 6), &row->dates.status))
            row->dates.status = ACTION_OPEN;
        row->dates.has_due = column_date(statement, 7, &row->dates.due);
        row->dates.has_done_on = column_date(statement, 8, &row->dates.done_on);
        if (row->note == NULL)
            return actions_set_free(out), load_failed(s, statement, DB_NOMEM, err);
    }
    db_reset(statement);
    if (rc != DB_DONE)
        return actions_set_free(out), load_failed(s, statement, rc, err);
    return ASSURE_OK;
}

assure_status store_load_issues(store *s, issues_set *out, assure_error *err)
{
    memset(out, 0, sizeof *out);
    assure_status limit = load_within_limit(s, TABLE_DEF_ISSUES, STORED_ROWS, NULL, err);
    if (limit != ASSURE_OK)
        return limit;
    db_stmt *statement = store_query(s,
                                     "SELECT ref, title, owner, risk, note, severity, raised, resolved, "
                                     "impact_gbp FROM issue ORDER BY ref",
                                     err);
    if (statement == NULL)
        return ASSURE_DATA;
    size_t capacity = 0;
    int rc;
    while ((rc = db_step(statement)) == DB_ROW) {
        if (!store_reserve((void **)&out->rows, &capacity, out->count, sizeof *out->rows))
            return issues_set_free(out), load_failed(s, statement, DB_NOMEM, err);
        issue_row *row = &out->rows[out->count++];
        memset(row, 0, sizeof *row);
        row->ref = COPY(out->strings, load_text(statement, 0));
        row->title = COPY(out->strings, load_text(statement, 1));
        row->owner = COPY(out->strings, load_text(statement, 2));
        row->risk = COPY(out->strings, load_text(statement, 3));
        row->note = COPY(out->strings, load_text(statement, 4));
        if (!issue_severity_parse(load_text(statement, 5), &row->severity))
            row->severity = SEVERITY_LOW;
        row->has_raised = column_date(statement, 6, &row->raised);
        row->has_resolved = column_date(statement, 7, &row->resolved);
        row->impact = load_money(statement, 8);
        if (row->note == NULL)
            return issues_set_free(out), load_failed(s, statement, DB_NOMEM, err);
    }
    db_reset(statement);
    if (rc != DB_DONE)
        return issues_set_free(out), load_failed(s, statement, rc, err);
    return ASSURE_OK;
}

assure_status store_load_decisions(store *s, decisions_set *out, assure_error *err)
{
    memset(out, 0, sizeof *out);
    assure_status limit = load_within_limit(s, TABLE_DEF_DECISIONS, STORED_ROWS, NULL, err);
    if (limit != ASSURE_OK)
        return limit;
    db_stmt *statement =
        store_query(s, "SELECT ref, meeting, decision, made_by, link, date FROM decision ORDER BY ref", err);
    if (statement == NULL)
        return ASSURE_DATA;
    size_t capacity = 0;
    int rc;
    while ((rc = db_step(statement)) == DB_ROW) {
        if (!store_reserve((void **)&out->rows, &capacity, out->count, sizeof *out->rows))
            return decisions_set_free(out), load_failed(s, statement, DB_NOMEM, err);
        decision_row *row = &out->rows[out->count++];
        memset(row, 0, sizeof *row);
        row->ref = COPY(out->strings, load_text(statement, 0));
        row->meeting = COPY(out->strings, load_text(statement, 1));
        row->decision = COPY(out->strings, load_text(statement, 2));
        row->made_by = COPY(out->strings, load_text(statement, 3));
        row->link = COPY(out->strings, load_text(statement, 4));
        column_date(statement, 5, &row->date);
        if (row->link == NULL)
            return decisions_set_free(out), load_failed(s, statement, DB_NOMEM, err);
    }
    db_reset(statement);
    if (rc != DB_DONE)
        return decisions_set_free(out), load_failed(s, statement, rc, err);
    return ASSURE_OK;
}

assure_status store_load_milestones(store *s, milestones_set *out, assure_error *err)
{
    memset(out, 0, sizeof *out);
    assure_status limit = load_within_limit(s, TABLE_DEF_MILESTONES, STORED_ROWS, NULL, err);
    if (limit != ASSURE_OK)
        return limit;
    db_stmt *statement = store_query(s,
                                     "SELECT ref, link, milestone, owner, depends_on, note, phase, status, "
                                     "baseline, forecast, actual FROM milestone ORDER BY ref",
                                     err);
    if (statement == NULL)
        return ASSURE_DATA;
    size_t capacity = 0;
    int rc;
    while ((rc = db_step(statement)) == DB_ROW) {
        if (!store_reserve((void **)&out->rows, &capacity, out->count, sizeof *out->rows))
            return milestones_set_free(out), load_failed(s, statement, DB_NOMEM, err);
        milestone_row *row = &out->rows[out->count++];
        memset(row, 0, sizeof *row);
        row->ref = COPY(out->strings, load_text(statement, 0));
        row->link = COPY(out->strings, load_text(statement, 1));
        row->milestone = COPY(out->strings, load_text(statement, 2));
        row->owner = COPY(out->strings, load_text(statement, 3));
        row->depends_on = COPY(out->strings, load_text(statement, 4));
        row->note = COPY(out->strings, load_text(statement, 5));
        if (!milestone_phase_parse(load_text(statement, 6), &row->phase))
            row->phase = PHASE_DIAGNOSTIC;
        if (!milestone_status_parse(load_text(statement, 7), &row->dates.status))
            row->dates.status = MILESTONE_NOT_STARTED;
        row->dates.has_baseline = column_date(statement, 8, &row->dates.baseline);
        row->dates.has_forecast = column_date(statement, 9, &row->dates.forecast);
        row->dates.has_actual = column_date(statement, 10, &row->dates.actual);
        if (row->note == NULL)
            return milestones_set_free(out), load_failed(s, statement, DB_NOMEM, err);
    }
    db_reset(statement);
    if (rc != DB_DONE)
        return milestones_set_free(out), load_failed(s, statement, rc, err);
    return ASSURE_OK;
}
