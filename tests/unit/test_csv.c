/* The CSV reader, on CSV as Excel writes it, served a byte at a time and whole. */
#include "test.h"

#include <string.h>

#include "csv.h"

typedef struct {
    const char *text;
    size_t length, position, step;
} memory_source;

static long read_memory(void *context, char *buf, size_t size)
{
    memory_source *m = context;
    size_t n = m->length - m->position;
    if (n > size)
        n = size;
    if (n > m->step)
        n = m->step;
    memcpy(buf, m->text + m->position, n);
    m->position += n;
    return (long)n;
}

/* Read all records of text into "a|b|c" lines joined by "/", with step bytes
 * per read; returns the error message on failure. */
static const char *read_all(const char *text, size_t length, size_t step, char *out, size_t size,
                            int *error_line)
{
    memory_source m = {text, length, 0, step};
    csv_reader *r = csv_open(read_memory, &m);
    static char error[300];
    out[0] = '\0';
    const csv_field *fields;
    size_t count;
    csv_result result;
    while ((result = csv_next(r, &fields, &count)) == CSV_RECORD) {
        if (out[0] != '\0')
            strncat(out, "/", size - strlen(out) - 1);
        for (size_t i = 0; i < count; i++) {
            if (i > 0)
                strncat(out, "|", size - strlen(out) - 1);
            strncat(out, fields[i].text, size - strlen(out) - 1);
        }
    }
    const char *message = NULL;
    if (result == CSV_ERROR) {
        snprintf(error, sizeof error, "%s", csv_error(r));
        *error_line = csv_error_line(r);
        message = error;
    }
    csv_close(r);
    return message;
}

static void expect_records(const char *text, const char *expected)
{
    size_t steps[] = {1, 2, 3, 7, 65536};
    for (size_t s = 0; s < sizeof steps / sizeof steps[0]; s++) {
        char out[2048];
        int line = 0;
        const char *error = read_all(text, strlen(text), steps[s], out, sizeof out, &line);
        if (error != NULL)
            fail_msg("error at line %d: %s", line, error);
        if (strcmp(out, expected) != 0)
            fail_msg("read %zu bytes at a time: got \"%s\", expected \"%s\"", steps[s], out, expected);
    }
}

static void plain_records_with_every_line_ending(void **state)
{
    (void)state;
    expect_records("a,b,c\n1,2,3\n", "a|b|c/1|2|3");
    expect_records("a,b,c\r\n1,2,3\r\n", "a|b|c/1|2|3");
    expect_records("a,b,c\r1,2,3", "a|b|c/1|2|3");
    expect_records("a,,c\n,,\n", "a||c/||");
    expect_records("", "");
}

static void quoted_fields_hold_commas_quotes_and_line_breaks(void **state)
{
    (void)state;
    /* Kent's area "Ashford, Canterbury & Coastal" and a heading with a line break */
    expect_records("\"Ashford, Canterbury & Coastal\",2\n", "Ashford, Canterbury & Coastal|2");
    expect_records("\"Vacancy %\r\nincluding agency\",x\r\n", "Vacancy %\nincluding agency|x");
    expect_records("\"say \"\"hello\"\"\",\"\"\n", "say \"hello\"|");
    expect_records("\"(1,234)\" ,next\n", "(1,234)|next");
}

static void a_byte_order_mark_is_skipped(void **state)
{
    (void)state;
    expect_records("\xEF\xBB\xBFRef,Name\r\n", "Ref|Name");
    expect_records("\xEF\xBB\xBF\"Ref\",Name\n", "Ref|Name");
    /* bytes that only start like a byte order mark are data (Windows-1252 ï») */
    expect_records("\xEF\xBBx\n", "\xC3\xAF\xC2\xBBx");
}

static void windows_1252_is_read_as_such(void **state)
{
    (void)state;
    /* Excel's plain CSV writes £ as A3 and an en dash as 96 */
    expect_records("\xA3"
                   "1,234\n",
                   "£1|234");
    expect_records("\"\xA3"
                   "1,234\",a\x96"
                   "b\n",
                   "£1,234|a\xE2\x80\x93"
                   "b");
    expect_records("£1.2m\n", "£1.2m"); /* valid UTF-8 is left alone */
    /* A field ending in the first byte of a UTF-8 sequence is not UTF-8, even
     * when the bytes after it in memory (the last record's é) would finish
     * it: C3 alone is Windows-1252 Ã, U+00C3. */
    expect_records("\xC3\xA9\xC3\xA9\n\xC3\n", "\xC3\xA9\xC3\xA9/\xC3\x83");
}

static void a_nul_byte_is_not_text(void **state)
{
    (void)state;
    char out[512];
    int line = 0;
    /* "ref" as UTF-16LE with its byte order mark, as Excel's "Unicode Text" saves */
    static const char utf16[] = "\xFF\xFEr\0e\0f\0\n\0";
    const char *error = read_all(utf16, sizeof utf16 - 1, 65536, out, sizeof out, &line);
    assert_non_null(error);
    assert_non_null(strstr(error, "a NUL byte: this is not CSV text"));
    assert_int_equal(line, 1);
    static const char later[] = "ref,name\nS1,a\0b\n";
    error = read_all(later, sizeof later - 1, 2, out, sizeof out, &line);
    assert_non_null(error);
    assert_int_equal(line, 2);
}

