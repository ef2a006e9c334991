/* panel.c - what the panels share: drawing their table, the audit history in
 * a detail view, and money and changes written short for a screen. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "tui_internal.h"

int panel_draw_table(panel *p, tui_state *s, int y, int x, int height, int width)
{
    table_draw(&p->table, &s->theme, &p->layout, y, x, height, width, true);
    int used = 1 + (int)p->table.norder;
    return used < height ? used : height;
}

void panel_detail_audit(tui_state *s, const char *table_name, const char *key, text_lines *out)
{
    audit_entry *entries;
    size_t count;
    assure_error err;
    lines_add(out, "%s", "");
    if (store_audit_for(s->options->store, table_name, key, 200, &entries, &count, &err) != ASSURE_OK) {
        lines_add(out, "Audit trail: %s", err.message);
        return;
    }
    lines_add(out, "Audit trail (newest first): %zu entr%s", count, count == 1 ? "y" : "ies");
    for (size_t i = 0; i < count; i++) {
        const audit_entry *e = &entries[i];
        char who[256], when[64], at[80], was[sizeof e->old_value], now[sizeof e->new_value];
        snprintf(who, sizeof who, "%s%s%s", e->who, e->client[0] ? " from " : "", e->client);
        /* "27 Dec 2026 16:20" the widest; a date changed is shown as a date */
        date_show(when, sizeof when, e->at);
        text_pad(at, sizeof at, when, 17, false);
        date_show(was, sizeof was, e->old_value);
        date_show(now, sizeof now, e->new_value);
        if (e->field[0] != '\0')
            lines_add(out, "  %s  %s %s  %s: %s -> %s", at, who, e->action, e->field, was, now);
        else if (e->old_value[0] == '\0')
            lines_add(out, "  %s  %s %s  added %s", at, who, e->action, e->key);
        else
            lines_add(out, "  %s  %s %s  removed %s", at, who, e->action, e->key);
    }
    free(entries);
}

/* The row of the panel whose cell in field is text (and in field2 text2,
 * when given): the first such. */
static bool select_row(panel *p, size_t field, const char *text, size_t field2, const char *text2)
{
    table *t = &p->table;
    for (size_t i = 0; i < t->norder; i++) {
        const table_row *r = &t->rows[t->order[i]];
        if (r->kind != ROW_LINE || r->cells[field].text == NULL || strcmp(r->cells[field].text, text) != 0)
            continue;
        if (text2 != NULL && (r->cells[field2].text == NULL || strcmp(r->cells[field2].text, text2) != 0))
            continue;
        t->selected = i;
        return true;
    }
    return false;
}

bool panel_show_row(tui_state *s, int view, size_t field, const char *text, size_t field2, const char *text2)
{
    panel *p = &s->panels[view];
    s->current = view;
    tui_build_if_stale(s, p);
    if (text == NULL)
        return true;
    p->table.filter[0] = '\0';
    p->table.only_field = -1;
    table_arrange(&p->table, &p->layout);
    return select_row(p, field, text, field2, text2);
}

void record_blank(edit_record *out, table_id which)
{
    memset(out, 0, sizeof *out);
    out->table = which;
    for (size_t i = 0; i < sizeof out->values / sizeof out->values[0]; i++) {
        out->values[i].blank = true;
        out->values[i].number = MONEY_UNKNOWN;
    }
}

void screen_money(char *buf, size_t size, money value)
{
    if (value == MONEY_UNKNOWN) {
        snprintf(buf, size, "%s", "");
        return;
    }
    money magnitude = value < 0 ? -value : value;
    money_format_short(buf, size, value, magnitude >= 10000000 ? 1 : 2);
}

void screen_money_signed(char *buf, size_t size, money value)
{
    if (value != MONEY_UNKNOWN && value > 0 && size > 1) {
        buf[0] = '+';
        screen_money(buf + 1, size - 1, value);
    } else {
        screen_money(buf, size, value);
    }
}

change_judgement headline_change(const tui_state *s, headline h, char *buf, size_t size)
{
    buf[0] = '\0';
    int64_t now;
    if (!s->data.has_snapshot || !s->data.since_known[h] || !headline_value(&s->data.now, h, &now))
        return CHANGE_NONE;
    return headline_format_change(buf, size, h, s->data.since_value[h], now, screen_headline_style(s));
}

headline_style screen_headline_style(const tui_state *s)
{
    return (headline_style){HEADLINE_SCREEN, s->theme.utf8, false};
}
