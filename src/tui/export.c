/* export.c - the x key: the current panel's rows, as shown (sorted and
 * filtered), to a CSV or Markdown file in the current directory.  Markdown
 * is for reading, as the screen shows it (£1.81m); CSV for sums, each
 * figure exact (1810000). */
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

/* The rows shown in a report's order: a group's header, above its lines on
 * the screen, after them as their subtotal, as the CLI's reports have it.
 * NULL when memory ran out. */
static size_t *report_order(const table *t)
{
    size_t *rows = malloc((t->norder > 0 ? t->norder : 1) * sizeof *rows);
    if (rows == NULL)
        return NULL;
    size_t n = 0, header = 0;
    bool waiting = false; /* a header, until its group's lines are written */
    for (size_t i = 0; i < t->norder; i++) {
        const table_row *r = &t->rows[t->order[i]];
        bool is_header = r->kind == ROW_SUBTOTAL && r->title != NULL;
        if (waiting && (is_header || r->group != t->rows[header].group)) {
            rows[n++] = header;
            waiting = false;
        }
        if (is_header) {
            header = t->order[i];
            waiting = true;
        } else {
            rows[n++] = t->order[i];
        }
    }
    if (waiting)
        rows[n++] = header;
    return rows;
}

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

/* One line of the export from text.h's writers, measured and written
 * whole; false (errno ENOMEM) when memory runs out, which fails the export
 * rather than leave a line cut short. */
static bool write_line(FILE *out, const char *const *cells, const bool *flags, size_t n, bool markdown,
                       bool bold)
{
    size_t need =
        markdown ? text_markdown_row(NULL, 0, cells, n, bold, false) : text_csv_row(NULL, 0, cells, flags, n);
    char *line = malloc(need + 1);
    if (line == NULL) {
        errno = ENOMEM;
        return false;
    }
    if (markdown)
        text_markdown_row(line, need + 1, cells, n, bold, false);
    else
        text_csv_row(line, need + 1, cells, flags, n);
    fwrite(line, 1, need, out);
    free(line);
    return true;
}

/* The figure in a cell's text, as a program reads it: its digits and point
 * alone ("93.8%" is 93.8, an arrow and "3.4" is 3.4), with a minus sign
 * when negative.  The screen writes these to their places: a percentage to
 * a tenth, FTE to hundredths, so nothing is rounded here. */
static void figure(char *buf, size_t size, const char *text, bool negative)
{
    size_t n = 0;
    if (negative && size > 1)
        buf[n++] = '-';
    for (const char *c = text; *c != '\0' && n + 1 < size; c++)
        if ((*c >= '0' && *c <= '9') || *c == '.')
            buf[n++] = *c;
    buf[n] = '\0';
}

/* A cell as a CSV field: a figure exact, as a program reads it (pounds
 * whole, percentages to a tenth, FTE to hundredths, marks as words); text
 * as shown.  True when it is text (which csv_quote may mark). */
static bool exact_cell(const theme *th, view_type type, const cell *k, bool numeric, char *buf, size_t size)
{
    bool blank = k->text[0] == '\0';
    snprintf(buf, size, "%s", k->text);
    if (blank)
        return false;
    switch (type) {
    case VIEW_TYPE_MONEY:
    case VIEW_TYPE_VARIANCE:
    case VIEW_TYPE_COUNT:
        if (numeric && k->sort != INT64_MIN &&
            (type != VIEW_TYPE_COUNT || strspn(k->text, "0123456789-") == strlen(k->text)))
            snprintf(buf, size, "%lld", (long long)k->sort);
        return false;
    case VIEW_TYPE_FTE: /* hundredths, whatever the screen trims: 4.40 */
        if (k->sort != INT64_MIN)
            decimal_format(buf, size, decimal_of(k->sort, 2));
        return false;
    case VIEW_TYPE_PERCENT:
    case VIEW_TYPE_DECIMAL: figure(buf, size, k->text, strchr(k->text, '-') != NULL); return false;
    case VIEW_TYPE_CHANGE: /* an arrow, then the points: its sign is the arrow's */
        figure(buf, size, k->text, k->sort < 0);
        return false;
    case VIEW_TYPE_DATE: /* ISO, whatever the screen writes: 2026-12-07 */
        if (numeric && k->sort != INT64_MIN)
            date_format(buf, size, date_from_days((day_number)k->sort));
        return false;
    case VIEW_TYPE_MEASURE:
    case VIEW_TYPE_BETTER: decimal_format(buf, size, decimal_of(k->sort, 2)); return false;
    case VIEW_TYPE_SHIFT:
        snprintf(buf, size, "%s", strcmp(k->text, th->later) == 0 ? "later" : "earlier");
        return true;
    case VIEW_TYPE_MOVEMENT:
        snprintf(buf, size, "%s",
                 strcmp(k->text, th->up) == 0     ? "up"
                 : strcmp(k->text, th->down) == 0 ? "down"
                                                  : "same");
        return true;
    case VIEW_TYPE_TREND:
        snprintf(buf, size, "%s",
                 k->sort == TREND_UP     ? "up"
                 : k->sort == TREND_DOWN ? "down"
                 : k->sort == TREND_FLAT ? "flat"
                                         : "");
        return true;
    default: return true;
    }
}

