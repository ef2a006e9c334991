/* meeting.c - meeting mode: the big headline figures for the back of the
 * room, then each panel in turn, every [display] meeting_cycle seconds; any
 * key stops it. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "calendar.h"
#include "draw.h"
#include "meeting.h"

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

void meeting_start(tui_state *s)
{
    s->mode = MODE_MEETING;
    s->meeting_step = 0;
    s->meeting_switched = time(NULL);
}

void meeting_stop(tui_state *s)
{
    s->mode = MODE_PANEL;
    tui_say(s, 3, "Meeting mode stopped");
}

/* In meeting mode: the next view when its time is up. */
void meeting_tick(tui_state *s)
{
    if (s->mode != MODE_MEETING || time(NULL) - s->meeting_switched < s->cfg->meeting_cycle)
        return;
    s->meeting_switched = time(NULL);
    s->meeting_step = (s->meeting_step + 1) % (panel_tabs() + 1);
    if (s->meeting_step > 0)
        s->current = panel_tab(s->meeting_step - 1);
}

bool meeting_draw(tui_state *s)
{
    if (s->meeting_step != 0)
        return false;
    draw_meeting_headlines(s);
    draw_text(&s->theme, LINES - 1, 0, COLS, " Meeting mode: the panels follow in turn; any key stops",
              theme_attr(&s->theme, E_KEYBAR), false);
    return true;
}
