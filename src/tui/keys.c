/* keys.c - the one table of key bindings.  It decides what a key does, and
 * draws the key bar and the help screen, so the three never disagree.
 * Every function key has a letter (PuTTY and screen often lose F-keys). */
#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "keys.h"
#include "panel.h"

#define ALL 0u
/* The panels with a table of rows (all but the Overview), and the views. */
#define VIEWS             PANEL_VIEWS
#define TOPS              (((1u << VIEW_COUNT) - 1u) & ~VIEWS)
#define TABLES            (((1u << VIEW_COUNT) - 1u) & ~PANEL_BIT(VIEW_OVERVIEW))
#define SAVINGS_AND_VIEWS                                                                                    \
    (PANEL_BIT(VIEW_SAVINGS) | PANEL_BIT(VIEW_BRIDGE) | PANEL_BIT(VIEW_KPIS) | PANEL_BIT(VIEW_KPI_VALUES) |    \
     PANEL_BIT(VIEW_INVESTMENT))
#define ACTIONS   PANEL_BIT(VIEW_ACTIONS)
#define RAID      (ACTIONS | PANEL_BIT(VIEW_ISSUES) | PANEL_BIT(VIEW_DECISIONS))
#define PLAN      PANEL_BIT(VIEW_PLAN)
#define STAFFING          PANEL_BIT(VIEW_STAFFING)
#define RISKS             PANEL_BIT(VIEW_RISKS)
#define OVERVIEW          PANEL_BIT(VIEW_OVERVIEW)
/* The panels that move: a table's rows, the Overview's exceptions and page. */
#define MOVES (TABLES | OVERVIEW)

/* A binding with no help is a key the one before it describes: it is in
 * neither the key bar nor the help on its own. */