/* The panel's rows as shown, under the screen's headings: in Markdown as
 * the screen writes them, a total or subtotal bold; in CSV each figure
 * exact and each text cell marked when a spreadsheet would run it.  A
 * column blank on every row, or one the panel leaves out as saying nothing
 * (a status every row shares), is left out, as the screen leaves it out.
 * False when memory ran out. */
static bool write_rows(FILE *out, const panel *p, const theme *th, bool markdown, const char *date)
{
    const panel_layout *layout = &p->layout;
    const table *t = &p->table;
    const char *cells[LAYOUT_MAX_COLUMNS];
    bool flags[LAYOUT_MAX_COLUMNS];
    size_t columns[LAYOUT_MAX_COLUMNS], n = 0;
    for (size_t c = 0; c < layout->ncolumns; c++) {
        int field = layout->columns[c].field;
        if (field >= 0 && field < 32 && (t->hidden & (1u << field)) != 0)
            continue; /* a column the panel leaves out as saying nothing */
        bool used = false;
        for (size_t i = 0; i < t->norder && !used; i++)
            used = t->rows[t->order[i]].cells[field].text[0] != '\0';
        if (used || t->norder == 0)
            columns[n++] = c;
    }
    for (size_t c = 0; c < n; c++) {
        cells[c] = layout->columns[columns[c]].heading;
        flags[c] = markdown ? layout->columns[columns[c]].right : true;
    }
    if (markdown) {
        fprintf(out, "**%s** (%s)\n\n", layout->title, date);
        if (!write_line(out, cells, NULL, n, true, false))
            return false;
        char rule[LAYOUT_MAX_COLUMNS * 8 + 4];
        text_markdown_rule(rule, sizeof rule, flags, n);
        fputs(rule, out);
    } else if (!write_line(out, cells, flags, n, false, false)) {
        return false;
    }
    char exact[LAYOUT_MAX_COLUMNS][64];
    size_t *rows = report_order(t);
    if (rows == NULL)
        return false;
    for (size_t i = 0; i < t->norder; i++) {
        const table_row *r = &t->rows[rows[i]];
        for (size_t c = 0; c < n; c++) {
            int field = layout->columns[columns[c]].field;
            bool numeric = (r->look[field] & CELL_NUMERIC) != 0;
            if (markdown) {
                cells[c] = r->cells[field].text;
                flags[c] = !numeric;
            } else if (strlen(r->cells[field].text) >= sizeof exact[c]) {
                cells[c] = r->cells[field].text; /* a long text is text */
                flags[c] = true;
            } else {
                flags[c] = exact_cell(th, p->ops->fields[field].type, &r->cells[field], numeric, exact[c],
                                      sizeof exact[c]);
                cells[c] = exact[c];
            }
        }
        if (!write_line(out, cells, flags, n, markdown, r->kind != ROW_LINE)) {
            free(rows);
            return false;
        }
    }
    free(rows);
    return true;
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
    bool whole = write_rows(out, p, &s->theme, markdown, date);
    int error = !whole ? ENOMEM : ferror(out) ? (errno != 0 ? errno : EIO) : 0;
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
