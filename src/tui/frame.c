/* frame.c - what is drawn around a panel: the header (programme, as-at date,
 * freshness), the tabs, the bottom line (key bar, status or prompt), and the
 * help and detail views, which scroll as lines.  Drawing erases and redraws
 * the frame, and ncurses sends only what changed. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "calendar.h"
#include "draw.h"
#include "frame.h"
#include "meeting.h"
#include "prompts.h"

#define MIN_COLUMNS 40
#define MIN_LINES   10

/* The width the help or detail lines were wrapped for. */
static int lines_width;

void frame_file_notice(const tui_state *s, char *buf, size_t size)
{
    const char *path = store_path(s->options->store);
    if (s->file == STORE_FILE_REMOVED)
        snprintf(buf, size, " %s was removed: shown as it was; nothing can be saved (q quits)", path);
    else if (s->file == STORE_CONNECTION_LOST)
        snprintf(buf, size, " Database server connection lost: shown as it was; reconnecting (r: try now)");
    else
        snprintf(buf, size, " %s was replaced by another file: shown as it was; r opens the one now there",
                 path);
}

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
        /* 2026-11-09T10:00:00Z -> 9 Nov 2026 10:00 */
        char at[64];
        date_show(at, sizeof at, s->data.last_change.at);
        snprintf(changed, sizeof changed, "  updated %s by %s", at, s->data.last_change.who);
    }
    /* The programme's name comes first, with the database's name for it when
     * one database holds several; the freshness shortens when there is no room. */
    char name[sizeof s->cfg->programme_name + 80];
    const char *programme = store_programme(s->options->store);
    if (strcmp(programme, "main") != 0)
        snprintf(name, sizeof name, "%s [%s]", s->cfg->programme_name, programme);
    else
        snprintf(name, sizeof name, "%s", s->cfg->programme_name);
    int name_width = text_columns(name) + 3;
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
    draw_text(th, 0, 1, COLS - right_width - 2, name, attr, false);
    draw_text(th, 0, COLS - right_width, right_width, right, attr, false);
}

/* How a tab names its panel: in full, by the shorter name its layout gives
 * it, or by its digit alone (on a screen too narrow for names). */
typedef enum { TAB_FULL, TAB_SHORT, TAB_DIGIT } tab_form;

/* A tab's text: its digit and title (a view's too, beside its parent's);
 * the tab lit is always named in full. */
static void tab_text(const tui_state *s, int i, int lit, tab_form style, char *tab, size_t size)
{
    const panel_layout *l = &s->panels[i].layout;
    if (i == lit && i != s->current)
        snprintf(tab, size, " %d %s: %s ", l->key, l->title, s->panels[s->current].layout.title);
    else if (i == lit || style == TAB_FULL)
        snprintf(tab, size, " %d %s ", l->key, l->title);
    else if (style == TAB_SHORT)
        snprintf(tab, size, " %d %s ", l->key, l->tab);
    else
        snprintf(tab, size, " %d ", l->key);
}

static int tabs_width(const tui_state *s, int lit, tab_form style)
{
    int width = 0;
    for (int t = 0; t < panel_tabs(); t++) {
        char tab[128];
        tab_text(s, panel_tab(t), lit, style, tab, sizeof tab);
        width += text_columns(tab);
    }
    return width;
}

/* The tabs on line 1, each named (in full when they fit, else by their
 * shorter names), and the panel's context - what its rows are - read in
 * full: beside the tabs when it fits there (the tabs' shorter names giving
 * it room), else on a line of its own under them.  Returns the lines used
 * (1 or 2). */
static int draw_tabs(tui_state *s)
{
    const theme *th = &s->theme;
    move(1, 0);
    clrtoeol();
    int lit = panel_top(s->current); /* a view lights its panel */
    panel *p = &s->panels[s->current];
    char caption[400] = "", own[300] = "";
    if (p->ops->caption != NULL)
        p->ops->caption(p, s, own, sizeof own);
    /* a filter first: it changes what the rows mean */
    if (p->table.filter[0] != '\0')
        snprintf(caption, sizeof caption, "filter \"%s\"; %s", p->table.filter, own);
    else
        snprintf(caption, sizeof caption, "%s", own);
    /* beside the tabs if their full or shorter names leave it room, else
     * under them, the tabs named as fully as the line allows */
    int need = caption[0] != '\0' ? 2 + text_columns(caption) : 0;
    tab_form style = TAB_FULL;
    if (tabs_width(s, lit, TAB_FULL) + need > COLS && tabs_width(s, lit, TAB_SHORT) + need <= COLS)
        style = TAB_SHORT;
    while (style < TAB_DIGIT && tabs_width(s, lit, style) > COLS)
        style++;
    int x = 0;
    s->ntabs = 0;
    for (int t = 0; t < panel_tabs(); t++) {
        int i = panel_tab(t);
        char tab[128];
        tab_text(s, i, lit, style, tab, sizeof tab);
        int from = x;
        x += draw_plain(th, 1, x, COLS, tab, theme_attr(th, i == lit ? E_TAB_ACTIVE : E_TAB));
        if (s->ntabs < VIEW_COUNT)
            s->tabs[s->ntabs++] = (tab_hit){from, x, i};
    }
    if (caption[0] == '\0')
        return 1;
    if (x + 2 + text_columns(caption) <= COLS) {
        draw_text(th, 1, x + 2, COLS - x - 2, caption, theme_attr(th, E_DIM), false);
        return 1;
    }
    move(2, 0);
    clrtoeol();
    draw_text(th, 2, 1, COLS - 1, caption, theme_attr(th, E_DIM), false);
    return 2;
}

