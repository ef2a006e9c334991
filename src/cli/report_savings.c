/* report_savings.c - assure report savings: the lines and their total, or
 * one row per group; for programs each line's origin and whether it counts
 * in the total, so that the total can be summed from the rows. */
#include <stdio.h>
#include <string.h>

#include "common.h"
#include "output.h"
#include "report.h"
#include "view_output.h"
#include "view_savings.h"

/* The savings view written as the report: the lines and their total (for
 * people), or with --group one row per group. */
typedef struct {
    output_table *table;
    const savings_set *set;
    const char *group; /* --group, or NULL */
    savings_grouping grouping;
    bool machine;   /* csv or json: each line says its origin and whether it is in the total */
    size_t ngroups; /* groups written */
    size_t noverlap;
    char overlaps[512];
    char *footer;
    size_t footer_size;
} savings_report;

/* The lines' total or the pipeline's, for people: the line's columns (and
 * none in the origin and in_total lines end with for programs). */
static bool savings_report_summary(savings_report *r, const view_row *row, const char *lead)
{
    output_table *table = r->table;
    return output_row(table, true) && output_text(table, lead) &&
           view_output_cells(table, savings_view_columns, SAVINGS_COLUMN_COUNT, SAVINGS_COL_REF + 1, row) &&
           (!r->machine || (output_text(table, "") && output_cell(table, "", "", RAG_NONE)));
}

/* A line's row, or with --group a group's; the total, and the pipeline (in
 * no total) with a note saying so. */
static bool savings_report_row(void *context, const view_row *row)
{
    savings_report *r = context;
    output_table *table = r->table;
    const view_column *columns = savings_view_columns;
    size_t first = r->group != NULL ? SAVINGS_COL_TARGET : SAVINGS_COL_REF + 1; /* after the lead */
    char label[64];
    bool ok = true;
    switch (row->kind) {
    case VIEW_ROW_LINE:
        if (r->group != NULL)
            return true;
        const savings_line *line = &r->set->lines[row->source];
        if (!savings_line_counts_in_totals(line) && !savings_counts_in_totals(line->origin) &&
            r->noverlap++ < 8)
            snprintf(r->overlaps + strlen(r->overlaps), sizeof r->overlaps - strlen(r->overlaps), "%s%s",
                     r->overlaps[0] ? ", " : "", line->ref);
        /* for programs, what decides whether the line is in the total
         * (status and basis above, its origin), and the answer: they sum
         * target_gbp where in_total is true */
        return output_row(table, false) &&
               view_output_cells(table, columns, SAVINGS_COLUMN_COUNT, SAVINGS_COL_REF, row) &&
               (!r->machine ||
                (view_output_cell(table, &columns[SAVINGS_COL_ORIGIN], &row->cells[SAVINGS_COL_ORIGIN]) &&
                 output_bool(table, savings_line_counts_in_totals(line))));
    case VIEW_ROW_SUBTOTAL:
        if (r->group == NULL || row->count == 0) /* a group with no figures in scope */
            return true;
        if (row->label == NULL)
            fy_format(label, sizeof label, (int)row->cells[SAVINGS_COL_FY].value);
        r->ngroups++;
        ok = output_row(table, false) && output_text(table, row->label != NULL ? row->label : label);
        break;
    case VIEW_ROW_TOTAL:
        if (r->group == NULL && !savings_report_summary(r, row, "Total"))
            return false;
        if (r->group == NULL && r->noverlap > 0)
            snprintf(r->footer, r->footer_size,
                     "%s %s overlap: %s savings are counted in partner lines, so the total leaves %s out.",
                     r->overlaps, r->noverlap == 1 ? "is an" : "are", r->noverlap == 1 ? "its" : "their",
                     r->noverlap == 1 ? "it" : "them");
        if (r->group == NULL || r->grouping == SAVINGS_BY_ALL || r->ngroups == 0)
            return true;
        ok = output_row(table, true) && output_text(table, "Total");
        break;
    case VIEW_ROW_PIPELINE: {
        size_t count = row->count;
        snprintf(label, sizeof label, "%s%zu line%s%s", r->group != NULL ? "Pipeline (" : "", count,
                 count == 1 ? "" : "s", r->group != NULL ? ")" : "");
        view_row shown = *row;
        if (r->group == NULL) /* "Pipeline", and how many lines where a line's name goes */
            view_set_text(&shown, SAVINGS_COL_NAME, label, VIEW_TONE_NORMAL);
        ok = r->group != NULL ? output_row(table, true) && output_text(table, label) &&
                                    view_output_cells(table, columns, SAVINGS_COLUMN_COUNT, first, &shown)
                              : savings_report_summary(r, &shown, "Pipeline");
        char target[64];
        const view_cell *t = &row->cells[SAVINGS_COL_TARGET];
        cli_money(target, sizeof target, t->defined ? t->value : 0);
        size_t used = strlen(r->footer);
        snprintf(r->footer + used, r->footer_size - used,
                 "%sPipeline lines (identified, not yet validated) are %s: %s of target in %zu line%s.",
                 used > 0 ? " " : "", r->group != NULL ? "in no group" : "left out of the total", target,
                 count, count == 1 ? "" : "s");
        return ok;
    }
    }
    return ok && view_output_cells(table, columns, SAVINGS_COLUMN_COUNT, first, row);
}

