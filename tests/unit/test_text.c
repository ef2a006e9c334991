/* Heading matching and making data text safe to show. */
#include "test.h"

#include <stdlib.h>
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

static void visible_text_says_how_long_the_whole_is(void **state)
{
    (void)state;
    /* "££" is four bytes: a buffer of four holds one £ and the NUL, and the
     * return says the whole needs four, so the caller knows it is cut. */
    char small[4];
    assert_int_equal(text_visible(small, sizeof small, "££"), 4);
    assert_string_equal(small, "£");
    /* ESC ESC: "^[^[", four bytes, in a buffer of three: "^[" and the length. */
    char three[3];
    assert_int_equal(text_visible(three, sizeof three, "\x1b\x1b"), 4);
    assert_string_equal(three, "^[");
    assert_int_equal(text_visible(NULL, 0, "a\x1b"), 3);
    assert_int_equal(text_visible_size("a\x1b"), 4);
}

static void a_long_text_is_made_visible_whole(void **state)
{
    (void)state;
    char long_text[5001];
    memset(long_text, 'a', 5000);
    long_text[5000] = '\0';
    long_text[4999] = '\x07'; /* the last character is a bell: ^G */
    char *shown = text_visible_copy(long_text);
    assert_non_null(shown);
    assert_int_equal(strlen(shown), 5001);
    assert_string_equal(shown + 4999, "^G");
    free(shown);
}

static void width_counts_the_columns_a_terminal_gives(void **state)
{
    (void)state;
    assert_int_equal(text_width(""), 0);
    assert_int_equal(text_width("Ref"), 3);
    assert_int_equal(text_width("£5,000"), 6);                   /* £ is two bytes, one column */
    assert_int_equal(text_width("\xe6\xbc\xa2\xe5\xad\x97"), 4); /* 漢字: two columns each, as wcwidth */
    assert_int_equal(text_width("e\xcc\x81"), 1);                /* e and a combining acute: one */
    assert_int_equal(text_width("a\xff"
                                "b"),
                     3); /* a byte that is not UTF-8 counts one */
    assert_int_equal(text_width("…"), 1);
}

static void bytes_for_width_never_cuts_a_character(void **state)
{
    (void)state;
    assert_int_equal(text_bytes_for_width("Reablement", 4), 4);
    assert_int_equal(text_bytes_for_width("£5,000", 2), 3);                    /* "£5" */
    assert_int_equal(text_bytes_for_width("£5,000", 1), 2);                    /* "£" */
    assert_int_equal(text_bytes_for_width("\xe6\xbc\xa2\xe5\xad\x97x", 1), 0); /* 漢 needs two */
    assert_int_equal(text_bytes_for_width("\xe6\xbc\xa2\xe5\xad\x97x", 3), 3);
    assert_int_equal(text_bytes_for_width("abc", 0), 0);
    assert_int_equal(text_bytes_for_width("abc", 10), 3);
    assert_int_equal(text_bytes_for_width("a\xff"
                                          "b",
                                          2),
                     2);
}

static void markdown_cells_escape_the_bar_and_show_controls(void **state)
{
    (void)state;
    char out[64];
    assert_int_equal(text_markdown_cell(out, sizeof out, "in|out", false), 7);
    assert_string_equal(out, "in\\|out");
    text_markdown_cell(out, sizeof out, "two\nlines", false);
    assert_string_equal(out, "two^Jlines");
    text_markdown_cell(out, sizeof out, "two\nlines", true);
    assert_string_equal(out, "two lines");
    text_markdown_cell(out, sizeof out, "\x1b[31mred", true);
    assert_string_equal(out, "^[[31mred");
}

static void a_markdown_row_bolds_a_total_but_not_its_blanks(void **state)
{
    (void)state;
    const char *cells[] = {"Total", "", "£5,000"};
    char out[64];
    size_t length = text_markdown_row(out, sizeof out, cells, 3, true, true);
    assert_string_equal(out, "| **Total** |  | **£5,000** |\n");
    assert_int_equal(length, strlen(out));
    text_markdown_row(out, sizeof out, cells, 3, false, true);
    assert_string_equal(out, "| Total |  | £5,000 |\n");
    const bool right[] = {false, true};
    text_markdown_rule(out, sizeof out, right, 2);
    assert_string_equal(out, "| --- | ---: |\n");
}

