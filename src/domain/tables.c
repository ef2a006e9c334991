/* tables.c - the tables a user sees: each one's fields, key, the words
 * messages use for its rows, and what its files carry.  The one definition
 * of each table's domain facts; the store keeps how it is stored. */
#include <stdio.h>
#include <string.h>

#include "fields.h"
#include "milestones.h"
#include "project_register.h"
#include "raid.h"

static const field_def savings_fields[] = {
    [SAVINGS_FIELD_REF] = {"ref", FIELD_REF, true, NULL},
    [SAVINGS_FIELD_NAME] = {"name", FIELD_TEXT, true, NULL},
    [SAVINGS_FIELD_WORKSTREAM] = {"workstream", FIELD_TEXT, false, NULL},
    [SAVINGS_FIELD_COHORT] = {"cohort", FIELD_TEXT, false, NULL},
    [SAVINGS_FIELD_ORIGIN] = {"origin", FIELD_ORIGIN, false, "existing"},
    [SAVINGS_FIELD_KEY_METRIC] = {"key_metric", FIELD_TEXT, false, NULL},
    [SAVINGS_FIELD_OWNER] = {"owner", FIELD_TEXT, false, NULL},
    [SAVINGS_FIELD_STATUS] = {"status", FIELD_SAVINGS_STATUS, false, "planned"},
    [SAVINGS_FIELD_FY] = {"fy", FIELD_PROFILE_FY, false, NULL},
    [SAVINGS_FIELD_TARGET] = {"target", FIELD_MONEY, false, NULL},
    [SAVINGS_FIELD_STRETCH] = {"stretch", FIELD_MONEY, false, NULL},
    [SAVINGS_FIELD_FORECAST] = {"forecast", FIELD_MONEY, false, NULL},
    [SAVINGS_FIELD_ACTUAL] = {"actual", FIELD_MONEY, false, NULL},
    [SAVINGS_FIELD_MEASURE] = {"measure", FIELD_MEASURE, false, "target"},
    [SAVINGS_FIELD_TOTAL] = {"total", FIELD_MONEY, false, NULL},
    [SAVINGS_FIELD_BASIS] = {"basis", FIELD_BASIS, false, "incremental"},
    [SAVINGS_FIELD_KIND] = {"kind", FIELD_ROW_KIND, false, NULL},
};
static const field_def staffing_fields[] = {
    [STAFFING_FIELD_AS_AT] = {"as_at", FIELD_DATE, true, NULL},
    [STAFFING_FIELD_AREA] = {"area", FIELD_REF, true, NULL},
    [STAFFING_FIELD_ROLE] = {"role", FIELD_REF, true, NULL},
    [STAFFING_FIELD_ESTABLISHMENT] = {"establishment_fte", FIELD_FTE, true, NULL},
    [STAFFING_FIELD_VACANCY] = {"vacancy_fte", FIELD_SIGNED_FTE, true, NULL},
    [STAFFING_FIELD_AGENCY] = {"agency_fte", FIELD_FTE, false, "0"},
};
static const field_def reviews_fields[] = {
    [REVIEWS_FIELD_PERIOD_START] = {"period_start", FIELD_DATE, true, NULL},
    [REVIEWS_FIELD_TEAM] = {"team", FIELD_REF, true, NULL},
    [REVIEWS_FIELD_FTE] = {"fte", FIELD_FTE, true, NULL},
    [REVIEWS_FIELD_COMPLETED] = {"completed", FIELD_COUNT, true, NULL},
    [REVIEWS_FIELD_PERIOD_DAYS] = {"period_days", FIELD_PERIOD_DAYS, false, "14"},
    [REVIEWS_FIELD_TARGET_PER_FTE_WEEK] = {"target_per_fte_week", FIELD_RATE, false, NULL},
    [REVIEWS_FIELD_BACKLOG] = {"backlog", FIELD_COUNT, false, NULL},
    [REVIEWS_FIELD_CLIENTS] = {"clients", FIELD_COUNT, false, NULL},
    [REVIEWS_FIELD_REVIEWED_12M] = {"reviewed_12m", FIELD_COUNT, false, NULL},
};
static const field_def risks_fields[] = {
    [RISK_FIELD_REF] = {"ref", FIELD_REF, true, NULL},
    [RISK_FIELD_TITLE] = {"title", FIELD_TEXT, true, NULL},
    [RISK_FIELD_LIKELIHOOD] = {"likelihood", FIELD_SCALE, false, NULL},
    [RISK_FIELD_IMPACT] = {"impact", FIELD_SCALE, false, NULL},
    [RISK_FIELD_DESCRIPTION] = {"description", FIELD_TEXT, false, NULL},
    [RISK_FIELD_OWNER] = {"owner", FIELD_TEXT, false, NULL},
    [RISK_FIELD_CATEGORY] = {"category", FIELD_TEXT, false, NULL},
    [RISK_FIELD_TARGET_LIKELIHOOD] = {"target_likelihood", FIELD_SCALE, false, NULL},
    [RISK_FIELD_TARGET_IMPACT] = {"target_impact", FIELD_SCALE, false, NULL},
    [RISK_FIELD_MITIGATION] = {"mitigation", FIELD_TEXT, false, NULL},
    [RISK_FIELD_STATUS] = {"status", FIELD_RISK_STATUS, false, "open"},
    [RISK_FIELD_LAST_REVIEWED] = {"last_reviewed", FIELD_DATE, false, NULL},
    [RISK_FIELD_NEXT_REVIEW] = {"next_review", FIELD_DATE, false, NULL},
};
static const field_def bridge_fields[] = {
    [BRIDGE_FIELD_FY] = {"fy", FIELD_FY, true, NULL},
    [BRIDGE_FIELD_SECTION] = {"section", FIELD_BRIDGE_SECTION, true, NULL},
    [BRIDGE_FIELD_NAME] = {"name", FIELD_TEXT, true, NULL},
    [BRIDGE_FIELD_AMOUNT] = {"amount", FIELD_MONEY, true, NULL},
};
static const field_def kpis_fields[] = {
    [KPI_FIELD_REF] = {"ref", FIELD_REF, true, NULL},
    [KPI_FIELD_NAME] = {"name", FIELD_TEXT, true, NULL},
    [KPI_FIELD_UNIT] = {"unit", FIELD_TEXT, false, NULL},
    [KPI_FIELD_POLARITY] = {"polarity", FIELD_POLARITY, false, "higher"},
    [KPI_FIELD_BASELINE] = {"baseline", FIELD_DECIMAL, true, NULL},
    [KPI_FIELD_TARGET] = {"target", FIELD_DECIMAL, false, NULL},
    [KPI_FIELD_UNIT_VALUE] = {"unit_value", FIELD_MONEY, false, NULL},
    [KPI_FIELD_SAVING_REF] = {"saving_ref", FIELD_REF, false, NULL},
    [KPI_FIELD_SUSTAIN_PERIODS] = {"sustain_periods", FIELD_PERIODS, false, "3"},
};
static const field_def kpi_values_fields[] = {
    [KPI_VALUE_FIELD_REF] = {"ref", FIELD_REF, true, NULL},
    [KPI_VALUE_FIELD_PERIOD] = {"period", FIELD_DATE, true, NULL},
    [KPI_VALUE_FIELD_VALUE] = {"value", FIELD_DECIMAL, true, NULL},
};
static const field_def investment_fields[] = {
    [INVESTMENT_FIELD_REF] = {"ref", FIELD_REF, true, NULL},
    [INVESTMENT_FIELD_KIND] = {"kind", FIELD_INVESTMENT_KIND, false, "post"},
    [INVESTMENT_FIELD_NAME] = {"name", FIELD_TEXT, true, NULL},
    [INVESTMENT_FIELD_FTE] = {"fte", FIELD_FTE, false, NULL},
    [INVESTMENT_FIELD_GRADE] = {"grade", FIELD_TEXT, false, NULL},
    [INVESTMENT_FIELD_COST_PA] = {"cost_pa", FIELD_MONEY, false, NULL},
    [INVESTMENT_FIELD_YEARS] = {"years", FIELD_YEARS, false, "1"},
    [INVESTMENT_FIELD_ONE_OFF] = {"one_off", FIELD_MONEY, false, NULL},
    [INVESTMENT_FIELD_TOTAL] = {"total", FIELD_MONEY, false, NULL},
};
static const field_def actions_fields[] = {
    [ACTION_FIELD_REF] = {"ref", FIELD_REF, true, NULL},
    [ACTION_FIELD_TITLE] = {"title", FIELD_TEXT, true, NULL},
    [ACTION_FIELD_OWNER] = {"owner", FIELD_TEXT, false, NULL},
    [ACTION_FIELD_RAISED_AT] = {"raised_at", FIELD_TEXT, false, NULL},
    [ACTION_FIELD_DUE] = {"due", FIELD_DATE, false, NULL},
    [ACTION_FIELD_STATUS] = {"status", FIELD_ACTION_STATUS, false, "open"},
    [ACTION_FIELD_DONE_ON] = {"done_on", FIELD_DATE, false, NULL},
    [ACTION_FIELD_LINK] = {"link", FIELD_TEXT, false, NULL},
    [ACTION_FIELD_NOTE] = {"note", FIELD_TEXT, false, NULL},
};
static const field_def issues_fields[] = {
    [ISSUE_FIELD_REF] = {"ref", FIELD_REF, true, NULL},
    [ISSUE_FIELD_TITLE] = {"title", FIELD_TEXT, true, NULL},
    [ISSUE_FIELD_SEVERITY] = {"severity", FIELD_SEVERITY, true, NULL},
    [ISSUE_FIELD_OWNER] = {"owner", FIELD_TEXT, false, NULL},
    [ISSUE_FIELD_RAISED] = {"raised", FIELD_DATE, false, NULL},
    [ISSUE_FIELD_RESOLVED] = {"resolved", FIELD_DATE, false, NULL},
    [ISSUE_FIELD_RISK] = {"risk", FIELD_TEXT, false, NULL},
    [ISSUE_FIELD_IMPACT] = {"impact_gbp", FIELD_MONEY, false, NULL},
    [ISSUE_FIELD_NOTE] = {"note", FIELD_TEXT, false, NULL},
};
static const field_def decisions_fields[] = {
    [DECISION_FIELD_REF] = {"ref", FIELD_REF, true, NULL},
    [DECISION_FIELD_DATE] = {"date", FIELD_DATE, true, NULL},
    [DECISION_FIELD_MEETING] = {"meeting", FIELD_TEXT, false, NULL},
    [DECISION_FIELD_DECISION] = {"decision", FIELD_TEXT, true, NULL},
    [DECISION_FIELD_MADE_BY] = {"made_by", FIELD_TEXT, false, NULL},
    [DECISION_FIELD_LINK] = {"link", FIELD_TEXT, false, NULL},
};
static const field_def milestones_fields[] = {
    [MILESTONE_FIELD_REF] = {"ref", FIELD_REF, true, NULL},
    [MILESTONE_FIELD_LINK] = {"link", FIELD_TEXT, false, NULL},
    [MILESTONE_FIELD_PHASE] = {"phase", FIELD_PHASE, true, NULL},
    [MILESTONE_FIELD_MILESTONE] = {"milestone", FIELD_TEXT, true, NULL},
    [MILESTONE_FIELD_OWNER] = {"owner", FIELD_TEXT, false, NULL},
    [MILESTONE_FIELD_BASELINE] = {"baseline", FIELD_DATE, true, NULL},
    [MILESTONE_FIELD_FORECAST] = {"forecast", FIELD_DATE, false, NULL},
    [MILESTONE_FIELD_ACTUAL] = {"actual", FIELD_DATE, false, NULL},
    [MILESTONE_FIELD_STATUS] = {"status", FIELD_PLAN_STATUS, false, "not_started"},
    [MILESTONE_FIELD_DEPENDS_ON] = {"depends_on", FIELD_REF_LIST, false, NULL},
    [MILESTONE_FIELD_NOTE] = {"note", FIELD_TEXT, false, NULL},
};
static const field_def highlights_fields[] = {
    [HIGHLIGHT_FIELD_WORKSTREAM] = {"workstream", FIELD_TEXT, true, NULL},
    [HIGHLIGHT_FIELD_PERIOD] = {"period", FIELD_DATE, true, NULL},
    [HIGHLIGHT_FIELD_RAG] = {"rag", FIELD_RAG, false, NULL},
    [HIGHLIGHT_FIELD_PROGRESS] = {"progress", FIELD_TEXT, false, NULL},
    [HIGHLIGHT_FIELD_CHALLENGES] = {"challenges", FIELD_TEXT, false, NULL},
    [HIGHLIGHT_FIELD_NEXT_STEPS] = {"next_steps", FIELD_TEXT, false, NULL},
    [HIGHLIGHT_FIELD_DECISIONS_NEEDED] = {"decisions_needed", FIELD_TEXT, false, NULL},
    [HIGHLIGHT_FIELD_LEAD] = {"lead", FIELD_TEXT, false, NULL},
};
static const field_def workstreams_fields[] = {
    [WORKSTREAM_FIELD_NAME] = {"name", FIELD_REF, true, NULL},
    [WORKSTREAM_FIELD_KIND] = {"kind", FIELD_REGISTER_KIND, false, "workstream"},
    [WORKSTREAM_FIELD_PARENT] = {"parent", FIELD_TEXT, false, NULL},
    [WORKSTREAM_FIELD_SPONSOR] = {"sponsor", FIELD_TEXT, false, NULL},
    [WORKSTREAM_FIELD_DELIVERY_LEAD] = {"delivery_lead", FIELD_TEXT, false, NULL},
    [WORKSTREAM_FIELD_PHASE] = {"phase", FIELD_PHASE, false, NULL},
    [WORKSTREAM_FIELD_FINANCIAL] = {"financial", FIELD_YES_NO, false, "yes"},
    [WORKSTREAM_FIELD_NOTE] = {"note", FIELD_TEXT, false, NULL},
};
static const field_def signoffs_fields[] = {
    [SIGNOFF_FIELD_LINE] = {"line", FIELD_REF, true, NULL},
    [SIGNOFF_FIELD_SIGNED_ON] = {"signed_on", FIELD_DATE, true, NULL},
    [SIGNOFF_FIELD_AMOUNT] = {"amount", FIELD_MONEY, true, NULL},
    [SIGNOFF_FIELD_STATUS] = {"status", FIELD_SIGNOFF_STATUS, false, "proposed"},
    [SIGNOFF_FIELD_SIGNED_BY] = {"signed_by", FIELD_TEXT, false, NULL},
    [SIGNOFF_FIELD_EVIDENCE] = {"evidence", FIELD_TEXT, false, NULL},
    [SIGNOFF_FIELD_NOTE] = {"note", FIELD_TEXT, false, NULL},
};
#define COUNT(a) (sizeof a / sizeof a[0])
_Static_assert(COUNT(savings_fields) == SAVINGS_FIELD_COUNT, "a definition for every savings field");
_Static_assert(SAVINGS_FIELD_TARGET + SAVINGS_MEASURE_FIELDS - 1 == SAVINGS_FIELD_ACTUAL,
               "a year's measures from SAVINGS_FIELD_TARGET to SAVINGS_FIELD_ACTUAL");
