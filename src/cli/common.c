/* common.c - the audit actor, opening the store, today's date, options. */
#include "common.h"

#include <errno.h>
#include <langinfo.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "calendar.h"
#include "text.h"

/* While a write waits for a colleague's: say so on stderr, then every ten seconds. */
static bool report_wait(void *context, const char *holder, int waited, int most)
{
    (void)context;
    if (waited == 1)
        cli_warn("waiting for the database: %s is writing to it; waiting up to %d s (nothing is written "
                 "meanwhile; Ctrl-C stops)",
                 holder[0] != '\0' ? holder : "another program", most);
    else if (waited % 10 == 0)
        cli_warn("still waiting for the database (%d s of %d)", waited, most);
    return true;
}

assure_status cli_open_database(const assure_config *cfg, store_mode mode, store **out,
                                store_open_report *report, assure_error *err)
{
    store_open_report ignored;
    if (report == NULL)
        report = &ignored;
    memset(report, 0, sizeof *report);
    if (cfg->database_path[0] == '\0')
        return error_set(err, ASSURE_USAGE,
                         "no database given: use --db PATH, set ASSURE_DB, or set [database] path in "
                         "assure.ini (make one with 'assure init PATH')");
    if (cfg->read_only && mode == STORE_READ_WRITE)
        return error_set(err, ASSURE_USAGE,
                         "--read-only was given, and this command changes the database; nothing was written");
    assure_status status = store_open(cfg->database_path, mode, out, report, err);
    if (status == ASSURE_OK) {
        store_set_busy_timeout(*out, cfg->busy_timeout);
        store_on_wait(*out, report_wait, NULL);
    }
    if (status == ASSURE_OK && report->migrated)
        cli_warn("%s: upgraded from schema version %d to %d; the old file is kept as %s", cfg->database_path,
                 report->found_version, STORE_SCHEMA_VERSION, report->backup);
    return status;
}

assure_status cli_open_store_report(const assure_config *cfg, store_mode mode, store **out,
                                    store_open_report *report, assure_error *err)
{
    assure_status status = cli_open_database(cfg, mode, out, report, err);
    if (status == ASSURE_OK && mode == STORE_READ_ONLY) {
        status = store_read_begin(*out, err);
        if (status != ASSURE_OK) {
            store_close(*out);
            *out = NULL;
        }
    }
    return status;
}

static assure_status output_failed(int cause, assure_error *err)
{
    return error_set(err, ASSURE_DATA, "writing standard output: %s", strerror(cause != 0 ? cause : EIO));
}

assure_status cli_output_status(assure_error *err)
{
    int cause = errno; /* before anything else can change it */
    return ferror(stdout) ? output_failed(cause, err) : ASSURE_OK;
}

assure_status cli_output_close(assure_error *err)
{
    fflush(stdout);
    assure_status status = cli_output_status(err);
    /* A standard output closed from the start, and never written to, has
     * nothing to lose; any other failure to close it may have lost data. */
    if (fclose(stdout) != 0 && status == ASSURE_OK && errno != EBADF)
        status = output_failed(errno, err);
    return status;
}

assure_status cli_open_store(const assure_config *cfg, store_mode mode, store **out, assure_error *err)
{
    return cli_open_store_report(cfg, mode, out, NULL, err);
}

bool cli_option(const char *name, int argc, char **argv, int *i, const char **value)
{
    size_t n = strlen(name);
    if (strncmp(argv[*i], name, n) != 0)
        return false;
    if (argv[*i][n] == '=') {
        *value = argv[*i] + n + 1;
        return true;
    }
    if (argv[*i][n] != '\0')
        return false;
    *value = *i + 1 < argc ? argv[++*i] : NULL;
    return true;
}

void cli_warn(const char *format, ...)
{
    char message[2048];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    /* a warning may quote data: nothing of it may act on the terminal */
    char shown[sizeof message * 8];
    text_visible(shown, sizeof shown, message);
    fprintf(stderr, "assure: %s\n", shown);
}

bool cli_utf8(void)
{
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

size_t cli_money(char *buf, size_t size, money value)
{
    char text[64];
    money_format(text, sizeof text, value);
    if (cli_utf8() || strncmp(text + (text[0] == '-'), "£", 2) != 0)
        return (size_t)snprintf(buf, size, "%s", text);
    bool negative = text[0] == '-';
    return (size_t)snprintf(buf, size, "%sGBP %s", negative ? "-" : "", text + (negative ? 3 : 2));
}

assure_status cli_programme_load(store *s, const assure_config *cfg, const calendar_date *as_at,
                                 calendar_date today, cli_programme *out, assure_error *err)
{
    memset(out, 0, sizeof *out);
    char limit[16] = "9999-12-31";
    if (as_at != NULL) {
        date_format(limit, sizeof limit, *as_at);
        today = *as_at;
    }
    out->today = today;
    out->settings =
        (indicator_settings){cfg->savings, cfg->staffing, cfg->reviews, cfg->risks, cfg->final_fy};
    assure_status status = store_load_savings(s, &out->savings, err);
    if (status != ASSURE_OK)
        return status;
    /* Staffing: the latest snapshot date on or before the limit. */
    char date[11] = "";
    status = store_latest_staffing_date(s, limit, date, err);
    if (status == ASSURE_OK)
        status = store_load_staffing(s, date, &out->staffing, err);
    /* Reviews: the latest period starting on or before the limit. */
    if (status == ASSURE_OK)
        status = store_load_recent_reviews(s, limit, 1, &out->reviews, err);
    if (status == ASSURE_OK)
        status = store_load_risks(s, &out->risks, err);
    if (status == ASSURE_OK)
        status = store_load_bridge(s, &out->bridge, err);
    if (status == ASSURE_OK)
        status = store_load_kpis(s, &out->kpis, err);
    if (status == ASSURE_OK)
        status = store_load_investment(s, &out->investment, err);
    if (status == ASSURE_OK) {
        /* KPI values after the limit were not known then */
        size_t kept = 0;
        for (size_t v = 0; v < out->kpis.nvalues; v++)
            if (strcmp(out->kpis.values[v].period, limit) <= 0)
                out->kpis.values[kept++] = out->kpis.values[v];
        out->kpis.nvalues = kept;
        overview_compute(&out->savings, &out->staffing, &out->reviews, &out->risks, &out->settings, today,
                         &out->overview);
        finance_settings finance = {cfg->roi_principle, cfg->fee_guarantee};
        overview_finance(&out->bridge, &out->kpis, &out->investment, finance, today, &out->overview);
    }
    if (status != ASSURE_OK)
        cli_programme_free(out);
    return status;
}

void cli_programme_free(cli_programme *p)
{
    savings_set_free(&p->savings);
    staffing_set_free(&p->staffing);
    reviews_set_free(&p->reviews);
    risks_set_free(&p->risks);
    bridge_set_free(&p->bridge);
    kpi_set_free(&p->kpis);
    investment_set_free(&p->investment);
}

assure_status cli_compute_overview(store *s, const assure_config *cfg, const calendar_date *as_at,
                                   calendar_date today, overview *out, assure_error *err)
{
    cli_programme *p = malloc(sizeof *p);
    if (p == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    assure_status status = cli_programme_load(s, cfg, as_at, today, p, err);
    if (status == ASSURE_OK) {
        *out = p->overview;
        cli_programme_free(p);
    }
    free(p);
    return status;
}
