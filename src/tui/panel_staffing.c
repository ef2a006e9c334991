/* panel_staffing.c - establishment, vacancies and agency cover by area and
 * role at one snapshot date, with totals and the change since the snapshot
 * before. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_internal.h"

enum {
    F_AREA,
    F_ROLE,
    F_ESTABLISHMENT,
    F_VACANCY,
    F_AGENCY,
    F_VACANCY_PCT,
    F_UNCOVERED_PCT,
    F_CHANGE,
    F_RAG,
    F_COUNT
};

/* clang-format off */
static const field_spec fields[F_COUNT] = {
    {"area", "Area", "the locality or area team", false},
    {"role", "Role", "the role", false},
    {"establishment", "Estab", "establishment FTE: the posts funded", true},
    {"vacancy", "Vacant", "vacant FTE; negative when over establishment", true},
    {"agency", "Agency", "FTE covered by agency staff", true},
    {"vacancy_pct", "Vac%", "vacancy as % of establishment", true},
    {"uncovered_pct", "Uncov%", "vacancy not covered by agency, as % of establishment (Kent's 'vacancy % including agency workers')", true},
    {"change", "Change", "uncovered % against the snapshot before, in points (a fall is better)", true},
    {"rag", "RAG", "RED at [staffing] red_pct % uncovered or more (a hot spot), AMBER at amber_pct %, else GREEN", false},
};
/* clang-format on */

enum { BY_AREA, BY_ROLE, BY_NONE, GROUPINGS };

static const char *date_shown(const panel *p, const tui_state *s)
{
    if (s->data.ndates == 0)
        return "";
    int index = p->option < 0 || (size_t)p->option >= s->data.ndates ? (int)s->data.ndates - 1 : p->option;
    return s->data.dates[index];
}

static const char *date_before(const panel *p, const tui_state *s)
{
    const char *shown = date_shown(p, s);
    const char *before = NULL;
    for (size_t i = 0; i < s->data.ndates; i++)
        if (strcmp(s->data.dates[i], shown) < 0)
            before = s->data.dates[i];
    return before;
}

static void set_fte(table *t, int field, fte_hundredths value, element colour)
{
    char text[32];
    fte_format(text, sizeof text, value);
    table_set(t, (size_t)field, text, value, true, colour);
}

static void set_pct(table *t, int field, decimal value)
{
    char text[32] = "";
    decimal_format(text, sizeof text, value);
    table_set(t, (size_t)field, text, value.defined ? value.units : INT64_MIN, true, E_NORMAL);
}

static void set_figures(table *t, tui_state *s, const staffing_fte *now, const staffing_fte *before)
{
    set_fte(t, F_ESTABLISHMENT, now->establishment, E_NORMAL);
    set_fte(t, F_VACANCY, now->vacancy, staffing_is_over_establishment(now) ? E_BLUE : E_NORMAL);
    set_fte(t, F_AGENCY, now->agency, E_NORMAL);
    set_pct(t, F_VACANCY_PCT, staffing_vacancy_pct(now));
    set_pct(t, F_UNCOVERED_PCT, staffing_uncovered_pct(now));
    if (before != NULL) {
        staffing_change change = staffing_change_between(before, now);
        char text[32] = "";
        element colour = E_NORMAL;
        if (change.uncovered_pct.defined) {
            int64_t u = change.uncovered_pct.units;
            char amount[24];
            decimal_format(amount, sizeof amount, decimal_of(u < 0 ? -u : u, 1));
            snprintf(text, sizeof text, "%s%s",
                     u > 0   ? s->theme.up
                     : u < 0 ? s->theme.down
                             : s->theme.same,
                     u == 0 ? "" : amount);
            colour = u > 0 ? E_BAD : u < 0 ? E_GOOD : E_NORMAL;
        }
        table_set(t, F_CHANGE, text, change.uncovered_pct.defined ? change.uncovered_pct.units : INT64_MIN,
                  true, colour);
    }
    rag r = staffing_rag(now, s->cfg->staffing);
    table_set(t, F_RAG, rag_word(r), rag_severity(r), true, element_for_rag(r));
}

static int compare_post(const staffing_row *a, const char *area, const char *role)
{
    int c = strcmp(a->area, area);
    return c != 0 ? c : strcmp(a->role, role);
}

/* The same area and role at the earlier date, if it was there (rows come
 * ordered by area, then role, so it is found by halving). */
