/* bridge.h - the budget bridge: from budget to forecast outturn (SPEC §4.5).
 *
 * Rotherham's bridge starts at the budget, adds the savings still to be
 * delivered, overspends, demand pressures, takes off underspends and extra
 * funding, and lands at the forecast outturn; the planned actions of each
 * year then give the revised position.  Amounts are whole pounds, signed as
 * the council writes them (reductions negative).  No I/O.
 */
#ifndef ASSURE_BRIDGE_H
#define ASSURE_BRIDGE_H

#include <stdbool.h>
#include <stddef.h>

#include "figures.h"

typedef enum {
    BRIDGE_BUDGET,
    BRIDGE_SAVINGS_UNDELIVERED,
    BRIDGE_OVERSPEND,
    BRIDGE_UNDERSPEND,
    BRIDGE_PRESSURE,
    BRIDGE_FUNDING,
    BRIDGE_ACTION
} bridge_section;
#define BRIDGE_SECTION_COUNT 7

typedef struct {
    int fy;
    bridge_section section;
    const char *name;
    money amount;
} bridge_row;

/* One financial year of the bridge. */
typedef struct {
    int fy;
    int carried_from; /* the FY whose position this one carries (it has only actions), or 0 */
    money sections[BRIDGE_SECTION_COUNT]; /* each section's sum; sections[BRIDGE_BUDGET] is the budget */
    money budget;                         /* the budget rows' sum */
    money forecast;                       /* forecast outturn = the sum of every row but actions */
    money variance;                       /* variance = forecast - budget (positive: overspend) */
    money actions;                        /* the year's planned actions */
    money revised_variance;               /* revised variance = variance + actions */
} bridge_year;

const char *bridge_section_name(bridge_section section);  /* "savings_undelivered" */
const char *bridge_section_label(bridge_section section); /* "Savings still to deliver" */
/* The section names, and the words reports use for them ("Demand pressures",
 * "Savings still to be delivered", "Planned actions"). */
bool bridge_section_parse(const char *text, bridge_section *out);

/* The bridge by FY, oldest first: one entry per FY any row names.  A year
 * that has only planned actions carries the position of the latest earlier
 * year that has its own rows (a recurring overspend stays until acted on);
 * with none, its figures are MONEY_UNKNOWN.  out needs room for n entries;
 * returns how many it filled. */
size_t bridge_years(const bridge_row *rows, size_t n, bridge_year *out);

/* What a declared figure in a bridge file states. */
typedef enum {
    BRIDGE_DECLARES_NOTHING,
    BRIDGE_DECLARES_SECTION,  /* a "Total" row: its section's sum in its FY */
    BRIDGE_DECLARES_FORECAST, /* "Revised forecast": the forecast outturn */
    BRIDGE_DECLARES_VARIANCE, /* "Estimated adverse variance" */
    BRIDGE_DECLARES_REVISED   /* "Revised position": variance after actions */
} bridge_declares;

/* How a row of a bridge file is read: its section cell and its name.  A
 * section of forecast (or outturn), variance, or revised_variance (or
 * revised position) declares that figure; a name that begins or ends with
 * "Total" declares its section's sum (with no section: the forecast).
 * Anything else is a row of the bridge (BRIDGE_DECLARES_NOTHING). */
bridge_declares bridge_declared(const char *section_text, const char *name, bridge_section *section);
const char *bridge_declares_name(bridge_declares what, bridge_section section); /* "forecast", "pressure" */

#endif
