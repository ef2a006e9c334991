/* export.c - the x key: the current panel's rows, as shown (sorted and
 * filtered), to a CSV or Markdown file in the current directory. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csv.h"
#include "text.h"
#include "tui_internal.h"

static FILE *create_file(const char *panel_name, const char *date, bool markdown, char *path, size_t size)
{
    for (int attempt = 1; attempt < 100; attempt++) {
        if (attempt == 1)
            snprintf(path, size, "assure-%s-%s.%s", panel_name, date, markdown ? "md" : "csv");
        else
            snprintf(path, size, "assure-%s-%s-%d.%s", panel_name, date, attempt, markdown ? "md" : "csv");
        int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0640);
        if (fd >= 0)
            return fdopen(fd, "w");
        if (errno != EEXIST)
            return NULL;
    }
    return NULL;
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
    FILE *out = create_file(p->ops->name, date, markdown, path, size);
    if (out == NULL)
        return error_set(err, ASSURE_DATA, "cannot create an export file here: %s", strerror(errno));
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
    bool failed = ferror(out) != 0;
    if (fclose(out) != 0 || failed)
        return error_set(err, ASSURE_DATA, "%s: could not be written in full", path);
    char where[1024];
    if (getcwd(where, sizeof where) != NULL) {
        char full[2048];
        snprintf(full, sizeof full, "%s/%s", where, path);
        snprintf(path, size, "%s", full);
    }
    return ASSURE_OK;
}
