/* tui.c - the dashboard's loop: it waits for a key with a timeout, turns
 * the key into a named action (keys.c), offers it to the panel shown, and
 * does what is left: moving, switching panels and views, and the prompts.
 *
 * A timeout polls PRAGMA data_version and reads the data again only when
 * another connection has committed.  Signals set a flag (terminal.c); the
 * loop ends and the terminal is restored.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "calendar.h"
#include "frame.h"
#include "input.h"
#include "meeting.h"
#include "mouse.h"
#include "prompts.h"
#include "terminal.h"

void tui_say(tui_state *s, int seconds, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    vsnprintf(s->status, sizeof s->status, format, args);
    va_end(args);
    s->status_until = time(NULL) + seconds;
}

void tui_build_if_stale(tui_state *s, panel *p)
{
    if (p->stale && p->ops->build != NULL)
        p->ops->build(p, s);
    p->stale = false;
}

/* New data: each panel builds its rows when next shown, the one shown now
 * at once (a panel nobody looks at costs nothing). */
static void build_all(tui_state *s)
{
    for (int i = 0; i < VIEW_COUNT; i++)
        s->panels[i].stale = true;
    tui_build_if_stale(s, &s->panels[s->current]);
}

/* Read the data again; keep the old copy if reading fails. */
void tui_reload(tui_state *s, bool by_request)
{
    tui_data fresh;
    assure_error err = {""};
    if (data_load(s->options->store, s->cfg, config_today(s->cfg), s->since_choice, &fresh, &err) !=
        ASSURE_OK) {
        tui_say(s, 10, "Could not read the database: %s", err.message);
        return;
    }
    data_free(&s->data);
    s->data = fresh;
    build_all(s);
    s->data_version = s->data.version;
    time_t now = time(NULL);
    struct tm local;
    localtime_r(&now, &local);
    strftime(s->loaded_at, sizeof s->loaded_at, "%H:%M:%S", &local);
    if (by_request)
        tui_say(s, 3, "Reloaded");
}

store_file_state tui_check_file(tui_state *s)
{
    store_file_state now = store_file_check(s->options->store);
    if (now == STORE_FILE_SAME && s->file == STORE_CONNECTION_LOST) { /* a save connected again */
        s->file = STORE_FILE_SAME;
        tui_say(s, 5, "Connected to the database server again");
    } else if (now != STORE_FILE_SAME && now != s->file) {
        s->file = now;
        char notice[4400];
        frame_file_notice(s, notice, sizeof notice);
        tui_say(s, 10, "%s", notice + 1);
    }
    return now;
}

long long tui_now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

#define FILTER_PAUSE_MS 200 /* after a run of filter keys, the totals follow */

bool tui_filter_due(tui_state *s, const panel *p)
{
    if (strcmp(p->table.filter, p->table.built_filter) == 0)
        return false;
    if (s->mode == MODE_FILTER && s->filter_running) {
        long long left = s->filter_typed_ms + FILTER_PAUSE_MS - tui_now_ms();
        if (left > 0) {
            s->wake_at_ms = s->filter_typed_ms + FILTER_PAUSE_MS;
            return false;
        }
    }
    return true;
}

/* A lost connection to the database server: try again, quietly, at most
 * every few seconds; the notice stays until one succeeds. */
void tui_reconnect(tui_state *s)
{
    static time_t last;
    time_t now = time(NULL);
    if (now - last < 2)
        return;
    last = now;
    store_open_report report;
    assure_error err = {""};
    if (store_reopen(s->options->store, &report, &err) != ASSURE_OK)
        return;
    s->file = STORE_FILE_SAME;
    tui_reload(s, false);
    tui_say(s, 5, "Connected to the database server again; the data is read afresh");
}

bool tui_reopen(tui_state *s)
{
    store_open_report report;
    assure_error err = {""};
    if (store_reopen(s->options->store, &report, &err) != ASSURE_OK) {
        tui_say(s, 10, "Cannot open it: %s", err.message);
        return false;
    }
    bool reconnected = s->file == STORE_CONNECTION_LOST;
    s->file = STORE_FILE_SAME;
    tui_reload(s, false);
    if (reconnected)
        tui_say(s, 5, "Connected to the database server again; the data is read afresh");
    else if (report.migrated)
        tui_say(s, 10,
                "Opened the file now at %s (upgraded from schema version %d; the old file is kept as %s)",
                store_path(s->options->store), report.found_version, report.backup);
    else
        tui_say(s, 5, "Opened the file now at %s", store_path(s->options->store));
    return true;
}

/* While a save waits for a colleague's write: say who and how long, on the
 * form or the status line; Esc stops waiting (nothing is written). */