_Static_assert(COUNT(staffing_fields) == STAFFING_FIELD_COUNT, "a definition for every staffing field");
_Static_assert(COUNT(reviews_fields) == REVIEWS_FIELD_COUNT, "a definition for every reviews field");
_Static_assert(COUNT(risks_fields) == RISK_FIELD_COUNT, "a definition for every risks field");
_Static_assert(COUNT(bridge_fields) == BRIDGE_FIELD_COUNT, "a definition for every bridge field");
_Static_assert(COUNT(kpis_fields) == KPI_FIELD_COUNT, "a definition for every KPI field");
_Static_assert(COUNT(kpi_values_fields) == KPI_VALUE_FIELD_COUNT, "a definition for every KPI value field");
_Static_assert(COUNT(investment_fields) == INVESTMENT_FIELD_COUNT, "a definition for every investment field");
_Static_assert(COUNT(actions_fields) == ACTION_FIELD_COUNT, "a definition for every action field");
_Static_assert(COUNT(issues_fields) == ISSUE_FIELD_COUNT, "a definition for every issue field");
_Static_assert(COUNT(decisions_fields) == DECISION_FIELD_COUNT, "a definition for every decision field");
_Static_assert(COUNT(milestones_fields) == MILESTONE_FIELD_COUNT, "a definition for every milestone field");
_Static_assert(COUNT(highlights_fields) == HIGHLIGHT_FIELD_COUNT, "a definition for every highlight field");
_Static_assert(MILESTONE_FIELD_COUNT <= TABLE_MAX_FIELDS, "TABLE_MAX_FIELDS holds the milestones' fields");
_Static_assert(COUNT(workstreams_fields) == WORKSTREAM_FIELD_COUNT,
               "a definition for every workstream field");
