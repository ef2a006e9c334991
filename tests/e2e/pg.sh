# The PostgreSQL store, end to end, on a real server (tests/pg/server run
# starts one, as make check does): every command as on SQLite, several
# programmes in one database, the grants README gives, two editors and a
# read-only screen at once, an import killed part-way, and a dashboard that
# loses its connection, and then its server, under it.
. "$(dirname "$0")/lib.sh"
export ASSURE_TODAY=2026-11-23
sample="$top/sample.db"
if [ -z "${ASSURE_TEST_PG_URL:-}" ] || ! command -v psql >/dev/null 2>&1; then
    pass "PostgreSQL # SKIP skipped: no server (run under tests/pg/server run) or no psql"
    finish
    exit
fi
# A database of this run's own on the server, dropped at the end.
own=assure_pg_$$
psql -X -q -c "CREATE DATABASE $own" >/dev/null || { fail "a database for the suite can be made"; finish; exit; }
trap 'tmux_ kill-server 2>/dev/null; leftovers; psql -X -q -c "DROP DATABASE IF EXISTS $own WITH (FORCE)" >/dev/null 2>&1; rm -rf "$work"' EXIT
pg=$(printf '%s' "$ASSURE_TEST_PG_URL" | sed "s#///postgres?#///$own?#")
as_user() { printf '%s' "$pg" | sed "s#user=[^&]*#user=$1#"; }
q() { psql -X -qAt -d "$own" -c "SET search_path TO ${2:-main}; $1"; }
tables="savings staffing reviews risks bridge kpis kpi_values investment actions issues decisions milestones highlights workstreams signoffs"

# ---- a programme made with init and filled by import, as on SQLite ----
run "$assure" init "$pg"
expect "init makes a programme in a PostgreSQL database" 0 "created programme main in"
expect "and says which schema version" 0 "empty (schema version 12)"
run "$assure" init "$pg"
expect "init again is refused: the programme exists" 2 "programme main already exists"
"$assure" init "$work/lite.db" >/dev/null
for table in $tables; do
    "$assure" --db "$sample" export "$table" >"$work/$table.csv"
    "$assure" --db "$work/lite.db" import "$table" "$work/$table.csv" >"$work/lite.out" 2>&1
    run "$assure" --db "$pg" import "$table" "$work/$table.csv"
    [ "$status" -eq 0 ] && cmp -s "$work/stdout" "$work/lite.out" && pass "import $table says what SQLite says" ||
        fail "import $table says what SQLite says" "status $status" "$(diff "$work/lite.out" "$work/stdout" | head -5)"
    "$assure" --db "$pg" export "$table" >"$work/$table.again.csv"
    cmp -s "$work/$table.csv" "$work/$table.again.csv" && pass "export $table gives back the same bytes" ||
        fail "export $table gives back the same bytes" "$(diff "$work/$table.csv" "$work/$table.again.csv" | head -5)"
done
# same NAME ARGS...: the command on PostgreSQL writes what it writes on SQLite
same() {
    same_name=$1
    shift
    "$assure" --db "$work/lite.db" "$@" >"$work/lite.out" 2>&1
    same_lite=$?
    run "$assure" --db "$pg" "$@"
    cat "$work/stderr" >>"$work/stdout"
    [ "$status" -eq "$same_lite" ] && cmp -s "$work/stdout" "$work/lite.out" && pass "$same_name" ||
        fail "$same_name" "status $status, SQLite's $same_lite" "$(diff "$work/lite.out" "$work/stdout" | head -6)"
}
for panel in overview savings staffing reviews risks bridge kpis kpi_values costs exceptions actions issues \
    decisions milestones highlights pack workstreams signoffs; do
    for format in text csv md json; do
        same "report $panel --format $format as on SQLite" report "$panel" --format "$format" --width 100
    done
done
same "report savings --group workstream as on SQLite" report savings --group workstream
same "check as on SQLite" check
same "check --full as on SQLite" check --full
run "$assure" --db "$pg" log --verify
expect "the audit trail's hash chain is whole on PostgreSQL" 0 "The audit trail is intact"
[ "$(q "SELECT count(*) FROM savings_line")" = 16 ] && pass "the sample's 16 savings lines are in the programme's schema" ||
    fail "the sample's 16 savings lines are in the programme's schema" "$(q "SELECT count(*) FROM savings_line")"

