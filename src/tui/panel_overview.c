/* panel_overview.c - what the assurance meeting opens with: the headlines
 * with their change since the last snapshot (judged better or worse), the
 * benefits profile by FY, staffing hot spots, review throughput and its
 * trend, high and overdue risks, overdue actions, open issues and slipped
 * milestones, and the exceptions, worst first. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "overview_page.h"
#include "view_kpis.h"
#include "view_reviews.h"
#include "view_risks.h"
#include "view_savings.h"
#include "view_staffing.h"

/* The overview has no table; its layout names only its title and key. */
static const field_spec fields[1] = {{"none", "", VIEW_TYPE_TEXT, NULL, 0, false, ""}};

#define SECTION_WIDTH 10

/* The Overview is laid out as lines from its first, and the box shows those
 * from `scroll`: what is below or above says how much there is, and the
 * exceptions can be chosen with the arrows and opened with Enter. */
typedef struct {
    int scroll;          /* the line at the top of the box */
    size_t chosen;       /* the exception Up and Down move through */
    bool follow;         /* after a move: scroll to show the chosen one */
    int lines;           /* how many lines the last drawing laid out */
    int height;          /* the box's height then */
    int first_exception; /* the line of the first exception then (-1: none) */
    int top;             /* the screen line of the box's first line then */
    size_t nshown;       /* exceptions then */
} overview_state;

/* A card that shows no headline's change. */
#define NO_HEADLINE HEADLINE_COUNT

/* Put a card (label, value, change, rating) where it fits, starting a new
 * line when it does not, and its parts on the next when one line is too
 * narrow for it. */
static void card(tui_state *s, flow *f, const char *label, const char *value, headline h, rag rating)
{
    const theme *th = &s->theme;
    char change[64] = "";
    change_judgement judgement = CHANGE_NONE;
    if (h < HEADLINE_COUNT)
        judgement = headline_change(s, h, change, sizeof change);
    int width = text_columns(label) + 1 + text_columns(value) + (change[0] ? 1 + text_columns(change) : 0) +
                (rating != RAG_NONE ? 1 + (int)strlen(rag_word(rating)) : 0);
    if (f->x > f->left && f->x + width > f->right) {
        f->y++;
        f->x = f->left;
    }
    overview_part(f, label, theme_attr(th, E_DIM));
    overview_gap(f, 1);
    overview_part(f, value, A_BOLD);
    if (change[0]) {
        element e = judgement == CHANGE_GOOD ? E_GOOD : judgement == CHANGE_BAD ? E_BAD : E_DIM;
        overview_gap(f, 1);
        overview_part(f, change, theme_attr(th, e));
    }
    if (rating != RAG_NONE) {
        overview_gap(f, 1);
        overview_part(f, rag_word(rating), theme_attr(th, element_for_rag(rating)));
    }
    overview_gap(f, 3);
}

/* A headline's card: its value as screens write it (none: `none`), its
 * change, and its rating when `rated` (the savings forecast's is shown on
 * the delivery card instead). */
static void headline_card(tui_state *s, flow *f, const char *label, headline h, const char *none, bool rated)
{
    const overview *o = &s->data.now;
    char text[48];
    int64_t value;
    if (headline_value(o, h, &value))
        headline_format_value(text, sizeof text, h, value, screen_headline_style(s));
    else
        snprintf(text, sizeof text, "%s", none);
    card(s, f, label, text, h, rated ? headline_rag(o, h) : RAG_NONE);
}

/* What the exceptions are found in; staffing is held by the caller (the
 * latest snapshot's rows). */
static exception_sources exception_data(tui_state *s, const staffing_set *staffing,
                                        indicator_settings *settings)
{
    tui_data *d = &s->data;
    *settings = (indicator_settings){s->cfg->savings, s->cfg->staffing, s->cfg->reviews, s->cfg->risks,
                                     s->cfg->final_fy};
    return (exception_sources){&d->savings, staffing, &d->reviews,           &d->risks, &d->kpis,
                               &d->now,     settings, s->cfg->roi_principle, d->today};
}

