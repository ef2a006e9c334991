/* savings.h - savings lines and their indicators (SPEC §4.1).
 *
 * A line has a profile by financial year of target, stretch, forecast and
 * actual (whole pounds; MONEY_UNKNOWN where the tracker's cell is blank).
 * Lines whose origin is `overlap` duplicate savings already counted in a
 * partner line, so totals count them once: they are left out.  Pipeline
 * lines (identified, not yet validated: "requires further exploration") are
 * left out of totals too, and summed on their own.
 */
#ifndef ASSURE_SAVINGS_H
#define ASSURE_SAVINGS_H

#include <stdbool.h>
#include <stddef.h>

#include "figures.h"
#include "rag.h"

typedef enum {
    SAVINGS_PLANNED,
    SAVINGS_ON_TRACK,
    SAVINGS_AT_RISK,
    SAVINGS_SLIPPED,
    SAVINGS_DELIVERED,
    SAVINGS_DROPPED,
    SAVINGS_PIPELINE
} savings_status;
#define SAVINGS_STATUS_COUNT 7

typedef enum { ORIGIN_EXISTING, ORIGIN_PARTNER, ORIGIN_OVERLAP } savings_origin;
#define SAVINGS_ORIGIN_COUNT 3

/* How a line's years read.  Incremental: each year's figure is that year's
 * new saving.  Cumulative: each year's figure is the recurrent run rate
 * reached that year (Somerset's benefits profile), so the year's new saving
 * is the step up from the year before. */
typedef enum { BASIS_INCREMENTAL, BASIS_CUMULATIVE } savings_basis;
#define SAVINGS_BASIS_COUNT 2

/* What a row of a savings file is: a saving (a line), a cost of the
 * programme, or a net subtotal (the savings above it less the costs). */
typedef enum { ROW_SAVING, ROW_COST, ROW_NET } savings_row_kind;
#define SAVINGS_ROW_KIND_COUNT 3

typedef struct {
    money target, stretch, forecast, actual;
} savings_figures;

typedef struct {
    int green_at; /* forecast as % of target at or above which a line is green */
    int amber_at; /* below green_at and at or above this: amber; below: red */
} savings_thresholds;

typedef struct {
    const char *ref, *workstream, *cohort, *name, *key_metric, *owner;
    savings_origin origin;
    savings_status status;
    savings_basis basis;
} savings_line;

/* One financial year of one line's profile; `line` indexes the lines array. */
typedef struct {
    size_t line;
    int fy;
    savings_figures figures;
} savings_year;

typedef enum {
    SAVINGS_BY_COHORT,
    SAVINGS_BY_WORKSTREAM,
    SAVINGS_BY_FY,
    SAVINGS_BY_ORIGIN,
    SAVINGS_BY_ALL
} savings_grouping;

typedef struct {
    const char *key; /* cohort, workstream or origin name; "all"; NULL for FY */
    int fy;          /* for SAVINGS_BY_FY */
    size_t lines;    /* lines contributing */
    savings_figures figures;
    unsigned bases; /* the bases of those lines: bit 1 << basis for each */
} savings_group;

const char *savings_status_name(savings_status status);
/* Accepts the names and the spellings trackers use ("On Track", "complete",
 * "To be explored"). */
bool savings_status_parse(const char *text, savings_status *out);
const char *savings_origin_name(savings_origin origin);
bool savings_origin_parse(const char *text, savings_origin *out);
bool savings_grouping_parse(const char *text, savings_grouping *out);
const char *savings_basis_name(savings_basis basis); /* "incremental", "cumulative" */
bool savings_basis_parse(const char *text, savings_basis *out);
const char *savings_row_kind_name(savings_row_kind kind); /* "saving", "cost", "net" */
bool savings_row_kind_parse(const char *text, savings_row_kind *out);
/* "incremental" or "cumulative" when every basis in bases (bits as in
 * savings_group) is that one, "mixed" for both, "" for none. */
const char *savings_bases_name(unsigned bases);

/* All four figures unknown. */
savings_figures savings_figures_unknown(void);
/* sum += add, figure by figure; an unknown figure adds nothing, and a sum
 * stays unknown only while everything added to it was unknown. */
void savings_figures_add(savings_figures *sum, const savings_figures *add);
/* Whether any of the four figures is known. */
bool savings_figures_any(const savings_figures *figures);

