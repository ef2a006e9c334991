/* Financial years in every way councils write them: a parsed year is in the
 * supported range and formats back to itself. */
#include <stdbool.h>

#include "calendar.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_text(data, size);
    int fy;
    const char *why = NULL;
    if (fy_parse(text, &fy, &why)) {
        PROMISE(fy >= FY_FIRST && fy <= FY_LAST);
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