/* The exceptions, worst first: found once for each reading of the data,
 * and kept with it. */
static size_t exceptions(tui_state *s, const exception_sources *sources, const overview_exception **out)
{
    tui_data *d = &s->data;
    if (!d->has_exceptions) {
        if (!exceptions_find(sources, &d->exceptions, &d->nexceptions)) {
            *out = NULL; /* out of memory: none shown, and tried again at the next draw */
            return 0;
        }
        d->has_exceptions = true;
    }
    *out = d->exceptions;
    return d->nexceptions;
}

static flow section(tui_state *s, const page *pg, int line, int x, int width, const char *name)
{
    int y = overview_row(pg, line);
    if (y >= 0)
        draw_text(&s->theme, y, x, SECTION_WIDTH, name, theme_attr(&s->theme, E_TITLE), false);
    flow f = {pg, line, x + SECTION_WIDTH, x + SECTION_WIDTH, x + width};
    return f;
}

/* ---- the page ---- */

/* Lay out every section from line 0; draws the lines in the box.  Returns
 * the lines laid out; the exceptions' first line goes to *first. */
static int lay_out(tui_state *s, const page *pg, int x, int width, int *first, size_t *nexceptions)
{
    const overview *o = &s->data.now;
    const theme *th = &s->theme;
    overview_state *st = s->panels[VIEW_OVERVIEW].own;
    char a[48];

    /* Savings */
    flow f = section(s, pg, 0, x, width, "SAVINGS");
    headline_card(s, &f, "Target", HEADLINE_SAVINGS_TARGET, "", true);
    headline_card(s, &f, "Forecast", HEADLINE_SAVINGS_FORECAST, "", false);
    headline_card(s, &f, "Delivered", HEADLINE_SAVINGS_ACTUAL, "", true);
    headline_card(s, &f, "Gap", HEADLINE_SAVINGS_GAP, "", true);
    overview_pct(a, sizeof a, o->savings_delivery_pct);
    card(s, &f, "Delivery", a, NO_HEADLINE, o->savings_rag);
    if (o->has_investment && o->savings_net != MONEY_UNKNOWN) { /* the target less the programme's costs */
        screen_money(a, sizeof a, o->savings_net);
        card(s, &f, "Net of costs", a, NO_HEADLINE, RAG_NONE);
    }
    if (o->savings_pipeline_lines > 0)
        headline_card(s, &f, "Pipeline (not in totals)", HEADLINE_SAVINGS_PIPELINE, "", true);
    overview_reprofiled(s, &f);
    int line = f.y + 1;

    /* Staffing, and its hot spots */
    f = section(s, pg, line, x, width, "STAFFING");
    headline_card(s, &f, "Vacancy", HEADLINE_STAFFING_VACANCY, "none", true);
    headline_card(s, &f, "Uncovered", HEADLINE_STAFFING_UNCOVERED, "none", true);
    line = f.y + 1;
    if (s->data.latest_date[0] != '\0') {
        f = (flow){pg, line, x + SECTION_WIDTH, x + SECTION_WIDTH, x + width};
        overview_hot_spots(s, &f);
        line = f.y + 1;
    }

    /* Reviews and their trend */
    f = section(s, pg, line, x, width, "REVIEWS");
    headline_card(s, &f, "Against target", HEADLINE_REVIEWS_TARGET, "none", true);
    headline_card(s, &f, "Backlog", HEADLINE_REVIEWS_BACKLOG, "0", true);
    decimal series[16]; /* the service's target % over the last periods */
    size_t n = 0;
    const char *last = "";
    for (size_t i = 0; i < s->data.reviews.count; i++) {
        const char *start = s->data.reviews.rows[i].period_start;
        if (strcmp(start, last) == 0)
            continue;
        last = start;
        reviews_total t = reviews_total_empty();
        for (size_t j = i;
             j < s->data.reviews.count && strcmp(s->data.reviews.rows[j].period_start, start) == 0; j++)
            reviews_total_add(&t, &s->data.reviews.rows[j].period, s->cfg->reviews, true);
        if (n == 16) {
            memmove(series, series + 1, sizeof series[0] * 15);
            n--;
        }
        series[n++] = reviews_total_target_pct(&t);
    }
    if (n > 1 && f.x + 6 + (int)n < f.right) {
        f.x += overview_put(pg, f.y, f.x, f.right, "Trend ", theme_attr(th, E_DIM));
        int y = overview_row(pg, f.y);
        if (y >= 0)
            draw_sparkline(th, y, f.x, series, n, 0, 1200, A_BOLD);
    }
    line = f.y + 1;

    /* Risks, and the high ones by name */
    f = section(s, pg, line, x, width, "RISKS");
    headline_card(s, &f, "High", HEADLINE_RISKS_HIGH, "", true);
    headline_card(s, &f, "Overdue reviews", HEADLINE_RISKS_OVERDUE, "", true);
    snprintf(a, sizeof a, "%d", o->risks_open);
    card(s, &f, "Open", a, NO_HEADLINE, RAG_NONE);
    line = f.y + 1;
    if (o->risks_high > 0) {
        f = (flow){pg, line, x + SECTION_WIDTH, x + SECTION_WIDTH, x + width};
        overview_high_risks(s, &f);
        line = f.y + 1;
    }

    /* The programme office: actions overdue, issues open, milestones of the
     * plan slipped against their baselines */
    f = section(s, pg, line, x, width, "ACTIONS");
    headline_card(s, &f, "Overdue", HEADLINE_ACTIONS_OVERDUE, "", true);
    headline_card(s, &f, "Issues", HEADLINE_ISSUES_OPEN, "", true);
    headline_card(s, &f, "Plan slipped", HEADLINE_MILESTONES_SLIPPED, "", true);
    line = f.y + 1;

    /* Programme finance: the budget after actions, the benefit the KPIs
     * evidence, and the return on the investment */
    if (o->has_bridge || o->kpis > 0 || o->has_investment) {
        f = section(s, pg, line, x, width, "FINANCE");
        if (o->has_bridge) {
            /* the variance once the planned actions are counted */
            char label[48], fy[16], amount[40];
            fy_format(fy, sizeof fy, o->bridge.fy);
            snprintf(label, sizeof label, "Budget %s", fy);
            money v = o->bridge.revised_variance;
            screen_money(amount, sizeof amount, v == MONEY_UNKNOWN ? 0 : v < 0 ? -v : v);
            if (v == MONEY_UNKNOWN)
                snprintf(a, sizeof a, "none");
            else if (v == 0)
                snprintf(a, sizeof a, "on budget");
            else
                snprintf(a, sizeof a, "%s%s %s", v > 0 ? "+" : "", amount, v > 0 ? "over" : "under");
            card(s, &f, label, a, HEADLINE_BUDGET_REVISED_VARIANCE,
                 headline_rag(o, HEADLINE_BUDGET_REVISED_VARIANCE));
        }
        if (o->kpis > 0)
            headline_card(s, &f, "KPIs", HEADLINE_KPI_BENEFIT, "none", true);
        if (o->has_investment && o->roi.defined) {
            decimal_format(a, sizeof a, o->roi);
            strcat(a, ":1");
            card(s, &f, "Return", a, NO_HEADLINE, o->roi_meets_principle ? RAG_GREEN : RAG_RED);
        }
        if (o->fee !=
            MONEY_UNKNOWN) { /* payable on the benefit signed off; on the forecast where there is room */
            char signed_off[48], forecast[48], both[128];
            screen_money(signed_off, sizeof signed_off, o->fee_payable);
            screen_money(forecast, sizeof forecast, o->fee_payable_forecast);
            snprintf(both, sizeof both, "%s signed off (%s on forecast)", signed_off, forecast);
            bool room = f.x + text_columns("Fee") + 1 + text_columns(both) <= f.right;
            card(s, &f, "Fee", room ? both : signed_off, NO_HEADLINE, RAG_NONE);
        }
        line = f.y + 1;
    }

    /* The benefits profile by FY */
    size_t nfy = 0;
    for (size_t i = 0; i < s->data.savings.nyears; i++) {
        bool seen = false;
        for (size_t k = 0; k < i && !seen; k++)
            seen = s->data.savings.years[k].fy == s->data.savings.years[i].fy;
        nfy += !seen;
    }
    if (nfy > 0) { /* straight after the sections above, as they follow each other */
        overview_profile(s, pg, line, x, width, (int)nfy + 1);
        line += (int)nfy + 1;
    }

    /* Exceptions, worst first: the chosen one reversed */
    line++;
    staffing_set latest = overview_latest_staffing(&s->data);
    indicator_settings settings;
    exception_sources sources = exception_data(s, &latest, &settings);
    const overview_exception *list = NULL;
    size_t count = exceptions(s, &sources, &list);
    snprintf(a, sizeof a, "EXCEPTIONS (%zu, worst first)", count);
    int y = overview_row(pg, line);
    if (y >= 0)
        draw_text(th, y, x, width, a, theme_attr(th, E_TITLE), false);
    line++;
    *first = line;
    *nexceptions = count;
    for (size_t i = 0; i < count; i++) {
        y = overview_row(pg, line + (int)i);
        if (y < 0)
            continue;
        attr_t chosen = st != NULL && st->chosen == i ? A_REVERSE : 0;
        draw_text(th, y, x, 6, rag_word(list[i].rating),
                  theme_attr(th, element_for_rag(list[i].rating)) | chosen, false);
        exception_words words;
        exception_describe(&sources, &list[i], screen_headline_style(s), &words);
        char text[1024];
        exception_line(&words, text, sizeof text);
        draw_text(th, y, x + 6, 1, "", chosen, false);
        draw_text(th, y, x + 7, width - 7, text, chosen, false);
    }
    if (count == 0) {
        y = overview_row(pg, line);
        if (y >= 0)
            draw_text(th, y, x + 2, width - 2,
                      "None: no red lines, hot spots, teams under target or overdue risks.", A_NORMAL, false);
        return line + 1;
    }
    return line + (int)count;
}

