/* The CSV reader: any bytes, fed in chunks of any size, give records of valid
 * UTF-8 or a located error; and a record written back with csv_quote reads
 * back as the same fields (every other one written as a text cell, and read
 * back without the mark that adds). */
#include <stdbool.h>

#include "csv.h"
#include "fuzz.h"
#include "text.h"

typedef struct {
    const uint8_t *data;
    size_t size, position, chunk;
} source;

static long feed(void *context, char *buf, size_t size)
{
    source *s = context;
    size_t n = s->size - s->position;
    if (n > s->chunk)
        n = s->chunk;
    if (n > size)
        n = size;
    memcpy(buf, s->data + s->position, n);
    s->position += n;
    return (long)n;
}

static bool valid_utf8(const char *text)
{
    unsigned codepoint;
    while (*text != '\0') {
        size_t n = text_utf8_decode(text, &codepoint);
        if (n == 0)
            return false;
        text += n;
    }
    return true;
}

/* Write fields as one CSV line into a new buffer; NULL if it would not fit. */
static char *write_record(const csv_field *fields, size_t count, size_t *length)
{
    size_t need = 3;
    for (size_t i = 0; i < count; i++)
        need += csv_quote(NULL, 0, fields[i].text, i % 2 == 1) + 1;
    char *out = malloc(need);
    if (out == NULL)
        abort();
    size_t n = 0;
    for (size_t i = 0; i < count; i++) {
        if (i > 0)
            out[n++] = ',';
        n += csv_quote(out + n, need - n, fields[i].text, i % 2 == 1);
    }
    out[n++] = '\r';
    out[n++] = '\n';
    out[n] = '\0';
    *length = n;
    return out;
}

static void reads_back(const csv_field *fields, size_t count)
{
    /* A lone empty field is a blank line, and a leading byte order mark is
     * taken as the file's, so neither can come back as it was. */
    if (count == 1 && fields[0].text[0] == '\0')
        return;
    if (strncmp(fields[0].text, "\xEF\xBB\xBF", 3) == 0)
        return;
    size_t length;
    char *line = write_record(fields, count, &length);
    source again = {(const uint8_t *)line, length, 0, 4096};
    csv_reader *r = csv_open(feed, &again);
    PROMISE(r != NULL);
    const csv_field *back;
    size_t nback;
    PROMISE(csv_next(r, &back, &nback) == CSV_RECORD);
    PROMISE(nback == count);
    for (size_t i = 0; i < count; i++)
        PROMISE(strcmp(i % 2 == 1 ? csv_text_unmarked(back[i].text) : back[i].text, fields[i].text) == 0);
    PROMISE(csv_next(r, &back, &nback) == CSV_END);
    csv_close(r);
    free(line);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    /* The first byte chooses the chunk size, so records split anywhere. */
    source s = {data + 1, size - 1, 0, (size_t)(data[0] % 9) + 1};
    if (data[0] >= 128)
        s.chunk = 65536;
    csv_reader *r = csv_open(feed, &s);
    PROMISE(r != NULL);
    const csv_field *fields;
    size_t count;
    csv_result result;
    int last_line = 0;
    while ((result = csv_next(r, &fields, &count)) == CSV_RECORD) {
        PROMISE(count >= 1 && count <= CSV_MAX_FIELDS);
        PROMISE(csv_record_line(r) >= last_line);
        last_line = csv_record_line(r);
        for (size_t i = 0; i < count; i++) {
            PROMISE(fields[i].text != NULL);
            PROMISE(valid_utf8(fields[i].text));
            PROMISE(fields[i].line >= last_line);
        }
        (void)csv_record_is_blank(fields, count);
        reads_back(fields, count);
    }
    if (result == CSV_ERROR) {
        PROMISE(csv_error(r)[0] != '\0');
        PROMISE(csv_error_line(r) >= 1);
    }
    csv_close(r);
    return 0;
}
