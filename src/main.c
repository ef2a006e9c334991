/* main.c - parse the command line, load the configuration, dispatch.
 *
 * Global options may stand before or after the command.  This is the only
 * place that turns a status into an exit code or prints an error.
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "config.h"
#include "error.h"
#include "paths.h"
#include "store.h"
#include "text.h"
#include "tui.h"

#define MAX_ARGUMENTS 256

static const char usage_text[] =
    "usage: assure [--db PATH] [--config FILE] [--read-only] [--ascii] [--no-color] [--no-mouse]\n"
    "              [PANEL]\n"
    "       assure init PATH\n"
    "       assure import TABLE FILE [--replace] [--unit pounds|thousands|millions] [--negate]\n"
    "                                [--dry-run] [--map 'Their heading=column']...\n"
    "                                [--ignore HEADING]... [--cumulative] [--period DATE]\n"
    "       assure export TABLE [--format csv|json]\n"
    "       assure report [PANEL|bridge|kpis|kpi_values|costs|slippage|exceptions|actions|\n"
    "                      issues|decisions|milestones|highlights|pack|workstreams|\n"
    "                      signoffs]\n"
    "                             [--format text|csv|md|json] [--group FIELD] [--rows]\n"
    "                             [--fy 2024/25] [--as-at DATE] [--since SNAPSHOT] [--width N]\n"
    "                             [--owner NAME] [--overdue] [--due-before DATE]\n"
    "                             [--workstream NAME] [--all]\n"
    "       assure check [--format text|csv] [--strict] [--full]\n"
    "       assure snapshot --label TEXT [--meeting-date DATE] [--attendees \"A; B\"]\n"
    "                       | --list | --delete LABEL\n"
    "       assure log [--verify] [--since DATE] [--table TABLE] [--ref REF]\n"
    "                  [--format text|csv]\n"
    "       assure copy --from DB --to DB [--from-programme NAME] [--to-programme NAME]\n"
    "       assure programmes\n"
    "       assure --help | --version | --print-config\n"
    "\n"
    "The dashboard of an adult social care transformation programme: savings,\n"
    "staffing, review throughput and risks, the budget, KPIs and costs they are\n"
    "weighed against, and what changed since the last meeting.\n"
    "PANEL is overview, savings, staffing, reviews, risks, actions or plan; TABLE is\n"
    "savings, staffing, reviews, risks, bridge, kpis, kpi_values, investment, actions,\n"
    "issues, decisions, milestones, highlights, workstreams or signoffs.\n"
    "\n";
/* Two strings, each within the length every C compiler must take. */
static const char commands_text[] =
    "Commands:\n"
    "  init PATH          create a new, empty database at PATH\n"
    "  import TABLE FILE  bring in a CSV file as a spreadsheet writes it; all or nothing\n"
    "    --replace          the file replaces the table (rows it lacks are removed)\n"
    "    --unit UNIT        money cells without k or m are in pounds, thousands or millions\n"
    "    --negate           flip the sign of money (trackers that write savings as negatives)\n"
    "    --dry-run          check the file and say what would change, writing nothing\n"
    "    --map 'H=column'   read the file's heading H as the column named (repeatable)\n"
    "    --ignore H         leave the column headed H out on purpose (repeatable)\n"
    "    --cumulative       savings: each year is the run rate reached, not a new saving\n"
    "    --period DATE      highlights: the period of a file without one\n"
    "  export TABLE       the table's rows, in the form import takes back unchanged\n"
    "    --format F         csv (the default) or json\n"
    "  report [PANEL]     a panel's indicators (overview when none is named); bridge: the\n"
    "                     budget bridge by year (--rows: its rows, as its panel shows them);\n"
    "                     kpis: the KPIs and the benefit they show; kpi_values: their\n"
    "                     values by period; costs: what the programme costs, row by row;\n"
    "                     slippage: savings forecasts moved between years since a snapshot;\n"
    "                     exceptions: what the Overview lists, worst first; actions,\n"
    "                     issues, decisions: the RAID log beside the risk register;\n"
    "                     milestones: the plan, with slippage and broken dependencies;\n"
    "                     highlights: each workstream's latest highlight report;\n"
    "                     pack: the whole meeting pack (md, text or json);\n"
    "                     workstreams: the project register; signoffs: the benefits\n"
    "                     signed off, each line's latest agreed counting for the fee\n"
    "    --format F         text (the default), csv, md (Markdown) or json\n"
    "    --group FIELD      one row per group: savings by cohort, workstream, fy, origin or\n"
    "                       all; staffing by area, role or all; reviews by team, period or\n"
    "                       all; risks by rating, category or owner\n"
    "    --fy YEAR          one financial year only, such as 2024/25 or later (savings, bridge)\n"
    "    --as-at DATE       as things stood on DATE: the staffing snapshot then, the review\n"
    "                       periods started by then, risks overdue by then, KPI values then\n"
    "                       (overview, staffing, reviews, risks, kpis, kpi_values, exceptions,\n"
    "                       actions, milestones, highlights, workstreams, signoffs)\n"
    "    --since SNAPSHOT   overview changes, slippage, the pack, or milestones'\n"
    "                       slipped_since_days, since this snapshot (a label or date)\n"
    "    --owner NAME       actions: only NAME's (whatever the case)\n"
    "    --overdue          actions, milestones: only those past their due date\n"
    "    --due-before DATE  actions: only those due before DATE\n"
    "    --workstream NAME  milestones, highlights: only those of the workstream NAME\n"
    "    --all              highlights: every period, not only the latest\n"
    "    --all-programmes   overview: every programme in the database, a row each\n"
    "                     An option a report does not take is refused (exit status 2).\n"
    "    --width N          fit text to N columns (default: the terminal's width)\n"
    "";
