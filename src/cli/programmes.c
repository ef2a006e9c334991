/* programmes.c - assure programmes: the programmes the database holds, a
 * name a line (a SQLite file holds one, main). */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "store.h"

assure_status cli_programmes(int argc, char **argv, const assure_config *cfg, assure_error *err)
{
    if (argc != 0)
        return error_set(err, ASSURE_USAGE, "programmes: unknown argument %s (usage: assure programmes)",
                         argv[0]);
    if (cfg->database_path[0] == '\0')
        return error_set(err, ASSURE_USAGE,
                         "no database given: use --db LOCATION, set ASSURE_DB, or set [database] path in "
                         "assure.ini");
    char **names;
    size_t count;
    assure_status status = store_programmes(cfg->database_path, &names, &count, err);
    if (status != ASSURE_OK)
        return status;
    for (size_t i = 0; i < count; i++) {
        printf("%s\n", names[i]);
        free(names[i]);
    }
    free(names);
    if (count == 0) {
        char shown[4096];
        store_location_shown(cfg->database_path, shown, sizeof shown);
        fprintf(stderr, "%s holds no programme yet; make one with 'assure --programme NAME init %s'\n", shown,
                shown);
    }
    return cli_output_status(err);
}
