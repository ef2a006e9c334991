/* report.c - assure report PANEL: the computed indicators of one panel, with
 * exactly the columns of SPEC §6.2, from the same domain functions the
 * screens use. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "calendar.h"
#include "cli.h"
#include "common.h"
#include "output.h"
#include "overview.h"
#include "report.h"
#include "view_output.h"
#include "view_reviews.h"
#include "view_risks.h"
#include "view_staffing.h"

/* Which of names (NULL-ended) text is, or -1. */
static int choice(const char *text, const char *const *names)
{
    for (int i = 0; names[i] != NULL; i++)
        if (strcmp(text, names[i]) == 0)
            return i;
    return -1;
}

output_table *report_rows_table(const report_request *request, const output_column *columns, size_t ncolumns)
{
    output_table *table = output_table_new(columns, ncolumns);
    if (table != NULL)
        output_stream(table, request->format, stdout);
    return table;
}

/* ---- staffing ---- */

/* The staffing view written as the report: its rows and their total (for
 * people), or with --group one row per group. */
typedef struct {
    output_table *table;
    bool grouped;
    bool all; /* --group all: one row, no total */
} staffing_report;

static bool staffing_report_row(void *context, const view_row *row)
{
    staffing_report *r = context;
    output_table *table = r->table;
    const view_column *columns = staffing_view_columns;
    size_t n = STAFFING_COLUMN_COUNT;
    switch (row->kind) {
    case VIEW_ROW_LINE:
        if (r->grouped)
            return true;
        return output_row(table, false) && view_output_cells(table, columns, n, 0, row);
    case VIEW_ROW_SUBTOTAL:
        return output_row(table, false) && output_text(table, row->label) &&
               view_output_cells(table, columns, n, STAFFING_COL_ESTABLISHMENT, row);
    case VIEW_ROW_TOTAL:
    case VIEW_ROW_PIPELINE:
        if (r->all)
            return true;
        if (r->grouped)
            return output_row(table, true) && output_text(table, "Total") &&
                   view_output_cells(table, columns, n, STAFFING_COL_ESTABLISHMENT, row);
        /* "Total" where an area goes */
        return output_row(table, true) && output_text(table, "") && output_text(table, "Total") &&
               view_output_cells(table, columns, n, STAFFING_COL_ROLE, row);
    }
    return true;
}

/* The snapshot date to report: the latest on or before --as-at, else the latest. */
static assure_status staffing_date(const report_request *request, char date[11], assure_error *err)
{
    return store_latest_staffing_date(request->store, request->has_as_at ? request->as_at_iso : NULL, date,
                                      err);
}

