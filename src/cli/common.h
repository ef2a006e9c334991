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
#include "store.h"

/* A command's database: opened as cli_open_database does; one opened
 * read-only is read in one transaction until it is closed, so that a
 * command sees one state of it whatever others commit meanwhile. */
assure_status cli_open_store(const assure_config *cfg, store_mode mode, store **out, assure_error *err);
/* The same, saying also what opening found (report may be NULL). */
assure_status cli_open_store_report(const assure_config *cfg, store_mode mode, store **out,
                                    store_open_report *report, assure_error *err);

/* The programme as it stands (as_at NULL: today): every savings line, the
 * latest staffing snapshot and review period on or before the date, the
 * risks, the finance, and the headline indicators computed from them. */
typedef struct {
    savings_set savings;
    staffing_set staffing;
    reviews_set reviews;
    risks_set risks;
    bridge_set bridge;
    kpi_set kpis; /* with the values known by the date */
    investment_set investment;
    indicator_settings settings;
    calendar_date today; /* the date the figures are as at */
    overview overview;
} cli_programme;

/* Load it; on an error nothing is left to free. */
assure_status cli_programme_load(store *s, const assure_config *cfg, const calendar_date *as_at,
                                 calendar_date today, cli_programme *out, assure_error *err);
void cli_programme_free(cli_programme *p);

/* The headline indicators as they stand (as_at NULL: today), from the
 * latest staffing snapshot and review period on or before the date. */
assure_status cli_compute_overview(store *s, const assure_config *cfg, const calendar_date *as_at,
                                   calendar_date today, overview *out, assure_error *err);

/* True when the locale's character set is UTF-8 (else ASCII stands in). */
bool cli_utf8(void);
/* Money for people: £13,109,000, or GBP 13,109,000 outside UTF-8. */
size_t cli_money(char *buf, size_t size, money value);

/* Warnings and errors go to stderr as "assure: ..."; these count them. */
void cli_warn(const char *format, ...) __attribute__((format(printf, 1, 2)));

#endif
