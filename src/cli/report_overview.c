/* report_overview.c - assure report overview: the headline indicators, and
 * each one's change since a snapshot, judged better or worse. */
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "overview.h"
#include "report.h"
#include "slippage.h"

bool report_choose_snapshot(const report_request *request, snapshot_info *chosen, assure_error *err,
                            assure_status *status)
{
    snapshot_info *list;
    size_t count;
    *status = store_list_snapshots(request->store, &list, &count, err);
    if (*status != ASSURE_OK)
        return false;
    bool found = false;
    if (request->since == NULL) {
        if (count > 0) {
            *chosen = list[count - 1];
            found = true;
        }
    } else {
        for (size_t i = 0; i < count && !found; i++)
            if (strcmp(list[i].label, request->since) == 0) {
                *chosen = list[i];
                found = true;
            }
        calendar_date date;
        if (!found && date_parse(request->since, &date, NULL)) {
            char iso[16];
            date_format(iso, sizeof iso, date);
            for (size_t i = 0; i < count; i++)
                if (strncmp(list[i].taken_at, iso, 10) <= 0) {
                    *chosen = list[i];
                    found = true;
                }
        }
        if (!found)
            *status = error_set(err, ASSURE_USAGE,
                                "report --since %s: no snapshot has that label, or was taken by that date",
                                request->since);
    }
    free(list);
    return found;
}

/* How this report writes headlines: for people in text and md (£ as the
 * locale can show it), for programs in csv and json. */
static headline_style report_style(const report_request *request, headline_face face)
{
    return (headline_style){face, request->utf8, !cli_utf8()};
}

/* csv and json: an overview's headlines as one record's fields. */
static const output_column record_columns[] = {
    {"as_at", "", JSON_STRING, false, 1, false},
    {"savings_target_gbp", "", JSON_NUMBER, false, 1, false},
    {"savings_stretch_gbp", "", JSON_NUMBER, false, 1, false},
    {"savings_forecast_gbp", "", JSON_NUMBER, false, 1, false},
    {"savings_actual_gbp", "", JSON_NUMBER, false, 1, false},
    {"savings_gap_gbp", "", JSON_NUMBER, false, 1, false},
    {"savings_delivery_pct", "", JSON_NUMBER, false, 1, false},
    {"savings_rag", "", JSON_STRING, false, 1, false},
    {"savings_run_rate_fy", "", JSON_STRING, false, 1, false},
    {"savings_run_rate_gbp", "", JSON_NUMBER, false, 1, false},
    {"staffing_as_at", "", JSON_STRING, false, 1, false},
    {"staffing_vacancy_pct", "", JSON_NUMBER, false, 1, false},
    {"staffing_uncovered_pct", "", JSON_NUMBER, false, 1, false},
    {"staffing_rag", "", JSON_STRING, false, 1, false},
    {"reviews_period_start", "", JSON_STRING, false, 1, false},
    {"reviews_target_pct", "", JSON_NUMBER, false, 1, false},
    {"reviews_backlog", "", JSON_NUMBER, false, 1, false},
    {"reviews_rag", "", JSON_STRING, false, 1, false},
    {"risks_open", "", JSON_NUMBER, false, 1, false},
    {"risks_high", "", JSON_NUMBER, false, 1, false},
    {"risks_overdue", "", JSON_NUMBER, false, 1, false},
    {"budget_fy", "", JSON_STRING, false, 1, false},
    {"budget_gbp", "", JSON_NUMBER, false, 1, false},
    {"budget_forecast_gbp", "", JSON_NUMBER, false, 1, false},
    {"budget_variance_gbp", "", JSON_NUMBER, false, 1, false},
    {"budget_revised_variance_gbp", "", JSON_NUMBER, false, 1, false},
    {"kpis", "", JSON_NUMBER, false, 1, false},
    {"kpis_sustained", "", JSON_NUMBER, false, 1, false},
    {"kpi_benefit_gbp", "", JSON_NUMBER, false, 1, false},
    {"investment_gbp", "", JSON_NUMBER, false, 1, false},
    {"roi", "", JSON_NUMBER, false, 1, false},
    {"roi_meets_principle", "", JSON_BOOL, false, 1, false},
    {"fee_payable_gbp", "", JSON_NUMBER, false, 1, false},
    {"fee_payable_forecast_gbp", "", JSON_NUMBER, false, 1, false},
    {"benefit_signed_off_gbp", "", JSON_NUMBER, false, 1, false},
    {"lines_signed_off", "", JSON_NUMBER, false, 1, false},
    {"savings_gross_gbp", "", JSON_NUMBER, false, 1, false},
    {"savings_costs_gbp", "", JSON_NUMBER, false, 1, false},
    {"savings_net_gbp", "", JSON_NUMBER, false, 1, false},
    {"savings_pipeline_gbp", "", JSON_NUMBER, false, 1, false},
    {"actions_overdue", "", JSON_NUMBER, false, 1, false},
    {"issues_open", "", JSON_NUMBER, false, 1, false},
    {"milestones_slipped", "", JSON_NUMBER, false, 1, false},
};

