/* panel_risks.c - the risk register, and the 5x5 heat maps of current and
 * target scores; choosing a cell of the map filters the register. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_internal.h"

enum {
    F_REF,
    F_TITLE,
    F_OWNER,
    F_CATEGORY,
    F_LIKELIHOOD,
    F_IMPACT,
    F_SCORE,
    F_RATING,
    F_TARGET,
    F_MOVEMENT,
    F_NEXT_REVIEW,
    F_OVERDUE,
    F_STATUS,
    F_COUNT
};

/* clang-format off */
static const field_spec fields[F_COUNT] = {
    {"ref", "Ref", "the register's reference", false},
    {"title", "Title", "the risk", false},
    {"owner", "Owner", "who owns it", false},
    {"category", "Category", "finance, workforce, market ...", false},
    {"likelihood", "L", "likelihood, 1 to 5", true},
    {"impact", "I", "impact, 1 to 5", true},
    {"score", "Score", "likelihood x impact; - when the risk is unscored", true},
    {"rating", "Rating", "LOW to [risks] low_max, MEDIUM to medium_max, HIGH above; unscored when listed without a likelihood and impact", false},
    {"target_score", "Tgt", "the score expected after mitigation (the revised score)", true},
    {"movement", "Move", "the score against the review before: up is worse, down better", false},
    {"next_review", "Next review", "when it is next to be reviewed", false},
    {"overdue", "Overdue", "OVERDUE when its next review has passed", false},
    {"status", "Status", "open or closed", false},
};
/* clang-format on */

static const char *const rating_words[] = {"", "LOW", "MEDIUM", "HIGH"};

