/* panel_risks.c - the risk register, and the 5x5 heat maps of current and
 * target scores; choosing a cell of the map filters the register. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "tui_internal.h"
#include "view_cells.h"
#include "view_risks.h"

/* The fields are the register view's columns (view_risks.h). */
enum {
    F_SCORE = RISKS_COL_SCORE,
    F_RATING = RISKS_COL_RATING,
    F_OVERDUE = RISKS_COL_OVERDUE,
    F_STATUS = RISKS_COL_STATUS,
    F_COUNT = RISKS_COLUMN_COUNT
};

_Static_assert(F_COUNT <= LAYOUT_MAX_COLUMNS, "more risks columns than a layout holds");

static const char *const rating_words[] = {"", "LOW", "MEDIUM", "HIGH"}; /* for the detail */

/* The heat maps' cursor and filter: the Risks panel's own (p->own). */
typedef struct {
    int cell_l, cell_i;     /* the cell: likelihood and impact (0 before the map is first used) */
    bool map_focus;         /* the arrows move in the map */
    bool map_filter;        /* the register shows the cell's risks only */
    bool map_target;        /* the map of target scores, not current */
    int map_y[2], map_x[2]; /* where the last drawing put each map (current, target); map_y -1: not drawn */
} risks_state;

static risks_state *state_of(const panel *p)
{
    return p->own;
}

static bool init(panel *p)
{
    p->own = calloc(1, sizeof(risks_state));
    return p->own != NULL;
}

static void fini(panel *p)
{
    free(p->own);
    p->own = NULL;
}

typedef struct {
    panel *p;
    tui_state *s;
} building;

/* A risk into the table; one listed without scores says so in words, not
 * in a blank or a colour alone. */
static bool add_row(void *context, const view_row *row)
{
    building *b = context;
    table *t = &b->p->table;
    table_row *r = table_add(t, ROW_LINE, 0, row->source);
    if (r == NULL)
        return false;
    view_cells_set(t, &b->s->theme, risks_view_columns, RISKS_COLUMN_COUNT, row, VIEW_CELLS_PERCENT_SIGN);
    if (!row->cells[F_SCORE].defined) {
        table_set(t, F_SCORE, "-", 0, true, E_GREY);
        table_set(t, F_RATING, "unscored", 0, true, E_GREY);
    }
    r->marked = row->cells[F_OVERDUE].value != 0 || row->cells[F_RATING].value == RATING_HIGH;
    return true;
}

static void build(panel *p, tui_state *s)
{
    table_clear(&p->table);
    const risks_state *m = state_of(p);
    /* the register's order; closed risks too when asked; only a heat map cell's when one is chosen */
    risks_view view = {.set = &s->data.risks,
                       .bands = s->cfg->risks,
                       .today = s->data.today,
                       .previous = data_previous_scores(&s->data),
                       .with_closed = p->option != 0,
                       .in_cell = m->map_filter,
                       .cell_target = m->map_target,
                       .cell_likelihood = m->cell_l,
                       .cell_impact = m->cell_i,
                       .grouping = RISKS_REGISTER};
    building b = {p, s};
    risks_view_rows(&view, add_row, &b);
    /* the status column, open or closed, shows when a closed risk is listed */
    bool closed = false;
    for (size_t i = 0; i < p->table.nrows && !closed; i++)
        closed = strcmp(p->table.rows[i].cells[F_STATUS].text, "closed") == 0;
    if (!closed)
        p->table.hidden |= 1u << F_STATUS;
    table_arrange(&p->table, &p->layout);
}

/* The 5x5 map: likelihood up the side, impact along the bottom. */
static void draw_map(panel *p, tui_state *s, int y, int x, bool target)
{
    const theme *th = &s->theme;
    const risks_state *m = state_of(p);
    risk_scores *scores = calloc(s->data.risks.count + 1, sizeof *scores);
    if (scores == NULL)
        return;
    for (size_t i = 0; i < s->data.risks.count; i++)
        scores[i] = s->data.risks.rows[i].scores;
    int grid[5][5];
    size_t unscored = risk_heat_map(scores, s->data.risks.count, target, grid);
    free(scores);
    state_of(p)->map_y[target] = y;
    state_of(p)->map_x[target] = x;
    char title[64] = "Target (after mitigation)";
    if (!target)
        snprintf(title, sizeof title, unscored > 0 ? "Current scores; %zu unscored" : "Current scores",
                 unscored);
    /* the map t chose (h moves in it, Enter filters by it) has its title reversed */
    draw_text(th, y, x, 27, title, theme_attr(th, E_TITLE) | (m->map_target == target ? A_REVERSE : 0),
              false);
    for (int l = 5; l >= 1; l--) {
        int row = y + 1 + (5 - l);
        char label[8];
        snprintf(label, sizeof label, "%d", l);
        draw_text(th, row, x, 2, label, theme_attr(th, E_DIM), false);
        for (int i = 1; i <= 5; i++) {
            int count = grid[l - 1][i - 1];
            risk_rating rating = risk_rating_for_score(l * i, s->cfg->risks);
            attr_t attr = theme_attr(th, element_for_rag(risk_rating_rag(rating)));
            bool cursor = m->map_focus && m->map_target == target && m->cell_l == l && m->cell_i == i;
            bool chosen = m->map_filter && m->map_target == target && m->cell_l == l && m->cell_i == i;
            char text[16];
            if (count > 0)
                snprintf(text, sizeof text, "%s%2d%s", cursor ? "[" : " ", count, cursor ? "]" : " ");
            else
                snprintf(text, sizeof text, "%s %s%s", cursor ? "[" : " ", th->utf8 ? "·" : ".",
                         cursor ? "]" : " ");
            draw_text(th, row, x + 2 + (i - 1) * 4, 4, text, attr | (cursor || chosen ? A_REVERSE : 0),
                      false);
        }
    }
    draw_text(th, y + 6, x, 23, "  1   2   3   4   5", theme_attr(th, E_DIM), false);
    draw_text(th, y + 7, x, 27, "likelihood up, impact along", theme_attr(th, E_DIM), false);
}

