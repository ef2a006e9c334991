/* raid.c - actions' overdue rule, the next meeting's date, and the names of actions' statuses and
 * issues' severities. */
#include "raid.h"

#include <string.h>

#include "text.h"

static const char *const status_names[ACTION_STATUS_COUNT] = {"open", "done", "dropped"};
static const char *const severity_names[SEVERITY_COUNT] = {"low", "medium", "high", "critical"};

bool action_is_overdue(const action_dates *action, calendar_date today)
{
    return action->status == ACTION_OPEN && action->has_due &&
           date_to_days(action->due) < date_to_days(today);
}

int32_t action_days_overdue(const action_dates *action, calendar_date today)
{
    return action_is_overdue(action, today) ? date_to_days(today) - date_to_days(action->due) : 0;
}

calendar_date raid_next_meeting(bool has_last_meeting, calendar_date last_meeting, calendar_date today)
{
    day_number now = date_to_days(today);
    if (!has_last_meeting)
        return date_from_days(now + 14);
    day_number next = date_to_days(last_meeting) + 14;
    if (next <= now) /* whole fortnights: the first meeting day after today */
        next += ((now - next) / 14 + 1) * 14;
    return date_from_days(next);
}

const char *action_status_name(action_status status)
{
    return (unsigned)status < ACTION_STATUS_COUNT ? status_names[status] : "";
}

bool action_status_parse(const char *text, action_status *out)
{
    char key[32];
    text_key(key, sizeof key, text);
    for (int s = 0; s < ACTION_STATUS_COUNT; s++)
        if (strcmp(key, status_names[s]) == 0) {
            *out = (action_status)s;
            return true;
        }
    /* as trackers write them */
    if (strcmp(key, "complete") == 0 || strcmp(key, "completed") == 0 || strcmp(key, "closed") == 0) {
        *out = ACTION_DONE;
        return true;
    }
    return false;
}

const char *issue_severity_name(issue_severity severity)
{
    return (unsigned)severity < SEVERITY_COUNT ? severity_names[severity] : "";
}

bool issue_severity_parse(const char *text, issue_severity *out)
{
    char key[32];
    text_key(key, sizeof key, text);
    for (int s = 0; s < SEVERITY_COUNT; s++)
        if (strcmp(key, severity_names[s]) == 0) {
            *out = (issue_severity)s;
            return true;
        }
    return false;
}