/* The heat maps' cursor and filter: the Risks panel's own (p->own). */
typedef struct {
    int cell_l, cell_i; /* the cell: likelihood and impact (0 before the map is first used) */
    bool map_focus;     /* the arrows move in the map */
    bool map_filter;    /* the register shows the cell's risks only */
    bool map_target;    /* the map of target scores, not current */
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

static bool in_cell(const panel *p, const risk_scores *k)
{
    const risks_state *m = state_of(p);
    if (!m->map_filter)
        return true;
    int l = m->map_target ? k->target_likelihood : k->likelihood;
    int i = m->map_target ? k->target_impact : k->impact;
    return l == m->cell_l && i == m->cell_i;
}

static void build(panel *p, tui_state *s)
{
    table *t = &p->table;
    table_clear(t);
    risk_bands bands = s->cfg->risks;
    const int *previous = data_previous_scores(&s->data);
    for (size_t i = 0; i < s->data.risks.count; i++) {
        const risk_row *r = &s->data.risks.rows[i];
        const risk_scores *k = &r->scores;
        if ((k->status == RISK_CLOSED && p->option == 0) || !in_cell(p, k))
            continue;
        table_row *row = table_add(t, ROW_LINE, 0, i);
        if (row == NULL)
            break;
        int score = risk_score(k->likelihood, k->impact);
        int target = risk_target_score(k);
        risk_rating rating = risk_rating_for_score(score, bands);
        bool overdue = risk_is_overdue(k, s->data.today, bands);
        char text[32];
        table_set(t, F_REF, r->ref, 0, false, E_NORMAL);
        table_set(t, F_TITLE, r->title, 0, false, E_NORMAL);
        table_set(t, F_OWNER, r->owner, 0, false, E_NORMAL);
        table_set(t, F_CATEGORY, r->category, 0, false, E_NORMAL);
        if (risk_is_unscored(k)) {
            /* listed without scores: said in words, not left to a blank or a colour */
            table_set(t, F_LIKELIHOOD, "", 0, true, E_NORMAL);
            table_set(t, F_IMPACT, "", 0, true, E_NORMAL);
            table_set(t, F_SCORE, "-", 0, true, E_GREY);
            table_set(t, F_RATING, "unscored", 0, true, E_GREY);
        } else {
            snprintf(text, sizeof text, "%d", k->likelihood);
            table_set(t, F_LIKELIHOOD, text, k->likelihood, true, E_NORMAL);
            snprintf(text, sizeof text, "%d", k->impact);
            table_set(t, F_IMPACT, text, k->impact, true, E_NORMAL);
            snprintf(text, sizeof text, "%d", score);
            table_set(t, F_SCORE, text, score, true, E_NORMAL);
            table_set(t, F_RATING, rating_words[rating], rating, true,
                      element_for_rag(risk_rating_rag(rating)));
        }
        text[0] = '\0';
        if (target > 0)
            snprintf(text, sizeof text, "%d", target);
        table_set(t, F_TARGET, text, target, true, E_NORMAL);
        risk_movement movement = risk_movement_between(previous != NULL ? previous[i] : 0, score);
        const char *glyph = movement == MOVEMENT_UP     ? s->theme.up
                            : movement == MOVEMENT_DOWN ? s->theme.down
                            : movement == MOVEMENT_SAME ? s->theme.same
                                                        : "";
        table_set(t, F_MOVEMENT, glyph, movement, true,
                  movement == MOVEMENT_UP     ? E_BAD
                  : movement == MOVEMENT_DOWN ? E_GOOD
                                              : E_NORMAL);
        text[0] = '\0';
        if (k->has_next_review)
            date_format(text, sizeof text, k->next_review);
        table_set(t, F_NEXT_REVIEW, text, 0, false, overdue ? E_RED : E_NORMAL);
        table_set(t, F_OVERDUE, overdue ? "OVERDUE" : "", overdue, true, overdue ? E_RED : E_NORMAL);
        table_set(t, F_STATUS, risk_status_name(k->status), 0, false,
                  k->status == RISK_CLOSED ? E_DIM : E_NORMAL);
        row->marked = overdue || rating == RATING_HIGH;
    }
    table_arrange(t, &p->layout);
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
    char title[64] = "Target (after mitigation)";
    if (!target)
        snprintf(title, sizeof title, unscored > 0 ? "Current scores; %zu unscored" : "Current scores",
                 unscored);
    draw_text(th, y, x, 27, title, theme_attr(th, E_TITLE), false);
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
    bool beside = width >= 110;
    bool below = !beside && height >= 18;
    if (beside) {
        int map_width = 27;
        panel_draw_table(p, s, y, x, height, width - map_width - 2);
        draw_map(p, s, y, x + width - map_width, false);
        if (height >= 18)
            draw_map(p, s, y + 9, x + width - map_width, true);
    } else if (below) {
        panel_draw_table(p, s, y, x, height - 9, width);
        draw_rule(&s->theme, y + height - 9, x, width, theme_attr(&s->theme, E_DIM));
        draw_map(p, s, y + height - 8, x, false);
        if (width >= 56)
            draw_map(p, s, y + height - 8, x + 30, true);
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

static void detail(panel *p, tui_state *s, const table_row *row, text_lines *out)
{
    (void)p;
    const risk_row *r = &s->data.risks.rows[row->source];
    const risk_scores *k = &r->scores;
    risk_bands bands = s->cfg->risks;
    int score = risk_score(k->likelihood, k->impact), target = risk_target_score(k);
    char last[16] = "", next[16] = "";
    if (k->has_last_reviewed)
        date_format(last, sizeof last, k->last_reviewed);
    if (k->has_next_review)
        date_format(next, sizeof next, k->next_review);
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
            lines_add(out, "  %s  %d x %d = %2d  %s", h->reviewed_on, h->likelihood, h->impact,
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
    .fields = fields,
    .nfields = F_COUNT,
    .init = init,
    .fini = fini,
    .build = build,
    .draw = draw,
    .action = act,
    .detail = detail,
    .caption = caption,
    .table = TABLE_DEF_RISKS,
    .record = record,
};
