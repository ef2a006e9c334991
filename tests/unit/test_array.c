/* Growing an array by doubling. */
#include "test.h"

#include <stdint.h>
#include <stdlib.h>

#include "array.h"

static void an_empty_array_starts_with_room_for_sixteen(void **state)
{
    (void)state;
    size_t capacity = 0;
    int *items = array_grow(NULL, &capacity, 1, sizeof *items);
    assert_non_null(items);
    assert_int_equal(capacity, 16);
    items[15] = 15; /* all sixteen are there */
    free(items);
}

static void a_full_array_doubles_until_it_holds_what_is_needed(void **state)
{
    (void)state;
    size_t capacity = 0;
    int *items = array_grow(NULL, &capacity, 16, sizeof *items);
    assert_non_null(items);
    assert_int_equal(capacity, 16);
    items = array_grow(items, &capacity, 17, sizeof *items);
    assert_non_null(items);
    assert_int_equal(capacity, 32);
    items = array_grow(items, &capacity, 100, sizeof *items); /* 32, 64, 128 */
    assert_non_null(items);
    assert_int_equal(capacity, 128);
    free(items);
}

static void an_array_with_room_is_left_as_it_is(void **state)
{
    (void)state;
    size_t capacity = 0;
    int *items = array_grow(NULL, &capacity, 10, sizeof *items);
    assert_non_null(items);
    assert_ptr_equal(array_grow(items, &capacity, 16, sizeof *items), items);
    assert_int_equal(capacity, 16);
    free(items);
}

static void a_size_that_would_overflow_is_refused_and_nothing_changes(void **state)
{
    (void)state;
    size_t capacity = 0;
    int *items = array_grow(NULL, &capacity, 4, sizeof *items);
    assert_non_null(items);
    assert_null(array_grow(items, &capacity, SIZE_MAX / 2, sizeof *items));
    assert_int_equal(capacity, 16);
    assert_null(array_grow(items, &capacity, SIZE_MAX, 1));
    assert_int_equal(capacity, 16);
    items[15] = 1; /* still the caller's, and whole */
    free(items);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(an_empty_array_starts_with_room_for_sixteen),
        cmocka_unit_test(a_full_array_doubles_until_it_holds_what_is_needed),
        cmocka_unit_test(an_array_with_room_is_left_as_it_is),
        cmocka_unit_test(a_size_that_would_overflow_is_refused_and_nothing_changes),
    };
    return cmocka_run_group_tests_name("array", tests, NULL, NULL);
}
