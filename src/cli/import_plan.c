/* import_plan.c - what a file of milestones must hold together: every ref
 * its depends_on cells name is a milestone (in the file, or held and kept),
 * and no milestone depends, through others or on itself, on its own finish.
 * Checked after the last row, over the plan as the import would leave it. */
#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "milestones.h"
#include "text.h"

typedef struct {
    char *ref, *depends_on; /* depends_on NULL: the file has no such column */
    int line;
} plan_read;

struct import_plan {
    milestones_set held; /* as they were before the import */
    plan_read *rows;
    size_t count, capacity;
};

assure_status import_plan_begin(importer *im, store *s, assure_error *err)
{
    if (im->table != TABLE_DEF_MILESTONES)
        return ASSURE_OK;
    im->plan = calloc(1, sizeof *im->plan);
    if (im->plan == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    return store_load_milestones(s, &im->plan->held, err);
}

assure_status import_plan_add(importer *im, char *const *texts, assure_error *err)
{
    import_plan *plan = im->plan;
    if (plan == NULL)
        return ASSURE_OK;
    if (plan->count == plan->capacity) {
        size_t grown = plan->capacity > 0 ? plan->capacity * 2 : 64;
        plan_read *rows = realloc(plan->rows, grown * sizeof *rows);
        if (rows == NULL)
            return error_set(err, ASSURE_DATA, "out of memory");
        plan->rows = rows;
        plan->capacity = grown;
    }
    if (texts[MILESTONE_FIELD_REF][0] == '\0')
        return ASSURE_OK; /* no ref: named as an error of its own */
    plan_read *row = &plan->rows[plan->count];
    bool given = im->field_column[MILESTONE_FIELD_DEPENDS_ON] >= 0;
    row->ref = strdup(texts[MILESTONE_FIELD_REF]);
    row->depends_on = given ? strdup(texts[MILESTONE_FIELD_DEPENDS_ON]) : NULL;
    row->line = im->record_line;
    if (row->ref == NULL || (given && row->depends_on == NULL)) {
        free(row->ref);
        free(row->depends_on);
        return error_set(err, ASSURE_DATA, "out of memory");
    }
    plan->count++;
    return ASSURE_OK;
}

/* The held rows are in ref order. */
static const milestone_row *held_row(const milestones_set *held, const char *ref)
{
    size_t low = 0, high = held->count;
    while (low < high) {
        size_t mid = low + (high - low) / 2;
        int c = strcmp(held->rows[mid].ref, ref);
        if (c == 0)
            return &held->rows[mid];
        if (c < 0)
            low = mid + 1;
        else
            high = mid;
    }
    return NULL;
}

/* "M-02 on M-03, M-03 on M-05, M-05 on M-02" */
static void describe_cycle(const milestone_node *nodes, const size_t *cycle, size_t length, char *out,
                           size_t size)
{
    size_t n = 0;
    out[0] = '\0';
    for (size_t i = 0; i < length && n < size; i++) {
        if (i == 6 && length > 7) {
            snprintf(out + n, size - n, ", and %zu more", length - i);
            return;
        }
        n += (size_t)snprintf(out + n, size - n, "%s%s on %s", i > 0 ? ", " : "", nodes[cycle[i]].ref,
                              nodes[cycle[(i + 1) % length]].ref);
    }
}

static void plan_errors(importer *im, const milestone_node *nodes, size_t nread, size_t count, size_t *cycle)
{
    milestone_plan *made = milestone_plan_make(nodes, count);
    if (made == NULL) {
        import_error(im, im->header_line, 0, "out of memory checking the milestones' dependencies");
        return;
    }
    size_t column = (size_t)im->field_column[MILESTONE_FIELD_DEPENDS_ON] + 1;
    for (size_t i = 0; i < nread; i++) {
        const char *cursor = nodes[i].depends_on, *ref;
        size_t length;
        while (milestone_depends_next(&cursor, &ref, &length))
            if (milestone_plan_find(made, ref, length) < 0) {
                char name[80], visible[200];
                snprintf(name, sizeof name, "%.*s", (int)(length < 64 ? length : 64), ref);
                text_visible(visible, sizeof visible, name);
                import_error(im, im->plan->rows[i].line, column,
                             "depends_on \"%s\": no milestone has this ref (in the file or held)", visible);
            }
    }
    size_t length = milestone_plan_cycle(made, cycle);
    /* the cycle starts from its lowest index: a row of the file, which come first */
    if (length > 0 && cycle[0] < nread) {
        char ring[1024], visible[2048];
        describe_cycle(nodes, cycle, length, ring, sizeof ring);
        text_visible(visible, sizeof visible, ring);
        import_error(im, im->plan->rows[cycle[0]].line, column,
                     "depends_on: a dependency cycle (%s): no milestone can wait for its own finish",
                     visible);
    }
    milestone_plan_free(made);
}

void import_plan_check(importer *im)
{
    import_plan *plan = im->plan;
    if (plan == NULL)
        return;
    /* the file's rows first, then those held that the import keeps */
    size_t room = plan->count + plan->held.count;
    milestone_node *nodes = malloc((room + 1) * sizeof *nodes);
    size_t *cycle = malloc((room + 1) * sizeof *cycle);
    if (nodes == NULL || cycle == NULL) {
        import_error(im, im->header_line, 0, "out of memory checking the milestones' dependencies");
        free(nodes);
        free(cycle);
        return;
    }
    size_t n = 0;
    for (size_t i = 0; i < plan->count; i++) {
        const milestone_row *held =
            plan->rows[i].depends_on == NULL ? held_row(&plan->held, plan->rows[i].ref) : NULL;
        nodes[n].ref = plan->rows[i].ref;
        nodes[n].depends_on = plan->rows[i].depends_on != NULL ? plan->rows[i].depends_on
                              : held != NULL                   ? held->depends_on
                                                               : "";
        n++;
    }
    size_t nread = n;
    milestone_plan *file = im->replace ? NULL : milestone_plan_make(nodes, nread);
    for (size_t h = 0; file != NULL && h < plan->held.count; h++) {
        const milestone_row *held = &plan->held.rows[h];
        if (milestone_plan_find(file, held->ref, strlen(held->ref)) < 0) {
            nodes[n].ref = held->ref;
            nodes[n].depends_on = held->depends_on;
            n++;
        }
    }
    if (file == NULL && !im->replace) {
        import_error(im, im->header_line, 0, "out of memory checking the milestones' dependencies");
        free(nodes);
        free(cycle);
        return;
    }
    milestone_plan_free(file);
    plan_errors(im, nodes, nread, n, cycle);
    free(nodes);
    free(cycle);
}

void import_plan_free(importer *im)
{
    import_plan *plan = im->plan;
    if (plan == NULL)
        return;
    for (size_t i = 0; i < plan->count; i++) {
        free(plan->rows[i].ref);
        free(plan->rows[i].depends_on);
    }
    free(plan->rows);
    milestones_set_free(&plan->held);
    free(plan);
    im->plan = NULL;
}
