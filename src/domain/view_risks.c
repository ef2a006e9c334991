/* view_risks.c - the risk register as rows, and its tallies by rating,
 * category or owner: what the Risks panel shows and `assure report risks`
 * prints. */
#include "view_risks.h"

#include <stdlib.h>
#include <string.h>

const view_column risks_view_columns[RISKS_COLUMN_COUNT] = {RISKS_VIEW_COLUMNS(VIEW_COLUMN_ENTRY)};
const view_column risks_tally_columns[RISKS_TALLY_COUNT] = {RISKS_TALLY_COLUMNS(VIEW_COLUMN_ENTRY)};
_Static_assert(sizeof risks_view_columns / sizeof risks_view_columns[0] == RISKS_COLUMN_COUNT,
               "a risks column without its registry entry");
_Static_assert(sizeof risks_tally_columns / sizeof risks_tally_columns[0] == RISKS_TALLY_COUNT,
               "a tally column without its registry entry");
_Static_assert(RISKS_COLUMN_COUNT <= VIEW_MAX_COLUMNS, "more risks columns than a row holds");

/* How people read a rating. */
static const char *const rating_words[] = {"", "LOW", "MEDIUM", "HIGH"};
_Static_assert(sizeof rating_words / sizeof rating_words[0] == RATING_HIGH + 1, "a rating without its word");

typedef struct {
    int score;
    const char *ref;
    size_t index;
} ranked;

/* Highest score first, then by ref: what needs the meeting's attention leads. */
static int compare_ranked(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->score != y->score)
        return y->score - x->score;
    return strcmp(x->ref, y->ref);
}

static bool wanted(const risks_view *view, const risk_scores *k)
{
    if (!view->with_closed && k->status != RISK_OPEN)
        return false;
    if (!view->in_cell)
        return true;
    int l = view->cell_target ? k->target_likelihood : k->likelihood;
    int i = view->cell_target ? k->target_impact : k->impact;
    return l == view->cell_likelihood && i == view->cell_impact;
}

static void set_rating(view_row *row, size_t column, risk_rating rating)
{
    view_set_rating(row, column, (int)rating, risk_rating_name(rating), rating_words[rating],
                    risk_rating_rag(rating));
}

static void set_risk(const risks_view *view, view_row *row, const risk_row *r, size_t index)
{
    const risk_scores *k = &r->scores;
    int score = risk_score(k->likelihood, k->impact);
    int target = risk_target_score(k);
    bool overdue = risk_is_overdue(k, view->today, view->bands);
    view_set_text(row, RISKS_COL_REF, r->ref, VIEW_TONE_NORMAL);
    view_set_text(row, RISKS_COL_TITLE, r->title, VIEW_TONE_NORMAL);
    view_set_text(row, RISKS_COL_OWNER, r->owner, VIEW_TONE_NORMAL);
    view_set_text(row, RISKS_COL_CATEGORY, r->category, VIEW_TONE_NORMAL);
    /* unscored: no likelihood, impact or score, and the rating says so */
    bool unscored = risk_is_unscored(k);
    view_set_count(row, RISKS_COL_LIKELIHOOD, k->likelihood, !unscored);
    view_set_count(row, RISKS_COL_IMPACT, k->impact, !unscored);
    view_set_count(row, RISKS_COL_SCORE, score, !unscored);
    if (unscored)
        view_set_rating(row, RISKS_COL_RATING, RATING_NONE, "unscored", "unscored", RAG_NONE);
    else
        set_rating(row, RISKS_COL_RATING, risk_rating_for_score(score, view->bands));
    view_set_count(row, RISKS_COL_TARGET, target, target > 0);
    set_rating(row, RISKS_COL_TARGET_RATING, risk_rating_for_score(target, view->bands));
    risk_movement movement = risk_movement_between(view->previous != NULL ? view->previous[index] : 0, score);
    view_set_movement(row, RISKS_COL_MOVEMENT, (int)movement,
                      movement == MOVEMENT_UP     ? 1
                      : movement == MOVEMENT_DOWN ? -1
                                                  : 0,
                      movement != MOVEMENT_NONE);
    char next[16] = "";
    if (k->has_next_review)
        date_format(next, sizeof next, k->next_review);
    view_set_date(row, RISKS_COL_NEXT_REVIEW, next, overdue ? VIEW_TONE_ALERT : VIEW_TONE_NORMAL);
    view_set_flag(row, RISKS_COL_OVERDUE, overdue, "OVERDUE", RAG_RED);
    view_set_text(row, RISKS_COL_STATUS, risk_status_name(k->status),
                  k->status == RISK_CLOSED ? VIEW_TONE_DIM : VIEW_TONE_NORMAL);
}

