/* Dates as councils write them: a parsed date is a real one, formats back to
 * itself, and survives the trip through a day count. */
#include <stdbool.h>

#include "calendar.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_text(data, size);
    calendar_date date;
    const char *why = NULL;
    if (date_parse(text, &date, &why)) {
        PROMISE(date_is_valid(date));
        char buf[32];
        PROMISE(date_format(buf, sizeof buf, date) == 10);
        calendar_date again;
        PROMISE(date_parse(buf, &again, NULL));
        PROMISE(again.year == date.year && again.month == date.month && again.day == date.day);
        calendar_date back = date_from_days(date_to_days(date));
        PROMISE(back.year == date.year && back.month == date.month && back.day == date.day);
        calendar_date next = date_from_days(date_to_days(date) + 1);
        PROMISE(date_to_days(next) == date_to_days(date) + 1);
        int fy = fy_of_date(date);
        PROMISE(fy == (date.month >= 4 ? date.year : date.year - 1));
        PROMISE(date_format_long(buf, sizeof buf, date) < sizeof buf);
    } else {
        PROMISE(why != NULL && why[0] != '\0');
    }
    free(text);
    return 0;
}
