/* view_staffing.h - establishment, vacancies and agency cover as a view
 * (view.h): a row per area and role at one snapshot date, grouped by area
 * or role with a subtotal per group (percentages worked again from the
 * summed FTE), then the total; with the snapshot before, each row's change.
 */
#ifndef ASSURE_VIEW_STAFFING_H
#define ASSURE_VIEW_STAFFING_H

#include "records.h"
#include "view.h"

/* The columns, each named once:
 * X(enum, id, heading, type, report field, importance, flexible, help) */
/* clang-format off */
#define STAFFING_VIEW_COLUMNS(X)                                                                              \
    X(STAFFING_COL_AS_AT, "as_at", "As at", VIEW_TYPE_DATE, "as_at", 5, false, "the snapshot date")          \
    X(STAFFING_COL_AREA, "area", "Area", VIEW_TYPE_TEXT, "area", 1, true, "the locality or area team")       \
    X(STAFFING_COL_ROLE, "role", "Role", VIEW_TYPE_TEXT, "role", 1, true, "the role")                        \
    X(STAFFING_COL_ESTABLISHMENT, "establishment", "Establishment", VIEW_TYPE_FTE, "establishment_fte", 2,   \
      false, "establishment FTE: the posts funded")                                                          \
    X(STAFFING_COL_VACANCY, "vacancy", "Vacancy", VIEW_TYPE_FTE, "vacancy_fte", 2, false,                    \
      "vacant FTE; negative when over establishment")                                                        \
    X(STAFFING_COL_AGENCY, "agency", "Agency", VIEW_TYPE_FTE, "agency_fte", 3, false,                        \
      "FTE covered by agency staff")                                                                         \
    X(STAFFING_COL_VACANCY_PCT, "vacancy_pct", "Vacancy %", VIEW_TYPE_PERCENT, "vacancy_pct", 3, false,      \
      "vacancy as % of establishment")                                                                       \
    X(STAFFING_COL_UNCOVERED_PCT, "uncovered_pct", "Uncovered %", VIEW_TYPE_PERCENT, "uncovered_pct", 1,     \
      false, "vacancy not covered by agency, as % of establishment (Kent's 'vacancy % including agency "     \
      "workers')")                                                                                           \
    X(STAFFING_COL_CHANGE, "change", "Change", VIEW_TYPE_CHANGE, NULL, 2, false,                             \
      "uncovered % against the snapshot before, in points (a fall is better)")                               \
    X(STAFFING_COL_RAG, "rag", "RAG", VIEW_TYPE_RAG, "rag", 1, false,                                        \
      "RED at [staffing] red_pct % uncovered or more (a hot spot), AMBER at amber_pct %, else GREEN")
/* clang-format on */

typedef enum { STAFFING_VIEW_COLUMNS(VIEW_COLUMN_ENUM) STAFFING_COLUMN_COUNT } staffing_column;

extern const view_column staffing_view_columns[STAFFING_COLUMN_COUNT];

typedef enum { STAFFING_BY_NONE, STAFFING_BY_AREA, STAFFING_BY_ROLE, STAFFING_BY_ALL } staffing_grouping;

typedef struct {
    const staffing_set *now;    /* one snapshot date's rows, by area, then role */
    const staffing_set *before; /* the snapshot date before, for each row's change; NULL: none */
    staffing_thresholds thresholds;
    staffing_grouping grouping;
} staffing_view;

/* Hand the rows to emit in order: each row of now, with its group (groups
 * in the order they first appear; 0 when not grouped); then a subtotal per
 * group, labelled with its area or role ("all" for STAFFING_BY_ALL); then,
 * when there are rows, the total.  A row's change is against the same area
 * and role before, when it was there; a subtotal's and the total's against
 * what the same rows summed to before.  False when emit stopped it or
 * memory ran out. */
bool staffing_view_rows(const staffing_view *view, view_emit emit, void *context);

#endif
