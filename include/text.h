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
 * Always terminates out (truncating if needed); returns the length written. */
size_t text_visible(char *out, size_t size, const char *in);

/* True for a character that is invisible or reorders text: a C1 control,
 * a zero-width or joining character, a line or paragraph separator, a
 * bidirectional override or isolate, a tag character (U+E0000-E007F). */
bool text_is_hidden(unsigned codepoint);

/* Length in bytes of the valid UTF-8 sequence at s, or 0 if s does not start
 * one (or is at its end). *codepoint receives the character. */
size_t text_utf8_decode(const char *s, unsigned *codepoint);

#endif
