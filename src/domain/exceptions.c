/* exceptions.c - the exceptions the Overview lists, worst first, and their
 * words. */
#include "exceptions.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "text.h"

static int compare_exceptions(const void *a, const void *b)
{
    const overview_exception *x = a, *y = b;
    if (x->severity != y->severity)
        return y->severity - x->severity;
    if (x->weight != y->weight)
        return (y->weight > x->weight) - (y->weight < x->weight);
    /* then in the order found: by kind, then by row */
    if (x->kind != y->kind)
        return (x->kind > y->kind) - (x->kind < y->kind);
    return (x->index > y->index) - (x->index < y->index);
}

typedef struct {
    overview_exception *items;
    size_t count, capacity;
    bool ok;
} exception_list;

/* Add one to the list, growing it; on running out of memory the list
 * remembers it and takes no more. */
static void add(exception_list *list, rag rating, int64_t weight, exception_kind kind, size_t index)
{
    if (!list->ok)
        return;
    overview_exception *bigger = array_grow(list->items, &list->capacity, list->count + 1, sizeof *bigger);
    if (bigger == NULL) {
        list->ok = false;
        return;
    }
    list->items = bigger;
    list->items[list->count++] = (overview_exception){rag_severity(rating), weight, rating, kind, index};
}

static void find_savings(const exception_sources *src, exception_list *list)
{
    const savings_set *set = src->savings;
    for (size_t l = 0; l < set->nlines; l++) {
        savings_figures f = savings_line_value(&set->lines[l], l, set->years, set->nyears, 0);
        if (savings_rag(set->lines[l].status, &f, src->settings->savings) == RAG_RED)
            add(list, RAG_RED, savings_gap(&f), EXCEPTION_SAVINGS, l);
    }
}

/* A hot spot: a red row of the latest staffing snapshot. */
static void find_staffing(const exception_sources *src, exception_list *list)
{
    for (size_t i = 0; i < src->staffing->count; i++) {
        const staffing_fte *fte = &src->staffing->rows[i].fte;
        if (staffing_rag(fte, src->settings->staffing) == RAG_RED)
            add(list, RAG_RED, staffing_uncovered_pct(fte).units, EXCEPTION_STAFFING, i);
    }
}

/* A team red or amber against its target in the latest period. */
static void find_reviews(const exception_sources *src, exception_list *list)
{
    for (size_t i = 0; i < src->reviews->count; i++) {
        const review_row *row = &src->reviews->rows[i];
        if (strcmp(row->period_start, src->overview->reviews_period) != 0)
            continue;
        rag r = reviews_rag(&row->period, src->settings->reviews);
        if (r == RAG_RED || r == RAG_AMBER)
            add(list, r, 1000 - reviews_target_pct(&row->period, src->settings->reviews).units,
                EXCEPTION_REVIEWS, i);
    }
}

/* Programme finance: still over budget after the planned actions; a return
 * below the principle; a KPI worse than where it started. */
static void find_finance(const exception_sources *src, exception_list *list)
{
    const overview *o = src->overview;
    if (headline_rag(o, HEADLINE_BUDGET_REVISED_VARIANCE) == RAG_RED)
        add(list, RAG_RED, o->bridge.revised_variance, EXCEPTION_BUDGET, 0);
    if (o->roi.defined && !o->roi_meets_principle)
        add(list, RAG_RED, 0, EXCEPTION_RETURN, 0);
    const kpi_set *kpis = src->kpis;
    for (size_t k = 0, v = 0; k < kpis->count; k++) {
        size_t first = v;
        while (v < kpis->nvalues && kpis->values[v].kpi == k)
            v++;
        kpi_status status = kpi_evaluate(&kpis->kpis[k], &kpis->values[first], v - first);
        if (status.has_latest && status.improvement < 0)
            add(list, RAG_AMBER, -status.improvement, EXCEPTION_KPI, k);
    }
}

/* An overdue review: red for a high risk, amber for the others. */
static void find_risks(const exception_sources *src, exception_list *list)
{
    risk_bands bands = src->settings->risks;
    for (size_t i = 0; i < src->risks->count; i++) {
        const risk_scores *r = &src->risks->rows[i].scores;
        if (!risk_is_overdue(r, src->today, bands))
            continue;
        int score = risk_score(r->likelihood, r->impact);
        add(list, risk_rating_for_score(score, bands) == RATING_HIGH ? RAG_RED : RAG_AMBER, score,
            EXCEPTION_RISK, i);
    }
}

bool exceptions_find(const exception_sources *sources, overview_exception **out, size_t *count)
{
    exception_list list = {NULL, 0, 0, true};
    find_savings(sources, &list);
    find_staffing(sources, &list);
    find_reviews(sources, &list);
    find_finance(sources, &list);
    find_risks(sources, &list);
    *out = NULL;
    *count = 0;
    if (!list.ok) {
        free(list.items);
        return false;
    }
    if (list.count > 0) /* with none, items is NULL, which qsort may not be given */
        qsort(list.items, list.count, sizeof *list.items, compare_exceptions);
    *out = list.items;
    *count = list.count;
    return true;
}

