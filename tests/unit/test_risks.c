/* Risk scores and ratings, with Somerset's register entries (seed
 * 001_7bd28bcc3c8e0893.txt, §33: AANDH0030 and AANDH0033). */
#include "test.h"

#include "records.h"
#include "risks.h"

static const risk_bands defaults = {4, 12, 28};

static risk_scores open_risk(int l, int i)
{
    risk_scores r = {l, i, 0, 0, RISK_OPEN, false, {0, 0, 0}, false, {0, 0, 0}};
    return r;
}

/* AANDH0030: "Likelihood 3, Impact 3, Risk Score 9, Revised Risk Score 9"
 * (AMBER/MEDIUM RISK); AANDH0033 the same. */
static void somerset_risks_score_nine_and_rate_medium(void **state)
{
    (void)state;
    risk_scores aandh0030 = open_risk(3, 3);
    aandh0030.target_likelihood = 3;
    aandh0030.target_impact = 3;
    assert_int_equal(risk_score(aandh0030.likelihood, aandh0030.impact), 9);
    assert_int_equal(risk_rating_for_score(9, defaults), RATING_MEDIUM);
    assert_int_equal(risk_rating_rag(RATING_MEDIUM), RAG_AMBER);
    assert_int_equal(risk_target_score(&aandh0030), 9);
    assert_string_equal(risk_rating_name(risk_rating_for_score(9, defaults)), "medium");
}

static void rating_bands_at_their_edges(void **state)
{
    (void)state;
    assert_int_equal(risk_rating_for_score(1, defaults), RATING_LOW);
    assert_int_equal(risk_rating_for_score(4, defaults), RATING_LOW);
    assert_int_equal(risk_rating_for_score(5, defaults), RATING_MEDIUM);
    assert_int_equal(risk_rating_for_score(12, defaults), RATING_MEDIUM);
    assert_int_equal(risk_rating_for_score(15, defaults), RATING_HIGH);
    assert_int_equal(risk_rating_for_score(25, defaults), RATING_HIGH);
    assert_int_equal(risk_rating_for_score(0, defaults), RATING_NONE);
    risk_bands strict = {2, 6, 28};
    assert_int_equal(risk_rating_for_score(9, strict), RATING_HIGH);
}

static void scores_out_of_range_are_not_scored(void **state)
{
    (void)state;
    assert_int_equal(risk_score(7, 3), 0);
    assert_int_equal(risk_score(0, 3), 0);
    assert_int_equal(risk_score(5, 5), 25);
    risk_scores unassessed = open_risk(4, 4);
    assert_int_equal(risk_target_score(&unassessed), 0);
}

static void overdue_when_next_review_has_passed(void **state)
{
    (void)state;
    calendar_date today = {2026, 11, 23};
    risk_scores r = open_risk(4, 4);
    r.has_next_review = true;
    r.next_review = (calendar_date){2026, 11, 22};
    assert_true(risk_is_overdue(&r, today, defaults));
    r.next_review = today; /* due today is not yet overdue */
    assert_false(risk_is_overdue(&r, today, defaults));
    r.status = RISK_CLOSED;
    r.next_review = (calendar_date){2026, 1, 1};
    assert_false(risk_is_overdue(&r, today, defaults));
    /* no next review date: overdue once review_days have passed since the last */
    risk_scores s = open_risk(2, 2);
    s.has_last_reviewed = true;
    s.last_reviewed = (calendar_date){2026, 10, 26}; /* 28 days before */
    assert_false(risk_is_overdue(&s, today, defaults));
    s.last_reviewed = (calendar_date){2026, 10, 25}; /* 29 days before */
    assert_true(risk_is_overdue(&s, today, defaults));
    risk_scores never = open_risk(2, 2);
    assert_false(risk_is_overdue(&never, today, defaults));
}

static void review_moves_next_review_on_by_review_days(void **state)
{
    (void)state;
    calendar_date reviewed = {2026, 12, 14};
    calendar_date next = risk_next_review_after(reviewed, defaults);
    assert_int_equal(next.year, 2027);
    assert_int_equal(next.month, 1);
    assert_int_equal(next.day, 11);
}

static void movement_since_last_review(void **state)
{
    (void)state;
    assert_int_equal(risk_movement_between(9, 12), MOVEMENT_UP);
    assert_int_equal(risk_movement_between(12, 9), MOVEMENT_DOWN);
    assert_int_equal(risk_movement_between(9, 9), MOVEMENT_SAME);
    assert_int_equal(risk_movement_between(0, 9), MOVEMENT_NONE);
}

