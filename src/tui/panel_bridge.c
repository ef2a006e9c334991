/* panel_bridge.c - the budget bridge, a view of the Savings panel: its rows
 * by year with the position after each, and a waterfall from the budget to
 * the forecast outturn and on through the planned actions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_internal.h"
#include "view_bridge.h"
#include "view_cells.h"

/* The fields are the bridge view's columns (view_bridge.h). */
enum { F_NAME = BRIDGE_COL_NAME, F_COUNT = BRIDGE_COLUMN_COUNT };

_Static_assert(F_COUNT <= LAYOUT_MAX_COLUMNS, "more bridge columns than a layout holds");

/* The bridge by year, recomputed from the loaded rows. */
static size_t years_of(const tui_state *s, bridge_year **out)
{
    *out = calloc(s->data.bridge.count + 1, sizeof **out);
    if (*out == NULL)
        return 0;
    return bridge_years(s->data.bridge.rows, s->data.bridge.count, *out);
}

static element variance_colour(money variance)
{
    return variance == MONEY_UNKNOWN ? E_NORMAL : variance > 0 ? E_RED : E_GREEN;
}

/* A row of the view into the table; a year's summary with its caption for
 * a name; under a filter, the total of the rows shown, named for them. */
static bool add_row(void *context, const view_row *row)
{
    view_building *b = context;
    table *t = &b->p->table;
    row_kind kind = row->kind == VIEW_ROW_LINE    ? ROW_LINE
                    : row->kind == VIEW_ROW_TOTAL ? ROW_TOTAL
                                                  : ROW_SUBTOTAL;
    if (table_add(t, kind, kind == ROW_TOTAL ? 1 << 20 : row->group, row->source) == NULL)
        return false;
    view_cells_set(t, &b->s->theme, bridge_view_columns, BRIDGE_COLUMN_COUNT, row, VIEW_CELLS_PERCENT_SIGN);
    if (kind == ROW_TOTAL) {
        char label[200];
        snprintf(label, sizeof label, "Total of %zu shown (filter '%s')", row->count, t->filter);
        table_set(t, F_NAME, label, 0, false, E_NORMAL);
    } else if (kind != ROW_LINE) {
        table_set(t, F_NAME, row->caption, 0, false, E_NORMAL);
    }
    return true;
}

/* With a filter, the rows again: those it lets through, each still with the
 * position and variance of the whole bridge after it, and the total of their
 * amounts.  Left as built when memory runs out. */
static void build_filtered(panel *p, bridge_view *view, view_building *b)
{
    table *t = &p->table;
    bool *shown = calloc(view->count + 1, sizeof *shown);
    if (shown != NULL) {
        for (size_t r = 0; r < t->nrows; r++)
            if (t->rows[r].kind == ROW_LINE && t->rows[r].source < view->count &&
                table_row_matches(t, &t->rows[r]))
                shown[t->rows[r].source] = true;
        table_clear(t);
        view->shown = shown;
        bridge_view_rows(view, add_row, b);
        view->shown = NULL;
    }
    free(shown);
}

static void build(panel *p, tui_state *s)
{
    table_clear(&p->table);
    bridge_view view = {s->data.bridge.rows, s->data.bridge.count, 0, NULL};
    view_building b = {p, s};
    bridge_view_rows(&view, add_row, &b);
    snprintf(p->table.built_filter, sizeof p->table.built_filter, "%s", p->table.filter);
    if (p->table.filter[0] != '\0')
        build_filtered(p, &view, &b);
    table_arrange(&p->table, &p->layout);
}

/* The year the selected row belongs to, as an index into years; 0 when none. */
static size_t selected_year(const panel *p, const tui_state *s, const bridge_year *years, size_t n)
{
    const table_row *r = table_selected(&p->table);
    if (r == NULL)
        return 0;
    if (r->kind == ROW_TOTAL)
        return 0; /* the rows a filter shows: the first year's chart */
    int fy =
        r->kind == ROW_LINE ? s->data.bridge.rows[r->source].fy : years[r->source < n ? r->source : 0].fy;
    for (size_t y = 0; y < n; y++)
        if (years[y].fy == fy)
            return y;
    return 0;
}

