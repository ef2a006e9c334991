/* slippage.c - pairing the forecast changes of one import or edit into moves
 * between financial years. */
#include "slippage.h"

#include <stdlib.h>
#include <string.h>

void forecast_change_set_free(forecast_change_set *set)
{
    free(set->changes);
    pool_free(set->strings);
    memset(set, 0, sizeof *set);
}

/* One change of one line: the same line, at the same moment, by the same person. */
static bool same_change(const forecast_change *a, const forecast_change *b)
{
    return strcmp(a->ref, b->ref) == 0 && strcmp(a->at, b->at) == 0 && strcmp(a->who, b->who) == 0;
}

static int compare_changes(const void *a, const void *b)
{
    const forecast_change *x = a, *y = b;
    int c = strcmp(x->ref, y->ref);
    if (c == 0)
        c = strcmp(x->at, y->at);
    if (c == 0)
        c = strcmp(x->who, y->who);
    if (c == 0)
        c = (x->fy > y->fy) - (x->fy < y->fy);
    return c;
}

/* Slipped out (to_fy 0) after every year. */
static int to_order(int fy)
{
    return fy == 0 ? 1 << 30 : fy;
}

static int compare_moves(const void *a, const void *b)
{
    const forecast_move *x = a, *y = b;
    int c = strcmp(x->ref, y->ref);
    if (c == 0)
        c = strcmp(x->at, y->at);
    if (c == 0)
        c = strcmp(x->who, y->who);
    if (c == 0)
        c = (x->from_fy > y->from_fy) - (x->from_fy < y->from_fy);
    if (c == 0)
        c = (to_order(x->to_fy) > to_order(y->to_fy)) - (to_order(x->to_fy) < to_order(y->to_fy));
    return c;
}

typedef struct {
    int fy;
    money amount; /* what is left of the fall or rise */
} year_amount;

static money known(money value)
{
    return value == MONEY_UNKNOWN ? 0 : value;
}

/* Move what it can of the fall into the rise: the smaller of the two. */
static void pair(const forecast_change *change, year_amount *fall, year_amount *rise, forecast_move *out,
                 size_t *n)
{
    money amount = fall->amount < rise->amount ? fall->amount : rise->amount;
    if (amount <= 0)
        return;
    out[(*n)++] = (forecast_move){change->ref, fall->fy, rise->fy, amount, change->at, change->who};
    fall->amount -= amount;
    rise->amount -= amount;
}

/* move = min(fall, rise), later years first, then earlier; the rest of a fall slipped out */
bool slippage_moves(const forecast_change *changes, size_t count, forecast_move *out, size_t *nmoves)
{
    *nmoves = 0;
    if (count == 0)
        return true;
    forecast_change *sorted = malloc(count * sizeof *sorted);
    year_amount *falls = malloc(count * sizeof *falls), *rises = malloc(count * sizeof *rises);
    if (sorted == NULL || falls == NULL || rises == NULL) {
        free(sorted);
        free(falls);
        free(rises);
        return false;
    }
    memcpy(sorted, changes, count * sizeof *sorted);
    qsort(sorted, count, sizeof *sorted, compare_changes);
    size_t n = 0;
    for (size_t i = 0; i < count;) {
        /* The years of one change of one line, each year's changes netted. */
        size_t nfalls = 0, nrises = 0, j = i;
        while (j < count && same_change(&sorted[i], &sorted[j])) {
            int fy = sorted[j].fy;
            money delta = 0;
            for (; j < count && same_change(&sorted[i], &sorted[j]) && sorted[j].fy == fy; j++)
                delta = money_add(delta, money_add(known(sorted[j].after), -known(sorted[j].before)));
            if (delta < 0)
                falls[nfalls++] = (year_amount){fy, -delta};
            else if (delta > 0)
                rises[nrises++] = (year_amount){fy, delta};
        }
        /* Years come ascending: slipped to later years first, the nearest first ... */
        for (size_t f = 0; f < nfalls; f++)
            for (size_t r = 0; r < nrises && falls[f].amount > 0; r++)
                if (rises[r].fy > falls[f].fy)
                    pair(&sorted[i], &falls[f], &rises[r], out, &n);
        /* ... then brought forward to earlier ones, the nearest first ... */
        for (size_t f = 0; f < nfalls; f++)
            for (size_t r = nrises; r > 0 && falls[f].amount > 0; r--)
                if (rises[r - 1].fy < falls[f].fy)
                    pair(&sorted[i], &falls[f], &rises[r - 1], out, &n);
        /* ... and what no year took slipped out. */
        for (size_t f = 0; f < nfalls; f++)
            if (falls[f].amount > 0)
                out[n++] = (forecast_move){sorted[i].ref,   falls[f].fy,  0,
                                           falls[f].amount, sorted[i].at, sorted[i].who};
        i = j;
    }
    free(sorted);
    free(falls);
    free(rises);
    qsort(out, n, sizeof *out, compare_moves);
    *nmoves = n;
    return true;
}

slippage_totals slippage_total(const forecast_move *moves, size_t count)
{
    slippage_totals t = {0, 0, 0, 0};
    for (size_t i = 0; i < count; i++) {
        /* Moves come by line: a line is counted at its first move of each kind. */
        bool moved = moves[i].to_fy != 0, seen = false;
        for (size_t k = i; k > 0 && strcmp(moves[k - 1].ref, moves[i].ref) == 0 && !seen; k--)
            seen = (moves[k - 1].to_fy != 0) == moved;
        if (moved) {
            t.moved = money_add(t.moved, moves[i].amount);
            t.lines += !seen;
        } else {
            t.slipped_out = money_add(t.slipped_out, moves[i].amount);
            t.slipped_lines += !seen;
        }
    }
    return t;
}

size_t slippage_first(const forecast_move *moves, size_t count, const char *ref)
{
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(moves[mid].ref, ref) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < count && strcmp(moves[lo].ref, ref) == 0 ? lo : count;
}
