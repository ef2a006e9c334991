/* panel_kpis.c - the KPIs that evidence savings, a view of the Savings
 * panel: each with its trend against baseline and target and the benefit
 * its improvement is worth; and their values by period, to edit. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "text.h"
#include "tui_internal.h"
#include "view_cells.h"
#include "view_kpis.h"

/* The line's share of the recurrent run rate: its forecast in the programme's
 * final FY (stored in *fy), or MONEY_UNKNOWN. */
static money line_run_rate(const tui_state *s, const char *ref, int *fy)
{
    const savings_set *set = &s->data.savings;
    return savings_run_rate(set->lines, set->nlines, set->years, set->nyears, s->cfg->final_fy, ref, fy)
        .forecast;
}

/* ---- the KPIs ---- */

/* The fields are the KPI view's columns (view_kpis.h). */
enum { F_NAME = KPI_COL_NAME, F_BENEFIT = KPI_COL_BENEFIT, F_COUNT = KPI_COLUMN_COUNT };

_Static_assert(F_COUNT <= LAYOUT_MAX_COLUMNS, "more KPI columns than a layout holds");

/* The lowest and highest of a KPI's baseline, target and values. */
static void value_range(const kpi *k, const kpi_value *values, size_t n, int64_t *lo, int64_t *hi)
{
    *lo = *hi = k->baseline;
    if (k->has_target) {
        *lo = k->target < *lo ? k->target : *lo;
        *hi = k->target > *hi ? k->target : *hi;
    }
    for (size_t i = 0; i < n; i++) {
        *lo = values[i].value < *lo ? values[i].value : *lo;
        *hi = values[i].value > *hi ? values[i].value : *hi;
    }
}

typedef struct {
    panel *p;
    tui_state *s;
    const size_t *sources; /* built from the KPIs a filter shows: each one's place in the whole set */
} building;

/* A KPI's row, marked when worse than where it started; the total with its
 * caption for a name, or under a filter what it is the total of. */
static bool add_row(void *context, const view_row *row)
{
    building *b = context;
    table *t = &b->p->table;
    bool line = row->kind == VIEW_ROW_LINE;
    table_row *r = table_add(t, line ? ROW_LINE : ROW_TOTAL, line ? 0 : 1,
                             line && b->sources != NULL ? b->sources[row->source] : row->source);
    if (r == NULL)
        return false;
    view_cells_set(t, &b->s->theme, kpi_view_columns, KPI_COLUMN_COUNT, row, VIEW_CELLS_PERCENT_SIGN);
    const view_cell *better = &row->cells[KPI_COL_IMPROVEMENT];
    if (line) {
        r->marked = better->defined && better->value < 0;
    } else if (b->sources != NULL) { /* the KPIs a filter shows */
        char label[200];
        snprintf(label, sizeof label, "Total of %zu shown (filter '%s'): %zu of %zu sustained", row->count,
                 t->filter, row->reached, row->count);
        table_set(t, F_NAME, label, 0, false, E_NORMAL);
    } else {
        table_set(t, F_NAME, row->caption, 0, false, E_NORMAL);
    }
    return true;
}

/* The KPIs marked shown, with their values (each value's KPI its place
 * among them), into only, and each one's place in the whole set into
 * sources; false when memory ran out.  The caller frees only's arrays. */
static bool kpis_shown(const kpi_set *set, const bool *shown, kpi_set *only, size_t *sources)
{
    size_t *place = calloc(set->count + 1, sizeof *place);
    *only = (kpi_set){calloc(set->count + 1, sizeof *only->kpis), 0,
                      calloc(set->nvalues + 1, sizeof *only->values), 0, NULL};
    if (place == NULL || only->kpis == NULL || only->values == NULL) {
        free(place);
        return false;
    }
    for (size_t k = 0; k < set->count; k++)
        if (shown[k]) {
            place[k] = only->count;
            sources[only->count] = k;
            only->kpis[only->count++] = set->kpis[k];
        }
    for (size_t v = 0; v < set->nvalues; v++)
        if (set->values[v].kpi < set->count && shown[set->values[v].kpi]) {
            only->values[only->nvalues] = set->values[v];
            only->values[only->nvalues++].kpi = place[set->values[v].kpi];
        }
    free(place);
    return true;
}

