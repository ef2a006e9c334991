/* report_pack.c - assure report pack: the whole Project Assurance Meeting
 * pack (pack.h), in Markdown for a director's papers, text for a terminal,
 * or JSON with a fixed key for each section and column. */
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "pack.h"
#include "report.h"
#include "text.h"

/* What the pack is made from, as read from the store. */
typedef struct {
    programme programme;
    bool loaded; /* the programme was read */
    actions_set actions;
    decisions_set decisions;
    milestones_set milestones;
    risk_history_set history;
    highlights_set highlights;
    snapshot_info *snapshots;
    size_t nsnapshots;
    pack_meeting *meetings;
    bool has_since;
    snapshot_info since;
    bool since_known[HEADLINE_COUNT];
    int64_t since_value[HEADLINE_COUNT];
    snapshot_item_set since_items;
    pack_due_then *since_milestones; /* the milestones' due dates the snapshot kept */
    size_t nsince_milestones;
} pack_data;

/* The day of the meeting a snapshot was taken for; a snapshot that names
 * none met the day it was taken (UTC). */
static calendar_date snapshot_date(const snapshot_info *snapshot)
{
    char day[11] = "";
    calendar_date date = {1970, 1, 1};
    memcpy(day, snapshot->meeting_date[0] != '\0' ? snapshot->meeting_date : snapshot->taken_at,
           sizeof day - 1);
    date_parse(day, &date, NULL);
    return date;
}

static assure_status pack_load(const report_request *request, pack_data *d, assure_error *err)
{
    assure_status status =
        cli_programme_load(request->store, request->cfg, NULL, request->today, &d->programme, err);
    if (status != ASSURE_OK)
        return status;
    d->loaded = true;
    d->has_since = report_choose_snapshot(request, &d->since, err, &status);
    if (status == ASSURE_OK)
        status = store_list_snapshots(request->store, &d->snapshots, &d->nsnapshots, err);
    for (headline h = 0; status == ASSURE_OK && d->has_since && h < HEADLINE_COUNT; h++)
        status = store_snapshot_value(request->store, d->since.id, headline_get(h)->name, &d->since_value[h],
                                      &d->since_known[h], err);
    if (status == ASSURE_OK && d->has_since)
        status = store_snapshot_items(request->store, d->since.id, &d->since_items, err);
    if (status == ASSURE_OK && d->has_since)
        status = report_milestones_then(&d->since_items, &d->since_milestones, &d->nsince_milestones, err);
    if (status == ASSURE_OK && d->nsnapshots > 0) {
        d->meetings = calloc(d->nsnapshots, sizeof *d->meetings);
        if (d->meetings == NULL)
            status = error_set(err, ASSURE_DATA, "out of memory");
        for (size_t i = 0; d->meetings != NULL && i < d->nsnapshots; i++)
            d->meetings[i] = (pack_meeting){d->snapshots[i].label, snapshot_date(&d->snapshots[i]),
                                            d->snapshots[i].attendees};
    }
    if (status == ASSURE_OK)
        status = store_load_actions(request->store, &d->actions, err);
    if (status == ASSURE_OK)
        status = store_load_decisions(request->store, &d->decisions, err);
    if (status == ASSURE_OK)
        status = store_load_milestones(request->store, &d->milestones, err);
    if (status == ASSURE_OK)
        status = store_load_risk_history(request->store, &d->history, err);
    if (status == ASSURE_OK)
        status = store_load_highlights(request->store, &d->highlights, err);
    return status;
}

static void pack_data_free(pack_data *d)
{
    if (d->loaded)
        programme_free(&d->programme);
    actions_set_free(&d->actions);
    decisions_set_free(&d->decisions);
    milestones_set_free(&d->milestones);
    risk_history_set_free(&d->history);
    highlights_set_free(&d->highlights);
    free(d->snapshots);
    free(d->meetings);
    snapshot_item_set_free(&d->since_items);
    free(d->since_milestones);
}

/* ---- Markdown and text ---- */

/* A section's table for people: its columns with a heading. */
static output_table *people_table(const pack_section *section)
{
    output_column columns[16];
    size_t shown[16], n = 0;
    for (size_t c = 0; c < section->ncolumns && n < 16; c++) {
        const pack_column *col = &section->columns[c];
        if (col->heading == NULL)
            continue;
        columns[n] = (output_column){col->key != NULL ? col->key : "",
                                     col->heading,
                                     JSON_STRING,
                                     col->right,
                                     col->importance,
                                     col->flexible};
        shown[n++] = c;
    }
    output_table *table = output_table_new(columns, n);
    for (size_t r = 0; table != NULL && r < section->nrows; r++) {
        output_row(table, false);
        for (size_t k = 0; k < n; k++) {
            const pack_cell *cell = pack_cell_at(section, r, shown[k]);
            output_cell(table, cell->data, cell->text, cell->rating);
        }
    }
    return table;
}

