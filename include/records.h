/* records.h - the rows of each table as the rest of assure holds them.
 *
 * Sets own their strings through a pool that is freed with the set.  The
 * numeric parts are the domain's own structs, so indicators are computed on
 * them directly.
 */
#ifndef ASSURE_RECORDS_H
#define ASSURE_RECORDS_H

#include <stddef.h>

#include "bridge.h"
#include "highlights.h"
#include "investment.h"
#include "kpis.h"
#include "milestones.h"
#include "project_register.h"
#include "raid.h"
#include "reviews.h"
#include "risks.h"
#include "savings.h"
#include "staffing.h"

typedef struct string_pool string_pool;

/* A copy of text kept until the pool is freed; NULL when out of memory. */
const char *pool_copy(string_pool **pool, const char *text);
void pool_free(string_pool *pool);

typedef struct {
    savings_line *lines; /* by ref */
    size_t nlines;
    savings_year *years; /* by line, then FY */
    size_t nyears;
    string_pool *strings;
} savings_set;

typedef struct {
    char as_at[11];
    const char *area, *role;
    staffing_fte fte;
} staffing_row;

typedef struct {
    staffing_row *rows; /* by as_at, area, role */
    size_t count;
    string_pool *strings;
} staffing_set;

typedef struct {
    char period_start[11];
    const char *team;
    review_period period;
} review_row;

typedef struct {
    review_row *rows; /* by period_start, team */
    size_t count;
    string_pool *strings;
} reviews_set;

typedef struct {
    const char *ref, *title, *description, *owner, *category, *mitigation;
    risk_scores scores;
} risk_row;

typedef struct {
    risk_row *rows; /* by ref */
    size_t count;
    string_pool *strings;
} risks_set;

typedef struct {
    const char *ref;
    char reviewed_on[11];
    int likelihood, impact;
    const char *note;
} risk_review;

typedef struct {
    risk_review *rows; /* by ref, then date */
    size_t count;
    string_pool *strings;
} risk_history_set;

/* Each risk's score at the review before its current assessment, into
 * previous (one per risk; 0 when there was none): its last review's score,
 * or the one before that when the last review is the current assessment.
 * Both sets are ordered by ref (the history by date within a ref), so one
 * pass over each serves. */
void risk_previous_scores(const risks_set *risks, const risk_history_set *history, int *previous);

typedef struct {
    bridge_row *rows; /* by FY, section (in the bridge's order), name */
    size_t count;
    string_pool *strings;
} bridge_set;

typedef struct {
    kpi *kpis; /* by ref */
    size_t count;
    kpi_value *values; /* by KPI, then period */
    size_t nvalues;
    string_pool *strings;
} kpi_set;

typedef struct {
    investment_row *rows; /* by kind (posts, fees, other), then ref */
    size_t count;
    string_pool *strings;
} investment_set;

/* The RAID log: actions, issues and decisions, each set by ref. */
typedef struct {
    const char *ref, *title, *owner, *raised_at, *link, *note;
    action_dates dates; /* status, due, done_on */
} action_row;

typedef struct {
    action_row *rows; /* by ref */
    size_t count;
    string_pool *strings;
} actions_set;

typedef struct {
    const char *ref, *title, *owner, *risk, *note;
    issue_severity severity;
    bool has_raised, has_resolved;
    calendar_date raised, resolved;
    money impact; /* whole pounds; MONEY_UNKNOWN when not given */
} issue_row;

typedef struct {
    issue_row *rows; /* by ref */
    size_t count;
    string_pool *strings;
} issues_set;

typedef struct {
    const char *ref, *meeting, *decision, *made_by, *link;
    calendar_date date;
} decision_row;

typedef struct {
    decision_row *rows; /* by ref */
    size_t count;
    string_pool *strings;
} decisions_set;

/* The plan: milestones by ref. */
typedef struct {
    const char *ref, *link, *milestone, *owner, *depends_on, *note;
    milestone_phase phase;
    milestone_dates dates; /* status, baseline, forecast, actual */
} milestone_row;

typedef struct {
    milestone_row *rows; /* by ref */
    size_t count;
    string_pool *strings;
} milestones_set;

/* Highlight reports, by workstream (whatever its case) then period. */
typedef struct {
    highlight *rows;
    size_t count;
    string_pool *strings;
} highlights_set;
/* The project register, by name; the benefits signed off, by line then
 * signed_on. */
typedef struct {
    workstream_row *rows;
    size_t count;
    string_pool *strings;
} workstreams_set;

typedef struct {
    signoff_row *rows;
    size_t count;
    string_pool *strings;
} signoffs_set;

void savings_set_free(savings_set *set);
void bridge_set_free(bridge_set *set);
void kpi_set_free(kpi_set *set);
void investment_set_free(investment_set *set);
void staffing_set_free(staffing_set *set);
void reviews_set_free(reviews_set *set);
void risks_set_free(risks_set *set);
void risk_history_set_free(risk_history_set *set);
void actions_set_free(actions_set *set);
void issues_set_free(issues_set *set);
void decisions_set_free(decisions_set *set);
void milestones_set_free(milestones_set *set);
void highlights_set_free(highlights_set *set);
void workstreams_set_free(workstreams_set *set);
void signoffs_set_free(signoffs_set *set);

#endif
