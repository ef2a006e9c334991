/* tui.c - the dashboard: its event loop, header, tabs, key bar, and the help,
 * detail, filter, export and meeting views.
 *
 * The loop waits for a key with a timeout; a timeout polls PRAGMA
 * data_version and reads the data again only when another connection has
 * committed.  Drawing erases and redraws the frame, and ncurses sends only
 * what changed.  Signals set a flag (terminal.c); the loop ends and the
 * terminal is restored.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "calendar.h"
#include "terminal.h"
#include "text.h"
#include "tui_internal.h"

#define MIN_COLUMNS 40
#define MIN_LINES   10

static const panel_ops *const panel_kinds[VIEW_COUNT] = {
    &overview_panel, &savings_panel, &staffing_panel,   &reviews_panel,    &risks_panel,
    &bridge_panel,   &kpis_panel,    &kpi_values_panel, &investment_panel,
};

static calendar_date today_date(void)
{
    calendar_date d;
    const char *fixed = getenv("ASSURE_TODAY");
    if (fixed != NULL && date_parse(fixed, &d, NULL))
        return d;
    time_t now = time(NULL);
    struct tm local;
    localtime_r(&now, &local);
    d.year = local.tm_year + 1900;
    d.month = local.tm_mon + 1;
    d.day = local.tm_mday;
    return d;
}

static void say(tui_state *s, int seconds, const char *format, ...) __attribute__((format(printf, 3, 4)));
static void say(tui_state *s, int seconds, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    vsnprintf(s->status, sizeof s->status, format, args);
    va_end(args);
    s->status_until = time(NULL) + seconds;
}

/* Build the panel's rows if the data has changed since it last did. */
static void build_if_stale(tui_state *s, panel *p)
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
    build_if_stale(s, &s->panels[s->current]);
}

/* Read the data again; keep the old copy if reading fails. */
void tui_reload(tui_state *s, bool by_request)
{
    tui_data fresh;
    assure_error err = {""};
    if (data_load(s->options->store, s->cfg, today_date(), s->since_choice, &fresh, &err) != ASSURE_OK) {
        say(s, 10, "Could not read the database: %s", err.message);
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
        say(s, 3, "Reloaded");
}

/* The line that stands in for the key bar while the file is not the one opened. */
static void file_notice(const tui_state *s, char *buf, size_t size)
{
    const char *path = store_path(s->options->store);
    if (s->file == STORE_FILE_REMOVED)
        snprintf(buf, size, " %s was removed: shown as it was; nothing can be saved (q quits)", path);
    else
        snprintf(buf, size, " %s was replaced by another file: shown as it was; r opens the one now there",
                 path);
}

store_file_state tui_check_file(tui_state *s)
{
    store_file_state now = store_file_check(s->options->store);
    if (now != STORE_FILE_SAME && now != s->file) {
        s->file = now;
        char notice[4400];
        file_notice(s, notice, sizeof notice);
        say(s, 10, "%s", notice + 1);
    }
    return now;
}

bool tui_reopen(tui_state *s)
{
    store_open_report report;
    assure_error err = {""};
    if (store_reopen(s->options->store, &report, &err) != ASSURE_OK) {
        say(s, 10, "Cannot open it: %s", err.message);
        return false;
    }
    s->file = STORE_FILE_SAME;
    tui_reload(s, false);
    if (report.migrated)
        say(s, 10, "Opened the file now at %s (upgraded from schema version %d; the old file is kept as %s)",
            store_path(s->options->store), report.found_version, report.backup);
    else
        say(s, 5, "Opened the file now at %s", store_path(s->options->store));
    return true;
}

static void draw(tui_state *s);

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
        say(s, 2, "%s", message);
    draw(s);
    timeout(0);
    int key;
    bool stop = false;
    while ((key = getch()) != ERR)
        stop = stop || key == 27;
    return !stop;
}

/* ---- the frame ---- */

