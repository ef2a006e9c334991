/* kpis.c - a KPI's improvement, the benefit it evidences, and whether it has held. */
#include "kpis.h"

#include <string.h>

#include "text.h"

const char *kpi_polarity_name(kpi_polarity polarity)
{
    return polarity == KPI_LOWER_IS_BETTER ? "lower" : "higher";
}

bool kpi_polarity_parse(const char *text, kpi_polarity *out)
{
    char key[64];
    text_key(key, sizeof key, text);
    if (strcmp(key, "higher") == 0 || strcmp(key, "higherisbetter") == 0 || strcmp(key, "up") == 0 ||
        strcmp(key, "increase") == 0) {
        *out = KPI_HIGHER_IS_BETTER;
        return true;
    }
    if (strcmp(key, "lower") == 0 || strcmp(key, "lowerisbetter") == 0 || strcmp(key, "down") == 0 ||
        strcmp(key, "reduce") == 0 || strcmp(key, "reduction") == 0) {
        *out = KPI_LOWER_IS_BETTER;
        return true;
    }
    return false;
}

int64_t kpi_improvement(const kpi *k, int64_t value)
{
    return k->polarity == KPI_LOWER_IS_BETTER ? k->baseline - value : value - k->baseline;
}

money kpi_benefit(const kpi *k, int64_t value)
{
    if (k->unit_value == MONEY_UNKNOWN)
        return MONEY_UNKNOWN;
    /* improvement is in hundredths of a unit */
    return multiply_divide_rounded(kpi_improvement(k, value), k->unit_value, 100);
}

bool kpi_meets_target(const kpi *k, int64_t value)
{
    if (!k->has_target)
        return false;
    return k->polarity == KPI_LOWER_IS_BETTER ? value <= k->target : value >= k->target;
}

kpi_status kpi_evaluate(const kpi *k, const kpi_value *values, size_t n)
{
    kpi_status status;
    memset(&status, 0, sizeof status);
    status.benefit = MONEY_UNKNOWN;
    if (n == 0)
        return status;
    const kpi_value *latest = &values[n - 1];
    status.has_latest = true;
    memcpy(status.latest_period, latest->period, sizeof status.latest_period);
    status.latest = latest->value;
    status.improvement = kpi_improvement(k, latest->value);
    status.benefit = kpi_benefit(k, latest->value);
    for (size_t i = n; i-- > 0 && kpi_meets_target(k, values[i].value);)
        status.periods_at_target++;
    status.sustained = k->sustain_periods > 0 && status.periods_at_target >= k->sustain_periods;
    return status;
}
