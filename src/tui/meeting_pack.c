/* meeting_pack.c - meeting mode walks the meeting pack (pack.h), the same
 * sections `assure report pack` writes: after the headline figures, a page
 * for each section, its title and summary above its rows, more pages where
 * its rows do not fit.  Read for the back of the room: bold headings, the
 * ratings in colour and in words, and on a large screen a blank line
 * between rows. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "draw.h"
#include "meeting.h"
#include "overview_page.h"
#include "text.h"

#define SUMMARY_LINES 4  /* a summary wraps onto at most this many lines */
#define ROOMY_LINES   40 /* from this many lines, a blank line between rows */
#define SHORTEST      12 /* free text shortens to no less than this */
#define ROW_LINES     3  /* a row's free text wraps onto at most this many lines */
#define MAIN_TEXT     32 /* what a row is about gets this much room before the rest are shown */

/* The day a timestamp (2026-11-09T10:00:00Z) begins with. */
static bool stamp_date(const char *stamp, calendar_date *out)
{
    char day[11];
    snprintf(day, sizeof day, "%.10s", stamp);
    return date_parse(day, out, NULL);
}

/* The day of the meeting a snapshot was taken for, or of its taking. */
static const char *meeting_day(const snapshot_info *snapshot)
{
    return snapshot->meeting_date[0] != '\0' ? snapshot->meeting_date : snapshot->taken_at;
}

/* Build the pack from what the dashboard holds, and the plan and each
 * risk's reviews read now; kept with the data until it is read again.
 * NULL when it cannot be built. */
const pack *meeting_pack(tui_state *s)
{
    tui_data *d = &s->data;
    if (d->pack != NULL || !s->data_ok)
        return d->pack;
    milestones_set milestones = {NULL, 0, NULL};
    risk_history_set history = {NULL, 0, NULL};
    pack_meeting *meetings = calloc(d->nsnapshots + 1, sizeof *meetings);
    pack *built = malloc(sizeof *built);
    bool read = meetings != NULL && built != NULL && d->store != NULL &&
                store_load_milestones(d->store, &milestones, NULL) == ASSURE_OK &&
                store_load_risk_history(d->store, &history, NULL) == ASSURE_OK;
    for (size_t i = 0; read && i < d->nsnapshots; i++) {
        meetings[i].label = d->snapshots[i].label;
        if (!stamp_date(meeting_day(&d->snapshots[i]), &meetings[i].date))
            meetings[i].date = (calendar_date){1970, 1, 1};
    }
    calendar_date since_date = d->today;
    if (read && d->has_snapshot)
        stamp_date(meeting_day(&d->since), &since_date);
    staffing_set latest = overview_latest_staffing(d);
    indicator_settings settings = data_settings(s->cfg);
    exception_sources figures = {&d->savings, &latest,   &d->reviews,           &d->risks, &d->kpis,
                                 &d->now,     &settings, s->cfg->roi_principle, d->today};
    pack_sources sources = {.programme_name = s->cfg->programme_name,
                            .today = d->today,
                            .figures = &figures,
                            .actions = &d->actions,
                            .decisions = &d->decisions,
                            .milestones = &milestones,
                            .risk_history = &history,
                            .highlights = &d->highlights,
                            .meetings = meetings,
                            .nmeetings = d->nsnapshots,
                            .has_since = d->has_snapshot,
                            .since = {d->has_snapshot ? d->since.label : "", since_date,
                                      d->has_snapshot ? d->since.attendees : ""},
                            .since_known = d->since_known,
                            .since_value = d->since_value,
                            .since_milestones = d->since_milestones,
                            .nsince_milestones = d->nsince_milestones,
                            .style = screen_headline_style(s),
                            .long_dates = true};
    if (read && pack_build(&sources, built)) {
        d->pack = built;
        built = NULL;
    }
    free(built);
    free(meetings);
    milestones_set_free(&milestones);
    risk_history_set_free(&history);
    return d->pack;
}