static void draw_header(tui_state *s)
{
    const theme *th = &s->theme;
    attr_t attr = theme_attr(th, E_HEADER);
    move(0, 0);
    attron(attr);
    printw("%*s", COLS, "");
    attroff(attr);
    char when[32], right[512], changed[256] = "";
    date_format_long(when, sizeof when, s->data.today);
    if (s->data.has_last_change) {
        /* 2026-11-09T10:00:00Z -> 9 Nov 10:00 */
        calendar_date d;
        char day[32] = "", date[11];
        snprintf(date, sizeof date, "%.10s", s->data.last_change.at);
        if (date_parse(date, &d, NULL)) {
            date_format_long(day, sizeof day, d);
            char *year = strrchr(day, ' '); /* "20 Nov 2026" -> "20 Nov" */
            if (year != NULL && d.year == s->data.today.year)
                *year = '\0';
        }
        snprintf(changed, sizeof changed, "  updated %s %.5s by %s", day, s->data.last_change.at + 11,
                 s->data.last_change.who);
    }
    /* The programme's name comes first; the freshness shortens when there is no room. */
    int name_width = text_columns(s->cfg->programme_name) + 3;
    const char *read_only = s->options->read_only ? "  [read-only]" : "";
    snprintf(right, sizeof right, "as at %s%s%s ", when, changed, read_only);
    if (name_width + text_columns(right) > COLS && s->data.has_last_change) {
        char *by = strstr(changed, " by ");
        if (by != NULL)
            *by = '\0';
        snprintf(right, sizeof right, "as at %s%s%s ", when, changed, read_only);
    }
    if (name_width + text_columns(right) > COLS)
        snprintf(right, sizeof right, "as at %s%s ", when, read_only);
    int right_width = text_columns(right);
    draw_text(th, 0, 1, COLS - right_width - 2, s->cfg->programme_name, attr, false);
    draw_text(th, 0, COLS - right_width, right_width, right, attr, false);
}

static void draw_tabs(tui_state *s)
{
    const theme *th = &s->theme;
    move(1, 0);
    clrtoeol();
    int x = 0;
    int lit = s->current < PANEL_COUNT ? s->current : PANEL_SAVINGS; /* a view lights its panel */
    for (int i = 0; i < PANEL_COUNT; i++) {
        char tab[64];
        if (i == PANEL_SAVINGS && s->current >= PANEL_COUNT)
            snprintf(tab, sizeof tab, " %d %s: %s ", s->panels[i].layout.key, s->panels[i].layout.title,
                     s->panels[s->current].layout.title);
        else
            snprintf(tab, sizeof tab, " %d %s ", s->panels[i].layout.key, s->panels[i].layout.title);
        x += draw_plain(th, 1, x, COLS, tab, theme_attr(th, i == lit ? E_TAB_ACTIVE : E_TAB));
    }
    panel *p = &s->panels[s->current];
    char caption[400] = "", own[300] = "";
    if (p->ops->caption != NULL)
        p->ops->caption(p, s, own, sizeof own);
    /* a filter first: it changes what the rows mean */
    if (p->table.filter[0] != '\0')
        snprintf(caption, sizeof caption, "filter \"%s\"; %s", p->table.filter, own);
    else
        snprintf(caption, sizeof caption, "%s", own);
    int width = COLS - x - 2;
    if (width > 10)
        draw_text(th, 1, x + 2, width, caption, theme_attr(th, E_DIM), false);
}

static void draw_bottom(tui_state *s)
{
    const theme *th = &s->theme;
    if (s->mode == MODE_FILTER) {
        char prompt[160];
        snprintf(prompt, sizeof prompt, "Filter: %s_   (Enter keeps it, Esc clears it)", s->filter_edit);
        draw_text(th, LINES - 1, 0, COLS, prompt, theme_attr(th, E_STATUS), false);
    } else if (s->mode == MODE_CONFIRM_DELETE) {
        draw_text(th, LINES - 1, 0, COLS, s->prompt, theme_attr(th, E_STATUS) | A_BOLD, false);
    } else if (s->mode == MODE_SNAPSHOT) {
        char prompt[1200];
        snprintf(prompt, sizeof prompt, "Snapshot label: %s_   (%s%sEnter takes it, Esc cancels)", s->prompt,
                 s->prompt_note, s->prompt_note[0] ? "; " : "");
        draw_text(th, LINES - 1, 0, COLS, prompt, theme_attr(th, E_STATUS), false);
    } else if (s->mode == MODE_EXPORT) {
        draw_text(th, LINES - 1, 0, COLS, "Export the rows as shown: c CSV, m Markdown (Esc cancels)",
                  theme_attr(th, E_STATUS), false);
    } else if (s->status[0] != '\0' && time(NULL) <= s->status_until) {
        draw_text(th, LINES - 1, 0, COLS, s->status, theme_attr(th, E_STATUS), false);
    } else if (s->file != STORE_FILE_SAME) {
        char notice[4400];
        file_notice(s, notice, sizeof notice);
        draw_text(th, LINES - 1, 0, COLS, notice, theme_attr(th, E_STATUS) | A_BOLD, false);
    } else {
        keys_draw_bar(th, LINES - 1, COLS, s->current, s->options->read_only);
    }
}

static void draw_lines(tui_state *s, const text_lines *lines, size_t top, const char *footer)
{
    const theme *th = &s->theme;
    int rows = LINES - 3;
    for (int i = 0; i < rows && top + (size_t)i < lines->count; i++)
        draw_text(th, 2 + i, 1, COLS - 2, lines->lines[top + (size_t)i],
                  i == 0 && top == 0 ? A_BOLD : A_NORMAL, false);
    char more[200];
    snprintf(more, sizeof more, "%s%s", footer,
             top + (size_t)rows < lines->count ? "   (more below: Down, PgDn)" : "");
    draw_text(th, LINES - 1, 0, COLS, more, theme_attr(th, E_KEYBAR), false);
}

