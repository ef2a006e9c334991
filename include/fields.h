/* fields.h - the tables a user sees (tables.c: one definition each), their
 * columns, and the one parser of their values (fields.c).
 *
 * Import, the command line and the editing forms all read a value through
 * field_parse, so a cell that import refuses is refused the same way when it
 * is typed into a form.  No I/O.
 */
#ifndef ASSURE_FIELDS_H
#define ASSURE_FIELDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "figures.h"

typedef enum {
    FIELD_TEXT,            /* free text */
    FIELD_REF,             /* a key: 1 to 64 characters, no control characters */
    FIELD_MONEY,           /* whole pounds; blank is unknown */
    FIELD_FTE,             /* hundredths, not negative */
    FIELD_SIGNED_FTE,      /* hundredths, negative when over establishment */
    FIELD_DATE,            /* ISO or UK date; the value is its day number */
    FIELD_FY,              /* financial year; the value is its first year */
    FIELD_PROFILE_FY,      /* a financial year, or the later years (FY_LATER) */
    FIELD_COUNT,           /* a whole number, not negative */
    FIELD_RATE,            /* hundredths, above zero: reviews per FTE per week */
    FIELD_SCALE,           /* 1 to 5: likelihood, impact */
    FIELD_PERIOD_DAYS,     /* 7, 14, 28, or 0: a calendar month (written "month") */
    FIELD_SAVINGS_STATUS,  /* pipeline | planned | on_track | at_risk | slipped | delivered | dropped */
    FIELD_ORIGIN,          /* existing | partner | overlap */
    FIELD_RISK_STATUS,     /* open | closed */
    FIELD_MEASURE,         /* target | stretch | forecast | actual, or a label naming one */
    FIELD_BASIS,           /* incremental | cumulative: how a savings line's years read */
    FIELD_ROW_KIND,        /* saving | cost | net: what a row of a savings file is */
    FIELD_DECIMAL,         /* hundredths, either sign: a KPI's baseline, target, value */
    FIELD_YEARS,           /* hundredths of a year, not negative: 2 years is 200 */
    FIELD_PERIODS,         /* a whole number of periods, 1 to 120 */
    FIELD_BRIDGE_SECTION,  /* budget | savings_undelivered | overspend | underspend | pressure | funding |
                              action */
    FIELD_POLARITY,        /* higher | lower (is better) */
    FIELD_INVESTMENT_KIND, /* post | fee | other */
    FIELD_ACTION_STATUS,   /* open | done | dropped */
    FIELD_SEVERITY,        /* low | medium | high | critical: an issue's */
    FIELD_PHASE,           /* diagnostic | design | test | implement | sustain: a milestone's */
    FIELD_PLAN_STATUS,     /* not_started | on_track | at_risk | done: a milestone's */
    FIELD_REF_LIST,        /* refs separated by ";" or ",", each as FIELD_REF: kept as written */
    FIELD_RAG,             /* red | amber | green: a highlight's (R, A, G as trackers write them) */
    FIELD_REGISTER_KIND,   /* workstream | project: a register entry's */
    FIELD_YES_NO,          /* yes | no (y, true, 1 / n, false, 0): written yes or no */
    FIELD_SIGNOFF_STATUS   /* proposed | agreed | rejected: a benefit's sign-off */
} field_kind;

/* Each table's fields, in the order of its columns (tables.c): a row's
 * values are indexed by them. */
typedef enum {
    SAVINGS_FIELD_REF,
    SAVINGS_FIELD_NAME,
    SAVINGS_FIELD_WORKSTREAM,
    SAVINGS_FIELD_COHORT,
    SAVINGS_FIELD_ORIGIN,
    SAVINGS_FIELD_KEY_METRIC,
    SAVINGS_FIELD_OWNER,
    SAVINGS_FIELD_STATUS,
    SAVINGS_FIELD_FY, /* the fields from here are a profile year's */
    SAVINGS_FIELD_TARGET,
    SAVINGS_FIELD_STRETCH,
    SAVINGS_FIELD_FORECAST,
    SAVINGS_FIELD_ACTUAL,
    SAVINGS_FIELD_MEASURE,
    SAVINGS_FIELD_TOTAL,
    SAVINGS_FIELD_BASIS,
    SAVINGS_FIELD_KIND,
    SAVINGS_FIELD_COUNT
} savings_field;
/* A profile year's figures, in measure order (target, stretch, forecast,
 * actual), are the fields from SAVINGS_FIELD_TARGET on. */
