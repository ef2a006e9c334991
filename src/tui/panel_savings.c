/* panel_savings.c - the savings lines, grouped as asked with subtotals, and
 * the profile by FY of the selected line or group. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_internal.h"

enum {
    F_REF,
    F_WORKSTREAM,
    F_COHORT,
    F_NAME,
    F_ORIGIN,
    F_STATUS,
    F_OWNER,
    F_KEY_METRIC,
    F_FY,
    F_TARGET,
    F_STRETCH,
    F_FORECAST,
    F_ACTUAL,
    F_GAP,
    F_DELIVERY,
    F_RAG,
    F_EVIDENCED,
    F_BASIS,
    F_SLIPPED,
    F_COUNT
};

/* clang-format off */
static const field_spec fields[F_COUNT] = {
    {"ref", "Ref", "the line's reference", false},
    {"workstream", "Workstream", "the workstream the line belongs to", false},
    {"cohort", "Cohort", "Older Adults, Working Age, All Adults ...", false},
    {"name", "Name", "what the saving is", false},
    {"origin", "Origin", "existing, partner, or overlap (already counted in a partner line, so left out of totals)", false},
    {"status", "Status", "pipeline (identified, not yet validated: in no total), planned, on_track, at_risk, slipped, delivered or dropped", false},
    {"owner", "Owner", "who answers for the line", false},
    {"key_metric", "Key metric", "the operational measure that evidences it", false},
    {"fy", "FY", "the financial year (when grouped by FY)", false},
    {"target", "Target", "savings target, all years (or the FY shown)", true},
    {"stretch", "Stretch", "stretch target", true},
    {"forecast", "Forecast", "forecast savings", true},
    {"actual", "Actual", "savings delivered so far", true},
    {"gap", "Gap", "target - forecast (a forecast not made counts as nothing)", true},
    {"delivery", "Deliv%", "forecast as % of target", true},
    {"rag", "RAG", "GREEN at [savings] green_at % of target or more, AMBER at amber_at %, RED below; BLUE delivered; GREY dropped; PIPELINE not yet validated, in no total", false},
    {"evidenced", "KPI/yr", "the benefit a year the line's KPIs evidence (improvement x unit value), to set beside its forecast (i: the KPIs)", true},
    {"basis", "Basis", "incremental: each year's figure is a new saving; cumulative: the run rate reached that year, so the line is worth its last year and a year's new saving is the step from the year before", false},
    {"slipped", ">", "marked when the line's forecast moved between years since the snapshot compared with: to a later year or out of the profile, or brought forward (the marks are under Colours and marks; Enter lists the moves)", false},
};
/* clang-format on */

enum { BY_NONE, BY_COHORT, BY_WORKSTREAM, BY_FY, BY_ORIGIN, GROUPINGS };
static const char *const grouping_names[GROUPINGS] = {"", "cohort", "workstream", "FY", "origin"};

static void set_money(table *t, int field, money value)
{
    char text[32];
    screen_money(text, sizeof text, value);
    table_set(t, (size_t)field, text, value == MONEY_UNKNOWN ? INT64_MIN : value, true, E_NORMAL);
}

static void set_figures(table *t, const savings_figures *f, rag r)
{
    set_money(t, F_TARGET, f->target);
    set_money(t, F_STRETCH, f->stretch);
    set_money(t, F_FORECAST, f->forecast);
    set_money(t, F_ACTUAL, f->actual);
    set_money(t, F_GAP, savings_gap(f));
    decimal d = savings_delivery_pct(f);
    char text[32] = "";
    if (d.defined) {
        decimal_format(text, sizeof text, d);
        strcat(text, "%");
    }
    table_set(t, F_DELIVERY, text, d.defined ? d.units : INT64_MIN, true, E_NORMAL);
    table_set(t, F_RAG, rag_word(r), rag_severity(r), true, element_for_rag(r));
}