static void help_lines(tui_state *s, text_lines *out)
{
    panel *p = &s->panels[s->current];
    size_t n;
    const binding *bindings = keys_bindings(&n);
    lines_add(out, "Help: the %s panel", p->layout.title);
    lines_add(out, "%s", "");
    lines_add(out, "Keys");
    for (size_t i = 0; i < n; i++) {
        const binding *b = &bindings[i];
        if (b->panels != 0 && (b->panels & (1u << s->current)) == 0)
            continue;
        lines_wrap(out, b->label, 12, b->help, COLS);
    }
    if (p->layout.ncolumns > 0) {
        lines_add(out, "%s", "");
        lines_add(out, "Columns (from %s)", p->layout.path);
        for (size_t c = 0; c < p->layout.ncolumns; c++) {
            const field_spec *f = &p->ops->fields[p->layout.columns[c].field];
            lines_wrap(out, p->layout.columns[c].heading, 12, f->help, COLS);
        }
    }
    lines_add(out, "%s", "");
    lines_add(out, "Colours and marks");
    lines_wrap(out, "RED, AMBER, GREEN", 18, "the rating, always written as a word as well as coloured",
               COLS);
    lines_wrap(out, "BLUE, GREY", 18, "savings delivered, and dropped", COLS);
    lines_wrap(out, "PIPELINE", 18, "a saving identified, not yet validated: in no total, summed on its own",
               COLS);
    char arrows[160], bars[160], moved[160], marks[32];
    snprintf(marks, sizeof marks, "%s %s", s->theme.later, s->theme.earlier);
    snprintf(
        moved, sizeof moved,
        "a savings line's forecast moved since the snapshot: %s to a later year or out of the profile, %s "
        "brought forward",
        s->theme.later, s->theme.earlier);
    snprintf(arrows, sizeof arrows,
             "%s up, %s down, %s no change; beside a headline, better or worse by its polarity", s->theme.up,
             s->theme.down, s->theme.same);
    snprintf(bars, sizeof bars, "%s actual, %s forecast, %s target, %s stretch", s->theme.block,
             s->theme.medium, s->theme.shade, s->theme.tick);
    lines_wrap(out, "arrows", 18, arrows, COLS);
    lines_wrap(out, "bold rows", 18, "a red line, hot spot, team far below target, high or overdue risk",
               COLS);
    lines_wrap(out, "bars", 18, bars, COLS);
    lines_wrap(out, marks, 18, moved, COLS);
    lines_add(out, "%s", "");
    lines_add(out, "Changes by other users appear within %d seconds; r reloads at once.", s->cfg->refresh);
}

/* Large headline figures for the back of the room. */
static void draw_meeting_headlines(tui_state *s)
{
    const theme *th = &s->theme;
    const overview *o = &s->data.now;
    char title[1200], when[32];
    date_format_long(when, sizeof when, s->data.today);
    snprintf(title, sizeof title, "%s, as at %s", s->cfg->programme_name, when);
    draw_text(th, 2, 1, COLS - 2, title, theme_attr(th, E_TITLE), false);
    struct {
        const char *label;
        headline headline;
    } cards[] = {
        {"Savings forecast", HEADLINE_SAVINGS_FORECAST},
        {"Savings gap", HEADLINE_SAVINGS_GAP},
        {"Uncovered vacancy", HEADLINE_STAFFING_UNCOVERED},
        {"Reviews against target", HEADLINE_REVIEWS_TARGET},
        {"High risks", HEADLINE_RISKS_HIGH},
        {"Overdue risk reviews", HEADLINE_RISKS_OVERDUE},
        {"Over budget after actions", HEADLINE_BUDGET_REVISED_VARIANCE},
        {"Benefit evidenced by KPIs", HEADLINE_KPI_BENEFIT},
    };
    int columns = COLS >= 100 ? 2 : 1;
    int card_width = (COLS - 2) / columns;
    int y = 4, x = 1;
    for (size_t i = 0; i < sizeof cards / sizeof cards[0]; i++) {
        if (y + 7 > LINES - 1)
            break;
        if ((cards[i].headline == HEADLINE_BUDGET_REVISED_VARIANCE && !o->has_bridge) ||
            (cards[i].headline == HEADLINE_KPI_BENEFIT && o->kpis == 0))
            continue; /* no finance kept: no card for it */
        rag rating = headline_rag(o, cards[i].headline);
        int64_t value = 0;
        char text[48] = "none", change[48] = "";
        if (headline_value(o, cards[i].headline, &value))
            headline_format_value(text, sizeof text, cards[i].headline, value, screen_headline_style(s));
        change_judgement judgement = headline_change(s, cards[i].headline, change, sizeof change);
        draw_text(th, y, x, card_width - 2, cards[i].label, A_BOLD, false);
        if (big_width(text) <= card_width - 2)
            draw_big(th, y + 1, x, text,
                     theme_attr(th, rating != RAG_NONE ? element_for_rag(rating) : E_NORMAL) | A_BOLD);
        else
            draw_text(th, y + 3, x, card_width - 2, text, A_BOLD, false);
        char under[96];
        snprintf(under, sizeof under, "%s%s%s%s", rag_word(rating), rating != RAG_NONE ? " " : "", change,
                 change[0] && s->data.has_snapshot ? " since last snapshot" : "");
        draw_text(th, y + 6, x, card_width - 2, under,
                  theme_attr(th, judgement == CHANGE_GOOD  ? E_GOOD
                                 : judgement == CHANGE_BAD ? E_BAD
                                                           : E_NORMAL),
                  false);
        if (columns == 2 && i % 2 == 0) {
            x += card_width;
        } else {
            x = 1;
            y += 8;
        }
    }
}

