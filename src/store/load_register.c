/* load_register.c - the project register and the benefits signed off, read
 * whole for the headlines, the reports and 'assure check'. */
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "calendar.h"
#include "load.h"

assure_status store_load_workstreams(store *s, workstreams_set *out, assure_error *err)
{
    memset(out, 0, sizeof *out);
    assure_status limit = load_within_limit(s, TABLE_DEF_WORKSTREAMS, STORED_ROWS, NULL, err);
    if (limit != ASSURE_OK)
        return limit;
    db_stmt *statement = store_query(s,
                                     "SELECT name, parent, sponsor, delivery_lead, note, kind, phase, "
                                     "financial FROM workstream ORDER BY name",
                                     err);
    if (statement == NULL)
        return ASSURE_DATA;
    size_t capacity = 0;
    int rc;
    while ((rc = db_step(statement)) == DB_ROW) {
        if (!store_reserve((void **)&out->rows, &capacity, out->count, sizeof *out->rows))
            return workstreams_set_free(out), load_failed(s, statement, DB_NOMEM, err);
        workstream_row *row = &out->rows[out->count++];
        memset(row, 0, sizeof *row);
        row->name = COPY(out->strings, load_text(statement, 0));
        row->parent = COPY(out->strings, load_text(statement, 1));
        row->sponsor = COPY(out->strings, load_text(statement, 2));
        row->delivery_lead = COPY(out->strings, load_text(statement, 3));
        row->note = COPY(out->strings, load_text(statement, 4));
        if (!register_kind_parse(load_text(statement, 5), &row->kind))
            row->kind = REGISTER_WORKSTREAM;
        row->has_phase = milestone_phase_parse(load_text(statement, 6), &row->phase);
        row->financial = strcmp(load_text(statement, 7), "no") != 0;
        if (row->name == NULL || row->parent == NULL || row->sponsor == NULL || row->delivery_lead == NULL ||
            row->note == NULL)
            return workstreams_set_free(out), load_failed(s, statement, DB_NOMEM, err);
    }
    db_reset(statement);
    if (rc != DB_DONE)
        return workstreams_set_free(out), load_failed(s, statement, rc, err);
    return ASSURE_OK;
}

assure_status store_load_signoffs(store *s, signoffs_set *out, assure_error *err)
{
    memset(out, 0, sizeof *out);
    assure_status limit = load_within_limit(s, TABLE_DEF_SIGNOFFS, STORED_ROWS, NULL, err);
    if (limit != ASSURE_OK)
        return limit;
    db_stmt *statement = store_query(s,
                                     "SELECT line, signed_by, evidence, note, signed_on, amount, status "
                                     "FROM signoff ORDER BY line, signed_on",
                                     err);
    if (statement == NULL)
        return ASSURE_DATA;
    size_t capacity = 0;
    int rc;
    while ((rc = db_step(statement)) == DB_ROW) {
        if (!store_reserve((void **)&out->rows, &capacity, out->count, sizeof *out->rows))
            return signoffs_set_free(out), load_failed(s, statement, DB_NOMEM, err);
        signoff_row *row = &out->rows[out->count++];
        memset(row, 0, sizeof *row);
        row->line = COPY(out->strings, load_text(statement, 0));
        row->signed_by = COPY(out->strings, load_text(statement, 1));
        row->evidence = COPY(out->strings, load_text(statement, 2));
        row->note = COPY(out->strings, load_text(statement, 3));
        if (!date_parse(load_text(statement, 4), &row->signed_on, NULL))
            row->signed_on = date_from_days(0);
        row->amount = db_column_null(statement, 5) ? MONEY_UNKNOWN : db_column_int64(statement, 5);
        if (!signoff_status_parse(load_text(statement, 6), &row->status))
            row->status = SIGNOFF_PROPOSED;
        if (row->line == NULL || row->signed_by == NULL || row->evidence == NULL || row->note == NULL)
            return signoffs_set_free(out), load_failed(s, statement, DB_NOMEM, err);
    }
    db_reset(statement);
    if (rc != DB_DONE)
        return signoffs_set_free(out), load_failed(s, statement, rc, err);
    return ASSURE_OK;
}
