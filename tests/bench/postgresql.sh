# postgresql.sh - sourced by tests/bench/run: the PostgreSQL store's rows
# beside SQLite's, on a server the bench starts for itself (tests/pg/server,
# a Unix socket, fsync off as on any scratch server) and stops at the end:
#
#   postgresql  each stress CSV imported into a new programme, against the
#               fair floor on PostgreSQL: psql's \copy of the same file into
#               assure's own keyed tables (made by `assure init`), in one
#               transaction; the stress database copied in (`assure copy`,
#               every row checked); then each report and the dashboard on it,
#               beside the same on the SQLite file;
#   concurrent  on each store, the county programme open in 20 dashboards
#               replaying keys while 2 writers import one risk each, over
#               and over: the readers' key latency at the 99th percentile,
#               and each writer's writes refused (exit status not 0) and lost
#               (saved, but not what the database holds at the end, or
#               missing from its audit trail).

# pg_start: the server, once; sets pg (the bench database's location) and
# pg_db (its name for psql).
pg_start() {
    [ -n "${pg:-}" ] && return 0
    pg_env=$(sh "$top/tests/pg/server" start) || return 1
    eval "$pg_env"
    pg_dir=$PGHOST
    pg_db=assure_bench
    psql -X -q -c "CREATE DATABASE $pg_db" >/dev/null || return 1
    pg=$(printf '%s' "$ASSURE_TEST_PG_URL" | sed "s#///postgres?#///$pg_db?#")
}
pg_stop() { [ -n "${pg_dir:-}" ] && sh "$top/tests/pg/server" stop "$pg_dir" >/dev/null 2>&1; }
pg_sql() { PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 -d "$pg_db" "$@" >/dev/null; }

# pg_fair_floor TABLE FILE: the psql script that copies FILE into assure's
# own table(s) for TABLE in the programme "fair", in one transaction: \copy
# into a temporary table of text, then INSERT ... SELECT turns each column
# into what the table stores, as the SQLite fair floor does.
pg_fair_floor() {
    columns=$(head -1 "$2" | tr -d '\r' | sed 's/,/ text, /g; s/$/ text/')
    printf 'SET search_path TO fair;\nBEGIN;\nCREATE TEMP TABLE csv (%s);\n' "$columns"
    printf "\\\\copy csv FROM '%s' WITH (FORMAT csv, HEADER true)\n" "$2"
    case $1 in
    reviews) cat <<'SQL' ;;
INSERT INTO reviews (period_start, team, period_days, fte, completed, target_per_fte_week, backlog, clients,
    reviewed_12m)
SELECT period_start, team, period_days::bigint, round(fte::numeric * 100)::bigint, completed::bigint,
    round(NULLIF(target_per_fte_week, '')::numeric * 100)::bigint, NULLIF(backlog, '')::bigint,
    NULLIF(clients, '')::bigint, NULLIF(reviewed_12m, '')::bigint FROM csv;
SQL
    staffing) cat <<'SQL' ;;
INSERT INTO staffing (as_at, area, role, establishment_fte, vacancy_fte, agency_fte)
SELECT as_at, area, role, round(establishment_fte::numeric * 100)::bigint, round(vacancy_fte::numeric * 100)::bigint,
    round(agency_fte::numeric * 100)::bigint FROM csv;
SQL
    savings) cat <<'SQL' ;;
INSERT INTO savings_line (ref, name, workstream, cohort, origin, key_metric, owner, status)
SELECT DISTINCT ON (ref) ref, name, workstream, cohort, origin, key_metric, owner, status FROM csv ORDER BY ref;
INSERT INTO savings_profile (ref, fy, target, stretch, forecast, actual)
SELECT ref, substr(fy, 1, 4)::bigint, NULLIF(target, '')::bigint, NULLIF(stretch, '')::bigint,
    NULLIF(forecast, '')::bigint, NULLIF(actual, '')::bigint FROM csv;
SQL
    risks) cat <<'SQL' ;;
INSERT INTO risk (ref, title, likelihood, impact, description, owner, category, target_likelihood,
    target_impact, mitigation, status, last_reviewed, next_review)