static void draw(tui_state *s)
{
    /* One panel's rows are held at a time: the one left lets its rows go,
     * and builds them again when shown again (its place in them is kept). */
    if (s->shown != s->current) {
        table_free(&s->panels[s->shown].table);
        s->panels[s->shown].stale = true;
        s->shown = s->current;
    }
    build_if_stale(s, &s->panels[s->current]); /* before anything shows its rows or their count */
    erase();
    if (COLS < MIN_COLUMNS || LINES < MIN_LINES) {
        char message[64];
        snprintf(message, sizeof message, "Terminal too small: need %dx%d", MIN_COLUMNS, MIN_LINES);
        mvaddnstr(0, 0, message, COLS);
        if (LINES > 1)
            mvaddnstr(1, 0, "q quits", COLS);
        refresh();
        return;
    }
    draw_header(s);
    if (s->mode == MODE_HELP || s->mode == MODE_DETAIL) {
        draw_lines(s, &s->detail, s->detail_top,
                   s->mode == MODE_HELP ? " Esc, q or ? back" : " Esc, q or Enter back");
        refresh();
        return;
    }
    if (s->mode == MODE_MEETING && s->meeting_step == 0) {
        draw_meeting_headlines(s);
        draw_text(&s->theme, LINES - 1, 0, COLS, " Meeting mode: the panels follow in turn; any key stops",
                  theme_attr(&s->theme, E_KEYBAR), false);
        refresh();
        return;
    }
    if (s->mode == MODE_FORM && s->form != NULL) {
        form_draw(s->form, s);
        refresh();
        return;
    }
    draw_tabs(s);
    panel *p = &s->panels[s->current];
    if (!s->data_ok)
        draw_text(&s->theme, 3, 1, COLS - 2, s->problem, A_BOLD, false);
    else
        p->ops->draw(p, s, 2, 0, LINES - 3, COLS);
    if (s->mode == MODE_MEETING)
        draw_text(&s->theme, LINES - 1, 0, COLS, " Meeting mode: any key stops",
                  theme_attr(&s->theme, E_KEYBAR), false);
    else
        draw_bottom(s);
    refresh();
}

/* ---- keys ---- */

static void open_lines(tui_state *s, mode m)
{
    lines_free(&s->detail);
    s->detail_top = 0;
    s->mode = m;
}

static void scroll_lines(tui_state *s, int key)
{
    size_t page = LINES > 4 ? (size_t)(LINES - 4) : 1;
    size_t last = s->detail.count > page ? s->detail.count - page : 0;
    switch (key) {
    case KEY_UP:
    case 'k': s->detail_top = s->detail_top > 0 ? s->detail_top - 1 : 0; break;
    case KEY_DOWN:
    case 'j': s->detail_top = s->detail_top < last ? s->detail_top + 1 : last; break;
    case KEY_PPAGE: s->detail_top = s->detail_top > page ? s->detail_top - page : 0; break;
    case KEY_NPAGE:
    case ' ': s->detail_top = s->detail_top + page < last ? s->detail_top + page : last; break;
    case KEY_HOME:
    case 'g': s->detail_top = 0; break;
    case KEY_END:
    case 'G': s->detail_top = last; break;
    default: break;
    }
}

static void switch_panel(tui_state *s, int index)
{
    s->current = (index + PANEL_COUNT) % PANEL_COUNT;
}

/* b, i, c (and u from the KPIs): a view of the Savings panel; its own key
 * again, or Esc, goes back to where it came from. */
