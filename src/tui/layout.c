/* layout.c - reading a panel's layout from screens/NAME.ini.
 *
 * [panel] gives the title, the digit that selects it and the default sort;
 * every other section is a column, in order, named by its field, with a
 * heading, width, alignment and priority (1 stays longest when the terminal
 * is narrow).  Fields come from the panel's fixed registry in C.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "draw.h"
#include "figures.h"
#include "ini.h"
#include "layout.h"
#include "paths.h"

static void known_fields(const field_spec *fields, size_t nfields, char *out, size_t size)
{
    size_t n = 0;
    out[0] = '\0';
    for (size_t f = 0; f < nfields && n < size; f++)
        n += (size_t)snprintf(out + n, size - n, "%s%s", f > 0 ? ", " : "", fields[f].name);
}

static int field_index(const field_spec *fields, size_t nfields, const char *name)
{
    for (size_t f = 0; f < nfields; f++)
        if (strcmp(fields[f].name, name) == 0)
            return (int)f;
    return -1;
}

static bool whole_number(const char *text, int min, int max, int *out)
{
    int64_t value;
    if (text == NULL || strchr(text, '.') != NULL || !decimal_parse(text, 0, false, &value, NULL) ||
        value < min || value > max)
        return false;
    *out = (int)value;
    return true;
}

static assure_status read_layout(const ini_file *ini, const field_spec *fields, size_t nfields,
                                 panel_layout *out, assure_error *err)
{
    const char *path = ini_path(ini);
    char known[1024];
    known_fields(fields, nfields, known, sizeof known);
    /* Keys first: each must belong to its section. */
    for (size_t k = 0; k < ini_key_count(ini); k++) {
        const char *section;
        int line;
        const char *key = ini_key_name(ini, k, &section, &line);
        bool is_panel = strcmp(section, "panel") == 0;
        static const char *const panel_keys[] = {"title", "tab", "key", "sort", NULL};
        static const char *const column_keys[] = {"heading", "width", "align", "priority", NULL};
        const char *const *allowed = is_panel ? panel_keys : column_keys;
        bool ok = false;
        for (int i = 0; allowed[i] != NULL; i++)
            ok = ok || strcmp(allowed[i], key) == 0;
        if (!ok)
            return error_set(err, ASSURE_USAGE, "%s:%d: unknown key '%s' in [%s]; known keys: %s", path, line,
                             key, section, is_panel ? "title, tab, key, sort" : "heading, width, align, priority");
    }
    const char *title = ini_get(ini, "panel", "title");
    if (title == NULL || title[0] == '\0')
        return error_set(err, ASSURE_USAGE, "%s: [panel] needs a title", path);
    snprintf(out->title, sizeof out->title, "%s", title);
    /* the tab's shorter name, for a line of seven tabs on 80 columns */
    const char *tab = ini_get(ini, "panel", "tab");
    snprintf(out->tab, sizeof out->tab, "%s", tab != NULL && tab[0] != '\0' ? tab : title);
    if (!whole_number(ini_get(ini, "panel", "key"), 1, 9, &out->key))
        return error_set(err, ASSURE_USAGE, "%s:%d: [panel] key must be a digit from 1 to 9", path,
                         ini_line_of(ini, "panel", "key"));
    out->key_line = ini_line_of(ini, "panel", "key");
    out->ncolumns = 0;
    for (size_t i = 0; i < ini_section_count(ini); i++) {
        int line;
        const char *section = ini_section_name(ini, i, &line);
        if (strcmp(section, "panel") == 0)
            continue;
        int field = field_index(fields, nfields, section);
        if (field < 0)
            return error_set(err, ASSURE_USAGE, "%s:%d: unknown field [%s]; known fields: %s", path, line,
                             section, known);
        if (out->ncolumns == LAYOUT_MAX_COLUMNS)
            return error_set(err, ASSURE_USAGE, "%s:%d: more than %d columns", path, line,
                             LAYOUT_MAX_COLUMNS);
        layout_column *c = &out->columns[out->ncolumns++];
        c->field = field;
        const char *heading = ini_get(ini, section, "heading");
        snprintf(c->heading, sizeof c->heading, "%s", heading != NULL ? heading : fields[field].heading);
        const char *width = ini_get(ini, section, "width");
        c->width = text_columns(c->heading) > 4 ? text_columns(c->heading) : 4;
        if (width != NULL && !whole_number(width, 1, 200, &c->width))
            return error_set(err, ASSURE_USAGE,
                             "%s:%d: [%s] width = \"%s\": expected a whole number from 1 to 200", path,
                             ini_line_of(ini, section, "width"), section, width);
        const char *align = ini_get(ini, section, "align");
        c->right = VIEW_TYPE_IS_FIGURE(fields[field].type);
        if (align != NULL) {
            if (strcmp(align, "left") != 0 && strcmp(align, "right") != 0)
                return error_set(err, ASSURE_USAGE, "%s:%d: [%s] align = \"%s\": expected left or right",
                                 path, ini_line_of(ini, section, "align"), section, align);
            c->right = strcmp(align, "right") == 0;
        }
        const char *priority = ini_get(ini, section, "priority");
        c->priority = 5;
        if (priority != NULL && !whole_number(priority, 1, 9, &c->priority))
            return error_set(err, ASSURE_USAGE,
                             "%s:%d: [%s] priority = \"%s\": expected a whole number from 1 to 9", path,
                             ini_line_of(ini, section, "priority"), section, priority);
    }
    out->sort_field = -1;
    out->sort_descending = false;
    const char *sort = ini_get(ini, "panel", "sort");
    if (sort != NULL && sort[0] != '\0') {
        bool descending = sort[0] == '-';
        int field = field_index(fields, nfields, sort + descending);
        bool shown = false;
        for (size_t c = 0; c < out->ncolumns; c++)
            shown = shown || out->columns[c].field == field;
        if (field < 0 || !shown)
            return error_set(
                err, ASSURE_USAGE,
                "%s:%d: [panel] sort = \"%s\": expected one of the columns (prefix - for descending)", path,
                ini_line_of(ini, "panel", "sort"), sort);
        out->sort_field = field;
        out->sort_descending = descending;
    }
    return ASSURE_OK;
}

