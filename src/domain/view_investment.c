/* view_investment.c - the programme's costs as rows, with their total: what
 * the Costs panel shows and `assure report costs` prints. */
#include "view_investment.h"

const view_column investment_view_columns[INVESTMENT_COLUMN_COUNT] = {
    INVESTMENT_VIEW_COLUMNS(VIEW_COLUMN_ENTRY)};
_Static_assert(sizeof investment_view_columns / sizeof investment_view_columns[0] == INVESTMENT_COLUMN_COUNT,
               "an investment column without its registry entry");
_Static_assert(INVESTMENT_COLUMN_COUNT <= VIEW_MAX_COLUMNS, "more investment columns than a row holds");

/* FTE in hundredths; blank when there is none. */
static void set_fte(view_row *row, fte_hundredths fte)
{
    view_set_decimal(row, INVESTMENT_COL_FTE, fte != 0 ? decimal_of(fte, 2) : decimal_none());
}

bool investment_view_rows(const investment_view *view, view_emit emit, void *context)
{
    view_row row;
    for (size_t i = 0; i < view->count; i++) {
        const investment_row *r = &view->rows[i];
        view_row_start(&row, VIEW_ROW_LINE, 0, i);
        view_set_text(&row, INVESTMENT_COL_REF, r->ref, VIEW_TONE_NORMAL);
        view_set_choice(&row, INVESTMENT_COL_KIND, investment_kind_name(r->kind), (int)r->kind);
        view_set_text(&row, INVESTMENT_COL_NAME, r->name, VIEW_TONE_NORMAL);
        set_fte(&row, r->fte);
        view_set_text(&row, INVESTMENT_COL_GRADE, r->grade, VIEW_TONE_NORMAL);
        view_set_money(&row, INVESTMENT_COL_COST_PA, r->cost_pa);
        view_set_decimal(&row, INVESTMENT_COL_YEARS,
                         r->cost_pa != MONEY_UNKNOWN ? decimal_of(r->years, 2) : decimal_none());
        view_set_money(&row, INVESTMENT_COL_ONE_OFF, r->one_off);
        view_set_money(&row, INVESTMENT_COL_COST, investment_cost(r));
        if (!emit(context, &row))
            return false;
    }
    investment_totals total = investment_total(view->rows, view->count);
    view_row_start(&row, VIEW_ROW_TOTAL, 0, 0);
    row.count = view->count;
    view_set_text(&row, INVESTMENT_COL_NAME, "Programme investment", VIEW_TONE_NORMAL);
    set_fte(&row, total.fte);
    view_set_money(&row, INVESTMENT_COL_COST_PA, total.cost_pa);
    view_set_money(&row, INVESTMENT_COL_COST, view->count > 0 ? total.total : MONEY_UNKNOWN);
    return emit(context, &row);
}
