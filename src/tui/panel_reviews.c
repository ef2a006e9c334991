/* panel_reviews.c - review throughput: each team's latest period with its
 * trend, or every period by team; and the service-wide trend. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "tui_internal.h"
#include "view_cells.h"
#include "view_reviews.h"

/* The fields are the reviews view's columns (view_reviews.h). */
enum {
    F_TEAM = REVIEWS_COL_TEAM,
    F_FTE = REVIEWS_COL_FTE,
    F_TARGET = REVIEWS_COL_TARGET,
    F_PER_FTE_WEEK = REVIEWS_COL_PER_FTE_WEEK,
    F_RAG = REVIEWS_COL_RAG,
    F_PERIOD = REVIEWS_COL_PERIOD,
    F_COUNT = REVIEWS_COLUMN_COUNT
};

_Static_assert(F_COUNT <= LAYOUT_MAX_COLUMNS, "more reviews columns than a layout holds");

enum { LATEST, EVERY_PERIOD, GROUPINGS };

/* The rows the panel shows: the recent periods, or every one. */
static const reviews_set *shown_set(const panel *p, tui_state *s)
{
    if (p->grouping == EVERY_PERIOD && s->data.has_all_reviews)
        return &s->data.all_reviews;
    return &s->data.reviews;
}

typedef struct {
    panel *p;
    tui_state *s;
    const size_t *sources; /* built from the teams a filter shows: each row's place in the whole set */
    size_t teams;          /* and how many teams those are */
} building;

/* A row of the view into the table: a team's total over time named for it,
 * the service's last, at the foot. */
static bool add_row(void *context, const view_row *row)
{
    building *b = context;
    table *t = &b->p->table;
    table_row *r =
        table_add(t,
                  row->kind == VIEW_ROW_LINE       ? ROW_LINE
                  : row->kind == VIEW_ROW_SUBTOTAL ? ROW_SUBTOTAL
                                                   : ROW_TOTAL,
                  row->kind == VIEW_ROW_LINE || row->kind == VIEW_ROW_SUBTOTAL ? row->group : 1 << 20,
                  row->kind == VIEW_ROW_LINE && b->sources != NULL ? b->sources[row->source] : row->source);
    if (r == NULL)
        return false;
    view_cells_set(t, &b->s->theme, reviews_view_columns, REVIEWS_COLUMN_COUNT, row, VIEW_CELLS_BARE_PERCENT);
    /* the screen's target to a tenth of a review */
    char text[32];
    decimal target = decimal_of(divide_rounded(row->cells[F_TARGET].value, 10), 1);
    decimal_format(text, sizeof text, target);
    table_set(t, F_TARGET, text, target.units, true, E_NORMAL);
    char label[160];
    switch (row->kind) {
    case VIEW_ROW_LINE: r->marked = b->p->grouping == LATEST && row->cells[F_RAG].rating == RAG_RED; break;
    case VIEW_ROW_SUBTOTAL:
        snprintf(label, sizeof label, "%s, all periods", row->label);
        table_set(t, F_TEAM, label, 0, false, E_NORMAL);
        table_title(t, row->label); /* the team's header on the screen */
        break;
    case VIEW_ROW_TOTAL:
    case VIEW_ROW_PIPELINE:
        if (b->sources != NULL) { /* the teams a filter shows, summed */
            snprintf(label, sizeof label, "Total of %zu shown", b->teams);
            table_set(t, F_TEAM, label, 0, false, E_NORMAL);
        } else {
            table_set(t, F_TEAM, "Service", 0, false, E_NORMAL);
        }
        break;
    }
    return true;
}

/* With a filter, the rows again from the teams it lets through alone (all
 * their periods), with their own total for the service's period in place
 * of the service's.  Left as built when memory runs out. */
