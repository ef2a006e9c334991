/* field.c - one line of text being edited: keys, sideways scrolling and
 * drawing, for every form field and bottom-line prompt alike. */
#include "field.h"

#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "draw.h"
#include "text.h"

void field_edit_set(field_edit *e, const char *text, size_t size, bool selected)
{
    e->size = size > 0 && size <= sizeof e->text ? size : sizeof e->text;
    size_t n = strlen(text);
    if (n >= e->size) {
        n = e->size - 1;
        while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
            n--; /* not inside a character */
    }
    memcpy(e->text, text, n);
    e->text[n] = '\0';
    e->cursor = n;
    e->first = 0;
    e->selected = selected && n > 0;
    e->npartial = 0;
}

/* Bytes of the character at s (1 for a byte that is not UTF-8). */
static size_t char_length(const char *s)
{
    unsigned codepoint;
    size_t n = text_utf8_decode(s, &codepoint);
    return n > 0 ? n : 1;
}

/* Screen columns of the character at s. */
static int char_columns(const char *s)
{
    unsigned codepoint;
    if (text_utf8_decode(s, &codepoint) == 0)
        return 1;
    int w = wcwidth((wchar_t)codepoint);
    return w < 1 ? 1 : w;
}

/* Screen columns of the bytes from `from` to `to` of text. */
static int columns_between(const char *text, size_t from, size_t to)
{
    int columns = 0;
    for (size_t i = from; i < to && text[i] != '\0'; i += char_length(text + i))
        columns += char_columns(text + i);
    return columns;
}

static size_t previous_char(const char *text, size_t at)
{
    while (at > 0 && ((unsigned char)text[--at] & 0xC0) == 0x80)
        ;
    return at;
}

/* Remove the bytes from `from` to `to`, leaving the cursor at from. */
static void cut(field_edit *e, size_t from, size_t to)
{
    memmove(e->text + from, e->text + to, strlen(e->text + to) + 1);
    e->cursor = from;
    if (e->first > from)
        e->first = from;
}

static field_edit_outcome insert(field_edit *e, const char *bytes, size_t n)
{
    if (e->selected) {
        e->text[0] = '\0';
        e->cursor = e->first = 0;
        e->selected = false;
    }
    size_t length = strlen(e->text);
    if (length + n + 1 > e->size)
        return FIELD_EDIT_MOVED; /* full: nothing more goes in */
    memmove(e->text + e->cursor + n, e->text + e->cursor, length - e->cursor + 1);
    memcpy(e->text + e->cursor, bytes, n);
    e->cursor += n;
    return FIELD_EDIT_CHANGED;
}

/* A byte typed: a character, or part of one (UTF-8 comes a byte at a time). */
static field_edit_outcome typed(field_edit *e, unsigned char byte)
{
    if (byte < 0x80) {
        e->npartial = 0;
        char c = (char)byte;
        return insert(e, &c, 1);
    }
    if ((byte & 0xC0) != 0x80) {
        e->npartial = 0; /* a new character starts */
    } else if (e->npartial == 0) {
        return FIELD_EDIT_IGNORED; /* a stray continuation byte */
    }
    if (e->npartial == sizeof e->partial) {
        e->npartial = 0;
        return FIELD_EDIT_IGNORED;
    }
    e->partial[e->npartial++] = (char)byte;
    char whole[5] = {0};
    memcpy(whole, e->partial, e->npartial);
    unsigned codepoint;
    size_t n = text_utf8_decode(whole, &codepoint);
    if (n == 0 || n != e->npartial)
        return FIELD_EDIT_MOVED; /* more to come (or not UTF-8: dropped with the next) */
    e->npartial = 0;
    return insert(e, whole, n);
}

/* The start of the word before the cursor: back over spaces, then the rest. */
static size_t word_start(const char *text, size_t at)
{
    while (at > 0 && text[at - 1] == ' ')
        at--;
    while (at > 0 && text[at - 1] != ' ')
        at = previous_char(text, at);
    return at;
}

