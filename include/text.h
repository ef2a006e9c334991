/* text.h - text helpers shared by import, reports and screens.  No I/O. */
#ifndef ASSURE_TEXT_H
#define ASSURE_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* A name reduced to lowercase letters and digits, for matching headings and
 * values whatever their case, spaces, underscores or punctuation:
 * "Establishment FTE" and "establishment_fte" both become "establishmentfte".
 * Non-ASCII bytes are kept.  Returns the length written. */
size_t text_key(char *out, size_t size, const char *in);
/* True when a and b have the same text_key. */
bool text_same_key(const char *a, const char *b);

/* True when needle occurs in haystack, ignoring the case of ASCII letters. */
bool text_contains(const char *haystack, const char *needle);

/* Copy in to out so that nothing in it can act on a terminal: C0 controls as
 * ^X (ESC is ^[), DEL as ^?, C1 controls, bidirectional overrides and
 * zero-width characters as <U+202E>, and bytes that are not UTF-8 as \xNN.
 * Always terminates out, cutting only between characters.  Returns the
 * length of the whole visible text, as snprintf does: a return of size or
 * more says out holds only a cut copy. */
size_t text_visible(char *out, size_t size, const char *in);
/* Bytes text_visible can need for in, with its terminating NUL. */
size_t text_visible_size(const char *in);
/* text_visible into a new string to free; NULL when memory runs out. */
char *text_visible_copy(const char *in);

/* True for a character that is invisible or reorders text: a C1 control,
 * a zero-width or joining character, a line or paragraph separator, a
 * bidirectional override or isolate, a tag character (U+E0000-E007F). */
bool text_is_hidden(unsigned codepoint);

/* Length in bytes of the valid UTF-8 sequence at s, or 0 if s does not start
 * one (or is at its end). *codepoint receives the character. */
size_t text_utf8_decode(const char *s, unsigned *codepoint);

/* ---- width ---- */

/* Screen columns of one character, as a terminal gives it: none for a
 * combining mark, two for a wide (East Asian) character or an emoji, else one. */
size_t text_char_columns(unsigned codepoint);
/* Screen columns of UTF-8 text: each character's text_char_columns, and one
 * per byte that is not UTF-8.  "£" is one column though two bytes. */
size_t text_width(const char *text);
/* Bytes at the start of text that fill at most width columns, never cutting
 * a character. */
size_t text_bytes_for_width(const char *text, size_t width);
/* text padded with spaces to width screen columns (before it when right),
 * as snprintf writes: text already as wide or wider is copied whole. */
size_t text_pad(char *out, size_t size, const char *text, size_t width, bool right);

/* The next line of text wrapped at width columns: its bytes, up to a line
 * break, else what fits, broken at the last space when more follows.  A
 * word longer than the width is broken only when no space before it can
 * end the line.  *next receives where the line after starts: past the
 * spaces and the one line break that end this one, so that nothing but
 * those is left out (a second line break gives an empty line). */
size_t text_wrap_line(const char *text, size_t width, size_t *next);

/* ---- Markdown and CSV tables ----
 * Each writes into out as snprintf does: at most size - 1 bytes and a NUL,
 * returning the length of the whole, so that out(NULL, 0) measures. */

/* A Markdown table cell: text made visible (text_visible), with '|' as "\|";
 * with flatten, a line break becomes a space first. */
size_t text_markdown_cell(char *out, size_t size, const char *text, bool flatten);
/* One Markdown table line, "| a | b |\n": each cell as text_markdown_cell,
 * bold (between **) when bold and not empty. */
size_t text_markdown_row(char *out, size_t size, const char *const *cells, size_t n, bool bold, bool flatten);
/* The line under a Markdown heading: " --- |" for a left-aligned column,
 * " ---: |" for a right-aligned one, after a leading '|'. */
size_t text_markdown_rule(char *out, size_t size, const bool *right, size_t n);
/* One CSV line: the fields, comma-separated, each as csv_quote writes it (a
 * text field, text[i], marked when a spreadsheet would run it). */
size_t text_csv_row(char *out, size_t size, const char *const *fields, const bool *text, size_t n);

/* ---- fitting columns to a width ---- */

typedef struct {
    size_t width;  /* in: the width wanted; out: the width to draw */
    int priority;  /* 1 most important: the highest number is dropped first */
    bool flexible; /* may be shortened, down to the rule's shortest */
    bool right;    /* right-aligned (numbers): not given spare room */
    bool shown;    /* out: kept */
} text_fit_column;

typedef struct {
    size_t gap;      /* columns between two columns */
    size_t shortest; /* flexible columns shorten to no less than this */
    bool spread;     /* spare room goes to the widest left-aligned column */
    bool squeeze;    /* one column left that is too wide: cut to the width */
} text_fit_rule;

/* Fit columns into width: flexible columns shorten first (left to right, to
 * the rule's shortest), then the least important column is dropped (the
 * rightmost of equal priority), again until the rest fit or one is left. */
void text_fit(text_fit_column *columns, size_t n, size_t width, const text_fit_rule *rule);

/* A stored name as people read it: "on_track" becomes "on track". */
void text_words(char *out, size_t size, const char *name);

/* A decimal written without the zeros that end its fraction, nor a point
 * left bare: "3.00" becomes "3", "2.50" "2.5"; text without a point is
 * left as it is. */
void text_trim_zeros(char *text);

#endif
