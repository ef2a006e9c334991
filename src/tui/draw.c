/* draw.c - putting safe text, bars, sparklines and big figures on the screen. */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "text.h"
#include "tui_internal.h"

int text_columns(const char *text)
{
    size_t width = text_width(text);
    return width < INT_MAX ? (int)width : INT_MAX;
}

/* Make text safe to put on the screen: visible controls, and in ASCII mode
 * nothing beyond ASCII: the pound sign is written L, a column wide as £ is,
 * so that every figure keeps its place, and other characters '?'.  Text
 * too long for out ends in the theme's ellipsis, so that a cut copy never
 * shows as the whole. */
static void screen_safe(const theme *t, const char *text, char *out, size_t size)
{
    char visible[2048];
    bool cut = text_visible(visible, sizeof visible, text) >= sizeof visible;
    size_t n = 0;
    for (const char *p = visible; *p;) {
        unsigned c;
        size_t length = text_utf8_decode(p, &c);
        if (length == 0)
            length = 1;
        if (t->utf8 || c < 0x80) {
            if (n + length >= size) {
                cut = true;
                break;
            }
            memcpy(out + n, p, length);
            n += length;
        } else {
            if (n + 1 >= size) {
                cut = true;
                break;
            }
            out[n++] = c == 0xA3 ? 'L' : '?';
        }
        p += length;
    }
    out[n] = '\0';
    if (cut) {
        size_t mark = strlen(t->ellipsis);
        while (n > 0 && n + mark >= size) {
            n--;
            while (n > 0 && ((unsigned char)out[n] & 0xC0) == 0x80)
                n--;
        }
        if (n + mark < size)
            memcpy(out + n, t->ellipsis, mark + 1);
    }
}

/* Bytes of text that fill width columns. */
static size_t bytes_for(const char *text, int width)
{
    return text_bytes_for_width(text, width > 0 ? (size_t)width : 0);
}

void draw_text(const theme *t, int y, int x, int width, const char *text, attr_t attr, bool right)
{
    if (width <= 0 || y < 0 || y >= LINES || x >= COLS)
        return;
    if (x + width > COLS)
        width = COLS - x;
    char safe[2048];
    screen_safe(t, text != NULL ? text : "", safe, sizeof safe);
    int columns = text_columns(safe);
    if (y == LINES - 1 && x == 0 && width == COLS && LINES > 2 && columns > width) {
        /* A message on the bottom line is read in full: what does not fit
         * goes on the line above it, broken at a space. */
        size_t next;
        size_t first = text_wrap_line(safe, (size_t)width, &next);
        if (text_columns(safe + next) <= width) {
            char line[2048];
            snprintf(line, sizeof line, "%.*s", (int)first, safe);
            draw_text(t, y - 1, x, width, line, attr, false);
            draw_text(t, y, x, width, safe + next, attr, right);
            return;
        }
    }
    attron(attr);
    move(y, x);
    if (columns > width) {
        int keep = width - 1;
        addnstr(safe, (int)bytes_for(safe, keep));
        addstr(t->ellipsis);
    } else {
        int pad = width - columns;
        if (right)
            printw("%*s", pad, "");
        addstr(safe);
        if (!right)
            printw("%*s", pad, "");
    }
    attroff(attr);
}

/* Where each line of safe text wrapped at width begins, up to max lines;
 * returns how many it needs (counted beyond max too). */
static int wrap_starts(const char *safe, int width, size_t *starts, int max)
{
    size_t at = 0;
    int n = 0;
    do {
        size_t next = 0, bytes = text_wrap_line(safe + at, width > 0 ? (size_t)width : 1, &next);
        if (n < max)
            starts[n] = at;
        n++;
        at += next > 0 ? next : bytes > 0 ? bytes : strlen(safe + at);
    } while (safe[at] != '\0');
    return n;
}

int wrapped_lines(const theme *t, int width, const char *text)
{
    char safe[2048];
    screen_safe(t, text != NULL ? text : "", safe, sizeof safe);
    return wrap_starts(safe, width, NULL, 0);
}

int draw_wrapped(const theme *t, int y, int x, int width, int lines, const char *text, attr_t attr)
{
    if (width <= 0 || lines <= 0)
        return 0;
    char safe[2048];
    screen_safe(t, text != NULL ? text : "", safe, sizeof safe);
    size_t starts[64];
    int max = lines < 64 ? lines : 64;
    int n = wrap_starts(safe, width, starts, max);
    for (int i = 0; i < n && i < max; i++) {
        char line[2048];
        if (i == max - 1 && n > max) { /* the last line given: the rest, cut */
            snprintf(line, sizeof line, "%s", safe + starts[i]);
        } else {
            size_t next = 0, bytes = text_wrap_line(safe + starts[i], (size_t)width, &next);
            snprintf(line, sizeof line, "%.*s", (int)bytes, safe + starts[i]);
        }
        draw_text(t, y + i, x, width, line, attr, false);
    }
    return n < max ? n : max;
}

