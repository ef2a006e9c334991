/* pack.c - the meeting pack built from loaded data: its cells and sections,
 * the headlines and their changes, the exceptions, and the workstreams'
 * latest highlight reports.  The programme office's sections are in
 * pack_sections.c. */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pack_build.h"

const char *pack_printf(pack_builder *b, const char *format, ...)
{
    char buf[2048];
    va_list args;
    va_start(args, format);
    vsnprintf(buf, sizeof buf, format, args);
    va_end(args);
    if (b->failed)
        return "";
    const char *copy = pool_copy(&b->pack->strings, buf);
    if (copy == NULL) {
        b->failed = true;
        return "";
    }
    return copy;
}

pack_section *pack_section_begin(pack_builder *b, pack_section_id id, const char *key, const char *title,
                                 const pack_column *columns, size_t ncolumns)
{
    pack_section *section = &b->pack->sections[id];
    section->id = id;
    section->key = key;
    section->title = title;
    section->summary = "";
    section->columns = columns;
    section->ncolumns = ncolumns;
    return section;
}

pack_cell *pack_add_row(pack_builder *b, pack_section *section)
{
    if (b->failed)
        return NULL;
    if (section->nrows == section->room) {
        size_t room = section->room == 0 ? 16 : section->room * 2;
        pack_cell *cells = realloc(section->cells, room * section->ncolumns * sizeof *cells);
        if (cells == NULL) {
            b->failed = true;
            return NULL;
        }
        section->cells = cells;
        section->room = room;
    }
    pack_cell *row = &section->cells[section->nrows++ * section->ncolumns];
    for (size_t c = 0; c < section->ncolumns; c++)
        row[c] = (pack_cell){"", "", RAG_NONE};
    return row;
}

const pack_cell *pack_cell_at(const pack_section *section, size_t r, size_t c)
{
    return &section->cells[r * section->ncolumns + c];
}

void pack_set_text(pack_builder *b, pack_cell *cell, const char *text)
{
    cell->text = cell->data = pack_printf(b, "%s", text != NULL ? text : "");
}

void pack_set_count(pack_builder *b, pack_cell *cell, long long value)
{
    cell->text = cell->data = pack_printf(b, "%lld", value);
}

void pack_set_days(pack_builder *b, pack_cell *cell, long long days)
{
    cell->data = pack_printf(b, "%lld", days);
    cell->text = pack_printf(b, "%lld day%s", days, days == 1 || days == -1 ? "" : "s");
}

void pack_set_money(pack_builder *b, pack_cell *cell, money value)
{
    if (value == MONEY_UNKNOWN)
        return;
    char human[64], machine[64];
    headline_style data = b->sources->style;
    data.face = HEADLINE_DATA;
    headline_format_money(human, sizeof human, value, b->sources->style);
    headline_format_money(machine, sizeof machine, value, data);
    cell->text = pack_printf(b, "%s", human);
    cell->data = pack_printf(b, "%s", machine);
}

const char *pack_date_words(pack_builder *b, calendar_date date)
{
    char buf[32];
    if (b->sources->long_dates)
        date_format_long(buf, sizeof buf, date);
    else
        date_format(buf, sizeof buf, date);
    return pack_printf(b, "%s", buf);
}

void pack_set_date(pack_builder *b, pack_cell *cell, calendar_date date)
{
    char iso[16];
    date_format(iso, sizeof iso, date);
    cell->data = pack_printf(b, "%s", iso);
    cell->text = pack_date_words(b, date);
}

void pack_set_rag(pack_builder *b, pack_cell *cell, rag rating)
{
    static const char *const words[] = {"", "RED", "AMBER", "GREEN", "BLUE", "GREY", "PIPELINE"};
    (void)b;
    cell->text = words[rating];
    cell->data = rag_name(rating);
    cell->rating = rating;
}

const char *pack_since_words(pack_builder *b)
{
    return b->sources->has_since ? pack_printf(b, "since %s", b->sources->since.label) : "";
}

const char *pack_no_meeting(pack_builder *b)
{
    return pack_printf(b, "There is no earlier meeting to compare with: no snapshot is held.");
}

/* ---- meetings and dates ---- */

