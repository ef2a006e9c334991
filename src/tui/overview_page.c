/* overview_page.c - the Overview's page: lines that scroll, parts that
 * flow rather than be cut, and lists that say how many they leave out. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "overview_page.h"
#include "text.h"

#define SECTION_WIDTH 10

int overview_row(const page *pg, int line)
{
    int y = pg->top + line - pg->scroll;
    return y >= pg->top && y < pg->bottom ? y : -1;
}

/* Text at (line, x), clipped at right; returns the columns it takes,
 * drawn or not. */
int overview_put(const page *pg, int line, int x, int right, const char *text, attr_t attr)
{
    int y = overview_row(pg, line);
    if (y >= 0)
        return draw_plain(pg->th, y, x, right, text, attr);
    int columns = text_columns(text);
    return columns < right - x ? columns : right - x > 0 ? right - x : 0;
}

/* One part of a card where it fits: on a new line when it does not (never
 * cut while a line would hold it), and cut with an ellipsis only when no
 * line is wide enough. */
void overview_part(flow *f, const char *text, attr_t attr)
{
    int width = text_columns(text);
    if (f->x > f->left && f->x + width > f->right) {
        f->y++;
        f->x = f->left;
    }
    if (f->x + width > f->right) {
        int y = overview_row(f->pg, f->y);
        if (y >= 0)
            draw_text(f->pg->th, y, f->x, f->right - f->x, text, attr, false);
        f->x = f->right;
        return;
    }
    f->x += overview_put(f->pg, f->y, f->x, f->right, text, attr);
}

void overview_gap(flow *f, int columns)
{
    if (f->x > f->left && f->x + columns <= f->right)
        f->x += columns;
}

void overview_pct(char *buf, size_t size, decimal d)
{
    if (!d.defined) {
        snprintf(buf, size, "none");
        return;
    }
    decimal_format(buf, size, d);
    strncat(buf, "%", size - strlen(buf) - 1);
}

staffing_set overview_latest_staffing(tui_data *d)
{
    return d->latest_date[0] != '\0' ? data_staffing_on(d, d->latest_date) : (staffing_set){NULL, 0, NULL};
}

/* ---- lists that say how many they leave out ---- */

/* An item of a list, ", " before all but the first. */
typedef void (*item_text)(tui_state *s, const size_t *items, size_t i, char *buf, size_t size);

/* Items on the line while they fit, then "+N more" for the rest: a list
 * never hides an item without saying so. */
static void list_line(tui_state *s, flow *f, const size_t *items, size_t n, item_text text, attr_t attr)
{
    for (size_t i = 0; i < n; i++) {
        char item[600], more[48] = "";
        text(s, items, i, item, sizeof item);
        if (i + 1 < n)
            snprintf(more, sizeof more, " +%zu more", n - i - 1);
        if (i == 0) { /* the first always shows, on the next line if need be */
            overview_part(f, item, attr);
            continue;
        }
        if (f->x + text_columns(item) + text_columns(more) > f->right) {
            snprintf(more, sizeof more, " +%zu more", n - i);
            overview_part(f, more, theme_attr(&s->theme, E_DIM));
            return;
        }
        f->x += overview_put(f->pg, f->y, f->x, f->right, item, attr);
    }
}

typedef struct {
    int64_t pct; /* uncovered, tenths */
    size_t row;
} hot_spot;

static int worst_first(const void *a, const void *b)
{
    const hot_spot *x = a, *y = b;
    if (x->pct != y->pct)
        return x->pct > y->pct ? -1 : 1;
    return x->row < y->row ? -1 : x->row > y->row;
}

static void hot_spot_text(tui_state *s, const size_t *items, size_t i, char *buf, size_t size)
{
    staffing_set latest = overview_latest_staffing(&s->data);
    const staffing_row *row = &latest.rows[items[i]];
    char pct[32];
    overview_pct(pct, sizeof pct, staffing_uncovered_pct(&row->fte));
    snprintf(buf, size, "%s %s %s %s", i > 0 ? "," : "", row->area, row->role, pct);
}

/* The red hot spots, worst first. */
void overview_hot_spots(tui_state *s, flow *f)
{
    staffing_set latest = overview_latest_staffing(&s->data);
    hot_spot *spots = malloc((latest.count + 1) * sizeof *spots);
    size_t *items = malloc((latest.count + 1) * sizeof *items);
    size_t n = 0;
    for (size_t i = 0; spots != NULL && items != NULL && i < latest.count; i++) {
        decimal u = staffing_uncovered_pct(&latest.rows[i].fte);
        if (u.defined && staffing_rag(&latest.rows[i].fte, s->cfg->staffing) == RAG_RED)
            spots[n++] = (hot_spot){u.units, i};
    }
    if (n > 0)
        qsort(spots, n, sizeof *spots, worst_first);
    for (size_t i = 0; i < n; i++)
        items[i] = spots[i].row;
    overview_part(f, "Hot spots", theme_attr(&s->theme, E_DIM));
    if (n == 0)
        overview_part(f, " none", A_NORMAL);
    else
        list_line(s, f, items, n, hot_spot_text, theme_attr(&s->theme, E_RED));
    free(spots);
    free(items);
}

static void high_risk_text(tui_state *s, const size_t *items, size_t i, char *buf, size_t size)
{
    const risk_row *r = &s->data.risks.rows[items[i]];
    bool overdue = risk_is_overdue(&r->scores, s->data.today, s->cfg->risks);
    snprintf(buf, size, "%s %s %d%s", i > 0 ? "," : "", r->ref,
             risk_score(r->scores.likelihood, r->scores.impact), overdue ? " overdue" : "");
}

