/* form.c - adding and editing a row, and reviewing a risk.
 *
 * Every field is read by the same parser as import (field_parse), so a value
 * import would refuse is marked, with the reason, as it is typed.  Nothing is
 * saved until the user confirms; Esc abandons.  The form keeps the row as it
 * found it: if someone else saves the row first, saving shows both versions
 * and asks, and never overwrites silently.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "field.h"
#include "form_internal.h"
#include "tui_internal.h"
#include "view_milestones.h"

#define NEW_YEARS 2 /* blank profile rows a savings form offers for new years */

/* A field's stored name as a label people read: "establishment_fte" is
 * "establishment FTE", "next_review" "next review". */
static void field_words(const char *name, char *buf, size_t size)
{
    static const char *const upper[] = {"fte", "fy", "kpi", "roi", "rag", "gbp", "pct", NULL};
    size_t n = 0;
    buf[0] = '\0';
    for (const char *word = name; *word != '\0' && n + 1 < size;) {
        size_t length = strcspn(word, "_");
        bool shout = false;
        for (int u = 0; upper[u] != NULL; u++)
            shout = shout || (strlen(upper[u]) == length && strncmp(word, upper[u], length) == 0);
        for (size_t i = 0; i < length && n + 1 < size; i++)
            buf[n++] = shout ? (char)(word[i] - 'a' + 'A') : word[i];
        word += length;
        if (*word == '_') {
            word++;
            if (n + 1 < size)
                buf[n++] = ' ';
        }
    }
    buf[n] = '\0';
}

static form_field *add_field(form *f, const table_def *t, int field, int year, const char *label,
                             const char *text, bool locked)
{
    if (f->nfields == FORM_MAX_FIELDS)
        return NULL;
    form_field *ff = &f->fields[f->nfields++];
    memset(ff, 0, sizeof *ff);
    ff->def = &t->fields[field];
    ff->field = field;
    ff->year = year;
    ff->locked = locked;
    snprintf(ff->label, sizeof ff->label, "%s", label);
    if (text == NULL)
        text = "";
    if (strlen(text) >= FIELD_EDIT_MAX) {
        /* Editing a cut-down copy would lose the rest on save: keep the
         * stored value and say where it can be changed. */
        ff->too_long = true;
        ff->locked = true;
        size_t cut = 200;
        while (cut > 0 && ((unsigned char)text[cut] & 0xC0) == 0x80)
            cut--; /* not inside a character */
        char shown[260];
        snprintf(shown, sizeof shown, "%.*s...", (int)cut, text);
        field_edit_set(&ff->edit, shown, FIELD_EDIT_MAX, false);
    } else {
        field_edit_set(&ff->edit, text, FIELD_EDIT_MAX, !ff->locked); /* typing replaces what is there */
    }
    memcpy(ff->initial, ff->edit.text, strlen(ff->edit.text) + 1);
    return ff;
}

/* A milestone's depends_on: milestones that are there, and no cycle. */
static void validate_depends_on(form *f)
{
    form_field *ref = NULL, *depends = NULL;
    for (size_t i = 0; i < f->nfields; i++) {
        if (f->fields[i].field == MILESTONE_FIELD_REF)
            ref = &f->fields[i];
        if (f->fields[i].field == MILESTONE_FIELD_DEPENDS_ON)
            depends = &f->fields[i];
    }
    if (ref == NULL || depends == NULL || ref->error[0] != '\0' || depends->error[0] != '\0')
        return;
    char key[1024], list[1024];
    snprintf(key, sizeof key, "%s", ref->edit.text);
    snprintf(list, sizeof list, "%s", depends->edit.text);
    milestones_depends_allowed(f->plan, field_trim(key), field_trim(list), depends->error,
                               sizeof depends->error);
}

