/* generate county|stress DIR [SEED]: write a programme's data as CSV files in
 * the import formats (savings.csv, staffing.csv, reviews.csv, risks.csv) and
 * its risks' review history as SQL (risk_history.sql), for measuring assure
 * on realistic and on extreme sizes.  The same SEED writes the same bytes on
 * every machine: the random numbers are our own (xorshift64*), not libc's.
 *
 *   county: 40 review teams x 5 years of weekly periods, 30 areas x 12 roles x
 *           130 fortnightly staffing snapshots, 300 savings lines x 6 FYs,
 *           300 risks with a year of monthly reviews
 *   stress: 1,000,000 review rows, 500,000 staffing rows, 20,000 savings
 *           lines, 20,000 risks with 200,000 history rows
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"

static uint64_t state;

static uint64_t next_random(void)
{
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 2685821657736338717ULL;
}

/* A whole number from low to high, ends included. */
static long between(long low, long high)
{
    return low + (long)(next_random() % (uint64_t)(high - low + 1));
}

typedef struct {
    long review_teams, review_periods, period_days;
    long staffing_areas, staffing_roles, staffing_dates;
    long savings_lines, risks, history_per_risk;
} sizes;

static FILE *create(const char *dir, const char *name)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (f == NULL) {
        fprintf(stderr, "generate: cannot write %s: %s\n", path, strerror(errno));
        exit(1);
    }
    return f;
}

static void finish(FILE *f, const char *name)
{
    if (ferror(f) || fclose(f) != 0) {
        fprintf(stderr, "generate: cannot write %s\n", name);
        exit(1);
    }
}

static void date_text(char out[11], day_number days)
{
    date_format(out, 11, date_from_days(days));
}

static const char *const areas[] = {"North", "South", "East", "West", "Central", "Coastal", "Vale", "Moor"};
static const char *const roles[] = {
    "Social Worker",   "Senior Practitioner", "Occupational Therapist",
    "Team Manager",    "Reablement Worker",   "Care Coordinator",
    "Service Manager", "Assessment Officer",  "Brokerage Officer",
    "Review Officer",  "Business Support",    "Approved Mental Health Professional"};
static const char *const workstreams[] = {"Prevention", "Reablement", "Commissioning", "Digital",
                                          "Workforce"};
static const char *const cohorts[] = {"Older people", "Learning disability", "Mental health",
                                      "Physical disability"};
static const char *const statuses[] = {"planned", "on_track", "on_track", "at_risk", "slipped", "delivered"};

static void reviews(const char *dir, const sizes *z)
{
    FILE *f = create(dir, "reviews.csv");
    fputs("period_start,team,fte,completed,period_days,target_per_fte_week,backlog,clients,reviewed_12m\n",
          f);
    calendar_date last = {2026, 11, 16}; /* the latest period starts the Monday before 23 Nov 2026 */
    day_number start = date_to_days(last) - (day_number)((z->review_periods - 1) * z->period_days);
    for (long p = 0; p < z->review_periods; p++) {
        char date[11];
        date_text(date, start + (day_number)(p * z->period_days));
        for (long t = 0; t < z->review_teams; t++) {
            long fte = between(300, 1200); /* hundredths */
            long weeks_x100 = z->period_days * 100 / 7;
            /* about two reviews a worker a week, give or take a third */
            long completed = fte * 2 * weeks_x100 / 10000 * between(67, 133) / 100;
            long clients = between(400, 2500);
            fprintf(f, "%s,Team %04ld,%ld.%02ld,%ld,%ld,,%ld,%ld,%ld\n", date, t + 1, fte / 100, fte % 100,
                    completed, z->period_days, between(0, 400), clients, clients * between(50, 95) / 100);
        }
    }
    finish(f, "reviews.csv");
}

static void staffing(const char *dir, const sizes *z)
{
    FILE *f = create(dir, "staffing.csv");
    fputs("as_at,area,role,establishment_fte,vacancy_fte,agency_fte\n", f);
    calendar_date last = {2026, 11, 20}; /* fortnightly, the latest on Friday 20 Nov 2026 */
    day_number start = date_to_days(last) - (day_number)((z->staffing_dates - 1) * 14);
    size_t nareas = sizeof areas / sizeof areas[0], nroles = sizeof roles / sizeof roles[0];
    for (long d = 0; d < z->staffing_dates; d++) {
        char date[11];
        date_text(date, start + (day_number)(d * 14));
        for (long a = 0; a < z->staffing_areas; a++) {
            for (long r = 0; r < z->staffing_roles; r++) {
                long establishment = between(100, 2500);
                long vacancy = establishment * between(0, 30) / 100;
                long agency = vacancy * between(0, 80) / 100;
                fprintf(f, "%s,%s %ld,%s %ld,%ld.%02ld,%ld.%02ld,%ld.%02ld\n", date, areas[a % (long)nareas],
                        a / (long)nareas + 1, roles[r % (long)nroles], r / (long)nroles + 1,
                        establishment / 100, establishment % 100, vacancy / 100, vacancy % 100, agency / 100,
                        agency % 100);
            }
        }
    }
    finish(f, "staffing.csv");
}

