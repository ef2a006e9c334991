/* output_text.c - a table as text for people: columns fitted to the width,
 * long text cut with an ellipsis, RAG in colour when asked. */
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "output_internal.h"
#include "text.h"

/* Human text made safe for a terminal, whole, in a new string to free:
 * newlines become spaces first, and outside UTF-8 the pound sign "GBP ".
 * NULL when memory runs out. */
static char *visible(const char *text, bool utf8)
{
    char *flat = malloc(2 * strlen(text) + 1); /* "GBP " for the two bytes of £ */
    if (flat == NULL)
        return NULL;
    size_t n = 0;
    for (const char *p = text; *p; p++) {
        if (!utf8 && (unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA3) {
            /* Outside UTF-8 the pound sign would arrive as two wrong characters. */
            memcpy(flat + n, "GBP ", 4);
            n += 4;
            p++;
        } else {
            flat[n++] = *p == '\n' ? ' ' : *p;
        }
    }
    flat[n] = '\0';
    char *shown = text_visible_copy(flat);
    free(flat);
    return shown;
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
    size_t w = text_width(text);
    if (w > width) {
        cli_write_cut(out, text, width, utf8);
        return;
    }
    if (right)
        fprintf(out, "%*s%s", (int)(width - w), "", text);
    else if (last)
        fputs(text, out); /* no trailing spaces */
    else
        fprintf(out, "%s%*s", text, (int)(width - w), "");
}

/* Where line k of text wrapped at width starts (text_wrap_line), or NULL
 * when it has fewer lines. */
static const char *wrapped_line(const char *text, size_t width, size_t k)
{
    const char *p = text;
    for (size_t i = 0; i < k && *p; i++) {
        size_t next;
        text_wrap_line(p, width, &next);
        p += next;
    }
    return *p || k == 0 ? p : NULL;
}

/* The lines a cell takes wrapped at width, up to most. */
static size_t wrapped_count(const char *text, size_t width, size_t most)
{
    size_t n = 1;
    while (n < most && wrapped_line(text, width, n) != NULL)
        n++;
    return n;
}

/* Line k of a cell wrapped at width, padded as write_padded pads; on the
 * last line allowed (most), all that is left, cut with an ellipsis. */
static void write_wrapped_cell(FILE *out, const char *text, size_t width, size_t k, size_t most, bool utf8,
                               bool last)
{
    const char *p = wrapped_line(text, width, k);
    if (p == NULL || k + 1 >= most) {
        write_padded(out, p != NULL ? p : "", width, false, utf8, last);
        return;
    }
    size_t next, bytes = text_wrap_line(p, width, &next);
    char *line = malloc(bytes + 1);
    if (line == NULL)
        return;
    memcpy(line, p, bytes);
    line[bytes] = '\0';
    write_padded(out, line, width, false, utf8, last);
    free(line);
}

/* Write text wrapped at width columns, breaking at spaces. */
static void write_wrapped(FILE *out, const char *text, size_t width)
{
    for (const char *p = text; *p;) {
        size_t next;
        size_t line = text_wrap_line(p, width, &next);
        fwrite(p, 1, line, out);
        fputc('\n', out);
        p += next;
    }
}

/* The visible form of every heading and cell, column by column (headings
 * may hold data too: the Overview's "Since LABEL"); false when memory ran
 * out. */
static bool visible_cells(const output_table *table, bool utf8, char **headings, char **cells)
{
    size_t n = table->ncolumns;
    for (size_t c = 0; c < n; c++) {
        headings[c] = visible(table->columns[c].heading, utf8);
        if (headings[c] == NULL)
            return false;
        for (size_t r = 0; r < table->nrows; r++) {
            cells[r * n + c] = visible(table->rows[r].cells[c].human, utf8);
            if (cells[r * n + c] == NULL)
                return false;
        }
    }
    return true;
}

static void write_title(FILE *out, const char *text, bool utf8, size_t limit)
{
    char *shown = visible(text, utf8);
    write_wrapped(out, shown != NULL ? shown : "[not shown: out of memory]", limit);
    free(shown);
}

/* Write the fitted table: the headings, then the rows, a rule above the
 * first of a run of summaries. */
static void write_rows(const output_table *table, const output_options *options, FILE *out,
                       const text_fit_column *fit, char **headings, char **cells)
{
    size_t n = table->ncolumns, last = 0;
    for (size_t c = 0; c < n; c++)
        if (fit[c].shown)
            last = c;
    size_t line_width = 0;
    bool first = true;
    if (options->colour)
        fputs("\033[1m", out);
    for (size_t c = 0; c < n; c++) {
        if (!fit[c].shown)
            continue;
        if (!first)
            fputs("  ", out);
        line_width += fit[c].width + (first ? 0 : 2);
        write_padded(out, headings[c], fit[c].width, table->columns[c].right, options->utf8, c == last);
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
        /* a flexible cell too long for its column wraps, when the table asks */
        size_t most = options->fit != NULL && options->fit->wrap_lines > 1 ? options->fit->wrap_lines : 1;
        size_t lines = 1;
        for (size_t c = 0; c < n && most > 1; c++)
            if (fit[c].shown && table->columns[c].flexible) {
                size_t k = wrapped_count(cells[r * n + c], fit[c].width, most);
                lines = k > lines ? k : lines;
            }
        for (size_t k = 0; k < lines; k++) {
            first = true;
            for (size_t c = 0; c < n; c++) {
                if (!fit[c].shown)
                    continue;
                if (!first)
                    fputs("  ", out);
                first = false;
                const char *sgr = options->colour ? sgr_for(rw->cells[c].colour) : NULL;
                if (sgr != NULL)
                    fputs(sgr, out);
                if (most > 1 && table->columns[c].flexible)
                    write_wrapped_cell(out, cells[r * n + c], fit[c].width, k, most, options->utf8,
                                       c == last);
                else
                    write_padded(out, k == 0 ? cells[r * n + c] : "", fit[c].width, table->columns[c].right,
                                 options->utf8, c == last);
                if (sgr != NULL)
                    fputs("\033[0m", out);
            }
            fputc('\n', out);
        }
    }
}

/* Room a dropped column left goes back to the shortened ones, left to right,
 * up to the width each wanted (text_fit shortens before it drops). */
static void regrow(text_fit_column *fit, const size_t *wanted, size_t n, size_t limit)
{
    size_t total = 0, shown = 0;
    for (size_t c = 0; c < n; c++)
        if (fit[c].shown) {
            total += fit[c].width;
            shown++;
        }
    total += shown > 1 ? 2 * (shown - 1) : 0;
    for (size_t c = 0; c < n && total < limit; c++) {
        if (!fit[c].shown || fit[c].width >= wanted[c])
            continue;
        size_t more = wanted[c] - fit[c].width < limit - total ? wanted[c] - fit[c].width : limit - total;
        fit[c].width += more;
        total += more;
    }
}

void output_write_text(const output_table *table, const output_options *options, FILE *out)
{
    size_t n = table->ncolumns;
    text_fit_column *fit = calloc(n + 1, sizeof *fit);
    char **headings = calloc(n + 1, sizeof *headings);
    char **cells = calloc(n * table->nrows + 1, sizeof *cells);
    bool ready = fit != NULL && headings != NULL && cells != NULL &&
                 visible_cells(table, options->utf8, headings, cells);
    size_t limit = options->width > 10 ? (size_t)options->width : 80;
    if (ready) {
        for (size_t c = 0; c < n; c++) {
            fit[c] = (text_fit_column){.width = text_width(headings[c]),
                                       .priority = table->columns[c].priority,
                                       .flexible = table->columns[c].flexible,
                                       .right = table->columns[c].right};
            for (size_t r = 0; r < table->nrows; r++) {
                size_t w = text_width(cells[r * n + c]);
                if (w > fit[c].width)
                    fit[c].width = w;
            }
        }
        /* Flexible columns (names, titles) shorten to no less than 12, then
         * the least important go; two spaces between columns. */
        size_t *wanted = malloc((n + 1) * sizeof *wanted);
        for (size_t c = 0; wanted != NULL && c < n; c++)
            wanted[c] = fit[c].width;
        text_fit(fit, n, limit,
                 &(text_fit_rule){.gap = 2, .shortest = options->fit != NULL ? options->fit->shortest : 12});
        if (wanted != NULL)
            regrow(fit, wanted, n, limit);
        free(wanted);
        if (options->title != NULL) {
            write_title(out, options->title, options->utf8, limit);
            fputc('\n', out);
        }
        write_rows(table, options, out, fit, headings, cells);
        if (options->footer != NULL) {
            fputc('\n', out);
            write_title(out, options->footer, options->utf8, limit);
        }
    } else {
        fputs("[the table was not written: out of memory]\n", out);
    }
    for (size_t c = 0; headings != NULL && c < n; c++)
        free(headings[c]);
    for (size_t i = 0; cells != NULL && i < n * table->nrows; i++)
        free(cells[i]);
    free(fit);
    free(headings);
    free(cells);
}
