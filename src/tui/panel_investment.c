/* panel_investment.c - what the programme costs, a view of the Savings
 * panel: posts, fees and other costs, and below them the return on the
 * investment against the programme's principle and the fee payable. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_internal.h"

enum { F_REF, F_KIND, F_NAME, F_FTE, F_GRADE, F_COST_PA, F_YEARS, F_ONE_OFF, F_COST, F_COUNT };

/* clang-format off */
static const field_spec fields[F_COUNT] = {
    {"ref", "Ref", "the row's reference", false},
    {"kind", "Kind", "post, fee or other", false},
    {"name", "Name", "the post, fee or cost", false},
    {"fte", "FTE", "full-time equivalents (posts)", true},
    {"grade", "Grade", "the post's grade", false},
    {"cost_pa", "Cost/yr", "cost a year", true},
    {"years", "Years", "for how many years", true},
    {"one_off", "One-off", "a one-off cost (a fee, a licence)", true},
    {"cost", "Cost", "its costs year by year added up (a cost a savings file carries), else cost a year x years + one-off", true},
};
/* clang-format on */

static void set_money(table *t, int field, money value)
{
    char text[32];
    screen_money(text, sizeof text, value);
    table_set(t, (size_t)field, text, value == MONEY_UNKNOWN ? INT64_MIN : value, true, E_NORMAL);
}

static void set_hundredths(table *t, int field, int64_t value, bool defined)
{
    char text[32] = "";
    if (defined) {
        decimal_format(text, sizeof text, decimal_of(value, 2));
        screen_trim_zeros(text); /* 2.00 is 2, 4.40 is 4.4 */
    }
    table_set(t, (size_t)field, text, defined ? value : INT64_MIN, true, E_NORMAL);
}

static void build(panel *p, tui_state *s)
{
    table *t = &p->table;
    table_clear(t);
    const investment_set *set = &s->data.investment;
    for (size_t i = 0; i < set->count; i++) {
        const investment_row *r = &set->rows[i];
        if (table_add(t, ROW_LINE, 0, i) == NULL)
            break;
        table_set(t, F_REF, r->ref, 0, false, E_NORMAL);
        table_set(t, F_KIND, investment_kind_name(r->kind), r->kind, true, E_NORMAL);
        table_set(t, F_NAME, r->name, 0, false, E_NORMAL);
        set_hundredths(t, F_FTE, r->fte, r->fte != 0);
        table_set(t, F_GRADE, r->grade, 0, false, E_NORMAL);
        set_money(t, F_COST_PA, r->cost_pa);
        set_hundredths(t, F_YEARS, r->years, r->cost_pa != MONEY_UNKNOWN);
        set_money(t, F_ONE_OFF, r->one_off);
        set_money(t, F_COST, investment_cost(r));
    }
    const investment_totals *total = &s->data.now.investment;
    table_add(t, ROW_TOTAL, 1, 0);
    table_set(t, F_NAME, "Programme investment", 0, false, E_NORMAL);
    set_hundredths(t, F_FTE, total->fte, total->fte != 0);
    set_money(t, F_COST_PA, total->cost_pa);
    set_money(t, F_COST, set->count > 0 ? total->total : MONEY_UNKNOWN);
    table_arrange(t, &p->layout);
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
    screen_trim_zeros(principle);
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
        screen_trim_zeros(guarantee);
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
    panel_draw_table(p, s, y, x, height - below, width);
    if (below > 0)
        draw_return(s, y + height - below, x, below, width);
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
    .fields = fields,
    .nfields = F_COUNT,
    .build = build,
    .draw = draw,
    .detail = detail,
    .caption = caption,
    .table = TABLE_DEF_INVESTMENT,
    .record = record,
};
