/* import_header.c - the heading row of an imported file: which column is
 * which field or financial year, the unit a heading names, --map and
 * --ignore applied, and columns no field claims reported. */
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "import.h"
#include "text.h"

#define UNKNOWN_SHOWN 10 /* unknown columns named one by one; the rest counted */

/* True when a --map heading names this heading of the file: the same
 * whatever their case, spaces and punctuation (and an empty one only an empty one). */
static bool map_heading_matches(const char *mapped, const char *heading)
{
    return text_same_key(mapped, heading) && (mapped[0] != '\0' || heading[0] == '\0');
}

/* A financial year named inside a heading ("Year 1 2022/23 £m"): the FY, or 0. */
static int fy_in_heading(const char *heading)
{
    int found = 0, count = 0;
    for (const char *p = heading; *p; p++) {
        if (p != heading && ((p[-1] >= '0' && p[-1] <= '9') || (p[-1] | 0x20) == 'y'))
            continue; /* start only at a token's beginning */
        for (int length = 10; length >= 5; length--) {
            char token[16];
            if (strlen(p) < (size_t)length)
                continue;
            memcpy(token, p, (size_t)length);
            token[length] = '\0';
            char next = p[length];
            int fy;
            if (!(next >= '0' && next <= '9') && fy_parse(token, &fy, NULL)) {
                if (fy != found)
                    count++;
                found = fy;
                p += length - 1;
                break;
            }
        }
    }
    return count == 1 ? found : 0;
}

/* The tables whose files are money: an unknown column of money in them is
 * not dropped without a word. */
static bool table_is_money(table_id table)
{
    return table_def_get(table)->money_files;
}

static void warn_unknown(const importer *im, int line, size_t column, const char *heading)
{
    char visible[200];
    text_visible(visible, sizeof visible, heading);
    cli_warn("%s:%d:%zu: unknown column '%s' ignored", im->path, line, column + 1, visible);
}

void import_check_unknown(importer *im, const csv_field *fields, size_t count)
{
    if (!table_is_money(im->table))
        return;
    for (size_t c = 0; c < im->ncolumns && c < count; c++) {
        import_column *column = &im->columns[c];
        if (column->kind != COLUMN_UNKNOWN || column->held_money)
            continue;
        char copy[80]; /* money is never longer */
        if (strlen(fields[c].text) >= sizeof copy)
            continue;
        char *text = field_trim(strcpy(copy, fields[c].text));
        money_parsed parsed;
        if (text[0] == '\0' || !money_parse(text, 1, &parsed, NULL) || parsed.value == MONEY_UNKNOWN ||
            parsed.value == 0)
            continue;
        column->held_money = true;
        char heading[200], cell[100];
        text_visible(heading, sizeof heading, im->headings[c]);
        text_visible(cell, sizeof cell, text);
        import_error(
            im, fields[c].line, c + 1,
            "column '%s' holds money (%s) but is not a column of %s: map it with --map '%s=COLUMN' or "
            "leave it out with --ignore '%s'",
            heading, cell, im->def->name, heading, heading);
    }
}

void import_warn_unknown(importer *im)
{
    if (!table_is_money(im->table))
        return;
    size_t unknown = 0;
    for (size_t c = 0; c < im->ncolumns; c++)
        if (im->columns[c].kind == COLUMN_UNKNOWN && !im->columns[c].held_money && ++unknown <= UNKNOWN_SHOWN)
            warn_unknown(im, im->header_line, c, im->headings[c]);
    if (unknown > UNKNOWN_SHOWN)
        cli_warn("%s: ... and %zu more unknown columns ignored", im->path, unknown - UNKNOWN_SHOWN);
}

/* A heading that says its figures are in thousands or millions. */
static const char *unit_in_heading(const char *heading)
{
    if (strstr(heading, "£m") != NULL || strstr(heading, "£M") != NULL || strstr(heading, "(m)") != NULL)
        return "millions";
    if (strstr(heading, "£000") != NULL || strstr(heading, "£'000") != NULL || strstr(heading, "£k") != NULL)
        return "thousands";
    return NULL;
}