#define SAVINGS_MEASURE_FIELDS 4

typedef enum {
    STAFFING_FIELD_AS_AT,
    STAFFING_FIELD_AREA,
    STAFFING_FIELD_ROLE,
    STAFFING_FIELD_ESTABLISHMENT,
    STAFFING_FIELD_VACANCY,
    STAFFING_FIELD_AGENCY,
    STAFFING_FIELD_COUNT
} staffing_field;

typedef enum {
    REVIEWS_FIELD_PERIOD_START,
    REVIEWS_FIELD_TEAM,
    REVIEWS_FIELD_FTE,
    REVIEWS_FIELD_COMPLETED,
    REVIEWS_FIELD_PERIOD_DAYS,
    REVIEWS_FIELD_TARGET_PER_FTE_WEEK,
    REVIEWS_FIELD_BACKLOG,
    REVIEWS_FIELD_CLIENTS,
    REVIEWS_FIELD_REVIEWED_12M,
    REVIEWS_FIELD_COUNT
} reviews_field;

typedef enum {
    RISK_FIELD_REF,
    RISK_FIELD_TITLE,
    RISK_FIELD_LIKELIHOOD,
    RISK_FIELD_IMPACT,
    RISK_FIELD_DESCRIPTION,
    RISK_FIELD_OWNER,
    RISK_FIELD_CATEGORY,
    RISK_FIELD_TARGET_LIKELIHOOD,
    RISK_FIELD_TARGET_IMPACT,
    RISK_FIELD_MITIGATION,
    RISK_FIELD_STATUS,
    RISK_FIELD_LAST_REVIEWED,
    RISK_FIELD_NEXT_REVIEW,
    RISK_FIELD_COUNT
} risk_field;

typedef enum {
    BRIDGE_FIELD_FY,
    BRIDGE_FIELD_SECTION,
    BRIDGE_FIELD_NAME,
    BRIDGE_FIELD_AMOUNT,
    BRIDGE_FIELD_COUNT
} bridge_field;

typedef enum {
    KPI_FIELD_REF,
    KPI_FIELD_NAME,
    KPI_FIELD_UNIT,
    KPI_FIELD_POLARITY,
    KPI_FIELD_BASELINE,
    KPI_FIELD_TARGET,
    KPI_FIELD_UNIT_VALUE,
    KPI_FIELD_SAVING_REF,
    KPI_FIELD_SUSTAIN_PERIODS,
    KPI_FIELD_COUNT
} kpi_field;

typedef enum {
    KPI_VALUE_FIELD_REF,
    KPI_VALUE_FIELD_PERIOD,
    KPI_VALUE_FIELD_VALUE,
    KPI_VALUE_FIELD_COUNT
} kpi_value_field;

typedef enum {
    INVESTMENT_FIELD_REF,
    INVESTMENT_FIELD_KIND,
    INVESTMENT_FIELD_NAME,
    INVESTMENT_FIELD_FTE,
    INVESTMENT_FIELD_GRADE,
    INVESTMENT_FIELD_COST_PA,
    INVESTMENT_FIELD_YEARS,
    INVESTMENT_FIELD_ONE_OFF,
    INVESTMENT_FIELD_TOTAL,
    INVESTMENT_FIELD_COUNT
} investment_field;

/* The RAID log's actions, issues and decisions (raid.h). */
typedef enum {
    ACTION_FIELD_REF,
    ACTION_FIELD_TITLE,
    ACTION_FIELD_OWNER,
    ACTION_FIELD_RAISED_AT, /* the meeting that set it ("PAM 12 Oct 2026") or a date, as written */
    ACTION_FIELD_DUE,
    ACTION_FIELD_STATUS,
    ACTION_FIELD_DONE_ON,
    ACTION_FIELD_LINK, /* a savings line's or a risk's ref, or a workstream's name */
    ACTION_FIELD_NOTE,
    ACTION_FIELD_COUNT
} action_field;

