/* snapshot.c - assure snapshot --label TEXT [--meeting-date DATE]
 * [--attendees "A; B"] | --list | --delete LABEL, and assure log: the
 * meeting snapshots, and the audit trail. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "common.h"
#include "output.h"
#include "overview.h"
#include "text.h"

/* snapshot --list: each snapshot's moment and label, then its headlines,
 * their figures in one column.  On a terminal (not --wide) a label longer
 * than its width is cut to fit; to a pipe it is whole. */
static assure_status list_snapshots(store *s, bool wide, assure_error *err)
{
    snapshot_info *snapshots = NULL;
    size_t count = 0;
    assure_status status = store_list_snapshots(s, &snapshots, &count, err);
    if (status == ASSURE_OK && count == 0) {
        printf("No snapshots yet: take one with assure snapshot --label TEXT\n");
        status = cli_output_status(err);
    }
    bool utf8 = cli_utf8();
    size_t width = !wide && isatty(STDOUT_FILENO) != 0 ? (size_t)cli_terminal_width() : SIZE_MAX;
    size_t label_width = 0;
    for (headline h = 0; h < HEADLINE_COUNT; h++)
        if (text_width(headline_get(h)->label) > label_width)
            label_width = text_width(headline_get(h)->label);
    /* Each line is checked as it goes, before the next read can change errno. */
    for (size_t i = 0; status == ASSURE_OK && i < count; i++) {
        char shown[512], line[600];
        text_visible(shown, sizeof shown, snapshots[i].label);
        snprintf(line, sizeof line, "%s  %s", snapshots[i].taken_at, shown);
        cli_write_cut(stdout, line, width, utf8);
        putchar('\n');
        /* the meeting it was taken for, and who attended when that was said */
        char attendees[sizeof snapshots[i].attendees * 4];
        text_visible(attendees, sizeof attendees, snapshots[i].attendees);
        char meeting[sizeof attendees + 64];
        snprintf(meeting, sizeof meeting, "  Meeting %.10s%s%s", snapshots[i].meeting_date,
                 attendees[0] != '\0' ? "; attended by " : "", attendees);
        cli_write_cut(stdout, meeting, width, utf8);
        putchar('\n');
        status = cli_output_status(err);
        for (headline h = 0; h < HEADLINE_COUNT && status == ASSURE_OK; h++) {
            int64_t value;
            bool present;
            const headline_def *def = headline_get(h);
            status = store_snapshot_value(s, snapshots[i].id, def->name, &value, &present, err);
            if (status != ASSURE_OK)
                break;
            char text[48] = "none";
            if (present)
                headline_format_value(text, sizeof text, h, value,
                                      (headline_style){HEADLINE_REPORT, utf8, !utf8});
            snprintf(line, sizeof line, "    %s%*s  %s", def->label,
                     (int)(label_width - text_width(def->label)), "", text);
            cli_write_cut(stdout, line, width, utf8);
            putchar('\n');
            status = cli_output_status(err);
        }
    }
    free(snapshots);
    return status;
}

/* The attendees as written, "A;B ; ;C" kept as "A; B; C": each name
 * trimmed, empty ones left out.  False when they do not fit. */
static bool attendees_tidy(char *out, size_t size, const char *written)
{
    size_t used = 0;
    out[0] = '\0';
    for (const char *p = written; *p != '\0';) {
        size_t length = strcspn(p, ";");
        const char *start = p, *end = p + length;
        while (start < end && (*start == ' ' || *start == '\t'))
            start++;
        while (end > start && (end[-1] == ' ' || end[-1] == '\t'))
            end--;
        if (end > start) {
            int n =
                snprintf(out + used, size - used, "%s%.*s", used > 0 ? "; " : "", (int)(end - start), start);
            if (n < 0 || (size_t)n >= size - used)
                return false;
            used += (size_t)n;
        }
        p += length + (p[length] == ';');
    }
    return true;
}

