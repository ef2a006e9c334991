/* registry.c - the panels, declared once in PANEL_REGISTRY (panel.h): their
 * ops, their tabs and views, and the digits their layouts give them. */
#include <stdio.h>
#include <string.h>

#include "panel.h"

#define PANEL_AS_ENTRY(id, ops, parent, opened_by) [VIEW_##id] = {&ops, VIEW_##parent, opened_by},
static const panel_entry registry[VIEW_COUNT] = {PANEL_REGISTRY(PANEL_AS_ENTRY)};
#undef PANEL_AS_ENTRY

/* --start and [display] start name the panels with tabs by panel_id. */
_Static_assert(VIEW_OVERVIEW == (int)PANEL_OVERVIEW && VIEW_SAVINGS == (int)PANEL_SAVINGS &&
                   VIEW_STAFFING == (int)PANEL_STAFFING && VIEW_REVIEWS == (int)PANEL_REVIEWS &&
                   VIEW_RISKS == (int)PANEL_RISKS && VIEW_ACTIONS == (int)PANEL_ACTIONS &&
                   VIEW_PLAN == (int)PANEL_PLAN,
               "the registry's first panels are panel_id's, in its order");
_Static_assert(VIEW_COUNT <= 32, "a key binding's panels are bits of an unsigned");

const panel_entry *panel_entry_of(int id)
{
    return &registry[id];
}

int panel_top(int id)
{
    while (registry[id].parent != VIEW_NONE)
        id = registry[id].parent;
    return id;
}

int panel_tabs(void)
{
    int n = 0;
    for (int i = 0; i < VIEW_COUNT; i++)
        n += registry[i].parent == VIEW_NONE;
    return n;
}

int panel_tab(int n)
{
    for (int i = 0; i < VIEW_COUNT; i++)
        if (registry[i].parent == VIEW_NONE && n-- == 0)
            return i;
    return VIEW_NONE;
}

int panel_step(int id, int step)
{
    int tabs = panel_tabs(), top = panel_top(id), n = 0;
    while (panel_tab(n) != top)
        n++;
    return panel_tab(((n + step) % tabs + tabs) % tabs);
}

int panel_opened_by(action what)
{
    for (int i = 0; i < VIEW_COUNT; i++)
        if (what != ACTION_NONE && registry[i].opened_by == what)
            return i;
    return VIEW_NONE;
}

assure_status panels_load(panel *panels, assure_error *err)
{
    for (int i = 0; i < VIEW_COUNT; i++) {
        panel *p = &panels[i];
        memset(p, 0, sizeof *p);
        p->ops = registry[i].ops;
        assure_status status = layout_load(p->ops->name, p->ops->fields, p->ops->nfields, &p->layout, err);
        if (status != ASSURE_OK)
            return status;
        if (p->ops->init != NULL && !p->ops->init(p))
            return error_set(err, ASSURE_DATA, "out of memory");
        table_init(&p->table, p->ops->nfields);
        for (size_t c = 0; c < p->layout.ncolumns; c++)
            if (p->layout.columns[c].field == p->layout.sort_field)
                p->table.sort_column = (int)c;
        p->table.descending = p->layout.sort_descending;
    }
    /* A view's digit is its parent's; two tabs cannot share one. */
    for (int i = 0; i < VIEW_COUNT; i++) {
        if (registry[i].parent != VIEW_NONE)
            continue;
        for (int j = 0; j < i; j++)
            if (registry[j].parent == VIEW_NONE && panels[j].layout.key == panels[i].layout.key)
                return error_set(err, ASSURE_USAGE,
                                 "%s:%d: [panel] key = %d is the %s panel's key too (%s): each panel needs a "
                                 "digit of its own",
                                 panels[i].layout.path, panels[i].layout.key_line, panels[i].layout.key,
                                 panels[j].layout.title, panels[j].layout.path);
    }
    return ASSURE_OK;
}

void panels_free(panel *panels)
{
    for (int i = 0; i < VIEW_COUNT; i++) {
        panel *p = &panels[i];
        table_free(&p->table);
        if (p->ops != NULL && p->ops->fini != NULL)
            p->ops->fini(p);
    }
}

int panels_by_digit(const panel *panels, int digit)
{
    for (int i = 0; i < VIEW_COUNT; i++)
        if (registry[i].parent == VIEW_NONE && panels[i].layout.key == digit)
            return i;
    return VIEW_NONE;
}

void panels_digits(const panel *panels, keys_digits *out)
{
    /* the digits in order, runs written 1-5 */
    size_t n = 0;
    out->label[0] = '\0';
    for (int digit = 1; digit <= 9; digit++) {
        if (panels_by_digit(panels, digit) == VIEW_NONE || panels_by_digit(panels, digit - 1) != VIEW_NONE)
            continue;
        int last = digit;
        while (last < 9 && panels_by_digit(panels, last + 1) != VIEW_NONE)
            last++;
        if (last == digit)
            n += (size_t)snprintf(out->label + n, sizeof out->label - n, "%s%d", n > 0 ? " " : "", digit);
        else
            n += (size_t)snprintf(out->label + n, sizeof out->label - n, "%s%d-%d", n > 0 ? " " : "", digit,
                                  last);
        if (n >= sizeof out->label)
            break;
    }
    /* the panels in the order of their tabs */
    n = (size_t)snprintf(out->help, sizeof out->help, "switch panel:");
    for (int t = 0; t < panel_tabs() && n < sizeof out->help; t++) {
        const panel *p = &panels[panel_tab(t)];
        n += (size_t)snprintf(out->help + n, sizeof out->help - n, "%s %d %s", t > 0 ? "," : "",
                              p->layout.key, p->layout.title);
    }
}