/* gap = target - forecast (a forecast not yet made counts as nothing). */
money savings_gap(const savings_figures *figures);
/* delivery % = forecast / target x 100; undefined without both. */
decimal savings_delivery_pct(const savings_figures *figures);
/* BRAG: delivered is blue, dropped grey, pipeline its own mark (in no total,
 * so on no scale); otherwise green when delivery % is at or above green_at,
 * amber at or above amber_at, red below. */
rag savings_rag(savings_status status, const savings_figures *figures, savings_thresholds thresholds);
/* Whether a line of this origin belongs in totals: overlap lines are counted
 * in their partner line already. */
bool savings_counts_in_totals(savings_origin origin);
/* Whether a line's figures belong in totals: its origin does (above), and it
 * is not pipeline. */
bool savings_line_counts_in_totals(const savings_line *line);
/* The pipeline: the figures of the pipeline lines whose origin counts in
 * totals, summed over every FY (fy == 0) or one; *count (when not NULL)
 * says how many such lines there are. */
savings_figures savings_pipeline_figures(const savings_line *lines, size_t nlines, const savings_year *years,
                                         size_t nyears, int fy, size_t *count);
/* The same, of the lines shown (by index into lines; NULL: every line). */
savings_figures savings_pipeline_figures_of(const savings_line *lines, size_t nlines, const savings_year *years,
                                            size_t nyears, int fy, const bool *shown, size_t *count);

/* Sum a line's profile as written over every FY (fy == 0) or one FY; years
 * come ordered by line, as a savings_set holds them. */
savings_figures savings_line_figures(size_t line, const savings_year *years, size_t nyears, int fy);
/* The new saving of years[i] for a line of the given basis: the figures as
 * written (incremental), or the step from the line's figure the year before
 * (cumulative: each figure less the line's latest earlier one; the first as
 * written).  A figure not written stays unknown. */
savings_figures savings_year_new(savings_basis basis, const savings_year *years, size_t nyears, size_t i);
/* A line's value: its new savings over every FY (fy == 0) - its recurrent
 * value, the years added (incremental) or its last year (cumulative) - or its
 * new saving in one FY.  line is the line's index, years ordered as above. */
savings_figures savings_line_value(const savings_line *line, size_t index, const savings_year *years,
                                   size_t nyears, int fy);
/* Whether the line has a profile year (fy == 0: any), ordered as above. */
bool savings_line_has_year(size_t line, const savings_year *years, size_t nyears, int fy);

/* Totals by group of the lines' new savings (savings_year_new), overlap
 * counted once (except when grouping by origin, where the overlap group shows
 * what the overlap lines hold), pipeline lines in no group
 * (savings_pipeline_figures sums them).  fy == 0 means every FY: the
 * recurrent value.  `out` needs room for nyears + 1 groups; returns how many
 * it filled, sorted by key (FY ascending). */
size_t savings_group_totals(const savings_line *lines, size_t nlines, const savings_year *years,
                            size_t nyears, savings_grouping grouping, int fy, savings_group *out);

/* Whether a line's forecast is part of the recurrent run rate: counted in
 * totals (so not overlap, not pipeline), and not dropped (a dropped line
 * delivers nothing from now on). */
bool savings_counts_in_run_rate(const savings_line *line);
/* The programme's final FY: final_fy when set (not 0), else the last named
 * FY (never the later years, FY_LATER) in which a line that counts in the
 * run rate has any figure; 0 when none has. */
int savings_final_fy(const savings_line *lines, size_t nlines, const savings_year *years, size_t nyears,
                     int final_fy);
/* The recurrent run rate: the figures of the lines that count in it (above),
 * in the final FY (savings_final_fy, stored in *fy), summed; only the line
 * `ref` when ref is not NULL.  An incremental line gives its figures that
 * year; a cumulative line its run rate reached by then: each figure that
 * year, else its latest earlier one (a run rate reached stays).  A blank
 * forecast adds nothing: the forecast is 0 when those lines have figures but
 * no forecast, and unknown only when none of them has any figure. */
savings_figures savings_run_rate(const savings_line *lines, size_t nlines, const savings_year *years,
                                 size_t nyears, int final_fy, const char *ref, int *fy);

#endif
