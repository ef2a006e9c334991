/* panel_savings.c - the savings lines, grouped as asked with subtotals, and
 * the profile by FY of the selected line or group. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "panel_savings.h"
#include "text.h"
#include "view_cells.h"
#include "view_savings.h"

/* The fields are the savings view's columns (view_savings.h). */
enum {
    F_NAME = SAVINGS_COL_NAME,
    F_FY = SAVINGS_COL_FY,
    F_TARGET = SAVINGS_COL_TARGET,
    F_GAP = SAVINGS_COL_GAP,
    F_DELIVERY = SAVINGS_COL_DELIVERY,
    F_RAG = SAVINGS_COL_RAG,
    F_BASIS = SAVINGS_COL_BASIS,
    F_COUNT = SAVINGS_COLUMN_COUNT
};

_Static_assert(F_COUNT <= LAYOUT_MAX_COLUMNS, "more savings columns than a layout holds");

enum { BY_NONE, BY_COHORT, BY_WORKSTREAM, BY_FY, BY_ORIGIN, GROUPINGS };
static const char *const grouping_names[GROUPINGS] = {"", "cohort", "workstream", "FY", "origin"};
/* The panel's groupings as the view's, after BY_NONE. */
static const savings_grouping view_groupings[GROUPINGS] = {[BY_COHORT] = SAVINGS_BY_COHORT,
                                                           [BY_WORKSTREAM] = SAVINGS_BY_WORKSTREAM,
                                                           [BY_FY] = SAVINGS_BY_FY,
                                                           [BY_ORIGIN] = SAVINGS_BY_ORIGIN};

typedef struct {
    panel *p;
    tui_state *s;
    bool filtered; /* built from the lines a filter shows */
} building;

/* A row of the view into the table: a group's rows stay together, its
 * subtotal their header, and the totals come last, the programme's at the
 * foot. */
static bool add_row(void *context, const view_row *row)
{
    building *b = context;
    table *t = &b->p->table;
    char label[200];
    table_row *r = NULL;
    const char *filter = b->filtered ? t->filter : NULL;
    switch (row->kind) {
    case VIEW_ROW_LINE:
        r = table_add(t, ROW_LINE, row->group, row->source);
        break;
    case VIEW_ROW_SUBTOTAL: r = table_add(t, ROW_SUBTOTAL, row->group, row->source); break;
    case VIEW_ROW_TOTAL: r = table_add(t, ROW_TOTAL, 1 << 20, 0); break;
    case VIEW_ROW_PIPELINE: r = table_add(t, ROW_TOTAL, (1 << 20) - 1, 1); break;
    }
    if (r == NULL)
        return false;
    view_cells_set(t, &b->s->theme, savings_view_columns, SAVINGS_COLUMN_COUNT, row, VIEW_CELLS_PERCENT_SIGN);
    if (row->cells[SAVINGS_COL_STATUS].defined) { /* "on track", not the stored "on_track" */
        char words[64];
        text_words(words, sizeof words, row->cells[SAVINGS_COL_STATUS].text);
        table_set(t, SAVINGS_COL_STATUS, words, row->cells[SAVINGS_COL_STATUS].value,
                  row->cells[SAVINGS_COL_STATUS].ordered,
                  (element)(r->look[SAVINGS_COL_STATUS] & ~CELL_NUMERIC)); /* its colour kept */
    }
    switch (row->kind) {
    case VIEW_ROW_LINE:
        /* red lines stand out, except by FY where a line's years each have a row */
        r->marked = b->p->grouping != BY_FY && row->cells[F_RAG].rating == RAG_RED;
        return true;
    case VIEW_ROW_SUBTOTAL:
        /* the group's header on the screen, its subtotal in an export */
        snprintf(label, sizeof label, "%s",
                 row->label == NULL ? r->cells[F_FY].text
                 : row->label[0]    ? row->label
                                    : "(none)");
        table_title(t, label);
        snprintf(label, sizeof label, "%s subtotal", r->title);
        break;
    case VIEW_ROW_TOTAL:
        if (filter != NULL)
            snprintf(label, sizeof label, "Total of %zu shown (filter '%s')", row->count, filter);
        else
            snprintf(label, sizeof label, "Programme total (overlap counted once)");
        break;
    case VIEW_ROW_PIPELINE:
        if (filter != NULL)
            snprintf(label, sizeof label, "Pipeline of %zu shown, not in total", row->count);
        else
            snprintf(label, sizeof label, "Pipeline, not in total");
        break;
    }
    table_set(t, F_NAME, label, 0, false, E_NORMAL);
    table_set(t, F_BASIS, "", 0, false, E_NORMAL); /* a basis is a line's: the screen shows no mix */
    return true;
}

