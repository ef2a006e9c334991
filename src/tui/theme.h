/* theme.h - the one table of colours and glyphs: semantic elements drawn in
 * colour or in monochrome (bold, reverse, dim), with UTF-8 or ASCII glyphs. */
#ifndef ASSURE_TUI_THEME_H
#define ASSURE_TUI_THEME_H

#include <curses.h>
#include <stdbool.h>

#include "rag.h"

typedef enum {
    E_NORMAL,
    E_HEADER,
    E_TAB,
    E_TAB_ACTIVE,
    E_KEYBAR,
    E_KEY,
    E_SELECTED,
    E_TITLE,
    E_DIM,
    E_RED,
    E_AMBER,
    E_GREEN,
    E_BLUE,
    E_GREY,
    E_PIPELINE,
    E_GOOD,
    E_BAD,
    E_TOTAL,
    E_STATUS,
    E_COUNT
} element;

typedef struct {
    bool utf8, colour;
    const char *hline, *vline, *corner;
    const char *block, *shade, *medium, *tick; /* bars: actual, up to target, forecast, stretch */
    const char *spark[8];
    const char *up, *down, *same, *ellipsis, *cursor;
    const char *later, *earlier; /* a forecast moved to a later year (or out of the profile), to an earlier */
    const char *open, *closed;   /* a group's header row: its lines shown below it, or folded into it */
    /* a milestone on the time-line: first planned, expected, reached */
    const char *baseline, *forecast, *met;
} theme;

void theme_init(theme *t, bool utf8, bool colour);
attr_t theme_attr(const theme *t, element e);
element element_for_rag(rag value);
/* The word a rating shows as, colour or none: RED, AMBER ... */
const char *rag_word(rag value);

#endif
