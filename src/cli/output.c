/* output.c - writing a table as text, Markdown, CSV or JSON. */
#include "output_internal.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "array.h"
#include "common.h"
#include "csv.h"
#include "text.h"

output_table *output_table_new(const output_column *columns, size_t ncolumns)
{
    output_table *table = calloc(1, sizeof *table);
    if (table == NULL)
        return NULL;
    table->columns = malloc((ncolumns > 0 ? ncolumns : 1) * sizeof *table->columns);
    if (table->columns == NULL) {
        free(table);
        return NULL;
    }
    memcpy(table->columns, columns, ncolumns * sizeof *columns);
    table->ncolumns = ncolumns;
    return table;
}

static void free_rows(output_table *table)
{
    for (size_t r = 0; r < table->nrows; r++) {
        for (size_t c = 0; c < table->ncolumns; c++) {
            free(table->rows[r].cells[c].machine);
            free(table->rows[r].cells[c].human);
        }
        free(table->rows[r].cells);
    }
    table->nrows = 0;
}

void output_table_free(output_table *table)
{
    if (table == NULL)
        return;
    free_rows(table);
    free(table->rows);
    free(table->columns);
    free(table);
}

static void stream_rows(output_table *table);

bool output_row(output_table *table, bool summary)
{
    if (table->stream != NULL)
        stream_rows(table);
    row *grown = array_grow(table->rows, &table->capacity, table->nrows + 1, sizeof *grown);
    if (grown == NULL)
        return false;
    table->rows = grown;
    row *r = &table->rows[table->nrows];
    r->cells = calloc(table->ncolumns, sizeof *r->cells);
    if (r->cells == NULL)
        return false;
    r->summary = summary;
    table->nrows++;
    table->filled = 0;
    return true;
}

bool output_cell(output_table *table, const char *machine, const char *human, rag colour)
{
    if (table->nrows == 0 || table->filled >= table->ncolumns)
        return false;
    cell *c = &table->rows[table->nrows - 1].cells[table->filled++];
    c->machine = strdup(machine != NULL ? machine : "");
    /* csv and json, streamed, show programs the machine form only */
    c->human = table->stream != NULL ? NULL : strdup(human != NULL ? human : "");
    c->colour = colour;
    return c->machine != NULL && (c->human != NULL || table->stream != NULL);
}

bool output_text(output_table *table, const char *text)
{
    return output_cell(table, text, text, RAG_NONE);
}

bool output_money(output_table *table, money value)
{
    char machine[32], human[64];
    money_format_plain(machine, sizeof machine, value);
    if (value == MONEY_UNKNOWN)
        human[0] = '\0';
    else
        cli_money(human, sizeof human, value);
    return output_cell(table, machine, human, RAG_NONE);
}

bool output_decimal(output_table *table, decimal value, const char *suffix)
{
    char machine[32], human[40];
    decimal_format(machine, sizeof machine, value);
    snprintf(human, sizeof human, "%s%s", machine, value.defined && suffix != NULL ? suffix : "");
    return output_cell(table, machine, human, RAG_NONE);
}

bool output_integer(output_table *table, long long value, bool defined)
{
    char text[32] = "";
    if (defined)
        snprintf(text, sizeof text, "%lld", value);
    return output_cell(table, text, text, RAG_NONE);
}

bool output_bool(output_table *table, bool value)
{
    return output_cell(table, value ? "true" : "false", value ? "yes" : "", RAG_NONE);
}

bool output_rag(output_table *table, rag value)
{
    static const char *const words[] = {"", "RED", "AMBER", "GREEN", "BLUE", "GREY", "PIPELINE"};
    return output_cell(table, rag_name(value), words[value], value);
}

bool output_format_parse(const char *text, unsigned allowed, output_format *out)
{
    static const char *const names[] = {"text", "csv", "md", "json"};
    for (int i = 0; i < 4; i++) {
        if ((allowed & (1u << i)) && strcmp(text, names[i]) == 0) {
            *out = (output_format)i;
            return true;
        }
    }
    return false;
}

/* A line from one of text.h's writers, measured first and written whole:
 * from the stack when it fits, else from memory allocated for it.  When
 * memory runs out, what fits is written with a mark that the line is cut,
 * never as if it were the whole. */
typedef size_t (*line_writer)(char *out, size_t size, const void *context);

static void write_line(FILE *out, line_writer writer, const void *context)
{
    char small[4096];
    size_t need = writer(small, sizeof small, context);
    if (need < sizeof small) {
        fwrite(small, 1, need, out);
        return;
    }
    char *line = malloc(need + 1);
    if (line == NULL) {
        fwrite(small, 1, strcspn(small, "\n"), out);
        fputs(" [cut short: out of memory]\n", out);
        return;
    }
    writer(line, need + 1, context);
    fwrite(line, 1, need, out);
    free(line);
}

