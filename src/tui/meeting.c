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
        size_t headline;
        rag rating;
    } cards[] = {
        {"Savings forecast", 2, o->savings_rag},
        {"Savings gap", 4, RAG_NONE},
        {"Uncovered vacancy", 6, o->staffing_rag},
        {"Reviews against target", 7, o->reviews_rag},
        {"High risks", 9, RAG_NONE},
        {"Overdue risk reviews", 10, RAG_NONE},
        {"Over budget after actions", 11,
         !o->has_bridge || o->bridge.revised_variance == MONEY_UNKNOWN ? RAG_NONE
         : o->bridge.revised_variance > 0                              ? RAG_RED
                                                                       : RAG_GREEN},
        {"Benefit evidenced by KPIs", 12, RAG_NONE},
    };
    int columns = COLS >= 100 ? 2 : 1;
    int card_width = (COLS - 2) / columns;
    int y = 4, x = 1;
    for (size_t i = 0; i < sizeof cards / sizeof cards[0]; i++) {
        if (y + 7 > LINES - 1)
            break;
        if ((cards[i].headline == 11 && !o->has_bridge) || (cards[i].headline == 12 && o->kpis == 0))
            continue; /* no finance kept: no card for it */
        int64_t value = 0;
        char text[48] = "none", change[48] = "";
        if (headline_value(o, cards[i].headline, &value)) {
            const headline_def *def = headline_get(cards[i].headline);
            if (def->unit == UNIT_POUNDS)
                screen_money(text, sizeof text, value);
            else if (def->unit == UNIT_TENTHS_PERCENT) {
                decimal_format(text, sizeof text, decimal_of(value, 1));
                strcat(text, "%");
            } else
                snprintf(text, sizeof text, "%lld", (long long)value);
        }
        change_judgement judgement = headline_change(s, cards[i].headline, change, sizeof change);
        draw_text(th, y, x, card_width - 2, cards[i].label, A_BOLD, false);
        if (big_width(text) <= card_width - 2)
            draw_big(
                th, y + 1, x, text,
                theme_attr(th, cards[i].rating != RAG_NONE ? element_for_rag(cards[i].rating) : E_NORMAL) |
                    A_BOLD);
        else
            draw_text(th, y + 3, x, card_width - 2, text, A_BOLD, false);
        char under[96];
        snprintf(under, sizeof under, "%s%s%s%s%s", rag_word(cards[i].rating),
                 cards[i].rating != RAG_NONE ? " " : "", change,
                 judgement == CHANGE_GOOD  ? " better"
                 : judgement == CHANGE_BAD ? " worse"
                                           : "",
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
