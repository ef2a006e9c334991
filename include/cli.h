/* cli.h - the non-interactive commands. */
#ifndef ASSURE_CLI_H
#define ASSURE_CLI_H

#include <stdbool.h>

#include "config.h"
#include "error.h"
#include "store.h"

/* The value of option `name` at argv[*i], given as "--name VALUE" or
 * "--name=VALUE": true when argv[*i] is that option, with *value NULL when
 * no value followed it.  Moves *i past a separate value. */
bool cli_option(const char *name, int argc, char **argv, int *i, const char **value);

/* Open the configured database, or explain how to give one; an older one is
 * upgraded, and that said on stderr.  A write waits for a colleague's as
 * [database] busy_timeout says, saying so on stderr.  report (what opening
 * found) may be NULL. */
assure_status cli_open_database(const assure_config *cfg, store_mode mode, store **out,
                                store_open_report *report, assure_error *err);

/* ASSURE_OK while standard output has taken everything written to it; once
 * a write has failed, ASSURE_DATA with the cause ("writing standard output:
 * No space left on device").  Call it straight after writing, while errno
 * still holds the failed write's cause; a long output stops there. */
assure_status cli_output_status(assure_error *err);
/* Flush and close standard output, as cli_output_status says (a full disk
 * often shows only here).  For main, once everything is written. */
assure_status cli_output_close(assure_error *err);

/* assure init PATH: create a new, empty database. */
assure_status cli_init(int argc, char **argv, const assure_config *cfg, assure_error *err);

/* assure import TABLE FILE [options]: see assure(1). */
assure_status cli_import(int argc, char **argv, const assure_config *cfg, assure_error *err);

/* assure export TABLE [--format csv|json] */
assure_status cli_export(int argc, char **argv, const assure_config *cfg, assure_error *err);

/* assure report [PANEL] [--format ...] [--group ...] [--fy ...] [--as-at ...] [--since ...] */
assure_status cli_report(int argc, char **argv, const assure_config *cfg, assure_error *err);

/* assure check [--format text|csv] [--strict]: ASSURE_FINDINGS when it finds errors. */
assure_status cli_check(int argc, char **argv, const assure_config *cfg, assure_error *err);

/* assure snapshot --label TEXT | --list | --delete LABEL */
assure_status cli_snapshot(int argc, char **argv, const assure_config *cfg, assure_error *err);
/* assure log [--since DATE] [--table T] [--ref R] [--format text|csv] */
assure_status cli_log(int argc, char **argv, const assure_config *cfg, assure_error *err);

#endif
