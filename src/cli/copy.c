/* copy.c - assure copy --from LOCATION --to LOCATION: a whole programme
 * database copied into a new one, on the same engine or the other, and
 * checked row for row (the store's copy says how). */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "store.h"

/* Where the copy comes from and goes to: a location and a programme in it. */
typedef struct copy_ends {
    const char *from, *to;
    const char *from_programme, *to_programme;
} copy_ends;

static assure_status programme_option(const char *name, const char *value, const char **out, assure_error *err)
{
    if (value == NULL || !store_programme_name_ok(value))
        return error_set(err, ASSURE_USAGE,
                         "%s needs a programme name: lower-case letters, digits and _, starting with a letter",
                         name);
    *out = value;
    return ASSURE_OK;
}

static assure_status parse(int argc, char **argv, copy_ends *ends, assure_error *err)
{
    const char **from = &ends->from, **to = &ends->to;
    for (int i = 0; i < argc; i++) {
        const char *value;
        assure_status status = ASSURE_OK;
        if (cli_option("--from-programme", argc, argv, &i, &value))
            status = programme_option("--from-programme", value, &ends->from_programme, err);
        else if (cli_option("--to-programme", argc, argv, &i, &value))
            status = programme_option("--to-programme", value, &ends->to_programme, err);
        else if (cli_option("--from", argc, argv, &i, &value)) {
            if (value == NULL || value[0] == '\0')
                return error_set(err, ASSURE_USAGE, "--from needs a database");
            *from = value;
        } else if (cli_option("--to", argc, argv, &i, &value)) {
            if (value == NULL || value[0] == '\0')
                return error_set(err, ASSURE_USAGE, "--to needs a database");
            *to = value;
        } else {
            return error_set(err, ASSURE_USAGE,
                             "copy: unknown argument %s (usage: assure copy --from DB --to DB "
                             "[--from-programme NAME] [--to-programme NAME])",
                             argv[i]);
        }
        if (status != ASSURE_OK)
            return status;
    }
    if (*from == NULL || *to == NULL)
        return error_set(err, ASSURE_USAGE, "usage: assure copy --from DB --to DB (both are needed)");
    return ASSURE_OK;
}

/* Make the target, copy into it and check it; on failure, the target made is taken away. */
static assure_status copy_into(store *from, const copy_ends *ends, const assure_config *cfg,
                               store_copy_report *report, assure_error *err)
{
    assure_status status = store_create_programme(ends->to, ends->to_programme, err);
    if (status != ASSURE_OK)
        return status;
    store *to;
    status = store_open_programme(ends->to, ends->to_programme, STORE_READ_WRITE, &to, NULL, err);
    if (status == ASSURE_OK) {
        store_set_busy_timeout(to, cfg->busy_timeout);
        status = store_copy(from, to, report, err);
        store_close(to);
    }
    if (status != ASSURE_OK) {
        assure_error removing;
        bool removed = store_remove_made(ends->to, ends->to_programme, &removing) == ASSURE_OK;
        size_t n = strlen(err->message);
        if (store_location_is_postgresql(ends->to))
            snprintf(err->message + n, sizeof err->message - n,
                     removed ? " (the programme %s the copy made was removed)"
                             : " (the programme %s the copy made is left: remove it before copying again)",
                     ends->to_programme);
        else
            snprintf(err->message + n, sizeof err->message - n, "%s",
                     removed ? " (the new file was removed)" : " (the new file is left: remove it)");
    }
    return status;
}

/* A programme not named is the one --programme names on a PostgreSQL
 * database (main on a SQLite file); the target's, the source's name. */
static void default_programmes(copy_ends *ends, const assure_config *cfg)
{
    const char *chosen = cfg->database_programme[0] != '\0' ? cfg->database_programme : "main";
    if (ends->from_programme == NULL)
        ends->from_programme = store_location_is_postgresql(ends->from) ? chosen : "main";
    if (ends->to_programme == NULL)
        ends->to_programme = store_location_is_postgresql(ends->to) ? ends->from_programme : "main";
}

assure_status cli_copy(int argc, char **argv, const assure_config *cfg, assure_error *err)
{
    copy_ends ends = {0};
    assure_status status = parse(argc, argv, &ends, err);
    if (status != ASSURE_OK)
        return status;
    default_programmes(&ends, cfg);
    if (cfg->read_only)
        return error_set(err, ASSURE_USAGE,
                         "--read-only was given, and copy creates a database; nothing was written");
    struct stat info;
    if (!store_location_is_postgresql(ends.to) && lstat(ends.to, &info) == 0)
        return error_set(err, ASSURE_USAGE, "%s: already exists; assure copy makes only new databases", ends.to);
    /* The source first: when it cannot be read, no target is made. */
    store *from;
    status = store_open_programme(ends.from, ends.from_programme, STORE_READ_ONLY, &from, NULL, err);
    if (status != ASSURE_OK)
        return status;
    store_set_busy_timeout(from, cfg->busy_timeout);
    store_copy_report report;
    status = copy_into(from, &ends, cfg, &report, err);
    store_close(from);
    if (status != ASSURE_OK)
        return status;
    for (size_t i = 0; i < report.count; i++)
        printf("%s  %lld rows\n", report.tables[i].table, report.tables[i].rows);
    printf("copied %lld rows in %zu tables; every row checked\n", report.rows, report.count);
    return cli_output_status(err);
}
