/* highlights.h - highlight reports (SPEC §4.8): for each workstream and
 * period, its lead's RAG and the words a programme board reads beside the
 * figures, as Rotherham's improvement plan writes them: progress so far,
 * challenges, next steps, and the decisions it needs.  One a workstream a
 * period; the history is kept, and the latest is what is shown.  No I/O.
 */
#ifndef ASSURE_HIGHLIGHTS_H
#define ASSURE_HIGHLIGHTS_H

#include <stdbool.h>
#include <stddef.h>

#include "calendar.h"
#include "rag.h"

typedef struct {
    const char *workstream; /* as savings lines name it */
    calendar_date period;   /* the month (its first day) or the day it reports on */
    rag rating;             /* RAG_RED, RAG_AMBER, RAG_GREEN, or RAG_NONE when not rated */
    const char *progress, *challenges, *next_steps, *decisions_needed;
    const char *lead; /* who wrote it */
} highlight;

/* A lead's RAG as trackers write it: "red", "Amber", "G" ... (whatever the
 * case); false for anything else (blue and grey rate savings, not work). */
bool highlight_rag_parse(const char *text, rag *out);

/* The latest highlight of each workstream: rows must be in workstream then
 * period order (as the store reads them), workstreams compared whatever
 * their case.  The index of each workstream's last row written to latest
 * (room for count), in workstream order; returns how many. */
size_t highlights_latest(const highlight *rows, size_t count, size_t *latest);

/* The index of the latest highlight of one workstream (whatever its case),
 * or -1 when it has none; rows ordered as for highlights_latest. */
long highlights_latest_of(const highlight *rows, size_t count, const char *workstream);

/* The latest period of any highlight, false when there are none. */
bool highlights_latest_period(const highlight *rows, size_t count, calendar_date *out);

/* A tracker's line-level words gathered into a workstream's: text added to
 * what is there (*joined, of room size), as "REF: text", separated by "; ";
 * nothing added when text is blank or the same words of the same ref are
 * there already (a long-form tracker repeats them each year).  False when
 * there is no room. */
bool highlight_join(char *joined, size_t size, const char *ref, const char *text);

/* The worse of two ratings: red over amber over green over none. */
rag highlight_rag_worse(rag a, rag b);

#endif
