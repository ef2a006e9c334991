/* panel_actions.c - the RAID log's actions: who is to do what by when, the
 * overdue marked in words; c, M, ! and p narrow them (done and dropped too,
 * mine, overdue, due before the next meeting), v goes on to the issues and
 * decisions, o opens the savings line or risk an action is for. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "panel_raid.h"
#include "raid.h"
#include "view_cells.h"
#include "view_raid.h"

enum { F_COUNT = ACTIONS_COLUMN_COUNT };
_Static_assert(F_COUNT <= LAYOUT_MAX_COLUMNS, "more actions columns than a layout holds");

/* The filters, and what the last build found: the panel's own (p->own). */
typedef struct {
    bool with_closed;    /* c: done and dropped too */
    bool mine;           /* M: the login's own */
    bool overdue_only;   /* ! */
    bool before_meeting; /* p: due before the next meeting */
    char login[128];     /* the account's name, as the audit trail writes it */
    size_t shown, overdue;
} actions_state;

static actions_state *state_of(const panel *p)
{
    return p->own;
}

static bool init(panel *p)
{
    actions_state *a = calloc(1, sizeof *a);
    if (a == NULL)
        return false;
    /* who "mine" is: the account of the real uid, as every change is audited under */
    store_actor actor;
    store_actor_now(&actor, "");
    snprintf(a->login, sizeof a->login, "%s", actor.who);
    p->own = a;
    return true;
}

static void fini(panel *p)
{
    free(p->own);
    p->own = NULL;
}

static bool add_row(void *context, const view_row *row)
{
    view_building *b = context;
    actions_state *a = state_of(b->p);
    if (row->kind != VIEW_ROW_LINE) { /* the total: for the header */
        a->shown = row->count;
        a->overdue = row->reached;
        return true;
    }
    table *t = &b->p->table;
    table_row *r = table_add(t, ROW_LINE, 0, row->source);
    if (r == NULL)
        return false;
    view_cells_set(t, &b->s->theme, actions_view_columns, ACTIONS_COLUMN_COUNT, row, VIEW_CELLS_PERCENT_SIGN);
    r->marked = row->cells[ACTIONS_COL_OVERDUE].value != 0;
    return true;
}

static actions_view view_of(const panel *p, const tui_state *s)
{
    const actions_state *a = state_of(p);
    actions_view view = {.set = &s->data.actions,
                         .today = s->data.today,
                         .owner = a->mine ? a->login : NULL,
                         .open_only = !a->with_closed,
                         .overdue_only = a->overdue_only,
                         .has_due_before = a->before_meeting,
                         .due_before = s->data.next_meeting};
    return view;
}

static void draw(panel *p, tui_state *s, int y, int x, int height, int width)
{
    panel_draw_table(p, s, y, x, height, width);
}

static void build(panel *p, tui_state *s)
{
    table_clear(&p->table);
    actions_view view = view_of(p, s);
    view_building b = {p, s};
    actions_view_rows(&view, add_row, &b);
    table_arrange(&p->table, &p->layout);
}

/* A filter turned on or off, said on the status line as the header shows it. */
static reaction toggle(tui_state *s, bool *filter, const char *on, const char *off)
{
    *filter = !*filter;
    tui_say(s, 3, "%s", *filter ? on : off);
    return REACT_REBUILD | REACT_FIRST_ROW;
}

static const action_row *row_of(panel *p, tui_state *s)
{
    const table_row *r = table_selected(&p->table);
    if (r == NULL || r->kind != ROW_LINE || r->source >= s->data.actions.count)
        return NULL;
    return &s->data.actions.rows[r->source];
}

static reaction act(panel *p, tui_state *s, action what)
{
    actions_state *a = state_of(p);
    char said[200];
    switch (what) {
    case ACTION_CLOSED:
        return toggle(s, &a->with_closed, "Done and dropped actions shown too (c: open ones only)",
                      "Open actions only (c shows done and dropped too)");
    case ACTION_MINE:
        snprintf(said, sizeof said, "Only the actions owned by %s (M: everyone's)", a->login);
        return toggle(s, &a->mine, said, "Everyone's actions");
    case ACTION_OVERDUE:
        return toggle(s, &a->overdue_only, "Only the overdue actions (! again: all)", "Overdue or not");
    case ACTION_BEFORE_MEETING: {
        char when[32];
        date_format_long(when, sizeof when, s->data.next_meeting);
        snprintf(said, sizeof said, "Only the actions due before the next meeting, %s (p again: all)", when);
        return toggle(s, &a->before_meeting, said, "Due whenever");
    }
    default: {
        const action_row *r = row_of(p, s);
        return raid_act(p, s, what, r != NULL ? r->link : NULL);
    }
    }
}

