/* report_finance.c - assure report bridge, kpis and costs: the budget bridge
 * by financial year, the KPIs that evidence savings, and what the programme
 * costs. */
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "report.h"
#include "view_bridge.h"
#include "view_investment.h"
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
    bridge_view view = {set->rows, set->count, request->fy};
    if (table == NULL || !bridge_view_rows(&view, bridge_rows_row, table)) {
        output_table_free(table);
        return error_set(err, ASSURE_DATA, "out of memory");
    }
    output_options options = {request->format,
                              request->width,
                              request->colour,
                              request->utf8,
                              "Budget bridge: its rows by financial year, and the position after each",
                              set->count == 0
                                  ? "No bridge yet: import one with assure import bridge FILE."
                                  : "Position is the forecast spend once the row is counted; "
                                    "variance is position less budget: positive is an overspend."};
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
    bridge_view view = {set.rows, set.count, request->fy};
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
                              footer};
    output_write(table, &options, stdout);
    output_table_free(table);
    free(report);
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
