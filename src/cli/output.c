/* output.c - writing a table as text, Markdown, CSV or JSON. */
#include "output.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"
#include "csv.h"
#include "text.h"

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
    if (table->nrows == table->capacity) {
        size_t capacity = table->capacity ? table->capacity * 2 : 64;
        row *grown = realloc(table->rows, capacity * sizeof *grown);
        if (grown == NULL)
            return false;
        table->rows = grown;
        table->capacity = capacity;
    }
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

/* Display columns of UTF-8 text: one per character. */
static size_t display_width(const char *text)
{
    size_t width = 0;
    for (const char *p = text; *p;) {
        unsigned c;
        size_t n = text_utf8_decode(p, &c);
        p += n > 0 ? n : 1;
        width++;
    }
    return width;
}

/* Bytes of text that fit in width columns. */
static size_t bytes_for_width(const char *text, size_t width)
{
    const char *p = text;
    for (size_t w = 0; *p && w < width; w++) {
        unsigned c;
        size_t n = text_utf8_decode(p, &c);
        p += n > 0 ? n : 1;
    }
    return (size_t)(p - text);
}

/* Human text made safe for a terminal; newlines become spaces first. */
static void visible(char *out, size_t size, const char *text, bool utf8)
{
    char flat[4096];
    snprintf(flat, sizeof flat, "%s", text);
    for (char *p = flat; *p; p++)
        if (*p == '\n')
            *p = ' ';
    if (!utf8) {
        /* Outside UTF-8 the pound sign would arrive as two wrong characters. */
        char ascii[4096];
        size_t n = 0;
        for (const char *p = flat; *p && n + 4 < sizeof ascii; p++) {
            if ((unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA3) {
                memcpy(ascii + n, "GBP ", 4);
                n += 4;
                p++;
            } else {
                ascii[n++] = *p;
            }
        }
        ascii[n] = '\0';
        snprintf(flat, sizeof flat, "%s", ascii);
    }
    text_visible(out, size, flat);
}

static const char *sgr_for(rag colour)
{
    switch (colour) {
    case RAG_RED: return "\033[1;31m";
    case RAG_AMBER: return "\033[1;33m";
    case RAG_GREEN: return "\033[32m";
    case RAG_BLUE: return "\033[1;34m";
    case RAG_GREY: return "\033[2m";
    case RAG_PIPELINE: return "\033[35m";
    case RAG_NONE: break;
    }
    return NULL;
}

static void write_padded(FILE *out, const char *text, size_t width, bool right, bool utf8, bool last)
{
    size_t w = display_width(text);
    if (w > width) {
        size_t keep = width > 0 ? width - 1 : 0;
        fwrite(text, 1, bytes_for_width(text, keep), out);
        if (width > 0)
            fputs(utf8 ? "…" : "~", out);
        return;
    }
    if (right)
        fprintf(out, "%*s%s", (int)(width - w), "", text);
    else if (last)
        fputs(text, out); /* no trailing spaces */
    else
        fprintf(out, "%s%*s", text, (int)(width - w), "");
}

/* Write text wrapped at width columns, breaking at spaces. */
static void write_wrapped(FILE *out, const char *text, size_t width)
{
    const char *p = text;
    while (*p) {
        size_t line = bytes_for_width(p, width);
        if (p[line] != '\0') {
            size_t cut = line;
            while (cut > 0 && p[cut] != ' ')
                cut--;
            if (cut > 0)
                line = cut;
        }
        fwrite(p, 1, line, out);
        fputc('\n', out);
        p += line;
        while (*p == ' ')
            p++;
    }
}

static void write_text(const output_table *table, const output_options *options, FILE *out)
{
    size_t n = table->ncolumns;
    size_t *widths = calloc(n, sizeof *widths);
    bool *shown = calloc(n, sizeof *shown);
    if (widths == NULL || shown == NULL) {
        free(widths);
        free(shown);
        return;
    }
    /* Headings may hold data too (the Overview's "Since LABEL"). */
    char(*headings)[256] = calloc(n, sizeof *headings);
    if (headings == NULL) {
        free(widths);
        free(shown);
        return;
    }
    for (size_t c = 0; c < n; c++) {
        visible(headings[c], sizeof headings[c], table->columns[c].heading, options->utf8);
        widths[c] = display_width(headings[c]);
        shown[c] = true;
        for (size_t r = 0; r < table->nrows; r++) {
            char v[1024];
            visible(v, sizeof v, table->rows[r].cells[c].human, options->utf8);
            size_t w = display_width(v);
            if (w > widths[c])
                widths[c] = w;
        }
    }
    size_t limit = options->width > 10 ? (size_t)options->width : 80;
    for (;;) {
        size_t total = 0, visible_count = 0;
        for (size_t c = 0; c < n; c++)
            if (shown[c]) {
                total += widths[c] + (visible_count > 0 ? 2 : 0);
                visible_count++;
            }
        if (total <= limit)
            break;
        /* Shorten flexible columns to no less than 12, then drop the least important. */
        size_t excess = total - limit;
        bool shortened = false;
        for (size_t c = 0; c < n && excess > 0; c++) {
            if (shown[c] && table->columns[c].flexible && widths[c] > 12) {
                size_t cut = widths[c] - 12 < excess ? widths[c] - 12 : excess;
                widths[c] -= cut;
                excess -= cut;
                shortened = true;
            }
        }
        if (excess == 0)
            break;
        if (shortened)
            continue;
        if (visible_count <= 1)
            break;
        size_t drop = n;
        for (size_t c = 0; c < n; c++)
            if (shown[c] && (drop == n || table->columns[c].priority >= table->columns[drop].priority))
                drop = c;
        shown[drop] = false;
    }
    if (options->title != NULL) {
        char title[1024];
        visible(title, sizeof title, options->title, options->utf8);
        write_wrapped(out, title, limit);
        fputc('\n', out);
    }
    size_t last = 0;
    for (size_t c = 0; c < n; c++)
        if (shown[c])
            last = c;
    size_t line_width = 0;
    bool first = true;
    if (options->colour)
        fputs("\033[1m", out);
    for (size_t c = 0; c < n; c++) {
        if (!shown[c])
            continue;
        if (!first)
            fputs("  ", out);
        line_width += widths[c] + (first ? 0 : 2);
        write_padded(out, headings[c], widths[c], table->columns[c].right, options->utf8, c == last);
        first = false;
    }
    if (options->colour)
        fputs("\033[0m", out);
    fputc('\n', out);
    for (size_t r = 0; r < table->nrows && !ferror(out); r++) { /* a failed write ends it */
        const row *rw = &table->rows[r];
        if (rw->summary && (r == 0 || !table->rows[r - 1].summary)) {
            for (size_t i = 0; i < line_width; i++)
                fputs(options->utf8 ? "─" : "-", out);
            fputc('\n', out);
        }
        first = true;
        for (size_t c = 0; c < n; c++) {
            if (!shown[c])
                continue;
            if (!first)
                fputs("  ", out);
            first = false;
            char v[1024];
            visible(v, sizeof v, rw->cells[c].human, options->utf8);
            const char *sgr = options->colour ? sgr_for(rw->cells[c].colour) : NULL;
            if (sgr != NULL)
                fputs(sgr, out);
            write_padded(out, v, widths[c], table->columns[c].right, options->utf8, c == last);
            if (sgr != NULL)
                fputs("\033[0m", out);
        }
        fputc('\n', out);
    }
    if (options->footer != NULL) {
        char footer[2048];
        visible(footer, sizeof footer, options->footer, options->utf8);
        fputc('\n', out);
        write_wrapped(out, footer, limit);
    }
    free(widths);
    free(shown);
    free(headings);
}

static void write_markdown_cell(FILE *out, const char *text)
{
    char v[2048];
    text_visible(v, sizeof v, text);
    for (const char *p = v; *p; p++) {
        if (*p == '|')
            fputs("\\|", out);
        else
            fputc(*p, out);
    }
}

static void write_markdown(const output_table *table, const output_options *options, FILE *out)
{
    if (options->title != NULL) {
        fputs("**", out);
        write_markdown_cell(out, options->title);
        fputs("**\n\n", out);
    }
    fputc('|', out);
    for (size_t c = 0; c < table->ncolumns; c++) {
        fputc(' ', out);
        write_markdown_cell(out, table->columns[c].heading);
        fputs(" |", out);
    }
    fputs("\n|", out);
    for (size_t c = 0; c < table->ncolumns; c++)
        fputs(table->columns[c].right ? " ---: |" : " --- |", out);
    fputc('\n', out);
    for (size_t r = 0; r < table->nrows && !ferror(out); r++) {
        const row *rw = &table->rows[r];
        fputc('|', out);
        for (size_t c = 0; c < table->ncolumns; c++) {
            fputc(' ', out);
            bool bold = rw->summary && rw->cells[c].human[0] != '\0';
            if (bold)
                fputs("**", out);
            char flat[2048];
            snprintf(flat, sizeof flat, "%s", rw->cells[c].human);
            for (char *p = flat; *p; p++)
                if (*p == '\n')
                    *p = ' ';
            write_markdown_cell(out, flat);
            if (bold)
                fputs("**", out);
            fputs(" |", out);
        }
        fputc('\n', out);
    }
    if (options->footer != NULL) {
        fputc('\n', out);
        write_markdown_cell(out, options->footer);
        fputc('\n', out);
    }
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

void output_csv_field(FILE *out, const char *field, bool text)
{
    size_t length = strlen(field);
    if (strpbrk(field, ",\"\r\n") == NULL && (length == 0 || (field[0] != ' ' && field[length - 1] != ' ')) &&
        !(text && csv_text_needs_mark(field))) {
        fwrite(field, 1, length, out); /* as it is: what csv_quote leaves alone (most fields) */
        return;
    }
    size_t need = csv_quote(NULL, 0, field, text) + 1;
    char *quoted = malloc(need);
    if (quoted == NULL) {
        fputs(field, out); /* better unquoted than lost */
        return;
    }
    csv_quote(quoted, need, field, text);
    fputs(quoted, out);
    free(quoted);
}

/* A CSV field: exact for a file or a program, shown visibly on a terminal. */
char *output_visible(const char *text)
{
    size_t size = strlen(text) * 8 + 1; /* each byte at most "<U+XXXX>" */
    char *shown = malloc(size);
    if (shown != NULL)
        text_visible(shown, size, text);
    return shown;
}

static void write_csv_cell(FILE *out, const char *field, bool text, bool terminal)
{
    char *shown = terminal ? output_visible(field) : NULL;
    /* out of memory on a terminal: a mark, never the raw text */
    output_csv_field(out, !terminal ? field : shown != NULL ? shown : "?", text);
    free(shown);
}

static void write_csv_heading(const output_table *table, FILE *out)
{
    for (size_t c = 0; c < table->ncolumns; c++) {
        fputs(c > 0 ? "," : "", out);
        output_csv_field(out, table->columns[c].name, false);
    }
    fputc('\n', out);
}

static void write_csv_rows(const output_table *table, FILE *out, bool terminal)
{
    for (size_t r = 0; r < table->nrows && !ferror(out); r++) {
        if (table->rows[r].summary)
            continue;
        for (size_t c = 0; c < table->ncolumns; c++) {
            fputs(c > 0 ? "," : "", out);
            write_csv_cell(out, table->rows[r].cells[c].machine, table->columns[c].type == JSON_STRING,
                           terminal);
        }
        fputc('\n', out);
    }
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
    case FORMAT_TEXT: write_text(table, options, out); break;
    case FORMAT_MD: write_markdown(table, options, out); break;
    case FORMAT_CSV: write_csv(table, out); break;
    case FORMAT_JSON: write_json(table, out, false); break;
    }
}

void output_write_object(const output_table *table, FILE *out)
{
    write_json(table, out, true);
}