static void field_lines_count_breaks_inside_quotes(void **state)
{
    (void)state;
    const char *text = "h1,h2\n\"multi\nline\",x\nlast,y\n";
    memory_source m = {text, strlen(text), 0, 65536};
    csv_reader *r = csv_open(read_memory, &m);
    const csv_field *fields;
    size_t count;
    assert_int_equal(csv_next(r, &fields, &count), CSV_RECORD);
    assert_int_equal(csv_record_line(r), 1);
    assert_int_equal(csv_next(r, &fields, &count), CSV_RECORD);
    assert_int_equal(csv_record_line(r), 2);
    assert_int_equal(fields[1].line, 3);
    assert_int_equal(csv_next(r, &fields, &count), CSV_RECORD);
    assert_int_equal(csv_record_line(r), 4);
    assert_string_equal(fields[0].text, "last");
    assert_int_equal(csv_next(r, &fields, &count), CSV_END);
    csv_close(r);
}

static void errors_name_their_line(void **state)
{
    (void)state;
    char out[512];
    int line = 0;
    const char *text = "ref,name\nS1,\"never closed\nS2,x\n";
    const char *error = read_all(text, strlen(text), 65536, out, sizeof out, &line);
    assert_non_null(error);
    assert_string_equal(error, "a quoted field is never closed (its opening quote is on this line)");
    assert_int_equal(line, 2);
    text = "ref,name\nS1,\"closed\"junk\n";
    error = read_all(text, strlen(text), 3, out, sizeof out, &line);
    assert_non_null(error);
    assert_int_equal(line, 2);
}

static void blank_records_are_recognised(void **state)
{
    (void)state;
    csv_field blank[3] = {{"", 1}, {" ", 1}, {"", 1}};
    csv_field full[2] = {{"", 1}, {"x", 1}};
    assert_true(csv_record_is_blank(blank, 3));
    assert_false(csv_record_is_blank(full, 2));
}

static void quoting_for_output(void **state)
{
    (void)state;
    char out[64];
    csv_quote(out, sizeof out, "plain", false);
    assert_string_equal(out, "plain");
    csv_quote(out, sizeof out, "Ashford, Canterbury & Coastal", false);
    assert_string_equal(out, "\"Ashford, Canterbury & Coastal\"");
    csv_quote(out, sizeof out, "say \"hi\"", false);
    assert_string_equal(out, "\"say \"\"hi\"\"\"");
    csv_quote(out, sizeof out, "two\nlines", false);
    assert_string_equal(out, "\"two\nlines\"");
    assert_int_equal(csv_quote(out, 4, "a,b", false), 5);
}

/* OWASP's rule: text beginning = + - @ tab CR or LF is marked with ' */
static void text_a_spreadsheet_would_run_is_marked(void **state)
{
    (void)state;
    char out[64];
    const char *const cases[][2] = {
        {"=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""},
        {"+1", "'+1"},
        {"-2", "'-2"},
        {"@SUM(A1)", "'@SUM(A1)"},
        {"\tx", "'\tx"},
        {"\rx", "\"'\rx\""},
        {"\nx", "\"'\nx\""},
        {"'=already", "''=already"},
        {"''x", "'''x"},
        {"'plain", "'plain"},
        {"'", "'"},
        {"plain", "plain"},
        {"a=b", "a=b"},
        {" =x", "\" =x\""},
        {"", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        assert_int_equal(csv_quote(out, sizeof out, cases[i][0], true), strlen(cases[i][1]));
        assert_string_equal(out, cases[i][1]);
    }
}

static void numbers_are_never_marked(void **state)
{
    (void)state;
    char out[64];
    csv_quote(out, sizeof out, "-1234", false);
    assert_string_equal(out, "-1234");
    csv_quote(out, sizeof out, "+5", false);
    assert_string_equal(out, "+5");
}

/* Reading takes off exactly the mark that writing put on, so every text
 * comes back, and leaves alone a cell that no writer marked. */
static void a_marked_text_reads_back_as_it_was(void **state)
{
    (void)state;
    const char *const texts[] = {"=1+1", "+1", "-2", "@x", "\tx", "\rx",    "\nx",   "'=a", "''x",
                                 "'''",  "'",  "''", "'@", "'\t", "'plain", "plain", "",    "x'"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        char written[64];
        csv_quote(written, sizeof written, texts[i], true);
        /* the mark, inside the quotes when the field is quoted */
        const char *cell = written[0] == '"' ? written + 1 : written;
        if (written[0] == '"')
            written[strlen(written) - 1] = '\0';
        assert_string_equal(csv_text_unmarked(cell), texts[i]);
    }
    assert_string_equal(csv_text_unmarked("'plain"), "'plain");
    assert_string_equal(csv_text_unmarked("'"), "'");
    assert_string_equal(csv_text_unmarked("x'=y"), "x'=y");
    assert_string_equal(csv_text_unmarked("'=x"), "=x");
    assert_string_equal(csv_text_unmarked("''x"), "'x");
}

int main(void)

{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(plain_records_with_every_line_ending),
        cmocka_unit_test(quoted_fields_hold_commas_quotes_and_line_breaks),
        cmocka_unit_test(a_byte_order_mark_is_skipped),
        cmocka_unit_test(windows_1252_is_read_as_such),
        cmocka_unit_test(a_nul_byte_is_not_text),
        cmocka_unit_test(field_lines_count_breaks_inside_quotes),
        cmocka_unit_test(errors_name_their_line),
        cmocka_unit_test(blank_records_are_recognised),
        cmocka_unit_test(quoting_for_output),
        cmocka_unit_test(text_a_spreadsheet_would_run_is_marked),
        cmocka_unit_test(numbers_are_never_marked),
        cmocka_unit_test(a_marked_text_reads_back_as_it_was),
    };
    return cmocka_run_group_tests_name("csv", tests, NULL, NULL);
}
