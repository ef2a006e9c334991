/* table.c - the table widget every list panel draws with: rows of cells,
 * sorted and filtered, scrolled, with columns dropped by priority when the
 * terminal is narrow and widened to use a large screen's room; a group's
 * subtotal shown above its lines as its header. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "array.h"
#include "text.h"
#include "tui_internal.h"

void table_init(table *t, size_t nfields)
{
    memset(t, 0, sizeof *t);
    t->nfields = nfields;
    t->sort_column = -1;
    t->only_field = -1;
}

void table_clear(table *t)
{
    /* Which row was selected, to select it again when rows are built anew. */
    if (t->norder > 0 && t->selected < t->norder) {
        const table_row *r = &t->rows[t->order[t->selected]];
        t->kept = (table_row){.kind = r->kind, .group = r->group, .source = r->source};
        t->has_kept = true;
    }
    for (size_t r = 0; r < t->nrows; r++)
        free(t->rows[r].cells);
    t->nrows = 0;
    t->hidden = 0;
    pool_free(t->strings);
    t->strings = NULL;
    t->norder = 0;
}

void table_free(table *t)
{
    table_clear(t);
    free(t->rows);
    free(t->order);
    t->rows = NULL;
    t->order = NULL;
    t->capacity = 0;
}

table_row *table_add(table *t, row_kind kind, int group, size_t source)
{
    table_row *grown = array_grow(t->rows, &t->capacity, t->nrows + 1, sizeof *grown);
    if (grown == NULL)
        return NULL;
    t->rows = grown;
    size_t n = t->nfields > 0 ? t->nfields : 1;
    cell *cells = calloc(1, n * sizeof *cells + n); /* the cells, then their looks */
    if (cells == NULL)
        return NULL;
    table_row *r = &t->rows[t->nrows++];
    r->cells = cells;
    r->look = (unsigned char *)(cells + n);
    r->kind = kind;
    r->group = group;
    r->source = source;
    r->marked = false;
    r->title = NULL;
    r->lines = 0;
    for (size_t f = 0; f < t->nfields; f++)
        cells[f].text = "";
    return r;
}

void table_set(table *t, size_t field, const char *text, int64_t sort, bool numeric, element colour)
{
    if (t->nrows == 0 || field >= t->nfields)
        return;
    table_row *r = &t->rows[t->nrows - 1];
    cell *c = &r->cells[field];
    const char *copy = pool_copy(&t->strings, text != NULL ? text : "");
    c->text = copy != NULL ? copy : "(out of memory)"; /* never a blank that passes for the value */
    c->sort = sort;
    r->look[field] = (unsigned char)((unsigned)colour | (numeric ? CELL_NUMERIC : 0u));
}

void table_title(table *t, const char *title)
{
    if (t->nrows == 0 || t->rows[t->nrows - 1].kind != ROW_SUBTOTAL)
        return;
    const char *copy = pool_copy(&t->strings, title != NULL ? title : "");
    t->rows[t->nrows - 1].title = copy != NULL ? copy : "(out of memory)";
}

/* The table being sorted (qsort has no context argument). */
static const table *sorting;
static int sorting_field;

static int compare_rows(const void *a, const void *b)
{
    const table_row *x = &sorting->rows[*(const size_t *)a], *y = &sorting->rows[*(const size_t *)b];
    if ((x->kind == ROW_TOTAL) != (y->kind == ROW_TOTAL))
        return x->kind == ROW_TOTAL ? 1 : -1;
    if (x->group != y->group)
        return x->group < y->group ? -1 : 1;
    if ((x->kind == ROW_SUBTOTAL) != (y->kind == ROW_SUBTOTAL)) {
        /* a header above its group's lines, a subtotal below them */
        bool header = (x->kind == ROW_SUBTOTAL ? x : y)->title != NULL;
        return (x->kind == ROW_SUBTOTAL) == header ? -1 : 1;
    }
    int c = 0;
    if (sorting_field >= 0) {
        const cell *cx = &x->cells[sorting_field], *cy = &y->cells[sorting_field];
        if ((x->look[sorting_field] & CELL_NUMERIC) && (y->look[sorting_field] & CELL_NUMERIC))
            c = (cx->sort > cy->sort) - (cx->sort < cy->sort);
        else
            c = strcasecmp(cx->text, cy->text);
        if (sorting->descending)
            c = -c;
    }
    if (c == 0) /* otherwise the order they were built in */
        c = (*(const size_t *)a > *(const size_t *)b) - (*(const size_t *)a < *(const size_t *)b);
    return c;
}

