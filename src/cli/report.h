/* report.h - what the reports share (private to cli/). */
#ifndef ASSURE_CLI_REPORT_H
#define ASSURE_CLI_REPORT_H

#include "calendar.h"
#include "config.h"
#include "output.h"
#include "store.h"

typedef struct {
    const assure_config *cfg;
    store *store;
    output_format format;
    const char *group; /* --group, or NULL */
    int fy;            /* --fy, or 0 */
    bool has_as_at;
    calendar_date as_at;
    char as_at_iso[11];
    const char *since; /* --since, or NULL for the latest snapshot */
    bool rows;         /* --rows: the bridge's rows, as its panel shows them, not its years */
    const char *owner; /* --owner: actions: only this owner's, or NULL */
    bool overdue;      /* --overdue: actions: only those overdue */
    bool has_due_before;
    calendar_date due_before; /* --due-before: actions: only those due before it */
    const char *workstream;   /* --workstream: milestones, highlights: only this workstream's, or NULL */
    bool all;                 /* --all: highlights: every period, not only the latest */
    int width;
    bool colour, utf8;
    calendar_date today;
} report_request;

/* The snapshot to compare with: --since as a label, else as a date (the last
 * taken on or before it), else the latest.  Returns false when there is none
 * (and sets *status when --since names none). */
bool report_choose_snapshot(const report_request *request, snapshot_info *chosen, assure_error *err,
                            assure_status *status);
/* The savings forecasts moved between years since the snapshot (NULL: since
 * the audit trail began), as slippage_moves pairs them: *moves (to free)
 * points into *changes (to free with forecast_change_set_free). */
assure_status report_moves(const report_request *request, const snapshot_info *since,
                           forecast_change_set *changes, forecast_move **moves, size_t *count,
                           assure_error *err);

/* The milestones' due dates among what a snapshot kept (report_raid.c):
 * *out (to free) points into items. */
assure_status report_milestones_then(const snapshot_item_set *items, milestone_due_then **out, size_t *count,
                                     assure_error *err);

/* A table of a panel's rows, one for each row of its table: for csv and
 * json written row by row as they come, so that memory stays the same
 * however many there are. */
output_table *report_rows_table(const report_request *request, const output_column *columns, size_t ncolumns);

assure_status report_savings(const report_request *request, assure_error *err);
assure_status report_overview(const report_request *request, assure_error *err);
/* report overview --all-programmes: every programme in the database, a row each
 * (request->store is not used: each programme's own is opened). */
assure_status report_overview_programmes(const report_request *request, assure_error *err);
assure_status report_slippage(const report_request *request, assure_error *err);
assure_status report_bridge(const report_request *request, assure_error *err);
assure_status report_kpis(const report_request *request, assure_error *err);
assure_status report_kpi_values(const report_request *request, assure_error *err);
assure_status report_costs(const report_request *request, assure_error *err);
assure_status report_exceptions(const report_request *request, assure_error *err);
assure_status report_actions(const report_request *request, assure_error *err);
assure_status report_issues(const report_request *request, assure_error *err);
assure_status report_decisions(const report_request *request, assure_error *err);
assure_status report_milestones(const report_request *request, assure_error *err);
assure_status report_highlights(const report_request *request, assure_error *err);
assure_status report_pack(const report_request *request, assure_error *err);
assure_status report_workstreams(const report_request *request, assure_error *err);
assure_status report_signoffs(const report_request *request, assure_error *err);

#endif