/* clang-format off */
static const binding bindings[] = {
    {ACTION_PANEL, {'1', '2', '3', '4', '5', '6', '7', '8', '9'}, NULL, "Panel", "switch panel", ALL, 3, false},
    {ACTION_NEXT_PANEL, {'\t'}, "Tab", "Next", "next panel (Shift-Tab: previous)", ALL, 0, false},
    {ACTION_PREVIOUS_PANEL, {KEY_BTAB}, "S-Tab", "Previous", "previous panel", ALL, 0, false},
    {ACTION_UP, {KEY_UP, 'k'}, "Up k", "Up", "move up a row", MOVES, 0, false},
    {ACTION_DOWN, {KEY_DOWN, 'j'}, "Down j", "Down", "move down a row", MOVES, 0, false},
    {ACTION_LEFT, {KEY_LEFT}, "Left Right", "Columns", "scroll the columns sideways, the first staying (Enter shows every field of a row whole; risks: the arrows move in a heat map chosen with h)", TABLES, 0, false},
    {ACTION_RIGHT, {KEY_RIGHT, 'l'}, NULL, NULL, NULL, TABLES, 0, false},
    {ACTION_PAGE_UP, {KEY_PPAGE}, "PgUp", "Page up", "move up a page", MOVES, 0, false},
    {ACTION_PAGE_DOWN, {KEY_NPAGE, ' '}, "PgDn Space", "Page down", "move down a page", MOVES, 0, false},
    {ACTION_HOME, {KEY_HOME, 'g'}, "Home g", "First", "go to the first row", MOVES, 0, false},
    {ACTION_END, {KEY_END, 'G'}, "End G", "Last", "go to the last row", MOVES, 0, false},
    {ACTION_DETAIL, {'\n', '\r', KEY_ENTER}, "Enter", "Detail", "detail of the selected row: every field, its history and audit trail", TABLES, 4, false},
    {ACTION_DETAIL, {'\n', '\r', KEY_ENTER}, "Up Down Enter", "Open", "overview: choose an exception (the page scrolls to it) and open its row in its panel; PgUp, PgDn, Home and End scroll", OVERVIEW, 4, false},
    {ACTION_FILTER, {'/'}, "/", "Filter", "filter rows by text (Esc clears the filter)", TABLES, 7, false},
    {ACTION_FIND, {'f', KEY_F(3)}, "f F3", "Find", "find: choose the next row holding some text (the rows stay as they are; / filters them)", TABLES, 13, false},
    {ACTION_FIND_NEXT, {'.'}, ". ,", "Next/prev", "find: the next or the previous row holding the text found", TABLES, 0, false},
    {ACTION_FIND_PREVIOUS, {','}, NULL, NULL, NULL, TABLES, 0, false},
    {ACTION_SORT, {'s'}, "s", "Sort", "sort by the next column (S: reverse the order)", TABLES, 8, false},
    {ACTION_SORT_REVERSE, {'S'}, "S", "Reverse", "reverse the sort", TABLES, 0, false},
    {ACTION_SORT_LEFT, {'<'}, "< >", "Sort column", "sort by the column left or right of the one sorted by (the heading's arrow shows which)", TABLES, 0, false},
    {ACTION_SORT_RIGHT, {'>'}, NULL, NULL, NULL, TABLES, 0, false},
    {ACTION_GROUP, {'v'}, "v", "Group", "group rows: savings by cohort, workstream, FY or origin; staffing by area or role; reviews by team", PANEL_BIT(VIEW_SAVINGS) | STAFFING | PANEL_BIT(VIEW_REVIEWS), 10, false},
    {ACTION_FOLD, {'-'}, "- +", "Fold", "grouped rows: fold the chosen row's group to its header row, or unfold it (the totals stay those of every line)", PANEL_BIT(VIEW_SAVINGS) | STAFFING | PANEL_BIT(VIEW_REVIEWS), 0, false},
    {ACTION_UNFOLD, {'+'}, NULL, NULL, NULL, PANEL_BIT(VIEW_SAVINGS) | STAFFING | PANEL_BIT(VIEW_REVIEWS), 0, false},
    {ACTION_BACK, {27, 'q', 'Q'}, "Esc q", "Back", "back from a view to its panel: Savings (from the KPI values, to the KPIs), or from issues and decisions to the actions; Esc first clears a filter", VIEWS, 2, false},
    {ACTION_BACK, {27}, NULL, NULL, NULL, ALL, 0, false},
    {ACTION_BRIDGE, {'b'}, "b", "Bridge", "savings: the budget bridge, from budget to forecast outturn, as a waterfall (b again, or Esc, goes back)", SAVINGS_AND_VIEWS, 9, false},
    {ACTION_KPIS, {'i'}, "i", "KPIs", "savings: the KPIs that evidence savings, their trend against baseline and target, and the benefit they show (i again, or Esc, goes back)", SAVINGS_AND_VIEWS, 9, false},
    {ACTION_KPI_VALUES, {'u'}, "u", "Values", "KPIs: the chosen KPI's values by period, to add, edit or delete (u again, or Esc, goes back)", PANEL_BIT(VIEW_KPIS) | PANEL_BIT(VIEW_KPI_VALUES), 8, false},
    {ACTION_COSTS, {'c'}, "c", "Costs", "savings: what the programme costs (posts, fees, other), its return on investment and the fee payable (c again, or Esc, goes back)", SAVINGS_AND_VIEWS, 9, false},
    {ACTION_EARLIER, {'['}, "[ ]", "Date", "staffing: the snapshot before or after the one shown", STAFFING, 9, false},
    {ACTION_LATER, {']'}, NULL, NULL, NULL, STAFFING, 0, false},
    {ACTION_HEAT_MAP, {'h'}, "h", "Heat map", "risks: move in the heat map (arrows), Enter filters the register to a cell, Esc clears", RISKS, 9, false},
    {ACTION_CLOSED, {'c'}, "c", "Closed", "risks: show closed risks too, or open ones only", RISKS, 0, false},
    {ACTION_RAID_VIEW, {'v'}, "v", "View", "actions: the next view of the RAID log: actions, then issues, then decisions, round (Esc goes back to the actions)", RAID, 9, false},
    {ACTION_CLOSED, {'c'}, "c", "Closed", "actions: show done and dropped actions too, or open ones only", ACTIONS, 10, false},
    {ACTION_MINE, {'M'}, "M", "Mine", "actions: only those whose owner is your login's name, or everyone's", ACTIONS, 10, false},
    {ACTION_OVERDUE, {'!'}, "!", "Overdue", "actions: only the overdue (open, and due before today), or all", ACTIONS, 8, false},
    {ACTION_BEFORE_MEETING, {'p'}, "p", "Pre-meeting", "actions: only those due before the next meeting (the last meeting's snapshot plus whole fortnights after today), or all", ACTIONS, 11, false},
    {ACTION_FOLLOW, {'o'}, "o", "Open link", "actions, issues, decisions: open the savings line, risk or milestone the row is linked to, on its panel (in a row's detail too), or a workstream's savings lines, the Savings panel filtered to it (Esc clears the filter); plan: a milestone's savings line, or its workstream's lines", RAID | PLAN, 9, false},
    {ACTION_TIMELINE, {'v'}, "v", "Time-line", "plan: the time-line, months across and a row a milestone, today a column; or back to the table", PLAN, 9, false},
    {ACTION_OVERDUE, {'!'}, "!", "Overdue", "plan: only the overdue milestones (not met, and due before today), or all", PLAN, 8, false},
    {ACTION_WORKSTREAM, {'w'}, "w", "Workstream", "plan: only the next workstream's milestones (those linked to it or to a savings line of it), round to all", PLAN, 10, false},
    {ACTION_TARGET, {'t'}, "t", "Target", "risks: the heat map of target scores (after mitigation) or of current scores", RISKS, 10, false},
    {ACTION_ADD, {'a'}, "a", "Add", "add a row, in a form that checks each field as you type", TABLES, 6, true},
    {ACTION_EDIT, {'e'}, "e", "Edit", "edit the selected row (a savings line with its profile by year)", TABLES, 5, true},
    {ACTION_DELETE, {'d'}, "d", "Delete", "delete the selected row, after saying what will go and asking", TABLES, 10, true},
    {ACTION_REVIEW, {'R'}, "R", "Review", "risks: record a review today: new likelihood and impact, a note, the next review moved on", RISKS, 6, true},
    {ACTION_SNAPSHOT, {'n'}, "n", "Snapshot", "take a snapshot of the headlines now, to compare with at the next meeting", ALL, 0, true},
    {ACTION_EARLIER, {'['}, "[ ]", "Since", "overview: compare with the snapshot before or after", PANEL_BIT(VIEW_OVERVIEW), 5, false},
    {ACTION_LATER, {']'}, NULL, NULL, NULL, PANEL_BIT(VIEW_OVERVIEW), 0, false},
    {ACTION_REPAINT, {'L' & 0x1f}, "^L", "Repaint", "draw the whole screen again (after line noise on a slow connection)", ALL, 0, false},
    {ACTION_RELOAD, {'r', KEY_F(5)}, "r F5", "Reload", "reload the data now (changes by others also appear by themselves)", ALL, 0, false},
    {ACTION_EXPORT, {'x'}, "x", "Export", "export the panel's rows as shown to a CSV or Markdown file, and say where", TABLES, 11, false},
    {ACTION_MEETING, {'m'}, "m", "Meeting", "meeting mode: large headline figures, the meeting pack, then each panel in turn; Space pauses, arrows step, Esc stops", ALL, 12, false},
    {ACTION_HELP, {'?', KEY_F(1)}, "? F1", "Help", "this help: every key, and what each column and colour means", ALL, 2, false},
    {ACTION_QUIT, {'q', 'Q', KEY_F(10)}, "q F10", "Quit", "quit from a panel; in a view, Help or a detail, q goes back", TOPS, 1, false},
    {ACTION_QUIT, {KEY_F(10)}, NULL, NULL, NULL, VIEWS, 0, false},
};
/* clang-format on */