/* "12 Oct 2026" (or "12 October 2026") at the end of text. */
static bool trailing_date(const char *text, calendar_date *out)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    const char *end = text + strlen(text);
    while (end > text && isspace((unsigned char)end[-1]))
        end--;
    const char *p = end;
    while (p > text && isdigit((unsigned char)p[-1]))
        p--;
    if (end - p != 4)
        return false;
    int year = atoi(p);
    const char *month_end = p;
    while (month_end > text && isspace((unsigned char)month_end[-1]))
        month_end--;
    const char *month_start = month_end;
    while (month_start > text && isalpha((unsigned char)month_start[-1]))
        month_start--;
    if (month_end - month_start < 3)
        return false;
    int month = 0;
    for (int m = 0; m < 12 && month == 0; m++)
        if (tolower((unsigned char)month_start[0]) == months[m][0] &&
            tolower((unsigned char)month_start[1]) == months[m][1] &&
            tolower((unsigned char)month_start[2]) == months[m][2])
            month = m + 1;
    const char *day_end = month_start;
    while (day_end > text && isspace((unsigned char)day_end[-1]))
        day_end--;
    const char *day_start = day_end;
    while (day_start > text && isdigit((unsigned char)day_start[-1]))
        day_start--;
    if (month == 0 || day_end == day_start || day_end - day_start > 2)
        return false;
    calendar_date date = {year, month, atoi(day_start)};
    if (!date_is_valid(date))
        return false;
    *out = date;
    return true;
}

bool pack_raised_on(const char *raised_at, const pack_meeting *meetings, size_t nmeetings, calendar_date *out)
{
    if (raised_at == NULL || raised_at[0] == '\0')
        return false;
    for (size_t i = 0; i < nmeetings; i++)
        if (strcmp(meetings[i].label, raised_at) == 0) {
            *out = meetings[i].date;
            return true;
        }
    return date_parse(raised_at, out, NULL) || trailing_date(raised_at, out);
}

int pack_score_on(const risk_history_set *history, const char *ref, calendar_date date)
{
    if (history == NULL)
        return 0;
    char iso[16];
    date_format(iso, sizeof iso, date);
    /* the history is by ref: its first review of ref, by halving */
    size_t lo = 0, hi = history->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(history->rows[mid].ref, ref) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    int score = 0;
    for (size_t i = lo; i < history->count && strcmp(history->rows[i].ref, ref) == 0; i++)
        if (strcmp(history->rows[i].reviewed_on, iso) <= 0)
            score = risk_score(history->rows[i].likelihood, history->rows[i].impact);
    return score;
}

/* ---- headlines ---- */

enum { HEAD_NAME, HEAD_LABEL, HEAD_VALUE, HEAD_RAG, HEAD_CHANGE, HEAD_JUDGEMENT, HEAD_COLUMNS };
static const pack_column headline_columns[HEAD_COLUMNS] = {
    [HEAD_NAME] = {"headline", NULL, PACK_STRING, false, 1, false},
    [HEAD_LABEL] = {"label", "Indicator", PACK_STRING, false, 1, true},
    [HEAD_VALUE] = {"value", "Value", PACK_NUMBER, true, 1, false},
    [HEAD_RAG] = {"rag", "RAG", PACK_STRING, false, 2, false},
    [HEAD_CHANGE] = {"change", "Change", PACK_NUMBER, false, 1, false},
    [HEAD_JUDGEMENT] = {"judgement", NULL, PACK_STRING, false, 3, false},
};

/* The headlines as the Overview lists them: the pipeline after the savings,
 * and the finance only where the programme keeps it. */
static bool headline_held(const overview *o, headline h)
{
    switch (h) {
    case HEADLINE_SAVINGS_PIPELINE: return o->savings_pipeline_lines > 0;
    case HEADLINE_BUDGET_REVISED_VARIANCE: return o->has_bridge;
    case HEADLINE_KPI_BENEFIT: return o->kpis > 0;
    case HEADLINE_INVESTMENT: return o->has_investment;
    default: return true;
    }
}

