/* slippage.h - re-profiling since a meeting: a savings line's forecast moved
 * from one financial year to another, worked out from the changes the audit
 * trail keeps (SPEC §4.6).  No I/O.
 *
 * One change is one import or one edit saved: its entries share who made it
 * and when (`at`).  Within one change of one line, a fall in a year's
 * forecast is paired with a rise in a later year as a move of the smaller
 * of the two, the earliest later year first (seed 000: £1.0m slipped from
 * 2018/19 to 2020/21); what is left of the fall then goes to rises in
 * earlier years, the latest first (brought forward); what is left after
 * that slipped out of the profile.  A rise with no fall to pair is a new
 * saving, not slippage, and is not a move.  Each change stands alone: a
 * move undone by a later change shows twice, once each way.
 */
#ifndef ASSURE_SLIPPAGE_H
#define ASSURE_SLIPPAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "figures.h"
#include "records.h"

/* One year's forecast as one change left it: a year added has no forecast
 * before, one removed none after. */
typedef struct {
    const char *ref; /* the line */
    int fy;
    money before, after; /* MONEY_UNKNOWN: blank, or no such year (counts as nothing) */
    const char *at, *who;
} forecast_change;

typedef struct {
    forecast_change *changes; /* oldest first, as the trail holds them */
    size_t count;
    string_pool *strings;
} forecast_change_set;

void forecast_change_set_free(forecast_change_set *set);

typedef struct {
    const char *ref;
    int from_fy, to_fy; /* to_fy 0: slipped out, no other year of the change took it */
    money amount;       /* more than 0 */
    const char *at, *who;
} forecast_move;

/* Pair the changes into moves (the rule above), into out, which needs room
 * for count; *nmoves says how many, ordered by ref, then when, then from_fy,
 * then to_fy (slipped out last).  False when out of memory. */
bool slippage_moves(const forecast_change *changes, size_t count, forecast_move *out, size_t *nmoves);

typedef struct {
    size_t lines;         /* lines with a move between years (re-profiled) */
    money moved;          /* the money moved between years */
    size_t slipped_lines; /* lines with forecast slipped out */
    money slipped_out;    /* the forecast slipped out */
} slippage_totals;

/* moved = the amounts of moves with a to_fy, summed; slipped out = the rest */
slippage_totals slippage_total(const forecast_move *moves, size_t count);

/* The index of ref's first move (moves ordered as slippage_moves leaves
 * them), or count when it has none. */
size_t slippage_first(const forecast_move *moves, size_t count, const char *ref);

#endif
