/* test.h - what every unit test includes: cmocka and small helpers. */
#ifndef ASSURE_TEST_H
#define ASSURE_TEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <cmocka.h>

#include "figures.h"

/* Format a decimal for comparing as text: "55.6", or "" when undefined. */
static inline const char *decimal_text(decimal d, char *buf, size_t size)
{
    decimal_format(buf, size, d);
    return buf;
}

#define assert_decimal(expected, actual)                                                                     \
    do {                                                                                                     \
        char assert_decimal_buf[64];                                                                         \
        assert_string_equal((expected),                                                                      \
                            decimal_text((actual), assert_decimal_buf, sizeof assert_decimal_buf));          \
    } while (0)

/* Parse money that the test knows is valid. */
static inline money money_of(const char *text, money unit)
{
    money_parsed parsed;
    const char *why = NULL;
    if (!money_parse(text, unit, &parsed, &why))
        fail_msg("money_parse(\"%s\") failed: %s", text, why);
    return parsed.value;
}

static inline fte_hundredths fte_of(const char *text)
{
    fte_hundredths value = 0;
    const char *why = NULL;
    if (!fte_parse(text, true, &value, &why))
        fail_msg("fte_parse(\"%s\") failed: %s", text, why);
    return value;
}

#endif
