/* layout.h - a panel's columns, title and digit, read from screens/NAME.ini. */
#ifndef ASSURE_TUI_LAYOUT_H
#define ASSURE_TUI_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "view.h"

/* A panel's fields are its view's columns: the name layouts use, the
 * default heading, the help, and figures aligned right. */
typedef view_column field_spec;

#define LAYOUT_MAX_COLUMNS 24

typedef struct {
    int field; /* index into the panel's field registry */
    char heading[48];
    int width;
    bool right;
    int priority;
} layout_column;

typedef struct {
    char title[48];
    char tab[48]; /* the shorter name a tab may show ([panel] tab; the title when not given) */
    int key;        /* the digit that selects it */
    int key_line;   /* the line of its file that gives the digit */
    int sort_field; /* -1 for the panel's natural order */
    bool sort_descending;
    layout_column columns[LAYOUT_MAX_COLUMNS];
    size_t ncolumns;
    char path[1024]; /* the file it came from */
} panel_layout;

/* Load the layout of panel `name` whose fields are `fields`, from the first
 * of: the user's ~/.config/assure/screens, the screens folder beside the
 * program, the installed share/assure/screens.  Errors name FILE:LINE and
 * the known fields. */
assure_status layout_load(const char *name, const field_spec *fields, size_t nfields, panel_layout *out,
                          assure_error *err);

#endif