/* Two halves: C limits how long one string literal may portably be. */
static const char usage_more[] =
    "  check              integrity findings; exit status 1 when there are errors\n"
    "    --format F         text (the default) or csv\n"
    "    --strict           exit status 1 for warnings too\n"
    "    --full             SQLite's full check of the file (indexes too), not its quick one\n"
    "  snapshot           keep the headline indicators, and each milestone, risk and action,\n"
    "                     as they stand, for a meeting, to compare with later\n"
    "    --label TEXT       take one, named (\"PAM 23 Nov 2026\")\n"
    "    --meeting-date D   with --label: the meeting's day (default today)\n"
    "    --attendees NAMES  with --label: who attended, separated by \";\"\n"
    "    --list             list them, with their meetings and figures (on a terminal,\n"
    "                       fitted to its width)\n"
    "    --wide             with --list: labels whole on a terminal too\n"
    "    --delete LABEL     delete one\n"
    "  log                the audit trail: who changed what, when, from where (on a\n"
    "                     terminal fitted to its width, long values cut; to a pipe whole)\n"
    "    --wide             on a terminal too, every value whole (else fitted to its width)\n"
    "    --verify           walk its hash chain: intact, or the first entry changed, inserted\n"
    "                       or removed behind assure's back (exit status 1)\n"
    "    --since DATE       changes on or after DATE\n"
    "    --table TABLE      of one table (a TABLE above, or snapshots)\n"
    "    --ref REF          of one row (a savings line's ref includes its years)\n"
    "    --format F         text (the default) or csv\n"
    "  copy               the whole database into a new one (made by the copy; never one\n"
    "                     that exists), audit trail and all, each table checked row for row\n"
    "    --from DB          the database copied (opened read-only)\n"
    "    --to DB            the new database\n"
    "    --from-programme NAME, --to-programme NAME\n"
    "                       PostgreSQL: the programme copied, and the one made (else\n"
    "                       --programme's, else main; the target's, the source's name)\n"
    "  programmes         the programmes the database holds, a name a line (a SQLite\n"
    "                     file holds one, main)\n"
    "\n"
    "Options (before or after the command):\n"
    "  --db PATH          the database (else $ASSURE_DB, else [database] path): a SQLite file, or\n"
    "                     postgresql://[user@]host[:port]/dbname (credentials from ~/.pgpass or PGSERVICE)\n"
    "  --programme NAME   PostgreSQL: the programme (else $ASSURE_PROGRAMME, else [database] programme,\n"
    "                     else main)\n"
    "  --config FILE      read this configuration file instead of looking for one\n"
    "  --read-only        open the database read-only and hide the editing keys\n"
    "  --ascii            draw with ASCII characters only\n"
    "  --no-color         no colour (as does NO_COLOR in the environment)\n"
    "  --no-mouse         leave the mouse to the terminal (select and paste), as [display] mouse = no\n"
    "  --print-config     show the configuration in force and where each value came from\n"
    "  --help             show this help\n"
    "  --version          show the version\n"
    "\n"
    "Configuration is read from the first of: --config FILE, $ASSURE_CONFIG,\n"
    "$XDG_CONFIG_HOME/assure/assure.ini (~/.config/assure/assure.ini), " ASSURE_SYSCONFDIR
    "/assure/assure.ini.\n"
    "\n"
    "Exit status: 0 success, 1 findings or partial failure, 2 usage or configuration\n"
    "error, 3 data error (bad input file, database problem).  See assure(1).\n";