typedef struct {
    const char *label;
    money from, to;
    bool total;
} step;

/* Cells from column a to column b of the bar (either order), at least one. */
static void span(int y, int x, int a, int b, const char *glyph, attr_t attr)
{
    int lo = a < b ? a : b, hi = a < b ? b : a;
    if (hi == lo)
        hi = lo + 1;
    attron(attr);
    for (int i = lo; i < hi; i++)
        mvaddstr(y, x + i, glyph);
    attroff(attr);
}

static int column_of(money value, money lo, money hi, int width)
{
    if (hi <= lo)
        return 0;
    int64_t c = multiply_divide_rounded(value - lo, width, hi - lo);
    return c < 0 ? 0 : c > width ? width : (int)c;
}

static void draw_waterfall(panel *p, tui_state *s, int y, int x, int height, int width)
{
    const theme *th = &s->theme;
    bridge_year *years;
    size_t n = years_of(s, &years);
    draw_rule(th, y, x, width, theme_attr(th, E_DIM));
    if (n == 0) {
        draw_wrapped(th, y + 1, x, width, height - 1,
                     "No budget bridge yet: import one with assure import bridge FILE",
                     theme_attr(th, E_DIM));
        free(years);
        return;
    }
    const bridge_year *b = &years[selected_year(p, s, years, n)];
    char fy[16], title[200];
    fy_format(fy, sizeof fy, b->fy);
    if (b->forecast == MONEY_UNKNOWN) {
        snprintf(title, sizeof title, "%s: planned actions only, and no earlier year to carry", fy);
        draw_wrapped(th, y + 1, x, width, height - 1, title, theme_attr(th, E_TITLE));
        free(years);
        return;
    }
    snprintf(title, sizeof title, "Waterfall %s%s: budget to forecast outturn, then the planned actions", fy,
             p->table.built_filter[0] != '\0' ? " of the whole bridge, not the filter" : "");
    /* the title wrapped whole, the steps from the line after it */
    int top = y + 1 + draw_wrapped(th, y + 1, x, width, 2, title, theme_attr(th, E_TITLE));
    step steps[BRIDGE_SECTION_COUNT + 4];
    size_t nsteps = 0;
    steps[nsteps++] = (step){"Budget", 0, b->budget, true};
    money position = b->budget;
    for (int sec = BRIDGE_SAVINGS_UNDELIVERED; sec < BRIDGE_ACTION; sec++) {
        if (b->sections[sec] == 0)
            continue;
        steps[nsteps++] = (step){bridge_section_label((bridge_section)sec), position,
                                 money_add(position, b->sections[sec]), false};
        position = money_add(position, b->sections[sec]);
    }
    steps[nsteps++] = (step){"Forecast outturn", 0, b->forecast, true};
    if (b->actions != 0) {
        money after = money_add(b->forecast, b->actions);
        steps[nsteps++] = (step){"Planned actions", b->forecast, after, false};
        steps[nsteps++] = (step){"After actions", 0, after, true};
    }
    /* A broken axis: from a little below the lowest point, so that steps of a
     * few per cent of the budget can be seen. */
    money lo = b->budget, hi = b->budget;
    for (size_t i = 0; i < nsteps; i++) {
        money ends[2] = {steps[i].from, steps[i].to};
        for (int e = steps[i].total ? 1 : 0; e < 2; e++) {
            lo = ends[e] < lo ? ends[e] : lo;
            hi = ends[e] > hi ? ends[e] : hi;
        }
    }
    money margin = (hi - lo) / 4 > 0 ? (hi - lo) / 4 : (hi > 0 ? hi / 20 : 1);
    lo = lo - margin > 0 ? lo - margin : 0;
    int label_width = 26, value_width = 12;
    int bar = width - label_width - value_width - 1;
    if (bar > 60)
        bar = 60;
    int rows = y + height - 1 - top;
    for (size_t i = 0; i < nsteps && (int)i < rows; i++) {
        int row = top + (int)i;
        const step *st = &steps[i];
        draw_text(th, row, x, label_width, st->label, st->total ? A_BOLD : A_NORMAL, false);
        char value[40];
        money amount = st->total ? st->to : st->to - st->from;
        if (st->total)
            screen_money(value, sizeof value, amount);
        else
            screen_money_signed(value, sizeof value, amount);
        if (bar >= 10) {
            int bx = x + label_width;
            if (st->total) {
                element e = i == 0 ? E_NORMAL : variance_colour(st->to - b->budget);
                span(row, bx, 0, column_of(st->to, lo, hi, bar), th->block, theme_attr(th, e));
            } else {
                bool adds = st->to > st->from;
                span(row, bx, column_of(st->from, lo, hi, bar), column_of(st->to, lo, hi, bar),
                     adds ? th->medium : th->shade, theme_attr(th, adds ? E_BAD : E_GOOD));
            }
            int budget_at = column_of(b->budget, lo, hi, bar);
            if (budget_at < bar && (mvinch(row, bx + budget_at) & A_CHARTEXT) == ' ')
                mvaddstr(row, bx + budget_at, th->tick); /* where the budget stands, on every row */
        }
        draw_text(th, row, x + width - value_width, value_width, value, st->total ? A_BOLD : A_NORMAL, true);
    }
    if ((int)nsteps < rows) {
        char axis[40], legend[200];
        screen_money(axis, sizeof axis, lo);
        snprintf(legend, sizeof legend,
                 "%s totals  %s adds to spend  %s reduces it  %s the budget   axis from %s", th->block,
                 th->medium, th->shade, th->tick, axis);
        draw_wrapped(th, top + (int)nsteps, x, width, y + height - top - (int)nsteps, legend,
                     theme_attr(th, E_DIM));
    }
    free(years);
}