int draw_plain(const theme *t, int y, int x, int limit, const char *text, attr_t attr)
{
    char safe[2048];
    screen_safe(t, text, safe, sizeof safe);
    int columns = text_columns(safe);
    if (x + columns > limit)
        columns = limit - x;
    if (columns <= 0 || y < 0 || y >= LINES)
        return 0;
    attron(attr);
    mvaddnstr(y, x, safe, (int)bytes_for(safe, columns));
    attroff(attr);
    return columns;
}

void draw_rule(const theme *t, int y, int x, int width, attr_t attr)
{
    attron(attr);
    move(y, x);
    for (int i = 0; i < width && x + i < COLS; i++)
        addstr(t->hline);
    attroff(attr);
}

static int cells_for(money value, money scale, int width)
{
    if (value == MONEY_UNKNOWN || value <= 0 || scale <= 0)
        return 0;
    money cells = (value * width + scale / 2) / scale;
    return cells > width ? width : (int)cells;
}

void draw_profile_bar(const theme *t, int y, int x, int width, money scale, const savings_figures *f)
{
    int actual = cells_for(f->actual, scale, width);
    int forecast = cells_for(f->forecast, scale, width);
    int target = cells_for(f->target, scale, width);
    int stretch = cells_for(f->stretch, scale, width);
    move(y, x);
    for (int i = 0; i < width; i++) {
        const char *glyph = " ";
        attr_t attr = A_NORMAL;
        if (i < actual) {
            glyph = t->block;
        } else if (i < forecast) {
            glyph = t->medium;
        } else if (i < target) {
            glyph = t->shade;
            attr = A_DIM;
        }
        if (stretch > 0 && i == stretch - 1 && i >= forecast && i >= target)
            glyph = t->tick;
        attron(attr);
        addstr(glyph);
        attroff(attr);
    }
}

void draw_sparkline(const theme *t, int y, int x, const decimal *values, size_t count, int64_t lo, int64_t hi,
                    attr_t attr)
{
    attron(attr);
    move(y, x);
    for (size_t i = 0; i < count && x + (int)i < COLS; i++) {
        if (!values[i].defined) {
            addstr(" ");
            continue;
        }
        int64_t v = values[i].units;
        int level = hi > lo ? (int)((v - lo) * 7 / (hi - lo)) : 3;
        level = level < 0 ? 0 : level > 7 ? 7 : level;
        addstr(t->spark[level]);
    }
    attroff(attr);
}

/* 3x5 glyphs, top row first: '#' is ink. */
static const char *big_glyph(char c)
{
    switch (c) {
    case '0': return "####.##.##.####";
    case '1': return ".#.##..#..#.###";
    case '2': return "###..#####..###";
    case '3': return "###..####..####";
    case '4': return "#.##.####..#..#";
    case '5': return "####..###..####";
    case '6': return "####..####.####";
    case '7': return "###..#..#..#..#";
    case '8': return "####.#####.####";
    case '9': return "####.####..####";
    case '.': return "............#..";
    case ',': return "..........#.#..";
    case '%': return "#.#..#..#..#..#";
    case '-': return "......###......";
    case '+': return "....#.###.#....";
    case 'm': return "......##.####.#";
    case 'k': return "#..#.###.#.##.#";
    case 'L': return ".##.#.###.#.###"; /* the pound sign */
    default: return "...............";
    }
}

static const char *big_text(const char *text, char *out, size_t size)
{
    /* £ (two bytes) becomes the one-glyph 'L'; other bytes pass. */
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p && n + 1 < size; p++) {
        if (p[0] == 0xC2 && p[1] == 0xA3) {
            out[n++] = 'L';
            p++;
        } else {
            out[n++] = (char)*p;
        }
    }
    out[n] = '\0';
    return out;
}

int big_width(const char *text)
{
    char glyphs[64];
    return (int)strlen(big_text(text, glyphs, sizeof glyphs)) * 4;
}

int draw_big(const theme *t, int y, int x, const char *text, attr_t attr)
{
    char glyphs[64];
    big_text(text, glyphs, sizeof glyphs);
    attron(attr);
    for (int row = 0; row < 5; row++) {
        move(y + row, x);
        for (const char *c = glyphs; *c; c++) {
            const char *glyph = big_glyph(*c);
            for (int col = 0; col < 3; col++)
                addstr(glyph[row * 3 + col] == '#' ? t->block : " ");
            addstr(" ");
        }
    }
    attroff(attr);
    return (int)strlen(glyphs) * 4;
}

int big_width_scaled(const char *text, int scale)
{
    return big_width(text) * (scale > 1 ? scale : 1);
}

int draw_big_scaled(const theme *t, int y, int x, const char *text, attr_t attr, int scale)
{
    if (scale <= 1)
        return draw_big(t, y, x, text, attr);
    char glyphs[64];
    big_text(text, glyphs, sizeof glyphs);
    attron(attr);
    for (int row = 0; row < 5 * scale; row++) {
        move(y + row, x);
        for (const char *c = glyphs; *c; c++) {
            const char *glyph = big_glyph(*c);
            for (int col = 0; col < 3 * scale; col++)
                addstr(glyph[(row / scale) * 3 + col / scale] == '#' ? t->block : " ");
            for (int gap = 0; gap < scale; gap++)
                addstr(" ");
        }
    }
    attroff(attr);
    return (int)strlen(glyphs) * 4 * scale;
}