static void switch_view(tui_state *s, int key)
{
    int target = key == 'b'   ? VIEW_BRIDGE
                 : key == 'i' ? VIEW_KPIS
                 : key == 'c' ? VIEW_INVESTMENT
                              : VIEW_KPI_VALUES;
    if (target == VIEW_KPI_VALUES) {
        if (s->current == VIEW_KPI_VALUES) {
            s->current = VIEW_KPIS;
            return;
        }
        /* the values of the KPI chosen: those whose ref is its ref exactly */
        const table_row *row = table_selected(&s->panels[VIEW_KPIS].table);
        panel *values = &s->panels[VIEW_KPI_VALUES];
        values->table.filter[0] = '\0';
        values->table.only_field = -1;
        if (row != NULL && row->kind == ROW_LINE && row->source < s->data.kpis.count) {
            values->table.only_field = 0; /* the ref, first of the values' fields */
            snprintf(values->table.only, sizeof values->table.only, "%s", s->data.kpis.kpis[row->source].ref);
        }
        table_arrange(&values->table, &values->layout);
        s->current = VIEW_KPI_VALUES;
        return;
    }
    s->current = s->current == target ? PANEL_SAVINGS : target;
}

static const char *table_noun(int which)
{
    static const char *const nouns[TABLE_DEF_COUNT] = {"savings line", "staffing row",  "review period",
                                                       "risk",         "bridge row",    "KPI",
                                                       "KPI value",    "investment row"};
    return which >= 0 && which < TABLE_DEF_COUNT ? nouns[which] : "row";
}

/* "2026/27 / pressure / Homecare hours": a record's key as its table names it. */
static void key_text(const edit_record *r, char *buf, size_t size)
{
    const table_def *t = table_def_get(r->table);
    buf[0] = '\0';
    for (int k = 0; k < 3 && t->keys[k] >= 0; k++) {
        char part[200];
        field_format(&t->fields[t->keys[k]], &r->values[t->keys[k]], part, sizeof part);
        snprintf(buf + strlen(buf), size - strlen(buf), "%s%s", k ? " / " : "", part);
    }
}

static void open_form(tui_state *s, action what)
{
    panel *p = &s->panels[s->current];
    if (p->ops->record == NULL || p->ops->table < 0)
        return;
    const table_row *row = what == ACTION_ADD ? NULL : table_selected(&p->table);
    edit_record key;
    if (what != ACTION_ADD && row == NULL)
        return;
    if (!p->ops->record(p, s, row, &key)) {
        say(s, 5, "A total cannot be edited; choose a row of its own");
        return;
    }
    char title[300];
    const char *noun = table_noun(key.table); /* a view may hold rows of two tables (KPIs, values) */
    if (what == ACTION_ADD) {
        char of[200] = "";
        if (key.table == TABLE_DEF_KPI_VALUES && !key.values[KPI_VALUE_FIELD_REF].blank)
            snprintf(of, sizeof of, " of %s", key.values[KPI_VALUE_FIELD_REF].text);
        snprintf(title, sizeof title, "Add a %s%s", noun, of);
    } else {
        char text[200];
        key_text(&key, text, sizeof text);
        snprintf(title, sizeof title, "%s %s %s", what == ACTION_REVIEW ? "Review" : "Edit", noun, text);
    }
    assure_error err = {""};
    s->form = form_open(s, what == ACTION_REVIEW ? FORM_REVIEW : FORM_RECORD, key.table, &key, title, &err);
    if (s->form == NULL)
        say(s, 8, "Cannot open the form: %s", err.message);
    else
        s->mode = MODE_FORM;
}