static assure_status report_staffing(const report_request *request, assure_error *err)
{
    char date[11];
    assure_status status = staffing_date(request, date, err);
    if (status == ASSURE_OK && date[0] == '\0' && request->has_as_at) {
        /* Nothing held by that date is a finding about the data, not a blank
         * table (none held at all is an empty report, as without --as-at). */
        char(*dates)[11] = NULL;
        size_t count = 0;
        status = store_staffing_dates(request->store, &dates, &count, err);
        if (status == ASSURE_OK && count > 0)
            status = error_set(err, ASSURE_DATA,
                               "report staffing --as-at %s: no staffing data on or before %s: the earliest "
                               "held is %s",
                               request->as_at_iso, request->as_at_iso, dates[0]);
        free(dates);
    }
    if (status != ASSURE_OK)
        return status;
    staffing_set set;
    status = store_load_staffing(request->store, date, &set, err);
    if (status != ASSURE_OK)
        return status;
    /* the snapshot's date as SPEC §1 writes dates: ISO 8601 */
    char title[256], when[32] = "";
    if (date[0] != '\0')
        snprintf(when, sizeof when, "%s", date);
    staffing_view view = {&set, NULL, request->cfg->staffing, STAFFING_BY_NONE};
    staffing_report report = {NULL, request->group != NULL, false};
    output_column columns[STAFFING_COLUMN_COUNT + 1];
    if (request->group != NULL) {
        static const char *const groupings[] = {"all", "area", "role", NULL};
        static const staffing_grouping by_choice[] = {STAFFING_BY_ALL, STAFFING_BY_AREA, STAFFING_BY_ROLE};
        int by = choice(request->group, groupings);
        if (by < 0) {
            staffing_set_free(&set);
            return error_set(err, ASSURE_USAGE, "report staffing --group %s: expected area, role or all",
                             request->group);
        }
        view.grouping = by_choice[by];
        report.all = view.grouping == STAFFING_BY_ALL;
        /* a first column named after the field grouped by, then the figures */
        columns[0] = (output_column){
            report.all ? "group" : request->group,
            report.all ? "Group"
                       : staffing_view_columns[by == 1 ? STAFFING_COL_AREA : STAFFING_COL_ROLE].heading,
            JSON_STRING,
            false,
            1,
            true};
        size_t n = view_output_columns(staffing_view_columns, STAFFING_COLUMN_COUNT,
                                       STAFFING_COL_ESTABLISHMENT, columns + 1);
        report.table = output_table_new(columns, n + 1);
        snprintf(title, sizeof title, "Staffing by %s, as at %s", report.all ? "service" : request->group,
                 when);
    } else {
        size_t n = view_output_columns(staffing_view_columns, STAFFING_COLUMN_COUNT, 0, columns);
        report.table = report_rows_table(request, columns, n);
        snprintf(title, sizeof title, "Staffing as at %s (uncovered: vacancy not covered by agency staff)",
                 when);
    }
    if (date[0] == '\0')
        snprintf(title, sizeof title, "Staffing: no staffing data is held yet");
    if (report.table != NULL && !staffing_view_rows(&view, staffing_report_row, &report)) {
        output_table_free(report.table);
        report.table = NULL;
    }
    output_options options = {
        request->format, request->width, request->colour, request->utf8, title, NULL, 0};
    if (report.table != NULL)
        output_write(report.table, &options, stdout);
    output_table_free(report.table);
    staffing_set_free(&set);
    return report.table != NULL ? ASSURE_OK : error_set(err, ASSURE_DATA, "out of memory");
}

/* ---- reviews ---- */

/* The reviews view written as the report: every period of every team, or
 * with --group one row per group. */
static bool reviews_report_row(void *context, const view_row *row)
{
    output_table *table = context;
    const view_column *columns = reviews_view_columns;
    switch (row->kind) {
    case VIEW_ROW_LINE:
        return output_row(table, false) && view_output_cells(table, columns, REVIEWS_COLUMN_COUNT, 0, row);
    case VIEW_ROW_SUBTOTAL:
        return output_row(table, false) && output_text(table, row->label) &&
               view_output_cells(table, columns, REVIEWS_COLUMN_COUNT, REVIEWS_COL_FTE, row);
    case VIEW_ROW_TOTAL:
    case VIEW_ROW_PIPELINE: break;
    }
    return true;
}

/* Only the groups: what a line of them holds is in the report without --group. */
static bool reviews_report_group(void *context, const view_row *row)
{
    return row->kind == VIEW_ROW_LINE || reviews_report_row(context, row);
}

