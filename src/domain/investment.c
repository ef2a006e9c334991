/* investment.c - the programme's costs, return on investment and a contingent fee. */
#include "investment.h"

#include <string.h>

#include "text.h"

static const char *const kind_names[INVESTMENT_KIND_COUNT] = {"post", "fee", "other"};

const char *investment_kind_name(investment_kind kind)
{
    return (unsigned)kind < INVESTMENT_KIND_COUNT ? kind_names[kind] : "";
}

bool investment_kind_parse(const char *text, investment_kind *out)
{
    char key[64];
    text_key(key, sizeof key, text);
    static const struct {
        const char *key;
        investment_kind kind;
    } synonyms[] = {
        {"post", INVESTMENT_POST},    {"posts", INVESTMENT_POST},       {"staff", INVESTMENT_POST},
        {"fee", INVESTMENT_FEE},      {"fees", INVESTMENT_FEE},         {"other", INVESTMENT_OTHER},
        {"others", INVESTMENT_OTHER}, {"othercosts", INVESTMENT_OTHER},
    };
    for (size_t i = 0; i < sizeof synonyms / sizeof synonyms[0]; i++) {
        if (strcmp(key, synonyms[i].key) == 0) {
            *out = synonyms[i].kind;
            return true;
        }
    }
    return false;
}

money investment_cost(const investment_row *row)
{
    if (row->has_cost_by_year)
        return row->cost_by_year;
    if (row->cost_pa == MONEY_UNKNOWN && row->one_off == MONEY_UNKNOWN)
        return MONEY_UNKNOWN;
    money cost = 0;
    if (row->cost_pa != MONEY_UNKNOWN)
        cost = multiply_divide_rounded(row->cost_pa, row->years, 100); /* years in hundredths */
    if (row->one_off != MONEY_UNKNOWN)
        cost = money_add(cost, row->one_off);
    return cost;
}

investment_totals investment_total(const investment_row *rows, size_t n)
{
    investment_totals totals;
    memset(&totals, 0, sizeof totals);
    for (size_t i = 0; i < n; i++) {
        totals.rows++;
        totals.fte += rows[i].fte;
        if (rows[i].cost_pa != MONEY_UNKNOWN)
            totals.cost_pa = money_add(totals.cost_pa, rows[i].cost_pa);
        money cost = investment_cost(&rows[i]);
        if (cost == MONEY_UNKNOWN)
            continue;
        if ((unsigned)rows[i].kind < INVESTMENT_KIND_COUNT)
            totals.by_kind[rows[i].kind] = money_add(totals.by_kind[rows[i].kind], cost);
        totals.total = money_add(totals.total, cost);
    }
    return totals;
}

decimal investment_roi(money savings, money investment)
{
    if (savings == MONEY_UNKNOWN || investment == MONEY_UNKNOWN || investment <= 0)
        return decimal_none();
    return decimal_of(multiply_divide_rounded(savings, 100, investment), 2);
}

bool investment_meets_principle(money savings, money investment, int64_t principle)
{
    if (!investment_roi(savings, investment).defined)
        return false;
    __extension__ __int128 left = (__int128)savings * 100, right = (__int128)principle * investment;
    return left >= right;
}

money investment_fee_payable(money fee, money recurrent_benefit, int64_t guarantee)
{
    if (fee == MONEY_UNKNOWN)
        return MONEY_UNKNOWN;
    if (guarantee <= 0)
        return fee;
    if (recurrent_benefit == MONEY_UNKNOWN || recurrent_benefit <= 0)
        return 0;
    money earned = multiply_divide_rounded(recurrent_benefit, 100, guarantee); /* guarantee in hundredths */
    return earned < fee ? earned : fee;
}
