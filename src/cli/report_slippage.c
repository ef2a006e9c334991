/* report_slippage.c - assure report slippage: the savings forecasts moved
 * between financial years since a snapshot (the last meeting), worked out
 * from the audit trail; see slippage.h for how changes pair into moves. */
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "report.h"
#include "slippage.h"

assure_status report_moves(const report_request *request, const snapshot_info *since,
                           forecast_change_set *changes, forecast_move **moves, size_t *count,
                           assure_error *err)
{
    *moves = NULL;
    *count = 0;
    assure_status status = store_forecast_changes(request->store, since, changes, err);
    if (status != ASSURE_OK)
        return status;
    *moves = malloc((changes->count + 1) * sizeof **moves); /* a move a change at most */
    if (*moves == NULL || !slippage_moves(changes->changes, changes->count, *moves, count)) {
        free(*moves);
        *moves = NULL;
        forecast_change_set_free(changes);
        return error_set(err, ASSURE_DATA, "out of memory");
    }
    return ASSURE_OK;
}

/* The line's name, or "" for a line deleted since (lines come by ref). */
static const char *line_name(const savings_set *set, const char *ref)
{
    size_t lo = 0, hi = set->nlines;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(set->lines[mid].ref, ref);
        if (c == 0)
            return set->lines[mid].name;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return "";
}

static const output_column slippage_columns[] = {
    {"line", "Line", JSON_STRING, false, 1, false},        {"name", "Name", JSON_STRING, false, 3, true},
    {"from_fy", "From", JSON_STRING, false, 1, false},     {"to_fy", "To", JSON_STRING, false, 1, false},
    {"amount_gbp", "Amount", JSON_NUMBER, true, 1, false}, {"who", "Who", JSON_STRING, false, 2, false},
    {"at", "When (UTC)", JSON_STRING, false, 2, false},
};

assure_status report_slippage(const report_request *request, assure_error *err)
{
    snapshot_info snapshot;
    assure_status status = ASSURE_OK;
    bool compare = report_choose_snapshot(request, &snapshot, err, &status);
    if (status != ASSURE_OK)
        return status;
    savings_set set;
    status = store_load_savings(request->store, &set, err);
    if (status != ASSURE_OK)
        return status;
    forecast_change_set changes;
    forecast_move *moves = NULL;
    size_t n = 0;
    status = report_moves(request, compare ? &snapshot : NULL, &changes, &moves, &n, err);
    if (status != ASSURE_OK) {
        savings_set_free(&set);
        return status;
    }
    output_table *table =
        output_table_new(slippage_columns, sizeof slippage_columns / sizeof slippage_columns[0]);
    if (table != NULL)
        output_stream(table, request->format, stdout);
    for (size_t i = 0; table != NULL && i < n; i++) {
        const forecast_move *m = &moves[i];
        char from[16], to[16] = "";
        fy_format(from, sizeof from, m->from_fy);
        if (m->to_fy != 0)
            fy_format(to, sizeof to, m->to_fy);
        output_row(table, false);
        output_text(table, m->ref);
        output_text(table, line_name(&set, m->ref));
        output_text(table, from);
        output_cell(table, to, m->to_fy != 0 ? to : "slipped out", RAG_NONE);
        output_money(table, m->amount);
        output_text(table, m->who);
        output_text(table, m->at);
    }
    slippage_totals totals = slippage_total(moves, n);
    char title[600], footer[600], moved[64], out[64];
    if (compare)
        snprintf(title, sizeof title, "Savings re-profiled since %s (%s)", snapshot.label, snapshot.taken_at);
    else
        snprintf(title, sizeof title, "Savings re-profiled since the audit trail began (no snapshot yet)");
    cli_money(moved, sizeof moved, totals.moved);
    cli_money(out, sizeof out, totals.slipped_out);
    int used = snprintf(footer, sizeof footer, "%zu line%s re-profiled: %s moved between years.",
                        totals.lines, totals.lines == 1 ? "" : "s", moved);
    if (totals.slipped_lines > 0 && used > 0 && (size_t)used < sizeof footer)
        snprintf(footer + used, sizeof footer - (size_t)used,
                 " %s slipped out of %zu line%s: no other year took it.", out, totals.slipped_lines,
                 totals.slipped_lines == 1 ? "" : "s");
    output_options options = {
        request->format, request->width, request->colour, request->utf8, title, footer, 0};
    if (table != NULL)
        output_write(table, &options, stdout);
    output_table_free(table);
    free(moves);
    forecast_change_set_free(&changes);
    savings_set_free(&set);
    return table != NULL ? ASSURE_OK : error_set(err, ASSURE_DATA, "out of memory");
}