/* With a filter, the rows again from the KPIs it lets through alone, so
 * that the total is of the KPIs shown.  Left as built when memory runs out. */
static void build_filtered(panel *p, kpi_view *view, building *b)
{
    const kpi_set *set = view->set;
    table *t = &p->table;
    bool *shown = calloc(set->count + 1, sizeof *shown);
    size_t *sources = calloc(set->count + 1, sizeof *sources);
    kpi_set only = {0};
    if (shown != NULL && sources != NULL) {
        for (size_t r = 0; r < t->nrows; r++)
            if (t->rows[r].kind == ROW_LINE && t->rows[r].source < set->count &&
                table_row_matches(t, &t->rows[r]))
                shown[t->rows[r].source] = true;
        if (kpis_shown(set, shown, &only, sources)) {
            table_clear(t);
            view->set = &only;
            b->sources = sources;
            kpi_view_rows(view, add_row, b);
            view->set = set;
            b->sources = NULL;
        }
    }
    free(shown);
    free(sources);
    free(only.kpis);
    free(only.values);
}

static void build(panel *p, tui_state *s)
{
    table_clear(&p->table);
    kpi_view view = {&s->data.kpis, NULL, &s->data.savings, s->cfg->final_fy};
    building b = {p, s, NULL};
    kpi_view_rows(&view, add_row, &b);
    snprintf(p->table.built_filter, sizeof p->table.built_filter, "%s", p->table.filter);
    if (p->table.filter[0] != '\0')
        build_filtered(p, &view, &b);
    table_arrange(&p->table, &p->layout);
}

static const char *baseline_mark(const theme *th)
{
    return th->utf8 ? "┊" : ":";
}

