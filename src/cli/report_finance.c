/* report_finance.c - assure report bridge, kpis, kpi_values and costs: the
 * budget bridge by financial year, the KPIs that evidence savings and their
 * values, and what the programme costs. */
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "report.h"
#include "view_bridge.h"
#include "view_investment.h"
#include "view_kpis.h"
#include "view_output.h"

/* ---- bridge ---- */

/* The footer's sentences for the years that carry another's position, one
 * for each run of years that carry the same year's. */
typedef struct {
    output_table *table;
    bool alone;    /* one year shown (--fy): no run of years to join */
    view_row last; /* the year read but not yet written */
    bool any;
    int before; /* the year it carries, of the year before it; 0 when none */
    char footer[1024];
} bridge_report;

static void carried_sentence(bridge_report *r, const view_row *row, const view_row *next)
{
    int from = (int)row->cells[BRIDGE_YEAR_COL_CARRIED].value;
    if (!row->cells[BRIDGE_YEAR_COL_CARRIED].defined)
        return;
    bool first = r->alone || r->before != from;
    bool last = r->alone || next == NULL || !next->cells[BRIDGE_YEAR_COL_CARRIED].defined ||
                next->cells[BRIDGE_YEAR_COL_CARRIED].value != from;
    char fy[16], was[16];
    fy_format(fy, sizeof fy, (int)row->cells[BRIDGE_YEAR_COL_FY].value);
    fy_format(was, sizeof was, from);
    size_t used = strlen(r->footer);
    snprintf(r->footer + used, sizeof r->footer - used, "%s%s", first ? "" : ", ", fy);
    used = strlen(r->footer);
    if (last)
        snprintf(r->footer + used, sizeof r->footer - used, " %s planned actions only: %s %s's position. ",
                 first ? "has" : "have", first ? "it carries" : "they carry", was);
}

/* Each year's row is written when the next is known, for the footer's runs. */
static bool bridge_report_row(void *context, const view_row *row)
{
    bridge_report *r = context;
    bool ok = true;
    if (r->any) {
        carried_sentence(r, &r->last, row);
        ok = output_row(r->table, false) &&
             view_output_cells(r->table, bridge_year_view_columns, BRIDGE_YEAR_COLUMN_COUNT, 0, &r->last);
    }
    r->before = r->any && r->last.cells[BRIDGE_YEAR_COL_CARRIED].defined
                    ? (int)r->last.cells[BRIDGE_YEAR_COL_CARRIED].value
                    : 0;
    r->last = *row;
    r->any = true;
    return ok;
}

/* A row of the bridge; a year's summary with its caption where a name goes. */
static bool bridge_rows_row(void *context, const view_row *row)
{
    output_table *table = context;
    if (row->kind == VIEW_ROW_LINE)
        return output_row(table, false) &&
               view_output_cells(table, bridge_view_columns, BRIDGE_COLUMN_COUNT, 0, row);
    view_row shown = *row;
    view_set_text(&shown, BRIDGE_COL_NAME, row->caption, VIEW_TONE_NORMAL);
    return output_row(table, true) &&
           view_output_cells(table, bridge_view_columns, BRIDGE_COLUMN_COUNT, 0, &shown);
}

/* report bridge --rows: the Bridge panel's rows. */
static assure_status bridge_rows(const report_request *request, const bridge_set *set, assure_error *err)
{
    output_column columns[BRIDGE_COLUMN_COUNT];
    size_t n = view_output_columns(bridge_view_columns, BRIDGE_COLUMN_COUNT, 0, columns);
    output_table *table = output_table_new(columns, n);
    bridge_view view = {set->rows, set->count, request->fy, NULL};
    if (table == NULL || !bridge_view_rows(&view, bridge_rows_row, table)) {
        output_table_free(table);
        return error_set(err, ASSURE_DATA, "out of memory");
    }
    output_options options = {request->format,
                              request->width,
                              request->colour,
                              request->utf8,
                              "Budget bridge: its rows by financial year, and the position after each",
                              set->count == 0 ? "No bridge yet: import one with assure import bridge FILE."
                                              : "Position is the forecast spend once the row is counted; "
                                                "variance is position less budget: positive is an overspend.",
                              0};
    output_write(table, &options, stdout);
    output_table_free(table);
    return ASSURE_OK;
}

