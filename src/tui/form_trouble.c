/* form_trouble.c - what a form shows when its save cannot go through: the
 * database file removed or replaced under it (open the new one, or write the
 * edit to a CSV file), or someone else's save since it opened. */
#include <stdio.h>
#include <string.h>

#include "form_internal.h"

/* The database file went from under the form: what happened, what to do. */
void form_draw_moved(form *f, tui_state *s)
{
    const theme *th = &s->theme;
    const char *path = store_path(s->options->store);
    text_lines lines = {NULL, 0, 0};
    bool removed = s->file == STORE_FILE_REMOVED;
    lines_add(&lines, "Not saved: the database file was %s after the dashboard opened it.",
              removed ? "removed" : "replaced by another file (a backup restored, or a copy moved over it)");
    lines_add(&lines, "Nothing was written to either file. Your edit is still in the form.");
    lines_add(&lines, "%s", "");
    lines_add(&lines, "The file: %s", path);
    lines_add(&lines, "%s", "");
    if (!removed)
        lines_add(&lines, "o  open the file now there, and go back to your form to save into it");
    lines_add(&lines, "w  write your edit to a CSV file, to bring in later with assure import");
    lines_add(&lines, "Esc  back to your form");
    if (f->message[0] != '\0') {
        lines_add(&lines, "%s", "");
        lines_add(&lines, "%s", f->message);
    }
    for (size_t i = 0; i < lines.count && 4 + (int)i < LINES - 2; i++)
        draw_text(th, 4 + (int)i, 1, COLS - 2, lines.lines[i], i == 0 ? A_BOLD : A_NORMAL, false);
    lines_free(&lines);
    draw_text(th, LINES - 1, 0, COLS,
              removed ? " w write your edit to a CSV file   Esc back to your form"
                      : " o open the file now there   w write your edit to CSV   Esc back",
              theme_attr(th, E_STATUS), false);
}

form_result form_moved_key(form *f, tui_state *s, int key)
{
    if (key == 27) {
        f->stage = STAGE_EDIT;
        snprintf(f->message, sizeof f->message, "Not saved. Your form is as you left it.");
    } else if (key == 'o' && s->file != STORE_FILE_REMOVED) {
        if (tui_reopen(s)) {
            f->stage = STAGE_EDIT;
            snprintf(f->message, sizeof f->message,
                     "Opened the file now at the path. Save again to write your edit into it.");
        } else {
            snprintf(f->message, sizeof f->message, "%s", s->status);
        }
    } else if (key == 'w') {
        edit_record after;
        char path[4200];
        assure_error err = {""};
        if (!form_to_record(f, &after)) {
            f->stage = STAGE_EDIT;
            return FORM_OPEN;
        }
        if (unsaved_write(&after, path, sizeof path, &err) == ASSURE_OK)
            snprintf(f->message, sizeof f->message,
                     "Your edit is in %.300s: assure import %s %.300s brings it in", path,
                     table_def_get(f->table)->name, path);
        else
            snprintf(f->message, sizeof f->message, "Not written: %.400s", err.message);
        edit_record_free(&after);
    }
    return FORM_OPEN;
}

/* What differs between the row as the form found it and as it is now stored. */
void form_conflict_lines(form *f, text_lines *out)
{
    const table_def *t = table_def_get(f->table);
    if (!f->theirs.exists) {
        lines_add(out, f->before.exists
                           ? "Someone else has deleted this row since you opened the form."
                           : "Someone else has added a row with this key since you opened the form.");
        return;
    }
    for (size_t i = 0; i < f->nfields; i++) {
        const form_field *ff = &f->fields[i];
        if (ff->year >= 0)
            continue;
        char found[256] = "", now[256] = "";
        if (f->before.exists)
            field_format(ff->def, &f->before.values[ff->field], found, sizeof found);
        field_format(ff->def, &f->theirs.values[ff->field], now, sizeof now);
        if (strcmp(found, now) != 0 || !f->before.exists)
            lines_add(out, "  %-18s yours: %-18.18s  now stored: %s", ff->label, ff->edit.text, now);
    }
    if (f->table == TABLE_DEF_SAVINGS && f->before.nyears != f->theirs.nyears)
        lines_add(out, "  the profile now has %zu years (you saw %zu)", f->theirs.nyears, f->before.nyears);
    else if (f->table == TABLE_DEF_SAVINGS)
        for (size_t y = 0; y < f->theirs.nyears; y++)
            for (int m = 0; m < SAVINGS_MEASURE_FIELDS; m++) {
                char found[64], now[64], fy[16];
                field_format(&t->fields[SAVINGS_FIELD_TARGET + m],
                             &f->before.years[y][SAVINGS_FIELD_TARGET + m], found, sizeof found);
                field_format(&t->fields[SAVINGS_FIELD_TARGET + m],
                             &f->theirs.years[y][SAVINGS_FIELD_TARGET + m], now, sizeof now);
                field_format(&t->fields[SAVINGS_FIELD_FY], &f->theirs.years[y][SAVINGS_FIELD_FY], fy,
                             sizeof fy);
                if (strcmp(found, now) != 0)
                    lines_add(out, "  %s %-10s you saw: %-12s now stored: %s", fy,
                              t->fields[SAVINGS_FIELD_TARGET + m].name, found, now);
            }
}
