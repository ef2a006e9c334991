/* panel_overview.c - what the assurance meeting opens with: the headlines
 * with their change since the last snapshot (judged better or worse), the
 * benefits profile by FY, staffing hot spots, review throughput and its
 * trend, high and overdue risks, and the exceptions, worst first. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_internal.h"

/* The overview has no table; its layout names only its title and key. */
static const field_spec fields[1] = {{"none", "", "", false}};

#define SECTION_WIDTH 10

typedef struct {
    int y, x, left, right; /* where the next card goes, and the line's bounds */
} flow;

/* Put a card (label, value, change, rating) where it fits, starting a new
 * line when it does not. */
static void card(tui_state *s, flow *f, const char *label, const char *value, size_t headline, rag rating)
{
    const theme *th = &s->theme;
    char change[48] = "";
    change_judgement judgement = CHANGE_NONE;
    if (headline < HEADLINE_COUNT)
        judgement = headline_change(s, headline, change, sizeof change);
    const char *word = judgement == CHANGE_GOOD ? " better" : judgement == CHANGE_BAD ? " worse" : "";
    int width = text_columns(label) + 1 + text_columns(value) +
                (change[0] ? 1 + text_columns(change) + (int)strlen(word) : 0) +
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
        f->x += draw_plain(th, f->y, f->x, f->right, word, theme_attr(th, e));
    }
    if (rating != RAG_NONE) {
        f->x += draw_plain(th, f->y, f->x, f->right, " ", A_NORMAL);
        f->x +=
            draw_plain(th, f->y, f->x, f->right, rag_word(rating), theme_attr(th, element_for_rag(rating)));
    }
    f->x += draw_plain(th, f->y, f->x, f->right, "   ", A_NORMAL);
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

typedef enum { EX_SAVINGS, EX_STAFFING, EX_REVIEWS, EX_BUDGET, EX_RETURN, EX_KPI, EX_RISK } exception_kind;

/* An exception is kept as what it is about; its line of text is written
 * only when it is shown (a large programme has thousands). */
struct overview_exception {
    int severity; /* 3 red, 2 amber */
    int64_t weight;
    rag rating;
    exception_kind kind;
    size_t index; /* the line, staffing row, review row, KPI or risk */
};
typedef overview_exception exception;

static int compare_exceptions(const void *a, const void *b)
{
    const exception *x = a, *y = b;
    if (x->severity != y->severity)
        return y->severity - x->severity;
    if (x->weight != y->weight)
        return (y->weight > x->weight) - (y->weight < x->weight);
    /* then in the order found: by kind, then by row */
    if (x->kind != y->kind)
        return (x->kind > y->kind) - (x->kind < y->kind);
    return (x->index > y->index) - (x->index < y->index);
}

static staffing_set latest_staffing(tui_data *d)
{
    return d->ndates > 0 ? data_staffing_on(d, d->dates[d->ndates - 1]) : (staffing_set){NULL, 0, NULL};
}

/* Add one to the list, growing it; false when out of memory. */
static bool add_exception(exception **list, size_t *n, size_t *capacity, exception e)
{
    if (*n == *capacity) {
        size_t grown = *capacity ? *capacity * 2 : 64;
        exception *bigger = realloc(*list, grown * sizeof *bigger);
        if (bigger == NULL)
            return false;
        *list = bigger;
        *capacity = grown;
    }
    (*list)[(*n)++] = e;
    return true;
}

/* Every red line, hot spot, under-target team and overdue risk: worst first.
 * Found once for each reading of the data, and kept with it. */
