/* csv.c - a streaming CSV reader and the quoting rule for writing. */
#include "csv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "text.h"

#define CHUNK 65536

struct csv_reader {
    csv_source source;
    void *context;
    char chunk[CHUNK];
    size_t chunk_length, chunk_position;
    bool at_end, started;
    int pushback[2]; /* bytes read ahead and given back, last first */
    int npushback;
    int line;        /* current physical line */
    int record_line; /* line where the current record started */
    /* The record being built: field texts back to back, each NUL-ended. */
    char *buffer;
    size_t buffer_length, buffer_capacity;
    size_t *starts; /* offsets of fields in buffer */
    int *lines;
    csv_field *fields;
    size_t nfields, fields_capacity;
    char error[256];
    int error_line;
    bool failed;
};

csv_reader *csv_open(csv_source source, void *context)
{
    csv_reader *r = calloc(1, sizeof *r);
    if (r == NULL)
        return NULL;
    r->source = source;
    r->context = context;
    r->line = 1;
    r->buffer_capacity = 4096;
    r->buffer = malloc(r->buffer_capacity);
    if (r->buffer == NULL) {
        free(r);
        return NULL;
    }
    return r;
}

void csv_close(csv_reader *reader)
{
    if (reader == NULL)
        return;
    free(reader->buffer);
    free(reader->starts);
    free(reader->lines);
    free(reader->fields);
    free(reader);
}

const char *csv_error(const csv_reader *reader)
{
    return reader->error;
}

int csv_error_line(const csv_reader *reader)
{
    return reader->error_line;
}

int csv_record_line(const csv_reader *reader)
{
    return reader->record_line;
}

static csv_result fail(csv_reader *r, int line, const char *message)
{
    snprintf(r->error, sizeof r->error, "%s", message);
    r->error_line = line;
    r->failed = true;
    return CSV_ERROR;
}

/* The next byte, or -1 at the end (or -2 on a read error). */
static int next_byte(csv_reader *r)
{
    if (r->npushback > 0)
        return r->pushback[--r->npushback];
    if (r->chunk_position == r->chunk_length) {
        if (r->at_end)
            return -1;
        long n = r->source(r->context, r->chunk, sizeof r->chunk);
        if (n < 0)
            return -2;
        if (n == 0) {
            r->at_end = true;
            return -1;
        }
        r->chunk_length = (size_t)n;
        r->chunk_position = 0;
    }
    return (unsigned char)r->chunk[r->chunk_position++];
}

static void give_back(csv_reader *r, int c)
{
    if (c >= 0)
        r->pushback[r->npushback++] = c;
}

static int peek_byte(csv_reader *r)
{
    int c = next_byte(r);
    give_back(r, c);
    return c;
}

static bool append(csv_reader *r, char c)
{
    if (r->buffer_length + 1 >= r->buffer_capacity) {
        if (r->buffer_capacity >= CSV_MAX_RECORD)
            return false;
        char *grown = array_grow(r->buffer, &r->buffer_capacity, r->buffer_length + 2, 1);
        if (grown == NULL)
            return false;
        r->buffer = grown;
    }
    r->buffer[r->buffer_length++] = c;
    return true;
}

static bool start_field(csv_reader *r, int line)
{
    if (r->nfields == r->fields_capacity) {
        if (r->fields_capacity >= CSV_MAX_FIELDS)
            return false;
        /* three arrays of one length: each grows from the same capacity */
        size_t need = r->nfields + 1, starts_capacity = r->fields_capacity,
               lines_capacity = r->fields_capacity;
        size_t *starts = array_grow(r->starts, &starts_capacity, need, sizeof *starts);
        if (starts == NULL)
            return false;
        r->starts = starts;
        int *lines = array_grow(r->lines, &lines_capacity, need, sizeof *lines);
        if (lines == NULL)
            return false;
        r->lines = lines;
        csv_field *fields = array_grow(r->fields, &r->fields_capacity, need, sizeof *fields);
        if (fields == NULL)
            return false;
        r->fields = fields;
    }
    r->starts[r->nfields] = r->buffer_length;
    r->lines[r->nfields] = line;
    r->nfields++;
    return true;
}

/* Windows-1252 bytes 0x80-0x9F as Unicode; the rest of the upper half is Latin-1. */
static unsigned cp1252_to_unicode(unsigned char byte)
{
    static const unsigned short high[32] = {
        0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178,
    };
    return byte >= 0x80 && byte < 0xA0 ? high[byte - 0x80] : byte;
}

/* Re-encode a field that is not UTF-8 from Windows-1252, in place at the end
 * of the buffer (it can only grow, to at most three bytes a byte). */
static bool repair_encoding(csv_reader *r, size_t start)
{
    /* Ended, so that no sequence is decoded past the field (append always
     * leaves room for this byte, and a NUL byte in the data is refused). */
    r->buffer[r->buffer_length] = '\0';
    const char *text = r->buffer + start;
    size_t length = r->buffer_length - start;
    bool valid = true;
    for (size_t i = 0; i < length && valid;) {
        unsigned c;
        size_t n = text_utf8_decode(text + i, &c);
        valid = n > 0;
        i += n;
    }
    if (valid)
        return true;
    char *copy = malloc(length + 1);
    if (copy == NULL)
        return false;
    memcpy(copy, text, length);
    copy[length] = '\0';
    r->buffer_length = start;
    for (size_t i = 0; i < length; i++) {
        unsigned c = cp1252_to_unicode((unsigned char)copy[i]);
        bool ok;
        if (c < 0x80) {
            ok = append(r, (char)c);
        } else if (c < 0x800) {
            ok = append(r, (char)(0xC0 | (c >> 6))) && append(r, (char)(0x80 | (c & 0x3F)));
        } else {
            ok = append(r, (char)(0xE0 | (c >> 12))) && append(r, (char)(0x80 | ((c >> 6) & 0x3F))) &&
                 append(r, (char)(0x80 | (c & 0x3F)));
        }
        if (!ok) {
            free(copy);
            return false;
        }
    }
    free(copy);
    return true;
}

