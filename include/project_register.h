/* project_register.h - the programme's project register and its benefits
 * sign-off (SPEC §4.8).
 *
 * The register holds the workstreams and the projects under them (Somerset's
 * sponsors and delivery leads, Rotherham's area owners), each in a phase of
 * the plan, some carrying no financial saving (a practice or a digital
 * project).  A savings line's benefit is signed off: an amount of its
 * recurrent saving a year, by whom, on what evidence, proposed, agreed or
 * rejected.  A line may be signed off many times, its history kept; the one
 * that counts is its latest agreed.  The contingent fee is payable on the
 * benefit so signed off, as the contract reads.  Money is whole pounds.
 * No I/O.
 */
#ifndef ASSURE_PROJECT_REGISTER_H
#define ASSURE_PROJECT_REGISTER_H

#include <stdbool.h>
#include <stddef.h>

#include "calendar.h"
#include "figures.h"
#include "milestones.h"

typedef enum { REGISTER_WORKSTREAM, REGISTER_PROJECT, REGISTER_KIND_COUNT } register_kind;

typedef enum { SIGNOFF_PROPOSED, SIGNOFF_AGREED, SIGNOFF_REJECTED, SIGNOFF_STATUS_COUNT } signoff_status;

typedef struct {
    const char *name, *parent, *sponsor, *delivery_lead, *note;
    register_kind kind;
    bool has_phase;
    milestone_phase phase;
    bool financial; /* it carries a financial saving */
} workstream_row;

typedef struct {
    const char *line, *signed_by, *evidence, *note;
    calendar_date signed_on;
    money amount; /* pounds a year, recurrent */
    signoff_status status;
} signoff_row;

const char *register_kind_name(register_kind kind); /* "workstream", "project" */
bool register_kind_parse(const char *text, register_kind *out);
const char *signoff_status_name(signoff_status status); /* "proposed", "agreed", "rejected" */
bool signoff_status_parse(const char *text, signoff_status *out);
/* yes, y, true, 1 / no, n, false, 0, whatever the case */
bool yes_no_parse(const char *text, bool *out);

/* A line's sign-off that counts: its latest agreed on or before as_at (the
 * latest signed_on; rows in any order), or NULL when none is. */
const signoff_row *signoff_latest_agreed(const signoff_row *rows, size_t n, const char *line,
                                         calendar_date as_at);

/* The benefit signed off: the amounts of each line's latest agreed sign-off
 * on or before as_at, summed; 0 when none is agreed.  Rows come with each
 * line's together, as a signoffs_set holds them (by line, then signed_on).
 * *lines (when not NULL): how many lines have one. */
money signoffs_agreed_total(const signoff_row *rows, size_t n, calendar_date as_at, size_t *lines);

/* The index of the workstream or project called name (whatever its case), or -1. */
long register_find(const workstream_row *rows, size_t n, const char *name);

#endif
