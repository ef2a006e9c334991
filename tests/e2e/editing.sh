# Editing, reviews, deletes and snapshots: in the dashboard by two people at
# once with a third watching read-only, and on the command line; the audit
# trail of each; nothing half-written when a process is killed.
. "$(dirname "$0")/lib.sh"
export ASSURE_TODAY=2026-11-23
export ASSURE_DB="$work/programme.db"
cp "$top/sample.db" "$ASSURE_DB"
mkdir -p "$work/xdg/assure"
printf '[display]\nrefresh = 1\n' >"$work/xdg/assure/assure.ini"
q() { sqlite3 "$ASSURE_DB" "$1"; }

# ---- snapshots and the changes counted from them (command line) ----
run "$assure" snapshot --label "PAM 23 Nov 2026"
expect "assure snapshot --label takes a snapshot" 0 'snapshot "PAM 23 Nov 2026" taken'
run "$assure" snapshot --label "PAM 23 Nov 2026"
expect "a second snapshot with the same label is refused" 2 "exists already"
# ASC-02's 2027/28 forecast falls from £1,150,000 to £1,000,000.
printf 'ref,name,fy,target,stretch,forecast,actual\nASC-02,Reablement effectiveness,2027/28,1200000,1400000,1000000,\n' >"$work/cut.csv"
# the account of the process's real uid is who changed it, whatever $USER says
USER=j.patel "$assure" import savings "$work/cut.csv" >/dev/null 2>&1
run "$assure" report overview --format json
printf '%s' "$(cat "$work/stdout")" >"$work/o.json"
j() { sqlite3 :memory: "SELECT json_extract(readfile('$work/o.json'), '\$.$1')"; }
# by hand: forecast 20,728,000 - 150,000 = 20,578,000; gap 1,986,000 + 150,000 = 2,136,000
[ "$(j savings_forecast_gbp)|$(j savings_forecast_gbp_change)|$(j savings_gap_gbp_change)" = "20578000|-150000|150000" ] &&
    pass "the overview counts the change from the new snapshot (forecast -£150,000, gap +£150,000)" ||
    fail "the overview counts the change from the new snapshot" "$(cat "$work/o.json")"
[ "$(j staffing_uncovered_pct_change)|$(j risks_high_change)" = "0.0|0" ] && pass "what did not change shows no change" ||
    fail "what did not change shows no change"
run "$assure" report overview --format json --since "PAM 9 Nov 2026"
printf '%s' "$(cat "$work/stdout")" >"$work/o.json"
# by hand: 20,578,000 - 20,910,000 = -332,000; overdue 3 - 1 = +2
[ "$(j savings_forecast_gbp_change)|$(j risks_overdue_change)" = "-332000|2" ] &&
    pass "--since an older snapshot: forecast -£332,000, overdue reviews +2" || fail "--since an older snapshot" "$(cat "$work/o.json")"
run "$assure" snapshot --list
expect "snapshot --list lists them with their figures" 0 "PAM 23 Nov 2026"
expect "with the forecast as it was" 0 "Forecast                       £20,728,000"
run "$assure" snapshot --delete "PAM 23 Nov 2026"
expect "snapshot --delete deletes one" 0 'snapshot "PAM 23 Nov 2026" deleted'
[ "$(q "SELECT count(*) FROM snapshot")" -eq 2 ] && pass "two snapshots remain" || fail "two snapshots remain"
run "$assure" snapshot --delete "no such"
expect "deleting an unknown snapshot is an error" 2 'no snapshot is called "no such"'

# ---- assure log ----
run "$assure" log --table savings --ref ASC-02 --format csv
expect "log --table --ref shows a line's changes, its years included" 0 \
    "$(id -un),,import,savings,ASC-02 / 2027/28,forecast,1150000,1000000"
run "$assure" log --since 2026-11-21
expect "log --since leaves out what came before" 0 "snapshot"
grep -q "r.okafor" "$work/stdout" && fail "log --since leaves out 20 Nov's imports" || pass "log --since leaves out 20 Nov's imports"
run "$assure" log --table widgets
expect "log --table with an unknown table is a usage error" 2 "expected savings, staffing, reviews, risks, bridge, kpis, kpi_values, investment, actions, issues, decisions, milestones, highlights, workstreams, signoffs or snapshots"