static bool show_wait(void *context, const char *holder, int waited, int most)
{
    tui_state *s = context;
    char message[600];
    snprintf(message, sizeof message,
             "Waiting for the database: %.300s is writing to it (%d s of up to %d; Esc stops)",
             holder[0] != '\0' ? holder : "another user", waited, most);
    if (s->mode == MODE_FORM && s->form != NULL)
        form_say(s->form, message);
    else
        tui_say(s, 2, "%s", message);
    frame_draw(s);
    timeout(0);
    int key;
    bool stop = false;
    while ((key = getch()) != ERR)
        stop = stop || key == 27;
    return !stop;
}

/* What the panel's action left to do: the data read again, its rows built
 * again, the first row selected. */
void tui_react(tui_state *s, panel *p, reaction r)
{
    if (r & REACT_RELOAD)
        tui_reload(s, false); /* which builds the panel shown */
    if ((r & REACT_REBUILD) && p->ops->build != NULL) {
        p->ops->build(p, s);
        p->stale = false;
    }
    if (r & REACT_FIRST_ROW)
        table_home(&p->table);
}

/* A view's action (b, i, u, c): open the view, or with the view shown, go
 * back to where it is reached from. */
static void switch_view(tui_state *s, int view)
{
    if (s->current == view) {
        s->current = panel_entry_of(view)->parent;
        return;
    }
    panel *p = &s->panels[view];
    if (p->ops->open != NULL)
        p->ops->open(p, s, &s->panels[s->current]);
    s->current = view;
}

/* Esc: a filter cleared, or back from a view to where it is reached from. */
static void go_back(tui_state *s, panel *p)
{
    if (p->table.filter[0] != '\0') {
        p->table.filter[0] = '\0';
        table_arrange(&p->table, &p->layout);
    } else if (panel_entry_of(s->current)->parent != VIEW_NONE) {
        s->current = panel_entry_of(s->current)->parent;
    }
}

/* s: the next column (after the last, the panel's own order); < and >: the
 * column left or right of the one sorted by; S: the other way round. */
static void sort(tui_state *s, panel *p, action what)
{
    int n = (int)p->layout.ncolumns, column = p->table.sort_column;
    if (n == 0)
        return;
    /* the columns on the screen (all, before the table is first drawn) */
    unsigned shown = p->table.shown != 0 ? p->table.shown : ~0u;
    int step = what == ACTION_SORT_LEFT ? -1 : 1;
    if (what == ACTION_SORT_LEFT || what == ACTION_SORT_RIGHT || what == ACTION_SORT) {
        int next = column + step;
        while (next >= 0 && next < n && !(shown & (1u << next)))
            next += step;
        if (next >= 0 && next < n)
            column = next;
        else if (what == ACTION_SORT)
            column = -1; /* after the last, the panel's own order */
        else if (column < 0)
            column = 0;
    }
    if (what == ACTION_SORT_REVERSE) {
        p->table.descending = !p->table.descending;
    } else if (column != p->table.sort_column) {
        p->table.sort_column = column;
        p->table.descending = false;
    }
    table_arrange(&p->table, &p->layout);
    if (p->table.sort_column < 0)
        tui_say(s, 3, "In the panel's own order");
    else
        tui_say(s, 3, "Sorted by %s, %s", p->layout.columns[p->table.sort_column].heading,
                p->table.descending ? "high to low" : "low to high");
}

/* - and +: the chosen row's group folded to its header row, or its lines
 * shown again; the header stays chosen. */
static void fold(tui_state *s, panel *p, bool collapse)
{
    const table_row *r = table_selected(&p->table);
    if (r == NULL || r->kind == ROW_TOTAL || !table_fold(&p->table, r->group, collapse)) {
        tui_say(s, 3, "No group to %s here: v groups the rows", collapse ? "fold" : "unfold");
        return;
    }
    int group = r->group;
    table_arrange(&p->table, &p->layout);
    for (size_t i = 0; i < p->table.norder; i++)
        if (p->table.rows[p->table.order[i]].kind == ROW_SUBTOTAL &&
            p->table.rows[p->table.order[i]].group == group)
            p->table.selected = i;
    tui_say(s, 3, collapse ? "Folded to its header (+ unfolds it)" : "Unfolded (- folds it)");
}

/* Left and Right: the columns after the first scrolled sideways. */
static void scroll_columns(tui_state *s, panel *p, int step)
{
    int most = (int)p->layout.ncolumns - 2, next = p->table.hscroll + step;
    if (most < 0 || next < 0 || next > most) {
        tui_say(s, 3, next < 0 ? "The columns are shown from the first" : "No more columns to the right");
        return;
    }
    p->table.hscroll = next;
    if (next == 0)
        tui_say(s, 3, "The columns from the first");
    else
        tui_say(s, 5, "%d column%s left out after %s (Left brings %s back; Enter shows a row whole)", next,
                next == 1 ? "" : "s", p->layout.columns[0].heading, next == 1 ? "it" : "them");
}