bool table_row_matches(const table *t, const table_row *r)
{
    if (t->only_field >= 0 && r->kind == ROW_LINE && (size_t)t->only_field < t->nfields &&
        strcmp(r->cells[t->only_field].text != NULL ? r->cells[t->only_field].text : "", t->only) != 0)
        return false;
    if (t->filter[0] == '\0' || r->kind != ROW_LINE)
        return true;
    for (size_t f = 0; f < t->nfields; f++)
        if (text_contains(r->cells[f].text, t->filter))
            return true;
    return false;
}

void table_arrange(table *t, const panel_layout *layout)
{
    /* Remember what was selected, to keep it selected. */
    bool had = t->norder > 0 && t->selected < t->norder;
    table_row was = had ? t->rows[t->order[t->selected]] : (table_row){0};
    if (!had && t->has_kept) { /* the rows were built anew: the one selected before */
        had = true;
        was = t->kept;
    }
    t->has_kept = false;
    size_t *order = realloc(t->order, (t->nrows > 0 ? t->nrows : 1) * sizeof *order);
    if (order == NULL)
        return;
    t->order = order;
    t->norder = 0;
    for (size_t r = 0; r < t->nrows; r++)
        if (table_row_matches(t, &t->rows[r]) &&
            !(t->rows[r].kind == ROW_LINE && t->ncollapsed > 0 && table_folded(t, t->rows[r].group)))
            order[t->norder++] = r;
    sorting = t;
    sorting_field = t->sort_column >= 0 && (size_t)t->sort_column < layout->ncolumns
                        ? layout->columns[t->sort_column].field
                        : -1;
    qsort(order, t->norder, sizeof *order, compare_rows);
    /* A header counts its group's lines the filter lets through, folded or not. */
    for (size_t i = 0; i < t->norder; i++) {
        table_row *h = &t->rows[order[i]];
        if (h->title == NULL)
            continue;
        h->lines = 0;
        for (size_t r = 0; r < t->nrows; r++)
            h->lines += t->rows[r].kind == ROW_LINE && t->rows[r].group == h->group &&
                        table_row_matches(t, &t->rows[r]);
    }
    t->selected = 0;
    for (size_t i = 0; had && i < t->norder; i++) {
        const table_row *r = &t->rows[order[i]];
        if (r->kind == was.kind && r->source == was.source && r->group == was.group) {
            t->selected = i;
            break;
        }
    }
    if (t->top > t->selected)
        t->top = t->selected;
}

const table_row *table_selected(const table *t)
{
    return t->norder > 0 && t->selected < t->norder ? &t->rows[t->order[t->selected]] : NULL;
}

int table_height_for(const table *t, int room)
{
    size_t needed = t->norder + 2;
    return needed < (size_t)(room > 0 ? room : 0) ? (int)needed : room;
}

bool table_move(table *t, int delta)
{
    if (t->norder == 0)
        return false;
    long target = (long)t->selected + delta;
    if (target < 0)
        target = 0;
    if (target >= (long)t->norder)
        target = (long)t->norder - 1;
    bool moved = (size_t)target != t->selected;
    t->selected = (size_t)target;
    return moved;
}

void table_home(table *t)
{
    t->selected = 0;
}

void table_end(table *t)
{
    t->selected = t->norder > 0 ? t->norder - 1 : 0;
}

/* True when no row shown has text in the layout's column c, or the panel
 * says it tells nothing here. */
static bool column_blank(const table *t, const panel_layout *layout, size_t c)
{
    int field = layout->columns[c].field;
    if (field >= 0 && field < 32 && (t->hidden & (1u << field)) != 0)
        return true;
    for (size_t i = 0; i < t->norder; i++)
        if (t->rows[t->order[i]].cells[field].text[0] != '\0')
            return false;
    return t->norder > 0;
}

/* Which columns fit in width, and how wide each is drawn.  A column blank
 * on every row shown goes first; then the least important (the highest
 * priority number, the rightmost of equal ones), at the layout's widths,
 * one space between.  When even the columns of priority 1 (what a row is,
 * and its headline figures) do not fit, their names shorten (to 8) before
 * any of them goes.  Room to spare goes to the widest left-aligned column
 * (a name), and a last column too wide is cut to the width. */
