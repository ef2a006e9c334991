# assure copy: the sample copied whole into a new database, each table's rows
# as sqlite3 counts them in sample.db, and every report, the trail and its
# chain the same from the copy as from the source; a target that exists is
# refused and left as it was; a source that is not there makes nothing.  With
# a PostgreSQL server (ASSURE_TEST_PG, from tests/pg/server run), the sample
# goes to it and back.
. "$(dirname "$0")/lib.sh"
export ASSURE_TODAY=2026-11-29
sample="$top/sample.db"
copy="$work/copy.db"

# same NAME ARGS...: assure ARGS on the sample and on the copy say the same,
# byte for byte, with the same exit status.
same() {
    name=$1
    db=$2
    shift 2
    "$assure" --db "$sample" "$@" >"$work/source.out" 2>&1
    source_status=$?
    "$assure" --db "$db" "$@" >"$work/copy.out" 2>&1
    copy_status=$?
    if [ "$source_status" -ne "$copy_status" ]; then
        fail "$name" "exit status $copy_status from the copy, $source_status from the source"
    elif ! cmp -s "$work/source.out" "$work/copy.out"; then
        fail "$name" "$(diff "$work/source.out" "$work/copy.out" | head -n 10)"
    elif [ ! -s "$work/source.out" ]; then
        fail "$name" "nothing was said"
    else
        pass "$name"
    fi
}

# ---- the sample into a new file ----
run "$assure" copy --from "$sample" --to "$copy"
expect "the sample is copied into a new file" 0 "every row checked"
# The rows of each table, by `sqlite3 sample.db 'SELECT count(*) FROM TABLE'`
# (the sqlite3 tool, not assure): 380 in all over the schema's 26 tables.
for expected in "savings_line  16 rows" "savings_profile  44 rows" "staffing  72 rows" "reviews  48 rows" \
    "risk  12 rows" "risk_history  21 rows" "snapshot  2 rows" "snapshot_value  28 rows" \
    "snapshot_item  31 rows" "bridge  14 rows" "kpi  3 rows" "kpi_value  16 rows" "investment  6 rows" \
    "investment_year  0 rows" "declared_total  0 rows" "action  10 rows" "issue  3 rows" "decision  5 rows" \
    "milestone  12 rows" "highlight  12 rows" "workstream  9 rows" "signoff  8 rows" "audit  7 rows" \
    "audit_head  1 rows" "import_batch  0 rows" "audit_row  0 rows"; do
    grep -qx -- "$expected" "$work/stdout" && pass "copied: $expected" || fail "copied: $expected" "$(cat "$work/stdout")"
done
expect "the whole: 380 rows in 26 tables" 0 "copied 380 rows in 26 tables; every row checked"
[ "$(wc -l <"$work/stdout")" -eq 27 ] && pass "one line a table, and the whole" || fail "one line a table, and the whole"
[ -z "$(cat "$work/stderr")" ] && pass "nothing on stderr" || fail "nothing on stderr" "$(cat "$work/stderr")"

same "report savings: the same from the copy" "$copy" report savings
same "report risks: the same" "$copy" report risks
same "report actions: the same" "$copy" report actions
same "report milestones: the same" "$copy" report milestones
same "report overview (snapshots compared): the same" "$copy" report overview
same "the audit trail: the same" "$copy" log
same "its hash chain walks the same, the sealed entries with it" "$copy" log --verify
"$assure" --db "$copy" log --verify >"$work/stdout" 2>&1 && pass "log --verify: the copy's chain is intact" ||
    fail "log --verify: the copy's chain is intact" "$(cat "$work/stdout")"
same "check finds the same in the copy" "$copy" check
"$assure" --db "$copy" check >/dev/null 2>&1 && pass "check passes on the copy" || fail "check passes on the copy"
# Every row, whatever the order SQLite keeps them in on disk.
sqlite3 "$sample" .dump | sort >"$work/source.sql"
sqlite3 "$copy" .dump | sort >"$work/copy.sql"
cmp -s "$work/source.sql" "$work/copy.sql" && pass "sqlite3's dump of the copy is the sample's, row for row" ||
    fail "sqlite3's dump of the copy is the sample's, row for row" "$(diff "$work/source.sql" "$work/copy.sql" | head)"
