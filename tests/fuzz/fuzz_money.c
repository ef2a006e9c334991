/* Money, decimal and FTE parsing: any text is parsed or refused with a
 * reason; what is parsed stays inside the cap, formats back to the same
 * value, and had at most one sign or brackets, never both. */
#include <stdbool.h>

#include "figures.h"
#include "fuzz.h"

static void money_reads_back(money value)
{
    char buf[64];
    money_parsed again;
    const char *why = NULL;
    money_format_plain(buf, sizeof buf, value);
    PROMISE(money_parse(buf, 1, &again, &why));
    PROMISE(again.value == value);
    money_format(buf, sizeof buf, value);
    PROMISE(money_parse(buf, 1, &again, &why));
    PROMISE(again.value == value);
    for (int places = 0; places <= 2; places++)
        PROMISE(money_format_short(buf, sizeof buf, value, places) < sizeof buf);
}

/* The signs (+, -, the Unicode minus, the en dash) and brackets before the
 * first digit of text: what a parsed figure may have is one of them. */
static int signs_before_digits(const char *text)
{
    int signs = 0;
    for (const char *p = text; *p != '\0' && !(*p >= '0' && *p <= '9'); p++) {
        if (*p == '+' || *p == '-' || *p == '(')
            signs++;
        else if (strncmp(p, "\xe2\x88\x92", 3) == 0 || strncmp(p, "\xe2\x80\x93", 3) == 0)
            signs++, p += 2;
    }
    return signs;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const money units[] = {1, 1000, 1000000};
    char *text = fuzz_text(data + 1, size - 1);
    money_parsed parsed;
    const char *why = NULL;
    if (money_parse(text, units[data[0] % 3], &parsed, &why)) {
        if (parsed.value != MONEY_UNKNOWN) {
            PROMISE(signs_before_digits(text) <= 1);
            PROMISE(parsed.value >= -MONEY_MAX_ABS && parsed.value <= MONEY_MAX_ABS);
            PROMISE(parsed.resolution >= 1);
            money_reads_back(parsed.value);
            PROMISE(money_agrees(parsed.value, parsed.resolution, parsed.value));
        }
    } else {
        PROMISE(why != NULL && why[0] != '\0');
    }

    int places = data[0] % 7;
    int64_t units_out;
    why = NULL;
    if (decimal_parse(text, places, (data[0] & 8) != 0, &units_out, &why)) {
        PROMISE((data[0] & 8) != 0 || units_out >= 0);
        PROMISE(signs_before_digits(text) <= 1);
        char buf[64];
        decimal_format(buf, sizeof buf, decimal_of(units_out, places));
        int64_t again;
        PROMISE(decimal_parse(buf, places, true, &again, NULL));
        PROMISE(again == units_out);
    } else {
        PROMISE(why != NULL && why[0] != '\0');
    }

    fte_hundredths fte;
    why = NULL;
    if (fte_parse(text, true, &fte, &why)) {
        char buf[64];
        fte_format(buf, sizeof buf, fte);
        fte_hundredths again;
        PROMISE(fte_parse(buf, true, &again, NULL));
        PROMISE(again == fte);
    } else {
        PROMISE(why != NULL && why[0] != '\0');
    }
    free(text);
    return 0;
}