static void percent_text(char *buf, size_t size, decimal d)
{
    if (!d.defined) {
        snprintf(buf, size, "none");
        return;
    }
    size_t n = decimal_format(buf, size, d);
    if (n + 1 < size)
        snprintf(buf + n, size - n, "%%");
}

static const char *const areas[] = {
    [EXCEPTION_SAVINGS] = "Savings", [EXCEPTION_STAFFING] = "Staffing", [EXCEPTION_REVIEWS] = "Reviews",
    [EXCEPTION_BUDGET] = "Budget",   [EXCEPTION_RETURN] = "Return",     [EXCEPTION_KPI] = "KPI",
    [EXCEPTION_RISK] = "Risk",
};
_Static_assert(sizeof areas / sizeof areas[0] == EXCEPTION_KIND_COUNT, "an area for every kind");

void exception_describe(const exception_sources *src, const overview_exception *e, headline_style style,
                        exception_words *out)
{
    const overview *o = src->overview;
    char a[64] = "", b[64] = "";
    out->area = e->kind < EXCEPTION_KIND_COUNT ? areas[e->kind] : "";
    out->ref[0] = out->name[0] = out->detail[0] = '\0';
    switch (e->kind) {
    case EXCEPTION_SAVINGS: {
        const savings_set *set = src->savings;
        const savings_line *line = &set->lines[e->index];
        savings_figures f = savings_line_value(line, e->index, set->years, set->nyears, 0);
        percent_text(a, sizeof a, savings_delivery_pct(&f));
        money gap = savings_gap(&f);
        if (gap != MONEY_UNKNOWN)
            headline_format_money(b, sizeof b, gap, style);
        snprintf(out->ref, sizeof out->ref, "%s", line->ref);
        snprintf(out->name, sizeof out->name, "%s", line->name);
        snprintf(out->detail, sizeof out->detail, "%s of target, gap %s", a, b);
        break;
    }
    case EXCEPTION_STAFFING: {
        const staffing_row *row = &src->staffing->rows[e->index];
        percent_text(a, sizeof a, staffing_uncovered_pct(&row->fte));
        snprintf(out->name, sizeof out->name, "%s, %s", row->area, row->role);
        snprintf(out->detail, sizeof out->detail, "%s uncovered", a);
        break;
    }
    case EXCEPTION_REVIEWS: {
        const review_row *row = &src->reviews->rows[e->index];
        percent_text(a, sizeof a, reviews_target_pct(&row->period, src->settings->reviews));
        snprintf(out->name, sizeof out->name, "%s", row->team);
        snprintf(out->detail, sizeof out->detail, "%s of target, backlog %lld", a,
                 (long long)row->period.backlog);
        break;
    }
    case EXCEPTION_BUDGET:
        fy_format(out->name, sizeof out->name, o->bridge.fy);
        headline_format_money(b, sizeof b, o->bridge.revised_variance, style);
        snprintf(out->detail, sizeof out->detail, "%s over budget after the planned actions", b);
        break;
    case EXCEPTION_RETURN:
        decimal_format(a, sizeof a, o->roi);
        decimal_format(b, sizeof b, decimal_of(src->roi_principle, 2));
        text_trim_zeros(b);
        snprintf(out->detail, sizeof out->detail, "%s:1 on the investment, below the %s:1 principle", a, b);
        break;
    case EXCEPTION_KPI:
        snprintf(out->ref, sizeof out->ref, "%s", src->kpis->kpis[e->index].ref);
        snprintf(out->name, sizeof out->name, "%s", src->kpis->kpis[e->index].name);
        snprintf(out->detail, sizeof out->detail, "worse than its baseline");
        break;
    case EXCEPTION_RISK: {
        const risk_row *r = &src->risks->rows[e->index];
        if (r->scores.has_next_review && style.face == HEADLINE_SCREEN)
            date_format_long(a, sizeof a, r->scores.next_review); /* the screen's 26 Oct 2026 */
        else if (r->scores.has_next_review)
            date_format(a, sizeof a, r->scores.next_review);
        if (risk_is_unscored(&r->scores))
            snprintf(b, sizeof b, "unscored");
        else
            snprintf(b, sizeof b, "score %d", risk_score(r->scores.likelihood, r->scores.impact));
        snprintf(out->ref, sizeof out->ref, "%s", r->ref);
        snprintf(out->name, sizeof out->name, "%s", r->title);
        snprintf(out->detail, sizeof out->detail, "%s, review overdue since %s", b, a);
        break;
    }
    case EXCEPTION_KIND_COUNT: break;
    }
}

size_t exception_line(const exception_words *words, char *buf, size_t size)
{
    bool named = words->ref[0] != '\0' || words->name[0] != '\0';
    int n = snprintf(buf, size, "%-10s%s%s%s%s%s", words->area, words->ref,
                     words->ref[0] != '\0' && words->name[0] != '\0' ? " " : "", words->name,
                     named ? ": " : "", words->detail);
    return n < 0 ? 0 : (size_t)n;
}