const binding *keys_bindings(size_t *count)
{
    *count = sizeof bindings / sizeof bindings[0];
    return bindings;
}

const char *keys_label(const binding *b, const keys_digits *digits)
{
    return b->label != NULL ? b->label : digits->label;
}

const char *keys_help(const binding *b, const keys_digits *digits)
{
    return b->action == ACTION_PANEL ? digits->help : b->help;
}

static bool applies(const binding *b, int panel_index)
{
    return b->panels == ALL || (b->panels & PANEL_BIT(panel_index)) != 0;
}

const binding *keys_binding_anywhere(int key)
{
    for (size_t i = 0; i < sizeof bindings / sizeof bindings[0]; i++)
        for (size_t k = 0;
             k < sizeof bindings[i].keys / sizeof bindings[i].keys[0] && bindings[i].keys[k] != 0; k++)
            if (bindings[i].keys[k] == key)
                return &bindings[i];
    return NULL;
}

action keys_action(int key, int panel_index, bool read_only)
{
    for (size_t i = 0; i < sizeof bindings / sizeof bindings[0]; i++) {
        const binding *b = &bindings[i];
        if (!applies(b, panel_index) || (read_only && b->edits))
            continue;
        for (size_t k = 0; k < sizeof b->keys / sizeof b->keys[0] && b->keys[k] != 0; k++)
            if (b->keys[k] == key)
                return b->action;
    }
    return ACTION_NONE;
}

