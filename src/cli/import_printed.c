/* import_printed.c - percentages a file prints beside the figures they are
 * worked from, checked like declared totals.
 *
 * Kent's staffing table prints "Vacancy % including agency workers" beside
 * each row's establishment, vacancy and agency FTE.  Such a column is not
 * stored: each row's printed figure is checked, to the precision it was
 * printed in, against the percentage worked from the row (55% agrees with
 * anything from 54.5% to 55.5%).  A disagreement is a warning, and is kept in
 * declared_total (in hundredths of a percent) for assure check until the row
 * is imported again.
 */
#include <string.h>

#include "import.h"
#include "staffing.h"
#include "text.h"

/* The measure a kept finding names, by the percentage it is about. */
static const char *measure_name(int printed)
{
    return printed == STAFFING_PRINTED_UNCOVERED ? "uncovered_pct" : "vacancy_pct";
}

bool import_printed_name(table_id table, const char *name)
{
    return table == TABLE_DEF_STAFFING &&
           (strcmp(name, "uncovered_pct") == 0 || strcmp(name, "vacancy_pct") == 0);
}

bool import_printed_column(importer *im, const char *heading, const char *mapped, size_t column)
{
    if (im->table != TABLE_DEF_STAFFING)
        return false;
    staffing_printed which = STAFFING_PRINTED_NONE;
    if (mapped != NULL)
        which = strcmp(mapped, "uncovered_pct") == 0 ? STAFFING_PRINTED_UNCOVERED
                : strcmp(mapped, "vacancy_pct") == 0 ? STAFFING_PRINTED_VACANCY
                                                     : STAFFING_PRINTED_NONE;
    else
        which = staffing_printed_heading(heading);
    if (which == STAFFING_PRINTED_NONE)
        return false;
    if (im->printed_column >= 0) {
        char visible[200];
        text_visible(visible, sizeof visible, heading);
        cli_warn("%s:%d:%zu: a second printed percentage ('%s') is not checked; only column %d's is",
                 im->path, im->header_line, column + 1, visible, im->printed_column + 1);
        return true;
    }
    im->printed_column = (int)column;
    im->printed = (int)which;
    snprintf(im->printed_heading, sizeof im->printed_heading, "%s", heading);
    return true;
}

/* A cell that prints nothing: blank, or a dash or n/a for "not applicable". */
static bool prints_nothing(const char *text)
{
    char key[16];
    text_key(key, sizeof key, text);
    return key[0] == '\0' || strcmp(key, "na") == 0;
}

assure_status import_printed_check(importer *im, const field_value *values, const csv_field *fields,
                                   size_t count, assure_error *err)
{
    if (im->printed_column < 0 || (size_t)im->printed_column >= count || im->nerrors > 0)
        return ASSURE_OK; /* nothing printed, or already failing */
    const csv_field *field = &fields[im->printed_column];
    char *text = field_trim(strcpy(im->scratch + im->scratch_used, field->text));
    im->scratch_used += strlen(field->text) + 1;
    if (prints_nothing(text))
        return ASSURE_OK;
    printed_percent printed;
    const char *why = "";
    if (!printed_percent_parse(text, &printed, &why)) {
        char heading[64];
        snprintf(heading, sizeof heading, "%s", measure_name(im->printed));
        import_cell_error(im, field, (size_t)im->printed_column, heading, text, why);
        return ASSURE_OK;
    }
    staffing_fte row = {values[STAFFING_FIELD_ESTABLISHMENT].number, values[STAFFING_FIELD_VACANCY].number,
                        values[STAFFING_FIELD_AGENCY].number};
    int64_t worked = 0;
    if (staffing_printed_agrees(&row, (staffing_printed)im->printed, printed, &worked))
        return ASSURE_OK;
    char key[512], shown[32], computed[32], off[32];
    import_key_text(im, values, key, sizeof key);
    percent_hundredths_format(shown, sizeof shown, printed.hundredths);
    percent_hundredths_format(computed, sizeof computed, worked);
    int64_t difference =
        worked > printed.hundredths ? worked - printed.hundredths : printed.hundredths - worked;
    percent_hundredths_format(off, sizeof off, difference);
    off[strlen(off) - 1] = '\0'; /* points, not a percentage */
    cli_warn("%s:%d:%d: printed %s %s %s worked out (off by %s points): %s, %s", im->path, im->record_line,
             im->printed_column + 1, shown, cli_utf8() ? "≠" : "!=", computed, off, measure_name(im->printed),
             key);
    im->nprinted_findings++;
    /* the heading as the file prints it names the finding's column */
    const char *label = im->printed_heading[0] != '\0' ? im->printed_heading : measure_name(im->printed);
    declared_total_record record = {key,    label,          0, measure_name(im->printed), printed.hundredths,
                                    worked, im->record_line};
    return store_import_declared_total(im->import, &record, err);
}