/* With a filter, the rows again from the lines it lets through alone, so
 * that the subtotals and the total are of the lines shown: the view is told
 * which, rather than given a copy of them.  Left as built when memory runs
 * out. */
static void build_filtered(panel *p, savings_view *view, building *b)
{
    const savings_set *set = view->set;
    table *t = &p->table;
    bool *shown = calloc(set->nlines + 1, sizeof *shown);
    if (shown != NULL) {
        for (size_t r = 0; r < t->nrows; r++)
            if (t->rows[r].kind == ROW_LINE && t->rows[r].source < set->nlines &&
                table_row_matches(t, &t->rows[r]))
                shown[t->rows[r].source] = true;
        table_clear(t);
        view->shown = shown;
        b->filtered = true;
        savings_view_rows(view, add_row, b);
        view->shown = NULL;
        b->filtered = false;
    }
    free(shown);
}

static void build(panel *p, tui_state *s)
{
    table_clear(&p->table);
    const tui_data *d = &s->data;
    savings_view view = {.set = &d->savings,
                         .thresholds = s->cfg->savings,
                         .grouped = p->grouping != BY_NONE,
                         .grouping = view_groupings[p->grouping],
                         .kpis = p->grouping != BY_FY ? &d->kpis : NULL, /* by line, not by FY */
                         .moves = d->moves,
                         .nmoves = d->nmoves};
    building b = {p, s, false};
    p->table.title_fields = 1u << SAVINGS_COL_REF | 1u << F_NAME | 1u << F_FY; /* a header's name over them */
    savings_view_rows(&view, add_row, &b);
    snprintf(p->table.built_filter, sizeof p->table.built_filter, "%s", p->table.filter);
    if (p->table.filter[0] != '\0')
        build_filtered(p, &view, &b);
    table_arrange(&p->table, &p->layout);
}