static void pack_headlines(pack_builder *b)
{
    /* as report overview lists them; any headline not named here follows, in its enum's order */
    static const headline first_ones[] = {
        HEADLINE_SAVINGS_TARGET,          HEADLINE_SAVINGS_STRETCH,    HEADLINE_SAVINGS_FORECAST,
        HEADLINE_SAVINGS_ACTUAL,          HEADLINE_SAVINGS_GAP,        HEADLINE_SAVINGS_PIPELINE,
        HEADLINE_STAFFING_VACANCY,        HEADLINE_STAFFING_UNCOVERED, HEADLINE_REVIEWS_TARGET,
        HEADLINE_REVIEWS_BACKLOG,         HEADLINE_RISKS_HIGH,         HEADLINE_RISKS_OVERDUE,
        HEADLINE_BUDGET_REVISED_VARIANCE, HEADLINE_KPI_BENEFIT,        HEADLINE_INVESTMENT};
    const pack_sources *src = b->sources;
    const overview *o = src->figures->overview;
    bool since = src->has_since;
    pack_section *section = pack_section_begin(
        b, PACK_HEADLINES, "headlines",
        since ? pack_printf(b, "Headlines and changes since %s", src->since.label) : "Headlines",
        headline_columns, since ? HEAD_COLUMNS : HEAD_CHANGE);
    headline_style data = src->style;
    data.face = HEADLINE_DATA;
    enum { NFIRST = sizeof first_ones / sizeof first_ones[0] };
    headline order[HEADLINE_COUNT];
    size_t n = 0;
    bool placed[HEADLINE_COUNT] = {false};
    for (size_t k = 0; k < NFIRST && n < HEADLINE_COUNT; k++) {
        order[n++] = first_ones[k];
        placed[first_ones[k]] = true;
    }
    for (headline h = 0; h < HEADLINE_COUNT; h++)
        if (!placed[h])
            order[n++] = h;
    size_t better = 0, worse = 0;
    for (size_t k = 0; k < n; k++) {
        headline h = order[k];
        if (!headline_held(o, h))
            continue;
        const headline_def *def = headline_get(h);
        pack_cell *row = pack_add_row(b, section);
        if (row == NULL)
            return;
        int64_t now = 0;
        bool known = headline_value(o, h, &now);
        char human[64] = "none", machine[64] = "";
        if (known) {
            headline_format_value(human, sizeof human, h, now, src->style);
            headline_format_value(machine, sizeof machine, h, now, data);
        }
        pack_set_text(b, &row[HEAD_NAME], def->name);
        pack_set_text(b, &row[HEAD_LABEL], def->label);
        row[HEAD_VALUE].text = pack_printf(b, "%s", human);
        row[HEAD_VALUE].data = pack_printf(b, "%s", machine);
        pack_set_rag(b, &row[HEAD_RAG], headline_rag(o, h));
        if (!since || !known || !src->since_known[h])
            continue;
        char change_human[96], change_machine[64];
        change_judgement judgement = headline_format_change(change_human, sizeof change_human, h,
                                                            src->since_value[h], now, src->style);
        headline_format_change(change_machine, sizeof change_machine, h, src->since_value[h], now, data);
        static const char *const judged[] = {"", "no change", "better", "worse", "moved"};
        row[HEAD_CHANGE] =
            (pack_cell){pack_printf(b, "%s", change_human), pack_printf(b, "%s", change_machine),
                        judgement == CHANGE_GOOD  ? RAG_GREEN
                        : judgement == CHANGE_BAD ? RAG_RED
                                                  : RAG_NONE};
        pack_set_text(b, &row[HEAD_JUDGEMENT], judged[judgement]);
        better += judgement == CHANGE_GOOD;
        worse += judgement == CHANGE_BAD;
    }
    char money_forecast[64], money_target[64], money_gap[64], pct[32];
    headline_format_money(money_forecast, sizeof money_forecast, o->savings.forecast, src->style);
    headline_format_money(money_target, sizeof money_target, o->savings.target, src->style);
    headline_format_money(money_gap, sizeof money_gap, o->savings_gap, src->style);
    decimal_format(pct, sizeof pct, o->savings_delivery_pct);
    const char *first;
    if (o->savings.target == MONEY_UNKNOWN || o->savings.target == 0) {
        first = "No savings target is held.";
    } else if (!o->savings_delivery_pct.defined) {
        first = pack_printf(b, "The savings target is %s; no forecast is held.", money_target);
    } else {
        pack_cell rated; /* the rating in words, as the table writes it */
        pack_set_rag(b, &rated, o->savings_rag);
        first =
            pack_printf(b, "Savings are forecast at %s of the %s target (%s%%%s%s), a gap of %s.",
                        money_forecast, money_target, pct, rated.text[0] ? ", " : "", rated.text, money_gap);
    }
    if (!since)
        section->summary = pack_printf(b, "%s %s", first, pack_no_meeting(b));
    else
        section->summary = pack_printf(b, "%s Since %s, %zu headline%s better and %zu worse.", first,
                                       src->since.label, better, better == 1 ? " is" : "s are", worse);
}