static void validate(form *f)
{
    for (size_t i = 0; i < f->nfields; i++) {
        form_field *ff = &f->fields[i];
        field_value v;
        const char *why = "";
        char copy[1024];
        snprintf(copy, sizeof copy, "%s", ff->edit.text);
        bool blank_new_year = ff->year >= 0 && ff->field == SAVINGS_FIELD_FY && field_trim(copy)[0] == '\0';
        ff->error[0] = '\0';
        if (blank_new_year || ff->too_long)
            continue; /* a new year left blank is simply not added */
        if (!field_parse(ff->def, field_trim(copy), NULL, &v, &why))
            snprintf(ff->error, sizeof ff->error, "%s", why);
    }
    if (f->table == TABLE_DEF_RISKS) {
        /* the row's own rules: a likelihood and an impact, or neither (unscored) */
        field_value values[RISK_FIELD_COUNT];
        form_field *by_field[RISK_FIELD_COUNT] = {NULL};
        memset(values, 0, sizeof values);
        bool readable = true;
        for (size_t i = 0; i < f->nfields; i++) {
            form_field *ff = &f->fields[i];
            if (ff->year >= 0 || ff->field < 0 || ff->field >= RISK_FIELD_COUNT)
                continue;
            char copy[1024];
            snprintf(copy, sizeof copy, "%s", ff->edit.text);
            readable = readable && ff->error[0] == '\0' &&
                       field_parse(ff->def, field_trim(copy), NULL, &values[ff->field], NULL);
            by_field[ff->field] = ff;
        }
        int bad = 0;
        const char *why = "";
        if (readable && by_field[RISK_FIELD_LIKELIHOOD] != NULL && by_field[RISK_FIELD_IMPACT] != NULL &&
            !table_row_check(f->table, values, &bad, &why) && bad >= 0 && bad < RISK_FIELD_COUNT &&
            by_field[bad] != NULL)
            snprintf(by_field[bad]->error, sizeof by_field[bad]->error, "%s", why);
    }
    if (f->plan != NULL)
        validate_depends_on(f);
    if (f->table == TABLE_DEF_SAVINGS) {
        /* the same year twice */
        for (size_t i = 0; i < f->nfields; i++)
            for (size_t j = 0; j < i; j++) {
                form_field *a = &f->fields[i], *b = &f->fields[j];
                if (a->field == SAVINGS_FIELD_FY && b->field == SAVINGS_FIELD_FY && a->edit.text[0] &&
                    a->error[0] == '\0' && strcmp(a->edit.text, b->edit.text) == 0)
                    snprintf(a->error, sizeof a->error, "this year is already in the profile");
            }
    }
}

/* A risk review's fields: the likelihood and impact now, and a note (kept
 * as the description: any text). */
static void add_review_fields(form *f, const table_def *t)
{
    char text[16];
    field_format(&t->fields[RISK_FIELD_LIKELIHOOD], &f->before.values[RISK_FIELD_LIKELIHOOD], text,
                 sizeof text);
    add_field(f, t, RISK_FIELD_LIKELIHOOD, -1, "likelihood now", text, false);
    field_format(&t->fields[RISK_FIELD_IMPACT], &f->before.values[RISK_FIELD_IMPACT], text, sizeof text);
    add_field(f, t, RISK_FIELD_IMPACT, -1, "impact now", text, false);
    add_field(f, t, RISK_FIELD_DESCRIPTION, -1, "note", "", false);
}

