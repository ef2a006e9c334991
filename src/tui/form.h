/* form.h - the form that adds, edits or reviews one row, checking each field
 * as it is typed. */
#ifndef ASSURE_TUI_FORM_H
#define ASSURE_TUI_FORM_H

#include "fields.h"
#include "store.h"

typedef struct tui_state tui_state;
typedef struct form form;
typedef enum { FORM_RECORD, FORM_REVIEW } form_kind;
typedef enum { FORM_OPEN, FORM_SAVED, FORM_ABANDONED } form_result;

/* A form for the row keyed by key (key->exists false: a new row, key's
 * values its defaults); NULL with err on failure. */
form *form_open(tui_state *s, form_kind kind, table_id table, const edit_record *key, const char *title,
                assure_error *err);
void form_draw(form *f, tui_state *s);
form_result form_key(form *f, tui_state *s, int key);
/* Say something on the form's status line (a wait, as it goes). */
void form_say(form *f, const char *message);
void form_free(form *f);

#endif
