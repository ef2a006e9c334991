/* savings.c - savings indicators: gap, delivery %, BRAG, totals by group. */
#include "savings.h"

#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "text.h"

static const char *const status_names[SAVINGS_STATUS_COUNT] = {
    "planned", "on_track", "at_risk", "slipped", "delivered", "dropped", "pipeline",
};

/* Spellings seen in trackers, by their text_key. */
static const struct {
    const char *key;
    savings_status status;
} status_synonyms[] = {
    {"planned", SAVINGS_PLANNED},
    {"notstarted", SAVINGS_PLANNED},
    {"ontrack", SAVINGS_ON_TRACK},
    {"inprogress", SAVINGS_ON_TRACK},
    {"atrisk", SAVINGS_AT_RISK},
    {"slipped", SAVINGS_SLIPPED},
    {"delayed", SAVINGS_SLIPPED},
    {"delivered", SAVINGS_DELIVERED},
    {"complete", SAVINGS_DELIVERED},
    {"completed", SAVINGS_DELIVERED},
    {"achieved", SAVINGS_DELIVERED},
    {"dropped", SAVINGS_DROPPED},
    {"withdrawn", SAVINGS_DROPPED},
    {"cancelled", SAVINGS_DROPPED},
    /* identified, not yet validated: seed 000's "requires further exploration" */
    {"pipeline", SAVINGS_PIPELINE},
    {"opportunity", SAVINGS_PIPELINE},
    {"tobeexplored", SAVINGS_PIPELINE},
    {"unvalidated", SAVINGS_PIPELINE},
    {"notvalidated", SAVINGS_PIPELINE},
    {"requiresfurtherexploration", SAVINGS_PIPELINE},
};

static const char *const origin_names[SAVINGS_ORIGIN_COUNT] = {"existing", "partner", "overlap"};
static const char *const basis_names[SAVINGS_BASIS_COUNT] = {"incremental", "cumulative"};
static const char *const row_kind_names[SAVINGS_ROW_KIND_COUNT] = {"saving", "cost", "net"};

const char *savings_status_name(savings_status status)
{
    return (unsigned)status < SAVINGS_STATUS_COUNT ? status_names[status] : "";
}

bool savings_status_parse(const char *text, savings_status *out)
{
    char key[64];
    text_key(key, sizeof key, text);
    for (size_t i = 0; i < sizeof status_synonyms / sizeof status_synonyms[0]; i++) {
        if (strcmp(key, status_synonyms[i].key) == 0) {
            *out = status_synonyms[i].status;
            return true;
        }
    }
    return false;
}

const char *savings_origin_name(savings_origin origin)
{
    return (unsigned)origin < SAVINGS_ORIGIN_COUNT ? origin_names[origin] : "";
}

bool savings_origin_parse(const char *text, savings_origin *out)
{
    for (int i = 0; i < SAVINGS_ORIGIN_COUNT; i++) {
        if (text_same_key(text, origin_names[i])) {
            *out = (savings_origin)i;
            return true;
        }
    }
    return false;
}

const char *savings_basis_name(savings_basis basis)
{
    return (unsigned)basis < SAVINGS_BASIS_COUNT ? basis_names[basis] : "";
}

bool savings_basis_parse(const char *text, savings_basis *out)
{
    for (int i = 0; i < SAVINGS_BASIS_COUNT; i++) {
        if (text_same_key(text, basis_names[i])) {
            *out = (savings_basis)i;
            return true;
        }
    }
    return false;
}

const char *savings_bases_name(unsigned bases)
{
    switch (bases) {
    case 1u << BASIS_INCREMENTAL: return basis_names[BASIS_INCREMENTAL];
    case 1u << BASIS_CUMULATIVE: return basis_names[BASIS_CUMULATIVE];
    case 0: return "";
    default: return "mixed";
    }
}

const char *savings_row_kind_name(savings_row_kind kind)
{
    return (unsigned)kind < SAVINGS_ROW_KIND_COUNT ? row_kind_names[kind] : "";
}

