# Import is all or nothing: every bad cell reported with its place, the
# database unchanged; upsert, --replace, --dry-run and the audit trail.
. "$(dirname "$0")/lib.sh"
export ASSURE_DB="$work/programme.db"
cp "$top/sample.db" "$ASSURE_DB"
snapshot() { sqlite3 "$ASSURE_DB" .dump >"$work/before.sql"; }
unchanged() {
    sqlite3 "$ASSURE_DB" .dump >"$work/after.sql"
    cmp -s "$work/before.sql" "$work/after.sql" && pass "$1: the database is unchanged" ||
        fail "$1: the database is unchanged" "$(diff "$work/before.sql" "$work/after.sql" | head -5)"
}

# bad money, and more than one bad cell: all are reported, with line and column
cat >"$work/bad_money.csv" <<'CSV'
ref,name,fy,target,forecast
ASC-01,Reablement capacity and referrals,2024/25,£1.2.3m,200000
ASC-01,Reablement capacity and referrals,2025/26,1400000,12abc
NEW-1,A new line,2026/27,"1,5",
CSV
snapshot
run "$assure" import savings "$work/bad_money.csv"
expect "bad money is a data error" 3 "bad_money.csv:2:4: target \"£1.2.3m\": "
expect "a second bad cell is reported too" 3 "bad_money.csv:3:5: forecast \"12abc\": unexpected text after the figure"
expect "and a third: a decimal comma" 3 "bad_money.csv:4:4: target \"1,5\": commas must separate thousands"
expect "the summary says nothing was imported" 3 "3 errors; nothing was imported (the database is unchanged)"
unchanged "bad money"

# an impossible date
printf 'as_at,area,role,establishment_fte,vacancy_fte\n2026-11-20,Castlegate,Team Manager,4,1\n30/02/2026,Castlegate,Team Manager,4,1\n' >"$work/bad_date.csv"
snapshot
run "$assure" import staffing "$work/bad_date.csv"
expect "30 February is refused with its place" 3 "bad_date.csv:3:1: as_at \"30/02/2026\": no such day in that month"
unchanged "impossible date"

# likelihood 7
printf 'ref,title,likelihood,impact\nBCC-R01,Insufficient homecare capacity,7,4\n' >"$work/bad_risk.csv"
snapshot
run "$assure" import risks "$work/bad_risk.csv"
expect "likelihood 7 is refused" 3 "bad_risk.csv:2:3: likelihood \"7\": must be a whole number from 1 to 5"
unchanged "likelihood 7"

# an unterminated quote
printf 'ref,title,likelihood,impact\nR1,"never closed,3,3\nR2,fine,2,2\n' >"$work/bad_quote.csv"
snapshot
run "$assure" import risks "$work/bad_quote.csv"
expect "an unterminated quote is reported at the line it opens" 3 \
    "bad_quote.csv:2: a quoted field is never closed (its opening quote is on this line)"
unchanged "unterminated quote"

# a missing required column
printf 'period_start,team,completed\n2026-11-23,Coastal Locality,17\n' >"$work/no_fte.csv"
snapshot
run "$assure" import reviews "$work/no_fte.csv"
expect "a missing column is named with the expected ones" 3 \
    "no_fte.csv:1: missing column fte; reviews needs period_start, team, fte, completed"
unchanged "missing column"

# a duplicate key, the first occurrence named
printf 'period_start,team,fte,completed\n2026-11-23,Coastal Locality,4,17\n23/11/2026,Coastal Locality,4,16\n' >"$work/dup.csv"
snapshot
run "$assure" import reviews "$work/dup.csv"
expect "a duplicate key names its first line" 3 \
    "dup.csv:3: duplicate key (period_start + team) 2026-11-23 / Coastal Locality: first on line 2"
unchanged "duplicate key"

# savings: a line whose rows disagree on its name
printf 'ref,name,fy,target\nX-1,One name,2026/27,100\nX-1,Another name,2027/28,100\n' >"$work/two_names.csv"
snapshot
run "$assure" import savings "$work/two_names.csv"
expect "a line's rows that disagree are an error" 3 'two_names.csv:3:2: name of X-1 is "Another name" here but "One name" on line 2'
unchanged "disagreeing rows"

# a read-only database cannot be imported into
chmod a-w "$ASSURE_DB"
if [ "$(id -u)" -ne 0 ]; then
    run "$assure" import risks "$work/bad_risk.csv"
    expect "a read-only database file is a data error" 3
