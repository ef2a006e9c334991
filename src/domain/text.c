/* text.c - matching names and making data text safe to show. */
#include "text.h"

#include <stdio.h>
#include <string.h>

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

size_t text_visible(char *out, size_t size, const char *in)
{
    size_t n = 0;
    if (size == 0)
        return 0;
    const char *p = in;
    while (*p != '\0') {
        char piece[16];
        size_t piece_length;
        unsigned c;
        size_t length = text_utf8_decode(p, &c);
        if (length == 0) {
            piece_length = (size_t)snprintf(piece, sizeof piece, "\\x%02X", (unsigned char)*p);
            length = 1;
        } else if (c < 0x20) {
            piece[0] = '^';
            piece[1] = (char)(c + '@');
            piece_length = 2;
        } else if (c == 0x7F) {
            memcpy(piece, "^?", 2);
            piece_length = 2;
        } else if (text_is_hidden(c)) {
            piece_length = (size_t)snprintf(piece, sizeof piece, "<U+%04X>", c);
        } else {
            memcpy(piece, p, length);
            piece_length = length;
        }
        if (n + piece_length + 1 > size)
            break;
        memcpy(out + n, piece, piece_length);
        n += piece_length;
        p += length;
    }
    out[n] = '\0';
    return n;
}
