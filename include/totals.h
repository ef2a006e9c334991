/* totals.h - checking the totals that spreadsheets declare (SPEC §6.1).
 *
 * A savings file's rows are lines, costs, net subtotals and declared
 * totals.  A total row covers the lines of the cohort or workstream its label
 * names ("Older Adults Total"), else every line above it, less the costs
 * among them (unless its label says gross); a net row ("... (net)") covers
 * the lines and costs above it back to the last net row (only the lines
 * named gross, when some are), lines less costs; a total column
 * declares the sum of its own row (a cumulative row's: its last year).  Each
 * declared figure is checked to the precision it was written in.  No I/O.
 */
#ifndef ASSURE_TOTALS_H
#define ASSURE_TOTALS_H

#include <stdbool.h>
#include <stddef.h>

#include "figures.h"
#include "savings.h"

typedef struct {
    bool is_total;     /* a declared total row, not a line */
    const char *label; /* the name (or first non-empty cell) of the row */
    const char *cohort, *workstream;
    int fy;              /* long form: the row's FY (0 if none); wide form: 0 */
    int measure;         /* 0 target, 1 stretch, 2 forecast, 3 actual: lines and totals match on it */
    const money *values; /* ncolumns figures, MONEY_UNKNOWN where blank */
    const money *resolutions;
    money total; /* the row's total column, or MONEY_UNKNOWN */
    money total_resolution;
    savings_row_kind kind; /* a line (saving), a cost or a net row; ignored for a total row */
    bool cumulative;       /* the row's figures are run rates reached: its total is its last year's */
    const int *fys;        /* the FY of each column (wide form), to find the last; NULL: file order */
} totals_row;

typedef struct {
    size_t row; /* index of the row holding the declared figure */
    int column; /* which of the ncolumns, or -1 for the total column */
    money declared, computed;
} total_finding;

/* True when label (trimmed) begins or ends with the word "Total" or "Totals". */
bool totals_label_is_total(const char *label);

/* What a row of a savings file is by its name: net when it ends "(net)" or
 * with the word "net"; a cost when it names resources, a staffing
 * requirement or an investment, or is of resources or costs (its last word,
 * a part in brackets left aside: "On going resources (staffing
 * requirement)", "Programme costs"), and no saving (savings, reduction,
 * avoidance ...: "Cost avoidance" is a saving); else a saving: "High cost
 * placements review" and "Care home costs review" are savings. */
savings_row_kind totals_label_kind(const char *label);

/* Check every declared figure; write at most max findings to out and return
 * how many disagree (which may be more than max). */
size_t totals_reconcile(const totals_row *rows, size_t nrows, size_t ncolumns, total_finding *out,
                        size_t max);

#endif
