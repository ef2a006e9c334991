/* Financial years in every way councils write them: a parsed year is in the
 * supported range, formats back to itself, and when written with two digits
 * follows POSIX's window (69 to 99 are 19xx, 00 to 68 are 20xx). */
#include <stdbool.h>

#include "calendar.h"
#include "fuzz.h"

/* The first year of text when it is written with two digits, else -1. */
static int two_digit_year(const char *text)
{
    const char *p = text;
    while (*p == ' ')
        p++;
    if ((p[0] | 0x20) == 'f' && (p[1] | 0x20) == 'y')
        for (p += 2; *p == ' ';)
            p++;
    bool two = p[0] >= '0' && p[0] <= '9' && p[1] >= '0' && p[1] <= '9' && !(p[2] >= '0' && p[2] <= '9');
    return two ? (p[0] - '0') * 10 + (p[1] - '0') : -1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_text(data, size);
    int fy;
    const char *why = NULL;
    if (fy_parse(text, &fy, &why)) {
        PROMISE(fy >= FY_FIRST && fy <= FY_LAST);
        int year = two_digit_year(text);
        PROMISE(year < 0 || fy == (year >= 69 ? 1900 : 2000) + year);
        char buf[16];
        PROMISE(fy_format(buf, sizeof buf, fy) == 7);
        int again;
        PROMISE(fy_parse(buf, &again, NULL));
        PROMISE(again == fy);
    } else {
        PROMISE(why != NULL && why[0] != '\0');
    }
    free(text);
    return 0;
}