/* The selected KPI's values as bars, with its baseline and target marked. */
static void draw_values(panel *p, tui_state *s, int y, int x, int height, int width)
{
    const theme *th = &s->theme;
    draw_rule(th, y, x, width, theme_attr(th, E_DIM));
    const table_row *r = table_selected(&p->table);
    const kpi_set *set = &s->data.kpis;
    if (r == NULL || r->kind != ROW_LINE || r->source >= set->count) {
        draw_text(th, y + 1, x, width,
                  set->count == 0 ? "No KPIs yet: import them with assure import kpis FILE"
                                  : "Choose a KPI to see its values against baseline and target",
                  theme_attr(th, E_DIM), false);
        return;
    }
    const kpi *k = &set->kpis[r->source];
    size_t n;
    const kpi_value *values = kpi_view_values(set, r->source, &n);
    char baseline[48], target[48] = "none", title[400];
    view_format_measure(baseline, sizeof baseline, k->baseline);
    if (k->has_target)
        view_format_measure(target, sizeof target, k->target);
    snprintf(title, sizeof title, "%s %s (%s is better): baseline %s, target %s", k->ref, k->name,
             kpi_polarity_name(k->polarity), baseline, target);
    /* the title wrapped whole, then the values from the line after it */
    int top = y + 1 + draw_wrapped(th, y + 1, x, width, 2, title, theme_attr(th, E_TITLE));
    int rows = height - 2 - (top - y - 1);
    size_t first = n > (size_t)(rows > 0 ? rows : 0) ? n - (size_t)rows : 0;
    int64_t lo, hi;
    value_range(k, values + first, n - first, &lo, &hi);
    int64_t margin = (hi - lo) / 4 > 0 ? (hi - lo) / 4 : 1;
    lo = lo - margin;
    /* each row: its period in 12 columns ("27 Dec 2026" and a space), the bar, the figures */
    int bar = width - 12 - 34;
    if (bar > 50)
        bar = 50;
    for (size_t i = first; i < n; i++) {
        int row = top + (int)(i - first);
        char period[32];
        date_show(period, sizeof period, values[i].period);
        draw_text(th, row, x, 12, period, A_NORMAL, false);
        bool met = kpi_meets_target(k, values[i].value);
        int64_t better = kpi_improvement(k, values[i].value);
        if (bar >= 8) {
            int cells = (int)multiply_divide_rounded(values[i].value - lo, bar, hi - lo > 0 ? hi - lo : 1);
            cells = cells < 1 ? 1 : cells > bar ? bar : cells;
            attr_t attr = theme_attr(th, met ? E_GOOD : better < 0 ? E_BAD : E_NORMAL);
            attron(attr);
            for (int c = 0; c < cells; c++)
                mvaddstr(row, x + 12 + c, met ? th->block : th->medium);
            attroff(attr);
            int at = (int)multiply_divide_rounded(k->baseline - lo, bar, hi - lo > 0 ? hi - lo : 1);
            if (at >= 0 && at < bar)
                mvaddstr(row, x + 12 + at, baseline_mark(th));
            if (k->has_target) {
                at = (int)multiply_divide_rounded(k->target - lo, bar, hi - lo > 0 ? hi - lo : 1);
                if (at >= 0 && at < bar)
                    mvaddstr(row, x + 12 + at, th->tick);
            }
        }
        char value[48], change[48], text[160];
        view_format_measure(value, sizeof value, values[i].value);
        view_format_measure(change, sizeof change, better);
        snprintf(text, sizeof text, " %s  %s%s on baseline%s", value, better > 0 ? "+" : "", change,
                 met ? "  at target" : "");
        draw_plain(th, row, x + 12 + (bar >= 8 ? bar : 0), x + width, text,
                   theme_attr(th, met ? E_GOOD : E_NORMAL));
    }
    if (n == 0)
        draw_wrapped(th, top, x, width, 1, "No values yet: u shows the values, a adds one",
                     theme_attr(th, E_DIM));
    else if ((int)(n - first) < rows) {
        char legend[160];
        snprintf(legend, sizeof legend, "%s baseline  %s target  %s at target  %s not yet", baseline_mark(th),
                 th->tick, th->block, th->medium);
        draw_wrapped(th, top + (int)(n - first), x, width, y + height - top - (int)(n - first), legend,
                     theme_attr(th, E_DIM));
    }
}

static void draw(panel *p, tui_state *s, int y, int x, int height, int width)
{
    if (strcmp(p->table.filter, p->table.built_filter) != 0)
        build(p, s); /* the total follows the filter */
    int chart = height >= 18 ? 10 : 0;
    int rows = chart > 0 ? table_height_for(&p->table, height - chart) : height;
    panel_draw_table(p, s, y, x, rows, width);
    if (chart > 0)
        draw_values(p, s, y + rows, x, chart, width); /* just below the rows */
}

