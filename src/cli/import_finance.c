/* import_finance.c - the declared totals of bridge and investment files, and
 * KPI values that must belong to a KPI.
 *
 * A bridge or investment file is read row by row like the other tables;
 * here a row that declares a total ("Revised forecast", "Totals") is
 * recognised before it is parsed as data, and checked, to the precision it
 * was written in, against the rows above it.  A disagreement is a warning
 * and is kept for assure check, as with savings.
 */
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "bridge.h"
#include "import.h"
#include "investment.h"
#include "text.h"
#include "totals.h"

/* The rows read so far, for the totals below them. */
struct import_declared {
    bridge_row *bridge;
    investment_row *posts;
    size_t count, capacity;
    int last_fy; /* a bridge total without an FY is of the row above's */
};

static import_declared *state(importer *im)
{
    if (im->declared == NULL)
        im->declared = calloc(1, sizeof *im->declared);
    return im->declared;
}

void import_declared_free(importer *im)
{
    if (im->declared == NULL)
        return;
    free(im->declared->bridge);
    free(im->declared->posts);
    free(im->declared);
    im->declared = NULL;
}

static const char *cell(const importer *im, const csv_field *fields, size_t count, const char *name)
{
    int f = table_field_index(im->def, name);
    int c = f >= 0 ? im->field_column[f] : -1;
    return c >= 0 && (size_t)c < count ? fields[c].text : "";
}

static int column_of(const importer *im, const char *name)
{
    int f = table_field_index(im->def, name);
    return f >= 0 ? im->field_column[f] + 1 : 0;
}

/* A trimmed copy of text in the record's scratch space. */
static char *trimmed(importer *im, const char *text)
{
    char *copy = strcpy(im->scratch + im->scratch_used, text);
    im->scratch_used += strlen(text) + 1;
    return field_trim(copy);
}

/* A declared money cell: its value and the precision it was written to. */
static bool declared_money(importer *im, int line, const char *name, const char *text, money_parsed *out)
{
    const char *why = "";
    if (!money_parse(text, im->money.unit, out, &why)) {
        char visible[200];
        text_visible(visible, sizeof visible, text);
        import_error(im, line, (size_t)column_of(im, name), "%s \"%s\": %s", name, visible, why);
        return false;
    }
    if (im->money.negate && out->value != MONEY_UNKNOWN)
        out->value = -out->value;
    return true;
}

/* Warn of a declared figure that disagrees, and keep it for assure check. */
static assure_status disagree(importer *im, int line, const char *ref, const char *label, int fy,
                              const char *measure, int64_t declared, int64_t computed, bool fte,
                              assure_error *err)
{
    char d[64], c[64], off[64], visible[200];
    int64_t difference = money_distance(declared, computed);
    if (fte) {
        fte_format(d, sizeof d, declared);
        fte_format(c, sizeof c, computed);
        fte_format(off, sizeof off, difference);
        strcat(d, " FTE");
        strcat(c, " FTE");
        strcat(off, " FTE");
    } else {
        cli_money(d, sizeof d, declared);
        cli_money(c, sizeof c, computed);
        cli_money(off, sizeof off, difference);
    }
    text_visible(visible, sizeof visible, label);
    cli_warn("%s:%d: declared total %s %s sum %s (off by %s): %s, %s", im->path, line, d,
             cli_utf8() ? "≠" : "!=", c, off, visible, measure);
    im->ntotal_findings++;
    declared_total_record record = {ref, label, fy, measure, declared, computed, line};
    return store_import_declared_total(im->import, &record, err);
}

static bool grow(import_declared *d, size_t size_of_row, void **rows)
{
    void *grown = array_grow(*rows, &d->capacity, d->count + 1, size_of_row);
    if (grown == NULL)
        return false;
    *rows = grown;
    return true;
}

/* ---- bridge ---- */

