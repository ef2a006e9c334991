/* raid.h - the programme office's RAID log beside the risk register (SPEC
 * §4.7): the actions a Project Assurance Meeting sets, the issues (a risk
 * that has happened, or a problem now) and the decisions it makes.  No I/O.
 */
#ifndef ASSURE_RAID_H
#define ASSURE_RAID_H

#include <stdbool.h>
#include <stdint.h>

#include "calendar.h"

typedef enum { ACTION_OPEN, ACTION_DONE, ACTION_DROPPED, ACTION_STATUS_COUNT } action_status;

typedef enum {
    SEVERITY_LOW,
    SEVERITY_MEDIUM,
    SEVERITY_HIGH,
    SEVERITY_CRITICAL,
    SEVERITY_COUNT
} issue_severity;

typedef struct {
    action_status status;
    bool has_due;
    calendar_date due;
    bool has_done_on;
    calendar_date done_on;
} action_dates;

/* overdue = open, and due before today (due today is not yet overdue) */
bool action_is_overdue(const action_dates *action, calendar_date today);
/* today - due in days when overdue, else 0 */
int32_t action_days_overdue(const action_dates *action, calendar_date today);

/* The next meeting: the latest snapshot's date (the last meeting) plus whole
 * fortnights until after today; with no snapshot, 14 days from today. */
calendar_date raid_next_meeting(bool has_last_meeting, calendar_date last_meeting, calendar_date today);

const char *action_status_name(action_status status); /* "open", "done", "dropped" */
bool action_status_parse(const char *text, action_status *out);
const char *issue_severity_name(issue_severity severity); /* "low" ... "critical" */
bool issue_severity_parse(const char *text, issue_severity *out);

#endif