static void fy_scope(const report_request *request, char *buf, size_t size)
{
    if (request->fy == 0 || request->fy == FY_LATER) {
        snprintf(buf, size, request->fy == 0 ? "all years" : "the later years");
        return;
    }
    fy_format(buf, size, request->fy);
}

assure_status report_savings(const report_request *request, assure_error *err)
{
    savings_set set;
    assure_status status = store_load_savings(request->store, &set, err);
    if (status != ASSURE_OK)
        return status;
    char scope[32], title[256], footer[1024] = "";
    fy_scope(request, scope, sizeof scope);
    savings_view view = {.set = &set, .thresholds = request->cfg->savings, .fy = request->fy};
    savings_report report = {
        .set = &set, .group = request->group, .footer = footer, .footer_size = sizeof footer};
    output_column columns[SAVINGS_COLUMN_COUNT + 2];
    if (request->group != NULL) {
        if (!savings_grouping_parse(request->group, &view.grouping)) {
            savings_set_free(&set);
            return error_set(err, ASSURE_USAGE,
                             "report savings --group %s: expected cohort, workstream, fy, origin or all",
                             request->group);
        }
        view.grouped = true;
        report.grouping = view.grouping;
        /* a first column named after the field grouped by, then the figures */
        static const savings_column by[] = {[SAVINGS_BY_COHORT] = SAVINGS_COL_COHORT,
                                            [SAVINGS_BY_WORKSTREAM] = SAVINGS_COL_WORKSTREAM,
                                            [SAVINGS_BY_FY] = SAVINGS_COL_FY,
                                            [SAVINGS_BY_ORIGIN] = SAVINGS_COL_ORIGIN};
        bool all = view.grouping == SAVINGS_BY_ALL;
        columns[0] = (output_column){all ? "group" : request->group,
                                     all ? "Group" : savings_view_columns[by[view.grouping]].heading,
                                     JSON_STRING,
                                     false,
                                     1,
                                     true};
        size_t n =
            view_output_columns(savings_view_columns, SAVINGS_COLUMN_COUNT, SAVINGS_COL_TARGET, columns + 1);
        report.table = output_table_new(columns, n + 1);
        if (view.grouping == SAVINGS_BY_ORIGIN)
            snprintf(footer, sizeof footer,
                     "The overlap group's savings are also counted in partner lines, so the total leaves "
                     "them out.");
        snprintf(title, sizeof title, "Savings by %s, %s", all ? "programme" : request->group, scope);
    } else {
        size_t n = view_output_columns(savings_view_columns, SAVINGS_COLUMN_COUNT, 0, columns);
        /* For programs, what decides whether a line is in the total: after
         * the columns they know, so that one reading them by place still can.
         * People read it in the note below the table. */
        report.machine = request->format == FORMAT_CSV || request->format == FORMAT_JSON;
        if (report.machine) {
            columns[n++] = (output_column){"origin", "Origin", JSON_STRING, false, 7, false};
            columns[n++] = (output_column){"in_total", "In total", JSON_BOOL, false, 7, false};
        }
        report.table = report_rows_table(request, columns, n);
        snprintf(title, sizeof title, "Savings lines, %s", scope);
    }
    if (report.table != NULL && !savings_view_rows(&view, savings_report_row, &report)) {
        output_table_free(report.table);
        report.table = NULL;
    }
    bool cumulative = false;
    for (size_t l = 0; l < set.nlines && !cumulative; l++)
        cumulative = set.lines[l].basis == BASIS_CUMULATIVE;
    if (cumulative) /* say how they are counted */
        snprintf(footer + strlen(footer), sizeof footer - strlen(footer),
                 "%sA cumulative line's years are the run rate reached: over all years it counts its last, "
                 "and in a year its step from the year before.",
                 footer[0] ? " " : "");
    output_options options = {
        request->format, request->width, request->colour, request->utf8, title, footer[0] ? footer : NULL, 0};
    if (report.table != NULL)
        output_write(report.table, &options, stdout);
    output_table_free(report.table);
    savings_set_free(&set);
    return report.table != NULL ? ASSURE_OK : error_set(err, ASSURE_DATA, "out of memory");
}
