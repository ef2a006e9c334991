/* figures.c - exact money, FTE and decimal figures.
 *
 * Every figure is an integer: money in whole pounds, FTE in hundredths, ratios
 * in tenths of a percent.  Parsing reads the digits as an integer mantissa and
 * a count of decimal places, so "£1.2m" becomes exactly 1,200,000 with no
 * binary fraction in between.
 */
#include "figures.h"

#include <stdio.h>
#include <string.h>

__extension__ typedef __int128 wide;

static const char *skip_spaces(const char *p)
{
    for (;;) {
        if (*p == ' ' || *p == '\t')
            p++;
        else if ((unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0)
            p += 2; /* no-break space, as Excel writes in "£ 1,234" */
        else
            return p;
    }
}

/* Length of text with trailing spaces (and no-break spaces) removed. */
static size_t trimmed_length(const char *text)
{
    size_t n = strlen(text);
    for (;;) {
        if (n > 0 && (text[n - 1] == ' ' || text[n - 1] == '\t'))
            n--;
        else if (n > 1 && (unsigned char)text[n - 2] == 0xC2 && (unsigned char)text[n - 1] == 0xA0)
            n -= 2;
        else
            return n;
    }
}

/* A minus sign: '-', or the Unicode minus and en dash that word processors
 * substitute.  Returns the number of bytes it takes, 0 when none. */
static size_t minus_length(const char *p)
{
    const unsigned char *u = (const unsigned char *)p;
    if (u[0] == '-')
        return 1;
    if (u[0] == 0xE2 && u[1] == 0x88 && u[2] == 0x92) /* U+2212 minus */
        return 3;
    if (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x93) /* U+2013 en dash */
        return 3;
    return 0;
}

/* A sign: '+', or a minus as minus_length reads it.  Returns the number of
 * bytes it takes and sets *negative; 0 when there is none. */
static size_t sign_length(const char *p, bool *negative)
{
    size_t m = minus_length(p);
    *negative = m > 0;
    return m > 0 ? m : *p == '+' ? 1 : 0;
}

/* The one rule of signs for every figure: at most one + or -, or brackets
 * round it for negative, never both. */
#define SIGN_TWICE        "more than one sign (write one + or -, or brackets for negative)"
#define SIGN_IN_BRACKETS  "a sign inside brackets (brackets alone mean negative)"
#define SIGN_AND_BRACKETS "a sign and brackets (write -5 or (5), not both)"

/* Read the opening bracket of a negative figure at *p, if there is one, and
 * take its closing bracket off *end.  False with *why set when it is not
 * closed. */
static bool read_bracket(const char **p, const char *text, size_t *end, bool *bracketed, const char **why)
{
    *bracketed = **p == '(';
    if (!*bracketed)
        return true;
    if (text[*end - 1] != ')') {
        *why = "opening bracket without a closing one";
        return false;
    }
    *p = skip_spaces(*p + 1);
    (*end)--;
    return true;
}

/* 10^n for 0 <= n <= 18. */
static int64_t power_of_ten(int n)
{
    int64_t r = 1;
    while (n-- > 0)
        r *= 10;
    return r;
}

/* Round numerator / denominator half away from zero, in 128 bits. */
static wide wide_divide_rounded(wide numerator, wide denominator)
{
    wide q = numerator / denominator;
    wide r = numerator % denominator;
    if (r < 0)
        r = -r;
    if (r * 2 >= (denominator < 0 ? -denominator : denominator))
        q += (numerator < 0) != (denominator < 0) ? -1 : 1;
    return q;
}

money money_add(money a, money b)
{
    money sum;
    if (__builtin_add_overflow(a, b, &sum))
        return a > 0 ? INT64_MAX : INT64_MIN + 1;
    return sum == MONEY_UNKNOWN ? INT64_MIN + 1 : sum;
}

money money_distance(money a, money b)
{
    money difference;
    if (__builtin_sub_overflow(a, b, &difference) || difference == INT64_MIN)
        return INT64_MAX;
    return difference < 0 ? -difference : difference;
}

int64_t divide_rounded(int64_t numerator, int64_t denominator)
{
    return (int64_t)wide_divide_rounded(numerator, denominator);
}

int64_t multiply_divide_rounded(int64_t a, int64_t b, int64_t denominator)
{
    wide value = wide_divide_rounded((wide)a * b, denominator);
    if (value > INT64_MAX)
        return INT64_MAX;
    if (value <= INT64_MIN)
        return INT64_MIN + 1;
    return (int64_t)value;
}

/* Digits read from text: an integer mantissa and how many of its digits came
 * after the decimal point. */
typedef struct {
    int64_t mantissa;
    int places;
    int digits;
} digit_run;

/* Read digits with optional thousands commas and an optional decimal part.
 * Commas must group by three, so "1,5" (a decimal comma) is refused. */
static const char *read_digits(const char *p, bool allow_commas, digit_run *run, const char **why)
{
    run->mantissa = 0;
    run->places = 0;
    run->digits = 0;
    int group = -1; /* digits since the last comma; -1 before any comma */
    bool fraction = false;
    for (;; p++) {
        if (*p >= '0' && *p <= '9') {
            if (run->digits >= 18) {
                *why = "too many digits";
                return NULL;
            }
            if (run->digits > 0 || *p != '0' || fraction)
                run->digits++;
            run->mantissa = run->mantissa * 10 + (*p - '0');
            if (fraction)
                run->places++;
            else if (group >= 0)
                group++;
        } else if (*p == ',' && allow_commas && !fraction) {
            if (group == 0 || (group > 0 && group != 3) || p[1] < '0' || p[1] > '9') {
                *why = "commas must separate thousands";
                return NULL;
            }
            group = 0;
        } else if (*p == '.' && !fraction) {
            if (group >= 0 && group != 3) {
                *why = "commas must separate thousands";
                return NULL;
            }
            fraction = true;
            group = -1;
        } else {
            break;
        }
    }
    if (group >= 0 && group != 3) {
        *why = "commas must separate thousands";
        return NULL;
    }
    return p;
}

/* A k/m/bn suffix: the multiplier, and how many bytes it takes (0 if none). */
static int64_t read_suffix(const char *p, size_t *length)
{
    static const struct {
        const char *text;
        int64_t scale;
    } suffixes[] = {
        {"bn", 1000000000LL}, {"mn", 1000000LL}, {"m", 1000000LL}, {"k", 1000LL}, {"b", 1000000000LL},
    };
    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
        size_t n = strlen(suffixes[i].text);
        bool match = true;
        for (size_t j = 0; j < n && match; j++)
            match = p[j] != '\0' && (p[j] | 0x20) == suffixes[i].text[j];
        /* "m" must not be the start of a word such as "million" we do not know */
        if (match && !((p[n] | 0x20) >= 'a' && (p[n] | 0x20) <= 'z')) {
            *length = n;
            return suffixes[i].scale;
        }
    }
    *length = 0;
    return 0;
}

