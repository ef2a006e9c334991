/* view_highlights.c - highlight reports as rows: what `assure report
 * highlights` prints. */
#include "view_highlights.h"

#include <strings.h>

const view_column highlights_view_columns[HIGHLIGHTS_COLUMN_COUNT] = {
    HIGHLIGHTS_VIEW_COLUMNS(VIEW_COLUMN_ENTRY)};
_Static_assert(HIGHLIGHTS_COLUMN_COUNT <= VIEW_MAX_COLUMNS, "more highlight columns than a row holds");

/* Whether row i is shown: of the workstream asked for, of a period by the
 * day asked for, and (unless all are asked for) its workstream's latest such. */
static bool wanted(const highlights_view *view, size_t i)
{
    const highlight *rows = view->set->rows;
    const highlight *h = &rows[i];
    if (view->workstream != NULL && strcasecmp(h->workstream, view->workstream) != 0)
        return false;
    if (view->has_as_at && date_to_days(h->period) > date_to_days(view->as_at))
        return false;
    if (view->all)
        return true;
    /* the latest: no later row of the same workstream is wanted by date */
    for (size_t j = i + 1; j < view->set->count && strcasecmp(rows[j].workstream, h->workstream) == 0; j++)
        if (!view->has_as_at || date_to_days(rows[j].period) <= date_to_days(view->as_at))
            return false;
    return true;
}

bool highlights_view_rows(const highlights_view *view, view_emit emit, void *context)
{
    view_row row;
    size_t count = 0, red = 0;
    for (size_t i = 0; i < view->set->count; i++) {
        if (!wanted(view, i))
            continue;
        const highlight *h = &view->set->rows[i];
        char period[16];
        date_format(period, sizeof period, h->period);
        view_row_start(&row, VIEW_ROW_LINE, 0, i);
        view_set_text(&row, HIGHLIGHTS_COL_WORKSTREAM, h->workstream, VIEW_TONE_NORMAL);
        view_set_date(&row, HIGHLIGHTS_COL_PERIOD, period, VIEW_TONE_NORMAL);
        view_set_rag(&row, HIGHLIGHTS_COL_RAG, h->rating);
        view_set_text(&row, HIGHLIGHTS_COL_PROGRESS, h->progress, VIEW_TONE_NORMAL);
        view_set_text(&row, HIGHLIGHTS_COL_CHALLENGES, h->challenges, VIEW_TONE_NORMAL);
        view_set_text(&row, HIGHLIGHTS_COL_NEXT_STEPS, h->next_steps, VIEW_TONE_NORMAL);
        view_set_text(&row, HIGHLIGHTS_COL_DECISIONS_NEEDED, h->decisions_needed, VIEW_TONE_NORMAL);
        view_set_text(&row, HIGHLIGHTS_COL_LEAD, h->lead, VIEW_TONE_NORMAL);
        count++;
        red += h->rating == RAG_RED;
        if (!emit(context, &row))
            return false;
    }
    view_row_start(&row, VIEW_ROW_TOTAL, 0, 0);
    row.count = count;
    row.reached = red;
    return emit(context, &row);
}
