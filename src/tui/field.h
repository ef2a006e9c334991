/* field.h - one line of text being edited, in a form or on the bottom line:
 * the usual line-editing keys, a visible cursor, and the text scrolled
 * sideways so that the cursor is always in sight.
 *
 * Text is UTF-8: the cursor moves a character at a time, and widths are
 * screen columns.  A value the field is opened with is shown selected:
 * typing replaces it, until the cursor moves.
 */
#ifndef ASSURE_TUI_FIELD_H
#define ASSURE_TUI_FIELD_H

#include <stdbool.h>
#include <stddef.h>

#include "theme.h"

#define FIELD_EDIT_MAX 1024

typedef struct {
    char text[FIELD_EDIT_MAX];
    size_t size;     /* bytes the text may take, with its NUL: at most FIELD_EDIT_MAX */
    size_t cursor;   /* a byte offset, at the start of a character (or the end) */
    size_t first;    /* the first byte shown: the text scrolls sideways */
    bool selected;   /* the value as found, all of it: typing replaces it */
    char partial[4]; /* the bytes of a character still arriving */
    size_t npartial;
} field_edit;

typedef enum { FIELD_EDIT_IGNORED, FIELD_EDIT_MOVED, FIELD_EDIT_CHANGED } field_edit_outcome;

/* Start editing text (cut to size bytes, between characters); selected: the
 * value is shown selected, for typing to replace. */
void field_edit_set(field_edit *e, const char *text, size_t size, bool selected);
/* A key: a character typed (a byte of UTF-8 at a time, as terminals send
 * them), Left, Right, Home, End, Ctrl-A, Ctrl-E, Backspace, Delete, Ctrl-U
 * (clear to the start), Ctrl-W (the word before), Ctrl-K (to the end).
 * FIELD_EDIT_IGNORED for any other key, for the caller to use. */
field_edit_outcome field_edit_key(field_edit *e, int key);
/* Draw it at y, x in width columns: the text in attr, the cursor (when
 * focused) and a selected value in attr reversed; an ellipsis where the text
 * goes on beyond the box. */
void field_edit_draw(field_edit *e, const theme *t, int y, int x, int width, attr_t attr, bool focused);

#endif