static void fill_record_fields(form *f, const edit_record *record, bool adding)
{
    const table_def *t = table_def_get(f->table);
    for (size_t i = 0; i < t->nfields; i++) {
        if (f->table == TABLE_DEF_SAVINGS && i == SAVINGS_FIELD_FY)
            i = SAVINGS_FIELD_BASIS; /* how its years read; the profile follows, a row per year */
        else if (f->table == TABLE_DEF_SAVINGS && i > SAVINGS_FIELD_BASIS)
            break;
        char text[2048] = ""; /* larger than a field holds, so a long value is noticed */
        if (!adding || !record->values[i].blank)
            field_format(&t->fields[i], &record->values[i], text, sizeof text);
        else if (t->fields[i].fallback != NULL)
            snprintf(text, sizeof text, "%s", t->fields[i].fallback); /* what a blank would become */
        bool key = false; /* a key names the row: it cannot change in an edit */
        for (int k = 0; k < 3 && t->keys[k] >= 0; k++)
            key = key || (size_t)t->keys[k] == i;
        if (f->table == TABLE_DEF_INVESTMENT && strcmp(t->fields[i].name, "total") == 0)
            continue; /* a declared total in files, not a stored field */
        char label[64];
        field_words(t->fields[i].name, label, sizeof label);
        add_field(f, t, (int)i, -1, label, text, key && !adding);
    }
    if (f->table != TABLE_DEF_SAVINGS)
        return;
    f->nyears = 0;
    for (size_t y = 0; y < record->nyears + NEW_YEARS && y < EDIT_MAX_YEARS; y++) {
        bool existing = y < record->nyears;
        char fy[16] = "";
        if (existing)
            field_format(&t->fields[SAVINGS_FIELD_FY], &record->years[y][SAVINGS_FIELD_FY], fy, sizeof fy);
        char label[64];
        snprintf(label, sizeof label, existing ? "%s fy" : "new year fy", fy);
        add_field(f, t, SAVINGS_FIELD_FY, (int)y, label, fy, existing);
        for (int m = 0; m < SAVINGS_MEASURE_FIELDS; m++) {
            char text[64] = "";
            if (existing)
                field_format(&t->fields[SAVINGS_FIELD_TARGET + m],
                             &record->years[y][SAVINGS_FIELD_TARGET + m], text, sizeof text);
            snprintf(label, sizeof label, "%s %s", existing ? fy : "new year",
                     t->fields[SAVINGS_FIELD_TARGET + m].name);
            add_field(f, t, SAVINGS_FIELD_TARGET + m, (int)y, label, text, false);
        }
        f->nyears++;
    }
}

/* The fields of the row as found (f->before), checked, the focus on the
 * first that can change. */
static void fill_fields(form *f)
{
    f->nfields = 0;
    if (f->kind == FORM_REVIEW)
        add_review_fields(f, table_def_get(f->table));
    else
        fill_record_fields(f, &f->before, !f->before.exists);
    validate(f);
    for (f->focus = 0; f->focus < f->nfields && f->fields[f->focus].locked; f->focus++)
        ;
}

form *form_open(tui_state *s, form_kind kind, table_id table_of, const edit_record *key, const char *title,
                assure_error *err)
{
    form *f = calloc(1, sizeof *f);
    if (f == NULL) {
        error_set(err, ASSURE_DATA, "out of memory");
        return NULL;
    }
    f->kind = kind;
    f->table = table_of;
    f->plan = table_of == TABLE_DEF_MILESTONES ? &s->data.milestones : NULL;
    snprintf(f->title, sizeof f->title, "%s", title);
    if (key != NULL && key->exists) {
        if (store_record_read(s->options->store, key, &f->before, err) != ASSURE_OK) {
            free(f);
            return NULL;
        }
        if (!f->before.exists) {
            error_set(err, ASSURE_DATA, "that row is no longer there: someone has deleted it");
            edit_record_free(&f->before);
            free(f);
            return NULL;
        }
    } else {
        memset(&f->before, 0, sizeof f->before);
        f->before.table = table_of;
        if (key != NULL) /* defaults for a new row */
            memcpy(f->before.values, key->values, sizeof f->before.values);
        f->before.exists = false;
    }
    fill_fields(f);
    return f;
}

void form_free(form *f)
{
    if (f == NULL)
        return;
    edit_record_free(&f->before);
    edit_record_free(&f->theirs);
    free(f);
}