typedef enum {
    ISSUE_FIELD_REF,
    ISSUE_FIELD_TITLE,
    ISSUE_FIELD_SEVERITY,
    ISSUE_FIELD_OWNER,
    ISSUE_FIELD_RAISED,
    ISSUE_FIELD_RESOLVED,
    ISSUE_FIELD_RISK, /* the risk that has happened, by ref */
    ISSUE_FIELD_IMPACT,
    ISSUE_FIELD_NOTE,
    ISSUE_FIELD_COUNT
} issue_field;

typedef enum {
    DECISION_FIELD_REF,
    DECISION_FIELD_DATE,
    DECISION_FIELD_MEETING,
    DECISION_FIELD_DECISION,
    DECISION_FIELD_MADE_BY,
    DECISION_FIELD_LINK,
    DECISION_FIELD_COUNT
} decision_field;

/* The plan's milestones (milestones.h). */
typedef enum {
    MILESTONE_FIELD_REF,
    MILESTONE_FIELD_LINK, /* a workstream's name or a savings line's ref */
    MILESTONE_FIELD_PHASE,
    MILESTONE_FIELD_MILESTONE, /* what is to be reached: its title */
    MILESTONE_FIELD_OWNER,
    MILESTONE_FIELD_BASELINE,
    MILESTONE_FIELD_FORECAST,
    MILESTONE_FIELD_ACTUAL,
    MILESTONE_FIELD_STATUS,
    MILESTONE_FIELD_DEPENDS_ON, /* the refs of the milestones it cannot finish before (finish to start) */
    MILESTONE_FIELD_NOTE,
    MILESTONE_FIELD_COUNT
} milestone_field;

/* Highlight reports (highlights.h): one a workstream a period. */
typedef enum {
    HIGHLIGHT_FIELD_WORKSTREAM,
    HIGHLIGHT_FIELD_PERIOD, /* the month (its first day) or the day it reports on */
    HIGHLIGHT_FIELD_RAG,
    HIGHLIGHT_FIELD_PROGRESS,
    HIGHLIGHT_FIELD_CHALLENGES,
    HIGHLIGHT_FIELD_NEXT_STEPS,
    HIGHLIGHT_FIELD_DECISIONS_NEEDED,
    HIGHLIGHT_FIELD_LEAD, /* who wrote it */
    HIGHLIGHT_FIELD_COUNT
} highlight_field;
/* The project register: workstreams and the projects under them. */
typedef enum {
    WORKSTREAM_FIELD_NAME, /* what a savings line's workstream names */
    WORKSTREAM_FIELD_KIND,
    WORKSTREAM_FIELD_PARENT, /* a project's workstream */
    WORKSTREAM_FIELD_SPONSOR,
    WORKSTREAM_FIELD_DELIVERY_LEAD,
    WORKSTREAM_FIELD_PHASE,
    WORKSTREAM_FIELD_FINANCIAL, /* whether it carries a financial saving */
    WORKSTREAM_FIELD_NOTE,
    WORKSTREAM_FIELD_COUNT
} workstream_field;

/* A savings line's benefit signed off: a line's on a day. */
typedef enum {
    SIGNOFF_FIELD_LINE, /* the savings line's ref */
    SIGNOFF_FIELD_SIGNED_ON,
    SIGNOFF_FIELD_AMOUNT, /* recurrent, a year */
    SIGNOFF_FIELD_STATUS,
    SIGNOFF_FIELD_SIGNED_BY,
    SIGNOFF_FIELD_EVIDENCE, /* a KPI's ref or a document's reference */
    SIGNOFF_FIELD_NOTE,
    SIGNOFF_FIELD_COUNT
} signoff_field;

/* The most fields a table has: arrays of a row's values by field are this long. */
#define TABLE_MAX_FIELDS 20

typedef struct {
    const char *name;
    field_kind kind;
    bool required;
    const char *fallback; /* the value a blank cell takes, or NULL to stay blank */
} field_def;

