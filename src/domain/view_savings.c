/* view_savings.c - the savings lines as rows, grouped, with subtotals and
 * totals: what the Savings panel shows and `assure report savings` prints. */
#include "view_savings.h"

#include <stdlib.h>
#include <string.h>

#include "kpis.h"

const view_column savings_view_columns[SAVINGS_COLUMN_COUNT] = {SAVINGS_VIEW_COLUMNS(VIEW_COLUMN_ENTRY)};
_Static_assert(sizeof savings_view_columns / sizeof savings_view_columns[0] == SAVINGS_COLUMN_COUNT,
               "a savings column without its registry entry");
_Static_assert(SAVINGS_COLUMN_COUNT <= VIEW_MAX_COLUMNS, "more savings columns than a row holds");

/* What a group's lines sum to. */
typedef struct {
    const char *key; /* NULL by FY */
    int fy;
    savings_figures figures;
    money evidence;
    unsigned bases; /* bit 1 << basis of each line with figures in scope */
    size_t count;   /* lines with figures in scope */
} group_sum;

static void add_known(money *sum, money value)
{
    if (value != MONEY_UNKNOWN)
        *sum = *sum == MONEY_UNKNOWN ? value : money_add(*sum, value);
}

/* evidenced = the benefits a year of the KPIs linked to the line, summed; unknown with none */
static money evidenced(const kpi_set *kpis, const char *ref)
{
    money sum = MONEY_UNKNOWN;
    for (size_t k = 0, v = 0; kpis != NULL && k < kpis->count; k++) {
        size_t first = v;
        while (v < kpis->nvalues && kpis->values[v].kpi == k)
            v++;
        if (strcmp(kpis->kpis[k].saving_ref, ref) != 0)
            continue;
        kpi_status status = kpi_evaluate(&kpis->kpis[k], &kpis->values[first], v - first);
        add_known(&sum, status.benefit);
    }
    return sum;
}

static const char *group_key(const savings_line *line, savings_grouping grouping)
{
    const char *key = "";
    switch (grouping) {
    case SAVINGS_BY_COHORT: key = line->cohort; break;
    case SAVINGS_BY_WORKSTREAM: key = line->workstream; break;
    case SAVINGS_BY_ORIGIN: key = savings_origin_name(line->origin); break;
    case SAVINGS_BY_ALL: key = "all"; break;
    case SAVINGS_BY_FY: break;
    }
    return key != NULL ? key : "";
}

