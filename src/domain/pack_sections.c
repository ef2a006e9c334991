/* pack_sections.c - the meeting pack's sections from the programme office:
 * the slipped milestones, the actions overdue and those raised and done
 * since the last meeting, the decisions made since, and the risks whose
 * score moved. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pack_build.h"
#include "view_milestones.h"

static day_number days_of(calendar_date date)
{
    return date_to_days(date);
}

/* ---- slipped milestones ---- */

enum {
    MS_REF,
    MS_NAME,
    MS_LINK,
    MS_OWNER,
    MS_BASELINE,
    MS_DUE,
    MS_SLIPPAGE,
    MS_OVERDUE,
    MS_BLOCKED,
    MS_COLUMNS
};
static const pack_column milestone_columns[MS_COLUMNS] = {
    [MS_REF] = {"ref", "Ref", PACK_STRING, false, 1, false},
    [MS_NAME] = {"milestone", "Milestone", PACK_STRING, false, 1, true},
    [MS_LINK] = {"link", "For", PACK_STRING, false, 3, true},
    [MS_OWNER] = {"owner", "Owner", PACK_STRING, false, 3, true},
    [MS_BASELINE] = {"baseline", "Baseline", PACK_STRING, false, 2, false},
    [MS_DUE] = {"due", "Due", PACK_STRING, false, 1, false},
    [MS_SLIPPAGE] = {"slippage_days", "Slipped", PACK_NUMBER, true, 1, false},
    [MS_OVERDUE] = {"overdue_days", "Overdue", PACK_NUMBER, true, 1, false},
    [MS_BLOCKED] = {"blocked_by", "Held up by", PACK_STRING, false, 1, true},
};

typedef struct {
    size_t index;
    int32_t slippage;
} ranked;

/* Larger first, then in the set's order (by ref). */
static int by_larger(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->slippage != y->slippage)
        return x->slippage > y->slippage ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* The predecessors of milestone i that finish after it is due, and by how
 * many days: "M-07 by 14 days"; "" for none. */
static const char *slipped_past(pack_builder *b, const milestone_plan *plan, size_t i)
{
    const milestones_set *set = b->sources->milestones;
    char text[512] = "";
    size_t used = 0;
    for (size_t k = 0; plan != NULL && k < milestone_plan_ndepends(plan, i); k++) {
        long p = milestone_plan_depends(plan, i, k);
        int32_t days = 0;
        if (p < 0 || !milestone_slipped_past(&set->rows[p].dates, &set->rows[i].dates, &days))
            continue;
        used += (size_t)snprintf(text + used, used < sizeof text ? sizeof text - used : 0, "%s%s by %d day%s",
                                 used > 0 ? "; " : "", set->rows[p].ref, (int)days, days == 1 ? "" : "s");
        if (used >= sizeof text)
            break;
    }
    return pack_printf(b, "%s", text);
}