bool savings_row_kind_parse(const char *text, savings_row_kind *out)
{
    static const struct {
        const char *key;
        savings_row_kind kind;
    } synonyms[] = {
        {"saving", ROW_SAVING},   {"savings", ROW_SAVING}, {"gross", ROW_SAVING}, {"line", ROW_SAVING},
        {"cost", ROW_COST},       {"costs", ROW_COST},     {"net", ROW_NET},      {"netsavings", ROW_NET},
        {"investment", ROW_COST}, {"resources", ROW_COST},
    };
    char key[64];
    text_key(key, sizeof key, text);
    for (size_t i = 0; i < sizeof synonyms / sizeof synonyms[0]; i++) {
        if (strcmp(key, synonyms[i].key) == 0) {
            *out = synonyms[i].kind;
            return true;
        }
    }
    return false;
}

bool savings_grouping_parse(const char *text, savings_grouping *out)
{
    static const char *const names[] = {"cohort", "workstream", "fy", "origin", "all"};
    for (int i = 0; i < 5; i++) {
        if (strcmp(text, names[i]) == 0) {
            *out = (savings_grouping)i;
            return true;
        }
    }
    return false;
}

savings_figures savings_figures_unknown(void)
{
    savings_figures f = {MONEY_UNKNOWN, MONEY_UNKNOWN, MONEY_UNKNOWN, MONEY_UNKNOWN};
    return f;
}

static void add_money(money *sum, money add)
{
    if (add == MONEY_UNKNOWN)
        return;
    *sum = *sum == MONEY_UNKNOWN ? add : money_add(*sum, add);
}

void savings_figures_add(savings_figures *sum, const savings_figures *add)
{
    add_money(&sum->target, add->target);
    add_money(&sum->stretch, add->stretch);
    add_money(&sum->forecast, add->forecast);
    add_money(&sum->actual, add->actual);
}

/* gap = target - forecast */
money savings_gap(const savings_figures *figures)
{
    if (figures->target == MONEY_UNKNOWN)
        return MONEY_UNKNOWN;
    return figures->target - (figures->forecast == MONEY_UNKNOWN ? 0 : figures->forecast);
}

/* delivery % = forecast / target x 100 */
decimal savings_delivery_pct(const savings_figures *figures)
{
    if (figures->target == MONEY_UNKNOWN || figures->forecast == MONEY_UNKNOWN)
        return decimal_none();
    return percent_of(figures->forecast, figures->target);
}

/* rag = blue if delivered, grey if dropped, pipeline if pipeline, else delivery % against green_at / amber_at
 */
rag savings_rag(savings_status status, const savings_figures *figures, savings_thresholds thresholds)
{
    if (status == SAVINGS_DELIVERED)
        return RAG_BLUE;
    if (status == SAVINGS_DROPPED)
        return RAG_GREY;
    if (status == SAVINGS_PIPELINE)
        return RAG_PIPELINE;
    decimal delivery = savings_delivery_pct(figures);
    if (!delivery.defined)
        return RAG_NONE;
    if (delivery.units >= (int64_t)thresholds.green_at * 10)
        return RAG_GREEN;
    if (delivery.units >= (int64_t)thresholds.amber_at * 10)
        return RAG_AMBER;
    return RAG_RED;
}

bool savings_counts_in_totals(savings_origin origin)
{
    return origin != ORIGIN_OVERLAP;
}

bool savings_line_counts_in_totals(const savings_line *line)
{
    return savings_counts_in_totals(line->origin) && line->status != SAVINGS_PIPELINE;
}

/* Years come by line: the line's first, found by halving, so that a line's
 * figures cost its own years, not the programme's. */
