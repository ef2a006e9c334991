/* panel_overview.c - what the assurance meeting opens with: the headlines
 * with their change since the last snapshot (judged better or worse), the
 * benefits profile by FY, staffing hot spots, review throughput and its
 * trend, high and overdue risks, and the exceptions, worst first. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_internal.h"

/* The overview has no table; its layout names only its title and key. */
static const field_spec fields[1] = {{"none", "", VIEW_TYPE_TEXT, NULL, 0, false, ""}};

#define SECTION_WIDTH 10

typedef struct {
    int y, x, left, right; /* where the next card goes, and the line's bounds */
} flow;

/* A card that shows no headline's change. */
#define NO_HEADLINE HEADLINE_COUNT

/* Put a card (label, value, change, rating) where it fits, starting a new
 * line when it does not. */
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
    f->x += draw_plain(th, f->y, f->x, f->right, label, theme_attr(th, E_DIM));
    f->x += draw_plain(th, f->y, f->x, f->right, " ", A_NORMAL);
    f->x += draw_plain(th, f->y, f->x, f->right, value, A_BOLD);
    if (change[0]) {
        element e = judgement == CHANGE_GOOD ? E_GOOD : judgement == CHANGE_BAD ? E_BAD : E_DIM;
        f->x += draw_plain(th, f->y, f->x, f->right, " ", A_NORMAL);
        f->x += draw_plain(th, f->y, f->x, f->right, change, theme_attr(th, e));
    }
    if (rating != RAG_NONE) {
        f->x += draw_plain(th, f->y, f->x, f->right, " ", A_NORMAL);
        f->x +=
            draw_plain(th, f->y, f->x, f->right, rag_word(rating), theme_attr(th, element_for_rag(rating)));
    }
    f->x += draw_plain(th, f->y, f->x, f->right, "   ", A_NORMAL);
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

static flow section(tui_state *s, int y, int x, int width, const char *name)
{
    draw_text(&s->theme, y, x, SECTION_WIDTH, name, theme_attr(&s->theme, E_TITLE), false);
    flow f = {y, x + SECTION_WIDTH, x + SECTION_WIDTH, x + width};
    return f;
}

static void pct_text(char *buf, size_t size, decimal d)
{
    if (!d.defined) {
        snprintf(buf, size, "none");
        return;
    }
    decimal_format(buf, size, d);
    strncat(buf, "%", size - strlen(buf) - 1);
}

