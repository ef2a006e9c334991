/* timeline.c - months across a width of columns, and a date's column. */
#include "timeline.h"

/* Months since year 0's January, to count months between two dates. */
static int month_number(int year, int month)
{
    return year * 12 + (month - 1);
}

bool timeline_fit(calendar_date first, calendar_date last, int width, timeline_scale *out)
{
    int from = month_number(first.year, first.month), to = month_number(last.year, last.month);
    if (width < 1 || to < from)
        return false;
    int months = to - from + 1;
    out->year = first.year;
    out->month = first.month;
    out->cut = months > width;
    out->months = out->cut ? width : months;
    out->per_month = width / out->months;
    if (out->per_month > TIMELINE_MAX_PER_MONTH)
        out->per_month = TIMELINE_MAX_PER_MONTH;
    out->width = out->months * out->per_month;
    return true;
}

void timeline_month(const timeline_scale *t, int k, int *year, int *month)
{
    int n = month_number(t->year, t->month) + k;
    *year = n / 12;
    *month = n % 12 + 1;
}

int timeline_column(const timeline_scale *t, calendar_date date)
{
    int k = month_number(date.year, date.month) - month_number(t->year, t->month);
    if (k < 0)
        return TIMELINE_BEFORE;
    if (k >= t->months)
        return TIMELINE_AFTER;
    int days = date_days_in_month(date.year, date.month);
    return k * t->per_month + (date.day - 1) * t->per_month / days;
}

void timeline_span_add(calendar_date date, bool *any, calendar_date *first, calendar_date *last)
{
    if (!*any || date_to_days(date) < date_to_days(*first))
        *first = date;
    if (!*any || date_to_days(date) > date_to_days(*last))
        *last = date;
    *any = true;
}