static void fit_columns(const table *t, const panel_layout *layout, int width, bool *shown, int *widths)
{
    text_fit_column fit[LAYOUT_MAX_COLUMNS];
    size_t n = layout->ncolumns, kept[LAYOUT_MAX_COLUMNS], nkept = 0;
    size_t room = width > 0 ? (size_t)width : 0;
    for (size_t c = 0; c < n; c++) {
        shown[c] = false;
        widths[c] = 0;
        if (!column_blank(t, layout, c) && !(c >= 1 && (int)c <= t->hscroll))
            kept[nkept++] = c;
    }
    for (size_t k = 0; k < nkept; k++) {
        const layout_column *l = &layout->columns[kept[k]];
        /* the column sorted by stays as long as the identifying ones */
        int priority = t->sort_column == (int)kept[k] && l->priority > 1 ? 1 : l->priority;
        fit[k] = (text_fit_column){
            .width = l->width > 0 ? (size_t)l->width : 0, .priority = priority, .right = l->right};
        /* the sort column is wide enough for its whole heading and the arrow */
        size_t marked = text_width(l->heading) + 1;
        if (t->sort_column == (int)kept[k] && fit[k].width < marked)
            fit[k].width = marked;
    }
    text_fit(fit, nkept, room, &(text_fit_rule){.gap = 1, .spread = true, .squeeze = true});
    bool headline_lost = false;
    for (size_t k = 0; k < nkept; k++)
        headline_lost = headline_lost || (!fit[k].shown && layout->columns[kept[k]].priority <= 1);
    if (headline_lost) {
        /* the columns of priority 1 alone, their names shortened to fit */
        size_t m = 0;
        for (size_t k = 0; k < nkept; k++) {
            const layout_column *l = &layout->columns[kept[k]];
            if (l->priority > 1 && t->sort_column != (int)kept[k])
                continue;
            kept[m] = kept[k];
            size_t marked = text_width(l->heading) + 1, wanted = l->width > 0 ? (size_t)l->width : 0;
            if (t->sort_column == (int)kept[k] && wanted < marked)
                wanted = marked;
            fit[m++] =
                (text_fit_column){.width = wanted, .priority = 1, .flexible = !l->right, .right = l->right};
        }
        nkept = m;
        text_fit(fit, nkept, room,
                 &(text_fit_rule){.gap = 1, .shortest = 8, .spread = true, .squeeze = true});
    }
    for (size_t k = 0; k < nkept; k++) {
        shown[kept[k]] = fit[k].shown;
        widths[kept[k]] = (int)fit[k].width;
    }
}

/* The columns a header's title is drawn over, from the first shown: those
 * of the table's title fields and those empty on the row, as far as the
 * first that holds a figure; their width, gaps and all, and the last. */
static int header_room(const table *t, const panel_layout *layout, const table_row *r, const bool *shown,
                       const int *widths, size_t *last)
{
    int room = 0, at = 0;
    for (size_t c = 0; c < layout->ncolumns; c++) {
        if (!shown[c])
            continue;
        int field = layout->columns[c].field;
        bool over = field >= 0 && field < 32 && (t->title_fields & (1u << field)) != 0;
        if (!over && r->cells[field].text[0] != '\0')
            break;
        room = at + widths[c];
        at = room + 1;
        *last = c;
    }
    return room;
}

/* A header: its fold mark, its group's name and how many lines it has,
 * "▾ All Adults  5 lines"; the count left out before the name is cut. */
static void draw_header(const table *t, const theme *th, const table_row *r, int y, int x, int room,
                        attr_t attr)
{
    char text[320];
    const char *mark = t->ncollapsed > 0 && table_folded(t, r->group) ? th->closed : th->open;
    const char *one = t->line_noun[0] != NULL ? t->line_noun[0] : "line";
    const char *many = t->line_noun[1] != NULL ? t->line_noun[1] : "lines";
    snprintf(text, sizeof text, "%s %s  %zu %s", mark, r->title, r->lines, r->lines == 1 ? one : many);
    if (text_columns(text) > room)
        snprintf(text, sizeof text, "%s %s", mark, r->title);
    draw_text(th, y, x, room, text, attr, false);
}