static void detail(panel *p, tui_state *s, const table_row *r, text_lines *out)
{
    (void)p;
    const kpi_set *set = &s->data.kpis;
    if (r->kind != ROW_LINE || r->source >= set->count) {
        lines_add(out, "%s", r->cells[F_NAME].text);
        lines_add(out, "  Benefit a year  %s", r->cells[F_BENEFIT].text);
        return;
    }
    const kpi *k = &set->kpis[r->source];
    size_t n;
    const kpi_value *values = kpi_view_values(set, r->source, &n);
    kpi_status st = kpi_evaluate(k, values, n);
    char a[48], b[48];
    lines_add(out, "KPI %s", k->ref);
    lines_add(out, "%s", "");
    lines_wrap(out, "Name", 16, k->name, COLS);
    lines_add(out, "  %-16s %s", "Unit", k->unit);
    lines_add(out, "  %-16s %s is better", "Polarity", kpi_polarity_name(k->polarity));
    view_format_measure(a, sizeof a, k->baseline);
    lines_add(out, "  %-16s %s", "Baseline", a);
    if (k->has_target)
        view_format_measure(b, sizeof b, k->target);
    lines_add(out, "  %-16s %s", "Target", k->has_target ? b : "none");
    money_format(a, sizeof a, k->unit_value);
    lines_add(out, "  %-16s %s a year per unit of improvement", "Unit value",
              k->unit_value == MONEY_UNKNOWN ? "none" : a);
    lines_add(out, "  %-16s %d periods at target in a row", "Signed off after", k->sustain_periods);
    if (st.has_latest) {
        view_format_measure(a, sizeof a, st.latest);
        view_format_measure(b, sizeof b, st.improvement);
        char when[32];
        date_show(when, sizeof when, st.latest_period);
        lines_add(out, "  %-16s %s (%s), better by %s", "Latest", a, when, b);
        money_format(a, sizeof a, st.benefit);
        lines_add(out, "  %-16s %s a year", "Benefit", st.benefit == MONEY_UNKNOWN ? "none" : a);
        lines_add(out, "  %-16s %s (%d of %d periods at target)", "Sustained",
                  st.sustained ? "yes" : "not yet", st.periods_at_target, k->sustain_periods);
    }
    if (k->saving_ref[0] != '\0') {
        int fy;
        money forecast = line_run_rate(s, k->saving_ref, &fy);
        char fy_text[16] = "";
        if (fy != 0)
            fy_format(fy_text, sizeof fy_text, fy);
        money_format(a, sizeof a, forecast);
        lines_add(out, "  %-16s %s, whose forecast for %s is %s", "Evidences line", k->saving_ref,
                  fy != 0 ? fy_text : "the final year", forecast == MONEY_UNKNOWN ? "none" : a);
    }
    lines_add(out, "%s", "");
    lines_add(out, "Values (%zu)", n);
    for (size_t i = 0; i < n; i++) {
        view_format_measure(a, sizeof a, values[i].value);
        money benefit = kpi_benefit(k, values[i].value);
        money_format(b, sizeof b, benefit);
        char when[32], period[48];
        date_show(when, sizeof when, values[i].period);
        text_pad(period, sizeof period, when, 11, false); /* "27 Dec 2026" */
        lines_add(out, "  %s  %12s  %14s%s", period, a, benefit == MONEY_UNKNOWN ? "" : b,
                  kpi_meets_target(k, values[i].value) ? "  at target" : "");
    }
    panel_detail_audit(s, "kpis", k->ref, out);
}

/* The total row of the view, kept (the view's emit). */
static bool keep_total(void *context, const view_row *row)
{
    if (row->kind == VIEW_ROW_TOTAL)
        *(view_row *)context = *row;
    return true;
}

static void caption(panel *p, tui_state *s, char *buf, size_t size)
{
    if (strcmp(p->table.filter, p->table.built_filter) != 0)
        build(p, s); /* the header is drawn before the rows */
    const kpi_set *set = &s->data.kpis;
    bool *shown = p->table.built_filter[0] != '\0' ? calloc(set->count + 1, sizeof *shown) : NULL;
    size_t *sources = shown != NULL ? calloc(set->count + 1, sizeof *sources) : NULL;
    kpi_set only = {0};
    if (sources != NULL) {
        /* under a filter, the KPIs it shows: the rows built are theirs */
        for (size_t i = 0; i < p->table.nrows; i++)
            if (p->table.rows[i].kind == ROW_LINE && p->table.rows[i].source < set->count)
                shown[p->table.rows[i].source] = true;
        view_row total;
        view_row_start(&total, VIEW_ROW_TOTAL, 0, 0);
        kpi_view view = {&only, NULL, NULL, 0};
        if (kpis_shown(set, shown, &only, sources) && kpi_view_rows(&view, keep_total, &total))
            snprintf(buf, size, "%zu of %zu KPIs, %zu sustained", total.count, set->count, total.reached);
        free(only.kpis);
        free(only.values);
    }
    free(shown);
    free(sources);
    if (sources != NULL)
        return;
    const overview *o = &s->data.now;
    char benefit[32] = "nothing";
    int64_t value;
    if (headline_value(o, HEADLINE_KPI_BENEFIT, &value))
        headline_format_value(benefit, sizeof benefit, HEADLINE_KPI_BENEFIT, value, screen_headline_style(s));
    snprintf(buf, size, "%zu KPIs, %zu sustained, %s a year evidenced", o->kpis, o->kpis_sustained, benefit);
}

