/* keys.h - the one table of key bindings: named actions, each with its keys,
 * the panels it applies to, and its words for the key bar and the help
 * screen, so that what a key does and what the screen says never disagree. */
#ifndef ASSURE_TUI_KEYS_H
#define ASSURE_TUI_KEYS_H

#include <stdbool.h>

#include "theme.h"

typedef enum {
    ACTION_NONE,
    ACTION_QUIT,
    ACTION_HELP,
    ACTION_PANEL, /* a digit: the panel whose screens/NAME.ini gives it */
    ACTION_NEXT_PANEL,
    ACTION_PREVIOUS_PANEL,
    ACTION_UP,
    ACTION_DOWN,
    ACTION_LEFT,
    ACTION_RIGHT,
    ACTION_PAGE_UP,
    ACTION_PAGE_DOWN,
    ACTION_HOME,
    ACTION_END,
    ACTION_DETAIL,
    ACTION_BACK, /* Esc: a filter cleared, or back from a view */
    ACTION_FILTER,
    ACTION_SORT,
    ACTION_SORT_REVERSE,
    ACTION_FIND,          /* look for text in the rows, choosing the first that has it */
    ACTION_FIND_NEXT,     /* the next row that has it */
    ACTION_FIND_PREVIOUS, /* the one before */
    ACTION_SORT_LEFT,     /* sort by the column left of the one sorted by */
    ACTION_SORT_RIGHT,    /* ... or right of it */
    ACTION_RELOAD,
    ACTION_REPAINT,
    ACTION_MEETING,
    ACTION_EXPORT,
    ACTION_ADD,
    ACTION_EDIT,
    ACTION_DELETE,
    ACTION_REVIEW,
    ACTION_SNAPSHOT,
    /* views of a panel, opened by the registry's opened_by (panel.h) */
    ACTION_BRIDGE,
    ACTION_KPIS,
    ACTION_KPI_VALUES,
    ACTION_COSTS,
    /* panels' own actions, handled by their action() */
    ACTION_GROUP,    /* savings, staffing, reviews: the next grouping */
    ACTION_FOLD,     /* the chosen row's group shown by its subtotal alone */
    ACTION_UNFOLD,   /* ... or its lines shown again */
    ACTION_EARLIER,  /* staffing: the snapshot date before; overview: the snapshot before */
    ACTION_LATER,    /* ... and after */
    ACTION_HEAT_MAP, /* risks: into or out of the heat map */
    ACTION_CLOSED,   /* risks: closed risks shown too, or not; actions: done and dropped too */
    ACTION_TARGET,   /* risks: the heat map of target scores, or of current */
    ACTION_RAID_VIEW,      /* actions: the next of actions, issues, decisions */
    ACTION_MINE,           /* actions: only the login's own, or everyone's */
    ACTION_OVERDUE,        /* actions: only the overdue, or all */
    ACTION_BEFORE_MEETING, /* actions: only those due before the next meeting, or all */
    ACTION_FOLLOW,         /* actions, issues, decisions: the linked savings line or risk, on its panel */
    ACTION_TIMELINE,       /* plan: the time-line, or the table */
    ACTION_WORKSTREAM      /* plan: the next workstream's milestones only, round to all */
} action;

#define KEYS_PER_BINDING 9

typedef struct {
    action action;
    int keys[KEYS_PER_BINDING];
    const char *label; /* as the key bar and help show the key: "/" (NULL: the digits, keys_digits) */
    const char *does;  /* short, for the key bar: "Filter" */
    const char *help;  /* long, for the help screen; NULL for a key the line before describes */
    unsigned panels;   /* panels it applies to (bit per panel); 0 for all */
    int bar_priority;  /* 0: not in the key bar; 1 first to stay */
    bool edits;        /* changes data: hidden and refused when read-only */
} binding;

/* What the digits select, as the panels' layouts give them: "1-5", and
 * "switch panel: 1 Overview, 2 Savings, ...". */
typedef struct {
    char label[32];
    char help[400];
} keys_digits;

const binding *keys_bindings(size_t *count);
/* How a binding shows its key, and what the help says of it. */
const char *keys_label(const binding *b, const keys_digits *digits);
const char *keys_help(const binding *b, const keys_digits *digits);
/* The action bound to key in panel (index), or ACTION_NONE; editing
 * actions are ACTION_NONE when read_only. */
action keys_action(int key, int panel_index, bool read_only);
/* The first binding of key on any panel, read-only or not, or NULL: to say
 * why a key does nothing where it was pressed. */
const binding *keys_binding_anywhere(int key);
/* Draw the key bar for the panel on line y. */
void keys_draw_bar(const theme *t, int y, int width, int panel_index, bool read_only,
                   const keys_digits *digits);

#endif
