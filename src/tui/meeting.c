/* meeting.c - meeting mode: the headline figures as large as the screen
 * allows, on as many pages as they need, then the meeting pack a section at
 * a time (meeting_pack.c), then each panel in turn, every
 * [display] meeting_cycle seconds.  Space pauses the cycle, the arrows step
 * through it, Esc or q stops it. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "calendar.h"
#include "draw.h"
#include "meeting.h"

typedef struct {
    const char *label;
    headline headline;
} meeting_card;

static const meeting_card cards[] = {
    {"Savings forecast", HEADLINE_SAVINGS_FORECAST},
    {"Savings gap", HEADLINE_SAVINGS_GAP},
    {"Uncovered vacancy", HEADLINE_STAFFING_UNCOVERED},
    {"Reviews against target", HEADLINE_REVIEWS_TARGET},
    {"High risks", HEADLINE_RISKS_HIGH},
    {"Overdue risk reviews", HEADLINE_RISKS_OVERDUE},
    {"Over budget after actions", HEADLINE_BUDGET_REVISED_VARIANCE},
    {"Benefit evidenced by KPIs", HEADLINE_KPI_BENEFIT},
    /* the programme office's, as the Overview's ACTIONS section has them */
    {"Overdue actions", HEADLINE_ACTIONS_OVERDUE},
    {"Open issues", HEADLINE_ISSUES_OPEN},
    {"Slipped milestones", HEADLINE_MILESTONES_SLIPPED},
};
#define NCARDS (sizeof cards / sizeof cards[0])

#define TOP         4 /* the first line of cards: the title is on line 2 */
#define MOST        8 /* the largest dot of the block font, in cells */
#define MOST_ACROSS 4

/* The cards this programme has: no finance kept, no card for it. */
static size_t shown_cards(const tui_state *s, const meeting_card **out)
{
    const overview *o = &s->data.now;
    size_t n = 0;
    for (size_t i = 0; i < NCARDS; i++) {
        if ((cards[i].headline == HEADLINE_BUDGET_REVISED_VARIANCE && !o->has_bridge) ||
            (cards[i].headline == HEADLINE_KPI_BENEFIT && o->kpis == 0))
            continue;
        out[n++] = &cards[i];
    }
    return n;
}

static void card_value(const tui_state *s, const meeting_card *c, char *buf, size_t size)
{
    int64_t value = 0;
    snprintf(buf, size, "none");
    if (headline_value(&s->data.now, c->headline, &value))
        headline_format_value(buf, size, c->headline, value, screen_headline_style(s));
}

/* How the cards are laid out: across, down, and the size of the figures
 * (0: ordinary text, for a screen too small for the block font). */
typedef struct {
    int across, down, scale;
} grid;

static int card_height(int scale)
{
    return scale == 0 ? 4 : 5 * scale + 3; /* the label, the figure, the change, a gap */
}

/* The figures as large as fit with every card on one page; when no size
 * fits them all, as many to a page as fit. */
static grid best_grid(const tui_state *s, const meeting_card **shown, size_t n)
{
    int widest = 0, widest_text = 0, widest_label = 0;
    for (size_t i = 0; i < n; i++) {
        char text[48];
        card_value(s, shown[i], text, sizeof text);
        if (text_columns(shown[i]->label) > widest_label) /* a label is read whole */
            widest_label = text_columns(shown[i]->label);
        if (big_width(text) > widest)
            widest = big_width(text);
        if (text_columns(text) > widest_text)
            widest_text = text_columns(text);
    }
    int height = LINES - 1 - TOP, width = COLS - 2;
    grid best = {1, 1, 0};
    long best_score = -1;
    for (int across = 1; across <= MOST_ACROSS; across++) {
        int card_width = width / across - 2;
        for (int scale = 0; scale <= MOST; scale++) {
            int down = height / card_height(scale);
            if (down < 1 || (scale == 0 ? widest_text : widest * scale) > card_width ||
                widest_label > card_width)
                continue;
            long fit = (long)across * down < (long)n ? (long)across * down : (long)n;
            long pages = fit > 0 ? ((long)n + fit - 1) / fit : 1;
            /* the block font first, then the fewer pages, then the larger figures */
            long score = (scale > 0 ? 1000000L : 0) - pages * 1000L + scale * 10L + (MOST_ACROSS - across);
            if (score > best_score) {
                best_score = score;
                best = (grid){across, down, scale};
            }
        }
    }
    return best;
}