fi
chmod u+w "$ASSURE_DB"

# upsert: change one figure, add one row; the audit trail says who changed what
cat >"$work/update.csv" <<'CSV'
Period start,Team,FTE,Completed,Backlog
09/11/2026,Riverside Locality,5,14,108
23/11/2026,Riverside Locality,5,15,104
CSV
run env USER=alice SSH_CLIENT="192.0.2.7 51234 22" "$assure" import reviews "$work/update.csv"
expect "an import updates and adds by key" 0 "reviews: 1 rows added, 1 changed, 0 removed, 0 unchanged"
audit=$(sqlite3 "$ASSURE_DB" "SELECT who, client, key, field, old_value, new_value, source FROM audit WHERE field <> '' ORDER BY id")
echo "$audit" | grep -qxF "$(id -un)|192.0.2.7|2026-11-09 / Riverside Locality|completed|12|14|$work/update.csv" &&
    pass "the audit trail holds who, from where, and the old and new value" || fail "the audit trail holds who, from where, and the old and new value" "$audit"
echo "$audit" | grep -qxF "$(id -un)|192.0.2.7|2026-11-09 / Riverside Locality|backlog|110|108|$work/update.csv" &&
    pass "each changed field is its own audit row" || fail "each changed field is its own audit row" "$audit"
# The row added is audited with the import's one entry for what it added
# (update.csv adds one row: 23/11/2026 Riverside), not an entry of its own.
[ "$(sqlite3 "$ASSURE_DB" "SELECT count(*) FROM audit_trail WHERE key = '2026-11-23 / Riverside Locality' AND old_value IS NULL")" -eq 1 ] &&
    pass "an added row is audited" || fail "an added row is audited"
[ "$(sqlite3 "$ASSURE_DB" "SELECT count(*) FROM audit WHERE key = '2026-11-23 / Riverside Locality'")" -eq 0 ] &&
    [ "$(sqlite3 "$ASSURE_DB" "SELECT new_value FROM audit WHERE field = 'rows added' ORDER BY id DESC LIMIT 1" | cut -d, -f1)" = "1 rows added" ] &&
    pass "the rows added are one entry of the trail" ||
    fail "the rows added are one entry of the trail" "$(sqlite3 "$ASSURE_DB" "SELECT key, field, new_value FROM audit ORDER BY id DESC LIMIT 3")"
[ "$(sqlite3 "$ASSURE_DB" "SELECT new_value FROM audit WHERE key = '' ORDER BY id DESC LIMIT 1")" = "1 added, 1 changed, 0 removed, 0 unchanged" ] &&
    pass "the import as a whole is audited" || fail "the import as a whole is audited"
# An import of many rows: one entry for all it added, each row tied to it;
# log says for any of them who added it, when and from which file; and the
# trail's check finds a row of that record, or its tie, changed afterwards.
awk 'BEGIN { print "period_start,team,fte,completed"; for (i = 1; i <= 500; i++) printf "2026-11-23,Team %03d,4,%d\n", i, i % 20 }' >"$work/many.csv"
rm -f "$work/many.db"*
"$assure" init "$work/many.db" >/dev/null
run env USER=alice "$assure" --db "$work/many.db" import reviews "$work/many.csv"
expect "500 rows are imported" 0 "reviews: 500 rows added, 0 changed, 0 removed, 0 unchanged"
# the trail: the chain's start, the one entry for the 500 rows, the import's summary
[ "$(sqlite3 "$work/many.db" "SELECT group_concat(action || ':' || field, ' ') FROM audit")" = "chain: import:rows added import:" ] &&
    [ "$(sqlite3 "$work/many.db" "SELECT count(*) FROM audit_row")" -eq 500 ] &&
    pass "an import of 500 rows writes one audit entry for what it added" ||
    fail "an import of 500 rows writes one audit entry for what it added" "$(sqlite3 "$work/many.db" "SELECT action, field, new_value FROM audit")"
at=$(sqlite3 "$work/many.db" "SELECT at FROM audit WHERE field = 'rows added'")
run "$assure" --db "$work/many.db" log --table reviews --ref "2026-11-23 / Team 250"
expect "log for an added row says who added it" 0 "$at  $(id -un)"
expect "and from which file, with what it held" 0 "import  reviews  2026-11-23 / Team 250"
grep -q "completed=10;.*$work/many.csv" "$work/stdout" && pass "the row's entry names the file it came from" ||
    fail "the row's entry names the file it came from" "$(cat "$work/stdout")"
