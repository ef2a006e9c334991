# The meeting record: a snapshot taken for a Project Assurance Meeting keeps
# the meeting (its day, who attended) and each milestone, risk and action as
# it stood; the overview's programme office headlines (overdue actions, open
# issues, slipped milestones) with their change since it, in every format;
# report milestones --since says how far each milestone has slipped since a
# snapshot; an older database upgraded keeps its snapshots, meeting on the
# day each was taken.  Figures by hand from sample/raid.sql,
# sample/milestones.sql and sample/meeting.sql (whose comments work them).
. "$(dirname "$0")/lib.sh"
export ASSURE_TODAY=2026-11-29
export ASSURE_DB="$work/programme.db"
cp "$top/sample.db" "$ASSURE_DB"
chmod 600 "$ASSURE_DB"
q() { sqlite3 "$ASSURE_DB" "$1"; }

# ---- the overview: the office's headlines and their change since PAM 9 Nov ----
# At 29 Nov: A-01, A-03, A-04 overdue (PAM 9 Nov: none); I-01 and I-02 open
# (then I-02 only); M-02, M-03, M-04, M-05, M-07, M-12 slipped (then five:
# M-07 was still forecast for its baseline).
run "$assure" report overview
expect "text: overdue actions, three more than at PAM 9 Nov" 0 "Overdue actions                                         3         ▲ +3 worse"
expect "text: open issues, one more" 0 "Open issues                                             2         ▲ +1 worse"
expect "text: slipped milestones, one more" 0 "Slipped milestones                                      6         ▲ +1 worse"
run "$assure" report overview --format json
expect "json: the three counts" 0 '"actions_overdue": 3, "issues_open": 2, "milestones_slipped": 6'
expect "json: their changes" 0 '"actions_overdue_change": 3, "issues_open_change": 1, "milestones_slipped_change": 1'
run "$assure" report overview --format csv
header=$(head -1 "$work/stdout")
case ",$header," in
*,actions_overdue,issues_open,milestones_slipped,*) pass "csv: the three columns" ;;
*) fail "csv: the three columns" "$header" ;;
esac
run "$assure" report overview --format md
expect "md: a row each" 0 "| Overdue actions | 3 |  | ▲ +3 worse |"
# PAM 26 Oct kept none of them: no change to show
run "$assure" report overview --since "PAM 26 Oct 2026" --format json
expect "since PAM 26 Oct, which kept none: null changes" 0 '"actions_overdue_change": null, "issues_open_change": null, "milestones_slipped_change": null'
# On 23 Nov A-04 was due that day: two overdue.
run "$assure" report overview --as-at 2026-11-23 --format json
expect "--as-at 23 Nov: two overdue" 0 '"actions_overdue": 2, "issues_open": 2, "milestones_slipped": 6'

# ---- report milestones --since: days due later than at the snapshot ----
# M-04 15 Jan 2027 less 8 Jan: 7; M-07 22 Jan 2027 less 11 Dec: 42; M-12 30
# Jul 2027 less 23 Jul: 7; the rest 0.
run "$assure" report milestones --format csv
expect "csv: the column, after the view's own" 0 "slippage_days,overdue,blocked_by,slipped_since_days"
since=$(sed 1d "$work/stdout" | awk -F, '{print $NF}' | tr '\n' ' ')
[ "$since" = "0 0 0 7 0 0 42 0 0 0 0 7 " ] && pass "csv: each milestone's days since PAM 9 Nov, by hand" ||
    fail "csv: each milestone's days since PAM 9 Nov, by hand" "$since"
run "$assure" report milestones
expect "text: the column is headed by the snapshot" 0 "Since PAM 9 Nov 2026"
expect "text: the footer counts them" 0 "3 due later than at PAM 9 Nov 2026 (2026-11-09)"
run "$assure" report milestones --format json
expect "json: M-07's a number" 0 '"blocked_by": null, "slipped_since_days": 42}'
run "$assure" report milestones --since "PAM 26 Oct 2026" --format json
expect "--since a snapshot that kept no milestones: null" 0 '"slipped_since_days": null}'
run "$assure" report milestones --since 2026-11-10 --format csv
expect "--since a date: the last snapshot taken by then" 0 "slipped_since_days"
run "$assure" report milestones --since "PAM 1 Jan 2020"
expect "--since a snapshot that is none: exit 2" 2 "report --since PAM 1 Jan 2020: no snapshot has that label"

