/* form_internal.h - a form's fields and stages, shared by form.c (filling,
 * checking, saving, drawing) and form_trouble.c (what a save that cannot go
 * through shows: the file gone from under it, or someone else's save). */
#ifndef ASSURE_TUI_FORM_INTERNAL_H
#define ASSURE_TUI_FORM_INTERNAL_H

#include "field.h"
#include "tui_internal.h"

#define FORM_MAX_FIELDS 160

typedef struct {
    const field_def *def;
    char label[64];
    field_edit edit;              /* its text, as typed */
    char initial[FIELD_EDIT_MAX]; /* as the form opened: changed, or not */
    char error[160];
    bool locked;
    bool too_long; /* longer than the form can hold: shown, kept as stored */
    int field;     /* index into the table's fields */
    int year;      /* -1: the row itself; else a profile row (savings) */
} form_field;

/* STAGE_MOVED: the database file went from under the form; STAGE_DISCARD: Esc asks first. */
typedef enum { STAGE_EDIT, STAGE_CONFIRM, STAGE_CONFLICT, STAGE_MOVED, STAGE_DISCARD } form_stage;

struct form {
    form_kind kind;
    table_id table;
    char title[200];
    form_field fields[FORM_MAX_FIELDS];
    size_t nfields;
    size_t focus, top;
    size_t nyears; /* profile rows in the form, new ones included */
    edit_record before, theirs;
    form_stage stage;
    char message[1024];
    const milestones_set *plan; /* a milestone's: the plan its depends_on must keep whole */
};

/* The record the form holds now; false (with the form's message set) when a
 * field does not parse. */
bool form_to_record(form *f, edit_record *out);
/* The database file went from under the form: what happened, what to do; its keys. */
void form_draw_moved(form *f, tui_state *s);
form_result form_moved_key(form *f, tui_state *s, int key);
/* What differs between the row as the form found it and as it is now stored. */
void form_conflict_lines(form *f, text_lines *out);

#endif
