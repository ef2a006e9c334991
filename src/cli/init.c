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
    assure_status status = store_create(argv[0], err);
    if (status == ASSURE_OK) {
        char shown[4096];
        text_visible(shown, sizeof shown, argv[0]); /* a path may hold anything but '/' and NUL */
        printf("created %s: an empty assure database (schema version %d)\n", shown, STORE_SCHEMA_VERSION);
    }
    return status;
}