static void set_line(table *t, const savings_line *line)
{
    table_set(t, F_REF, line->ref, 0, false, E_NORMAL);
    table_set(t, F_WORKSTREAM, line->workstream, 0, false, E_NORMAL);
    table_set(t, F_COHORT, line->cohort, 0, false, E_NORMAL);
    table_set(t, F_NAME, line->name, 0, false, E_NORMAL);
    table_set(t, F_ORIGIN, savings_origin_name(line->origin), 0, false,
              line->origin == ORIGIN_OVERLAP ? E_DIM : E_NORMAL);
    table_set(t, F_STATUS, savings_status_name(line->status), 0, false,
              line->status == SAVINGS_SLIPPED || line->status == SAVINGS_AT_RISK ? E_AMBER : E_NORMAL);
    table_set(t, F_OWNER, line->owner, 0, false, E_NORMAL);
    table_set(t, F_KEY_METRIC, line->key_metric, 0, false, E_NORMAL);
    table_set(t, F_BASIS, savings_basis_name(line->basis), line->basis, false, E_NORMAL);
}

/* The line's mark for forecast moved since the snapshot: later (slipped, or
 * slipped out) before earlier; sorted by the money moved. */
static void set_slipped(table *t, const tui_state *s, const savings_line *line)
{
    const tui_data *d = &s->data;
    money later = 0, earlier = 0;
    for (size_t i = slippage_first(d->moves, d->nmoves, line->ref);
         i < d->nmoves && strcmp(d->moves[i].ref, line->ref) == 0; i++) {
        if (d->moves[i].to_fy == 0 || d->moves[i].to_fy > d->moves[i].from_fy)
            later = money_add(later, d->moves[i].amount);
        else
            earlier = money_add(earlier, d->moves[i].amount);
    }
    const char *mark = later > 0 ? s->theme.later : earlier > 0 ? s->theme.earlier : "";
    table_set(t, F_SLIPPED, mark, money_add(later, earlier), false, later > 0 ? E_AMBER : E_NORMAL);
}