# ---- snapshots ----
run "$assure" --db "$pg" snapshot --label "PAM 23 Nov 2026"
expect "a snapshot is taken" 0 'snapshot "PAM 23 Nov 2026" taken'
# ASC-02's 2027/28 forecast falls from £1,150,000 to £1,000,000 (as in editing.sh).
printf 'ref,name,fy,target,stretch,forecast,actual\nASC-02,Reablement effectiveness,2027/28,1200000,1400000,1000000,\n' >"$work/cut.csv"
run "$assure" --db "$pg" import savings "$work/cut.csv"
expect "an import after it" 0 "1 changed"
run "$assure" --db "$pg" report overview --format csv
# by hand: forecast 20,728,000 - 150,000 = 20,578,000, a change of -150,000 since the snapshot
header=$(head -1 "$work/stdout" | tr ',' '\n')
field() { sed -n 2p "$work/stdout" | cut -d, -f"$(printf '%s\n' "$header" | grep -nx "$1" | cut -d: -f1)"; }
[ "$(field savings_forecast_gbp)|$(field savings_forecast_gbp_change)" = "20578000|-150000" ] &&
    pass "the overview counts the change since it: forecast £20,578,000, -£150,000" ||
    fail "the overview counts the change since it" "$(cat "$work/stdout")"
run "$assure" --db "$pg" log --table savings --ref ASC-02 --format csv
expect "log says who changed the forecast" 0 "$(id -un),,import,savings,ASC-02 / 2027/28,forecast,1150000,1000000"