static void ask_delete(tui_state *s)
{
    panel *p = &s->panels[s->current];
    const table_row *row = table_selected(&p->table);
    edit_record key;
    if (row == NULL || p->ops->record == NULL || !p->ops->record(p, s, row, &key)) {
        say(s, 5, "Choose a row of its own to delete, not a total");
        return;
    }
    assure_error err = {""};
    if (store_record_read(s->options->store, &key, &s->pending, &err) != ASSURE_OK || !s->pending.exists) {
        edit_record_free(&s->pending);
        say(s, 8, "Cannot delete: %s", err.message[0] ? err.message : "the row is no longer there");
        return;
    }
    const edit_record *r = &s->pending;
    char what[300];
    switch (r->table) {
    case TABLE_DEF_SAVINGS:
        snprintf(what, sizeof what, "savings line %s %s, with its %zu profile year%s",
                 r->values[SAVINGS_FIELD_REF].text, r->values[SAVINGS_FIELD_NAME].text, r->nyears,
                 r->nyears == 1 ? "" : "s");
        break;
    case TABLE_DEF_RISKS:
        snprintf(what, sizeof what, "risk %s %s, with its score history", r->values[RISK_FIELD_REF].text,
                 r->values[RISK_FIELD_TITLE].text);
        break;
    case TABLE_DEF_KPIS: {
        size_t values = 0;
        for (size_t i = 0; i < s->data.kpis.nvalues; i++)
            values +=
                strcmp(s->data.kpis.kpis[s->data.kpis.values[i].kpi].ref, r->values[KPI_FIELD_REF].text) == 0;
        snprintf(what, sizeof what, "KPI %s %s, with its %zu value%s", r->values[KPI_FIELD_REF].text,
                 r->values[KPI_FIELD_NAME].text, values, values == 1 ? "" : "s");
        break;
    }
    case TABLE_DEF_INVESTMENT:
        snprintf(what, sizeof what, "investment row %s %s", r->values[INVESTMENT_FIELD_REF].text,
                 r->values[INVESTMENT_FIELD_NAME].text);
        break;
    default: {
        char text[200];
        key_text(r, text, sizeof text);
        snprintf(what, sizeof what, "%s %s", table_noun(r->table), text);
    }
    }
    snprintf(s->prompt, sizeof s->prompt, "Delete %s? y deletes, any other key keeps it", what);
    s->mode = MODE_CONFIRM_DELETE;
}

static void delete_pending(tui_state *s)
{
    store_actor actor;
    store_actor_now(&actor, "");
    assure_error err = {""};
    bool conflict = false;
    if (store_record_delete(s->options->store, &actor.actor, &s->pending, &conflict, &err) != ASSURE_OK)
        say(s, 8, "Not deleted: %s", err.message);
    else if (conflict)
        say(s, 8, "Not deleted: someone else changed it since you looked; see it again and decide");
    else
        say(s, 5, "Deleted, and written to the audit trail");
    tui_reload(s, false);
}

/* Take the snapshot labelled as typed; false (the label kept, and why said
 * beside it) when it could not be taken. */
static bool take_snapshot(tui_state *s)
{
    const char *names[HEADLINE_COUNT];
    int64_t values[HEADLINE_COUNT];
    bool known[HEADLINE_COUNT];
    for (headline h = 0; h < HEADLINE_COUNT; h++) {
        names[h] = headline_get(h)->name;
        values[h] = 0;
        known[h] = headline_value(&s->data.now, h, &values[h]);
    }
    store_actor actor;
    store_actor_now(&actor, "");
    assure_error err = {""};
    char label[256];
    snprintf(label, sizeof label, "%s", field_trim(s->prompt));
    if (label[0] == '\0') {
        snprintf(s->prompt_note, sizeof s->prompt_note, "a snapshot needs a label");
        return false;
    }
    if (store_snapshot_save(s->options->store, &actor.actor, label, names, values, known, HEADLINE_COUNT,
                            &err) != ASSURE_OK) {
        snprintf(s->prompt_note, sizeof s->prompt_note, "not taken: %.500s", err.message);
        return false;
    }
    s->since_choice = -1; /* compare with the new one */
    tui_reload(s, false);
    say(s, 5, "Snapshot \"%s\" taken: changes are now counted from it", label);
    return true;
}

