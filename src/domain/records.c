/* records.c - the string pool behind record sets, and freeing the sets. */
#include "records.h"

#include <stdlib.h>
#include <string.h>

#define POOL_BLOCK 65536

struct string_pool {
    string_pool *next;
    size_t used, size;
    char text[];
};

const char *pool_copy(string_pool **pool, const char *text)
{
    size_t length = strlen(text) + 1;
    if (*pool == NULL || (*pool)->size - (*pool)->used < length) {
        size_t size = length > POOL_BLOCK ? length : POOL_BLOCK;
        string_pool *block = malloc(sizeof *block + size);
        if (block == NULL)
            return NULL;
        block->next = *pool;
        block->used = 0;
        block->size = size;
        *pool = block;
    }
    char *copy = (*pool)->text + (*pool)->used;
    memcpy(copy, text, length);
    (*pool)->used += length;
    return copy;
}

void pool_free(string_pool *pool)
{
    while (pool != NULL) {
        string_pool *next = pool->next;
        free(pool);
        pool = next;
    }
}

void savings_set_free(savings_set *set)
{
    free(set->lines);
    free(set->years);
    pool_free(set->strings);
    memset(set, 0, sizeof *set);
}

void staffing_set_free(staffing_set *set)
{
    free(set->rows);
    pool_free(set->strings);
    memset(set, 0, sizeof *set);
}

void reviews_set_free(reviews_set *set)
{
    free(set->rows);
    pool_free(set->strings);
    memset(set, 0, sizeof *set);
}

void risks_set_free(risks_set *set)
{
    free(set->rows);
    pool_free(set->strings);
    memset(set, 0, sizeof *set);
}

void risk_previous_scores(const risks_set *risks, const risk_history_set *history, int *previous)
{
    size_t h = 0;
    for (size_t i = 0; i < risks->count; i++) {
        const risk_row *r = &risks->rows[i];
        while (h < history->count && strcmp(history->rows[h].ref, r->ref) < 0)
            h++; /* reviews of risks no longer held */
        int last = 0, before_last = 0;
        for (; h < history->count && strcmp(history->rows[h].ref, r->ref) == 0; h++) {
            before_last = last;
            last = risk_score(history->rows[h].likelihood, history->rows[h].impact);
        }
        previous[i] = last == risk_score(r->scores.likelihood, r->scores.impact) ? before_last : last;
    }
}

void risk_history_set_free(risk_history_set *set)
{
    free(set->rows);
    pool_free(set->strings);
    memset(set, 0, sizeof *set);
}

void bridge_set_free(bridge_set *set)
{
    free(set->rows);
    pool_free(set->strings);
    memset(set, 0, sizeof *set);
}

void kpi_set_free(kpi_set *set)
{
    free(set->kpis);
    free(set->values);
    pool_free(set->strings);
    memset(set, 0, sizeof *set);
}

void investment_set_free(investment_set *set)
{
    free(set->rows);
    pool_free(set->strings);
    memset(set, 0, sizeof *set);
}

void actions_set_free(actions_set *set)
{
    free(set->rows);
    pool_free(set->strings);
    memset(set, 0, sizeof *set);
}

void issues_set_free(issues_set *set)
{
    free(set->rows);
    pool_free(set->strings);
    memset(set, 0, sizeof *set);
}

void decisions_set_free(decisions_set *set)
{
    free(set->rows);
    pool_free(set->strings);
    memset(set, 0, sizeof *set);
}

void milestones_set_free(milestones_set *set)
{
    free(set->rows);
    pool_free(set->strings);
    memset(set, 0, sizeof *set);
}

void highlights_set_free(highlights_set *set)
{
    free(set->rows);
    pool_free(set->strings);
    memset(set, 0, sizeof *set);
}

void workstreams_set_free(workstreams_set *set)
{
    free(set->rows);
    pool_free(set->strings);
    memset(set, 0, sizeof *set);
}

void signoffs_set_free(signoffs_set *set)
{
    free(set->rows);
    pool_free(set->strings);
    memset(set, 0, sizeof *set);
}
