/* report_finance.c - assure report bridge, kpis and costs: the budget bridge
 * by financial year, the KPIs that evidence savings, and what the programme
 * costs. */
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "report.h"
#include "view_investment.h"
#include "view_output.h"

/* ---- bridge ---- */

static const output_column bridge_columns[] = {
    {"fy", "FY", JSON_STRING, false, 1, false},
    {"budget_gbp", "Budget", JSON_NUMBER, true, 1, false},
    {"forecast_gbp", "Forecast outturn", JSON_NUMBER, true, 1, false},
    {"variance_gbp", "Variance", JSON_NUMBER, true, 1, false},
    {"actions_gbp", "Planned actions", JSON_NUMBER, true, 2, false},
    {"revised_variance_gbp", "After actions", JSON_NUMBER, true, 1, false},
};

/* Over budget is red, on or under it green. */
static rag variance_rag(money variance)
{
    return variance == MONEY_UNKNOWN ? RAG_NONE : variance > 0 ? RAG_RED : RAG_GREEN;
}

/* A variance as reports print it: +£7,903,000 over budget, -£1,000 under. */
static void variance_cell(output_table *table, money variance)
{
    char machine[32], human[64];
    money_format_plain(machine, sizeof machine, variance);
    human[0] = '+';
    cli_money(human + 1, sizeof human - 1, variance);
    output_cell(table, machine, variance != MONEY_UNKNOWN && variance > 0 ? human : human + 1,
                variance_rag(variance));
}

assure_status report_bridge(const report_request *request, assure_error *err)
{
    bridge_set set;
    assure_status status = store_load_bridge(request->store, &set, err);
    if (status != ASSURE_OK)
        return status;
    bridge_year *years = calloc(set.count + 1, sizeof *years);
    output_table *table = output_table_new(bridge_columns, sizeof bridge_columns / sizeof bridge_columns[0]);
    if (years == NULL || table == NULL) {
        free(years);
        output_table_free(table);
        bridge_set_free(&set);
        return error_set(err, ASSURE_DATA, "out of memory");
    }
    size_t n = bridge_years(set.rows, set.count, years);
    char footer[1024] = "", fy[16];
    for (size_t y = 0; y < n; y++) {
        const bridge_year *b = &years[y];
        if (request->fy != 0 && b->fy != request->fy)
            continue;
        fy_format(fy, sizeof fy, b->fy);
        output_row(table, false);
        output_text(table, fy);
        output_money(table, b->budget);
        output_money(table, b->forecast);
        variance_cell(table, b->variance);
        output_money(table, b->actions);
        variance_cell(table, b->revised_variance);
        if (b->carried_from != 0) {
            /* one sentence for the run of years that carry the same year's position */
            bool alone = request->fy != 0; /* one year shown: no run of years to join */
            bool first = alone || y == 0 || years[y - 1].carried_from != b->carried_from;
            bool last = alone || y + 1 == n || years[y + 1].carried_from != b->carried_from;
            char from[16];
            fy_format(from, sizeof from, b->carried_from);
            snprintf(footer + strlen(footer), sizeof footer - strlen(footer), "%s%s", first ? "" : ", ", fy);
            if (last)
                snprintf(footer + strlen(footer), sizeof footer - strlen(footer),
                         " %s planned actions only: %s %s's position. ", first ? "has" : "have",
                         first ? "it carries" : "they carry", from);
        }
    }
    if (n == 0)
        snprintf(footer, sizeof footer, "No bridge yet: import one with assure import bridge FILE.");
    else
        snprintf(footer + strlen(footer), sizeof footer - strlen(footer),
                 "Variance is forecast outturn less budget: positive is an overspend.");
    output_options options = {request->format,
                              request->width,
                              request->colour,
                              request->utf8,
                              "Budget bridge: budget to forecast outturn, by financial year",
                              footer};
    output_write(table, &options, stdout);
    output_table_free(table);
    free(years);
    bridge_set_free(&set);
    return ASSURE_OK;
}

/* ---- kpis ---- */

static const output_column kpi_columns[] = {
    {"ref", "Ref", JSON_STRING, false, 1, false},
    {"name", "KPI", JSON_STRING, false, 1, true},
    {"unit", "Unit", JSON_STRING, false, 5, true},
    {"baseline", "Baseline", JSON_NUMBER, true, 2, false},
    {"target", "Target", JSON_NUMBER, true, 2, false},
    {"latest", "Latest", JSON_NUMBER, true, 1, false},
    {"improvement", "Improvement", JSON_NUMBER, true, 3, false},
    {"benefit_gbp", "Benefit a year", JSON_NUMBER, true, 1, false},
    {"sustained", "Sustained", JSON_BOOL, false, 1, false},
    {"saving_ref", "Line", JSON_STRING, false, 4, false},
};