# ---- a snapshot for a meeting ----
run "$assure" snapshot --label "PAM 23 Nov 2026" --meeting-date 23/11/2026 \
    --attendees " Strategic Director;Programme Manager ;; Head of Reablement "
expect "a snapshot for the meeting of 23 Nov" 0 "for the meeting of 2026-11-23"
[ "$(q "SELECT meeting_date, attendees FROM snapshot WHERE label = 'PAM 23 Nov 2026'")" = \
    "2026-11-23|Strategic Director; Programme Manager; Head of Reablement" ] &&
    pass "its day is kept ISO, the attendees trimmed and separated by '; '" ||
    fail "its day is kept ISO, the attendees trimmed and separated by '; '" \
        "$(q "SELECT meeting_date, attendees FROM snapshot")"
# 12 milestones, 12 risks, 10 actions as they stand
[ "$(q "SELECT kind, count(*) FROM snapshot_item JOIN snapshot ON snapshot.id = snapshot_id
        WHERE label = 'PAM 23 Nov 2026' GROUP BY kind ORDER BY kind" | tr '\n' ' ')" = \
    "action|10 milestone|12 risk|12 " ] && pass "it keeps every milestone, risk and action" ||
    fail "it keeps every milestone, risk and action"
[ "$(q "SELECT date || ' ' || status FROM snapshot_item JOIN snapshot ON snapshot.id = snapshot_id
        WHERE label = 'PAM 23 Nov 2026' AND kind = 'milestone' AND ref = 'M-07'")" = "2027-01-22 at_risk" ] &&
    pass "M-07 as it stands: forecast 22 Jan 2027, at risk" || fail "M-07 as it stands: forecast 22 Jan 2027, at risk"
[ "$(q "SELECT score FROM snapshot_item JOIN snapshot ON snapshot.id = snapshot_id
        WHERE label = 'PAM 23 Nov 2026' AND kind = 'risk' AND ref = 'BCC-R06'")" = 20 ] &&
    pass "BCC-R06's score: 4 x 5 = 20" || fail "BCC-R06's score: 4 x 5 = 20"
[ "$(q "SELECT value FROM snapshot_value JOIN snapshot ON snapshot.id = snapshot_id
        WHERE label = 'PAM 23 Nov 2026' AND indicator IN ('actions_overdue', 'issues_open', 'milestones_slipped')
        ORDER BY indicator" | tr '\n' ' ')" = "3 2 6 " ] && pass "and the three headlines" ||
    fail "and the three headlines"
run "$assure" snapshot --list
expect "--list: the meeting and who attended" 0 "  Meeting 2026-11-23; attended by Strategic Director; Programme Manager; Head of Reablement"
expect "--list: PAM 9 Nov's" 0 "  Meeting 2026-11-09; attended by Strategic Director; Programme Manager; Head of Commissioning"
expect "--list: the new headlines" 0 "    Slipped milestones             6"
# Now compared with PAM 23 Nov: nothing has moved.
run "$assure" report milestones --format csv
since=$(sed 1d "$work/stdout" | awk -F, '{print $NF}' | tr '\n' ' ')
[ "$since" = "0 0 0 0 0 0 0 0 0 0 0 0 " ] && pass "since the latest snapshot, nothing has slipped" ||
    fail "since the latest snapshot, nothing has slipped" "$since"
# Without --meeting-date, the meeting is today's (ASSURE_TODAY); no attendees.
run "$assure" snapshot --label "Board 29 Nov"
expect "without --meeting-date, today's" 0 "for the meeting of 2026-11-29"
[ "$(q "SELECT meeting_date || '|' || attendees FROM snapshot WHERE label = 'Board 29 Nov'")" = "2026-11-29|" ] &&
    pass "kept as today, with no attendees" || fail "kept as today, with no attendees"