/* The section's columns fitted to the screen: which are shown, how wide. */
static size_t fit_columns(const pack_section *section, text_fit_column *fit, size_t *which)
{
    text_fit_column wanted[16];
    size_t n = 0;
    for (size_t c = 0; c < section->ncolumns && n < 16; c++) {
        const pack_column *col = &section->columns[c];
        if (col->heading == NULL)
            continue;
        size_t width = (size_t)text_columns(col->heading);
        for (size_t r = 0; r < section->nrows; r++) {
            size_t w = (size_t)text_columns(pack_cell_at(section, r, c)->text);
            if (w > width)
                width = w;
        }
        wanted[n] = (text_fit_column){width, col->importance, col->flexible, col->right, true};
        which[n++] = c;
    }
    /* The room goes to what the row is about (its title, its name): while
     * that is cut short and a less important column is shown, leave that
     * column out, the least important first, and fit again. */
    text_fit_rule rule = {2, SHORTEST, true, true};
    bool left_out[16] = {false};
    for (;;) {
        for (size_t k = 0; k < n; k++) {
            fit[k] = wanted[k];
            if (left_out[k])
                fit[k].width = 0, fit[k].priority = 99;
        }
        text_fit(fit, n, (size_t)(COLS - 2), &rule);
        bool cramped = false;
        size_t least = n;
        for (size_t k = 0; k < n; k++) {
            if (left_out[k] || !fit[k].shown)
                continue;
            if (wanted[k].priority == 1 && wanted[k].flexible && fit[k].width < wanted[k].width &&
                fit[k].width < MAIN_TEXT)
                cramped = true;
            if (wanted[k].priority > 1 && (least == n || wanted[k].priority >= wanted[least].priority))
                least = k;
        }
        if (!cramped || least == n)
            break;
        left_out[least] = true;
    }
    for (size_t k = 0; k < n; k++)
        if (left_out[k])
            fit[k].shown = false;
    return n;
}

/* Where a section's parts go on the screen at its size. */
typedef struct {
    int summary_lines; /* the summary's lines, wrapped */
    int header;        /* the line of the column headings */
    int room;          /* lines for rows below the headings */
    text_fit_column fit[16];
    size_t which[16]; /* the section's column each fitted one is */
    size_t ncolumns;
    bool wrap;   /* free text wraps (when that takes no more pages), else it is cut */
    bool blocks; /* a block a row (the highlights), not a table */
    int pages;
} section_layout;

/* ---- the highlights: a block each ----
 * A workstream's highlight report is read as written, every word of it: a
 * block a row, its heading line (workstream, RAG, period, lead) and then
 * each of its long texts on lines of its own, labelled and wrapped.  A
 * block's parts are numbered row * BLOCK_PARTS + part: part 0 its heading,
 * then its labelled texts.  Pages break between blocks, or, for a block
 * longer than a page, between its parts. */
#define BLOCK_HEADING 4  /* the section's first columns make a block's heading line */
#define BLOCK_PARTS   8  /* room for a heading and the labelled texts after it */
#define BLOCK_LABEL   18 /* "Decisions needed" and two spaces */

static size_t block_parts(const pack_section *section)
{
    size_t labelled = section->ncolumns > BLOCK_HEADING ? section->ncolumns - BLOCK_HEADING : 0;
    return 1 + (labelled < BLOCK_PARTS - 1 ? labelled : BLOCK_PARTS - 1);
}

/* Where a block's labelled texts wrap, and how wide. */
static int block_label_width(void)
{
    return COLS - 2 >= BLOCK_LABEL + 20 ? BLOCK_LABEL : 0; /* narrow: the label on a line of its own */
}

static int block_text_width(void)
{
    int width = COLS - 2 - block_label_width();
    return width < 10 ? 10 : width;
}