/* By hand: A is assessed 4x4 = 16 now, reviewed at 25, 20 and 16: the last
 * review is the current assessment, so the one before, 20.  B is 2x2 = 4 now
 * and was last reviewed at 2x3 = 6.  C has no reviews: 0.  D is 3x3 = 9 and
 * its only review is that: 0.  History of a risk no longer held (AA, before
 * A) is passed over. */
static void previous_score_is_the_review_before_the_current_assessment(void **state)
{
    (void)state;
    risk_row rows[4] = {
        {"A", "", "", "", "", "", open_risk(4, 4)},
        {"B", "", "", "", "", "", open_risk(2, 2)},
        {"C", "", "", "", "", "", open_risk(5, 5)},
        {"D", "", "", "", "", "", open_risk(3, 3)},
    };
    risk_review reviews[] = {
        {"A", "2026-08-01", 5, 5, ""},  {"A", "2026-09-01", 5, 4, ""}, {"A", "2026-10-01", 4, 4, ""},
        {"AA", "2026-10-01", 1, 1, ""}, {"B", "2026-10-01", 2, 3, ""}, {"D", "2026-10-01", 3, 3, ""},
    };
    risks_set risks = {rows, 4, NULL};
    risk_history_set history = {reviews, 6, NULL};
    int previous[4] = {-1, -1, -1, -1};
    risk_previous_scores(&risks, &history, previous);
    assert_int_equal(previous[0], 20);
    assert_int_equal(previous[1], 6);
    assert_int_equal(previous[2], 0);
    assert_int_equal(previous[3], 0);
}

static void heat_map_counts_open_risks_by_cell(void **state)
{
    (void)state;
    risk_scores risks[4] = {open_risk(3, 3), open_risk(3, 3), open_risk(5, 4), open_risk(1, 2)};
    risks[0].target_likelihood = 2;
    risks[0].target_impact = 3;
    risks[3].status = RISK_CLOSED;
    int grid[5][5];
    risk_heat_map(risks, 4, false, grid);
    assert_int_equal(grid[2][2], 2);
    assert_int_equal(grid[4][3], 1);
    assert_int_equal(grid[0][1], 0); /* closed */
    int target[5][5];
    risk_heat_map(risks, 4, true, target);
    assert_int_equal(target[1][2], 1);
    assert_int_equal(target[2][2], 0); /* the others have no target scores */
}

/* Nottingham City (seed 002, §6) lists its programme risks with mitigations
 * and no scores: unscored, with no score or rating, and off the heat map,
 * which says how many it left out. */
static void unscored_risks_have_no_score_and_stay_off_the_heat_map(void **state)
{
    (void)state;
    risk_scores unscored = open_risk(0, 0);
    assert_true(risk_is_unscored(&unscored));
    assert_int_equal(risk_score(unscored.likelihood, unscored.impact), 0);
    assert_int_equal(risk_rating_for_score(risk_score(unscored.likelihood, unscored.impact), defaults),
                     RATING_NONE);
    risk_scores scored = open_risk(3, 3);
    assert_false(risk_is_unscored(&scored));
    /* one 3x3, two open unscored, one closed unscored (not counted as left out) */
    risk_scores risks[4] = {open_risk(3, 3), open_risk(0, 0), open_risk(0, 0), open_risk(0, 0)};
    risks[3].status = RISK_CLOSED;
    int grid[5][5];
    assert_int_equal(risk_heat_map(risks, 4, false, grid), 2);
    int cells = 0;
    for (int l = 0; l < 5; l++)
        for (int i = 0; i < 5; i++)
            cells += grid[l][i];
    assert_int_equal(cells, 1);
    assert_int_equal(grid[2][2], 1);
}

static void status_parses(void **state)
{
    (void)state;
    risk_status status;
    assert_true(risk_status_parse("Open", &status));
    assert_int_equal(status, RISK_OPEN);
    assert_true(risk_status_parse("CLOSED", &status));
    assert_int_equal(status, RISK_CLOSED);
    assert_false(risk_status_parse("pending", &status));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(somerset_risks_score_nine_and_rate_medium),
        cmocka_unit_test(rating_bands_at_their_edges),
        cmocka_unit_test(scores_out_of_range_are_not_scored),
        cmocka_unit_test(overdue_when_next_review_has_passed),
        cmocka_unit_test(review_moves_next_review_on_by_review_days),
        cmocka_unit_test(movement_since_last_review),
        cmocka_unit_test(previous_score_is_the_review_before_the_current_assessment),
        cmocka_unit_test(heat_map_counts_open_risks_by_cell),
        cmocka_unit_test(unscored_risks_have_no_score_and_stay_off_the_heat_map),
        cmocka_unit_test(status_parses),
    };
    return cmocka_run_group_tests_name("risks", tests, NULL, NULL);
}