static void reload(tui_state *s)
{
    if (s->file == STORE_FILE_SAME)
        tui_reload(s, true);
    else if (tui_check_file(s) == STORE_FILE_REMOVED)
        tui_say(s, 5, "There is no file at %s now: nothing to open", store_path(s->options->store));
    else
        tui_reopen(s);
}

/* "2-5": the digits of the panels with rows, for a message on the Overview. */
static void panels_with_rows(const tui_state *s, char *buf, size_t size)
{
    int low = 0, high = 0;
    for (int digit = 1; digit <= 9; digit++) {
        int chosen = panels_by_digit(s->panels, digit);
        if (chosen == VIEW_NONE || chosen == VIEW_OVERVIEW)
            continue;
        low = low == 0 ? digit : low;
        high = digit;
    }
    snprintf(buf, size, low == high ? "%d" : "%d-%d", low, high);
}

/* A key that does nothing where it was pressed: say why, on the status line. */
static void say_unused(tui_state *s, int key)
{
    const binding *b = key == INPUT_UNKNOWN ? NULL : keys_binding_anywhere(key);
    char digits[16];
    panels_with_rows(s, digits, sizeof digits);
    if (b == NULL) {
        tui_say(s, 3, "That key is not used here: ? lists the keys");
    } else if (b->edits && s->options->read_only) {
        tui_say(s, 5, "Read-only: the dashboard was opened with --read-only, so nothing can be changed");
    } else if (s->current == VIEW_OVERVIEW && (b->action == ACTION_ADD || b->action == ACTION_EDIT ||
                                               b->action == ACTION_DELETE || b->action == ACTION_REVIEW)) {
        tui_say(s, 5, "The Overview has no rows to add or edit: press %s for a panel", digits);
    } else if (s->current == VIEW_OVERVIEW && b->action == ACTION_EXPORT) {
        tui_say(s, 5, "The Overview has no rows to export: press %s for a panel", digits);
    } else if (s->current == VIEW_OVERVIEW && (b->panels & PANEL_BIT(VIEW_SAVINGS)) != 0) {
        tui_say(s, 5, "The Overview has no rows: press %s for a panel", digits);
    } else if (b->help != NULL) {
        tui_say(s, 5, "Not on this panel: %s", b->help);
    } else {
        tui_say(s, 3, "That key is not used on this panel: ? lists the keys");
    }
}

/* Returns false to quit. */
static bool handle_key(tui_state *s, int key)
{
    panel *p = &s->panels[s->current];
    if (key == KEY_MOUSE) {
        if (s->mode == MODE_PANEL || s->mode == MODE_HELP || s->mode == MODE_DETAIL)
            mouse_event(s);
        else
            getmouse(&(MEVENT){0}); /* a form or a prompt: the mouse does nothing there */
        return true;
    }
    switch (s->mode) {
    case MODE_MEETING: meeting_key(s, key); return true;
    case MODE_HELP:
    case MODE_DETAIL: frame_lines_key(s, key); return true;
    case MODE_FILTER:
    case MODE_EXPORT:
    case MODE_FORM:
    case MODE_CONFIRM_DELETE:
    case MODE_SNAPSHOT:
    case MODE_FIND: prompt_key(s, key); return true;
    case MODE_PANEL: break;
    }
    action what = keys_action(key, s->current, s->options->read_only);
    if (what == ACTION_NONE) {
        say_unused(s, key);
        return true;
    }
    /* The panel's own meaning first: a focused heat map takes the arrows. */
    if (what == ACTION_GROUP)
        p->table.ncollapsed = 0; /* another grouping: other groups */
    reaction r = p->ops->action != NULL ? p->ops->action(p, s, what) : REACT_NONE;
    if (r != REACT_NONE) {
        tui_react(s, p, r);
        return true;
    }
    int view = panel_opened_by(what);
    if (view != VIEW_NONE) {
        switch_view(s, view);
        return true;
    }
    int page = p->table.page > 1 ? p->table.page - 1 : 1;
    switch (what) {
    case ACTION_QUIT: return false;
    case ACTION_HELP: frame_open_help(s); break;
    case ACTION_PANEL: {
        int chosen = panels_by_digit(s->panels, key - '0');
        if (chosen != VIEW_NONE)
            s->current = chosen;
        else
            tui_say(s, 3, "No panel is on %c: the panels are %s", key, s->digits.label);
        break;
    }
    case ACTION_NEXT_PANEL: s->current = panel_step(s->current, 1); break;
    case ACTION_PREVIOUS_PANEL: s->current = panel_step(s->current, -1); break;
    case ACTION_UP: table_move(&p->table, -1); break;
    case ACTION_DOWN: table_move(&p->table, 1); break;
    case ACTION_PAGE_UP: table_move(&p->table, -page); break;
    case ACTION_PAGE_DOWN: table_move(&p->table, page); break;
    case ACTION_HOME: table_home(&p->table); break;
    case ACTION_END: table_end(&p->table); break;
    case ACTION_DETAIL: frame_open_detail(s); break;
    case ACTION_BACK: go_back(s, p); break;
    case ACTION_FILTER: prompt_filter(s); break;
    case ACTION_FIND: prompt_find(s); break;
    case ACTION_LEFT:
    case ACTION_RIGHT: scroll_columns(s, p, what == ACTION_RIGHT ? 1 : -1); break;
    case ACTION_FOLD:
    case ACTION_UNFOLD: fold(s, p, what == ACTION_FOLD); break;
    case ACTION_FIND_NEXT:
    case ACTION_FIND_PREVIOUS: prompt_find_again(s, what == ACTION_FIND_NEXT ? 1 : -1); break;
    case ACTION_SORT:
    case ACTION_SORT_LEFT:
    case ACTION_SORT_RIGHT:
    case ACTION_SORT_REVERSE: sort(s, p, what); break;
    case ACTION_RELOAD: reload(s); break;
    case ACTION_REPAINT: clearok(curscr, TRUE); break;
    case ACTION_MEETING: meeting_start(s); break;
    case ACTION_EXPORT: prompt_export(s); break;
    case ACTION_ADD:
    case ACTION_EDIT:
    case ACTION_REVIEW: prompt_form(s, what); break;
    case ACTION_DELETE: prompt_delete(s); break;
    case ACTION_SNAPSHOT: prompt_snapshot(s); break;
    default: break; /* another panel's, or a view's */
    }
    return true;
}