/* Lines part u takes: the heading one, a labelled text its wrapped lines
 * (and its label's, on a narrow screen), and after a block's last part a
 * blank line. */
static int part_lines(const tui_state *s, const pack_section *section, size_t u)
{
    size_t r = u / BLOCK_PARTS, part = u % BLOCK_PARTS;
    int lines = 1;
    if (part > 0) {
        const char *text = pack_cell_at(section, r, BLOCK_HEADING + part - 1)->text;
        lines = text[0] == '\0' ? 1 : wrapped_lines(&s->theme, block_text_width(), text);
        if (lines < 1)
            lines = 1;
        if (block_label_width() == 0)
            lines++;
    }
    return lines + (part + 1 == block_parts(section) ? 1 : 0);
}

/* The part after u: the next of its block, else the next block's heading. */
static size_t next_part(const pack_section *section, size_t u)
{
    return u % BLOCK_PARTS + 1 < block_parts(section) ? u + 1 : (u / BLOCK_PARTS + 1) * BLOCK_PARTS;
}

static int block_lines(const tui_state *s, const pack_section *section, size_t u)
{
    int lines = 0;
    size_t r = u / BLOCK_PARTS;
    for (; u / BLOCK_PARTS == r; u = next_part(section, u))
        lines += part_lines(s, section, u);
    return lines;
}

/* The part after the page that starts at part first: whole blocks while
 * they fit; a block that fits no page alone, part by part; at least one. */
static size_t blocks_page_end(const tui_state *s, const pack_section *section, int room, size_t first)
{
    size_t end = section->nrows * BLOCK_PARTS;
    int used = 0;
    size_t u = first;
    while (u < end) {
        bool heading = u % BLOCK_PARTS == 0;
        int lines = heading ? block_lines(s, section, u) : part_lines(s, section, u);
        if (heading && lines - 1 > room) /* too long for any page: take it part by part */
            lines = part_lines(s, section, u), heading = false;
        if (u > first && used + lines - 1 > room) /* a block's blank line may fall off the page */
            break;
        used += lines;
        if (heading)
            u = (u / BLOCK_PARTS + 1) * BLOCK_PARTS;
        else
            u = next_part(section, u);
    }
    return u;
}

/* Draw the parts of a page from part first to end. */
static void draw_blocks(tui_state *s, const pack_section *section, int y, size_t first, size_t end)
{
    const theme *th = &s->theme;
    for (size_t u = first; u < end; u = next_part(section, u)) {
        size_t r = u / BLOCK_PARTS, part = u % BLOCK_PARTS;
        if (part == 0) {
            /* the workstream, its RAG in colour and in words, then the rest */
            int x = 1 + draw_plain(th, y, 1, COLS - 1, pack_cell_at(section, r, 0)->text,
                                   theme_attr(th, E_TITLE) | A_BOLD);
            for (int pass = 0; pass < 2; pass++)
                for (size_t c = 1; c < BLOCK_HEADING && c < section->ncolumns; c++) {
                    const pack_cell *item = pack_cell_at(section, r, c);
                    if (item->text[0] == '\0' || (item->rating != RAG_NONE) != (pass == 0) || x >= COLS - 2)
                        continue;
                    attr_t attr = item->rating != RAG_NONE
                                      ? theme_attr(th, element_for_rag(item->rating)) | A_BOLD
                                      : A_BOLD;
                    x += 2 + draw_plain(th, y, x + 2, COLS - 1, item->text, attr);
                }
        } else {
            const pack_column *col = &section->columns[BLOCK_HEADING + part - 1];
            const char *text = pack_cell_at(section, r, BLOCK_HEADING + part - 1)->text;
            int label = block_label_width();
            draw_text(th, y, 1, label > 0 ? label - 2 : COLS - 2, col->heading,
                      theme_attr(th, E_HEADER) | A_BOLD, false);
            int ty = label > 0 ? y : y + 1;
            int lines =
                part_lines(s, section, u) - (label > 0 ? 0 : 1) - (part + 1 == block_parts(section) ? 1 : 0);
            if (text[0] == '\0')
                draw_text(th, ty, 1 + label, block_text_width(), "none", A_NORMAL, false);
            else
                draw_wrapped(th, ty, 1 + label, block_text_width(), lines, text, A_NORMAL);
        }
        y += part_lines(s, section, u);
    }
}

