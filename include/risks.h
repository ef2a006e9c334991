/* risks.h - the risk register's scores, ratings and review dates (SPEC §4.4). */
#ifndef ASSURE_RISKS_H
#define ASSURE_RISKS_H

#include <stdbool.h>
#include <stddef.h>

#include "calendar.h"
#include "rag.h"

typedef enum { RATING_NONE, RATING_LOW, RATING_MEDIUM, RATING_HIGH } risk_rating;

typedef enum { RISK_OPEN, RISK_CLOSED } risk_status;

typedef enum { MOVEMENT_NONE, MOVEMENT_DOWN, MOVEMENT_SAME, MOVEMENT_UP } risk_movement;

typedef struct {
    int low_max;    /* score 1..low_max is low */
    int medium_max; /* up to medium_max is medium, above is high */
    int review_days;
} risk_bands;

typedef struct {
    int likelihood, impact;               /* 1..5, or both 0: unscored (listed without scores) */
    int target_likelihood, target_impact; /* 1..5, or 0 when not assessed */
    risk_status status;
    bool has_next_review;
    calendar_date next_review;
    bool has_last_reviewed;
    calendar_date last_reviewed;
} risk_scores;

/* score = likelihood x impact; 0 when either is outside 1..5 */
int risk_score(int likelihood, int impact);
/* unscored = neither likelihood nor impact given (as registers published
 * with mitigations but no scores list them): no score, no rating */
bool risk_is_unscored(const risk_scores *risk);
/* rating = low for 1..low_max, medium to medium_max, high above; none for 0 */
risk_rating risk_rating_for_score(int score, risk_bands bands);
/* target score = target likelihood x target impact (the "revised score") */
int risk_target_score(const risk_scores *risk);
/* overdue = open, and next_review before today (or, with no next_review,
 * last_reviewed more than review_days ago) */
bool risk_is_overdue(const risk_scores *risk, calendar_date today, risk_bands bands);
/* The review date a review on `reviewed` sets: reviewed + review_days. */
calendar_date risk_next_review_after(calendar_date reviewed, risk_bands bands);
/* movement = sign of (current score - previous score); none with no previous (0) */
risk_movement risk_movement_between(int previous_score, int current_score);

const char *risk_rating_name(risk_rating rating); /* "low", "medium", "high", "" */
rag risk_rating_rag(risk_rating rating);          /* low green, medium amber, high red */
const char *risk_status_name(risk_status status); /* "open", "closed" */
bool risk_status_parse(const char *text, risk_status *out);

/* Count risks into a 5x5 grid [likelihood-1][impact-1], by current scores or
 * by target scores; closed risks and unscored ones are left out.  Returns how
 * many open risks were left out for want of scores. */
size_t risk_heat_map(const risk_scores *risks, size_t count, bool target, int grid[5][5]);

#endif
