/* dialect.c - SQLite's SQL as PostgreSQL reads it.  The store's SQL is
 * written once, in SQLite's spelling; these are the differences, and the
 * only place they are dealt with:
 *   ?N and ?            $N (a bare ? takes the number after the highest yet)
 *   INSERT OR IGNORE    INSERT ... ON CONFLICT DO NOTHING
 *   INSERT OR REPLACE   INSERT ... ON CONFLICT (first column) DO UPDATE SET
 *                       every other column = excluded.column: the first
 *                       column named is the table's key, as assure writes it
 *   ) STRICT, WITHOUT ROWID   dropped: PostgreSQL's columns are typed
 *   ifnull(             coalesce(
 * Text in quotes ('...', "...") and comments are copied as they are.
 * Pragmas, rowid and sqlite_schema have no translation: the files that use
 * them are SQLite's own (the schema's version, WAL, the integrity check). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"

typedef struct {
    char *text;
    size_t length, capacity;
    bool failed;
} buffer;

static void put(buffer *b, const char *text, size_t n)
{
    if (b->failed)
        return;
    if (b->length + n + 1 > b->capacity) {
        size_t capacity = (b->length + n + 1) * 2;
        char *grown = realloc(b->text, capacity);
        if (grown == NULL) {
            b->failed = true;
            return;
        }
        b->text = grown;
        b->capacity = capacity;
    }
    memcpy(b->text + b->length, text, n);
    b->length += n;
    b->text[b->length] = '\0';
}

/* Does the word (letters and spaces, one space standing for any run of
 * white space) begin at p, ending at a word boundary?  Its length in *n. */
static bool word_at(const char *p, const char *word, size_t *n)
{
    const char *q = p;
    for (const char *w = word; *w != '\0'; w++) {
        if (*w == ' ') {
            if (!isspace((unsigned char)*q))
                return false;
            while (isspace((unsigned char)*q))
                q++;
        } else if (toupper((unsigned char)*q) == toupper((unsigned char)*w)) {
            q++;
        } else {
            return false;
        }
    }
    if (isalnum((unsigned char)*q) || *q == '_')
        return false;
    *n = (size_t)(q - p);
    return true;
}

/* Skip a quoted name or text, or a comment, starting at p: where it ends. */
static const char *skip_quoted(const char *p)
{
    if (*p == '\'' || *p == '"') {
        char quote = *p++;
        while (*p != '\0') {
            if (*p == quote && p[1] == quote)
                p += 2;
            else if (*p == quote)
                return p + 1;
            else
                p++;
        }
        return p;
    }
    if (p[0] == '-' && p[1] == '-') {
        while (*p != '\0' && *p != '\n')
            p++;
        return p;
    }
    if (p[0] == '/' && p[1] == '*') {
        const char *end = strstr(p + 2, "*/");
        return end != NULL ? end + 2 : p + strlen(p);
    }
    return NULL;
}

/* The ON CONFLICT clause for INSERT OR REPLACE INTO t (k, a, b): the
 * column list starts at p (after the table's name). */
static void replace_clause(const char *p, buffer *tail)
{
    const char *open = strchr(p, '(');
    const char *close = open != NULL ? strchr(open, ')') : NULL;
    if (open == NULL || close == NULL) {
        put(tail, " ON CONFLICT DO NOTHING", 23);
        return;
    }
    const char *c = open + 1;
    int column = 0;
    while (c < close) {
        while (c < close && (isspace((unsigned char)*c) || *c == ','))
            c++;
        const char *start = c;
        while (c < close && *c != ',' && !isspace((unsigned char)*c))
            c++;
        if (c == start)
            break;
        size_t n = (size_t)(c - start);
        if (column == 0) {
            put(tail, " ON CONFLICT (", 14);
            put(tail, start, n);
            put(tail, ") DO UPDATE SET ", 16);
        } else {
            if (column > 1)
                put(tail, ", ", 2);
            put(tail, start, n);
            put(tail, " = excluded.", 12);
            put(tail, start, n);
        }
        column++;
    }
    if (column == 1) { /* nothing but the key: keep the row there */
        tail->length = 0;
        put(tail, " ON CONFLICT DO NOTHING", 23);
    }
}

char *db_dialect_postgresql(const char *sql, int *nparams)
{
    buffer out = {0}, tail = {0};
    int highest = 0;
    put(&out, "", 0);
    const char *p = sql;
    while (*p != '\0') {
        const char *end = skip_quoted(p);
        size_t n;
        if (end != NULL) {
            put(&out, p, (size_t)(end - p));
            p = end;
        } else if (*p == '?') {
            p++;
            int number;
            if (isdigit((unsigned char)*p)) {
                number = 0;
                while (isdigit((unsigned char)*p))
                    number = number * 10 + (*p++ - '0');
            } else {
                number = highest + 1;
            }
            if (number > highest)
                highest = number;
            char text[16];
            int w = snprintf(text, sizeof text, "$%d", number);
            put(&out, text, (size_t)w);
        } else if ((p == sql || !isalnum((unsigned char)p[-1])) && word_at(p, "INSERT OR IGNORE INTO", &n)) {
            put(&out, "INSERT INTO", 11);
            p += n;
            put(&tail, " ON CONFLICT DO NOTHING", 23);
        } else if ((p == sql || !isalnum((unsigned char)p[-1])) && word_at(p, "INSERT OR REPLACE INTO", &n)) {
            put(&out, "INSERT INTO", 11);
            p += n;
            replace_clause(p, &tail);
        } else if (*p == ')' && word_at(p + 1, " STRICT", &n)) {
            put(&out, ")", 1);
            p += 1 + n;
        } else if (*p == ')' && word_at(p + 1, " WITHOUT ROWID", &n)) {
            put(&out, ")", 1);
            p += 1 + n;
        } else if ((p == sql || !isalnum((unsigned char)p[-1])) && word_at(p, "ifnull", &n) && p[n] == '(') {
            put(&out, "coalesce", 8);
            p += n;
        } else {
            put(&out, p, 1);
            p++;
        }
    }
    if (tail.length > 0) {
        /* The clause goes before a closing semicolon and the space before it. */
        size_t keep = out.length;
        while (keep > 0 && (isspace((unsigned char)out.text[keep - 1]) || out.text[keep - 1] == ';'))
            keep--;
        if (!out.failed)
            out.length = keep;
        put(&out, tail.text, tail.length);
    }
    free(tail.text);
    if (out.failed || tail.failed) {
        free(out.text);
        return NULL;
    }
    if (nparams != NULL)
        *nparams = highest;
    return out.text;
}
