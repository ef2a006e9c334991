/* register_figures.c - a register entry's lines, forecast and benefit signed off. */
#include "register_figures.h"

#include <strings.h>

register_figures register_entry_figures(const workstream_row *entry, const savings_set *savings,
                                        const signoffs_set *signoffs, calendar_date as_at)
{
    register_figures out = {0, 0, 0};
    for (size_t i = 0; i < savings->nlines; i++) {
        const savings_line *line = &savings->lines[i];
        if (line->workstream == NULL || strcasecmp(line->workstream, entry->name) != 0)
            continue;
        out.lines++;
        if (savings_line_counts_in_totals(line)) {
            savings_figures value = savings_line_value(line, i, savings->years, savings->nyears, 0);
            if (value.forecast != MONEY_UNKNOWN)
                out.forecast = money_add(out.forecast, value.forecast);
        }
        const signoff_row *counts = signoff_latest_agreed(signoffs->rows, signoffs->count, line->ref, as_at);
        if (counts != NULL && counts->amount != MONEY_UNKNOWN)
            out.signed_off = money_add(out.signed_off, counts->amount);
    }
    return out;
}
