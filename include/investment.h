/* investment.h - what the programme costs, and whether it pays back (SPEC §4.5).
 *
 * Posts (Nottinghamshire's temporary posts: FTE, grade, cost a year, years),
 * fees (Somerset's contingent fee) and other costs.  Money is whole pounds;
 * FTE and years are hundredths.  No I/O.
 */
#ifndef ASSURE_INVESTMENT_H
#define ASSURE_INVESTMENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "figures.h"

typedef enum { INVESTMENT_POST, INVESTMENT_FEE, INVESTMENT_OTHER } investment_kind;
#define INVESTMENT_KIND_COUNT 3

typedef struct {
    const char *ref, *name, *grade;
    investment_kind kind;
    fte_hundredths fte;
    money cost_pa;         /* or MONEY_UNKNOWN */
    int64_t years;         /* hundredths: 2 years is 200; 0 when not given */
    money one_off;         /* or MONEY_UNKNOWN */
    bool has_cost_by_year; /* it has costs by year (a cost a savings file carries) */
    money cost_by_year;    /* those costs added up */
} investment_row;

typedef struct {
    size_t rows;
    fte_hundredths fte;
    money cost_pa;                        /* the yearly costs' sum */
    money by_kind[INVESTMENT_KIND_COUNT]; /* each kind's total cost */
    money total;                          /* the programme's total cost */
} investment_totals;

const char *investment_kind_name(investment_kind kind); /* "post", "fee", "other" */
bool investment_kind_parse(const char *text, investment_kind *out);

/* cost = its costs by year added up, when it has them; else cost_pa x years
 * + one_off, to the pound, a blank part counting as nothing; MONEY_UNKNOWN
 * when it has none of them */
money investment_cost(const investment_row *row);
investment_totals investment_total(const investment_row *rows, size_t n);

/* return on investment = savings / investment, to two places (4.45 for
 * 4.45:1); undefined without savings or with no cost */
decimal investment_roi(money savings, money investment);
/* meets the principle = savings / investment >= principle (hundredths: 3.0
 * is 300), compared exactly, not after rounding the ratio; false when the
 * return is undefined */
bool investment_meets_principle(money savings, money investment, int64_t principle);
/* fee payable = min(fee, recurrent benefit / guarantee): a contingent fee
 * guaranteed at guarantee (hundredths: 1.3 is 130) pounds of recurrent
 * benefit a year per pound of fee.  No guarantee (0): the whole fee; no
 * benefit (or a loss): nothing. */
money investment_fee_payable(money fee, money recurrent_benefit, int64_t guarantee);

#endif
