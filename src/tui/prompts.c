/* prompts.c - what the dashboard asks on its bottom line or in a form: a
 * filter as it is typed, an export's format, whether to delete a row (saying
 * what will go, in the words of its table's definition), a snapshot's label,
 * and the forms that add, edit and review rows. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "calendar.h"
#include "draw.h"
#include "export.h"
#include "prompts.h"
#include "text.h"

void prompt_filter(tui_state *s)
{
    panel *p = &s->panels[s->current];
    if (p->layout.ncolumns == 0)
        return;
    field_edit_set(&s->line, p->table.filter, sizeof p->table.filter, true);
    s->mode = MODE_FILTER;
}

void prompt_find(tui_state *s)
{
    if (s->panels[s->current].layout.ncolumns == 0)
        return;
    field_edit_set(&s->line, s->find, sizeof s->find, true);
    s->mode = MODE_FIND;
}

/* Where the text was found, or that it was not. */
static void say_found(tui_state *s, bool found)
{
    const table *t = &s->panels[s->current].table;
    if (found)
        tui_say(s, 5, "\"%s\": row %zu of %zu (. the next, , the one before)", s->find, t->selected + 1,
                t->norder);
    else
        tui_say(s, 5, "No row shown holds \"%s\"", s->find);
}

void prompt_find_again(tui_state *s, int direction)
{
    if (s->find[0] == '\0') {
        tui_say(s, 3, "Nothing to find yet: f finds");
        return;
    }
    say_found(s, table_find(&s->panels[s->current].table, s->find, direction, false));
}

void prompt_export(tui_state *s)
{
    if (s->panels[s->current].layout.ncolumns == 0)
        tui_say(s, 5, "The Overview has no rows to export; export from another panel");
    else
        s->mode = MODE_EXPORT;
}

void prompt_snapshot(tui_state *s)
{
    char when[32];
    date_format_long(when, sizeof when, s->data.today);
    char label[64];
    snprintf(label, sizeof label, "PAM %s", when);
    field_edit_set(&s->line, label, 200, true); /* typing replaces the label offered */
    s->prompt_note[0] = '\0';
    s->mode = MODE_SNAPSHOT;
}

/* "2026/27 / pressure / Homecare hours": a record's key as its table names it. */
static void key_text(const edit_record *r, char *buf, size_t size)
{
    const table_def *t = table_def_get(r->table);
    buf[0] = '\0';
    for (int k = 0; k < 3 && t->keys[k] >= 0; k++) {
        char part[200];
        field_format(&t->fields[t->keys[k]], &r->values[t->keys[k]], part, sizeof part);
        snprintf(buf + strlen(buf), size - strlen(buf), "%s%s", k ? " / " : "", part);
    }
}

/* How many of what goes with a row there are: a savings line's profile
 * years come with its record, a KPI's values are counted in the data. */
static size_t goes_count(const tui_state *s, const edit_record *r)
{
    if (r->table != TABLE_DEF_KPIS)
        return r->nyears;
    size_t values = 0;
    for (size_t i = 0; i < s->data.kpis.nvalues; i++)
        values +=
            strcmp(s->data.kpis.kpis[s->data.kpis.values[i].kpi].ref, r->values[KPI_FIELD_REF].text) == 0;
    return values;
}

/* "savings line ASC-07 Homecare hours, with its 3 profile years": a row as
 * the question about deleting it names it. */
static void delete_words(const tui_state *s, const edit_record *r, char *buf, size_t size)
{
    const table_def *t = table_def_get(r->table);
    snprintf(buf, size, "%s ", t->noun);
    size_t n = strlen(buf);
    if (t->named_by[0] >= 0)
        snprintf(buf + n, size - n, "%s %s", r->values[t->named_by[0]].text, r->values[t->named_by[1]].text);
    else
        key_text(r, buf + n, size - n);
    n = strlen(buf);
    if (t->goes_with != NULL && t->goes_counted) {
        size_t count = goes_count(s, r);
        snprintf(buf + n, size - n, ", with its %zu %s%s", count, t->goes_with, count == 1 ? "" : "s");
    } else if (t->goes_with != NULL) {
        snprintf(buf + n, size - n, ", with its %s", t->goes_with);
    }
}

