/* view.c - the cells of a view's rows: typed, exact, blank until set. */
#include "view.h"

#include <assert.h>
#include <stdio.h>
#include <string.h>

void view_row_start(view_row *row, view_row_kind kind, int group, size_t source)
{
    memset(row, 0, sizeof *row);
    row->kind = kind;
    row->group = group;
    row->source = source;
}

static view_cell *cell_at(view_row *row, size_t column)
{
    assert(column < VIEW_MAX_COLUMNS);
    view_cell *cell = &row->cells[column];
    memset(cell, 0, sizeof *cell);
    return cell;
}

void view_set_text(view_row *row, size_t column, const char *text, view_tone tone)
{
    view_cell *cell = cell_at(row, column);
    cell->defined = text != NULL;
    cell->text = text;
    cell->tone = tone;
}

void view_set_choice(view_row *row, size_t column, const char *text, int value)
{
    view_cell *cell = cell_at(row, column);
    cell->defined = text != NULL;
    cell->text = text;
    cell->value = value;
    cell->ordered = true;
}

void view_set_money(view_row *row, size_t column, money value)
{
    view_cell *cell = cell_at(row, column);
    cell->defined = value != MONEY_UNKNOWN;
    cell->value = value;
}

void view_set_decimal(view_row *row, size_t column, decimal value)
{
    view_cell *cell = cell_at(row, column);
    cell->defined = value.defined;
    cell->value = value.units;
    cell->places = value.places;
}

void view_set_fte(view_row *row, size_t column, fte_hundredths value, view_tone tone)
{
    view_cell *cell = cell_at(row, column);
    cell->defined = true;
    cell->value = value;
    cell->places = 2;
    cell->tone = tone;
}

void view_set_change(view_row *row, size_t column, decimal points)
{
    view_set_decimal(row, column, points);
}

void view_set_count(view_row *row, size_t column, int64_t value, bool defined)
{
    view_cell *cell = cell_at(row, column);
    cell->defined = defined;
    cell->value = value;
}

void view_set_fy(view_row *row, size_t column, int fy)
{
    view_cell *cell = cell_at(row, column);
    cell->defined = fy != 0;
    cell->value = fy;
}

void view_set_date(view_row *row, size_t column, const char *iso, view_tone tone)
{
    view_cell *cell = cell_at(row, column);
    cell->defined = iso != NULL && iso[0] != '\0';
    snprintf(cell->word, sizeof cell->word, "%s", iso != NULL ? iso : "");
    cell->tone = tone;
}

void view_set_rating(view_row *row, size_t column, int value, const char *name, const char *word, rag colour)
{
    view_cell *cell = cell_at(row, column);
    cell->defined = true;
    cell->value = value;
    cell->text = name;
    snprintf(cell->word, sizeof cell->word, "%s", word);
    cell->rating = colour;
}

void view_set_movement(view_row *row, size_t column, int value, int direction, bool defined)
{
    view_cell *cell = cell_at(row, column);
    cell->defined = defined;
    cell->value = value;
    cell->direction = direction;
}

void view_set_flag(view_row *row, size_t column, bool value, const char *word, rag colour)
{
    view_cell *cell = cell_at(row, column);
    cell->defined = true;
    cell->value = value;
    snprintf(cell->word, sizeof cell->word, "%s", word);
    cell->rating = colour;
}

void view_set_rag(view_row *row, size_t column, rag value)
{
    view_cell *cell = cell_at(row, column);
    cell->defined = true;
    cell->rating = value;
}

void view_set_shift(view_row *row, size_t column, money amount, int direction)
{
    view_cell *cell = cell_at(row, column);
    cell->defined = true;
    cell->value = amount;
    cell->direction = direction;
}

decimal view_cell_decimal(const view_cell *cell)
{
    if (!cell->defined)
        return decimal_none();
    return decimal_of(cell->value, cell->places);
}

void view_set_count_word(view_row *row, size_t column, int64_t value, const char *word)
{
    view_cell *cell = cell_at(row, column);
    cell->defined = true;
    cell->value = value;
    snprintf(cell->word, sizeof cell->word, "%s", word);
}

void view_set_trend(view_row *row, size_t column, int direction)
{
    view_cell *cell = cell_at(row, column);
    cell->defined = true;
    cell->value = direction;
}

void view_set_variance(view_row *row, size_t column, money value, rag colour)
{
    view_cell *cell = cell_at(row, column);
    cell->defined = value != MONEY_UNKNOWN;
    cell->value = value;
    cell->rating = cell->defined ? colour : RAG_NONE;
}

void view_set_measure(view_row *row, size_t column, int64_t hundredths, bool defined)
{
    view_cell *cell = cell_at(row, column);
    cell->defined = defined;
    cell->value = hundredths;
    cell->places = 2;
}

void view_set_progress(view_row *row, size_t column, bool reached, int periods, int needed, const char *word,
                       const char *not_yet, rag colour)
{
    view_cell *cell = cell_at(row, column);
    cell->defined = true;
    cell->value = reached ? 1000 : periods; /* reached sorts above every count */
    cell->direction = reached ? 1 : 0;
    cell->text = not_yet;
    if (reached)
        snprintf(cell->word, sizeof cell->word, "%s", word);
    else if (periods > 0)
        snprintf(cell->word, sizeof cell->word, "%d of %d", periods, needed);
    cell->rating = reached ? colour : RAG_NONE;
}

const char *view_cell_progress_words(const view_cell *cell)
{
    if (!cell->defined)
        return "";
    if (cell->word[0] != '\0')
        return cell->word;
    return cell->text != NULL ? cell->text : "";
}

void view_set_spark(view_row *row, size_t column)
{
    view_cell *cell = cell_at(row, column);
    cell->defined = true;
}

void view_format_measure(char *buf, size_t size, int64_t hundredths)
{
    char digits[32];
    int64_t whole = hundredths / 100, part = hundredths % 100;
    snprintf(digits, sizeof digits, "%lld", (long long)(whole < 0 ? -whole : whole));
    size_t n = 0, length = strlen(digits);
    if (hundredths < 0 && n + 1 < size)
        buf[n++] = '-';
    for (size_t i = 0; i < length && n + 2 < size; i++) {
        if (i > 0 && (length - i) % 3 == 0)
            buf[n++] = ',';
        buf[n++] = digits[i];
    }
    buf[n] = '\0';
    if (part < 0)
        part = -part;
    if (part != 0)
        snprintf(buf + n, size - n, part % 10 == 0 ? ".%lld" : ".%02lld",
                 (long long)(part % 10 == 0 ? part / 10 : part));
}