static void build_filtered(panel *p, tui_state *s, reviews_view *view, building *b)
{
    const reviews_set *set = view->set;
    table *t = &p->table;
    bool *shown = calloc(set->count + 1, sizeof *shown);
    size_t *sources = calloc(set->count + 1, sizeof *sources);
    reviews_set only = {calloc(set->count + 1, sizeof *only.rows), 0, NULL};
    if (shown != NULL && sources != NULL && only.rows != NULL) {
        for (size_t r = 0; r < t->nrows; r++)
            if (t->rows[r].kind == ROW_LINE && t->rows[r].source < set->count &&
                table_row_matches(t, &t->rows[r]))
                shown[t->rows[r].source] = true;
        /* a team shown has all its periods */
        for (size_t i = 0; i < set->count; i++)
            for (size_t j = 0; shown[i] && j < set->count; j++)
                shown[j] = shown[j] || strcmp(set->rows[j].team, set->rows[i].team) == 0;
        reviews_total total = reviews_total_empty();
        b->teams = 0;
        for (size_t i = 0; i < set->count; i++)
            if (shown[i]) {
                sources[only.count] = i;
                only.rows[only.count++] = set->rows[i];
                if (strcmp(set->rows[i].period_start, s->data.now.reviews_period) == 0) {
                    reviews_total_add(&total, &set->rows[i].period, view->thresholds, true);
                    b->teams++;
                }
            }
        table_clear(t);
        reviews_view filtered = *view;
        filtered.set = &only;
        filtered.recent = &only;
        filtered.service = &total;
        b->sources = sources;
        reviews_view_rows(&filtered, add_row, b);
        b->sources = NULL;
    }
    free(shown);
    free(sources);
    free(only.rows);
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
    table_clear(&p->table);
    /* each team's latest period, or every period by team; then the service's latest */
    reviews_view view = {.set = shown_set(p, s),
                         .thresholds = s->cfg->reviews,
                         .grouping = p->grouping == EVERY_PERIOD ? REVIEWS_BY_TEAM : REVIEWS_LATEST,
                         .teams_by_name = true,
                         .service = &s->data.now.reviews,
                         .service_period = s->data.now.reviews_period,
                         .recent = &s->data.reviews};
    building b = {p, s, NULL, 0};
    p->table.title_fields = 1u << F_TEAM | 1u << F_PERIOD; /* a team's header over them, counting periods */
    p->table.line_noun[0] = "period";
    p->table.line_noun[1] = "periods";
    reviews_view_rows(&view, add_row, &b);
    snprintf(p->table.built_filter, sizeof p->table.built_filter, "%s", p->table.filter);
    if (p->table.filter[0] != '\0')
        build_filtered(p, s, &view, &b);
    /* Each team's latest period, when every team's is the same, says
     * nothing a row needs: the caption gives it, and its column gives way
     * to figures. */
    table *t = &p->table;
    bool same = p->grouping == LATEST && t->nrows > 0;
    for (size_t i = 1; same && i < t->nrows; i++)
        same = strcmp(t->rows[i].cells[F_PERIOD].text, t->rows[0].cells[F_PERIOD].text) == 0;
    if (same)
        t->hidden |= 1u << F_PERIOD;
    table_arrange(&p->table, &p->layout);
}

/* A column chart of the service's target % by period, 100% marked. */
static void draw_trend(panel *p, tui_state *s, int y, int x, int height, int width)
{
    (void)p;
    const theme *th = &s->theme;
    decimal series[24];
    const char *starts[24];
    size_t n = reviews_service_trend(&s->data.reviews, s->cfg->reviews, series, starts,
                                     (size_t)(width - 10) / 3 < 24 ? (size_t)(width - 10) / 3 : 24);
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
    char first[32] = "", last[32] = "";
    if (n > 0) {
        date_show(first, sizeof first, starts[0]);
        date_show(last, sizeof last, starts[n - 1]);
    }
    char axis[64];
    snprintf(axis, sizeof axis, "%s ... %s", first, last);
    if (height > rows + 2)
        draw_text(th, y + 2 + rows, x + 7, width - 7, axis, theme_attr(th, E_DIM), false);
}

static void draw(panel *p, tui_state *s, int y, int x, int height, int width)
{
    if (tui_filter_due(s, p))
        build(p, s); /* the totals follow the filter */
    /* The chart takes what the table does not need, from 9 lines up to 20. */
    int needed = 2 + (int)p->table.norder;
    int chart = height - needed;
    chart = chart > 20 ? 20 : chart;
    if (chart < 9)
        chart = height >= 18 ? 9 : 0;
    int rows = chart > 0 ? table_height_for(&p->table, height - chart) : height;
    panel_draw_table(p, s, y, x, rows, width);
    if (chart > 0)
        draw_trend(p, s, y + rows, x, chart, width); /* just below the rows */
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
            if (f != F_PER_FTE_WEEK) /* not a column of the screen's */
                lines_add(out, "  %-8s %s", view_cells_heading(&p->layout, reviews_view_columns, f),
                          r->cells[f].text);
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
        char when[32], period[48];
        date_show(when, sizeof when, h->period_start);
        text_pad(period, sizeof period, when, 12, false);
        lines_add(out, "  %s %5s %6s %6lld %8s %7s %8s %6s %6s  %s", period, length, fte,
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
    char rate[16], from[32] = "";
    decimal_format(rate, sizeof rate, decimal_of(s->cfg->reviews.target_per_fte_week, 2));
    /* every team's latest period the same: its date here, not on each row */
    calendar_date d;
    if (p->grouping == LATEST && (p->table.hidden & (1u << F_PERIOD)) != 0 &&
        date_parse(s->data.now.reviews_period, &d, NULL))
        date_format_long(from, sizeof from, d);
    if (from[0] != '\0')
        snprintf(buf, size, "latest period, from %s; target %s/FTE/week", from, rate);
    else
        snprintf(buf, size, "%s; target %s/FTE/week",
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
    .fields = reviews_view_columns,
    .nfields = F_COUNT,
    .build = build,
    .draw = draw,
    .action = act,
    .detail = detail,
    .caption = caption,
    .table = TABLE_DEF_REVIEWS,
    .record = record,
};
