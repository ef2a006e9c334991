/* view_milestones.h - the plan's milestones as a view (view.h): a row each,
 * in ref order, with how far each has slipped, whether it is overdue and
 * which predecessor has slipped past it, for `assure report milestones` (and
 * the Plan panel).
 */
#ifndef ASSURE_VIEW_MILESTONES_H
#define ASSURE_VIEW_MILESTONES_H

#include "calendar.h"
#include "milestones.h"
#include "records.h"
#include "view.h"

/* X(enum, id, heading, type, report field, importance, flexible, help) */
/* clang-format off */
#define MILESTONES_VIEW_COLUMNS(X)                                                                            \
    X(MILESTONES_COL_REF, "ref", "Ref", VIEW_TYPE_TEXT, "ref", 1, false, "the milestone's reference")        \
    X(MILESTONES_COL_LINK, "link", "Link", VIEW_TYPE_TEXT, "link", 4, true,                                  \
      "the workstream or savings line it is for")                                                            \
    X(MILESTONES_COL_PHASE, "phase", "Phase", VIEW_TYPE_TEXT, "phase", 2, false,                             \
      "diagnostic, design, test, implement or sustain")                                                     \
    X(MILESTONES_COL_MILESTONE, "milestone", "Milestone", VIEW_TYPE_TEXT, "milestone", 1, true,              \
      "what is to be reached")                                                                               \
    X(MILESTONES_COL_OWNER, "owner", "Owner", VIEW_TYPE_TEXT, "owner", 3, true, "who is to reach it")        \
    X(MILESTONES_COL_BASELINE, "baseline", "Baseline", VIEW_TYPE_DATE, "baseline", 3, false,                 \
      "the date first planned")                                                                              \
    X(MILESTONES_COL_FORECAST, "forecast", "Forecast", VIEW_TYPE_DATE, "forecast", 1, false,                 \
      "the date now expected")                                                                               \
    X(MILESTONES_COL_ACTUAL, "actual", "Actual", VIEW_TYPE_DATE, "actual", 2, false, "the date it was met")  \
    X(MILESTONES_COL_STATUS, "status", "Status", VIEW_TYPE_TEXT, "status", 2, false,                         \
      "not started, on track, at risk or done")                                                              \
    X(MILESTONES_COL_DEPENDS_ON, "depends_on", "Depends on", VIEW_TYPE_TEXT, "depends_on", 4, true,          \
      "the milestones it cannot finish before")                                                              \
    X(MILESTONES_COL_SLIPPAGE, "slippage_days", "Slipped", VIEW_TYPE_COUNT, "slippage_days", 1, false,       \
      "days from baseline to forecast (or actual once met): positive is late")                               \
    X(MILESTONES_COL_OVERDUE, "overdue", "Overdue", VIEW_TYPE_FLAG, "overdue", 1, false,                     \
      "OVERDUE when it is not met and its forecast (or baseline) has passed")                               \
    X(MILESTONES_COL_BLOCKED_BY, "blocked_by", "Blocked by", VIEW_TYPE_TEXT, "blocked_by", 2, true,          \
      "a predecessor that now finishes after this milestone is due: it slipped past it")                     \
    X(MILESTONES_COL_SINCE, "slipped_since_days", "Since", VIEW_TYPE_COUNT, "slipped_since_days", 1, false,  \
      "days its due date (forecast, else baseline) moved since the snapshot compared with: positive is "    \
      "later; blank when the snapshot kept no date for it")
/* clang-format on */

typedef enum { MILESTONES_VIEW_COLUMNS(VIEW_COLUMN_ENUM) MILESTONES_COLUMN_COUNT } milestones_column;

extern const view_column milestones_view_columns[MILESTONES_COLUMN_COUNT];

/* The set's dependencies as a plan (milestones.h), by the rows' indexes;
 * it points at the set's refs, so is freed before it.  NULL when memory
 * ran out. */
milestone_plan *milestones_plan(const milestones_set *set);

/* The predecessors of row i that finish after it is due, their refs
 * written to out separated by ";" ("" for none); returns how many. */
size_t milestones_blocked_by(const milestones_set *set, const milestone_plan *plan, size_t i, char *out,
                             size_t size);

/* Whether milestone ref (held or new) may depend on depends_on, the set's
 * others as they are: each ref it names is a milestone, and no chain of
 * dependencies comes back to one it started from.  False, with why written
 * ("M-99 names no milestone", "a dependency cycle (M-07 on M-08, M-08 on
 * M-07)"), when not; also when memory ran out. */
bool milestones_depends_allowed(const milestones_set *set, const char *ref, const char *depends_on, char *why,
                                size_t size);

/* A milestone is in a workstream when its link names the workstream, or a
 * savings line of it (whatever the case of the name). */
bool milestone_in_workstream(const milestone_row *m, const savings_set *savings, const char *workstream);

typedef struct {
    const milestones_set *set;  /* by ref */
    const savings_set *savings; /* the lines its links may name, or NULL */
    calendar_date today;
    const char *workstream; /* only this workstream's, or NULL */
    bool overdue_only;      /* only those overdue at today */
    /* the due dates the snapshot compared with kept, for each one's slipped
     * since (milestone_moved_since); NULL leaves that column blank */
    const milestone_due_then *since;
    size_t nsince;
} milestones_view;

bool milestones_view_wants(const milestones_view *view, const milestone_row *m);

/* How far milestone m moved since the snapshot the view compares with: its
 * due date now less the one kept; false when there is none to compare. */
bool milestones_view_since(const milestones_view *view, const milestone_row *m, int32_t *days);

/* Hand the rows to emit in ref order: a row per milestone the view takes;
 * then a total (count: how many; reached: how many of them are overdue).
 * False when emit stopped it, or memory ran out. */
bool milestones_view_rows(const milestones_view *view, view_emit emit, void *context);

#endif
