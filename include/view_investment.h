/* view_investment.h - what the programme costs as a view (view.h): a row per
 * post, fee or other cost, then the programme's total.
 */
#ifndef ASSURE_VIEW_INVESTMENT_H
#define ASSURE_VIEW_INVESTMENT_H

#include "investment.h"
#include "view.h"

/* The columns, each named once:
 * X(enum, id, heading, type, report field, importance, flexible, help) */
/* clang-format off */
#define INVESTMENT_VIEW_COLUMNS(X)                                                                            \
    X(INVESTMENT_COL_REF, "ref", "Ref", VIEW_TYPE_TEXT, "ref", 1, false, "the row's reference")                \
    X(INVESTMENT_COL_KIND, "kind", "Kind", VIEW_TYPE_TEXT, "kind", 3, false, "post, fee or other")             \
    X(INVESTMENT_COL_NAME, "name", "Name", VIEW_TYPE_TEXT, "name", 1, true, "the post, fee or cost")           \
    X(INVESTMENT_COL_FTE, "fte", "FTE", VIEW_TYPE_FTE, "fte", 2, false, "full-time equivalents (posts)")       \
    X(INVESTMENT_COL_GRADE, "grade", "Grade", VIEW_TYPE_TEXT, "grade", 4, true, "the post's grade")            \
    X(INVESTMENT_COL_COST_PA, "cost_pa", "Cost/yr", VIEW_TYPE_MONEY, "cost_pa_gbp", 2, false, "cost a year")   \
    X(INVESTMENT_COL_YEARS, "years", "Years", VIEW_TYPE_DECIMAL, "years", 3, false, "for how many years")      \
    X(INVESTMENT_COL_ONE_OFF, "one_off", "One-off", VIEW_TYPE_MONEY, "one_off_gbp", 3, false,                  \
      "a one-off cost (a fee, a licence)")                                                                     \
    X(INVESTMENT_COL_COST, "cost", "Cost", VIEW_TYPE_MONEY, "cost_gbp", 1, false,                              \
      "its costs year by year added up (a cost a savings file carries), else cost a year x years + one-off")
/* clang-format on */

typedef enum { INVESTMENT_VIEW_COLUMNS(VIEW_COLUMN_ENUM) INVESTMENT_COLUMN_COUNT } investment_column;

extern const view_column investment_view_columns[INVESTMENT_COLUMN_COUNT];

typedef struct {
    const investment_row *rows;
    size_t count;
} investment_view;

/* Hand the rows to emit in order: each cost as it is stored (FTE blank when
 * none, years blank without a cost a year), then the total, always, named
 * "Programme investment": its FTE (blank when none), its costs a year, and
 * its cost (blank with no rows).  False when emit stopped it. */
bool investment_view_rows(const investment_view *view, view_emit emit, void *context);

#endif
