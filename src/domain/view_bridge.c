/* view_bridge.c - the budget bridge as rows: by row with the position after
 * each, for the Bridge panel, and by year, for `assure report bridge`. */
#include "view_bridge.h"

#include <stdio.h>
#include <stdlib.h>

#include "calendar.h"

const view_column bridge_view_columns[BRIDGE_COLUMN_COUNT] = {BRIDGE_VIEW_COLUMNS(VIEW_COLUMN_ENTRY)};
_Static_assert(sizeof bridge_view_columns / sizeof bridge_view_columns[0] == BRIDGE_COLUMN_COUNT,
               "a bridge column without its registry entry");
_Static_assert(BRIDGE_COLUMN_COUNT <= VIEW_MAX_COLUMNS, "more bridge columns than a row holds");

const view_column bridge_year_view_columns[BRIDGE_YEAR_COLUMN_COUNT] = {
    BRIDGE_YEAR_VIEW_COLUMNS(VIEW_COLUMN_ENTRY)};
_Static_assert(sizeof bridge_year_view_columns / sizeof bridge_year_view_columns[0] ==
                   BRIDGE_YEAR_COLUMN_COUNT,
               "a bridge year column without its registry entry");
_Static_assert(BRIDGE_YEAR_COLUMN_COUNT <= VIEW_MAX_COLUMNS, "more bridge year columns than a row holds");

/* Over budget is red, on or under it green. */
static rag variance_rag(money variance)
{
    return variance == MONEY_UNKNOWN ? RAG_NONE : variance > 0 ? RAG_RED : RAG_GREEN;
}

/* variance = position - budget; unknown when either is */
static money variance_of(money position, money budget)
{
    return position == MONEY_UNKNOWN || budget == MONEY_UNKNOWN ? MONEY_UNKNOWN : position - budget;
}

/* The bridge by year; NULL when memory ran out. */
static bridge_year *years_of(const bridge_view *view, size_t *n)
{
    bridge_year *years = calloc(view->count + 1, sizeof *years);
    *n = years != NULL ? bridge_years(view->rows, view->count, years) : 0;
    return years;
}

static void set_line(view_row *row, const bridge_row *r, money position, money budget)
{
    view_set_fy(row, BRIDGE_COL_FY, r->fy);
    view_set_choice(row, BRIDGE_COL_SECTION, bridge_section_label(r->section), (int)r->section);
    view_set_text(row, BRIDGE_COL_NAME, r->name, VIEW_TONE_NORMAL);
    view_set_money(row, BRIDGE_COL_AMOUNT, r->amount);
    view_set_money(row, BRIDGE_COL_POSITION, position);
    view_set_variance(row, BRIDGE_COL_VARIANCE, variance_of(position, budget), RAG_NONE);
}

/* A year's summary: its caption stands where a row's name goes. */
static void set_summary(view_row *row, const bridge_year *b, money amount, money position, money variance)
{
    view_set_fy(row, BRIDGE_COL_FY, b->fy);
    view_set_money(row, BRIDGE_COL_AMOUNT, amount);
    view_set_money(row, BRIDGE_COL_POSITION, position);
    view_set_variance(row, BRIDGE_COL_VARIANCE, variance, variance_rag(variance));
}

/* One year's rows: those but its actions (actions false), or its actions. */
static bool year_rows(const bridge_view *view, const bridge_year *b, size_t y, bool actions, view_emit emit,
                      void *context, bool *any)
{
    view_row row;
    money position = actions ? b->forecast : 0;
    *any = false;
    for (size_t i = 0; i < view->count; i++) {
        const bridge_row *r = &view->rows[i];
        if (r->fy != b->fy || (r->section == BRIDGE_ACTION) != actions)
            continue;
        *any = true;
        position = position == MONEY_UNKNOWN ? MONEY_UNKNOWN : money_add(position, r->amount);
        if (view->shown != NULL && !view->shown[i])
            continue; /* counted in the position, not shown */
        view_row_start(&row, VIEW_ROW_LINE, (int)(y * 2 + (actions ? 1 : 0)), i);
        set_line(&row, r, position, b->budget);
        if (!emit(context, &row))
            return false;
    }
    return true;
}

