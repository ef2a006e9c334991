/* The line editor of form fields and prompts: its keys, by character. */
#include "test.h"

#include <string.h>

#include "../../src/tui/field.h"

static void type_text(field_edit *e, const char *text)
{
    for (const char *p = text; *p != '\0'; p++)
        field_edit_key(e, (unsigned char)*p);
}

static void typing_over_a_value_as_found_replaces_it(void **state)
{
    (void)state;
    field_edit e;
    field_edit_set(&e, "2026-11-20", sizeof e.text, true);
    type_text(&e, "31/02/2026");
    assert_string_equal(e.text, "31/02/2026");
}

static void moving_the_cursor_first_keeps_the_value(void **state)
{
    (void)state;
    field_edit e;
    field_edit_set(&e, "2026-11-20", sizeof e.text, true);
    field_edit_key(&e, KEY_LEFT);
    field_edit_key(&e, KEY_DC);
    type_text(&e, "1");
    assert_string_equal(e.text, "2026-11-21");
    field_edit_key(&e, KEY_HOME);
    type_text(&e, "~");
    assert_string_equal(e.text, "~2026-11-21");
}

static void backspace_on_a_value_as_found_clears_it(void **state)
{
    (void)state;
    field_edit e;
    field_edit_set(&e, "open", sizeof e.text, true);
    field_edit_key(&e, KEY_BACKSPACE);
    assert_string_equal(e.text, "");
}

static void the_cursor_moves_a_character_at_a_time_in_utf8(void **state)
{
    (void)state;
    field_edit e;
    field_edit_set(&e, "", sizeof e.text, false);
    type_text(&e, "naïve café");
    for (int i = 0; i < 7; i++)
        field_edit_key(&e, KEY_LEFT);
    field_edit_key(&e, 127); /* Backspace: the ï, both its bytes */
    assert_string_equal(e.text, "nave café");
    field_edit_key(&e, 5); /* Ctrl-E */
    field_edit_key(&e, KEY_BACKSPACE);
    assert_string_equal(e.text, "nave caf");
}

static void ctrl_w_takes_the_word_before_and_ctrl_u_and_ctrl_k_the_ends(void **state)
{
    (void)state;
    field_edit e;
    field_edit_set(&e, "", sizeof e.text, false);
    type_text(&e, "care home  fees");
    field_edit_key(&e, 23); /* Ctrl-W */
    assert_string_equal(e.text, "care home  ");
    field_edit_key(&e, 23);
    assert_string_equal(e.text, "care ");
    type_text(&e, "market");
    field_edit_key(&e, 1); /* Ctrl-A */
    field_edit_key(&e, KEY_RIGHT);
    field_edit_key(&e, KEY_RIGHT);
    field_edit_key(&e, 11); /* Ctrl-K */
    assert_string_equal(e.text, "ca");
    type_text(&e, "re ");
    field_edit_key(&e, KEY_LEFT);
    field_edit_key(&e, 21); /* Ctrl-U */
    assert_string_equal(e.text, " ");
}

static void a_full_field_takes_no_more(void **state)
{
    (void)state;
    field_edit e;
    field_edit_set(&e, "", 5, false);
    type_text(&e, "abcdef");
    assert_string_equal(e.text, "abcd");
    field_edit_key(&e, KEY_BACKSPACE);
    type_text(&e, "é"); /* two bytes: no room with the NUL */
    assert_string_equal(e.text, "abc");
}

static void other_keys_are_left_to_the_caller(void **state)
{
    (void)state;
    field_edit e;
    field_edit_set(&e, "x", sizeof e.text, false);
    assert_int_equal(field_edit_key(&e, KEY_UP), FIELD_EDIT_IGNORED);
    assert_int_equal(field_edit_key(&e, '\n'), FIELD_EDIT_IGNORED);
    assert_int_equal(field_edit_key(&e, 27), FIELD_EDIT_IGNORED);
    assert_string_equal(e.text, "x");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(typing_over_a_value_as_found_replaces_it),
        cmocka_unit_test(moving_the_cursor_first_keeps_the_value),
        cmocka_unit_test(backspace_on_a_value_as_found_clears_it),
        cmocka_unit_test(the_cursor_moves_a_character_at_a_time_in_utf8),
        cmocka_unit_test(ctrl_w_takes_the_word_before_and_ctrl_u_and_ctrl_k_the_ends),
        cmocka_unit_test(a_full_field_takes_no_more),
        cmocka_unit_test(other_keys_are_left_to_the_caller),
    };
    return cmocka_run_group_tests_name("field", tests, NULL, NULL);
}
