/* report_highlights.c - assure report highlights: each workstream's latest
 * highlight report (or every period's, with --all), from the view the
 * meeting pack uses. */
#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "report.h"
#include "view_highlights.h"
#include "view_output.h"

typedef struct {
    output_table *table;
    size_t count, red;
} highlights_report;

static bool report_row(void *context, const view_row *row)
{
    highlights_report *r = context;
    if (row->kind != VIEW_ROW_LINE) {
        r->count = row->count;
        r->red = row->reached;
        return true;
    }
    return output_row(r->table, false) &&
           view_output_cells(r->table, highlights_view_columns, HIGHLIGHTS_COLUMN_COUNT, 0, row);
}

assure_status report_highlights(const report_request *request, assure_error *err)
{
    highlights_set set;
    assure_status status = store_load_highlights(request->store, &set, err);
    if (status != ASSURE_OK)
        return status;
    highlights_view view = {.set = &set,
                            .workstream = request->workstream,
                            .all = request->all,
                            .has_as_at = request->has_as_at,
                            .as_at = request->as_at};
    output_column columns[HIGHLIGHTS_COLUMN_COUNT];
    size_t n = view_output_columns(highlights_view_columns, HIGHLIGHTS_COLUMN_COUNT, 0, columns);
    highlights_report report = {report_rows_table(request, columns, n), 0, 0};
    if (report.table != NULL && !highlights_view_rows(&view, report_row, &report)) {
        output_table_free(report.table);
        report.table = NULL;
    }
    char title[256], footer[160], when[16] = "";
    if (request->has_as_at)
        date_format(when, sizeof when, request->as_at);
    snprintf(title, sizeof title, "Highlight reports%s%s%s%s%s",
             request->all ? ", every period" : ", the latest", request->workstream != NULL ? " of " : "",
             request->workstream != NULL ? request->workstream : "", request->has_as_at ? ", as at " : "",
             when);
    snprintf(footer, sizeof footer, "%zu highlight report%s, %zu rated red", report.count,
             report.count == 1 ? "" : "s", report.red);
    output_options options = {
        request->format, request->width, request->colour, request->utf8, title, footer, 0};
    if (report.table != NULL)
        output_write(report.table, &options, stdout);
    bool written = report.table != NULL;
    output_table_free(report.table);
    highlights_set_free(&set);
    return written ? ASSURE_OK : error_set(err, ASSURE_DATA, "out of memory");
}
