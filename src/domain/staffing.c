/* staffing.c - vacancy and uncovered vacancy percentages, RAG, change, and
 * the percentages a table prints checked against its FTEs. */
#include "staffing.h"

#include <string.h>

#include "text.h"

/* vacancy % = max(0, vacancy) / establishment x 100 */
decimal staffing_vacancy_pct(const staffing_fte *row)
{
    return percent_of(row->vacancy > 0 ? row->vacancy : 0, row->establishment);
}

/* uncovered % = max(0, vacancy - agency) / establishment x 100 */
decimal staffing_uncovered_pct(const staffing_fte *row)
{
    fte_hundredths uncovered = row->vacancy - row->agency;
    return percent_of(uncovered > 0 ? uncovered : 0, row->establishment);
}

staffing_printed staffing_printed_heading(const char *heading)
{
    char key[256];
    text_key(key, sizeof key, heading);
    bool percentage =
        strchr(heading, '%') != NULL || strstr(key, "pct") != NULL || strstr(key, "percent") != NULL;
    if (!percentage)
        return STAFFING_PRINTED_NONE;
    /* vacancy counting agency workers as cover: what is left uncovered */
    static const char *const uncovered[] = {"uncovered",   "notcovered",  "includingagency", "inclagency",
                                            "incagency",   "netofagency", "lessagency",      "afteragency",
                                            "minusagency", NULL};
    for (int i = 0; uncovered[i] != NULL; i++)
        if (strstr(key, uncovered[i]) != NULL)
            return STAFFING_PRINTED_UNCOVERED;
    return strstr(key, "vacanc") != NULL ? STAFFING_PRINTED_VACANCY : STAFFING_PRINTED_NONE;
}

/* agrees = vacancy % (or uncovered %) from the row's FTEs, to the printed figure's precision */
bool staffing_printed_agrees(const staffing_fte *row, staffing_printed which, printed_percent printed,
                             int64_t *worked)
{
    *worked = 0;
    if (row->establishment <= 0 || which == STAFFING_PRINTED_NONE)
        return true;
    fte_hundredths part = which == STAFFING_PRINTED_UNCOVERED ? row->vacancy - row->agency : row->vacancy;
    if (part < 0)
        part = 0;
    *worked = percent_hundredths(part, row->establishment);
    return printed_percent_agrees(printed, part, row->establishment);
}

rag staffing_rag(const staffing_fte *row, staffing_thresholds thresholds)
{
    decimal uncovered = staffing_uncovered_pct(row);
    if (!uncovered.defined)
        return RAG_NONE;
    if (uncovered.units >= (int64_t)thresholds.red_pct * 10)
        return RAG_RED;
    if (uncovered.units >= (int64_t)thresholds.amber_pct * 10)
        return RAG_AMBER;
    return RAG_GREEN;
}

bool staffing_is_over_establishment(const staffing_fte *row)
{
    return row->vacancy < 0;
}

void staffing_add(staffing_fte *sum, const staffing_fte *add)
{
    sum->establishment += add->establishment;
    sum->vacancy += add->vacancy;
    sum->agency += add->agency;
}

static decimal points_between(decimal previous, decimal current)
{
    if (!previous.defined || !current.defined)
        return decimal_none();
    return decimal_of(current.units - previous.units, current.places);
}

staffing_change staffing_change_between(const staffing_fte *previous, const staffing_fte *current)
{
    staffing_change change;
    change.establishment = current->establishment - previous->establishment;
    change.vacancy = current->vacancy - previous->vacancy;
    change.agency = current->agency - previous->agency;
    change.vacancy_pct = points_between(staffing_vacancy_pct(previous), staffing_vacancy_pct(current));
    change.uncovered_pct = points_between(staffing_uncovered_pct(previous), staffing_uncovered_pct(current));
    return change;
}
