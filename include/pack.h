/* pack.h - the Project Assurance Meeting's pack (SPEC §4.7) as data: the
 * headlines and their changes since the last meeting, the exceptions, the
 * slipped milestones, the overdue actions and those raised and done since,
 * the decisions since, the risks whose score moved, and each workstream's
 * highlights.  Each section is a title, a line of summary and rows of
 * cells, every cell written once for people and once for programs, so that
 * `assure report pack` (Markdown, text, JSON) and meeting mode show the
 * same pack.  An empty section keeps its place and says so.  No I/O.
 */
#ifndef ASSURE_PACK_H
#define ASSURE_PACK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "calendar.h"
#include "exceptions.h"
#include "overview.h"
#include "rag.h"
#include "records.h"

/* The sections, in the order the meeting takes them. */
typedef enum {
    PACK_HEADLINES,       /* the headlines, and each one's change since the snapshot */
    PACK_EXCEPTIONS,      /* exceptions.h's list, worst first */
    PACK_MILESTONES,      /* not yet met and slipped against baseline, or a predecessor slipped past */
    PACK_ACTIONS_OVERDUE, /* open and past due */
    PACK_ACTIONS_NEW,     /* raised at the snapshot's meeting or since */
    PACK_ACTIONS_DONE,    /* done on or after the snapshot's date */
    PACK_DECISIONS,       /* made on or after the snapshot's date */
    PACK_RISKS,           /* open risks whose score differs from their score at the snapshot */
    PACK_HIGHLIGHTS,      /* each workstream's latest highlight report */
    PACK_SECTION_COUNT
} pack_section_id;

/* How a cell is written for programs (JSON). */
typedef enum { PACK_STRING, PACK_NUMBER, PACK_BOOL } pack_type;

typedef struct {
    const char *key;     /* JSON key, snake_case; NULL: for people only */
    const char *heading; /* for people; NULL: for programs only */
    pack_type type;
    bool right;     /* a figure, right-aligned */
    int importance; /* 1 most; a narrow page drops the highest first */
    bool flexible;  /* free text that may be shortened (titles, names) */
} pack_column;

typedef struct {
    const char *text; /* for people: £1,986,000, 2026-11-20, RED */
    const char *data; /* for programs: 1986000, 2026-11-20, red; "" is null */
    rag rating;       /* the colour people see it in; RAG_NONE: none */
} pack_cell;

typedef struct {
    pack_section_id id;
    const char *key;     /* JSON: "headlines", "slipped_milestones" ... */
    const char *title;   /* Headlines and changes since PAM 9 Nov 2026 */
    const char *summary; /* one or two sentences; an empty section's says so */
    const pack_column *columns;
    size_t ncolumns;
    pack_cell *cells; /* nrows rows of ncolumns cells */
    size_t nrows, room;
    pack_column *own_columns; /* columns whose headings name the snapshot; freed with the pack */
} pack_section;

typedef struct {
    const char *title; /* Adult Social Care Transformation: meeting pack, 2026-11-29 */
    bool has_since;
    const char *since_label; /* the snapshot compared with, and its meeting's day (ISO) */
    char since_date[11];
    const char *since_attendees; /* "" when not recorded */
    char as_at[11];
    pack_section sections[PACK_SECTION_COUNT];
    string_pool *strings;
} pack;

/* A meeting held: a snapshot's label and the day it was taken.  Actions
 * raised "at" one are dated by it. */
typedef struct {
    const char *label;
    calendar_date date;    /* the meeting's day */
    const char *attendees; /* "A; B"; NULL or "" when not recorded */
} pack_meeting;

/* A milestone as the snapshot compared with kept it: the day it was due. */
typedef milestone_due_then pack_due_then;

/* Everything the pack is made from, loaded by its caller. */
typedef struct {
    const char *programme_name;
    calendar_date today;
    const exception_sources *figures; /* the sets, the overview, the settings and today */
    const actions_set *actions;
    const decisions_set *decisions;
    const milestones_set *milestones;
    const risk_history_set *risk_history; /* every review, by ref then date */
    const highlights_set *highlights;     /* by workstream then period; NULL: none held */
    const pack_meeting *meetings;         /* the snapshots held, to date actions raised at one */
    size_t nmeetings;
    bool has_since; /* the snapshot compared with */
    pack_meeting since;
    const bool *since_known;               /* [HEADLINE_COUNT]: the snapshot kept a value for it */
    const int64_t *since_value;            /* [HEADLINE_COUNT] */
    const pack_due_then *since_milestones; /* what the snapshot kept of the plan; none: not kept */
    size_t nsince_milestones;
    headline_style style; /* money and changes for people */
    bool long_dates;      /* people read 20 Nov 2026 (screens), else ISO (reports) */
} pack_sources;

/* Build the pack; false when memory ran out (nothing is left to free). */
bool pack_build(const pack_sources *sources, pack *out);
void pack_free(pack *p);

/* The cell in row r, column c of a section. */
const pack_cell *pack_cell_at(const pack_section *section, size_t r, size_t c);

/* The day an action was raised, from its raised_at: a date (ISO or UK), a
 * meeting held (a snapshot's label), or text ending in a date as committee
 * papers write it ("PAM 12 Oct 2026").  False when none of these. */
bool pack_raised_on(const char *raised_at, const pack_meeting *meetings, size_t nmeetings,
                    calendar_date *out);

/* An open risk's score at a date: that of its last review on or before it
 * (history by ref, then date); 0 when it had none by then. */
int pack_score_on(const risk_history_set *history, const char *ref, calendar_date date);

#endif
