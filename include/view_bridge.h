/* view_bridge.h - the budget bridge as views (view.h): its rows by year with
 * the position after each (the Bridge panel's), and a row per year from
 * budget to forecast outturn and on through the planned actions (what
 * `assure report bridge` prints).
 */
#ifndef ASSURE_VIEW_BRIDGE_H
#define ASSURE_VIEW_BRIDGE_H

#include "bridge.h"
#include "view.h"

/* The rows' columns, each named once:
 * X(enum, id, heading, type, report field, importance, flexible, help) */
/* clang-format off */
#define BRIDGE_VIEW_COLUMNS(X)                                                                                \
    X(BRIDGE_COL_FY, "fy", "FY", VIEW_TYPE_FY, "fy", 1, false, "the financial year")                           \
    X(BRIDGE_COL_SECTION, "section", "Section", VIEW_TYPE_TEXT, "section", 3, true,                            \
      "budget, savings still to deliver, overspends, underspends, demand pressures, funding, planned actions") \
    X(BRIDGE_COL_NAME, "name", "Name", VIEW_TYPE_TEXT, "name", 1, true, "what the row is")                     \
    X(BRIDGE_COL_AMOUNT, "amount", "Amount", VIEW_TYPE_MONEY, "amount_gbp", 1, false,                          \
      "the row's amount, as the council writes it: reductions negative")                                       \
    X(BRIDGE_COL_POSITION, "position", "Position", VIEW_TYPE_MONEY, "position_gbp", 2, false,                  \
      "the forecast spend once this row is counted (the bridge's running total)")                              \
    X(BRIDGE_COL_VARIANCE, "variance", "Variance", VIEW_TYPE_VARIANCE, "variance_gbp", 2, false,               \
      "position less budget: over budget is RED, on or under it GREEN")
/* clang-format on */

typedef enum { BRIDGE_VIEW_COLUMNS(VIEW_COLUMN_ENUM) BRIDGE_COLUMN_COUNT } bridge_column;

extern const view_column bridge_view_columns[BRIDGE_COLUMN_COUNT];

/* The years' columns. */
/* clang-format off */
#define BRIDGE_YEAR_VIEW_COLUMNS(X)                                                                           \
    X(BRIDGE_YEAR_COL_FY, "fy", "FY", VIEW_TYPE_FY, "fy", 1, false, "the financial year")                      \
    X(BRIDGE_YEAR_COL_BUDGET, "budget", "Budget", VIEW_TYPE_MONEY, "budget_gbp", 1, false, "the budget")       \
    X(BRIDGE_YEAR_COL_FORECAST, "forecast", "Forecast outturn", VIEW_TYPE_MONEY, "forecast_gbp", 1, false,     \
      "every row but the planned actions, summed")                                                             \
    X(BRIDGE_YEAR_COL_VARIANCE, "variance", "Variance", VIEW_TYPE_VARIANCE, "variance_gbp", 1, false,          \
      "forecast outturn less budget: positive is an overspend")                                                \
    X(BRIDGE_YEAR_COL_ACTIONS, "actions", "Planned actions", VIEW_TYPE_MONEY, "actions_gbp", 2, false,         \
      "the year's planned actions")                                                                            \
    X(BRIDGE_YEAR_COL_REVISED, "revised_variance", "After actions", VIEW_TYPE_VARIANCE,                        \
      "revised_variance_gbp", 1, false, "variance + actions")                                                  \
    X(BRIDGE_YEAR_COL_CARRIED, "carried_from", "Carries", VIEW_TYPE_FY, NULL, 3, false,                        \
      "the year whose position a year of planned actions only carries")
/* clang-format on */

typedef enum { BRIDGE_YEAR_VIEW_COLUMNS(VIEW_COLUMN_ENUM) BRIDGE_YEAR_COLUMN_COUNT } bridge_year_column;

extern const view_column bridge_year_view_columns[BRIDGE_YEAR_COLUMN_COUNT];

typedef struct {
    const bridge_row *rows;
    size_t count;
    int fy; /* 0: every year; else only this one */
    /* NULL: every row; else only the rows marked (one flag a row): each with
     * the position and variance of the whole bridge after it, no year's
     * subtotals, and at the end a total of their amounts */
    const bool *shown;
} bridge_view;

/* The bridge's rows, a year at a time, oldest first: the year's rows but
 * its planned actions, each with the position after it, then a subtotal,
 * "2018/19 forecast outturn" (or "2019/20 carries 2018/19's forecast
 * outturn"); then its planned actions from there, and when it has any a
 * subtotal "2018/19 after planned actions" with the actions' sum as its
 * amount.  A year y's rows are in group 2y, its actions in 2y + 1; a
 * subtotal's source is its year's index.  Variances are rated (over budget
 * RED, else GREEN) on the subtotals only.  With shown, the rows marked
 * alone, then a VIEW_ROW_TOTAL whose amount is theirs summed (blank when
 * none has one) and count how many.  False when emit stopped it or memory
 * ran out. */
bool bridge_view_rows(const bridge_view *view, view_emit emit, void *context);

/* A row per year (bridge_years), oldest first, each a VIEW_ROW_LINE whose
 * source is the year's index; variances rated.  False when emit stopped it
 * or memory ran out. */
bool bridge_year_view_rows(const bridge_view *view, view_emit emit, void *context);

#endif
