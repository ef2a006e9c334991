/* common.h - what the commands share (private to cli/). */
#ifndef ASSURE_CLI_COMMON_H
#define ASSURE_CLI_COMMON_H

#include <stdbool.h>
#include <stdio.h>

#include "calendar.h"
#include "cli.h"
#include "config.h"
#include "error.h"
#include "figures.h"
#include "overview.h"
#include "programme.h"
#include "store.h"

/* A command's database, as cli_store_open opens it: one opened read-only is
 * read in one transaction until it is closed, so that a command sees one
 * state of it whatever others commit meanwhile. */
assure_status cli_open_store(const assure_config *cfg, store_mode mode, store **out, assure_error *err);

/* The programme as it stands (as_at NULL: today), read as programme_load
 * reads it for the headlines (the latest staffing snapshot and review period
 * on or before the date), with the settings the configuration gives. */
assure_status cli_programme_load(store *s, const assure_config *cfg, const calendar_date *as_at,
                                 calendar_date today, programme *out, assure_error *err);

/* Only its headline indicators. */
assure_status cli_compute_overview(store *s, const assure_config *cfg, const calendar_date *as_at,
                                   calendar_date today, overview *out, assure_error *err);

/* True when the locale's character set is UTF-8 (else ASCII stands in). */
bool cli_utf8(void);
/* The width of the terminal standard output is: its size, else $COLUMNS,
 * else 80.  Ask only when isatty says it is one. */
int cli_terminal_width(void);
/* Write text cut to width columns (text_width), its end marked when cut:
 * "…" in UTF-8, "..." in ASCII.  Nothing is padded. */
void cli_write_cut(FILE *out, const char *text, size_t width, bool utf8);

/* Money for people: £13,109,000, or GBP 13,109,000 outside UTF-8. */
size_t cli_money(char *buf, size_t size, money value);

/* Warnings and errors go to stderr as "assure: ..."; these count them. */
void cli_warn(const char *format, ...) __attribute__((format(printf, 1, 2)));

#endif