/* The profile of what is selected: a line, or the lines of a group. */
static void selected_profile(panel *p, tui_state *s, const table_row *r, char *title, size_t size,
                             savings_figures *years, int *fys, size_t *nfys)
{
    const savings_set *set = &s->data.savings;
    *nfys = 0;
    title[0] = '\0';
    if (r == NULL)
        return;
    bool *wanted = calloc(set->nlines + 1, sizeof *wanted);
    if (wanted == NULL)
        return;
    int only_fy = 0;
    if (r->kind == ROW_LINE) {
        wanted[r->source] = true;
    } else if (r->kind == ROW_SUBTOTAL) {
        /* The lines of the group are the rows that share its group number. */
        for (size_t i = 0; i < p->table.nrows; i++)
            if (p->table.rows[i].kind == ROW_LINE && p->table.rows[i].group == r->group)
                wanted[p->table.rows[i].source] = true;
        if (p->grouping == BY_FY)
            only_fy = (int)r->cells[F_FY].sort;
    } else {
        /* the programme total (source 0), or the pipeline's (1): under a
         * filter, of the lines it shows */
        bool *listed = p->table.built_filter[0] != '\0' ? wanted : NULL;
        for (size_t i = 0; listed != NULL && i < p->table.nrows; i++)
            if (p->table.rows[i].kind == ROW_LINE && p->table.rows[i].source < set->nlines)
                listed[p->table.rows[i].source] = true;
        for (size_t l = 0; l < set->nlines; l++)
            wanted[l] = (listed == NULL || listed[l]) &&
                        (r->source == 0 ? savings_line_counts_in_totals(&set->lines[l])
                                        : set->lines[l].status == SAVINGS_PIPELINE &&
                                              savings_counts_in_totals(set->lines[l].origin));
    }
    for (size_t y = 0; y < set->nyears; y++) {
        const savings_year *year = &set->years[y];
        if (!wanted[year->line] || (only_fy != 0 && year->fy != only_fy))
            continue;
        const savings_line *line = &set->lines[year->line];
        if (r->kind == ROW_SUBTOTAL &&
            (line->status == SAVINGS_PIPELINE ||
             (p->grouping != BY_ORIGIN && !savings_counts_in_totals(line->origin))))
            continue;
        size_t i = 0;
        while (i < *nfys && fys[i] != year->fy)
            i++;
        if (i == *nfys) {
            if (*nfys == 8)
                continue;
            fys[i] = year->fy;
            years[i] = savings_figures_unknown();
            (*nfys)++;
        }
        savings_figures new_savings =
            savings_year_new(set->lines[year->line].basis, set->years, set->nyears, y);
        savings_figures_add(&years[i], &new_savings);
    }
    free(wanted);
    for (size_t i = 1; i < *nfys; i++)
        for (size_t j = i; j > 0 && fys[j - 1] > fys[j]; j--) {
            int fy = fys[j];
            fys[j] = fys[j - 1];
            fys[j - 1] = fy;
            savings_figures f = years[j];
            years[j] = years[j - 1];
            years[j - 1] = f;
        }
    if (r->kind == ROW_LINE)
        snprintf(title, size, "New savings by year of %s %s", set->lines[r->source].ref,
                 set->lines[r->source].name);
    else
        snprintf(title, size, "New savings by year of %s", r->cells[F_NAME].text);
}

static void draw_profile(panel *p, tui_state *s, const table_row *r, int y, int x, int height, int width)
{
    savings_figures years[8];
    int fys[8];
    size_t nfys;
    char title[300];
    selected_profile(p, s, r, title, sizeof title, years, fys, &nfys);
    const theme *th = &s->theme;
    draw_rule(th, y, x, width, theme_attr(th, E_DIM));
    draw_text(th, y + 1, x, width, title, theme_attr(th, E_TITLE), false);
    money scale = 0;
    for (size_t i = 0; i < nfys; i++) {
        const money values[4] = {years[i].target, years[i].stretch, years[i].forecast, years[i].actual};
        for (int v = 0; v < 4; v++)
            if (values[v] != MONEY_UNKNOWN && values[v] > scale)
                scale = values[v];
    }
    int bar = width - 8 - 34;
    if (bar < 8)
        bar = width - 8 > 8 ? 8 : 0;
    for (size_t i = 0; i < nfys && (int)i + 2 < height - 1; i++) {
        int row = y + 2 + (int)i;
        char fy[16], target[16], forecast[16], actual[16], text[96], padded[2][32];
        fy_format(fy, sizeof fy, fys[i]);
        draw_text(th, row, x, 8, fy, A_NORMAL, false);
        if (bar > 0)
            draw_profile_bar(th, row, x + 8, bar, scale, &years[i]);
        screen_money(target, sizeof target, years[i].target);
        screen_money(forecast, sizeof forecast, years[i].forecast);
        screen_money(actual, sizeof actual, years[i].actual);
        text_pad(padded[0], sizeof padded[0], target, 7, false); /* in screen columns: £ is one */
        text_pad(padded[1], sizeof padded[1], forecast, 7, false);
        snprintf(text, sizeof text, " T %s F %s A %s", padded[0], padded[1], actual);
        draw_plain(th, row, x + 8 + bar, x + width, text, A_NORMAL);
    }
    if (height > 2 && (int)nfys + 2 < height) {
        char legend[160];
        snprintf(legend, sizeof legend,
                 "%s actual  %s forecast  %s target  %s stretch   T target  F forecast  A actual", th->block,
                 th->medium, th->shade, th->tick);
        draw_text(th, y + 2 + (int)nfys, x, width, legend, theme_attr(th, E_DIM), false);
    }
}