static void a_markdown_row_too_long_for_the_buffer_says_so(void **state)
{
    (void)state;
    const char *cells[] = {"a|b"};
    char out[8];
    /* "| a\|b |\n" is 9 bytes: 7 fit with the NUL, and the return says 9 */
    assert_int_equal(text_markdown_row(out, sizeof out, cells, 1, false, false), 9);
    assert_string_equal(out, "| a\\|b ");
    assert_int_equal(text_markdown_row(NULL, 0, cells, 1, false, false), 9);
}

static void a_csv_row_quotes_and_marks_as_csv_quote_does(void **state)
{
    (void)state;
    const char *fields[] = {"a,b", "=1+1", "-5", " x", "say \"no\""};
    const bool text[] = {true, true, false, true, true};
    char out[80];
    size_t length = text_csv_row(out, sizeof out, fields, text, 5);
    assert_string_equal(out, "\"a,b\",'=1+1,-5,\" x\",\"say \"\"no\"\"\"\n");
    assert_int_equal(length, strlen(out));
    char small[6];
    assert_int_equal(text_csv_row(small, sizeof small, fields, text, 5), length);
    assert_string_equal(small, "\"a,b\"");
}

static void wrapping_breaks_at_the_last_space_that_fits(void **state)
{
    (void)state;
    size_t next;
    /* "Savings lines, all years" at 12: "Savings " fits with "lines," cut at
     * "line", so the line ends at the space after "Savings". */
    assert_int_equal(text_wrap_line("Savings lines, all years", 12, &next), 7);
    assert_int_equal(next, 8);
    /* exactly at a space: "Savings lines" is 13 columns, the 14th a space */
    assert_int_equal(text_wrap_line("Savings lines all", 13, &next), 13);
    assert_int_equal(next, 14);
    /* a word longer than the width is cut */
    assert_int_equal(text_wrap_line("Reablement", 4, &next), 4);
    assert_int_equal(next, 4);
    /* a line break ends the line, and is passed over; the next line's
     * indentation is its own */
    assert_int_equal(text_wrap_line("one\n  two", 20, &next), 3);
    assert_int_equal(next, 4);
    /* what fits whole is one line */
    assert_int_equal(text_wrap_line("£5 gap", 6, &next), 7);
    assert_int_equal(next, 7);
}

/* The lines text_wrap_line gives for text at width, joined by "|". */
static void wrapped(const char *text, size_t width, char *out, size_t size)
{
    size_t n = 0;
    out[0] = '\0';
    for (const char *p = text; *p != '\0';) {
        size_t next;
        size_t line = text_wrap_line(p, width, &next);
        char piece[256];
        snprintf(piece, sizeof piece, "%.*s", (int)line, p);
        assert_true(text_width(piece) <= width);
        n += (size_t)snprintf(out + n, size - n, "%s%s", n > 0 ? "|" : "", piece);
        assert_true(next > 0); /* always goes on */
        p += next;
    }
}

/* The description of risk BCC-R01 in the sample (sample/programme.sql). */
static const char *const homecare = "Homecare capacity in the external market does not meet demand, "
                                    "delaying discharges and reablement.";

static void wrapping_keeps_every_character(void **state)
{
    (void)state;
    /* At every width from 8 to the whole, the lines joined by one space
     * are the text again: only the spaces where lines break are left out,
     * and no word is broken (the longest, "reablement.", has 11 letters). */
    for (size_t width = 11; width <= 100; width++) {
        char out[512], joined[512];
        wrapped(homecare, width, out, sizeof out);
        snprintf(joined, sizeof joined, "%s", out);
        for (char *c = joined; *c; c++)
            if (*c == '|')
                *c = ' ';
        assert_string_equal(joined, homecare);
    }
    /* The risk detail at 80 columns has 61 for the text (78 drawn, less
     * "  ", a 14-column label and a space): "...does not meet" is 54 columns,
     * with " demand," 62, so "demand," begins the second line whole. */
    char out[512];
    wrapped(homecare, 61, out, sizeof out);
    assert_string_equal(out, "Homecare capacity in the external market does not meet|"
                             "demand, delaying discharges and reablement.");
}

