/* panel_investment.c - what the programme costs, a view of the Savings
 * panel: posts, fees and other costs, and below them the return on the
 * investment against the programme's principle and the fee payable. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "tui_internal.h"
#include "view_cells.h"
#include "view_investment.h"

/* The fields are the investment view's columns (view_investment.h). */
enum { F_COUNT = INVESTMENT_COLUMN_COUNT };

_Static_assert(F_COUNT <= LAYOUT_MAX_COLUMNS, "more investment columns than a layout holds");

static bool add_row(void *context, const view_row *row)
{
    view_building *b = context;
    table *t = &b->p->table;
    if (table_add(t, row->kind == VIEW_ROW_LINE ? ROW_LINE : ROW_TOTAL, row->kind == VIEW_ROW_LINE ? 0 : 1,
                  row->source) == NULL)
        return false;
    view_cells_set(t, &b->s->theme, investment_view_columns, INVESTMENT_COLUMN_COUNT, row,
                   VIEW_CELLS_TRIM_ZEROS);
    return true;
}

static void build(panel *p, tui_state *s)
{
    table_clear(&p->table);
    investment_view view = {s->data.investment.rows, s->data.investment.count};
    view_building b = {p, s};
    investment_view_rows(&view, add_row, &b);
    table_arrange(&p->table, &p->layout);
}

/* The return and the fee, in words, under the table. */
static void draw_return(tui_state *s, int y, int x, int height, int width)
{
    const theme *th = &s->theme;
    const overview *o = &s->data.now;
    draw_rule(th, y, x, width, theme_attr(th, E_DIM));
    if (!o->has_investment) {
        draw_text(th, y + 1, x, width, "No investment yet: import it with assure import investment FILE",
                  theme_attr(th, E_DIM), false);
        return;
    }
    char line[400], a[48], b[48], principle[32];
    decimal_format(principle, sizeof principle, decimal_of(s->cfg->roi_principle, 2));
    text_trim_zeros(principle);
    money savings = o->savings.forecast != MONEY_UNKNOWN ? o->savings.forecast : o->savings.target;
    screen_money(a, sizeof a, savings);
    screen_money(b, sizeof b, o->investment.total);
    if (o->roi.defined) {
        char ratio[32];
        decimal_format(ratio, sizeof ratio, o->roi);
        snprintf(line, sizeof line, "Return %s:1, savings %s on a cost of %s: %s the %s:1 principle", ratio,
                 a, b, o->roi_meets_principle ? "meets" : "BELOW", principle);
    } else {
        snprintf(line, sizeof line, "Return on investment: none yet (savings %s, cost %s)", a[0] ? a : "none",
                 b);
    }
    draw_text(th, y + 1, x, width, line,
              theme_attr(th, !o->roi.defined          ? E_NORMAL
                             : o->roi_meets_principle ? E_GREEN
                                                      : E_RED) |
                  A_BOLD,
              false);
    if (height < 3)
        return;
    if (o->fee != MONEY_UNKNOWN) {
        char run[48], fy[16] = "", guarantee[32];
        screen_money(a, sizeof a, o->fee_payable);
        screen_money(b, sizeof b, o->fee);
        screen_money(run, sizeof run, o->run_rate.forecast);
        if (o->run_rate_fy != 0)
            fy_format(fy, sizeof fy, o->run_rate_fy);
        decimal_format(guarantee, sizeof guarantee, decimal_of(s->cfg->fee_guarantee, 2));
        text_trim_zeros(guarantee);
        if (s->cfg->fee_guarantee > 0)
            snprintf(line, sizeof line, "Fee payable %s of %s: the %s run rate %s over the %sx guarantee", a,
                     b, fy, run[0] ? run : "(none)", guarantee);
        else
            snprintf(line, sizeof line,
                     "Fee payable %s of %s (no guarantee set: [programme] fee_guarantee = 0)", a, b);
        draw_text(th, y + 2, x, width, line, A_NORMAL, false);
    }
}

static void draw(panel *p, tui_state *s, int y, int x, int height, int width)
{
    int below = height >= 12 ? 4 : 0;
    int rows = below > 0 ? table_height_for(&p->table, height - below) : height;
    panel_draw_table(p, s, y, x, rows, width);
    if (below > 0)
        draw_return(s, y + rows, x, below, width); /* just below the rows */
}

static void detail(panel *p, tui_state *s, const table_row *r, text_lines *out)
{
    (void)p;
    if (r->kind != ROW_LINE) {
        const investment_totals *t = &s->data.now.investment;
        char text[48];
        lines_add(out, "Programme investment");
        lines_add(out, "%s", "");
        static const char *const kinds[INVESTMENT_KIND_COUNT] = {"Posts", "Fees", "Other"};
        for (int k = 0; k < INVESTMENT_KIND_COUNT; k++) {
            money_format(text, sizeof text, t->by_kind[k]);
            lines_add(out, "  %-10s %14s", kinds[k], text);
        }
        money_format(text, sizeof text, t->total);
        lines_add(out, "  %-10s %14s", "Total", text);
        fte_format(text, sizeof text, t->fte);
        lines_add(out, "  %-10s %14s", "FTE", text);
        return;
    }
    const investment_row *row = &s->data.investment.rows[r->source];
    char text[48];
    lines_add(out, "Investment %s", row->ref);
    lines_add(out, "%s", "");
    lines_wrap(out, "Name", 10, row->name, COLS);
    lines_add(out, "  %-10s %s", "Kind", investment_kind_name(row->kind));
    fte_format(text, sizeof text, row->fte);
    lines_add(out, "  %-10s %s", "FTE", row->fte != 0 ? text : "");
    lines_add(out, "  %-10s %s", "Grade", row->grade);
    money_format(text, sizeof text, row->cost_pa);
    lines_add(out, "  %-10s %s", "Cost/yr", text);
    decimal_format(text, sizeof text, decimal_of(row->years, 2));
    lines_add(out, "  %-10s %s", "Years", text);
    money_format(text, sizeof text, row->one_off);
    lines_add(out, "  %-10s %s", "One-off", text);
    money_format(text, sizeof text, investment_cost(row));
    lines_add(out, "  %-10s %s%s", "Cost", text,
              row->has_cost_by_year ? " (its costs year by year, added up: a cost a savings file carries)"
                                    : "");
    panel_detail_audit(s, "investment", row->ref, out);
}

static void caption(panel *p, tui_state *s, char *buf, size_t size)
{
    (void)p;
    char total[32];
    screen_money(total, sizeof total, s->data.now.investment.total);
    snprintf(buf, size, "%zu costs, %s in all", s->data.investment.count, total);
}

static bool record(panel *p, tui_state *s, const table_row *row, edit_record *out)
{
    (void)p;
    record_blank(out, TABLE_DEF_INVESTMENT);
    if (row == NULL)
        return true;
    if (row->kind != ROW_LINE)
        return false;
    out->exists = true;
    out->values[INVESTMENT_FIELD_REF] = (field_value){false, 0, s->data.investment.rows[row->source].ref};
    return true;
}

const panel_ops investment_panel = {
    .name = "investment",
    .fields = investment_view_columns,
    .nfields = F_COUNT,
    .build = build,
    .draw = draw,
    .detail = detail,
    .caption = caption,
    .table = TABLE_DEF_INVESTMENT,
    .record = record,
};