/* The chart follows the highlighted row, but not while a held key (or a
 * fast hand) moves it on row by row: then it stays as it is until the keys
 * pause, and is drawn once, for the row reached.  A slow line is sent the
 * moving highlight alone; a single key press redraws the chart at once. */
#define CHART_BURST_MS 150 /* keys closer than this are a run */
#define CHART_PAUSE_MS 200 /* the pause after a run that draws the chart */

/* Which row the chart is drawn for: the highlighted one, or while a run of
 * moves goes on, the one it was drawn for last (when still a row). */
static const table_row *chart_row(panel *p, tui_state *s)
{
    static size_t drawn = SIZE_MAX, moved_to = SIZE_MAX;
    static long long moved_at;
    static bool running;
    const table *t = &p->table;
    size_t now_row = t->norder > 0 && t->selected < t->norder ? t->order[t->selected] : SIZE_MAX;
    long long now = tui_now_ms();
    if (now_row != moved_to) {
        running = moved_to != SIZE_MAX && now - moved_at < CHART_BURST_MS;
        moved_to = now_row;
        moved_at = now;
    }
    if (running && now_row != drawn && drawn < t->nrows && now - moved_at < CHART_PAUSE_MS) {
        s->wake_at_ms = moved_at + CHART_PAUSE_MS;
        return &t->rows[drawn];
    }
    running = false;
    drawn = now_row;
    return table_selected(t);
}

static void draw(panel *p, tui_state *s, int y, int x, int height, int width)
{
    if (tui_filter_due(s, p))
        build(p, s); /* the totals follow the filter */
    int chart = height >= 16 ? 8 : 0;
    int rows = chart > 0 ? table_height_for(&p->table, height - chart) : height;
    panel_draw_table(p, s, y, x, rows, width);
    if (chart > 0)
        draw_profile(p, s, chart_row(p, s), y + rows, x, chart, width); /* just below the rows */
}

bool savings_is_workstream(const tui_state *s, const char *name)
{
    const workstreams_set *reg = &s->data.workstreams;
    long w = register_find(reg->rows, reg->count, name);
    if (w >= 0)
        return reg->rows[w].kind == REGISTER_WORKSTREAM;
    for (size_t i = 0; i < s->data.savings.nlines; i++)
        if (s->data.savings.lines[i].workstream != NULL &&
            strcasecmp(s->data.savings.lines[i].workstream, name) == 0)
            return true;
    return false;
}

size_t savings_show_workstream(tui_state *s, const char *workstream)
{
    panel *p = &s->panels[VIEW_SAVINGS];
    const savings_set *set = &s->data.savings;
    const char *name = workstream; /* as the lines spell it */
    for (size_t i = 0; i < set->nlines; i++)
        if (set->lines[i].workstream != NULL && strcasecmp(set->lines[i].workstream, workstream) == 0) {
            name = set->lines[i].workstream;
            break;
        }
    s->current = VIEW_SAVINGS;
    /* the filter is its name; the lines let through, those of the
     * workstream exactly (not a line whose owner or name holds it) */
    snprintf(p->table.filter, sizeof p->table.filter, "%s", name);
    p->table.only_field = SAVINGS_COL_WORKSTREAM;
    snprintf(p->table.only, sizeof p->table.only, "%s", name);
    build(p, s);
    p->stale = false;
    table_home(&p->table);
    size_t shown = 0;
    for (size_t i = 0; i < p->table.norder; i++)
        shown += p->table.rows[p->table.order[i]].kind == ROW_LINE;
    return shown;
}

static reaction act(panel *p, tui_state *s, action what)
{
    /* a workstream's filter goes as a whole: Esc clears it; / leaves its
     * words to edit as any filter's, the rows built again for them */
    if ((what == ACTION_BACK || what == ACTION_FILTER) && p->table.only_field >= 0) {
        p->table.only_field = -1;
        if (what == ACTION_FILTER)
            build(p, s);
    }
    if (what != ACTION_GROUP)
        return REACT_NONE;
    p->grouping = (p->grouping + 1) % GROUPINGS;
    snprintf(s->status, sizeof s->status, "%s", p->grouping == BY_NONE ? "Not grouped" : "");
    if (p->grouping != BY_NONE)
        snprintf(s->status, sizeof s->status, "Grouped by %s, each group's totals on its header (- folds it)",
                 grouping_names[p->grouping]);
    s->status_until = time(NULL) + 3;
    return REACT_REBUILD | REACT_FIRST_ROW;
}