typedef struct {
    const char *name; /* savings, staffing, reviews, risks, bridge, kpis, kpi_values, investment, actions,
                         issues, decisions, milestones, highlights, workstreams, signoffs */
    const field_def *fields;
    size_t nfields;
    const char *key;  /* what identifies a row, for messages: "ref", "as_at + area + role" */
    int keys[3];      /* the key's fields, -1 after the last */
    const char *noun; /* a row, in messages: "savings line" */
    /* Asking whether to delete a row: the fields that name it ("ASC-07
     * Homecare hours"; -1: its key), and what goes with it ("profile year",
     * counted: "with its 3 profile years"; "score history"), or NULL. */
    int named_by[2];
    const char *goes_with;
    bool goes_counted;
    /* What its files carry: money, so that an unknown column of money is not
     * dropped without a word; declared totals (or printed percentages, as
     * staffing's) that import checks against the rows. */
    bool money_files;
    bool declared_totals;
} table_def;

/* A parsed value.  text points into the parsed input (text kinds) or to a
 * static canonical name (choice kinds); number holds everything else. */
typedef struct {
    bool blank;
    int64_t number;
    const char *text;
} field_value;

/* How money cells are read: --unit and --negate. */
typedef struct {
    money unit; /* 1, 1000 or 1000000 for cells written without k/m */
    bool negate;
} money_options;

typedef enum {
    TABLE_DEF_SAVINGS,
    TABLE_DEF_STAFFING,
    TABLE_DEF_REVIEWS,
    TABLE_DEF_RISKS,
    TABLE_DEF_BRIDGE,
    TABLE_DEF_KPIS,
    TABLE_DEF_KPI_VALUES,
    TABLE_DEF_INVESTMENT,
    TABLE_DEF_ACTIONS,
    TABLE_DEF_ISSUES,
    TABLE_DEF_DECISIONS,
    TABLE_DEF_MILESTONES,
    TABLE_DEF_HIGHLIGHTS,
    TABLE_DEF_WORKSTREAMS,
    TABLE_DEF_SIGNOFFS
} table_id;
#define TABLE_DEF_COUNT 15

const table_def *table_def_get(table_id table);
/* By name ("savings" ...); NULL when unknown. */
const table_def *table_def_find(const char *name, table_id *id);
/* "savings, staffing, ...": every table's name, for messages. */
const char *table_def_names(void);
/* The index of a field by name, or -1. */
int table_field_index(const table_def *table, const char *name);

/* Parse text (already trimmed of surrounding spaces) as field f.  A blank
 * optional field takes its fallback, or gives blank = true when it has none
 * (blank money is MONEY_UNKNOWN); a blank required field is an error.
 * Returns false with *why set when the text is not a value of the field. */
bool field_parse(const field_def *f, const char *text, const money_options *money_reading, field_value *out,
                 const char **why);

/* The rules a row's fields keep together, values indexed by the table's
 * fields: a risk's likelihood and impact are both given or both blank (an
 * unscored risk), and its next review is not before its last; an action's
 * done_on is given only when it is done; an issue is not resolved before it
 * was raised; a milestone's actual is given only when it is done; a
 * project names its workstream and a workstream names none; a benefit
 * signed off is not negative.  False with *field, the field to fix, and
 * *why.
 */
bool table_row_check(table_id table, const field_value *values, int *field, const char **why);

/* Write a value as export writes it and import reads it back: money as plain
 * pounds, FTE and rates with two decimals, dates ISO, FYs as 2024/25. */
size_t field_format(const field_def *f, const field_value *value, char *buf, size_t size);

/* True when two values of field f are the same, compared whole. */
bool field_values_equal(const field_def *f, const field_value *a, const field_value *b);

/* Kinds whose value is text (free text, keys and named choices), and kinds
 * whose value is a number as JSON writes it (dates and FYs are neither). */
bool field_kind_is_text(field_kind kind);
bool field_kind_is_number(field_kind kind);
/* A value JSON writes as a number: one of a number kind, except a calendar
 * month's period, which is written "month". */
bool field_value_is_number(const field_def *f, const field_value *value);

/* "Ref", "establishment FTE" etc. match their field whatever their case,
 * spaces and punctuation. */
bool field_heading_matches(const field_def *f, const char *heading);
/* The field of the table a tracker's heading names ("Due Date" an action's
 * due), or -1: one field at most for each heading. */
int tracker_heading_field(table_id table, const char *heading);

/* Trim ASCII spaces and tabs from both ends of s, in place; returns s. */
char *field_trim(char *s);

#endif