/* The open high risks by name, highest score first. */
void overview_high_risks(tui_state *s, flow *f)
{
    const risks_set *set = &s->data.risks;
    size_t *items = malloc((set->count + 1) * sizeof *items);
    size_t n = 0;
    for (int score = 25; items != NULL && score > s->cfg->risks.medium_max; score--)
        for (size_t i = 0; i < set->count; i++) {
            const risk_row *r = &set->rows[i];
            if (r->scores.status == RISK_OPEN && risk_score(r->scores.likelihood, r->scores.impact) == score)
                items[n++] = i;
        }
    overview_part(f, "High", theme_attr(&s->theme, E_DIM));
    list_line(s, f, items, n, high_risk_text, theme_attr(&s->theme, E_RED));
    free(items);
}

/* ---- the benefits profile ---- */

void overview_profile(tui_state *s, const page *pg, int line, int x, int width, int rows)
{
    const theme *th = &s->theme;
    const savings_set *set = &s->data.savings;
    savings_group *groups = malloc((set->nyears + 1) * sizeof *groups); /* a group per year at most */
    size_t n = groups != NULL ? savings_group_totals(set->lines, set->nlines, set->years, set->nyears,
                                                     SAVINGS_BY_FY, 0, groups)
                              : 0;
    int y = overview_row(pg, line);
    if (y >= 0)
        draw_text(th, y, x, SECTION_WIDTH, "PROFILE", theme_attr(th, E_TITLE), false);
    money scale = 0;
    for (size_t g = 0; g < n; g++) {
        const money values[4] = {groups[g].figures.target, groups[g].figures.stretch,
                                 groups[g].figures.forecast, groups[g].figures.actual};
        for (int v = 0; v < 4; v++)
            if (values[v] != MONEY_UNKNOWN && values[v] > scale)
                scale = values[v];
    }
    int bar = width - SECTION_WIDTH - 8 - 26;
    if (bar > 40)
        bar = 40;
    for (size_t g = 0; g < n && (int)g < rows - 1; g++) {
        y = overview_row(pg, line + (int)g);
        if (y < 0)
            continue;
        char fy[16], forecast[16], target[16], text[64];
        fy_format(fy, sizeof fy, groups[g].fy);
        draw_text(th, y, x + SECTION_WIDTH, 8, fy, A_NORMAL, false);
        if (bar > 4)
            draw_profile_bar(th, y, x + SECTION_WIDTH + 8, bar, scale, &groups[g].figures);
        screen_money(forecast, sizeof forecast, groups[g].figures.forecast);
        screen_money(target, sizeof target, groups[g].figures.target);
        snprintf(text, sizeof text, " %s of %s", forecast, target);
        draw_plain(th, y, x + SECTION_WIDTH + 8 + (bar > 4 ? bar : 0), x + width, text, A_NORMAL);
    }
    y = overview_row(pg, line + (int)n);
    if ((int)n < rows && y >= 0) {
        char legend[160];
        snprintf(legend, sizeof legend, "%s actual %s forecast %s target %s stretch", th->block, th->medium,
                 th->shade, th->tick);
        draw_text(th, y, x + SECTION_WIDTH + 8, width - SECTION_WIDTH - 8, legend, theme_attr(th, E_DIM),
                  false);
    }
    free(groups);
}

/* A line saying what was re-profiled since the snapshot, when anything was:
 * "1 line re-profiled since PAM 9 Nov 2026 (£1.00m moved)", wrapped at
 * spaces when the line is narrow. */
void overview_reprofiled(tui_state *s, flow *f)
{
    const slippage_totals *t = &s->data.reprofiled;
    if (!s->data.has_snapshot || (t->lines == 0 && t->slipped_lines == 0))
        return;
    char moved[32], out[32], text[600];
    screen_money(moved, sizeof moved, t->moved);
    screen_money(out, sizeof out, t->slipped_out);
    if (t->lines > 0) {
        int n = snprintf(text, sizeof text, "%s %zu line%s re-profiled since %s (%s moved)", s->theme.later,
                         t->lines, t->lines == 1 ? "" : "s", s->data.since.label, moved);
        if (t->slipped_lines > 0 && n > 0 && (size_t)n < sizeof text)
            snprintf(text + n, sizeof text - (size_t)n, "; %s slipped out of %zu line%s", out,
                     t->slipped_lines, t->slipped_lines == 1 ? "" : "s");
    } else {
        snprintf(text, sizeof text, "%s %s slipped out of %zu line%s since %s", s->theme.later, out,
                 t->slipped_lines, t->slipped_lines == 1 ? "" : "s", s->data.since.label);
    }
    if (f->x > f->left) {
        f->y++;
        f->x = f->left;
    }
    const char *rest = text;
    size_t width = f->right > f->left ? (size_t)(f->right - f->left) : 1;
    while (*rest != '\0') {
        size_t next = 0, bytes = text_wrap_line(rest, width, &next);
        char one[600];
        snprintf(one, sizeof one, "%.*s", (int)bytes, rest);
        overview_put(f->pg, f->y, f->left, f->right, one, A_NORMAL);
        rest += next > 0 ? next : bytes > 0 ? bytes : strlen(rest);
        if (*rest != '\0')
            f->y++;
    }
    f->x = f->right;
}
