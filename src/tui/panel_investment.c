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

typedef struct {
    panel *p;
    tui_state *s;
    const size_t *sources; /* built from the rows a filter shows: each one's place in the whole set */
} building;

static bool add_row(void *context, const view_row *row)
{
    building *b = context;
    table *t = &b->p->table;
    bool line = row->kind == VIEW_ROW_LINE;
    if (table_add(t, line ? ROW_LINE : ROW_TOTAL, line ? 0 : 1,
                  line && b->sources != NULL ? b->sources[row->source] : row->source) == NULL)
        return false;
    view_cells_set(t, &b->s->theme, investment_view_columns, INVESTMENT_COLUMN_COUNT, row,
                   VIEW_CELLS_TRIM_ZEROS);
    if (!line && b->sources != NULL) { /* the rows a filter shows, summed */
        char label[200];
        snprintf(label, sizeof label, "Total of %zu shown (filter '%s')", row->count, t->filter);
        table_set(t, INVESTMENT_COL_NAME, label, 0, false, E_NORMAL);
    }
    return true;
}

/* With a filter, the rows again from those it lets through alone, so that
 * the total is of the costs shown.  Left as built when memory runs out. */
static void build_filtered(panel *p, investment_view *view, building *b)
{
    table *t = &p->table;
    bool *shown = calloc(view->count + 1, sizeof *shown);
    size_t *sources = calloc(view->count + 1, sizeof *sources);
    investment_row *only = calloc(view->count + 1, sizeof *only);
    if (shown != NULL && sources != NULL && only != NULL) {
        for (size_t r = 0; r < t->nrows; r++)
            if (t->rows[r].kind == ROW_LINE && t->rows[r].source < view->count &&
                table_row_matches(t, &t->rows[r]))
                shown[t->rows[r].source] = true;
        investment_view filtered = {only, 0};
        for (size_t i = 0; i < view->count; i++)
            if (shown[i]) {
                sources[filtered.count] = i;
                only[filtered.count++] = view->rows[i];
            }
        table_clear(t);
        b->sources = sources;
        investment_view_rows(&filtered, add_row, b);
        b->sources = NULL;
    }
    free(shown);
    free(sources);
    free(only);
}

static void build(panel *p, tui_state *s)
{
    table_clear(&p->table);
    investment_view view = {s->data.investment.rows, s->data.investment.count};
    building b = {p, s, NULL};
    investment_view_rows(&view, add_row, &b);
    snprintf(p->table.built_filter, sizeof p->table.built_filter, "%s", p->table.filter);
    if (p->table.filter[0] != '\0')
        build_filtered(p, &view, &b);
    table_arrange(&p->table, &p->layout);
}

/* The return and the fee, in words, under the table: at most three
 * paragraphs into text, with their looks (the fee payable on the benefit
 * signed off, then on the forecast); returns how many.  All are the whole
 * programme's, and say so under a filter. */
static int return_text(const tui_state *s, bool filtered, char text[3][400], attr_t look[3])
{
    const theme *th = &s->theme;
    const overview *o = &s->data.now;
    if (!o->has_investment) {
        snprintf(text[0], sizeof text[0], "No investment yet: import it with assure import investment FILE");
        look[0] = theme_attr(th, E_DIM);
        return 1;
    }
    char a[48], b[48], principle[32];
    const char *whole = filtered ? "All costs, not the filter: return" : "Return";
    decimal_format(principle, sizeof principle, decimal_of(s->cfg->roi_principle, 2));
    text_trim_zeros(principle);
    money savings = o->savings.forecast != MONEY_UNKNOWN ? o->savings.forecast : o->savings.target;
    screen_money(a, sizeof a, savings);
    screen_money(b, sizeof b, o->investment.total);
    if (o->roi.defined) {
        char ratio[32];
        decimal_format(ratio, sizeof ratio, o->roi);
        snprintf(text[0], sizeof text[0], "%s %s:1, savings %s on a cost of %s: %s the %s:1 principle", whole,
                 ratio, a, b, o->roi_meets_principle ? "meets" : "BELOW", principle);
    } else {
        snprintf(text[0], sizeof text[0], "%s on investment: none yet (savings %s, cost %s)", whole,
                 a[0] ? a : "none", b);
    }
    look[0] = theme_attr(th, !o->roi.defined ? E_NORMAL : o->roi_meets_principle ? E_GREEN : E_RED) | A_BOLD;
    if (o->fee == MONEY_UNKNOWN)
        return 1;
    char run[48], fy[16] = "", guarantee[32], over[64] = "";
    screen_money(b, sizeof b, o->fee);
    decimal_format(guarantee, sizeof guarantee, decimal_of(s->cfg->fee_guarantee, 2));
    text_trim_zeros(guarantee);
    if (s->cfg->fee_guarantee > 0)
        snprintf(over, sizeof over, " over the %sx guarantee", guarantee);
    /* payable on the benefit signed off, as the contract reads */
    screen_money(a, sizeof a, o->fee_payable);
    screen_money(run, sizeof run, o->benefit_signed_off);
    if (s->cfg->fee_guarantee <= 0)
        snprintf(
            text[1], sizeof text[1],
            "Fee payable on signed-off benefit %s of %s (no guarantee set: [programme] fee_guarantee = 0)", a,
            b);
    else if (o->lines_signed_off == 0)
        snprintf(text[1], sizeof text[1], "Fee payable on signed-off benefit %s of %s: none signed off yet",
                 a, b);
    else
        snprintf(text[1], sizeof text[1],
                 "Fee payable on signed-off benefit %s of %s: %s agreed on %zu line%s%s", a, b, run,
                 o->lines_signed_off, o->lines_signed_off == 1 ? "" : "s", over);
    look[1] = A_BOLD;
    /* and on the forecast, beside it */
    screen_money(a, sizeof a, o->fee_payable_forecast);
    screen_money(run, sizeof run, o->run_rate.forecast);
    if (o->run_rate_fy != 0)
        fy_format(fy, sizeof fy, o->run_rate_fy);
    if (s->cfg->fee_guarantee > 0)
        snprintf(text[2], sizeof text[2], "Fee payable on forecast %s of %s: the %s run rate %s%s", a, b, fy,
                 run[0] ? run : "(none)", over);
    else
        snprintf(text[2], sizeof text[2], "Fee payable on forecast %s of %s", a, b);
    look[2] = A_NORMAL;
    return 3;
}

