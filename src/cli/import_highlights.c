/* import_highlights.c - highlight reports from a file: the table's own
 * columns, or a savings tracker's commentary.  A tracker writes its words
 * line by line ("Commentary", "Next steps", "RAG" beside each line's
 * figures); a highlight is a workstream's, so the lines' words are gathered
 * under their workstream: each line's as "REF: words", joined by "; " in
 * the file's order (the same words of the same line once, as a long-form
 * tracker repeats them each year), the worst of the lines' RAGs, and their
 * leads named once each.  A line's workstream is the file's Workstream
 * cell, else the savings line held with its ref. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "highlights.h"
#include "import.h"
#include "text.h"

/* Headings trackers write for a highlight's fields, by their text_key;
 * field -1: the savings line's ref. */
static const struct {
    const char *key;
    int field;
} tracker_headings[] = {
    {"ref", -1},
    {"savingsref", -1},
    {"lineref", -1},
    {"refno", -1},
    {"reference", -1},
    {"commentary", HIGHLIGHT_FIELD_PROGRESS},
    {"comments", HIGHLIGHT_FIELD_PROGRESS},
    {"comment", HIGHLIGHT_FIELD_PROGRESS},
    {"progresssofar", HIGHLIGHT_FIELD_PROGRESS},
    {"update", HIGHLIGHT_FIELD_PROGRESS},
    {"latestupdate", HIGHLIGHT_FIELD_PROGRESS},
    {"issues", HIGHLIGHT_FIELD_CHALLENGES},
    {"barriers", HIGHLIGHT_FIELD_CHALLENGES},
    {"risksandissues", HIGHLIGHT_FIELD_CHALLENGES},
    {"nextstep", HIGHLIGHT_FIELD_NEXT_STEPS},
    {"decisions", HIGHLIGHT_FIELD_DECISIONS_NEEDED},
    {"decisionsrequired", HIGHLIGHT_FIELD_DECISIONS_NEEDED},
    {"decisionneeded", HIGHLIGHT_FIELD_DECISIONS_NEEDED},
    {"owner", HIGHLIGHT_FIELD_LEAD},
    {"leadofficer", HIGHLIGHT_FIELD_LEAD},
    {"ragstatus", HIGHLIGHT_FIELD_RAG},
    {"ragrating", HIGHLIGHT_FIELD_RAG},
    {"month", HIGHLIGHT_FIELD_PERIOD},
    {"reportingperiod", HIGHLIGHT_FIELD_PERIOD},
};

int import_highlights_heading(const char *heading, bool *line_ref)
{
    char key[64];
    *line_ref = false;
    if (strlen(heading) >= sizeof key)
        return -1;
    text_key(key, sizeof key, heading);
    for (size_t i = 0; i < sizeof tracker_headings / sizeof tracker_headings[0]; i++)
        if (strcmp(key, tracker_headings[i].key) == 0) {
            *line_ref = tracker_headings[i].field < 0;
            return tracker_headings[i].field;
        }
    return -1;
}

/* The words gathered: the fields whose lines' texts are joined. */
static const int joined_fields[] = {HIGHLIGHT_FIELD_PROGRESS, HIGHLIGHT_FIELD_CHALLENGES,
                                    HIGHLIGHT_FIELD_NEXT_STEPS, HIGHLIGHT_FIELD_DECISIONS_NEEDED,
                                    HIGHLIGHT_FIELD_LEAD};
#define NJOINED (sizeof joined_fields / sizeof joined_fields[0])

typedef struct {
    char *workstream;
    day_number period;
    rag rating;
    char *text[NJOINED];
    size_t size[NJOINED];
    int line, workstream_column; /* the first line's, for messages */
} gathered;

struct import_tracker {
    savings_set held;
    gathered *groups;
    size_t count, capacity;
};

static const char *held_workstream(const savings_set *held, const char *ref)
{
    for (size_t i = 0; i < held->nlines; i++)
        if (strcmp(held->lines[i].ref, ref) == 0)
            return held->lines[i].workstream != NULL && held->lines[i].workstream[0] != '\0'
                       ? held->lines[i].workstream
                       : NULL;
    return NULL;
}

static gathered *group_of(import_tracker *t, const char *workstream, day_number period, int line)
{
    for (size_t i = 0; i < t->count; i++)
        if (t->groups[i].period == period && strcasecmp(t->groups[i].workstream, workstream) == 0)
            return &t->groups[i];
    if (t->count == t->capacity) {
        size_t grown = t->capacity > 0 ? t->capacity * 2 : 16;
        gathered *groups = realloc(t->groups, grown * sizeof *groups);
        if (groups == NULL)
            return NULL;
        t->groups = groups;
        t->capacity = grown;
    }
    gathered *g = &t->groups[t->count];
    memset(g, 0, sizeof *g);
    g->workstream = strdup(workstream);
    if (g->workstream == NULL)
        return NULL;
    g->period = period;
    g->line = line;
    t->count++;
    return g;
}

/* Add a line's words to the group's: false when memory ran out. */
static bool gather(gathered *g, size_t k, const char *ref, const char *text)
{
    size_t used = g->text[k] != NULL ? strlen(g->text[k]) : 0;
    size_t need = used + strlen(ref) + strlen(text) + 8;
    if (need > g->size[k]) {
        char *grown = realloc(g->text[k], need);
        if (grown == NULL)
            return false;
        if (g->text[k] == NULL)
            grown[0] = '\0';
        g->text[k] = grown;
        g->size[k] = need;
    }
    return highlight_join(g->text[k], g->size[k], ref, text);
}