static bool record(panel *p, tui_state *s, const table_row *row, edit_record *out)
{
    (void)p;
    record_blank(out, TABLE_DEF_KPIS);
    if (row == NULL)
        return true;
    if (row->kind != ROW_LINE)
        return false;
    out->exists = true;
    out->values[KPI_FIELD_REF] = (field_value){false, 0, s->data.kpis.kpis[row->source].ref};
    return true;
}

const panel_ops kpis_panel = {
    .name = "kpis",
    .fields = kpi_view_columns,
    .nfields = F_COUNT,
    .build = build,
    .draw = draw,
    .detail = detail,
    .caption = caption,
    .table = TABLE_DEF_KPIS,
    .record = record,
};

/* ---- their values ---- */

/* The fields are the KPI value view's columns (view_kpis.h). */
enum { V_REF = KPI_VALUE_COL_REF, V_COUNT = KPI_VALUE_COLUMN_COUNT };

_Static_assert(V_COUNT <= LAYOUT_MAX_COLUMNS, "more KPI value columns than a layout holds");

static bool add_value(void *context, const view_row *row)
{
    view_building *b = context;
    if (table_add(&b->p->table, ROW_LINE, 0, row->source) == NULL)
        return false;
    view_cells_set(&b->p->table, &b->s->theme, kpi_value_view_columns, KPI_VALUE_COLUMN_COUNT, row,
                   VIEW_CELLS_PERCENT_SIGN);
    return true;
}

static void build_values(panel *p, tui_state *s)
{
    table_clear(&p->table);
    kpi_view view = {&s->data.kpis, NULL, NULL, 0};
    view_building b = {p, s};
    kpi_value_view_rows(&view, add_value, &b);
    table_arrange(&p->table, &p->layout);
}

static void draw_values_table(panel *p, tui_state *s, int y, int x, int height, int width)
{
    panel_draw_table(p, s, y, x, height, width);
}

static void value_detail(panel *p, tui_state *s, const table_row *r, text_lines *out)
{
    (void)p;
    const kpi_value *v = &s->data.kpis.values[r->source];
    const kpi *k = &s->data.kpis.kpis[v->kpi];
    char a[48], b[48];
    char when[32];
    date_show(when, sizeof when, v->period);
    lines_add(out, "Value of KPI %s for %s", k->ref, when);
    lines_add(out, "%s", "");
    lines_wrap(out, "KPI", 12, k->name, COLS);
    view_format_measure(a, sizeof a, v->value);
    lines_add(out, "  %-12s %s %s", "Value", a, k->unit);
    view_format_measure(a, sizeof a, k->baseline);
    view_format_measure(b, sizeof b, kpi_improvement(k, v->value));
    lines_add(out, "  %-12s %s: better by %s", "Baseline", a, b);
    money_format(a, sizeof a, kpi_benefit(k, v->value));
    lines_add(out, "  %-12s %s a year", "Benefit", kpi_benefit(k, v->value) == MONEY_UNKNOWN ? "none" : a);
    lines_add(out, "  %-12s %s", "At target", kpi_meets_target(k, v->value) ? "yes" : "no");
    char key[128];
    snprintf(key, sizeof key, "%s / %s", k->ref, v->period);
    panel_detail_audit(s, "kpi_values", key, out);
}

static void value_caption(panel *p, tui_state *s, char *buf, size_t size)
{
    (void)s;
    if (p->table.only_field >= 0)
        snprintf(buf, size, "%s: %zu values (u or Esc: all KPIs)", p->table.only, p->table.norder);
    else
        snprintf(buf, size, "%zu values", p->table.norder);
}