/* The scroll that keeps what must be seen in the box: within the page, and
 * the chosen exception shown (with a line for the marks above and below). */
static void settle(overview_state *st, int height)
{
    int most = st->lines > height ? st->lines - height : 0;
    if (st->follow && st->first_exception >= 0 && st->nshown > 0) {
        int chosen = st->first_exception + (int)st->chosen;
        if (chosen == st->lines - 1)
            st->scroll = most;
        else if (chosen > st->scroll + height - 2)
            st->scroll = chosen - height + 2;
        else if (chosen < st->scroll + (st->scroll > 0))
            st->scroll = chosen - 1;
    }
    st->follow = false;
    if (st->scroll > most)
        st->scroll = most;
    if (st->scroll < 0)
        st->scroll = 0;
}

static void draw(panel *p, tui_state *s, int y, int x, int height, int width)
{
    overview_state *st = p->own;
    const theme *th = &s->theme;
    int first = -1;
    size_t count = 0;
    if (st != NULL && (st->scroll > 0 || st->follow || st->height != height)) {
        /* where everything goes, drawn nowhere, to know how far to scroll */
        page nowhere = {th, y, y, 0};
        st->lines = lay_out(s, &nowhere, x, width, &st->first_exception, &st->nshown);
        settle(st, height);
    }
    page pg = {th, y, y + height, st != NULL ? st->scroll : 0};
    int lines = lay_out(s, &pg, x, width, &first, &count);
    if (st == NULL)
        return;
    st->lines = lines;
    st->height = height;
    st->top = y;
    st->first_exception = first;
    st->nshown = count;
    if (st->chosen >= count)
        st->chosen = count > 0 ? count - 1 : 0;
    /* what the box does not show, said where it is hidden */
    char mark[96];
    if (pg.scroll > 0) {
        snprintf(mark, sizeof mark, "%s %d line%s above (Home: the top)", th->up, pg.scroll,
                 pg.scroll == 1 ? "" : "s");
        draw_text(th, y, x, width, mark, theme_attr(th, E_DIM), false);
    }
    int below = lines - (pg.scroll + height);
    if (below > 0) {
        int last = pg.scroll + height - 1; /* the line the mark covers */
        if (first >= 0 && count > 0 && last >= first)
            snprintf(mark, sizeof mark, "... and %d more (Down or PgDn to see them)", lines - last);
        else
            snprintf(mark, sizeof mark, "%s %d more line%s below (Down or PgDn)", th->down, below + 1,
                     below + 1 == 1 ? "" : "s");
        if (text_columns(mark) > width) /* the short form, never cut */
            snprintf(mark, sizeof mark, "%s %d more (PgDn)", th->down, below + 1);
        draw_text(th, y + height - 1, x, width, mark, theme_attr(th, E_DIM), false);
    }
}

