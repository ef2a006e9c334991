/* register_figures.h - what a register entry is worth: the savings lines
 * that name it, their recurrent forecast, and the benefit signed off on
 * them (what `assure report workstreams` prints).  No I/O.
 */
#ifndef ASSURE_REGISTER_FIGURES_H
#define ASSURE_REGISTER_FIGURES_H

#include <stddef.h>

#include "records.h"

typedef struct {
    size_t lines;     /* the savings lines whose workstream names it (whatever the case) */
    money forecast;   /* their recurrent forecast: each line's new savings over every year, the lines counted
                         in totals (not overlap, not pipeline); 0 with none */
    money signed_off; /* the latest agreed sign-offs of those lines by as_at, summed; 0 with none */
} register_figures;

register_figures register_entry_figures(const workstream_row *entry, const savings_set *savings,
                                        const signoffs_set *signoffs, calendar_date as_at);

#endif