static assure_status bridge_declared_row(importer *im, const csv_field *fields, size_t count, bool *handled,
                                         assure_error *err)
{
    import_declared *d = state(im);
    if (d == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    char *section_text = trimmed(im, cell(im, fields, count, "section"));
    char *name = trimmed(im, cell(im, fields, count, "name"));
    bridge_section section = BRIDGE_BUDGET;
    bridge_declares what = bridge_declared(section_text, name, &section);
    if (what == BRIDGE_DECLARES_NOTHING)
        return ASSURE_OK;
    *handled = true;
    int line = im->record_line;
    const char *label = name[0] != '\0' ? name : section_text;
    char *fy_text = trimmed(im, cell(im, fields, count, "fy"));
    int fy = d->last_fy;
    if (fy_text[0] != '\0' && !fy_parse(fy_text, &fy, NULL)) {
        char visible[200];
        text_visible(visible, sizeof visible, fy_text);
        import_error(im, line, (size_t)column_of(im, "fy"), "fy \"%s\": not a financial year", visible);
        return ASSURE_OK;
    }
    if (fy == 0) {
        import_error(im, line, 0, "a declared figure (%s) with no financial year and no row above it", label);
        return ASSURE_OK;
    }
    money_parsed declared;
    if (!declared_money(im, line, "amount", trimmed(im, cell(im, fields, count, "amount")), &declared) ||
        declared.value == MONEY_UNKNOWN || im->nerrors > 0)
        return ASSURE_OK; /* nothing declared, or already failing */
    bridge_year *years = calloc(d->count + 1, sizeof *years);
    if (years == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    size_t n = bridge_years(d->bridge, d->count, years);
    money computed = MONEY_UNKNOWN;
    for (size_t y = 0; y < n; y++) {
        if (years[y].fy != fy)
            continue;
        switch (what) {
        case BRIDGE_DECLARES_SECTION: computed = years[y].sections[section]; break;
        case BRIDGE_DECLARES_FORECAST: computed = years[y].forecast; break;
        case BRIDGE_DECLARES_VARIANCE: computed = years[y].variance; break;
        case BRIDGE_DECLARES_REVISED: computed = years[y].revised_variance; break;
        case BRIDGE_DECLARES_NOTHING: break;
        }
    }
    free(years);
    if (computed == MONEY_UNKNOWN)
        computed = 0; /* nothing above it for that year */
    if (money_agrees(declared.value, declared.resolution, computed))
        return ASSURE_OK;
    return disagree(im, line, "", label, fy, bridge_declares_name(what, section), declared.value, computed,
                    false, err);
}

static assure_status bridge_add(importer *im, const field_value *values, assure_error *err)
{
    import_declared *d = state(im);
    if (d == NULL || !grow(d, sizeof *d->bridge, (void **)&d->bridge))
        return error_set(err, ASSURE_DATA, "out of memory");
    int fy = (int)values[BRIDGE_FIELD_FY].number;
    bool seen = false;
    for (size_t i = 0; i < d->count && !seen; i++)
        seen = d->bridge[i].fy == fy;
    if (!seen && im->nerrors == 0) {
        assure_status status = store_import_clear_year_findings(im->import, fy, err);
        if (status != ASSURE_OK)
            return status;
    }
    bridge_row *row = &d->bridge[d->count++];
    row->fy = fy;
    row->section = (bridge_section)values[BRIDGE_FIELD_SECTION].number;
    row->name = "";
    row->amount = values[BRIDGE_FIELD_AMOUNT].number;
    d->last_fy = row->fy;
    return ASSURE_OK;
}

/* ---- investment ---- */

/* The kind a total's label names ("Posts total"), or -1 for every row. */
static int kind_named(const char *label)
{
    char key[256];
    text_key(key, sizeof key, label);
    static const char *const words[INVESTMENT_KIND_COUNT] = {"post", "fee", "other"};
    for (int k = 0; k < INVESTMENT_KIND_COUNT; k++)
        if (strstr(key, words[k]) != NULL)
            return k;
    return -1;
}

/* FTE as written, and to what precision: "14.4" is 1440 hundredths, give or take 5. */
static bool declared_fte(importer *im, int line, const char *text, int64_t *value, int64_t *resolution)
{
    const char *why = "";
    if (!fte_parse(text, false, value, &why)) {
        char visible[200];
        text_visible(visible, sizeof visible, text);
        import_error(im, line, (size_t)column_of(im, "fte"), "fte \"%s\": %s", visible, why);
        return false;
    }
    const char *point = strchr(text, '.');
    size_t places = point != NULL ? strspn(point + 1, "0123456789") : 0;
    *resolution = places == 0 ? 100 : places == 1 ? 10 : 1;
    return true;
}

static assure_status investment_declared_row(importer *im, const csv_field *fields, size_t count,
                                             bool *handled, assure_error *err)
{
    import_declared *d = state(im);
    if (d == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    char *ref = trimmed(im, cell(im, fields, count, "ref"));
    if (ref[0] != '\0')
        return ASSURE_OK;
    const char *label = trimmed(im, cell(im, fields, count, "name"));
    for (size_t c = 0; label[0] == '\0' && c < count; c++)
        if (fields[c].text[strspn(fields[c].text, " \t")] != '\0')
            label = trimmed(im, fields[c].text); /* the first cell that says anything */
    if (!totals_label_is_total(label))
        return ASSURE_OK;
    *handled = true;
    int line = im->record_line;
    int kind = kind_named(label);
    investment_row *covered = calloc(d->count + 1, sizeof *covered);
    if (covered == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    size_t n = 0;
    for (size_t i = 0; i < d->count; i++)
        if (kind < 0 || (int)d->posts[i].kind == kind)
            covered[n++] = d->posts[i];
    investment_totals sums = investment_total(covered, n);
    free(covered);
    assure_status status = ASSURE_OK;
    const char *fte_text = trimmed(im, cell(im, fields, count, "fte"));
    int64_t fte, resolution;
    if (fte_text[0] != '\0' && declared_fte(im, line, fte_text, &fte, &resolution) && im->nerrors == 0 &&
        !money_agrees(fte, resolution, sums.fte))
        status = disagree(im, line, "", label, 0, "fte", fte, sums.fte, true, err);
    money one_off = 0;
    for (size_t i = 0; i < d->count; i++)
        if ((kind < 0 || (int)d->posts[i].kind == kind) && d->posts[i].one_off != MONEY_UNKNOWN)
            one_off = money_add(one_off, d->posts[i].one_off);
    static const char *const money_columns[] = {"cost_pa", "one_off", "total"};
    const money computed[] = {sums.cost_pa, one_off, sums.total};
    for (size_t m = 0; m < 3 && status == ASSURE_OK; m++) {
        money_parsed declared;
        if (declared_money(im, line, money_columns[m], trimmed(im, cell(im, fields, count, money_columns[m])),
                           &declared) &&
            declared.value != MONEY_UNKNOWN && im->nerrors == 0 &&
            !money_agrees(declared.value, declared.resolution, computed[m]))
            status =
                disagree(im, line, "", label, 0, money_columns[m], declared.value, computed[m], false, err);
    }
    return status;
}

static assure_status investment_add(importer *im, const field_value *values, const csv_field *fields,
                                    size_t count, assure_error *err)
{
    import_declared *d = state(im);
    if (d == NULL || !grow(d, sizeof *d->posts, (void **)&d->posts))
        return error_set(err, ASSURE_DATA, "out of memory");
    investment_row *row = &d->posts[d->count++];
    memset(row, 0, sizeof *row);
    row->kind = (investment_kind)values[INVESTMENT_FIELD_KIND].number;
    row->fte = values[INVESTMENT_FIELD_FTE].blank ? 0 : values[INVESTMENT_FIELD_FTE].number;
    row->cost_pa =
        values[INVESTMENT_FIELD_COST_PA].blank ? MONEY_UNKNOWN : values[INVESTMENT_FIELD_COST_PA].number;
    row->years = values[INVESTMENT_FIELD_YEARS].number;
    row->one_off =
        values[INVESTMENT_FIELD_ONE_OFF].blank ? MONEY_UNKNOWN : values[INVESTMENT_FIELD_ONE_OFF].number;
    if (values[INVESTMENT_FIELD_TOTAL].blank || im->nerrors > 0)
        return ASSURE_OK;
    /* The row's own total column: cost a year x years + one-off. */
    money_parsed declared;
    if (!declared_money(im, im->record_line, "total", trimmed(im, cell(im, fields, count, "total")),
                        &declared))
        return ASSURE_OK;
    money computed = investment_cost(row);
    if (computed == MONEY_UNKNOWN)
        computed = 0;
    if (money_agrees(declared.value, declared.resolution, computed))
        return ASSURE_OK;
    return disagree(im, im->record_line, values[INVESTMENT_FIELD_REF].text,
                    values[INVESTMENT_FIELD_NAME].text, 0, "total", declared.value, computed, false, err);
}

/* ---- the hooks import_rows calls ---- */

assure_status import_declared_row(importer *im, const csv_field *fields, size_t count, bool *handled,
                                  assure_error *err)
{
    *handled = false;
    if (im->table == TABLE_DEF_BRIDGE)
        return bridge_declared_row(im, fields, count, handled, err);
    if (im->table == TABLE_DEF_INVESTMENT)
        return investment_declared_row(im, fields, count, handled, err);
    return ASSURE_OK;
}

assure_status import_declared_add(importer *im, const field_value *values, const csv_field *fields,
                                  size_t count, assure_error *err)
{
    if (im->table == TABLE_DEF_BRIDGE)
        return bridge_add(im, values, err);
    if (im->table == TABLE_DEF_INVESTMENT)
        return investment_add(im, values, fields, count, err);
    return ASSURE_OK;
}

bool import_reference_known(importer *im, const field_value *values, assure_error *err, assure_status *status)
{
    *status = ASSURE_OK;
    if (im->table != TABLE_DEF_KPI_VALUES)
        return true;
    bool found = false;
    *status = store_import_row_exists(im->import, TABLE_DEF_KPIS, values, &found, err);
    return *status != ASSURE_OK || found;
}
