/* load_highlights.c - highlight reports, read whole for the reports, the
 * dashboard's Savings panel and 'assure check'. */
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "calendar.h"
#include "load.h"

assure_status store_load_highlights(store *s, highlights_set *out, assure_error *err)
{
    memset(out, 0, sizeof *out);
    assure_status limit = load_within_limit(s, TABLE_DEF_HIGHLIGHTS, STORED_ROWS, NULL, err);
    if (limit != ASSURE_OK)
        return limit;
    /* a workstream's highlights together, whatever the case each was written in, oldest first */
    db_stmt *statement =
        store_query(s,
                    "SELECT workstream, period, rag, progress, challenges, next_steps, decisions_needed, "
                    "lead FROM highlight ORDER BY lower(workstream), period, workstream",
                    err);
    if (statement == NULL)
        return ASSURE_DATA;
    size_t capacity = 0;
    int rc;
    while ((rc = db_step(statement)) == DB_ROW) {
        if (!store_reserve((void **)&out->rows, &capacity, out->count, sizeof *out->rows))
            return highlights_set_free(out), load_failed(s, statement, DB_NOMEM, err);
        highlight *row = &out->rows[out->count++];
        memset(row, 0, sizeof *row);
        row->workstream = COPY(out->strings, load_text(statement, 0));
        if (!date_parse(load_text(statement, 1), &row->period, NULL))
            memset(&row->period, 0, sizeof row->period);
        if (!highlight_rag_parse(load_text(statement, 2), &row->rating))
            row->rating = RAG_NONE;
        row->progress = COPY(out->strings, load_text(statement, 3));
        row->challenges = COPY(out->strings, load_text(statement, 4));
        row->next_steps = COPY(out->strings, load_text(statement, 5));
        row->decisions_needed = COPY(out->strings, load_text(statement, 6));
        row->lead = COPY(out->strings, load_text(statement, 7));
        if (row->lead == NULL)
            return highlights_set_free(out), load_failed(s, statement, DB_NOMEM, err);
    }
    db_reset(statement);
    if (rc != DB_DONE)
        return highlights_set_free(out), load_failed(s, statement, rc, err);
    return ASSURE_OK;
}