/* The group a risk tallies in. */
static const char *group_key(const risks_view *view, const risk_row *r)
{
    switch (view->grouping) {
    case RISKS_BY_RATING:
        if (risk_is_unscored(&r->scores))
            return "unscored";
        return risk_rating_name(
            risk_rating_for_score(risk_score(r->scores.likelihood, r->scores.impact), view->bands));
    case RISKS_BY_CATEGORY: return r->category;
    case RISKS_BY_OWNER: return r->owner;
    case RISKS_REGISTER: break;
    }
    return "";
}

bool risks_view_rows(const risks_view *view, view_emit emit, void *context)
{
    const risks_set *set = view->set;
    ranked *order = malloc((set->count + 1) * sizeof *order);
    const char **keys = malloc((set->count + 1) * sizeof *keys);
    int64_t(*tally)[RISKS_TALLY_COUNT] = calloc(set->count + 1, sizeof *tally);
    if (order == NULL || keys == NULL || tally == NULL) {
        free(order);
        free(keys);
        free(tally);
        return false;
    }
    size_t n = 0;
    for (size_t i = 0; i < set->count; i++)
        if (wanted(view, &set->rows[i].scores))
            order[n++] = (ranked){risk_score(set->rows[i].scores.likelihood, set->rows[i].scores.impact),
                                  set->rows[i].ref, i};
    if (view->highest_first)
        qsort(order, n, sizeof *order, compare_ranked);
    size_t ngroups = 0;
    view_row row;
    bool going = true;
    for (size_t k = 0; k < n && going; k++) {
        const risk_row *r = &set->rows[order[k].index];
        view_row_start(&row, VIEW_ROW_LINE, 0, order[k].index);
        set_risk(view, &row, r, order[k].index);
        going = emit(context, &row);
        if (view->grouping == RISKS_REGISTER)
            continue;
        const char *key = group_key(view, r);
        size_t g = 0;
        while (g < ngroups && strcmp(keys[g], key) != 0)
            g++;
        if (g == ngroups)
            keys[ngroups++] = key;
        tally[g][RISKS_TALLY_RISKS]++;
        risk_rating rating = risk_rating_for_score(order[k].score, view->bands);
        if (rating == RATING_HIGH)
            tally[g][RISKS_TALLY_HIGH]++;
        else if (rating == RATING_MEDIUM)
            tally[g][RISKS_TALLY_MEDIUM]++;
        else if (rating == RATING_LOW)
            tally[g][RISKS_TALLY_LOW]++;
        if (risk_is_overdue(&r->scores, view->today, view->bands))
            tally[g][RISKS_TALLY_OVERDUE]++;
    }
    for (size_t g = 0; g < ngroups && going; g++) {
        view_row_start(&row, VIEW_ROW_SUBTOTAL, (int)g, g);
        row.label = keys[g];
        row.count = (size_t)tally[g][RISKS_TALLY_RISKS];
        for (size_t c = 0; c < RISKS_TALLY_COUNT; c++)
            view_set_count(&row, c, tally[g][c], true);
        going = emit(context, &row);
    }
    free(order);
    free(keys);
    free(tally);
    return going;
}