/* ---- choosing and opening an exception ---- */

/* Enter on an exception: its panel, with its row chosen (the latest
 * staffing date, no filter, so that the row is there). */
static void open_exception(tui_state *s, const overview_exception *e)
{
    staffing_set latest = overview_latest_staffing(&s->data);
    int view = VIEW_NONE;
    size_t field = 0, field2 = 0;
    const char *text = NULL, *text2 = NULL;
    switch (e->kind) {
    case EXCEPTION_SAVINGS:
        view = VIEW_SAVINGS;
        field = SAVINGS_COL_REF;
        text = s->data.savings.lines[e->index].ref;
        break;
    case EXCEPTION_STAFFING:
        view = VIEW_STAFFING;
        field = STAFFING_COL_AREA;
        text = latest.rows[e->index].area;
        field2 = STAFFING_COL_ROLE;
        text2 = latest.rows[e->index].role;
        break;
    case EXCEPTION_REVIEWS:
        view = VIEW_REVIEWS;
        field = REVIEWS_COL_TEAM;
        text = s->data.reviews.rows[e->index].team;
        break;
    case EXCEPTION_BUDGET: view = VIEW_BRIDGE; break;
    case EXCEPTION_RETURN: view = VIEW_INVESTMENT; break;
    case EXCEPTION_KPI:
        view = VIEW_KPIS;
        field = KPI_COL_REF;
        text = s->data.kpis.kpis[e->index].ref;
        break;
    case EXCEPTION_RISK:
        view = VIEW_RISKS;
        field = RISKS_COL_REF;
        text = s->data.risks.rows[e->index].ref;
        break;
    case EXCEPTION_KIND_COUNT: break;
    }
    if (view == VIEW_NONE)
        return;
    panel *p = &s->panels[view];
    if (view == VIEW_STAFFING && p->option != -1) {
        p->option = -1;
        p->stale = true;
    }
    if (!panel_show_row(s, view, field, text, field2, text2))
        tui_say(s, 5, "%s is not shown in this panel", text);
}

