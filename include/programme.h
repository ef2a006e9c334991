/* programme.h - the programme as it stands, read in one go: every figure
 * the dashboard and the commands show of it comes from one state of the
 * database, whatever others commit meanwhile.
 */
#ifndef ASSURE_PROGRAMME_H
#define ASSURE_PROGRAMME_H

#include <stdbool.h>
#include <stddef.h>

#include "overview.h"
#include "store.h"

/* How much to read beyond what the headlines need. */
typedef struct {
    const calendar_date *as_at; /* as things stood on this date (NULL: as they stand) */
    size_t review_periods;      /* the latest periods held; the headlines need 1 */
    bool staffing_dates;        /* list every staffing snapshot date as well */
} programme_scope;

typedef struct {
    savings_set savings;
    char staffing_as_at[11];    /* the latest staffing snapshot on or before the date ("" when none) */
    staffing_set staffing;      /* its rows */
    char (*staffing_dates)[11]; /* every snapshot date, oldest first, when the scope asks */
    size_t nstaffing_dates;
    reviews_set reviews; /* the latest periods starting on or before the date */
    risks_set risks;
    bridge_set bridge;
    kpi_set kpis; /* with the values known by the date */
    investment_set investment;
    signoffs_set signoffs; /* the benefits signed off, for the fee */
    indicator_settings settings;
    calendar_date today; /* the date the figures are as at: the scope's as_at, else today */
    overview overview;   /* the headline indicators computed from the above */
} programme;

/* Read the programme in one read transaction (inside one already open, if
 * any) and compute its headlines.  On an error nothing is left to free. */
assure_status programme_load(store *s, const indicator_settings *settings, finance_settings finance,
                             calendar_date today, const programme_scope *scope, programme *out,
                             assure_error *err);
void programme_free(programme *p);

#endif
