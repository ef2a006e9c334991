/* calendar.h - dates and financial years.
 *
 * Dates are stored as ISO 8601 text ("2025-03-31") and handled here as a
 * count of days, so that comparing and adding days is plain arithmetic.
 * Financial years run April to March and are named by the year they start:
 * 2024 is "2024/25".
 */
#ifndef ASSURE_CALENDAR_H
#define ASSURE_CALENDAR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
    int year, month, day;
} calendar_date;

typedef int32_t day_number; /* days since 1970-01-01 */

#define FY_FIRST 1990
#define FY_LAST  2099

/* The days of a month (1 to 12) of a year: February has 29 in a leap year. */
int date_days_in_month(int year, int month);
/* True when year-month-day is a real date between years 1900 and 2199. */
bool date_is_valid(calendar_date date);
/* Parse "2025-03-31" or UK "31/03/2025" (also 31/3/2025, 31.03.2025). */
bool date_parse(const char *text, calendar_date *out, const char **why);
/* A month as trackers write a reporting period ("Nov 2026", "November
 * 2026", "2026-11"): its first day.  False for anything else. */
bool month_parse(const char *text, calendar_date *out);
/* "2025-03-31"; buf needs 11 bytes. */
size_t date_format(char *buf, size_t size, calendar_date date);
/* "31 Mar 2025", as committee papers write dates. */
size_t date_format_long(char *buf, size_t size, calendar_date date);
/* A stored date as the dashboard's screen shows every date: "2026-12-07" is
 * "7 Dec 2026"; with a time after it ("2026-11-20T16:20:00Z" or
 * "2026-11-20 16:20") "20 Nov 2026 16:20".  Text that is not such a date is
 * copied as it is, and false returned.  Reports and data keep ISO. */
bool date_show(char *buf, size_t size, const char *iso);

day_number date_to_days(calendar_date date);
calendar_date date_from_days(day_number days);

/* The financial year (April to March) a date falls in: 2025-03-31 is 2024. */
int fy_of_date(calendar_date date);
/* Parse 2024/25, FY24/25, FY 2024-25, 2024-25, 24/25, 2024/2025 into 2024.
 * A two-digit first year follows POSIX's %y window: 69 to 99 are 19xx (so
 * 89/90 is 1989/90, out of range), 00 to 68 are 20xx. */
bool fy_parse(const char *text, int *out, const char **why);
/* 2024 -> "2024/25", FY_LATER -> "later"; buf needs 8 bytes. */
size_t fy_format(char *buf, size_t size, int fy);

/* The years after the last one a table names, kept as one bucket and shown
 * as "later": a column or row headed "Future years", "Later years",
 * "Beyond MTFS", "Post 2025/26", "2026/27 onwards" and the like. */
#define FY_LATER 9999
/* True when text (a heading or a cell) names that bucket. */
bool fy_is_later(const char *text);

#endif