run "$assure" snapshot --list
grep -qx "  Meeting 2026-11-29" "$work/stdout" && pass "--list: a meeting with no attendees, the day alone" ||
    fail "--list: a meeting with no attendees, the day alone" "$(grep Meeting "$work/stdout")"
# Deleted, its items go with it.
run "$assure" snapshot --delete "Board 29 Nov"
expect "a snapshot deleted" 0 "deleted"
[ "$(q "SELECT count(*) FROM snapshot_item WHERE snapshot_id NOT IN (SELECT id FROM snapshot)")" = 0 ] &&
    pass "its items are gone with it" || fail "its items are gone with it"

# ---- bad options: usage errors, nothing written ----
before=$(q "SELECT count(*) FROM snapshot")
run "$assure" snapshot --label "PAM X" --meeting-date 31/02/2026
expect "a meeting date that is no day: exit 2" 2 "snapshot --meeting-date 31/02/2026:"
run "$assure" snapshot --label "PAM X" --meeting-date
expect "--meeting-date needs a date" 2 "snapshot --meeting-date : needs the meeting's date"
run "$assure" snapshot --label "PAM X" --attendees
expect "--attendees needs the names" 2 "snapshot --attendees needs the names"
run "$assure" snapshot --list --attendees "A; B"
expect "--attendees with --list: exit 2" 2 "snapshot --attendees applies to --label only"
run "$assure" snapshot --meeting-date 2026-11-23
expect "--meeting-date without --label: exit 2" 2 "snapshot --meeting-date applies to --label only"
run "$assure" snapshot --label "PAM 23 Nov 2026" --meeting-date 2026-11-23
expect "a label taken already: exit 2" 2 "exists already"
[ "$(q "SELECT count(*) FROM snapshot")" = "$before" ] && pass "none of them took a snapshot" ||
    fail "none of them took a snapshot"
run "$assure" --read-only snapshot --label "PAM RO"
[ "$status" -ne 0 ] && [ "$(q "SELECT count(*) FROM snapshot")" = "$before" ] &&
    pass "--read-only: refused, nothing written" || fail "--read-only: refused, nothing written" "exit $status"

# ---- the audit trail and the chain ----
run "$assure" log --table snapshots
expect "the trail has the snapshot" 0 "PAM 23 Nov 2026"
run "$assure" log --verify
expect "the chain holds" 0 "intact"
run "$assure" check
[ "$status" -le 1 ] && ! grep -q "snapshot_item" "$work/stdout" && pass "check finds nothing wrong with the items" ||
    fail "check finds nothing wrong with the items" "$(cat "$work/stdout")"

# ---- an older database is upgraded, its snapshots meeting the day each was taken ----
old_database="$top/${ASSURE_BUILD:-build}/tests/old_database"
"$old_database" create "$work/v8.db" 8
sqlite3 "$work/v8.db" "INSERT INTO snapshot (label, taken_at) VALUES ('PAM 12 Oct 2026', '2026-10-12T09:30:00Z');
  INSERT INTO snapshot_value (snapshot_id, indicator, value) VALUES (1, 'risks_high', 3);"
run "$assure" --db "$work/v8.db" snapshot --list
expect "reading asks for the upgrade" 3 "schema version 8 needs upgrading to 12"
run "$assure" --db "$work/v8.db" snapshot --label "PAM 26 Oct 2026" --meeting-date 2026-10-26
expect "a schema 8 database is upgraded in place" 0 "upgraded from schema version 8 to 12"
[ "$(sqlite3 "$work/v8.db" "PRAGMA user_version")" = 12 ] && pass "it is at schema 12" || fail "it is at schema 12"
run "$assure" --db "$work/v8.db" snapshot --list
expect "the old snapshot met the day it was taken" 0 "  Meeting 2026-10-12"
expect "its headline is kept" 0 "    High risks                     3"
run "$assure" --db "$work/v8.db" report milestones --since "PAM 12 Oct 2026" --format csv
expect "a snapshot that kept no items: the column, blank" 0 "slipped_since_days"
run "$assure" --db "$work/v8.db" log --verify
expect "its audit trail verifies" 0 "intact"

finish