static void detail(panel *p, tui_state *s, const table_row *row, text_lines *out)
{
    (void)p;
    const action_row *r = &s->data.actions.rows[row->source];
    char due[32] = "", done[32] = "";
    if (r->dates.has_due)
        date_format_long(due, sizeof due, r->dates.due);
    if (r->dates.has_done_on)
        date_format_long(done, sizeof done, r->dates.done_on);
    int32_t late = action_days_overdue(&r->dates, s->data.today);
    lines_add(out, "Action %s", r->ref);
    lines_add(out, "%s", "");
    lines_wrap(out, "Action", 14, r->title, COLS);
    lines_add(out, "  Owner          %s", r->owner);
    lines_add(out, "  Raised at      %s", r->raised_at);
    if (late > 0)
        lines_add(out, "  Due            %s  OVERDUE by %d day%s", due, (int)late, late == 1 ? "" : "s");
    else
        lines_add(out, "  Due            %s", due);
    lines_add(out, "  Status         %s", action_status_name(r->dates.status));
    lines_add(out, "  Done on        %s", done);
    lines_add(out, "  Link           %s", r->link);
    lines_wrap(out, "Note", 14, r->note, COLS);
    raid_detail_link(s, r->link, out);
    panel_detail_audit(s, "actions", r->ref, out);
}

static void help(panel *p, tui_state *s, text_lines *out)
{
    (void)p;
    char when[32];
    date_format_long(when, sizeof when, s->data.next_meeting);
    lines_add(out, "%s", "");
    lines_add(out, "Marks");
    lines_wrap(out, "OVERDUE", 18,
               "an open action whose due date has passed (due today is not yet overdue); its row is bold",
               COLS);
    lines_wrap(out, "dim rows", 18, "done or dropped actions, shown with c", COLS);
    char meeting[200];
    snprintf(meeting, sizeof meeting,
             "the latest snapshot's date plus whole fortnights until after today (or 14 days from today "
             "without a snapshot): %s",
             when);
    lines_wrap(out, "next meeting", 18, meeting, COLS);
    lines_add(out, "%s", "");
    lines_add(out, "Links");
    lines_wrap(out, "o", 18,
               "opens what the row's link names: a savings line on the Savings panel, a risk on the Risks "
               "panel, a milestone on the Plan panel; a workstream, its savings lines on the Savings panel, "
               "filtered to it as / filters (the filter its name; Esc clears it)",
               COLS);
}

static void caption(panel *p, tui_state *s, char *buf, size_t size)
{
    const actions_state *a = state_of(p);
    char before[64] = "", mine[160] = "", overdue[48] = ", overdue only";
    if (a->before_meeting) {
        char when[32];
        date_format_long(when, sizeof when, s->data.next_meeting);
        snprintf(before, sizeof before, ", due before %s", when);
    }
    if (a->mine)
        snprintf(mine, sizeof mine, " of %s", a->login);
    if (!a->overdue_only)
        snprintf(overdue, sizeof overdue, ", %zu overdue", a->overdue);
    bool one = a->shown == 1;
    snprintf(buf, size, "%zu %s%s%s%s%s%s", a->shown,
             a->with_closed ? (one ? "action" : "actions") : (one ? "open action" : "open actions"), mine,
             a->with_closed ? ", done and dropped too" : "", before, overdue,
             a->overdue_only || a->before_meeting || a->mine ? "" : "; v issues");
}

static bool record(panel *p, tui_state *s, const table_row *row, edit_record *out)
{
    (void)p;
    record_blank(out, TABLE_DEF_ACTIONS);
    if (row == NULL) { /* a new action is open */
        out->values[ACTION_FIELD_STATUS] = (field_value){false, ACTION_OPEN, "open"};
        return true;
    }
    if (row->kind != ROW_LINE)
        return false;
    out->exists = true;
    out->values[ACTION_FIELD_REF] = (field_value){false, 0, s->data.actions.rows[row->source].ref};
    return true;
}

const panel_ops actions_panel = {
    .name = "actions",
    .fields = actions_view_columns,
    .nfields = F_COUNT,
    .init = init,
    .fini = fini,
    .build = build,
    .draw = draw,
    .action = act,
    .detail = detail,
    .help = help,
    .caption = caption,
    .table = TABLE_DEF_ACTIONS,
    .record = record,
};