static assure_status report_reviews(const report_request *request, assure_error *err)
{
    reviews_set set;
    assure_status status = store_load_reviews(request->store, &set, err);
    if (status != ASSURE_OK)
        return status;
    /* As staffing: none started by --as-at is a finding about the data (rows come by period_start). */
    if (request->has_as_at && set.count > 0 && strcmp(set.rows[0].period_start, request->as_at_iso) > 0) {
        status =
            error_set(err, ASSURE_DATA,
                      "report reviews --as-at %s: no review period started on or before %s: the earliest "
                      "held starts %s",
                      request->as_at_iso, request->as_at_iso, set.rows[0].period_start);
        reviews_set_free(&set);
        return status;
    }
    reviews_thresholds thresholds = request->cfg->reviews;
    char title[256];
    reviews_view view = {.set = &set,
                         .thresholds = thresholds,
                         .grouping = REVIEWS_EVERY_PERIOD,
                         .until = request->has_as_at ? request->as_at_iso : NULL};
    output_column columns[REVIEWS_COLUMN_COUNT + 1];
    output_table *table;
    if (request->group != NULL) {
        static const char *const groupings[] = {"all", "team", "period", NULL};
        static const reviews_grouping by_choice[] = {REVIEWS_ALL, REVIEWS_BY_TEAM, REVIEWS_BY_PERIOD};
        int by = choice(request->group, groupings);
        if (by < 0) {
            reviews_set_free(&set);
            return error_set(err, ASSURE_USAGE, "report reviews --group %s: expected team, period or all",
                             request->group);
        }
        view.grouping = by_choice[by];
        /* a first column named after the field grouped by, then the figures */
        columns[0] = (output_column){
            by == 0 ? "group" : request->group,
            by == 0 ? "Group" : reviews_view_columns[by == 1 ? REVIEWS_COL_TEAM : REVIEWS_COL_PERIOD].heading,
            JSON_STRING,
            false,
            1,
            true};
        size_t n =
            view_output_columns(reviews_view_columns, REVIEWS_COLUMN_COUNT, REVIEWS_COL_FTE, columns + 1);
        table = output_table_new(columns, n + 1);
        snprintf(title, sizeof title, "Review throughput by %s", by == 0 ? "service" : request->group);
    } else {
        size_t n = view_output_columns(reviews_view_columns, REVIEWS_COLUMN_COUNT, 0, columns);
        table = report_rows_table(request, columns, n);
        char rate[16];
        decimal_format(rate, sizeof rate, decimal_of(thresholds.target_per_fte_week, 2));
        snprintf(
            title, sizeof title,
            "Review throughput by team and period (target %s per FTE per week unless a team has its own)",
            rate);
    }
    if (table != NULL &&
        !reviews_view_rows(&view, request->group != NULL ? reviews_report_group : reviews_report_row,
                           table)) {
        output_table_free(table);
        table = NULL;
    }
    output_options options = {
        request->format, request->width, request->colour, request->utf8, title, NULL, 0};
    if (table != NULL)
        output_write(table, &options, stdout);
    output_table_free(table);
    reviews_set_free(&set);
    return table != NULL ? ASSURE_OK : error_set(err, ASSURE_DATA, "out of memory");
}

/* ---- risks ---- */

typedef struct {
    output_table *table;
    bool grouped;
    size_t unscored; /* risks listed without scores */
} risks_report;

/* A risk's row, or grouped a group's tally; the unscored counted for a note. */
static bool risks_report_row(void *context, const view_row *row)
{
    risks_report *r = context;
    if (row->kind == VIEW_ROW_LINE) {
        r->unscored += !row->cells[RISKS_COL_SCORE].defined;
        if (r->grouped)
            return true;
        return output_row(r->table, false) &&
               view_output_cells(r->table, risks_view_columns, RISKS_COLUMN_COUNT, 0, row);
    }
    return output_row(r->table, false) && output_text(r->table, row->label) &&
           view_output_cells(r->table, risks_tally_columns, RISKS_TALLY_COUNT, 0, row);
}

