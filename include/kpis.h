/* kpis.h - operational KPIs that evidence savings (SPEC §4.5).
 *
 * Somerset's "financial equations": a KPI's improvement over its baseline,
 * times the pounds a year each unit of improvement is worth, is the benefit
 * it evidences; it counts as achieved once it has held its target for the
 * agreed number of periods.  Values are hundredths (1.5 hours is 150).
 * No I/O.
 */
#ifndef ASSURE_KPIS_H
#define ASSURE_KPIS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "figures.h"

typedef enum { KPI_HIGHER_IS_BETTER, KPI_LOWER_IS_BETTER } kpi_polarity;

typedef struct {
    const char *ref, *name, *unit, *saving_ref;
    kpi_polarity polarity;
    int64_t baseline; /* hundredths */
    bool has_target;
    int64_t target;   /* hundredths */
    money unit_value; /* pounds a year per unit of improvement, or MONEY_UNKNOWN */
    int sustain_periods;
} kpi;

/* One period's value of one KPI; `kpi` indexes the KPIs array. */
typedef struct {
    size_t kpi;
    char period[11]; /* YYYY-MM-DD */
    int64_t value;   /* hundredths */
} kpi_value;

typedef struct {
    bool has_latest;
    char latest_period[11];
    int64_t latest;        /* hundredths */
    int64_t improvement;   /* hundredths, in the good direction: negative when worse */
    money benefit;         /* the benefit run rate, or MONEY_UNKNOWN */
    int periods_at_target; /* the latest values in a row that meet the target */
    bool sustained;        /* periods_at_target >= sustain_periods */
} kpi_status;

const char *kpi_polarity_name(kpi_polarity polarity); /* "higher", "lower" */
bool kpi_polarity_parse(const char *text, kpi_polarity *out);

/* improvement = latest - baseline (higher is better), or baseline - latest */
int64_t kpi_improvement(const kpi *k, int64_t value);
/* benefit = improvement x unit_value (improvement in units: hundredths / 100,
 * rounded to the pound); MONEY_UNKNOWN without a unit value */
money kpi_benefit(const kpi *k, int64_t value);
/* meets target = value >= target (higher is better) or <= target; false with no target */
bool kpi_meets_target(const kpi *k, int64_t value);
/* The KPI's state from its values, oldest first (values of this KPI only). */
kpi_status kpi_evaluate(const kpi *k, const kpi_value *values, size_t n);

#endif