[ "$(sqlite3 "$copy" 'PRAGMA user_version')" = "$(sqlite3 "$sample" 'PRAGMA user_version')" ] &&
    pass "the copy is at the sample's schema version" || fail "the copy is at the sample's schema version"
mode=$(stat -c %a "$copy")
[ "$mode" = 640 ] || [ "$mode" = 660 ] && pass "the copy is its owner's and group's only ($mode)" ||
    fail "the copy is its owner's and group's only" "mode $mode"

# ---- a copy of the copy: the same again ----
run "$assure" copy --from "$copy" --to "$work/again.db"
expect "the copy copies" 0 "copied 380 rows in 26 tables; every row checked"
same "report savings from a copy of the copy" "$work/again.db" report savings

# ---- refused ----
before=$(sha256sum "$copy")
run "$assure" copy --from "$sample" --to "$copy"
expect "a target that exists is refused" 2 "already exists; assure copy makes only new databases"
[ "$(sha256sum "$copy")" = "$before" ] && pass "and is left as it was" || fail "and is left as it was"
run "$assure" copy --from "$work/nowhere.db" --to "$work/new.db"
[ "$status" -ne 0 ] && pass "a source that is not there fails (exit $status)" ||
    fail "a source that is not there fails" "exit status 0"
expect "naming it" "$status" "nowhere.db: no database here"
[ ! -e "$work/new.db" ] && pass "and no target is made" || fail "and no target is made"
printf 'not a database at all\n' >"$work/text.db"
run "$assure" copy --from "$work/text.db" --to "$work/new.db"
expect "a source that is not an assure database fails" 3 "not an assure database"
[ ! -e "$work/new.db" ] && pass "and no target is made" || fail "and no target is made"
run "$assure" copy --from "$sample"
expect "--to is needed" 2 "usage: assure copy --from DB --to DB"
run "$assure" copy --to "$work/new.db"
expect "--from is needed" 2 "usage: assure copy --from DB --to DB"
run "$assure" copy --from "$sample" --to "$work/new.db" --fast
expect "an unknown option is refused" 2 "copy: unknown argument --fast"
run "$assure" copy --from "$sample" --to "$work/new.db" --read-only
expect "--read-only: copy makes a database, so refused" 2 "--read-only was given"
[ ! -e "$work/new.db" ] && pass "none of these made a target" || fail "none of these made a target"
# A row the schema refuses (written behind assure's back with its checks off):
# the copy stops at it, and the file it made is taken away.
cp "$sample" "$work/bad.db"
sqlite3 "$work/bad.db" "PRAGMA ignore_check_constraints = 1; UPDATE risk SET likelihood = 9 WHERE ref = (SELECT min(ref) FROM risk)"
run "$assure" copy --from "$work/bad.db" --to "$work/new.db"
expect "a row the schema refuses stops the copy, naming the table" 3 "cannot copy a row of risk"
expect "and says the new file went" 3 "(the new file was removed)"
[ ! -e "$work/new.db" ] && [ ! -e "$work/new.db-wal" ] && pass "nothing half-made is left" ||
    fail "nothing half-made is left" "$(ls "$work")"
# A target in a directory that cannot be made: nothing left behind.
run "$assure" copy --from "$sample" --to "$work/no/such/dir/new.db"
[ "$status" -ne 0 ] && pass "a target that cannot be made fails (exit $status)" || fail "a target that cannot be made fails"

