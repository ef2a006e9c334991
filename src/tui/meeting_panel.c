/* meeting_panel.c - in meeting mode, on a screen with room for it, a panel
 * opens with a band of its headline figures in the block font, as large as
 * fit in the top third, the panel's table below at its usual size.  The
 * figures, their ratings and words are the Overview's own. */
#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "draw.h"
#include "meeting.h"
#include "overview_page.h"

#define BAND_COLUMNS 120 /* the least screen the band is drawn on */
#define BAND_LINES   40
#define MOST_SCALE   8
#define CARD_GAP     4 /* columns between figures */
#define MOST_FIGURES 4

typedef struct {
    const char *label;
    char text[48];
    rag rating;
    headline h; /* HEADLINE_COUNT: a figure with no change of its own */
} band_figure;

/* A headline as the Overview's card shows it: its value (none: `none`),
 * and its rating when `rated`. */
static void headline_figure(const tui_state *s, band_figure *f, const char *label, headline h,
                            const char *none, bool rated)
{
    const overview *o = &s->data.now;
    int64_t value;
    f->label = label;
    f->h = h;
    f->rating = rated ? headline_rag(o, h) : RAG_NONE;
    if (headline_value(o, h, &value))
        headline_format_value(f->text, sizeof f->text, h, value, screen_headline_style(s));
    else
        snprintf(f->text, sizeof f->text, "%s", none);
}

/* The panel's figures, as the Overview's section for it has them (the
 * savings forecast's rating is on the delivery figure); 0 for a panel
 * without a band. */
static size_t panel_figures(const tui_state *s, int view, band_figure *out)
{
    const overview *o = &s->data.now;
    switch (view) {
    case VIEW_SAVINGS:
        headline_figure(s, &out[0], "Target", HEADLINE_SAVINGS_TARGET, "", true);
        headline_figure(s, &out[1], "Forecast", HEADLINE_SAVINGS_FORECAST, "", false);
        headline_figure(s, &out[2], "Gap", HEADLINE_SAVINGS_GAP, "", true);
        out[3] = (band_figure){"Delivery", "", o->savings_rag, HEADLINE_COUNT};
        overview_pct(out[3].text, sizeof out[3].text, o->savings_delivery_pct);
        return 4;
    case VIEW_STAFFING:
        headline_figure(s, &out[0], "Vacancy", HEADLINE_STAFFING_VACANCY, "none", true);
        headline_figure(s, &out[1], "Uncovered", HEADLINE_STAFFING_UNCOVERED, "none", true);
        return 2;
    case VIEW_REVIEWS:
        headline_figure(s, &out[0], "Against target", HEADLINE_REVIEWS_TARGET, "none", true);
        headline_figure(s, &out[1], "Backlog", HEADLINE_REVIEWS_BACKLOG, "0", true);
        return 2;
    case VIEW_RISKS:
        headline_figure(s, &out[0], "High", HEADLINE_RISKS_HIGH, "", true);
        headline_figure(s, &out[1], "Overdue reviews", HEADLINE_RISKS_OVERDUE, "", true);
        return 2;
    case VIEW_ACTIONS: /* the Overview's ACTIONS section */
        headline_figure(s, &out[0], "Overdue", HEADLINE_ACTIONS_OVERDUE, "", true);
        headline_figure(s, &out[1], "Issues", HEADLINE_ISSUES_OPEN, "", true);
        return 2;
    case VIEW_PLAN:
        headline_figure(s, &out[0], "Plan slipped", HEADLINE_MILESTONES_SLIPPED, "", true);
        return 1;
    default: return 0;
    }
}

/* Under a figure: its rating in words, and its change since the snapshot. */
static change_judgement figure_under(const tui_state *s, const band_figure *f, char *change, size_t size)
{
    change[0] = '\0';
    return f->h < HEADLINE_COUNT ? headline_change(s, f->h, change, size) : CHANGE_NONE;
}

static int under_columns(const band_figure *f, const char *change)
{
    int rating = f->rating != RAG_NONE ? text_columns(rag_word(f->rating)) : 0;
    return rating + (rating > 0 && change[0] ? 1 : 0) + text_columns(change);
}