void pack_milestones(pack_builder *b)
{
    const milestones_set *set = b->sources->milestones;
    calendar_date today = b->sources->today;
    pack_section *section = pack_section_begin(b, PACK_MILESTONES, "slipped_milestones", "Slipped milestones",
                                               milestone_columns, MS_COLUMNS);
    size_t count = set != NULL ? set->count : 0;
    milestone_plan *plan = count > 0 ? milestones_plan(set) : NULL;
    ranked *list = count > 0 ? malloc(count * sizeof *list) : NULL;
    if (count > 0 && (plan == NULL || list == NULL)) {
        milestone_plan_free(plan);
        free(list);
        b->failed = true;
        return;
    }
    size_t n = 0, slipped = 0, overdue = 0, blocked = 0;
    long long slipped_days = 0;
    for (size_t i = 0; i < count; i++) {
        const milestone_row *m = &set->rows[i];
        if (m->dates.has_actual || m->dates.status == MILESTONE_DONE)
            continue; /* met: its slippage is history */
        int32_t slippage = milestone_slippage_days(&m->dates);
        bool is_blocked = slipped_past(b, plan, i)[0] != '\0';
        if (slippage <= 0 && !is_blocked)
            continue;
        list[n++] = (ranked){i, slippage};
        if (slippage > 0) {
            slipped++;
            slipped_days += slippage;
        }
        blocked += is_blocked;
        overdue += milestone_is_overdue(&m->dates, today);
    }
    qsort(list, n, sizeof *list, by_larger);
    for (size_t k = 0; k < n; k++) {
        const milestone_row *m = &set->rows[list[k].index];
        pack_cell *row = pack_add_row(b, section);
        if (row == NULL)
            break;
        calendar_date due;
        pack_set_text(b, &row[MS_REF], m->ref);
        pack_set_text(b, &row[MS_NAME], m->milestone);
        pack_set_text(b, &row[MS_LINK], m->link);
        pack_set_text(b, &row[MS_OWNER], m->owner);
        if (m->dates.has_baseline)
            pack_set_date(b, &row[MS_BASELINE], m->dates.baseline);
        if (milestone_due(&m->dates, &due))
            pack_set_date(b, &row[MS_DUE], due);
        pack_set_days(b, &row[MS_SLIPPAGE], list[k].slippage);
        if (list[k].slippage > 0)
            row[MS_SLIPPAGE].rating = RAG_AMBER;
        if (milestone_is_overdue(&m->dates, today)) {
            pack_set_days(b, &row[MS_OVERDUE], milestone_days_overdue(&m->dates, today));
            row[MS_OVERDUE].rating = RAG_RED;
        }
        pack_set_text(b, &row[MS_BLOCKED], slipped_past(b, plan, list[k].index));
        if (row[MS_BLOCKED].text[0] != '\0')
            row[MS_BLOCKED].rating = RAG_RED;
    }
    milestone_plan_free(plan);
    free(list);
    if (n == 0) {
        section->summary = "No milestone still to be met has slipped against its baseline.";
        return;
    }
    const char *first =
        slipped == 0
            ? "No milestone still to be met has slipped against its baseline"
            : pack_printf(
                  b, "%zu milestone%s still to be met %s slipped against %s baseline%s, by %lld days in all",
                  slipped, slipped == 1 ? "" : "s", slipped == 1 ? "has" : "have",
                  slipped == 1 ? "its" : "their", slipped == 1 ? "" : "s", slipped_days);
    const char *late =
        overdue == 0 ? "" : pack_printf(b, "; %zu %s overdue", overdue, overdue == 1 ? "is" : "are");
    const char *past = blocked == 0
                           ? ""
                           : pack_printf(b, "; %zu %s a predecessor slipped past %s", blocked,
                                         blocked == 1 ? "has" : "have", blocked == 1 ? "it" : "them");
    section->summary = pack_printf(b, "%s%s%s.", first, late, past);
}

/* ---- actions ---- */

enum {
    ACT_REF,
    ACT_TITLE,
    ACT_OWNER,
    ACT_RAISED,
    ACT_DUE,
    ACT_OVERDUE,
    ACT_STATUS,
    ACT_DONE_ON,
    ACT_LINK,
    ACT_COLUMNS
};
/* Each column once; each list takes those it shows, in its order. */
#define ACT_REF_COLUMN                                                                                       \
    {                                                                                                        \
        "ref", "Ref", PACK_STRING, false, 1, false                                                           \
    }
#define ACT_TITLE_COLUMN                                                                                     \
    {                                                                                                        \
        "title", "Action", PACK_STRING, false, 1, true                                                       \
    }
#define ACT_OWNER_COLUMN                                                                                     \
    {                                                                                                        \
        "owner", "Owner", PACK_STRING, false, 1, true                                                        \
    }
#define ACT_RAISED_COLUMN                                                                                    \
    {                                                                                                        \
        "raised_at", "Raised at", PACK_STRING, false, 3, false                                               \
    }
#define ACT_DUE_COLUMN                                                                                       \
    {                                                                                                        \
        "due", "Due", PACK_STRING, false, 2, false                                                           \
    }
#define ACT_OVERDUE_COLUMN                                                                                   \
    {                                                                                                        \
        "overdue_days", "Overdue", PACK_NUMBER, true, 1, false                                               \
    }
#define ACT_STATUS_COLUMN                                                                                    \
    {                                                                                                        \
        "status", "Status", PACK_STRING, false, 2, false                                                     \
    }
#define ACT_DONE_ON_COLUMN                                                                                   \
    {                                                                                                        \
        "done_on", "Done on", PACK_STRING, false, 2, false                                                   \
    }
