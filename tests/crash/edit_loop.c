/* edit_loop DB REF [COUNT]: edit savings line REF again and again, as the
 * dashboard's form does (store_record_save, one transaction an edit), until
 * killed or COUNT edits are saved.  Edit n sets the name to "Edit n", the
 * owner to "Owner n" and every profile year's forecast to n x 1,000 + the
 * year's place, so that what a kill leaves behind shows whether any edit was
 * half-written: tests/e2e/crash.sh checks it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fields.h"
#include "store.h"

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: edit_loop DB REF [COUNT]\n");
        return 2;
    }
    long count = argc > 3 ? atol(argv[3]) : 0;
    assure_error err = {""};
    store *s;
    store_open_report report;
    if (store_open(argv[1], STORE_READ_WRITE, &s, &report, &err) != ASSURE_OK) {
        fprintf(stderr, "edit_loop: %s\n", err.message);
        return 1;
    }
    const table_def *t = table_def_get(TABLE_DEF_SAVINGS);
    int ref = table_field_index(t, "ref"), name = table_field_index(t, "name");
    int owner = table_field_index(t, "owner"), forecast = table_field_index(t, "forecast");
    store_actor actor;
    store_actor_now(&actor, "");
    for (long done = 0; count == 0 || done < count; done++) {
        edit_record key, before, after;
        memset(&key, 0, sizeof key);
        key.table = TABLE_DEF_SAVINGS;
        key.exists = true;
        key.values[ref].text = argv[2];
        if (store_record_read(s, &key, &before, &err) != ASSURE_OK || !before.exists) {
            fprintf(stderr, "edit_loop: cannot read %s: %s\n", argv[2], err.message);
            return 1;
        }
        long n = 1;
        if (strncmp(before.values[name].text, "Edit ", 5) == 0)
            n = atol(before.values[name].text + 5) + 1;
        char new_name[32], new_owner[32];
        snprintf(new_name, sizeof new_name, "Edit %ld", n);
        snprintf(new_owner, sizeof new_owner, "Owner %ld", n);
        after = before;
        after.strings = NULL;
        after.values[name].text = new_name;
        after.values[owner].text = new_owner;
        for (size_t y = 0; y < after.nyears; y++) {
            after.years[y][forecast].blank = false;
            after.years[y][forecast].number = n * 1000 + (long)y;
        }
        bool conflict = false;
        if (store_record_save(s, &actor.actor, &before, &after, &conflict, &err) != ASSURE_OK || conflict) {
            fprintf(stderr, "edit_loop: edit %ld not saved: %s\n", n, conflict ? "conflict" : err.message);
            return 1;
        }
        edit_record_free(&before);
    }
    store_close(s);
    return 0;
}