_Static_assert(COUNT(signoffs_fields) == SIGNOFF_FIELD_COUNT, "a definition for every signoff field");
_Static_assert(WORKSTREAM_FIELD_COUNT <= TABLE_MAX_FIELDS && SIGNOFF_FIELD_COUNT <= TABLE_MAX_FIELDS,
               "TABLE_MAX_FIELDS holds the register's fields");
_Static_assert(ACTION_FIELD_COUNT <= TABLE_MAX_FIELDS && ISSUE_FIELD_COUNT <= TABLE_MAX_FIELDS &&
                   DECISION_FIELD_COUNT <= TABLE_MAX_FIELDS,
               "TABLE_MAX_FIELDS holds the RAID log's fields");
_Static_assert(SAVINGS_FIELD_COUNT <= TABLE_MAX_FIELDS && RISK_FIELD_COUNT <= TABLE_MAX_FIELDS &&
                   STAFFING_FIELD_COUNT <= TABLE_MAX_FIELDS && REVIEWS_FIELD_COUNT <= TABLE_MAX_FIELDS &&
                   BRIDGE_FIELD_COUNT <= TABLE_MAX_FIELDS && KPI_FIELD_COUNT <= TABLE_MAX_FIELDS &&
                   KPI_VALUE_FIELD_COUNT <= TABLE_MAX_FIELDS && INVESTMENT_FIELD_COUNT <= TABLE_MAX_FIELDS,
               "TABLE_MAX_FIELDS holds every table's fields");
