/* unsaved.c - an edit that could not be saved, kept in a CSV file that
 * `assure import` takes back: when the database file was replaced or
 * removed under the dashboard, what was typed is not lost with it. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "csv.h"
#include "tui_internal.h"

/* A savings line's fields as export writes them: the line's own (its basis
 * last), then a profile year's from SAVINGS_FIELD_FY. */
static const size_t savings_fields[] = {
    SAVINGS_FIELD_REF,      SAVINGS_FIELD_NAME,       SAVINGS_FIELD_WORKSTREAM, SAVINGS_FIELD_COHORT,
    SAVINGS_FIELD_ORIGIN,   SAVINGS_FIELD_KEY_METRIC, SAVINGS_FIELD_OWNER,      SAVINGS_FIELD_STATUS,
    SAVINGS_FIELD_BASIS,    SAVINGS_FIELD_FY,         SAVINGS_FIELD_TARGET,     SAVINGS_FIELD_STRETCH,
    SAVINGS_FIELD_FORECAST, SAVINGS_FIELD_ACTUAL};

/* A new file for it, in the current directory or else the home directory. */
static FILE *create_file(const char *table_name, char *path, size_t size)
{
    time_t now = time(NULL);
    struct tm local;
    localtime_r(&now, &local);
    char stamp[32];
    strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &local);
    const char *home = getenv("HOME");
    char here[4096];
    const char *folders[] = {getcwd(here, sizeof here), home != NULL && home[0] != '\0' ? home : NULL};
    for (size_t f = 0; f < sizeof folders / sizeof folders[0]; f++) {
        if (folders[f] == NULL)
            continue;
        for (int attempt = 1; attempt < 100; attempt++) {
            if (attempt == 1)
                snprintf(path, size, "%s/assure-unsaved-%s-%s.csv", folders[f], table_name, stamp);
            else
                snprintf(path, size, "%s/assure-unsaved-%s-%s-%d.csv", folders[f], table_name, stamp,
                         attempt);
            int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
            if (fd >= 0)
                return fdopen(fd, "w");
            if (errno != EEXIST)
                break;
        }
    }
    return NULL;
}

static void write_field(FILE *out, const field_def *f, const field_value *v, bool first)
{
    char formatted[128];
    const char *text = formatted;
    if (field_kind_is_text(f->kind))
        text = v->blank || v->text == NULL ? "" : v->text;
    else
        field_format(f, v, formatted, sizeof formatted);
    /* text a spreadsheet would run is marked, as export marks it, and import takes the mark off */
    bool is_text = field_kind_is_text(f->kind);
    size_t need = csv_quote(NULL, 0, text, is_text) + 1;
    char *quoted = malloc(need);
    if (!first)
        fputc(',', out);
    if (quoted != NULL) {
        csv_quote(quoted, need, text, is_text);
        fputs(quoted, out);
    }
    free(quoted);
}

assure_status unsaved_write(const edit_record *record, char *path, size_t size, assure_error *err)
{
    const table_def *t = table_def_get(record->table);
    FILE *out = create_file(t->name, path, size);
    if (out == NULL)
        return error_set(err, ASSURE_DATA, "cannot make a file for it here or in your home directory: %s",
                         strerror(errno));
    bool savings = record->table == TABLE_DEF_SAVINGS;
    size_t nfields = savings ? sizeof savings_fields / sizeof *savings_fields : t->nfields;
    for (size_t i = 0; i < nfields; i++)
        fprintf(out, "%s%s", i > 0 ? "," : "", t->fields[savings ? savings_fields[i] : i].name);
    fputc('\n', out);
    /* A savings line is a row for each year of its profile (the line's own
     * fields repeated), as import's long form reads it. */
    size_t rows = savings && record->nyears > 0 ? record->nyears : 1;
    for (size_t r = 0; r < rows; r++) {
        for (size_t i = 0; i < nfields; i++) {
            size_t f = savings ? savings_fields[i] : i;
            const field_value *v = &record->values[f];
            if (savings && f >= SAVINGS_FIELD_FY && f != SAVINGS_FIELD_BASIS)
                v = record->nyears > 0 ? &record->years[r][f] : &(field_value){true, MONEY_UNKNOWN, NULL};
            write_field(out, &t->fields[f], v, i == 0);
        }
        fputc('\n', out);
    }
    bool failed = ferror(out) != 0;
    if (fclose(out) != 0 || failed) {
        int why = errno;
        unlink(path);
        return error_set(err, ASSURE_DATA, "cannot write %s: %s", path, strerror(why));
    }
    return ASSURE_OK;
}
