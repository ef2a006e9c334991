/* totals.c - declared totals against the lines they cover. */
#include "totals.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "text.h"

static bool is_word_character(char c)
{
    return isalnum((unsigned char)c) != 0;
}

/* Length of a "total"/"totals" word at s (case-insensitive), 0 if none. */
static size_t total_word_at(const char *s)
{
    if (strncasecmp(s, "totals", 6) == 0)
        return 6;
    if (strncasecmp(s, "total", 5) == 0)
        return 5;
    return 0;
}

bool totals_label_is_total(const char *label)
{
    if (label == NULL)
        return false;
    while (*label == ' ')
        label++;
    size_t n = total_word_at(label);
    if (n > 0 && !is_word_character(label[n]))
        return true;
    size_t length = strlen(label);
    while (length > 0 && label[length - 1] == ' ')
        length--;
    for (size_t w = 5; w <= 6; w++) {
        if (length < w)
            continue;
        const char *end = label + length - w;
        if (total_word_at(end) == w && (end == label || !is_word_character(end[-1])))
            return true;
    }
    return false;
}

/* The label without its "Total" word, as a text_key. */
static void group_key(const char *label, char *key, size_t size)
{
    char copy[512];
    snprintf(copy, sizeof copy, "%s", label != NULL ? label : "");
    char *start = copy;
    while (*start == ' ')
        start++;
    size_t n = total_word_at(start);
    if (n > 0 && !is_word_character(start[n])) {
        start += n;
    } else {
        size_t length = strlen(start);
        while (length > 0 && start[length - 1] == ' ')
            start[--length] = '\0';
        for (size_t w = 6; w >= 5; w--) {
            if (length >= w && total_word_at(start + length - w) == w) {
                start[length - w] = '\0';
                break;
            }
        }
    }
    text_key(key, size, start);
}

/* Which lines a total row names: by cohort (1) or workstream (2), matching
 * exactly or, failing that, where one name begins the other ("Working Age
 * Adults Total" for the cohort "Working Age"); 0 when it names neither. */
static int named_group(const totals_row *rows, size_t nrows, const char *key, char *group, size_t size)
{
    if (key[0] == '\0')
        return 0;
    for (int pass = 0; pass < 2; pass++) {
        for (int which = 1; which <= 2; which++) {
            for (size_t i = 0; i < nrows; i++) {
                const char *name = which == 1 ? rows[i].cohort : rows[i].workstream;
                if (rows[i].is_total || name == NULL || name[0] == '\0')
                    continue;
                char candidate[256];
                text_key(candidate, sizeof candidate, name);
                size_t a = strlen(candidate), b = strlen(key);
                bool match =
                    pass == 0 ? strcmp(candidate, key) == 0
                              : (a < b ? strncmp(candidate, key, a) == 0 : strncmp(key, candidate, b) == 0);
                if (match && candidate[0] != '\0') {
                    snprintf(group, size, "%s", candidate);
                    return which;
                }
            }
        }
    }
    return 0;
}

static void add_finding(total_finding *out, size_t max, size_t *count, size_t row, int column, money declared,
                        money computed)
{
    if (*count < max) {
        out[*count].row = row;
        out[*count].column = column;
        out[*count].declared = declared;
        out[*count].computed = computed;
    }
    (*count)++;
}

size_t totals_reconcile(const totals_row *rows, size_t nrows, size_t ncolumns, total_finding *out, size_t max)
{
    size_t count = 0;
    for (size_t r = 0; r < nrows; r++) {
        const totals_row *row = &rows[r];
        /* A total column: the row's own figures. */
        if (row->total != MONEY_UNKNOWN) {
            money sum = 0;
            for (size_t c = 0; c < ncolumns; c++)
                if (row->values[c] != MONEY_UNKNOWN)
                    sum = money_add(sum, row->values[c]);
            if (!money_agrees(row->total, row->total_resolution, sum))
                add_finding(out, max, &count, r, -1, row->total, sum);
        }
        if (!row->is_total)
            continue;
        /* A total row: the lines it covers. */
        char key[256], group[256];
        group_key(row->label, key, sizeof key);
        int by = named_group(rows, nrows, key, group, sizeof group);
        for (size_t c = 0; c < ncolumns; c++) {
            if (row->values[c] == MONEY_UNKNOWN)
                continue;
            money sum = 0;
            for (size_t l = 0; l < nrows; l++) {
                const totals_row *line = &rows[l];
                if (line->is_total || line->measure != row->measure || (row->fy != 0 && line->fy != row->fy))
                    continue;
                if (by != 0) {
                    char name[256];
                    text_key(name, sizeof name, by == 1 ? line->cohort : line->workstream);
                    if (strcmp(name, group) != 0)
                        continue;
                } else if (l > r) {
                    continue;
                }
                if (line->values[c] != MONEY_UNKNOWN)
                    sum = money_add(sum, line->values[c]);
            }
            if (!money_agrees(row->values[c], row->resolutions[c], sum))
                add_finding(out, max, &count, r, (int)c, row->values[c], sum);
        }
    }
    return count;
}
