/* panel_staffing.c - establishment, vacancies and agency cover by area and
 * role at one snapshot date, with totals and the change since the snapshot
 * before. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "tui_internal.h"
#include "view_cells.h"
#include "view_staffing.h"

/* The fields are the staffing view's columns (view_staffing.h). */
enum {
    F_AREA = STAFFING_COL_AREA,
    F_ROLE = STAFFING_COL_ROLE,
    F_ESTABLISHMENT = STAFFING_COL_ESTABLISHMENT,
    F_RAG = STAFFING_COL_RAG,
    F_COUNT = STAFFING_COLUMN_COUNT
};

_Static_assert(F_COUNT <= LAYOUT_MAX_COLUMNS, "more staffing columns than a layout holds");

enum { BY_AREA, BY_ROLE, BY_NONE, GROUPINGS };

static const char *date_shown(const panel *p, tui_state *s)
{
    const char(*dates)[11];
    size_t n = data_staffing_dates(&s->data, &dates);
    if (n == 0)
        return "";
    int index = p->option < 0 || (size_t)p->option >= n ? (int)n - 1 : p->option;
    return dates[index];
}

static const char *date_before(const panel *p, tui_state *s)
{
    const char *shown = date_shown(p, s);
    const char *before = NULL;
    const char(*dates)[11];
    size_t n = data_staffing_dates(&s->data, &dates);
    for (size_t i = 0; i < n; i++)
        if (strcmp(dates[i], shown) < 0)
            before = dates[i];
    return before;
}

/* The panel's groupings as the view's. */
static const staffing_grouping view_groupings[GROUPINGS] = {
    [BY_AREA] = STAFFING_BY_AREA, [BY_ROLE] = STAFFING_BY_ROLE, [BY_NONE] = STAFFING_BY_NONE};

typedef struct {
    panel *p;
    tui_state *s;
    const size_t *sources; /* built from the rows a filter shows: each one's place in the whole set */
} building;

/* A row of the view into the table, a group's subtotal and the total named
 * for what they sum: "Adults North, All roles", "All areas, All roles". */
static bool add_row(void *context, const view_row *row)
{
    building *b = context;
    table *t = &b->p->table;
    table_row *r =
        table_add(t,
                  row->kind == VIEW_ROW_LINE       ? ROW_LINE
                  : row->kind == VIEW_ROW_SUBTOTAL ? ROW_SUBTOTAL
                                                   : ROW_TOTAL,
                  row->kind == VIEW_ROW_TOTAL ? 1 << 20 : row->group,
                  row->kind == VIEW_ROW_LINE && b->sources != NULL ? b->sources[row->source] : row->source);
    if (r == NULL)
        return false;
    view_cells_set(t, &b->s->theme, staffing_view_columns, STAFFING_COLUMN_COUNT, row,
                   VIEW_CELLS_BARE_PERCENT);
    bool by_area = b->p->grouping == BY_AREA;
    switch (row->kind) {
    case VIEW_ROW_LINE: r->marked = row->cells[F_RAG].rating == RAG_RED; break;
    case VIEW_ROW_SUBTOTAL:
        table_set(t, by_area ? F_AREA : F_ROLE, row->label, 0, false, E_NORMAL);
        table_set(t, by_area ? F_ROLE : F_AREA, by_area ? "All roles" : "All areas", 0, false, E_NORMAL);
        table_title(t, row->label); /* the group's header on the screen */
        break;
    case VIEW_ROW_TOTAL:
    case VIEW_ROW_PIPELINE:
        if (b->sources != NULL) { /* the rows a filter shows, summed */
            char label[64];
            snprintf(label, sizeof label, "Total of %zu shown", row->count);
            table_set(t, F_AREA, "Filtered", 0, false, E_NORMAL);
            table_set(t, F_ROLE, label, 0, false, E_NORMAL);
            break;
        }
        table_set(t, F_AREA, "All areas", 0, false, E_NORMAL);
        table_set(t, F_ROLE, "All roles", 0, false, E_NORMAL);
        break;
    }
    return true;
}

/* With a filter, the rows again from those it lets through alone, so that
 * the subtotals and the total are of the rows shown.  Left as built when
 * memory runs out. */