#define ACT_LINK_COLUMN                                                                                      \
    {                                                                                                        \
        "link", "Linked to", PACK_STRING, false, 3, false                                                    \
    }
static const int overdue_columns[] = {ACT_REF, ACT_TITLE, ACT_OWNER, ACT_DUE, ACT_OVERDUE, ACT_LINK};
static const pack_column overdue_table[] = {ACT_REF_COLUMN, ACT_TITLE_COLUMN,   ACT_OWNER_COLUMN,
                                            ACT_DUE_COLUMN, ACT_OVERDUE_COLUMN, ACT_LINK_COLUMN};
static const int new_columns[] = {ACT_REF, ACT_TITLE, ACT_OWNER, ACT_RAISED, ACT_DUE, ACT_STATUS};
static const pack_column new_table[] = {ACT_REF_COLUMN,    ACT_TITLE_COLUMN, ACT_OWNER_COLUMN,
                                        ACT_RAISED_COLUMN, ACT_DUE_COLUMN,   ACT_STATUS_COLUMN};
static const int done_columns[] = {ACT_REF, ACT_TITLE, ACT_OWNER, ACT_DONE_ON, ACT_LINK};
static const pack_column done_table[] = {ACT_REF_COLUMN, ACT_TITLE_COLUMN, ACT_OWNER_COLUMN,
                                         ACT_DONE_ON_COLUMN, ACT_LINK_COLUMN};
#define NCOLS(a) (sizeof(a) / sizeof(a)[0])
_Static_assert(NCOLS(overdue_columns) == NCOLS(overdue_table), "a column for each");
_Static_assert(NCOLS(new_columns) == NCOLS(new_table), "a column for each");
_Static_assert(NCOLS(done_columns) == NCOLS(done_table), "a column for each");

static void add_action(pack_builder *b, pack_section *section, const int *which, const action_row *a)
{
    pack_cell *row = pack_add_row(b, section);
    if (row == NULL)
        return;
    calendar_date today = b->sources->today;
    for (size_t c = 0; c < section->ncolumns; c++) {
        pack_cell *cell = &row[c];
        switch (which[c]) {
        case ACT_REF: pack_set_text(b, cell, a->ref); break;
        case ACT_TITLE: pack_set_text(b, cell, a->title); break;
        case ACT_OWNER: pack_set_text(b, cell, a->owner); break;
        case ACT_RAISED: pack_set_text(b, cell, a->raised_at); break;
        case ACT_DUE:
            if (a->dates.has_due)
                pack_set_date(b, cell, a->dates.due);
            break;
        case ACT_OVERDUE:
            if (action_is_overdue(&a->dates, today)) {
                pack_set_days(b, cell, action_days_overdue(&a->dates, today));
                cell->rating = RAG_RED;
            }
            break;
        case ACT_STATUS: pack_set_text(b, cell, action_status_name(a->dates.status)); break;
        case ACT_DONE_ON:
            if (a->dates.has_done_on)
                pack_set_date(b, cell, a->dates.done_on);
            break;
        case ACT_LINK: pack_set_text(b, cell, a->link); break;
        }
    }
}

static void actions_overdue(pack_builder *b)
{
    const actions_set *set = b->sources->actions;
    size_t count = set != NULL ? set->count : 0;
    pack_section *section = pack_section_begin(b, PACK_ACTIONS_OVERDUE, "actions_overdue", "Overdue actions",
                                               overdue_table, NCOLS(overdue_columns));
    ranked *list = count > 0 ? malloc(count * sizeof *list) : NULL;
    if (count > 0 && list == NULL) {
        b->failed = true;
        return;
    }
    size_t n = 0;
    for (size_t i = 0; i < count; i++)
        if (action_is_overdue(&set->rows[i].dates, b->sources->today))
            list[n++] = (ranked){i, action_days_overdue(&set->rows[i].dates, b->sources->today)};
    qsort(list, n, sizeof *list, by_larger);
    for (size_t k = 0; k < n; k++)
        add_action(b, section, overdue_columns, &set->rows[list[k].index]);
    if (n == 0)
        section->summary = "No action is overdue.";
    else
        section->summary = pack_printf(b, "%zu action%s overdue; the longest, %s, by %d day%s.", n,
                                       n == 1 ? " is" : "s are", set->rows[list[0].index].ref,
                                       (int)list[0].slippage, list[0].slippage == 1 ? "" : "s");
    free(list);
}