/* Text wrapped at width, each line as written after indent (counted in the width). */
static void write_indented(FILE *out, const char *indent, const char *text, size_t width)
{
    char *visible = output_visible(text);
    const char *p = visible != NULL ? visible : "";
    size_t room = width > strlen(indent) + 10 ? width - strlen(indent) : 10;
    while (*p != '\0') {
        size_t next, bytes = text_wrap_line(p, room, &next);
        fprintf(out, "%s%.*s\n", indent, (int)bytes, p);
        if (next == 0)
            break;
        p += next;
    }
    free(visible);
}

/* Text wrapped at width, each line as written. */
static void write_wrapped(FILE *out, const char *text, size_t width)
{
    write_indented(out, "", text, width);
}

/* ---- the highlights in text: a block each ----
 * A workstream's highlight report read as written, every word of it, as
 * meeting mode shows it: its heading line (the workstream, its RAG, period
 * and lead), then each long text a paragraph of its own, "Progress: ...",
 * wrapped at the width; a blank line between blocks.  A table of four long
 * texts on 80 columns would drop some of them. */
#define BLOCK_HEADING 4 /* the section's first columns make a block's heading line */

static void write_blocks(FILE *out, const pack_section *section, size_t width)
{
    for (size_t r = 0; r < section->nrows && !ferror(out); r++) {
        char heading[1200];
        size_t used = (size_t)snprintf(heading, sizeof heading, "%s", pack_cell_at(section, r, 0)->text);
        for (int pass = 0; pass < 2; pass++) /* the rating first, then the rest in order */
            for (size_t c = 1; c < BLOCK_HEADING && c < section->ncolumns && used < sizeof heading; c++) {
                const pack_cell *item = pack_cell_at(section, r, c);
                if (item->text[0] != '\0' && (item->rating != RAG_NONE) == (pass == 0))
                    used += (size_t)snprintf(heading + used, sizeof heading - used, "  %s", item->text);
            }
        if (r > 0)
            fputc('\n', out);
        write_indented(out, "", heading, width);
        for (size_t c = BLOCK_HEADING; c < section->ncolumns; c++) {
            const pack_column *col = &section->columns[c];
            const char *text = pack_cell_at(section, r, c)->text;
            if (col->heading == NULL)
                continue;
            size_t size = strlen(col->heading) + strlen(text) + 8;
            char *paragraph = malloc(size);
            if (paragraph == NULL) {
                fputs("[not written: out of memory]\n", out);
                return;
            }
            snprintf(paragraph, size, "%s: %s", col->heading, text[0] != '\0' ? text : "none");
            write_indented(out, "  ", paragraph, width);
            free(paragraph);
        }
    }
}

/* A line under a heading as wide as it. */
static void write_rule(FILE *out, const char *heading, char c)
{
    for (size_t i = text_width(heading); i > 0; i--)
        fputc(c, out);
    fputc('\n', out);
}

static void write_people(const report_request *request, const pack *p, FILE *out)
{
    bool md = request->format == FORMAT_MD;
    size_t width = (size_t)request->width;
    char *title = output_visible(p->title);
    char intro[1200];
    if (p->has_since && p->since_attendees[0] != '\0')
        snprintf(intro, sizeof intro, "Changes are since %s, the meeting of %s, attended by %s.",
                 p->since_label, p->since_date, p->since_attendees);
    else if (p->has_since)
        snprintf(intro, sizeof intro, "Changes are since %s, the meeting of %s.", p->since_label,
                 p->since_date);
    else
        snprintf(intro, sizeof intro, "No snapshot is held, so there is no earlier meeting to compare with.");
    if (md) {
        fprintf(out, "# %s\n\n", title != NULL ? title : "");
        write_wrapped(out, intro, 1000);
    } else {
        fprintf(out, "%s\n", title != NULL ? title : "");
        write_rule(out, title != NULL ? title : "", '=');
        write_wrapped(out, intro, width);
    }
    free(title);
    for (size_t i = 0; i < PACK_SECTION_COUNT && !ferror(out); i++) {
        const pack_section *section = &p->sections[i];
        char heading[600];
        snprintf(heading, sizeof heading, "%zu. %s", i + 1, section->title);
        char *visible = output_visible(heading);
        if (md) {
            fprintf(out, "\n## %s\n\n", visible != NULL ? visible : "");
            write_wrapped(out, section->summary, 1000);
        } else {
            fprintf(out, "\n%s\n", visible != NULL ? visible : "");
            write_rule(out, visible != NULL ? visible : "", '-');
            write_wrapped(out, section->summary, width);
        }
        free(visible);
        if (section->nrows == 0)
            continue;
        fputc('\n', out);
        if (!md && section->id == PACK_HIGHLIGHTS) {
            write_blocks(out, section, width);
            continue;
        }
        output_table *table = people_table(section);
        /* in text, free text (an action's title, a decision) wraps rather than is cut */
        static const output_fit wrapped = {20, 8};
        output_options options = {request->format,     request->width, request->colour,
                                  request->utf8,       NULL,           NULL,
                                  md ? NULL : &wrapped};
        if (table != NULL)
            output_write(table, &options, out);
        else
            fputs("[not written: out of memory]\n", out);
        output_table_free(table);
    }
}