run "$assure" --db "$work/many.db" log --verify
expect "the trail with the rows added verifies" 0 "The audit trail is intact: 3 entries chained"
added_tamper() { # NAME SQL EXPECTED-IN-OUTPUT
    cp "$work/many.db" "$work/tampered.db"
    sqlite3 "$work/tampered.db" "$2"
    run "$assure" --db "$work/tampered.db" log --verify
    expect "log --verify: $1" 1 "$3"
}
added_tamper "an added row's record changed is found" \
    "UPDATE audit_row SET new_value = replace(new_value, 'completed=10', 'completed=11') WHERE key = '2026-11-23 / Team 250'" \
    "a row added by entry 2 ("
added_tamper "an added row's record removed is found" "DELETE FROM audit_row WHERE key = '2026-11-23 / Team 250'" \
    "of the 500 rows entry 2 ("
added_tamper "a row's tie moved to another import is found" "UPDATE audit_row SET batch = batch + 1 WHERE key = '2026-11-23 / Team 250'" \
    "of the 500 rows entry 2 ("
added_tamper "the import's tie to its rows changed is found" "UPDATE import_batch SET entry = 3" \
    "the rows added by entry 2 ("
added_tamper "the entry's own count changed is found" "UPDATE audit SET new_value = replace(new_value, '500 rows', '499 rows') WHERE id = 2" \
    "entry 2 ("

# blank optional cells take their defaults: period_days 14, and no clients
[ "$(sqlite3 "$ASSURE_DB" "SELECT period_days || '|' || ifnull(clients, 'null') FROM reviews WHERE period_start = '2026-11-23'")" = "14|null" ] &&
    pass "blank optional cells take their defaults" || fail "blank optional cells take their defaults"

# --dry-run: says what would change, changes nothing
printf 'ref,title,likelihood,impact\nBCC-R01,Insufficient homecare capacity,5,4\nBCC-R99,A new risk,1,1\n' >"$work/risks.csv"
snapshot
run "$assure" import risks "$work/risks.csv" --dry-run
expect "--dry-run says what would change" 0 "dry run, nothing written: risks: 1 rows added, 1 changed"
unchanged "--dry-run"

# --replace: rows the file lacks are removed, and audited
run "$assure" import risks "$work/risks.csv" --replace
expect "--replace removes what the file lacks" 0 "risks: 1 rows added, 1 changed, 11 removed, 0 unchanged"
[ "$(sqlite3 "$ASSURE_DB" "SELECT count(*) FROM risk")" -eq 2 ] && pass "two risks remain" || fail "two risks remain"
[ "$(sqlite3 "$ASSURE_DB" "SELECT count(*) FROM risk_history")" -eq 2 ] &&
    pass "the removed risks' history went with them; the rest stays" || fail "the removed risks' history went with them"
[ "$(sqlite3 "$ASSURE_DB" "SELECT count(*) FROM audit WHERE table_name = 'risks' AND new_value IS NULL AND old_value LIKE 'title=%'")" -eq 11 ] &&
    pass "each removed risk is audited with what it held" || fail "each removed risk is audited with what it held"

# Excel's own output: Windows-1252 £, CRLF, a heading with a line break
printf 'Ref,Name,FY,"Target\r\n(\243)",Status\r\nW-1,Caf\351 day service,2026/27,"\2431,234",On Track\r\n' >"$work/excel.csv"
run "$assure" import savings "$work/excel.csv" --map 'Target (£)=target'
expect "a Windows-1252 file with CRLF imports" 0 "savings: 1 lines added"
[ "$(sqlite3 "$ASSURE_DB" "SELECT name || '|' || status || '|' || target FROM savings_line JOIN savings_profile USING (ref) WHERE ref = 'W-1'")" = "Café day service|on_track|1234" ] &&
    pass "its £, accents and status spelling are read" || fail "its £, accents and status spelling are read"

# SQL in data is only data
printf "ref,title,likelihood,impact\n\"X'); DROP TABLE risk; --\",\"100%% ; DELETE FROM audit\",2,2\n" >"$work/sql.csv"
run "$assure" import risks "$work/sql.csv"
expect "quotes, %% and ; in values are just text" 0 "risks: 1 rows added"
[ "$(sqlite3 "$ASSURE_DB" "SELECT title FROM risk WHERE ref LIKE 'X''%'")" = "100% ; DELETE FROM audit" ] &&
    pass "the value is stored as written" || fail "the value is stored as written"

