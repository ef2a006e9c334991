/* report_raid.c - assure report actions|issues|decisions|milestones: the
 * RAID log beside the risk register, and the plan, from the views the
 * panels use. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "report.h"
#include "view_milestones.h"
#include "view_output.h"
#include "view_raid.h"

/* The lines of a view as the report's rows; its total kept for the footer. */
typedef struct {
    output_table *table;
    const view_column *columns;
    size_t ncolumns;
    size_t count, reached;
} raid_report;

static bool raid_report_row(void *context, const view_row *row)
{
    raid_report *r = context;
    if (row->kind != VIEW_ROW_LINE) {
        r->count = row->count;
        r->reached = row->reached;
        return true;
    }
    return output_row(r->table, false) && view_output_cells(r->table, r->columns, r->ncolumns, 0, row);
}

static assure_status write_report(const report_request *request, raid_report *report, const char *title,
                                  const char *footer, assure_error *err)
{
    output_options options = {request->format,
                              request->width,
                              request->colour,
                              request->utf8,
                              title,
                              footer != NULL && footer[0] ? footer : NULL,
                              0};
    if (report->table != NULL)
        output_write(report->table, &options, stdout);
    bool written = report->table != NULL;
    output_table_free(report->table);
    return written ? ASSURE_OK : error_set(err, ASSURE_DATA, "out of memory");
}

static raid_report start_report(const report_request *request, const view_column *columns, size_t ncolumns,
                                output_column *out)
{
    size_t n = view_output_columns(columns, ncolumns, 0, out);
    raid_report report = {report_rows_table(request, out, n), columns, ncolumns, 0, 0};
    return report;
}

assure_status report_actions(const report_request *request, assure_error *err)
{
    actions_set set;
    assure_status status = store_load_actions(request->store, &set, err);
    if (status != ASSURE_OK)
        return status;
    calendar_date today = request->has_as_at ? request->as_at : request->today;
    actions_view view = {.set = &set,
                         .today = today,
                         .owner = request->owner,
                         .overdue_only = request->overdue,
                         .has_due_before = request->has_due_before,
                         .due_before = request->due_before};
    output_column columns[ACTIONS_COLUMN_COUNT];
    raid_report report = start_report(request, actions_view_columns, ACTIONS_COLUMN_COUNT, columns);
    if (report.table != NULL && !actions_view_rows(&view, raid_report_row, &report)) {
        output_table_free(report.table);
        report.table = NULL;
    }
    char when[16], title[256], footer[160];
    date_format(when, sizeof when, today);
    snprintf(title, sizeof title, "Actions%s%s%s, as at %s", request->overdue ? " overdue" : "",
             request->owner != NULL ? " of " : "", request->owner != NULL ? request->owner : "", when);
    if (request->has_due_before) {
        char before[16];
        date_format(before, sizeof before, request->due_before);
        size_t used = strlen(title);
        snprintf(title + used, sizeof title - used, ", due before %s", before);
    }
    snprintf(footer, sizeof footer, "%zu action%s, %zu overdue", report.count, report.count == 1 ? "" : "s",
             report.reached);
    status = write_report(request, &report, title, footer, err);
    actions_set_free(&set);
    return status;
}

assure_status report_issues(const report_request *request, assure_error *err)
{
    issues_set set;
    assure_status status = store_load_issues(request->store, &set, err);
    if (status != ASSURE_OK)
        return status;
    issues_view view = {&set};
    output_column columns[ISSUES_COLUMN_COUNT];
    raid_report report = start_report(request, issues_view_columns, ISSUES_COLUMN_COUNT, columns);
    if (report.table != NULL && !issues_view_rows(&view, raid_report_row, &report)) {
        output_table_free(report.table);
        report.table = NULL;
    }
    char footer[160];
    snprintf(footer, sizeof footer, "%zu issue%s, %zu open", report.count, report.count == 1 ? "" : "s",
             report.reached);
    status =
        write_report(request, &report, "Issues: risks that have happened, and problems now", footer, err);
    issues_set_free(&set);
    return status;
}

assure_status report_decisions(const report_request *request, assure_error *err)
{
    decisions_set set;
    assure_status status = store_load_decisions(request->store, &set, err);
    if (status != ASSURE_OK)
        return status;
    decisions_view view = {&set};
    output_column columns[DECISIONS_COLUMN_COUNT];
    raid_report report = start_report(request, decisions_view_columns, DECISIONS_COLUMN_COUNT, columns);
    if (report.table != NULL && !decisions_view_rows(&view, raid_report_row, &report)) {
        output_table_free(report.table);
        report.table = NULL;
    }
    status = write_report(request, &report, "Decisions", NULL, err);
    decisions_set_free(&set);
    return status;
}