/* A status says its piece on the panel it was said on: moving to another
 * panel gives the key bar back. */
static bool status_current(tui_state *s)
{
    static char said[sizeof s->status];
    static time_t said_until;
    static int said_on;
    if (s->status[0] == '\0' || time(NULL) > s->status_until)
        return false;
    if (strcmp(said, s->status) != 0 || said_until != s->status_until) {
        snprintf(said, sizeof said, "%s", s->status);
        said_until = s->status_until;
        said_on = s->current;
    } else if (said_on != s->current) {
        s->status_until = 0;
        return false;
    }
    return true;
}

static void draw_bottom(tui_state *s)
{
    const theme *th = &s->theme;
    if (prompt_draw(s)) {
        /* a question is asked */
    } else if (status_current(s)) {
        draw_text(th, LINES - 1, 0, COLS, s->status, theme_attr(th, E_STATUS), false);
    } else if (s->file != STORE_FILE_SAME) {
        char notice[4400];
        frame_file_notice(s, notice, sizeof notice);
        draw_text(th, LINES - 1, 0, COLS, notice, theme_attr(th, E_STATUS) | A_BOLD, false);
    } else {
        keys_draw_bar(th, LINES - 1, COLS, s->current, s->options->read_only, &s->digits);
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
        if (b->help == NULL || (b->panels != 0 && (b->panels & PANEL_BIT(s->current)) == 0))
            continue;
        lines_wrap(out, keys_label(b, &s->digits), 12, keys_help(b, &s->digits), COLS);
    }
    if (p->layout.ncolumns > 0) {
        lines_add(out, "%s", "");
        lines_add(out, "Columns (from %s)", p->layout.path);
        for (size_t c = 0; c < p->layout.ncolumns; c++) {
            const field_spec *f = &p->ops->fields[p->layout.columns[c].field];
            lines_wrap(out, p->layout.columns[c].heading, 12, f->help, COLS);
        }
    }
    if (p->ops->help != NULL)
        p->ops->help(p, s, out);
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

void frame_draw(tui_state *s)
{
    /* One panel's rows are held at a time: the one left lets its rows go,
     * and builds them again when shown again (its place in them is kept). */
    if (s->shown != s->current) {
        table_free(&s->panels[s->shown].table);
        s->panels[s->shown].stale = true;
        s->shown = s->current;
    }
    tui_build_if_stale(s, &s->panels[s->current]); /* before anything shows its rows or their count */
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
    if ((s->mode == MODE_HELP || s->mode == MODE_DETAIL) && COLS != lines_width) {
        /* the terminal was resized: the lines wrapped again for its width */
        size_t top = s->detail_top;
        if (s->mode == MODE_HELP)
            frame_open_help(s);
        else
            frame_open_detail(s);
        s->detail_top = top < s->detail.count ? top : 0;
    }
    if (s->mode == MODE_HELP || s->mode == MODE_DETAIL) {
        draw_lines(s, &s->detail, s->detail_top,
                   s->mode == MODE_HELP ? " Esc, q or ? back" : " Esc, q or Enter back");
        refresh();
        return;
    }
    if (s->mode == MODE_MEETING && meeting_draw(s)) {
        refresh();
        return;
    }
    if (s->mode == MODE_FORM && s->form != NULL) {
        form_draw(s->form, s);
        refresh();
        return;
    }
    int top = 1 + draw_tabs(s); /* the body's first line */
    panel *p = &s->panels[s->current];
    if (!s->data_ok) {
        draw_text(&s->theme, top + 1, 1, COLS - 2, s->problem, A_BOLD, false);
    } else {
        int band = s->mode == MODE_MEETING ? meeting_panel_band(s, top) : 0;
        p->ops->draw(p, s, top + band, 0, LINES - 1 - top - band, COLS);
    }
    if (s->mode == MODE_MEETING)
        meeting_draw_bar(s);
    else
        draw_bottom(s);
    refresh();
}

static void open_lines(tui_state *s, mode m)
{
    lines_width = COLS;
    lines_free(&s->detail);
    s->detail_top = 0;
    s->mode = m;
}

void frame_open_help(tui_state *s)
{
    open_lines(s, MODE_HELP);
    help_lines(s, &s->detail);
    lines_fit(&s->detail, COLS - 2);
}

void frame_open_detail(tui_state *s)
{
    panel *p = &s->panels[s->current];
    const table_row *r = table_selected(&p->table);
    if (r == NULL || p->ops->detail == NULL || p->layout.ncolumns == 0)
        return;
    open_lines(s, MODE_DETAIL);
    p->ops->detail(p, s, r, &s->detail);
    lines_fit(&s->detail, COLS - 2);
}

/* Esc, q (and ? in the help, Enter in a detail) go back; o in a detail
 * opens what the row is linked to, where its panel offers it; the rest
 * scroll. */
void frame_lines_key(tui_state *s, int key)
{
    panel *p = &s->panels[s->current];
    if (s->mode == MODE_DETAIL && key == 'o' && p->ops->action != NULL &&
        keys_action(key, s->current, s->options->read_only) == ACTION_FOLLOW) {
        s->mode = MODE_PANEL;
        tui_react(s, p, p->ops->action(p, s, ACTION_FOLLOW));
        return;
    }
    if (key == 27 || key == 'q' || (s->mode == MODE_HELP && (key == '?' || key == KEY_F(1))) ||
        (s->mode == MODE_DETAIL && (key == '\n' || key == '\r' || key == KEY_ENTER))) {
        s->mode = MODE_PANEL;
        return;
    }
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