static void draw(panel *p, tui_state *s, int y, int x, int height, int width)
{
    state_of(p)->map_y[0] = state_of(p)->map_y[1] = -1;
    bool beside = width >= 110;
    bool below = !beside && height >= 18;
    if (beside) {
        int map_width = 27;
        panel_draw_table(p, s, y, x, height, width - map_width - 2);
        draw_map(p, s, y, x + width - map_width, false);
        if (height >= 18)
            draw_map(p, s, y + 9, x + width - map_width, true);
    } else if (below) {
        int rows = table_height_for(&p->table, height - 9) - 1; /* the rule is the line after the rows */
        panel_draw_table(p, s, y, x, rows, width);
        draw_rule(&s->theme, y + rows, x, width, theme_attr(&s->theme, E_DIM));
        draw_map(p, s, y + rows + 1, x, false);
        if (width >= 56)
            draw_map(p, s, y + rows + 1, x + 30, true);
    } else if (state_of(p)->map_focus) {
        draw_map(p, s, y, x, state_of(p)->map_target);
    } else {
        panel_draw_table(p, s, y, x, height, width);
    }
}

static reaction act(panel *p, tui_state *s, action what)
{
    risks_state *m = state_of(p);
    if (what == ACTION_HEAT_MAP) {
        m->map_focus = !m->map_focus;
        if (m->cell_l == 0) {
            m->cell_l = 3;
            m->cell_i = 3;
        }
        snprintf(s->status, sizeof s->status, "%s",
                 m->map_focus ? "Heat map: arrows move, Enter filters the register to the cell, Esc clears"
                              : "");
        s->status_until = time(NULL) + 5;
        return REACT_REDRAW;
    }
    if (what == ACTION_TARGET) {
        m->map_target = !m->map_target;
        /* both maps may be in sight: say which one h and Enter now use */
        snprintf(s->status, sizeof s->status, "%s",
                 m->map_target ? "Target heat map (after mitigation): h moves in it, Enter filters by it"
                               : "Current scores heat map: h moves in it, Enter filters by it");
        s->status_until = time(NULL) + 5;
        return m->map_filter ? REACT_REBUILD : REACT_REDRAW;
    }
    if (what == ACTION_CLOSED) {
        p->option = !p->option;
        snprintf(s->status, sizeof s->status, "%s", p->option ? "Closed risks shown too" : "Open risks only");
        s->status_until = time(NULL) + 3;
        return REACT_REBUILD;
    }
    if (!m->map_focus) {
        if (what == ACTION_BACK && m->map_filter) {
            m->map_filter = false;
            return REACT_REBUILD;
        }
        return REACT_NONE;
    }
    switch (what) {
    case ACTION_UP: m->cell_l = m->cell_l < 5 ? m->cell_l + 1 : 5; return REACT_REDRAW;
    case ACTION_DOWN: m->cell_l = m->cell_l > 1 ? m->cell_l - 1 : 1; return REACT_REDRAW;
    case ACTION_RIGHT: m->cell_i = m->cell_i < 5 ? m->cell_i + 1 : 5; return REACT_REDRAW;
    case ACTION_LEFT: m->cell_i = m->cell_i > 1 ? m->cell_i - 1 : 1; return REACT_REDRAW;
    case ACTION_DETAIL:
        m->map_filter = true;
        m->map_focus = false;
        snprintf(s->status, sizeof s->status, "Risks with likelihood %d and impact %d (%s); Esc shows all",
                 m->cell_l, m->cell_i, m->map_target ? "target" : "current");
        s->status_until = time(NULL) + 5;
        return REACT_REBUILD | REACT_FIRST_ROW;
    case ACTION_BACK:
        m->map_focus = false;
        m->map_filter = false;
        return REACT_REBUILD;
    default: return REACT_NONE;
    }
}

