/* checks.h - integrity findings over the programme's data (SPEC §6.3).  No I/O. */
#ifndef ASSURE_CHECKS_H
#define ASSURE_CHECKS_H

#include <stdbool.h>
#include <stddef.h>

#include "calendar.h"
#include "records.h"

/* A notice is for information: it fails neither check nor check --strict. */
typedef enum { FINDING_ERROR, FINDING_WARNING, FINDING_NOTICE } finding_level;

typedef struct {
    finding_level level;
    const char *table; /* a table's name: savings ... investment */
    char ref[160];     /* the row: a ref, or "2026-11-20 / Castlegate / Team Manager" */
    char message[400];
    money declared, computed; /* for declared totals, else MONEY_UNKNOWN */
} finding;

typedef struct {
    finding *items;
    size_t count, capacity;
} findings;

/* Append a finding (false when out of memory). */
bool findings_add(findings *list, finding_level level, const char *table, const char *ref, money declared,
                  money computed, const char *format, ...) __attribute__((format(printf, 7, 8)));
void findings_free(findings *list);

/* Lines with no profile; profile years outside the programme (the FYs that
 * hold any target); overlap lines with no partner line in their workstream;
 * a year's target, stretch, forecast or actual below zero. */
bool checks_savings(const savings_set *set, findings *out);
/* Lines counted in the run rate with figures past the programme's final year
 * (final_fy, or 0 for the last year such lines have figures for). */
bool checks_final_year(const savings_set *set, int final_fy, findings *out);
/* Vacancy above establishment. */
bool checks_staffing(const staffing_set *set, findings *out);
/* Completions with no reviewing FTE; more reviewed in 12 months than clients. */
bool checks_reviews(const reviews_set *set, findings *out);
/* Scores out of range, open risks unscored (likelihood and impact not
 * given), overdue reviews, closed risks still scored high, targets worse than
 * the current score. */
bool checks_risks(const risks_set *set, calendar_date today, risk_bands bands, findings *out);

/* KPIs whose savings line is not there, with no target (never sustained),
 * no unit value (no benefit) or no values yet; bridge years with rows but no
 * budget; posts and costs with no cost given. */
bool checks_finance(const bridge_set *bridge, const kpi_set *kpis, const investment_set *investment,
                    const savings_set *savings, findings *out);

/* The RAID log: actions overdue at today (a warning naming the owner and
 * the due date), actions done with no done_on and decisions with no maker
 * (errors), and an issue's risk or an action's link that names nothing held
 * (a warning): a link names a savings line's or a risk's ref, or a
 * workstream or project (whatever its case) that a savings line names or the
 * project register holds (register NULL: none kept). */
bool checks_raid(const actions_set *actions, const issues_set *issues, const decisions_set *decisions,
                 const risks_set *risks, const savings_set *savings, const workstreams_set *register_,
                 calendar_date today, findings *out);

/* The plan: milestones overdue at today (a warning naming the day and the
 * owner); a predecessor that slipped past its successor, now finishing after
 * it is due (a warning naming both days); a milestone done with no actual,
 * a depends_on ref that names no milestone and a dependency cycle (errors);
 * a link that names no workstream or savings line held, in the savings or
 * the project register (a warning; register NULL: none kept). */
bool checks_milestones(const milestones_set *set, const savings_set *savings,
                       const workstreams_set *register_, calendar_date today, findings *out);

/* Highlight reports: a workstream no savings line is in and the project
 * register does not hold (a warning; register NULL: none kept), and a
 * workstream of lines not dropped with no highlight for the latest period
 * any highlight reports on (a warning naming its last). */
bool checks_highlights(const highlights_set *set, const savings_set *savings,
                       const workstreams_set *register_, findings *out);
/* The project register and the benefits signed off: a sign-off of a line
 * not held, and one agreed with no signed_by or no evidence (errors); an
 * amount proposed or signed off above the line's forecast recurrent saving
 * (a warning); a workstream or project with no sponsor or delivery lead, a
 * project whose parent is no workstream in the register (warnings); once
 * the register has rows, a savings line whose workstream it does not hold
 * (a notice). */
bool checks_register(const workstreams_set *workstreams, const signoffs_set *signoffs,
                     const savings_set *savings, findings *out);

#endif
