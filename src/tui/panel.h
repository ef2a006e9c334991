/* panel.h - the panels: what each offers (panel_ops), what each holds, and
 * the one registry that declares them.
 *
 * A table panel builds rows of cells from the domain's figures; the table
 * widget sorts, filters, scrolls and draws them in the columns its
 * screens/NAME.ini names.  A key reaches a panel as a named action (keys.h);
 * the panel says what became of it (a reaction), and the dashboard does the
 * rest.  What only one panel needs it keeps behind its own pointer.
 */
#ifndef ASSURE_TUI_PANEL_H
#define ASSURE_TUI_PANEL_H

#include <stdbool.h>
#include <stddef.h>

#include "config.h"
#include "keys.h"
#include "layout.h"
#include "overview.h"
#include "store.h"
#include "table.h"

typedef struct tui_state tui_state;
typedef struct panel panel;

/* What a panel's action() made of an action: a set of these bits. */
typedef unsigned reaction;
enum {
    REACT_NONE = 0,            /* not the panel's: the dashboard's own meaning follows */
    REACT_REDRAW = 1u << 0,    /* taken; drawing again shows what it changed */
    REACT_REBUILD = 1u << 1,   /* taken; the panel's rows are to be built again */
    REACT_FIRST_ROW = 1u << 2, /* taken; after building, the first row is selected */
    REACT_RELOAD = 1u << 3     /* taken; the data is to be read again (another snapshot to compare with) */
};

typedef struct {
    const char *name; /* overview, savings ... (and its screens/NAME.ini) */
    const field_spec *fields;
    size_t nfields;
    /* Set up what only this panel holds (p->own); false when out of memory. */
    bool (*init)(panel *p);
    /* Let it go. */
    void (*fini)(panel *p);
    /* (Re)build the panel's rows from the data. */
    void (*build)(panel *p, tui_state *s);
    /* Draw the body (the table and any chart) in the box. */
    void (*draw)(panel *p, tui_state *s, int y, int x, int height, int width);
    /* An action offered to the panel first (a focused heat map takes the
     * arrows); REACT_NONE leaves it to the dashboard. */
    reaction (*action)(panel *p, tui_state *s, action what);
    /* A press of the mouse at (y, x) on the panel's body, offered first (a
     * heat map's cell, an exception); REACT_NONE leaves it to the table. */
    reaction (*click)(panel *p, tui_state *s, int y, int x);
    /* A view opened from its parent (from: the panel it was opened from). */
    void (*open)(panel *p, tui_state *s, const panel *from);
    /* The detail of a row: every field, its history. */
    void (*detail)(panel *p, tui_state *s, const table_row *row, text_lines *out);
    /* What the help says of the panel's marks and symbols, after its columns (NULL: nothing). */
    void (*help)(panel *p, tui_state *s, text_lines *out);
    /* A line for the header: what the panel shows ("as at 20 Nov 2026"). */
    void (*caption)(panel *p, tui_state *s, char *buf, size_t size);
    /* The table its rows are edited in, or -1 (the Overview). */
    int table;
    /* The key of a row for editing (false for a total), or with row NULL the
     * defaults of a new one. */
    bool (*record)(panel *p, tui_state *s, const table_row *row, edit_record *out);
} panel_ops;

struct panel {
    const panel_ops *ops;
    panel_layout layout;
    table table;
    int grouping; /* the panel's own: savings grouping, staffing grouping ... */
    int option;   /* the panel's own: staffing date index, risks closed shown ... */
    void *own;    /* what only this panel holds, made by its init() */
    bool stale;   /* its rows are of older data: build before showing */
};

/* ---- the registry ---- */

/* Every panel, once: X(ID, ops, PARENT, opened_by).  A panel whose parent is
 * NONE has a tab, in this order, and the digit its screens/NAME.ini gives it;
 * a view is opened from its parent (or a sibling) by the action opened_by,
 * lights its parent's tab, and Esc goes back to the parent.  The first seven
 * are panel_id's, in its order (--start, [display] start).  Issues and
 * decisions are the Actions panel's views, which v goes round. */