/* Raised at the snapshot's meeting or after it: a meeting's actions are
 * new to the meeting after it. */
static void actions_new(pack_builder *b)
{
    const pack_sources *src = b->sources;
    pack_section *section = pack_section_begin(
        b, PACK_ACTIONS_NEW, "actions_new",
        src->has_since ? pack_printf(b, "New actions %s", pack_since_words(b)) : "New actions", new_table,
        NCOLS(new_columns));
    if (!src->has_since) {
        section->summary = pack_no_meeting(b);
        return;
    }
    size_t n = 0, open = 0;
    for (size_t i = 0; src->actions != NULL && i < src->actions->count; i++) {
        const action_row *a = &src->actions->rows[i];
        calendar_date raised;
        if (!pack_raised_on(a->raised_at, src->meetings, src->nmeetings, &raised) ||
            days_of(raised) < days_of(src->since.date))
            continue;
        add_action(b, section, new_columns, a);
        n++;
        open += a->dates.status == ACTION_OPEN;
    }
    if (n == 0)
        section->summary = pack_printf(b, "No action has been raised %s.", pack_since_words(b));
    else
        section->summary = pack_printf(b, "%zu action%s raised at %s or since, %zu of them still open.", n,
                                       n == 1 ? "" : "s", src->since.label, open);
}

static void actions_done(pack_builder *b)
{
    const pack_sources *src = b->sources;
    pack_section *section = pack_section_begin(
        b, PACK_ACTIONS_DONE, "actions_done",
        src->has_since ? pack_printf(b, "Actions done %s", pack_since_words(b)) : "Actions done", done_table,
        NCOLS(done_columns));
    if (!src->has_since) {
        section->summary = pack_no_meeting(b);
        return;
    }
    size_t n = 0;
    for (size_t i = 0; src->actions != NULL && i < src->actions->count; i++) {
        const action_row *a = &src->actions->rows[i];
        if (a->dates.status != ACTION_DONE || !a->dates.has_done_on ||
            days_of(a->dates.done_on) < days_of(src->since.date))
            continue;
        add_action(b, section, done_columns, a);
        n++;
    }
    section->summary =
        n == 0 ? pack_printf(b, "No action has been done %s.", pack_since_words(b))
               : pack_printf(b, "%zu action%s done %s.", n, n == 1 ? "" : "s", pack_since_words(b));
}

void pack_actions(pack_builder *b)
{
    actions_overdue(b);
    actions_new(b);
    actions_done(b);
}

/* ---- decisions ---- */

enum { DEC_REF, DEC_DATE, DEC_MEETING, DEC_DECISION, DEC_MADE_BY, DEC_LINK, DEC_COLUMNS };
static const pack_column decision_columns[DEC_COLUMNS] = {
    [DEC_REF] = {"ref", "Ref", PACK_STRING, false, 1, false},
    [DEC_DATE] = {"date", "Date", PACK_STRING, false, 1, false},
    [DEC_MEETING] = {"meeting", "Meeting", PACK_STRING, false, 3, false},
    [DEC_DECISION] = {"decision", "Decision", PACK_STRING, false, 1, true},
    [DEC_MADE_BY] = {"made_by", "Made by", PACK_STRING, false, 2, true},
    [DEC_LINK] = {"link", "Linked to", PACK_STRING, false, 3, false},
};

void pack_decisions(pack_builder *b)
{
    const pack_sources *src = b->sources;
    pack_section *section =
        pack_section_begin(b, PACK_DECISIONS, "decisions",
                           src->has_since ? pack_printf(b, "Decisions %s", pack_since_words(b)) : "Decisions",
                           decision_columns, DEC_COLUMNS);
    if (!src->has_since) {
        section->summary = pack_no_meeting(b);
        return;
    }
    size_t n = 0;
    for (size_t i = 0; src->decisions != NULL && i < src->decisions->count; i++) {
        const decision_row *d = &src->decisions->rows[i];
        if (days_of(d->date) < days_of(src->since.date))
            continue;
        pack_cell *row = pack_add_row(b, section);
        if (row == NULL)
            return;
        pack_set_text(b, &row[DEC_REF], d->ref);
        pack_set_date(b, &row[DEC_DATE], d->date);
        pack_set_text(b, &row[DEC_MEETING], d->meeting);
        pack_set_text(b, &row[DEC_DECISION], d->decision);
        pack_set_text(b, &row[DEC_MADE_BY], d->made_by);
        pack_set_text(b, &row[DEC_LINK], d->link);
        n++;
    }
    section->summary = n == 0
                           ? pack_printf(b, "No decision has been recorded %s.", pack_since_words(b))
                           : pack_printf(b, "%zu decision%s %s.", n, n == 1 ? "" : "s", pack_since_words(b));
}