/* The record the form describes now; false (with a message) if a field is wrong. */
bool form_to_record(form *f, edit_record *out)
{
    validate(f);
    for (size_t i = 0; i < f->nfields; i++) {
        if (f->fields[i].error[0] != '\0') {
            snprintf(f->message, sizeof f->message, "Fix %s first: %s", f->fields[i].label,
                     f->fields[i].error);
            f->focus = i;
            return false;
        }
    }
    memset(out, 0, sizeof *out);
    out->table = f->table;
    out->exists = true;
    memcpy(out->values, f->before.values, sizeof out->values);
    bool year_used[EDIT_MAX_YEARS] = {false};
    field_value years[EDIT_MAX_YEARS][TABLE_MAX_FIELDS];
    memset(years, 0, sizeof years);
    for (size_t i = 0; i < f->nfields; i++) {
        form_field *ff = &f->fields[i];
        if (ff->too_long)
            continue; /* the stored value, copied above, stands */
        field_value v;
        char copy[1024];
        snprintf(copy, sizeof copy, "%s", ff->edit.text);
        char *text = field_trim(copy);
        calendar_date day;
        char iso[16];
        if (f->table == TABLE_DEF_ACTIONS && ff->field == ACTION_FIELD_RAISED_AT &&
            date_parse(text, &day, NULL)) {
            date_format(iso, sizeof iso, day); /* wholly a date: kept ISO, as an import keeps it */
            text = iso;
        }
        if (!field_parse(ff->def, text, NULL, &v, NULL))
            continue; /* a blank new year */
        if (v.text != NULL &&
            (ff->def->kind == FIELD_TEXT || ff->def->kind == FIELD_REF || ff->def->kind == FIELD_REF_LIST))
            v.text = pool_copy(&out->strings, text);
        if (ff->year < 0) {
            out->values[ff->field] = v;
        } else {
            years[ff->year][ff->field] = v;
            if (ff->field == SAVINGS_FIELD_FY && !v.blank)
                year_used[ff->year] = true;
        }
    }
    if (f->table == TABLE_DEF_SAVINGS) {
        for (size_t y = 0; y < f->nyears; y++) {
            if (!year_used[y])
                continue;
            bool any = false;
            for (int m = 0; m < SAVINGS_MEASURE_FIELDS; m++)
                any = any || !years[y][SAVINGS_FIELD_TARGET + m].blank;
            if (!any)
                continue; /* every figure cleared: the year goes */
            field_value *row = out->years[out->nyears++];
            memcpy(row, years[y], sizeof years[y]);
            row[SAVINGS_FIELD_REF] = out->values[SAVINGS_FIELD_REF]; /* the line's ref */
        }
    }
    return true;
}

/* Save; true when done (saved), false to stay in the form.  A colleague's
 * write is waited for as long as [database] busy_timeout says, the wait shown
 * as it goes (tui.c); the form keeps what was typed whatever happens. */
static bool save(form *f, tui_state *s)
{
    edit_record after;
    if (!form_to_record(f, &after)) {
        f->stage = STAGE_EDIT;
        return false;
    }
    store_actor actor;
    store_actor_now(&actor, "");
    assure_error err = {""};
    bool conflict = false;
    assure_status status;
    store *db = s->options->store;
    if (f->kind == FORM_REVIEW) {
        calendar_date today = s->data.today;
        calendar_date next = risk_next_review_after(today, s->cfg->risks);
        status =
            store_risk_review(db, &actor.actor, &f->before, (int)after.values[RISK_FIELD_LIKELIHOOD].number,
                              (int)after.values[RISK_FIELD_IMPACT].number,
                              after.values[RISK_FIELD_DESCRIPTION].text, today, next, &conflict, &err);
    } else {
        status = store_record_save(db, &actor.actor, &f->before, &after, &conflict, &err);
    }
    if (status == ASSURE_OK && conflict) {
        edit_record_free(&f->theirs);
        store_record_read(db, f->before.exists ? &f->before : &after, &f->theirs, &err);
        f->stage = STAGE_CONFLICT;
        edit_record_free(&after);
        return false;
    }
    edit_record_free(&after);
    if (status == ASSURE_OK)
        return true;
    f->message[0] = '\0';
    store_file_state state = tui_check_file(s);
    if (state == STORE_FILE_REPLACED || state == STORE_FILE_REMOVED) {
        f->stage = STAGE_MOVED;
        return false;
    }
    f->stage = STAGE_EDIT;
    snprintf(f->message, sizeof f->message, "Not saved: %.400s. Enter on Save tries again; Esc leaves it",
             err.message);
    return false;
}

