/* report_exceptions.c - assure report exceptions: what the meeting must look
 * at, worst first, as the Overview lists it (exceptions.h). */
#include <stdlib.h>

#include "common.h"
#include "exceptions.h"
#include "report.h"

static const output_column columns[] = {
    {"rank", "#", JSON_NUMBER, true, 2, false},     {"rag", "RAG", JSON_STRING, false, 1, false},
    {"area", "Area", JSON_STRING, false, 1, false}, {"ref", "Ref", JSON_STRING, false, 1, false},
    {"name", "Name", JSON_STRING, false, 1, true},  {"detail", "Detail", JSON_STRING, false, 1, true},
};

static assure_status write_exceptions(const report_request *request, const programme *p, assure_error *err)
{
    exception_sources sources = {&p->savings, &p->staffing, &p->reviews,  &p->risks,
                                 &p->kpis,    &p->overview, &p->settings, request->cfg->roi_principle,
                                 p->today};
    overview_exception *list;
    size_t n;
    if (!exceptions_find(&sources, &list, &n))
        return error_set(err, ASSURE_DATA, "out of memory");
    output_table *table = output_table_new(columns, sizeof columns / sizeof columns[0]);
    if (table == NULL) {
        free(list);
        return error_set(err, ASSURE_DATA, "out of memory");
    }
    /* money in full, as the other reports write it; GBP where the
     * terminal cannot show £ (text and md only: files are UTF-8) */
    bool people = request->format == FORMAT_TEXT || request->format == FORMAT_MD;
    headline_style style = {HEADLINE_REPORT, request->utf8, people && !cli_utf8()};
    for (size_t i = 0; i < n; i++) {
        exception_words words;
        exception_describe(&sources, &list[i], style, &words);
        output_row(table, false);
        output_integer(table, (long long)(i + 1), true);
        output_rag(table, list[i].rating);
        output_text(table, words.area);
        output_text(table, words.ref);
        output_text(table, words.name);
        output_text(table, words.detail);
    }
    free(list);
    char title[1200], when[32], footer[300];
    date_format(when, sizeof when, p->today);
    snprintf(title, sizeof title, "%s: exceptions as at %s, worst first", request->cfg->programme_name, when);
    if (n == 0)
        snprintf(footer, sizeof footer,
                 "None: no red lines, hot spots, teams under target or overdue risks.");
    else
        snprintf(
            footer, sizeof footer,
            "%zu exception%s: red before amber, then the largest gap, shortfall, overspend or score first.",
            n, n == 1 ? "" : "s");
    output_options options = {
        request->format, request->width, request->colour, request->utf8, title, footer, 0};
    output_write(table, &options, stdout);
    output_table_free(table);
    return ASSURE_OK;
}

assure_status report_exceptions(const report_request *request, assure_error *err)
{
    programme *p = malloc(sizeof *p);
    if (p == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    assure_status status = cli_programme_load(
        request->store, request->cfg, request->has_as_at ? &request->as_at : NULL, request->today, p, err);
    if (status == ASSURE_OK) {
        status = write_exceptions(request, p, err);
        programme_free(p);
    }
    free(p);
    return status;
}