/* ---- exceptions ---- */

enum { EXC_RANK, EXC_RAG, EXC_AREA, EXC_REF, EXC_NAME, EXC_DETAIL, EXC_COLUMNS };
static const pack_column exception_columns[EXC_COLUMNS] = {
    [EXC_RANK] = {"rank", "#", PACK_NUMBER, true, 2, false},
    [EXC_RAG] = {"rag", "RAG", PACK_STRING, false, 1, false},
    [EXC_AREA] = {"area", "Area", PACK_STRING, false, 1, false},
    [EXC_REF] = {"ref", "Ref", PACK_STRING, false, 2, false},
    [EXC_NAME] = {"name", "Name", PACK_STRING, false, 1, true},
    [EXC_DETAIL] = {"detail", "Detail", PACK_STRING, false, 1, true},
};

static void pack_exceptions(pack_builder *b)
{
    const exception_sources *figures = b->sources->figures;
    pack_section *section = pack_section_begin(b, PACK_EXCEPTIONS, "exceptions", "Exceptions, worst first",
                                               exception_columns, EXC_COLUMNS);
    overview_exception *list = NULL;
    size_t n = 0;
    if (!exceptions_find(figures, &list, &n)) {
        b->failed = true;
        return;
    }
    size_t red = 0, amber = 0;
    for (size_t i = 0; i < n; i++) {
        pack_cell *row = pack_add_row(b, section);
        if (row == NULL)
            break;
        exception_words words;
        exception_describe(figures, &list[i], b->sources->style, &words);
        pack_set_count(b, &row[EXC_RANK], (long long)(i + 1));
        pack_set_rag(b, &row[EXC_RAG], list[i].rating);
        pack_set_text(b, &row[EXC_AREA], words.area);
        pack_set_text(b, &row[EXC_REF], words.ref);
        pack_set_text(b, &row[EXC_NAME], words.name);
        pack_set_text(b, &row[EXC_DETAIL], words.detail);
        red += list[i].rating == RAG_RED;
        amber += list[i].rating == RAG_AMBER;
    }
    free(list);
    const char *order = "the largest gap, shortfall, overspend or score first";
    if (n == 0)
        section->summary = "No exceptions: no red lines, hot spots, teams under target or overdue risks.";
    else if (n == 1)
        section->summary = pack_printf(b, "1 exception, %s.",
                                       red == 1     ? "red"
                                       : amber == 1 ? "amber"
                                                    : "unrated");
    else if (red == n || amber == n)
        section->summary =
            pack_printf(b, "%zu exceptions, all %s: %s.", n, red == n ? "red" : "amber", order);
    else /* red first, then amber */
        section->summary =
            pack_printf(b, "%zu exceptions: %zu red, then %zu amber; within each, %s.", n, red, amber, order);
}

/* ---- highlights ---- */

enum {
    HIGH_WORKSTREAM,
    HIGH_PERIOD,
    HIGH_RAG,
    HIGH_LEAD,
    HIGH_PROGRESS,
    HIGH_CHALLENGES,
    HIGH_NEXT,
    HIGH_DECISIONS,
    HIGH_COLUMNS
};
static const pack_column highlight_columns[HIGH_COLUMNS] = {
    [HIGH_WORKSTREAM] = {"workstream", "Workstream", PACK_STRING, false, 1, false},
    [HIGH_PERIOD] = {"period", "Period", PACK_STRING, false, 2, false},
    [HIGH_RAG] = {"rag", "RAG", PACK_STRING, false, 1, false},
    [HIGH_LEAD] = {"lead", "Lead", PACK_STRING, false, 3, true},
    [HIGH_PROGRESS] = {"progress", "Progress", PACK_STRING, false, 1, true},
    [HIGH_CHALLENGES] = {"challenges", "Challenges", PACK_STRING, false, 2, true},
    [HIGH_NEXT] = {"next_steps", "Next steps", PACK_STRING, false, 2, true},
    [HIGH_DECISIONS] = {"decisions_needed", "Decisions needed", PACK_STRING, false, 1, true},
};