# ---- several programmes in one database ----
run "$assure" copy --from "$sample" --to "$pg" --to-programme kent
expect "copy puts the sample in a second programme" 0 "copied 380 rows in 26 tables; every row checked"
run "$assure" --db "$pg" programmes
[ "$status" -eq 0 ] && [ "$(cat "$work/stdout")" = "kent
main" ] && pass "assure programmes lists both, by name" || fail "assure programmes lists both, by name" "$(cat "$work/stdout")"
run "$assure" --db "$pg" --programme kent report overview --since "PAM 9 Nov 2026"
"$assure" --db "$sample" report overview --since "PAM 9 Nov 2026" >"$work/sample.out"
cmp -s "$work/stdout" "$work/sample.out" && pass "--programme kent reports the copy as the sample reports itself" ||
    fail "--programme kent reports the copy as the sample reports itself" "$(diff "$work/sample.out" "$work/stdout" | head)"
ASSURE_PROGRAMME=kent run "$assure" --db "$pg" report savings --format csv
"$assure" --db "$sample" report savings --format csv >"$work/sample.out"
cmp -s "$work/stdout" "$work/sample.out" && pass "so does \$ASSURE_PROGRAMME" || fail "so does \$ASSURE_PROGRAMME"
printf '[database]\npath = %s\nprogramme = kent\n' "$pg" >"$work/kent.ini"
run "$assure" --config "$work/kent.ini" report savings --format csv
cmp -s "$work/stdout" "$work/sample.out" && pass "and [database] path and programme in the configuration" ||
    fail "and [database] path and programme in the configuration" "$(head -3 "$work/stderr")"
run "$assure" --db "$pg" report overview --all-programmes --format csv
# by hand: kent is the sample (target 22,714,000, forecast 20,728,000); main is
# the sample after the cut above (forecast 20,578,000)
[ "$(cut -d, -f1,3,5 "$work/stdout" | sed 1d | tr '\n' ' ')" = "kent,22714000,20728000 main,22714000,20578000 " ] &&
    pass "report overview --all-programmes: a record a programme, its own figures" ||
    fail "report overview --all-programmes: a record a programme" "$(cat "$work/stdout")"
run "$assure" --db "$pg" report overview --all-programmes --width 100
expect "in text, a row a programme and what adds up across them" 0 "All 2      £45,428,000  £41,306,000"
run "$assure" --db "$pg" --programme nosuch report savings
expect "a programme that is not there is named, with how to make one" 3 "no programme nosuch in this database"
run "$assure" --db "$pg" --programme "Kent-CC" report savings
expect "a programme name that is not a plain lower-case name is refused" 2 "Kent-CC"
run "$assure" --db "$sample" --programme kent report savings
expect "a SQLite file holds one programme" 2 "a SQLite file holds one programme, main"
secret=$(printf '%s' "$pg" | sed 's#?#?password=hunter2\&#')
run "$assure" --db "$secret" report savings
expect "a password in the location is refused, pointing to ~/.pgpass" 2 ".pgpass"
grep -q hunter2 "$work/stdout" "$work/stderr" && fail "and the password is not repeated" || pass "and the password is not repeated"
q "UPDATE assure_meta SET version = 99" kent
run "$assure" --db "$pg" --programme kent report savings
expect "a programme from a newer assure is refused" 3 "made by a newer assure (schema version 99"
q "UPDATE assure_meta SET version = 12" kent
run "$assure" --db "$pg" --programme kent log --verify
expect "the copy's audit trail is whole" 0 "The audit trail is intact"
q "UPDATE audit SET new_value = '1' WHERE id = (SELECT min(id) FROM audit WHERE action = 'import')" kent
run "$assure" --db "$pg" --programme kent log --verify
[ "$status" -eq 1 ] && pass "an audit entry changed behind assure's back is found (exit 1)" ||
    fail "an audit entry changed behind assure's back is found" "status $status" "$(cat "$work/stdout")"

# ---- the grants README gives: an editor and a reader ----
psql -X -q -d "$own" >/dev/null <<'EOF'
CREATE ROLE assure_editor LOGIN;
GRANT USAGE ON SCHEMA main TO assure_editor;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA main TO assure_editor;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA main TO assure_editor;
CREATE ROLE assure_reader LOGIN;
GRANT USAGE ON SCHEMA main TO assure_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA main TO assure_reader;
EOF
run "$assure" --db "$(as_user assure_reader)" --read-only report savings --format csv
"$assure" --db "$pg" report savings --format csv >"$work/owner.out"
[ "$status" -eq 0 ] && cmp -s "$work/stdout" "$work/owner.out" && pass "a reader with SELECT alone reads, --read-only" ||
    fail "a reader with SELECT alone reads, --read-only" "$(head -3 "$work/stderr")"
before=$(q "SELECT count(*) FROM audit")
printf 'ref,title,likelihood,impact\nBCC-R99,Raised by a reader,2,2\n' >"$work/risk.csv"
run "$assure" --db "$(as_user assure_reader)" import risks "$work/risk.csv"
[ "$status" -ne 0 ] && grep -q "permission denied" "$work/stderr" &&
    pass "the reader's import is refused by the server (exit $status), saying why" ||
    fail "the reader's import is refused by the server" "status $status" "$(cat "$work/stderr")"
[ "$(q "SELECT count(*) FROM audit")" = "$before" ] && [ "$(q "SELECT count(*) FROM risk WHERE ref = 'BCC-R99'")" = 0 ] &&
    pass "and nothing of it is written" || fail "and nothing of it is written"
run "$assure" --db "$pg" --read-only import risks "$work/risk.csv"
expect "--read-only refuses a write before the server is asked" 2 "--read-only was given"
run "$assure" --db "$(as_user assure_editor)" import risks "$work/risk.csv"
expect "an editor with the grants README gives imports" 0 "1 rows added"
run "$assure" --db "$(as_user assure_editor)" log --table risks --ref BCC-R99 --format csv
expect "and the audit trail has it" 0 "BCC-R99"
run "$assure" --db "$pg" log --verify
expect "the chain stays whole across users" 0 "The audit trail is intact"

# ---- two imports at once: the second waits for the first, and both land ----
printf 'ref,title,likelihood,impact\nBCC-R98,First of two at once,3,3\n' >"$work/one.csv"
printf 'ref,title,likelihood,impact\nBCC-R97,Second of two at once,4,4\n' >"$work/two.csv"
"$assure" --db "$pg" import risks "$work/one.csv" >"$work/one.out" 2>&1 &
first=$!
"$assure" --db "$(as_user assure_editor)" import risks "$work/two.csv" >"$work/two.out" 2>&1
second=$?
wait $first
[ $? -eq 0 ] && [ $second -eq 0 ] && [ "$(q "SELECT count(*) FROM risk WHERE ref IN ('BCC-R97', 'BCC-R98')")" = 2 ] &&
    pass "two imports on two connections at once both land" ||
    fail "two imports on two connections at once both land" "$(cat "$work/one.out" "$work/two.out")"
run "$assure" --db "$pg" log --verify
expect "and the chain is whole after them" 0 "The audit trail is intact"

# ---- an import killed part-way: its transaction is rolled back ----
awk 'BEGIN { print "ref,name,fy,target"; for (i = 1; i <= 200000; i++) printf "BIG-%06d,Line %d,2025/26,%d\n", i, i, i }' \
    >"$work/big.csv"
lines=$(q "SELECT count(*) FROM savings_line")
audits=$(q "SELECT count(*) FROM audit")
"$assure" --db "$pg" import savings "$work/big.csv" >"$work/big.out" 2>&1 &
killed=$!
i=0 # until it holds the write lock and is writing
while [ $i -lt 300 ] && [ "$(psql -X -qAt -d "$own" -c "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")" = 0 ]; do
    sleep 0.05
    i=$((i + 1))
done
sleep 0.3
kill -9 $killed 2>/dev/null && pass "an import of 200,000 lines is killed while it writes" ||
    fail "an import of 200,000 lines is killed while it writes" "it ended first: $(cat "$work/big.out")"
wait $killed 2>/dev/null
i=0 # the server sees the client gone and rolls back
while [ $i -lt 100 ] && [ "$(psql -X -qAt -d "$own" -c "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")" != 0 ]; do
    sleep 0.1
    i=$((i + 1))
done
[ "$(q "SELECT count(*) FROM savings_line")" = "$lines" ] && [ "$(q "SELECT count(*) FROM audit")" = "$audits" ] &&
    pass "none of its lines, nor of its audit, is in the database" ||
    fail "none of its lines, nor of its audit, is in the database" "$(q "SELECT count(*) FROM savings_line")"
run "$assure" --db "$pg" import risks "$work/one.csv"
expect "and the next write does not wait on it" 0 "1 unchanged"
run "$assure" --db "$pg" log --verify
expect "the chain is whole after the kill" 0 "The audit trail is intact"

# ---- the dashboard: two editors and a read-only screen ----
mkdir -p "$work/xdg/assure"
printf '[display]\nrefresh = 1\n' >"$work/xdg/assure/assure.ini"
db=$pg
dash alice 100 30 USER=alice -- risks
dash bob 100 30 USER=bob -- risks
dash chair 100 30 -- risks --read-only
for s in alice bob chair; do shows $s "BCC-R01" || fail "the dashboard $s opens on PostgreSQL" "$(cat "$work/$s.screen")"; done
pass "three dashboards open on one PostgreSQL programme"
dash kent 100 30 -- --programme kent
shows kent "Adult Social Care Transformation [kent]" && pass "a dashboard on another programme names it in its header" ||
    fail "a dashboard on another programme names it in its header" "$(cat "$work/kent.screen")"
press kent q
# The server's notice of a commit wakes a dashboard at once, however long
# its refresh: 30 s here, and the change is shown within 3.
printf '[display]\nrefresh = 30\n' >"$work/slow.ini"
dash watch 100 30 -- --programme kent --config "$work/slow.ini" risks
shows watch "BCC-R01" >/dev/null
printf 'ref,title,likelihood,impact\nBCC-R01,Told by the server at once,4,4\n' >"$work/told.csv"
"$assure" --db "$pg" --programme kent import risks "$work/told.csv" >/dev/null
shows watch "Told by the serv" 30 && pass "a commit is shown at once, not at the next refresh (30 s)" ||
    fail "a commit is shown at once, not at the next refresh" "$(cat "$work/watch.screen")"
press watch q
exited kent && [ "$(cat "$work/kent.status")" = 0 ] && pass "and ends with status 0" || fail "and ends with status 0"
grep -q "\[main\]" "$work/alice.screen" && fail "the programme main is not named" || pass "the programme main is not named"
press alice / R 0 1 Enter e
shows alice "Edit risk BCC-R01" && pass "e opens a form for the selected risk" || fail "e opens a form" "$(cat "$work/alice.screen")"
press bob / R 0 1 Enter e
shows bob "Edit risk BCC-R01" >/dev/null
press bob C-u
tmux_ send-keys -t bob -l "Homecare capacity short (Bob)"
press bob Enter NPage NPage Enter
press bob y
shows bob "Saved" && pass "Bob's edit is saved" || fail "Bob's edit is saved" "$(cat "$work/bob.screen")"
[ "$(q "SELECT title FROM risk WHERE ref = 'BCC-R01'")" = "Homecare capacity short (Bob)" ] &&
    pass "and is in the database" || fail "and is in the database"
shows chair "Homecare capacity sho" && pass "the read-only screen shows it, told by the server (LISTEN/NOTIFY)" ||
    fail "the read-only screen shows it" "$(cat "$work/chair.screen")"
owner=$(q "SELECT owner FROM risk WHERE ref = 'BCC-R01'")
press alice Down Down Down Down C-u
tmux_ send-keys -t alice -l "Head of Commissioning (Alice)"
press alice NPage NPage Enter y
shows alice "Someone else saved this row after you opened the form" &&
    pass "Alice's save, on the row as it was, sees Bob's and says so" ||
    fail "Alice's save sees Bob's and says so" "$(cat "$work/alice.screen")"
[ "$(q "SELECT title || '|' || owner FROM risk WHERE ref = 'BCC-R01'")" = "Homecare capacity short (Bob)|$owner" ] &&
    pass "no update is lost: Bob's title stands, nothing overwritten" || fail "no update is lost"
press alice t
press alice Down Down Down Down C-u
tmux_ send-keys -t alice -l "Head of Commissioning (Alice)"
press alice NPage NPage Enter y
shows alice "Saved" && pass "then Alice's change saves on top of Bob's" || fail "then Alice's change saves" "$(cat "$work/alice.screen")"
[ "$(q "SELECT title || '|' || owner FROM risk WHERE ref = 'BCC-R01'")" = "Homecare capacity short (Bob)|Head of Commissioning (Alice)" ] &&
    pass "both changes are kept" || fail "both changes are kept"
press chair e
screen chair >/dev/null
grep -q "Edit risk" "$work/chair.screen" && fail "e opens no form on the read-only screen" ||
    pass "e opens no form on the read-only screen"
grep -q " e Edit" "$work/chair.screen" && fail "the read-only key bar hides the editing keys" ||
    pass "the read-only key bar hides the editing keys"

# ---- a dropped connection: the dashboard says so, connects again, keeps the edit ----
terminate() {
    psql -X -qAt -d "$own" -c "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '$own' AND pid <> pg_backend_pid()" >/dev/null
}
press bob Escape / R 0 2 Enter e
shows bob "Edit risk BCC-R02" || fail "Bob opens BCC-R02" "$(cat "$work/bob.screen")"
press bob C-u
tmux_ send-keys -t bob -l "Typed before the drop"
terminate
shows chair "Connected to the database server again" 60 &&
    pass "a screen whose connection was dropped says it connected again" ||
    fail "a screen whose connection was dropped connects again" "$(cat "$work/chair.screen")"
press bob Enter NPage NPage Enter y
shows bob "Saved" && pass "a save after the connection was dropped goes through" ||
    fail "a save after the connection was dropped" "$(cat "$work/bob.screen")"
[ "$(q "SELECT title FROM risk WHERE ref = 'BCC-R02'")" = "Typed before the drop" ] &&
    pass "the edit typed before the drop is in the database" || fail "the typed edit is in the database"
shows chair "Typed before the dr" 40 && pass "and shows what was saved meanwhile" || fail "and shows what was saved meanwhile" "$(cat "$work/chair.screen")"

# ---- the server restarted under open dashboards ----
press bob / R 0 3 Enter e
shows bob "Edit risk BCC-R03" || fail "Bob opens BCC-R03" "$(cat "$work/bob.screen")"
press bob C-u
tmux_ send-keys -t bob -l "Typed while the server was down"
sh "$top/tests/pg/server" halt "$PGHOST" && pass "the server stops under the dashboards" || fail "the server stops"
shows chair "Database server connection lost" 60 && pass "the watching screen says the connection is lost" ||
    fail "the watching screen says the connection is lost" "$(cat "$work/chair.screen")"
grep -q "Typed before the dr" "$work/chair.screen" && pass "and still shows the data as it was" || fail "and still shows the data as it was"
press bob Enter NPage NPage Enter y
shows bob "Not saved" && pass "a save while the server is down is not saved, and says so" ||
    fail "a save while the server is down says so" "$(cat "$work/bob.screen")"
grep -q "Typed while the server was down" "$work/bob.screen" && pass "the edit stays in the form" ||
    fail "the edit stays in the form" "$(cat "$work/bob.screen")"
sh "$top/tests/pg/server" resume "$PGHOST" && pass "the server starts again" || fail "the server starts again"
shows chair "Connected to the database server again" 80 && pass "the watching screen connects again by itself" ||
    fail "the watching screen connects again by itself" "$(cat "$work/chair.screen")"
press bob NPage NPage Enter y
shows bob "Saved" && pass "Save again, and the edit typed while the server was down is saved" ||
    fail "Save again after the restart" "$(cat "$work/bob.screen")"
[ "$(q "SELECT title FROM risk WHERE ref = 'BCC-R03'")" = "Typed while the server was down" ] &&
    pass "and is in the database" || fail "and is in the database (after the restart)"
run "$assure" --db "$pg" log --verify
expect "the audit trail is whole after it all" 0 "The audit trail is intact"
for s in alice bob chair; do press $s Escape q; done
for s in alice bob chair; do exited $s && [ "$(cat "$work/$s.status")" = 0 ] || fail "dashboard $s ends with status 0"; done
pass "the dashboards end cleanly"
finish