/* ---- risks whose score moved ---- */

enum { RISK_REF, RISK_TITLE, RISK_OWNER, RISK_WAS, RISK_NOW, RISK_MOVED, RISK_RATING, RISK_COLUMNS };
static const pack_column risk_columns[RISK_COLUMNS] = {
    [RISK_REF] = {"ref", "Ref", PACK_STRING, false, 1, false},
    [RISK_TITLE] = {"title", "Risk", PACK_STRING, false, 1, true},
    [RISK_OWNER] = {"owner", "Owner", PACK_STRING, false, 3, true},
    [RISK_WAS] = {"previous_score", "Was", PACK_NUMBER, true, 1, false},
    [RISK_NOW] = {"score", "Now", PACK_NUMBER, true, 1, false},
    [RISK_MOVED] = {"movement", "Moved", PACK_STRING, false, 1, false},
    [RISK_RATING] = {"rating", "Rating", PACK_STRING, false, 2, false},
};

void pack_risks(pack_builder *b)
{
    const pack_sources *src = b->sources;
    const risks_set *risks = src->figures->risks;
    pack_section *section =
        pack_section_begin(b, PACK_RISKS, "risks_moved",
                           src->has_since ? pack_printf(b, "Risks whose score moved %s", pack_since_words(b))
                                          : "Risks whose score moved",
                           risk_columns, RISK_COLUMNS);
    if (!src->has_since) {
        section->summary = pack_no_meeting(b);
        return;
    }
    size_t count = risks != NULL ? risks->count : 0;
    ranked *list = count > 0 ? malloc(count * sizeof *list) : NULL;
    int *was = count > 0 ? malloc(count * sizeof *was) : NULL;
    if (count > 0 && (list == NULL || was == NULL)) {
        free(list);
        free(was);
        b->failed = true;
        return;
    }
    size_t n = 0, up = 0;
    for (size_t i = 0; i < count; i++) {
        const risk_row *r = &risks->rows[i];
        int now = risk_score(r->scores.likelihood, r->scores.impact);
        was[i] = pack_score_on(src->risk_history, r->ref, src->since.date);
        if (r->scores.status != RISK_OPEN || now == 0 || was[i] == 0 || was[i] == now)
            continue; /* a risk first scored since is new, not moved */
        list[n++] = (ranked){i, now};
        up += now > was[i];
    }
    qsort(list, n, sizeof *list, by_larger);
    for (size_t k = 0; k < n; k++) {
        const risk_row *r = &risks->rows[list[k].index];
        pack_cell *row = pack_add_row(b, section);
        if (row == NULL)
            break;
        int now = list[k].slippage, then = was[list[k].index];
        risk_rating rating = risk_rating_for_score(now, src->figures->settings->risks);
        pack_set_text(b, &row[RISK_REF], r->ref);
        pack_set_text(b, &row[RISK_TITLE], r->title);
        pack_set_text(b, &row[RISK_OWNER], r->owner);
        pack_set_count(b, &row[RISK_WAS], then);
        pack_set_count(b, &row[RISK_NOW], now);
        pack_set_text(b, &row[RISK_MOVED], now > then ? "up" : "down");
        row[RISK_MOVED].rating = now > then ? RAG_RED : RAG_GREEN;
        static const char *const rated[] = {"", "LOW", "MEDIUM", "HIGH"};
        row[RISK_RATING] = (pack_cell){rated[rating], risk_rating_name(rating), risk_rating_rag(rating)};
    }
    free(list);
    free(was);
    if (n == 0)
        section->summary = pack_printf(b, "No open risk's score has moved %s.", pack_since_words(b));
    else
        section->summary = pack_printf(b, "%zu risk%s moved %s: %zu up, %zu down.", n,
                                       n == 1 ? "'s score" : "s' scores", pack_since_words(b), up, n - up);
}