assure_status report_bridge(const report_request *request, assure_error *err)
{
    bridge_set set;
    assure_status status = store_load_bridge(request->store, &set, err);
    if (status != ASSURE_OK)
        return status;
    if (request->rows) {
        status = bridge_rows(request, &set, err);
        bridge_set_free(&set);
        return status;
    }
    output_column columns[BRIDGE_YEAR_COLUMN_COUNT];
    size_t ncolumns = view_output_columns(bridge_year_view_columns, BRIDGE_YEAR_COLUMN_COUNT, 0, columns);
    bridge_report *report = calloc(1, sizeof *report);
    output_table *table = output_table_new(columns, ncolumns);
    bridge_view view = {set.rows, set.count, request->fy, NULL};
    if (report != NULL) {
        report->table = table;
        report->alone = request->fy != 0;
    }
    if (report == NULL || table == NULL || !bridge_year_view_rows(&view, bridge_report_row, report)) {
        free(report);
        output_table_free(table);
        bridge_set_free(&set);
        return error_set(err, ASSURE_DATA, "out of memory");
    }
    if (report->any) { /* the last year */
        carried_sentence(report, &report->last, NULL);
        output_row(table, false);
        view_output_cells(table, bridge_year_view_columns, BRIDGE_YEAR_COLUMN_COUNT, 0, &report->last);
    }
    char *footer = report->footer;
    if (set.count == 0)
        snprintf(footer, sizeof report->footer, "No bridge yet: import one with assure import bridge FILE.");
    else
        snprintf(footer + strlen(footer), sizeof report->footer - strlen(footer),
                 "Variance is forecast outturn less budget: positive is an overspend.");
    output_options options = {request->format,
                              request->width,
                              request->colour,
                              request->utf8,
                              "Budget bridge: budget to forecast outturn, by financial year",
                              footer,
                              0};
    output_write(table, &options, stdout);
    output_table_free(table);
    free(report);
    bridge_set_free(&set);
    return ASSURE_OK;
}

/* ---- kpis ---- */

/* A KPI's row; the total only for the footer. */
typedef struct {
    output_table *table;
    money total;
    size_t sustained, count;
} kpis_report;

static bool kpis_report_row(void *context, const view_row *row)
{
    kpis_report *r = context;
    if (row->kind != VIEW_ROW_LINE) {
        const view_cell *benefit = &row->cells[KPI_COL_BENEFIT];
        r->total = benefit->defined ? benefit->value : MONEY_UNKNOWN;
        r->sustained = row->reached;
        r->count = row->count;
        return true;
    }
    return output_row(r->table, false) &&
           view_output_cells(r->table, kpi_view_columns, KPI_COLUMN_COUNT, 0, row);
}

assure_status report_kpis(const report_request *request, assure_error *err)
{
    kpi_set set;
    assure_status status = store_load_kpis(request->store, &set, err);
    if (status != ASSURE_OK)
        return status;
    output_column columns[KPI_COLUMN_COUNT];
    size_t n = view_output_columns(kpi_view_columns, KPI_COLUMN_COUNT, 0, columns);
    kpis_report report = {output_table_new(columns, n), MONEY_UNKNOWN, 0, 0};
    /* --as-at: the values known then */
    kpi_view view = {&set, request->has_as_at ? request->as_at_iso : NULL, NULL, 0};
    if (report.table == NULL || !kpi_view_rows(&view, kpis_report_row, &report)) {
        output_table_free(report.table);
        kpi_set_free(&set);
        return error_set(err, ASSURE_DATA, "out of memory");
    }
    char footer[512], amount[64];
    cli_money(amount, sizeof amount, report.total == MONEY_UNKNOWN ? 0 : report.total);
    if (report.count == 0)
        snprintf(footer, sizeof footer, "No KPIs yet: import them with assure import kpis FILE.");
    else
        snprintf(footer, sizeof footer,
                 "Benefit = improvement over baseline x unit value: %s a year in all. %zu of %zu sustained "
                 "(at target for their agreed periods), ready to sign off.",
                 amount, report.sustained, report.count);
    output_options options = {request->format,
                              request->width,
                              request->colour,
                              request->utf8,
                              "KPIs that evidence savings: improvement over baseline, and its value",
                              footer,
                              0};
    output_write(report.table, &options, stdout);
    output_table_free(report.table);
    kpi_set_free(&set);
    return ASSURE_OK;
}

/* ---- kpi_values ---- */

static bool kpi_values_report_row(void *context, const view_row *row)
{
    output_table *table = context;
    return output_row(table, false) &&
           view_output_cells(table, kpi_value_view_columns, KPI_VALUE_COLUMN_COUNT, 0, row);
}

assure_status report_kpi_values(const report_request *request, assure_error *err)
{
    kpi_set set;
    assure_status status = store_load_kpis(request->store, &set, err);
    if (status != ASSURE_OK)
        return status;
    output_column columns[KPI_VALUE_COLUMN_COUNT];
    size_t n = view_output_columns(kpi_value_view_columns, KPI_VALUE_COLUMN_COUNT, 0, columns);
    output_table *table = output_table_new(columns, n);
    kpi_view view = {&set, request->has_as_at ? request->as_at_iso : NULL, NULL, 0};
    if (table == NULL || !kpi_value_view_rows(&view, kpi_values_report_row, table)) {
        output_table_free(table);
        kpi_set_free(&set);
        return error_set(err, ASSURE_DATA, "out of memory");
    }
    output_options options = {request->format,
                              request->width,
                              request->colour,
                              request->utf8,
                              "KPI values by period: each against its baseline and target",
                              set.nvalues == 0
                                  ? "No KPI values yet: import them with assure import kpi_values FILE."
                                  : "Improvement is the value against the baseline, in the direction "
                                    "that is better; benefit is that improvement x unit value.",
                              0};
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
                                               "them, else cost a year x years + one-off.",
                              0};
    output_write(table, &options, stdout);
    output_table_free(table);
    investment_set_free(&set);
    return ASSURE_OK;
}