/* ---- JSON ---- */

/* A cell as JSON: null when blank, a number or true/false as the column's type. */
static void write_json_cell(FILE *out, const pack_column *column, const pack_cell *cell)
{
    if (cell->data[0] == '\0')
        fputs("null", out);
    else if (column->type == PACK_STRING)
        output_json_string(out, cell->data);
    else
        fputs(cell->data, out);
}

static void write_json(const pack *p, FILE *out)
{
    fputs("{\n  \"title\": ", out);
    output_json_string(out, p->title);
    fputs(",\n  \"as_at\": ", out);
    output_json_string(out, p->as_at);
    fputs(",\n  \"since\": ", out);
    if (p->has_since) {
        fputs("{\"label\": ", out);
        output_json_string(out, p->since_label);
        fputs(", \"date\": ", out);
        output_json_string(out, p->since_date);
        fputs(", \"attendees\": ", out);
        output_json_string(out, p->since_attendees);
        fputs("}", out);
    } else {
        fputs("null", out);
    }
    fputs(",\n  \"sections\": [", out);
    for (size_t i = 0; i < PACK_SECTION_COUNT; i++) {
        const pack_section *section = &p->sections[i];
        fputs(i > 0 ? ",\n    {\"key\": " : "\n    {\"key\": ", out);
        output_json_string(out, section->key);
        fputs(", \"title\": ", out);
        output_json_string(out, section->title);
        fputs(",\n     \"summary\": ", out);
        output_json_string(out, section->summary);
        fputs(",\n     \"rows\": [", out);
        for (size_t r = 0; r < section->nrows; r++) {
            fputs(r > 0 ? ",\n       {" : "\n       {", out);
            bool first = true;
            for (size_t c = 0; c < section->ncolumns; c++) {
                const pack_column *column = &section->columns[c];
                if (column->key == NULL)
                    continue;
                if (!first)
                    fputs(", ", out);
                first = false;
                output_json_string(out, column->key);
                fputs(": ", out);
                write_json_cell(out, column, pack_cell_at(section, r, c));
            }
            fputc('}', out);
        }
        fputs(section->nrows > 0 ? "\n     ]}" : "]}", out);
    }
    fputs("\n  ]\n}\n", out);
}

assure_status report_pack(const report_request *request, assure_error *err)
{
    if (request->format == FORMAT_CSV)
        return error_set(err, ASSURE_USAGE,
                         "report pack --format csv: the pack is written as md, text or json");
    pack_data *d = calloc(1, sizeof *d);
    if (d == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    assure_status status = pack_load(request, d, err);
    if (status == ASSURE_OK) {
        const programme *pr = &d->programme;
        exception_sources figures = {&pr->savings, &pr->staffing, &pr->reviews,  &pr->risks,
                                     &pr->kpis,    &pr->overview, &pr->settings, request->cfg->roi_principle,
                                     pr->today};
        bool people = request->format != FORMAT_JSON;
        pack_sources sources = {
            .programme_name = request->cfg->programme_name,
            .today = request->today,
            .figures = &figures,
            .actions = &d->actions,
            .decisions = &d->decisions,
            .milestones = &d->milestones,
            .risk_history = &d->history,
            .highlights = &d->highlights,
            .meetings = d->meetings,
            .nmeetings = d->meetings != NULL ? d->nsnapshots : 0,
            .has_since = d->has_since,
            .since = {d->has_since ? d->since.label : "",
                      d->has_since ? snapshot_date(&d->since) : request->today,
                      d->has_since ? d->since.attendees : ""},
            .since_known = d->since_known,
            .since_value = d->since_value,
            .since_milestones = d->since_milestones,
            .nsince_milestones = d->nsince_milestones,
            .style = {HEADLINE_REPORT, request->utf8, people && !cli_utf8()},
            .long_dates = false,
        };
        pack p;
        if (!pack_build(&sources, &p)) {
            status = error_set(err, ASSURE_DATA, "out of memory");
        } else {
            if (request->format == FORMAT_JSON)
                write_json(&p, stdout);
            else
                write_people(request, &p, stdout);
            pack_free(&p);
        }
    }
    pack_data_free(d);
    free(d);
    return status;
}