static field_value date_value(const char *iso)
{
    calendar_date d;
    if (!date_parse(iso, &d, NULL))
        return (field_value){true, 0, NULL};
    return (field_value){false, date_to_days(d), NULL};
}

/* The period after a KPI's latest: a month on for monthly values (the same
 * day of the month), else the same gap again; this month with none. */
static calendar_date next_period(const kpi_set *set, const char *ref, calendar_date today)
{
    calendar_date month = today;
    month.day = 1;
    size_t k = 0;
    while (k < set->count && strcmp(set->kpis[k].ref, ref) != 0)
        k++;
    size_t n;
    const kpi_value *values = k < set->count ? kpi_view_values(set, k, &n) : NULL;
    calendar_date last, before;
    if (values == NULL || n == 0 || !date_parse(values[n - 1].period, &last, NULL))
        return month;
    if (n >= 2 && date_parse(values[n - 2].period, &before, NULL) && before.day != last.day)
        return date_from_days(date_to_days(last) + (date_to_days(last) - date_to_days(before)));
    int months = n >= 2 ? (last.year - before.year) * 12 + last.month - before.month : 1;
    if (months < 1)
        months = 1;
    int index = last.year * 12 + (last.month - 1) + months;
    calendar_date next = {index / 12, index % 12 + 1, last.day};
    if (next.day > 28 && !date_is_valid(next))
        next.day = 28; /* the 31st of a short month */
    return next;
}

static bool value_record(panel *p, tui_state *s, const table_row *row, edit_record *out)
{
    record_blank(out, TABLE_DEF_KPI_VALUES);
    const kpi_set *set = &s->data.kpis;
    if (row == NULL) {
        /* a new value: for the KPI chosen, for this month */
        const table_row *chosen = table_selected(&p->table);
        const char *ref = NULL;
        if (chosen != NULL)
            ref = set->kpis[set->values[chosen->source].kpi].ref;
        else if (p->table.only_field >= 0)
            for (size_t k = 0; k < set->count && ref == NULL; k++)
                if (strcmp(set->kpis[k].ref, p->table.only) == 0)
                    ref = set->kpis[k].ref;
        calendar_date period = s->data.today;
        period.day = 1;
        if (ref != NULL) {
            out->values[KPI_VALUE_FIELD_REF] = (field_value){false, 0, ref};
            period = next_period(set, ref, s->data.today);
        }
        out->values[KPI_VALUE_FIELD_PERIOD] = (field_value){false, date_to_days(period), NULL};
        return true;
    }
    const kpi_value *v = &set->values[row->source];
    out->exists = true;
    out->values[KPI_VALUE_FIELD_REF] = (field_value){false, 0, set->kpis[v->kpi].ref};
    out->values[KPI_VALUE_FIELD_PERIOD] = date_value(v->period);
    return true;
}

/* Opened from the KPIs: the values of the KPI chosen there, those whose ref
 * is its ref exactly (all of them when none is chosen). */
static void open_values(panel *p, tui_state *s, const panel *from)
{
    const table_row *row = from->ops == &kpis_panel ? table_selected(&from->table) : NULL;
    p->table.filter[0] = '\0';
    p->table.only_field = -1;
    if (row != NULL && row->kind == ROW_LINE && row->source < s->data.kpis.count) {
        p->table.only_field = V_REF;
        snprintf(p->table.only, sizeof p->table.only, "%s", s->data.kpis.kpis[row->source].ref);
    }
    table_arrange(&p->table, &p->layout);
}

const panel_ops kpi_values_panel = {
    .name = "kpi_values",
    .fields = kpi_value_view_columns,
    .nfields = V_COUNT,
    .build = build_values,
    .draw = draw_values_table,
    .open = open_values,
    .detail = value_detail,
    .caption = value_caption,
    .table = TABLE_DEF_KPI_VALUES,
    .record = value_record,
};
