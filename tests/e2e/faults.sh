# Trust under faults: what an unlucky user and a hostile colleague on a shared
# server would do to assure, and what must hold when they do.  Each section
# reproduces one way it used to fail: a save into a file replaced under the
# dashboard, a failure that exited 0, a corrupt file called consistent, an
# audit trail that could be forged, a half-old half-new report, a read-only
# place, a colleague holding the lock, terminal escapes, spreadsheet formulas,
# start-up, the parsers' rules, and the run rate.
. "$(dirname "$0")/lib.sh"
export ASSURE_TODAY=2026-11-23
q() { sqlite3 "$1" "$2"; }

# ---- the file under an open dashboard is replaced or removed ----
# A colleague restores a backup over the file the dashboard has open
# (cp backup t && mv t prog.db), or removes it.  Nothing may be written into
# the file that is gone (lost at quit) or the one now at the path (damaged by
# a -wal of the other's), the form keeps what was typed, and the screen says
# what to do.
mkdir -p "$work/shared"
db="$work/shared/prog.db"
cp "$top/sample.db" "$db"
cp "$db" "$work/shared/backup.db"
printf '[display]\nrefresh = 1\n' >"$work/refresh.ini"
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
dashboard() { # NAME DATABASE
    tmux_ new-session -d -s "$1" -x 100 -y 30 -c "$work/shared" \
        "env TERM=xterm-256color LANG=C.UTF-8 NO_COLOR=1 HOME=$work/home ASSURE_TODAY=$ASSURE_TODAY $assure --config $work/refresh.ini --db $2 risks; echo EXIT=\$?; sleep 60"
    wait_for "$1" "BCC-R01" >/dev/null
}
dashboard swap "$db"
keys swap / R 0 1 Enter e
wait_for swap "Edit risk BCC-R01" >/dev/null
keys swap C-u
tmux_ send-keys -t swap -l "Typed before the file changed"
keys swap Enter
# the backup goes back while the form is open
cp "$work/shared/backup.db" "$work/shared/t" && mv "$work/shared/t" "$db"
restored=$(md5sum <"$db")
keys swap NPage NPage Enter y
wait_for swap "Nothing was written to either file" && pass "a save into a replaced file is refused, and says so" ||
    fail "a save into a replaced file is refused, and says so" "$(cat "$work/screen")"
grep -q "o  open the file now there" "$work/screen" && grep -q "w  write your edit to a CSV file" "$work/screen" &&
    pass "and says what can be done: open the file now there, or write the edit to a CSV file" ||
    fail "and says what can be done" "$(cat "$work/screen")"
[ "$(md5sum <"$db")" = "$restored" ] && [ ! -s "$db-wal" ] &&
    pass "the restored file is byte for byte as restored, and no -wal holds anything for it" ||
    fail "the restored file is as restored" "$(ls -l "$work/shared")"
keys swap w
wait_for swap "Your edit is in" && pass "w writes the edit to a CSV file" || fail "w writes the edit to a CSV file" "$(cat "$work/screen")"
unsaved=$(ls "$work/shared"/assure-unsaved-risks-*.csv 2>/dev/null | head -1)
[ -n "$unsaved" ] && grep -q "^BCC-R01,Typed before the file changed," "$unsaved" && [ "$(stat -c %a "$unsaved")" = 600 ] &&
    pass "which holds the typed row in import's columns, readable by its owner only" || fail "which holds the typed row" "$(cat "$unsaved" 2>&1)"
keys swap o
wait_for swap "Opened the file now at the path" && pass "o opens the file now at the path, the form kept" ||
    fail "o opens the file now at the path" "$(cat "$work/screen")"
keys swap NPage NPage Enter y
wait_for swap "Saved" && [ "$(q "$db" "SELECT title FROM risk WHERE ref = 'BCC-R01'")" = "Typed before the file changed" ] &&
    pass "and saving again writes the edit into it" || fail "and saving again writes the edit into it" "$(tail -2 "$work/screen")"
# Replaced while only looked at: the screen says so within the refresh.
cp "$work/shared/backup.db" "$work/shared/t" && mv "$work/shared/t" "$db"
wait_for swap "prog.db was replaced by another file: shown as it was; r opens" 60 &&
    pass "a file replaced under the screen is noticed at the next refresh, and r offered" ||
    fail "a file replaced under the screen is noticed at the next refresh" "$(tail -1 "$work/screen")"
keys swap r
wait_for swap "Opened the file now at" && wait_for swap "Insufficient homecare" &&
    pass "r opens the file now there and shows it" || fail "r opens the file now there" "$(cat "$work/screen")"
keys swap q
wait_for swap "EXIT=0" >/dev/null
[ "$(q "$db" "PRAGMA integrity_check")" = ok ] && run "$assure" --db "$db" import risks "$unsaved" &&
    [ "$status" -eq 0 ] && [ "$(q "$db" "SELECT title FROM risk WHERE ref = 'BCC-R01'")" = "Typed before the file changed" ] &&
    pass "after the quit the file is whole, and the CSV brings the edit in" || fail "after the quit the file is whole" "$(cat "$work/stderr")"
# Removed: nothing is saved into the unlinked file.
cp "$top/sample.db" "$work/shared/gone.db"
dashboard gone "$work/shared/gone.db"
keys gone / R 0 1 Enter e
wait_for gone "Edit risk BCC-R01" >/dev/null
keys gone C-u
tmux_ send-keys -t gone -l "Typed into nothing"
keys gone Enter
rm "$work/shared/gone.db"
keys gone NPage NPage Enter y
wait_for gone "the database file was removed" && ! grep -q "o  open the file" "$work/screen" &&
    pass "a save into a removed file is refused; there is nothing to open" || fail "a save into a removed file is refused" "$(cat "$work/screen")"
keys gone Escape Escape y q # back to the form; Esc on a changed form asks: y discards
wait_for gone "EXIT=0" && [ ! -e "$work/shared/gone.db" ] && [ ! -s "$work/shared/gone.db-wal" ] &&
    pass "the dashboard quits, leaving no file and nothing in a -wal to be replayed into the next" ||
    fail "the dashboard quits, leaving nothing" "$(ls -l "$work/shared")"


# ---- no failure exits 0 ----

# /dev/full refuses every write with ENOSPC, as a full disk does.  Each command
# that writes to standard output must say so and exit 3, never 0.
full="$work/full.db"
cp "$top/sample.db" "$full"
# to_full NAME COMMAND...: the command's output to /dev/full: exit 3, and the
# cause on stderr in so many words.
to_full() {
    name=$1
    shift
    "$@" >/dev/full 2>"$work/stderr"
    status=$?
    if [ "$status" -ne 3 ]; then
        fail "$name > /dev/full exits 3" "exit status $status" "stderr: $(head -c 300 "$work/stderr")"
    elif ! grep -qxF "assure: writing standard output: No space left on device" "$work/stderr"; then
        fail "$name > /dev/full exits 3" "stderr: $(head -c 300 "$work/stderr")"
    else
        pass "$name > /dev/full exits 3: writing standard output: No space left on device"
    fi
}
for panel in overview savings staffing reviews risks bridge kpis exceptions slippage; do
    for format in text csv md json; do
        to_full "report $panel --format $format" "$assure" --db "$full" report $panel --format $format
    done
done
to_full "report savings --group cohort" "$assure" --db "$full" report savings --group cohort
for table in savings staffing reviews risks bridge kpis kpi_values investment; do
    for format in csv json; do
        to_full "export $table --format $format" "$assure" --db "$full" export $table --format $format
    done
done
to_full "check" "$assure" --db "$full" check
to_full "check --format csv" "$assure" --db "$full" check --format csv
to_full "log" "$assure" --db "$full" log
to_full "log --format csv" "$assure" --db "$full" log --format csv
to_full "log with nothing to show" "$assure" --db "$full" log --ref NO-SUCH-REF
to_full "snapshot --list" "$assure" --db "$full" snapshot --list
to_full "snapshot --label" "$assure" --db "$full" snapshot --label "Board 1 Dec"
to_full "snapshot --delete" "$assure" --db "$full" snapshot --delete "Board 1 Dec"
to_full "--print-config" "$assure" --db "$full" --print-config
to_full "--help" "$assure" --help
to_full "--version" "$assure" --version
"$assure" --db "$full" export risks >"$work/risks.csv"
to_full "import's summary" "$assure" --db "$full" import risks "$work/risks.csv"
to_full "import --dry-run's summary" "$assure" --db "$full" import risks "$work/risks.csv" --dry-run
to_full "init's message" "$assure" init "$work/full-new.db"
# check's own exit 1 (the sample's three overdue reviews, and on 23 Nov the
# two overdue actions of sample/raid.sql, A-01 due 20 Nov and A-03 due 13 Nov
# (A-04 is due that day), and of sample/milestones.sql M-05 forecast 20 Nov
# and not met, and M-08, which M-07 has slipped past, are warnings, so
# --strict finds them) stands only when its output was written.
run "$assure" --db "$full" check --strict
expect "check --strict on the sample, written: exit 1 for its seven warnings" 1 "0 errors, 7 warnings"
to_full "check --strict with findings" "$assure" --db "$full" check --strict
# A closed standard output is a failure too, said as such.
"$assure" --version >&- 2>"$work/stderr"
status=$?
[ $status -eq 3 ] && grep -qF "writing standard output: Bad file descriptor" "$work/stderr" &&
    pass "--version with standard output closed exits 3 and says why" ||
    fail "--version with standard output closed exits 3 and says why" "exit $status: $(head -c 200 "$work/stderr")"