static void wrapping_breaks_a_word_only_when_it_must(void **state)
{
    (void)state;
    char out[256];
    /* a word longer than the width is broken, and loses no letter */
    wrapped("to reablement", 4, out, sizeof out);
    assert_string_equal(out, "to|reab|leme|nt");
    /* wide characters take two columns each: four in eight */
    wrapped("\xe6\xbc\xa2\xe5\xad\x97\xe6\xbc\xa2\xe5\xad\x97 ab", 4, out, sizeof out);
    assert_string_equal(out, "\xe6\xbc\xa2\xe5\xad\x97|\xe6\xbc\xa2\xe5\xad\x97|ab");
    /* a paragraph break stays an empty line */
    wrapped("one\n\ntwo", 20, out, sizeof out);
    assert_string_equal(out, "one||two");
    /* £ is one column: "£1.81m saved" fits 12 */
    wrapped("£1.81m saved", 12, out, sizeof out);
    assert_string_equal(out, "£1.81m saved");
}

static void padding_counts_columns_not_bytes(void **state)
{
    (void)state;
    char out[32];
    /* "£1.8m" is 5 columns (6 bytes): padded to 8 by three spaces */
    assert_int_equal(text_pad(out, sizeof out, "£1.8m", 8, true), 9);
    assert_string_equal(out, "   £1.8m");
    text_pad(out, sizeof out, "£1.8m", 8, false);
    assert_string_equal(out, "£1.8m   ");
    text_pad(out, sizeof out, "", 3, true);
    assert_string_equal(out, "   ");
    text_pad(out, sizeof out, "too wide", 3, false);
    assert_string_equal(out, "too wide");
}

/* A report's rule: two spaces between columns, flexible columns to 12. */
static const text_fit_rule report_rule = {.gap = 2, .shortest = 12};
/* A panel's rule: one space, spare room to the widest name, a lone column cut. */
static const text_fit_rule panel_rule = {.gap = 1, .spread = true, .squeeze = true};

static void a_report_shortens_flexible_columns_before_dropping_any(void **state)
{
    (void)state;
    text_fit_column columns[] = {
        {.width = 6, .priority = 1},
        {.width = 30, .priority = 2, .flexible = true},
        {.width = 10, .priority = 3, .right = true},
    };
    /* 6 + 2 + 30 + 2 + 10 = 50; 40 wanted: the name gives up 10. */
    text_fit(columns, 3, 40, &report_rule);
    assert_true(columns[0].shown && columns[1].shown && columns[2].shown);
    assert_int_equal(columns[1].width, 20);
    assert_int_equal(columns[0].width, 6);
    assert_int_equal(columns[2].width, 10);
}

static void a_report_drops_the_least_important_once_names_are_short(void **state)
{
    (void)state;
    text_fit_column columns[] = {
        {.width = 6, .priority = 1},
        {.width = 30, .priority = 2, .flexible = true},
        {.width = 10, .priority = 3, .right = true},
        {.width = 8, .priority = 4},
    };
    /* 6+30+10+8 and three gaps of 2 = 60; 40 wanted.  The name shortens to
     * 12 (42), still too wide: priority 4 goes (32), and the name stays 12. */
    text_fit(columns, 4, 40, &report_rule);
    assert_true(columns[0].shown && columns[1].shown && columns[2].shown);
    assert_false(columns[3].shown);
    assert_int_equal(columns[1].width, 12);
}