/* One tracker row into its workstream's group; a row with errors is named and left out. */
static assure_status tracker_row(importer *im, const csv_field *fields, size_t count, assure_error *err)
{
    import_tracker *t = im->tracker;
    int rc = im->line_ref_column;
    char *ref = (size_t)rc < count
                    ? import_cell_text(im, &im->def->fields[HIGHLIGHT_FIELD_WORKSTREAM], fields[rc].text)
                    : import_cell_text(im, &im->def->fields[HIGHLIGHT_FIELD_WORKSTREAM], "");
    int wc = im->field_column[HIGHLIGHT_FIELD_WORKSTREAM];
    bool named = wc >= 0 && (size_t)wc < count && fields[wc].text[0] != '\0';
    im->given[HIGHLIGHT_FIELD_WORKSTREAM] = ref[0] != '\0' ? held_workstream(&t->held, ref) : NULL;
    if (!named && im->given[HIGHLIGHT_FIELD_WORKSTREAM] == NULL) {
        char visible[200];
        text_visible(visible, sizeof visible, ref);
        if (ref[0] == '\0')
            import_error(im, im->record_line, (size_t)rc + 1,
                         "a row with no ref and no workstream: whose words are these?");
        else
            import_error(im, im->record_line, (size_t)rc + 1,
                         "ref \"%s\": no savings line held has this ref, and the row names no workstream "
                         "(import savings first, or give a Workstream column)",
                         visible);
        return ASSURE_OK;
    }
    field_value values[IMPORT_MAX_FIELDS];
    char *texts[IMPORT_MAX_FIELDS];
    if (!import_parse_record(im, fields, count, values, texts))
        return ASSURE_OK;
    gathered *g = group_of(t, texts[HIGHLIGHT_FIELD_WORKSTREAM],
                           (day_number)values[HIGHLIGHT_FIELD_PERIOD].number, im->record_line);
    if (g == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    if (!values[HIGHLIGHT_FIELD_RAG].blank)
        g->rating = highlight_rag_worse(g->rating, (rag)values[HIGHLIGHT_FIELD_RAG].number);
    for (size_t k = 0; k < NJOINED; k++) {
        int f = joined_fields[k];
        /* leads are named, once each; the words are each line's */
        if (!gather(g, k, f == HIGHLIGHT_FIELD_LEAD ? "" : ref, texts[f]))
            return error_set(err, ASSURE_DATA, "out of memory");
    }
    return ASSURE_OK;
}

/* A group as the table's row, each field read as a cell of the file would be. */
static assure_status write_group(importer *im, const gathered *g, assure_error *err)
{
    char period[16];
    date_format(period, sizeof period, date_from_days(g->period));
    const char *texts[IMPORT_MAX_FIELDS] = {[HIGHLIGHT_FIELD_WORKSTREAM] = g->workstream,
                                            [HIGHLIGHT_FIELD_PERIOD] = period,
                                            [HIGHLIGHT_FIELD_RAG] = rag_name(g->rating)};
    for (size_t k = 0; k < NJOINED; k++)
        texts[joined_fields[k]] = g->text[k] != NULL ? g->text[k] : "";
    field_value values[IMPORT_MAX_FIELDS];
    bool good = true;
    for (size_t f = 0; f < im->def->nfields; f++) {
        const char *why = "";
        if (!field_parse(&im->def->fields[f], texts[f], &im->money, &values[f], &why)) {
            import_error(im, g->line, 0, "%s's highlight for %s: %s %s", g->workstream, period,
                         im->def->fields[f].name, why);
            good = false;
        }
    }
    if (!good)
        return ASSURE_OK;
    int first_line = 0;
    assure_status status = store_import_key(im->import, IMPORT_MAIN, values, g->line, &first_line, err);
    if (status != ASSURE_OK || first_line != 0)
        return status; /* gathered by workstream and period: never twice */
    im->rows++;
    if (im->nerrors > 0)
        return ASSURE_OK;
    bool present[IMPORT_MAX_FIELDS];
    for (size_t f = 0; f < IMPORT_MAX_FIELDS; f++)
        present[f] = f < im->def->nfields;
    return store_import_row(im->import, IMPORT_MAIN, values, present, err);
}

static void tracker_free(importer *im)
{
    import_tracker *t = im->tracker;
    if (t == NULL)
        return;
    for (size_t i = 0; i < t->count; i++) {
        free(t->groups[i].workstream);
        for (size_t k = 0; k < NJOINED; k++)
            free(t->groups[i].text[k]);
    }
    free(t->groups);
    savings_set_free(&t->held);
    free(t);
    im->tracker = NULL;
    im->given[HIGHLIGHT_FIELD_WORKSTREAM] = NULL;
}

assure_status import_highlights_tracker(importer *im, store *s, assure_error *err)
{
    im->tracker = calloc(1, sizeof *im->tracker);
    if (im->tracker == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    assure_status status = store_load_savings(s, &im->tracker->held, err);
    const csv_field *fields;
    size_t count;
    csv_result result = CSV_END;
    while (status == ASSURE_OK && (result = import_next_record(im, &fields, &count, err)) == CSV_RECORD)
        status = tracker_row(im, fields, count, err);
    if (status == ASSURE_OK && result == CSV_ERROR)
        status = ASSURE_DATA;
    /* a whole workstream's words, once every line of it is read */
    for (size_t i = 0; status == ASSURE_OK && i < im->tracker->count; i++)
        status = write_group(im, &im->tracker->groups[i], err);
    tracker_free(im);
    return status;
}