static int per_page(grid g)
{
    return g.across * g.down;
}

/* Pages of headlines, then the pack's pages, then a step for each panel. */
static int headline_pages(const tui_state *s)
{
    const meeting_card *shown[NCARDS];
    size_t n = shown_cards(s, shown);
    grid g = best_grid(s, shown, n);
    return n == 0 ? 1 : (int)((n + (size_t)per_page(g) - 1) / (size_t)per_page(g));
}

static int steps(tui_state *s)
{
    return headline_pages(s) + meeting_pack_pages(s) + panel_tabs();
}

static void draw_card(tui_state *s, const meeting_card *c, int y, int x, int width, int scale)
{
    const theme *th = &s->theme;
    const overview *o = &s->data.now;
    rag rating = headline_rag(o, c->headline);
    char text[48], change[48] = "", under[160];
    card_value(s, c, text, sizeof text);
    change_judgement judgement = headline_change(s, c->headline, change, sizeof change);
    draw_text(th, y, x, width, c->label, A_BOLD, false);
    attr_t figure = theme_attr(th, rating != RAG_NONE ? element_for_rag(rating) : E_NORMAL) | A_BOLD;
    if (scale > 0)
        draw_big_scaled(th, y + 1, x, text, figure, scale);
    else
        draw_text(th, y + 1, x, width, text, figure, false);
    snprintf(under, sizeof under, "%s%s%s%s", rag_word(rating), rating != RAG_NONE ? " " : "", change,
             change[0] && s->data.has_snapshot ? " since last snapshot" : "");
    if (text_columns(under) > width) /* the title says since when */
        snprintf(under, sizeof under, "%s%s%s", rag_word(rating), rating != RAG_NONE ? " " : "", change);
    draw_text(th, y + 1 + (scale > 0 ? 5 * scale : 1), x, width, under,
              theme_attr(th, judgement == CHANGE_GOOD  ? E_GOOD
                             : judgement == CHANGE_BAD ? E_BAD
                                                       : E_NORMAL),
              false);
}

/* A page of large headline figures for the back of the room. */
static void draw_headlines(tui_state *s, int page)
{
    const theme *th = &s->theme;
    const meeting_card *shown[NCARDS];
    size_t n = shown_cards(s, shown);
    grid g = best_grid(s, shown, n);
    size_t first = (size_t)page * (size_t)per_page(g);
    size_t last = first + (size_t)per_page(g) < n ? first + (size_t)per_page(g) : n;
    char title[1400], when[32];
    date_format_long(when, sizeof when, s->data.today);
    /* the programme and the date, since when, and which headlines: the last
     * left out when there is no room (the bottom line says the page) */
    char since[400] = "", which[64] = "";
    if (s->data.has_snapshot)
        snprintf(since, sizeof since, "; changes since %s", s->data.since.label);
    if (!(first == 0 && last == n))
        snprintf(which, sizeof which, ": headlines %zu-%zu of %zu", first + 1, last, n);
    snprintf(title, sizeof title, "%s, as at %s%s%s", s->cfg->programme_name, when, which, since);
    if (text_columns(title) > COLS - 2)
        snprintf(title, sizeof title, "%s, as at %s%s", s->cfg->programme_name, when, since);
    draw_text(th, 2, 1, COLS - 2, title, theme_attr(th, E_TITLE), false);
    int card_width = (COLS - 2) / g.across;
    for (size_t i = first; i < last; i++) {
        int at = (int)(i - first);
        int y = TOP + (at / g.across) * card_height(g.scale);
        int x = 1 + (at % g.across) * card_width;
        draw_card(s, shown[i], y, x, card_width - 2, g.scale);
    }
}

