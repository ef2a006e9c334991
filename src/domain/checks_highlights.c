/* checks_highlights.c - integrity findings over the highlight reports:
 * words about a workstream no savings line is in, and a workstream whose
 * lead wrote nothing for the latest period. */
#include <stdio.h>
#include <strings.h>

#include "checks.h"
#include "project_register.h"

#define ADD(level, ref, ...)                                                                                 \
    ok = findings_add(out, level, "highlights", ref, MONEY_UNKNOWN, MONEY_UNKNOWN, __VA_ARGS__) && ok

/* A workstream a savings line (not dropped) is in, whatever its case. */
static bool workstream_held(const savings_set *savings, const char *workstream, bool dropped_too)
{
    for (size_t i = 0; i < savings->nlines; i++) {
        const savings_line *line = &savings->lines[i];
        if (line->workstream != NULL && strcasecmp(line->workstream, workstream) == 0 &&
            (dropped_too || line->status != SAVINGS_DROPPED))
            return true;
    }
    return false;
}

bool checks_highlights(const highlights_set *set, const savings_set *savings,
                       const workstreams_set *register_, findings *out)
{
    bool ok = true;
    char ref[160], day[16];
    for (size_t i = 0; i < set->count; i++) {
        const highlight *h = &set->rows[i];
        if (workstream_held(savings, h->workstream, true) ||
            (register_ != NULL && register_find(register_->rows, register_->count, h->workstream) >= 0))
            continue;
        date_format(day, sizeof day, h->period);
        snprintf(ref, sizeof ref, "%s / %s", h->workstream, day);
        ADD(FINDING_WARNING, ref,
            "workstream \"%s\" is no savings line's: a highlight for work the figures do not hold",
            h->workstream);
    }
    calendar_date latest;
    if (!highlights_latest_period(set->rows, set->count, &latest))
        return ok; /* none written yet: nothing to chase */
    date_format(day, sizeof day, latest);
    for (size_t i = 0; i < savings->nlines; i++) {
        const savings_line *line = &savings->lines[i];
        if (line->workstream == NULL || line->workstream[0] == '\0' || line->status == SAVINGS_DROPPED)
            continue;
        bool first = true; /* each workstream once: at its first line */
        for (size_t j = 0; j < i && first; j++)
            first = !(savings->lines[j].workstream != NULL && savings->lines[j].status != SAVINGS_DROPPED &&
                      strcasecmp(savings->lines[j].workstream, line->workstream) == 0);
        if (!first)
            continue;
        long last = highlights_latest_of(set->rows, set->count, line->workstream);
        if (last >= 0 && date_to_days(set->rows[last].period) == date_to_days(latest))
            continue;
        char before[16] = "";
        if (last >= 0)
            date_format(before, sizeof before, set->rows[last].period);
        ADD(FINDING_WARNING, line->workstream,
            "no highlight report for %s, the latest period reported (%s%s)", day,
            last >= 0 ? "its last is " : "it has none", before);
    }
    return ok;
}