static const staffing_row *earlier(const staffing_set *before, const staffing_row *row)
{
    size_t lo = 0, hi = before->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = compare_post(&before->rows[mid], row->area, row->role);
        if (c == 0)
            return &before->rows[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

static void build(panel *p, tui_state *s)
{
    table *t = &p->table;
    table_clear(t);
    const char *date = date_shown(p, s);
    staffing_set now = data_staffing_on(&s->data, date);
    const char *before_date = date_before(p, s);
    staffing_set before =
        before_date != NULL ? data_staffing_on(&s->data, before_date) : (staffing_set){NULL, 0, NULL};
    /* Groups in order of first appearance (rows come by area, then role). */
    const char **keys = calloc(now.count + 1, sizeof *keys);
    staffing_fte *sums = calloc(now.count + 1, sizeof *sums), *old = calloc(now.count + 1, sizeof *old);
    size_t nkeys = 0;
    staffing_fte total = {0, 0, 0}, total_before = {0, 0, 0};
    for (size_t i = 0; keys != NULL && sums != NULL && old != NULL && i < now.count; i++) {
        const staffing_row *row = &now.rows[i];
        const char *key = p->grouping == BY_AREA ? row->area : p->grouping == BY_ROLE ? row->role : "";
        size_t g = 0;
        while (g < nkeys && strcmp(keys[g], key) != 0)
            g++;
        if (g == nkeys)
            keys[nkeys++] = key;
        const staffing_row *was = earlier(&before, row);
        table_row *r = table_add(t, ROW_LINE, p->grouping == BY_NONE ? 0 : (int)g, i);
        if (r == NULL)
            break;
        table_set(t, F_AREA, row->area, 0, false, E_NORMAL);
        table_set(t, F_ROLE, row->role, 0, false, E_NORMAL);
        set_figures(t, s, &row->fte, was != NULL ? &was->fte : NULL);
        r->marked = staffing_rag(&row->fte, s->cfg->staffing) == RAG_RED;
        staffing_add(&sums[g], &row->fte);
        staffing_add(&total, &row->fte);
        if (was != NULL) {
            staffing_add(&old[g], &was->fte);
            staffing_add(&total_before, &was->fte);
        }
    }
    for (size_t g = 0; p->grouping != BY_NONE && sums != NULL && g < nkeys; g++) {
        table_add(t, ROW_SUBTOTAL, (int)g, g);
        table_set(t, p->grouping == BY_AREA ? F_AREA : F_ROLE, keys[g], 0, false, E_NORMAL);
        table_set(t, p->grouping == BY_AREA ? F_ROLE : F_AREA,
                  p->grouping == BY_AREA ? "All roles" : "All areas", 0, false, E_NORMAL);
        set_figures(t, s, &sums[g], before.count > 0 ? &old[g] : NULL);
    }
    if (now.count > 0) {
        table_add(t, ROW_TOTAL, 1 << 20, 0);
        table_set(t, F_AREA, "All areas", 0, false, E_NORMAL);
        table_set(t, F_ROLE, "All roles", 0, false, E_NORMAL);
        set_figures(t, s, &total, before.count > 0 ? &total_before : NULL);
    }
    free(keys);
    free(sums);
    free(old);
    table_arrange(t, &p->layout);
}

static void draw(panel *p, tui_state *s, int y, int x, int height, int width)
{
    panel_draw_table(p, s, y, x, height, width);
}

static reaction act(panel *p, tui_state *s, action what)
{
    if (what == ACTION_GROUP) {
        static const char *const names[GROUPINGS] = {"area", "role", ""};
        p->grouping = (p->grouping + 1) % GROUPINGS;
        snprintf(s->status, sizeof s->status, p->grouping == BY_NONE ? "Not grouped" : "Totals by %s",
                 names[p->grouping]);
    } else if (what == ACTION_EARLIER || what == ACTION_LATER) {
        int index = p->option < 0 ? (int)s->data.ndates - 1 : p->option;
        index += what == ACTION_LATER ? 1 : -1;
        if (index < 0 || (size_t)index >= s->data.ndates) {
            snprintf(s->status, sizeof s->status, "No %s snapshot",
                     what == ACTION_LATER ? "later" : "earlier");
            s->status_until = time(NULL) + 3;
            return REACT_REDRAW;
        }
        p->option = index == (int)s->data.ndates - 1 ? -1 : index;
        s->status[0] = '\0';
    } else {
        return REACT_NONE;
    }
    s->status_until = time(NULL) + 3;
    return REACT_REBUILD;
}

/* The latest snapshot date until another is chosen. */
static bool init(panel *p)
{
    p->option = -1;
    return true;
}

static void detail(panel *p, tui_state *s, const table_row *r, text_lines *out)
{
    (void)p;
    if (r->kind != ROW_LINE) {
        lines_add(out, "%s, %s", r->cells[F_AREA].text, r->cells[F_ROLE].text);
        lines_add(out, "%s", "");
        for (int f = F_ESTABLISHMENT; f < F_COUNT; f++)
            lines_add(out, "  %-8s %s", fields[f].heading, r->cells[f].text);
        return;
    }
    staffing_set now = data_staffing_on(&s->data, date_shown(p, s));
    if (r->source >= now.count)
        return;
    const staffing_row *row = &now.rows[r->source];
    lines_add(out, "Staffing: %s, %s", row->area, row->role);
    lines_add(out, "%s", "");
    staffing_set post;
    assure_error err = {0};
    if (store_load_staffing_post(s->data.store, row->area, row->role, &post, &err) != ASSURE_OK) {
        lines_add(out, "  Its history cannot be read: %s", err.message);
        return;
    }
    lines_add(out, "  %-12s %10s %10s %10s %8s %8s  %s", "As at", "Establish.", "Vacancy", "Agency", "Vac%",
              "Uncov%", "RAG");
    for (size_t i = 0; i < post.count; i++) {
        const staffing_row *h = &post.rows[i];
        char e[16], v[16], a[16], vp[16], up[16];
        fte_format(e, sizeof e, h->fte.establishment);
        fte_format(v, sizeof v, h->fte.vacancy);
        fte_format(a, sizeof a, h->fte.agency);
        decimal_format(vp, sizeof vp, staffing_vacancy_pct(&h->fte));
        decimal_format(up, sizeof up, staffing_uncovered_pct(&h->fte));
        lines_add(out, "  %-12s %10s %10s %10s %8s %8s  %s%s", h->as_at, e, v, a, vp, up,
                  rag_word(staffing_rag(&h->fte, s->cfg->staffing)),
                  staffing_is_over_establishment(&h->fte) ? "  (over establishment)" : "");
    }
    staffing_set_free(&post);
    char key_text[300];
    snprintf(key_text, sizeof key_text, "%s / %s / %s", row->as_at, row->area, row->role);
    panel_detail_audit(s, "staffing", key_text, out);
}

static void caption(panel *p, tui_state *s, char *buf, size_t size)
{
    const char *date = date_shown(p, s);
    const char *before = date_before(p, s);
    calendar_date d;
    char when[32] = "no staffing data", was[32] = "";
    if (date[0] && date_parse(date, &d, NULL))
        date_format_long(when, sizeof when, d);
    if (before != NULL && date_parse(before, &d, NULL))
        date_format_long(was, sizeof was, d);
    snprintf(buf, size, "as at %s%s%s%s", when, was[0] ? ", change since " : "", was,
             s->data.ndates > 1 ? "  ([ ] other dates)" : "");
}

static bool record(panel *p, tui_state *s, const table_row *row, edit_record *out)
{
    record_blank(out, TABLE_DEF_STAFFING);
    calendar_date date;
    if (row == NULL) { /* a new row at the date shown */
        if (date_parse(date_shown(p, s), &date, NULL))
            out->values[STAFFING_FIELD_AS_AT] = (field_value){false, date_to_days(date), NULL};
        else
            out->values[STAFFING_FIELD_AS_AT].blank = true;
        return true;
    }
    if (row->kind != ROW_LINE)
        return false;
    staffing_set now = data_staffing_on(&s->data, date_shown(p, s));
    if (row->source >= now.count)
        return false;
    const staffing_row *r = &now.rows[row->source];
    if (!date_parse(r->as_at, &date, NULL))
        return false;
    out->exists = true;
    out->values[STAFFING_FIELD_AS_AT] = (field_value){false, date_to_days(date), NULL};
    out->values[STAFFING_FIELD_AREA] = (field_value){false, 0, r->area};
    out->values[STAFFING_FIELD_ROLE] = (field_value){false, 0, r->role};
    return true;
}

const panel_ops staffing_panel = {
    .name = "staffing",
    .fields = fields,
    .nfields = F_COUNT,
    .init = init,
    .build = build,
    .draw = draw,
    .action = act,
    .detail = detail,
    .caption = caption,
    .table = TABLE_DEF_STAFFING,
    .record = record,
};
