/* reviews.c - review throughput: target, rate, target %, weeks to clear. */
#include "reviews.h"

#include <stdio.h>
#include <string.h>

#include "text.h"

/* days = period_days, or for a calendar month the days of the month it starts in */
int reviews_period_days(const review_period *period)
{
    if (period->period_days != REVIEWS_CALENDAR_MONTH)
        return period->period_days;
    calendar_date first = date_from_days(period->start);
    return date_days_in_month(first.year, first.month);
}

bool reviews_period_parse(const char *text, int *period_days)
{
    static const struct {
        const char *key; /* as text_key writes it: lower case, no spaces or punctuation */
        int days;
    } lengths[] = {
        {"7", 7},
        {"week", 7},
        {"weekly", 7},
        {"14", 14},
        {"fortnight", 14},
        {"fortnightly", 14},
        {"28", 28},
        {"4weeks", 28},
        {"fourweeks", 28},
        {"4weekly", 28},
        {"fourweekly", 28},
        {"month", REVIEWS_CALENDAR_MONTH},
        {"monthly", REVIEWS_CALENDAR_MONTH},
        {"calendarmonth", REVIEWS_CALENDAR_MONTH},
    };
    char key[32];
    text_key(key, sizeof key, text);
    for (size_t i = 0; i < sizeof lengths / sizeof lengths[0]; i++) {
        if (strcmp(key, lengths[i].key) == 0) {
            *period_days = lengths[i].days;
            return true;
        }
    }
    return false;
}

size_t reviews_period_format(char *buf, size_t size, int period_days)
{
    if (period_days == REVIEWS_CALENDAR_MONTH)
        return (size_t)snprintf(buf, size, "month");
    return (size_t)snprintf(buf, size, "%d", period_days);
}

static int64_t rate_for(const review_period *period, reviews_thresholds thresholds)
{
    return period->target_per_fte_week > 0 ? period->target_per_fte_week : thresholds.target_per_fte_week;
}

/* Target in hundredths of a review: fte(h) x rate(h) x days / 7 / 100. */
static int64_t target_hundredths(const review_period *period, reviews_thresholds thresholds)
{
    return divide_rounded(period->fte * rate_for(period, thresholds) * reviews_period_days(period), 700);
}

/* target = fte x target_per_fte_week x days / 7 */
decimal reviews_target(const review_period *period, reviews_thresholds thresholds)
{
    return decimal_of(target_hundredths(period, thresholds), 2);
}

/* per FTE per week = completed / fte / (days / 7) */
decimal reviews_per_fte_week(const review_period *period)
{
    int days = reviews_period_days(period);
    if (period->fte <= 0 || days <= 0)
        return decimal_none();
    /* completed x 7 / (fte(h)/100 x days), in hundredths */
    return decimal_of(divide_rounded(period->completed * 70000, period->fte * days), 2);
}

/* target % = completed / target x 100 */
decimal reviews_target_pct(const review_period *period, reviews_thresholds thresholds)
{
    return percent_of(period->completed * 100, target_hundredths(period, thresholds));
}

/* weeks to clear = backlog / (completed / (days / 7)) = backlog x days / (completed x 7) */
decimal reviews_weeks_to_clear(const review_period *period)
{
    if (period->backlog < 0 || period->completed <= 0)
        return decimal_none();
    return decimal_of(
        divide_rounded(period->backlog * reviews_period_days(period) * 10, period->completed * 7), 1);
}

/* reviewed in 12 months % = reviewed_12m / clients x 100 */
decimal reviews_reviewed_12m_pct(const review_period *period)
{
    if (period->clients < 0 || period->reviewed_12m < 0)
        return decimal_none();
    return percent_of(period->reviewed_12m, period->clients);
}

static rag rag_for_pct(decimal pct, reviews_thresholds thresholds)
{
    if (!pct.defined)
        return RAG_NONE;
    if (pct.units >= (int64_t)thresholds.amber_at * 10)
        return RAG_GREEN;
    if (pct.units >= (int64_t)thresholds.red_at * 10)
        return RAG_AMBER;
    return RAG_RED;
}