/* Up and Down choose an exception (the page scrolls to it), PgUp and PgDn
 * scroll, Home and End go to the top and the last; Enter opens the chosen
 * one; [ and ] compare with the snapshot before or after. */
static reaction act(panel *p, tui_state *s, action what)
{
    overview_state *st = p->own;
    if (st != NULL) {
        int page_lines = st->height > 2 ? st->height - 2 : 1;
        switch (what) {
        case ACTION_UP:
            if (st->chosen > 0)
                st->chosen--, st->follow = true;
            else
                st->scroll--;
            return REACT_REDRAW;
        case ACTION_DOWN:
            if (st->chosen + 1 < st->nshown)
                st->chosen++, st->follow = true;
            else
                st->scroll++;
            return REACT_REDRAW;
        case ACTION_PAGE_UP: st->scroll -= page_lines; return REACT_REDRAW;
        case ACTION_PAGE_DOWN: st->scroll += page_lines; return REACT_REDRAW;
        case ACTION_HOME: st->scroll = 0, st->chosen = 0; return REACT_REDRAW;
        case ACTION_END:
            st->chosen = st->nshown > 0 ? st->nshown - 1 : 0;
            st->follow = true;
            st->scroll = st->lines;
            return REACT_REDRAW;
        case ACTION_DETAIL: {
            staffing_set latest = overview_latest_staffing(&s->data);
            indicator_settings settings;
            exception_sources sources = exception_data(s, &latest, &settings);
            const overview_exception *list = NULL;
            size_t n = exceptions(s, &sources, &list);
            if (n == 0 || st->chosen >= n)
                tui_say(s, 3, "No exception to open");
            else
                open_exception(s, &list[st->chosen]);
            return REACT_REDRAW;
        }
        default: break;
        }
    }
    if ((what != ACTION_EARLIER && what != ACTION_LATER) || s->data.nsnapshots == 0)
        return REACT_NONE;
    int current = s->since_choice < 0 ? (int)s->data.nsnapshots - 1 : s->since_choice;
    int next = current + (what == ACTION_LATER ? 1 : -1);
    if (next < 0 || (size_t)next >= s->data.nsnapshots) {
        snprintf(s->status, sizeof s->status, "No %s snapshot", what == ACTION_LATER ? "later" : "earlier");
    } else {
        s->since_choice = (size_t)next == s->data.nsnapshots - 1 ? -1 : next;
        char label[256];
        snprintf(label, sizeof label, "%s", s->data.snapshots[next].label);
        snprintf(s->status, sizeof s->status, "Comparing with %s", label);
    }
    s->status_until = time(NULL) + 3;
    return next < 0 || (size_t)next >= s->data.nsnapshots ? REACT_REDRAW : REACT_RELOAD;
}