/* One row of the profile table: money to the pound; stretch only when there is room. */
static void profile_line(text_lines *out, bool wide, const char *fy, const savings_figures *f,
                         const char *rating)
{
    char m[5][32], pct[16];
    money_format(m[0], sizeof m[0], f->target);
    money_format(m[1], sizeof m[1], f->stretch);
    money_format(m[2], sizeof m[2], f->forecast);
    money_format(m[3], sizeof m[3], f->actual);
    money_format(m[4], sizeof m[4], savings_gap(f));
    decimal_format(pct, sizeof pct, savings_delivery_pct(f));
    if (wide)
        lines_add(out, "  %-8s %12s %12s %12s %12s %12s %7s  %s", fy, m[0], m[1], m[2], m[3], m[4], pct,
                  rating);
    else
        lines_add(out, "  %-8s %11s %11s %11s %11s %6s %s", fy, m[0], m[2], m[3], m[4], pct, rating);
}

/* The line's forecast moved between years since the snapshot compared with. */
static void moves_lines(const tui_state *s, const char *ref, text_lines *out)
{
    const tui_data *d = &s->data;
    size_t first = slippage_first(d->moves, d->nmoves, ref);
    if (!d->has_snapshot || first == d->nmoves)
        return;
    lines_add(out, "%s", "");
    lines_add(out, "Re-profiled since %s", d->since.label);
    for (size_t i = first; i < d->nmoves && strcmp(d->moves[i].ref, ref) == 0; i++) {
        const forecast_move *m = &d->moves[i];
        char from[16], to[16] = "slipped out", amount[32];
        fy_format(from, sizeof from, m->from_fy);
        if (m->to_fy != 0)
            fy_format(to, sizeof to, m->to_fy);
        money_format(amount, sizeof amount, m->amount);
        char at[64];
        date_show(at, sizeof at, m->at);
        lines_add(out, "  %12s  %s %s %-11s  %s, %s", amount, from,
                  m->to_fy == 0 || m->to_fy > m->from_fy ? s->theme.later : s->theme.earlier, to, m->who, at);
    }
}

/* The workstream's latest highlight report: its lead's words beside its figures. */
static void highlight_lines(const tui_state *s, const char *workstream, text_lines *out)
{
    const highlights_set *set = &s->data.highlights;
    long i = workstream != NULL && workstream[0] != '\0'
                 ? highlights_latest_of(set->rows, set->count, workstream)
                 : -1;
    if (i < 0)
        return;
    const highlight *h = &set->rows[i];
    char period[32];
    date_format_long(period, sizeof period, h->period);
    lines_add(out, "%s", "");
    lines_add(out, "Highlight report of %s, %s%s%s%s", h->workstream, period, h->lead[0] ? " (" : "", h->lead,
              h->lead[0] ? ")" : "");
    if (h->rating != RAG_NONE)
        lines_add(out, "  %-11s %s", "RAG", rag_word(h->rating));
    const struct {
        const char *label, *text;
    } parts[] = {{"Progress", h->progress},
                 {"Challenges", h->challenges},
                 {"Next steps", h->next_steps},
                 {"Decisions", h->decisions_needed}};
    for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++)
        if (parts[k].text[0] != '\0')
            lines_wrap(out, parts[k].label, 11, parts[k].text, COLS);
}

/* The line's benefit signed off, each sign-off in turn, the one that counts
 * (its latest agreed by today: what the contingent fee is worked on) marked. */