static staffing_set latest_staffing(tui_data *d)
{
    return d->ndates > 0 ? data_staffing_on(d, d->dates[d->ndates - 1]) : (staffing_set){NULL, 0, NULL};
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

static void draw_profile(tui_state *s, int y, int x, int width, int rows)
{
    const theme *th = &s->theme;
    const savings_set *set = &s->data.savings;
    savings_group *groups = malloc((set->nyears + 1) * sizeof *groups); /* a group per year at most */
    size_t n = groups != NULL ? savings_group_totals(set->lines, set->nlines, set->years, set->nyears,
                                                     SAVINGS_BY_FY, 0, groups)
                              : 0;
    draw_text(th, y, x, SECTION_WIDTH, "PROFILE", theme_attr(th, E_TITLE), false);
    money scale = 0;
    for (size_t g = 0; g < n; g++) {
        const money values[4] = {groups[g].figures.target, groups[g].figures.stretch,
                                 groups[g].figures.forecast, groups[g].figures.actual};
        for (int v = 0; v < 4; v++)
            if (values[v] != MONEY_UNKNOWN && values[v] > scale)
                scale = values[v];
    }
    int bar = width - SECTION_WIDTH - 8 - 26;
    if (bar > 40)
        bar = 40;
    for (size_t g = 0; g < n && (int)g < rows - 1; g++) {
        char fy[16], forecast[16], target[16], text[64];
        fy_format(fy, sizeof fy, groups[g].fy);
        draw_text(th, y + (int)g, x + SECTION_WIDTH, 8, fy, A_NORMAL, false);
        if (bar > 4)
            draw_profile_bar(th, y + (int)g, x + SECTION_WIDTH + 8, bar, scale, &groups[g].figures);
        screen_money(forecast, sizeof forecast, groups[g].figures.forecast);
        screen_money(target, sizeof target, groups[g].figures.target);
        snprintf(text, sizeof text, " %s of %s", forecast, target);
        draw_plain(th, y + (int)g, x + SECTION_WIDTH + 8 + (bar > 4 ? bar : 0), x + width, text, A_NORMAL);
    }
    if ((int)n < rows) {
        char legend[160];
        snprintf(legend, sizeof legend, "%s actual %s forecast %s target %s stretch", th->block, th->medium,
                 th->shade, th->tick);
        draw_text(th, y + (int)n, x + SECTION_WIDTH + 8, width - SECTION_WIDTH - 8, legend,
                  theme_attr(th, E_DIM), false);
    }
    free(groups);
}

/* A line saying what was re-profiled since the snapshot, when anything was:
 * "1 line re-profiled since PAM 9 Nov 2026 (£1.00m moved)". */
static void reprofiled_line(tui_state *s, flow *f)
{
    const slippage_totals *t = &s->data.reprofiled;
    if (!s->data.has_snapshot || (t->lines == 0 && t->slipped_lines == 0))
        return;
    char moved[32], out[32], text[600];
    screen_money(moved, sizeof moved, t->moved);
    screen_money(out, sizeof out, t->slipped_out);
    if (t->lines > 0) {
        int n = snprintf(text, sizeof text, "%s %zu line%s re-profiled since %s (%s moved)", s->theme.later,
                         t->lines, t->lines == 1 ? "" : "s", s->data.since.label, moved);
        if (t->slipped_lines > 0 && n > 0 && (size_t)n < sizeof text)
            snprintf(text + n, sizeof text - (size_t)n, "; %s slipped out of %zu line%s", out,
                     t->slipped_lines, t->slipped_lines == 1 ? "" : "s");
    } else {
        snprintf(text, sizeof text, "%s %s slipped out of %zu line%s since %s", s->theme.later, out,
                 t->slipped_lines, t->slipped_lines == 1 ? "" : "s", s->data.since.label);
    }
    if (f->x > f->left) {
        f->y++;
        f->x = f->left;
    }
    f->x += draw_plain(&s->theme, f->y, f->x, f->right, text, A_NORMAL);
}

static void draw(panel *p, tui_state *s, int y, int x, int height, int width)
{
    (void)p;
    const overview *o = &s->data.now;
    const theme *th = &s->theme;
    char a[48], b[200];
    int bottom = y + height;

    /* Savings */
    flow f = section(s, y, x, width, "SAVINGS");
    headline_card(s, &f, "Target", HEADLINE_SAVINGS_TARGET, "", true);
    headline_card(s, &f, "Forecast", HEADLINE_SAVINGS_FORECAST, "", false);
    headline_card(s, &f, "Delivered", HEADLINE_SAVINGS_ACTUAL, "", true);
    headline_card(s, &f, "Gap", HEADLINE_SAVINGS_GAP, "", true);
    pct_text(a, sizeof a, o->savings_delivery_pct);
    card(s, &f, "Delivery", a, NO_HEADLINE, o->savings_rag);
    if (o->has_investment && o->savings_net != MONEY_UNKNOWN) { /* the target less the programme's costs */
        screen_money(a, sizeof a, o->savings_net);
        card(s, &f, "Net of costs", a, NO_HEADLINE, RAG_NONE);
    }
    if (o->savings_pipeline_lines > 0) {
        headline_card(s, &f, "Pipeline (not in totals)", HEADLINE_SAVINGS_PIPELINE, "", true);
    }
    reprofiled_line(s, &f);
    int line = f.y + 1;

    /* Staffing, and its worst hot spots */
    if (line < bottom) {
        f = section(s, line, x, width, "STAFFING");
        headline_card(s, &f, "Vacancy", HEADLINE_STAFFING_VACANCY, "none", true);
        headline_card(s, &f, "Uncovered", HEADLINE_STAFFING_UNCOVERED, "none", true);
        line = f.y + 1;
    }
    if (line < bottom && s->data.ndates > 0) {
        staffing_set latest = data_staffing_on(&s->data, s->data.dates[s->data.ndates - 1]);
        size_t worst[3] = {0};
        int64_t worst_pct[3] = {-1, -1, -1};
        for (size_t i = 0; i < latest.count; i++) {
            decimal u = staffing_uncovered_pct(&latest.rows[i].fte);
            if (!u.defined || staffing_rag(&latest.rows[i].fte, s->cfg->staffing) != RAG_RED)
                continue;
            for (int k = 0; k < 3; k++) {
                if (u.units > worst_pct[k]) {
                    for (int m = 2; m > k; m--) {
                        worst[m] = worst[m - 1];
                        worst_pct[m] = worst_pct[m - 1];
                    }
                    worst[k] = i;
                    worst_pct[k] = u.units;
                    break;
                }
            }
        }
        f = (flow){line, x + SECTION_WIDTH, x + SECTION_WIDTH, x + width};
        f.x += draw_plain(th, line, f.x, f.right, "Hot spots", theme_attr(th, E_DIM));
        if (worst_pct[0] < 0)
            draw_plain(th, line, f.x, f.right, " none", A_NORMAL);
        for (int k = 0; k < 3 && worst_pct[k] >= 0; k++) {
            const staffing_row *row = &latest.rows[worst[k]];
            decimal_format(a, sizeof a, decimal_of(worst_pct[k], 1));
            snprintf(b, sizeof b, "%s %s %s %s%%", k > 0 ? "," : "", row->area, row->role, a);
            if (f.x + text_columns(b) > f.right)
                break; /* only whole ones */
            f.x += draw_plain(th, line, f.x, f.right, b, theme_attr(th, E_RED));
        }
        line++;
    }

    /* Reviews and their trend */
    if (line < bottom) {
        f = section(s, line, x, width, "REVIEWS");
        headline_card(s, &f, "Against target", HEADLINE_REVIEWS_TARGET, "none", true);
        headline_card(s, &f, "Backlog", HEADLINE_REVIEWS_BACKLOG, "0", true);
        /* the service's target % over the last periods */
        decimal series[16];
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
            f.x += draw_plain(th, f.y, f.x, f.right, "Trend ", theme_attr(th, E_DIM));
            draw_sparkline(th, f.y, f.x, series, n, 0, 1200, A_BOLD);
        }
        line = f.y + 1;
    }

    /* Risks */
    if (line < bottom) {
        f = section(s, line, x, width, "RISKS");
        headline_card(s, &f, "High", HEADLINE_RISKS_HIGH, "", true);
        headline_card(s, &f, "Overdue reviews", HEADLINE_RISKS_OVERDUE, "", true);
        snprintf(a, sizeof a, "%d", o->risks_open);
        card(s, &f, "Open", a, NO_HEADLINE, RAG_NONE);
        line = f.y + 1;
    }
    /* The high risks by name, highest score first, as many as fit. */
    if (line < bottom && o->risks_high > 0) {
        f = (flow){line, x + SECTION_WIDTH, x + SECTION_WIDTH, x + width};
        f.x += draw_plain(th, line, f.x, f.right, "High", theme_attr(th, E_DIM));
        bool first = true;
        for (int score = 25; score > s->cfg->risks.medium_max; score--) {
            for (size_t i = 0; i < s->data.risks.count; i++) {
                const risk_row *r = &s->data.risks.rows[i];
                if (r->scores.status != RISK_OPEN ||
                    risk_score(r->scores.likelihood, r->scores.impact) != score)
                    continue;
                bool overdue = risk_is_overdue(&r->scores, s->data.today, s->cfg->risks);
                snprintf(b, sizeof b, "%s %s %d%s", first ? "" : ",", r->ref, score,
                         overdue ? " overdue" : "");
                if (f.x + text_columns(b) + 1 > f.right)
                    goto listed; /* only whole ones */
                f.x += draw_plain(th, line, f.x, f.right, b, theme_attr(th, E_RED));
                first = false;
            }
        }
    listed:
        line++;
    }

    /* Programme finance: the budget after actions, the benefit the KPIs
     * evidence, and the return on the investment */
    if (line < bottom && (o->has_bridge || o->kpis > 0 || o->has_investment)) {
        f = section(s, line, x, width, "FINANCE");
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
        if (o->kpis > 0) {
            headline_card(s, &f, "KPIs", HEADLINE_KPI_BENEFIT, "none", true);
        }
        if (o->has_investment && o->roi.defined) {
            decimal_format(a, sizeof a, o->roi);
            strcat(a, ":1");
            card(s, &f, "Return", a, NO_HEADLINE, o->roi_meets_principle ? RAG_GREEN : RAG_RED);
        }
        if (o->fee != MONEY_UNKNOWN) {
            screen_money(a, sizeof a, o->fee_payable);
            card(s, &f, "Fee", a, NO_HEADLINE, RAG_NONE);
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
    int profile_rows = (int)nfy + 1;
    if (line + 1 + profile_rows + 3 <= bottom) {
        line++;
        draw_profile(s, line, x, width, profile_rows);
        line += profile_rows;
    }

    /* Exceptions, worst first */
    if (line + 2 <= bottom) {
        line++;
        staffing_set latest = latest_staffing(&s->data);
        indicator_settings settings;
        exception_sources sources = exception_data(s, &latest, &settings);
        const overview_exception *list = NULL;
        size_t n = exceptions(s, &sources, &list);
        snprintf(a, sizeof a, "EXCEPTIONS (%zu, worst first)", n);
        draw_text(th, line++, x, width, a, theme_attr(th, E_TITLE), false);
        for (size_t i = 0; i < n && line < bottom; i++, line++) {
            bool last_line = line == bottom - 1 && i + 1 < n;
            if (last_line) {
                snprintf(a, sizeof a, "... and %zu more", n - i);
                draw_text(th, line, x + 2, width - 2, a, theme_attr(th, E_DIM), false);
                break;
            }
            draw_text(th, line, x, 6, rag_word(list[i].rating),
                      theme_attr(th, element_for_rag(list[i].rating)), false);
            exception_words words;
            exception_describe(&sources, &list[i], screen_headline_style(s), &words);
            char text[1024];
            exception_line(&words, text, sizeof text);
            draw_text(th, line, x + 7, width - 7, text, A_NORMAL, false);
        }
        if (n == 0 && line < bottom)
            draw_text(th, line, x + 2, width - 2,
                      "None: no red lines, hot spots, teams under target or overdue risks.", A_NORMAL, false);
    }
}

/* [ and ]: compare with the snapshot before or after the one compared with now. */
static reaction act(panel *p, tui_state *s, action what)
{
    (void)p;
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
        snprintf(buf, size, "changes since %s", s->data.since.label);
    } else {
        snprintf(buf, size, "no snapshot yet to compare with");
    }
}

const panel_ops overview_panel = {
    .name = "overview",
    .fields = fields,
    .nfields = 1,
    .draw = draw,
    .action = act,
    .detail = detail,
    .caption = caption,
    .table = -1,
};
