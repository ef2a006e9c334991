/* text.c - matching names and making data text safe to show. */
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"

size_t text_key(char *out, size_t size, const char *in)
{
    size_t n = 0;
    if (size == 0)
        return 0;
    for (const unsigned char *p = (const unsigned char *)in; *p != '\0' && n + 1 < size; p++) {
        if (*p >= 'A' && *p <= 'Z')
            out[n++] = (char)(*p - 'A' + 'a');
        else if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p >= 0x80)
            out[n++] = (char)*p;
    }
    out[n] = '\0';
    return n;
}

bool text_same_key(const char *a, const char *b)
{
    char ka[256], kb[256];
    text_key(ka, sizeof ka, a);
    text_key(kb, sizeof kb, b);
    return strcmp(ka, kb) == 0;
}

bool text_contains(const char *haystack, const char *needle)
{
    size_t n = strlen(needle);
    for (const char *p = haystack; *p; p++) {
        size_t i = 0;
        while (i < n && p[i] != '\0') {
            char a = p[i], b = needle[i];
            if (a >= 'A' && a <= 'Z')
                a = (char)(a - 'A' + 'a');
            if (b >= 'A' && b <= 'Z')
                b = (char)(b - 'A' + 'a');
            if (a != b)
                break;
            i++;
        }
        if (i == n)
            return true;
    }
    return n == 0;
}