static bool end_field(csv_reader *r)
{
    return repair_encoding(r, r->starts[r->nfields - 1]) && append(r, '\0');
}

csv_result csv_next(csv_reader *r, const csv_field **fields, size_t *count)
{
    if (r->failed)
        return CSV_ERROR;
    r->buffer_length = 0;
    r->nfields = 0;
    int c = next_byte(r);
    if (!r->started) {
        r->started = true;
        if (c == 0xEF) { /* a byte order mark, or data that starts like one */
            int c2 = next_byte(r), c3 = c2 == 0xBB ? next_byte(r) : -1;
            if (c2 == 0xBB && c3 == 0xBF) {
                c = next_byte(r);
            } else {
                give_back(r, c3);
                give_back(r, c2);
            }
        }
    }
    if (c == -2)
        return fail(r, r->line, "cannot read the file");
    if (c == -1)
        return CSV_END;
    r->record_line = r->line;
    if (!start_field(r, r->line))
        return fail(r, r->line, "more than 16384 columns");
    bool quoted = false, after_quote = false;
    int quote_line = 0;
    for (;; c = next_byte(r)) {
        if (c == -2)
            return fail(r, r->line, "cannot read the file");
        if (c == 0)
            return fail(r, r->line,
                        "a NUL byte: this is not CSV text (a workbook, or a UTF-16 file?); "
                        "save it from the spreadsheet as \"CSV UTF-8\"");
        if (quoted) {
            if (c == -1)
                return fail(r, quote_line,
                            "a quoted field is never closed (its opening quote is on this line)");
            if (c == '"') {
                if (peek_byte(r) == '"') {
                    next_byte(r);
                    if (!append(r, '"'))
                        return fail(r, r->line, "record too long (over 16 MB)");
                } else {
                    quoted = false;
                    after_quote = true;
                }
                continue;
            }
            if (c == '\r' && peek_byte(r) == '\n')
                continue; /* CRLF inside a field is kept as LF */
            if (c == '\n' || c == '\r')
                r->line++;
            if (!append(r, c == '\r' ? '\n' : (char)c))
                return fail(r, r->line, "record too long (over 16 MB)");
            continue;
        }
        if (c == -1 || c == '\n' || c == '\r') {
            if (c == '\r' && peek_byte(r) == '\n')
                next_byte(r);
            if (c != -1)
                r->line++;
            if (!end_field(r))
                return fail(r, r->record_line, "record too long (over 16 MB)");
            break;
        }
        if (c == ',') {
            if (!end_field(r) || !start_field(r, r->line))
                return fail(r, r->line,
                            r->nfields >= CSV_MAX_FIELDS ? "more than 16384 columns"
                                                         : "record too long (over 16 MB)");
            after_quote = false;
            continue;
        }
        if (after_quote) {
            if (c == ' ' || c == '\t')
                continue; /* spaces after a closing quote */
            return fail(
                r, r->line,
                "text after the closing quote of a field (a quote inside a quoted field must be doubled)");
        }
        if (c == '"' && r->buffer_length == r->starts[r->nfields - 1]) {
            quoted = true;
            quote_line = r->line;
            continue;
        }
        if (!append(r, (char)c))
            return fail(r, r->line, "record too long (over 16 MB)");
    }
    csv_field *out = r->fields;
    for (size_t i = 0; i < r->nfields; i++) {
        out[i].text = r->buffer + r->starts[i];
        out[i].line = r->lines[i];
    }
    *fields = out;
    *count = r->nfields;
    return CSV_RECORD;
}

bool csv_record_is_blank(const csv_field *fields, size_t count)
{
    for (size_t i = 0; i < count; i++)
        for (const char *p = fields[i].text; *p; p++)
            if (*p != ' ' && *p != '\t')
                return false;
    return true;
}

/* The first characters that make a spreadsheet run a cell. */
static bool starts_formula(char c)
{
    return c != '\0' && strchr("=+-@\t\r\n", c) != NULL;
}

bool csv_text_needs_mark(const char *text)
{
    return starts_formula(text[0]) || (text[0] == '\'' && (starts_formula(text[1]) || text[1] == '\''));
}

const char *csv_text_unmarked(const char *cell)
{
    return cell[0] == '\'' && (starts_formula(cell[1]) || cell[1] == '\'') ? cell + 1 : cell;
}

size_t csv_quote(char *out, size_t size, const char *field, bool text)
{
    size_t length = strlen(field);
    bool mark = text && csv_text_needs_mark(field);
    bool needs =
        strpbrk(field, ",\"\r\n") != NULL || (length > 0 && (field[0] == ' ' || field[length - 1] == ' '));
    size_t n = 0;
#define PUT(ch)                                                                                              \
    do {                                                                                                     \
        if (n + 1 < size)                                                                                    \
            out[n] = (ch);                                                                                   \
        n++;                                                                                                 \
    } while (0)
    if (needs)
        PUT('"');
    if (mark)
        PUT('\'');
    for (const char *p = field; *p; p++) {
        if (*p == '"' && needs)
            PUT('"');
        PUT(*p);
    }
    if (needs)
        PUT('"');
#undef PUT
    if (size > 0)
        out[n < size ? n : size - 1] = '\0';
    return n;
}