void meeting_draw_bar(tui_state *s)
{
    char bar[600], what[160];
    int pages = headline_pages(s), pack_pages = meeting_pack_pages(s);
    if (s->meeting_step < pages)
        snprintf(what, sizeof what, "headlines");
    else if (s->meeting_step < pages + pack_pages)
        meeting_pack_describe(s, s->meeting_step - pages, what, sizeof what);
    else
        snprintf(what, sizeof what, "%s",
                 s->panels[panel_tab(s->meeting_step - pages - pack_pages)].layout.title);
    if (pages > 1 && s->meeting_step < pages)
        snprintf(what + strlen(what), sizeof what - strlen(what), " %d of %d", s->meeting_step + 1, pages);
    snprintf(bar, sizeof bar, " Meeting mode %d/%d: %s%s   Space %s  Left Right step  Esc stop",
             s->meeting_step + 1, steps(s), what, s->meeting_paused ? " (paused)" : "",
             s->meeting_paused ? "resume" : "pause");
    if (text_columns(bar) > COLS) /* the step first, and the keys as they fit */
        snprintf(bar, sizeof bar, " Meeting mode %d/%d: %s%s   Space  Left Right  Esc", s->meeting_step + 1,
                 steps(s), what, s->meeting_paused ? " (paused)" : "");
    if (text_columns(bar) > COLS)
        snprintf(bar, sizeof bar, " Meeting mode %d/%d: %s%s", s->meeting_step + 1, steps(s), what,
                 s->meeting_paused ? " (paused)" : "");
    if (s->status[0] != '\0' && time(NULL) < s->status_until) /* what was just said, first */
        snprintf(bar, sizeof bar, " %s", s->status);
    draw_text(&s->theme, LINES - 1, 0, COLS, bar, theme_attr(&s->theme, E_KEYBAR), false);
}

static void show_step(tui_state *s, int step)
{
    int n = steps(s);
    s->meeting_step = ((step % n) + n) % n;
    s->meeting_switched = time(NULL);
    int pages = headline_pages(s) + meeting_pack_pages(s);
    if (s->meeting_step >= pages)
        s->current = panel_tab(s->meeting_step - pages);
}

void meeting_start(tui_state *s)
{
    s->mode = MODE_MEETING;
    s->meeting_paused = false;
    show_step(s, 0);
}

void meeting_stop(tui_state *s)
{
    s->mode = MODE_PANEL;
    tui_say(s, 3, "Meeting mode stopped");
}

void meeting_key(tui_state *s, int key)
{
    switch (key) {
    case 27:
    case 'q':
    case 'Q':
    case 'm': meeting_stop(s); break;
    case ' ':
    case 'p':
        s->meeting_paused = !s->meeting_paused;
        s->meeting_switched = time(NULL);
        break;
    case KEY_RIGHT:
    case KEY_NPAGE:
    case 'l': show_step(s, s->meeting_step + 1); break;
    case KEY_LEFT:
    case KEY_PPAGE:
    case 'h': show_step(s, s->meeting_step - 1); break;
    case KEY_HOME:
    case 'g': show_step(s, 0); break;
    default: tui_say(s, 3, "Meeting mode: Space pauses, Left and Right step, Esc stops"); break;
    }
}

/* In meeting mode, unless paused: the next step when its time is up. */
void meeting_tick(tui_state *s)
{
    if (s->mode != MODE_MEETING || s->meeting_paused ||
        time(NULL) - s->meeting_switched < s->cfg->meeting_cycle)
        return;
    show_step(s, s->meeting_step + 1);
}

bool meeting_draw(tui_state *s)
{
    int pages = headline_pages(s);
    if (s->meeting_step < pages)
        draw_headlines(s, s->meeting_step);
    else if (!meeting_pack_draw(s, s->meeting_step - pages))
        return false;
    meeting_draw_bar(s);
    return true;
}
