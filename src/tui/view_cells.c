/* view_cells.c - a view's typed cells as the table widget's text, sort keys
 * and colours. */
#include "view_cells.h"

#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "text.h"

static element element_for_tone(view_tone tone)
{
    switch (tone) {
    case VIEW_TONE_DIM: return E_DIM;
    case VIEW_TONE_WARN: return E_AMBER;
    case VIEW_TONE_NOTE: return E_BLUE;
    case VIEW_TONE_ALERT: return E_RED;
    case VIEW_TONE_BAD: return E_BAD;
    case VIEW_TONE_NORMAL: break;
    }
    return E_NORMAL;
}

/* A sparkline of the row's history: 0% to 120% over the eight levels. */
static void sparkline(const theme *th, const view_row *row, char *buf, size_t size)
{
    size_t n = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < row->nhistory; i++) {
        const char *glyph = " ";
        if (row->history[i].defined) {
            int64_t level = row->history[i].units * 8 / 1200;
            glyph = th->spark[level < 0 ? 0 : level > 7 ? 7 : level];
        }
        n += (size_t)snprintf(buf + n, n < size ? size - n : 0, "%s", glyph);
    }
}

/* One cell: blank figures sort below every figure. */
static void set_cell(table *t, const theme *th, size_t field, view_type type, const view_row *row,
                     view_cells_style style)
{
    const view_cell *c = &row->cells[field];
    char text[48] = "";
    int64_t sort = c->defined ? c->value : INT64_MIN;
    element colour = element_for_tone(c->tone);
    switch (type) {
    case VIEW_TYPE_TEXT:
        table_set(t, field, c->defined ? c->text : "", c->ordered ? c->value : 0, c->ordered, colour);
        return;
    case VIEW_TYPE_DATE: {
        /* shown as "7 Dec 2026", sorted by the day it is (blank first) */
        calendar_date d;
        int64_t day = INT64_MIN;
        if (c->defined && date_parse(c->word, &d, NULL))
            day = date_to_days(d);
        if (c->defined)
            date_show(text, sizeof text, c->word);
        table_set(t, field, text, day, true, colour);
        return;
    }
    case VIEW_TYPE_RATING:
        if (c->defined)
            table_set(t, field, c->word, c->value, true, element_for_rag(c->rating));
        return;
    case VIEW_TYPE_FLAG:
        table_set(t, field, c->value ? c->word : "", c->value, true,
                  c->value ? element_for_rag(c->rating) : E_NORMAL);
        return;
    case VIEW_TYPE_MOVEMENT:
        /* up is worse, down better */
        table_set(t, field,
                  !c->defined        ? ""
                  : c->direction > 0 ? th->up
                  : c->direction < 0 ? th->down
                                     : th->same,
                  c->value, true,
                  c->defined && c->direction > 0   ? E_BAD
                  : c->defined && c->direction < 0 ? E_GOOD
                                                   : E_NORMAL);
        return;
    case VIEW_TYPE_MONEY:
        screen_money(text, sizeof text, c->defined ? c->value : MONEY_UNKNOWN);
        table_set(t, field, text, sort, true, colour);
        return;
    case VIEW_TYPE_MEASURE:
    case VIEW_TYPE_BETTER:
        /* an improvement with its sign, and in the bad colour when worse */
        if (c->defined) {
            bool better = type == VIEW_TYPE_BETTER && c->value > 0;
            text[0] = '+';
            view_format_measure(text + 1, sizeof text - 1, c->value);
            if (type == VIEW_TYPE_BETTER && c->value < 0)
                colour = E_BAD;
            table_set(t, field, better ? text : text + 1, sort, true, colour);
        } else {
            table_set(t, field, "", sort, true, colour);
        }
        return;
    case VIEW_TYPE_PROGRESS:
        table_set(t, field, view_cell_progress_words(c), c->value, true,
                  c->direction > 0 ? element_for_rag(c->rating) : E_NORMAL);
        return;
    case VIEW_TYPE_SPARK: {
        char spark[VIEW_MAX_HISTORY * 4 + 1] = "";
        size_t n = 0;
        for (size_t i = 0; c->defined && i < row->nhistory; i++) {
            int64_t level = row->history[i].units;
            n += (size_t)snprintf(spark + n, n < sizeof spark ? sizeof spark - n : 0, "%s",
                                  th->spark[level < 0   ? 0
                                            : level > 7 ? 7
                                                        : level]);
        }
        table_set(t, field, spark, 0, false, E_NORMAL);
        return;
    }
    case VIEW_TYPE_VARIANCE:
        screen_money_signed(text, sizeof text, c->defined ? c->value : MONEY_UNKNOWN);
        table_set(t, field, text, sort, true, element_for_rag(c->rating));
        return;
    case VIEW_TYPE_PERCENT:
    case VIEW_TYPE_DECIMAL:
    case VIEW_TYPE_FTE:
        if (c->defined) {
            decimal_format(text, sizeof text, view_cell_decimal(c));
            if (type != VIEW_TYPE_PERCENT && (style & VIEW_CELLS_TRIM_ZEROS) != 0)
                text_trim_zeros(text); /* 2.00 is 2, 4.40 is 4.4 */
            if (type == VIEW_TYPE_PERCENT && (style & VIEW_CELLS_BARE_PERCENT) == 0)
                strcat(text, "%");
        }
        table_set(t, field, text, sort, true, colour);
        return;
    case VIEW_TYPE_COUNT:
        if (c->defined)
            snprintf(text, sizeof text, "%lld", (long long)c->value);
        if (c->defined && c->word[0] != '\0') /* "month" for a calendar month's days */
            snprintf(text, sizeof text, "%s", c->word);
        table_set(t, field, text, sort, true, colour);
        return;
    case VIEW_TYPE_FY:
        if (c->defined) {
            fy_format(text, sizeof text, (int)c->value);
            table_set(t, field, text, c->value, true, colour);
        }
        return;
    case VIEW_TYPE_RAG:
        if (c->defined)
            table_set(t, field, rag_word(c->rating), rag_severity(c->rating), true,
                      element_for_rag(c->rating));
        return;
    case VIEW_TYPE_SHIFT:
        /* a mark: moved to a later year (or out), or brought forward */
        if (c->defined)
            table_set(t, field,
                      c->direction > 0   ? th->later
                      : c->direction < 0 ? th->earlier
                                         : "",
                      c->value, false, c->direction > 0 ? E_AMBER : E_NORMAL);
        return;
    case VIEW_TYPE_TREND:
        if (c->defined) {
            char spark[VIEW_MAX_HISTORY * 4 + 1];
            sparkline(th, row, spark, sizeof spark);
            table_set(t, field, spark, c->value, true, E_NORMAL);
        }
        return;
    case VIEW_TYPE_CHANGE:
        /* an arrow and the points: a rise is bad */
        if (c->defined) {
            char amount[24] = "";
            if (c->value != 0)
                decimal_format(amount, sizeof amount,
                               decimal_of(c->value < 0 ? -c->value : c->value, c->places));
            snprintf(text, sizeof text, "%s%s",
                     c->value > 0   ? th->up
                     : c->value < 0 ? th->down
                                    : th->same,
                     amount);
            colour = c->value > 0 ? E_BAD : c->value < 0 ? E_GOOD : E_NORMAL;
        }
        table_set(t, field, text, sort, true, colour);
        return;
    }
}

void view_cells_set(table *t, const theme *th, const view_column *columns, size_t ncolumns,
                    const view_row *row, view_cells_style style)
{
    for (size_t f = 0; f < ncolumns && f < VIEW_MAX_COLUMNS; f++)
        set_cell(t, th, f, columns[f].type, row, style);
}

const char *view_cells_heading(const panel_layout *layout, const view_column *columns, int field)
{
    for (size_t c = 0; c < layout->ncolumns; c++)
        if (layout->columns[c].field == field)
            return layout->columns[c].heading;
    return columns[field].heading;
}
