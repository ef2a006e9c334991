/* tui.c - the dashboard's event loop and, for now, its one screen: the
 * programme's name, the database and what it holds. */
#include "tui.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "calendar.h"
#include "terminal.h"
#include "text.h"

#define MIN_COLUMNS 40
#define MIN_LINES   10

enum { PAIR_HEADER = 1, PAIR_KEY };

typedef struct {
    const tui_options *options;
    terminal_caps caps;
    long long counts[STORE_TABLE_COUNT];
    char problem[256]; /* a database error to show instead of the counts */
} tui_state;

/* Print data text at y, x, made visible (no control characters reach the
 * terminal) and cut to width columns. */
static void put_text(int y, int x, int width, const char *text)
{
    char visible[1024];
    text_visible(visible, sizeof visible, text);
    if (width > 0)
        mvaddnstr(y, x, visible, width);
}

static void draw_rule(int y, const terminal_caps *caps)
{
    if (caps->utf8)
        mvhline_set(y, 0, WACS_HLINE, COLS);
    else
        mvhline(y, 0, '-', COLS);
}

static void load_counts(tui_state *state)
{
    assure_error err = {""};
    state->problem[0] = '\0';
    for (int t = 0; t < STORE_TABLE_COUNT; t++) {
        if (store_count(state->options->store, (store_table)t, &state->counts[t], &err) != ASSURE_OK) {
            snprintf(state->problem, sizeof state->problem, "%s", err.message);
            return;
        }
    }
}

static void draw(const tui_state *state)
{
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
    const assure_config *cfg = state->options->config;
    time_t now = time(NULL);
    struct tm local;
    localtime_r(&now, &local);
    calendar_date today = {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
    char as_at[32];
    date_format_long(as_at, sizeof as_at, today);

    if (state->caps.colour)
        attron(COLOR_PAIR(PAIR_HEADER));
    attron(A_BOLD);
    mvhline(0, 0, ' ', COLS);
    put_text(0, 1, COLS - (int)strlen(as_at) - 3, cfg->programme_name);
    mvaddstr(0, COLS - (int)strlen(as_at) - 1, as_at);
    attroff(A_BOLD);
    if (state->caps.colour)
        attroff(COLOR_PAIR(PAIR_HEADER));

    char line[1200];
    snprintf(line, sizeof line, "Database  %s%s", store_path(state->options->store),
             state->options->read_only ? "  (read-only)" : "");
    put_text(2, 1, COLS - 2, line);
    draw_rule(3, &state->caps);

    static const char *const labels[STORE_TABLE_COUNT] = {
        "Savings lines", "Staffing rows", "Review periods", "Risks", "Snapshots", "Audit entries",
    };
    if (state->problem[0] != '\0') {
        put_text(5, 1, COLS - 2, state->problem);
    } else {
        for (int t = 0; t < STORE_TABLE_COUNT && 5 + t < LINES - 3; t++) {
            snprintf(line, sizeof line, "%-16s %8lld", labels[t], state->counts[t]);
            mvaddnstr(5 + t, 3, line, COLS - 4);
        }
    }
    if (LINES > 14)
        mvaddnstr(LINES - 3, 1, "The panels come next: Overview, Savings, Staffing, Reviews, Risks.",
                  COLS - 2);

    if (state->caps.colour)
        attron(COLOR_PAIR(PAIR_KEY));
    attron(A_REVERSE);
    mvhline(LINES - 1, 0, ' ', COLS);
    mvaddnstr(LINES - 1, 0, " q Quit   r Reload", COLS);
    attroff(A_REVERSE);
    if (state->caps.colour)
        attroff(COLOR_PAIR(PAIR_KEY));
    refresh();
}

assure_status tui_run(const tui_options *options, assure_error *err)
{
    tui_state state;
    memset(&state, 0, sizeof state);
    state.options = options;
    assure_status status = terminal_open(options->config, &state.caps, err);
    if (status != ASSURE_OK)
        return status;
    if (state.caps.colour) {
        init_pair(PAIR_HEADER, COLOR_WHITE, COLOR_BLUE);
        init_pair(PAIR_KEY, -1, -1);
    }
    int refresh_ms = options->config->refresh > 0 ? options->config->refresh * 1000 : -1;
    timeout(refresh_ms);
    long long seen_version = 0;
    store_data_version(options->store, &seen_version, NULL);
    load_counts(&state);
    draw(&state);
    for (;;) {
        int key = getch();
        if (terminal_stop_signal() != 0)
            break;
        if (key == ERR) {
            if (terminal_input_closed())
                break;
            long long version = 0;
            if (store_data_version(options->store, &version, NULL) == ASSURE_OK && version != seen_version) {
                seen_version = version;
                load_counts(&state);
                draw(&state);
            }
            continue;
        }
        if (key == 'q' || key == 'Q')
            break;
        if (key == 'r') {
            load_counts(&state);
            draw(&state);
        } else if (key == KEY_RESIZE) {
            draw(&state);
        }
    }
    terminal_close();
    return ASSURE_OK;
}
