/* view_reviews.c - review throughput as rows: what the Reviews panel shows
 * and `assure report reviews` prints. */
#include "view_reviews.h"

#include <stdlib.h>
#include <string.h>

const view_column reviews_view_columns[REVIEWS_COLUMN_COUNT] = {REVIEWS_VIEW_COLUMNS(VIEW_COLUMN_ENTRY)};
_Static_assert(sizeof reviews_view_columns / sizeof reviews_view_columns[0] == REVIEWS_COLUMN_COUNT,
               "a reviews column without its registry entry");
_Static_assert(REVIEWS_COLUMN_COUNT <= VIEW_MAX_COLUMNS, "more reviews columns than a row holds");

/* The figures of a total (one period's, a team's over time, a period's across teams). */
static void set_figures(view_row *row, const reviews_total *t, reviews_thresholds thresholds)
{
    view_set_fte(row, REVIEWS_COL_FTE, t->fte, VIEW_TONE_NORMAL);
    view_set_count(row, REVIEWS_COL_COMPLETED, t->completed, true);
    view_set_decimal(row, REVIEWS_COL_TARGET, decimal_of(t->target, 2));
    view_set_decimal(row, REVIEWS_COL_PER_FTE_WEEK, reviews_total_per_fte_week(t));
    view_set_decimal(row, REVIEWS_COL_TARGET_PCT, reviews_total_target_pct(t));
    view_set_count(row, REVIEWS_COL_BACKLOG, t->backlog, t->backlog >= 0);
    view_set_decimal(row, REVIEWS_COL_WEEKS, reviews_total_weeks_to_clear(t));
    view_set_decimal(row, REVIEWS_COL_REVIEWED, reviews_total_reviewed_12m_pct(t));
    view_set_rag(row, REVIEWS_COL_RAG, reviews_total_rag(t, thresholds));
}

/* A row of one period of one team. */
static void set_line(view_row *row, const review_row *r, reviews_thresholds thresholds)
{
    char word[16];
    reviews_period_format(word, sizeof word, r->period.period_days);
    view_set_date(row, REVIEWS_COL_PERIOD, r->period_start, VIEW_TONE_NORMAL);
    view_set_count_word(row, REVIEWS_COL_DAYS, reviews_period_days(&r->period), word);
    view_set_text(row, REVIEWS_COL_TEAM, r->team, VIEW_TONE_NORMAL);
    reviews_total one = reviews_total_empty();
    reviews_total_add(&one, &r->period, thresholds, true);
    set_figures(row, &one, thresholds);
}

/* Keep the latest VIEW_MAX_HISTORY values of a series, oldest first. */
static void history_add(view_row *row, decimal value)
{
    if (row->nhistory == VIEW_MAX_HISTORY) {
        memmove(row->history, row->history + 1, sizeof row->history[0] * (VIEW_MAX_HISTORY - 1));
        row->nhistory--;
    }
    row->history[row->nhistory++] = value;
}

static void set_trend(view_row *row)
{
    view_set_trend(row, REVIEWS_COL_TREND, (int)reviews_trend(row->history, row->nhistory, 10));
}

static bool in_scope(const reviews_view *view, const review_row *r)
{
    return view->until == NULL || strcmp(r->period_start, view->until) <= 0;
}