static void signoff_lines(const tui_state *s, const char *ref, text_lines *out)
{
    const signoffs_set *set = &s->data.signoffs;
    const signoff_row *counts = signoff_latest_agreed(set->rows, set->count, ref, s->data.today);
    bool any = false;
    for (size_t i = 0; i < set->count; i++) {
        const signoff_row *r = &set->rows[i];
        if (strcmp(r->line, ref) != 0)
            continue;
        if (!any) {
            lines_add(out, "%s", "");
            lines_add(out, "Benefit signed off (a year): the latest agreed counts for the fee");
            any = true;
        }
        char day[16], amount[32];
        date_format(day, sizeof day, r->signed_on);
        money_format(amount, sizeof amount, r->amount);
        lines_add(out, "  %s %12s  %-8s %-6s %s; %s", day, amount, signoff_status_name(r->status),
                  r == counts ? "COUNTS" : "", r->signed_by[0] ? r->signed_by : "(no one named)",
                  r->evidence[0] ? r->evidence : "(no evidence)");
    }
}

static void detail(panel *p, tui_state *s, const table_row *r, text_lines *out)
{
    const savings_set *set = &s->data.savings;
    bool wide = COLS >= 100;
    if (r->kind != ROW_LINE) {
        lines_add(out, "%s", r->cells[F_NAME].text);
        if (r->kind == ROW_TOTAL && r->source == 1) {
            size_t n = 0;
            savings_pipeline_figures(set->lines, set->nlines, set->years, set->nyears, 0, &n);
            lines_add(out, "%zu line%s identified, not yet validated: left out of every total", n,
                      n == 1 ? "" : "s");
        }
        lines_add(out, "%s", "");
        for (int f = F_TARGET; f <= F_GAP; f++) {
            char exact[32] = "";
            if (r->cells[f].sort != INT64_MIN)
                money_format(exact, sizeof exact, r->cells[f].sort);
            lines_add(out, "  %-10s %s", view_cells_heading(&p->layout, savings_view_columns, f), exact);
        }
        lines_add(out, "  %-10s %s", view_cells_heading(&p->layout, savings_view_columns, F_DELIVERY),
                  r->cells[F_DELIVERY].text);
        lines_add(out, "  %-10s %s", view_cells_heading(&p->layout, savings_view_columns, F_RAG),
                  r->cells[F_RAG].text);
        if (r->kind == ROW_SUBTOTAL && p->grouping == BY_WORKSTREAM)
            highlight_lines(s, r->title, out);
        return;
    }
    const savings_line *line = &set->lines[r->source];
    lines_add(out, "Savings line %s", line->ref);
    lines_add(out, "%s", "");
    lines_wrap(out, "Name", 11, line->name, COLS);
    lines_wrap(out, "Workstream", 11, line->workstream, COLS);
    lines_wrap(out, "Cohort", 11, line->cohort, COLS);
    lines_add(out, "  %-11s %s%s", "Origin", savings_origin_name(line->origin),
              line->origin == ORIGIN_OVERLAP ? " (counted in a partner line, so left out of totals)" : "");
    char status[64];
    text_words(status, sizeof status, savings_status_name(line->status)); /* "on track" */
    lines_add(out, "  %-11s %s%s; basis %s", "Status", status,
              line->status == SAVINGS_PIPELINE ? " (identified, not yet validated: left out of totals)" : "",
              line->basis == BASIS_CUMULATIVE
                  ? "cumulative (each year the run rate reached: worth its last year)"
                  : "incremental (each year a new saving)");
    lines_wrap(out, "Owner", 11, line->owner, COLS);
    lines_wrap(out, "Key metric", 11, line->key_metric, COLS);
    lines_add(out, "%s", "");
    if (wide)
        lines_add(out, "  %-8s %12s %12s %12s %12s %12s %7s  %s", "FY", "Target", "Stretch", "Forecast",
                  "Actual", "Gap", "Deliv%", "RAG");
    else
        lines_add(out, "  %-8s %11s %11s %11s %11s %6s %s", "FY", "Target", "Forecast", "Actual", "Gap",
                  "Del%", "RAG");
    for (size_t y = 0; y < set->nyears; y++) {
        if (set->years[y].line != r->source)
            continue;
        const savings_figures *f = &set->years[y].figures;
        char fy[16];
        fy_format(fy, sizeof fy, set->years[y].fy);
        profile_line(out, wide, fy, f, rag_word(savings_rag(line->status, f, s->cfg->savings)));
    }
    savings_figures all = savings_line_value(line, r->source, set->years, set->nyears, 0);
    profile_line(out, wide, line->basis == BASIS_CUMULATIVE ? "Worth" : "All", &all,
                 rag_word(savings_rag(line->status, &all, s->cfg->savings)));
    if (line->basis == BASIS_CUMULATIVE) {
        /* the steps: what each year adds to the run rate */
        lines_add(out, "%s", "");
        lines_add(out, "New savings by year (the step from the year before)");
        for (size_t y = 0; y < set->nyears; y++) {
            if (set->years[y].line != r->source)
                continue;
            savings_figures f = savings_year_new(line->basis, set->years, set->nyears, y);
            char fy[16];
            fy_format(fy, sizeof fy, set->years[y].fy);
            profile_line(out, wide, fy, &f, "");
        }
    }
    /* What the operational measures show, beside the forecast run rate */
    bool any = false;
    for (size_t k = 0, v = 0; k < s->data.kpis.count; k++) {
        size_t first = v;
        while (v < s->data.kpis.nvalues && s->data.kpis.values[v].kpi == k)
            v++;
        const kpi *kp = &s->data.kpis.kpis[k];
        if (strcmp(kp->saving_ref, line->ref) != 0)
            continue;
        if (!any) {
            int final_fy = 0;
            money run = savings_run_rate(set->lines, set->nlines, set->years, set->nyears, s->cfg->final_fy,
                                         line->ref, &final_fy)
                            .forecast;
            char fy[16] = "", amount[32];
            if (final_fy != 0)
                fy_format(fy, sizeof fy, final_fy);
            money_format(amount, sizeof amount, run);
            lines_add(out, "%s", "");
            lines_add(out, "Evidence from KPIs (a year), beside the %s forecast of %s", fy[0] ? fy : "line's",
                      run == MONEY_UNKNOWN ? "none" : amount);
            any = true;
        }
        kpi_status st = kpi_evaluate(kp, &s->data.kpis.values[first], v - first);
        char amount[32];
        money_format(amount, sizeof amount, st.benefit);
        lines_add(out, "  %-8s %-40.40s %12s  %s", kp->ref, kp->name,
                  st.benefit == MONEY_UNKNOWN ? "none" : amount,
                  st.sustained ? "SUSTAINED" : "not yet sustained");
    }
    signoff_lines(s, line->ref, out);
    highlight_lines(s, line->workstream, out);
    moves_lines(s, line->ref, out);
    panel_detail_audit(s, "savings", line->ref, out);
}