# a savings line with a blank name: refused with its place, nothing written
printf 'ref,name,fy,target\nZ-1,,2026/27,100\n' >"$work/blank_name.csv"
snapshot
run "$assure" import savings "$work/blank_name.csv"
expect "a blank name is refused with its place" 3 'blank_name.csv:2:2: name "": required, but blank'
unchanged "blank name"

# a file with fewer columns changes only the columns it has: BCC-R01's owner
# (sample data: Head of Commissioning) survived the four-column --replace above
[ "$(sqlite3 "$ASSURE_DB" "SELECT owner FROM risk WHERE ref = 'BCC-R01'")" = "Head of Commissioning" ] &&
    pass "columns a file lacks keep their stored values" || fail "columns a file lacks keep their stored values"
# and for savings: a target-only file keeps ASC-01's 2025/26 forecast (sample: 1380000)
printf 'ref,name,fy,target\nASC-01,Reablement capacity and referrals,2025/26,1390000\n' >"$work/target_only.csv"
run "$assure" import savings "$work/target_only.csv"
expect "a target-only savings file imports" 0 "1 changed"
[ "$(sqlite3 "$ASSURE_DB" "SELECT target || '|' || forecast FROM savings_profile WHERE ref = 'ASC-01' AND fy = 2025")" = "1390000|1380000" ] &&
    pass "a profile's measures the file lacks are kept" ||
    fail "a profile's measures the file lacks are kept" "$(sqlite3 "$ASSURE_DB" "SELECT * FROM savings_profile WHERE ref = 'ASC-01'")"
[ "$(sqlite3 "$ASSURE_DB" "SELECT count(*) FROM savings_profile WHERE ref = 'ASC-01'")" -eq 4 ] &&
    pass "and the years it lacks stay (sample: four years)" || fail "and the years it lacks stay (sample: four years)"

# long text: a change 590 characters in is a change; 9,000 characters with
# commas and quotes go out through export and report and back unchanged
head600=$(printf 'a%.0s' $(seq 589))
printf 'ref,title,likelihood,impact,description\nL-1,Long,2,2,%sX\n' "$head600" >"$work/long1.csv"
printf 'ref,title,likelihood,impact,description\nL-1,Long,2,2,%sY\n' "$head600" >"$work/long2.csv"
run "$assure" import risks "$work/long1.csv"
expect "a 590-character description imports" 0 "1 rows added"
run "$assure" import risks "$work/long2.csv"
expect "a change at its last character is seen" 0 "0 rows added, 1 changed"
long=$(printf 'time; cost, "care" and X%.0s' $(seq 375)) # 24 characters x 375 = 9,000
printf 'ref,title,likelihood,impact\nL-2,"%s",3,3\n' "$(printf '%s' "$long" | sed 's/"/""/g')" >"$work/long3.csv"
run "$assure" import risks "$work/long3.csv"
expect "a 9,000-character title imports" 0 "1 rows added"
[ "$(sqlite3 "$ASSURE_DB" "SELECT length(title) FROM risk WHERE ref = 'L-2'")" = 9000 ] &&
    pass "all 9,000 characters are stored" || fail "all 9,000 characters are stored"
"$assure" export risks >"$work/risks_export.csv"
run "$assure" import risks "$work/risks_export.csv"
expect "the export imports back with nothing changed" 0 "0 rows added, 0 changed, 0 removed"
"$assure" report risks --format csv >"$work/risks_report.csv"
grep -qF "L-2,\"$(printf '%s' "$long" | sed 's/"/""/g')\"," "$work/risks_report.csv" &&
    pass "the report's csv holds the whole title, quoted" || fail "the report's csv holds the whole title, quoted"

# usage errors
run "$assure" import widgets "$work/risks.csv"
expect "an unknown table is a usage error" 2 "unknown table 'widgets'"
run "$assure" import risks "$work/risks.csv" --unit furlongs
expect "an unknown unit is a usage error" 2 "--unit furlongs: expected pounds, thousands or millions"
run "$assure" import risks "$work/risks.csv" --map 'Score=points'
expect "--map to an unknown column lists the columns" 2 "risks has no column 'points'; its columns: ref, title"
run "$assure" import risks "$work/absent.csv"
expect "a file that cannot be read is a data error" 3 "absent.csv: cannot read"

finish