static assure_status report_risks(const report_request *request, assure_error *err)
{
    risks_set set;
    assure_status status = store_load_risks(request->store, &set, err);
    if (status != ASSURE_OK)
        return status;
    calendar_date today = request->has_as_at ? request->as_at : request->today;
    char title[256], when[32];
    date_format(when, sizeof when, today);
    /* open risks, highest score first */
    risks_view view = {.set = &set, .bands = request->cfg->risks, .today = today, .highest_first = true};
    risks_report report = {NULL, request->group != NULL, 0};
    output_column columns[RISKS_COLUMN_COUNT + 1];
    if (request->group != NULL) {
        static const char *const groupings[] = {"rating", "category", "owner", NULL};
        static const risks_grouping by_choice[] = {RISKS_BY_RATING, RISKS_BY_CATEGORY, RISKS_BY_OWNER};
        static const risks_column named[] = {RISKS_COL_RATING, RISKS_COL_CATEGORY, RISKS_COL_OWNER};
        int by = choice(request->group, groupings);
        if (by < 0) {
            risks_set_free(&set);
            return error_set(err, ASSURE_USAGE, "report risks --group %s: expected rating, category or owner",
                             request->group);
        }
        view.grouping = by_choice[by];
        /* a first column named after the field grouped by, then the tally */
        columns[0] = (output_column){
            request->group, risks_view_columns[named[by]].heading, JSON_STRING, false, 1, true};
        size_t n = view_output_columns(risks_tally_columns, RISKS_TALLY_COUNT, 0, columns + 1);
        report.table = output_table_new(columns, n + 1);
        snprintf(title, sizeof title, "Open risks by %s, as at %s", request->group, when);
    } else {
        size_t n = view_output_columns(risks_view_columns, RISKS_COLUMN_COUNT, 0, columns);
        report.table = report_rows_table(request, columns, n);
        snprintf(title, sizeof title, "Open risks, highest score first, as at %s", when);
    }
    if (report.table != NULL && !risks_view_rows(&view, risks_report_row, &report)) {
        output_table_free(report.table);
        report.table = NULL;
    }
    char footer[160] = "";
    if (report.unscored > 0)
        snprintf(footer, sizeof footer, "%zu unscored (listed last): give %s a likelihood and impact",
                 report.unscored, report.unscored == 1 ? "it" : "each");
    output_options options = {
        request->format, request->width, request->colour, request->utf8, title, footer[0] ? footer : NULL, 0};
    if (report.table != NULL)
        output_write(report.table, &options, stdout);
    output_table_free(report.table);
    risks_set_free(&set);
    return report.table != NULL ? ASSURE_OK : error_set(err, ASSURE_DATA, "out of memory");
}

/* ---- dispatch ---- */

/* The options beyond --format and --width (which every report takes), and
 * which reports take each: one table for parsing, refusing and help. */
enum {
    REPORT_GROUP,
    REPORT_FY,
    REPORT_AS_AT,
    REPORT_SINCE,
    REPORT_ROWS,
    REPORT_OWNER,
    REPORT_OVERDUE,
    REPORT_DUE_BEFORE,
    REPORT_WORKSTREAM,
    REPORT_ALL,
    REPORT_ALL_PROGRAMMES,
    REPORT_OPTION_COUNT
};
static const char *const report_option_names[REPORT_OPTION_COUNT] = {
    "--group", "--fy",      "--as-at",      "--since",      "--rows",
    "--owner", "--overdue", "--due-before", "--workstream", "--all", "--all-programmes"};
#define TAKES(o) (1u << (o))

typedef assure_status (*report_fn)(const report_request *, assure_error *);
static const struct {
    const char *name;
    report_fn fn;
    unsigned takes; /* TAKES(REPORT_GROUP) | ... */
} reports[] = {
    {"overview", report_overview, TAKES(REPORT_AS_AT) | TAKES(REPORT_SINCE) | TAKES(REPORT_ALL_PROGRAMMES)},
    {"savings", report_savings, TAKES(REPORT_GROUP) | TAKES(REPORT_FY)},
    {"staffing", report_staffing, TAKES(REPORT_GROUP) | TAKES(REPORT_AS_AT)},
    {"reviews", report_reviews, TAKES(REPORT_GROUP) | TAKES(REPORT_AS_AT)},
    {"risks", report_risks, TAKES(REPORT_GROUP) | TAKES(REPORT_AS_AT)},
    {"bridge", report_bridge, TAKES(REPORT_FY) | TAKES(REPORT_ROWS)},
    {"kpis", report_kpis, TAKES(REPORT_AS_AT)},
    {"kpi_values", report_kpi_values, TAKES(REPORT_AS_AT)},
    {"costs", report_costs, 0},
    {"slippage", report_slippage, TAKES(REPORT_SINCE)},
    {"exceptions", report_exceptions, TAKES(REPORT_AS_AT)},
    {"actions", report_actions,
     TAKES(REPORT_AS_AT) | TAKES(REPORT_OWNER) | TAKES(REPORT_OVERDUE) | TAKES(REPORT_DUE_BEFORE)},
    {"issues", report_issues, 0},
    {"decisions", report_decisions, 0},
    {"milestones", report_milestones,
     TAKES(REPORT_AS_AT) | TAKES(REPORT_SINCE) | TAKES(REPORT_OVERDUE) | TAKES(REPORT_WORKSTREAM)},
    {"highlights", report_highlights, TAKES(REPORT_AS_AT) | TAKES(REPORT_WORKSTREAM) | TAKES(REPORT_ALL)},
    {"pack", report_pack, TAKES(REPORT_SINCE)},
    {"workstreams", report_workstreams, TAKES(REPORT_AS_AT)},
    {"signoffs", report_signoffs, TAKES(REPORT_AS_AT)},
};

