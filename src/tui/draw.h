/* draw.h - drawing text, rules, bars, sparklines and large figures on the
 * screen, every one through the theme. */
#ifndef ASSURE_TUI_DRAW_H
#define ASSURE_TUI_DRAW_H

#include <stdint.h>

#include "figures.h"
#include "savings.h"
#include "theme.h"

/* Draw data text at y, x in exactly width columns (cut with an ellipsis, or
 * padded), right-aligned if asked.  A message across the whole bottom line
 * that does not fit it takes the line above too, broken at a space.  Control characters are shown visibly;
 * in ASCII mode anything beyond ASCII becomes '?' (and £ is left out). */
void draw_text(const theme *t, int y, int x, int width, const char *text, attr_t attr, bool right);
/* Draw text wrapped at width columns (text_wrap_line: whole words, nothing
 * lost) on at most lines lines from y, x; returns the lines it took.  Text
 * that needs more lines than it is given ends with an ellipsis. */
int draw_wrapped(const theme *t, int y, int x, int width, int lines, const char *text, attr_t attr);
/* The lines draw_wrapped takes for text at width columns, with no limit. */
int wrapped_lines(const theme *t, int width, const char *text);
/* Draw text as it comes, clipped at the screen's edge; returns the columns used. */
int draw_plain(const theme *t, int y, int x, int limit, const char *text, attr_t attr);
void draw_rule(const theme *t, int y, int x, int width, attr_t attr);
/* A bar of `width` cells: actual, then forecast, then up to target; a tick at stretch. */
void draw_profile_bar(const theme *t, int y, int x, int width, money scale, const savings_figures *f);
/* A sparkline of the defined values, one cell each, scaled between lo and hi. */
void draw_sparkline(const theme *t, int y, int x, const decimal *values, size_t count, int64_t lo, int64_t hi,
                    attr_t attr);
/* Text in a 3x5 block font (digits, . , % £ m k + - and space); returns its width. */
int draw_big(const theme *t, int y, int x, const char *text, attr_t attr);
int big_width(const char *text);
/* The block font with each dot scale columns wide and scale lines tall. */
int draw_big_scaled(const theme *t, int y, int x, const char *text, attr_t attr, int scale);
int big_width_scaled(const char *text, int scale);
/* Display columns of UTF-8 text (text_width), as the screen's int. */
int text_columns(const char *text);

#endif