static const char *group_key(const savings_line *line, int grouping)
{
    switch (grouping) {
    case BY_COHORT: return line->cohort;
    case BY_WORKSTREAM: return line->workstream;
    case BY_ORIGIN: return savings_origin_name(line->origin);
    default: return "";
    }
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The benefit a year the KPIs linked to a line evidence; MONEY_UNKNOWN with none. */
static money evidenced(const tui_data *d, const char *ref)
{
    money sum = MONEY_UNKNOWN;
    for (size_t k = 0, v = 0; k < d->kpis.count; k++) {
        size_t first = v;
        while (v < d->kpis.nvalues && d->kpis.values[v].kpi == k)
            v++;
        if (strcmp(d->kpis.kpis[k].saving_ref, ref) != 0)
            continue;
        kpi_status st = kpi_evaluate(&d->kpis.kpis[k], &d->kpis.values[first], v - first);
        if (st.benefit != MONEY_UNKNOWN)
            sum = sum == MONEY_UNKNOWN ? st.benefit : money_add(sum, st.benefit);
    }
    return sum;
}

static money add_known(money sum, money value)
{
    if (value == MONEY_UNKNOWN)
        return sum;
    return sum == MONEY_UNKNOWN ? value : money_add(sum, value);
}

static void build(panel *p, tui_state *s)
{
    const savings_set *set = &s->data.savings;
    savings_thresholds thresholds = s->cfg->savings;
    table *t = &p->table;
    table_clear(t);
    savings_figures total = savings_figures_unknown();
    money total_evidence = MONEY_UNKNOWN; /* by line, not by FY: left blank when grouped by FY */
    if (p->grouping == BY_FY) {
        /* One row per line and FY; a subtotal per FY. */
        int *fys = malloc((set->nyears + 1) * sizeof *fys); /* a year per profile row at most */
        size_t nfys = 0;
        for (size_t y = 0; y < set->nyears; y++) {
            bool seen = false;
            for (size_t i = 0; i < nfys; i++)
                seen = seen || fys[i] == set->years[y].fy;
            if (!seen && fys != NULL)
                fys[nfys++] = set->years[y].fy;
        }
        for (size_t i = 1; i < nfys; i++) /* a handful of years: insertion sort */
            for (size_t j = i; j > 0 && fys[j - 1] > fys[j]; j--) {
                int swap = fys[j];
                fys[j] = fys[j - 1];
                fys[j - 1] = swap;
            }
        for (size_t g = 0; g < nfys; g++) {
            char fy[16];
            fy_format(fy, sizeof fy, fys[g]);
            savings_figures sub = savings_figures_unknown();
            for (size_t y = 0; y < set->nyears; y++) {
                if (set->years[y].fy != fys[g])
                    continue;
                const savings_line *line = &set->lines[set->years[y].line];
                /* the year's new saving: a cumulative line's step from the year before */
                savings_figures f = savings_year_new(line->basis, set->years, set->nyears, y);
                table_add(t, ROW_LINE, (int)g, set->years[y].line);
                set_line(t, line);
                set_slipped(t, s, line);
                table_set(t, F_FY, fy, fys[g], true, E_NORMAL);
                set_figures(t, &f, savings_rag(line->status, &f, thresholds));
                if (savings_line_counts_in_totals(line))
                    savings_figures_add(&sub, &f);
            }
            table_add(t, ROW_SUBTOTAL, (int)g, g);
            char label[48];
            snprintf(label, sizeof label, "%s subtotal", fy);
            table_set(t, F_NAME, label, 0, false, E_NORMAL);
            table_set(t, F_FY, fy, fys[g], true, E_NORMAL);
            set_figures(t, &sub, savings_rag(SAVINGS_ON_TRACK, &sub, thresholds));
            savings_figures_add(&total, &sub);
        }
        free(fys);
    } else {
        /* Groups by name, in order; lines within them. */
        const char **keys = calloc(set->nlines + 1, sizeof *keys);
        size_t nkeys = 0;
        for (size_t l = 0; keys != NULL && l < set->nlines && p->grouping != BY_NONE; l++) {
            const char *key = group_key(&set->lines[l], p->grouping);
            bool seen = false;
            for (size_t k = 0; k < nkeys && !seen; k++)
                seen = strcmp(keys[k], key) == 0;
            if (!seen)
                keys[nkeys++] = key;
        }
        if (keys != NULL)
            qsort(keys, nkeys, sizeof *keys, compare_strings);
        savings_figures *subs = calloc(nkeys + 1, sizeof *subs);
        money *sub_evidence = calloc(nkeys + 1, sizeof *sub_evidence);
        for (size_t k = 0; subs != NULL && k < nkeys; k++)
            subs[k] = savings_figures_unknown();
        for (size_t k = 0; sub_evidence != NULL && k < nkeys; k++)
            sub_evidence[k] = MONEY_UNKNOWN;
        for (size_t l = 0; l < set->nlines; l++) {
            const savings_line *line = &set->lines[l];
            int group = 0;
            if (p->grouping != BY_NONE && keys != NULL)
                for (size_t k = 0; k < nkeys; k++)
                    if (strcmp(keys[k], group_key(line, p->grouping)) == 0)
                        group = (int)k;
            savings_figures f = savings_line_value(line, l, set->years, set->nyears, 0);
            table_row *r = table_add(t, ROW_LINE, group, l);
            if (r == NULL)
                break;
            set_line(t, line);
            set_slipped(t, s, line);
            rag value = savings_rag(line->status, &f, thresholds);
            set_figures(t, &f, value);
            money evidence = evidenced(&s->data, line->ref);
            set_money(t, F_EVIDENCED, evidence);
            r->marked = value == RAG_RED;
            bool counts = savings_line_counts_in_totals(line);
            if (counts) {
                savings_figures_add(&total, &f);
                total_evidence = add_known(total_evidence, evidence);
            }
            /* grouped by origin, the overlap group shows its lines; pipeline lines are in no group */
            bool in_group = counts || (p->grouping == BY_ORIGIN && line->status != SAVINGS_PIPELINE);
            if (subs != NULL && p->grouping != BY_NONE && in_group)
                savings_figures_add(&subs[group], &f);
            if (sub_evidence != NULL && p->grouping != BY_NONE && in_group)
                sub_evidence[group] = add_known(sub_evidence[group], evidence);
        }
        for (size_t k = 0; subs != NULL && k < nkeys; k++) {
            table_add(t, ROW_SUBTOTAL, (int)k, k);
            char label[200];
            snprintf(label, sizeof label, "%s subtotal", keys[k][0] ? keys[k] : "(none)");
            table_set(t, F_NAME, label, 0, false, E_NORMAL);
            set_figures(t, &subs[k], savings_rag(SAVINGS_ON_TRACK, &subs[k], thresholds));
            if (sub_evidence != NULL)
                set_money(t, F_EVIDENCED, sub_evidence[k]);
        }
        free(keys);
        free(subs);
        free(sub_evidence);
    }
    table_add(t, ROW_TOTAL, 1 << 20, 0);
    table_set(t, F_NAME, "Programme total (overlap counted once)", 0, false, E_NORMAL);
    set_figures(t, &total, savings_rag(SAVINGS_ON_TRACK, &total, thresholds));
    set_money(t, F_EVIDENCED, total_evidence);
    /* The pipeline, in no total: a total of its own, just above the
     * programme's (which, last, stays in sight when the lines scroll) */
    size_t npipeline = 0;
    savings_figures pipeline =
        savings_pipeline_figures(set->lines, set->nlines, set->years, set->nyears, 0, &npipeline);
    if (npipeline > 0) {
        table_add(t, ROW_TOTAL, (1 << 20) - 1, 1);
        table_set(t, F_NAME, "Pipeline, not in total", 0, false, E_NORMAL);
        set_figures(t, &pipeline, RAG_PIPELINE);
    }
    table_arrange(t, &p->layout);
}

/* The profile of what is selected: a line, or the lines of a group. */
static void selected_profile(panel *p, tui_state *s, char *title, size_t size, savings_figures *years,
                             int *fys, size_t *nfys)
{
    const savings_set *set = &s->data.savings;
    const table_row *r = table_selected(&p->table);
    *nfys = 0;
    title[0] = '\0';
    if (r == NULL)
        return;
    bool *wanted = calloc(set->nlines + 1, sizeof *wanted);
    if (wanted == NULL)
        return;
    int only_fy = 0;
    if (r->kind == ROW_LINE) {
        wanted[r->source] = true;
    } else if (r->kind == ROW_SUBTOTAL) {
        /* The lines of the group are the rows that share its group number. */
        for (size_t i = 0; i < p->table.nrows; i++)
            if (p->table.rows[i].kind == ROW_LINE && p->table.rows[i].group == r->group)
                wanted[p->table.rows[i].source] = true;
        if (p->grouping == BY_FY)
            only_fy = (int)r->cells[F_FY].sort;
    } else {
        /* the programme total (source 0), or the pipeline's (1) */
        for (size_t l = 0; l < set->nlines; l++)
            wanted[l] = r->source == 0 ? savings_line_counts_in_totals(&set->lines[l])
                                       : set->lines[l].status == SAVINGS_PIPELINE &&
                                             savings_counts_in_totals(set->lines[l].origin);
    }
    for (size_t y = 0; y < set->nyears; y++) {
        const savings_year *year = &set->years[y];
        if (!wanted[year->line] || (only_fy != 0 && year->fy != only_fy))
            continue;
        const savings_line *line = &set->lines[year->line];
        if (r->kind == ROW_SUBTOTAL &&
            (line->status == SAVINGS_PIPELINE ||
             (p->grouping != BY_ORIGIN && !savings_counts_in_totals(line->origin))))
            continue;
        size_t i = 0;
        while (i < *nfys && fys[i] != year->fy)
            i++;
        if (i == *nfys) {
            if (*nfys == 8)
                continue;
            fys[i] = year->fy;
            years[i] = savings_figures_unknown();
            (*nfys)++;
        }
        savings_figures new_savings =
            savings_year_new(set->lines[year->line].basis, set->years, set->nyears, y);
        savings_figures_add(&years[i], &new_savings);
    }
    free(wanted);
    for (size_t i = 1; i < *nfys; i++)
        for (size_t j = i; j > 0 && fys[j - 1] > fys[j]; j--) {
            int fy = fys[j];
            fys[j] = fys[j - 1];
            fys[j - 1] = fy;
            savings_figures f = years[j];
            years[j] = years[j - 1];
            years[j - 1] = f;
        }
    if (r->kind == ROW_LINE)
        snprintf(title, size, "New savings by year of %s %s", set->lines[r->source].ref,
                 set->lines[r->source].name);
    else
        snprintf(title, size, "New savings by year of %s", r->cells[F_NAME].text);
}

static void draw_profile(panel *p, tui_state *s, int y, int x, int height, int width)
{
    savings_figures years[8];
    int fys[8];
    size_t nfys;
    char title[300];
    selected_profile(p, s, title, sizeof title, years, fys, &nfys);
    const theme *th = &s->theme;
    draw_rule(th, y, x, width, theme_attr(th, E_DIM));
    draw_text(th, y + 1, x, width, title, theme_attr(th, E_TITLE), false);
    money scale = 0;
    for (size_t i = 0; i < nfys; i++) {
        const money values[4] = {years[i].target, years[i].stretch, years[i].forecast, years[i].actual};
        for (int v = 0; v < 4; v++)
            if (values[v] != MONEY_UNKNOWN && values[v] > scale)
                scale = values[v];
    }
    int bar = width - 8 - 34;
    if (bar < 8)
        bar = width - 8 > 8 ? 8 : 0;
    for (size_t i = 0; i < nfys && (int)i + 2 < height - 1; i++) {
        int row = y + 2 + (int)i;
        char fy[16], target[16], forecast[16], actual[16], text[96];
        fy_format(fy, sizeof fy, fys[i]);
        draw_text(th, row, x, 8, fy, A_NORMAL, false);
        if (bar > 0)
            draw_profile_bar(th, row, x + 8, bar, scale, &years[i]);
        screen_money(target, sizeof target, years[i].target);
        screen_money(forecast, sizeof forecast, years[i].forecast);
        screen_money(actual, sizeof actual, years[i].actual);
        snprintf(text, sizeof text, " T %-7s F %-7s A %s", target, forecast, actual);
        draw_plain(th, row, x + 8 + bar, x + width, text, A_NORMAL);
    }
    if (height > 2 && (int)nfys + 2 < height) {
        char legend[160];
        snprintf(legend, sizeof legend,
                 "%s actual  %s forecast  %s target  %s stretch   T target  F forecast  A actual", th->block,
                 th->medium, th->shade, th->tick);
        draw_text(th, y + 2 + (int)nfys, x, width, legend, theme_attr(th, E_DIM), false);
    }
}

static void draw(panel *p, tui_state *s, int y, int x, int height, int width)
{
    int chart = height >= 16 ? 8 : 0;
    panel_draw_table(p, s, y, x, height - chart, width);
    if (chart > 0)
        draw_profile(p, s, y + height - chart, x, chart, width);
}

static reaction act(panel *p, tui_state *s, action what)
{
    if (what != ACTION_GROUP)
        return REACT_NONE;
    p->grouping = (p->grouping + 1) % GROUPINGS;
    snprintf(s->status, sizeof s->status, "%s", p->grouping == BY_NONE ? "Not grouped" : "");
    if (p->grouping != BY_NONE)
        snprintf(s->status, sizeof s->status, "Grouped by %s, with subtotals", grouping_names[p->grouping]);
    s->status_until = time(NULL) + 3;
    return REACT_REBUILD | REACT_FIRST_ROW;
}

/* One row of the profile table: money to the pound; stretch only when there is room. */
static void profile_line(text_lines *out, bool wide, const char *fy, const savings_figures *f,
                         const char *rating)
{
    char m[5][32], pct[16];
    money_format(m[0], sizeof m[0], f->target);
    money_format(m[1], sizeof m[1], f->stretch);
    money_format(m[2], sizeof m[2], f->forecast);
    money_format(m[3], sizeof m[3], f->actual);
    money_format(m[4], sizeof m[4], savings_gap(f));
    decimal_format(pct, sizeof pct, savings_delivery_pct(f));
    if (wide)
        lines_add(out, "  %-8s %12s %12s %12s %12s %12s %7s  %s", fy, m[0], m[1], m[2], m[3], m[4], pct,
                  rating);
    else
        lines_add(out, "  %-8s %11s %11s %11s %11s %6s %s", fy, m[0], m[2], m[3], m[4], pct, rating);
}

/* The line's forecast moved between years since the snapshot compared with. */
static void moves_lines(const tui_state *s, const char *ref, text_lines *out)
{
    const tui_data *d = &s->data;
    size_t first = slippage_first(d->moves, d->nmoves, ref);
    if (!d->has_snapshot || first == d->nmoves)
        return;
    lines_add(out, "%s", "");
    lines_add(out, "Re-profiled since %s", d->since.label);
    for (size_t i = first; i < d->nmoves && strcmp(d->moves[i].ref, ref) == 0; i++) {
        const forecast_move *m = &d->moves[i];
        char from[16], to[16] = "slipped out", amount[32];
        fy_format(from, sizeof from, m->from_fy);
        if (m->to_fy != 0)
            fy_format(to, sizeof to, m->to_fy);
        money_format(amount, sizeof amount, m->amount);
        lines_add(out, "  %12s  %s %s %-11s  %s, %s", amount, from,
                  m->to_fy == 0 || m->to_fy > m->from_fy ? s->theme.later : s->theme.earlier, to, m->who,
                  m->at);
    }
}

static void detail(panel *p, tui_state *s, const table_row *r, text_lines *out)
{
    (void)p;
    const savings_set *set = &s->data.savings;
    bool wide = COLS >= 100;
    if (r->kind != ROW_LINE) {
        lines_add(out, "%s", r->cells[F_NAME].text);
        if (r->kind == ROW_TOTAL && r->source == 1) {
            size_t n = 0;
            savings_pipeline_figures(set->lines, set->nlines, set->years, set->nyears, 0, &n);
            lines_add(out, "%zu line%s identified, not yet validated: left out of every total", n,
                      n == 1 ? "" : "s");
        }
        lines_add(out, "%s", "");
        for (int f = F_TARGET; f <= F_GAP; f++) {
            char exact[32] = "";
            if (r->cells[f].sort != INT64_MIN)
                money_format(exact, sizeof exact, r->cells[f].sort);
            lines_add(out, "  %-10s %s", fields[f].heading, exact);
        }
        lines_add(out, "  %-10s %s", fields[F_DELIVERY].heading, r->cells[F_DELIVERY].text);
        lines_add(out, "  %-10s %s", fields[F_RAG].heading, r->cells[F_RAG].text);
        return;
    }
    const savings_line *line = &set->lines[r->source];
    lines_add(out, "Savings line %s", line->ref);
    lines_add(out, "%s", "");
    lines_wrap(out, "Name", 11, line->name, COLS);
    lines_wrap(out, "Workstream", 11, line->workstream, COLS);
    lines_wrap(out, "Cohort", 11, line->cohort, COLS);
    lines_add(out, "  %-11s %s%s", "Origin", savings_origin_name(line->origin),
              line->origin == ORIGIN_OVERLAP ? " (counted in a partner line, so left out of totals)" : "");
    lines_add(out, "  %-11s %s%s; basis %s", "Status", savings_status_name(line->status),
              line->status == SAVINGS_PIPELINE ? " (identified, not yet validated: left out of totals)" : "",
              line->basis == BASIS_CUMULATIVE
                  ? "cumulative (each year the run rate reached: worth its last year)"
                  : "incremental (each year a new saving)");
    lines_wrap(out, "Owner", 11, line->owner, COLS);
    lines_wrap(out, "Key metric", 11, line->key_metric, COLS);
    lines_add(out, "%s", "");
    if (wide)
        lines_add(out, "  %-8s %12s %12s %12s %12s %12s %7s  %s", "FY", "Target", "Stretch", "Forecast",
                  "Actual", "Gap", "Deliv%", "RAG");
    else
        lines_add(out, "  %-8s %11s %11s %11s %11s %6s %s", "FY", "Target", "Forecast", "Actual", "Gap",
                  "Del%", "RAG");
    for (size_t y = 0; y < set->nyears; y++) {
        if (set->years[y].line != r->source)
            continue;
        const savings_figures *f = &set->years[y].figures;
        char fy[16];
        fy_format(fy, sizeof fy, set->years[y].fy);
        profile_line(out, wide, fy, f, rag_word(savings_rag(line->status, f, s->cfg->savings)));
    }
    savings_figures all = savings_line_value(line, r->source, set->years, set->nyears, 0);
    profile_line(out, wide, line->basis == BASIS_CUMULATIVE ? "Worth" : "All", &all,
                 rag_word(savings_rag(line->status, &all, s->cfg->savings)));
    if (line->basis == BASIS_CUMULATIVE) {
        /* the steps: what each year adds to the run rate */
        lines_add(out, "%s", "");
        lines_add(out, "New savings by year (the step from the year before)");
        for (size_t y = 0; y < set->nyears; y++) {
            if (set->years[y].line != r->source)
                continue;
            savings_figures f = savings_year_new(line->basis, set->years, set->nyears, y);
            char fy[16];
            fy_format(fy, sizeof fy, set->years[y].fy);
            profile_line(out, wide, fy, &f, "");
        }
    }
    /* What the operational measures show, beside the forecast run rate */
    bool any = false;
    for (size_t k = 0, v = 0; k < s->data.kpis.count; k++) {
        size_t first = v;
        while (v < s->data.kpis.nvalues && s->data.kpis.values[v].kpi == k)
            v++;
        const kpi *kp = &s->data.kpis.kpis[k];
        if (strcmp(kp->saving_ref, line->ref) != 0)
            continue;
        if (!any) {
            int final_fy = 0;
            money run = savings_run_rate(set->lines, set->nlines, set->years, set->nyears, s->cfg->final_fy,
                                         line->ref, &final_fy)
                            .forecast;
            char fy[16] = "", amount[32];
            if (final_fy != 0)
                fy_format(fy, sizeof fy, final_fy);
            money_format(amount, sizeof amount, run);
            lines_add(out, "%s", "");
            lines_add(out, "Evidence from KPIs (a year), beside the %s forecast of %s", fy[0] ? fy : "line's",
                      run == MONEY_UNKNOWN ? "none" : amount);
            any = true;
        }
        kpi_status st = kpi_evaluate(kp, &s->data.kpis.values[first], v - first);
        char amount[32];
        money_format(amount, sizeof amount, st.benefit);
        lines_add(out, "  %-8s %-40.40s %14s  %s", kp->ref, kp->name,
                  st.benefit == MONEY_UNKNOWN ? "none" : amount,
                  st.sustained ? "SUSTAINED" : "not yet sustained");
    }
    moves_lines(s, line->ref, out);
    panel_detail_audit(s, "savings", line->ref, out);
}

static void caption(panel *p, tui_state *s, char *buf, size_t size)
{
    snprintf(buf, size, "%zu lines, all years%s%s", s->data.savings.nlines, p->grouping ? ", by " : "",
             grouping_names[p->grouping]);
}

static bool record(panel *p, tui_state *s, const table_row *row, edit_record *out)
{
    (void)p;
    record_blank(out, TABLE_DEF_SAVINGS);
    if (row == NULL)
        return true; /* a new line: no defaults beyond the fields' own */
    if (row->kind != ROW_LINE)
        return false;
    out->exists = true;
    out->values[SAVINGS_FIELD_REF] = (field_value){false, 0, s->data.savings.lines[row->source].ref};
    return true;
}

const panel_ops savings_panel = {
    .name = "savings",
    .fields = fields,
    .nfields = F_COUNT,
    .build = build,
    .draw = draw,
    .action = act,
    .detail = detail,
    .caption = caption,
    .table = TABLE_DEF_SAVINGS,
    .record = record,
};
