/* pack_build.h - what the pack's sections share while it is built (private
 * to domain/). */
#ifndef ASSURE_DOMAIN_PACK_BUILD_H
#define ASSURE_DOMAIN_PACK_BUILD_H

#include <stdbool.h>

#include "pack.h"

/* A pack being built: out of memory once, and every later step does nothing. */
typedef struct {
    const pack_sources *sources;
    pack *pack;
    bool failed;
} pack_builder;

/* Text kept with the pack, printf-style; "" once memory has run out. */
const char *pack_printf(pack_builder *b, const char *format, ...) __attribute__((format(printf, 2, 3)));
/* Begin a section: its key, title and columns; the summary comes after its rows. */
pack_section *pack_section_begin(pack_builder *b, pack_section_id id, const char *key, const char *title,
                                 const pack_column *columns, size_t ncolumns);
/* Add a row and return its cells (every one blank), or NULL when memory ran out. */
pack_cell *pack_add_row(pack_builder *b, pack_section *section);
/* Set a cell: the same text for people and programs. */
void pack_set_text(pack_builder *b, pack_cell *cell, const char *text);
/* A count, as both see it. */
void pack_set_count(pack_builder *b, pack_cell *cell, long long value);
/* Days: "14 days" for people, 14 for programs. */
void pack_set_days(pack_builder *b, pack_cell *cell, long long days);
/* Money: £1,986,000 for people (as the style has it), 1986000 for programs. */
void pack_set_money(pack_builder *b, pack_cell *cell, money value);
/* A date: ISO for programs, and for people as the pack writes dates. */
void pack_set_date(pack_builder *b, pack_cell *cell, calendar_date date);
/* A date as people read it in this pack. */
const char *pack_date_words(pack_builder *b, calendar_date date);
/* A rating: RED for people, red for programs. */
void pack_set_rag(pack_builder *b, pack_cell *cell, rag rating);
/* "since PAM 9 Nov 2026", or "" without a snapshot. */
const char *pack_since_words(pack_builder *b);
/* The summary of a section that compares with the snapshot, when none is held. */
const char *pack_no_meeting(pack_builder *b);

/* The sections of the programme office (pack_sections.c). */
void pack_milestones(pack_builder *b);
void pack_actions(pack_builder *b);
void pack_decisions(pack_builder *b);
void pack_risks(pack_builder *b);

#endif