/* Returns false to quit. */
static bool handle_key(tui_state *s, int key)
{
    panel *p = &s->panels[s->current];
    switch (s->mode) {
    case MODE_MEETING:
        s->mode = MODE_PANEL;
        say(s, 3, "Meeting mode stopped");
        return true;
    case MODE_HELP:
    case MODE_DETAIL:
        if (key == 27 || key == 'q' || (s->mode == MODE_HELP && (key == '?' || key == KEY_F(1))) ||
            (s->mode == MODE_DETAIL && (key == '\n' || key == '\r' || key == KEY_ENTER)))
            s->mode = MODE_PANEL;
        else
            scroll_lines(s, key);
        return true;
    case MODE_FILTER: {
        size_t n = strlen(s->filter_edit);
        if (key == 27) {
            s->filter_edit[0] = '\0';
            s->mode = MODE_PANEL;
        } else if (key == '\n' || key == '\r' || key == KEY_ENTER) {
            s->mode = MODE_PANEL;
        } else if (key == KEY_BACKSPACE || key == 127 || key == 8) {
            if (n > 0)
                s->filter_edit[n - 1] = '\0';
        } else if (key >= 32 && key < 127 && n + 1 < sizeof s->filter_edit) {
            s->filter_edit[n] = (char)key;
            s->filter_edit[n + 1] = '\0';
        } else {
            return true;
        }
        snprintf(p->table.filter, sizeof p->table.filter, "%s", s->filter_edit);
        table_arrange(&p->table, &p->layout);
        return true;
    }
    case MODE_EXPORT:
        s->mode = MODE_PANEL;
        if (key == 'c' || key == 'm') {
            char path[2048];
            assure_error err = {""};
            if (export_panel(s, key == 'm', path, sizeof path, &err) == ASSURE_OK)
                say(s, 10, "Exported %zu rows to %s", p->table.norder, path);
            else
                say(s, 10, "Export failed: %s", err.message);
        }
        return true;
    case MODE_FORM: {
        form_result result = form_key(s->form, s, key);
        if (result == FORM_OPEN)
            return true;
        form_free(s->form);
        s->form = NULL;
        s->mode = MODE_PANEL;
        if (result == FORM_SAVED) {
            tui_reload(s, false);
            say(s, 5, "Saved, and written to the audit trail");
        } else {
            say(s, 3, "Abandoned: nothing was saved");
        }
        return true;
    }
    case MODE_CONFIRM_DELETE:
        s->mode = MODE_PANEL;
        if (key == 'y' || key == 'Y')
            delete_pending(s);
        else
            say(s, 3, "Nothing was deleted");
        edit_record_free(&s->pending);
        return true;
    case MODE_SNAPSHOT: {
        size_t n = strlen(s->prompt);
        if (key == 27) {
            s->mode = MODE_PANEL;
            say(s, 3, "No snapshot taken");
        } else if (key == '\n' || key == '\r' || key == KEY_ENTER) {
            s->mode = MODE_PANEL;
            if (!take_snapshot(s))
                s->mode = MODE_SNAPSHOT; /* what was typed stays, to try again */
        } else if (key == KEY_BACKSPACE || key == 127 || key == 8) {
            while (n > 0 && ((unsigned char)s->prompt[--n] & 0xC0) == 0x80)
                ;
            s->prompt[n] = '\0';
        } else if (key == 21) { /* Ctrl-U clears it, as in a form */
            s->prompt[0] = '\0';
        } else if (key >= 32 && key < 256 && key != 127 && n + 2 < 200) {
            s->prompt[n] = (char)key;
            s->prompt[n + 1] = '\0';
        }
        return true;
    }
    case MODE_PANEL: break;
    }
    /* The panel's own keys first: a focused heat map takes the arrows. */
    if (p->ops->key != NULL && p->ops->key(p, s, key))
        return true;
    if (key == 27 && p->table.filter[0] != '\0') {
        p->table.filter[0] = '\0';
        table_arrange(&p->table, &p->layout);
        return true;
    }
    if (key == 27 && s->current >= PANEL_COUNT) { /* out of a view, to where it was reached from */
        s->current = s->current == VIEW_KPI_VALUES ? VIEW_KPIS : PANEL_SAVINGS;
        return true;
    }
    int page = p->table.page > 1 ? p->table.page - 1 : 1;
    switch (keys_action(key, s->current, s->options->read_only)) {
    case ACTION_QUIT: return false;
    case ACTION_HELP:
        open_lines(s, MODE_HELP);
        help_lines(s, &s->detail);
        break;
    case ACTION_PANEL: switch_panel(s, key - '1'); break;
    case ACTION_NEXT_PANEL:
        switch_panel(s, (s->current < PANEL_COUNT ? s->current : PANEL_SAVINGS) + 1);
        break;
    case ACTION_PREVIOUS_PANEL:
        switch_panel(s, (s->current < PANEL_COUNT ? s->current : PANEL_SAVINGS) - 1);
        break;
    case ACTION_VIEW: switch_view(s, key); break;
    case ACTION_UP: table_move(&p->table, -1); break;
    case ACTION_DOWN: table_move(&p->table, 1); break;
    case ACTION_PAGE_UP: table_move(&p->table, -page); break;
    case ACTION_PAGE_DOWN: table_move(&p->table, page); break;
    case ACTION_HOME: table_home(&p->table); break;
    case ACTION_END: table_end(&p->table); break;
    case ACTION_DETAIL: {
        const table_row *r = table_selected(&p->table);
        if (r == NULL || p->ops->detail == NULL || p->layout.ncolumns == 0)
            break;
        open_lines(s, MODE_DETAIL);
        p->ops->detail(p, s, r, &s->detail);
        break;
    }
    case ACTION_FILTER:
        if (p->layout.ncolumns == 0)
            break;
        snprintf(s->filter_edit, sizeof s->filter_edit, "%s", p->table.filter);
        s->mode = MODE_FILTER;
        break;
    case ACTION_SORT:
    case ACTION_SORT_REVERSE:
        if (p->layout.ncolumns == 0)
            break;
        if (keys_action(key, s->current, s->options->read_only) == ACTION_SORT) {
            p->table.sort_column =
                p->table.sort_column + 1 >= (int)p->layout.ncolumns ? -1 : p->table.sort_column + 1;
            p->table.descending = false;
        } else {
            p->table.descending = !p->table.descending;
        }
        table_arrange(&p->table, &p->layout);
        if (p->table.sort_column < 0)
            say(s, 3, "In the panel's own order");
        else
            say(s, 3, "Sorted by %s, %s", p->layout.columns[p->table.sort_column].heading,
                p->table.descending ? "high to low" : "low to high");
        break;
    case ACTION_RELOAD:
        if (s->file == STORE_FILE_SAME)
            tui_reload(s, true);
        else if (tui_check_file(s) == STORE_FILE_REMOVED)
            say(s, 5, "There is no file at %s now: nothing to open", store_path(s->options->store));
        else
            tui_reopen(s);
        break;
    case ACTION_REPAINT: clearok(curscr, TRUE); break;
    case ACTION_MEETING:
        s->mode = MODE_MEETING;
        s->meeting_step = 0;
        s->meeting_switched = time(NULL);
        break;
    case ACTION_EXPORT:
        if (p->layout.ncolumns == 0)
            say(s, 5, "The Overview has no rows to export; export from another panel");
        else
            s->mode = MODE_EXPORT;
        break;
    case ACTION_ADD:
    case ACTION_EDIT:
    case ACTION_REVIEW: open_form(s, keys_action(key, s->current, s->options->read_only)); break;
    case ACTION_DELETE: ask_delete(s); break;
    case ACTION_SNAPSHOT: {
        char when[32];
        date_format_long(when, sizeof when, s->data.today);
        snprintf(s->prompt, sizeof s->prompt, "PAM %s", when);
        s->prompt_note[0] = '\0';
        s->mode = MODE_SNAPSHOT;
        break;
    }
    case ACTION_PANEL_KEY:
    case ACTION_NONE: break;
    }
    return true;
}

