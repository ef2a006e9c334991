/* mouse.c - the mouse: a press on a tab opens its panel, on a heading sorts
 * by that column (again: the other way), on a row chooses it (again: its
 * detail); the wheel scrolls three lines.  A panel may take a press first
 * (its heat map, its exceptions).  Everything the mouse does, a key does
 * too. */
#include "mouse.h"

#include "frame.h"
#include "tui_internal.h"

#define WHEEL_LINES 3

static void wheel(tui_state *s, int direction)
{
    panel *p = &s->panels[s->current];
    for (int i = 0; i < WHEEL_LINES; i++) {
        if (s->mode == MODE_HELP || s->mode == MODE_DETAIL)
            frame_lines_key(s, direction < 0 ? KEY_UP : KEY_DOWN);
        else if (p->ops->action != NULL &&
                 p->ops->action(p, s, direction < 0 ? ACTION_UP : ACTION_DOWN) != REACT_NONE)
            continue; /* the panel's own scrolling (the Overview's page) */
        else
            table_move(&p->table, direction);
    }
}

static void sort_by(tui_state *s, panel *p, int column)
{
    if (p->table.sort_column == column) {
        p->table.descending = !p->table.descending;
    } else {
        p->table.sort_column = column;
        p->table.descending = false;
    }
    table_arrange(&p->table, &p->layout);
    tui_say(s, 3, "Sorted by %s, %s", p->layout.columns[column].heading,
            p->table.descending ? "high to low" : "low to high");
}

static void press(tui_state *s, int y, int x)
{
    if (y == 1) { /* the tabs */
        for (int t = 0; t < s->ntabs; t++)
            if (x >= s->tabs[t].from && x < s->tabs[t].to) {
                s->current = s->tabs[t].panel;
                return;
            }
        return;
    }
    panel *p = &s->panels[s->current];
    reaction r = p->ops->click != NULL ? p->ops->click(p, s, y, x) : REACT_NONE;
    if (r != REACT_NONE) {
        tui_react(s, &s->panels[s->current], r);
        return;
    }
    int column = table_heading_at(&p->table, y, x);
    if (column >= 0) {
        sort_by(s, p, column);
        return;
    }
    size_t position;
    if (!table_row_at(&p->table, y, &position))
        return;
    if (position == p->table.selected)
        frame_open_detail(s); /* a second press on the chosen row opens it, as Enter does */
    else
        p->table.selected = position;
}

void mouse_event(tui_state *s)
{
    MEVENT event;
    if (getmouse(&event) != OK)
        return;
    if (event.bstate & BUTTON4_PRESSED)
        wheel(s, -1);
    else if (event.bstate & BUTTON5_PRESSED)
        wheel(s, 1);
    else if ((event.bstate & BUTTON1_PRESSED) && (s->mode == MODE_PANEL))
        press(s, event.y, event.x);
}