# ---- sqlite -> PostgreSQL -> sqlite ----
if [ -n "${ASSURE_TEST_PG:-}" ] && [ -n "${ASSURE_TEST_PG_URL:-}" ]; then
    pg=$ASSURE_TEST_PG_URL
    # A database of this run's own, where psql can make one: the suite can
    # run again on the same server, and beside others.
    own=assure_copy_$$
    if command -v psql >/dev/null 2>&1 && psql -X -q -c "CREATE DATABASE $own" >/dev/null 2>&1; then
        pg=$(printf '%s' "$pg" | sed "s#///postgres?#///$own?#")
        trap 'psql -X -q -c "DROP DATABASE IF EXISTS $own" >/dev/null 2>&1; psql -X -q -c "DROP DATABASE IF EXISTS ${own}_icu" >/dev/null 2>&1; tmux_ kill-server 2>/dev/null; leftovers; rm -rf "$work"' EXIT
    fi
    run "$assure" copy --from "$sample" --to "$pg"
    expect "the sample into PostgreSQL" 0 "copied 380 rows in 26 tables; every row checked"
    expect "its savings lines, as sqlite3 counts them" 0 "savings_line  16 rows"
    same "report savings from PostgreSQL" "$pg" report savings
    same "report risks from PostgreSQL" "$pg" report risks
    same "report actions from PostgreSQL" "$pg" report actions
    same "report milestones from PostgreSQL" "$pg" report milestones
    same "the audit trail from PostgreSQL" "$pg" log
    same "its chain walks the same on PostgreSQL" "$pg" log --verify
    same "check on PostgreSQL" "$pg" check
    run "$assure" copy --from "$sample" --to "$pg"
    [ "$status" -ne 0 ] && pass "a PostgreSQL target that holds a programme is refused (exit $status)" ||
        fail "a PostgreSQL target that holds a programme is refused"
    same "and is left as it was" "$pg" report savings
    run "$assure" copy --from "$pg" --to "$work/back.db"
    expect "and back into a new file" 0 "copied 380 rows in 26 tables; every row checked"
    sqlite3 "$work/back.db" .dump | sort >"$work/back.sql"
    cmp -s "$work/source.sql" "$work/back.sql" && pass "back from PostgreSQL, sqlite3's dump is the sample's" ||
        fail "back from PostgreSQL, sqlite3's dump is the sample's" "$(diff "$work/source.sql" "$work/back.sql" | head)"
    same "report savings after the round trip" "$work/back.db" report savings
    same "log --verify after the round trip" "$work/back.db" log --verify
    # An edit after the copy numbers its audit entry after the copied ones.
    printf 'ref,name,fy,target\nASC-99,Copied then added,2025/26,1000\n' >"$work/add.csv"
    run "$assure" --db "$pg" import savings "$work/add.csv"
    expect "an import into the copy on PostgreSQL" 0 "savings: 1 lines added"
    run "$assure" --db "$pg" log --verify
    expect "numbers its entry after the copied ones: the chain stays whole" 0 "The audit trail is intact"
    # A server whose text order is not bytes' (ICU's English puts a-c ab b B;
    # bytes B a-c ab b): the copy reads keys byte by byte on both stores, so
    # its check still holds with keys that the two orders part.
    cp "$sample" "$work/mixed.db"
    sqlite3 "$work/mixed.db" "INSERT INTO savings_line (ref, name) VALUES ('b', 'b'), ('B', 'B'), ('a-c', 'a-c'), ('ab', 'ab')"
    if command -v psql >/dev/null 2>&1 &&
        psql -X -q -c "CREATE DATABASE ${own}_icu TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en' LOCALE 'C.UTF-8'" \
            >/dev/null 2>&1; then
        run "$assure" copy --from "$work/mixed.db" --to "$(printf '%s' "$ASSURE_TEST_PG_URL" | sed "s#///postgres?#///${own}_icu?#")"
        expect "into a database ordered by ICU's English: 380 rows and 4 lines more, checked" 0 \
            "copied 384 rows in 26 tables; every row checked"
    else
        pass "a database ordered by ICU # SKIP skipped: psql or ICU not here"
    fi
else
    pass "sqlite to PostgreSQL and back # SKIP skipped: no PostgreSQL server (run under tests/pg/server run)"
fi

finish