/* An option the report does not take: a usage error naming the reports that do. */
static assure_status refuse_option(const char *panel, unsigned option, assure_error *err)
{
    char which[256] = "";
    size_t total = 0, shown = 0, n = sizeof reports / sizeof reports[0];
    for (size_t r = 0; r < n; r++)
        total += (reports[r].takes & TAKES(option)) != 0;
    for (size_t r = 0; r < n; r++) {
        if ((reports[r].takes & TAKES(option)) == 0)
            continue;
        size_t used = strlen(which);
        snprintf(which + used, sizeof which - used, "%s%s",
                 shown == 0           ? ""
                 : shown + 1 == total ? " and "
                                      : ", ",
                 reports[r].name);
        shown++;
    }
    return error_set(err, ASSURE_USAGE,
                     "report %s: %s does not apply; it applies to %s only (see assure --help)", panel,
                     report_option_names[option], which);
}

assure_status cli_report(int argc, char **argv, const assure_config *cfg, assure_error *err)
{
    unsigned given = 0; /* TAKES() of each option given */
    report_request request;
    memset(&request, 0, sizeof request);
    request.cfg = cfg;
    request.format = FORMAT_TEXT;
    const char *panel = argc > 0 && argv[0][0] != '-' ? argv[0] : "overview";
    int i = argc > 0 && argv[0][0] != '-' ? 1 : 0;
    for (; i < argc; i++) {
        const char *value;
        if (cli_option("--format", argc, argv, &i, &value)) {
            if (value == NULL || !output_format_parse(value, 0xF, &request.format))
                return error_set(err, ASSURE_USAGE, "report --format: expected text, csv, md or json");
        } else if (cli_option("--group", argc, argv, &i, &value)) {
            if (value == NULL)
                return error_set(err, ASSURE_USAGE, "report --group needs a field");
            request.group = value;
            given |= TAKES(REPORT_GROUP);
        } else if (cli_option("--fy", argc, argv, &i, &value)) {
            const char *why = "";
            if (value != NULL && fy_is_later(value))
                request.fy = FY_LATER; /* the later years: "--fy later" */
            else if (value == NULL || !fy_parse(value, &request.fy, &why))
                return error_set(err, ASSURE_USAGE, "report --fy %s: %s", value ? value : "",
                                 value ? why : "needs a year");
            given |= TAKES(REPORT_FY);
        } else if (cli_option("--as-at", argc, argv, &i, &value)) {
            const char *why = "";
            if (value == NULL || !date_parse(value, &request.as_at, &why))
                return error_set(err, ASSURE_USAGE, "report --as-at %s: %s", value ? value : "",
                                 value ? why : "needs a date");
            request.has_as_at = true;
            given |= TAKES(REPORT_AS_AT);
            date_format(request.as_at_iso, sizeof request.as_at_iso, request.as_at);
        } else if (cli_option("--since", argc, argv, &i, &value)) {
            if (value == NULL)
                return error_set(err, ASSURE_USAGE, "report --since needs a snapshot label or date");
            request.since = value;
            given |= TAKES(REPORT_SINCE);
        } else if (cli_option("--owner", argc, argv, &i, &value)) {
            if (value == NULL)
                return error_set(err, ASSURE_USAGE, "report --owner needs a name");
            request.owner = value;
            given |= TAKES(REPORT_OWNER);
        } else if (cli_option("--workstream", argc, argv, &i, &value)) {
            if (value == NULL)
                return error_set(err, ASSURE_USAGE, "report --workstream needs a workstream's name");
            request.workstream = value;
            given |= TAKES(REPORT_WORKSTREAM);
        } else if (strcmp(argv[i], "--all-programmes") == 0) {
            given |= TAKES(REPORT_ALL_PROGRAMMES);
        } else if (strcmp(argv[i], "--all") == 0) {
            request.all = true;
            given |= TAKES(REPORT_ALL);
        } else if (strcmp(argv[i], "--overdue") == 0) {
            request.overdue = true;
            given |= TAKES(REPORT_OVERDUE);
        } else if (cli_option("--due-before", argc, argv, &i, &value)) {
            const char *why = "";
            if (value == NULL || !date_parse(value, &request.due_before, &why))
                return error_set(err, ASSURE_USAGE, "report --due-before %s: %s", value ? value : "",
                                 value ? why : "needs a date");
            request.has_due_before = true;
            given |= TAKES(REPORT_DUE_BEFORE);
        } else if (strcmp(argv[i], "--rows") == 0) {
            request.rows = true;
            given |= TAKES(REPORT_ROWS);
        } else if (cli_option("--width", argc, argv, &i, &value)) {
            request.width = value != NULL ? atoi(value) : 0;
            if (request.width < 20 || request.width > 1000)
                return error_set(err, ASSURE_USAGE,
                                 "report --width: expected a number of columns from 20 to 1000");
        } else {
            return error_set(err, ASSURE_USAGE, "report: unknown option %s (see assure --help)", argv[i]);
        }
    }
    bool terminal = isatty(STDOUT_FILENO) != 0;
    if (request.width == 0)
        request.width = terminal ? cli_terminal_width() : 1000;
    const char *term = getenv("TERM");
    request.colour = terminal && cfg->colour != COLOUR_NEVER && !(term != NULL && strcmp(term, "dumb") == 0);
    request.utf8 = cfg->charset == CHARSET_UTF8 || (cfg->charset == CHARSET_AUTO && cli_utf8());
    request.today = config_today(cfg);

    if (strcmp(panel, "plan") == 0)
        panel = "milestones"; /* the Plan panel's rows */
    report_fn fn = NULL;
    unsigned takes = 0;
    for (size_t r = 0; r < sizeof reports / sizeof reports[0]; r++)
        if (strcmp(panel, reports[r].name) == 0) {
            fn = reports[r].fn;
            takes = reports[r].takes;
        }
    if (fn == NULL)
        return error_set(
            err, ASSURE_USAGE,
            "report: unknown panel '%s'; panels: overview, savings, staffing, reviews, risks, bridge, "
            "kpis, kpi_values, costs, slippage, exceptions, actions, issues, decisions, milestones, "
            "highlights, pack, workstreams, signoffs",
            panel);
    for (unsigned o = 0; o < REPORT_OPTION_COUNT; o++)
        if ((given & ~takes & (1u << o)) != 0)
            return refuse_option(panel, o, err);
    if ((given & TAKES(REPORT_ALL_PROGRAMMES)) != 0) {
        if ((given & TAKES(REPORT_SINCE)) != 0)
            return error_set(err, ASSURE_USAGE,
                             "report overview: --since is for one programme's snapshots, not --all-programmes");
        if (cfg->database_path[0] == '\0')
            return error_set(err, ASSURE_USAGE, "no database given: use --db LOCATION, or set ASSURE_DB");
        assure_status status = report_overview_programmes(&request, err);
        return status == ASSURE_OK ? cli_output_status(err) : status;
    }
    assure_status status = cli_open_store(cfg, STORE_READ_ONLY, &request.store, err);
    if (status != ASSURE_OK)
        return status;
    status = fn(&request, err);
    if (status == ASSURE_OK)
        status = cli_output_status(err);
    store_close(request.store);
    return status;
}
