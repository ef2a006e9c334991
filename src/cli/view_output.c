/* view_output.c - a view's typed cells written as the report's cells. */
#include "view_output.h"

#include <stdio.h>

#include "calendar.h"
#include "common.h"

size_t view_output_columns(const view_column *columns, size_t ncolumns, size_t from, output_column *out)
{
    size_t n = 0;
    for (size_t c = from; c < ncolumns; c++) {
        if (columns[c].field == NULL)
            continue;
        json_type type = VIEW_TYPE_IS_FIGURE(columns[c].type) ? JSON_NUMBER
                         : columns[c].type == VIEW_TYPE_FLAG || columns[c].type == VIEW_TYPE_PROGRESS
                             ? JSON_BOOL
                             : JSON_STRING;
        out[n++] = (output_column){columns[c].field,    columns[c].heading,    type,
                                   type == JSON_NUMBER, columns[c].importance, columns[c].flexible};
    }
    return n;
}

bool view_output_cell(output_table *table, const view_column *column, const view_cell *cell)
{
    switch (column->type) {
    case VIEW_TYPE_TEXT: return output_text(table, cell->defined ? cell->text : "");
    case VIEW_TYPE_DATE: return output_text(table, cell->defined ? cell->word : "");
    case VIEW_TYPE_RATING:
        return output_cell(table, cell->defined ? cell->text : "", cell->defined ? cell->word : "",
                           cell->defined ? cell->rating : RAG_NONE);
    case VIEW_TYPE_FLAG: /* true or false for programs; its word, in its colour, for people */
        return output_cell(table, cell->value ? "true" : "false", cell->value ? cell->word : "",
                           cell->value ? cell->rating : RAG_NONE);
    case VIEW_TYPE_MOVEMENT: return output_integer(table, cell->direction, cell->defined);
    case VIEW_TYPE_MONEY:
    case VIEW_TYPE_SHIFT: return output_money(table, cell->defined ? cell->value : MONEY_UNKNOWN);
    case VIEW_TYPE_VARIANCE: { /* +£7,903,000 over budget, -£1,000 under */
        money value = cell->defined ? cell->value : MONEY_UNKNOWN;
        char machine[32], human[64];
        money_format_plain(machine, sizeof machine, value);
        human[0] = '+';
        cli_money(human + 1, sizeof human - 1, value);
        return output_cell(table, machine, value != MONEY_UNKNOWN && value > 0 ? human : human + 1,
                           cell->defined ? cell->rating : RAG_NONE);
    }
    case VIEW_TYPE_MEASURE:
    case VIEW_TYPE_BETTER: { /* "12010.50" for programs, "12,010.5" for people */
        if (!cell->defined)
            return output_cell(table, "", "", RAG_NONE);
        char machine[48], human[64];
        decimal_format(machine, sizeof machine, decimal_of(cell->value, 2));
        view_format_measure(human, sizeof human, cell->value);
        return output_cell(table, machine, human, RAG_NONE);
    }
    case VIEW_TYPE_PROGRESS: { /* reached or not for programs; its word, in its colour, for people */
        bool reached = cell->direction > 0;
        return output_cell(table, reached ? "true" : "false", view_cell_progress_words(cell),
                           reached ? cell->rating : RAG_NONE);
    }
    case VIEW_TYPE_SPARK: return output_text(table, "");
    case VIEW_TYPE_PERCENT: return output_decimal(table, view_cell_decimal(cell), "%");
    case VIEW_TYPE_DECIMAL:
    case VIEW_TYPE_CHANGE:
    case VIEW_TYPE_FTE: return output_decimal(table, view_cell_decimal(cell), NULL);
    case VIEW_TYPE_COUNT: {
        if (!cell->defined || cell->word[0] == '\0')
            return output_integer(table, cell->value, cell->defined);
        char digits[24]; /* programs read the number, people the word */
        snprintf(digits, sizeof digits, "%lld", (long long)cell->value);
        return output_cell(table, digits, cell->word, RAG_NONE);
    }
    case VIEW_TYPE_TREND: return output_text(table, "");
    case VIEW_TYPE_RAG: return output_rag(table, cell->defined ? cell->rating : RAG_NONE);
    case VIEW_TYPE_FY: {
        char fy[16] = "";
        if (cell->defined)
            fy_format(fy, sizeof fy, (int)cell->value);
        return output_text(table, fy);
    }
    }
    return false;
}

bool view_output_cells(output_table *table, const view_column *columns, size_t ncolumns, size_t from,
                       const view_row *row)
{
    bool ok = true;
    for (size_t c = from; c < ncolumns; c++)
        if (columns[c].field != NULL)
            ok = view_output_cell(table, &columns[c], &row->cells[c]) && ok;
    return ok;
}