static size_t first_year_of(size_t line, const savings_year *years, size_t nyears)
{
    size_t lo = 0, hi = nyears;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (years[mid].line < line)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

bool savings_line_has_year(size_t line, const savings_year *years, size_t nyears, int fy)
{
    for (size_t i = first_year_of(line, years, nyears); i < nyears && years[i].line == line; i++)
        if (fy == 0 || years[i].fy == fy)
            return true;
    return false;
}

savings_figures savings_line_figures(size_t line, const savings_year *years, size_t nyears, int fy)
{
    savings_figures sum = savings_figures_unknown();
    for (size_t i = first_year_of(line, years, nyears); i < nyears && years[i].line == line; i++)
        if (fy == 0 || years[i].fy == fy)
            savings_figures_add(&sum, &years[i].figures);
    return sum;
}

/* The four figures by number: 0 target, 1 stretch, 2 forecast, 3 actual. */
static money *figure_of(savings_figures *f, int measure)
{
    money *figures[4] = {&f->target, &f->stretch, &f->forecast, &f->actual};
    return figures[measure];
}

/* new saving = the figure (incremental); the figure less the line's latest earlier one (cumulative) */
savings_figures savings_year_new(savings_basis basis, const savings_year *years, size_t nyears, size_t i)
{
    savings_figures f = years[i].figures;
    if (basis != BASIS_CUMULATIVE || i >= nyears)
        return f;
    for (int m = 0; m < 4; m++) {
        money *value = figure_of(&f, m);
        if (*value == MONEY_UNKNOWN)
            continue;
        for (size_t j = i; j > 0 && years[j - 1].line == years[i].line; j--) {
            savings_figures earlier = years[j - 1].figures;
            money before = *figure_of(&earlier, m);
            if (before != MONEY_UNKNOWN) {
                *value = money_add(*value, -before);
                break;
            }
        }
    }
    return f;
}

/* value = the line's new savings summed: incremental, its years; cumulative, its last year */
savings_figures savings_line_value(const savings_line *line, size_t index, const savings_year *years,
                                   size_t nyears, int fy)
{
    savings_figures sum = savings_figures_unknown();
    for (size_t i = first_year_of(index, years, nyears); i < nyears && years[i].line == index; i++) {
        if (fy != 0 && years[i].fy != fy)
            continue;
        savings_figures f = savings_year_new(line->basis, years, nyears, i);
        savings_figures_add(&sum, &f);
    }
    return sum;
}

static const char *group_key(const savings_line *line, savings_grouping grouping)
{
    switch (grouping) {
    case SAVINGS_BY_COHORT: return line->cohort != NULL ? line->cohort : "";
    case SAVINGS_BY_WORKSTREAM: return line->workstream != NULL ? line->workstream : "";
    case SAVINGS_BY_ORIGIN: return savings_origin_name(line->origin);
    case SAVINGS_BY_ALL: return "all";
    case SAVINGS_BY_FY: break;
    }
    return NULL;
}

static int compare_groups(const void *a, const void *b)
{
    const savings_group *x = a, *y = b;
    if (x->key == NULL || y->key == NULL)
        return (x->fy > y->fy) - (x->fy < y->fy);
    return strcmp(x->key, y->key);
}

size_t savings_group_totals(const savings_line *lines, size_t nlines, const savings_year *years,
                            size_t nyears, savings_grouping grouping, int fy, savings_group *out)
{
    size_t ngroups = 0;
    /* The group (plus one) each line last joined: a line belongs to one group,
     * or in FY grouping has one year per group, so this counts it once. */
    size_t *last_group = calloc(nlines > 0 ? nlines : 1, sizeof *last_group);
    for (size_t i = 0; i < nyears; i++) {
        const savings_year *year = &years[i];
        if (year->line >= nlines || (fy != 0 && year->fy != fy))
            continue;
        const savings_line *line = &lines[year->line];
        if (line->status == SAVINGS_PIPELINE ||
            (grouping != SAVINGS_BY_ORIGIN && !savings_counts_in_totals(line->origin)))
            continue;
        const char *key = group_key(line, grouping);
        size_t g = 0;
        while (g < ngroups && !(key != NULL ? strcmp(out[g].key, key) == 0 : out[g].fy == year->fy))
            g++;
        if (g == ngroups) {
            out[g].key = key;
            out[g].fy = key == NULL ? year->fy : 0;
            out[g].lines = 0;
            out[g].figures = savings_figures_unknown();
            out[g].bases = 0;
            ngroups++;
        }
        savings_figures new_savings = savings_year_new(line->basis, years, nyears, i);
        savings_figures_add(&out[g].figures, &new_savings);
        out[g].bases |= 1u << line->basis;
        if (last_group != NULL && last_group[year->line] != g + 1) {
            out[g].lines++;
            last_group[year->line] = g + 1;
        }
    }
    free(last_group);
    qsort(out, ngroups, sizeof *out, compare_groups);
    return ngroups;
}

/* pipeline = the pipeline lines' figures (overlap counted once), summed */
savings_figures savings_pipeline_figures(const savings_line *lines, size_t nlines, const savings_year *years,
                                         size_t nyears, int fy, size_t *count)
{
    return savings_pipeline_figures_of(lines, nlines, years, nyears, fy, NULL, count);
}

savings_figures savings_pipeline_figures_of(const savings_line *lines, size_t nlines, const savings_year *years,
                                            size_t nyears, int fy, const bool *shown, size_t *count)
{
    savings_figures sum = savings_figures_unknown();
    size_t n = 0;
    for (size_t l = 0; l < nlines; l++) {
        if ((shown != NULL && !shown[l]) || lines[l].status != SAVINGS_PIPELINE || !savings_counts_in_totals(lines[l].origin) ||
            (fy != 0 && !savings_line_has_year(l, years, nyears, fy)))
            continue;
        savings_figures f = savings_line_value(&lines[l], l, years, nyears, fy); /* as its basis reads */
        savings_figures_add(&sum, &f);
        n++;
    }
    if (count != NULL)
        *count = n;
    return sum;
}

bool savings_counts_in_run_rate(const savings_line *line)
{
    return savings_line_counts_in_totals(line) && line->status != SAVINGS_DROPPED;
}

bool savings_figures_any(const savings_figures *f)
{
    return f->target != MONEY_UNKNOWN || f->stretch != MONEY_UNKNOWN || f->forecast != MONEY_UNKNOWN ||
           f->actual != MONEY_UNKNOWN;
}

/* final year = final_fy when set, else the last named FY a counted line has a figure for */
int savings_final_fy(const savings_line *lines, size_t nlines, const savings_year *years, size_t nyears,
                     int final_fy)
{
    if (final_fy != 0)
        return final_fy;
    int last = 0;
    for (size_t i = 0; i < nyears; i++)
        if (years[i].fy > last && years[i].fy != FY_LATER && years[i].line < nlines &&
            savings_counts_in_run_rate(&lines[years[i].line]) && savings_figures_any(&years[i].figures))
            last = years[i].fy;
    return last;
}

/* A line's run rate in year: its figures that year (incremental); each
 * figure that year or its latest before (cumulative).  *any: it has some. */
static savings_figures line_run_rate(const savings_line *line, size_t index, const savings_year *years,
                                     size_t nyears, int year, bool *any)
{
    savings_figures reached = savings_figures_unknown();
    *any = false;
    for (size_t i = first_year_of(index, years, nyears); i < nyears && years[i].line == index; i++) {
        const savings_year *y = &years[i];
        if (!savings_figures_any(&y->figures) || y->fy > year ||
            (y->fy != year && line->basis != BASIS_CUMULATIVE))
            continue;
        savings_figures f = y->figures;
        for (int m = 0; m < 4; m++)
            if (*figure_of(&f, m) != MONEY_UNKNOWN)
                *figure_of(&reached, m) = *figure_of(&f, m);
        *any = true;
    }
    return reached;
}

/* run rate = the counted lines' forecast in the final year (a cumulative line's as reached by then), a blank
 * forecast adding nothing */
savings_figures savings_run_rate(const savings_line *lines, size_t nlines, const savings_year *years,
                                 size_t nyears, int final_fy, const char *ref, int *fy)
{
    int year = savings_final_fy(lines, nlines, years, nyears, final_fy);
    if (fy != NULL)
        *fy = year;
    size_t only = nlines; /* every line */
    if (ref != NULL) {
        for (only = 0; only < nlines && strcmp(lines[only].ref, ref) != 0; only++)
            continue;
        if (only == nlines)
            return savings_figures_unknown();
    }
    savings_figures sum = savings_figures_unknown();
    bool any = false;
    for (size_t l = 0; l < nlines && year != 0; l++) {
        bool has = false;
        if ((ref != NULL && l != only) || !savings_counts_in_run_rate(&lines[l]))
            continue;
        savings_figures f = line_run_rate(&lines[l], l, years, nyears, year, &has);
        if (!has)
            continue;
        savings_figures_add(&sum, &f);
        any = true;
    }
    if (any && sum.forecast == MONEY_UNKNOWN)
        sum.forecast = 0;
    return sum;
}
