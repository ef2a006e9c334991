/* Re-profiling: the forecast changes of one import or edit paired into moves
 * between years, worked by hand. */
#include "test.h"

#include <string.h>

#include "slippage.h"

#define U  MONEY_UNKNOWN
#define T1 "2026-11-25T09:00:00Z"
#define T2 "2026-11-26T14:30:00Z"

static size_t pair_all(const forecast_change *changes, size_t n, forecast_move *out)
{
    size_t moves = 99;
    assert_true(slippage_moves(changes, n, out, &moves));
    assert_true(moves <= n);
    return moves;
}

static void assert_move(const forecast_move *m, const char *ref, int from, int to, money amount)
{
    assert_string_equal(m->ref, ref);
    assert_int_equal(m->from_fy, from);
    assert_int_equal(m->to_fy, to);
    assert_int_equal(m->amount, amount);
}

static void nottinghamshire_slips_one_million_from_2018_to_2020(void **state)
{
    (void)state;
    /* Seed 000 §18 A: "£1.0m in the Council's savings proposed in 2018/19 is
     * slipped to 2020/21", Column B's 5,379 and 1,696 (£'000) in one import */
    const forecast_change changes[] = {
        {"NT-B", 2018, 5379000, 4379000, T1, "i.haines"},
        {"NT-B", 2020, 1696000, 2696000, T1, "i.haines"},
    };
    forecast_move moves[2];
    assert_int_equal(pair_all(changes, 2, moves), 1);
    assert_move(&moves[0], "NT-B", 2018, 2020, 1000000);
    assert_string_equal(moves[0].at, T1);
    assert_string_equal(moves[0].who, "i.haines");
    slippage_totals t = slippage_total(moves, 1);
    assert_int_equal(t.lines, 1);
    assert_int_equal(t.moved, 1000000);
    assert_int_equal(t.slipped_lines, 0);
    assert_int_equal(t.slipped_out, 0);
}

static void a_fall_larger_than_the_rise_moves_the_rise_and_slips_the_rest_out(void **state)
{
    (void)state;
    /* 2026/27 2,050,000 -> 1,050,000 (a fall of 1,000,000); 2027/28
     * 2,400,000 -> 2,800,000 (a rise of 400,000): 400,000 moved, min(fall,
     * rise); 1,000,000 - 400,000 = 600,000 slipped out */
    const forecast_change changes[] = {
        {"ASC-01", 2026, 2050000, 1050000, T1, "j.patel"},
        {"ASC-01", 2027, 2400000, 2800000, T1, "j.patel"},
    };
    forecast_move moves[2];
    assert_int_equal(pair_all(changes, 2, moves), 2);
    assert_move(&moves[0], "ASC-01", 2026, 2027, 400000);
    assert_move(&moves[1], "ASC-01", 2026, 0, 600000);
    slippage_totals t = slippage_total(moves, 2);
    assert_int_equal(t.lines, 1);
    assert_int_equal(t.moved, 400000);
    assert_int_equal(t.slipped_lines, 1);
    assert_int_equal(t.slipped_out, 600000);
}

static void a_fall_goes_to_the_nearest_later_years_first_and_a_rise_left_over_is_new(void **state)
{
    (void)state;
    /* fall 1,000,000 in 2026/27; rises 300,000 in 2027/28 and 900,000 in
     * 2028/29: 300,000 to 2027/28, the remaining 700,000 to 2028/29; the
     * 200,000 left of 2028/29's rise is a new saving, not listed */
    const forecast_change changes[] = {
        {"L", 2028, 100000, 1000000, T1, "u"},
        {"L", 2026, 1500000, 500000, T1, "u"},
        {"L", 2027, 0, 300000, T1, "u"},
    };
    forecast_move moves[3];
    assert_int_equal(pair_all(changes, 3, moves), 2);
    assert_move(&moves[0], "L", 2026, 2027, 300000);
    assert_move(&moves[1], "L", 2026, 2028, 700000);
    assert_int_equal(slippage_total(moves, 2).moved, 1000000);
}

static void two_falls_share_one_later_rise(void **state)
{
    (void)state;
    /* falls 500,000 (2026/27) and 200,000 (2027/28), a rise of 600,000 in
     * 2028/29: the earlier fall first, 500,000; then 100,000 of 2027/28's;
     * its other 100,000 slipped out */
    const forecast_change changes[] = {
        {"L", 2026, 500000, 0, T1, "u"},
        {"L", 2027, 700000, 500000, T1, "u"},
        {"L", 2028, 0, 600000, T1, "u"},
    };
    forecast_move moves[3];
    assert_int_equal(pair_all(changes, 3, moves), 3);
    assert_move(&moves[0], "L", 2026, 2028, 500000);
    assert_move(&moves[1], "L", 2027, 2028, 100000);
    assert_move(&moves[2], "L", 2027, 0, 100000);
}

static void a_rise_in_an_earlier_year_is_brought_forward(void **state)
{
    (void)state;
    /* seed 000 §18 B, "bringing forward": 300,000 from 2027/28 to 2026/27;
     * a later rise is taken first: 2028/29's 100,000, then 200,000 forward */
    const forecast_change forward[] = {
        {"L", 2027, 900000, 600000, T1, "u"},
        {"L", 2026, 400000, 700000, T1, "u"},
    };
    forecast_move moves[3];
    assert_int_equal(pair_all(forward, 2, moves), 1);
    assert_move(&moves[0], "L", 2027, 2026, 300000);
    assert_int_equal(slippage_total(moves, 1).lines, 1);
    const forecast_change both[] = {
        {"L", 2026, 400000, 600000, T1, "u"},
        {"L", 2027, 900000, 600000, T1, "u"},
        {"L", 2028, 0, 100000, T1, "u"},
    };
    assert_int_equal(pair_all(both, 3, moves), 2);
    assert_move(&moves[0], "L", 2027, 2026, 200000);
    assert_move(&moves[1], "L", 2027, 2028, 100000);
}