static size_t exceptions(tui_state *s, const exception **out)
{
    tui_data *d = &s->data;
    if (d->has_exceptions) {
        *out = d->exceptions;
        return d->nexceptions;
    }
    staffing_set latest = latest_staffing(d);
    exception *list = NULL;
    size_t n = 0, capacity = 0;
    bool ok = true;
    for (size_t l = 0; ok && l < d->savings.nlines; l++) {
        savings_figures f =
            savings_line_value(&d->savings.lines[l], l, d->savings.years, d->savings.nyears, 0);
        rag r = savings_rag(d->savings.lines[l].status, &f, s->cfg->savings);
        if (r == RAG_RED)
            ok = add_exception(&list, &n, &capacity, (exception){3, savings_gap(&f), r, EX_SAVINGS, l});
    }
    for (size_t i = 0; ok && i < latest.count; i++) {
        rag r = staffing_rag(&latest.rows[i].fte, s->cfg->staffing);
        if (r == RAG_RED)
            ok = add_exception(
                &list, &n, &capacity,
                (exception){3, staffing_uncovered_pct(&latest.rows[i].fte).units, r, EX_STAFFING, i});
    }
    for (size_t i = 0; ok && i < d->reviews.count; i++) {
        const review_row *row = &d->reviews.rows[i];
        if (strcmp(row->period_start, d->now.reviews_period) != 0)
            continue;
        rag r = reviews_rag(&row->period, s->cfg->reviews);
        if (r == RAG_RED || r == RAG_AMBER)
            ok = add_exception(&list, &n, &capacity,
                               (exception){rag_severity(r),
                                           1000 - reviews_target_pct(&row->period, s->cfg->reviews).units, r,
                                           EX_REVIEWS, i});
    }
    /* Programme finance: still over budget after the planned actions; a
     * return below the principle; a KPI worse than where it started. */
    const overview *o = &d->now;
    if (ok && o->has_bridge && o->bridge.revised_variance != MONEY_UNKNOWN && o->bridge.revised_variance > 0)
        ok = add_exception(&list, &n, &capacity,
                           (exception){3, o->bridge.revised_variance, RAG_RED, EX_BUDGET, 0});
    if (ok && o->roi.defined && !o->roi_meets_principle)
        ok = add_exception(&list, &n, &capacity, (exception){3, 0, RAG_RED, EX_RETURN, 0});
    for (size_t k = 0, v = 0; ok && k < d->kpis.count; k++) {
        size_t first = v;
        while (v < d->kpis.nvalues && d->kpis.values[v].kpi == k)
            v++;
        kpi_status st = kpi_evaluate(&d->kpis.kpis[k], &d->kpis.values[first], v - first);
        if (st.has_latest && st.improvement < 0)
            ok = add_exception(&list, &n, &capacity, (exception){2, -st.improvement, RAG_AMBER, EX_KPI, k});
    }
    for (size_t i = 0; ok && i < d->risks.count; i++) {
        const risk_row *r = &d->risks.rows[i];
        if (!risk_is_overdue(&r->scores, d->today, s->cfg->risks))
            continue;
        int score = risk_score(r->scores.likelihood, r->scores.impact);
        rag rating = risk_rating_for_score(score, s->cfg->risks) == RATING_HIGH ? RAG_RED : RAG_AMBER;
        ok =
            add_exception(&list, &n, &capacity, (exception){rag_severity(rating), score, rating, EX_RISK, i});
    }
    if (!ok) { /* out of memory: none shown, and tried again at the next draw */
        free(list);
        *out = NULL;
        return 0;
    }
    if (n > 0) /* with none, list is NULL, which qsort may not be given */
        qsort(list, n, sizeof *list, compare_exceptions);
    d->exceptions = list;
    d->nexceptions = n;
    d->has_exceptions = true;
    *out = list;
    return n;
}

