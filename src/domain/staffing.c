/* staffing.c - vacancy and uncovered vacancy percentages, RAG, change. */
#include "staffing.h"

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