# Output that is written is no failure: a report to a file exits 0, whole.
run "$assure" --db "$full" report savings --format csv
expect "report savings to a file still exits 0, to its last line (ASC-16, the sample's last ref)" 0 "ASC-16,Short Term Services"

# A long trail stops at the first failed write rather than trying every one
# (it used to try 5,960 writes of a 24 MB trail, all refused, then exit 0).
# 3,000 staffing rows added by one import: 3,000 audit rows, about 1 MB of log.
awk 'BEGIN { print "as_at,area,role,establishment_fte,vacancy_fte,agency_fte";
             for (i = 0; i < 3000; i++) printf "2027-01-01,Area %d,Role %d,10.00,1.00,0.00\n", i, i }' >"$work/big.csv"
"$assure" --db "$full" import staffing "$work/big.csv" >/dev/null
"$assure" --db "$full" log >"$work/trail.txt"
[ "$(wc -c <"$work/trail.txt")" -gt 500000 ] && pass "the trail is over 500 kB as text" ||
    fail "the trail is over 500 kB as text" "$(wc -c <"$work/trail.txt") bytes"
if command -v strace >/dev/null 2>&1 && strace -o /dev/null true 2>/dev/null; then
    for format in text csv; do
        # (LeakSanitizer cannot run under ptrace: the sanitized build leaves it out here)
        ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
            strace -f -e trace=write -o "$work/writes" "$assure" --db "$full" log --format $format >/dev/full 2>/dev/null
        status=$?
        # writes to fd 1 refused with ENOSPC: one, or two with the final flush
        refused=$(grep -c '^[0-9]* *write(1,.*ENOSPC' "$work/writes")
        [ $status -eq 3 ] && [ "$refused" -le 2 ] && pass "log --format $format stops at the first refused write ($refused of them)" ||
            fail "log --format $format stops at the first refused write" "exit $status, $refused refused writes"
    done
else
    pass "log stops at the first refused write # SKIP strace cannot run here"
fi

# ---- check finds a corrupt file ----
# Random damage: 16 bytes of noise written at a seeded random place in a copy
# of the sample, 40 times, and on (up to 80) until each check has had five
# damaged copies to find, however the sample's pages fall.  Wherever SQLite's own integrity_check finds the
# copy damaged, check --full must say so, and check (SQLite's quick check,
# which leaves out the indexes) wherever quick_check does: an error (exit 1),
# or a database problem it cannot even open (exit 3) - never "No findings"
# and exit 0.
size=$(stat -c %s "$top/sample.db")
damaged=0 missed=0 quick=0 quick_missed=0 trial=1
while [ $trial -le 40 ] || { [ $trial -le 80 ] && { [ $damaged -lt 5 ] || [ $quick -lt 5 ]; }; }; do
    cp "$top/sample.db" "$work/noisy.db"
    offset=$(awk -v seed=$trial -v size="$size" 'BEGIN { srand(seed); print int(rand() * (size - 16)) }')
    awk -v seed=$trial 'BEGIN { srand(seed * 7919); for (i = 0; i < 16; i++) printf "%c", 1 + int(rand() * 254) }' |
        LC_ALL=C dd of="$work/noisy.db" bs=1 seek="$offset" conv=notrunc status=none
    for how in full quick; do
        pragma=integrity_check option=--full
        [ $how = quick ] && pragma=quick_check option=
        [ "$(sqlite3 "$work/noisy.db" "PRAGMA $pragma" 2>&1 | head -1)" = ok ] && continue
        [ $how = full ] && damaged=$((damaged + 1)) || quick=$((quick + 1))
        run "$assure" --db "$work/noisy.db" check $option
        if { [ "$status" -ne 1 ] && [ "$status" -ne 3 ]; } || grep -q "No findings\|^0 errors" "$work/stdout"; then
            [ $how = full ] && missed=$((missed + 1)) || quick_missed=$((quick_missed + 1))
            echo "# trial $trial (offset $offset), check $option: $(head -c 200 "$work/stdout" | tr '\n' ' ') status $status"
        fi
    done
    trial=$((trial + 1))
done
[ $damaged -ge 5 ] && [ $missed -eq 0 ] && pass "check --full finds every one of $damaged damaged copies of $((trial - 1)) that integrity_check finds" ||
    fail "check --full finds every damaged copy integrity_check finds" "$missed of $damaged missed"
[ $quick -ge 5 ] && [ $quick_missed -eq 0 ] && pass "check finds every one of $quick that quick_check finds" ||
    fail "check finds every damaged copy quick_check finds" "$quick_missed of $quick missed"

# A damaged page: check names the damage and the way back.
cp "$top/sample.db" "$work/torn.db"
page=$(sqlite3 "$work/torn.db" "SELECT rootpage FROM sqlite_schema WHERE name = 'risk'")
printf 'not a b-tree page' | dd of="$work/torn.db" bs=1 seek=$(((page - 1) * 4096)) conv=notrunc status=none
run "$assure" --db "$work/torn.db" check
expect "a torn table page is an error, with the way back" 1 "sqlite3 $work/torn.db .recover"
grep -q "the file is damaged" "$work/stdout" && pass "and says the file is damaged" || fail "and says the file is damaged" "$(cat "$work/stdout")"
# an upgrade's backup beside it is named as the way back
cp "$top/sample.db" "$work/torn.db.v4.bak"
run "$assure" --db "$work/torn.db" check --full
expect "--full runs SQLite's full check, and names the backup assure kept" 1 "$work/torn.db.v4.bak"
# The header itself: not even SQLite can open it.
cp "$top/sample.db" "$work/headless.db"
printf 'garbage garbage!' | dd of="$work/headless.db" bs=1 seek=0 conv=notrunc status=none
run "$assure" --db "$work/headless.db" check
expect "a file whose header is gone is a database problem, with the way back" 3 ".recover"

# Values that break a table's rules, put there behind assure's back.
cp "$top/sample.db" "$work/rules.db"
q "$work/rules.db" "PRAGMA ignore_check_constraints = 1;
  UPDATE reviews SET period_start = 'soon' WHERE period_start = '2026-11-09' AND team = 'Castlegate Locality';
  UPDATE risk SET likelihood = 9 WHERE ref = 'BCC-R02';
  UPDATE staffing SET as_at = '2026-02-30' WHERE as_at = '2026-11-20' AND area = 'Castlegate' AND role = 'Team Manager'"
run "$assure" --db "$work/rules.db" check --format csv
expect "a period that is not a date is an error naming the row" 1 'error,reviews,soon / Castlegate Locality,"period_start is ""soon"", which breaks'
expect "a likelihood of 9 is an error naming the risk" 1 'error,risks,BCC-R02,"likelihood is ""9"", which breaks the table'"'"'s rule likelihood BETWEEN 1 AND 5"'
expect "30 February is no date, though it looks like one" 1 'error,staffing,2026-02-30 / Castlegate / Team Manager,"as_at ""2026-02-30"" is not a date"'
run "$assure" --db "$top/sample.db" check
expect "the sample itself passes SQLite's check" 0 "0 errors"

# ---- an audit trail that cannot lie ----
db="$work/trail.db"
cp "$top/sample.db" "$db"
printf 'ref,name,fy,target,forecast\nASC-02,Reablement effectiveness,2027/28,1200000,990000\n' >"$work/cut.csv"
run env USER=chief.executive LOGNAME=chief.executive "$assure" --db "$db" import savings "$work/cut.csv"
[ "$(q "$db" "SELECT DISTINCT who FROM audit WHERE source = '$work/cut.csv'")" = "$(id -un)" ] &&
    pass "who changed it is the account of the real uid, not \$USER or \$LOGNAME" ||
    fail "who changed it is the account of the real uid" "$(q "$db" "SELECT DISTINCT who FROM audit WHERE source = '$work/cut.csv'")"
run env SSH_CLIENT="203.0.113.9 50000 22" "$assure" --db "$db" import savings "$work/cut.csv"
printf 'ref,name,fy,target,forecast\nASC-02,Reablement effectiveness,2027/28,1200000,980000\n' >"$work/cut2.csv"
run env SSH_CLIENT="203.0.113.9 50000 22" "$assure" --db "$db" import savings "$work/cut2.csv"
[ "$(q "$db" "SELECT client FROM audit WHERE source = '$work/cut2.csv' LIMIT 1")" = 203.0.113.9 ] &&
    pass "the SSH client's address is kept as the session reports it" || fail "the SSH client's address is kept"
run "$assure" --db "$db" log --verify
expect "log --verify finds an untouched trail intact, the sample's earlier entries sealed" 0 "and the 6 written before then sealed"
[ "$(q "$db" "SELECT count(*) FROM audit WHERE hash IS NULL")" -eq 6 ] && [ "$(q "$db" "SELECT count(*) FROM audit WHERE length(hash) = 64")" -ge 4 ] &&
    pass "each entry since the chain began carries a SHA-256 hash" || fail "each entry since the chain began carries a SHA-256 hash"
last=$(q "$db" "SELECT max(id) FROM audit")
# by hand: the cut.csv import wrote entries 8 (the forecast) and 9 (its summary); cut2.csv 10 and 11
tamper() { # NAME SQL EXPECTED-IN-OUTPUT
    cp "$db" "$work/tampered.db"
    q "$work/tampered.db" "$2"
    run "$assure" --db "$work/tampered.db" log --verify
    expect "log --verify: $1" 1 "$3"
    run "$assure" --db "$work/tampered.db" check --format csv
    expect "check: $1" 1 "error,audit,"
}
tamper "an entry deleted from the middle is named" "DELETE FROM audit WHERE id = 9" "entry 9, just before entry 10"
tamper "an entry changed is named" "UPDATE audit SET who = 'someone.else' WHERE id = 8" "entry 8 (2026-"
grep -q "was changed behind assure's back" "$work/stdout" && pass "and said to be changed" || fail "and said to be changed" "$(cat "$work/stdout")"
tamper "an entry inserted is named" "INSERT INTO audit (at, who, action, table_name, key, field, old_value, new_value)
    VALUES ('2026-11-21T10:00:00Z', 'j.patel', 'edit', 'savings', 'ASC-01', 'forecast', '1', '2')" "entry $((last + 1))"
