/* view_kpis.c - the KPIs and their values as rows: what the KPIs and KPI
 * values panels show and `assure report kpis` and `report kpi_values`
 * print. */
#include "view_kpis.h"

#include <stdio.h>
#include <string.h>

#include "savings.h"

const view_column kpi_view_columns[KPI_COLUMN_COUNT] = {KPI_VIEW_COLUMNS(VIEW_COLUMN_ENTRY)};
_Static_assert(sizeof kpi_view_columns / sizeof kpi_view_columns[0] == KPI_COLUMN_COUNT,
               "a KPI column without its registry entry");
_Static_assert(KPI_COLUMN_COUNT <= VIEW_MAX_COLUMNS, "more KPI columns than a row holds");

const view_column kpi_value_view_columns[KPI_VALUE_COLUMN_COUNT] = {
    KPI_VALUE_VIEW_COLUMNS(VIEW_COLUMN_ENTRY)};
_Static_assert(sizeof kpi_value_view_columns / sizeof kpi_value_view_columns[0] == KPI_VALUE_COLUMN_COUNT,
               "a KPI value column without its registry entry");
_Static_assert(KPI_VALUE_COLUMN_COUNT <= VIEW_MAX_COLUMNS, "more KPI value columns than a row holds");

const kpi_value *kpi_view_values(const kpi_set *set, size_t k, size_t *count)
{
    size_t first = 0;
    while (first < set->nvalues && set->values[first].kpi < k)
        first++;
    size_t end = first;
    while (end < set->nvalues && set->values[end].kpi == k)
        end++;
    *count = end - first;
    return &set->values[first];
}

/* The values known as at the view's date: those of periods up to it. */
static size_t known(const kpi_view *view, const kpi_value *values, size_t n)
{
    size_t end = 0;
    while (end < n && (view->as_at == NULL || strcmp(values[end].period, view->as_at) <= 0))
        end++;
    return end;
}

/* The trend: the latest values as levels 0 to 7 between the lowest and the
 * highest of them, the baseline and the target (3 when they are all one). */
static void set_trend(view_row *row, const kpi *k, const kpi_value *values, size_t n)
{
    size_t first = n > VIEW_MAX_HISTORY ? n - VIEW_MAX_HISTORY : 0;
    int64_t lo = k->baseline, hi = k->baseline;
    if (k->has_target) {
        lo = k->target < lo ? k->target : lo;
        hi = k->target > hi ? k->target : hi;
    }
    for (size_t i = first; i < n; i++) {
        lo = values[i].value < lo ? values[i].value : lo;
        hi = values[i].value > hi ? values[i].value : hi;
    }
    for (size_t i = first; i < n; i++) {
        int64_t level = hi > lo ? (values[i].value - lo) * 7 / (hi - lo) : 3;
        row->history[row->nhistory++] = decimal_of(level < 0 ? 0 : level > 7 ? 7 : level, 0);
    }
    view_set_spark(row, KPI_COL_TREND);
}

bool kpi_view_rows(const kpi_view *view, view_emit emit, void *context)
{
    const kpi_set *set = view->set;
    money total = MONEY_UNKNOWN;
    size_t sustained = 0;
    view_row row;
    for (size_t k = 0; k < set->count; k++) {
        const kpi *kp = &set->kpis[k];
        size_t n;
        const kpi_value *values = kpi_view_values(set, k, &n);
        n = known(view, values, n);
        kpi_status st = kpi_evaluate(kp, values, n);
        view_row_start(&row, VIEW_ROW_LINE, 0, k);
        view_set_text(&row, KPI_COL_REF, kp->ref, VIEW_TONE_NORMAL);
        view_set_text(&row, KPI_COL_NAME, kp->name, VIEW_TONE_NORMAL);
        view_set_text(&row, KPI_COL_UNIT, kp->unit, VIEW_TONE_NORMAL);
        view_set_measure(&row, KPI_COL_BASELINE, kp->baseline, true);
        view_set_measure(&row, KPI_COL_TARGET, kp->target, kp->has_target);
        view_set_measure(&row, KPI_COL_LATEST, st.latest, st.has_latest);
        view_set_measure(&row, KPI_COL_IMPROVEMENT, st.improvement, st.has_latest);
        view_set_money(&row, KPI_COL_BENEFIT, st.benefit);
        if (st.benefit != MONEY_UNKNOWN && st.benefit < 0)
            row.cells[KPI_COL_BENEFIT].tone = VIEW_TONE_BAD;
        view_set_progress(&row, KPI_COL_SUSTAINED, st.sustained, st.periods_at_target, kp->sustain_periods,
                          "SUSTAINED", "not yet", RAG_GREEN);
        set_trend(&row, kp, values, n);
        view_set_text(&row, KPI_COL_LINE, kp->saving_ref, VIEW_TONE_NORMAL);
        money forecast = MONEY_UNKNOWN;
        if (view->lines != NULL && kp->saving_ref[0] != '\0') {
            int fy;
            forecast = savings_run_rate(view->lines->lines, view->lines->nlines, view->lines->years,
                                        view->lines->nyears, view->final_fy, kp->saving_ref, &fy)
                           .forecast;
        }
        view_set_money(&row, KPI_COL_LINE_FORECAST, forecast);
        if (!emit(context, &row))
            return false;
        if (st.sustained)
            sustained++;
        if (st.benefit != MONEY_UNKNOWN)
            total = total == MONEY_UNKNOWN ? st.benefit : money_add(total, st.benefit);
    }
    view_row_start(&row, VIEW_ROW_TOTAL, 0, 0);
    row.count = set->count;
    row.reached = sustained;
    snprintf(row.caption, sizeof row.caption, "All KPIs: %zu of %zu sustained", sustained, set->count);
    view_set_money(&row, KPI_COL_BENEFIT, total);
    return emit(context, &row);
}

bool kpi_value_view_rows(const kpi_view *view, view_emit emit, void *context)
{
    const kpi_set *set = view->set;
    view_row row;
    for (size_t i = 0; i < set->nvalues; i++) {
        const kpi_value *v = &set->values[i];
        if (view->as_at != NULL && strcmp(v->period, view->as_at) > 0)
            continue;
        const kpi *k = &set->kpis[v->kpi];
        view_row_start(&row, VIEW_ROW_LINE, 0, i);
        view_set_text(&row, KPI_VALUE_COL_REF, k->ref, VIEW_TONE_NORMAL);
        view_set_text(&row, KPI_VALUE_COL_NAME, k->name, VIEW_TONE_NORMAL);
        view_set_date(&row, KPI_VALUE_COL_PERIOD, v->period, VIEW_TONE_NORMAL);
        view_set_measure(&row, KPI_VALUE_COL_VALUE, v->value, true);
        view_set_measure(&row, KPI_VALUE_COL_IMPROVEMENT, kpi_improvement(k, v->value), true);
        view_set_money(&row, KPI_VALUE_COL_BENEFIT, kpi_benefit(k, v->value));
        view_set_flag(&row, KPI_VALUE_COL_AT_TARGET, kpi_meets_target(k, v->value), "AT TARGET", RAG_GREEN);
        if (!emit(context, &row))
            return false;
    }
    return true;
}
