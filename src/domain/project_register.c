/* project_register.c - the register's words, and which sign-off of a line
 * counts. */
#include "project_register.h"

#include <string.h>
#include <strings.h>

#include "text.h"

static const char *const kind_names[REGISTER_KIND_COUNT] = {"workstream", "project"};
static const char *const status_names[SIGNOFF_STATUS_COUNT] = {"proposed", "agreed", "rejected"};

const char *register_kind_name(register_kind kind)
{
    return (unsigned)kind < REGISTER_KIND_COUNT ? kind_names[kind] : "";
}

bool register_kind_parse(const char *text, register_kind *out)
{
    char key[32];
    text_key(key, sizeof key, text);
    for (int k = 0; k < REGISTER_KIND_COUNT; k++)
        if (strcmp(key, kind_names[k]) == 0) {
            *out = (register_kind)k;
            return true;
        }
    return false;
}

const char *signoff_status_name(signoff_status status)
{
    return (unsigned)status < SIGNOFF_STATUS_COUNT ? status_names[status] : "";
}

bool signoff_status_parse(const char *text, signoff_status *out)
{
    char key[32];
    text_key(key, sizeof key, text);
    for (int s = 0; s < SIGNOFF_STATUS_COUNT; s++)
        if (strcmp(key, status_names[s]) == 0) {
            *out = (signoff_status)s;
            return true;
        }
    /* as trackers write them */
    if (strcmp(key, "signedoff") == 0 || strcmp(key, "approved") == 0) {
        *out = SIGNOFF_AGREED;
        return true;
    }
    return false;
}

bool yes_no_parse(const char *text, bool *out)
{
    static const char *const yes[] = {"yes", "y", "true", "1"}, *const no[] = {"no", "n", "false", "0"};
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
        if (strcasecmp(text, yes[i]) == 0) {
            *out = true;
            return true;
        }
        if (strcasecmp(text, no[i]) == 0) {
            *out = false;
            return true;
        }
    }
    return false;
}

const signoff_row *signoff_latest_agreed(const signoff_row *rows, size_t n, const char *line,
                                         calendar_date as_at)
{
    const signoff_row *latest = NULL;
    day_number limit = date_to_days(as_at);
    for (size_t i = 0; i < n; i++) {
        const signoff_row *r = &rows[i];
        if (r->status != SIGNOFF_AGREED || strcmp(r->line, line) != 0 || date_to_days(r->signed_on) > limit)
            continue;
        if (latest == NULL || date_to_days(r->signed_on) > date_to_days(latest->signed_on))
            latest = r;
    }
    return latest;
}

money signoffs_agreed_total(const signoff_row *rows, size_t n, calendar_date as_at, size_t *lines)
{
    money total = 0;
    size_t counted = 0;
    for (size_t i = 0; i < n;) {
        size_t end = i + 1; /* a line's rows, together */
        while (end < n && strcmp(rows[end].line, rows[i].line) == 0)
            end++;
        const signoff_row *counts = signoff_latest_agreed(rows + i, end - i, rows[i].line, as_at);
        if (counts != NULL && counts->amount != MONEY_UNKNOWN) {
            total = money_add(total, counts->amount);
            counted++;
        }
        i = end;
    }
    if (lines != NULL)
        *lines = counted;
    return total;
}

long register_find(const workstream_row *rows, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (strcasecmp(rows[i].name, name) == 0)
            return (long)i;
    return -1;
}