/* A KPI figure: "12010.50" for programs, "12,010.5" for people. */
static void kpi_number(output_table *table, int64_t hundredths, bool defined)
{
    if (!defined) {
        output_cell(table, "", "", RAG_NONE);
        return;
    }
    char machine[48], human[64];
    decimal_format(machine, sizeof machine, decimal_of(hundredths, 2));
    int64_t whole = hundredths / 100, part = hundredths % 100;
    if (part < 0)
        part = -part;
    char digits[32];
    snprintf(digits, sizeof digits, "%lld", (long long)(whole < 0 ? -whole : whole));
    size_t n = 0, length = strlen(digits);
    if (hundredths < 0)
        human[n++] = '-';
    for (size_t i = 0; i < length; i++) {
        if (i > 0 && (length - i) % 3 == 0)
            human[n++] = ',';
        human[n++] = digits[i];
    }
    human[n] = '\0';
    if (part != 0)
        snprintf(human + n, sizeof human - n, part % 10 == 0 ? ".%lld" : ".%02lld",
                 (long long)(part % 10 == 0 ? part / 10 : part));
    output_cell(table, machine, human, RAG_NONE);
}

assure_status report_kpis(const report_request *request, assure_error *err)
{
    kpi_set set;
    assure_status status = store_load_kpis(request->store, &set, err);
    if (status != ASSURE_OK)
        return status;
    output_table *table = output_table_new(kpi_columns, sizeof kpi_columns / sizeof kpi_columns[0]);
    if (table == NULL) {
        kpi_set_free(&set);
        return error_set(err, ASSURE_DATA, "out of memory");
    }
    char limit[16] = "9999-12-31";
    if (request->has_as_at)
        snprintf(limit, sizeof limit, "%s", request->as_at_iso);
    money total = MONEY_UNKNOWN;
    size_t sustained = 0, v = 0;
    for (size_t k = 0; k < set.count; k++) {
        const kpi *kp = &set.kpis[k];
        size_t first = v, end;
        while (v < set.nvalues && set.values[v].kpi == k)
            v++;
        for (end = first; end < v && strcmp(set.values[end].period, limit) <= 0; end++)
            ; /* --as-at: the values known then */
        kpi_status s = kpi_evaluate(kp, &set.values[first], end - first);
        output_row(table, false);
        output_text(table, kp->ref);
        output_text(table, kp->name);
        output_text(table, kp->unit);
        kpi_number(table, kp->baseline, true);
        kpi_number(table, kp->target, kp->has_target);
        kpi_number(table, s.latest, s.has_latest);
        kpi_number(table, s.improvement, s.has_latest);
        output_money(table, s.benefit);
        output_cell(table, s.sustained ? "true" : "false", s.sustained ? "SUSTAINED" : "not yet",
                    s.sustained ? RAG_GREEN : RAG_NONE);
        output_text(table, kp->saving_ref);
        if (s.sustained)
            sustained++;
        if (s.benefit != MONEY_UNKNOWN)
            total = total == MONEY_UNKNOWN ? s.benefit : money_add(total, s.benefit);
    }
    char footer[512], amount[64];
    cli_money(amount, sizeof amount, total == MONEY_UNKNOWN ? 0 : total);
    if (set.count == 0)
        snprintf(footer, sizeof footer, "No KPIs yet: import them with assure import kpis FILE.");
    else
        snprintf(footer, sizeof footer,
                 "Benefit = improvement over baseline x unit value: %s a year in all. %zu of %zu sustained "
                 "(at target for their agreed periods), ready to sign off.",
                 amount, sustained, set.count);
    output_options options = {request->format,
                              request->width,
                              request->colour,
                              request->utf8,
                              "KPIs that evidence savings: improvement over baseline, and its value",
                              footer};
    output_write(table, &options, stdout);
    output_table_free(table);
    kpi_set_free(&set);
    return ASSURE_OK;
}

/* ---- costs ---- */

/* A cost's row; the total with "Total" where a ref goes. */
static bool costs_report_row(void *context, const view_row *row)
{
    output_table *table = context;
    if (row->kind == VIEW_ROW_LINE)
        return output_row(table, false) &&
               view_output_cells(table, investment_view_columns, INVESTMENT_COLUMN_COUNT, INVESTMENT_COL_REF,
                                 row);
    return output_row(table, true) && output_text(table, "Total") &&
           view_output_cells(table, investment_view_columns, INVESTMENT_COLUMN_COUNT, INVESTMENT_COL_REF + 1,
                             row);
}

assure_status report_costs(const report_request *request, assure_error *err)
{
    investment_set set;
    assure_status status = store_load_investment(request->store, &set, err);
    if (status != ASSURE_OK)
        return status;
    output_column columns[INVESTMENT_COLUMN_COUNT];
    size_t n = view_output_columns(investment_view_columns, INVESTMENT_COLUMN_COUNT, 0, columns);
    output_table *table = output_table_new(columns, n);
    investment_view view = {set.rows, set.count};
    if (table == NULL || !investment_view_rows(&view, costs_report_row, table)) {
        output_table_free(table);
        investment_set_free(&set);
        return error_set(err, ASSURE_DATA, "out of memory");
    }
    output_options options = {request->format,
                              request->width,
                              request->colour,
                              request->utf8,
                              "What the programme costs: posts, fees and other costs",
                              set.count == 0 ? "No costs yet: import them with assure import investment FILE."
                                             : "Cost is the costs year by year added up where a row has "
                                               "them, else cost a year x years + one-off."};
    output_write(table, &options, stdout);
    output_table_free(table);
    investment_set_free(&set);
    return ASSURE_OK;
}
