/* export.c - the x key: the current panel's rows, as shown (sorted and
 * filtered), to a CSV or Markdown file in the current directory. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "csv.h"
#include "store.h"
#include "text.h"
#include "tui_internal.h"

/* The mode of an export: no more open than the database, whose group may
 * read it when the group may read the database, and never every user. */
static mode_t export_mode(tui_state *s)
{
    struct stat info;
    mode_t bits = 0600;
    if (s->data.store != NULL && stat(store_path(s->data.store), &info) == 0)
        bits |= info.st_mode & 0060;
    mode_t mask = umask(0);
    umask(mask);
    return bits & ~mask;
}

/* The export is written whole to a temporary file in the current directory,
 * so that a full disk or a failed write leaves no part of it, and named only
 * once it is complete. */
static FILE *create_temporary(const char *panel_name, const char *date, char *temporary, size_t size)
{
    snprintf(temporary, size, ".assure-%s-%s-XXXXXX", panel_name, date);
    int fd = mkstemp(temporary);
    if (fd < 0)
        return NULL;
    FILE *out = fdopen(fd, "w");
    if (out == NULL) {
        int error = errno;
        close(fd);
        unlink(temporary);
        errno = error;
    }
    return out;
}

/* Give the temporary file the first free name of assure-PANEL-DATE.EXT,
 * -2, -3 ...: never over another file.  False with errno set when none. */
static bool give_name(const char *temporary, const char *panel_name, const char *date, bool markdown,
                      char *path, size_t size)
{
    for (int attempt = 1; attempt < 100; attempt++) {
        if (attempt == 1)
            snprintf(path, size, "assure-%s-%s.%s", panel_name, date, markdown ? "md" : "csv");
        else
            snprintf(path, size, "assure-%s-%s-%d.%s", panel_name, date, attempt, markdown ? "md" : "csv");
        if (link(temporary, path) == 0) {
            unlink(temporary);
            return true;
        }
        if (errno == EEXIST)
            continue;
        /* a file system without hard links: rename, when the name is free */
        struct stat info;
        if (lstat(path, &info) == 0)
            continue;
        return errno == ENOENT && rename(temporary, path) == 0;
    }
    errno = EEXIST;
    return false;
}

/* A field as CSV, however long: quoted, and a text cell marked, as csv_quote says. */
static void csv_cell(FILE *out, const char *text, bool is_text)
{
    size_t need = csv_quote(NULL, 0, text, is_text) + 1;
    char *quoted = malloc(need);
    if (quoted == NULL) {
        fputs(text, out);
        return;
    }
    csv_quote(quoted, need, text, is_text);
    fputs(quoted, out);
    free(quoted);
}

static void markdown_cell(FILE *out, const char *text)
{
    char visible[2048];
    text_visible(visible, sizeof visible, text);
    for (const char *p = visible; *p; p++)
        fputs(*p == '|' ? "\\|" : (char[]){*p, '\0'}, out);
}

assure_status export_panel(tui_state *s, bool markdown, char *path, size_t size, assure_error *err)
{
    panel *p = &s->panels[s->current];
    if (p->layout.ncolumns == 0)
        return error_set(err, ASSURE_USAGE, "the %s panel has no rows to export; try another panel",
                         p->ops->name);
    char date[16];
    date_format(date, sizeof date, s->data.today);
    char temporary[256];
    FILE *out = create_temporary(p->ops->name, date, temporary, sizeof temporary);
    if (out == NULL)
        return error_set(err, ASSURE_DATA, "cannot create an export file here: %s", strerror(errno));
    errno = 0;
    const panel_layout *layout = &p->layout;
    const table *t = &p->table;
    if (markdown) {
        fprintf(out, "**%s** (%s)\n\n|", layout->title, date);
        for (size_t c = 0; c < layout->ncolumns; c++) {
            fputc(' ', out);
            markdown_cell(out, layout->columns[c].heading);
            fputs(" |", out);
        }
        fputs("\n|", out);
        for (size_t c = 0; c < layout->ncolumns; c++)
            fputs(layout->columns[c].right ? " ---: |" : " --- |", out);
        fputc('\n', out);
    } else {
        for (size_t c = 0; c < layout->ncolumns; c++)
            fprintf(out, "%s%s", c > 0 ? "," : "", p->ops->fields[layout->columns[c].field].name);
        fputc('\n', out);
    }
    for (size_t i = 0; i < t->norder; i++) {
        const table_row *r = &t->rows[t->order[i]];
        if (markdown)
            fputc('|', out);
        for (size_t c = 0; c < layout->ncolumns; c++) {
            int field = layout->columns[c].field;
            const char *text = r->cells[field].text;
            if (markdown) {
                fputs(r->kind != ROW_LINE && text[0] ? " **" : " ", out);
                markdown_cell(out, text);
                fputs(r->kind != ROW_LINE && text[0] ? "** |" : " |", out);
            } else {
                fputs(c > 0 ? "," : "", out);
                csv_cell(out, text, (r->look[field] & CELL_NUMERIC) == 0); /* numbers never marked */
            }
        }
        fputc('\n', out);
    }
    int error = ferror(out) ? (errno != 0 ? errno : EIO) : 0;
    if (fflush(out) != 0 && error == 0)
        error = errno;
    if (fchmod(fileno(out), export_mode(s)) != 0 && error == 0)
        error = errno;
    if (fclose(out) != 0 && error == 0)
        error = errno;
    if (error != 0) {
        unlink(temporary);
        return error_set(err, ASSURE_DATA, "the export could not be written in full (%s); no file was left",
                         strerror(error));
    }
    if (!give_name(temporary, p->ops->name, date, markdown, path, size)) {
        error = errno;
        unlink(temporary);
        return error_set(err, ASSURE_DATA, "cannot name the export %s: %s; no file was left", path,
                         strerror(error));
    }
    char where[1024];
    if (getcwd(where, sizeof where) != NULL) {
        char full[2048];
        snprintf(full, sizeof full, "%s/%s", where, path);
        snprintf(path, size, "%s", full);
    }
    return ASSURE_OK;
}
