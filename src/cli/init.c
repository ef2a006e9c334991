/* init.c - assure init PATH. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "store.h"
#include "text.h"

assure_status cli_init(int argc, char **argv, const assure_config *cfg, assure_error *err)
{
    if (argc != 1 || argv[0][0] == '-')
        return error_set(err, ASSURE_USAGE, "usage: assure init PATH");
    if (cfg->read_only)
        return error_set(err, ASSURE_USAGE,
                         "--read-only was given, and init creates a database; nothing was written");
    assure_status status = store_create_programme(argv[0], cfg->database_programme, err);
    if (status == ASSURE_OK) {
        char location[4096], shown[4096];
        store_location_shown(argv[0], location, sizeof location);
        text_visible(shown, sizeof shown, location); /* a path may hold anything but '/' and NUL */
        if (store_location_is_postgresql(argv[0]))
            printf("created programme %s in %s: empty (schema version %d)\n",
                   cfg->database_programme[0] != '\0' ? cfg->database_programme : "main", shown,
                   STORE_SCHEMA_VERSION);
        else
            printf("created %s: an empty assure database (schema version %d)\n", shown, STORE_SCHEMA_VERSION);
    }
    return status;
}