/* The record_columns' cells of one overview, in their order. */
static void record_cells(output_table *table, const report_request *request, const overview *o)
{
    char text[64];
    date_format(text, sizeof text, request->has_as_at ? request->as_at : request->today);
    output_text(table, text);
    output_money(table, o->savings.target);
    output_money(table, o->savings.stretch);
    output_money(table, o->savings.forecast);
    output_money(table, o->savings.actual);
    output_money(table, o->savings_gap);
    output_decimal(table, o->savings_delivery_pct, NULL);
    output_rag(table, o->savings_rag);
    text[0] = '\0';
    if (o->run_rate_fy != 0)
        fy_format(text, sizeof text, o->run_rate_fy);
    output_text(table, text);
    output_money(table, o->run_rate.forecast);
    output_text(table, o->staffing_as_at);
    output_decimal(table, o->staffing_vacancy_pct, NULL);
    output_decimal(table, o->staffing_uncovered_pct, NULL);
    output_rag(table, o->staffing_rag);
    output_text(table, o->reviews_period);
    output_decimal(table, o->reviews_target_pct, NULL);
    output_integer(table, o->reviews.backlog, o->reviews.backlog >= 0);
    output_rag(table, o->reviews_rag);
    output_integer(table, o->risks_open, true);
    output_integer(table, o->risks_high, true);
    output_integer(table, o->risks_overdue, true);
    text[0] = '\0';
    if (o->has_bridge)
        fy_format(text, sizeof text, o->bridge.fy);
    output_text(table, text);
    output_money(table, o->has_bridge ? o->bridge.budget : MONEY_UNKNOWN);
    output_money(table, o->has_bridge ? o->bridge.forecast : MONEY_UNKNOWN);
    output_money(table, o->has_bridge ? o->bridge.variance : MONEY_UNKNOWN);
    output_money(table, o->has_bridge ? o->bridge.revised_variance : MONEY_UNKNOWN);
    output_integer(table, (long long)o->kpis, true);
    output_integer(table, (long long)o->kpis_sustained, true);
    output_money(table, o->kpi_benefit);
    output_money(table, o->has_investment ? o->investment.total : MONEY_UNKNOWN);
    output_decimal(table, o->roi, NULL);
    if (o->roi.defined)
        output_bool(table, o->roi_meets_principle);
    else
        output_text(table, "");
    output_money(table, o->fee_payable);
    output_money(table, o->fee_payable_forecast);
    output_money(table, o->benefit_signed_off);
    output_integer(table, (long long)o->lines_signed_off, true);
    output_money(table, o->savings_gross);
    output_money(table, o->savings_costs);
    output_money(table, o->savings_net);
    output_money(table, o->savings_pipeline == MONEY_UNKNOWN ? 0 : o->savings_pipeline);
    output_integer(table, o->actions_overdue, true);
    output_integer(table, o->issues_open, true);
    output_integer(table, o->milestones_slipped, true);
}

/* csv and json: one record, with each headline's change when there is a
 * snapshot, and what was re-profiled since it. */
