/* table.h - the table widget: rows of cells that it sorts, filters, scrolls
 * and draws in a layout's columns; and the lines of a detail view. */
#ifndef ASSURE_TUI_TABLE_H
#define ASSURE_TUI_TABLE_H

#include <stdbool.h>
#include <stdint.h>

#include "layout.h"
#include "records.h"
#include "theme.h"

typedef struct {
    const char *text;
    int64_t sort; /* the value sorted by, for a numeric cell */
} cell;

typedef enum { ROW_LINE, ROW_SUBTOTAL, ROW_TOTAL } row_kind;

/* A cell's colour (an element) and, in the top bit, whether it sorts by
 * number: kept apart from the cells, a byte each, as a large panel has
 * hundreds of thousands of cells. */
#define CELL_NUMERIC 0x80u

typedef struct {
    cell *cells;         /* one per field of the panel's registry */
    unsigned char *look; /* one per field: its element, and CELL_NUMERIC */
    row_kind kind;
    int group;         /* rows of a group stay together, its subtotal last (or first, as its header) */
    size_t source;     /* what the row shows, for the detail view */
    bool marked;       /* drawn bold: a hot spot, an overdue risk */
    const char *title; /* a subtotal's group named in full: the subtotal is the group's header row */
    size_t lines;      /* a header's lines that the filter lets through, folded or not */
} table_row;

#define TABLE_COLLAPSED_MAX 64

typedef struct {
    size_t nfields;
    table_row *rows;
    size_t nrows, capacity;
    string_pool *strings;
    size_t *order; /* rows shown, sorted and filtered */
    size_t norder;
    size_t selected, top; /* positions in order */
    int sort_column;      /* index into the layout's columns, or -1 */
    bool descending;
    char filter[96];
    char built_filter[96]; /* the filter the rows were built for (a panel whose totals follow it) */
    uint32_t hidden;       /* fields (1 << field) whose columns say nothing here: dropped as if blank */
    int only_field;        /* with only: rows whose cell in this field is exactly only (-1: all) */
    char only[160];
    int page;                           /* rows the last draw could show */
    unsigned shown;                     /* the layout's columns the last draw showed, a bit each */
    int collapsed[TABLE_COLLAPSED_MAX]; /* groups shown by their subtotal alone */
    size_t ncollapsed;
    int hscroll;              /* the layout's columns after the first left out, scrolled sideways */
    uint32_t title_fields;    /* fields (1 << field) a header's title is drawn over, whatever they hold */
    const char *line_noun[2]; /* what a header counts, one and many ("line", "lines"): NULL says lines */
    struct {                  /* where the last draw put things, for the mouse */
        int y, rows;          /* the heading's line; the lines of rows below it */
        bool pinned;          /* a total row on the line after them */
        int from[LAYOUT_MAX_COLUMNS],
            to[LAYOUT_MAX_COLUMNS]; /* each column's screen columns; to 0 when not shown */
    } drawn;
    table_row kept; /* the row selected when the rows were cleared (its kind, group, source) */
    bool has_kept;
} table;

void table_init(table *t, size_t nfields);
void table_clear(table *t);
/* Let the rows go (also for a panel no longer shown): its sort, filter,
 * selection and scroll stay for when they are built again. */
void table_free(table *t);
table_row *table_add(table *t, row_kind kind, int group, size_t source);
/* Set a cell of the last row added (text is copied and made safe). */
void table_set(table *t, size_t field, const char *text, int64_t sort, bool numeric, element colour);
/* Make the last row added, a subtotal, its group's header: shown above the
 * group's lines, named title in full over the fields of title_fields (and
 * any empty columns after the first), with the number of its lines. */
void table_title(table *t, const char *title);
/* Sort and filter after rows change; keeps the selection on the same source when it can. */
void table_arrange(table *t, const panel_layout *layout);
/* Draw in the box; the selected row reversed when focused. */
void table_draw(table *t, const theme *th, const panel_layout *layout, int y, int x, int height, int width,
                bool focused);
/* The lines the table needs in at most room: its heading, its rows and a
 * blank line after them; a chart drawn below starts there, not at the foot. */
int table_height_for(const table *t, int room);
/* Movement: up, down, page, home, end.  True when the selection moved. */
bool table_move(table *t, int delta);
void table_home(table *t);
void table_end(table *t);
/* True when the row is one the filter (and the only-field) lets through. */
bool table_row_matches(const table *t, const table_row *r);
/* What the mouse touched at (y, x), as the last draw put it: the layout's
 * column whose heading it is (-1 none), or the position in the rows shown
 * (false when no row is there). */
int table_heading_at(const table *t, int y, int x);
bool table_row_at(const table *t, int y, size_t *position);
/* A group's lines hidden behind its subtotal (collapse), or shown again;
 * false when there is no group to fold (no subtotal, or too many folded).
 * The totals stay those of every line. */
bool table_fold(table *t, int group, bool collapse);
bool table_folded(const table *t, int group);
/* Choose the next row (direction 1) or the one before (-1) whose cells hold
 * text, from the one chosen (itself too when from_here), round the end;
 * false when no row holds it. */
bool table_find(table *t, const char *text, int direction, bool from_here);
/* The selected row, or NULL. */
const table_row *table_selected(const table *t);

/* ---- detail view lines ---- */

typedef struct {
    char **lines;
    size_t count, capacity;
} text_lines;

void lines_add(text_lines *l, const char *format, ...) __attribute__((format(printf, 2, 3)));
void lines_free(text_lines *l);
/* "  Label          text..." wrapped at width, continuation lines indented
 * under the text (label padded to label_width). */
void lines_wrap(text_lines *l, const char *label, int label_width, const char *text, int width);
/* Wrap every line wider than width columns at its spaces, the lines after
 * its first indented under its text: nothing is cut. */
void lines_fit(text_lines *l, int width);

#endif