static const table_def tables[] = {
    [TABLE_DEF_SAVINGS] = {.name = "savings",
                           .fields = savings_fields,
                           .nfields = COUNT(savings_fields),
                           .key = "ref",
                           .keys = {SAVINGS_FIELD_REF, -1, -1},
                           .noun = "savings line",
                           .named_by = {SAVINGS_FIELD_REF, SAVINGS_FIELD_NAME},
                           .goes_with = "profile year",
                           .goes_counted = true,
                           .money_files = true,
                           .declared_totals = true},
    [TABLE_DEF_STAFFING] = {.name = "staffing",
                            .fields = staffing_fields,
                            .nfields = COUNT(staffing_fields),
                            .key = "as_at + area + role",
                            .keys = {STAFFING_FIELD_AS_AT, STAFFING_FIELD_AREA, STAFFING_FIELD_ROLE},
                            .noun = "staffing row",
                            .named_by = {-1, -1},
                            .declared_totals = true},
    [TABLE_DEF_REVIEWS] = {.name = "reviews",
                           .fields = reviews_fields,
                           .nfields = COUNT(reviews_fields),
                           .key = "period_start + team",
                           .keys = {REVIEWS_FIELD_PERIOD_START, REVIEWS_FIELD_TEAM, -1},
                           .noun = "review period",
                           .named_by = {-1, -1}},
    [TABLE_DEF_RISKS] = {.name = "risks",
                         .fields = risks_fields,
                         .nfields = COUNT(risks_fields),
                         .key = "ref",
                         .keys = {RISK_FIELD_REF, -1, -1},
                         .noun = "risk",
                         .named_by = {RISK_FIELD_REF, RISK_FIELD_TITLE},
                         .goes_with = "score history"},
    [TABLE_DEF_BRIDGE] = {.name = "bridge",
                          .fields = bridge_fields,
                          .nfields = COUNT(bridge_fields),
                          .key = "fy + section + name",
                          .keys = {BRIDGE_FIELD_FY, BRIDGE_FIELD_SECTION, BRIDGE_FIELD_NAME},
                          .noun = "bridge row",
                          .named_by = {-1, -1},
                          .money_files = true,
                          .declared_totals = true},
    [TABLE_DEF_KPIS] = {.name = "kpis",
                        .fields = kpis_fields,
                        .nfields = COUNT(kpis_fields),
                        .key = "ref",
                        .keys = {KPI_FIELD_REF, -1, -1},
                        .noun = "KPI",
                        .named_by = {KPI_FIELD_REF, KPI_FIELD_NAME},
                        .goes_with = "value",
                        .goes_counted = true},
    [TABLE_DEF_KPI_VALUES] = {.name = "kpi_values",
                              .fields = kpi_values_fields,
                              .nfields = COUNT(kpi_values_fields),
                              .key = "ref + period",
                              .keys = {KPI_VALUE_FIELD_REF, KPI_VALUE_FIELD_PERIOD, -1},
                              .noun = "KPI value",
                              .named_by = {-1, -1}},
    [TABLE_DEF_INVESTMENT] = {.name = "investment",
                              .fields = investment_fields,
                              .nfields = COUNT(investment_fields),
                              .key = "ref",
                              .keys = {INVESTMENT_FIELD_REF, -1, -1},
                              .noun = "investment row",
                              .named_by = {INVESTMENT_FIELD_REF, INVESTMENT_FIELD_NAME},
                              .money_files = true,
                              .declared_totals = true},
    [TABLE_DEF_ACTIONS] = {.name = "actions",
                           .fields = actions_fields,
                           .nfields = COUNT(actions_fields),
                           .key = "ref",
                           .keys = {ACTION_FIELD_REF, -1, -1},
                           .noun = "action",
                           .named_by = {ACTION_FIELD_REF, ACTION_FIELD_TITLE}},
    [TABLE_DEF_ISSUES] = {.name = "issues",
                          .fields = issues_fields,
                          .nfields = COUNT(issues_fields),
                          .key = "ref",
                          .keys = {ISSUE_FIELD_REF, -1, -1},
                          .noun = "issue",
                          .named_by = {ISSUE_FIELD_REF, ISSUE_FIELD_TITLE}},
    [TABLE_DEF_DECISIONS] = {.name = "decisions",
                             .fields = decisions_fields,
                             .nfields = COUNT(decisions_fields),
                             .key = "ref",
                             .keys = {DECISION_FIELD_REF, -1, -1},
                             .noun = "decision",
                             .named_by = {DECISION_FIELD_REF, DECISION_FIELD_DECISION}},
    [TABLE_DEF_MILESTONES] = {.name = "milestones",
                              .fields = milestones_fields,
                              .nfields = COUNT(milestones_fields),
                              .key = "ref",
                              .keys = {MILESTONE_FIELD_REF, -1, -1},
                              .noun = "milestone",
                              .named_by = {MILESTONE_FIELD_REF, MILESTONE_FIELD_MILESTONE}},
    [TABLE_DEF_HIGHLIGHTS] = {.name = "highlights",
                              .fields = highlights_fields,
                              .nfields = COUNT(highlights_fields),
                              .key = "workstream + period",
                              .keys = {HIGHLIGHT_FIELD_WORKSTREAM, HIGHLIGHT_FIELD_PERIOD, -1},
                              .noun = "highlight report",
                              .named_by = {-1, -1}},
    [TABLE_DEF_WORKSTREAMS] = {.name = "workstreams",
                               .fields = workstreams_fields,
                               .nfields = COUNT(workstreams_fields),
                               .key = "name",
                               .keys = {WORKSTREAM_FIELD_NAME, -1, -1},
                               .noun = "workstream",
                               .named_by = {WORKSTREAM_FIELD_NAME, WORKSTREAM_FIELD_KIND}},
    [TABLE_DEF_SIGNOFFS] = {.name = "signoffs",
                            .fields = signoffs_fields,
                            .nfields = COUNT(signoffs_fields),
                            .key = "line + signed_on",
                            .keys = {SIGNOFF_FIELD_LINE, SIGNOFF_FIELD_SIGNED_ON, -1},
                            .noun = "sign-off",
                            .named_by = {-1, -1}},
};
_Static_assert(COUNT(tables) == TABLE_DEF_COUNT, "a definition for every table");