# ---- the dashboard: two editors and a read-only screen ----
start() { # NAME USER HOST ARGUMENTS
    tmux_ new-session -d -s "$1" -x 100 -y 30 -c "$work" \
        "env TERM=xterm-256color LANG=C.UTF-8 NO_COLOR=1 USER=$2 SSH_CLIENT='192.0.2.$3 5000 22' XDG_CONFIG_HOME=$work/xdg ASSURE_TODAY=$ASSURE_TODAY $assure --db $ASSURE_DB $4; echo EXIT=\$?; sleep 60"
}
wait_for() { # SESSION TEXT [TENTHS OF A SECOND]
    i=0
    while [ $i -lt "${3:-100}" ]; do
        tmux_ capture-pane -p -t "$1" >"$work/screen" 2>/dev/null
        grep -qF -- "$2" "$work/screen" && return 0
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}
keys() { tmux_ send-keys -t "$@"; sleep 0.2; }
# Another writer: hold_lock takes the write lock and keeps it, whatever the
# machine's speed, until release_lock commits.
hold_lock() {
    rm -f "$work/lock"
    mkfifo "$work/lock"
    sqlite3 "$ASSURE_DB" <"$work/lock" >/dev/null 2>&1 &
    locker=$!
    exec 3>"$work/lock"
    echo ".timeout 10000" >&3
    echo "BEGIN IMMEDIATE; UPDATE risk SET owner = owner WHERE ref = 'BCC-R05';" >&3
    i=0
    while [ $i -lt 100 ] && sqlite3 "$ASSURE_DB" "BEGIN IMMEDIATE; ROLLBACK;" >/dev/null 2>&1; do
        sleep 0.1
        i=$((i + 1))
    done
}
release_lock() {
    echo "COMMIT;" >&3
    exec 3>&-
    wait $locker
}
start alice alice 10 risks
start bob bob 11 risks
start chair chair 12 "risks --read-only"
for s in alice bob chair; do wait_for $s "BCC-R01" >/dev/null; done

# Both open BCC-R01; Bob saves a new title first.
keys alice / R 0 1 Enter e
wait_for alice "Edit risk BCC-R01" && pass "e opens a form for the selected risk" || fail "e opens a form for the selected risk"
keys bob / R 0 1 Enter e
wait_for bob "Edit risk BCC-R01" >/dev/null
keys bob C-u
tmux_ send-keys -t bob -l "Homecare capacity short (Bob)"
keys bob Enter
keys bob NPage NPage Enter
wait_for bob "Save? y saves" && pass "saving asks first" || fail "saving asks first" "$(tail -1 "$work/screen")"
keys bob y
wait_for bob "Saved" && pass "Bob's edit is saved" || fail "Bob's edit is saved"
[ "$(q "SELECT title FROM risk WHERE ref = 'BCC-R01'")" = "Homecare capacity short (Bob)" ] && pass "and is in the database" ||
    fail "and is in the database"
wait_for chair "Homecare capacity sho" && pass "the read-only screen shows Bob's change within the refresh" ||
    fail "the read-only screen shows Bob's change within the refresh" "$(cat "$work/screen")"

# Alice, whose form still shows the old row, changes the owner and saves.
keys alice Down Down Down Down
tmux_ send-keys -t alice C-u
tmux_ send-keys -t alice -l "Head of Commissioning (Alice)"
keys alice NPage NPage Enter y
wait_for alice "Someone else saved this row after you opened the form" &&
    pass "the second save sees the row changed and says so" || fail "the second save sees the row changed and says so" "$(cat "$work/screen")"
grep -q "now stored: Homecare capacity short (Bob)" "$work/screen" && pass "it shows both values" ||
    fail "it shows both values" "$(cat "$work/screen")"
[ "$(q "SELECT owner FROM risk WHERE ref = 'BCC-R01'")" = "Head of Commissioning" ] &&
    pass "nothing was overwritten silently" || fail "nothing was overwritten silently"
keys alice t
wait_for alice "The form now shows what is stored" && pass "t takes theirs into the form" || fail "t takes theirs into the form"
keys alice Down Down Down Down
tmux_ send-keys -t alice C-u
tmux_ send-keys -t alice -l "Head of Commissioning (Alice)"
keys alice NPage NPage Enter y
wait_for alice "Saved" && pass "then Alice's change saves on top of Bob's" || fail "then Alice's change saves on top of Bob's"
[ "$(q "SELECT title || '|' || owner FROM risk WHERE ref = 'BCC-R01'")" = "Homecare capacity short (Bob)|Head of Commissioning (Alice)" ] &&
    pass "both changes are kept" || fail "both changes are kept" "$(q "SELECT title, owner FROM risk WHERE ref = 'BCC-R01'")"