tamper "the last entry deleted is found" "DELETE FROM audit WHERE id = $last" "entry $last, the last, was removed"
tamper "an entry from before the chain, changed, is found" "UPDATE audit SET new_value = '900000' WHERE id = 1" "written before the chain began was changed"
tamper "the whole trail deleted is found" "DELETE FROM audit" "emptied behind assure's back"
# Nothing leaves unaudited: import risks --replace removes BCC-R02 and its history.
sqlite3 "$db" "SELECT 'ref,title,likelihood,impact'; SELECT ref || ',' || replace(title, ',', ' ') || ',' || likelihood || ',' || impact FROM risk WHERE ref <> 'BCC-R02'" >"$work/risks.csv"
history=$(q "$db" "SELECT count(*) FROM risk_history WHERE ref = 'BCC-R02'")
run "$assure" --db "$db" import risks "$work/risks.csv" --replace
expect "import risks --replace removes a risk" 0 "1 removed"
# by hand: BCC-R02 has 2 reviews in the sample (programme.sql), each audited as removed, with what it held
[ "$history" -eq 2 ] && [ "$(q "$db" "SELECT count(*) FROM audit WHERE table_name = 'risks' AND key LIKE 'BCC-R02 / 20%' AND field = 'review' AND old_value LIKE 'likelihood=_; impact=_; note=%' AND new_value IS NULL")" -eq 2 ] &&
    pass "and each of its reviews' removal is audited" || fail "and each of its reviews' removal is audited" "$(q "$db" "SELECT key, field, old_value FROM audit WHERE key LIKE 'BCC-R02%'")"
run "$assure" --db "$db" log --ref BCC-R02
expect "log --ref shows the risk's history going with it" 0 "likelihood=4; impact=5; note="
run "$assure" --db "$db" log --verify
expect "and the trail is still intact" 0 "intact"
# A database of the schema before the chain: upgraded, the chain starts there and says so.
old_database="$top/${ASSURE_BUILD:-build}/tests/old_database"
"$old_database" create "$work/v4.db" 4
q "$work/v4.db" "INSERT INTO audit (at, who, action, table_name, key, field, old_value, new_value)
    VALUES ('2026-10-01T09:00:00Z', 'j.patel', 'import', 'risks', 'R1', '', NULL, 'title=One')"
run "$assure" --db "$work/v4.db" snapshot --label "After the upgrade"
expect "an older database is upgraded" 0 "upgraded from schema version 4"
run "$assure" --db "$work/v4.db" log
expect "its log says where the chain starts" 0 "the trail is chained from here; 1 earlier entries sealed"
run "$assure" --db "$work/v4.db" log --verify
expect "and the chain verifies from there" 0 "The audit trail is intact: 2 entries chained since"


# ---- one consistent reading ----
# Two savings files with no ref in common, imported with --replace turn about
# while reports run: each report sees one file or the other, never half of each.
db="$work/reading.db"
"$assure" init "$db" >/dev/null
awk 'BEGIN { print "ref,name,fy,target,forecast"; for (i = 1; i <= 300; i++) printf "A-%03d,Line %d,2026/27,1000,900\n", i, i }' >"$work/a.csv"
awk 'BEGIN { print "ref,name,fy,target,forecast"; for (i = 1; i <= 300; i++) printf "B-%03d,Line %d,2026/27,2000,1900\n", i, i }' >"$work/b.csv"
"$assure" --db "$db" import savings "$work/a.csv" >/dev/null
(
    end=$(($(date +%s) + 8))
    while [ "$(date +%s)" -lt $end ]; do
        "$assure" --db "$db" import savings "$work/b.csv" --replace >/dev/null 2>&1
        "$assure" --db "$db" import savings "$work/a.csv" --replace >/dev/null 2>&1
    done
) &
writer=$!
reports=0 mixed=0
while kill -0 $writer 2>/dev/null; do
    target=$("$assure" --db "$db" report savings --group all --format csv 2>/dev/null | awk -F, 'NR == 2 { print $2 }')
    reports=$((reports + 1))
    # by hand: 300 lines of £1,000 is 300000; 300 of £2,000 is 600000
    case $target in 300000 | 600000) ;; *) mixed=$((mixed + 1)); echo "# report $reports: savings target '$target'" ;; esac
done
wait $writer
[ $reports -ge 10 ] && [ $mixed -eq 0 ] && pass "$reports reports during imports with --replace: each saw one whole state" ||
    fail "every report saw one whole state" "$mixed of $reports mixed"
# The headlines a snapshot keeps are read from one state too, though taking
# one opens the database to write.  Another connection flips the savings
# years and the programme's costs together, in one transaction each time,
# between two states (by hand: targets of 300 x £1,000 = £300,000 with
# costs of £5,000, or 300 x £2,000 = £600,000 with £9,000); a snapshot that
# read the savings in one state and the costs in the other would keep a
# pair that is neither.
db="$work/flip.db"
"$assure" init "$db" >/dev/null
awk 'BEGIN { print "ref,name,fy,target,forecast,kind"; for (i = 1; i <= 300; i++) printf "A-%03d,Line %d,2026/27,1000,900,saving\n", i, i
    print "C-1,Programme team,2026/27,5000,,cost" }' >"$work/costed.csv"
"$assure" --db "$db" import savings "$work/costed.csv" >/dev/null
awk 'BEGIN { print "PRAGMA busy_timeout = 30000;"; for (i = 0; i < 120; i++) {
    print "BEGIN IMMEDIATE; UPDATE savings_profile SET target = 2000, forecast = 1900; UPDATE investment_year SET amount = 9000; COMMIT;"
    print ".shell sleep 0.01"
    print "BEGIN IMMEDIATE; UPDATE savings_profile SET target = 1000, forecast = 900; UPDATE investment_year SET amount = 5000; COMMIT;"
    print ".shell sleep 0.01" } }' >"$work/flip.sql"
sqlite3 "$db" <"$work/flip.sql" >/dev/null 2>&1 &
writer=$!
taken=0
while kill -0 $writer 2>/dev/null; do
    taken=$((taken + 1))
    "$assure" --db "$db" snapshot --label "During $taken" >/dev/null 2>&1
