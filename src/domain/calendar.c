/* calendar.c - dates and financial years, by day count. */
#include "calendar.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "text.h"

static bool is_leap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int date_days_in_month(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

bool date_is_valid(calendar_date date)
{
    return date.year >= 1900 && date.year <= 2199 && date.month >= 1 && date.month <= 12 && date.day >= 1 &&
           date.day <= date_days_in_month(date.year, date.month);
}

/* Read an unsigned number of at most max_digits digits; returns the count read. */
static int read_number(const char **p, int max_digits, int *out)
{
    int n = 0, value = 0;
    while (n < max_digits && isdigit((unsigned char)**p)) {
        value = value * 10 + (**p - '0');
        (*p)++;
        n++;
    }
    *out = value;
    return n;
}

bool date_parse(const char *text, calendar_date *out, const char **why)
{
    static const char *ignored;
    if (why == NULL)
        why = &ignored;
    const char *p = text;
    while (*p == ' ')
        p++;
    int a, b, c;
    int na = read_number(&p, 4, &a);
    calendar_date d;
    if (na == 4 && *p == '-') { /* ISO: 2025-03-31 */
        p++;
        if (read_number(&p, 2, &b) != 2 || *p != '-') {
            *why = "not a date (use 2025-03-31 or 31/03/2025)";
            return false;
        }
        p++;
        if (read_number(&p, 2, &c) != 2) {
            *why = "not a date (use 2025-03-31 or 31/03/2025)";
            return false;
        }
        d.year = a;
        d.month = b;
        d.day = c;
    } else if ((na == 1 || na == 2) && (*p == '/' || *p == '.')) { /* UK: 31/03/2025 */
        char separator = *p++;
        int nb = read_number(&p, 2, &b);
        if (nb == 0 || *p != separator) {
            *why = "not a date (use 2025-03-31 or 31/03/2025)";
            return false;
        }
        p++;
        int nc = read_number(&p, 4, &c);
        if (nc != 4) {
            *why = nc == 2 ? "give the year in four digits (31/03/2025)"
                           : "not a date (use 2025-03-31 or 31/03/2025)";
            return false;
        }
        d.year = c;
        d.month = b;
        d.day = a;
    } else {
        *why = "not a date (use 2025-03-31 or 31/03/2025)";
        return false;
    }
    /* Spreadsheets sometimes append a midnight time to a date. */
    if (strncmp(p, " 00:00:00", 9) == 0 || strncmp(p, "T00:00:00", 9) == 0)
        p += 9;
    else if (strncmp(p, " 00:00", 6) == 0)
        p += 6;
    while (*p == ' ')
        p++;
    if (*p != '\0') {
        *why = "unexpected text after the date";
        return false;
    }
    if (!date_is_valid(d)) {
        *why = d.month < 1 || d.month > 12 ? "no such month" : "no such day in that month";
        if (d.year < 1900 || d.year > 2199)
            *why = "year out of range";
        return false;
    }
    *out = d;
    return true;
}

size_t date_format(char *buf, size_t size, calendar_date date)
{
    return (size_t)snprintf(buf, size, "%04d-%02d-%02d", date.year, date.month, date.day);
}

size_t date_format_long(char *buf, size_t size, calendar_date date)
{
    static const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (!date_is_valid(date))
        return (size_t)snprintf(buf, size, "%s", "?");
    return (size_t)snprintf(buf, size, "%d %s %d", date.day, months[date.month - 1], date.year);
}

bool date_show(char *buf, size_t size, const char *iso)
{
    calendar_date d;
    char day[11];
    if (size == 0)
        return false;
    if (iso == NULL)
        iso = "";
    bool digits = strlen(iso) >= 10;
    for (size_t i = 0; digits && i < 10; i++)
        digits = i == 4 || i == 7 ? iso[i] == '-' : isdigit((unsigned char)iso[i]) != 0;
    snprintf(day, sizeof day, "%.10s", iso);
    if (!digits || !date_parse(day, &d, NULL)) {
        snprintf(buf, size, "%s", iso);
        return false;
    }
    /* the time, hours and minutes, when one follows the date */
    const char *t = iso + 10;
    bool timed = (*t == 'T' || *t == ' ') && isdigit((unsigned char)t[1]) && isdigit((unsigned char)t[2]) &&
                 t[3] == ':' && isdigit((unsigned char)t[4]) && isdigit((unsigned char)t[5]);
    if (*t != '\0' && !timed) {
        snprintf(buf, size, "%s", iso);
        return false;
    }
    size_t n = date_format_long(buf, size, d);
    if (timed && n < size)
        snprintf(buf + n, size - n, " %.5s", t + 1);
    return true;
}

/* Days from civil date: counts from 1970-01-01 using the proleptic Gregorian
 * calendar, with years shifted to start in March so that the leap day falls
 * last (H. Hinnant's days_from_civil). */
day_number date_to_days(calendar_date date)
{
    int y = date.year - (date.month <= 2);
    int era = (y >= 0 ? y : y - 399) / 400;
    int year_of_era = y - era * 400;
    int day_of_year = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
    int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return (day_number)(era * 146097 + day_of_era - 719468);
}

calendar_date date_from_days(day_number days)
{
    int z = days + 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int day_of_era = z - era * 146097;
    int year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    int day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    int mp = (5 * day_of_year + 2) / 153;
    calendar_date d;
    d.day = day_of_year - (153 * mp + 2) / 5 + 1;
    d.month = mp < 10 ? mp + 3 : mp - 9;
    d.year = year_of_era + era * 400 + (d.month <= 2);
    return d;
}

/* fy = year if the month is April or later, else the year before. */
int fy_of_date(calendar_date date)
{
    return date.month >= 4 ? date.year : date.year - 1;
}

bool fy_parse(const char *text, int *out, const char **why)
{
    static const char *ignored;
    if (why == NULL)
        why = &ignored;
    const char *p = text;
    while (*p == ' ')
        p++;
    if ((p[0] == 'F' || p[0] == 'f') && (p[1] == 'Y' || p[1] == 'y')) {
        p += 2;
        while (*p == ' ')
            p++;
    }
    int first, second;
    int n1 = read_number(&p, 4, &first);
    if ((n1 != 2 && n1 != 4) || (*p != '/' && *p != '-')) {
        *why = "not a financial year (use 2024/25)";
        return false;
    }
    p++;
    int n2 = read_number(&p, 4, &second);
    while (*p == ' ')
        p++;
    if ((n2 != 2 && n2 != 4) || *p != '\0') {
        *why = "not a financial year (use 2024/25)";
        return false;
    }
    if (n1 == 2) /* POSIX's window for %y: 69 to 99 are 1969 to 1999, 00 to 68 are 2000 to 2068 */
        first += first >= 69 ? 1900 : 2000;
    if (second != (n2 == 2 ? (first + 1) % 100 : first + 1)) {
        *why = "a financial year's two years must follow each other (2024/25)";
        return false;
    }
    _Static_assert(FY_FIRST == 1990 && FY_LAST == 2099, "the messages below name the range");
    if (first < FY_FIRST || first > FY_LAST) {
        /* 89/90 is 1989/90, refused as that is; 2069 to 2099 are written in full */
        *why = n1 == 2
                   ? "financial year out of range (1990/91 to 2099/00): a two-digit year from 69 to 99 is "
                     "19xx; write a later year in full (2089/90)"
                   : "financial year out of range (1990/91 to 2099/00)";
        return false;
    }
    *out = first;
    return true;
}

size_t fy_format(char *buf, size_t size, int fy)
{
    if (fy == FY_LATER)
        return (size_t)snprintf(buf, size, "later");
    return (size_t)snprintf(buf, size, "%04d/%02d", fy, (fy + 1) % 100);
}

/* The rest of text after a leading word, past spaces, hyphens and colons;
 * NULL when text does not begin with the word. */
static const char *after_word(const char *text, const char *word)
{
    size_t n = strlen(word);
    if (strncasecmp(text, word, n) != 0 || isalnum((unsigned char)text[n]))
        return NULL;
    text += n;
    while (*text == ' ' || *text == '-' || *text == ':')
        text++;
    return text;
}

/* later = "later", "future years" and the like; "beyond", "post" or "after"
 * a year or the plan; a year "onwards", "and beyond" or "+" */
bool fy_is_later(const char *text)
{
    char copy[128];
    while (*text == ' ')
        text++;
    if (strlen(text) >= sizeof copy)
        return false;
    strcpy(copy, text);
    size_t length = strlen(copy);
    while (length > 0 && copy[length - 1] == ' ')
        copy[--length] = '\0';
    char key[128];
    text_key(key, sizeof key, copy);
    static const char *const buckets[] = {"later", "future",    "subsequent",
                                          "outer", "remaining", "thereafter"};
    for (size_t i = 0; i < sizeof buckets / sizeof buckets[0]; i++) {
        size_t n = strlen(buckets[i]);
        if (strncmp(key, buckets[i], n) == 0 && (key[n] == '\0' || strncmp(key + n, "year", 4) == 0))
            return true;
    }
    static const char *const beyond[] = {"beyond", "post", "after"};
    static const char *const plans[] = {"mtfs", "mtfp", "themtfs", "themtfp", "plan", "theplan", "programme"};
    int fy;
    for (size_t i = 0; i < sizeof beyond / sizeof beyond[0]; i++) {
        const char *rest = after_word(copy, beyond[i]);
        if (rest == NULL || rest[0] == '\0')
            continue;
        if (fy_parse(rest, &fy, NULL))
            return true;
        char rest_key[128];
        text_key(rest_key, sizeof rest_key, rest);
        for (size_t p = 0; p < sizeof plans / sizeof plans[0]; p++)
            if (strcmp(rest_key, plans[p]) == 0)
                return true;
    }
    static const char *const onwards[] = {" onwards",   " onward",         " and beyond",
                                          " and later", " and thereafter", "+"};
    for (size_t i = 0; i < sizeof onwards / sizeof onwards[0]; i++) {
        size_t n = strlen(onwards[i]);
        if (length > n && strcasecmp(copy + length - n, onwards[i]) == 0) {
            copy[length - n] = '\0';
            return fy_parse(copy, &fy, NULL);
        }
    }
    return false;
}

bool month_parse(const char *text, calendar_date *out)
{
    static const char *names[] = {"january", "february", "march",     "april",   "may",      "june",
                                  "july",    "august",   "september", "october", "november", "december"};
    int year = 0, month = 0, used = 0;
    if (sscanf(text, "%4d-%2d%n", &year, &month, &used) == 2 && text[used] == '\0' && used == 7) {
        /* "2026-11" */
    } else {
        char word[16];
        if (sscanf(text, "%15[A-Za-z] %4d%n", word, &year, &used) != 2 || text[used] != '\0' ||
            strlen(word) < 3)
            return false;
        size_t length = strlen(word);
        for (int m = 0; m < 12 && month == 0; m++)
            if (strncasecmp(word, names[m], length) == 0 &&
                (length == 3 || length == strlen(names[m]) || (m == 8 && length == 4)))
                month = m + 1; /* "Nov", "November", "Sept" */
    }
    calendar_date date = {.year = year, .month = month, .day = 1};
    if (month < 1 || month > 12 || year < 1900 || !date_is_valid(date))
        return false;
    *out = date;
    return true;
}