/* rag = green at or above amber_at % of target, amber at or above red_at, red below */
rag reviews_rag(const review_period *period, reviews_thresholds thresholds)
{
    return rag_for_pct(reviews_target_pct(period, thresholds), thresholds);
}

reviews_total reviews_total_empty(void)
{
    reviews_total t = {0, 0, 0, 0, 0, REVIEWS_UNKNOWN, REVIEWS_UNKNOWN, REVIEWS_UNKNOWN};
    return t;
}

static void add_count(int64_t *sum, int64_t add, bool accumulate)
{
    if (add < 0)
        return;
    *sum = accumulate && *sum >= 0 ? *sum + add : add;
}

void reviews_total_add(reviews_total *sum, const review_period *period, reviews_thresholds thresholds,
                       bool across_teams)
{
    int days = reviews_period_days(period);
    sum->fte_days += period->fte * days;
    sum->completed += period->completed;
    sum->target += target_hundredths(period, thresholds);
    if (across_teams) {
        sum->fte += period->fte;
        if (days > sum->days)
            sum->days = days;
    } else {
        sum->fte = period->fte;
        sum->days += days;
    }
    add_count(&sum->backlog, period->backlog, across_teams);
    if (period->clients >= 0 && period->reviewed_12m >= 0) {
        add_count(&sum->clients, period->clients, across_teams);
        add_count(&sum->reviewed_12m, period->reviewed_12m, across_teams);
    }
}

void reviews_total_combine(reviews_total *sum, const reviews_total *later)
{
    sum->days += later->days;
    sum->fte = later->fte;
    sum->fte_days += later->fte_days;
    sum->completed += later->completed;
    sum->target += later->target;
    if (later->backlog >= 0)
        sum->backlog = later->backlog;
    if (later->clients >= 0 && later->reviewed_12m >= 0) {
        sum->clients = later->clients;
        sum->reviewed_12m = later->reviewed_12m;
    }
}

/* target % = completed / summed target x 100 */
decimal reviews_total_target_pct(const reviews_total *total)
{
    return percent_of(total->completed * 100, total->target);
}

/* per FTE per week = completed x 7 / sum(fte x days) */
decimal reviews_total_per_fte_week(const reviews_total *total)
{
    if (total->fte_days <= 0)
        return decimal_none();
    return decimal_of(divide_rounded(total->completed * 70000, total->fte_days), 2);
}

/* weeks to clear = backlog x days / (completed x 7) */
decimal reviews_total_weeks_to_clear(const reviews_total *total)
{
    if (total->backlog < 0 || total->completed <= 0 || total->days <= 0)
        return decimal_none();
    return decimal_of(divide_rounded(total->backlog * total->days * 10, total->completed * 7), 1);
}

/* reviewed in 12 months % = reviewed_12m / clients x 100 */
decimal reviews_total_reviewed_12m_pct(const reviews_total *total)
{
    if (total->clients < 0 || total->reviewed_12m < 0)
        return decimal_none();
    return percent_of(total->reviewed_12m, total->clients);
}

rag reviews_total_rag(const reviews_total *total, reviews_thresholds thresholds)
{
    return rag_for_pct(reviews_total_target_pct(total), thresholds);
}

/* slope = (n sum(i y) - sum(i) sum(y)) / (n sum(i^2) - sum(i)^2), over defined values */
trend reviews_trend(const decimal *series, size_t count, int64_t flat_band)
{
    int64_t n = 0, sum_i = 0, sum_y = 0, sum_iy = 0, sum_ii = 0;
    for (size_t i = 0; i < count; i++) {
        if (!series[i].defined)
            continue;
        int64_t x = (int64_t)i;
        n++;
        sum_i += x;
        sum_y += series[i].units;
        sum_iy += x * series[i].units;
        sum_ii += x * x;
    }
    if (n < 2)
        return TREND_NONE;
    int64_t numerator = n * sum_iy - sum_i * sum_y;
    int64_t denominator = n * sum_ii - sum_i * sum_i;
    /* |slope| >= flat_band  <=>  |numerator| >= flat_band x denominator */
    int64_t magnitude = numerator < 0 ? -numerator : numerator;
    if (magnitude < flat_band * denominator)
        return TREND_FLAT;
    return numerator > 0 ? TREND_UP : TREND_DOWN;
}