static void draw(panel *p, tui_state *s, int y, int x, int height, int width)
{
    if (strcmp(p->table.filter, p->table.built_filter) != 0)
        build(p, s); /* the total follows the filter */
    /* a line more under a filter, for the chart's title to say whose it is */
    int chart = height >= 18 ? (p->table.built_filter[0] != '\0' ? 13 : 12) : 0;
    int rows = chart > 0 ? table_height_for(&p->table, height - chart) : height;
    panel_draw_table(p, s, y, x, rows, width);
    if (chart > 0)
        draw_waterfall(p, s, y + rows, x, chart, width); /* just below the rows */
}

static void detail(panel *p, tui_state *s, const table_row *r, text_lines *out)
{
    (void)p;
    bridge_year *years;
    size_t n = years_of(s, &years);
    int fy =
        r->kind == ROW_LINE ? s->data.bridge.rows[r->source].fy : (r->source < n ? years[r->source].fy : 0);
    char text[64], key[300] = "";
    if (r->kind == ROW_TOTAL) {
        lines_add(out, "%s", r->cells[F_NAME].text);
        lines_add(out, "%s", "");
        lines_add(out, "  %-18s %s", "Amount", r->cells[BRIDGE_COL_AMOUNT].text);
        lines_add(out, "%s", "");
        lines_add(out, "The amounts of the rows shown, added up.  Each row's position and variance");
        lines_add(out, "are still those of the whole bridge after it, as is the waterfall.");
        free(years);
        return;
    }
    if (r->kind == ROW_LINE) {
        const bridge_row *row = &s->data.bridge.rows[r->source];
        fy_format(text, sizeof text, row->fy);
        lines_add(out, "Bridge row: %s", row->name);
        lines_add(out, "%s", "");
        lines_add(out, "  %-18s %s", "Financial year", text);
        lines_add(out, "  %-18s %s (%s)", "Section", bridge_section_label(row->section),
                  bridge_section_name(row->section));
        money_format(text, sizeof text, row->amount);
        lines_add(out, "  %-18s %s", "Amount", text);
        snprintf(key, sizeof key, "%04d/%02d / %s / %s", row->fy, (row->fy + 1) % 100,
                 bridge_section_name(row->section), row->name);
    } else {
        lines_add(out, "%s", r->cells[F_NAME].text);
    }
    for (size_t y = 0; y < n; y++) {
        const bridge_year *b = &years[y];
        if (b->fy != fy)
            continue;
        char fy_text[16];
        fy_format(fy_text, sizeof fy_text, b->fy);
        lines_add(out, "%s", "");
        lines_add(out, "The bridge for %s%s", fy_text,
                  b->carried_from ? " (carried from the year before)" : "");
        const struct {
            const char *label;
            money value;
        } figures[] = {
            {"Budget", b->budget},
            {"Forecast outturn", b->forecast},
            {"Variance", b->variance},
            {"Planned actions", b->actions},
            {"After actions", b->revised_variance},
        };
        for (size_t i = 0; i < sizeof figures / sizeof figures[0]; i++) {
            money_format(text, sizeof text, figures[i].value);
            lines_add(out, "  %-18s %14s%s", figures[i].label, text,
                      (i != 2 && i != 4) || figures[i].value == MONEY_UNKNOWN ? ""
                      : figures[i].value > 0                                  ? "  over budget"
                                                                              : "  within budget");
        }
    }
    free(years);
    if (key[0] != '\0')
        panel_detail_audit(s, "bridge", key, out);
}

