/* common.c - opening the store, the programme as the commands read it, output and options. */
#include "common.h"

#include <errno.h>
#include <langinfo.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
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

assure_status cli_store_open(const assure_config *cfg, const cli_store_use *use, store **out,
                             assure_error *err)
{
    store_open_report ignored;
    store_open_report *report = use->report != NULL ? use->report : &ignored;
    memset(report, 0, sizeof *report);
    *out = NULL;
    if (cfg->database_path[0] == '\0')
        return error_set(err, ASSURE_USAGE,
                         "no database given: use --db PATH, set ASSURE_DB, or set [database] path in "
                         "assure.ini (make one with 'assure init PATH')");
    /* The dashboard with --read-only reads only (and offers no editing). */
    store_mode mode = use->live && cfg->read_only ? STORE_READ_ONLY : use->mode;
    if (cfg->read_only && mode == STORE_READ_WRITE)
        return error_set(err, ASSURE_USAGE,
                         "--read-only was given, and this command changes the database; nothing was written");
    store *s;
    assure_status status = store_open_programme(cfg->database_path, cfg->database_programme, mode, &s, report, err);
    if (status != ASSURE_OK)
        return status;
    store_set_busy_timeout(s, cfg->busy_timeout);
    store_on_wait(s, report_wait, NULL);
    if (report->migrated)
        cli_warn("%s: upgraded from schema version %d to %d; the old file is kept as %s", cfg->database_path,
                 report->found_version, STORE_SCHEMA_VERSION, report->backup);
    if (mode == STORE_READ_ONLY && !use->live) {
        status = store_read_begin(s, err);
        if (status != ASSURE_OK) {
            store_close(s);
            return status;
        }
    }
    *out = s;
    return ASSURE_OK;
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
    cli_store_use use = {mode, false, NULL};
    return cli_store_open(cfg, &use, out, err);
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

int cli_terminal_width(void)
{
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    const char *columns = getenv("COLUMNS");
    return columns != NULL && atoi(columns) > 0 ? atoi(columns) : 80;
}

void cli_write_cut(FILE *out, const char *text, size_t width, bool utf8)
{
    if (text_width(text) <= width) {
        fputs(text, out);
        return;
    }
    size_t mark = utf8 ? 1 : 3; /* the columns "…" or "..." takes */
    if (width < mark) {         /* no room for the mark: dots as far as they go */
        fprintf(out, "%.*s", (int)width, "...");
        return;
    }
    fwrite(text, 1, text_bytes_for_width(text, width - mark), out);
    fputs(utf8 ? "…" : "...", out);
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
                                 calendar_date today, programme *out, assure_error *err)
{
    indicator_settings settings = {cfg->savings, cfg->staffing, cfg->reviews, cfg->risks, cfg->final_fy};
    finance_settings finance = {cfg->roi_principle, cfg->fee_guarantee};
    programme_scope scope = {as_at, 1, false};
    return programme_load(s, &settings, finance, today, &scope, out, err);
}

assure_status cli_compute_overview(store *s, const assure_config *cfg, const calendar_date *as_at,
                                   calendar_date today, overview *out, assure_error *err)
{
    programme *p = malloc(sizeof *p);
    if (p == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    assure_status status = cli_programme_load(s, cfg, as_at, today, p, err);
    if (status == ASSURE_OK) {
        *out = p->overview;
        programme_free(p);
    }
    free(p);
    return status;
}
