/* cli.h - the non-interactive commands. */
#ifndef ASSURE_CLI_H
#define ASSURE_CLI_H

#include "config.h"
#include "error.h"

/* assure init PATH: create a new, empty database. */
assure_status cli_init(int argc, char **argv, const assure_config *cfg, assure_error *err);

#endif