done
wait $writer
mixed=$(sqlite3 "$db" "SELECT s.label || ': ' || t.value || ' / ' || c.value FROM snapshot s
    JOIN snapshot_value t ON t.snapshot_id = s.id AND t.indicator = 'savings_target_gbp'
    JOIN snapshot_value c ON c.snapshot_id = s.id AND c.indicator = 'investment_gbp'
    WHERE NOT ((t.value = 300000 AND c.value = 5000) OR (t.value = 600000 AND c.value = 9000))")
kept=$(sqlite3 "$db" "SELECT count(*) FROM snapshot WHERE label LIKE 'During %'")
[ "$kept" -ge 10 ] && [ -z "$mixed" ] && pass "$kept snapshots taken while another connection commits: each kept one whole state" ||
    fail "every snapshot kept one whole state" "$kept kept; mixed: $mixed"


# ---- read-only places ----
# A reader who may not write the database's directory (user nobody here):
# a WAL database there is read all the same; what cannot be read says why
# and who can put it right; copies assure makes are no wider than the file.
# Another user is needed: root can become nobody; anyone else skips these.
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null 2>&1; then
chmod 711 "$work"
mkdir -p "$work/ro" "$work/open"
chmod 755 "$work/ro"
chmod 1777 "$work/open"
chmod 644 "$work/refresh.ini"
nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$work/ro" "$@"; }
cp "$top/sample.db" "$work/ro/wal.db"
sqlite3 "$work/ro/wal.db" "PRAGMA journal_mode = WAL" >/dev/null # as assure leaves every database it writes
chmod 644 "$work/ro/wal.db"
for command in "report overview" "check" "export risks" "log" "snapshot --list" "--read-only report risks"; do
    run nobody "$assure" --db "$work/ro/wal.db" $command
    [ "$status" -eq 0 ] && [ -s "$work/stdout" ] && pass "$command reads a WAL database in a directory its reader cannot write" ||
        fail "$command reads a WAL database in a directory its reader cannot write" "status $status: $(cat "$work/stderr")"
done
run nobody "$assure" --db "$work/ro/wal.db" report risks --format csv
expect "with the figures as they are" 0 "BCC-R01,Insufficient homecare capacity"
[ "$(ls "$work/ro")" = wal.db ] && pass "and leaves nothing beside it" || fail "and leaves nothing beside it" "$(ls "$work/ro")"
# The read-only dashboard there follows a change the owner makes.
tmux_ new-session -d -s ro -x 100 -y 30 -c "$work/ro" \
    "setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=$work/ro TERM=xterm-256color LANG=C.UTF-8 NO_COLOR=1 ASSURE_TODAY=$ASSURE_TODAY $assure --config $work/refresh.ini --db $work/ro/wal.db --read-only risks; echo EXIT=\$?; sleep 60"
wait_for ro "BCC-R01" && pass "the read-only dashboard opens there" || fail "the read-only dashboard opens there" "$(cat "$work/screen")"
printf 'ref,title,likelihood,impact\nBCC-R01,Homecare capacity (seen from afar),4,4\n' >"$work/far.csv"
"$assure" --db "$work/ro/wal.db" import risks "$work/far.csv" >/dev/null 2>&1
wait_for ro "Homecare capacity (seen" 80 && pass "and shows the owner's change within the refresh" ||
    fail "and shows the owner's change within the refresh" "$(cat "$work/screen")"
tmux_ send-keys -t ro q
# A writer that stopped with its changes still in the -wal (killed): they
# cannot be brought in by one who may not write, so say so.
cp "$top/sample.db" "$work/ro/hot.db"
chmod 644 "$work/ro/hot.db"
rm -f "$work/fifo"
mkfifo "$work/fifo"
# WAL first, before anyone polls: a reader's lock at the moment the writer
# asked for WAL would leave it in rollback mode, and no -wal behind it
sqlite3 "$work/ro/hot.db" "PRAGMA journal_mode = WAL" >/dev/null
sqlite3 "$work/ro/hot.db" <"$work/fifo" >/dev/null 2>&1 &
writer=$!
exec 4>"$work/fifo"
echo ".timeout 5000
PRAGMA wal_autocheckpoint = 0; UPDATE risk SET title = 'Killed writer' WHERE ref = 'BCC-R02';" >&4
i=0
# killed only once its change is committed: another connection sees it (up
# to a minute: on a loaded machine the shell can be slow to start)
while [ $i -lt 600 ] && [ "$(sqlite3 "$work/ro/hot.db" "SELECT title FROM risk WHERE ref = 'BCC-R02'" 2>/dev/null)" != "Killed writer" ]; do
    sleep 0.1
    i=$((i + 1))
done
kill -9 $writer
exec 4>&-
wait $writer 2>/dev/null
chmod 644 "$work/ro/hot.db-wal" "$work/ro/hot.db-shm"
cp -p "$work/ro/hot.db-shm" "$work/shm.kept"
rm -f "$work/ro/hot.db-shm"
run nobody "$assure" --db "$work/ro/hot.db" report overview
expect "changes left in a -wal: the database needs recovery by its owner, and says how" 3 \
    "needs recovery by its owner before it can be read here: changes are still in $work/ro/hot.db-wal"
# The same files in a directory anyone may write, with the writer's -shm
# left readable by its owner only: explained, not "readonly database".
cp "$work/ro/hot.db" "$work/ro/hot.db-wal" "$work/open/"
cp "$work/shm.kept" "$work/open/hot.db-shm"
chmod 600 "$work/open/hot.db-shm"
run nobody "$assure" --db "$work/open/hot.db" report overview
expect "a -shm another user left, that this one may not use, is named with its owner and the fix" 3 \
    "$work/open/hot.db-shm, the shared-memory file SQLite keeps beside it, belongs to $(id -un) (mode 0600)"
grep -q "readonly database" "$work/stderr" && fail "and not called a readonly database" || pass "and not called a readonly database"
run "$assure" --db "$work/ro/hot.db" check
expect "its owner's next command brings the changes in" 0 "0 errors"
[ "$(q "$work/ro/hot.db" "SELECT title FROM risk WHERE ref = 'BCC-R02'")" = "Killed writer" ] &&
    pass "and the killed writer's committed change is kept" || fail "and the killed writer's committed change is kept"
else
    pass "reading as another user # skip: not root, so no other user to read as"
fi
# The copy kept before an upgrade is no wider than the database.
"$top/${ASSURE_BUILD:-build}/tests/old_database" create "$work/narrow.db" 4
chmod 640 "$work/narrow.db"
(umask 000 && "$assure" --db "$work/narrow.db" snapshot --label "Upgraded" >/dev/null 2>&1)
[ "$(stat -c %a "$work/narrow.db.v4.bak" 2>/dev/null)" = 640 ] &&
    pass "the backup before an upgrade is no wider than the database (0640 under umask 000)" ||
    fail "the backup before an upgrade is no wider than the database" "$(stat -c %a "$work/narrow.db.v4.bak" 2>&1)"


# ---- a colleague holds the lock ----
# Another writer holds the database (the sqlite3 shell, mid-transaction) for
# longer than the old 5 seconds: a save waits up to [database] busy_timeout,
# saying who is writing, keeps what was typed, and when it gives up says that
# nothing was written and why.
db="$work/locked.db"
cp "$top/sample.db" "$db"
sqlite3 "$db" "PRAGMA journal_mode = WAL" >/dev/null # as any write by assure leaves it
hold_lock() { # DATABASE
    rm -f "$work/lock"
    mkfifo "$work/lock"
    sqlite3 "$1" <"$work/lock" >/dev/null 2>&1 &
    locker=$!
    exec 3>"$work/lock"
    echo ".timeout 10000" >&3
    echo "BEGIN IMMEDIATE; UPDATE risk SET owner = owner WHERE ref = 'BCC-R05';" >&3
    i=0
    while [ $i -lt 100 ] && sqlite3 "$1" "BEGIN IMMEDIATE; ROLLBACK;" >/dev/null 2>&1; do
        sleep 0.1
        i=$((i + 1))
    done
}
release_lock() {
    echo "COMMIT;" >&3
    exec 3>&-
    wait $locker
}
printf 'ref,title,likelihood,impact\nBCC-R99,Waited for,2,3\n' >"$work/waited.csv"
hold_lock "$db"
(sleep 7 && echo "COMMIT;" >&3) &
releaser=$!
run "$assure" --db "$db" import risks "$work/waited.csv"
wait $releaser
exec 3>&-
wait $locker
expect "an import waits past 5 s for a colleague's write, then saves" 0 "1 rows added"
grep -q "waiting for the database: $(id -un) (pid $locker: sqlite3 $db) is writing to it; waiting up to 30 s" "$work/stderr" &&
    pass "and says who is writing while it waits" || fail "and says who is writing while it waits" "$(cat "$work/stderr")"
printf '[database]\nbusy_timeout = 2\n' >"$work/impatient.ini"
hold_lock "$db"
sum=$(q "$db" "SELECT count(*) FROM risk")
run "$assure" --config "$work/impatient.ini" --db "$db" snapshot --label "Blocked"
expect "past [database] busy_timeout, nothing is written, and it says why" 3 \
    "nothing was written: $(id -un) (pid $locker: sqlite3 $db) was writing to the database for longer than 2 s ([database] busy_timeout)"
release_lock
[ "$(q "$db" "SELECT count(*) FROM snapshot WHERE label = 'Blocked'")" -eq 0 ] && pass "and no snapshot was taken" ||
    fail "and no snapshot was taken"
# The dashboard: n, a label typed, a colleague writing.
tmux_ new-session -d -s lock -x 120 -y 30 -c "$work" \
    "env TERM=xterm-256color LANG=C.UTF-8 NO_COLOR=1 HOME=$work/home ASSURE_TODAY=$ASSURE_TODAY $assure --config $work/impatient.ini --db $db; echo EXIT=\$?; sleep 60"
wait_for lock "Overview" >/dev/null
hold_lock "$db"
keys lock n C-u
tmux_ send-keys -t lock -l "PAM 7 Dec 2026"
keys lock Enter
wait_for lock "Waiting for the database: $(id -un) (pid $locker: sqlite3" 40 &&
    pass "the dashboard shows who is writing while it waits" || fail "the dashboard shows who is writing" "$(tail -1 "$work/screen")"
wait_for lock "(not taken: " 60 && grep -q "Snapshot label: PAM 7 Dec 2026  *(not taken: " "$work/screen" &&
    pass "giving up, the typed label is kept, and why is said beside it" || fail "the typed label is kept" "$(tail -1 "$work/screen")"
release_lock
keys lock Enter
wait_for lock 'Snapshot "PAM 7 Dec 2026" taken' && [ "$(q "$db" "SELECT count(*) FROM snapshot WHERE label = 'PAM 7 Dec 2026'")" -eq 1 ] &&
    pass "and Enter again takes it once the colleague is done" || fail "and Enter again takes it" "$(tail -1 "$work/screen")"
keys lock q


# ---- terminal-safe everywhere ----

# What a colleague can put where assure prints it - a database's or a
# configuration file's name, $ASSURE_DB, --db, a value in assure.ini, a label -
# holding a window-title escape (OSC 0), a clipboard write (OSC 52), a screen
# clear, and C1 controls (CSI 0x9b and OSC 0x9d, raw and as UTF-8).
hostile="$(printf '\033]0;PWNED\007\033]52;c;cm0gLXJmIH4K\007\033[2J\033[H\2332J\2350;X\302\2332J\302\235')"
# unsafe FILE: what in FILE could act on a terminal (nothing when it is safe).
unsafe() {
    LC_ALL=C grep -c -P '[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]' "$1" | grep -v '^0$'
    iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1 || echo "bytes that are not UTF-8 (a raw C1 control)"
}
# safe NAME STATUS FRAGMENT: the last run exited STATUS, said FRAGMENT (as
# text_visible shows the escape: ^[ for ESC, ^G for BEL), and nothing in its
# stdout or stderr could act on a terminal.
safe() {
    found="$(unsafe "$work/stdout")$(unsafe "$work/stderr")"
    if [ -n "$found" ]; then
        fail "$1: nothing that acts on a terminal" "$found" "$(od -c "$work/stdout" "$work/stderr" | grep -m3 033)"
    else
        expect "$1: shown visibly, nothing that acts on a terminal" "$2" "$3"
    fi
}
shown='^[]0;PWNED^G^[]52;c;cm0gLXJmIH4K^G^[[2J^[[H\x9B2J\x9D0;X<U+009B>2J<U+009D>'
# and in a quoted INI value (the ; in it would end one unquoted), \ doubled
quoted='^[]0;PWNED^G^[]52;c;cm0gLXJmIH4K^G^[[2J^[[H\\x9B2J\\x9D0;X<U+009B>2J<U+009D>'
run env ASSURE_DB="$work/$hostile.db" "$assure" --print-config
safe "--print-config of \$ASSURE_DB" 0 "path = \"$work/$quoted.db\"  ; from \$ASSURE_DB"
run "$assure" --db "$hostile" --print-config
safe "--print-config of --db" 0 "path = \"$quoted\"  ; from --db"
mkdir -p "$work/conf$hostile"
printf '[programme]\nname = "Programme %s"\n' "$hostile" >"$work/conf$hostile/assure.ini"
run "$assure" --config "$work/conf$hostile/assure.ini" --print-config
safe "--print-config of a value and the file it came from" 0 "name = \"Programme $quoted\"  ; from $work/conf$shown/assure.ini:2"
# An older database (schema 3, as an older assure left it) named with the
# escapes: the upgrade notice names it and its backup.
older() {
    "$top/${ASSURE_BUILD:-build}/tests/old_database" create "$1" 3
}
older "$work/old$hostile.db"
run "$assure" --db "$work/old$hostile.db" snapshot --label "After the upgrade"
safe "a command's upgrade notice" 0 "assure: $work/old$shown.db: upgraded from schema version 3 to 12; the old file is kept as $work/old$shown.db.v3.bak"
older "$work/dash$hostile.db"
run "$assure" --db "$work/dash$hostile.db" </dev/null
safe "the dashboard's upgrade notice" 2 "assure: $work/dash$shown.db: upgraded from schema version 3 to 12"
run "$assure" init "$work/new$hostile.db"
safe "init's message" 0 "created $work/new$shown.db: an empty assure database"
run "$assure" --db "$work/missing$hostile.db" report
safe "an error naming a missing database" 3 "$work/missing$shown.db: no database here"
"$assure" --db "$work/new$hostile.db" export risks >"$work/risks$hostile.csv"
run "$assure" --db "$work/new$hostile.db" import risks "$work/risks$hostile.csv"
safe "import's summary" 0 "risks: 0 rows added"
printf 'ref,title,likelihood,impact\nR1,A risk,9,1\n' >"$work/bad$hostile.csv"
run "$assure" --db "$work/new$hostile.db" import risks "$work/bad$hostile.csv"
safe "import's error naming the file" 3 "$work/bad$shown.csv:2:"
run "$assure" --db "$work/new$hostile.db" snapshot --label "$hostile"
safe "snapshot --label's message" 0 "snapshot \"$shown\" taken"
run "$assure" --db "$work/new$hostile.db" snapshot --list
safe "snapshot --list" 0 "$shown"
run "$assure" --db "$work/new$hostile.db" snapshot --delete "$hostile"
safe "snapshot --delete's message" 0 "snapshot \"$shown\" deleted"

# ---- no formula injection ----

# A text cell that a spreadsheet would run (it begins with = + - @, a tab or a
# line break) is written with a leading ' and read back without it; a text
# that itself begins with ' before one of those (or before another ') gets one
# more ', so that export then import gives back exactly what was there.
# Numbers are never marked.  The file hostile.csv is what import reads; the
# titles it stores and the export expected are written out by hand from that
# rule.
tab=$(printf '\t')
"$assure" --db "$work/formula.db" init "$work/formula.db" >/dev/null
cat >"$work/hostile.csv" <<EOF
ref,title,likelihood,impact,owner
F1,"=HYPERLINK(""http://x"",""y"")",3,3,=cmd|' /C calc'!A0
F2,+1,2,2,
F3,-2,2,2,
F4,@SUM(A1),2,2,
F5,'${tab}tabbed,1,1,
F6,''=already,1,1,
F7,'''x,1,1,
F8,'plain,1,1,
F9,Care home places,1,1,-Bob
EOF
run "$assure" --db "$work/formula.db" import risks "$work/hostile.csv"
expect "import reads hostile titles" 0
# What the database must hold: the cells above, less the one leading ' that
# marks a cell beginning ' then = + - @ tab CR LF or '.
printf '%s\n' "F1|=HYPERLINK(\"http://x\",\"y\")|=cmd|' /C calc'!A0" "F2|+1|" "F3|-2|" "F4|@SUM(A1)|" \
    "F5|${tab}tabbed|" "F6|'=already|" "F7|''x|" "F8|'plain|" "F9|Care home places|-Bob" >"$work/titles.want"
q "$work/formula.db" "SELECT ref, title, owner FROM risk ORDER BY ref" >"$work/titles.got"
cmp -s "$work/titles.want" "$work/titles.got" && pass "a cell marked with ' is stored without the mark" ||
    fail "a cell marked with ' is stored without the mark" "$(diff "$work/titles.want" "$work/titles.got")"
cat >"$work/export.want" <<EOF
ref,title,likelihood,impact,description,owner,category,target_likelihood,target_impact,mitigation,status,last_reviewed,next_review
F1,"'=HYPERLINK(""http://x"",""y"")",3,3,,'=cmd|' /C calc'!A0,,,,,open,,
F2,'+1,2,2,,,,,,,open,,
F3,'-2,2,2,,,,,,,open,,
F4,'@SUM(A1),2,2,,,,,,,open,,
F5,'${tab}tabbed,1,1,,,,,,,open,,
F6,''=already,1,1,,,,,,,open,,
F7,'''x,1,1,,,,,,,open,,
F8,'plain,1,1,,,,,,,open,,
F9,Care home places,1,1,,'-Bob,,,,,open,,
EOF
"$assure" --db "$work/formula.db" export risks >"$work/export1.csv"
cmp -s "$work/export.want" "$work/export1.csv" && pass "export marks text a spreadsheet would run, and only that" ||
    fail "export marks text a spreadsheet would run, and only that" "$(diff "$work/export.want" "$work/export1.csv")"
"$assure" --db "$work/formula2.db" init "$work/formula2.db" >/dev/null
run "$assure" --db "$work/formula2.db" import risks "$work/export1.csv" --replace
expect "export's file imports into a fresh database" 0
q "$work/formula2.db" "SELECT ref, title, owner FROM risk ORDER BY ref" >"$work/titles2.got"
cmp -s "$work/titles.want" "$work/titles2.got" && pass "export then import gives back every hostile title exactly" ||
    fail "export then import gives back every hostile title exactly" "$(diff "$work/titles.want" "$work/titles2.got")"
"$assure" --db "$work/formula2.db" export risks >"$work/export2.csv"
cmp -s "$work/export1.csv" "$work/export2.csv" && pass "export, import, export: the same bytes" ||
    fail "export, import, export: the same bytes" "$(diff "$work/export1.csv" "$work/export2.csv")"
# report --format csv: text marked, numbers (score 9, likelihood 3) as they are.
run "$assure" --db "$work/formula.db" report risks --format csv
grep -qxF "F1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'=cmd|' /C calc'!A0,,3,3,9,medium,,,,false,open" \
    "$work/stdout" && grep -qxF "F3,'-2,,,2,2,4,low,,,,false,open" "$work/stdout" &&
    pass "report --format csv marks text cells, not numbers" ||
    fail "report --format csv marks text cells, not numbers" "$(head -5 "$work/stdout")"
# Money stays a number: a savings line with a target of -1234 and a name "-2".
printf 'ref,name,fy,target\n-S1,-2,2024/25,-1234\n' >"$work/negative.csv"
run "$assure" --db "$work/formula.db" import savings "$work/negative.csv"
expect "import reads a negative target" 0
run "$assure" --db "$work/formula.db" export savings
grep -qxF "'-S1,'-2,,,existing,,,planned,incremental,2024/25,-1234,,," "$work/stdout" &&
    pass "export leaves money -1234 as a number and marks the text -2" ||
    fail "export leaves money -1234 as a number and marks the text -2" "$(cat "$work/stdout")"
run "$assure" --db "$work/formula.db" report savings --format csv
grep -q "^'-S1,,,'-2,planned,-1234,,,,-1234," "$work/stdout" &&
    pass "report --format csv leaves money -1234 as a number" ||
    fail "report --format csv leaves money -1234 as a number" "$(cat "$work/stdout")"
# Markdown is for committee papers, not spreadsheets: text as written.
run "$assure" --db "$work/formula.db" report risks --format md
grep -qF '| F3 | -2 |' "$work/stdout" && pass "report --format md leaves text unmarked" ||
    fail "report --format md leaves text unmarked" "$(head -5 "$work/stdout")"

# The dashboard's x export writes the rows as shown: the same rule, by cell
# (money, shown there as -£1k, is a number and not marked).
# xdash NAME DIR DB [SHELL...]: a dashboard at 132x43 in DIR on DB, after the
# shell commands given (a limit, another user); xwait NAME TEXT: until it shows.
xdash() {
    name=$1 dir=$2 db=$3
    shift 3
    tmux_ new-session -d -s "$name" -x 132 -y 43 -c "$dir" \
        "$* env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 NO_COLOR=1 ASSURE_TODAY=$ASSURE_TODAY $assure --db $db; sleep 30"
}
xwait() {
    i=0
    while [ $i -lt 150 ]; do
        tmux_ capture-pane -p -t "$1" >"$work/screen" 2>/dev/null
        grep -qF -- "$2" "$work/screen" && return 0
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}
mkdir "$work/sheets"
xdash formula-x "$work/sheets" "$work/formula.db"
xwait formula-x "EXCEPTIONS" >/dev/null
tmux_ send-keys -t formula-x 5 x c
xwait formula-x "Exported" && tmux_ send-keys -t formula-x 2 x c && sleep 0.5 && xwait formula-x "Exported 2 rows" &&
    pass "x exports the Risks and Savings panels" || fail "x exports the Risks and Savings panels" "$(tail -2 "$work/screen")"
tmux_ kill-session -t formula-x
risks_csv="$work/sheets/assure-risks-2026-11-23.csv"
savings_csv="$work/sheets/assure-savings-2026-11-23.csv"
# The Risks panel's columns (screens/risks.ini) that are not blank on every
# row: ref, title, owner, likelihood, impact, score, rating.
grep -qxF "F1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'=cmd|' /C calc'!A0,3,3,9,MEDIUM" "$risks_csv" &&
    grep -qxF "F5,'${tab}tabbed,,1,1,1,LOW" "$risks_csv" && grep -qxF "F6,''=already,,1,1,1,LOW" "$risks_csv" &&
    grep -qxF "F8,'plain,,1,1,1,LOW" "$risks_csv" && grep -qxF "F9,Care home places,'-Bob,1,1,1,LOW" "$risks_csv" &&
    pass "x marks text cells a spreadsheet would run, and leaves numbers" ||
    fail "x marks text cells a spreadsheet would run, and leaves numbers" "$(cat "$risks_csv")"
grep -q "^'-S1,'-2,planned,incremental,-1234," "$savings_csv" &&
    pass "x marks the text -2 and leaves money -£1,234 unmarked, in whole pounds" ||
    fail "x marks the text -2 and leaves money -£1,234 unmarked, in whole pounds" "$(cat "$savings_csv")"

# ---- configuration and start-up ----

# A shared configuration's relative [database] path is the configuration
# file's neighbour, not whatever file of that name is in the user's current
# directory (/etc/assure/assure.ini saying "path = programme.db", run from /tmp).
mkdir -p "$work/etc/data" "$work/elsewhere" "$work/xdg/assure"
cp "$top/sample.db" "$work/etc/programme.db"
"$assure" init "$work/elsewhere/programme.db" >/dev/null # a decoy here, empty
printf '[database]\npath = programme.db\n' >"$work/etc/assure.ini"
cd "$work/elsewhere" || exit 1
run "$assure" --config "$work/etc/assure.ini" --print-config
expect "a relative [database] path is the configuration file's directory's, as --print-config shows" 0 \
    "path = $work/etc/programme.db  ; from $work/etc/assure.ini:2"
run "$assure" --config "$work/etc/assure.ini" report savings --format csv
# ASC-16 is the sample's last savings line; the decoy here has none
expect "and that database is the one opened, not the decoy in the current directory" 0 "ASC-16,Short Term Services"
run env ASSURE_CONFIG=../etc/assure.ini "$assure" --print-config
expect "a configuration named relatively: its directory, as seen from here" 0 \
    "path = ../etc/programme.db  ; from ../etc/assure.ini:2"
printf '[database]\npath = data/programme.db\n' >"$work/xdg/assure/assure.ini"
run env XDG_CONFIG_HOME="$work/xdg" "$assure" --print-config
expect "the user's own assure.ini: beside it too" 0 "path = $work/xdg/assure/data/programme.db  ; from $work/xdg/assure/assure.ini:2"
rm "$work/xdg/assure/assure.ini"
printf '[database]\npath = %s/etc/programme.db\n' "$work" >"$work/etc/absolute.ini"
run "$assure" --config "$work/etc/absolute.ini" --print-config
expect "an absolute path stays as it is" 0 "path = $work/etc/programme.db  ; from $work/etc/absolute.ini:2"
# --db and $ASSURE_DB are typed here, so they mean here.
run "$assure" --config "$work/etc/assure.ini" --db programme.db --print-config
expect "--db stays relative to the current directory" 0 "path = programme.db  ; from --db"
run env ASSURE_DB=programme.db "$assure" --config "$work/etc/assure.ini" --print-config
expect "\$ASSURE_DB stays relative to the current directory" 0 "path = programme.db  ; from \$ASSURE_DB"
run "$assure" --config "$work/etc/assure.ini" --db programme.db report savings --format csv
grep -q "ASC-16" "$work/stdout" && fail "--db programme.db opens the one here (the empty decoy)" ||
    pass "--db programme.db opens the one here (the empty decoy)"
cd "$top" || exit 1

# A schema version no assure writes (someone ran PRAGMA user_version) is
# refused with a message naming the file, and the file is left as it was.
for version in -5 -1 2147483647 1001; do
    cp "$top/sample.db" "$work/version.db"
    q "$work/version.db" "PRAGMA user_version = $version"
    cp "$work/version.db" "$work/version-before.db"
    run "$assure" --db "$work/version.db" report
    expect "user_version $version: exit 3, naming the file" 3 "$work/version.db: schema version $version is not one any assure writes"
    run "$assure" --db "$work/version.db" snapshot --label "PAM"
    expect "user_version $version: refused for writing too" 3 "$work/version.db: schema version $version is not one any assure writes"
    cmp -s "$work/version.db" "$work/version-before.db" && pass "user_version $version: the file is as it was" ||
        fail "user_version $version: the file is as it was"
done

# LINES and COLUMNS override the terminal's own size, and ncurses believes
# anything: 99999999 made it refuse the terminal ("terminal type 'xterm-256color'
# is not known here") or, under AddressSanitizer, abort allocating the screen.
# One that is not a whole number from 1 to 1000 is ignored, and the status line
# says so; the dashboard opens at the terminal's real size (80x24 here).
cp "$top/sample.db" "$work/screen.db"
size=0
for setting in LINES=99999999 COLUMNS=99999999 COLUMNS=-3 LINES=abc "LINES=0 COLUMNS=1001"; do
    size=$((size + 1))
    tmux_ new-session -d -s "size$size" -x 80 -y 24 \
        "env TERM=xterm-256color LANG=C.UTF-8 $setting ASSURE_TODAY=$ASSURE_TODAY $assure --db $work/screen.db; echo EXIT=\$?; sleep 30"
    first=${setting%% *}
    i=0
    while [ $i -lt 100 ]; do
        tmux_ capture-pane -p -t "size$size" >"$work/screen" 2>/dev/null
        grep -qF "$first ignored" "$work/screen" && break
        sleep 0.1
        i=$((i + 1))
    done
    if ! grep -qF "$first ignored" "$work/screen"; then
        fail "$setting: ignored, and said in the status line" "$(head -5 "$work/screen")"
    elif ! head -1 "$work/screen" | grep -qF "Adult Social Care Transformation"; then
        fail "$setting: the dashboard opens" "$(head -3 "$work/screen")"
    elif [ "$(wc -l <"$work/screen")" -ne 24 ] || [ -n "$(wider_than 80 "$work/screen")" ] ||
        ! sed -n '23,24p' "$work/screen" | tr '\n' ' ' | grep -qF "$first ignored"; then
        fail "$setting: the dashboard fills the real 80x24 terminal" "$(cat "$work/screen")"
    else
        pass "$setting: ignored, said in the status line, the dashboard at the real 80x24"
    fi
    tmux_ send-keys -t "size$size" q
done
grep -qF "LINES=0 ignored, COLUMNS=1001 ignored" "$work/screen" && pass "both named when both are absurd" ||
    fail "both named when both are absurd" "$(tail -1 "$work/screen")"

# ---- one rule for each parser ----

# Every figure takes at most one sign (+ or -), or brackets for negative,
# never both; whole numbers, FTE and decimals as money does.
"$assure" --db "$work/parse.db" init "$work/parse.db" >/dev/null
for cell in '++5' '+-5' '-+5' '--5' '(-5)' '(+5)' '-(5)' '-£-5'; do
    printf 'fy,section,name,amount\n2024/25,budget,Base,%s\n' "$cell" >"$work/cell.csv"
    run "$assure" --db "$work/parse.db" import bridge "$work/cell.csv" --dry-run
    expect "money $cell is refused, saying why" 3 "sign"
done
printf 'fy,section,name,amount\n2024/25,budget,a,+5\n2024/25,budget,b,-5\n2024/25,budget,c,(5)\n2024/25,budget,d,£-5\n2024/25,budget,e,- £ 5\n' \
    >"$work/signs.csv"
run "$assure" --db "$work/parse.db" import bridge "$work/signs.csv"
expect "money +5, -5, (5), £-5 and - £ 5 are read" 0
# the amounts as written: +5 is 5, the other four -5
[ "$(q "$work/parse.db" "SELECT group_concat(name || '=' || amount, ' ') FROM (SELECT * FROM bridge ORDER BY name)")" = \
    "a=5 b=-5 c=-5 d=-5 e=-5" ] && pass "one sign or brackets: +5 is 5, -5 (5) £-5 and - £ 5 are -5" ||
    fail "one sign or brackets: +5 is 5, -5 (5) £-5 and - £ 5 are -5" "$(q "$work/parse.db" "SELECT name, amount FROM bridge")"
for cell in '--3' '+-3' '(-3)'; do
    printf 'period_start,team,fte,completed\n2026-11-02,North,4,%s\n' "$cell" >"$work/cell.csv"
    run "$assure" --db "$work/parse.db" import reviews "$work/cell.csv" --dry-run
    expect "a count $cell is refused, saying why" 3 "sign"
done
printf 'as_at,area,role,establishment_fte,vacancy_fte\n2026-11-01,North,SW,10,(1.5)\n2026-11-01,North,OT,10,--1\n' \
    >"$work/cell.csv"
run "$assure" --db "$work/parse.db" import staffing "$work/cell.csv" --dry-run
expect "FTE --1 is refused as money --1 is" 3 'vacancy_fte "--1": more than one sign'
grep -q 'vacancy_fte "(1.5)"' "$work/stderr" && fail "FTE (1.5) is read as -1.50, as money (5) is -5" "$(cat "$work/stderr")" ||
    pass "FTE (1.5) is read as -1.50, as money (5) is -5"

# Two-digit financial years follow POSIX's window (69-99 are 19xx, 00-68 are
# 20xx): 89/90 is 1989/90, refused as 1989/90 is (the range is 1990/91 to
# 2099/00), with advice to write the year in full.
for cell in '89/90' 'FY89/90' '89-90' '1989/90'; do
    printf 'fy,section,name,amount\n%s,budget,Base,100\n' "$cell" >"$work/fy.csv"
    run "$assure" --db "$work/parse.db" import bridge "$work/fy.csv" --dry-run
    expect "financial year $cell is refused" 3 "financial year out of range (1990/91 to 2099/00)"
done
printf 'fy,section,name,amount\n89/90,budget,Base,100\n' >"$work/fy.csv"
run "$assure" --db "$work/parse.db" import bridge "$work/fy.csv" --dry-run
expect "89/90 is refused with advice to write the year in full" 3 "write a later year in full (2089/90)"
printf 'fy,section,name,amount\n2024/25,budget,a,1\nFY24/25,budget,b,1\n2024-25,budget,c,1\n24/25,budget,d,1\n24-25,budget,e,1\n95/96,budget,f,1\n2089/90,budget,g,1\n' \
    >"$work/fy.csv"
run "$assure" --db "$work/parse.db" import bridge "$work/fy.csv" --replace
expect "financial years in every spelling are read" 0
# a to e are 2024/25 however written; 95/96 is 1995/96; 2089/90 in full
[ "$(q "$work/parse.db" "SELECT group_concat(name || '=' || fy, ' ') FROM (SELECT * FROM bridge ORDER BY name)")" = \
    "a=2024 b=2024 c=2024 d=2024 e=2024 f=1995 g=2089" ] &&
    pass "2024/25, FY24/25, 2024-25, 24/25, 24-25 are one year; 95/96 is 1995/96" ||
    fail "2024/25, FY24/25, 2024-25, 24/25, 24-25 are one year; 95/96 is 1995/96" \
        "$(q "$work/parse.db" "SELECT name, fy FROM bridge")"
printf 'period_start,team,fte,completed\n02/11/26,North,4,3\n' >"$work/date.csv"
run "$assure" --db "$work/parse.db" import reviews "$work/date.csv" --dry-run
expect "a date's year is written in full" 3 "give the year in four digits"

# --map: one heading mapped to two columns is a usage error naming both; the
# same mapping twice is harmless.
printf 'Code,Title,likelihood,impact\nR1,Falls,2,3\n' >"$work/map.csv"
run "$assure" --db "$work/parse.db" import risks "$work/map.csv" --map 'Code=ref' --map 'Code=title'
expect "--map of one heading to two columns is a usage error" 2 "--map 'Code=ref' and --map 'Code=title'"
run "$assure" --db "$work/parse.db" import risks "$work/map.csv" --map 'Code=ref' --map 'code=title'
expect "--map of one heading (in any case) to two columns is a usage error" 2 "--map 'Code=ref' and --map 'code=title'"
run "$assure" --db "$work/parse.db" import risks "$work/map.csv" --map 'Code=ref' --map 'Code=ref'
expect "the same --map twice is harmless" 0 "risks: 1 rows added"
grep -q "no heading" "$work/stderr" && fail "the same --map twice warns of nothing" "$(cat "$work/stderr")" ||
    pass "the same --map twice warns of nothing"
# --unit likewise: two different units is a usage error, the same one twice harmless.
printf 'fy,section,name,amount\n2024/25,budget,Base,1.5\n' >"$work/unit.csv"
run "$assure" --db "$work/parse.db" import bridge "$work/unit.csv" --unit thousands --unit millions --dry-run
expect "--unit given as two units is a usage error" 2 "--unit thousands and --unit millions"
run "$assure" --db "$work/parse.db" import bridge "$work/unit.csv" --unit thousands --unit thousands --dry-run
expect "the same --unit twice is harmless" 0 "bridge: 1 rows added"

# A failed init leaves nothing behind.  A file-size limit (dash's ulimit -f
# counts 512-byte blocks) stops it part-way, even for root: with 8 or 16
# blocks the database's first pages are written, then its write-ahead log
# fails.  SIGXFSZ is ignored so that the write fails rather than kills.
mkdir "$work/full"
for blocks in 1 8 16 64; do
    (trap '' XFSZ && ulimit -f $blocks && exec "$assure" init "$work/full/new.db") >"$work/stdout" 2>"$work/stderr"
    status=$?
    left=$(ls -A "$work/full")
    [ $status -eq 3 ] && [ -z "$left" ] && pass "init stopped by a $blocks-block file limit fails and leaves nothing" ||
        fail "init stopped by a $blocks-block file limit fails and leaves nothing" "exit $status, left: $left" \
            "$(cat "$work/stderr")"
done
(ulimit -f 1024 && exec "$assure" init "$work/full/new.db") >/dev/null 2>&1 && [ -f "$work/full/new.db" ] &&
    pass "init within a 1024-block limit makes the database" || fail "init within a 1024-block limit makes the database"
rm -f "$work/full/new.db"*
# Another user cannot write here (run as nobody: root may write anywhere).
chmod 711 "$work"
mkdir -m 755 "$work/locked"
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
    run setpriv --reuid=65534 --regid=65534 --clear-groups "$assure" init "$work/locked/new.db"
    expect "init where nobody may write fails" 3 "cannot create"
    [ -z "$(ls -A "$work/locked")" ] && pass "init where nobody may write leaves nothing" ||
        fail "init where nobody may write leaves nothing" "$(ls -A "$work/locked")"
else
    pass "init where nobody may write: skipped (needs root and setpriv)"
fi

# The dashboard's x export is written to a temporary file beside it and
# given its name only when whole: a full disk leaves no part of a file.  600
# risks with 200-character titles make a CSV over 120 KB; the limit of 128
# blocks (64 KB) lets the dashboard open the database, not write the export.
"$assure" --db "$work/big.db" init "$work/big.db" >/dev/null
long=$(printf '%0200d' 0 | tr 0 t)
awk -v long="$long" 'BEGIN { print "ref,title,likelihood,impact"; for (i = 1; i <= 600; i++) printf "B%03d,%s,3,3\n", i, long }' \
    >"$work/big.csv"
"$assure" --db "$work/big.db" import risks "$work/big.csv" >/dev/null
mkdir "$work/exports"
xdash parse-full "$work/exports" "$work/big.db" "trap '' XFSZ; ulimit -f 128;"
xwait parse-full "EXCEPTIONS" >/dev/null
tmux_ send-keys -t parse-full 5 x c
xwait parse-full "Export failed" && pass "x under a full disk says the export failed" ||
    fail "x under a full disk says the export failed" "$(tail -2 "$work/screen")"
tmux_ kill-session -t parse-full
[ -z "$(ls -A "$work/exports")" ] && pass "x under a full disk leaves no partial file, nor a temporary one" ||
    fail "x under a full disk leaves no partial file, nor a temporary one" "$(ls -lA "$work/exports")"
# A directory it cannot write: nothing there, and it says so.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
    # the database nobody's own, in a folder of its own (SQLite writes beside it)
    mkdir "$work/nobodys"
    cp "$work/big.db" "$work/nobodys/big.db"
    chown -R 65534:65534 "$work/nobodys"
    xdash parse-nobody "$work/locked" "$work/nobodys/big.db" "setpriv --reuid=65534 --regid=65534 --clear-groups"
    xwait parse-nobody "EXCEPTIONS" >/dev/null
    tmux_ send-keys -t parse-nobody 5 x c
    xwait parse-nobody "Export failed" && pass "x where it may not write says the export failed" ||
        fail "x where it may not write says the export failed" "$(tail -2 "$work/screen")"
    tmux_ kill-session -t parse-nobody
    [ -z "$(ls -A "$work/locked")" ] && pass "x where it may not write leaves nothing" ||
        fail "x where it may not write leaves nothing" "$(ls -lA "$work/locked")"
else
    pass "x where it may not write: skipped (needs root and setpriv)"
fi
# The export is no more open than the database: a 0600 database gives a 0600
# file (the umask of these tests, 027, would allow 0640); a 0666 one, under a
# umask of 0, 0660 (never for every user).
chmod 600 "$work/formula.db"
mkdir "$work/private" "$work/groupwide"
xdash parse-0600 "$work/private" "$work/formula.db"
xwait parse-0600 "EXCEPTIONS" >/dev/null
tmux_ send-keys -t parse-0600 5 x c
xwait parse-0600 "Exported" >/dev/null
tmux_ kill-session -t parse-0600
mode=$(stat -c %a "$work/private/assure-risks-2026-11-23.csv" 2>/dev/null)
[ "$mode" = 600 ] && pass "x from a 0600 database writes a 0600 file" ||
    fail "x from a 0600 database writes a 0600 file" "mode ${mode:-none}"
chmod 666 "$work/formula.db"
xdash parse-0660 "$work/groupwide" "$work/formula.db" "umask 0;"
xwait parse-0660 "EXCEPTIONS" >/dev/null
tmux_ send-keys -t parse-0660 5 x c
xwait parse-0660 "Exported" >/dev/null
tmux_ kill-session -t parse-0660
mode=$(stat -c %a "$work/groupwide/assure-risks-2026-11-23.csv" 2>/dev/null)
[ "$mode" = 660 ] && pass "x from a 0666 database under umask 0 writes a 0660 file" ||
    fail "x from a 0666 database under umask 0 writes a 0660 file" "mode ${mode:-none}"
chmod 640 "$work/formula.db"

# ---- the run rate ----
# The recurrent run rate is the counted lines' forecast (dropped and overlap
# lines left out, as totals leave overlap lines out) in the programme's final
# year: [programme] final_fy, by default the last year a counted line has a
# figure for.  By hand from sample/programme.sql: 2027/28 is the last such
# year, and its forecasts are ASC-01 2,400,000 + ASC-02 1,150,000 + ASC-03
# 620,000 + ASC-06 500,000 + ASC-07 250,000 + ASC-12 250,000 + ASC-13 700,000
# + ASC-14 50,000 + ASC-15 200,000 = £6,120,000.  The fee payable is
# min(fee, run rate / guarantee) (SPEC §4.5): INV-01's £5,000,000 fee against
# 6,120,000 / 1.3 = 4,707,692.3, so £4,707,692.
rate_json() { # DB [ASSURE-OPTIONS]: the run rate's year and pounds, and the fee payable on it
    db=$1
    shift
    "$assure" --db "$db" "$@" report overview --format json 2>"$work/rate_stderr" | tr ',' '\n' |
        sed -n 's/^ *"\(savings_run_rate_fy\|savings_run_rate_gbp\|fee_payable_forecast_gbp\)": //p' | tr -d '"' |
        paste -sd ' '
}
rate_is() { # NAME WANT GOT
    [ "$3" = "$2" ] && pass "$1" || fail "$1" "got: $3" "expected: $2"
}
rate_is "the sample: the 2027/28 run rate £6,120,000, £4,707,692 of the fee payable" \
    "2027/28 6120000 4707692" "$(rate_json "$top/sample.db")"

# An overlap line of £50,000 in 2028/29 (its savings counted in a partner's
# line) once made 2028/29 the final year, with nothing counted in it: run
# rate none, fee payable £0.  It is not counted, so nothing moves.
cp "$top/sample.db" "$work/rate_overlap.db"
printf 'ref,name,origin,fy,target,forecast\nRR-OVL,Later council plan,overlap,2028/29,50000,50000\n' \
    >"$work/rate_overlap.csv"
"$assure" --db "$work/rate_overlap.db" import savings "$work/rate_overlap.csv" >/dev/null 2>&1
rate_is "an overlap line of £50,000 in 2028/29 leaves the run rate at 2027/28's £6,120,000 and £4,707,692 payable" \
    "2027/28 6120000 4707692" "$(rate_json "$work/rate_overlap.db")"
run "$assure" --db "$work/rate_overlap.db" report overview
expect "report overview says so for people" 0 "Recurrent run rate (2027/28 forecast)          £6,120,000"
expect "and the fee payable on the forecast beside it" 0 "Fee payable on the forecast (of £5,000,000)    £4,707,692"

# A dropped line with £100 in 2029/30 once made the run rate £100.
cp "$top/sample.db" "$work/rate_dropped.db"
printf 'ref,name,status,fy,target,forecast\nRR-DRP,Dropped idea,dropped,2029/30,100,100\n' >"$work/rate_dropped.csv"
"$assure" --db "$work/rate_dropped.db" import savings "$work/rate_dropped.csv" >/dev/null 2>&1
rate_is "a dropped line with £100 in 2029/30 leaves the run rate at 2027/28's £6,120,000 and £4,707,692 payable" \
    "2027/28 6120000 4707692" "$(rate_json "$work/rate_dropped.db")"
run "$assure" --db "$work/rate_dropped.db" check --format csv
grep -q "RR-DRP" "$work/stdout" && fail "check says nothing of a dropped line's later years" "$(cat "$work/stdout")" ||
    pass "check says nothing of a dropped line's later years"

# [programme] final_fy from a file: 2026/27's counted forecasts are ASC-01
# 2,050,000 + ASC-02 700,000 + ASC-03 620,000 + ASC-04 650,000 + ASC-05
# 400,000 + ASC-06 720,000 + ASC-07 150,000 + ASC-12 260,000 + ASC-13 300,000
# + ASC-14 100,000 + ASC-15 80,000 + ASC-16 420,000 = £6,450,000 (ASC-11's
# £350,000 is an overlap); 6,450,000 / 1.3 = 4,961,538.5, so £4,961,538.
printf '[programme]\nfinal_fy = 2026/27\n' >"$work/rate_2026.ini"
rate_is "final_fy = 2026/27 in --config makes the run rate 2026/27's £6,450,000 and £4,961,538 payable" \
    "2026/27 6450000 4961538" "$(rate_json "$top/sample.db" --config "$work/rate_2026.ini")"
run "$assure" --db "$top/sample.db" --config "$work/rate_2026.ini" check --format csv
expect "check warns of a counted line whose profile runs past final_fy, naming it and the year" 0 \
    "warning,savings,ASC-01,profile runs past the programme's final year 2026/27 ([programme] final_fy): 2027/28 is left out of the run rate"
late=$(grep -c "past the programme's final year" "$work/stdout")
# ASC-01, 02, 03, 06, 07, 12, 13, 14 and 15 have 2027/28 figures; ASC-11 (overlap) and the rest end by 2026/27
rate_is "and of each of the nine such lines, once" 9 "$late"
run "$assure" --db "$top/sample.db" check --format csv
grep -q "final year" "$work/stdout" && fail "without final_fy, no line runs past the final year" "$(cat "$work/stdout")" ||
    pass "without final_fy, no line runs past the final year"
printf '[programme]\nfinal_fy = 2025/26\n' >"$work/rate_2025.ini"
run "$assure" --db "$top/sample.db" --config "$work/rate_2025.ini" check
expect "a line past it by two years has both named" 0 "2026/27, 2027/28 are left out of the run rate"

# A counted line with a target but no forecast in 2028/29: 2028/29 is the
# final year, and the line's blank forecast contributes nothing: £0, not
# none, and nothing payable.  final_fy = 2027/28 puts the run rate back, and
# check names the line.
cp "$top/sample.db" "$work/rate_target.db"
printf 'ref,name,fy,target\nRR-NEW,New line,2028/29,50000\n' >"$work/rate_target.csv"
"$assure" --db "$work/rate_target.db" import savings "$work/rate_target.csv" >/dev/null 2>&1
rate_is "a counted line with only a target in 2028/29: that year's run rate is £0, nothing payable" \
    "2028/29 0 0" "$(rate_json "$work/rate_target.db")"
printf '[programme]\nfinal_fy = 2027/28\n' >"$work/rate_2027.ini"
rate_is "final_fy = 2027/28 gives £6,120,000 and £4,707,692 again" \
    "2027/28 6120000 4707692" "$(rate_json "$work/rate_target.db" --config "$work/rate_2027.ini")"
run "$assure" --db "$work/rate_target.db" --config "$work/rate_2027.ini" check
expect "and check names the line past it" 0 "2028/29 is left out of the run rate"
expect "by its ref" 0 "RR-NEW"

# A final year no counted line has a figure for: the run rate is none.
printf '[programme]\nfinal_fy = 2030/31\n' >"$work/rate_2030.ini"
rate_is "final_fy = 2030/31, with no figures for it: run rate none (null), nothing payable" \
    "2030/31 null 0" "$(rate_json "$top/sample.db" --config "$work/rate_2030.ini")"
run "$assure" --db "$top/sample.db" --config "$work/rate_2030.ini" report overview
expect "shown as none" 0 "Recurrent run rate (2030/31 forecast)                none"

# The key: checked, named when wrong, printed with where it came from.
printf '[programme]\nname = Test\nfinal_fy = 2027\n' >"$work/rate_bad.ini"
run "$assure" --db "$top/sample.db" --config "$work/rate_bad.ini" report overview
expect "a final_fy that is not a financial year stops assure (exit 2)" 2 \
    "rate_bad.ini:3: [programme] final_fy = \"2027\" is not allowed: expected a financial year such as 2027/28"
run "$assure" --config "$work/rate_2026.ini" --print-config
expect "--print-config shows final_fy and the file it came from" 0 "final_fy = 2026/27  ; from $work/rate_2026.ini:2"
run "$assure" --print-config
expect "and, unset, that it is the default" 0 "final_fy =   ; from default"

# The dashboard shows the same figure: the fee in the costs view and a KPI's
# line forecast (KPI-01 evidences ASC-01: £2,050,000 in 2026/27).
rate_wait() { # SESSION TEXT
    i=0
    while [ $i -lt 150 ]; do
        tmux_ capture-pane -p -t "$1" >"$work/screen" 2>/dev/null
        grep -qF -- "$2" "$work/screen" && return 0
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}
tmux_ new-session -d -s rate -x 132 -y 43 -c "$work" \
    "env TERM=xterm-256color LANG=C.UTF-8 NO_COLOR=1 ASSURE_TODAY=$ASSURE_TODAY $assure --db $work/rate_dropped.db --config $work/rate_2026.ini --read-only savings; sleep 60"
rate_wait rate "ASC-01" >/dev/null
tmux_ send-keys -t rate c
rate_wait rate "Fee payable on forecast £4.96m of £5.00m: the 2026/27 run rate £6.45m" &&
    pass "the costs view: the 2026/27 run rate £6.45m, £4.96m payable" || fail "the costs view" "$(cat "$work/screen")"
tmux_ send-keys -t rate Escape i
rate_wait rate "Reablement finishers a month" >/dev/null
grep "^KPI-01 " "$work/screen" | grep -q " ASC-01 *£2.05m" &&
    pass "the KPIs view: ASC-01's forecast for 2026/27, £2.05m" || fail "the KPIs view" "$(cat "$work/screen")"
tmux_ send-keys -t rate q

finish