static void build_filtered(panel *p, staffing_view *view, building *b)
{
    const staffing_set *now = view->now;
    table *t = &p->table;
    bool *shown = calloc(now->count + 1, sizeof *shown);
    size_t *sources = calloc(now->count + 1, sizeof *sources);
    staffing_set only = {calloc(now->count + 1, sizeof *only.rows), 0, NULL};
    if (shown != NULL && sources != NULL && only.rows != NULL) {
        for (size_t r = 0; r < t->nrows; r++)
            if (t->rows[r].kind == ROW_LINE && t->rows[r].source < now->count &&
                table_row_matches(t, &t->rows[r]))
                shown[t->rows[r].source] = true;
        for (size_t i = 0; i < now->count; i++)
            if (shown[i]) {
                sources[only.count] = i;
                only.rows[only.count++] = now->rows[i];
            }
        table_clear(t);
        view->now = &only;
        b->sources = sources;
        staffing_view_rows(view, add_row, b);
        view->now = now;
        b->sources = NULL;
    }
    free(shown);
    free(sources);
    free(only.rows);
}

static void build(panel *p, tui_state *s)
{
    table_clear(&p->table);
    staffing_set now = data_staffing_on(&s->data, date_shown(p, s));
    const char *before_date = date_before(p, s);
    staffing_set before =
        before_date != NULL ? data_staffing_on(&s->data, before_date) : (staffing_set){NULL, 0, NULL};
    staffing_view view = {&now, &before, s->cfg->staffing, view_groupings[p->grouping]};
    building b = {p, s, NULL};
    /* a header named over the area and the role, counting what its group holds */
    p->table.title_fields = 1u << F_AREA | 1u << F_ROLE;
    p->table.line_noun[0] = p->grouping == BY_AREA ? "role" : "area";
    p->table.line_noun[1] = p->grouping == BY_AREA ? "roles" : "areas";
    staffing_view_rows(&view, add_row, &b);
    snprintf(p->table.built_filter, sizeof p->table.built_filter, "%s", p->table.filter);
    if (p->table.filter[0] != '\0')
        build_filtered(p, &view, &b);
    table_arrange(&p->table, &p->layout);
}

static void draw(panel *p, tui_state *s, int y, int x, int height, int width)
{
    if (strcmp(p->table.filter, p->table.built_filter) != 0)
        build(p, s); /* the totals follow the filter */
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
        const char(*dates)[11];
        size_t n = data_staffing_dates(&s->data, &dates);
        int index = p->option < 0 ? (int)n - 1 : p->option;
        index += what == ACTION_LATER ? 1 : -1;
        if (index < 0 || (size_t)index >= n) {
            snprintf(s->status, sizeof s->status, "No %s snapshot",
                     what == ACTION_LATER ? "later" : "earlier");
            s->status_until = time(NULL) + 3;
            return REACT_REDRAW;
        }
        p->option = index == (int)n - 1 ? -1 : index;
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
    if (r->kind != ROW_LINE) {
        lines_add(out, "%s, %s", r->cells[F_AREA].text, r->cells[F_ROLE].text);
        lines_add(out, "%s", "");
        for (int f = F_ESTABLISHMENT; f < F_COUNT; f++)
            lines_add(out, "  %-8s %s", view_cells_heading(&p->layout, staffing_view_columns, f),
                      r->cells[f].text);
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
        char when[32], as_at[48];
        date_show(when, sizeof when, h->as_at);
        text_pad(as_at, sizeof as_at, when, 12, false);
        lines_add(out, "  %s %10s %10s %10s %8s %8s  %s%s", as_at, e, v, a, vp, up,
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
    const char(*dates)[11];
    size_t n = data_staffing_dates(&s->data, &dates);
    char when[32] = "no staffing data", was[32] = "";
    if (date[0])
        date_show(when, sizeof when, date);
    if (before != NULL)
        date_show(was, sizeof was, before);
    snprintf(buf, size, "as at %s%s%s%s", when, was[0] ? ", change since " : "", was,
             n > 1 ? "; [ ] dates" : "");
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
    .fields = staffing_view_columns,
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
