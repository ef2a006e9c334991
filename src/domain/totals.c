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

/* Whether label holds word as a whole word (or words: "staffing requirement"), any case. */
static bool has_word(const char *label, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = label; *p; p++)
        if ((p == label || !is_word_character(p[-1])) && strncasecmp(p, word, n) == 0 &&
            !is_word_character(p[n]))
            return true;
    return false;
}

/* The last word of label, a part in brackets at its end left aside. */
static void last_word(const char *label, char *out, size_t size)
{
    size_t end = strlen(label);
    while (end > 0 && (label[end - 1] == ' ' || label[end - 1] == '.'))
        end--;
    if (end > 0 && label[end - 1] == ')') { /* "resources (staffing requirement)" */
        while (end > 0 && label[end - 1] != '(')
            end--;
        while (end > 0 && (label[end - 1] == '(' || label[end - 1] == ' '))
            end--;
    }
    size_t start = end;
    while (start > 0 && is_word_character(label[start - 1]))
        start--;
    snprintf(out, size, "%.*s", (int)(end - start), label + start);
}

/* kind = net if it ends "(net)" or "net"; cost if it names a cost and no saving; else saving */
savings_row_kind totals_label_kind(const char *label)
{
    if (label == NULL)
        return ROW_SAVING;
    size_t length = strlen(label);
    while (length > 0 && label[length - 1] == ' ')
        length--;
    if ((length >= 5 && strncasecmp(label + length - 5, "(net)", 5) == 0) ||
        (length >= 3 && strncasecmp(label + length - 3, "net", 3) == 0 &&
         (length == 3 || !is_word_character(label[length - 4]))))
        return ROW_NET;
    static const char *const savings_words[] = {
        "saving",  "savings",   "reduction", "reductions", "reduce",       "reduced", "reducing",
        "avoided", "avoidance", "lower",     "efficiency", "efficiencies", "income",
    };
    for (size_t i = 0; i < sizeof savings_words / sizeof savings_words[0]; i++)
        if (has_word(label, savings_words[i]))
            return ROW_SAVING;
    static const char *const cost_words[] = {"staffing requirement", "investment", "investments"};
    for (size_t i = 0; i < sizeof cost_words / sizeof cost_words[0]; i++)
        if (has_word(label, cost_words[i]))
            return ROW_COST;
    /* "Programme costs", "On going resources (...)": a cost when it is what the
     * name is of, its last word; "High cost placements review" is a saving. */
    static const char *const cost_heads[] = {"resource", "resources", "cost", "costs"};
    char last[64];
    last_word(label, last, sizeof last);
    for (size_t i = 0; i < sizeof cost_heads / sizeof cost_heads[0]; i++)
        if (strcasecmp(last, cost_heads[i]) == 0)
            return ROW_COST;
    return ROW_SAVING;
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

/* A row's own total: its figures added, or a cumulative row's last year's. */
static money row_sum(const totals_row *row, size_t ncolumns)
{
    money sum = 0;
    int last = 0;
    for (size_t c = 0; c < ncolumns; c++) {
        if (row->values[c] == MONEY_UNKNOWN)
            continue;
        int fy = row->fys != NULL ? row->fys[c] : (int)c + 1;
        if (!row->cumulative) {
            sum = money_add(sum, row->values[c]);
        } else if (fy >= last) {
            sum = row->values[c];
            last = fy;
        }
    }
    return sum;
}

/* net = the lines above, back to the last net row (those named gross, if any are), less the costs among
 * them */
static void check_net_row(const totals_row *rows, size_t r, size_t ncolumns, total_finding *out, size_t max,
                          size_t *count)
{
    const totals_row *row = &rows[r];
    size_t first = r;
    while (first > 0 && (rows[first - 1].is_total || rows[first - 1].kind != ROW_NET))
        first--;
    bool gross_named = false;
    for (size_t l = first; l < r; l++)
        gross_named = gross_named ||
                      (!rows[l].is_total && rows[l].kind == ROW_SAVING && has_word(rows[l].label, "gross"));
    for (size_t c = 0; c < ncolumns; c++) {
        if (row->values[c] == MONEY_UNKNOWN)
            continue;
        money sum = 0;
        for (size_t l = first; l < r; l++) {
            const totals_row *line = &rows[l];
            if (line->is_total || line->measure != row->measure || (row->fy != 0 && line->fy != row->fy) ||
                line->values[c] == MONEY_UNKNOWN)
                continue;
            if (line->kind == ROW_COST)
                sum = money_add(sum, -line->values[c]);
            else if (!gross_named || has_word(line->label, "gross"))
                sum = money_add(sum, line->values[c]);
        }
        if (!money_agrees(row->values[c], row->resolutions[c], sum))
            add_finding(out, max, count, r, (int)c, row->values[c], sum);
    }
}

size_t totals_reconcile(const totals_row *rows, size_t nrows, size_t ncolumns, total_finding *out, size_t max)
{
    size_t count = 0;
    for (size_t r = 0; r < nrows; r++) {
        const totals_row *row = &rows[r];
        /* A total column: the row's own figures. */
        if (row->total != MONEY_UNKNOWN) {
            money sum = row_sum(row, ncolumns);
            if (!money_agrees(row->total, row->total_resolution, sum))
                add_finding(out, max, &count, r, -1, row->total, sum);
        }
        if (!row->is_total && row->kind == ROW_NET)
            check_net_row(rows, r, ncolumns, out, max, &count);
        if (!row->is_total)
            continue;
        /* A total row: the lines it covers. */
        char key[256], group[256];
        group_key(row->label, key, sizeof key);
        int by = named_group(rows, nrows, key, group, sizeof group);
        bool gross = has_word(row->label, "gross"); /* a gross total leaves the costs out */
        for (size_t c = 0; c < ncolumns; c++) {
            if (row->values[c] == MONEY_UNKNOWN)
                continue;
            money sum = 0;
            for (size_t l = 0; l < nrows; l++) {
                const totals_row *line = &rows[l];
                if (line->is_total || line->kind == ROW_NET || (gross && line->kind == ROW_COST) ||
                    line->measure != row->measure || (row->fy != 0 && line->fy != row->fy))
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
                    sum = money_add(sum, line->kind == ROW_COST ? -line->values[c] : line->values[c]);
            }
            if (!money_agrees(row->values[c], row->resolutions[c], sum))
                add_finding(out, max, &count, r, (int)c, row->values[c], sum);
        }
    }
    return count;
}
