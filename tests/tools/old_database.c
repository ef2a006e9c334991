/* old_database - databases as an older assure left them, for the sample and
 * the tests of upgrading.
 *
 *   old_database create PATH VERSION   a new, empty database at schema VERSION
 *   old_database upgrade PATH WHO AT   bring it up to date, as WHO at AT (UTC,
 *                                      2026-11-20T17:00:00Z) where the audit
 *                                      chain starts, so that a build from the
 *                                      same sources gives the same file
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_internal.h"

static store *open_raw(const char *path, assure_error *err)
{
    store *s = calloc(1, sizeof *s);
    if (s == NULL || (s->path = strdup(path)) == NULL) {
        free(s);
        error_set(err, ASSURE_DATA, "out of memory");
        return NULL;
    }
    if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
        store_sqlite_error(s, "cannot open", err);
        store_close(s);
        return NULL;
    }
    sqlite3_extended_result_codes(s->db, 1);
    store_note_file(s);
    return s;
}

int main(int argc, char **argv)
{
    assure_error err = {""};
    assure_status status = ASSURE_USAGE;
    if (argc == 4 && strcmp(argv[1], "create") == 0) {
        store *s = open_raw(argv[2], &err);
        status = s == NULL ? ASSURE_DATA : ASSURE_OK;
        char pragma[64];
        snprintf(pragma, sizeof pragma, "PRAGMA application_id = %d", STORE_APPLICATION_ID);
        if (status == ASSURE_OK)
            status = store_exec(s, pragma, &err);
        if (status == ASSURE_OK)
            status = store_migrate_to(s, atoi(argv[3]), &err);
        store_close(s);
    } else if (argc == 5 && strcmp(argv[1], "upgrade") == 0) {
        store *s = open_raw(argv[2], &err);
        audit_actor actor = {argv[4], argv[3], "", ""};
        status = s == NULL ? ASSURE_DATA : store_exec(s, "PRAGMA foreign_keys = ON", &err);
        if (status == ASSURE_OK)
            status = store_migrate_as(s, STORE_SCHEMA_VERSION, &actor, &err);
        store_close(s);
    } else {
        fprintf(stderr, "usage: old_database create PATH VERSION | upgrade PATH WHO AT\n");
        return ASSURE_USAGE;
    }
    if (status != ASSURE_OK)
        fprintf(stderr, "old_database: %s\n", err.message);
    return status;
}