/* How the key bar names a binding's key: "q" and "?" alone, the F-keys
 * being in the help. */
static const char *bar_key(const binding *b, const keys_digits *digits)
{
    return b->action == ACTION_QUIT ? "q" : b->action == ACTION_HELP ? "?" : keys_label(b, digits);
}

/* What ? says in the key bar: "Help" when every key is in the bar, and
 * "All keys" when some are not, for the help lists them all. */
static const char *bar_does(const binding *b, bool keys_left_out)
{
    return b->action == ACTION_HELP && keys_left_out ? "All keys" : b->does;
}

/* Which bindings fit in width, by priority (1 first); true when a key that
 * works here is left out. */
static bool fit_bar(int width, int panel_index, bool read_only, const keys_digits *digits,
                    bool keys_left_out, bool *shown)
{
    size_t count = sizeof bindings / sizeof bindings[0];
    int used = 0;
    for (int priority = 1; priority <= 13; priority++)
        for (size_t i = 0; i < count; i++) {
            const binding *b = &bindings[i];
            if (b->bar_priority != priority || b->help == NULL || !applies(b, panel_index) ||
                (read_only && b->edits))
                continue;
            int need = text_columns(bar_key(b, digits)) + 1 +
                       text_columns(bar_does(b, keys_left_out)) + 2;
            if (used + need <= width) {
                shown[i] = true;
                used += need;
            }
        }
    bool left_out = false;
    for (size_t i = 0; i < count; i++)
        if (!shown[i] && bindings[i].help != NULL && applies(&bindings[i], panel_index) &&
            !(read_only && bindings[i].edits))
            left_out = true;
    return left_out;
}

void keys_draw_bar(const theme *t, int y, int width, int panel_index, bool read_only,
                   const keys_digits *digits)
{
    attr_t bar = theme_attr(t, E_KEYBAR);
    move(y, 0);
    attron(bar);
    printw("%*s", width, "");
    attroff(bar);
    enum { COUNT = sizeof bindings / sizeof bindings[0] };
    bool shown[COUNT] = {false};
    bool left_out = fit_bar(width, panel_index, read_only, digits, false, shown);
    if (left_out) { /* ? then says it has the rest, which may take a key's room */
        memset(shown, 0, sizeof shown);
        fit_bar(width, panel_index, read_only, digits, true, shown);
    }
    int x = 0;
    for (size_t i = 0; i < COUNT; i++) {
        if (!shown[i])
            continue;
        const binding *b = &bindings[i];
        x += draw_plain(t, y, x, width, bar_key(b, digits), bar | A_BOLD);
        x += draw_plain(t, y, x, width, " ", bar);
        x += draw_plain(t, y, x, width, bar_does(b, left_out), bar);
        x += draw_plain(t, y, x, width, "  ", bar);
    }
}
