/* panel_reviews.c - review throughput: each team's latest period with its
 * trend, or every period by team; and the service-wide trend. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_internal.h"

enum {
    F_TEAM,
    F_PERIOD,
    F_DAYS,
    F_FTE,
    F_DONE,
    F_TARGET,
    F_TARGET_PCT,
    F_BACKLOG,
    F_WEEKS,
    F_REVIEWED,
    F_TREND,
    F_RAG,
    F_COUNT
};

/* clang-format off */
static const field_spec fields[F_COUNT] = {
    {"team", "Team", "the reviewing team", false},
    {"period", "Period", "the period's first day", false},
    {"days", "Days", "the period's length: 7, 14 or 28 days, or month (a calendar month, worked on its own days)", true},
    {"fte", "FTE", "reviewing FTE", true},
    {"completed", "Done", "reviews completed in the period", true},
    {"target", "Target", "FTE x reviews per FTE per week x weeks", true},
    {"target_pct", "Tgt%", "completed as % of target", true},
    {"backlog", "Backlog", "reviews overdue at the period's end", true},
    {"weeks_to_clear", "Weeks", "weeks to clear the backlog at this rate (none when nothing was completed)", true},
    {"reviewed_12m_pct", "12m%", "long-term clients reviewed in the last 12 months (the Care Act's annual review)", true},
    {"trend", "Trend", "target % over the recent periods, oldest first", false},
    {"rag", "RAG", "GREEN at [reviews] amber_at % of target or more, AMBER at red_at %, else RED", false},
};
/* clang-format on */

enum { LATEST, EVERY_PERIOD, GROUPINGS };
#define TREND_PERIODS 12

static void set_decimal(table *t, int field, decimal d)
{
    char text[32] = "";
    decimal_format(text, sizeof text, d);
    table_set(t, (size_t)field, text, d.defined ? d.units : INT64_MIN, true, E_NORMAL);
}

static void set_count(table *t, int field, int64_t value)
{
    char text[32] = "";
    if (value >= 0)
        snprintf(text, sizeof text, "%lld", (long long)value);
    table_set(t, (size_t)field, text, value >= 0 ? value : INT64_MIN, true, E_NORMAL);
}

/* A row of one period: its first day and its length. */
static void set_period(table *t, const review_row *row)
{
    char length[16];
    reviews_period_format(length, sizeof length, row->period.period_days);
    table_set(t, F_PERIOD, row->period_start, 0, false, E_NORMAL);
    table_set(t, F_DAYS, length, reviews_period_days(&row->period), true, E_NORMAL);
}

static void set_total(table *t, const reviews_total *total, reviews_thresholds thresholds)
{
    char text[32];
    fte_format(text, sizeof text, total->fte);
    table_set(t, F_FTE, text, total->fte, true, E_NORMAL);
    set_count(t, F_DONE, total->completed);
    set_decimal(t, F_TARGET, decimal_of(divide_rounded(total->target, 10), 1));
    set_decimal(t, F_TARGET_PCT, reviews_total_target_pct(total));
    set_count(t, F_BACKLOG, total->backlog);
    set_decimal(t, F_WEEKS, reviews_total_weeks_to_clear(total));
    set_decimal(t, F_REVIEWED, reviews_total_reviewed_12m_pct(total));
    rag r = reviews_total_rag(total, thresholds);
    table_set(t, F_RAG, rag_word(r), rag_severity(r), true, element_for_rag(r));
}

/* target % of the service (every team) in each of the latest periods, at
 * most max, oldest first (rows come ordered by period). */
static size_t service_trend(const reviews_set *set, reviews_thresholds thresholds, decimal *out, size_t max,
                            const char **starts)
{
    size_t n = 0, end = set->count;
    decimal newest_first[64];
    const char *begins[64];
    if (max > 64)
        max = 64;
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

static void sparkline_text(const theme *th, const decimal *values, size_t count, char *buf, size_t size)
{
    size_t n = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < count; i++) {
        const char *glyph = " ";
        if (values[i].defined) {
            /* 0% to 120% of target over the eight levels */
            int64_t level = values[i].units * 8 / 1200;
            glyph = th->spark[level < 0 ? 0 : level > 7 ? 7 : level];
        }
        n += (size_t)snprintf(buf + n, n < size ? size - n : 0, "%s", glyph);
    }
}

/* The rows the panel shows: the recent periods, or every one. */
static const reviews_set *shown_set(const panel *p, tui_state *s)
{
    if (p->grouping == EVERY_PERIOD && s->data.has_all_reviews)
        return &s->data.all_reviews;
    return &s->data.reviews;
}