typedef struct {
    const char *db;
    const char *programme;
    const char *config;
    bool read_only, ascii, no_color, no_mouse;
    bool help, version, print_config;
    int argc; /* the command and its own arguments, globals removed */
    char *argv[MAX_ARGUMENTS];
} arguments;

static assure_status parse_arguments(int argc, char **argv, arguments *args, assure_error *err)
{
    memset(args, 0, sizeof *args);
    bool only_positional = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (only_positional || a[0] != '-' || strcmp(a, "-") == 0) {
            if (args->argc >= MAX_ARGUMENTS)
                return error_set(err, ASSURE_USAGE, "too many arguments");
            args->argv[args->argc++] = argv[i];
            continue;
        }
        if (strcmp(a, "--") == 0) {
            only_positional = true;
        } else if (cli_option("--db", argc, argv, &i, &args->db)) {
            if (args->db == NULL)
                return error_set(err, ASSURE_USAGE, "--db needs a value");
        } else if (cli_option("--programme", argc, argv, &i, &args->programme)) {
            if (args->programme == NULL)
                return error_set(err, ASSURE_USAGE, "--programme needs a value");
        } else if (cli_option("--config", argc, argv, &i, &args->config)) {
            if (args->config == NULL)
                return error_set(err, ASSURE_USAGE, "--config needs a value");
        } else if (strcmp(a, "--read-only") == 0) {
            args->read_only = true;
        } else if (strcmp(a, "--ascii") == 0) {
            args->ascii = true;
        } else if (strcmp(a, "--no-color") == 0 || strcmp(a, "--no-colour") == 0) {
            args->no_color = true;
        } else if (strcmp(a, "--no-mouse") == 0) {
            args->no_mouse = true;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            args->help = true;
        } else if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
            args->version = true;
        } else if (strcmp(a, "--print-config") == 0) {
            args->print_config = true;
        } else {
            /* Not a global option: it belongs to the command. */
            if (args->argc >= MAX_ARGUMENTS)
                return error_set(err, ASSURE_USAGE, "too many arguments");
            args->argv[args->argc++] = argv[i];
        }
    }
    return ASSURE_OK;
}

/* Environment and command-line overrides of the configuration file. */
static assure_status apply_overrides(const arguments *args, assure_config *cfg, assure_error *err)
{
    assure_status status = ASSURE_OK;
    const char *env_db = getenv("ASSURE_DB");
    if (env_db != NULL && *env_db != '\0')
        status = config_set(cfg, "database", "path", env_db, "$ASSURE_DB", err);
    if (status == ASSURE_OK && args->db != NULL)
        status = config_set(cfg, "database", "path", args->db, "--db", err);
    const char *env_programme = getenv("ASSURE_PROGRAMME");
    if (status == ASSURE_OK && env_programme != NULL && *env_programme != '\0')
        status = config_set(cfg, "database", "programme", env_programme, "$ASSURE_PROGRAMME", err);
    if (status == ASSURE_OK && args->programme != NULL)
        status = config_set(cfg, "database", "programme", args->programme, "--programme", err);
    const char *no_color = getenv("NO_COLOR");
    if (status == ASSURE_OK && no_color != NULL && *no_color != '\0')
        status = config_set(cfg, "display", "colour", "never", "NO_COLOR", err);
    if (status == ASSURE_OK && args->no_color)
        status = config_set(cfg, "display", "colour", "never", "--no-color", err);
    if (status == ASSURE_OK && args->no_mouse)
        status = config_set(cfg, "display", "mouse", "no", "--no-mouse", err);
    if (status == ASSURE_OK && args->ascii)
        status = config_set(cfg, "display", "charset", "ascii", "--ascii", err);
    if (status == ASSURE_OK)
        status = config_set_today(cfg, getenv("ASSURE_TODAY"), "ASSURE_TODAY", err);
    return status;
}

/* A warning when others on the server can read or write the database file
 * (its figures are the council's, and its audit trail names people). */
static void exposed_warning(const char *path, char *out, size_t size)
{
    struct stat st;
    if (stat(path, &st) != 0 || (st.st_mode & (S_IROTH | S_IWOTH)) == 0)
        return;
    snprintf(out, size, "Warning: every user of this server can %s this database (mode %04o): chmod o-rwx %s",
             (st.st_mode & S_IWOTH) != 0 ? "read and change" : "read", (unsigned)(st.st_mode & 07777), path);
}

