/* view_risks.h - the risk register as a view (view.h): a row per risk, in
 * the register's order or highest score first; or, grouped by rating,
 * category or owner, a tally per group (how many, how many high, medium,
 * low and overdue).
 */
#ifndef ASSURE_VIEW_RISKS_H
#define ASSURE_VIEW_RISKS_H

#include "calendar.h"
#include "records.h"
#include "view.h"

/* The register's columns, each named once:
 * X(enum, id, heading, type, report field, importance, flexible, help) */
/* clang-format off */
#define RISKS_VIEW_COLUMNS(X)                                                                                 \
    X(RISKS_COL_REF, "ref", "Ref", VIEW_TYPE_TEXT, "ref", 1, false, "the register's reference")              \
    X(RISKS_COL_TITLE, "title", "Title", VIEW_TYPE_TEXT, "title", 1, true, "the risk")                       \
    X(RISKS_COL_OWNER, "owner", "Owner", VIEW_TYPE_TEXT, "owner", 4, true, "who owns it")                    \
    X(RISKS_COL_CATEGORY, "category", "Category", VIEW_TYPE_TEXT, "category", 5, true,                       \
      "finance, workforce, market ...")                                                                      \
    X(RISKS_COL_LIKELIHOOD, "likelihood", "L", VIEW_TYPE_COUNT, "likelihood", 3, false, "likelihood, 1 to 5")\
    X(RISKS_COL_IMPACT, "impact", "I", VIEW_TYPE_COUNT, "impact", 3, false, "impact, 1 to 5")                \
    X(RISKS_COL_SCORE, "score", "Score", VIEW_TYPE_COUNT, "score", 1, false,                                 \
      "likelihood x impact; - when the risk is unscored")                                                    \
    X(RISKS_COL_RATING, "rating", "Rating", VIEW_TYPE_RATING, "rating", 1, false,                            \
      "LOW to [risks] low_max, MEDIUM to medium_max, HIGH above; unscored when listed without a likelihood " \
      "and impact")                                                                                          \
    X(RISKS_COL_TARGET, "target_score", "Target", VIEW_TYPE_COUNT, "target_score", 4, false,                 \
      "the score expected after mitigation (the revised score)")                                             \
    X(RISKS_COL_TARGET_RATING, "target_rating", "Target rating", VIEW_TYPE_RATING, "target_rating", 6,       \
      false, "the rating of the target score")                                                               \
    X(RISKS_COL_MOVEMENT, "movement", "Move", VIEW_TYPE_MOVEMENT, NULL, 3, false,                            \
      "the score against the review before: up is worse, down better")                                       \
    X(RISKS_COL_NEXT_REVIEW, "next_review", "Next review", VIEW_TYPE_DATE, "next_review", 3, false,          \
      "when it is next to be reviewed")                                                                      \
    X(RISKS_COL_OVERDUE, "overdue", "Overdue", VIEW_TYPE_FLAG, "overdue", 2, false,                          \
      "OVERDUE when its next review has passed")                                                             \
    X(RISKS_COL_STATUS, "status", "Status", VIEW_TYPE_TEXT, "status", 6, false, "open or closed")

/* A group's tally, after the column naming the group. */
#define RISKS_TALLY_COLUMNS(X)                                                                                \
    X(RISKS_TALLY_RISKS, "risks", "Risks", VIEW_TYPE_COUNT, "risks", 1, false, "open risks in the group")    \
    X(RISKS_TALLY_HIGH, "high", "High", VIEW_TYPE_COUNT, "high", 1, false, "of them rated high")             \
    X(RISKS_TALLY_MEDIUM, "medium", "Medium", VIEW_TYPE_COUNT, "medium", 2, false, "of them rated medium")   \
    X(RISKS_TALLY_LOW, "low", "Low", VIEW_TYPE_COUNT, "low", 2, false, "of them rated low")                  \
    X(RISKS_TALLY_OVERDUE, "overdue", "Overdue", VIEW_TYPE_COUNT, "overdue", 1, false,                       \
      "of them overdue a review")
/* clang-format on */

typedef enum { RISKS_VIEW_COLUMNS(VIEW_COLUMN_ENUM) RISKS_COLUMN_COUNT } risks_column;
typedef enum { RISKS_TALLY_COLUMNS(VIEW_COLUMN_ENUM) RISKS_TALLY_COUNT } risks_tally_column;

extern const view_column risks_view_columns[RISKS_COLUMN_COUNT];
extern const view_column risks_tally_columns[RISKS_TALLY_COUNT];

typedef enum { RISKS_REGISTER, RISKS_BY_RATING, RISKS_BY_CATEGORY, RISKS_BY_OWNER } risks_grouping;

typedef struct {
    const risks_set *set; /* by ref */
    risk_bands bands;
    calendar_date today;
    const int *previous; /* each risk's score at the review before, for its movement; NULL: none */
    bool with_closed;    /* else open risks only */
    bool highest_first;  /* by score, highest first, then by ref; else the register's order */
    /* Only the risks in one cell of the heat map, by current or target scores. */
    bool in_cell, cell_target;
    int cell_likelihood, cell_impact;
    risks_grouping grouping;
} risks_view;

/* Hand the rows to emit in order: a row per risk (cells of
 * risks_view_columns); then, grouped, a tally per group in the order the
 * groups first appear (cells of risks_tally_columns, labelled with the
 * rating name, "unscored", the category or the owner).  False when emit
 * stopped it or memory ran out. */
bool risks_view_rows(const risks_view *view, view_emit emit, void *context);

#endif