typedef struct {
    const char *const *cells;
    const bool *flags; /* markdown: right-aligned; csv: text */
    size_t n;
    bool bold, flatten;
} line_context;

static size_t markdown_row(char *out, size_t size, const void *context)
{
    const line_context *l = context;
    return text_markdown_row(out, size, l->cells, l->n, l->bold, l->flatten);
}

static size_t markdown_rule(char *out, size_t size, const void *context)
{
    const line_context *l = context;
    return text_markdown_rule(out, size, l->flags, l->n);
}

static size_t markdown_cell(char *out, size_t size, const void *context)
{
    const line_context *l = context;
    return text_markdown_cell(out, size, l->cells[0], false);
}

static size_t csv_row(char *out, size_t size, const void *context)
{
    const line_context *l = context;
    return text_csv_row(out, size, l->cells, l->flags, l->n);
}

static void write_markdown(const output_table *table, const output_options *options, FILE *out)
{
    size_t n = table->ncolumns;
    const char **cells = calloc(n + 1, sizeof *cells);
    bool *right = calloc(n + 1, sizeof *right);
    if (cells == NULL || right == NULL) {
        free(cells);
        free(right);
        fputs("[not written: out of memory]\n", out);
        return;
    }
    if (options->title != NULL) {
        fputs("**", out);
        write_line(out, markdown_cell, &(line_context){.cells = &options->title});
        fputs("**\n\n", out);
    }
    for (size_t c = 0; c < n; c++) {
        cells[c] = table->columns[c].heading;
        right[c] = table->columns[c].right;
    }
    write_line(out, markdown_row, &(line_context){.cells = cells, .n = n});
    write_line(out, markdown_rule, &(line_context){.flags = right, .n = n});
    for (size_t r = 0; r < table->nrows && !ferror(out); r++) {
        const row *rw = &table->rows[r];
        for (size_t c = 0; c < n; c++)
            cells[c] = rw->cells[c].human;
        write_line(out, markdown_row,
                   &(line_context){.cells = cells, .n = n, .bold = rw->summary, .flatten = true});
    }
    if (options->footer != NULL) {
        fputc('\n', out);
        write_line(out, markdown_cell, &(line_context){.cells = &options->footer});
        fputc('\n', out);
    }
    free(cells);
    free(right);
}

void output_json_string(FILE *out, const char *text)
{
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        switch (*p) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\r': fputs("\\r", out); break;
        case '\t': fputs("\\t", out); break;
        default: {
            /* Controls, and characters that hide or reorder text, as \u
             * escapes: the same string to a program, inert on a terminal. */
            unsigned c;
            size_t n = *p >= 0x80 ? text_utf8_decode((const char *)p, &c) : 0;
            if (*p < 0x20 || *p == 0x7F) {
                fprintf(out, "\\u%04x", *p);
            } else if (*p >= 0x80 && n == 0) {
                fputs("\\ufffd", out); /* a byte that is not UTF-8: JSON must be */
            } else if (n > 0 && text_is_hidden(c)) {
                if (c <= 0xFFFF)
                    fprintf(out, "\\u%04x", c);
                else /* as JSON writes it: a UTF-16 surrogate pair */
                    fprintf(out, "\\u%04x\\u%04x", 0xD800 + ((c - 0x10000) >> 10),
                            0xDC00 + ((c - 0x10000) & 0x3FF));
                p += n - 1;
            } else if (n > 0) {
                fwrite(p, 1, n, out);
                p += n - 1;
            } else {
                fputc(*p, out);
            }
        }
        }
    }
    fputc('"', out);
}

static void write_json_value(FILE *out, const output_column *column, const char *value)
{
    if (value[0] == '\0') /* not defined, or blank */
        fputs("null", out);
    else if (column->type == JSON_STRING)
        output_json_string(out, value);
    else
        fputs(value, out);
}

static void write_json_row(const output_table *table, const row *rw, FILE *out)
{
    for (size_t c = 0; c < table->ncolumns; c++) {
        fputs(c > 0 ? ", " : "", out);
        output_json_string(out, table->columns[c].name);
        fputs(": ", out);
        write_json_value(out, &table->columns[c], rw->cells[c].machine);
    }
    fputs("}", out);
}

/* The rows held (not summaries) as JSON array elements; *first_row says
 * whether none has been written yet. */
static void write_json_rows(const output_table *table, FILE *out, bool *first_row)
{
    for (size_t r = 0; r < table->nrows && !ferror(out); r++) {
        if (table->rows[r].summary)
            continue;
        fputs(*first_row ? "\n  {" : ",\n  {", out);
        *first_row = false;
        write_json_row(table, &table->rows[r], out);
    }
}