static void caption(panel *p, tui_state *s, char *buf, size_t size)
{
    size_t shown = 0;
    for (size_t i = 0; p->table.filter[0] != '\0' && i < p->table.norder; i++)
        shown += p->table.rows[p->table.order[i]].kind == ROW_LINE;
    if (p->table.filter[0] != '\0' && p->grouping != BY_FY)
        snprintf(buf, size, "%zu of %zu lines, all years%s%s", shown, s->data.savings.nlines,
                 p->grouping ? ", by " : "", grouping_names[p->grouping]);
    else
        snprintf(buf, size, "%zu lines, all years%s%s", s->data.savings.nlines, p->grouping ? ", by " : "",
                 grouping_names[p->grouping]);
}

static bool record(panel *p, tui_state *s, const table_row *row, edit_record *out)
{
    (void)p;
    record_blank(out, TABLE_DEF_SAVINGS);
    if (row == NULL)
        return true; /* a new line: no defaults beyond the fields' own */
    if (row->kind != ROW_LINE)
        return false;
    out->exists = true;
    out->values[SAVINGS_FIELD_REF] = (field_value){false, 0, s->data.savings.lines[row->source].ref};
    return true;
}

const panel_ops savings_panel = {
    .name = "savings",
    .fields = savings_view_columns,
    .nfields = F_COUNT,
    .build = build,
    .draw = draw,
    .action = act,
    .detail = detail,
    .caption = caption,
    .table = TABLE_DEF_SAVINGS,
    .record = record,
};
