/* state.h - the dashboard's state, passed to everything that draws or acts,
 * and what the loop (tui.c) offers the rest. */
#ifndef ASSURE_TUI_STATE_H
#define ASSURE_TUI_STATE_H

#include <stdbool.h>
#include <time.h>

#include "data.h"
#include "field.h"
#include "form.h"
#include "keys.h"
#include "panel.h"
#include "theme.h"
#include "tui.h"

typedef enum {
    MODE_PANEL,
    MODE_HELP,
    MODE_DETAIL,
    MODE_FILTER,
    MODE_EXPORT,
    MODE_MEETING,
    MODE_FORM,
    MODE_CONFIRM_DELETE,
    MODE_SNAPSHOT,
    MODE_FIND
} mode;

/* Where the last drawing put a tab, for the mouse. */
typedef struct {
    int from, to; /* its screen columns */
    int panel;
} tab_hit;

struct tui_state {
    const tui_options *options;
    long long wake_at_ms; /* a drawing put off (the Savings chart while keys come fast): draw again then */
    long long filter_typed_ms; /* when the filter being typed last changed (a monotonic clock's ms) */
    bool filter_running;       /* and that change came hard on the one before: a run of keys */
    const assure_config *cfg;
    theme theme;
    tui_data data;
    bool data_ok;
    char problem[512];
    panel panels[VIEW_COUNT];
    keys_digits digits; /* what the digits select, for the key bar and help */
    int current;
    int shown; /* the panel whose rows are held: the one drawn last */
    mode mode;
    text_lines detail;
    size_t detail_top;
    char filter_edit[96];
    field_edit line; /* the filter or the snapshot label, as it is typed */
    char status[512];
    time_t status_until;
    time_t meeting_switched;
    int meeting_step;    /* the pages of big headlines first, then each panel */
    bool meeting_paused; /* the cycle stopped on a step until Space */
    long long data_version;
    char loaded_at[16]; /* when the data was last read: 18:42:05 */
    form *form;
    edit_record pending;   /* the row a delete asks about */
    char prompt[400];      /* the question being asked, or the label being typed */
    char prompt_note[600]; /* why what was typed could not be used, said beside it */
    int since_choice;      /* the snapshot compared with: -1 the latest, else its index */
    char find[96];         /* the text looked for: f, then . and , for the next and previous */
    tab_hit tabs[VIEW_COUNT];
    int ntabs;
    store_file_state file; /* the database file: still the one opened, or replaced or removed */
};

/* Say something on the status line for a few seconds. */
void tui_say(tui_state *s, int seconds, const char *format, ...) __attribute__((format(printf, 3, 4)));
/* Is the database file still the one opened?  When it is not, say so until
 * it is opened again; returns its state. */
store_file_state tui_check_file(tui_state *s);
/* Open the file now at the database's path in place of the one that was
 * replaced, and read it; false (and said why) when it cannot be. */
bool tui_reopen(tui_state *s);
/* The database server's connection lost: try to connect again (at most
 * every 2 s); on success the data is read again and the notice goes. */
void tui_reconnect(tui_state *s);
/* The monotonic clock, in milliseconds. */
long long tui_now_ms(void);
/* Whether a panel whose totals follow its filter should build its rows
 * again now: the filter differs from the one built for, and is not being
 * typed in a run of keys (then the rows filter as typed, and the totals
 * follow once the keys pause; the loop is woken for it). */
bool tui_filter_due(tui_state *s, const panel *p);
/* Read the data again (after a save, or when someone else has saved). */
void tui_reload(tui_state *s, bool by_request);
/* Build the panel's rows if the data has changed since it last did. */
void tui_build_if_stale(tui_state *s, panel *p);
/* What a panel's action left to do (reaction, panel.h): read the data
 * again, build its rows again, choose the first row. */
void tui_react(tui_state *s, panel *p, reaction r);

#endif
