# Limits: a 10 MB line, 10,000 columns, a record over 16 MB, more than 16,384
# columns and a table of more than 2,000,000 rows each either work within
# bounded memory or stop with a clear message naming where.  (`make limits`
# goes further: a 1 GiB CSV and a database of 10 million rows.)
. "$(dirname "$0")/lib.sh"
export ASSURE_TODAY=2026-11-23
db="$work/programme.db"
cp "$top/sample.db" "$db"
q() { sqlite3 "$db" "$1"; }
# peak KB: the most memory the last measured command held, in KB (GNU time's %M).
# AddressSanitizer's shadow and quarantine make memory figures meaningless: a
# sanitized build (make check SANITIZE=1) is held to no bound.
measured() { /usr/bin/time -f %M -o "$work/peak" "$@" >"$work/stdout" 2>"$work/stderr"; status=$?; peak=$(tail -1 "$work/peak"); }
bound=1
grep -q __asan_init "$top/assure" && bound=0
under() { [ $bound -eq 0 ] || [ "$peak" -lt "$1" ]; }

# ---- a line of 10 MB ----
awk 'BEGIN { printf "ref,title,likelihood,impact\nL-1,"; for (i = 0; i < 10 * 1024; i++) printf "%1024s", "t"; print ",3,4" }' >"$work/line.csv"
measured "$assure" --db "$db" import risks "$work/line.csv"
expect "a title of 10 MB is refused, naming its line and column" 3 "line.csv:2:2: title"
under 65536 && pass "reading a 10 MB line holds under 64 MB ($peak KB)" || fail "reading a 10 MB line holds under 64 MB" "$peak KB"

# ---- 10,000 columns ----
awk 'BEGIN { printf "ref,title,likelihood,impact"; for (i = 0; i < 9996; i++) printf ",extra%d", i
    printf "\nC-1,Wide file,2,2"; for (i = 0; i < 9996; i++) printf ",x"; print "" }' >"$work/wide.csv"
measured "$assure" --db "$db" import risks "$work/wide.csv"
expect "a file of 10,000 columns imports the ones it knows" 0 "1 rows added"
[ "$(grep -c "unknown column '" "$work/stderr")" -eq 10 ] && grep -q "and 9986 more unknown columns ignored" "$work/stderr" &&
    pass "naming ten unknown columns and counting the other 9,986" ||
    fail "naming ten unknown columns and counting the rest" "$(tail -2 "$work/stderr")"

# ---- past the reader's limits ----
awk 'BEGIN { printf "ref,title,likelihood,impact\nL-2,"; for (i = 0; i < 17 * 1024; i++) printf "%1024s", "t"; print ",3,4" }' >"$work/huge.csv"
measured "$assure" --db "$db" import risks "$work/huge.csv"
expect "a record over 16 MB stops with a message naming its line" 3 "huge.csv:2: record too long (over 16 MB)"
under 65536 && pass "and holds under 64 MB ($peak KB)" || fail "and holds under 64 MB" "$peak KB"
awk 'BEGIN { for (i = 0; i < 17000; i++) printf "%sc%d", i ? "," : "", i; print "" }' >"$work/columns.csv"
run "$assure" --db "$db" import risks "$work/columns.csv"
expect "more than 16,384 columns stops with a message" 3 "columns.csv:1: more than 16384 columns"
[ "$(q "SELECT count(*) FROM risk")" -eq 13 ] && pass "none of it changed the database (12 risks and C-1)" ||
    fail "none of it changed the database"

# ---- a table of more than 2,000,000 rows ----
q "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000)
   INSERT INTO reviews (period_start, team, period_days, fte, completed, backlog)
   SELECT printf('%04d-%02d-01', 2030 + i / 120000, (i / 10000) % 12 + 1), 'Team ' || (i % 10000), 14, 400, i % 20, i % 50 FROM n"
rows=$(q "SELECT count(*) FROM reviews")
for command in "report reviews" "check"; do
    measured "$assure" --db "$db" $command
    expect "$command on $rows reviews stops with a message saying what to do" 3 \
        "the reviews table has more than 2000000 rows, more than assure reads at once; 'assure export reviews' writes it out"
done
# The overview needs the latest period only, and reads no other.  By hand: the
# last row (i = 2,000,000) starts 2030 + 2000000 / 120000 = 2046, month
# (2000000 / 10000) % 12 + 1 = 9, alone in its period, backlog 2000000 % 50 = 0.
measured "$assure" --db "$db" report overview --format json
expect "report overview on $rows reviews answers from the latest period" 0 '"reviews_period_start": "2046-09-01"'
grep -q '"reviews_backlog": 0,' "$work/stdout" && under 32768 &&
    pass "with that period's backlog, in under 32 MB ($peak KB)" || fail "with that period's backlog, in under 32 MB" "$peak KB: $(cat "$work/stdout")"
measured "$assure" --db "$db" export reviews
[ "$status" -eq 0 ] && [ "$(wc -l <"$work/stdout")" -eq $((rows + 1)) ] &&
    pass "export writes all $rows rows" || fail "export writes all $rows rows" "status $status, $(wc -l <"$work/stdout") lines"
under 32768 && pass "one at a time, in under 32 MB ($peak KB)" || fail "one at a time, in under 32 MB" "$peak KB"

finish