static int compare_keys(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int compare_fys(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static bool in_scope(const savings_view *view, size_t line)
{
    if (view->shown != NULL && !view->shown[line])
        return false;
    return view->fy == 0 || savings_line_has_year(line, view->set->years, view->set->nyears, view->fy);
}

/* A year of a line shown (every line's, without a filter). */
static bool year_shown(const savings_view *view, const savings_year *year)
{
    return view->shown == NULL || view->shown[year->line];
}

/* The figures columns, and the RAG the status gives them. */
static void set_figures(view_row *row, const savings_figures *f, rag rating)
{
    view_set_money(row, SAVINGS_COL_TARGET, f->target);
    view_set_money(row, SAVINGS_COL_STRETCH, f->stretch);
    view_set_money(row, SAVINGS_COL_FORECAST, f->forecast);
    view_set_money(row, SAVINGS_COL_ACTUAL, f->actual);
    view_set_money(row, SAVINGS_COL_GAP, savings_gap(f));
    view_set_decimal(row, SAVINGS_COL_DELIVERY, savings_delivery_pct(f));
    view_set_rag(row, SAVINGS_COL_RAG, rating);
}

/* A line's own cells: what it is, and whether its forecast moved since the snapshot. */
static void set_line(const savings_view *view, view_row *row, const savings_line *line)
{
    view_set_text(row, SAVINGS_COL_REF, line->ref, VIEW_TONE_NORMAL);
    view_set_text(row, SAVINGS_COL_WORKSTREAM, line->workstream, VIEW_TONE_NORMAL);
    view_set_text(row, SAVINGS_COL_COHORT, line->cohort, VIEW_TONE_NORMAL);
    view_set_text(row, SAVINGS_COL_NAME, line->name, VIEW_TONE_NORMAL);
    view_set_text(row, SAVINGS_COL_ORIGIN, savings_origin_name(line->origin),
                  line->origin == ORIGIN_OVERLAP ? VIEW_TONE_DIM : VIEW_TONE_NORMAL);
    view_set_text(row, SAVINGS_COL_STATUS, savings_status_name(line->status),
                  line->status == SAVINGS_SLIPPED || line->status == SAVINGS_AT_RISK ? VIEW_TONE_WARN
                                                                                     : VIEW_TONE_NORMAL);
    view_set_text(row, SAVINGS_COL_OWNER, line->owner, VIEW_TONE_NORMAL);
    view_set_text(row, SAVINGS_COL_KEY_METRIC, line->key_metric, VIEW_TONE_NORMAL);
    view_set_text(row, SAVINGS_COL_BASIS, savings_basis_name(line->basis), VIEW_TONE_NORMAL);
    /* moved later (or out of the profile) outweighs moved earlier */
    money later = 0, earlier = 0;
    for (size_t i = slippage_first(view->moves, view->nmoves, line->ref);
         i < view->nmoves && strcmp(view->moves[i].ref, line->ref) == 0; i++) {
        const forecast_move *m = &view->moves[i];
        if (m->to_fy == 0 || m->to_fy > m->from_fy)
            later = money_add(later, m->amount);
        else
            earlier = money_add(earlier, m->amount);
    }
    view_set_shift(row, SAVINGS_COL_SLIPPED, money_add(later, earlier), later > 0 ? 1 : earlier > 0 ? -1 : 0);
}

/* The groups' keys (or FYs), sorted, in groups; returns how many. */
static size_t find_groups(const savings_view *view, group_sum *groups)
{
    const savings_set *set = view->set;
    size_t n = 0;
    if (view->grouping == SAVINGS_BY_FY) {
        int *fys = malloc((set->nyears + 1) * sizeof *fys);
        if (fys == NULL)
            return 0;
        for (size_t y = 0; y < set->nyears; y++)
            if ((view->fy == 0 || set->years[y].fy == view->fy) && year_shown(view, &set->years[y]))
                fys[n++] = set->years[y].fy;
        qsort(fys, n, sizeof *fys, compare_fys);
        size_t unique = 0;
        for (size_t i = 0; i < n; i++)
            if (unique == 0 || fys[unique - 1] != fys[i])
                fys[unique++] = fys[i];
        for (size_t i = 0; i < unique; i++)
            groups[i] = (group_sum){NULL, fys[i], savings_figures_unknown(), MONEY_UNKNOWN, 0, 0};
        free(fys);
        return unique;
    }
    const char **keys = malloc((set->nlines + 1) * sizeof *keys);
    if (keys == NULL)
        return 0;
    for (size_t l = 0; l < set->nlines; l++)
        if (in_scope(view, l))
            keys[n++] = group_key(&set->lines[l], view->grouping);
    qsort(keys, n, sizeof *keys, compare_keys);
    size_t unique = 0;
    for (size_t i = 0; i < n; i++)
        if (unique == 0 || strcmp(keys[unique - 1], keys[i]) != 0)
            keys[unique++] = keys[i];
    for (size_t i = 0; i < unique; i++)
        groups[i] = (group_sum){keys[i], 0, savings_figures_unknown(), MONEY_UNKNOWN, 0, 0};
    free(keys);
    return unique;
}

/* The index of the line's group among the n sorted groups. */
static size_t group_of(const group_sum *groups, size_t n, const char *key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(groups[mid].key, key);
        if (c == 0)
            return mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

static void add_to_group(group_sum *g, const savings_figures *f, money evidence, const savings_line *line,
                         bool has_figures)
{
    savings_figures_add(&g->figures, f);
    add_known(&g->evidence, evidence);
    if (has_figures) {
        g->bases |= 1u << line->basis;
        g->count++;
    }
}

bool savings_view_rows(const savings_view *view, view_emit emit, void *context)
{
    const savings_set *set = view->set;
    const savings_thresholds thresholds = view->thresholds;
    bool by_fy = view->grouped && view->grouping == SAVINGS_BY_FY;
    group_sum *groups = calloc((by_fy ? set->nyears : set->nlines) + 1, sizeof *groups);
    if (groups == NULL)
        return false;
    size_t ngroups = view->grouped ? find_groups(view, groups) : 0;
    group_sum total = {NULL, 0, savings_figures_unknown(), MONEY_UNKNOWN, 0, 0};
    unsigned total_bases = 0; /* of every line that counts, with figures or not */
    view_row row;
    bool going = true;
    if (by_fy) {
        for (size_t g = 0; g < ngroups && going; g++)
            for (size_t y = 0; y < set->nyears && going; y++) {
                if (set->years[y].fy != groups[g].fy || !year_shown(view, &set->years[y]))
                    continue;
                const savings_line *line = &set->lines[set->years[y].line];
                /* the year's new saving: a cumulative line's step from the year before */
                savings_figures f = savings_year_new(line->basis, set->years, set->nyears, y);
                view_row_start(&row, VIEW_ROW_LINE, (int)g, set->years[y].line);
                set_line(view, &row, line);
                view_set_fy(&row, SAVINGS_COL_FY, groups[g].fy);
                set_figures(&row, &f, savings_rag(line->status, &f, thresholds));
                going = emit(context, &row);
                if (savings_line_counts_in_totals(line)) {
                    add_to_group(&groups[g], &f, MONEY_UNKNOWN, line, true);
                    add_to_group(&total, &f, MONEY_UNKNOWN, line, true);
                    total_bases |= 1u << line->basis;
                }
            }
    } else {
        for (size_t l = 0; l < set->nlines && going; l++) {
            if (!in_scope(view, l))
                continue;
            const savings_line *line = &set->lines[l];
            size_t g = view->grouped ? group_of(groups, ngroups, group_key(line, view->grouping)) : 0;
            savings_figures f = savings_line_value(line, l, set->years, set->nyears, view->fy);
            money evidence = view->kpis != NULL ? evidenced(view->kpis, line->ref) : MONEY_UNKNOWN;
            view_row_start(&row, VIEW_ROW_LINE, (int)g, l);
            set_line(view, &row, line);
            set_figures(&row, &f, savings_rag(line->status, &f, thresholds));
            view_set_money(&row, SAVINGS_COL_EVIDENCED, evidence);
            going = emit(context, &row);
            bool counts = savings_line_counts_in_totals(line);
            bool has_figures = savings_line_has_year(l, set->years, set->nyears, view->fy);
            if (counts) {
                add_to_group(&total, &f, evidence, line, has_figures);
                total_bases |= 1u << line->basis;
            }
            /* by origin, the overlap group shows its lines; pipeline lines are in no group */
            if (view->grouped &&
                (counts || (view->grouping == SAVINGS_BY_ORIGIN && line->status != SAVINGS_PIPELINE)))
                add_to_group(&groups[g], &f, evidence, line, has_figures);
        }
    }
    for (size_t g = 0; g < ngroups && going; g++) {
        view_row_start(&row, VIEW_ROW_SUBTOTAL, (int)g, g);
        row.label = groups[g].key;
        row.count = groups[g].count;
        if (by_fy)
            view_set_fy(&row, SAVINGS_COL_FY, groups[g].fy);
        set_figures(&row, &groups[g].figures, savings_rag(SAVINGS_ON_TRACK, &groups[g].figures, thresholds));
        view_set_money(&row, SAVINGS_COL_EVIDENCED, groups[g].evidence);
        view_set_text(&row, SAVINGS_COL_BASIS, savings_bases_name(groups[g].bases), VIEW_TONE_NORMAL);
        going = emit(context, &row);
    }
    free(groups);
    if (going) {
        view_row_start(&row, VIEW_ROW_TOTAL, 0, 0);
        row.count = total.count;
        set_figures(&row, &total.figures, savings_rag(SAVINGS_ON_TRACK, &total.figures, thresholds));
        view_set_money(&row, SAVINGS_COL_EVIDENCED, total.evidence);
        /* grouped, the bases of the groups' lines; else of every line in the total */
        view_set_text(&row, SAVINGS_COL_BASIS, savings_bases_name(view->grouped ? total.bases : total_bases),
                      VIEW_TONE_NORMAL);
        going = emit(context, &row);
    }
    size_t npipeline = 0;
    savings_figures pipeline = savings_pipeline_figures_of(set->lines, set->nlines, set->years, set->nyears,
                                                           view->fy, view->shown, &npipeline);
    if (going && npipeline > 0) {
        view_row_start(&row, VIEW_ROW_PIPELINE, 0, 0);
        row.count = npipeline;
        set_figures(&row, &pipeline, RAG_PIPELINE);
        going = emit(context, &row);
    }
    return going;
}
