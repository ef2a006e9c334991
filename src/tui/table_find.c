/* table_find.c - finding in a table's rows without filtering them, folding a
 * group to its subtotal, and what the mouse touched as the last draw put it. */
#include <string.h>

#include "table.h"
#include "text.h"

bool table_folded(const table *t, int group)
{
    for (size_t i = 0; i < t->ncollapsed; i++)
        if (t->collapsed[i] == group)
            return true;
    return false;
}

bool table_fold(table *t, int group, bool collapse)
{
    bool has_subtotal = false;
    for (size_t r = 0; r < t->nrows && !has_subtotal; r++)
        has_subtotal = t->rows[r].kind == ROW_SUBTOTAL && t->rows[r].group == group;
    if (!has_subtotal)
        return false;
    if (!collapse) {
        for (size_t i = 0; i < t->ncollapsed; i++)
            if (t->collapsed[i] == group)
                t->collapsed[i--] = t->collapsed[--t->ncollapsed];
        return true;
    }
    if (table_folded(t, group))
        return true;
    if (t->ncollapsed == TABLE_COLLAPSED_MAX)
        return false;
    t->collapsed[t->ncollapsed++] = group;
    return true;
}

bool table_find(table *t, const char *text, int direction, bool from_here)
{
    if (t->norder == 0 || text[0] == '\0')
        return false;
    size_t n = t->norder, at = t->selected < n ? t->selected : 0;
    for (size_t step = from_here ? 0 : 1; step <= n; step++) {
        size_t position = direction > 0 ? (at + step) % n : (at + n - step % n) % n;
        const table_row *r = &t->rows[t->order[position]];
        for (size_t f = 0; f < t->nfields; f++)
            if (text_contains(r->cells[f].text, text)) {
                t->selected = position;
                return true;
            }
    }
    return false;
}

int table_heading_at(const table *t, int y, int x)
{
    if (y != t->drawn.y)
        return -1;
    for (int c = 0; c < LAYOUT_MAX_COLUMNS; c++)
        if (t->drawn.to[c] > t->drawn.from[c] && x >= t->drawn.from[c] && x < t->drawn.to[c])
            return c;
    return -1;
}

bool table_row_at(const table *t, int y, size_t *position)
{
    int line = y - t->drawn.y - 1;
    size_t scrollable = t->drawn.pinned ? t->norder - 1 : t->norder;
    if (line < 0 || line > t->drawn.rows || t->norder == 0)
        return false;
    if (line == t->drawn.rows) { /* the pinned total, or nothing */
        *position = t->norder - 1;
        return t->drawn.pinned;
    }
    *position = t->top + (size_t)line;
    return *position < scrollable;
}
