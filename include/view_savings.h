/* view_savings.h - the savings lines as a view (view.h): a row per line (or
 * per line and FY), grouped by cohort, workstream, FY or origin with a
 * subtotal per group, then the programme total (overlap counted once) and
 * the pipeline's own total.
 */
#ifndef ASSURE_VIEW_SAVINGS_H
#define ASSURE_VIEW_SAVINGS_H

#include "records.h"
#include "slippage.h"
#include "view.h"

/* The columns, each named once:
 * X(enum, id, heading, type, report field, importance, flexible, help) */
/* clang-format off */
#define SAVINGS_VIEW_COLUMNS(X)                                                                               \
    X(SAVINGS_COL_REF, "ref", "Ref", VIEW_TYPE_TEXT, "ref", 1, false, "the line's reference")                         \
    X(SAVINGS_COL_WORKSTREAM, "workstream", "Workstream", VIEW_TYPE_TEXT, "workstream", 6, true,                      \
      "the workstream the line belongs to")                                                                  \
    X(SAVINGS_COL_COHORT, "cohort", "Cohort", VIEW_TYPE_TEXT, "cohort", 5, true,                                      \
      "Older Adults, Working Age, All Adults ...")                                                           \
    X(SAVINGS_COL_NAME, "name", "Name", VIEW_TYPE_TEXT, "name", 2, true, "what the saving is")                        \
    X(SAVINGS_COL_ORIGIN, "origin", "Origin", VIEW_TYPE_TEXT, NULL, 5, false,                                         \
      "existing, partner, or overlap (already counted in a partner line, so left out of totals)")           \
    X(SAVINGS_COL_STATUS, "status", "Status", VIEW_TYPE_TEXT, "status", 4, false,                                     \
      "pipeline (identified, not yet validated: in no total), planned, on track, at risk, slipped, "         \
      "delivered or dropped")                                                                                \
    X(SAVINGS_COL_OWNER, "owner", "Owner", VIEW_TYPE_TEXT, NULL, 5, true, "who answers for the line")                 \
    X(SAVINGS_COL_KEY_METRIC, "key_metric", "Key metric", VIEW_TYPE_TEXT, NULL, 6, true,                              \
      "the operational measure that evidences it")                                                           \
    X(SAVINGS_COL_FY, "fy", "FY", VIEW_TYPE_FY, NULL, 3, false, "the financial year (when grouped by FY)")            \
    X(SAVINGS_COL_TARGET, "target", "Target", VIEW_TYPE_MONEY, "target_gbp", 1, false,                                \
      "savings target, all years (or the FY shown)")                                                         \
    X(SAVINGS_COL_STRETCH, "stretch", "Stretch", VIEW_TYPE_MONEY, "stretch_gbp", 5, false, "stretch target")          \
    X(SAVINGS_COL_FORECAST, "forecast", "Forecast", VIEW_TYPE_MONEY, "forecast_gbp", 1, false, "forecast savings")    \
    X(SAVINGS_COL_ACTUAL, "actual", "Actual", VIEW_TYPE_MONEY, "actual_gbp", 3, false, "savings delivered so far")    \
    X(SAVINGS_COL_GAP, "gap", "Gap", VIEW_TYPE_MONEY, "gap_gbp", 2, false,                                            \
      "target - forecast (a forecast not made counts as nothing)")                                           \
    X(SAVINGS_COL_DELIVERY, "delivery", "Delivery", VIEW_TYPE_PERCENT, "delivery_pct", 2, false,                      \
      "forecast as % of target")                                                                             \
    X(SAVINGS_COL_RAG, "rag", "RAG", VIEW_TYPE_RAG, "rag", 1, false,                                                  \
      "GREEN at [savings] green_at % of target or more, AMBER at amber_at %, RED below; BLUE delivered; "    \
      "GREY dropped; PIPELINE not yet validated, in no total")                                               \
    X(SAVINGS_COL_EVIDENCED, "evidenced", "KPI/yr", VIEW_TYPE_MONEY, NULL, 6, false,                                  \
      "the benefit a year the line's KPIs evidence (improvement x unit value), to set beside its forecast "  \
      "(i: the KPIs)")                                                                                       \
    X(SAVINGS_COL_BASIS, "basis", "Basis", VIEW_TYPE_TEXT, "basis", 7, false,                                         \
      "incremental: each year's figure is a new saving; cumulative: the run rate reached that year, so "     \
      "the line is worth its last year and a year's new saving is the step from the year before")            \
    X(SAVINGS_COL_SLIPPED, "slipped", ">", VIEW_TYPE_SHIFT, NULL, 2, false,                                           \
      "marked when the line's forecast moved between years since the snapshot compared with: to a later "   \
      "year or out of the profile, or brought forward (the marks are under Colours and marks; Enter lists "  \
      "the moves)")
/* clang-format on */

typedef enum { SAVINGS_VIEW_COLUMNS(VIEW_COLUMN_ENUM) SAVINGS_COLUMN_COUNT } savings_column;

extern const view_column savings_view_columns[SAVINGS_COLUMN_COUNT];

typedef struct {
    const savings_set *set;
    savings_thresholds thresholds;
    bool grouped;               /* else a row per line, then the totals */
    savings_grouping grouping;  /* when grouped; by FY a row per line and FY */
    int fy;                     /* 0: every FY (each line's recurrent value); else this FY's new savings */
    const kpi_set *kpis;        /* for the benefit each line's KPIs evidence; NULL: none */
    const forecast_move *moves; /* moved between years since a snapshot, by ref (slippage_moves) */
    size_t nmoves;
    const bool *shown; /* the lines shown, by index (a filter's); NULL: every line.  The rows, groups
                        * and totals are then of those lines alone */
} savings_view;

/* Hand the rows to emit in order: the lines (by FY grouping, a line per
 * line and FY; with fy, only the lines with that year), each with its group;
 * then a subtotal per group, by name (FY ascending); then the total of every
 * line that counts (savings_line_counts_in_totals); then, when there are
 * pipeline lines, their total.  A group's lines are those with its key; its
 * subtotal sums those that count in totals (by origin, the overlap group's
 * too), and its count says how many of them have figures in scope (a group
 * with none is one the report leaves out).  False when emit stopped it or
 * memory ran out. */
bool savings_view_rows(const savings_view *view, view_emit emit, void *context);

#endif