assure_status cli_snapshot(int argc, char **argv, const assure_config *cfg, assure_error *err)
{
    const char *label = NULL, *remove = NULL, *meeting_date = NULL, *attendees_written = NULL;
    bool list = false, wide = false;
    calendar_date meeting_day = config_today(cfg);
    char attendees[sizeof((snapshot_info *)NULL)->attendees] = "";
    for (int i = 0; i < argc; i++) {
        const char *value;
        if (cli_option("--label", argc, argv, &i, &value)) {
            if (value == NULL || value[0] == '\0')
                return error_set(err, ASSURE_USAGE,
                                 "snapshot --label needs a label, such as \"PAM 23 Nov 2026\"");
            label = value;
        } else if (cli_option("--meeting-date", argc, argv, &i, &value)) {
            const char *why = "";
            if (value == NULL || !date_parse(value, &meeting_day, &why))
                return error_set(err, ASSURE_USAGE, "snapshot --meeting-date %s: %s", value ? value : "",
                                 value ? why : "needs the meeting's date, such as 2026-11-23 or 23/11/2026");
            meeting_date = value;
        } else if (cli_option("--attendees", argc, argv, &i, &value)) {
            if (value == NULL)
                return error_set(err, ASSURE_USAGE,
                                 "snapshot --attendees needs the names, separated by \";\", such as "
                                 "\"Strategic Director; Programme Manager\"");
            if (!attendees_tidy(attendees, sizeof attendees, value))
                return error_set(err, ASSURE_USAGE,
                                 "snapshot --attendees: the names are longer than %zu bytes",
                                 sizeof attendees - 1);
            attendees_written = value;
        } else if (cli_option("--delete", argc, argv, &i, &value)) {
            if (value == NULL)
                return error_set(err, ASSURE_USAGE, "snapshot --delete needs the label of the snapshot");
            remove = value;
        } else if (strcmp(argv[i], "--list") == 0) {
            list = true;
        } else if (strcmp(argv[i], "--wide") == 0) {
            wide = true;
        } else {
            return error_set(err, ASSURE_USAGE, "snapshot: unknown option %s (see assure --help)", argv[i]);
        }
    }
    if ((meeting_date != NULL || attendees_written != NULL) && label == NULL)
        return error_set(err, ASSURE_USAGE, "snapshot %s applies to --label only",
                         meeting_date != NULL ? "--meeting-date" : "--attendees");
    if ((label != NULL) + (remove != NULL) + list != 1)
        return error_set(err, ASSURE_USAGE,
                         "usage: assure snapshot --label TEXT [--meeting-date DATE] [--attendees \"A; B\"] | "
                         "--list [--wide] | --delete LABEL");
    if (wide && !list)
        return error_set(err, ASSURE_USAGE, "snapshot --wide applies to --list only");
    store *s;
    assure_status status = cli_open_store(cfg, list ? STORE_READ_ONLY : STORE_READ_WRITE, &s, err);
    if (status != ASSURE_OK)
        return status;
    store_actor actor;
    store_actor_now(&actor, "");
    if (label != NULL) {
        calendar_date today = config_today(cfg);
        overview o;
        status = cli_compute_overview(s, cfg, NULL, today, &o, err);
        snapshot_meeting meeting = {label, meeting_day, attendees};
        if (status == ASSURE_OK)
            status = store_snapshot_headlines(s, &actor.actor, &meeting, &o, err);
        char shown[512], day[16];
        text_visible(shown, sizeof shown, label);
        date_format(day, sizeof day, meeting_day);
        if (status == ASSURE_OK)
            printf("snapshot \"%s\" taken at %s for the meeting of %s: the headlines, milestones, risks and "
                   "actions as they stand, for comparing with later\n",
                   shown, actor.at, day);
    } else if (remove != NULL) {
        status = store_snapshot_delete(s, &actor.actor, remove, err);
        char shown[512];
        text_visible(shown, sizeof shown, remove);
        if (status == ASSURE_OK)
            printf("snapshot \"%s\" deleted\n", shown);
    } else {
        status = list_snapshots(s, wide, err);
    }
    store_close(s);
    return status;
}

/* log --verify: walk the audit chain; findings (1) when it is broken. */
static assure_status verify_trail(store *s, assure_error *err)
{
    audit_verification v;
    assure_status status = store_audit_verify(s, &v, err);
    store_close(s);
    if (status != ASSURE_OK)
        return status;
    if (!v.intact) {
        char shown[sizeof v.problem * 8];
        text_visible(shown, sizeof shown, v.problem);
        printf("The audit trail was changed behind assure's back: %s.\n", shown);
        printf("Entries from there on cannot be vouched for; the backups and the database's own copies are "
               "where to look for what it held.\n");
        return ASSURE_FINDINGS;
    }
    printf("The audit trail is intact: %lld entr%s chained since %s", v.entries, v.entries == 1 ? "y" : "ies",
           v.began);
    if (v.sealed > 0)
        printf(", and the %lld written before then sealed by the chain's start", v.sealed);
    printf(".\n");
    return ASSURE_OK;
}

