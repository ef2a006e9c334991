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

/* csv and json: one record, with each headline's change when there is a
 * snapshot, and what was re-profiled since it. */
static assure_status overview_record(const report_request *request, const overview *o,
                                     const snapshot_info *since, const slippage_totals *reprofiled,
                                     assure_error *err)
{
    static const output_column fixed[] = {
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
    enum { NFIXED = sizeof fixed / sizeof fixed[0] };
    output_column columns[NFIXED + 4 + HEADLINE_COUNT];
    char change_names[HEADLINE_COUNT][64];
    memcpy(columns, fixed, sizeof fixed);
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
    char text[64];
    output_row(table, false);
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