/* The screens folder beside the program, when it runs from its source tree. */
static bool beside_program(char *dir, size_t size)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return false;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash == NULL)
        return false;
    *slash = '\0';
    snprintf(dir, size, "%.3900s/screens", exe);
    return true;
}

assure_status layout_load(const char *name, const field_spec *fields, size_t nfields, panel_layout *out,
                          assure_error *err)
{
    char candidates[3][PATH_MAX];
    size_t n = 0;
    const char *xdg = getenv("XDG_CONFIG_HOME");
    const char *home = getenv("HOME");
    if (xdg != NULL && xdg[0] == '/')
        snprintf(candidates[n++], PATH_MAX, "%s/assure/screens/%s.ini", xdg, name);
    else if (home != NULL && home[0] != '\0')
        snprintf(candidates[n++], PATH_MAX, "%s/.config/assure/screens/%s.ini", home, name);
    char dir[PATH_MAX - 64];
    if (beside_program(dir, sizeof dir))
        snprintf(candidates[n++], PATH_MAX, "%s/%s.ini", dir, name);
    snprintf(candidates[n++], PATH_MAX, "%s/screens/%s.ini", ASSURE_DATADIR, name);
    for (size_t i = 0; i < n; i++) {
        if (access(candidates[i], F_OK) != 0)
            continue;
        ini_file *ini;
        assure_status status = ini_load(candidates[i], &ini, err);
        if (status != ASSURE_OK)
            return status;
        memset(out, 0, sizeof *out);
        snprintf(out->path, sizeof out->path, "%.1000s", candidates[i]);
        status = read_layout(ini, fields, nfields, out, err);
        ini_free(ini);
        return status;
    }
    return error_set(
        err, ASSURE_USAGE, "no layout for the %s panel: looked for %s, %s%s%s (is assure installed?)", name,
        candidates[0], n > 1 ? candidates[1] : "", n > 2 ? " and " : "", n > 2 ? candidates[2] : "");
}
