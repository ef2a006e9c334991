/* headings.c - the headings councils' RAID logs, plans and registers write
 * for the programme office tables' fields ("Due Date", "Date Raised",
 * "Baseline Date", "Delivery Lead").  Each heading names one field of its
 * table and no other, so no heading is read as two fields. */
#include <string.h>

#include "fields.h"
#include "text.h"

/* A tracker's heading, by its text_key, and the field it names. */
typedef struct {
    table_id table;
    const char *key;
    int field;
} tracker_heading;

static const tracker_heading headings[] = {
    {TABLE_DEF_ACTIONS, "actionref", ACTION_FIELD_REF},
    {TABLE_DEF_ACTIONS, "actionno", ACTION_FIELD_REF},
    {TABLE_DEF_ACTIONS, "actionid", ACTION_FIELD_REF},
    {TABLE_DEF_ACTIONS, "reference", ACTION_FIELD_REF},
    {TABLE_DEF_ACTIONS, "action", ACTION_FIELD_TITLE},
    {TABLE_DEF_ACTIONS, "actionowner", ACTION_FIELD_OWNER},
    {TABLE_DEF_ACTIONS, "raised", ACTION_FIELD_RAISED_AT},
    {TABLE_DEF_ACTIONS, "dateraised", ACTION_FIELD_RAISED_AT},
    {TABLE_DEF_ACTIONS, "raisedon", ACTION_FIELD_RAISED_AT},
    {TABLE_DEF_ACTIONS, "duedate", ACTION_FIELD_DUE},
    {TABLE_DEF_ACTIONS, "dueby", ACTION_FIELD_DUE},
    {TABLE_DEF_ACTIONS, "targetdate", ACTION_FIELD_DUE},
    {TABLE_DEF_ACTIONS, "deadline", ACTION_FIELD_DUE},
    {TABLE_DEF_ACTIONS, "doneon", ACTION_FIELD_DONE_ON},
    {TABLE_DEF_ACTIONS, "datecompleted", ACTION_FIELD_DONE_ON},
    {TABLE_DEF_ACTIONS, "completedon", ACTION_FIELD_DONE_ON},
    {TABLE_DEF_ACTIONS, "datedone", ACTION_FIELD_DONE_ON},
    {TABLE_DEF_ACTIONS, "linkedto", ACTION_FIELD_LINK},
    {TABLE_DEF_ACTIONS, "linked", ACTION_FIELD_LINK},
    {TABLE_DEF_ACTIONS, "linkeditem", ACTION_FIELD_LINK},
    {TABLE_DEF_ACTIONS, "notes", ACTION_FIELD_NOTE},
    {TABLE_DEF_ACTIONS, "comments", ACTION_FIELD_NOTE},
    {TABLE_DEF_ACTIONS, "update", ACTION_FIELD_NOTE},

    {TABLE_DEF_ISSUES, "issueref", ISSUE_FIELD_REF},
    {TABLE_DEF_ISSUES, "reference", ISSUE_FIELD_REF},
    {TABLE_DEF_ISSUES, "issue", ISSUE_FIELD_TITLE},
    {TABLE_DEF_ISSUES, "issueowner", ISSUE_FIELD_OWNER},
    {TABLE_DEF_ISSUES, "dateraised", ISSUE_FIELD_RAISED},
    {TABLE_DEF_ISSUES, "raisedon", ISSUE_FIELD_RAISED},
    {TABLE_DEF_ISSUES, "dateresolved", ISSUE_FIELD_RESOLVED},
    {TABLE_DEF_ISSUES, "resolvedon", ISSUE_FIELD_RESOLVED},
    {TABLE_DEF_ISSUES, "dateclosed", ISSUE_FIELD_RESOLVED},
    {TABLE_DEF_ISSUES, "linkedrisk", ISSUE_FIELD_RISK},
    {TABLE_DEF_ISSUES, "riskref", ISSUE_FIELD_RISK},
    {TABLE_DEF_ISSUES, "impact", ISSUE_FIELD_IMPACT}, /* "Impact £", "Impact (£)" */
    {TABLE_DEF_ISSUES, "impact£", ISSUE_FIELD_IMPACT},
    {TABLE_DEF_ISSUES, "financialimpact", ISSUE_FIELD_IMPACT},
    {TABLE_DEF_ISSUES, "notes", ISSUE_FIELD_NOTE},
    {TABLE_DEF_ISSUES, "comments", ISSUE_FIELD_NOTE},

    {TABLE_DEF_DECISIONS, "decisionref", DECISION_FIELD_REF},
    {TABLE_DEF_DECISIONS, "reference", DECISION_FIELD_REF},
    {TABLE_DEF_DECISIONS, "decisiondate", DECISION_FIELD_DATE},
    {TABLE_DEF_DECISIONS, "datedecided", DECISION_FIELD_DATE},
    {TABLE_DEF_DECISIONS, "meetingdate", DECISION_FIELD_DATE},
    {TABLE_DEF_DECISIONS, "forum", DECISION_FIELD_MEETING},
    {TABLE_DEF_DECISIONS, "board", DECISION_FIELD_MEETING},
    {TABLE_DEF_DECISIONS, "decisionmade", DECISION_FIELD_DECISION},
    {TABLE_DEF_DECISIONS, "decidedby", DECISION_FIELD_MADE_BY},
    {TABLE_DEF_DECISIONS, "madeby", DECISION_FIELD_MADE_BY},
    {TABLE_DEF_DECISIONS, "approvedby", DECISION_FIELD_MADE_BY},
    {TABLE_DEF_DECISIONS, "linkedto", DECISION_FIELD_LINK},
    {TABLE_DEF_DECISIONS, "linkeditems", DECISION_FIELD_LINK},
    {TABLE_DEF_DECISIONS, "linked", DECISION_FIELD_LINK},

    {TABLE_DEF_MILESTONES, "milestoneref", MILESTONE_FIELD_REF},
    {TABLE_DEF_MILESTONES, "reference", MILESTONE_FIELD_REF},
    {TABLE_DEF_MILESTONES, "workstream", MILESTONE_FIELD_LINK},
    {TABLE_DEF_MILESTONES, "project", MILESTONE_FIELD_LINK},
    {TABLE_DEF_MILESTONES, "linkedto", MILESTONE_FIELD_LINK},
    {TABLE_DEF_MILESTONES, "stage", MILESTONE_FIELD_PHASE},
    {TABLE_DEF_MILESTONES, "milestonename", MILESTONE_FIELD_MILESTONE},
    {TABLE_DEF_MILESTONES, "baselinedate", MILESTONE_FIELD_BASELINE},
    {TABLE_DEF_MILESTONES, "originaldate", MILESTONE_FIELD_BASELINE},
    {TABLE_DEF_MILESTONES, "planneddate", MILESTONE_FIELD_BASELINE},
    {TABLE_DEF_MILESTONES, "forecastdate", MILESTONE_FIELD_FORECAST},
    {TABLE_DEF_MILESTONES, "reviseddate", MILESTONE_FIELD_FORECAST},
    {TABLE_DEF_MILESTONES, "actualdate", MILESTONE_FIELD_ACTUAL},
    {TABLE_DEF_MILESTONES, "completed", MILESTONE_FIELD_ACTUAL},
    {TABLE_DEF_MILESTONES, "datecompleted", MILESTONE_FIELD_ACTUAL},
    {TABLE_DEF_MILESTONES, "dependson", MILESTONE_FIELD_DEPENDS_ON},
    {TABLE_DEF_MILESTONES, "predecessors", MILESTONE_FIELD_DEPENDS_ON},
    {TABLE_DEF_MILESTONES, "predecessor", MILESTONE_FIELD_DEPENDS_ON},
    {TABLE_DEF_MILESTONES, "dependencies", MILESTONE_FIELD_DEPENDS_ON},
    {TABLE_DEF_MILESTONES, "notes", MILESTONE_FIELD_NOTE},
    {TABLE_DEF_MILESTONES, "comments", MILESTONE_FIELD_NOTE},

    {TABLE_DEF_WORKSTREAMS, "workstream", WORKSTREAM_FIELD_NAME},
    {TABLE_DEF_WORKSTREAMS, "project", WORKSTREAM_FIELD_NAME},
    {TABLE_DEF_WORKSTREAMS, "projectname", WORKSTREAM_FIELD_NAME},
    {TABLE_DEF_WORKSTREAMS, "parentworkstream", WORKSTREAM_FIELD_PARENT},
    {TABLE_DEF_WORKSTREAMS, "programme", WORKSTREAM_FIELD_PARENT},
    {TABLE_DEF_WORKSTREAMS, "seniorresponsibleofficer", WORKSTREAM_FIELD_SPONSOR},
    {TABLE_DEF_WORKSTREAMS, "sro", WORKSTREAM_FIELD_SPONSOR},
    {TABLE_DEF_WORKSTREAMS, "deliverylead", WORKSTREAM_FIELD_DELIVERY_LEAD},
    {TABLE_DEF_WORKSTREAMS, "projectlead", WORKSTREAM_FIELD_DELIVERY_LEAD},
    {TABLE_DEF_WORKSTREAMS, "leadofficer", WORKSTREAM_FIELD_DELIVERY_LEAD},
    {TABLE_DEF_WORKSTREAMS, "stage", WORKSTREAM_FIELD_PHASE},
    {TABLE_DEF_WORKSTREAMS, "financialsaving", WORKSTREAM_FIELD_FINANCIAL},
    {TABLE_DEF_WORKSTREAMS, "notes", WORKSTREAM_FIELD_NOTE},

    {TABLE_DEF_SIGNOFFS, "savingsref", SIGNOFF_FIELD_LINE},
    {TABLE_DEF_SIGNOFFS, "lineref", SIGNOFF_FIELD_LINE},
    {TABLE_DEF_SIGNOFFS, "ref", SIGNOFF_FIELD_LINE},
    {TABLE_DEF_SIGNOFFS, "signedoff", SIGNOFF_FIELD_SIGNED_ON},
    {TABLE_DEF_SIGNOFFS, "datesigned", SIGNOFF_FIELD_SIGNED_ON},
    {TABLE_DEF_SIGNOFFS, "signedoffon", SIGNOFF_FIELD_SIGNED_ON},
    {TABLE_DEF_SIGNOFFS, "signoffdate", SIGNOFF_FIELD_SIGNED_ON},
    {TABLE_DEF_SIGNOFFS, "signedoffby", SIGNOFF_FIELD_SIGNED_BY},
    {TABLE_DEF_SIGNOFFS, "approvedby", SIGNOFF_FIELD_SIGNED_BY},
    {TABLE_DEF_SIGNOFFS, "recurrentbenefit", SIGNOFF_FIELD_AMOUNT},
    {TABLE_DEF_SIGNOFFS, "benefit", SIGNOFF_FIELD_AMOUNT},
    {TABLE_DEF_SIGNOFFS, "kpi", SIGNOFF_FIELD_EVIDENCE},
    {TABLE_DEF_SIGNOFFS, "notes", SIGNOFF_FIELD_NOTE},
};

int tracker_heading_field(table_id table, const char *heading)
{
    char key[64];
    if (strlen(heading) >= sizeof key)
        return -1;
    text_key(key, sizeof key, heading);
    for (size_t i = 0; i < sizeof headings / sizeof headings[0]; i++)
        if (headings[i].table == table && strcmp(key, headings[i].key) == 0)
            return headings[i].field;
    return -1;
}
