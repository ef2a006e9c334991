/* view_highlights.h - highlight reports as a view (view.h): a row each, by
 * workstream then period, for `assure report highlights` (and the meeting
 * pack).  By default the latest of each workstream; or every period, the
 * history; or as they stood on a day.
 */
#ifndef ASSURE_VIEW_HIGHLIGHTS_H
#define ASSURE_VIEW_HIGHLIGHTS_H

#include "calendar.h"
#include "highlights.h"
#include "records.h"
#include "view.h"

/* X(enum, id, heading, type, report field, importance, flexible, help) */
/* clang-format off */
#define HIGHLIGHTS_VIEW_COLUMNS(X)                                                                            \
    X(HIGHLIGHTS_COL_WORKSTREAM, "workstream", "Workstream", VIEW_TYPE_TEXT, "workstream", 1, true,          \
      "the workstream it reports on")                                                                        \
    X(HIGHLIGHTS_COL_PERIOD, "period", "Period", VIEW_TYPE_DATE, "period", 1, false,                         \
      "the month (its first day) or the day it reports on")                                                  \
    X(HIGHLIGHTS_COL_RAG, "rag", "RAG", VIEW_TYPE_RAG, "rag", 1, false, "the lead's rating")                 \
    X(HIGHLIGHTS_COL_PROGRESS, "progress", "Progress", VIEW_TYPE_TEXT, "progress", 1, true,                  \
      "progress so far")                                                                                     \
    X(HIGHLIGHTS_COL_CHALLENGES, "challenges", "Challenges", VIEW_TYPE_TEXT, "challenges", 2, true,          \
      "what stands in the way")                                                                              \
    X(HIGHLIGHTS_COL_NEXT_STEPS, "next_steps", "Next steps", VIEW_TYPE_TEXT, "next_steps", 2, true,          \
      "what is to be done next")                                                                             \
    X(HIGHLIGHTS_COL_DECISIONS_NEEDED, "decisions_needed", "Decisions needed", VIEW_TYPE_TEXT,               \
      "decisions_needed", 2, true, "what the board is asked to decide")                                      \
    X(HIGHLIGHTS_COL_LEAD, "lead", "Lead", VIEW_TYPE_TEXT, "lead", 3, true, "who wrote it")
/* clang-format on */

typedef enum { HIGHLIGHTS_VIEW_COLUMNS(VIEW_COLUMN_ENUM) HIGHLIGHTS_COLUMN_COUNT } highlights_column;

extern const view_column highlights_view_columns[HIGHLIGHTS_COLUMN_COUNT];

typedef struct {
    const highlights_set *set; /* by workstream, then period */
    const char *workstream;    /* only this workstream's (whatever its case), or NULL */
    bool all;                  /* every period, not only the latest of each workstream */
    bool has_as_at;
    calendar_date as_at; /* only those of periods on or before it */
} highlights_view;

/* The rows, then a VIEW_ROW_TOTAL whose count is how many and reached how
 * many are rated red. */
bool highlights_view_rows(const highlights_view *view, view_emit emit, void *context);

#endif
