/* view_reviews.h - review throughput as a view (view.h): every period of
 * every team; each team's latest period with its trend; every period by
 * team with a subtotal over time; or totals by team, by period or for the
 * whole service.
 */
#ifndef ASSURE_VIEW_REVIEWS_H
#define ASSURE_VIEW_REVIEWS_H

#include "records.h"
#include "view.h"

/* The columns, each named once:
 * X(enum, id, heading, type, report field, importance, flexible, help) */
/* clang-format off */
#define REVIEWS_VIEW_COLUMNS(X)                                                                               \
    X(REVIEWS_COL_PERIOD, "period", "Period", VIEW_TYPE_DATE, "period_start", 1, false,                       \
      "the period's first day")                                                                              \
    X(REVIEWS_COL_DAYS, "days", "Days", VIEW_TYPE_COUNT, "period_days", 6, false,                            \
      "the period's length: 7, 14 or 28 days, or month (a calendar month, worked on its own days)")          \
    X(REVIEWS_COL_TEAM, "team", "Team", VIEW_TYPE_TEXT, "team", 1, true, "the reviewing team")               \
    X(REVIEWS_COL_FTE, "fte", "FTE", VIEW_TYPE_FTE, "fte", 3, false, "reviewing FTE")                        \
    X(REVIEWS_COL_COMPLETED, "completed", "Done", VIEW_TYPE_COUNT, "completed", 2, false,                    \
      "reviews completed in the period")                                                                     \
    X(REVIEWS_COL_TARGET, "target", "Target", VIEW_TYPE_DECIMAL, "target", 2, false,                         \
      "FTE x reviews per FTE per week x weeks")                                                              \
    X(REVIEWS_COL_PER_FTE_WEEK, "per_fte_week", "Per FTE wk", VIEW_TYPE_DECIMAL, "per_fte_week", 4, false,   \
      "reviews completed per FTE per week")                                                                  \
    X(REVIEWS_COL_TARGET_PCT, "target_pct", "Target %", VIEW_TYPE_PERCENT, "target_pct", 1, false,           \
      "completed as % of target")                                                                            \
    X(REVIEWS_COL_BACKLOG, "backlog", "Backlog", VIEW_TYPE_COUNT, "backlog", 2, false,                       \
      "reviews overdue at the period's end")                                                                 \
    X(REVIEWS_COL_WEEKS, "weeks_to_clear", "Weeks to clear", VIEW_TYPE_DECIMAL, "weeks_to_clear", 3, false,  \
      "weeks to clear the backlog at this rate (none when nothing was completed)")                           \
    X(REVIEWS_COL_REVIEWED, "reviewed_12m_pct", "Reviewed 12m %", VIEW_TYPE_PERCENT, "reviewed_12m_pct", 5,  \
      false, "long-term clients reviewed in the last 12 months (the Care Act's annual review)")               \
    X(REVIEWS_COL_TREND, "trend", "Trend", VIEW_TYPE_TREND, NULL, 2, false,                                  \
      "target % over the recent periods, oldest first")                                                      \
    X(REVIEWS_COL_RAG, "rag", "RAG", VIEW_TYPE_RAG, "rag", 1, false,                                         \
      "GREEN at [reviews] amber_at % of target or more, AMBER at red_at %, else RED")
/* clang-format on */

typedef enum { REVIEWS_VIEW_COLUMNS(VIEW_COLUMN_ENUM) REVIEWS_COLUMN_COUNT } reviews_column;

extern const view_column reviews_view_columns[REVIEWS_COLUMN_COUNT];

typedef enum {
    REVIEWS_EVERY_PERIOD, /* a row per period and team, in period order */
    REVIEWS_LATEST,       /* each team's latest period (teams by name), with its trend */
    REVIEWS_BY_TEAM,      /* each team's periods, then its total over time with its trend */
    REVIEWS_BY_PERIOD,    /* each period's rows, then its total across teams */
    REVIEWS_ALL           /* one total: each period across teams, over time */
} reviews_grouping;

typedef struct {
    const reviews_set *set; /* by period, then team */
    reviews_thresholds thresholds;
    reviews_grouping grouping;
    const char *until;  /* only the periods starting on or before this ISO date; NULL: all */
    bool teams_by_name; /* by team: teams by name, else in the order they first appear */
    /* The service's total row, last, when service is not NULL: its figures,
     * the period they are of, and its trend over the periods of recent. */
    const reviews_total *service;
    const char *service_period;
    const reviews_set *recent;
} reviews_view;

/* Hand the rows to emit in order: the lines (each with its group), then the
 * groups' subtotals (labelled with the team, the period start, or "all"),
 * then the service's total when asked for.  False when emit stopped it or
 * memory ran out. */
bool reviews_view_rows(const reviews_view *view, view_emit emit, void *context);

#define REVIEWS_TREND_MAX 64

/* The service's trend: its target % (every team's periods summed) in each
 * of the latest periods of set, at most max (and REVIEWS_TREND_MAX), oldest
 * first, into out, and each period's start into starts (when not NULL);
 * returns how many.  Rows come by period.  The service total's trend cell
 * and the Reviews panel's chart are both drawn from it. */
size_t reviews_service_trend(const reviews_set *set, reviews_thresholds thresholds, decimal *out,
                             const char **starts, size_t max);

#endif