void table_draw(table *t, const theme *th, const panel_layout *layout, int y, int x, int height, int width,
                bool focused)
{
    if (height < 2 || width < 4)
        return;
    bool shown[LAYOUT_MAX_COLUMNS];
    int widths[LAYOUT_MAX_COLUMNS];
    fit_columns(t, layout, width, shown, widths);
    t->shown = 0;
    for (size_t c = 0; c < layout->ncolumns; c++)
        t->shown |= shown[c] ? 1u << c : 0u;
    /* The heading, with the sort column marked. */
    int cx = x;
    t->drawn.y = y;
    t->drawn.rows = 0;
    t->drawn.pinned = false;
    attr_t heading = theme_attr(th, E_TITLE);
    move(y, x);
    attron(heading);
    printw("%*s", width, "");
    attroff(heading);
    for (size_t c = 0; c < layout->ncolumns; c++) {
        if (!shown[c])
            continue;
        char text[80];
        const char *name = layout->columns[c].heading;
        if (t->sort_column != (int)c) {
            snprintf(text, sizeof text, "%s", name);
        } else {
            /* the column is widened for the arrow; cut only when it is the last and too wide */
            size_t keep = text_bytes_for_width(name, widths[c] > 1 ? (size_t)widths[c] - 1 : 0);
            snprintf(text, sizeof text, "%.*s%s", (int)keep, name, t->descending ? th->down : th->up);
        }
        draw_text(th, y, cx, widths[c], text, heading, layout->columns[c].right);
        t->drawn.from[c] = cx;
        t->drawn.to[c] = cx + widths[c];
        cx += widths[c] + 1;
    }
    for (size_t c = 0; c < layout->ncolumns; c++)
        if (!shown[c])
            t->drawn.from[c] = t->drawn.to[c] = 0;
    int rows = height - 1;
    /* A total row stays in sight at the foot, whatever is scrolled. */
    bool pinned = t->norder > (size_t)rows && rows > 2 && t->rows[t->order[t->norder - 1]].kind == ROW_TOTAL;
    size_t scrollable = pinned ? t->norder - 1 : t->norder;
    if (pinned)
        rows--;
    t->page = rows;
    t->drawn.rows = rows;
    t->drawn.pinned = pinned;
    if (t->selected < t->top)
        t->top = t->selected;
    if (t->selected >= t->top + (size_t)rows && !(pinned && t->selected == t->norder - 1))
        t->top = t->selected - (size_t)rows + 1;
    if (t->norder == 0) {
        draw_text(th, y + 1, x, width,
                  t->filter[0] ? "No rows match the filter (Esc clears it)." : "No rows.",
                  theme_attr(th, E_DIM), false);
        return;
    }
    if (pinned && t->selected == t->norder - 1 && t->selected >= t->top + (size_t)rows)
        t->top = scrollable > (size_t)rows ? scrollable - (size_t)rows : 0;
    for (int i = 0; i <= rows; i++) {
        size_t position = t->top + (size_t)i;
        if (i == rows) {
            if (!pinned)
                break;
            position = t->norder - 1;
        } else if (position >= scrollable) {
            continue;
        }
        const table_row *r = &t->rows[t->order[position]];
        bool selected = focused && position == t->selected;
        attr_t base = r->kind != ROW_LINE || r->marked ? theme_attr(th, E_TOTAL) : A_NORMAL;
        if (selected)
            base |= A_REVERSE;
        cx = x;
        move(y + 1 + i, x);
        attron(base);
        printw("%*s", width, "");
        attroff(base);
        for (size_t c = 0; c < layout->ncolumns; c++) {
            if (!shown[c])
                continue;
            if (cx == x && r->title != NULL) { /* a header: its group named over the columns it fills */
                size_t last = c;
                int room = header_room(t, layout, r, shown, widths, &last);
                if (room > 0) {
                    draw_header(t, th, r, y + 1 + i, cx, room, base);
                    cx += room + 1;
                    c = last;
                    continue;
                }
            }
            const cell *k = &r->cells[layout->columns[c].field];
            element colour = (element)(r->look[layout->columns[c].field] & ~CELL_NUMERIC);
            attr_t attr = base;
            if (colour != E_NORMAL)
                attr = theme_attr(th, colour) | (selected ? A_REVERSE : 0);
            /* a folded group's subtotal is marked + in its first, empty, column */
            bool folded = cx == x && r->kind == ROW_SUBTOTAL && (k->text == NULL || k->text[0] == '\0') &&
                          t->ncollapsed > 0 && table_folded(t, r->group);
            draw_text(th, y + 1 + i, cx, widths[c], folded ? "+" : k->text, attr, layout->columns[c].right);
            cx += widths[c] + 1;
        }
    }
}
