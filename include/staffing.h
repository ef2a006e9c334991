/* staffing.h - establishment, vacancies and agency cover (SPEC §4.2).
 *
 * FTE figures are hundredths.  Vacancy may be negative: the row is over
 * establishment.
 */
#ifndef ASSURE_STAFFING_H
#define ASSURE_STAFFING_H

#include <stdbool.h>

#include "figures.h"
#include "rag.h"

typedef struct {
    fte_hundredths establishment, vacancy, agency;
} staffing_fte;

typedef struct {
    int amber_pct; /* uncovered vacancy % at or above which a row is amber */
    int red_pct;   /* ... and red */
} staffing_thresholds;

/* vacancy % = max(0, vacancy) / establishment x 100 */
decimal staffing_vacancy_pct(const staffing_fte *row);
/* uncovered % = max(0, vacancy - agency) / establishment x 100: the Kent
 * report's "vacancy % including agency workers" */
decimal staffing_uncovered_pct(const staffing_fte *row);
/* The percentages a staffing table may print beside its FTEs. */
typedef enum { STAFFING_PRINTED_NONE, STAFFING_PRINTED_VACANCY, STAFFING_PRINTED_UNCOVERED } staffing_printed;

/* Which percentage a heading names: "Vacancy %", "vacancy_pct" the vacancy %;
 * "Vacancy % including agency workers" (Kent's), "Uncovered %",
 * "uncovered_pct" the uncovered %.  A heading without %, pct or percent names
 * neither ("Vacancy FTE"). */
staffing_printed staffing_printed_heading(const char *heading);
/* A printed percentage checked against its row: true when the percentage
 * worked from the row (vacancy or uncovered %) is within half a unit of the
 * printed figure's last digit; *worked is it in hundredths of a percent.
 * With no establishment there is nothing to check: true, *worked 0. */
bool staffing_printed_agrees(const staffing_fte *row, staffing_printed which, printed_percent printed,
                             int64_t *worked);

/* rag = red at or above red_pct uncovered, amber at or above amber_pct, else green */
rag staffing_rag(const staffing_fte *row, staffing_thresholds thresholds);
/* over establishment = vacancy below zero */
bool staffing_is_over_establishment(const staffing_fte *row);
/* sum += add; percentages of a total are recomputed from the summed FTE */
void staffing_add(staffing_fte *sum, const staffing_fte *add);

/* The change between two snapshots of the same rows. */
typedef struct {
    fte_hundredths establishment, vacancy, agency;
    decimal vacancy_pct, uncovered_pct; /* percentage points, undefined if either is */
} staffing_change;

/* change = current - previous, figure by figure */
staffing_change staffing_change_between(const staffing_fte *previous, const staffing_fte *current);

#endif
