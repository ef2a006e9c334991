/* Heading matching and making data text safe to show. */
#include "test.h"

#include <string.h>

#include "text.h"

static void headings_match_ignoring_case_spaces_and_punctuation(void **state)
{
    (void)state;
    char key[64];
    text_key(key, sizeof key, "Establishment FTE");
    assert_string_equal(key, "establishmentfte");
    assert_true(text_same_key("Establishment FTE", "establishment_fte"));
    assert_true(text_same_key("Vacancy FTE", "vacancy-fte"));
    assert_true(text_same_key("Key metric impacted", "KEY METRIC IMPACTED"));
    assert_false(text_same_key("Vacancy FTE", "Agency FTE"));
}

static void control_characters_are_shown_not_sent(void **state)
{
    (void)state;
    static const struct {
        const char *in, *out;
    } cases[] = {
        {"plain £ text", "plain £ text"},
        {"\x1b[31mred", "^[[31mred"},
        {"bell\a", "bell^G"},
        {"tab\there", "tab^Ihere"},
        {"\x1b]0;title\a", "^[]0;title^G"}, /* OSC title change */
        {"\xc2\x9b"
         "31m",
         "<U+009B>31m"}, /* C1 CSI */
        {"abc\xe2\x80\xae"
         "cba",
         "abc<U+202E>cba"},                             /* right-to-left override */
        {"zero\xe2\x80\x8bwidth", "zero<U+200B>width"}, /* zero-width space */
        {"bad\xff"
         "byte",
         "bad\\xFFbyte"},           /* not UTF-8 */
        {"\xc0\xaf", "\\xC0\\xAF"}, /* overlong encoding of '/' */
        {"del\x7f", "del^?"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char out[128];
        text_visible(out, sizeof out, cases[i].in);
        assert_string_equal(out, cases[i].out);
    }
}

static void visible_text_is_cut_on_a_character_boundary(void **state)
{
    (void)state;
    char out[6];
    text_visible(out, sizeof out, "ab\x1b\x1b\x1b");
    assert_string_equal(out, "ab^[");
    char small[4];
    text_visible(small, sizeof small, "££");
    assert_string_equal(small, "£");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(headings_match_ignoring_case_spaces_and_punctuation),
        cmocka_unit_test(control_characters_are_shown_not_sent),
        cmocka_unit_test(visible_text_is_cut_on_a_character_boundary),
    };
    return cmocka_run_group_tests_name("text", tests, NULL, NULL);
}