static assure_status run_dashboard(const arguments *args, const assure_config *cfg, assure_error *err)
{
    panel_id start = cfg->start;
    if (args->argc > 1)
        return error_set(err, ASSURE_USAGE, "too many arguments: %s (see assure --help)", args->argv[1]);
    if (args->argc == 1 && !panel_parse(args->argv[0], &start)) {
        if (args->argv[0][0] == '-')
            return error_set(err, ASSURE_USAGE, "unknown option %s (see assure --help)", args->argv[0]);
        return error_set(
            err, ASSURE_USAGE,
            "unknown command or panel '%s'; commands: init, import, export, report, check, snapshot, log, copy, "
            "programmes; "
            "panels: overview, savings, staffing, reviews, risks, actions, plan",
            args->argv[0]);
    }
    store *s; /* the same opening as the commands, upgrade notice and all */
    cli_store_use use = {STORE_READ_WRITE, true, NULL}; /* read-only as --read-only says */
    assure_status status = cli_store_open(cfg, &use, &s, err);
    if (status != ASSURE_OK)
        return status;
    char notice[CONFIG_TEXT_MAX + 160] = "";
    exposed_warning(cfg->database_path, notice, sizeof notice);
    tui_options options = {cfg, s, start, args->read_only, notice};
    status = tui_run(&options, err);
    store_close(s);
    return status;
}

/* The exit status: standard output flushed and closed first, since output
 * that could not be written outranks success and check's findings (an error
 * met before it is the one to tell); then the error, if any, on stderr. */
static int finish(assure_status status, assure_error *err)
{
    assure_error output_err = {""};
    assure_status written = cli_output_close(&output_err);
    if (written != ASSURE_OK && (status == ASSURE_OK || status == ASSURE_FINDINGS)) {
        status = written;
        *err = output_err;
    }
    if (status != ASSURE_OK && err->message[0] != '\0') {
        /* A message may quote data or arguments: nothing in it reaches the terminal as a control. */
        char shown[sizeof err->message * 8];
        text_visible(shown, sizeof shown, err->message);
        fprintf(stderr, "assure: %s\n", shown);
    }
    return status;
}

int main(int argc, char **argv)
{
    setlocale(LC_ALL, "");
    assure_error err = {""};
    arguments args;
    assure_status status = parse_arguments(argc, argv, &args, &err);
    if (status == ASSURE_OK && args.help) {
        fputs(usage_text, stdout);
        fputs(commands_text, stdout);
        fputs(usage_more, stdout);
        return finish(ASSURE_OK, &err);
    }
    if (status == ASSURE_OK && args.version) {
        printf("assure %s\n", ASSURE_VERSION);
        return finish(ASSURE_OK, &err);
    }
    assure_config *cfg = calloc(1, sizeof *cfg);
    if (cfg == NULL) {
        fputs("assure: out of memory\n", stderr);
        return ASSURE_DATA;
    }
    if (status == ASSURE_OK) {
        config_lookup lookup = {args.config, getenv("ASSURE_CONFIG"), getenv("XDG_CONFIG_HOME"),
                                getenv("HOME"), ASSURE_SYSCONFDIR "/assure/assure.ini"};
        status = config_load(&lookup, cfg, &err);
    }
    if (status == ASSURE_OK)
        status = apply_overrides(&args, cfg, &err);
    cfg->read_only = args.read_only;
    if (status == ASSURE_OK && args.print_config) {
        config_print(cfg, stdout);
    } else if (status == ASSURE_OK) {
        const char *command = args.argc > 0 ? args.argv[0] : "";
        if (strcmp(command, "init") == 0)
            status = cli_init(args.argc - 1, args.argv + 1, cfg, &err);
        else if (strcmp(command, "import") == 0)
            status = cli_import(args.argc - 1, args.argv + 1, cfg, &err);
        else if (strcmp(command, "export") == 0)
            status = cli_export(args.argc - 1, args.argv + 1, cfg, &err);
        else if (strcmp(command, "report") == 0)
            status = cli_report(args.argc - 1, args.argv + 1, cfg, &err);
        else if (strcmp(command, "check") == 0)
            status = cli_check(args.argc - 1, args.argv + 1, cfg, &err);
        else if (strcmp(command, "snapshot") == 0)
            status = cli_snapshot(args.argc - 1, args.argv + 1, cfg, &err);
        else if (strcmp(command, "log") == 0)
            status = cli_log(args.argc - 1, args.argv + 1, cfg, &err);
        else if (strcmp(command, "copy") == 0)
            status = cli_copy(args.argc - 1, args.argv + 1, cfg, &err);
        else if (strcmp(command, "programmes") == 0)
            status = cli_programmes(args.argc - 1, args.argv + 1, cfg, &err);
        else
            status = run_dashboard(&args, cfg, &err);
    }
    free(cfg);
    return finish(status, &err);
}