const table_def *table_def_get(table_id table)
{
    return (unsigned)table < TABLE_DEF_COUNT ? &tables[table] : NULL;
}

const table_def *table_def_find(const char *name, table_id *id)
{
    for (int i = 0; i < TABLE_DEF_COUNT; i++) {
        if (strcmp(tables[i].name, name) == 0) {
            if (id != NULL)
                *id = (table_id)i;
            return &tables[i];
        }
    }
    return NULL;
}

const char *table_def_names(void)
{
    /* Written once from the definitions above: the same every time. */
    static char names[TABLE_DEF_COUNT * 16];
    if (names[0] == '\0') {
        size_t n = 0;
        for (int i = 0; i < TABLE_DEF_COUNT && n < sizeof names; i++)
            n += (size_t)snprintf(names + n, sizeof names - n, "%s%s", i > 0 ? ", " : "", tables[i].name);
    }
    return names;
}

int table_field_index(const table_def *table, const char *name)
{
    for (size_t i = 0; i < table->nfields; i++)
        if (strcmp(table->fields[i].name, name) == 0)
            return (int)i;
    return -1;
}

bool table_row_check(table_id table, const field_value *values, int *field, const char **why)
{
    if (table == TABLE_DEF_RISKS && values[RISK_FIELD_LIKELIHOOD].blank != values[RISK_FIELD_IMPACT].blank) {
        bool likelihood_blank = values[RISK_FIELD_LIKELIHOOD].blank;
        *field = likelihood_blank ? RISK_FIELD_LIKELIHOOD : RISK_FIELD_IMPACT;
        *why = likelihood_blank ? "blank, but impact is given: give both, or neither (an unscored risk)"
                                : "blank, but likelihood is given: give both, or neither (an unscored risk)";
        return false;
    }
    /* a review cannot fall due before the review that set it */
    if (table == TABLE_DEF_RISKS && !values[RISK_FIELD_LAST_REVIEWED].blank &&
        !values[RISK_FIELD_NEXT_REVIEW].blank &&
        values[RISK_FIELD_NEXT_REVIEW].number < values[RISK_FIELD_LAST_REVIEWED].number) {
        *field = RISK_FIELD_NEXT_REVIEW;
        *why = "before last_reviewed: the next review is on or after the last";
        return false;
    }
    /* an action is done on a day only when it is done */
    if (table == TABLE_DEF_ACTIONS && !values[ACTION_FIELD_DONE_ON].blank &&
        values[ACTION_FIELD_STATUS].number != ACTION_DONE) {
        *field = ACTION_FIELD_DONE_ON;
        *why = "given, but the action is not done: done_on is the day it was done";
        return false;
    }
    if (table == TABLE_DEF_ISSUES && !values[ISSUE_FIELD_RAISED].blank &&
        !values[ISSUE_FIELD_RESOLVED].blank &&
        values[ISSUE_FIELD_RESOLVED].number < values[ISSUE_FIELD_RAISED].number) {
        *field = ISSUE_FIELD_RESOLVED;
        *why = "before raised: an issue is resolved on or after the day it was raised";
        return false;
    }
    /* a milestone is met on a day only when it is done */
    if (table == TABLE_DEF_MILESTONES && !values[MILESTONE_FIELD_ACTUAL].blank &&
        values[MILESTONE_FIELD_STATUS].number != MILESTONE_DONE) {
        *field = MILESTONE_FIELD_ACTUAL;
        *why = "given, but the milestone is not done: actual is the day it was met";
        return false;
    }
    /* a project belongs to a workstream; a workstream to none */
    if (table == TABLE_DEF_WORKSTREAMS) {
        bool project = values[WORKSTREAM_FIELD_KIND].number == REGISTER_PROJECT;
        if (project && values[WORKSTREAM_FIELD_PARENT].blank) {
            *field = WORKSTREAM_FIELD_PARENT;
            *why = "required for a project: name the workstream it belongs to";
            return false;
        }
        if (!project && !values[WORKSTREAM_FIELD_PARENT].blank) {
            *field = WORKSTREAM_FIELD_KIND;
            *why = "a workstream has no parent: a row with a parent is a project";
            return false;
        }
    }
    if (table == TABLE_DEF_SIGNOFFS && !values[SIGNOFF_FIELD_AMOUNT].blank &&
        values[SIGNOFF_FIELD_AMOUNT].number < 0) {
        *field = SIGNOFF_FIELD_AMOUNT;
        *why = "below zero: a benefit signed off is what a line saves a year";
        return false;
    }
    return true;
}
