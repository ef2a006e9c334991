/* common.c - the audit actor, opening the store, today's date, options. */
#include "common.h"

#include <langinfo.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "calendar.h"

void cli_actor_now(cli_actor *out, const char *source)
{
    time_t now = time(NULL);
    struct tm utc;
    gmtime_r(&now, &utc);
    strftime(out->at, sizeof out->at, "%Y-%m-%dT%H:%M:%SZ", &utc);
    const char *user = getenv("USER");
    if (user == NULL || *user == '\0') {
        struct passwd *entry = getpwuid(getuid());
        user = entry != NULL ? entry->pw_name : "unknown";
    }
    snprintf(out->who, sizeof out->who, "%s", user);
    /* $SSH_CLIENT is "address port port": keep the address. */
    const char *ssh = getenv("SSH_CLIENT");
    out->client[0] = '\0';
    if (ssh != NULL) {
        size_t n = strcspn(ssh, " ");
        snprintf(out->client, sizeof out->client, "%.*s",
                 (int)(n < sizeof out->client ? n : sizeof out->client - 1), ssh);
    }
    out->actor.at = out->at;
    out->actor.who = out->who;
    out->actor.client = out->client;
    out->actor.source = source != NULL ? source : "";
}

assure_status cli_open_store(const assure_config *cfg, store_mode mode, store **out, assure_error *err)
{
    if (cfg->database_path[0] == '\0')
        return error_set(err, ASSURE_USAGE,
                         "no database given: use --db PATH, set ASSURE_DB, or set [database] path in "
                         "assure.ini (make one with 'assure init PATH')");
    store_open_report report;
    assure_status status = store_open(cfg->database_path, mode, out, &report, err);
    if (status == ASSURE_OK && report.migrated)
        fprintf(stderr, "assure: %s: upgraded from schema version %d to %d; the old file is kept as %s\n",
                cfg->database_path, report.found_version, STORE_SCHEMA_VERSION, report.backup);
    return status;
}

assure_status cli_today(calendar_date *out, assure_error *err)
{
    const char *fixed = getenv("ASSURE_TODAY");
    if (fixed != NULL && *fixed != '\0') {
        const char *why = "";
        if (!date_parse(fixed, out, &why))
            return error_set(err, ASSURE_USAGE, "ASSURE_TODAY=%s: %s", fixed, why);
        return ASSURE_OK;
    }
    time_t now = time(NULL);
    struct tm local;
    localtime_r(&now, &local);
    out->year = local.tm_year + 1900;
    out->month = local.tm_mon + 1;
    out->day = local.tm_mday;
    return ASSURE_OK;
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
    va_list args;
    va_start(args, format);
    fputs("assure: ", stderr);
    vfprintf(stderr, format, args);
    fputc('\n', stderr);
    va_end(args);
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
