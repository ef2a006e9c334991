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
} savings_group;

const char *savings_status_name(savings_status status);
/* Accepts the names and the spellings trackers use ("On Track", "complete",
 * "To be explored"). */
bool savings_status_parse(const char *text, savings_status *out);
const char *savings_origin_name(savings_origin origin);
bool savings_origin_parse(const char *text, savings_origin *out);
bool savings_grouping_parse(const char *text, savings_grouping *out);

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

/* Sum a line's profile over every FY (fy == 0) or one FY; years come ordered
 * by line, as a savings_set holds them. */
savings_figures savings_line_figures(size_t line, const savings_year *years, size_t nyears, int fy);
/* Whether the line has a profile year (fy == 0: any), ordered as above. */
bool savings_line_has_year(size_t line, const savings_year *years, size_t nyears, int fy);

/* Totals by group, overlap counted once (except when grouping by origin, where
 * the overlap group shows what the overlap lines hold), pipeline lines in no
 * group (savings_pipeline_figures sums them).  fy == 0 means every
 * FY.  `out` needs room for nyears + 1 groups; returns how many it filled,
 * sorted by key (FY ascending). */
size_t savings_group_totals(const savings_line *lines, size_t nlines, const savings_year *years,
                            size_t nyears, savings_grouping grouping, int fy, savings_group *out);

/* Whether a line's forecast is part of the recurrent run rate: counted in
 * totals (so not overlap, not pipeline), and not dropped (a dropped line
 * delivers nothing from now on). */
bool savings_counts_in_run_rate(const savings_line *line);
/* The programme's final FY: final_fy when set (not 0), else the last FY in
 * which a line that counts in the run rate has any figure; 0 when none has. */
int savings_final_fy(const savings_line *lines, size_t nlines, const savings_year *years, size_t nyears,
                     int final_fy);
/* The recurrent run rate: the figures of the lines that count in it (above),
 * in the final FY (savings_final_fy, stored in *fy), summed; only the line
 * `ref` when ref is not NULL.  A blank forecast adds nothing: the forecast is
 * 0 when those lines have figures that year but no forecast, and unknown only
 * when none of them has any figure that year. */
savings_figures savings_run_rate(const savings_line *lines, size_t nlines, const savings_year *years,
                                 size_t nyears, int final_fy, const char *ref, int *fy);

#endif