SELECT ref, title, NULLIF(likelihood, '')::bigint, NULLIF(impact, '')::bigint, description, owner, category,
    NULLIF(target_likelihood, '')::bigint, NULLIF(target_impact, '')::bigint, mitigation, status,
    NULLIF(last_reviewed, ''), NULLIF(next_review, '') FROM csv;
SQL
    esac
    printf 'COMMIT;\n'
}

if part postgresql; then
    pg_start || { echo "bench: no PostgreSQL server (apt-get install postgresql)" >&2; exit 1; }
    for table in reviews staffing savings risks; do
        file="$data/stress/$table.csv"
        rows=$(($(wc -l <"$file") - 1))
        pg_fair_floor $table "$file" >"$work/pgfair.$table.sql"
        i=0
        while [ $i -lt "$runs" ]; do
            pg_sql -c "DROP SCHEMA IF EXISTS imp CASCADE" -c "DROP SCHEMA IF EXISTS fair CASCADE"
            "$assure" --programme imp init "$pg" >/dev/null || exit 1
            "$assure" --programme fair init "$pg" >/dev/null || exit 1
            elapsed "$assure" --db "$pg" --programme imp import $table "$file" >>"$work/pgimport.$table"
            elapsed psql -X -q -v ON_ERROR_STOP=1 -d "$pg_db" -f "$work/pgfair.$table.sql" >>"$work/pgfair.$table"
            i=$((i + 1))
        done
        a=$(median <"$work/pgimport.$table")
        k=$(median <"$work/pgfair.$table")
        row "PostgreSQL: import $table.csv ($rows rows)" "$(seconds "$a")" \
            "$(seconds "$k") psql \\copy into assure's keyed table" "$(ratio "$a" "$k")" \
            "within 2x of the fair floor: $(met "$a" $((k * 2)))"
    done
    pg_sql -c "DROP SCHEMA IF EXISTS imp CASCADE" -c "DROP SCHEMA IF EXISTS fair CASCADE"

    # The stress database, copied in once, every row checked.
    start=$(date +%s%N)
    "$assure" copy --from "$stress" --to "$pg" --to-programme stress >"$work/copy.out" || exit 1
    copied=$((($(date +%s%N) - start) / 1000000))
    total=$(tail -1 "$work/copy.out" | cut -d' ' -f2)
    row "PostgreSQL: copy stress.db in ($total rows, every row checked)" "$(seconds "$copied")" "" "" "-"
    for report in overview savings staffing reviews risks; do
        format=csv
        [ $report = overview ] && format=json
        i=0
        while [ $i -lt "$runs" ]; do
            elapsed "$assure" --db "$pg" --programme stress --read-only report $report --format $format \
                >>"$work/pgreport.$report"
            elapsed "$assure" --db "$stress" --read-only report $report --format $format >>"$work/litereport.$report"
            i=$((i + 1))
        done
        a=$(median <"$work/pgreport.$report")
        f=$(median <"$work/litereport.$report")
        row "PostgreSQL: report $report --format $format" "$(seconds "$a")" "$(seconds "$f") on the SQLite file" \
            "$(ratio "$a" "$f")" "-"
    done
    i=0
    while [ $i -lt "$runs" ]; do
        DRIVE_FIRST="Quit" DRIVE_QUIET=50 "$top/$build/tests/drive" 80 24 "$work/steps" -- \
            "$assure" --db "$pg" --programme stress --read-only >"$work/pgdrive.$i" || exit 1
        i=$((i + 1))
    done
    cat "$work"/pgdrive.* >"$work/pgdrive"
    pgstep() { awk -F '\t' -v s="$1" '$1 == s { print int($2 * 1000) }' "$work/pgdrive"; }
    lite=$(awk -F '\t' '$1 == "first frame" { print int($2 * 1000) }' "$work/drive.stress" 2>/dev/null | median)
    m=$(pgstep "first frame" | median)
    row "PostgreSQL: dashboard on stress: first frame" "$(ms "$m")" "$(ms "$lite") on the SQLite file" \
        "$(ratio "$m" "$lite")" "under 50 ms: $(met "$m" 50000)"
    all=$(awk -F '\t' '$1 != "first frame" && $1 != "peak memory" && $1 != "quit" && $1 !~ /^full repaint/ { print int($2 * 1000) }' "$work/pgdrive" | p99)
    row "PostgreSQL: dashboard on stress: every key, 99th percentile" "$(ms "$all")" "" "" "under 50 ms: $(met "$all" 50000)"
    kb=$(awk -F '\t' '$1 == "peak memory" { print $2 }' "$work/pgdrive" | median)
    row "PostgreSQL: dashboard on stress: peak memory" "$((kb / 1024)) MB" "" "" "under 32 MB: $(met "$kb" 32768)"