void form_say(form *f, const char *message)
{
    snprintf(f->message, sizeof f->message, "%s", message);
}

void form_draw(form *f, tui_state *s)
{
    const theme *th = &s->theme;
    draw_text(th, 2, 1, COLS - 2, f->title, theme_attr(th, E_TITLE), false);
    if (f->stage == STAGE_MOVED) {
        form_draw_moved(f, s);
        return;
    }
    if (f->stage == STAGE_CONFLICT) {
        text_lines lines = {NULL, 0, 0};
        if (f->theirs.exists) { /* else the first line says it was deleted */
            lines_add(&lines, "Someone else saved this row after you opened the form. What they changed:");
            lines_add(&lines, "%s", "");
        }
        form_conflict_lines(f, &lines);
        for (size_t i = 0; i < lines.count && 4 + (int)i < LINES - 2; i++)
            draw_text(th, 4 + (int)i, 1, COLS - 2, lines.lines[i], i == 0 ? A_BOLD : A_NORMAL, false);
        lines_free(&lines);
        draw_text(
            th, LINES - 1, 0, COLS,
            f->theirs.exists
                ? " o overwrite with yours   t take theirs (start again from them)   Esc back to your form"
                : " Esc back to your form (nothing was saved)",
            theme_attr(th, E_STATUS), false);
        return;
    }
    int label_width = 22, box = COLS - label_width - 6;
    if (box > 40)
        box = 40;
    int rows = LINES - 6;
    size_t items = f->nfields + 1; /* the fields, then Save */
    if (f->focus < f->top)
        f->top = f->focus;
    if (f->focus >= f->top + (size_t)rows)
        f->top = f->focus - (size_t)rows + 1;
    for (int r = 0; r < rows && f->top + (size_t)r < items; r++) {
        size_t i = f->top + (size_t)r;
        int y = 4 + r;
        bool focused = i == f->focus;
        if (i == f->nfields) {
            draw_text(th, y, 3 + label_width, 10, "[ Save ]", focused ? A_REVERSE | A_BOLD : A_BOLD, false);
            continue;
        }
        form_field *ff = &f->fields[i];
        draw_text(th, y, 1, label_width + 1, ff->label,
                  ff->locked ? theme_attr(th, E_DIM)
                  : focused  ? A_BOLD
                             : A_NORMAL,
                  false);
        if (ff->locked)
            draw_text(th, y, 3 + label_width, box, ff->edit.text, theme_attr(th, E_DIM), false);
        else
            field_edit_draw(&ff->edit, th, y, 3 + label_width, box, A_UNDERLINE, focused);
        if (ff->error[0] != '\0') {
            int room = COLS - (4 + label_width + box);
            draw_text(th, y, 4 + label_width + box, room, ff->error, theme_attr(th, E_RED), false);
            if (focused && text_columns(ff->error) > room) /* read whole above the bottom line */
                draw_text(th, LINES - 2, 1, COLS - 2, ff->error, theme_attr(th, E_RED), false);
        } else if (ff->locked)
            draw_text(th, y, 4 + label_width + box, COLS - (4 + label_width + box),
                      ff->too_long ? "(too long to edit here: export, edit, import)" : "(key)",
                      theme_attr(th, E_DIM), false);
    }
    const char *help =
        f->stage == STAGE_CONFIRM   ? " Save? y saves, n goes back to the form"
        : f->stage == STAGE_DISCARD ? " Discard your changes? y discards them, n goes back to the form"
        : COLS >= 106 ? " Up/Down field  Left/Right/Home/End in it  type to change  Enter next  "
                        "(on Save: Enter saves)  Esc leaves"
                      : " Up Down field  Left Right Home End  Enter next (on Save: saves)  Esc leaves";
    draw_text(th, LINES - 1, 0, COLS, f->message[0] && f->stage == STAGE_EDIT ? f->message : help,
              theme_attr(th, E_STATUS), false);
}