static assure_status overview_record(const report_request *request, const overview *o,
                                     const snapshot_info *since, const slippage_totals *reprofiled,
                                     assure_error *err)
{
    enum { NFIXED = sizeof record_columns / sizeof record_columns[0] };
    output_column columns[NFIXED + 4 + HEADLINE_COUNT];
    char change_names[HEADLINE_COUNT][64];
    memcpy(columns, record_columns, sizeof record_columns);
    size_t n = NFIXED;
    if (since != NULL) {
        columns[n++] = (output_column){"since", "", JSON_STRING, false, 1, false};
        columns[n++] = (output_column){"since_taken_at", "", JSON_STRING, false, 1, false};
        for (headline h = 0; h < HEADLINE_COUNT; h++) {
            snprintf(change_names[h], sizeof change_names[h], "%s_change", headline_get(h)->name);
            columns[n++] = (output_column){change_names[h], "", JSON_NUMBER, false, 1, false};
        }
        columns[n++] = (output_column){"savings_reprofiled_lines", "", JSON_NUMBER, false, 1, false};
        columns[n++] = (output_column){"savings_reprofiled_gbp", "", JSON_NUMBER, false, 1, false};
    }
    output_table *table = output_table_new(columns, n);
    if (table == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    output_row(table, false);
    record_cells(table, request, o);
    assure_status status = ASSURE_OK;
    if (since != NULL) {
        output_text(table, since->label);
        output_text(table, since->taken_at);
        for (headline h = 0; h < HEADLINE_COUNT && status == ASSURE_OK; h++) {
            int64_t now = 0, then = 0;
            bool present = false;
            bool known = headline_value(o, h, &now);
            status =
                store_snapshot_value(request->store, since->id, headline_get(h)->name, &then, &present, err);
            char machine[32] = "";
            if (known && present)
                headline_format_change(machine, sizeof machine, h, then, now,
                                       report_style(request, HEADLINE_DATA));
            output_cell(table, machine, machine, RAG_NONE);
        }
        output_integer(table, (long long)reprofiled->lines, true);
        output_money(table, reprofiled->moved);
    }
    if (status == ASSURE_OK) {
        if (request->format == FORMAT_JSON) {
            output_write_object(table, stdout);
        } else {
            output_options options = {FORMAT_CSV, 0, false, false, NULL, NULL, 0};
            output_write(table, &options, stdout);
        }
    }
    output_table_free(table);
    return status;
}

/* The rows under the savings headlines saying what was re-profiled since
 * the snapshot: the money moved between years, and any slipped out. */
static void reprofiled_rows(output_table *table, const snapshot_info *since, const slippage_totals *t)
{
    char label[400], amount[64];
    snprintf(label, sizeof label, "Re-profiled since %s (%zu line%s)", since->label, t->lines,
             t->lines == 1 ? "" : "s");
    cli_money(amount, sizeof amount, t->moved);
    output_row(table, false);
    output_text(table, label);
    output_text(table, amount);
    output_rag(table, RAG_NONE);
    output_text(table, "");
    if (t->slipped_lines == 0)
        return;
    snprintf(label, sizeof label, "Slipped out since %s (%zu line%s)", since->label, t->slipped_lines,
             t->slipped_lines == 1 ? "" : "s");
    cli_money(amount, sizeof amount, t->slipped_out);
    output_row(table, false);
    output_text(table, label);
    output_text(table, amount);
    output_rag(table, RAG_NONE);
    output_text(table, "");
}

/* text and md: one headline a row, for people. */
/* The contingent fee's rows: payable on the benefit signed off (each line's
 * latest agreed sign-off), as the contract reads, with that benefit, "none
 * yet" when none is; and payable on the forecast run rate beside it. */
static void fee_rows(output_table *table, const overview *o, bool since)
{
    char fee[64], label[160], value[64];
    cli_money(fee, sizeof fee, o->fee);
    const struct {
        const char *label;
        money amount;
    } rows[] = {
        {"Fee payable on signed-off benefit", o->fee_payable},
        {"Benefit signed off", o->benefit_signed_off},
        {"Fee payable on the forecast", o->fee_payable_forecast},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        if (i == 0)
            snprintf(label, sizeof label, "%s", rows[i].label);
        else if (i == 1 && o->lines_signed_off == 0)
            snprintf(label, sizeof label, "%s (none yet)", rows[i].label);
        else if (i == 1)
            snprintf(label, sizeof label, "%s (latest agreed, %zu line%s)", rows[i].label,
                     o->lines_signed_off, o->lines_signed_off == 1 ? "" : "s");
        else
            snprintf(label, sizeof label, "%s (of %s)", rows[i].label, fee);
        cli_money(value, sizeof value, rows[i].amount);
        output_row(table, false);
        output_text(table, label);
        output_text(table, value);
        output_rag(table, RAG_NONE);
        if (since)
            output_text(table, "");
    }
}

static assure_status overview_list(const report_request *request, const overview *o,
                                   const snapshot_info *since, const slippage_totals *reprofiled,
                                   assure_error *err)
{
    char since_heading[300] = "Change";
    if (since != NULL)
        snprintf(since_heading, sizeof since_heading, "Since %.255s", since->label);
    const output_column columns[] = {
        {"indicator", "Indicator", JSON_STRING, false, 1, true},
        {"value", "Value", JSON_STRING, true, 1, false},
        {"rag", "RAG", JSON_STRING, false, 1, false},
        {"change", since_heading, JSON_STRING, false, 2, false},
    };
    output_table *table = output_table_new(columns, since != NULL ? 4 : 3);
    if (table == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    /* The pipeline, and what was re-profiled, follow the savings headlines. */
    static const headline order[HEADLINE_COUNT] = {
        HEADLINE_SAVINGS_TARGET,          HEADLINE_SAVINGS_STRETCH,    HEADLINE_SAVINGS_FORECAST,
        HEADLINE_SAVINGS_ACTUAL,          HEADLINE_SAVINGS_GAP,        HEADLINE_SAVINGS_PIPELINE,
        HEADLINE_STAFFING_VACANCY,        HEADLINE_STAFFING_UNCOVERED, HEADLINE_REVIEWS_TARGET,
        HEADLINE_REVIEWS_BACKLOG,         HEADLINE_RISKS_HIGH,         HEADLINE_RISKS_OVERDUE,
        HEADLINE_ACTIONS_OVERDUE,         HEADLINE_ISSUES_OPEN,        HEADLINE_MILESTONES_SLIPPED,
        HEADLINE_BUDGET_REVISED_VARIANCE, HEADLINE_KPI_BENEFIT,        HEADLINE_INVESTMENT};
    assure_status status = ASSURE_OK;
    for (size_t k = 0; k < HEADLINE_COUNT && status == ASSURE_OK; k++) {
        headline h = order[k];
        if (h == HEADLINE_SAVINGS_PIPELINE && o->savings_pipeline_lines == 0) {
            if (since != NULL)
                reprofiled_rows(table, since, reprofiled);
            continue;
        }
        const headline_def *def = headline_get(h);
        int64_t now = 0;
        bool known = headline_value(o, h, &now);
        char human[64] = "none", label[128];
        if (known)
            headline_format_value(human, sizeof human, h, now, report_style(request, HEADLINE_REPORT));
        snprintf(label, sizeof label, "%s", def->label);
        if (h == HEADLINE_STAFFING_VACANCY && o->staffing_as_at[0] != '\0') {
            snprintf(label, sizeof label, "%s (%s)", def->label, o->staffing_as_at); /* ISO, as every date */
        } else if (h == HEADLINE_REVIEWS_TARGET && o->reviews_period[0] != '\0') {
            snprintf(label, sizeof label, "%s (from %s)", def->label, o->reviews_period);
        } else if (h == HEADLINE_BUDGET_REVISED_VARIANCE && o->has_bridge) {
            char fy[16];
            fy_format(fy, sizeof fy, o->bridge.fy);
            snprintf(label, sizeof label, "%s (%s)", def->label, fy);
        } else if (h == HEADLINE_KPI_BENEFIT && o->kpis > 0) {
            snprintf(label, sizeof label, "%s (%zu of %zu sustained)", def->label, o->kpis_sustained,
                     o->kpis);
        } else if (h == HEADLINE_SAVINGS_PIPELINE) {
            snprintf(label, sizeof label, "Pipeline (%zu line%s, not in totals)", o->savings_pipeline_lines,
                     o->savings_pipeline_lines == 1 ? "" : "s");
        }
        output_row(table, false);
        output_text(table, label);
        output_text(table, human);
        output_rag(table, headline_rag(o, h));
        if (since != NULL) {
            int64_t then = 0;
            bool present = false;
            status = store_snapshot_value(request->store, since->id, def->name, &then, &present, err);
            char change_machine[64] = "", change_human[96] = "";
            change_judgement judgement = CHANGE_NONE;
            if (known && present) {
                headline_format_change(change_machine, sizeof change_machine, h, then, now,
                                       report_style(request, HEADLINE_DATA));
                judgement = headline_format_change(change_human, sizeof change_human, h, then, now,
                                                   report_style(request, HEADLINE_REPORT));
            }
            output_cell(table, change_machine, change_human,
                        judgement == CHANGE_GOOD  ? RAG_GREEN
                        : judgement == CHANGE_BAD ? RAG_RED
                                                  : RAG_NONE);
        }
        if (h == HEADLINE_SAVINGS_PIPELINE && since != NULL)
            reprofiled_rows(table, since, reprofiled);
        if (h == HEADLINE_INVESTMENT &&
            o->has_investment) { /* after the investment: its return, and the fee */
            char ratio[64], principle[32];
            decimal_format(ratio, sizeof ratio, o->roi);
            decimal_format(principle, sizeof principle, decimal_of(request->cfg->roi_principle, 2));
            for (size_t end = strlen(principle); end > 0 && strchr(principle, '.') != NULL;) {
                if (principle[end - 1] != '0' && principle[end - 1] != '.')
                    break;
                principle[--end] = '\0'; /* 3.00 is 3, 2.50 is 2.5 */
            }
            output_row(table, false);
            snprintf(label, sizeof label, "Return on investment (principle %s:1)", principle);
            output_text(table, label);
            strncat(ratio, o->roi.defined ? ":1" : "none", sizeof ratio - strlen(ratio) - 1);
            output_text(table, ratio);
            output_rag(table, !o->roi.defined ? RAG_NONE : o->roi_meets_principle ? RAG_GREEN : RAG_RED);
            if (since != NULL)
                output_text(table, "");
            if (o->fee !=
                MONEY_UNKNOWN) /* on the benefit signed off, as the contract reads; on the forecast */
                fee_rows(table, o, since != NULL);
            if (o->savings_net != MONEY_UNKNOWN) { /* the savings target, net of those costs */
                char net[64];
                cli_money(net, sizeof net, o->savings_net);
                output_row(table, false);
                output_text(table, "Savings target net of costs");
                output_text(table, net);
                output_rag(table, RAG_NONE);
                if (since != NULL)
                    output_text(table, "");
            }
        }
        if (h == HEADLINE_SAVINGS_GAP) { /* after the gap: delivery and the run rate */
            char pct[32], fy[16], rate[64];
            decimal_format(pct, sizeof pct, o->savings_delivery_pct);
            output_row(table, false);
            output_text(table, "Delivery (forecast of target)");
            strncat(pct, o->savings_delivery_pct.defined ? "%" : "none", sizeof pct - strlen(pct) - 1);
            output_text(table, pct);
            output_rag(table, o->savings_rag);
            if (since != NULL)
                output_text(table, "");
            if (o->run_rate_fy != 0) {
                fy_format(fy, sizeof fy, o->run_rate_fy);
                snprintf(label, sizeof label, "Recurrent run rate (%s forecast)", fy);
                if (o->run_rate.forecast == MONEY_UNKNOWN)
                    snprintf(rate, sizeof rate, "none");
                else
                    cli_money(rate, sizeof rate, o->run_rate.forecast);
                output_row(table, false);
                output_text(table, label);
                output_text(table, rate);
                output_rag(table, RAG_NONE);
                if (since != NULL)
                    output_text(table, "");
            }
        }
    }
    if (status == ASSURE_OK) {
        char title[1200], when[32], footer[256];
        date_format(when, sizeof when, request->has_as_at ? request->as_at : request->today);
        snprintf(title, sizeof title, "%s: overview as at %s", request->cfg->programme_name, when);
        snprintf(footer, sizeof footer, "%d open risks. Savings totals count overlap lines once.",
                 o->risks_open);
        output_options options = {
            request->format, request->width, request->colour, request->utf8, title, footer, 0};
        output_write(table, &options, stdout);
    }
    output_table_free(table);
    return status;
}

assure_status report_overview(const report_request *request, assure_error *err)
{
    overview o;
    assure_status status = cli_compute_overview(
        request->store, request->cfg, request->has_as_at ? &request->as_at : NULL, request->today, &o, err);
    snapshot_info snapshot;
    bool compare = status == ASSURE_OK && report_choose_snapshot(request, &snapshot, err, &status);
    /* What was re-profiled since the snapshot, from the audit trail */
    slippage_totals reprofiled = {0, 0, 0, 0};
    if (status == ASSURE_OK && compare) {
        forecast_change_set changes;
        forecast_move *moves;
        size_t n;
        status = report_moves(request, &snapshot, &changes, &moves, &n, err);
        if (status == ASSURE_OK) {
            reprofiled = slippage_total(moves, n);
            free(moves);
            forecast_change_set_free(&changes);
        }
    }
    if (status == ASSURE_OK)
        status = request->format == FORMAT_CSV || request->format == FORMAT_JSON
                     ? overview_record(request, &o, compare ? &snapshot : NULL, &reprofiled, err)
                     : overview_list(request, &o, compare ? &snapshot : NULL, &reprofiled, err);
    return status;
}

/* --all-programmes: each programme's overview, computed from its own
 * store as report overview computes one. */
typedef struct {
    char *name;
    overview o;
} programme_overview;

static assure_status programme_overviews(const report_request *request, programme_overview **out, size_t *count,
                                         assure_error *err)
{
    const assure_config *cfg = request->cfg;
    char **names;
    assure_status status = store_programmes(cfg->database_path, &names, count, err);
    if (status != ASSURE_OK)
        return status;
    *out = calloc(*count > 0 ? *count : 1, sizeof **out);
    if (*out == NULL)
        status = error_set(err, ASSURE_DATA, "out of memory");
    for (size_t i = 0; i < *count; i++) {
        if (status == ASSURE_OK) {
            store *s;
            status = store_open_programme(cfg->database_path, names[i], STORE_READ_ONLY, &s, NULL, err);
            if (status == ASSURE_OK) {
                status = cli_compute_overview(s, cfg, request->has_as_at ? &request->as_at : NULL,
                                              request->today, &(*out)[i].o, err);
                store_close(s);
            }
            (*out)[i].name = names[i];
        } else {
            free(names[i]);
        }
    }
    free(names);
    return status;
}

/* csv and json: a record a programme, its name then the overview's fields. */
static void programmes_records(const report_request *request, const programme_overview *list, size_t count)
{
    enum { NFIXED = sizeof record_columns / sizeof record_columns[0] };
    output_column columns[1 + NFIXED];
    columns[0] = (output_column){"programme", "", JSON_STRING, false, 1, false};
    memcpy(columns + 1, record_columns, sizeof record_columns);
    output_table *table = output_table_new(columns, 1 + NFIXED);
    if (table == NULL)
        return;
    for (size_t i = 0; i < count; i++) {
        output_row(table, false);
        output_text(table, list[i].name);
        record_cells(table, request, &list[i].o);
    }
    output_options options = {request->format, 0, false, false, NULL, NULL, 0};
    output_write(table, &options, stdout);
    output_table_free(table);
}

/* text and md: a row a programme, its main headlines side by side, and
 * what adds up across them on a row of its own. */
static const headline programmes_headlines[] = {
    HEADLINE_SAVINGS_TARGET,  HEADLINE_SAVINGS_FORECAST, HEADLINE_SAVINGS_GAP,
    HEADLINE_STAFFING_VACANCY, HEADLINE_REVIEWS_TARGET,  HEADLINE_RISKS_HIGH,
    HEADLINE_ACTIONS_OVERDUE, HEADLINE_ISSUES_OPEN,      HEADLINE_MILESTONES_SLIPPED,
};
enum { PROGRAMMES_HEADLINES = sizeof programmes_headlines / sizeof programmes_headlines[0] };

static void programmes_cell(output_table *table, const report_request *request, const overview *o, headline h)
{
    int64_t value = 0;
    char human[64] = "none", machine[32] = "";
    if (headline_value(o, h, &value)) {
        headline_format_value(human, sizeof human, h, value, report_style(request, HEADLINE_REPORT));
        headline_format_value(machine, sizeof machine, h, value, report_style(request, HEADLINE_DATA));
    }
    output_cell(table, machine, human, headline_rag(o, h));
}

static void programmes_list(const report_request *request, const programme_overview *list, size_t count)
{
    static const output_column columns[] = {
        {"programme", "Programme", JSON_STRING, false, 1, true},
        {"savings_target_gbp", "Target", JSON_NUMBER, true, 1, false},
        {"savings_forecast_gbp", "Forecast", JSON_NUMBER, true, 1, false},
        {"savings_gap_gbp", "Gap", JSON_NUMBER, true, 2, false},
        {"savings_delivery_pct", "Delivery", JSON_NUMBER, true, 1, false},
        {"staffing_vacancy_pct", "Vacancy", JSON_NUMBER, true, 3, false},
        {"reviews_target_pct", "Reviews", JSON_NUMBER, true, 3, false},
        {"risks_high", "High risks", JSON_NUMBER, true, 2, false},
        {"actions_overdue", "Overdue actions", JSON_NUMBER, true, 4, false},
        {"issues_open", "Open issues", JSON_NUMBER, true, 4, false},
        {"milestones_slipped", "Slipped", JSON_NUMBER, true, 4, false},
    };
    output_table *table = output_table_new(columns, sizeof columns / sizeof columns[0]);
    if (table == NULL)
        return;
    money target = 0, forecast = 0, gap = 0;
    long long high = 0, overdue = 0, issues = 0, slipped = 0;
    for (size_t i = 0; i < count; i++) {
        const overview *o = &list[i].o;
        output_row(table, false);
        output_text(table, list[i].name);
        for (size_t k = 0; k < PROGRAMMES_HEADLINES; k++) {
            programmes_cell(table, request, o, programmes_headlines[k]);
            if (programmes_headlines[k] == HEADLINE_SAVINGS_GAP) { /* delivery, after the gap */
                char pct[32];
                decimal_format(pct, sizeof pct, o->savings_delivery_pct);
                strncat(pct, o->savings_delivery_pct.defined ? "%" : "none", sizeof pct - strlen(pct) - 1);
                output_cell(table, o->savings_delivery_pct.defined ? pct : "", pct, o->savings_rag);
            }
        }
        target += o->savings.target == MONEY_UNKNOWN ? 0 : o->savings.target;
        forecast += o->savings.forecast == MONEY_UNKNOWN ? 0 : o->savings.forecast;
        gap += o->savings_gap == MONEY_UNKNOWN ? 0 : o->savings_gap;
        high += o->risks_high;
        overdue += o->actions_overdue;
        issues += o->issues_open;
        slipped += o->milestones_slipped;
    }
    if (count > 1) { /* what adds up across programmes: money and counts, not rates */
        char label[64], pct[32];
        snprintf(label, sizeof label, "All %zu", count);
        output_row(table, true);
        output_text(table, label);
        output_money(table, target);
        output_money(table, forecast);
        output_money(table, gap);
        decimal delivery = percent_of(forecast, target);
        decimal_format(pct, sizeof pct, delivery);
        strncat(pct, delivery.defined ? "%" : "none", sizeof pct - strlen(pct) - 1);
        output_text(table, pct);
        output_text(table, "");
        output_text(table, "");
        output_integer(table, high, true);
        output_integer(table, overdue, true);
        output_integer(table, issues, true);
        output_integer(table, slipped, true);
    }
    char title[256], when[32], shown[4096];
    date_format(when, sizeof when, request->has_as_at ? request->as_at : request->today);
    store_location_shown(request->cfg->database_path, shown, sizeof shown);
    snprintf(title, sizeof title, "%zu programme%s: overview as at %s", count, count == 1 ? "" : "s", when);
    char footer[4200];
    snprintf(footer, sizeof footer,
             "From %.4000s. Vacancy and reviews are rates, so are not added up; "
             "each programme's own report overview has the rest.",
             shown);
    output_options options = {request->format, request->width, request->colour, request->utf8, title, footer, 0};
    output_write(table, &options, stdout);
    output_table_free(table);
}

assure_status report_overview_programmes(const report_request *request, assure_error *err)
{
    programme_overview *list = NULL;
    size_t count = 0;
    assure_status status = programme_overviews(request, &list, &count, err);
    if (status == ASSURE_OK && count == 0) {
        char shown[4096];
        store_location_shown(request->cfg->database_path, shown, sizeof shown);
        status = error_set(err, ASSURE_DATA,
                           "%s: holds no programme; make one with 'assure --programme NAME init %s'", shown,
                           shown);
    }
    if (status == ASSURE_OK) {
        if (request->format == FORMAT_CSV || request->format == FORMAT_JSON)
            programmes_records(request, list, count);
        else
            programmes_list(request, list, count);
    }
    for (size_t i = 0; i < count && list != NULL; i++)
        free(list[i].name);
    free(list);
    return status;
}
