/* view_staffing.c - the staffing rows of one snapshot date, grouped by area
 * or role, with totals: what the Staffing panel shows and `assure report
 * staffing` prints. */
#include "view_staffing.h"

#include <stdlib.h>
#include <string.h>

const view_column staffing_view_columns[STAFFING_COLUMN_COUNT] = {STAFFING_VIEW_COLUMNS(VIEW_COLUMN_ENTRY)};
_Static_assert(sizeof staffing_view_columns / sizeof staffing_view_columns[0] == STAFFING_COLUMN_COUNT,
               "a staffing column without its registry entry");
_Static_assert(STAFFING_COLUMN_COUNT <= VIEW_MAX_COLUMNS, "more staffing columns than a row holds");

static int compare_post(const staffing_row *a, const char *area, const char *role)
{
    int c = strcmp(a->area, area);
    return c != 0 ? c : strcmp(a->role, role);
}

/* The same area and role at the earlier date, if it was there (rows come
 * ordered by area, then role, so it is found by halving). */
static const staffing_row *earlier(const staffing_set *before, const staffing_row *row)
{
    size_t lo = 0, hi = before != NULL ? before->count : 0;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = compare_post(&before->rows[mid], row->area, row->role);
        if (c == 0)
            return &before->rows[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* The figures columns; the change when there is something to compare with. */
static void set_figures(view_row *row, const staffing_fte *now, const staffing_fte *before,
                        staffing_thresholds thresholds)
{
    view_set_fte(row, STAFFING_COL_ESTABLISHMENT, now->establishment, VIEW_TONE_NORMAL);
    view_set_fte(row, STAFFING_COL_VACANCY, now->vacancy,
                 staffing_is_over_establishment(now) ? VIEW_TONE_NOTE : VIEW_TONE_NORMAL);
    view_set_fte(row, STAFFING_COL_AGENCY, now->agency, VIEW_TONE_NORMAL);
    view_set_decimal(row, STAFFING_COL_VACANCY_PCT, staffing_vacancy_pct(now));
    view_set_decimal(row, STAFFING_COL_UNCOVERED_PCT, staffing_uncovered_pct(now));
    if (before != NULL)
        view_set_change(row, STAFFING_COL_CHANGE, staffing_change_between(before, now).uncovered_pct);
    view_set_rag(row, STAFFING_COL_RAG, staffing_rag(now, thresholds));
}

static const char *group_key(const staffing_row *row, staffing_grouping grouping)
{
    switch (grouping) {
    case STAFFING_BY_AREA: return row->area;
    case STAFFING_BY_ROLE: return row->role;
    case STAFFING_BY_ALL: return "all";
    case STAFFING_BY_NONE: break;
    }
    return "";
}

bool staffing_view_rows(const staffing_view *view, view_emit emit, void *context)
{
    const staffing_set *now = view->now;
    bool grouped = view->grouping != STAFFING_BY_NONE;
    bool compared = view->before != NULL && view->before->count > 0;
    /* Groups in order of first appearance (rows come by area, then role). */
    const char **keys = calloc(now->count + 1, sizeof *keys);
    staffing_fte *sums = calloc(now->count + 1, sizeof *sums), *old = calloc(now->count + 1, sizeof *old);
    if (keys == NULL || sums == NULL || old == NULL) {
        free(keys);
        free(sums);
        free(old);
        return false;
    }
    size_t nkeys = 0;
    staffing_fte total = {0, 0, 0}, total_before = {0, 0, 0};
    view_row row;
    bool going = true;
    for (size_t i = 0; i < now->count && going; i++) {
        const staffing_row *post = &now->rows[i];
        const char *key = group_key(post, view->grouping);
        size_t g = 0;
        while (g < nkeys && strcmp(keys[g], key) != 0)
            g++;
        if (g == nkeys)
            keys[nkeys++] = key;
        const staffing_row *was = earlier(view->before, post);
        view_row_start(&row, VIEW_ROW_LINE, grouped ? (int)g : 0, i);
        view_set_date(&row, STAFFING_COL_AS_AT, post->as_at, VIEW_TONE_NORMAL);
        view_set_text(&row, STAFFING_COL_AREA, post->area, VIEW_TONE_NORMAL);
        view_set_text(&row, STAFFING_COL_ROLE, post->role, VIEW_TONE_NORMAL);
        set_figures(&row, &post->fte, was != NULL ? &was->fte : NULL, view->thresholds);
        going = emit(context, &row);
        staffing_add(&sums[g], &post->fte);
        staffing_add(&total, &post->fte);
        if (was != NULL) {
            staffing_add(&old[g], &was->fte);
            staffing_add(&total_before, &was->fte);
        }
    }
    for (size_t g = 0; grouped && g < nkeys && going; g++) {
        view_row_start(&row, VIEW_ROW_SUBTOTAL, (int)g, g);
        row.label = keys[g];
        set_figures(&row, &sums[g], compared ? &old[g] : NULL, view->thresholds);
        going = emit(context, &row);
    }
    if (going && now->count > 0) {
        view_row_start(&row, VIEW_ROW_TOTAL, 0, 0);
        row.count = now->count;
        set_figures(&row, &total, compared ? &total_before : NULL, view->thresholds);
        going = emit(context, &row);
    }
    free(keys);
    free(sums);
    free(old);
    return going;
}
