/* view_raid.h - the RAID log's actions, issues and decisions as views
 * (view.h): a row each, in ref order, for `assure report actions|issues|
 * decisions` and the Actions panel.
 */
#ifndef ASSURE_VIEW_RAID_H
#define ASSURE_VIEW_RAID_H

#include "calendar.h"
#include "records.h"
#include "view.h"

/* X(enum, id, heading, type, report field, importance, flexible, help) */
/* clang-format off */
#define ACTIONS_VIEW_COLUMNS(X)                                                                               \
    X(ACTIONS_COL_REF, "ref", "Ref", VIEW_TYPE_TEXT, "ref", 1, false, "the action's reference")              \
    X(ACTIONS_COL_TITLE, "title", "Action", VIEW_TYPE_TEXT, "title", 1, true, "what is to be done")          \
    X(ACTIONS_COL_OWNER, "owner", "Owner", VIEW_TYPE_TEXT, "owner", 2, true, "who is to do it")              \
    X(ACTIONS_COL_RAISED_AT, "raised_at", "Raised at", VIEW_TYPE_TEXT, "raised_at", 5, true,                  \
      "the meeting that set it, or the day")                                                                 \
    X(ACTIONS_COL_DUE, "due", "Due", VIEW_TYPE_DATE, "due", 1, false, "when it is due")                      \
    X(ACTIONS_COL_STATUS, "status", "Status", VIEW_TYPE_TEXT, "status", 2, false, "open, done or dropped")   \
    X(ACTIONS_COL_DONE_ON, "done_on", "Done on", VIEW_TYPE_DATE, "done_on", 4, false, "when it was done")    \
    X(ACTIONS_COL_LINK, "link", "Link", VIEW_TYPE_TEXT, "link", 4, true,                                     \
      "the savings line, risk or workstream it is for")                                                      \
    X(ACTIONS_COL_OVERDUE, "overdue", "Overdue", VIEW_TYPE_FLAG, "overdue", 1, false,                        \
      "OVERDUE when it is open and its due date has passed")                                                 \
    X(ACTIONS_COL_DAYS_OVERDUE, "days_overdue", "Days over", VIEW_TYPE_COUNT, "days_overdue", 3, false,      \
      "days since it fell due when overdue, else 0")

#define ISSUES_VIEW_COLUMNS(X)                                                                                \
    X(ISSUES_COL_REF, "ref", "Ref", VIEW_TYPE_TEXT, "ref", 1, false, "the issue's reference")                \
    X(ISSUES_COL_TITLE, "title", "Issue", VIEW_TYPE_TEXT, "title", 1, true, "what has happened")             \
    X(ISSUES_COL_SEVERITY, "severity", "Severity", VIEW_TYPE_RATING, "severity", 1, false,                   \
      "LOW, MEDIUM, HIGH or CRITICAL")                                                                       \
    X(ISSUES_COL_OWNER, "owner", "Owner", VIEW_TYPE_TEXT, "owner", 2, true, "who is dealing with it")        \
    X(ISSUES_COL_RAISED, "raised", "Raised", VIEW_TYPE_DATE, "raised", 3, false, "when it was raised")       \
    X(ISSUES_COL_RESOLVED, "resolved", "Resolved", VIEW_TYPE_DATE, "resolved", 3, false,                     \
      "when it was resolved")                                                                                \
    X(ISSUES_COL_RISK, "risk", "Risk", VIEW_TYPE_TEXT, "risk", 4, false, "the risk that has happened")       \
    X(ISSUES_COL_IMPACT, "impact_gbp", "Impact", VIEW_TYPE_MONEY, "impact_gbp", 2, false,                    \
      "what it costs, in pounds")                                                                            \
    X(ISSUES_COL_OPEN, "open", "Open", VIEW_TYPE_FLAG, "open", 1, false, "OPEN until it is resolved")

#define DECISIONS_VIEW_COLUMNS(X)                                                                             \
    X(DECISIONS_COL_REF, "ref", "Ref", VIEW_TYPE_TEXT, "ref", 1, false, "the decision's reference")          \
    X(DECISIONS_COL_DATE, "date", "Date", VIEW_TYPE_DATE, "date", 1, false, "when it was made")              \
    X(DECISIONS_COL_MEETING, "meeting", "Meeting", VIEW_TYPE_TEXT, "meeting", 3, true, "where it was made")  \
    X(DECISIONS_COL_DECISION, "decision", "Decision", VIEW_TYPE_TEXT, "decision", 1, true, "what was decided")\
    X(DECISIONS_COL_MADE_BY, "made_by", "Made by", VIEW_TYPE_TEXT, "made_by", 2, true, "who made it")        \
    X(DECISIONS_COL_LINK, "link", "Link", VIEW_TYPE_TEXT, "link", 4, true, "what it is about")
/* clang-format on */

typedef enum { ACTIONS_VIEW_COLUMNS(VIEW_COLUMN_ENUM) ACTIONS_COLUMN_COUNT } actions_column;
typedef enum { ISSUES_VIEW_COLUMNS(VIEW_COLUMN_ENUM) ISSUES_COLUMN_COUNT } issues_column;
typedef enum { DECISIONS_VIEW_COLUMNS(VIEW_COLUMN_ENUM) DECISIONS_COLUMN_COUNT } decisions_column;

extern const view_column actions_view_columns[ACTIONS_COLUMN_COUNT];
extern const view_column issues_view_columns[ISSUES_COLUMN_COUNT];
extern const view_column decisions_view_columns[DECISIONS_COLUMN_COUNT];

typedef struct {
    const actions_set *set; /* by ref */
    calendar_date today;
    const char *owner;   /* only this owner's (whatever the case), or NULL */
    bool open_only;      /* only those still open (not done or dropped) */
    bool overdue_only;   /* only those overdue at today */
    bool has_due_before; /* only those due before due_before */
    calendar_date due_before;
} actions_view;

/* Whether the view takes action r (its filters). */
bool actions_view_wants(const actions_view *view, const action_row *r);

/* Hand the rows to emit in ref order: a row per action the view takes;
 * then a total (count: how many; reached: how many of them are overdue).
 * False when emit stopped it. */
bool actions_view_rows(const actions_view *view, view_emit emit, void *context);

typedef struct {
    const issues_set *set; /* by ref */
} issues_view;
/* A row per issue, in ref order; then a total (count; reached: how many open). */
bool issues_view_rows(const issues_view *view, view_emit emit, void *context);

typedef struct {
    const decisions_set *set; /* by ref */
} decisions_view;
/* A row per decision, in ref order. */
bool decisions_view_rows(const decisions_view *view, view_emit emit, void *context);

#endif