/* A press on a heat map's cell filters the register to it, as Enter on the
 * cell does. */
static reaction click(panel *p, tui_state *s, int y, int x)
{
    risks_state *m = state_of(p);
    for (int target = 0; target < 2; target++) {
        int row = y - m->map_y[target] - 1, column = x - m->map_x[target] - 2;
        if (m->map_y[target] < 0 || row < 0 || row >= 5 || column < 0 || column >= 20)
            continue;
        m->map_target = target == 1;
        m->cell_l = 5 - row;
        m->cell_i = column / 4 + 1;
        m->map_focus = true;
        return act(p, s, ACTION_DETAIL);
    }
    return REACT_NONE;
}

static void detail(panel *p, tui_state *s, const table_row *row, text_lines *out)
{
    (void)p;
    const risk_row *r = &s->data.risks.rows[row->source];
    const risk_scores *k = &r->scores;
    risk_bands bands = s->cfg->risks;
    int score = risk_score(k->likelihood, k->impact), target = risk_target_score(k);
    char last[16] = "", next[16] = "";
    if (k->has_last_reviewed)
        date_format_long(last, sizeof last, k->last_reviewed);
    if (k->has_next_review)
        date_format_long(next, sizeof next, k->next_review);
    lines_add(out, "Risk %s", r->ref);
    lines_add(out, "%s", "");
    lines_wrap(out, "Title", 14, r->title, COLS);
    lines_add(out, "  Owner          %s", r->owner);
    lines_add(out, "  Category       %s", r->category);
    lines_add(out, "  Status         %s", risk_status_name(k->status));
    if (risk_is_unscored(k))
        lines_add(out, "  Score          unscored: give it a likelihood and impact (e to edit, R to review)");
    else
        lines_add(out, "  Score          %d x %d = %d, %s", k->likelihood, k->impact, score,
                  rating_words[risk_rating_for_score(score, bands)]);
    if (target > 0)
        lines_add(out, "  Target score   %d x %d = %d, %s", k->target_likelihood, k->target_impact, target,
                  rating_words[risk_rating_for_score(target, bands)]);
    lines_add(out, "  Last reviewed  %s", last);
    lines_add(out, "  Next review    %s%s", next,
              risk_is_overdue(k, s->data.today, bands) ? "  OVERDUE" : "");
    lines_add(out, "%s", "");
    lines_wrap(out, "Description", 14, r->description, COLS);
    lines_wrap(out, "Mitigation", 14, r->mitigation, COLS);
    lines_add(out, "%s", "");
    lines_add(out, "Score history");
    risk_history_set history;
    assure_error err = {0};
    if (store_load_risk_history_of(s->data.store, r->ref, &history, &err) != ASSURE_OK)
        lines_add(out, "  It cannot be read: %s", err.message);
    else
        for (size_t i = 0; i < history.count; i++) {
            const risk_review *h = &history.rows[i];
            char on[32], padded[48];
            date_show(on, sizeof on, h->reviewed_on);
            text_pad(padded, sizeof padded, on, 11, false); /* "27 Dec 2026" */
            lines_add(out, "  %s  %d x %d = %2d  %s", padded, h->likelihood, h->impact,
                      risk_score(h->likelihood, h->impact), h->note);
        }
    risk_history_set_free(&history);
    panel_detail_audit(s, "risks", r->ref, out);
}

static void caption(panel *p, tui_state *s, char *buf, size_t size)
{
    char where[64] = "", unscored[48] = "";
    const risks_state *m = state_of(p);
    if (m->map_filter)
        snprintf(where, sizeof where, ", likelihood %d impact %d (%s)", m->cell_l, m->cell_i,
                 m->map_target ? "target" : "current");
    size_t n = 0;
    for (size_t i = 0; i < s->data.risks.count; i++)
        n += s->data.risks.rows[i].scores.status == RISK_OPEN &&
             risk_is_unscored(&s->data.risks.rows[i].scores);
    if (n > 0)
        snprintf(unscored, sizeof unscored, " (%zu unscored)", n);
    snprintf(buf, size, "%s risks%s%s; h heat map, t target, c closed", p->option ? "all" : "open", unscored,
             where);
}

static bool record(panel *p, tui_state *s, const table_row *row, edit_record *out)
{
    (void)p;
    record_blank(out, TABLE_DEF_RISKS);
    if (row == NULL)
        return true;
    out->exists = true;
    out->values[RISK_FIELD_REF] = (field_value){false, 0, s->data.risks.rows[row->source].ref};
    return true;
}

const panel_ops risks_panel = {
    .name = "risks",
    .fields = risks_view_columns,
    .nfields = F_COUNT,
    .init = init,
    .fini = fini,
    .build = build,
    .draw = draw,
    .action = act,
    .click = click,
    .detail = detail,
    .caption = caption,
    .table = TABLE_DEF_RISKS,
    .record = record,
};