/* The milestones' rows, and beside the report's count what they add up to;
 * the view's last column, how far each has slipped since the snapshot, only
 * when there is one to compare with. */
typedef struct {
    raid_report report;
    size_t slipped, blocked;
    long long slipped_days;
    size_t slipped_since; /* how many are due later than at the snapshot */
} plan_report;

static bool plan_report_row(void *context, const view_row *row)
{
    plan_report *r = context;
    if (row->kind == VIEW_ROW_LINE) {
        const view_cell *slippage = &row->cells[MILESTONES_COL_SLIPPAGE];
        if (slippage->defined && slippage->value > 0) {
            r->slipped++;
            r->slipped_days += slippage->value;
        }
        r->blocked += row->cells[MILESTONES_COL_BLOCKED_BY].defined;
        const view_cell *since = &row->cells[MILESTONES_COL_SINCE];
        r->slipped_since += since->defined && since->value > 0;
    }
    return raid_report_row(&r->report, row);
}

assure_status report_milestones_then(const snapshot_item_set *items, milestone_due_then **out, size_t *count,
                                     assure_error *err)
{
    *count = 0;
    *out = calloc(items->count + 1, sizeof **out);
    if (*out == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    for (size_t i = 0; i < items->count; i++) {
        const snapshot_item *item = &items->items[i];
        if (item->kind == SNAPSHOT_MILESTONE && item->has_date)
            (*out)[(*count)++] = (milestone_due_then){item->ref, item->date};
    }
    return ASSURE_OK;
}

assure_status report_milestones(const report_request *request, assure_error *err)
{
    milestones_set set;
    savings_set savings = {0};
    snapshot_info since;
    snapshot_item_set then = {0};
    milestone_due_then *due_then = NULL;
    size_t ndue_then = 0;
    assure_status status = ASSURE_OK;
    bool compare = report_choose_snapshot(request, &since, err, &status);
    if (status == ASSURE_OK && compare)
        status = store_snapshot_items(request->store, since.id, &then, err);
    if (status == ASSURE_OK && compare)
        status = report_milestones_then(&then, &due_then, &ndue_then, err);
    if (status == ASSURE_OK)
        status = store_load_milestones(request->store, &set, err);
    if (status != ASSURE_OK) {
        free(due_then);
        snapshot_item_set_free(&then);
        return status;
    }
    if (request->workstream != NULL &&
        (status = store_load_savings(request->store, &savings, err)) != ASSURE_OK) {
        milestones_set_free(&set);
        free(due_then);
        snapshot_item_set_free(&then);
        return status;
    }
    calendar_date today = request->has_as_at ? request->as_at : request->today;
    milestones_view view = {.set = &set,
                            .savings = &savings,
                            .today = today,
                            .workstream = request->workstream,
                            .overdue_only = request->overdue,
                            .since = due_then,
                            .nsince = ndue_then};
    /* without a snapshot to compare with, no column for the slippage since */
    size_t ncolumns = compare ? MILESTONES_COLUMN_COUNT : MILESTONES_COL_SINCE;
    output_column columns[MILESTONES_COLUMN_COUNT];
    size_t n = view_output_columns(milestones_view_columns, ncolumns, 0, columns);
    char since_heading[300] = "";
    if (compare) {
        snprintf(since_heading, sizeof since_heading, "Since %.255s", since.label);
        columns[n - 1].heading = since_heading;
    }
    plan_report plan = {
        {report_rows_table(request, columns, n), milestones_view_columns, ncolumns, 0, 0}, 0, 0, 0, 0};
    if (plan.report.table != NULL && !milestones_view_rows(&view, plan_report_row, &plan)) {
        output_table_free(plan.report.table);
        plan.report.table = NULL;
    }
    char when[16], title[256], footer[600];
    date_format(when, sizeof when, today);
    snprintf(title, sizeof title, "Milestones%s%s%s, as at %s", request->overdue ? " overdue" : "",
             request->workstream != NULL ? " of " : "",
             request->workstream != NULL ? request->workstream : "", when);
    int used = snprintf(
        footer, sizeof footer,
        "%zu milestone%s, %zu overdue; %zu slipped by %lld day%s in all; %zu with a predecessor slipped past "
        "it",
        plan.report.count, plan.report.count == 1 ? "" : "s", plan.report.reached, plan.slipped,
        plan.slipped_days, plan.slipped_days == 1 ? "" : "s", plan.blocked);
    if (compare && used > 0 && (size_t)used < sizeof footer)
        snprintf(footer + used, sizeof footer - (size_t)used, "; %zu due later than at %.255s (%s)",
                 plan.slipped_since, since.label, since.meeting_date);
    status = write_report(request, &plan.report, title, footer, err);
    milestones_set_free(&set);
    savings_set_free(&savings);
    free(due_then);
    snapshot_item_set_free(&then);
    return status;
}
