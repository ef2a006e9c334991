/* view_raid.c - the RAID log's actions, issues and decisions as rows: what
 * `assure report actions|issues|decisions` prints and the Actions panel
 * shows. */
#include "view_raid.h"

#include <strings.h>

#include "raid.h"

const view_column actions_view_columns[ACTIONS_COLUMN_COUNT] = {ACTIONS_VIEW_COLUMNS(VIEW_COLUMN_ENTRY)};
const view_column issues_view_columns[ISSUES_COLUMN_COUNT] = {ISSUES_VIEW_COLUMNS(VIEW_COLUMN_ENTRY)};
const view_column decisions_view_columns[DECISIONS_COLUMN_COUNT] = {
    DECISIONS_VIEW_COLUMNS(VIEW_COLUMN_ENTRY)};
_Static_assert(ACTIONS_COLUMN_COUNT <= VIEW_MAX_COLUMNS && ISSUES_COLUMN_COUNT <= VIEW_MAX_COLUMNS &&
                   DECISIONS_COLUMN_COUNT <= VIEW_MAX_COLUMNS,
               "more RAID columns than a row holds");

/* How people read a severity, and its colour. */
static const char *const severity_words[SEVERITY_COUNT] = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};
static const rag severity_rags[SEVERITY_COUNT] = {RAG_GREEN, RAG_AMBER, RAG_RED, RAG_RED};

static void set_date(view_row *row, size_t column, bool has, calendar_date date, view_tone tone)
{
    char iso[16] = "";
    if (has)
        date_format(iso, sizeof iso, date);
    view_set_date(row, column, iso, tone);
}

bool actions_view_wants(const actions_view *view, const action_row *r)
{
    if (view->open_only && r->dates.status != ACTION_OPEN)
        return false;
    if (view->owner != NULL && strcasecmp(view->owner, r->owner) != 0)
        return false;
    if (view->overdue_only && !action_is_overdue(&r->dates, view->today))
        return false;
    if (view->has_due_before &&
        !(r->dates.has_due && date_to_days(r->dates.due) < date_to_days(view->due_before)))
        return false;
    return true;
}

bool actions_view_rows(const actions_view *view, view_emit emit, void *context)
{
    view_row row;
    size_t count = 0, overdue = 0;
    for (size_t i = 0; i < view->set->count; i++) {
        const action_row *r = &view->set->rows[i];
        if (!actions_view_wants(view, r))
            continue;
        bool late = action_is_overdue(&r->dates, view->today);
        view_tone tone = r->dates.status == ACTION_OPEN ? VIEW_TONE_NORMAL : VIEW_TONE_DIM;
        view_row_start(&row, VIEW_ROW_LINE, 0, i);
        view_set_text(&row, ACTIONS_COL_REF, r->ref, tone);
        view_set_text(&row, ACTIONS_COL_TITLE, r->title, tone);
        view_set_text(&row, ACTIONS_COL_OWNER, r->owner, tone);
        view_set_text(&row, ACTIONS_COL_RAISED_AT, r->raised_at, tone);
        set_date(&row, ACTIONS_COL_DUE, r->dates.has_due, r->dates.due, late ? VIEW_TONE_ALERT : tone);
        view_set_choice(&row, ACTIONS_COL_STATUS, action_status_name(r->dates.status), (int)r->dates.status);
        set_date(&row, ACTIONS_COL_DONE_ON, r->dates.has_done_on, r->dates.done_on, tone);
        view_set_text(&row, ACTIONS_COL_LINK, r->link, tone);
        view_set_flag(&row, ACTIONS_COL_OVERDUE, late, "OVERDUE", RAG_RED);
        view_set_count(&row, ACTIONS_COL_DAYS_OVERDUE, action_days_overdue(&r->dates, view->today), true);
        count++;
        overdue += late;
        if (!emit(context, &row))
            return false;
    }
    view_row_start(&row, VIEW_ROW_TOTAL, 0, 0);
    row.count = count;
    row.reached = overdue;
    return emit(context, &row);
}

bool issues_view_rows(const issues_view *view, view_emit emit, void *context)
{
    view_row row;
    size_t count = 0, open = 0;
    for (size_t i = 0; i < view->set->count; i++) {
        const issue_row *r = &view->set->rows[i];
        bool is_open = !r->has_resolved;
        view_tone tone = is_open ? VIEW_TONE_NORMAL : VIEW_TONE_DIM;
        view_row_start(&row, VIEW_ROW_LINE, 0, i);
        view_set_text(&row, ISSUES_COL_REF, r->ref, tone);
        view_set_text(&row, ISSUES_COL_TITLE, r->title, tone);
        issue_severity s = (unsigned)r->severity < SEVERITY_COUNT ? r->severity : SEVERITY_LOW;
        view_set_rating(&row, ISSUES_COL_SEVERITY, (int)s, issue_severity_name(s), severity_words[s],
                        is_open ? severity_rags[s] : RAG_GREY);
        view_set_text(&row, ISSUES_COL_OWNER, r->owner, tone);
        set_date(&row, ISSUES_COL_RAISED, r->has_raised, r->raised, tone);
        set_date(&row, ISSUES_COL_RESOLVED, r->has_resolved, r->resolved, tone);
        view_set_text(&row, ISSUES_COL_RISK, r->risk, tone);
        view_set_money(&row, ISSUES_COL_IMPACT, r->impact);
        view_set_flag(&row, ISSUES_COL_OPEN, is_open, "OPEN", RAG_AMBER);
        count++;
        open += is_open;
        if (!emit(context, &row))
            return false;
    }
    view_row_start(&row, VIEW_ROW_TOTAL, 0, 0);
    row.count = count;
    row.reached = open;
    return emit(context, &row);
}

bool decisions_view_rows(const decisions_view *view, view_emit emit, void *context)
{
    view_row row;
    for (size_t i = 0; i < view->set->count; i++) {
        const decision_row *r = &view->set->rows[i];
        view_row_start(&row, VIEW_ROW_LINE, 0, i);
        view_set_text(&row, DECISIONS_COL_REF, r->ref, VIEW_TONE_NORMAL);
        set_date(&row, DECISIONS_COL_DATE, true, r->date, VIEW_TONE_NORMAL);
        view_set_text(&row, DECISIONS_COL_MEETING, r->meeting, VIEW_TONE_NORMAL);
        view_set_text(&row, DECISIONS_COL_DECISION, r->decision, VIEW_TONE_NORMAL);
        view_set_text(&row, DECISIONS_COL_MADE_BY, r->made_by, VIEW_TONE_NORMAL);
        view_set_text(&row, DECISIONS_COL_LINK, r->link, VIEW_TONE_NORMAL);
        if (!emit(context, &row))
            return false;
    }
    return true;
}
