/* csv.h - reading and writing CSV as Excel writes it.
 *
 * The reader pulls bytes through a callback (so it does no I/O of its own and
 * holds one record at a time, whatever the file's size), and yields records
 * of fields: UTF-8 with or without a byte order mark, CRLF, LF or CR line
 * ends, quoted fields holding commas, doubled quotes and line breaks.  A
 * field that is not valid UTF-8 is taken as Windows-1252, which is what
 * Excel's plain "CSV" format writes (£ is byte A3).  A NUL byte is an error:
 * the file is a workbook or UTF-16, not CSV text.
 */
#ifndef ASSURE_CSV_H
#define ASSURE_CSV_H

#include <stdbool.h>
#include <stddef.h>

#define CSV_MAX_FIELDS 16384
#define CSV_MAX_RECORD (16 << 20) /* bytes of one record */

/* Fill buf with up to size bytes; return how many (0 at the end), or -1. */
typedef long (*csv_source)(void *context, char *buf, size_t size);

typedef struct {
    const char *text; /* NUL-terminated UTF-8 */
    int line;         /* the line the field starts on */
} csv_field;

typedef enum { CSV_RECORD, CSV_END, CSV_ERROR } csv_result;

typedef struct csv_reader csv_reader;

csv_reader *csv_open(csv_source source, void *context);
void csv_close(csv_reader *reader);
/* Read the next record.  Fields stay valid until the next call.  On
 * CSV_ERROR, csv_error gives the message and csv_error_line its line;
 * reading cannot continue after an error. */
csv_result csv_next(csv_reader *reader, const csv_field **fields, size_t *count);
const char *csv_error(const csv_reader *reader);
int csv_error_line(const csv_reader *reader);
/* The line the last record started on. */
int csv_record_line(const csv_reader *reader);

/* True when every field of a record is empty (Excel writes blank rows as ",,,"). */
bool csv_record_is_blank(const csv_field *fields, size_t count);

/* A text cell that a spreadsheet would run as a formula begins with = + - @,
 * a tab, a carriage return or a line feed; it is written with a leading '
 * (OWASP's rule against CSV injection), which the spreadsheet shows and does
 * not run.  So that reading gives back exactly what was written, a text that
 * begins with ' followed by one of those characters or by another ' is marked
 * too, and reading takes the first ' off a cell that begins with ' followed by
 * one of them.  Numbers, dates and financial years are not text: never marked.
 * True when text is written with the mark. */
bool csv_text_needs_mark(const char *text);
/* The text a text cell holds: cell without the mark csv_text_needs_mark
 * added, or cell itself when it has none. */
const char *csv_text_unmarked(const char *cell);

/* Write field into out as a CSV field: with the mark when it is a text cell
 * (text) that needs one, then quoted when it holds a comma, quote, line break
 * or leading/trailing space; returns the length it needs, like snprintf. */
size_t csv_quote(char *out, size_t size, const char *field, bool text);

#endif
