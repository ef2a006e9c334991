/* import_options.c - the options of assure import after TABLE FILE: what
 * the file replaces, its unit and sign, and the headings it maps or leaves
 * out, each checked against the table's columns before a row is read. */
#include <string.h>

#include "calendar.h"
#include "import.h"
#include "text.h"

/* The --map given before for the same heading (as text_same_key sees it), or NULL. */
static const import_map *map_of_heading(const importer *im, const char *heading)
{
    for (size_t m = 0; m < im->nmaps; m++)
        if (text_same_key(im->maps[m].heading, heading))
            return &im->maps[m];
    return NULL;
}

/* True when two --map columns are one: the same field, or the same
 * financial year however written. */
static bool map_same_column(const importer *im, const char *a, const char *b)
{
    int fa = table_field_index(im->def, a), fb = table_field_index(im->def, b);
    if (fa >= 0 || fb >= 0)
        return fa == fb;
    int ya = 0, yb = 0;
    return fy_parse(a, &ya, NULL) && fy_parse(b, &yb, NULL) && ya == yb;
}

assure_status import_parse_options(importer *im, int argc, char **argv, assure_error *err)
{
    const char *unit_named = NULL; /* the --unit given, to name it if another is */
    for (int i = 2; i < argc; i++) {
        const char *value;
        if (strcmp(argv[i], "--replace") == 0) {
            im->replace = true;
        } else if (strcmp(argv[i], "--negate") == 0) {
            im->money.negate = true;
        } else if (strcmp(argv[i], "--dry-run") == 0) {
            im->dry_run = true;
        } else if (strcmp(argv[i], "--cumulative") == 0) {
            if (im->table != TABLE_DEF_SAVINGS)
                return error_set(err, ASSURE_USAGE,
                                 "--cumulative is for savings: a line's years as the run rate reached");
            im->cumulative = true;
        } else if (cli_option("--period", argc, argv, &i, &value)) {
            if (im->table != TABLE_DEF_HIGHLIGHTS)
                return error_set(
                    err, ASSURE_USAGE,
                    "--period is for highlights: the period a file without a period column reports on");
            calendar_date period;
            const char *why = "";
            if (value == NULL || !date_parse(value, &period, &why))
                return error_set(err, ASSURE_USAGE, "--period %s: %s", value != NULL ? value : "",
                                 value != NULL ? why : "needs a date (the month's first day: 2026-11-01)");
            date_format(im->period, sizeof im->period, period);
            im->given[HIGHLIGHT_FIELD_PERIOD] = im->period;
        } else if (cli_option("--ignore", argc, argv, &i, &value)) {
            if (value == NULL)
                return error_set(err, ASSURE_USAGE, "--ignore needs a column's heading");
            if (im->nignores == IMPORT_MAX_MAPS)
                return error_set(err, ASSURE_USAGE, "too many --ignore options (at most %d)",
                                 IMPORT_MAX_MAPS);
            snprintf(im->ignores[im->nignores++], sizeof im->ignores[0], "%s", value);
        } else if (cli_option("--unit", argc, argv, &i, &value)) {
            if (value == NULL)
                return error_set(err, ASSURE_USAGE, "--unit needs a value: pounds, thousands or millions");
            money unit = strcmp(value, "pounds") == 0      ? 1
                         : strcmp(value, "thousands") == 0 ? 1000
                         : strcmp(value, "millions") == 0  ? 1000000
                                                           : 0;
            if (unit == 0)
                return error_set(err, ASSURE_USAGE, "--unit %s: expected pounds, thousands or millions",
                                 value);
            if (unit_named != NULL && unit != im->money.unit)
                return error_set(err, ASSURE_USAGE, "--unit %s and --unit %s: a file has one unit; give one",
                                 unit_named, value);
            unit_named = value;
            im->money.unit = unit;
            im->unit_given = true;
        } else if (cli_option("--map", argc, argv, &i, &value)) {
            const char *equals = value != NULL ? strrchr(value, '=') : NULL;
            if (equals == NULL)
                return error_set(err, ASSURE_USAGE, "--map needs 'Their heading=column'");
            if (im->nmaps == IMPORT_MAX_MAPS)
                return error_set(err, ASSURE_USAGE, "too many --map options (at most %d)", IMPORT_MAX_MAPS);
            import_map *map = &im->maps[im->nmaps];
            snprintf(map->heading, sizeof map->heading, "%.*s", (int)(equals - value), value);
            snprintf(map->column, sizeof map->column, "%s", equals + 1);
            int fy;
            bool line_ref = im->table == TABLE_DEF_HIGHLIGHTS && strcmp(map->column, "ref") == 0;
            if (!line_ref && table_field_index(im->def, map->column) < 0 &&
                !import_printed_name(im->table, map->column) &&
                !(im->table == TABLE_DEF_SAVINGS &&
                  (fy_parse(map->column, &fy, NULL) || fy_is_later(map->column)))) {
                char known[512] = "";
                for (size_t f = 0; f < im->def->nfields; f++)
                    snprintf(known + strlen(known), sizeof known - strlen(known), "%s%s", f ? ", " : "",
                             im->def->fields[f].name);
                return error_set(
                    err, ASSURE_USAGE, "--map '%s': %s has no column '%s'; its columns: %s%s", value,
                    im->def->name, map->column, known,
                    im->table == TABLE_DEF_SAVINGS
                        ? ", or a financial year such as 2024/25, or later (the years after)"
                    : im->table == TABLE_DEF_STAFFING   ? ", and the printed percentages uncovered_pct "
                                                          "and vacancy_pct (checked, not kept)"
                    : im->table == TABLE_DEF_HIGHLIGHTS ? ", or ref: a tracker's savings line refs"
                                                        : "");
            }
            const import_map *same = map_of_heading(im, map->heading);
            if (same == NULL)
                im->nmaps++;
            else if (!map_same_column(im, same->column, map->column))
                return error_set(err, ASSURE_USAGE,
                                 "--map '%s=%s' and --map '%s': one heading can go to only one column",
                                 same->heading, same->column, value);
        } else {
            return error_set(err, ASSURE_USAGE, "import: unknown option %s (see assure --help)", argv[i]);
        }
    }
    return ASSURE_OK;
}