static void only_one_change_pairs_its_own_years(void **state)
{
    (void)state;
    /* the fall and the rise are two imports (T1, T2), or one moment by two
     * people: neither pairs, so each fall slipped out and each rise is new */
    const forecast_change changes[] = {
        {"L", 2026, 1000000, 0, T1, "u"},
        {"L", 2027, 0, 1000000, T2, "u"},
        {"M", 2026, 1000000, 0, T1, "u"},
        {"M", 2027, 0, 1000000, T1, "v"},
    };
    forecast_move moves[4];
    assert_int_equal(pair_all(changes, 4, moves), 2);
    assert_move(&moves[0], "L", 2026, 0, 1000000);
    assert_move(&moves[1], "M", 2026, 0, 1000000);
    slippage_totals t = slippage_total(moves, 2);
    assert_int_equal(t.lines, 0);
    assert_int_equal(t.moved, 0);
    assert_int_equal(t.slipped_lines, 2);
    assert_int_equal(t.slipped_out, 2000000);
}

static void a_year_removed_and_one_added_are_a_move(void **state)
{
    (void)state;
    /* 2026/27 removed with a forecast of 250,000; 2028/29 added with 250,000
     * (and a blank forecast that stays blank is no change at all) */
    const forecast_change changes[] = {
        {"L", 2026, 250000, U, T1, "u"},
        {"L", 2028, U, 250000, T1, "u"},
        {"L", 2029, U, U, T1, "u"},
    };
    forecast_move moves[3];
    assert_int_equal(pair_all(changes, 3, moves), 1);
    assert_move(&moves[0], "L", 2026, 2028, 250000);
}

static void one_years_changes_in_one_change_are_netted(void **state)
{
    (void)state;
    /* 2026/27 100 -> 50 -> 80 is a fall of 20; 2027/28 rises 20 */
    const forecast_change changes[] = {
        {"L", 2026, 100, 50, T1, "u"},
        {"L", 2027, 10, 30, T1, "u"},
        {"L", 2026, 50, 80, T1, "u"},
    };
    forecast_move moves[3];
    assert_int_equal(pair_all(changes, 3, moves), 1);
    assert_move(&moves[0], "L", 2026, 2027, 20);
}

static void rises_alone_are_no_slippage(void **state)
{
    (void)state;
    const forecast_change changes[] = {
        {"L", 2026, 100, 200, T1, "u"},
        {"L", 2027, U, 50, T1, "u"},
    };
    forecast_move moves[2];
    assert_int_equal(pair_all(changes, 2, moves), 0);
    assert_int_equal(pair_all(changes, 0, moves), 0);
    slippage_totals t = slippage_total(moves, 0);
    assert_int_equal(t.lines + t.slipped_lines, 0);
}

static void moves_come_by_line_then_time_and_are_found_by_ref(void **state)
{
    (void)state;
    /* B's two imports, A's one: A first; B's earlier import before its later */
    const forecast_change changes[] = {
        {"B", 2027, 300, 0, T2, "u"}, {"B", 2028, 0, 300, T2, "u"}, {"B", 2026, 100, 0, T1, "u"},
        {"B", 2027, 0, 100, T1, "u"}, {"A", 2026, 50, 0, T1, "u"},  {"A", 2027, 0, 50, T1, "u"},
    };
    forecast_move moves[6];
    size_t n = pair_all(changes, 6, moves);
    assert_int_equal(n, 3);
    assert_move(&moves[0], "A", 2026, 2027, 50);
    assert_move(&moves[1], "B", 2026, 2027, 100);
    assert_string_equal(moves[1].at, T1);
    assert_move(&moves[2], "B", 2027, 2028, 300);
    assert_string_equal(moves[2].at, T2);
    slippage_totals t = slippage_total(moves, n);
    assert_int_equal(t.lines, 2); /* A and B, B counted once */
    assert_int_equal(t.moved, 450);
    assert_int_equal(slippage_first(moves, n, "A"), 0);
    assert_int_equal(slippage_first(moves, n, "B"), 1);
    assert_int_equal(slippage_first(moves, n, "AA"), n);
    assert_int_equal(slippage_first(moves, n, "C"), n);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(nottinghamshire_slips_one_million_from_2018_to_2020),
        cmocka_unit_test(a_fall_larger_than_the_rise_moves_the_rise_and_slips_the_rest_out),
        cmocka_unit_test(a_fall_goes_to_the_nearest_later_years_first_and_a_rise_left_over_is_new),
        cmocka_unit_test(two_falls_share_one_later_rise),
        cmocka_unit_test(a_rise_in_an_earlier_year_is_brought_forward),
        cmocka_unit_test(only_one_change_pairs_its_own_years),
        cmocka_unit_test(a_year_removed_and_one_added_are_a_move),
        cmocka_unit_test(one_years_changes_in_one_change_are_netted),
        cmocka_unit_test(rises_alone_are_no_slippage),
        cmocka_unit_test(moves_come_by_line_then_time_and_are_found_by_ref),
    };
    return cmocka_run_group_tests_name("slippage", tests, NULL, NULL);
}