#define PANEL_REGISTRY(X)                                                                                    \
    X(OVERVIEW, overview_panel, NONE, ACTION_NONE)                                                           \
    X(SAVINGS, savings_panel, NONE, ACTION_NONE)                                                             \
    X(STAFFING, staffing_panel, NONE, ACTION_NONE)                                                           \
    X(REVIEWS, reviews_panel, NONE, ACTION_NONE)                                                             \
    X(RISKS, risks_panel, NONE, ACTION_NONE)                                                                 \
    X(ACTIONS, actions_panel, NONE, ACTION_NONE)                                                             \
    X(PLAN, plan_panel, NONE, ACTION_NONE)                                                                   \
    X(BRIDGE, bridge_panel, SAVINGS, ACTION_BRIDGE)                                                          \
    X(KPIS, kpis_panel, SAVINGS, ACTION_KPIS)                                                                \
    X(KPI_VALUES, kpi_values_panel, KPIS, ACTION_KPI_VALUES)                                                 \
    X(INVESTMENT, investment_panel, SAVINGS, ACTION_COSTS)                                                   \
    X(ISSUES, issues_panel, ACTIONS, ACTION_NONE)                                                            \
    X(DECISIONS, decisions_panel, ACTIONS, ACTION_NONE)

#define PANEL_AS_ID(id, ops, parent, opened_by) VIEW_##id,
typedef enum { VIEW_NONE = -1, PANEL_REGISTRY(PANEL_AS_ID) VIEW_COUNT } view_id;
#undef PANEL_AS_ID

#define PANEL_AS_EXTERN(id, ops, parent, opened_by) extern const panel_ops ops;
PANEL_REGISTRY(PANEL_AS_EXTERN)
#undef PANEL_AS_EXTERN

/* A bit per panel, for the panels a key binding applies to. */
#define PANEL_BIT(p) (1u << (p))
#define PANEL_AS_VIEW_BIT(id, ops, parent, opened_by)                                                        \
    | (VIEW_##parent != VIEW_NONE ? PANEL_BIT(VIEW_##id) : 0u)
/* The views: every panel with a parent. */
#define PANEL_VIEWS (0u PANEL_REGISTRY(PANEL_AS_VIEW_BIT))

typedef struct {
    const panel_ops *ops;
    view_id parent;   /* VIEW_NONE for a panel with a tab */
    action opened_by; /* the action that opens a view, from its parent */
} panel_entry;

/* The registry's entry for panel id (0 to VIEW_COUNT - 1). */
const panel_entry *panel_entry_of(int id);
/* The panel with a tab that id is, or is a view of. */
int panel_top(int id);
/* The panel with a tab `step` tabs after (or before) id's, round. */
int panel_step(int id, int step);
/* How many panels have tabs, and the n-th of them. */
int panel_tabs(void);
int panel_tab(int n);
/* The view an action opens, or VIEW_NONE. */
int panel_opened_by(action what);

/* Set up every panel: its ops, its layout (from screens/NAME.ini), its own
 * state.  Two tabs may not share a digit: the error names the file and line. */
assure_status panels_load(panel *panels, assure_error *err);
void panels_free(panel *panels);
/* The digits as the layouts give them, for the key bar and the help. */
void panels_digits(const panel *panels, keys_digits *out);
/* The panel with a tab that digit selects, or VIEW_NONE. */
int panels_by_digit(const panel *panels, int digit);

/* ---- what panels share (panel.c) ---- */

/* Draw a panel's standard table and return the rows it used. */
int panel_draw_table(panel *p, tui_state *s, int y, int x, int height, int width);
/* Append the audit history of a row to a detail view. */
void panel_detail_audit(tui_state *s, const char *table, const char *key, text_lines *out);
/* Show panel view with the row whose cell in field is text chosen (and in
 * field2 text2, when not NULL), no filter hiding it; false when no such row
 * is shown there.  text NULL: the panel alone. */
bool panel_show_row(tui_state *s, int view, size_t field, const char *text, size_t field2, const char *text2);
/* Mark every value of a record blank: a new row's defaults start from this. */
void record_blank(edit_record *out, table_id which);
/* "3.00" to "3", "1.30" to "1.3": a decimal without the zeros that say nothing. */
/* Money for screens: £1.2m, £150k; "" when unknown. */
void screen_money(char *buf, size_t size, money value);
/* The same with a + before a rise: +£2.7m. */
void screen_money_signed(char *buf, size_t size, money value);
/* The change of headline h since the snapshot, as "▼-£182k worse", and its judgement. */
change_judgement headline_change(const tui_state *s, headline h, char *buf, size_t size);
/* How screens write headlines: short money, arrows as the theme draws them. */
headline_style screen_headline_style(const tui_state *s);

#endif
