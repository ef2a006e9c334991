/* view_kpis.h - the KPIs that evidence savings as views (view.h): a row per
 * KPI with its latest value, improvement, benefit and whether it is
 * sustained, then their total; and a row per KPI value by period.
 */
#ifndef ASSURE_VIEW_KPIS_H
#define ASSURE_VIEW_KPIS_H

#include "kpis.h"
#include "records.h"
#include "view.h"

/* The KPIs' columns, each named once:
 * X(enum, id, heading, type, report field, importance, flexible, help) */
/* clang-format off */
#define KPI_VIEW_COLUMNS(X)                                                                                   \
    X(KPI_COL_REF, "ref", "Ref", VIEW_TYPE_TEXT, "ref", 1, false, "the KPI's reference")                       \
    X(KPI_COL_NAME, "name", "KPI", VIEW_TYPE_TEXT, "name", 1, true, "the operational measure")                 \
    X(KPI_COL_UNIT, "unit", "Unit", VIEW_TYPE_TEXT, "unit", 5, true, "what it counts")                         \
    X(KPI_COL_BASELINE, "baseline", "Baseline", VIEW_TYPE_MEASURE, "baseline", 2, false, "where it started")   \
    X(KPI_COL_TARGET, "target", "Target", VIEW_TYPE_MEASURE, "target", 2, false, "where it is to be held")     \
    X(KPI_COL_LATEST, "latest", "Latest", VIEW_TYPE_MEASURE, "latest", 1, false, "its latest value")           \
    X(KPI_COL_IMPROVEMENT, "improvement", "Improvement", VIEW_TYPE_BETTER, "improvement", 3, false,            \
      "latest against baseline, in the direction that is better")                                              \
    X(KPI_COL_BENEFIT, "benefit", "Benefit a year", VIEW_TYPE_MONEY, "benefit_gbp", 1, false,                  \
      "improvement x unit value: the benefit a year it evidences")                                             \
    X(KPI_COL_SUSTAINED, "sustained", "Sustained", VIEW_TYPE_PROGRESS, "sustained", 1, false,                  \
      "SUSTAINED once at target for its agreed number of periods running: ready to sign off")                  \
    X(KPI_COL_TREND, "trend", "Trend", VIEW_TYPE_SPARK, NULL, 5, false, "its values by period, oldest first")  \
    X(KPI_COL_LINE, "line", "Line", VIEW_TYPE_TEXT, "saving_ref", 4, false, "the savings line it evidences")    \
    X(KPI_COL_LINE_FORECAST, "line_forecast", "Line fcst", VIEW_TYPE_MONEY, NULL, 6, false,                    \
      "the line's forecast for the programme's final year ([programme] final_fy), to set beside the benefit")
/* clang-format on */

typedef enum { KPI_VIEW_COLUMNS(VIEW_COLUMN_ENUM) KPI_COLUMN_COUNT } kpi_column;

extern const view_column kpi_view_columns[KPI_COLUMN_COUNT];

/* The values' columns. */
/* clang-format off */
#define KPI_VALUE_VIEW_COLUMNS(X)                                                                             \
    X(KPI_VALUE_COL_REF, "ref", "Ref", VIEW_TYPE_TEXT, "ref", 1, false, "the KPI's reference")                 \
    X(KPI_VALUE_COL_NAME, "name", "KPI", VIEW_TYPE_TEXT, "name", 2, true, "the operational measure")           \
    X(KPI_VALUE_COL_PERIOD, "period", "Period", VIEW_TYPE_DATE, "period", 1, false,                            \
      "the period the value is for")                                                                           \
    X(KPI_VALUE_COL_VALUE, "value", "Value", VIEW_TYPE_MEASURE, "value", 1, false, "the KPI's value that period") \
    X(KPI_VALUE_COL_IMPROVEMENT, "improvement", "Better by", VIEW_TYPE_BETTER, "improvement", 2, false,         \
      "the value against the baseline, in the direction that is better")                                       \
    X(KPI_VALUE_COL_BENEFIT, "benefit", "Benefit/yr", VIEW_TYPE_MONEY, "benefit_gbp", 1, false,                \
      "what that improvement is worth a year")                                                                 \
    X(KPI_VALUE_COL_AT_TARGET, "at_target", "Target", VIEW_TYPE_FLAG, "at_target", 1, false,                   \
      "AT TARGET when the value meets the KPI's target")
/* clang-format on */

typedef enum { KPI_VALUE_VIEW_COLUMNS(VIEW_COLUMN_ENUM) KPI_VALUE_COLUMN_COUNT } kpi_value_column;

extern const view_column kpi_value_view_columns[KPI_VALUE_COLUMN_COUNT];

typedef struct {
    const kpi_set *set;
    const char *as_at;        /* the values of periods up to this ISO date; NULL: every value */
    const savings_set *lines; /* for each KPI's line's forecast; NULL: none */
    int final_fy;             /* the year that forecast is of ([programme] final_fy; 0: the latest) */
} kpi_view;

/* Hand the rows to emit in order: each KPI (source: its index), its trend
 * the latest VIEW_MAX_HISTORY values scaled between the lowest and the
 * highest of them, its baseline and its target; then the total, always:
 * the benefits summed (blank when none has one), count the KPIs, reached
 * those sustained, and its caption "All KPIs: 1 of 3 sustained".  False
 * when emit stopped it. */
bool kpi_view_rows(const kpi_view *view, view_emit emit, void *context);

/* Each value of each KPI (source: its index among the values), by KPI and
 * period.  False when emit stopped it. */
bool kpi_value_view_rows(const kpi_view *view, view_emit emit, void *context);

/* The values of KPI k: a run of the set's values, its first and how many. */
const kpi_value *kpi_view_values(const kpi_set *set, size_t k, size_t *count);

#endif
