/* figures.h - exact money, FTE and decimal figures: parsing and formatting.
 *
 * Money is whole pounds in an int64_t; FTE is hundredths of a full-time
 * equivalent in an int64_t.  Ratios such as percentages are computed into a
 * `decimal` (an integer count of 10^-places units), never a float.
 * Nothing here does I/O.
 */
#ifndef ASSURE_FIGURES_H
#define ASSURE_FIGURES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef int64_t money;          /* whole pounds */
typedef int64_t fte_hundredths; /* 1.00 FTE == 100 */

#define MONEY_UNKNOWN INT64_MIN /* a blank cell: not zero, not known */
/* A cell of more than £999,999,999,999 is a typo; the cap also keeps every
 * sum of a realistic table far inside int64 (millions of such cells). */
#define MONEY_MAX_ABS 999999999999LL

/* A fixed-point figure: `units` counts 10^-places; undefined when it has no
 * meaning (a percentage of zero, weeks to clear with nothing completed). */
typedef struct {
    bool defined;
    int64_t units;
    int places;
} decimal;

/* What money_parse understood of a cell. */
typedef struct {
    money value;      /* whole pounds, or MONEY_UNKNOWN for a blank cell */
    money resolution; /* pounds per unit of the last digit written (£14.2m: 100,000) */
    bool had_suffix;  /* written with k/m/bn, so --unit did not apply */
} money_parsed;

/* Parse money as councils write it: 1234, 1,234, £1,234, -1234, (1,234),
 * £1.2m, 150k, £2bn, blank.  `unit` (1, 1000 or 1000000) scales cells written
 * without a suffix.  Pence are rounded to the nearest pound.  Returns false and
 * sets *why to a short reason when the text is not money. */
bool money_parse(const char *text, money unit, money_parsed *out, const char **why);

/* True when declared agrees with computed to the precision declared was
 * written in: within half a unit of its last digit, ends included. */
bool money_agrees(money declared, money resolution, money computed);

/* £13,109,000 / -£1,234; "" for MONEY_UNKNOWN. */
size_t money_format(char *buf, size_t size, money value);
/* £1.2m / £150k / £950 / -£2.4m: short form for screens (`places` for millions). */
size_t money_format_short(char *buf, size_t size, money value, int places);
/* 13109000 / -1234: plain digits for CSV and JSON; "" for MONEY_UNKNOWN. */
size_t money_format_plain(char *buf, size_t size, money value);

/* Parse a non-negative or signed decimal (commas may separate thousands:
 * 12,010.5) into 10^-places units, rounding
 * half away from zero past `places` digits: "51.5" at 2 places is 5150. */
bool decimal_parse(const char *text, int places, bool allow_negative, int64_t *out, const char **why);
/* "55.6"; "" when undefined. */
size_t decimal_format(char *buf, size_t size, decimal value);
/* A defined decimal of `units` at `places`. */
decimal decimal_of(int64_t units, int places);
/* The undefined decimal. */
decimal decimal_none(void);

/* FTE: "51.5" -> 5150; more than two decimals round to the nearest hundredth. */
bool fte_parse(const char *text, bool allow_negative, fte_hundredths *out, const char **why);
/* 5150 -> "51.50" */
size_t fte_format(char *buf, size_t size, fte_hundredths value);

/* a + b for sums of money, held at the int64 limits rather than wrapping
 * (and never landing on MONEY_UNKNOWN). */
money money_add(money a, money b);

/* |a - b|, held at INT64_MAX rather than overflowing (a sum held at the
 * limits by money_add can be far from a declared figure). */
money money_distance(money a, money b);

/* numerator / denominator rounded half away from zero; denominator > 0. */
int64_t divide_rounded(int64_t numerator, int64_t denominator);

/* a x b / denominator rounded half away from zero, computed without
 * overflow and held at the int64 limits (never INT64_MIN); denominator > 0. */
int64_t multiply_divide_rounded(int64_t a, int64_t b, int64_t denominator);

/* part / whole x 100 to one decimal place; undefined when whole <= 0. */
decimal percent_of(int64_t part, int64_t whole);

/* A percentage as a file prints it beside the figures it is worked from:
 * its value in hundredths of a percent, and the hundredths in one unit of its
 * last digit ("55%": 5500 and 100; "4.5%": 450 and 10; "55.56%": 5556 and 1). */
typedef struct {
    int64_t hundredths;
    int64_t resolution;
} printed_percent;

/* Parse "55%", "55", "4.5 %", "-2%"; digits past the second decimal are
 * rounded to it.  At most 10,000% either way.  False with *why otherwise. */
bool printed_percent_parse(const char *text, printed_percent *out, const char **why);
/* agrees = |part / whole x 100 - printed| <= half a unit of the printed
 * figure's last digit, ends included ("55%" agrees with 54.5% to 55.5%,
 * "55.6%" with 55.55% to 55.65%), worked exactly; whole > 0. */
bool printed_percent_agrees(printed_percent printed, int64_t part, int64_t whole);
/* part / whole x 100 in hundredths of a percent, rounded half away from
 * zero; whole > 0. */
int64_t percent_hundredths(int64_t part, int64_t whole);
/* "55%", "55.56%", "4.5%", "-0.5%": hundredths of a percent, without
 * trailing zeros. */
size_t percent_hundredths_format(char *buf, size_t size, int64_t hundredths);

#endif
