/* timeline.h - the Plan panel's time-line as arithmetic: the months a set
 * of dates spans laid across a number of screen columns, each month the
 * same number of columns, and the column a date falls in.  No I/O.
 */
#ifndef ASSURE_TIMELINE_H
#define ASSURE_TIMELINE_H

#include <stdbool.h>

#include "calendar.h"

/* A date's place when it is not on the time-line. */
#define TIMELINE_BEFORE (-1) /* before its first month */
#define TIMELINE_AFTER  (-2) /* after its last */

/* More columns a month than a day each says nothing more. */
#define TIMELINE_MAX_PER_MONTH 31

typedef struct {
    int year, month; /* the first month shown */
    int months;      /* how many months across */
    int per_month;   /* the columns each month takes */
    int width;       /* months * per_month: the columns used, from the left */
    bool cut;        /* the span had more months than columns: the last ones are left out */
} timeline_scale;

/* The months from first's to last's, both in, across width columns: as
 * many columns a month as fit them all (at most TIMELINE_MAX_PER_MONTH);
 * when there are more months than columns, a column a month from first's
 * and the rest cut.  False when width < 1 or last is before first. */
bool timeline_fit(calendar_date first, calendar_date last, int width, timeline_scale *out);

/* The year and month of the k-th month shown (0 the first). */
void timeline_month(const timeline_scale *t, int k, int *year, int *month);

/* The column a date falls in: its month's first column, (month index *
 * per_month), plus (day - 1) * per_month / days in its month, rounded
 * down; TIMELINE_BEFORE or TIMELINE_AFTER when it is off the time-line. */
int timeline_column(const timeline_scale *t, calendar_date date);

/* The earliest and latest of a set of dates, kept in *first and *last:
 * a date widens them; *any says whether one has been seen yet. */
void timeline_span_add(calendar_date date, bool *any, calendar_date *first, calendar_date *last);

#endif
