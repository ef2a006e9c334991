/* lines.c - the lines of a detail view: formatted with widths in screen
 * columns, wrapped under a label, and fitted to the width they are shown in. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "draw.h"
#include "table.h"
#include "text.h"

/* One conversion of a lines_add format, from the '%' at f: its text into
 * out (a string padded or cut in screen columns, anything else as printf
 * writes it); returns the bytes of the format it took. */
static size_t convert(const char *f, va_list *args, char *out, size_t size)
{
    size_t i = 1;
    char flags[8] = "";
    size_t nflags = 0;
    while (strchr("-+ #0", f[i]) != NULL && f[i] != '\0' && nflags + 1 < sizeof flags)
        flags[nflags++] = f[i++];
    int width = -1, precision = -1;
    if (f[i] == '*') {
        width = va_arg(*args, int);
        i++;
    } else if (f[i] >= '0' && f[i] <= '9') {
        width = 0;
        while (f[i] >= '0' && f[i] <= '9')
            width = width * 10 + (f[i++] - '0');
    }
    if (f[i] == '.') {
        i++;
        precision = 0;
        if (f[i] == '*') {
            precision = va_arg(*args, int);
            i++;
        } else {
            while (f[i] >= '0' && f[i] <= '9')
                precision = precision * 10 + (f[i++] - '0');
        }
    }
    char length[3] = "";
    size_t nlength = 0;
    while (strchr("hlzjt", f[i]) != NULL && f[i] != '\0' && nlength < 2)
        length[nlength++] = f[i++];
    char conversion = f[i] != '\0' ? f[i++] : '%';
    bool left = strchr(flags, '-') != NULL;
    if (width < 0) { /* a negative * width is a left-aligned one */
        left = left || width != -1;
        width = width == -1 ? 0 : -width;
    }
    if (conversion == 's') {
        const char *text = va_arg(*args, const char *);
        char *cut = NULL;
        if (precision >= 0) { /* at most so many columns (where printf says bytes) */
            size_t keep = text_bytes_for_width(text, (size_t)precision);
            cut = malloc(keep + 1);
            if (cut != NULL) {
                memcpy(cut, text, keep);
                cut[keep] = '\0';
                text = cut;
            }
        }
        text_pad(out, size, text, (size_t)width, !left);
        free(cut);
    } else if (conversion == '%') {
        snprintf(out, size, "%%");
    } else {
        char spec[32];
        snprintf(spec, sizeof spec, "%%%s%s*.*%s%c", flags, left ? "-" : "", length, conversion);
        if (conversion == 'c')
            snprintf(out, size, "%*c", left ? -width : width, (char)va_arg(*args, int));
        else if (strchr("fFeEgG", conversion) != NULL)
            snprintf(out, size, spec, width, precision, va_arg(*args, double));
        else if (strcmp(length, "ll") == 0)
            snprintf(out, size, spec, width, precision, va_arg(*args, long long));
        else if (strcmp(length, "l") == 0)
            snprintf(out, size, spec, width, precision, va_arg(*args, long));
        else if (strcmp(length, "z") == 0)
            snprintf(out, size, spec, width, precision, va_arg(*args, size_t));
        else
            snprintf(out, size, spec, width, precision, va_arg(*args, int));
    }
    return i;
}

void lines_add(text_lines *l, const char *format, ...)
{
    char **grown = array_grow(l->lines, &l->capacity, l->count + 1, sizeof *grown);
    if (grown == NULL)
        return;
    l->lines = grown;
    /* The whole line, however long; a string's width and precision counted
     * in screen columns, so that columns of £ figures line up. */
    va_list args;
    va_start(args, format);
    char *line = NULL;
    size_t length = 0, capacity = 0;
    bool failed = false;
    for (const char *f = format; *f != '\0' && !failed;) {
        char piece[1024];
        size_t n;
        if (*f == '%') {
            f += convert(f, &args, piece, sizeof piece);
            n = strlen(piece);
        } else {
            n = strcspn(f, "%");
            n = n < sizeof piece - 1 ? n : sizeof piece - 1;
            memcpy(piece, f, n);
            piece[n] = '\0';
            f += n;
        }
        char *bigger = array_grow(line, &capacity, length + n + 1, 1);
        if (bigger == NULL) {
            failed = true;
            break;
        }
        line = bigger;
        memcpy(line + length, piece, n + 1);
        length += n;
    }
    va_end(args);
    if (failed || line == NULL) {
        free(line);
        line =
            strdup(failed ? "  (a line could not be shown: out of memory)" : ""); /* never left out unseen */
    }
    l->lines[l->count] = line;
    if (line != NULL)
        l->count++;
}

void lines_free(text_lines *l)
{
    for (size_t i = 0; i < l->count; i++)
        free(l->lines[i]);
    free(l->lines);
    memset(l, 0, sizeof *l);
}

void lines_wrap(text_lines *l, const char *label, int label_width, const char *text, int width)
{
    /* Lines are drawn from the second column to the one before the last:
     * the text has what is left of that after "  ", the label and a space.
     * A label wider than its place has a line of its own. */
    int room = width - 2 - 2 - label_width - 1;
    if (room < 20)
        room = 20;
    const char *p = text;
    bool first = true;
    if (text_columns(label) > label_width) {
        lines_add(l, "  %s", label);
        first = false;
    }
    do {
        size_t next;
        size_t line = text_wrap_line(p, (size_t)room, &next);
        char piece[2048];
        snprintf(piece, sizeof piece, "%.*s", (int)line, p);
        lines_add(l, "  %-*s %s", label_width, first ? label : "", piece);
        first = false;
        p += next;
    } while (*p);
}

/* Where a line's text begins, for its continuation lines: after its
 * indentation and a label ended by two spaces ("  Score          unscored..."),
 * else after its indentation and two more. */
static size_t hanging_indent(const char *line, size_t width)
{
    size_t lead = strspn(line, " ");
    const char *gap = strstr(line + lead, "  ");
    if (gap != NULL) {
        size_t at = (size_t)(gap - line) + strspn(gap, " ");
        char head[512];
        snprintf(head, sizeof head, "%.*s", (int)(at < sizeof head ? at : sizeof head - 1), line);
        size_t columns = text_width(head);
        if (line[at] != '\0' && columns <= width / 2)
            return columns;
    }
    return lead + 2 <= width / 2 ? lead + 2 : 0;
}

void lines_fit(text_lines *l, int width)
{
    if (width < 20)
        width = 20;
    size_t w = (size_t)width;
    text_lines fitted = {0};
    for (size_t i = 0; i < l->count; i++) {
        const char *line = l->lines[i];
        if (text_width(line) <= w) {
            lines_add(&fitted, "%s", line);
            continue;
        }
        size_t indent = hanging_indent(line, w);
        size_t next;
        size_t first = text_wrap_line(line, w, &next);
        char piece[2048];
        snprintf(piece, sizeof piece, "%.*s", (int)first, line);
        lines_add(&fitted, "%s", piece);
        for (const char *p = line + next; *p != '\0'; p += next) {
            size_t part = text_wrap_line(p, w - indent, &next);
            snprintf(piece, sizeof piece, "%.*s", (int)part, p);
            lines_add(&fitted, "%*s%s", (int)indent, "", piece);
        }
    }
    lines_free(l);
    *l = fitted;
}
