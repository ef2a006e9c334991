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
    int width;
    bool colour, utf8;
    calendar_date today;
} report_request;

assure_status report_overview(const report_request *request, assure_error *err);
assure_status report_bridge(const report_request *request, assure_error *err);
assure_status report_kpis(const report_request *request, assure_error *err);

#endif