/* Has anything been typed that differs from the row as the form opened? */
static bool changed(const form *f)
{
    for (size_t i = 0; i < f->nfields; i++)
        if (strcmp(f->fields[i].edit.text, f->fields[i].initial) != 0)
            return true;
    return false;
}

form_result form_key(form *f, tui_state *s, int key)
{
    if (f->stage == STAGE_MOVED)
        return form_moved_key(f, s, key);
    if (f->stage == STAGE_CONFLICT) {
        if (key == 27) {
            f->stage = STAGE_EDIT;
            snprintf(f->message, sizeof f->message, "Not saved. Your form is as you left it.");
        } else if (key == 'o' && f->theirs.exists) {
            /* Overwrite: compare against what is stored now, and save again. */
            edit_record_free(&f->before);
            f->before = f->theirs;
            memset(&f->theirs, 0, sizeof f->theirs);
            f->stage = STAGE_EDIT;
            if (save(f, s))
                return FORM_SAVED;
        } else if (key == 't' && f->theirs.exists) {
            /* Take theirs: the form starts again from the stored row. */
            edit_record_free(&f->before);
            f->before = f->theirs;
            memset(&f->theirs, 0, sizeof f->theirs);
            fill_fields(f);
            f->stage = STAGE_EDIT;
            snprintf(f->message, sizeof f->message,
                     "The form now shows what is stored; change it and save, or Esc");
        }
        return FORM_OPEN;
    }
    if (f->stage == STAGE_CONFIRM || f->stage == STAGE_DISCARD) {
        /* y saves (or discards the changes); any other key goes back to the form */
        form_stage asked = f->stage;
        f->stage = STAGE_EDIT;
        f->message[0] = '\0';
        if (key != 'y' && key != 'Y')
            return FORM_OPEN;
        return asked == STAGE_DISCARD ? FORM_ABANDONED : save(f, s) ? FORM_SAVED : FORM_OPEN;
    }
    if (key == 27 && changed(f)) {
        f->stage = STAGE_DISCARD; /* ask first */
        return FORM_OPEN;
    }
    if (key == 27)
        return FORM_ABANDONED;
    f->message[0] = '\0';
    size_t items = f->nfields + 1;
    switch (key) {
    case KEY_UP: f->focus = f->focus > 0 ? f->focus - 1 : 0; return FORM_OPEN;
    case KEY_DOWN:
    case '\t': f->focus = f->focus + 1 < items ? f->focus + 1 : f->focus; return FORM_OPEN;
    case KEY_BTAB: f->focus = f->focus > 0 ? f->focus - 1 : 0; return FORM_OPEN;
    case KEY_PPAGE: f->focus = f->focus > 10 ? f->focus - 10 : 0; return FORM_OPEN;
    case KEY_NPAGE: f->focus = f->focus + 10 < items ? f->focus + 10 : items - 1; return FORM_OPEN;
    case '\n':
    case '\r':
    case KEY_ENTER:
        if (f->focus == f->nfields) {
            edit_record check;
            if (form_to_record(f, &check)) {
                edit_record_free(&check);
                f->stage = STAGE_CONFIRM;
            }
        } else {
            f->focus++;
        }
        return FORM_OPEN;
    default: break;
    }
    if (f->focus >= f->nfields || f->fields[f->focus].locked)
        return FORM_OPEN;
    if (field_edit_key(&f->fields[f->focus].edit, key) == FIELD_EDIT_CHANGED)
        validate(f);
    return FORM_OPEN;
}