field_edit_outcome field_edit_key(field_edit *e, int key)
{
    size_t length = strlen(e->text);
    bool was_selected = e->selected;
    switch (key) {
    case KEY_LEFT:
    case 2: /* Ctrl-B */
        e->selected = false;
        e->cursor = previous_char(e->text, e->cursor);
        return FIELD_EDIT_MOVED;
    case KEY_RIGHT:
    case 6: /* Ctrl-F */
        e->selected = false;
        e->cursor = e->cursor < length ? e->cursor + char_length(e->text + e->cursor) : length;
        return FIELD_EDIT_MOVED;
    case KEY_HOME:
    case 1: /* Ctrl-A */
        e->selected = false;
        e->cursor = 0;
        return FIELD_EDIT_MOVED;
    case KEY_END:
    case 5: /* Ctrl-E */
        e->selected = false;
        e->cursor = length;
        return FIELD_EDIT_MOVED;
    case KEY_BACKSPACE:
    case 127:
    case 8:
        e->selected = false;
        if (was_selected)
            cut(e, 0, length); /* a selected value goes as a whole */
        else if (e->cursor > 0)
            cut(e, previous_char(e->text, e->cursor), e->cursor);
        return FIELD_EDIT_CHANGED;
    case KEY_DC:
    case 4: /* Ctrl-D */
        e->selected = false;
        if (was_selected)
            cut(e, 0, length);
        else if (e->cursor < length)
            cut(e, e->cursor, e->cursor + char_length(e->text + e->cursor));
        return FIELD_EDIT_CHANGED;
    case 21: /* Ctrl-U: to the start */
        e->selected = false;
        cut(e, 0, e->cursor);
        return FIELD_EDIT_CHANGED;
    case 23: /* Ctrl-W: the word before */
        e->selected = false;
        cut(e, word_start(e->text, e->cursor), e->cursor);
        return FIELD_EDIT_CHANGED;
    case 11: /* Ctrl-K: to the end */
        e->selected = false;
        e->text[e->cursor] = '\0';
        return FIELD_EDIT_CHANGED;
    default: break;
    }
    if (key >= 32 && key < 256 && key != 127)
        return typed(e, (unsigned char)key);
    return FIELD_EDIT_IGNORED;
}

/* Scroll so that the cursor, and a character after it when the text goes
 * on, fit in width columns (a column for the ellipsis at either end). */
static void scroll_to_cursor(field_edit *e, int width)
{
    if (e->cursor < e->first) {
        e->first = e->cursor; /* back a third of the box, to show what comes before */
        while (e->first > 0 && columns_between(e->text, e->first, e->cursor) < width / 3)
            e->first = previous_char(e->text, e->first);
    }
    for (;;) {
        bool more =
            e->text[e->cursor] != '\0' && e->text[e->cursor + char_length(e->text + e->cursor)] != '\0';
        int need = (e->first > 0) + columns_between(e->text, e->first, e->cursor) +
                   (e->text[e->cursor] != '\0' ? char_columns(e->text + e->cursor) : 1) + more;
        if (need <= width || e->first >= e->cursor)
            return;
        e->first += char_length(e->text + e->first);
    }
}

/* Draw the bytes from `from` that fit in `columns` of the screen at y, x;
 * returns the columns drawn and sets *to to the byte after the last. */
static int draw_part(const theme *t, int y, int x, int columns, const char *text, size_t from, size_t end,
                     attr_t attr, size_t *to)
{
    char part[FIELD_EDIT_MAX];
    size_t n = 0;
    int used = 0;
    for (size_t i = from; i < end && text[i] != '\0';) {
        size_t length = char_length(text + i);
        int w = char_columns(text + i);
        if (used + w > columns)
            break;
        memcpy(part + n, text + i, length);
        n += length;
        used += w;
        i += length;
    }
    part[n] = '\0';
    *to = from + n;
    if (n > 0)
        draw_plain(t, y, x, x + used, part, attr);
    return used;
}

void field_edit_draw(field_edit *e, const theme *t, int y, int x, int width, attr_t attr, bool focused)
{
    if (width < 3 || y < 0 || y >= LINES)
        return;
    attr_t reversed = (attr & A_REVERSE) != 0 ? (attr & ~(attr_t)A_REVERSE) | A_UNDERLINE : attr | A_REVERSE;
    size_t length = strlen(e->text);
    bool editing = focused && !e->selected;
    if (editing)
        scroll_to_cursor(e, width);
    size_t first = editing ? e->first : 0;
    attr_t text_attr = focused && e->selected ? reversed | A_BOLD : attr;
    int at = 0;
    if (first > 0)
        at += draw_plain(t, y, x, x + 1, t->ellipsis, attr);
    size_t next = first;
    if (editing) {
        at += draw_part(t, y, x + at, width - at, e->text, first, e->cursor, attr, &next);
        size_t end = e->cursor + (e->cursor < length ? char_length(e->text + e->cursor) : 0);
        if (e->cursor < length)
            at += draw_part(t, y, x + at, width - at, e->text, e->cursor, end, reversed, &next);
        else
            at += draw_plain(t, y, x + at, x + at + 1, " ", reversed);
    }
    bool cut_off = columns_between(e->text, next, length) > width - at;
    size_t ignored;
    at += draw_part(t, y, x + at, width - at - (cut_off ? 1 : 0), e->text, next, length, text_attr, &ignored);
    attron(attr);
    for (; at < width - (cut_off ? 1 : 0); at++)
        mvaddch(y, x + at, ' ');
    attroff(attr);
    if (cut_off)
        draw_plain(t, y, x + width - 1, x + width, t->ellipsis, attr);
}