/* Work out what each column of the header holds. */
assure_status import_map_header(importer *im, const csv_field *fields, size_t count, assure_error *err)
{
    im->ncolumns = count;
    im->columns = calloc(count > 0 ? count : 1, sizeof *im->columns);
    im->headings = calloc(count > 0 ? count : 1, sizeof *im->headings);
    if (im->columns == NULL || im->headings == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    for (size_t f = 0; f < IMPORT_MAX_FIELDS; f++)
        im->field_column[f] = -1;
    im->printed_column = -1;
    bool map_used[IMPORT_MAX_MAPS] = {false}, ignore_used[IMPORT_MAX_MAPS] = {false};
    size_t unknown = 0; /* headings ignored: the first few are named */
    for (size_t c = 0; c < count; c++) {
        const char *heading = fields[c].text;
        import_column *column = &im->columns[c];
        column->kind = COLUMN_IGNORED;
        im->headings[c] = strdup(heading);
        if (im->headings[c] == NULL)
            return error_set(err, ASSURE_DATA, "out of memory");
        bool ignored = false;
        for (size_t g = 0; g < im->nignores; g++)
            if (map_heading_matches(im->ignores[g], heading))
                ignored = ignore_used[g] = true;
        if (ignored)
            continue; /* left out on purpose */
        const char *target = NULL;
        for (size_t m = 0; m < im->nmaps; m++) {
            if (map_heading_matches(im->maps[m].heading, heading)) {
                target = im->maps[m].column;
                map_used[m] = true;
                break;
            }
        }
        int field = -1, fy = 0;
        bool printed = false; /* a printed percentage: checked row by row, not kept */
        if (target != NULL && im->table == TABLE_DEF_HIGHLIGHTS && strcmp(target, "ref") == 0) {
            if (im->line_ref_column < 0)
                im->line_ref_column = (int)c; /* a tracker's savings line refs */
            continue;
        }
        if (target != NULL) {
            field = table_field_index(im->def, target);
            if (field < 0 && import_printed_name(im->table, target))
                printed = import_printed_column(im, heading, target, c);
            else if (field < 0 && !fy_parse(target, &fy, NULL) && fy_is_later(target))
                fy = FY_LATER;
        } else {
            for (size_t f = 0; f < im->def->nfields && field < 0; f++)
                if (field_heading_matches(&im->def->fields[f], heading))
                    field = (int)f;
            if (field < 0)
                field = tracker_heading_field(im->table, heading);
            if (field < 0 && im->table == TABLE_DEF_SAVINGS) {
                char key[256];
                text_key(key, sizeof key, heading);
                if (strncmp(key, "total", 5) == 0)
                    field = table_field_index(im->def, "total");
                else if (fy_is_later(heading))
                    fy = FY_LATER; /* "Future years", "Post 2025/26": before the year it may name */
                else
                    fy = fy_in_heading(heading);
            }
            bool line_ref = false;
            if (field < 0 && im->table == TABLE_DEF_HIGHLIGHTS)
                field = import_highlights_heading(heading, &line_ref);
            if (line_ref && im->line_ref_column < 0) {
                im->line_ref_column = (int)c;
                continue;
            }
            if (field < 0 && fy == 0)
                printed = import_printed_column(im, heading, NULL, c);
        }
        if (field >= 0) {
            if (im->field_column[field] >= 0) {
                import_error(im, fields[c].line, c + 1, "column '%s' is given twice (also column %d)",
                             im->def->fields[field].name, im->field_column[field] + 1);
                continue;
            }
            column->kind = COLUMN_FIELD;
            column->field = field;
            im->field_column[field] = (int)c;
        } else if (fy != 0) {
            column->kind = COLUMN_FY;
            column->fy = fy;
            im->nfy_columns++;
        } else if (!printed && heading[0] != '\0') {
            /* In a file of money, said once the rows show whether it holds any. */
            column->kind = COLUMN_UNKNOWN;
            if (!table_is_money(im->table) && ++unknown <= UNKNOWN_SHOWN)
                warn_unknown(im, fields[c].line, c, heading);
        }
        const char *unit = unit_in_heading(heading);
        if (unit != NULL && !im->unit_given && (column->kind == COLUMN_FIELD || column->kind == COLUMN_FY)) {
            char visible[200];
            text_visible(visible, sizeof visible, heading);
            cli_warn("%s:%d:%zu: the heading '%s' suggests figures in %s; if so, give --unit %s", im->path,
                     fields[c].line, c + 1, visible, unit, unit);
            im->unit_given = true; /* say it once */
        }
    }
    if (unknown > UNKNOWN_SHOWN)
        cli_warn("%s: ... and %zu more unknown columns ignored", im->path, unknown - UNKNOWN_SHOWN);
    for (size_t m = 0; m < im->nmaps; m++)
        if (!map_used[m])
            cli_warn("%s: --map '%s=%s': no heading '%s' in the file", im->path, im->maps[m].heading,
                     im->maps[m].column, im->maps[m].heading);
    for (size_t g = 0; g < im->nignores; g++)
        if (!ignore_used[g])
            cli_warn("%s: --ignore '%s': no heading '%s' in the file", im->path, im->ignores[g],
                     im->ignores[g]);
    if (im->nerrors > 0)
        return ASSURE_DATA;
    /* Required columns. */
    char missing[512] = "";
    for (size_t f = 0; f < im->def->nfields; f++) {
        const field_def *def = &im->def->fields[f];
        bool required = def->required;
        if (im->table == TABLE_DEF_SAVINGS && im->nfy_columns == 0 &&
            (strcmp(def->name, "fy") == 0 || strcmp(def->name, "target") == 0))
            required = true; /* long form */
        if (im->given[f] != NULL || (im->table == TABLE_DEF_HIGHLIGHTS && f == HIGHLIGHT_FIELD_WORKSTREAM &&
                                     im->line_ref_column >= 0))
            required = false; /* --period, or a tracker's lines' workstreams */
        if (required && im->field_column[f] < 0)
            snprintf(missing + strlen(missing), sizeof missing - strlen(missing), "%s%s",
                     missing[0] ? ", " : "", def->name);
    }
    if (missing[0] != '\0') {
        char expected[512] = "";
        for (size_t f = 0; f < im->def->nfields; f++)
            if (im->def->fields[f].required)
                snprintf(expected + strlen(expected), sizeof expected - strlen(expected), "%s%s",
                         expected[0] ? ", " : "", im->def->fields[f].name);
        if (im->table == TABLE_DEF_SAVINGS)
            return error_set(
                err, ASSURE_DATA,
                "%s:%d: missing column %s; savings needs %s, and either fy and target (one row per "
                "line and FY) or one column per financial year headed like 2024/25",
                im->path, im->header_line, missing, expected);
        return error_set(err, ASSURE_DATA, "%s:%d: missing column %s; %s needs %s%s", im->path,
                         im->header_line, missing, im->def->name, expected,
                         im->table == TABLE_DEF_HIGHLIGHTS
                             ? " (or --period DATE for the period; a tracker's Ref column for the workstream)"
                             : "");
    }
    if (im->table == TABLE_DEF_RISKS) {
        /* scores come in pairs: both columns, or neither (every risk unscored) */
        int likelihood = RISK_FIELD_LIKELIHOOD, impact = RISK_FIELD_IMPACT;
        if ((im->field_column[likelihood] < 0) != (im->field_column[impact] < 0))
            return error_set(err, ASSURE_DATA,
                             "%s:%d: missing column %s; a risk's likelihood and impact come together: give "
                             "both columns, or neither for risks listed without scores",
                             im->path, im->header_line,
                             im->field_column[likelihood] < 0 ? "likelihood" : "impact");
    }
    if (im->table == TABLE_DEF_SAVINGS && im->nfy_columns > 0 && im->field_column[SAVINGS_FIELD_FY] >= 0)
        return error_set(
            err, ASSURE_DATA,
            "%s:%d: both an fy column and columns headed by financial years: use one form or the "
            "other",
            im->path, im->header_line);
    return ASSURE_OK;
}