bool bridge_view_rows(const bridge_view *view, view_emit emit, void *context)
{
    size_t n;
    bridge_year *years = years_of(view, &n);
    if (years == NULL)
        return false;
    bool going = true, any;
    view_row row;
    for (size_t y = 0; y < n && going; y++) {
        const bridge_year *b = &years[y];
        if (view->fy != 0 && b->fy != view->fy)
            continue;
        char fy[16], from[16];
        fy_format(fy, sizeof fy, b->fy);
        going = year_rows(view, b, y, false, emit, context, &any);
        if (!going)
            break;
        if (view->shown != NULL) { /* the rows shown, without the years' subtotals */
            going = year_rows(view, b, y, true, emit, context, &any);
            continue;
        }
        view_row_start(&row, VIEW_ROW_SUBTOTAL, (int)y * 2, y);
        if (b->carried_from != 0) {
            fy_format(from, sizeof from, b->carried_from);
            snprintf(row.caption, sizeof row.caption, "%s carries %s's forecast outturn", fy, from);
        } else {
            snprintf(row.caption, sizeof row.caption, "%s forecast outturn", fy);
        }
        set_summary(&row, b, MONEY_UNKNOWN, b->forecast, b->variance);
        going = emit(context, &row) && year_rows(view, b, y, true, emit, context, &any);
        if (going && any) {
            view_row_start(&row, VIEW_ROW_SUBTOTAL, (int)y * 2 + 1, y);
            snprintf(row.caption, sizeof row.caption, "%s after planned actions", fy);
            money after = b->forecast == MONEY_UNKNOWN ? MONEY_UNKNOWN : money_add(b->forecast, b->actions);
            set_summary(&row, b, b->actions, after, b->revised_variance);
            going = emit(context, &row);
        }
    }
    free(years);
    if (going && view->shown != NULL) {
        money total = MONEY_UNKNOWN;
        view_row_start(&row, VIEW_ROW_TOTAL, (int)n * 2, 0);
        for (size_t i = 0; i < view->count; i++)
            if (view->shown[i] && (view->fy == 0 || view->rows[i].fy == view->fy)) {
                row.count++;
                if (view->rows[i].amount != MONEY_UNKNOWN)
                    total = total == MONEY_UNKNOWN ? view->rows[i].amount
                                                   : money_add(total, view->rows[i].amount);
            }
        view_set_money(&row, BRIDGE_COL_AMOUNT, total);
        going = emit(context, &row);
    }
    return going;
}

bool bridge_year_view_rows(const bridge_view *view, view_emit emit, void *context)
{
    size_t n;
    bridge_year *years = years_of(view, &n);
    if (years == NULL)
        return false;
    bool going = true;
    view_row row;
    for (size_t y = 0; y < n && going; y++) {
        const bridge_year *b = &years[y];
        if (view->fy != 0 && b->fy != view->fy)
            continue;
        view_row_start(&row, VIEW_ROW_LINE, 0, y);
        view_set_fy(&row, BRIDGE_YEAR_COL_FY, b->fy);
        view_set_money(&row, BRIDGE_YEAR_COL_BUDGET, b->budget);
        view_set_money(&row, BRIDGE_YEAR_COL_FORECAST, b->forecast);
        view_set_variance(&row, BRIDGE_YEAR_COL_VARIANCE, b->variance, variance_rag(b->variance));
        view_set_money(&row, BRIDGE_YEAR_COL_ACTIONS, b->actions);
        view_set_variance(&row, BRIDGE_YEAR_COL_REVISED, b->revised_variance,
                          variance_rag(b->revised_variance));
        view_set_fy(&row, BRIDGE_YEAR_COL_CARRIED, b->carried_from);
        going = emit(context, &row);
    }
    free(years);
    return going;
}