static void free_state(tui_state *s)
{
    form_free(s->form);
    s->form = NULL;
    edit_record_free(&s->pending);
    panels_free(s->panels);
    lines_free(&s->detail);
    data_free(&s->data);
}

assure_status tui_run(const tui_options *options, assure_error *err)
{
    tui_state *s = calloc(1, sizeof *s);
    if (s == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    s->options = options;
    s->cfg = options->config;
    s->since_choice = -1;
    assure_status status = panels_load(s->panels, err);
    if (status == ASSURE_OK)
        status = data_load(options->store, s->cfg, config_today(s->cfg), -1, &s->data, err);
    if (status != ASSURE_OK) {
        free_state(s);
        free(s);
        return status;
    }
    s->data_ok = true;
    panels_digits(s->panels, &s->digits);
    terminal_caps caps;
    status = terminal_open(s->cfg, &caps, err);
    if (status != ASSURE_OK) {
        free_state(s);
        free(s);
        return status;
    }
    theme_init(&s->theme, caps.utf8, caps.colour);
    s->current = options->start;
    s->shown = s->current;
    build_all(s);
    /* what the user should know from the start: the database's exposure first */
    const char *notice = options->notice != NULL ? options->notice : "";
    if (notice[0] != '\0' || caps.warning[0] != '\0')
        tui_say(s, 30, "%s%s%s", notice, notice[0] != '\0' && caps.warning[0] != '\0' ? "  " : "",
                caps.warning);
    s->data_version = s->data.version;
    store_on_wait(options->store, show_wait, s);
    int poll_ms = s->cfg->refresh > 0 ? s->cfg->refresh * 1000 : 1000;
    for (;;) {
        s->wake_at_ms = 0;
        frame_draw(s);
        int wait_ms = s->mode == MODE_MEETING ? 1000 : poll_ms;
        if (s->wake_at_ms > 0) { /* a drawing put off until the keys pause */
            long long left = s->wake_at_ms - tui_now_ms();
            wait_ms = left < 1 ? 1 : left < wait_ms ? (int)left : wait_ms;
        }
        /* a PostgreSQL store's notices of others' commits wake the loop at once */
        int key = input_key_or(wait_ms, s->cfg->refresh > 0 ? store_wait_fd(options->store) : -1);
        if (terminal_stop_signal() != 0)
            break;
        if (key == ERR) {
            if (terminal_input_closed())
                break;
            /* a file replaced or removed is never read again as if it were the one at the path */
            store_file_state state = tui_check_file(s);
            if (state == STORE_CONNECTION_LOST)
                tui_reconnect(s);
            else if (state == STORE_FILE_SAME && s->cfg->refresh > 0) {
                long long version = 0;
                if (store_data_version(options->store, &version, NULL) == ASSURE_OK &&
                    version != s->data_version) {
                    tui_reload(s, false);
                    tui_say(s, 5, "Updated: another user changed the data");
                }
            }
            meeting_tick(s);
            continue;
        }
        if (key == KEY_RESIZE)
            continue;
        if (!handle_key(s, key))
            break;
    }
    terminal_close();
    free_state(s);
    free(s);
    return ASSURE_OK;
}