/* In meeting mode: the next view when its time is up. */
static void meeting_tick(tui_state *s)
{
    if (s->mode != MODE_MEETING || time(NULL) - s->meeting_switched < s->cfg->meeting_cycle)
        return;
    s->meeting_switched = time(NULL);
    s->meeting_step = (s->meeting_step + 1) % (PANEL_COUNT + 1);
    if (s->meeting_step > 0)
        s->current = s->meeting_step - 1;
}

static assure_status load_layouts(tui_state *s, assure_error *err)
{
    for (int i = 0; i < VIEW_COUNT; i++) {
        panel *p = &s->panels[i];
        memset(p, 0, sizeof *p);
        p->ops = panel_kinds[i];
        p->option = p->ops == &staffing_panel ? -1 : 0;
        assure_status status = layout_load(p->ops->name, p->ops->fields, p->ops->nfields, &p->layout, err);
        if (status != ASSURE_OK)
            return status;
        table_init(&p->table, p->ops->nfields);
        for (size_t c = 0; c < p->layout.ncolumns; c++)
            if (p->layout.columns[c].field == p->layout.sort_field)
                p->table.sort_column = (int)c;
        p->table.descending = p->layout.sort_descending;
    }
    return ASSURE_OK;
}

static void free_state(tui_state *s)
{
    form_free(s->form);
    s->form = NULL;
    edit_record_free(&s->pending);
    for (int i = 0; i < VIEW_COUNT; i++)
        table_free(&s->panels[i].table);
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
    assure_status status = load_layouts(s, err);
    if (status == ASSURE_OK)
        status = data_load(options->store, s->cfg, today_date(), -1, &s->data, err);
    if (status != ASSURE_OK) {
        free_state(s);
        free(s);
        return status;
    }
    s->data_ok = true;
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
        say(s, 30, "%s%s%s", notice, notice[0] != '\0' && caps.warning[0] != '\0' ? "  " : "", caps.warning);
    s->data_version = s->data.version;
    store_on_wait(options->store, show_wait, s);
    int poll_ms = s->cfg->refresh > 0 ? s->cfg->refresh * 1000 : 1000;
    timeout(poll_ms);
    for (;;) {
        draw(s);
        int key = getch();
        if (terminal_stop_signal() != 0)
            break;
        if (key == ERR) {
            if (terminal_input_closed())
                break;
            /* a file replaced or removed is never read again as if it were the one at the path */
            if (tui_check_file(s) == STORE_FILE_SAME && s->cfg->refresh > 0) {
                long long version = 0;
                if (store_data_version(options->store, &version, NULL) == ASSURE_OK &&
                    version != s->data_version) {
                    tui_reload(s, false);
                    say(s, 5, "Updated: another user changed the data");
                }
            }
            meeting_tick(s);
            continue;
        }
        if (key == KEY_RESIZE)
            continue;
        if (!handle_key(s, key))
            break;
        if (s->mode == MODE_MEETING)
            timeout(1000);
        else
            timeout(poll_ms);
    }
    terminal_close();
    free_state(s);
    free(s);
    return ASSURE_OK;
}