static int compare_text(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The key of a row's group, and where the keys are kept. */
static const char *group_key(const reviews_view *view, const review_row *r)
{
    return view->grouping == REVIEWS_BY_PERIOD ? r->period_start : r->team;
}

/* The groups' keys: by name, or in the order they first appear; returns how many. */
static size_t find_groups(const reviews_view *view, const char **keys)
{
    const reviews_set *set = view->set;
    bool by_name = view->teams_by_name && view->grouping != REVIEWS_BY_PERIOD;
    size_t n = 0;
    for (size_t i = 0; i < set->count; i++) {
        if (!in_scope(view, &set->rows[i]))
            continue;
        const char *key = group_key(view, &set->rows[i]);
        if (by_name) { /* every key, then sorted and each kept once */
            keys[n++] = key;
            continue;
        }
        size_t g = 0;
        while (g < n && strcmp(keys[g], key) != 0)
            g++;
        if (g == n)
            keys[n++] = key;
    }
    if (!by_name)
        return n;
    qsort(keys, n, sizeof *keys, compare_text);
    size_t unique = 0;
    for (size_t i = 0; i < n; i++)
        if (unique == 0 || strcmp(keys[unique - 1], keys[i]) != 0)
            keys[unique++] = keys[i];
    return unique;
}

size_t reviews_service_trend(const reviews_set *set, reviews_thresholds thresholds, decimal *out,
                             const char **starts, size_t max)
{
    decimal newest_first[REVIEWS_TREND_MAX];
    const char *begins[REVIEWS_TREND_MAX];
    size_t n = 0, end = set != NULL ? set->count : 0;
    if (max > REVIEWS_TREND_MAX)
        max = REVIEWS_TREND_MAX;
    while (end > 0 && n < max) {
        size_t begin = end - 1;
        while (begin > 0 && strcmp(set->rows[begin - 1].period_start, set->rows[end - 1].period_start) == 0)
            begin--;
        reviews_total total = reviews_total_empty();
        for (size_t i = begin; i < end; i++)
            reviews_total_add(&total, &set->rows[i].period, thresholds, true);
        newest_first[n] = reviews_total_target_pct(&total);
        begins[n++] = set->rows[begin].period_start;
        end = begin;
    }
    for (size_t i = 0; i < n; i++) {
        out[i] = newest_first[n - 1 - i];
        if (starts != NULL)
            starts[i] = begins[n - 1 - i];
    }
    return n;
}

/* Each group's rows (the group of each line said), then its total. */
static bool grouped_rows(const reviews_view *view, view_emit emit, void *context)
{
    const reviews_set *set = view->set;
    const char **keys = malloc((set->count + 1) * sizeof *keys);
    if (keys == NULL)
        return false;
    size_t n = find_groups(view, keys);
    reviews_total *sums = malloc((n + 1) * sizeof *sums);
    view_row *subtotals = malloc((n + 1) * sizeof *subtotals);
    size_t *latest = malloc((n + 1) * sizeof *latest);
    if (sums == NULL || subtotals == NULL || latest == NULL) {
        free(keys);
        free(sums);
        free(subtotals);
        free(latest);
        return false;
    }
    for (size_t g = 0; g < n; g++) {
        sums[g] = reviews_total_empty();
        view_row_start(&subtotals[g], VIEW_ROW_SUBTOTAL, (int)g, g);
        latest[g] = set->count;
    }
    bool by_period = view->grouping == REVIEWS_BY_PERIOD, going = true;
    view_row row;
    for (size_t i = 0; i < set->count && going; i++) {
        const review_row *r = &set->rows[i];
        if (!in_scope(view, r))
            continue;
        const char *key = group_key(view, r);
        size_t g = 0;
        if (view->teams_by_name && !by_period) {
            const char **found = bsearch(&key, keys, n, sizeof *keys, compare_text);
            g = found != NULL ? (size_t)(found - keys) : 0;
        } else {
            while (g < n && strcmp(keys[g], key) != 0)
                g++;
        }
        /* a team's periods over time; a period's teams across the service */
        reviews_total_add(&sums[g], &r->period, view->thresholds, by_period);
        history_add(&subtotals[g], reviews_target_pct(&r->period, view->thresholds));
        latest[g] = i;
        view_row_start(&row, VIEW_ROW_LINE, (int)g, i);
        set_line(&row, r, view->thresholds);
        going = emit(context, &row);
    }
    for (size_t g = 0; g < n && going; g++) {
        view_row *s = &subtotals[g];
        s->source = latest[g];
        s->label = keys[g];
        set_figures(s, &sums[g], view->thresholds);
        if (!by_period)
            set_trend(s);
        going = emit(context, s);
    }
    free(keys);
    free(sums);
    free(subtotals);
    free(latest);
    return going;
}

bool reviews_view_rows(const reviews_view *view, view_emit emit, void *context)
{
    const reviews_set *set = view->set;
    view_row row;
    bool going = true;
    switch (view->grouping) {
    case REVIEWS_EVERY_PERIOD:
        for (size_t i = 0; i < set->count && going; i++) {
            if (!in_scope(view, &set->rows[i]))
                continue;
            view_row_start(&row, VIEW_ROW_LINE, 0, i);
            set_line(&row, &set->rows[i], view->thresholds);
            going = emit(context, &row);
        }
        break;
    case REVIEWS_LATEST: {
        /* each team's latest period, and its target % over its recent periods */
        reviews_view by_team = *view;
        by_team.grouping = REVIEWS_BY_TEAM;
        const char **keys = malloc((set->count + 1) * sizeof *keys);
        if (keys == NULL)
            return false;
        size_t n = find_groups(&by_team, keys);
        /* per team only its latest row and its recent target %s: the row's
         * cells are set once, when it is handed on */
        struct team_latest {
            size_t source, nhistory;
            decimal history[VIEW_MAX_HISTORY];
        } *latest = malloc((n + 1) * sizeof *latest);
        if (latest == NULL) {
            free(keys);
            return false;
        }
        for (size_t g = 0; g < n; g++)
            latest[g].nhistory = 0, latest[g].source = set->count;
        for (size_t i = 0; i < set->count; i++) {
            const review_row *r = &set->rows[i];
            if (!in_scope(view, r))
                continue;
            const char **found = bsearch(&r->team, keys, n, sizeof *keys, compare_text);
            struct team_latest *l = &latest[found - keys];
            if (l->nhistory == VIEW_MAX_HISTORY) {
                memmove(l->history, l->history + 1, sizeof l->history[0] * (VIEW_MAX_HISTORY - 1));
                l->nhistory--;
            }
            l->history[l->nhistory++] = reviews_target_pct(&r->period, view->thresholds);
            l->source = i;
        }
        for (size_t g = 0; g < n && going; g++) {
            if (latest[g].source == set->count)
                continue;
            view_row_start(&row, VIEW_ROW_LINE, 0, latest[g].source);
            set_line(&row, &set->rows[latest[g].source], view->thresholds);
            memcpy(row.history, latest[g].history, sizeof row.history);
            row.nhistory = latest[g].nhistory;
            set_trend(&row);
            going = emit(context, &row);
        }
        free(keys);
        free(latest);
        break;
    }
    case REVIEWS_BY_TEAM:
    case REVIEWS_BY_PERIOD: going = grouped_rows(view, emit, context); break;
    case REVIEWS_ALL: {
        /* each period across teams, the periods over time */
        reviews_total all = reviews_total_empty(), period = reviews_total_empty();
        const char *current = NULL;
        for (size_t i = 0; i <= set->count; i++) {
            bool end = i == set->count;
            const review_row *r = end ? NULL : &set->rows[i];
            if (!end && !in_scope(view, r))
                continue;
            if (current != NULL && (end || strcmp(r->period_start, current) != 0)) {
                reviews_total_combine(&all, &period);
                period = reviews_total_empty();
            }
            if (end)
                break;
            current = r->period_start;
            reviews_total_add(&period, &r->period, view->thresholds, true);
        }
        view_row_start(&row, VIEW_ROW_SUBTOTAL, 0, 0);
        row.label = "all";
        set_figures(&row, &all, view->thresholds);
        going = emit(context, &row);
        break;
    }
    }
    if (going && view->service != NULL && set->count > 0) {
        view_row_start(&row, VIEW_ROW_TOTAL, 0, set->count);
        view_set_date(&row, REVIEWS_COL_PERIOD, view->service_period, VIEW_TONE_NORMAL);
        set_figures(&row, view->service, view->thresholds);
        row.nhistory =
            reviews_service_trend(view->recent, view->thresholds, row.history, NULL, VIEW_MAX_HISTORY);
        set_trend(&row);
        going = emit(context, &row);
    }
    return going;
}