/* The last row of the workstream starting at rows[first] whose period is
 * on or before today, or -1; *next is where the next workstream starts. */
static long latest_by_today(const highlight *rows, size_t count, size_t first, calendar_date today,
                            size_t *next)
{
    long found = -1;
    size_t i = first;
    for (; i < count && strcasecmp(rows[i].workstream, rows[first].workstream) == 0; i++)
        if (date_to_days(rows[i].period) <= date_to_days(today))
            found = (long)i;
    *next = i;
    return found;
}

/* Each workstream's latest highlight report of a period begun by today: a
 * row each, in workstream order, with the lead's words as written. */
static void pack_highlights(pack_builder *b)
{
    pack_section *section = pack_section_begin(b, PACK_HIGHLIGHTS, "highlights", "Highlights by workstream",
                                               highlight_columns, HIGH_COLUMNS);
    const highlights_set *set = b->sources->highlights;
    size_t shown = 0, red = 0, amber = 0, green = 0, next = 0;
    for (size_t first = 0; set != NULL && first < set->count; first = next) {
        long latest = latest_by_today(set->rows, set->count, first, b->sources->today, &next);
        if (latest < 0)
            continue;
        const highlight *h = &set->rows[latest];
        pack_cell *row = pack_add_row(b, section);
        if (row == NULL)
            return;
        pack_set_text(b, &row[HIGH_WORKSTREAM], h->workstream);
        pack_set_date(b, &row[HIGH_PERIOD], h->period);
        if (h->period.day == 1) { /* a month's report: Nov 2026 */
            char words[32];
            date_format_long(words, sizeof words, h->period);
            row[HIGH_PERIOD].text = pack_printf(b, "%s", words + 2);
        }
        pack_set_rag(b, &row[HIGH_RAG], h->rating);
        pack_set_text(b, &row[HIGH_LEAD], h->lead);
        pack_set_text(b, &row[HIGH_PROGRESS], h->progress);
        pack_set_text(b, &row[HIGH_CHALLENGES], h->challenges);
        pack_set_text(b, &row[HIGH_NEXT], h->next_steps);
        pack_set_text(b, &row[HIGH_DECISIONS], h->decisions_needed);
        shown++;
        red += h->rating == RAG_RED;
        amber += h->rating == RAG_AMBER;
        green += h->rating == RAG_GREEN;
    }
    if (shown == 0)
        section->summary = "No highlight reports held.";
    else {
        size_t other = shown - red - amber - green; /* blue, or no rating given */
        section->summary = pack_printf(
            b, "The latest highlight report of %zu workstream%s: %zu red, %zu amber, %zu green%s.", shown,
            shown == 1 ? "" : "s", red, amber, green,
            other == 0 ? "" : pack_printf(b, " and %zu %s", other, other == 1 ? "other" : "others"));
    }
}

/* ---- the pack ---- */

bool pack_build(const pack_sources *sources, pack *out)
{
    memset(out, 0, sizeof *out);
    pack_builder b = {sources, out, false};
    date_format(out->as_at, sizeof out->as_at, sources->today);
    out->title =
        pack_printf(&b, "%s: meeting pack, %s", sources->programme_name, pack_date_words(&b, sources->today));
    out->has_since = sources->has_since;
    if (sources->has_since) {
        out->since_label = pack_printf(&b, "%s", sources->since.label);
        out->since_attendees =
            pack_printf(&b, "%s", sources->since.attendees != NULL ? sources->since.attendees : "");
        date_format(out->since_date, sizeof out->since_date, sources->since.date);
    }
    pack_headlines(&b);
    pack_exceptions(&b);
    pack_milestones(&b);
    pack_actions(&b);
    pack_decisions(&b);
    pack_risks(&b);
    pack_highlights(&b);
    if (b.failed) {
        pack_free(out);
        return false;
    }
    return true;
}

void pack_free(pack *p)
{
    for (size_t i = 0; i < PACK_SECTION_COUNT; i++) {
        free(p->sections[i].cells);
        free(p->sections[i].own_columns);
    }
    pool_free(p->strings);
    memset(p, 0, sizeof *p);
}