bool money_parse(const char *text, money unit, money_parsed *out, const char **why)
{
    static const char *ignored;
    if (why == NULL)
        why = &ignored;
    out->value = MONEY_UNKNOWN;
    out->resolution = 1;
    out->had_suffix = false;

    const char *p = skip_spaces(text);
    size_t end = trimmed_length(text);
    if ((size_t)(p - text) >= end)
        return true; /* blank: unknown */

    /* A lone dash is how accounting formats write zero. */
    size_t dash = minus_length(p);
    if (dash > 0 && (size_t)(p - text) + dash == end) {
        out->value = 0;
        return true;
    }

    bool bracketed;
    if (!read_bracket(&p, text, &end, &bracketed, why))
        return false;
    bool negative = bracketed, signed_ = false, currency = false;
    for (;;) { /* "-£5", "£-5" and "- £ 5" are all written */
        bool minus;
        size_t m = sign_length(p, &minus);
        if (m > 0) {
            if (bracketed || signed_) {
                *why = bracketed ? SIGN_IN_BRACKETS : SIGN_TWICE;
                return false;
            }
            signed_ = true;
            negative = minus;
            p = skip_spaces(p + m);
        } else if (*p == '(' && signed_) {
            *why = SIGN_AND_BRACKETS;
            return false;
        } else if (!currency && (unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA3) {
            currency = true; /* £ */
            p = skip_spaces(p + 2);
        } else if (!currency && strncmp(p, "GBP", 3) == 0) {
            currency = true;
            p = skip_spaces(p + 3);
        } else {
            break;
        }
    }

    digit_run run;
    const char *q = read_digits(p, true, &run, why);
    if (q == NULL)
        return false;
    if (q == p || (q == p + 1 && *p == '.')) {
        *why = "not a sum of money";
        return false;
    }
    q = skip_spaces(q);
    size_t suffix_length = 0;
    int64_t scale = read_suffix(q, &suffix_length);
    if (scale != 0) {
        out->had_suffix = true;
        q = skip_spaces(q + suffix_length);
    } else {
        scale = unit;
    }
    if (bracketed ? (size_t)(q - text) != end : *q != '\0') {
        *why = bracketed ? "unexpected text inside the brackets" : "unexpected text after the figure";
        return false;
    }

    int64_t divisor = power_of_ten(run.places);
    wide value = wide_divide_rounded((wide)run.mantissa * scale, divisor);
    if (value > MONEY_MAX_ABS) {
        *why = "too large to be a sum of money";
        return false;
    }
    out->value = (money)(negative ? -value : value);
    out->resolution = scale >= divisor ? scale / divisor : 1;
    return true;
}

bool money_agrees(money declared, money resolution, money computed)
{
    wide difference = (wide)declared - computed;
    if (difference < 0)
        difference = -difference;
    return difference * 2 <= (wide)(resolution > 0 ? resolution : 1);
}

/* Write the digits of magnitude with thousands commas; returns length. */
static size_t format_grouped(char *buf, size_t size, uint64_t magnitude)
{
    char digits[32];
    int n = snprintf(digits, sizeof digits, "%llu", (unsigned long long)magnitude);
    char grouped[48];
    size_t g = 0;
    for (int i = 0; i < n; i++) {
        if (i > 0 && (n - i) % 3 == 0)
            grouped[g++] = ',';
        grouped[g++] = digits[i];
    }
    grouped[g] = '\0';
    return (size_t)snprintf(buf, size, "%s", grouped);
}

static uint64_t magnitude_of(int64_t value)
{
    return value < 0 ? (uint64_t)0 - (uint64_t)value : (uint64_t)value;
}

size_t money_format(char *buf, size_t size, money value)
{
    if (value == MONEY_UNKNOWN)
        return (size_t)snprintf(buf, size, "%s", "");
    char grouped[48];
    format_grouped(grouped, sizeof grouped, magnitude_of(value));
    return (size_t)snprintf(buf, size, "%s£%s", value < 0 ? "-" : "", grouped);
}

/* Digits of v, at least width of them (zeros before), at p; returns the
 * count written. */
static size_t put_digits(char *p, uint64_t v, int width)
{
    char reversed[24];
    size_t n = 0;
    do {
        reversed[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v > 0 || (int)n < width);
    for (size_t i = 0; i < n; i++)
        p[i] = reversed[n - 1 - i];
    return n;
}

/* Copy the text of length n to buf as snprintf would: cut to fit, always
 * ended; returns n. */
static size_t put_text(char *buf, size_t size, const char *text, size_t n)
{
    if (size > 0) {
        size_t kept = n < size - 1 ? n : size - 1;
        memcpy(buf, text, kept);
        buf[kept] = '\0';
    }
    return n;
}

/* Written by hand rather than with snprintf: screens format thousands of
 * these each time a panel's rows are built. */
size_t money_format_short(char *buf, size_t size, money value, int places)
{
    if (value == MONEY_UNKNOWN)
        return put_text(buf, size, "", 0);
    char text[48];
    size_t n = 0;
    if (value < 0)
        text[n++] = '-';
    memcpy(text + n, "\xc2\xa3", 2); /* £ */
    n += 2;
    uint64_t m = magnitude_of(value);
    if (places < 0)
        places = 0;
    if (places > 3)
        places = 3;
    uint64_t thousands = (m + 500) / 1000;
    if (m >= 1000000 || thousands >= 1000) {
        uint64_t step = (uint64_t)power_of_ten(6 - places);
        uint64_t scaled = (m + step / 2) / step;
        uint64_t unit = (uint64_t)power_of_ten(places);
        n += put_digits(text + n, places == 0 ? scaled : scaled / unit, 1);
        if (places > 0) {
            text[n++] = '.';
            n += put_digits(text + n, scaled % unit, places);
        }
        text[n++] = 'm';
    } else if (m >= 1000) {
        n += put_digits(text + n, thousands, 1);
        text[n++] = 'k';
    } else {
        n += put_digits(text + n, m, 1);
    }
    return put_text(buf, size, text, n);
}

size_t money_format_plain(char *buf, size_t size, money value)
{
    if (value == MONEY_UNKNOWN)
        return (size_t)snprintf(buf, size, "%s", "");
    return (size_t)snprintf(buf, size, "%lld", (long long)value);
}

bool decimal_parse(const char *text, int places, bool allow_negative, int64_t *out, const char **why)
{
    static const char *ignored;
    if (why == NULL)
        why = &ignored;
    const char *p = skip_spaces(text);
    size_t end = trimmed_length(text);
    if ((size_t)(p - text) >= end) {
        *why = "empty";
        return false;
    }
    bool bracketed;
    if (!read_bracket(&p, text, &end, &bracketed, why))
        return false;
    bool negative = bracketed, minus;
    size_t m = sign_length(p, &minus);
    if (m > 0) {
        if (bracketed) {
            *why = SIGN_IN_BRACKETS;
            return false;
        }
        negative = minus;
        p = skip_spaces(p + m);
        bool again;
        if (sign_length(p, &again) > 0 || *p == '(') {
            *why = *p == '(' ? SIGN_AND_BRACKETS : SIGN_TWICE;
            return false;
        }
    }
    digit_run run;
    const char *q = read_digits(p, true, &run, why); /* 12,010.5: thousands as councils write them */
    if (q == NULL)
        return false;
    if (q == p || (q == p + 1 && *p == '.')) {
        *why = "not a number";
        return false;
    }
    if ((size_t)(skip_spaces(q) - text) != end) {
        *why = "unexpected text after the number";
        return false;
    }
    if (negative && !allow_negative && run.mantissa != 0) {
        *why = "must not be negative";
        return false;
    }
    wide value;
    if (run.places <= places)
        value = (wide)run.mantissa * power_of_ten(places - run.places);
    else
        value = wide_divide_rounded(run.mantissa, power_of_ten(run.places - places));
    if (value > (wide)INT64_MAX / 1000) {
        *why = "too large";
        return false;
    }
    *out = (int64_t)(negative ? -value : value);
    return true;
}

decimal decimal_of(int64_t units, int places)
{
    decimal d = {true, units, places};
    return d;
}

decimal decimal_none(void)
{
    decimal d = {false, 0, 0};
    return d;
}

size_t decimal_format(char *buf, size_t size, decimal value)
{
    if (!value.defined)
        return (size_t)snprintf(buf, size, "%s", "");
    uint64_t m = magnitude_of(value.units);
    const char *sign = value.units < 0 ? "-" : "";
    if (value.places <= 0)
        return (size_t)snprintf(buf, size, "%s%llu", sign, (unsigned long long)m);
    uint64_t unit = (uint64_t)power_of_ten(value.places);
    return (size_t)snprintf(buf, size, "%s%llu.%0*llu", sign, (unsigned long long)(m / unit), value.places,
                            (unsigned long long)(m % unit));
}

bool fte_parse(const char *text, bool allow_negative, fte_hundredths *out, const char **why)
{
    return decimal_parse(text, 2, allow_negative, out, why);
}

size_t fte_format(char *buf, size_t size, fte_hundredths value)
{
    return decimal_format(buf, size, decimal_of(value, 2));
}

/* percent = part / whole x 100, in tenths of a percent. */
decimal percent_of(int64_t part, int64_t whole)
{
    if (whole <= 0)
        return decimal_none();
    return decimal_of((int64_t)wide_divide_rounded((wide)part * 1000, whole), 1);
}

bool printed_percent_parse(const char *text, printed_percent *out, const char **why)
{
    static const char *ignored;
    if (why == NULL)
        why = &ignored;
    char number[64];
    size_t n = trimmed_length(text);
    const char *start = skip_spaces(text);
    if (start >= text + n) {
        *why = "empty";
        return false;
    }
    size_t length = (size_t)(text + n - start);
    if (start[length - 1] == '%')
        length--; /* the sign, and any space before it */
    while (length > 0 && (start[length - 1] == ' ' || start[length - 1] == '\t'))
        length--;
    if (length == 0 || length >= sizeof number) {
        *why = length == 0 ? "not a percentage" : "too long to be a percentage";
        return false;
    }
    memcpy(number, start, length);
    number[length] = '\0';
    int64_t hundredths;
    if (!decimal_parse(number, 2, true, &hundredths, why))
        return false;
    if (hundredths > 1000000 || hundredths < -1000000) {
        *why = "more than 10,000%";
        return false;
    }
    const char *point = strchr(number, '.');
    size_t places = point != NULL ? strspn(point + 1, "0123456789") : 0;
    out->hundredths = hundredths;
    out->resolution = places == 0 ? 100 : places == 1 ? 10 : 1;
    return true;
}

/* |part x 10,000 / whole - printed| <= resolution / 2, times 2 x whole to stay whole */
bool printed_percent_agrees(printed_percent printed, int64_t part, int64_t whole)
{
    wide difference = (wide)part * 10000 - (wide)printed.hundredths * whole;
    if (difference < 0)
        difference = -difference;
    return difference * 2 <= (wide)(printed.resolution > 0 ? printed.resolution : 1) * whole;
}

/* hundredths = part x 10,000 / whole */
int64_t percent_hundredths(int64_t part, int64_t whole)
{
    return (int64_t)wide_divide_rounded((wide)part * 10000, whole > 0 ? whole : 1);
}

size_t percent_hundredths_format(char *buf, size_t size, int64_t hundredths)
{
    uint64_t magnitude = hundredths < 0 ? (uint64_t)0 - (uint64_t)hundredths : (uint64_t)hundredths;
    const char *sign = hundredths < 0 ? "-" : "";
    unsigned long long whole = (unsigned long long)(magnitude / 100),
                       rest = (unsigned long long)(magnitude % 100);
    if (rest == 0)
        return (size_t)snprintf(buf, size, "%s%llu%%", sign, whole);
    if (rest % 10 == 0)
        return (size_t)snprintf(buf, size, "%s%llu.%llu%%", sign, whole, rest / 10);
    return (size_t)snprintf(buf, size, "%s%llu.%02llu%%", sign, whole, rest);
}