/* Lines row r takes: its free text wrapped (up to ROW_LINES), and on a
 * large screen a blank line after it. */
static int row_lines(const tui_state *s, const pack_section *section, const section_layout *l, size_t r)
{
    int most = 1;
    for (size_t k = 0; l->wrap && k < l->ncolumns; k++) {
        if (!l->fit[k].shown || !l->fit[k].flexible)
            continue;
        int lines =
            wrapped_lines(&s->theme, (int)l->fit[k].width, pack_cell_at(section, r, l->which[k])->text);
        if (lines > most)
            most = lines;
    }
    return (most < ROW_LINES ? most : ROW_LINES) + (LINES >= ROOMY_LINES ? 1 : 0);
}

/* The row after the page that starts at first: as many as fit, at least one. */
static size_t page_end(const tui_state *s, const pack_section *section, const section_layout *l, size_t first)
{
    int used = 0;
    size_t r = first;
    while (r < section->nrows) {
        int lines = row_lines(s, section, l, r);
        if (r > first && used + lines > l->room)
            break;
        used += lines;
        r++;
    }
    return r;
}

static section_layout layout_of(const tui_state *s, const pack_section *section)
{
    section_layout l;
    int lines = wrapped_lines(&s->theme, COLS - 2, section->summary);
    l.summary_lines = lines < 1 ? 1 : lines > SUMMARY_LINES ? SUMMARY_LINES : lines;
    l.header = 3 + l.summary_lines + 1;
    l.room = LINES - 1 - (l.header + 1 + (LINES >= ROOMY_LINES ? 1 : 0));
    l.ncolumns = fit_columns(section, l.fit, l.which);
    l.blocks = section->id == PACK_HIGHLIGHTS;
    if (l.blocks) {
        l.room = LINES - 1 - l.header;
        l.wrap = true;
        l.pages = 1;
        for (size_t u = blocks_page_end(s, section, l.room, 0); u < section->nrows * BLOCK_PARTS;
             u = blocks_page_end(s, section, l.room, u))
            l.pages++;
        return l;
    }
    int pages[2] = {1, 1}; /* cut, wrapped */
    for (int wrap = 0; wrap < 2; wrap++) {
        l.wrap = wrap == 1;
        for (size_t r = page_end(s, section, &l, 0); r < section->nrows; r = page_end(s, section, &l, r))
            pages[wrap]++;
    }
    l.wrap = pages[1] <= pages[0];
    l.pages = pages[l.wrap ? 1 : 0];
    return l;
}

int meeting_pack_pages(tui_state *s)
{
    const pack *p = meeting_pack(s);
    int pages = 0;
    for (size_t i = 0; p != NULL && i < PACK_SECTION_COUNT; i++)
        pages += layout_of(s, &p->sections[i]).pages;
    return pages;
}

/* A page of the pack: its section's layout, which of the section's pages
 * it is, and its first row. */
typedef struct {
    section_layout layout;
    int within;
    size_t first;
} section_page;

/* The section a page of the pack is in, and where in it; NULL past the last. */
static const pack_section *find_page(tui_state *s, int number, section_page *out)
{
    const pack *p = meeting_pack(s);
    for (size_t i = 0; p != NULL && i < PACK_SECTION_COUNT; i++) {
        out->layout = layout_of(s, &p->sections[i]);
        if (number < out->layout.pages) {
            out->within = number;
            out->first = 0;
            for (int k = 0; k < number; k++)
                out->first = out->layout.blocks
                                 ? blocks_page_end(s, &p->sections[i], out->layout.room, out->first)
                                 : page_end(s, &p->sections[i], &out->layout, out->first);
            return &p->sections[i];
        }
        number -= out->layout.pages;
    }
    return NULL;
}