/* The figure's width at scale: in the block font when it has the glyphs,
 * else as ordinary text. */
static int figure_columns(const band_figure *f, int scale)
{
    return big_drawable(f->text) ? big_width_scaled(f->text, scale) : text_columns(f->text);
}

static int card_columns(const tui_state *s, const band_figure *f, int scale)
{
    char change[64];
    figure_under(s, f, change, sizeof change);
    int width = figure_columns(f, scale);
    if (text_columns(f->label) > width)
        width = text_columns(f->label);
    return under_columns(f, change) > width ? under_columns(f, change) : width;
}

/* The band's lines at scale: the title, the labels, the figures, the
 * ratings and changes, and a line between it and the table. */
static int band_lines(int scale)
{
    return 4 + 5 * scale;
}

/* The largest scale at which every figure, its label and its words fit
 * across the screen, and the band in the top third; 0 when none does. */
static int band_scale(const tui_state *s, const band_figure *figures, size_t n)
{
    for (int scale = MOST_SCALE; scale >= 1; scale--) {
        if (band_lines(scale) > LINES / 3)
            continue;
        int width = 0;
        for (size_t i = 0; i < n; i++)
            width += card_columns(s, &figures[i], scale) + (i > 0 ? CARD_GAP : 0);
        if (width <= COLS - 2)
            return scale;
    }
    return 0;
}

static void draw_title(tui_state *s, int y, const char *name)
{
    const theme *th = &s->theme;
    char title[600], when[32], since[400] = "";
    date_format_long(when, sizeof when, s->data.today);
    if (s->data.has_snapshot)
        snprintf(since, sizeof since, "; changes since %s", s->data.since.label);
    snprintf(title, sizeof title, "%s, as at %s%s", name, when, since);
    if (text_columns(title) > COLS - 2) /* the change says its own words */
        snprintf(title, sizeof title, "%s, as at %s", name, when);
    draw_text(th, y, 1, COLS - 2, title, theme_attr(th, E_TITLE), false);
}

static void draw_figure(tui_state *s, const band_figure *f, int y, int x, int width, int scale)
{
    const theme *th = &s->theme;
    draw_text(th, y, x, width, f->label, A_BOLD, false);
    attr_t figure = theme_attr(th, f->rating != RAG_NONE ? element_for_rag(f->rating) : E_NORMAL) | A_BOLD;
    if (big_drawable(f->text))
        draw_big_scaled(th, y + 1, x, f->text, figure, scale);
    else
        draw_text(th, y + 1, x, width, f->text, figure, false);
    char change[64];
    change_judgement judgement = figure_under(s, f, change, sizeof change);
    int at = x, under = y + 1 + 5 * scale;
    if (f->rating != RAG_NONE)
        at += draw_plain(th, under, at, x + width, rag_word(f->rating),
                         theme_attr(th, element_for_rag(f->rating)) | A_BOLD) +
              1;
    if (change[0])
        draw_plain(th, under, at, x + width, change,
                   theme_attr(th, judgement == CHANGE_GOOD  ? E_GOOD
                                  : judgement == CHANGE_BAD ? E_BAD
                                                            : E_NORMAL));
}

int meeting_panel_band(tui_state *s, int top)
{
    if (COLS < BAND_COLUMNS || LINES < BAND_LINES)
        return 0;
    band_figure figures[MOST_FIGURES];
    size_t n = panel_figures(s, s->current, figures);
    int scale = n > 0 ? band_scale(s, figures, n) : 0;
    if (scale == 0) /* no size fits them whole: the panel as it always is */
        return 0;
    draw_title(s, top, s->panels[s->current].layout.title);
    /* spread across the screen when each fits its share, else side by side */
    int slot = (COLS - 2 + CARD_GAP) / (int)n;
    bool spread = true;
    for (size_t i = 0; i < n; i++)
        spread = spread && card_columns(s, &figures[i], scale) + CARD_GAP <= slot;
    int x = 1;
    for (size_t i = 0; i < n; i++) {
        int width = card_columns(s, &figures[i], scale);
        draw_figure(s, &figures[i], top + 1, x, width, scale);
        x += spread ? slot : width + CARD_GAP;
    }
    return band_lines(scale);
}