static void caption(panel *p, tui_state *s, char *buf, size_t size)
{
    if (strcmp(p->table.filter, p->table.built_filter) != 0)
        build(p, s); /* the header is drawn before the rows */
    if (p->table.built_filter[0] != '\0') {
        size_t shown = 0;
        for (size_t i = 0; i < p->table.nrows; i++)
            shown += p->table.rows[i].kind == ROW_LINE;
        snprintf(buf, size, "%zu of %zu rows; variance: all", shown, s->data.bridge.count);
        return;
    }
    const overview *o = &s->data.now;
    if (!o->has_bridge) {
        snprintf(buf, size, "no bridge yet");
        return;
    }
    char fy[16], after[40];
    fy_format(fy, sizeof fy, o->bridge.fy);
    if (o->bridge.revised_variance == MONEY_UNKNOWN) {
        snprintf(buf, size, "%s: no position yet (actions only, nothing to carry)", fy);
        return;
    }
    screen_money(after, sizeof after, o->bridge.revised_variance);
    snprintf(buf, size, "%s after actions %s%s %s", fy, o->bridge.revised_variance > 0 ? "+" : "", after,
             o->bridge.revised_variance > 0 ? "over budget" : "within budget");
}

static bool record(panel *p, tui_state *s, const table_row *row, edit_record *out)
{
    record_blank(out, TABLE_DEF_BRIDGE);
    if (row == NULL) {
        /* a new row: the year and section of the one chosen */
        const table_row *chosen = table_selected(&p->table);
        if (chosen != NULL && chosen->kind == ROW_LINE) {
            const bridge_row *r = &s->data.bridge.rows[chosen->source];
            out->values[BRIDGE_FIELD_FY] = (field_value){false, r->fy, NULL};
            out->values[BRIDGE_FIELD_SECTION] =
                (field_value){false, r->section, bridge_section_name(r->section)};
        }
        return true;
    }
    if (row->kind != ROW_LINE)
        return false;
    const bridge_row *r = &s->data.bridge.rows[row->source];
    out->exists = true;
    out->values[BRIDGE_FIELD_FY] = (field_value){false, r->fy, NULL};
    out->values[BRIDGE_FIELD_SECTION] = (field_value){false, r->section, bridge_section_name(r->section)};
    out->values[BRIDGE_FIELD_NAME] = (field_value){false, 0, r->name};
    return true;
}

const panel_ops bridge_panel = {
    .name = "bridge",
    .fields = bridge_view_columns,
    .nfields = F_COUNT,
    .build = build,
    .draw = draw,
    .detail = detail,
    .caption = caption,
    .table = TABLE_DEF_BRIDGE,
    .record = record,
};
