/* highlights.c - a lead's RAG read as trackers write it, the latest
 * highlight of each workstream, and a tracker's line-level words gathered
 * under their workstream. */
#include "highlights.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "text.h"

bool highlight_rag_parse(const char *text, rag *out)
{
    static const struct {
        const char *key;
        rag value;
    } words[] = {
        {"red", RAG_RED}, {"r", RAG_RED},       {"amber", RAG_AMBER},
        {"a", RAG_AMBER}, {"green", RAG_GREEN}, {"g", RAG_GREEN},
    };
    char key[32];
    if (strlen(text) >= sizeof key)
        return false;
    text_key(key, sizeof key, text);
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strcmp(key, words[i].key) == 0) {
            *out = words[i].value;
            return true;
        }
    return false;
}

size_t highlights_latest(const highlight *rows, size_t count, size_t *latest)
{
    size_t n = 0;
    for (size_t i = 0; i < count; i++) {
        bool last = i + 1 == count || strcasecmp(rows[i].workstream, rows[i + 1].workstream) != 0;
        if (last)
            latest[n++] = i;
    }
    return n;
}

long highlights_latest_of(const highlight *rows, size_t count, const char *workstream)
{
    long found = -1;
    for (size_t i = 0; i < count; i++)
        if (strcasecmp(rows[i].workstream, workstream) == 0)
            found = (long)i; /* periods ascend within a workstream: the last is the latest */
    return found;
}

bool highlights_latest_period(const highlight *rows, size_t count, calendar_date *out)
{
    for (size_t i = 0; i < count; i++)
        if (i == 0 || date_to_days(rows[i].period) > date_to_days(*out))
            *out = rows[i].period;
    return count > 0;
}

/* True when "ref: text" (or text alone, without a ref) starts at p. */
static bool item_at(const char *p, const char *ref, const char *text, size_t *length)
{
    size_t n = 0;
    if (ref != NULL && ref[0] != '\0') {
        size_t r = strlen(ref);
        if (strncmp(p, ref, r) != 0 || strncmp(p + r, ": ", 2) != 0)
            return false;
        n = r + 2;
    }
    size_t t = strlen(text);
    if (strncmp(p + n, text, t) != 0)
        return false;
    *length = n + t;
    return true;
}

bool highlight_join(char *joined, size_t size, const char *ref, const char *text)
{
    if (text == NULL || text[0] == '\0')
        return true;
    size_t used = strlen(joined), length;
    /* already there, whole, between separators */
    for (const char *p = joined; p != NULL && *p != '\0'; p = strstr(p, "; "), p = p != NULL ? p + 2 : NULL)
        if (item_at(p, ref, text, &length) && (p[length] == '\0' || strncmp(p + length, "; ", 2) == 0))
            return true;
    bool with_ref = ref != NULL && ref[0] != '\0';
    size_t need = (used > 0 ? 2 : 0) + (with_ref ? strlen(ref) + 2 : 0) + strlen(text);
    if (used + need + 1 > size)
        return false;
    snprintf(joined + used, size - used, "%s%s%s%s", used > 0 ? "; " : "", with_ref ? ref : "",
             with_ref ? ": " : "", text);
    return true;
}

rag highlight_rag_worse(rag a, rag b)
{
    return rag_severity(b) > rag_severity(a) ? b : a;
}