fi

# concurrent_run LABEL ARGS...: 20 dashboards on the database ARGS open (the
# county), each replaying the reader's keys, while 2 writers each import its
# own risk again and again until the readers are done.
concurrent_run() {
    label=$1
    shift
    {
        for round in 1 2 3; do
            for key in 2 3 4 5 1; do printf 'panel\t%s\n' $key; done
            printf 'panel\t2\n'
            n=0
            while [ $n -lt 10 ]; do printf 'scroll\tj\n'; n=$((n + 1)); done
            printf 'page\t\\e[6~\n'
        done
        printf 'quit\tq\n'
    } >"$work/reader.steps"
    rm -f "$work"/reader.*.out "$work"/writer.*
    r=0
    while [ $r -lt 20 ]; do
        DRIVE_FIRST="Quit" DRIVE_QUIET=50 "$top/$build/tests/drive" 80 24 "$work/reader.steps" -- \
            "$assure" "$@" >"$work/reader.$r.out" 2>&1 &
        echo $! >>"$work/reader.pids"
        r=$((r + 1))
    done
    for w in 1 2; do
        (
            n=0
            while [ ! -e "$work/readers.done" ]; do
                n=$((n + 1))
                printf 'ref,title,likelihood,impact\nBENCH-W%s,write %s of writer %s,2,3\n' $w $n $w >"$work/writer.$w.csv"
                if "$assure" "$@" import risks "$work/writer.$w.csv" >/dev/null 2>>"$work/writer.$w.err"; then
                    echo "write $n of writer $w" >"$work/writer.$w.last"
                    echo ok >>"$work/writer.$w.log"
                else
                    echo refused >>"$work/writer.$w.log"
                fi
            done
        ) &
        echo $! >>"$work/writer.pids"
    done
    for p in $(cat "$work/reader.pids"); do wait "$p"; done
    touch "$work/readers.done"
    for p in $(cat "$work/writer.pids"); do wait "$p"; done
    rm -f "$work/reader.pids" "$work/writer.pids" "$work/readers.done"
    cat "$work"/reader.*.out >"$work/readers"
    keys=$(awk -F '\t' '$1 == "panel" || $1 == "scroll" || $1 == "page"' "$work/readers" | wc -l)
    p=$(awk -F '\t' '$1 == "panel" || $1 == "scroll" || $1 == "page" { print int($2 * 1000) }' "$work/readers" | p99)
    # 22 programs on the bench's cores: a figure to watch, not a target
    row "$label: 20 readers' keys, 99th percentile ($keys keys)" "$(ms "$p")" "" "" "-"
    for w in 1 2; do
        saved=$(grep -c '^ok$' "$work/writer.$w.log")
        refused=$(grep -c '^refused$' "$work/writer.$w.log")
        stored=$("$assure" "$@" export risks 2>/dev/null | grep "^BENCH-W$w," | cut -d, -f2)
        audited=$("$assure" "$@" log --table risks --ref "BENCH-W$w" --format csv 2>/dev/null | grep -c ',title,' || true)
        lost=0
        [ "$stored" = "$(cat "$work/writer.$w.last")" ] || lost=$((lost + 1))
        # the first write adds the risk (one entry for the row), each later one changes its title
        [ "$audited" -eq $((saved - 1)) ] || lost=$((lost + saved - 1 - audited))
        row "$label: writer $w" "$saved saved" "$refused refused, $lost lost" "" \
            "none refused or lost: $(met $((refused + lost)) 0)"
    done
}

if part concurrent; then
    cp "$data/county.db" "$work/concurrent.db"
    concurrent_run "SQLite file, county" --db "$work/concurrent.db"
    pg_start || { echo "bench: no PostgreSQL server (apt-get install postgresql)" >&2; exit 1; }
    "$assure" copy --from "$data/county.db" --to "$pg" --to-programme county >/dev/null || exit 1
    concurrent_run "PostgreSQL, county" --db "$pg" --programme county
fi
