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

/* A location the PostgreSQL store opens, not a file. */
static bool is_postgresql(const char *location)
{
    return strncmp(location, "postgresql://", 13) == 0 || strncmp(location, "postgres://", 11) == 0;
}

/* Take away a database file this copy made and could not finish, with
 * what SQLite made beside it: nothing half-made is left to be mistaken for
 * a copy.  A PostgreSQL target keeps its empty schema (the copy's one
 * transaction was rolled back): the message says so. */
static void remove_made(const char *location)
{
    if (is_postgresql(location))
        return;
    static const char *const side[] = {"", "-wal", "-shm", "-journal"};
    for (size_t i = 0; i < sizeof side / sizeof side[0]; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s%s", location, side[i]);
        unlink(path);
    }
}

static assure_status parse(int argc, char **argv, const char **from, const char **to, assure_error *err)
{
    *from = *to = NULL;
    for (int i = 0; i < argc; i++) {
        const char *value;
        if (cli_option("--from", argc, argv, &i, &value)) {
            if (value == NULL || value[0] == '\0')
                return error_set(err, ASSURE_USAGE, "--from needs a database");
            *from = value;
        } else if (cli_option("--to", argc, argv, &i, &value)) {
            if (value == NULL || value[0] == '\0')
                return error_set(err, ASSURE_USAGE, "--to needs a database");
            *to = value;
        } else {
            return error_set(err, ASSURE_USAGE,
                             "copy: unknown argument %s (usage: assure copy --from DB --to DB)", argv[i]);
        }
    }
    if (*from == NULL || *to == NULL)
        return error_set(err, ASSURE_USAGE, "usage: assure copy --from DB --to DB (both are needed)");
    return ASSURE_OK;
}

/* Make the target, copy into it and check it; on failure, the target made is taken away. */
static assure_status copy_into(store *from, const char *to_location, const assure_config *cfg,
                               store_copy_report *report, assure_error *err)
{
    assure_status status = store_create(to_location, err);
    if (status != ASSURE_OK)
        return status;
    store *to;
    status = store_open(to_location, STORE_READ_WRITE, &to, NULL, err);
    if (status == ASSURE_OK) {
        store_set_busy_timeout(to, cfg->busy_timeout);
        status = store_copy(from, to, report, err);
        store_close(to);
    }
    if (status != ASSURE_OK) {
        remove_made(to_location);
        size_t n = strlen(err->message);
        snprintf(err->message + n, sizeof err->message - n, "%s",
                 is_postgresql(to_location) ? " (the database the copy made there is left: remove it before "
                                              "copying again)"
                                            : " (the new file was removed)");
    }
    return status;
}

assure_status cli_copy(int argc, char **argv, const assure_config *cfg, assure_error *err)
{
    const char *from_location, *to_location;
    assure_status status = parse(argc, argv, &from_location, &to_location, err);
    if (status != ASSURE_OK)
        return status;
    if (cfg->read_only)
        return error_set(err, ASSURE_USAGE,
                         "--read-only was given, and copy creates a database; nothing was written");
    struct stat info;
    if (!is_postgresql(to_location) && lstat(to_location, &info) == 0)
        return error_set(err, ASSURE_USAGE, "%s: already exists; assure copy makes only new databases",
                         to_location);
    /* The source first: when it cannot be read, no target is made. */
    store *from;
    status = store_open(from_location, STORE_READ_ONLY, &from, NULL, err);
    if (status != ASSURE_OK)
        return status;
    store_set_busy_timeout(from, cfg->busy_timeout);
    store_copy_report report;
    status = copy_into(from, to_location, cfg, &report, err);
    store_close(from);
    if (status != ASSURE_OK)
        return status;
    for (size_t i = 0; i < report.count; i++)
        printf("%s  %lld rows\n", report.tables[i].table, report.tables[i].rows);
    printf("copied %lld rows in %zu tables; every row checked\n", report.rows, report.count);
    return cli_output_status(err);
}