size_t text_utf8_decode(const char *s, unsigned *codepoint)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned c = u[0];
    size_t length;
    unsigned minimum;
    if (c == 0)
        return 0;
    if (c < 0x80) {
        *codepoint = c;
        return 1;
    } else if ((c & 0xE0) == 0xC0) {
        length = 2;
        minimum = 0x80;
        c &= 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        length = 3;
        minimum = 0x800;
        c &= 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        length = 4;
        minimum = 0x10000;
        c &= 0x07;
    } else {
        return 0;
    }
    for (size_t i = 1; i < length; i++) {
        if ((u[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (u[i] & 0x3F);
    }
    if (c < minimum || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0; /* overlong, out of range or a surrogate */
    *codepoint = c;
    return length;
}

/* Characters that are invisible or reorder text: shown by code point. */
bool text_is_hidden(unsigned c)
{
    return (c >= 0x80 && c <= 0x9F) || c == 0xAD || c == 0x180E || (c >= 0x200B && c <= 0x200F) ||
           (c >= 0x2028 && c <= 0x202E) || (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF || c == 0x061C ||
           (c >= 0xFFF9 && c <= 0xFFFB) || (c >= 0xE0000 && c <= 0xE007F);
}

/* The visible form of the character at p (a line break as a space when
 * flatten) into piece; returns its length, *consumed the bytes of p used. */
static size_t visible_piece(const char *p, bool flatten, char piece[16], size_t *consumed)
{
    unsigned c;
    size_t length = text_utf8_decode(p, &c);
    *consumed = length > 0 ? length : 1;
    if (length == 0)
        return (size_t)snprintf(piece, 16, "\\x%02X", (unsigned char)*p);
    if (c == '\n' && flatten) {
        piece[0] = ' ';
        return 1;
    }
    if (c < 0x20) {
        piece[0] = '^';
        piece[1] = (char)(c + '@');
        return 2;
    }
    if (c == 0x7F) {
        memcpy(piece, "^?", 2);
        return 2;
    }
    if (text_is_hidden(c))
        return (size_t)snprintf(piece, 16, "<U+%04X>", c);
    memcpy(piece, p, length);
    return length;
}

size_t text_visible(char *out, size_t size, const char *in)
{
    size_t n = 0, whole = 0;
    bool cut = size == 0;
    for (const char *p = in; *p != '\0';) {
        char piece[16];
        size_t consumed;
        size_t piece_length = visible_piece(p, false, piece, &consumed);
        if (!cut && n + piece_length + 1 > size)
            cut = true; /* from here on only measured: out ends between characters */
        if (!cut) {
            memcpy(out + n, piece, piece_length);
            n += piece_length;
        }
        whole += piece_length;
        p += consumed;
    }
    if (size > 0)
        out[n] = '\0';
    return whole;
}

size_t text_visible_size(const char *in)
{
    return text_visible(NULL, 0, in) + 1;
}

char *text_visible_copy(const char *in)
{
    size_t size = text_visible_size(in);
    char *out = malloc(size);
    if (out != NULL)
        text_visible(out, size, in);
    return out;
}

/* ---- width ---- */

/* Combining marks, which take no column of their own. */
static bool combining(unsigned c)
{
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x0483 && c <= 0x0489) || (c >= 0x0591 && c <= 0x05BD) ||
           (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || (c >= 0x0E31 && c <= 0x0E3A) ||
           (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
           (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xFE20 && c <= 0xFE2F);
}

/* East Asian wide and full-width characters, and emoji: two columns each. */
static bool wide(unsigned c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

size_t text_char_columns(unsigned codepoint)
{
    if (codepoint == 0 || combining(codepoint))
        return 0;
    return wide(codepoint) ? 2 : 1;
}

/* The character at p: its bytes, and its columns into *columns (a byte that
 * is not UTF-8 takes one). */
static size_t char_at(const char *p, size_t *columns)
{
    unsigned c;
    size_t n = text_utf8_decode(p, &c);
    *columns = n > 0 ? text_char_columns(c) : 1;
    return n > 0 ? n : 1;
}

size_t text_width(const char *text)
{
    size_t width = 0;
    for (const char *p = text; *p != '\0';) {
        size_t columns;
        p += char_at(p, &columns);
        width += columns;
    }
    return width;
}

size_t text_bytes_for_width(const char *text, size_t width)
{
    const char *p = text;
    size_t used = 0;
    while (*p != '\0') {
        size_t columns;
        size_t n = char_at(p, &columns);
        if (used + columns > width)
            break;
        used += columns;
        p += n;
    }
    return (size_t)(p - text);
}

size_t text_pad(char *out, size_t size, const char *text, size_t width, bool right)
{
    size_t columns = text_width(text);
    size_t pad = columns < width ? width - columns : 0;
    size_t length = strlen(text);
    size_t n = 0;
    for (size_t i = 0; i < pad + length; i++, n++) {
        char c = right ? (i < pad ? ' ' : text[i - pad]) : (i < length ? text[i] : ' ');
        if (n + 1 < size)
            out[n] = c;
    }
    if (size > 0)
        out[n < size ? n : size - 1] = '\0';
    return n;
}

size_t text_wrap_line(const char *text, size_t width, size_t *next)
{
    size_t line = text_bytes_for_width(text, width > 0 ? width : 1);
    if (line == 0 && text[0] != '\0') /* a character wider than the width still goes somewhere */
        line = text_bytes_for_width(text, 2);
    size_t line_break = strcspn(text, "\n");
    if (line_break < line)
        line = line_break;
    if (text[line] != '\0' && text[line] != '\n' && text[line] != ' ') {
        /* break at the last space that has a word before it; a word longer
         * than the width is broken only when there is no such space */
        size_t space = line;
        while (space > 0 && text[space] != ' ')
            space--;
        size_t start = 0;
        while (text[start] == ' ')
            start++;
        if (space > start)
            line = space;
    }
    size_t after = line;
    while (text[after] == ' ')
        after++;
    if (text[after] == '\n')
        after++; /* one line break ends this line; a second is an empty line */
    *next = after;
    return line;
}

/* ---- Markdown and CSV ---- */

/* Where snprintf-like writers put their bytes: as many as fit, all counted. */
typedef struct {
    char *out;
    size_t size, length;
} sink;

static void sink_put(sink *k, const char *bytes, size_t n)
{
    for (size_t i = 0; i < n; i++, k->length++)
        if (k->length + 1 < k->size)
            k->out[k->length] = bytes[i];
}

static void sink_puts(sink *k, const char *text)
{
    sink_put(k, text, strlen(text));
}

static size_t sink_end(sink *k)
{
    if (k->size > 0)
        k->out[k->length < k->size ? k->length : k->size - 1] = '\0';
    return k->length;
}

static void markdown_cell(sink *k, const char *text, bool flatten)
{
    for (const char *p = text; *p != '\0';) {
        char piece[16];
        size_t consumed;
        size_t length = visible_piece(p, flatten, piece, &consumed);
        if (length == 1 && piece[0] == '|')
            sink_puts(k, "\\|");
        else
            sink_put(k, piece, length);
        p += consumed;
    }
}

size_t text_markdown_cell(char *out, size_t size, const char *text, bool flatten)
{
    sink k = {out, size, 0};
    markdown_cell(&k, text, flatten);
    return sink_end(&k);
}

size_t text_markdown_row(char *out, size_t size, const char *const *cells, size_t n, bool bold, bool flatten)
{
    sink k = {out, size, 0};
    sink_puts(&k, "|");
    for (size_t c = 0; c < n; c++) {
        bool strong = bold && cells[c][0] != '\0';
        sink_puts(&k, strong ? " **" : " ");
        markdown_cell(&k, cells[c], flatten);
        sink_puts(&k, strong ? "** |" : " |");
    }
    sink_puts(&k, "\n");
    return sink_end(&k);
}

size_t text_markdown_rule(char *out, size_t size, const bool *right, size_t n)
{
    sink k = {out, size, 0};
    sink_puts(&k, "|");
    for (size_t c = 0; c < n; c++)
        sink_puts(&k, right[c] ? " ---: |" : " --- |");
    sink_puts(&k, "\n");
    return sink_end(&k);
}

size_t text_csv_row(char *out, size_t size, const char *const *fields, const bool *text, size_t n)
{
    sink k = {out, size, 0};
    for (size_t c = 0; c < n; c++) {
        if (c > 0)
            sink_puts(&k, ",");
        size_t room = k.length < k.size ? k.size - k.length : 0;
        k.length += csv_quote(room > 0 ? k.out + k.length : NULL, room, fields[c], text[c]);
    }
    sink_puts(&k, "\n");
    return sink_end(&k);
}

/* ---- fitting columns ---- */

/* The columns shown, and their width with the gaps between them. */
static size_t fit_total(const text_fit_column *columns, size_t n, size_t gap, size_t *count)
{
    size_t total = 0;
    *count = 0;
    for (size_t c = 0; c < n; c++)
        if (columns[c].shown) {
            total += columns[c].width + (*count > 0 ? gap : 0);
            (*count)++;
        }
    return total;
}

void text_fit(text_fit_column *columns, size_t n, size_t width, const text_fit_rule *rule)
{
    for (size_t c = 0; c < n; c++)
        columns[c].shown = true;
    size_t total, count;
    for (;;) {
        total = fit_total(columns, n, rule->gap, &count);
        if (total <= width)
            break;
        size_t excess = total - width;
        bool shortened = false;
        for (size_t c = 0; c < n && excess > 0; c++) {
            text_fit_column *k = &columns[c];
            if (k->shown && k->flexible && k->width > rule->shortest) {
                size_t cut = k->width - rule->shortest < excess ? k->width - rule->shortest : excess;
                k->width -= cut;
                excess -= cut;
                shortened = true;
            }
        }
        if (excess == 0) {
            total = width;
            break;
        }
        if (shortened)
            continue;
        if (count <= 1)
            break;
        size_t drop = n;
        for (size_t c = 0; c < n; c++)
            if (columns[c].shown && (drop == n || columns[c].priority >= columns[drop].priority))
                drop = c;
        columns[drop].shown = false;
    }
    if (rule->spread && total < width) {
        size_t widest = n;
        for (size_t c = 0; c < n; c++)
            if (columns[c].shown && !columns[c].right &&
                (widest == n || columns[c].width > columns[widest].width))
                widest = c;
        if (widest < n)
            columns[widest].width += width - total;
    }
    if (rule->squeeze && total > width && count == 1)
        for (size_t c = 0; c < n; c++)
            if (columns[c].shown)
                columns[c].width = width;
}

void text_trim_zeros(char *text)
{
    if (strchr(text, '.') == NULL)
        return;
    size_t n = strlen(text);
    while (n > 0 && text[n - 1] == '0')
        text[--n] = '\0';
    if (n > 0 && text[n - 1] == '.')
        text[--n] = '\0';
}

void text_words(char *out, size_t size, const char *name)
{
    snprintf(out, size, "%s", name);
    for (char *c = out; *c != '\0'; c++)
        if (*c == '_')
            *c = ' ';
}