[ "$(q "SELECT who || '|' || client || '|' || field FROM audit WHERE action = 'edit' ORDER BY id")" = "$(id -un)|192.0.2.11|title
$(id -un)|192.0.2.10|owner" ] && pass "the audit trail says who changed which field, from where" ||
    fail "the audit trail says who changed which field, from where" "$(q "SELECT who, client, field FROM audit WHERE action = 'edit'")"

# The read-only screen offers no editing.
keys chair e
tmux_ capture-pane -p -t chair >"$work/screen"
grep -q "Edit risk" "$work/screen" && fail "e does nothing on a read-only screen" || pass "e does nothing on a read-only screen"
grep -q " e Edit" "$work/screen" && fail "the read-only key bar hides the editing keys" || pass "the read-only key bar hides the editing keys"

# A risk review: new scores, a note, the next review moved on by review_days.
keys alice R
wait_for alice "Review risk BCC-R01" && pass "R opens a risk review" || fail "R opens a risk review"
tmux_ send-keys -t alice C-u 7
wait_for alice "must be a whole number from 1 to 5" && pass "a likelihood of 7 is marked as it is typed" ||
    fail "a likelihood of 7 is marked as it is typed" "$(cat "$work/screen")"
keys alice BSpace 3 Down Down
tmux_ send-keys -t alice -l "Two providers back; reviewed at PAM"
keys alice Down Enter y
wait_for alice "Saved" >/dev/null
[ "$(q "SELECT likelihood || '|' || impact || '|' || last_reviewed || '|' || next_review FROM risk WHERE ref = 'BCC-R01'")" = "3|4|2026-11-23|2026-12-21" ] &&
    pass "the review sets the scores, last_reviewed today and next_review 28 days on" ||
    fail "the review sets the scores and dates" "$(q "SELECT likelihood, impact, last_reviewed, next_review FROM risk WHERE ref = 'BCC-R01'")"
[ "$(q "SELECT likelihood || 'x' || impact || ' ' || note FROM risk_history WHERE ref = 'BCC-R01' ORDER BY id DESC LIMIT 1")" = "3x4 Two providers back; reviewed at PAM" ] &&
    pass "the score goes into the history, with the note" || fail "the score goes into the history, with the note"
[ "$(q "SELECT count(*) FROM audit WHERE action = 'review' AND key = 'BCC-R01' AND field IN ('likelihood', 'note')")" -eq 2 ] &&
    pass "the review is in the audit trail" || fail "the review is in the audit trail"
keys alice Escape Enter
wait_for alice "3 x 4 = 12" && pass "the detail view shows the new score in the history" || fail "the detail view shows the new score in the history"
keys alice Escape

# Adding a risk, and deleting a staffing row (after saying what will go).
keys alice Escape a
wait_for alice "Add a risk" >/dev/null
tmux_ send-keys -t alice -l "BCC-R11"
keys alice Down
tmux_ send-keys -t alice -l "Winter pressures on discharge"
keys alice Down 4 Down 3
keys alice NPage NPage NPage Enter y
wait_for alice "Saved" >/dev/null
[ "$(q "SELECT title || '|' || (likelihood * impact) || '|' || status FROM risk WHERE ref = 'BCC-R11'")" = "Winter pressures on discharge|12|open" ] &&
    pass "a added a risk, blank fields taking their defaults" || fail "a added a risk" "$(q "SELECT * FROM risk WHERE ref = 'BCC-R11'")"
[ "$(q "SELECT count(*) FROM audit WHERE action = 'add' AND key = 'BCC-R11'")" -eq 1 ] && pass "the addition is audited" ||
    fail "the addition is audited"
keys alice 3 g j d
wait_for alice "Delete staffing row" && pass "d says what will be deleted and asks" || fail "d says what will be deleted and asks" "$(tail -1 "$work/screen")"
before=$(q "SELECT count(*) FROM staffing")
keys alice n
[ "$(q "SELECT count(*) FROM staffing")" -eq "$before" ] && pass "any key but y keeps it" || fail "any key but y keeps it"
keys alice d y
wait_for alice "Deleted" >/dev/null
[ "$(q "SELECT count(*) FROM staffing")" -eq $((before - 1)) ] && pass "y deletes it" || fail "y deletes it"
[ "$(q "SELECT count(*) FROM audit WHERE action = 'delete' AND table_name = 'staffing' AND old_value LIKE 'establishment_fte=%'")" -eq 1 ] &&
    pass "the deletion is audited with what the row held" || fail "the deletion is audited with what the row held"

# Another writer holding the database past the busy timeout: the save waits,
# says so, and succeeds once the writer is done.
hold_lock
keys bob Escape 5 g e
wait_for bob "Edit risk" >/dev/null
tmux_ send-keys -t bob C-u
tmux_ send-keys -t bob -l "Providers cannot recruit care staff"
keys bob NPage NPage Enter y
wait_for bob "Waiting for the database: $(id -un) (pid $locker: sqlite3" 150 &&
    pass "a save blocked by another writer says it is waiting, and for whom" ||
    fail "a save blocked by another writer says it is waiting, and for whom" "$(tail -1 "$work/screen")"
release_lock
wait_for bob "Saved" 150 && pass "and saves once the other writer is done, with no error" ||
    fail "and saves once the other writer is done" "$(tail -1 "$work/screen")"

# A value longer than a form field holds is shown cut, kept whole on save.
q "UPDATE risk SET mitigation = printf('%.1997c', 'm') || 'END' WHERE ref = 'BCC-R10'"
keys alice 5 / R 1 0 Enter e
wait_for alice "too long to edit here" && pass "a 2,000-character mitigation is marked too long to edit in the form" ||
    fail "a 2,000-character mitigation is marked too long to edit in the form" "$(cat "$work/screen")"
tmux_ send-keys -t alice C-u
tmux_ send-keys -t alice -l "Digital assessment tool late"
keys alice NPage NPage Enter y
wait_for alice "Saved" >/dev/null
[ "$(q "SELECT title || '|' || length(mitigation) || '|' || substr(mitigation, -3) FROM risk WHERE ref = 'BCC-R10'")" = \
    "Digital assessment tool late|2000|END" ] && pass "saving another field keeps all 2,000 characters" ||
    fail "saving another field keeps all 2,000 characters" "$(q "SELECT title, length(mitigation) FROM risk WHERE ref = 'BCC-R10'")"
keys alice Escape

# A snapshot from the dashboard, and Esc abandoning a form.
keys alice 1 n
wait_for alice "Snapshot label: PAM 23 Nov 2026" && pass "n offers a snapshot label" || fail "n offers a snapshot label"
keys alice Enter
wait_for alice "taken" >/dev/null
[ "$(q "SELECT count(*) FROM snapshot WHERE label = 'PAM 23 Nov 2026'")" -eq 1 ] && pass "n takes a snapshot" || fail "n takes a snapshot"
keys alice 5 e
tmux_ send-keys -t alice C-u
tmux_ send-keys -t alice -l "Abandoned title"
keys alice Escape
wait_for alice "Discard your changes?" >/dev/null
keys alice y
wait_for alice "Abandoned: nothing was saved" && pass "Esc, then y, abandons a changed form" ||
    fail "Esc, then y, abandons a changed form"
[ "$(q "SELECT count(*) FROM risk WHERE title = 'Abandoned title'")" -eq 0 ] && pass "and nothing of it is saved" ||
    fail "and nothing of it is saved"
for s in alice bob chair; do tmux_ send-keys -t $s q; done

# ---- nothing half-written: a save killed while it waits to write ----
title_before=$(q "SELECT title FROM risk WHERE ref = 'BCC-R07'")
tmux_ new-session -d -s killed -x 100 -y 30 \
    "env TERM=xterm-256color LANG=C.UTF-8 ASSURE_TODAY=$ASSURE_TODAY $assure --db $ASSURE_DB risks; sleep 30"
wait_for killed "BCC-R07" >/dev/null
keys killed / R 0 7 Enter e
wait_for killed "Edit risk" >/dev/null
tmux_ send-keys -t killed C-u
tmux_ send-keys -t killed -l "Killed mid-save"
# another writer holds the database from just before the save until after the kill
hold_lock
keys killed NPage NPage Enter y
sleep 1
pkill -9 -f "assure --db $ASSURE_DB risks$" 2>/dev/null
# gone before the lock is let go: on a busy machine a process killed is not
# yet dead, and could still take the lock and begin its write
i=0
while [ $i -lt 100 ] && pgrep -f "assure --db $ASSURE_DB risks$" >/dev/null; do
    sleep 0.1
    i=$((i + 1))
done
release_lock
[ "$(q "SELECT title FROM risk WHERE ref = 'BCC-R07'")" = "$title_before" ] && [ "$(q 'PRAGMA integrity_check')" = ok ] &&
    pass "a dashboard killed mid-save leaves the row as it was and the file intact" ||
    fail "a dashboard killed mid-save leaves the row as it was" "$(q "SELECT title FROM risk WHERE ref = 'BCC-R07'")" \
        "integrity_check: $(q 'PRAGMA integrity_check' 2>&1)"

# (an import killed part way, and edits killed at random: tests/e2e/crash.sh)

finish
