/* milestones.h - the programme's plan (SPEC §4.7): milestones in the phases
 * a transformation programme goes through (Somerset's diagnostic, design,
 * test, implement; then sustain), each with a baseline, a forecast and an
 * actual date, and finish-to-start dependencies on earlier milestones.  How
 * far each has slipped, whether it is overdue, and whether a predecessor
 * now finishes after it is due.  No I/O.
 */
#ifndef ASSURE_MILESTONES_H
#define ASSURE_MILESTONES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "calendar.h"

typedef enum {
    PHASE_DIAGNOSTIC,
    PHASE_DESIGN,
    PHASE_TEST,
    PHASE_IMPLEMENT,
    PHASE_SUSTAIN,
    PHASE_COUNT
} milestone_phase;

/* As savings lines' statuses are written: lower case, words joined by "_". */
typedef enum {
    MILESTONE_NOT_STARTED,
    MILESTONE_ON_TRACK,
    MILESTONE_AT_RISK,
    MILESTONE_DONE,
    MILESTONE_STATUS_COUNT
} milestone_status;

typedef struct {
    milestone_status status;
    bool has_baseline, has_forecast, has_actual;
    calendar_date baseline, forecast, actual;
} milestone_dates;

/* The day it is due now: its forecast, or its baseline when it has none. */
bool milestone_due(const milestone_dates *m, calendar_date *out);
/* The day it finishes: its actual when met, else when it is due. */
bool milestone_finish(const milestone_dates *m, calendar_date *out);
/* finish - baseline in days: positive is late, negative early, 0 without a baseline. */
int32_t milestone_slippage_days(const milestone_dates *m);
/* slipped = it finishes later than its baseline (the slippage above is
 * positive, a milestone met late included), or, not yet met, today is past
 * its baseline: a milestone whose forecast was not moved is still late. */
bool milestone_is_slipped(const milestone_dates *m, calendar_date today);
/* overdue = no actual, and due before today (due today is not yet overdue) */
bool milestone_is_overdue(const milestone_dates *m, calendar_date today);
/* today - due in days when overdue, else 0 */
int32_t milestone_days_overdue(const milestone_dates *m, calendar_date today);
/* How far it has moved since a snapshot that kept it due on due_then: the
 * day it is due now less due_then, in days (positive: later).  False when
 * it has no due date now. */
bool milestone_moved_since(const milestone_dates *m, calendar_date due_then, int32_t *days);

/* A milestone's due date as a meeting's snapshot kept it (its forecast
 * then, else its baseline), by ref. */
typedef struct {
    const char *ref;
    calendar_date due;
} milestone_due_then;

/* The one for ref among the count kept, or NULL: the snapshot kept none. */
const milestone_due_then *milestone_due_then_find(const milestone_due_then *kept, size_t count,
                                                  const char *ref);
/* A finish-to-start dependency broken: the predecessor finishes (actual,
 * else forecast) after the successor, not yet met, is due.  *days: by how
 * many days. */
bool milestone_slipped_past(const milestone_dates *predecessor, const milestone_dates *successor,
                            int32_t *days);

const char *milestone_phase_name(milestone_phase phase); /* "diagnostic" ... "sustain" */
bool milestone_phase_parse(const char *text, milestone_phase *out);
const char *milestone_status_name(milestone_status status); /* "not_started", "on_track", "at_risk", "done" */
bool milestone_status_parse(const char *text, milestone_status *out);

/* The refs of a depends_on cell, separated by ";" or ",": the next one
 * from *cursor (spaces around it left out), its start and length; false
 * after the last.  Empty items (";;") are skipped. */
bool milestone_depends_next(const char **cursor, const char **ref, size_t *length);

/* A milestone as a node of the plan: its ref and what it depends on. */
typedef struct {
    const char *ref;
    const char *depends_on;
} milestone_node;

/* The milestones' dependencies as indexes: for each node, the index of
 * each ref it depends on (-1 for a ref that names no node), in the order
 * written.  NULL when memory ran out; free with milestone_plan_free. */
typedef struct milestone_plan milestone_plan;
milestone_plan *milestone_plan_make(const milestone_node *nodes, size_t count);
void milestone_plan_free(milestone_plan *plan);
/* The index of the node with ref (exact), or -1. */
long milestone_plan_find(const milestone_plan *plan, const char *ref, size_t length);
/* How many refs node i depends on, and the index of its k-th (-1: none). */
size_t milestone_plan_ndepends(const milestone_plan *plan, size_t i);
long milestone_plan_depends(const milestone_plan *plan, size_t i, size_t k);
/* A cycle of dependencies, if the plan has one: its nodes' indexes written
 * to cycle (room for count), each depending on the next and the last on the
 * first, starting from the lowest index in it; returns its length (1: a
 * milestone that depends on itself), 0 when there is none. */
size_t milestone_plan_cycle(const milestone_plan *plan, size_t *cycle);

#endif