void meeting_pack_describe(tui_state *s, int number, char *buf, size_t size)
{
    /* short, for the bottom line: the page's own title says since when */
    static const char *const names[PACK_SECTION_COUNT] = {
        [PACK_HEADLINES] = "Headlines",           [PACK_EXCEPTIONS] = "Exceptions",
        [PACK_MILESTONES] = "Slipped milestones", [PACK_ACTIONS_OVERDUE] = "Overdue actions",
        [PACK_ACTIONS_NEW] = "New actions",       [PACK_ACTIONS_DONE] = "Actions done",
        [PACK_DECISIONS] = "Decisions",           [PACK_RISKS] = "Risks moved",
        [PACK_HIGHLIGHTS] = "Highlights"};
    section_page at;
    const pack_section *section = find_page(s, number, &at);
    if (section == NULL) {
        snprintf(buf, size, "the meeting pack");
        return;
    }
    snprintf(buf, size, "pack %d/%d %s", (int)section->id + 1, PACK_SECTION_COUNT, names[section->id]);
    if (at.layout.pages > 1)
        snprintf(buf + strlen(buf), size - strlen(buf), " %d of %d", at.within + 1, at.layout.pages);
}

bool meeting_pack_draw(tui_state *s, int number)
{
    const theme *th = &s->theme;
    section_page at;
    const pack_section *section = find_page(s, number, &at);
    if (section == NULL)
        return false;
    const section_layout *l = &at.layout;
    char title[800];
    snprintf(title, sizeof title, "%d. %s", (int)section->id + 1, section->title);
    if (l->pages > 1)
        snprintf(title + strlen(title), sizeof title - strlen(title), " (%d of %d)", at.within + 1, l->pages);
    draw_text(th, 1, 1, COLS - 2, title, theme_attr(th, E_TITLE) | A_BOLD, false);
    draw_wrapped(th, 3, 1, COLS - 2, l->summary_lines, section->summary, A_BOLD);
    if (section->nrows == 0)
        return true;
    if (l->blocks) {
        draw_blocks(s, section, l->header, at.first, blocks_page_end(s, section, l->room, at.first));
        return true;
    }
    int x = 1;
    for (size_t k = 0; k < l->ncolumns; k++) {
        if (!l->fit[k].shown)
            continue;
        draw_text(th, l->header, x, (int)l->fit[k].width, section->columns[l->which[k]].heading,
                  theme_attr(th, E_HEADER) | A_BOLD, l->fit[k].right);
        x += (int)l->fit[k].width + 2;
    }
    int y = l->header + 1 + (LINES >= ROOMY_LINES ? 1 : 0);
    size_t end = page_end(s, section, l, at.first);
    for (size_t r = at.first; r < end; r++) {
        int lines = row_lines(s, section, l, r) - (LINES >= ROOMY_LINES ? 1 : 0);
        x = 1;
        for (size_t k = 0; k < l->ncolumns; k++) {
            if (!l->fit[k].shown)
                continue;
            const pack_cell *cell_at = pack_cell_at(section, r, l->which[k]);
            attr_t attr = cell_at->rating != RAG_NONE
                              ? theme_attr(th, element_for_rag(cell_at->rating)) | A_BOLD
                              : A_NORMAL;
            if (l->wrap && l->fit[k].flexible)
                draw_wrapped(th, y, x, (int)l->fit[k].width, lines, cell_at->text, attr);
            else
                draw_text(th, y, x, (int)l->fit[k].width, cell_at->text, attr, l->fit[k].right);
            x += (int)l->fit[k].width + 2;
        }
        y += row_lines(s, section, l, r);
    }
    return true;
}