static void write_json(const output_table *table, FILE *out, bool object)
{
    if (object) {
        for (size_t r = 0; r < table->nrows; r++) {
            if (table->rows[r].summary)
                continue;
            fputs("{", out);
            write_json_row(table, &table->rows[r], out);
            fputs("\n", out);
            return;
        }
        fputs("{}\n", out);
        return;
    }
    bool first_row = true;
    fputs("[", out);
    write_json_rows(table, out, &first_row);
    fputs(first_row ? "]\n" : "\n]\n", out);
}

static size_t csv_single_field(char *out, size_t size, const void *context)
{
    const line_context *l = context;
    return csv_quote(out, size, l->cells[0], l->flags[0]);
}

void output_csv_field(FILE *out, const char *field, bool text)
{
    write_line(out, csv_single_field, &(line_context){.cells = &field, .flags = &text, .n = 1});
}

/* A CSV field: exact for a file or a program, shown visibly on a terminal. */
char *output_visible(const char *text)
{
    return text_visible_copy(text);
}

static void write_csv_heading(const output_table *table, FILE *out)
{
    const char **names = calloc(table->ncolumns + 1, sizeof *names);
    bool *text = calloc(table->ncolumns + 1, sizeof *text);
    if (names != NULL && text != NULL) {
        for (size_t c = 0; c < table->ncolumns; c++)
            names[c] = table->columns[c].name;
        write_line(out, csv_row, &(line_context){.cells = names, .flags = text, .n = table->ncolumns});
    } else {
        fputs("[not written: out of memory]\n", out);
    }
    free(names);
    free(text);
}

static void write_csv_rows(const output_table *table, FILE *out, bool terminal)
{
    size_t n = table->ncolumns;
    const char **fields = calloc(n + 1, sizeof *fields);
    char **shown = calloc(n + 1, sizeof *shown);
    bool *text = calloc(n + 1, sizeof *text);
    if (fields == NULL || shown == NULL || text == NULL) {
        fputs("[not written: out of memory]\n", out);
        n = 0;
    }
    for (size_t c = 0; c < n; c++)
        text[c] = table->columns[c].type == JSON_STRING;
    for (size_t r = 0; r < table->nrows && n > 0 && !ferror(out); r++) {
        if (table->rows[r].summary)
            continue;
        for (size_t c = 0; c < n; c++) {
            const char *field = table->rows[r].cells[c].machine;
            if (terminal) {
                shown[c] = output_visible(field);
                field = shown[c] != NULL ? shown[c] : "?"; /* never the raw text on a terminal */
            }
            fields[c] = field;
        }
        write_line(out, csv_row, &(line_context){.cells = fields, .flags = text, .n = n});
        for (size_t c = 0; c < n; c++) {
            free(shown[c]);
            shown[c] = NULL;
        }
    }
    free(fields);
    free(shown);
    free(text);
}

static void write_csv(const output_table *table, FILE *out)
{
    write_csv_heading(table, out);
    write_csv_rows(table, out, isatty(fileno(out)) != 0);
}

bool output_stream(output_table *table, output_format format, FILE *out)
{
    if (format != FORMAT_CSV && format != FORMAT_JSON)
        return false;
    table->stream = out;
    table->stream_format = format;
    table->terminal = isatty(fileno(out)) != 0;
    return true;
}

/* Write out the rows held so far and let them go. */
static void stream_rows(output_table *table)
{
    FILE *out = table->stream;
    bool first_row = !table->stream_any;
    if (ferror(out)) { /* what is left could not be written either */
        free_rows(table);
        return;
    }
    if (!table->stream_begun) {
        if (table->stream_format == FORMAT_CSV)
            write_csv_heading(table, out);
        else
            fputs("[", out);
        table->stream_begun = true;
    }
    if (table->stream_format == FORMAT_CSV)
        write_csv_rows(table, out, table->terminal);
    else
        write_json_rows(table, out, &first_row);
    table->stream_any = !first_row;
    free_rows(table);
}

void output_write(output_table *table, const output_options *options, FILE *out)
{
    if (table->stream != NULL) {
        stream_rows(table);
        if (table->stream_format == FORMAT_JSON)
            fputs(table->stream_any ? "\n]\n" : "]\n", out);
        return;
    }
    switch (options->format) {
    case FORMAT_TEXT: output_write_text(table, options, out); break;
    case FORMAT_MD: write_markdown(table, options, out); break;
    case FORMAT_CSV: write_csv(table, out); break;
    case FORMAT_JSON: write_json(table, out, false); break;
    }
}

void output_write_object(const output_table *table, FILE *out)
{
    write_json(table, out, true);
}