assure_status cli_log(int argc, char **argv, const assure_config *cfg, assure_error *err)
{
    const char *since = NULL, *table = NULL, *ref = NULL;
    bool verify = false, wide = false;
    output_format format = FORMAT_TEXT;
    char since_iso[16];
    const char *chosen = NULL; /* the first option that chooses or shapes entries: not for --verify */
    for (int i = 0; i < argc; i++) {
        const char *value;
        if (chosen == NULL && strcmp(argv[i], "--verify") != 0)
            chosen = argv[i];
        if (cli_option("--since", argc, argv, &i, &value)) {
            calendar_date d;
            const char *why = "";
            if (value == NULL || !date_parse(value, &d, &why))
                return error_set(err, ASSURE_USAGE, "log --since %s: %s", value ? value : "",
                                 value ? why : "needs a date");
            date_format(since_iso, sizeof since_iso, d);
            since = since_iso;
        } else if (cli_option("--table", argc, argv, &i, &value)) {
            const table_def *def = value != NULL ? table_def_find(value, NULL) : NULL;
            table = def != NULL                                        ? def->name
                    : value != NULL && strcmp(value, "snapshots") == 0 ? "snapshots"
                                                                       : NULL;
            if (table == NULL)
                return error_set(err, ASSURE_USAGE, "log --table: expected %s or snapshots",
                                 table_def_names());
        } else if (strcmp(argv[i], "--verify") == 0) {
            verify = true;
        } else if (strcmp(argv[i], "--wide") == 0) {
            wide = true;
        } else if (cli_option("--ref", argc, argv, &i, &value)) {
            if (value == NULL)
                return error_set(err, ASSURE_USAGE, "log --ref needs a row's key, such as ASC-01");
            ref = value;
        } else if (cli_option("--format", argc, argv, &i, &value)) {
            if (value == NULL ||
                !output_format_parse(value, (1u << FORMAT_TEXT) | (1u << FORMAT_CSV), &format))
                return error_set(err, ASSURE_USAGE, "log --format: expected text or csv");
        } else {
            return error_set(err, ASSURE_USAGE, "log: unknown option %s (see assure --help)", argv[i]);
        }
    }
    if (verify && chosen != NULL) { /* it walks the whole chain, and says only whether it holds */
        char option[64];
        snprintf(option, sizeof option, "%.*s", (int)strcspn(chosen, "="), chosen);
        return error_set(
            err, ASSURE_USAGE,
            "log --verify: %s does not apply; --verify checks the whole trail (see assure --help)", option);
    }
    store *s;
    assure_status status = cli_open_store(cfg, STORE_READ_ONLY, &s, err);
    if (status != ASSURE_OK)
        return status;
    if (verify)
        return verify_trail(s, err);
    audit_entry *entries;
    size_t count;
    status = store_audit_search(s, since, table, ref, 1000000, &entries, &count, err);
    store_close(s);
    if (status != ASSURE_OK)
        return status;
    /* On a narrow terminal what changed stays (when, who, the row, from
     * what to what); where from, how and the file go first. */
    static const output_column columns[] = {
        {"at", "When (UTC)", JSON_STRING, false, 1, false},
        {"who", "Who", JSON_STRING, false, 2, false},
        {"client", "From", JSON_STRING, false, 6, false},
        {"action", "Action", JSON_STRING, false, 4, false},
        {"table", "Table", JSON_STRING, false, 5, false},
        {"key", "Row", JSON_STRING, false, 1, true},
        {"field", "Field", JSON_STRING, false, 2, false},
        {"old_value", "Was", JSON_STRING, false, 2, true},
        {"new_value", "Now", JSON_STRING, false, 1, true},
        {"source", "File", JSON_STRING, false, 7, true},
    };
    output_table *out = output_table_new(columns, sizeof columns / sizeof columns[0]);
    for (size_t i = 0; out != NULL && i < count; i++) {
        const audit_entry *e = &entries[i];
        output_row(out, false);
        output_text(out, e->at);
        output_text(out, e->who);
        output_text(out, e->client);
        output_text(out, e->action);
        output_text(out, e->table);
        output_text(out, e->key);
        output_text(out, e->field);
        output_text(out, e->old_value);
        output_text(out, e->new_value);
        output_text(out, e->source);
    }
    if (out != NULL) {
        if (format == FORMAT_TEXT && count == 0) {
            printf("No changes recorded%s.\n", since || table || ref ? " that match" : "");
        } else {
            /* On a terminal the trail fits its width, long values cut; to a
             * pipe, or with --wide, every value is whole. */
            bool fit = !wide && isatty(STDOUT_FILENO) != 0;
            static const output_fit trail = {10, 3}; /* a long value wraps onto three lines, then is cut */
            output_options options = {
                format, fit ? cli_terminal_width() : INT_MAX, false, cli_utf8(), NULL, NULL, &trail};
            output_write(out, &options, stdout);
        }
    }
    status = out != NULL ? cli_output_status(err) : error_set(err, ASSURE_DATA, "out of memory");
    output_table_free(out);
    free(entries);
    return status;
}
