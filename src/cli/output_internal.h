/* output_internal.h - the table output.c holds, for the writers of its
 * formats (private to output*.c). */
#ifndef ASSURE_CLI_OUTPUT_INTERNAL_H
#define ASSURE_CLI_OUTPUT_INTERNAL_H

#include "output.h"

typedef struct {
    char *machine, *human;
    rag colour;
} cell;

typedef struct {
    cell *cells;
    bool summary;
} row;

struct output_table {
    output_column *columns; /* a copy: callers may build theirs on the stack */
    size_t ncolumns;
    row *rows;
    size_t nrows, capacity;
    size_t filled; /* cells set in the current row */
    /* Streaming (csv, json): each row is written as the next begins. */
    FILE *stream;
    output_format stream_format;
    bool terminal;     /* the stream is a terminal: csv shown visibly */
    bool stream_begun; /* the heading (csv) or "[" (json) is written */
    bool stream_any;   /* json: a row is written */
};

/* The table as text for people, fitted to options->width (output_text.c). */
void output_write_text(const output_table *table, const output_options *options, FILE *out);

#endif