static void savings(const char *dir, const sizes *z)
{
    FILE *f = create(dir, "savings.csv");
    fputs("ref,name,workstream,cohort,origin,key_metric,owner,status,fy,target,stretch,forecast,actual\n", f);
    for (long l = 0; l < z->savings_lines; l++) {
        const char *workstream = workstreams[between(0, 4)];
        const char *cohort = cohorts[between(0, 3)];
        const char *status = statuses[between(0, 5)];
        const char *origin = between(0, 9) == 0 ? "partner" : "existing";
        long target = between(5, 300) * 1000; /* a year's target; a county saves tens of millions a year */
        long owner = between(1, 60);
        for (int fy = 2024; fy < 2030; fy++) {
            char year[8];
            fy_format(year, sizeof year, fy);
            long forecast = target * between(50, 120) / 100;
            /* actuals for the years that have ended (to March 2026) */
            char actual[24] = "";
            if (fy < 2026)
                snprintf(actual, sizeof actual, "%ld", forecast * between(70, 110) / 100);
            fprintf(f, "SAV-%05ld,%s saving %ld,%s,%s,%s,Cases a month,Owner %ld,%s,%s,%ld,%ld,%ld,%s\n",
                    l + 1, workstream, l + 1, workstream, cohort, origin, owner, status, year, target,
                    target * 12 / 10, forecast, actual);
        }
    }
    finish(f, "savings.csv");
}

static void risks(const char *dir, const sizes *z)
{
    FILE *f = create(dir, "risks.csv");
    FILE *h = create(dir, "risk_history.sql");
    fputs("ref,title,likelihood,impact,description,owner,category,target_likelihood,target_impact,"
          "mitigation,status,last_reviewed,next_review\n",
          f);
    fputs("BEGIN;\n", h);
    calendar_date today = {2026, 11, 23};
    day_number now = date_to_days(today);
    for (long r = 0; r < z->risks; r++) {
        long likelihood = between(1, 5), impact = between(1, 5);
        char last[11], next[11];
        day_number reviewed = now - (day_number)between(0, 60);
        date_text(last, reviewed);
        date_text(next, reviewed + (day_number)between(7, 60)); /* after the review; some now overdue */
        fprintf(f,
                "RSK-%05ld,Risk %ld to delivery,%ld,%ld,What could happen %ld,Owner %ld,%s,%ld,%ld,"
                "Actions agreed %ld,%s,%s,%s\n",
                r + 1, r + 1, likelihood, impact, r + 1, between(1, 60), workstreams[between(0, 4)],
                likelihood > 1 ? likelihood - 1 : 1, impact, r + 1, between(0, 9) == 0 ? "closed" : "open",
                last, next);
        for (long k = 0; k < z->history_per_risk; k++) {
            char on[11];
            date_text(on, now - (day_number)(365 - k * 365 / z->history_per_risk));
            fprintf(h,
                    "INSERT INTO risk_history (ref, reviewed_on, likelihood, impact, note) "
                    "VALUES ('RSK-%05ld', '%s', %ld, %ld, 'Reviewed');\n",
                    r + 1, on, between(1, 5), between(1, 5));
        }
    }
    fputs("COMMIT;\n", h);
    finish(f, "risks.csv");
    finish(h, "risk_history.sql");
}

int main(int argc, char **argv)
{
    if (argc < 3 || (strcmp(argv[1], "county") != 0 && strcmp(argv[1], "stress") != 0)) {
        fprintf(stderr, "usage: generate county|stress DIR [SEED]\n");
        return 2;
    }
    state = argc > 3 ? strtoull(argv[3], NULL, 10) : 20261123;
    if (state == 0)
        state = 1; /* xorshift never leaves zero */
    sizes z;
    if (strcmp(argv[1], "county") == 0)
        z = (sizes){40, 260, 7, 30, 12, 130, 300, 300, 12};
    else /* 1,000,000 reviews; 500,000 staffing rows (50 x 20 x 500); 200,000 history rows */
        z = (sizes){1000, 1000, 7, 50, 20, 500, 20000, 20000, 10};
    reviews(argv[2], &z);
    staffing(argv[2], &z);
    savings(argv[2], &z);
    risks(argv[2], &z);
    return 0;
}
