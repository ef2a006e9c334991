/* exceptions.h - what the meeting must look at, worst first: every red
 * savings line, staffing hot spot (a red row of the latest snapshot), team
 * below its review target in the latest period, budget still overspent
 * after its planned actions, return below the principle, KPI worse than its
 * baseline, and risk whose review is overdue.  The Overview panel and
 * `assure report exceptions` both list them from here.  No I/O.
 */
#ifndef ASSURE_EXCEPTIONS_H
#define ASSURE_EXCEPTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "overview.h"

/* What an exception is about, in the order found (the last tie-break). */
typedef enum {
    EXCEPTION_SAVINGS,
    EXCEPTION_STAFFING,
    EXCEPTION_REVIEWS,
    EXCEPTION_BUDGET,
    EXCEPTION_RETURN,
    EXCEPTION_KPI,
    EXCEPTION_RISK,
    EXCEPTION_KIND_COUNT
} exception_kind;

/* An exception is kept as what it is about; its words are written only
 * when it is shown (a large programme has thousands). */
typedef struct overview_exception {
    int severity;   /* rag_severity of its rating: red before amber */
    int64_t weight; /* within a severity, larger first (see exceptions_find) */
    rag rating;
    exception_kind kind;
    size_t index; /* the savings line, staffing row, review row, KPI or risk */
} overview_exception;

/* What exceptions are found in: the data as loaded and the overview
 * computed from it. */
typedef struct {
    const savings_set *savings;
    const staffing_set *staffing; /* one snapshot date's rows: the latest */
    const reviews_set *reviews;   /* only the overview's latest period is read */
    const risks_set *risks;
    const kpi_set *kpis;
    const overview *overview; /* after overview_compute and overview_finance */
    const indicator_settings *settings;
    int64_t roi_principle; /* hundredths: 3:1 is 300 */
    calendar_date today;   /* which risk reviews are overdue */
} exception_sources;

/* Every exception, worst first: by severity; then by weight (a savings
 * line's gap in pounds, a hot spot's uncovered vacancy in tenths of a
 * percent, a team's shortfall from its target (1000 less its tenths of a
 * percent of target), the budget's overspend, a KPI's shortfall from its
 * baseline, a risk's score); then in the order of exception_kind; then by
 * row.  *out is to free (NULL when none).  False when out of memory. */
bool exceptions_find(const exception_sources *sources, overview_exception **out, size_t *count);

/* An exception in words, as the Overview shows it:
 * "Savings   ASC-05 My Front Door: 75.2% of target, gap £824k". */
typedef struct {
    const char *area; /* Savings, Staffing, Reviews, Budget, Return, KPI, Risk */
    char ref[128];    /* the line's, KPI's or risk's ref; "" for the others */
    char name[512];   /* the line's or KPI's name, "area, role", the team, the year, the risk's title */
    char detail[256]; /* 75.2% of target, gap £824k */
} exception_words;

/* The exception's words, money (and a date: 26 Oct 2026 on screens, ISO in
 * reports) written as style says. */
void exception_describe(const exception_sources *sources, const overview_exception *e, headline_style style,
                        exception_words *out);
/* The one line of an exception: its area in ten columns, then "ref name:
 * detail".  Returns the length written. */
size_t exception_line(const exception_words *words, char *buf, size_t size);

#endif