/* A press on an exception chooses it; on the chosen one, opens it. */
static reaction click(panel *p, tui_state *s, int y, int x)
{
    (void)x;
    overview_state *st = p->own;
    if (st == NULL || st->first_exception < 0 || y < st->top || y >= st->top + st->height)
        return REACT_NONE;
    int line = y - st->top + st->scroll - st->first_exception;
    if (line < 0 || (size_t)line >= st->nshown)
        return REACT_NONE;
    if ((size_t)line == st->chosen)
        return act(p, s, ACTION_DETAIL);
    st->chosen = (size_t)line;
    return REACT_REDRAW;
}

static bool init(panel *p)
{
    overview_state *st = calloc(1, sizeof *st);
    if (st == NULL)
        return false;
    st->first_exception = -1;
    p->own = st;
    return true;
}

static void fini(panel *p)
{
    free(p->own);
    p->own = NULL;
}

static void detail(panel *p, tui_state *s, const table_row *r, text_lines *out)
{
    (void)p;
    (void)s;
    (void)r;
    (void)out;
}

static void caption(panel *p, tui_state *s, char *buf, size_t size)
{
    (void)p;
    if (s->data.has_snapshot) {
        snprintf(buf, size, "since %s", s->data.since.label);
    } else {
        snprintf(buf, size, "no snapshot yet to compare with");
    }
}

const panel_ops overview_panel = {
    .name = "overview",
    .fields = fields,
    .nfields = 1,
    .init = init,
    .fini = fini,
    .draw = draw,
    .action = act,
    .click = click,
    .detail = detail,
    .caption = caption,
    .table = -1,
};