static void a_panel_drops_by_priority_and_gives_the_room_to_the_widest_name(void **state)
{
    (void)state;
    text_fit_column columns[] = {
        {.width = 8, .priority = 1},
        {.width = 20, .priority = 2},
        {.width = 10, .priority = 3, .right = true},
        {.width = 30, .priority = 1, .right = true},
    };
    /* 8+20+10+30 and three gaps = 71 > 50: priority 3 goes (60), then
     * priority 2 (39). */
    text_fit(columns, 4, 50, &panel_rule);
    assert_true(columns[0].shown);
    assert_false(columns[1].shown);
    assert_false(columns[2].shown);
    assert_true(columns[3].shown);
    /* 8 + 1 + 30 = 39: the 11 spare go to the only left-aligned column. */
    assert_int_equal(columns[0].width, 19);
    assert_int_equal(columns[3].width, 30);
}

static void of_equal_priority_the_rightmost_goes_first(void **state)
{
    (void)state;
    text_fit_column columns[] = {{.width = 10, .priority = 2}, {.width = 10, .priority = 2}};
    text_fit(columns, 2, 15, &report_rule);
    assert_true(columns[0].shown);
    assert_false(columns[1].shown);
}

static void a_lone_column_too_wide_is_cut_on_a_panel_only(void **state)
{
    (void)state;
    text_fit_column panel[] = {{.width = 50, .priority = 1}};
    text_fit(panel, 1, 30, &panel_rule);
    assert_true(panel[0].shown);
    assert_int_equal(panel[0].width, 30);
    text_fit_column report[] = {{.width = 50, .priority = 1}};
    text_fit(report, 1, 30, &report_rule);
    assert_true(report[0].shown);
    assert_int_equal(report[0].width, 50); /* the report writes it cut with ~ */
}

/* A principle of 3:1 is held as 300 hundredths and written "3.00": shown as
 * "3"; a grade's 2.50 FTE as "2.5"; a whole number and a bare point alone. */
static void a_decimal_loses_the_zeros_that_end_it(void **state)
{
    (void)state;
    char a[] = "3.00", b[] = "2.50", c[] = "100", d[] = "10.", e[] = "0.05";
    text_trim_zeros(a);
    text_trim_zeros(b);
    text_trim_zeros(c);
    text_trim_zeros(d);
    text_trim_zeros(e);
    assert_string_equal(a, "3");
    assert_string_equal(b, "2.5");
    assert_string_equal(c, "100"); /* no point: its zeros are its value */
    assert_string_equal(d, "10");
    assert_string_equal(e, "0.05");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(headings_match_ignoring_case_spaces_and_punctuation),
        cmocka_unit_test(control_characters_are_shown_not_sent),
        cmocka_unit_test(visible_text_is_cut_on_a_character_boundary),
        cmocka_unit_test(visible_text_says_how_long_the_whole_is),
        cmocka_unit_test(a_long_text_is_made_visible_whole),
        cmocka_unit_test(width_counts_the_columns_a_terminal_gives),
        cmocka_unit_test(bytes_for_width_never_cuts_a_character),
        cmocka_unit_test(markdown_cells_escape_the_bar_and_show_controls),
        cmocka_unit_test(a_markdown_row_bolds_a_total_but_not_its_blanks),
        cmocka_unit_test(a_markdown_row_too_long_for_the_buffer_says_so),
        cmocka_unit_test(a_csv_row_quotes_and_marks_as_csv_quote_does),
        cmocka_unit_test(wrapping_breaks_at_the_last_space_that_fits),
        cmocka_unit_test(a_report_shortens_flexible_columns_before_dropping_any),
        cmocka_unit_test(a_report_drops_the_least_important_once_names_are_short),
        cmocka_unit_test(a_panel_drops_by_priority_and_gives_the_room_to_the_widest_name),
        cmocka_unit_test(of_equal_priority_the_rightmost_goes_first),
        cmocka_unit_test(a_lone_column_too_wide_is_cut_on_a_panel_only),
        cmocka_unit_test(a_decimal_loses_the_zeros_that_end_it),
        cmocka_unit_test(wrapping_keeps_every_character),
        cmocka_unit_test(wrapping_breaks_a_word_only_when_it_must),
        cmocka_unit_test(padding_counts_columns_not_bytes),
    };
    return cmocka_run_group_tests_name("text", tests, NULL, NULL);
}