static void draw(panel *p, tui_state *s, int y, int x, int height, int width)
{
    if (strcmp(p->table.filter, p->table.built_filter) != 0)
        build(p, s); /* the total follows the filter */
    char text[3][400];
    attr_t look[3];
    int n = return_text(s, p->table.built_filter[0] != '\0', text, look);
    /* a rule, then each paragraph wrapped whole, when there is room for it */
    int below = 1;
    for (int i = 0; i < n; i++)
        below += wrapped_lines(&s->theme, width, text[i]);
    if (height < 12 || height - below < 6)
        below = 0;
    int rows = below > 0 ? table_height_for(&p->table, height - below) : height;
    panel_draw_table(p, s, y, x, rows, width);
    if (below == 0)
        return;
    int at = y + rows;
    draw_rule(&s->theme, at++, x, width, theme_attr(&s->theme, E_DIM)); /* just below the rows */
    for (int i = 0; i < n; i++)
        at += draw_wrapped(&s->theme, at, x, width, y + height - at, text[i], look[i]);
}

static void detail(panel *p, tui_state *s, const table_row *r, text_lines *out)
{
    if (r->kind != ROW_LINE) {
        investment_totals shown, *t = &s->data.now.investment;
        char text[48];
        if (p->table.built_filter[0] != '\0') { /* the costs the filter shows */
            const investment_set *set = &s->data.investment;
            investment_row *only = calloc(set->count + 1, sizeof *only);
            size_t n = 0;
            for (size_t i = 0; only != NULL && i < p->table.nrows; i++)
                if (p->table.rows[i].kind == ROW_LINE && p->table.rows[i].source < set->count)
                    only[n++] = set->rows[p->table.rows[i].source];
            if (only != NULL) {
                shown = investment_total(only, n);
                t = &shown;
            }
            free(only);
        }
        lines_add(out, "%s", t == &shown ? r->cells[INVESTMENT_COL_NAME].text : "Programme investment");
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
    if (strcmp(p->table.filter, p->table.built_filter) != 0)
        build(p, s); /* the header is drawn before the rows */
    char total[32], shown_total[32] = "";
    if (p->table.built_filter[0] == '\0') {
        screen_money(total, sizeof total, s->data.now.investment.total);
        snprintf(buf, size, "%zu costs, %s in all", s->data.investment.count, total);
        return;
    }
    size_t shown = 0;
    for (size_t i = 0; i < p->table.nrows; i++) {
        const table_row *r = &p->table.rows[i];
        shown += r->kind == ROW_LINE;
        if (r->kind == ROW_TOTAL && r->cells[INVESTMENT_COL_COST].sort != INT64_MIN)
            screen_money(shown_total, sizeof shown_total, r->cells[INVESTMENT_COL_COST].sort);
    }
    snprintf(buf, size, "%zu of %zu costs shown: %s", shown, s->data.investment.count,
             shown_total[0] ? shown_total : "nothing");
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
