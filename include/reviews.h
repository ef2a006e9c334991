/* reviews.h - review throughput by team and period (SPEC §4.3).
 *
 * FTE and the reviews-per-FTE-week rate are hundredths.  Counts left blank
 * in the source (backlog, clients, reviewed_12m) are -1.  A period is a week,
 * a fortnight, four weeks, or a calendar month; every figure is worked on the
 * period's real days (reviews_period_days), so a February is 28 or 29 days
 * and a March 31.
 */
#ifndef ASSURE_REVIEWS_H
#define ASSURE_REVIEWS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "calendar.h"
#include "figures.h"
#include "rag.h"

#define REVIEWS_UNKNOWN        (-1)
#define REVIEWS_CALENDAR_MONTH 0 /* period_days of a calendar month */

typedef struct {
    int period_days;               /* 7, 14, 28, or REVIEWS_CALENDAR_MONTH */
    fte_hundredths fte;            /* reviewing FTE */
    int64_t completed;             /* reviews completed in the period */
    int64_t target_per_fte_week;   /* hundredths; 0 means "use the configured rate" */
    int64_t backlog;               /* reviews overdue at period end, or -1 */
    int64_t clients, reviewed_12m; /* long-term clients, and of them reviewed in 12 months */
    day_number start;              /* the first day: a calendar month's length comes from it */
} review_period;

typedef struct {
    int64_t target_per_fte_week; /* hundredths: 2.0 reviews per FTE per week is 200 */
    int amber_at;                /* completed as % of target at or above which: amber */
    int red_at;                  /* below this: red */
} reviews_thresholds;

typedef enum { TREND_NONE, TREND_DOWN, TREND_FLAT, TREND_UP } trend;

/* days = period_days, or for a calendar month the days of the month it starts in */
int reviews_period_days(const review_period *period);
/* A period's length as written: 7, 14 or 28 (days), or week, weekly,
 * fortnight, fortnightly, 4 weeks, four-weekly, month, monthly, calendar
 * month; false for anything else. */
bool reviews_period_parse(const char *text, int *period_days);
/* "month" for a calendar month, else the days ("14"); buf needs 8 bytes. */
size_t reviews_period_format(char *buf, size_t size, int period_days);

/* target = fte x target_per_fte_week x days / 7, in hundredths of a review */
decimal reviews_target(const review_period *period, reviews_thresholds thresholds);
/* per FTE per week = completed / fte / (days / 7) */
decimal reviews_per_fte_week(const review_period *period);
/* target % = completed / target x 100 */
decimal reviews_target_pct(const review_period *period, reviews_thresholds thresholds);
/* weeks to clear = backlog / (completed / (days / 7)); none when nothing was completed */
decimal reviews_weeks_to_clear(const review_period *period);
/* reviewed in 12 months % = reviewed_12m / clients x 100 */
decimal reviews_reviewed_12m_pct(const review_period *period);
/* rag = green at or above amber_at % of target, amber at or above red_at, else red */
rag reviews_rag(const review_period *period, reviews_thresholds thresholds);
/* Several periods or teams taken together. */
typedef struct {
    int64_t days;       /* days covered: one period's length, or the span of a team's periods */
    fte_hundredths fte; /* FTE summed over the teams of one period */
    int64_t fte_days;   /* sum of FTE (hundredths) x period days: the reviewing capacity */
    int64_t completed;
    int64_t target;  /* hundredths of a review, summed from each period's own target */
    int64_t backlog; /* -1 when no period gave one */
    int64_t clients, reviewed_12m;
} reviews_total;

/* An empty total. */
reviews_total reviews_total_empty(void);
/* Add a period.  across_teams: the periods added are the same period of
 * different teams, so backlogs and clients add up; otherwise they are one
 * team's successive periods (added oldest first), so the days add up and the
 * latest backlog and client counts stand. */
void reviews_total_add(reviews_total *sum, const review_period *period, reviews_thresholds thresholds,
                       bool across_teams);
/* Add a later stretch of time (one period of every team, say) to a total
 * over time: days add, and the later backlog and client counts stand. */
void reviews_total_combine(reviews_total *sum, const reviews_total *later);
/* The same indicators for a total. */
decimal reviews_total_target_pct(const reviews_total *total);
decimal reviews_total_per_fte_week(const reviews_total *total);
decimal reviews_total_weeks_to_clear(const reviews_total *total);
decimal reviews_total_reviewed_12m_pct(const reviews_total *total);
rag reviews_total_rag(const reviews_total *total, reviews_thresholds thresholds);

/* Direction of a series (oldest first) by its least-squares slope: up or down
 * when it moves by at least `flat_band` units per step, else flat; none for
 * fewer than two defined values. */
trend reviews_trend(const decimal *series, size_t count, int64_t flat_band);

#endif