/* The line an exception shows. */
static void exception_text(tui_state *s, const exception *e, char *buf, size_t size)
{
    tui_data *d = &s->data;
    char a[32] = "", b[32] = "";
    switch (e->kind) {
    case EX_SAVINGS: {
        const savings_line *line = &d->savings.lines[e->index];
        savings_figures f = savings_line_value(line, e->index, d->savings.years, d->savings.nyears, 0);
        pct_text(a, sizeof a, savings_delivery_pct(&f));
        screen_money(b, sizeof b, savings_gap(&f));
        snprintf(buf, size, "Savings   %s %s: %s of target, gap %s", line->ref, line->name, a, b);
        break;
    }
    case EX_STAFFING: {
        staffing_set latest = latest_staffing(d);
        if (e->index >= latest.count) {
            buf[0] = '\0';
            break;
        }
        const staffing_row *row = &latest.rows[e->index];
        pct_text(a, sizeof a, staffing_uncovered_pct(&row->fte));
        snprintf(buf, size, "Staffing  %s, %s: %s uncovered", row->area, row->role, a);
        break;
    }
    case EX_REVIEWS: {
        const review_row *row = &d->reviews.rows[e->index];
        pct_text(a, sizeof a, reviews_target_pct(&row->period, s->cfg->reviews));
        snprintf(buf, size, "Reviews   %s: %s of target, backlog %lld", row->team, a,
                 (long long)row->period.backlog);
        break;
    }
    case EX_BUDGET:
        fy_format(a, sizeof a, d->now.bridge.fy);
        screen_money(b, sizeof b, d->now.bridge.revised_variance);
        snprintf(buf, size, "Budget    %s: %s over budget after the planned actions", a, b);
        break;
    case EX_RETURN:
        decimal_format(a, sizeof a, d->now.roi);
        decimal_format(b, sizeof b, decimal_of(s->cfg->roi_principle, 2));
        screen_trim_zeros(b);
        snprintf(buf, size, "Return    %s:1 on the investment, below the %s:1 principle", a, b);
        break;
    case EX_KPI:
        snprintf(buf, size, "KPI       %s %s: worse than its baseline", d->kpis.kpis[e->index].ref,
                 d->kpis.kpis[e->index].name);
        break;
    case EX_RISK: {
        const risk_row *r = &d->risks.rows[e->index];
        if (r->scores.has_next_review)
            date_format(a, sizeof a, r->scores.next_review);
        char score[16] = "unscored";
        if (!risk_is_unscored(&r->scores))
            snprintf(score, sizeof score, "score %d", risk_score(r->scores.likelihood, r->scores.impact));
        snprintf(buf, size, "Risk      %s %s: %s, review overdue since %s", r->ref, r->title, score, a);
        break;
    }
    }
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
    screen_money(a, sizeof a, o->savings.target);
    card(s, &f, "Target", a, 0, RAG_NONE);
    screen_money(a, sizeof a, o->savings.forecast);
    card(s, &f, "Forecast", a, 2, RAG_NONE);
    screen_money(a, sizeof a, o->savings.actual);
    card(s, &f, "Delivered", a, 3, RAG_NONE);
    screen_money(a, sizeof a, o->savings_gap);
    card(s, &f, "Gap", a, 4, RAG_NONE);
    pct_text(a, sizeof a, o->savings_delivery_pct);
    card(s, &f, "Delivery", a, HEADLINE_COUNT, o->savings_rag);
    if (o->has_investment && o->savings_net != MONEY_UNKNOWN) { /* the target less the programme's costs */
        screen_money(a, sizeof a, o->savings_net);
        card(s, &f, "Net of costs", a, HEADLINE_COUNT, RAG_NONE);
    }
    if (o->savings_pipeline_lines > 0) {
        screen_money(a, sizeof a, o->savings_pipeline == MONEY_UNKNOWN ? 0 : o->savings_pipeline);
        card(s, &f, "Pipeline (not in totals)", a, 14, RAG_NONE);
    }
    reprofiled_line(s, &f);
    int line = f.y + 1;

    /* Staffing, and its worst hot spots */
    if (line < bottom) {
        f = section(s, line, x, width, "STAFFING");
        pct_text(a, sizeof a, o->staffing_vacancy_pct);
        card(s, &f, "Vacancy", a, 5, RAG_NONE);
        pct_text(a, sizeof a, o->staffing_uncovered_pct);
        card(s, &f, "Uncovered", a, 6, o->staffing_rag);
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
        pct_text(a, sizeof a, o->reviews_target_pct);
        card(s, &f, "Against target", a, 7, o->reviews_rag);
        snprintf(a, sizeof a, "%lld", (long long)(o->reviews.backlog >= 0 ? o->reviews.backlog : 0));
        card(s, &f, "Backlog", a, 8, RAG_NONE);
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
        snprintf(a, sizeof a, "%d", o->risks_high);
        card(s, &f, "High", a, 9, RAG_NONE);
        snprintf(a, sizeof a, "%d", o->risks_overdue);
        card(s, &f, "Overdue reviews", a, 10, RAG_NONE);
        snprintf(a, sizeof a, "%d", o->risks_open);
        card(s, &f, "Open", a, HEADLINE_COUNT, RAG_NONE);
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
            rag r = v == MONEY_UNKNOWN ? RAG_NONE : v > 0 ? RAG_RED : RAG_GREEN;
            card(s, &f, label, a, 11, r);
        }
        if (o->kpis > 0) {
            screen_money(a, sizeof a, o->kpi_benefit);
            card(s, &f, "KPIs", a[0] ? a : "none", 12, RAG_NONE);
        }
        if (o->has_investment && o->roi.defined) {
            decimal_format(a, sizeof a, o->roi);
            strcat(a, ":1");
            card(s, &f, "Return", a, HEADLINE_COUNT, o->roi_meets_principle ? RAG_GREEN : RAG_RED);
        }
        if (o->fee != MONEY_UNKNOWN) {
            screen_money(a, sizeof a, o->fee_payable);
            card(s, &f, "Fee", a, HEADLINE_COUNT, RAG_NONE);
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
        const exception *list = NULL;
        size_t n = exceptions(s, &list);
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
            char text[512];
            exception_text(s, &list[i], text, sizeof text);
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
