/* risks.c - risk scores, ratings, overdue reviews, movement and heat map. */
#include "risks.h"

#include <string.h>

#include "text.h"

static bool in_scale(int value)
{
    return value >= 1 && value <= 5;
}

/* score = likelihood x impact */
int risk_score(int likelihood, int impact)
{
    return in_scale(likelihood) && in_scale(impact) ? likelihood * impact : 0;
}

/* unscored = likelihood and impact both not given */
bool risk_is_unscored(const risk_scores *risk)
{
    return risk->likelihood == 0 && risk->impact == 0;
}

/* rating: 1..low_max low, ..medium_max medium, above high */
risk_rating risk_rating_for_score(int score, risk_bands bands)
{
    if (score <= 0)
        return RATING_NONE;
    if (score <= bands.low_max)
        return RATING_LOW;
    if (score <= bands.medium_max)
        return RATING_MEDIUM;
    return RATING_HIGH;
}

/* target score = target likelihood x target impact */
int risk_target_score(const risk_scores *risk)
{
    return risk_score(risk->target_likelihood, risk->target_impact);
}

/* overdue = open and (next_review < today, or last_reviewed + review_days < today) */
bool risk_is_overdue(const risk_scores *risk, calendar_date today, risk_bands bands)
{
    if (risk->status != RISK_OPEN)
        return false;
    day_number now = date_to_days(today);
    if (risk->has_next_review)
        return date_to_days(risk->next_review) < now;
    if (risk->has_last_reviewed)
        return date_to_days(risk->last_reviewed) + bands.review_days < now;
    return false;
}

/* next review = reviewed + review_days */
calendar_date risk_next_review_after(calendar_date reviewed, risk_bands bands)
{
    return date_from_days(date_to_days(reviewed) + bands.review_days);
}

/* movement = sign(current - previous) */
risk_movement risk_movement_between(int previous_score, int current_score)
{
    if (previous_score <= 0 || current_score <= 0)
        return MOVEMENT_NONE;
    if (current_score > previous_score)
        return MOVEMENT_UP;
    if (current_score < previous_score)
        return MOVEMENT_DOWN;
    return MOVEMENT_SAME;
}

const char *risk_rating_name(risk_rating rating)
{
    switch (rating) {
    case RATING_LOW: return "low";
    case RATING_MEDIUM: return "medium";
    case RATING_HIGH: return "high";
    case RATING_NONE: break;
    }
    return "";
}

rag risk_rating_rag(risk_rating rating)
{
    switch (rating) {
    case RATING_LOW: return RAG_GREEN;
    case RATING_MEDIUM: return RAG_AMBER;
    case RATING_HIGH: return RAG_RED;
    case RATING_NONE: break;
    }
    return RAG_NONE;
}

const char *risk_status_name(risk_status status)
{
    return status == RISK_CLOSED ? "closed" : "open";
}

bool risk_status_parse(const char *text, risk_status *out)
{
    char key[32];
    text_key(key, sizeof key, text);
    if (strcmp(key, "open") == 0 || strcmp(key, "live") == 0 || strcmp(key, "active") == 0) {
        *out = RISK_OPEN;
        return true;
    }
    if (strcmp(key, "closed") == 0) {
        *out = RISK_CLOSED;
        return true;
    }
    return false;
}

size_t risk_heat_map(const risk_scores *risks, size_t count, bool target, int grid[5][5])
{
    memset(grid, 0, sizeof(int[5][5]));
    size_t unscored = 0;
    for (size_t i = 0; i < count; i++) {
        if (risks[i].status != RISK_OPEN)
            continue;
        int l = target ? risks[i].target_likelihood : risks[i].likelihood;
        int m = target ? risks[i].target_impact : risks[i].impact;
        if (in_scale(l) && in_scale(m))
            grid[l - 1][m - 1]++;
        else
            unscored++;
    }
    return unscored;
}
