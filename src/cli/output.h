/* output.h - one table, written as text for people, Markdown for committee
 * papers, or CSV and JSON for programs (private to cli/).
 *
 * A cell has a machine form (csv/json: plain pounds, "55.6", "red") and a
 * human form (text/md: "£13,109,000", "55.6%", "RED").  Text fits a width
 * (text_fit) by shortening the flexible columns to 12 first, then dropping
 * the least important (the room a dropped one leaves goes back to those
 * shortened); any control character in data is shown visibly, never sent.  Lines of Markdown and CSV are
 * written by text.h's writers, which the dashboard's export uses too.
 */
#ifndef ASSURE_CLI_OUTPUT_H
#define ASSURE_CLI_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

#include "figures.h"
#include "rag.h"

typedef enum { FORMAT_TEXT, FORMAT_CSV, FORMAT_MD, FORMAT_JSON } output_format;
typedef enum { JSON_STRING, JSON_NUMBER, JSON_BOOL } json_type;

typedef struct {
    const char *name;    /* csv heading and json key: target_gbp */
    const char *heading; /* for people: Target */
    json_type type;
    bool right;    /* right-aligned in text */
    int priority;  /* 1 most important; text drops the highest numbers first */
    bool flexible; /* text may shorten it (names, titles) */
} output_column;

typedef struct output_table output_table;

output_table *output_table_new(const output_column *columns, size_t ncolumns);
void output_table_free(output_table *table);
/* Begin a row; a summary row (a total) is shown to people only. */
bool output_row(output_table *table, bool summary);
/* Set the next cell of the current row.  machine may be "" (blank/null). */
bool output_cell(output_table *table, const char *machine, const char *human, rag colour);

/* Cells of common kinds. */
bool output_text(output_table *table, const char *text);
bool output_money(output_table *table, money value);
bool output_decimal(output_table *table, decimal value, const char *suffix);
bool output_integer(output_table *table, long long value, bool defined);
bool output_bool(output_table *table, bool value);
bool output_rag(output_table *table, rag value);

/* How a table of long free text (the audit trail) fits a width, where a
 * report's shortens its names to 12 columns and cuts them. */
typedef struct {
    size_t shortest;   /* flexible columns shorten to no less than this */
    size_t wrap_lines; /* a flexible cell wraps onto up to this many lines, the last cut with an
                          ellipsis (0 or 1: one line, cut) */
} output_fit;

typedef struct {
    output_format format;
    int width;             /* text: the columns to fit */
    bool colour;           /* text: ANSI colour for RAG */
    bool utf8;             /* text: £ and … rather than GBP and ... */
    const char *title;     /* text and md: a line above the table */
    const char *footer;    /* text and md: a note below it */
    const output_fit *fit; /* text: NULL as a report fits */
} output_options;

/* Write the table.  A streaming table writes only what it still holds, and
 * ends the JSON array.  Writing stops at the first write out refuses
 * (ferror); the caller says why. */
void output_write(output_table *table, const output_options *options, FILE *out);

/* For csv and json (true; false for other formats, left as they are): write
 * each row to out as the next begins, so that memory stays the same however
 * many rows there are.  output_write ends it. */
bool output_stream(output_table *table, output_format format, FILE *out);

/* JSON of the table's first row as one object (the overview's one record). */
void output_write_object(const output_table *table, FILE *out);

/* Parse --format; allowed is a mask of (1 << output_format). */
bool output_format_parse(const char *text, unsigned allowed, output_format *out);

/* text as text_visible shows it (nothing in it can act on a terminal), in a
 * new string to free; NULL when out of memory. */
char *output_visible(const char *text);

/* Write one CSV field, quoted when it needs to be, whatever its length; a
 * text cell (text) marked with ' when a spreadsheet would run it (csv.h). */
void output_csv_field(FILE *out, const char *field, bool text);

/* Write text as a JSON string, escaping what JSON requires. */
void output_json_string(FILE *out, const char *text);

#endif