void prompt_form(tui_state *s, action what)
{
    panel *p = &s->panels[s->current];
    if (p->ops->record == NULL || p->ops->table < 0)
        return;
    const table_row *row = what == ACTION_ADD ? NULL : table_selected(&p->table);
    edit_record key;
    if (what != ACTION_ADD && row == NULL)
        return;
    if (!p->ops->record(p, s, row, &key)) {
        tui_say(s, 5, "A total cannot be edited; choose a row of its own");
        return;
    }
    char title[300];
    const char *noun = table_def_get(key.table)->noun; /* a view may hold rows of two tables (KPIs, values) */
    if (what == ACTION_ADD) {
        char of[200] = "";
        if (key.table == TABLE_DEF_KPI_VALUES && !key.values[KPI_VALUE_FIELD_REF].blank)
            snprintf(of, sizeof of, " of %s", key.values[KPI_VALUE_FIELD_REF].text);
        bool vowel = strchr("aeiou", noun[0]) != NULL && noun[0] != '\0'; /* an action, an issue */
        snprintf(title, sizeof title, "Add %s %s%s", vowel ? "an" : "a", noun, of);
    } else {
        char text[200];
        key_text(&key, text, sizeof text);
        snprintf(title, sizeof title, "%s %s %s", what == ACTION_REVIEW ? "Review" : "Edit", noun, text);
    }
    assure_error err = {""};
    s->form = form_open(s, what == ACTION_REVIEW ? FORM_REVIEW : FORM_RECORD, key.table, &key, title, &err);
    if (s->form == NULL)
        tui_say(s, 8, "Cannot open the form: %s", err.message);
    else
        s->mode = MODE_FORM;
}

void prompt_delete(tui_state *s)
{
    panel *p = &s->panels[s->current];
    const table_row *row = table_selected(&p->table);
    edit_record key;
    if (row == NULL || p->ops->record == NULL || !p->ops->record(p, s, row, &key)) {
        tui_say(s, 5, "Choose a row of its own to delete, not a total");
        return;
    }
    assure_error err = {""};
    if (store_record_read(s->options->store, &key, &s->pending, &err) != ASSURE_OK || !s->pending.exists) {
        edit_record_free(&s->pending);
        tui_say(s, 8, "Cannot delete: %s", err.message[0] ? err.message : "the row is no longer there");
        return;
    }
    char what[300];
    delete_words(s, &s->pending, what, sizeof what);
    snprintf(s->prompt, sizeof s->prompt, "Delete %s? y deletes, any other key keeps it", what);
    s->mode = MODE_CONFIRM_DELETE;
}

static void delete_pending(tui_state *s)
{
    store_actor actor;
    store_actor_now(&actor, "");
    assure_error err = {""};
    bool conflict = false;
    if (store_record_delete(s->options->store, &actor.actor, &s->pending, &conflict, &err) != ASSURE_OK)
        tui_say(s, 8, "Not deleted: %s", err.message);
    else if (conflict)
        tui_say(s, 8, "Not deleted: someone else changed it since you looked; see it again and decide");
    else
        tui_say(s, 5, "Deleted, and written to the audit trail");
    tui_reload(s, false);
}

/* Take the snapshot labelled as typed; false (the label kept, and why said
 * beside it) when it could not be taken. */
static bool take_snapshot(tui_state *s)
{
    store_actor actor;
    store_actor_now(&actor, "");
    assure_error err = {""};
    char typed[FIELD_EDIT_MAX];
    memcpy(typed, s->line.text, sizeof typed);
    const char *label = field_trim(typed);
    if (label[0] == '\0') {
        snprintf(s->prompt_note, sizeof s->prompt_note, "a snapshot needs a label");
        return false;
    }
    snapshot_meeting meeting = {label, s->data.today, ""}; /* the meeting is today's */
    if (store_snapshot_headlines(s->options->store, &actor.actor, &meeting, &s->data.now, &err) !=
        ASSURE_OK) {
        snprintf(s->prompt_note, sizeof s->prompt_note, "not taken: %.500s", err.message);
        return false;
    }
    s->since_choice = -1; /* compare with the new one */
    tui_reload(s, false);
    tui_say(s, 5, "Snapshot \"%s\" taken: changes are now counted from it", label);
    return true;
}

/* Typing the filter: the rows follow each key. */
static void filter_key(tui_state *s, int key)
{
    panel *p = &s->panels[s->current];
    if (key == 27) {
        s->line.text[0] = '\0';
        s->mode = MODE_PANEL;
    } else if (key == '\n' || key == '\r' || key == KEY_ENTER) {
        s->mode = MODE_PANEL;
    } else if (field_edit_key(&s->line, key) != FIELD_EDIT_CHANGED) {
        return;
    }
    if (s->mode == MODE_FILTER) { /* still typing: a run when this key came hard on the last */
        long long now = tui_now_ms();
        s->filter_running = now - s->filter_typed_ms < 150;
        s->filter_typed_ms = now;
    }
    snprintf(p->table.filter, sizeof p->table.filter, "%s", s->line.text);
    table_arrange(&p->table, &p->layout);
}

/* Typing what to find: the first row from the chosen one holding it is
 * chosen as each key comes; Enter keeps it, Esc too (the rows never change). */
