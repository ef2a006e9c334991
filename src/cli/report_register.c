/* report_register.c - assure report workstreams|signoffs: the project
 * register, each entry with the savings lines that name it, what they are
 * forecast to save and how much of it is signed off; and the benefits
 * signed off, each marked when it is the one that counts (its line's latest
 * agreed). */
#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "register_figures.h"
#include "report.h"

static assure_status write_table(const report_request *request, output_table *table, const char *title,
                                 const char *footer, assure_error *err)
{
    if (table == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    output_options options = {
        request->format, request->width, request->colour, request->utf8, title, footer, 0};
    output_write(table, &options, stdout);
    output_table_free(table);
    return ASSURE_OK;
}

assure_status report_workstreams(const report_request *request, assure_error *err)
{
    workstreams_set set = {0};
    savings_set savings = {0};
    signoffs_set signoffs = {0};
    assure_status status = store_load_workstreams(request->store, &set, err);
    if (status == ASSURE_OK)
        status = store_load_savings(request->store, &savings, err);
    if (status == ASSURE_OK)
        status = store_load_signoffs(request->store, &signoffs, err);
    if (status != ASSURE_OK) {
        workstreams_set_free(&set);
        savings_set_free(&savings);
        return status;
    }
    calendar_date as_at = request->has_as_at ? request->as_at : request->today;
    static const output_column columns[] = {
        {"name", "Workstream or project", JSON_STRING, false, 1, true},
        {"kind", "Kind", JSON_STRING, false, 2, false},
        {"parent", "Parent", JSON_STRING, false, 4, true},
        {"sponsor", "Sponsor", JSON_STRING, false, 1, true},
        {"delivery_lead", "Delivery lead", JSON_STRING, false, 1, true},
        {"phase", "Phase", JSON_STRING, false, 3, false},
        {"financial", "Saving", JSON_STRING, false, 3, false},
        {"lines", "Lines", JSON_NUMBER, true, 2, false},
        {"forecast_gbp", "Forecast", JSON_NUMBER, true, 2, false},
        {"signed_off_gbp", "Signed off", JSON_NUMBER, true, 1, false},
    };
    output_table *table = output_table_new(columns, sizeof columns / sizeof columns[0]);
    size_t projects = 0, unfinanced = 0;
    for (size_t i = 0; table != NULL && i < set.count; i++) {
        const workstream_row *w = &set.rows[i];
        register_figures figures = register_entry_figures(w, &savings, &signoffs, as_at);
        projects += w->kind == REGISTER_PROJECT;
        unfinanced += !w->financial;
        output_row(table, false);
        output_text(table, w->name);
        output_text(table, register_kind_name(w->kind));
        output_text(table, w->parent);
        output_text(table, w->sponsor);
        output_text(table, w->delivery_lead);
        output_text(table, w->has_phase ? milestone_phase_name(w->phase) : "");
        output_text(table, w->financial ? "yes" : "no");
        output_integer(table, (long long)figures.lines, true);
        output_money(table, figures.forecast);
        output_money(table, figures.signed_off);
    }
    size_t lines_signed_off = 0;
    money total = signoffs_agreed_total(signoffs.rows, signoffs.count, as_at, &lines_signed_off);
    char when[16], title[64], footer[320], amount[64];
    date_format(when, sizeof when, as_at);
    snprintf(title, sizeof title, "Project register, as at %s", when);
    money_format(amount, sizeof amount, total);
    if (set.count == 0)
        snprintf(footer, sizeof footer,
                 "No workstreams yet: import them with assure import workstreams FILE.");
    else
        snprintf(footer, sizeof footer,
                 "%zu workstream%s and %zu project%s, %zu with no financial saving; %s signed off on %zu "
                 "line%s (each line's latest agreed).",
                 set.count - projects, set.count - projects == 1 ? "" : "s", projects,
                 projects == 1 ? "" : "s", unfinanced, amount, lines_signed_off,
                 lines_signed_off == 1 ? "" : "s");
    status = write_table(request, table, title, footer, err);
    workstreams_set_free(&set);
    savings_set_free(&savings);
    signoffs_set_free(&signoffs);
    return status;
}

assure_status report_signoffs(const report_request *request, assure_error *err)
{
    signoffs_set set;
    assure_status status = store_load_signoffs(request->store, &set, err);
    if (status != ASSURE_OK)
        return status;
    calendar_date as_at = request->has_as_at ? request->as_at : request->today;
    static const output_column columns[] = {
        {"line", "Line", JSON_STRING, false, 1, false},
        {"signed_on", "Signed on", JSON_STRING, false, 1, false},
        {"amount_gbp", "Amount", JSON_NUMBER, true, 1, false},
        {"status", "Status", JSON_STRING, false, 1, false},
        {"counts", "Counts", JSON_BOOL, false, 1, false},
        {"signed_by", "Signed off by", JSON_STRING, false, 2, true},
        {"evidence", "Evidence", JSON_STRING, false, 2, true},
        {"note", "Note", JSON_STRING, false, 3, true},
    };
    output_table *table = output_table_new(columns, sizeof columns / sizeof columns[0]);
    size_t by_status[SIGNOFF_STATUS_COUNT] = {0}, shown = 0;
    day_number limit = date_to_days(as_at);
    for (size_t i = 0; table != NULL && i < set.count; i++) {
        const signoff_row *r = &set.rows[i];
        if (date_to_days(r->signed_on) > limit)
            continue; /* not yet signed off then */
        bool counts = signoff_latest_agreed(set.rows, set.count, r->line, as_at) == r;
        char day[16];
        date_format(day, sizeof day, r->signed_on);
        by_status[r->status]++;
        shown++;
        output_row(table, false);
        output_text(table, r->line);
        output_text(table, day);
        output_money(table, r->amount);
        output_text(table, signoff_status_name(r->status));
        output_cell(table, counts ? "true" : "false", counts ? "COUNTS" : "", RAG_NONE);
        output_text(table, r->signed_by);
        output_text(table, r->evidence);
        output_text(table, r->note);
    }
    size_t lines = 0;
    money total = signoffs_agreed_total(set.rows, set.count, as_at, &lines);
    char when[16], title[64], footer[256], amount[64];
    date_format(when, sizeof when, as_at);
    snprintf(title, sizeof title, "Benefits signed off, as at %s", when);
    money_format(amount, sizeof amount, total);
    snprintf(footer, sizeof footer,
             "%zu sign-off%s: %zu agreed, %zu proposed, %zu rejected; %s counts, on %zu line%s (each line's "
             "latest agreed).",
             shown, shown == 1 ? "" : "s", by_status[SIGNOFF_AGREED], by_status[SIGNOFF_PROPOSED],
             by_status[SIGNOFF_REJECTED], amount, lines, lines == 1 ? "" : "s");
    status = write_table(request, table, title, footer, err);
    signoffs_set_free(&set);
    return status;
}