static int compare_text(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Each team's rows together, in period order: teams sorted by name, and
 * for each row its team's place among them. */
typedef struct {
    const char **names;
    size_t count;
    size_t *first; /* per team: where its rows begin in order */
    size_t *order; /* row indices, team by team */
} team_index;

static void team_index_free(team_index *x)
{
    free(x->names);
    free(x->first);
    free(x->order);
    memset(x, 0, sizeof *x);
}

static bool team_index_build(const reviews_set *set, team_index *x)
{
    memset(x, 0, sizeof *x);
    size_t *team_of = malloc((set->count + 1) * sizeof *team_of);
    x->names = malloc((set->count + 1) * sizeof *x->names);
    x->first = calloc(set->count + 2, sizeof *x->first);
    x->order = malloc((set->count + 1) * sizeof *x->order);
    if (team_of == NULL || x->names == NULL || x->first == NULL || x->order == NULL) {
        free(team_of);
        team_index_free(x);
        return false;
    }
    for (size_t i = 0; i < set->count; i++)
        x->names[i] = set->rows[i].team;
    qsort(x->names, set->count, sizeof *x->names, compare_text);
    for (size_t i = 0; i < set->count; i++)
        if (x->count == 0 || strcmp(x->names[x->count - 1], x->names[i]) != 0)
            x->names[x->count++] = x->names[i];
    /* count each team's rows, then place them: rows keep their period order */
    for (size_t i = 0; i < set->count; i++) {
        const char *team = set->rows[i].team;
        const char **found = bsearch(&team, x->names, x->count, sizeof *x->names, compare_text);
        team_of[i] = (size_t)(found - x->names);
        x->first[team_of[i] + 1]++;
    }
    for (size_t k = 0; k < x->count; k++)
        x->first[k + 1] += x->first[k];
    size_t *next = malloc((x->count + 1) * sizeof *next);
    if (next == NULL) {
        free(team_of);
        team_index_free(x);
        return false;
    }
    memcpy(next, x->first, x->count * sizeof *next);
    for (size_t i = 0; i < set->count; i++)
        x->order[next[team_of[i]]++] = i;
    free(next);
    free(team_of);
    return true;
}

static void build(panel *p, tui_state *s)
{
    if (p->grouping == EVERY_PERIOD && !s->data.has_all_reviews) {
        assure_error err = {0};
        if (data_all_reviews(&s->data, &err) == NULL) {
            snprintf(s->status, sizeof s->status, "Every period: %.400s", err.message);
            s->status_until = time(NULL) + 10;
            p->grouping = LATEST;
        }
    }
    const reviews_set *set = shown_set(p, s);
    reviews_thresholds thresholds = s->cfg->reviews;
    table *t = &p->table;
    table_clear(t);
    team_index teams;
    if (!team_index_build(set, &teams)) {
        table_arrange(t, &p->layout);
        return;
    }
    for (size_t k = 0; k < teams.count; k++) {
        decimal series[TREND_PERIODS];
        size_t ntrend = 0;
        size_t latest = set->count;
        reviews_total over_time = reviews_total_empty();
        for (size_t o = teams.first[k]; o < teams.first[k + 1]; o++) {
            size_t i = teams.order[o];
            const review_row *row = &set->rows[i];
            latest = i;
            if (ntrend == TREND_PERIODS) { /* keep the latest periods */
                memmove(series, series + 1, sizeof series[0] * (TREND_PERIODS - 1));
                ntrend--;
            }
            series[ntrend++] = reviews_target_pct(&row->period, thresholds);
            reviews_total_add(&over_time, &row->period, thresholds, false);
            if (p->grouping == EVERY_PERIOD) {
                table_add(t, ROW_LINE, (int)k, i);
                table_set(t, F_TEAM, row->team, 0, false, E_NORMAL);
                set_period(t, row);
                reviews_total one = reviews_total_empty();
                reviews_total_add(&one, &row->period, thresholds, true);
                set_total(t, &one, thresholds);
            }
        }
        char spark[TREND_PERIODS * 4 + 1];
        sparkline_text(&s->theme, series, ntrend, spark, sizeof spark);
        {
            trend direction = reviews_trend(series, ntrend, 10);
            if (p->grouping == EVERY_PERIOD) {
                table_add(t, ROW_SUBTOTAL, (int)k, latest);
                char label[160];
                snprintf(label, sizeof label, "%s, all periods", teams.names[k]);
                table_set(t, F_TEAM, label, 0, false, E_NORMAL);
                set_total(t, &over_time, thresholds);
                table_set(t, F_TREND, spark, direction, true, E_NORMAL);
            } else if (latest < set->count) {
                const review_row *row = &set->rows[latest];
                table_row *r = table_add(t, ROW_LINE, 0, latest);
                if (r == NULL)
                    break;
                table_set(t, F_TEAM, row->team, 0, false, E_NORMAL);
                set_period(t, row);
                reviews_total one = reviews_total_empty();
                reviews_total_add(&one, &row->period, thresholds, true);
                set_total(t, &one, thresholds);
                table_set(t, F_TREND, spark, direction, true, E_NORMAL);
                r->marked = reviews_rag(&row->period, thresholds) == RAG_RED;
            }
        }
    }
    team_index_free(&teams);
    /* The service: every team in the latest period, and its trend. */
    decimal series[TREND_PERIODS];
    size_t ntrend = service_trend(&s->data.reviews, thresholds, series, TREND_PERIODS, NULL);
    char spark[TREND_PERIODS * 4 + 1];
    sparkline_text(&s->theme, series, ntrend, spark, sizeof spark);
    if (set->count > 0) {
        table_add(t, ROW_TOTAL, 1 << 20, set->count);
        table_set(t, F_TEAM, "Service", 0, false, E_NORMAL);
        table_set(t, F_PERIOD, s->data.now.reviews_period, 0, false, E_NORMAL);
        set_total(t, &s->data.now.reviews, thresholds);
        table_set(t, F_TREND, spark, reviews_trend(series, ntrend, 10), true, E_NORMAL);
    }
    table_arrange(t, &p->layout);
}

/* A column chart of the service's target % by period, 100% marked. */
static void draw_trend(panel *p, tui_state *s, int y, int x, int height, int width)
{
    (void)p;
    const theme *th = &s->theme;
    decimal series[24];
    const char *starts[24];
    size_t n = service_trend(&s->data.reviews, s->cfg->reviews, series,
                             (size_t)(width - 10) / 3 < 24 ? (size_t)(width - 10) / 3 : 24, starts);
    draw_rule(th, y, x, width, theme_attr(th, E_DIM));
    draw_text(th, y + 1, x, width,
              "Service-wide: reviews completed as % of target, by period (the line is 100%)",
              theme_attr(th, E_TITLE), false);
    int rows = height - 3;
    if (rows < 2 || n == 0)
        return;
    int64_t top = 1200; /* 120.0% */
    for (size_t i = 0; i < n; i++)
        if (series[i].defined && series[i].units > top)
            top = series[i].units;
    for (int r = 0; r < rows; r++) {
        int64_t level_low = top * (rows - 1 - r) / rows, level_high = top * (rows - r) / rows;
        bool hundred = level_low <= 1000 && 1000 < level_high;
        draw_text(th, y + 2 + r, x, 6,
                  hundred         ? "100%"
                  : r == rows - 1 ? "0%"
                                  : "",
                  theme_attr(th, E_DIM), true);
        for (size_t i = 0; i < n; i++) {
            int cx = x + 7 + (int)i * 3;
            const char *glyph = hundred ? th->hline : " ";
            attr_t attr = hundred ? theme_attr(th, E_DIM) : A_NORMAL;
            if (series[i].defined && series[i].units > level_low) {
                glyph = th->block;
                element e = series[i].units >= (int64_t)s->cfg->reviews.amber_at * 10 ? E_GREEN
                            : series[i].units >= (int64_t)s->cfg->reviews.red_at * 10 ? E_AMBER
                                                                                      : E_RED;
                attr = theme_attr(th, e);
            }
            attron(attr);
            mvaddstr(y + 2 + r, cx, glyph);
            addstr(glyph);
            attroff(attr);
            if (hundred && (size_t)i + 1 < n) {
                attron(theme_attr(th, E_DIM));
                addstr(th->hline);
                attroff(theme_attr(th, E_DIM));
            }
        }
    }
    char first[16] = "", last[16] = "";
    if (n > 0) {
        snprintf(first, sizeof first, "%.10s", starts[0]);
        snprintf(last, sizeof last, "%.10s", starts[n - 1]);
    }
    char axis[64];
    snprintf(axis, sizeof axis, "%s ... %s", first, last);
    if (height > rows + 2)
        draw_text(th, y + 2 + rows, x + 7, width - 7, axis, theme_attr(th, E_DIM), false);
}

static void draw(panel *p, tui_state *s, int y, int x, int height, int width)
{
    /* The chart takes what the table does not need, from 9 lines up to 20. */
    int needed = 2 + (int)p->table.norder;
    int chart = height - needed;
    chart = chart > 20 ? 20 : chart;
    if (chart < 9)
        chart = height >= 18 ? 9 : 0;
    panel_draw_table(p, s, y, x, height - chart, width);
    if (chart > 0)
        draw_trend(p, s, y + height - chart, x, chart, width);
}

static reaction act(panel *p, tui_state *s, action what)
{
    if (what != ACTION_GROUP)
        return REACT_NONE;
    p->grouping = (p->grouping + 1) % GROUPINGS;
    snprintf(s->status, sizeof s->status, "%s",
             p->grouping == LATEST ? "Each team's latest period" : "Every period, by team");
    s->status_until = time(NULL) + 3;
    return REACT_REBUILD | REACT_FIRST_ROW;
}

static void detail(panel *p, tui_state *s, const table_row *r, text_lines *out)
{
    const reviews_set *set = shown_set(p, s);
    if (r->kind == ROW_TOTAL) {
        lines_add(out, "The service, period starting %s", s->data.now.reviews_period);
        lines_add(out, "%s", "");
        for (int f = F_FTE; f < F_COUNT; f++)
            lines_add(out, "  %-8s %s", fields[f].heading, r->cells[f].text);
        return;
    }
    if (r->source >= set->count)
        return;
    const review_row *row = &set->rows[r->source];
    lines_add(out, "Reviews: %s", row->team);
    lines_add(out, "%s", "");
    reviews_set team;
    assure_error err = {0};
    if (store_load_team_reviews(s->data.store, row->team, &team, &err) != ASSURE_OK) {
        lines_add(out, "  Its periods cannot be read: %s", err.message);
        return;
    }
    lines_add(out, "  %-12s %5s %6s %6s %8s %7s %8s %6s %6s  %s", "Period", "Days", "FTE", "Done", "Target",
              "Tgt%", "Backlog", "Weeks", "12m%", "RAG");
    for (size_t i = 0; i < team.count; i++) {
        const review_row *h = &team.rows[i];
        const review_period *q = &h->period;
        char length[16], fte[24], target[24], pct[24], weeks[24], reviewed[24], backlog[24] = "";
        reviews_period_format(length, sizeof length, q->period_days);
        fte_format(fte, sizeof fte, q->fte);
        decimal_format(target, sizeof target, reviews_target(q, s->cfg->reviews));
        decimal_format(pct, sizeof pct, reviews_target_pct(q, s->cfg->reviews));
        decimal_format(weeks, sizeof weeks, reviews_weeks_to_clear(q));
        decimal_format(reviewed, sizeof reviewed, reviews_reviewed_12m_pct(q));
        if (q->backlog >= 0)
            snprintf(backlog, sizeof backlog, "%lld", (long long)q->backlog);
        lines_add(out, "  %-12s %5s %6s %6lld %8s %7s %8s %6s %6s  %s", h->period_start, length, fte,
                  (long long)q->completed, target, pct, backlog, weeks, reviewed,
                  rag_word(reviews_rag(q, s->cfg->reviews)));
    }
    reviews_set_free(&team);
    if (row->period.target_per_fte_week > 0) {
        char rate[16];
        decimal_format(rate, sizeof rate, decimal_of(row->period.target_per_fte_week, 2));
        lines_add(out, "  The team works to its own rate: %s reviews per FTE per week.", rate);
    }
    char key_text[300];
    snprintf(key_text, sizeof key_text, "%s / %s", row->period_start, row->team);
    panel_detail_audit(s, "reviews", key_text, out);
}

static void caption(panel *p, tui_state *s, char *buf, size_t size)
{
    char rate[16];
    decimal_format(rate, sizeof rate, decimal_of(s->cfg->reviews.target_per_fte_week, 2));
    snprintf(buf, size, "%s; target %s per FTE per week",
             p->grouping == LATEST ? "each team's latest period" : "every period", rate);
}

static bool record(panel *p, tui_state *s, const table_row *row, edit_record *out)
{
    record_blank(out, TABLE_DEF_REVIEWS);
    calendar_date date;
    if (row == NULL) { /* a new period: blank, for the user to give */
        out->values[REVIEWS_FIELD_PERIOD_START].blank = true;
        return true;
    }
    const reviews_set *set = shown_set(p, s);
    if (row->kind != ROW_LINE || row->source >= set->count)
        return false;
    const review_row *r = &set->rows[row->source];
    if (!date_parse(r->period_start, &date, NULL))
        return false;
    out->exists = true;
    out->values[REVIEWS_FIELD_PERIOD_START] = (field_value){false, date_to_days(date), NULL};
    out->values[REVIEWS_FIELD_TEAM] = (field_value){false, 0, r->team};
    return true;
}

const panel_ops reviews_panel = {
    .name = "reviews",
    .fields = fields,
    .nfields = F_COUNT,
    .build = build,
    .draw = draw,
    .action = act,
    .detail = detail,
    .caption = caption,
    .table = TABLE_DEF_REVIEWS,
    .record = record,
};