static void find_key(tui_state *s, int key)
{
    panel *p = &s->panels[s->current];
    if (key == 27 || key == '\n' || key == '\r' || key == KEY_ENTER) {
        s->mode = MODE_PANEL;
        if (s->find[0] != '\0' && key != 27)
            say_found(s, table_find(&p->table, s->find, 1, true));
        return;
    }
    if (field_edit_key(&s->line, key) != FIELD_EDIT_CHANGED)
        return;
    snprintf(s->find, sizeof s->find, "%s", s->line.text);
    table_find(&p->table, s->find, 1, true);
}

static void export_key(tui_state *s, int key)
{
    panel *p = &s->panels[s->current];
    s->mode = MODE_PANEL;
    if (key == 'c' || key == 'm') {
        char path[2048];
        assure_error err = {""};
        if (export_panel(s, key == 'm', path, sizeof path, &err) == ASSURE_OK)
            tui_say(s, 10, "Exported %zu rows to %s", p->table.norder, path);
        else
            tui_say(s, 10, "Export failed: %s", err.message);
    }
}

static void form_done(tui_state *s, int key)
{
    form_result result = form_key(s->form, s, key);
    if (result == FORM_OPEN)
        return;
    form_free(s->form);
    s->form = NULL;
    s->mode = MODE_PANEL;
    if (result == FORM_SAVED) {
        tui_reload(s, false);
        tui_say(s, 5, "Saved, and written to the audit trail");
    } else {
        tui_say(s, 3, "Abandoned: nothing was saved");
    }
}

static void delete_key(tui_state *s, int key)
{
    s->mode = MODE_PANEL;
    if (key == 'y' || key == 'Y')
        delete_pending(s);
    else
        tui_say(s, 3, "Nothing was deleted");
    edit_record_free(&s->pending);
}

static void snapshot_key(tui_state *s, int key)
{
    if (key == 27) {
        s->mode = MODE_PANEL;
        tui_say(s, 3, "No snapshot taken");
    } else if (key == '\n' || key == '\r' || key == KEY_ENTER) {
        s->mode = MODE_PANEL;
        if (!take_snapshot(s))
            s->mode = MODE_SNAPSHOT; /* what was typed stays, to try again */
    } else {
        field_edit_key(&s->line, key);
    }
}

/* A question on the bottom line with a line being typed: the words before
 * it, the line, and a hint after it. */
static void draw_line_prompt(tui_state *s, const char *before, const char *after)
{
    const theme *th = &s->theme;
    attr_t status = theme_attr(th, E_STATUS);
    draw_text(th, LINES - 1, 0, COLS, "", status, false);
    int x = draw_plain(th, LINES - 1, 0, COLS, before, status);
    /* room for the hint whole, but not less than the text and its cursor */
    int box = COLS - x - text_columns(after) - 1, need = text_columns(s->line.text) + 2;
    box = box < need ? need : box;
    box = box > 40 ? 40 : box;
    box = box > COLS - x ? COLS - x : box;
    field_edit_draw(&s->line, th, LINES - 1, x, box, status, true);
    draw_plain(th, LINES - 1, x + box + 1, COLS, after, status);
}

void prompt_key(tui_state *s, int key)
{
    switch (s->mode) {
    case MODE_FILTER: filter_key(s, key); break;
    case MODE_EXPORT: export_key(s, key); break;
    case MODE_FORM: form_done(s, key); break;
    case MODE_CONFIRM_DELETE: delete_key(s, key); break;
    case MODE_SNAPSHOT: snapshot_key(s, key); break;
    case MODE_FIND: find_key(s, key); break;
    default: break;
    }
}

bool prompt_draw(tui_state *s)
{
    const theme *th = &s->theme;
    if (s->mode == MODE_FILTER) {
        draw_line_prompt(s, "Filter: ", "(Enter keeps it, Esc clears it)");
    } else if (s->mode == MODE_FIND) {
        draw_line_prompt(s, "Find: ", "(Enter, then . the next and , the one before)");
    } else if (s->mode == MODE_CONFIRM_DELETE) {
        draw_text(th, LINES - 1, 0, COLS, s->prompt, theme_attr(th, E_STATUS) | A_BOLD, false);
    } else if (s->mode == MODE_SNAPSHOT) {
        char hint[800];
        snprintf(hint, sizeof hint, "(%s%sEnter takes it, Esc cancels)", s->prompt_note,
                 s->prompt_note[0] ? "; " : "");
        draw_line_prompt(s, "Snapshot label: ", hint);
    } else if (s->mode == MODE_EXPORT) {
        draw_text(th, LINES - 1, 0, COLS, "Export the rows as shown: c CSV, m Markdown (Esc cancels)",
                  theme_attr(th, E_STATUS), false);
    } else {
        return false;
    }
    return true;
}
