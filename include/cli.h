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

/* How the dashboard or a command means to use the database it opens. */
typedef struct {
    store_mode mode;
    /* The dashboard's: its reads see what others commit as they commit it.
     * A command's read-only database is read in one transaction until it is
     * closed instead, so that the command sees one state of it. */
    bool live;
    store_open_report *report; /* what opening found, or NULL */
} cli_store_use;

/* Open the configured database, the one way the dashboard and every command
 * open it: or explain how to give one, refuse to write with --read-only,
 * upgrade an older one and say so on stderr.  A write waits for a
 * colleague's as [database] busy_timeout says, saying so on stderr. */
assure_status cli_store_open(const assure_config *cfg, const cli_store_use *use, store **out,
                             assure_error *err);

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
/* assure copy --from DB --to DB: the whole database into a new one, checked row for row. */
assure_status cli_copy(int argc, char **argv, const assure_config *cfg, assure_error *err);
/* assure programmes: the programmes the database holds, a name a line. */
assure_status cli_programmes(int argc, char **argv, const assure_config *cfg, assure_error *err);

#endif
