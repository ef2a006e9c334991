# Nothing half-written: an import and an edit killed (SIGKILL) at random
# moments, many times over, leave the database intact and each change wholly
# there or wholly not; a dashboard ended by SIGHUP, SIGTERM or SIGINT with a
# form open writes nothing of it and gives the terminal back as it was.
# ASSURE_KILLS sets how many kills of each (100 unless told).
. "$(dirname "$0")/lib.sh"
kills=${ASSURE_KILLS:-100}
export ASSURE_TODAY=2026-11-23
db="$work/programme.db"
# fresh: the sample database again, as each kill's starting point.
fresh() {
    rm -f "$db-wal" "$db-shm"
    cp "$top/sample.db" "$db"
}
fresh
q() { sqlite3 "$db" "$1"; }
now() { date +%s.%N; }
# moment SEED SECONDS: a moment from 0 to SECONDS, the same for the same seed.
moment() { awk -v seed="$1" -v most="$2" 'BEGIN { srand(seed); printf "%.4f", rand() * most }'; }
edit_loop="$top/${ASSURE_BUILD:-build}/tests/edit_loop"

# ---- an import killed at random moments ----
rows=20000
awk -v rows=$rows 'BEGIN {
    print "period_start,team,fte,completed,period_days,target_per_fte_week,backlog,clients,reviewed_12m"
    for (i = 0; i < rows; i++) {
        p = int(i / 1000) # 20 fortnights of 1,000 teams
        printf "2027-%02d-%02d,Team %d,4,%d,14,,%d,,\n", p % 12 + 1, 1 + 14 * int(p / 12), i % 1000, i % 20, i % 50
    }
}' >"$work/big.csv"
# by hand: completed runs 0..19 over and over, 1,000 times in 20,000 rows, so sums to 190 x 1,000;
# the import audits the rows it adds as one entry (each row kept in audit_row), and itself once
completed_added=190000
reviews_before=$(q "SELECT count(*) || '|' || sum(completed) FROM reviews")
audit_before=$(q "SELECT count(*) || '|' || (SELECT count(*) FROM audit_row) FROM audit")
# How long an import runs unhindered, so that the kills fall before, during and after it.
cp "$db" "$work/timing.db"
start=$(now)
"$assure" --db "$work/timing.db" import reviews "$work/big.csv" >/dev/null 2>&1
took=$(awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.3f", (b - a) * 1.2 }')
rm -f "$work/timing.db"*
old=0 new=0 broken=0 i=1
while [ $i -le "$kills" ]; do
    fresh
    "$assure" --db "$db" import reviews "$work/big.csv" >/dev/null 2>&1 &
    pid=$!
    sleep "$(moment $i "$took")"
    kill -9 $pid 2>/dev/null
    wait $pid 2>/dev/null
    state=$(q "PRAGMA integrity_check; SELECT count(*) || '|' || sum(completed) FROM reviews; SELECT count(*) || '|' || (SELECT count(*) FROM audit_row) FROM audit" | tr '\n' '|')
    if [ "$state" = "ok|$reviews_before|$audit_before|" ]; then
        old=$((old + 1))
    elif [ "$state" = "ok|$((${reviews_before%|*} + rows))|$((${reviews_before#*|} + completed_added))|$((${audit_before%|*} + 2))|$((${audit_before#*|} + rows))|" ]; then
        new=$((new + 1))
    else
        broken=$((broken + 1))
        echo "# kill $i at $(moment $i "$took") s: $state (before: ok|$reviews_before|$audit_before)"
    fi
    i=$((i + 1))
done
echo "# import of $rows rows killed $kills times within ${took} s: $old left it old, $new wholly new, $broken broken"
[ $broken -eq 0 ] && pass "an import killed at $kills random moments leaves the file intact and the table wholly old or wholly new, every time" ||
    fail "an import killed at random moments leaves the table wholly old or wholly new" "$broken of $kills broken"
[ $old -gt 0 ] && [ $new -gt 0 ] && pass "the kills fell both before and after the commit ($old old, $new new)" ||
    fail "the kills fell both before and after the commit" "$old old, $new new"

# ---- an edit killed at random moments ----
# Edit n of ASC-02 sets its name, owner and three years' forecasts together
# (tests/crash/edit_loop.c); whatever survives must be one whole edit, with
# an audit entry for each of its changes.
years=$(q "SELECT count(*) FROM savings_profile WHERE ref = 'ASC-02'")
whole=0 broken=0 edits=0 i=1
while [ $i -le "$kills" ]; do
    fresh
    owner_before=$(q "SELECT owner FROM savings_line WHERE ref = 'ASC-02'")
    forecast_before=$(q "SELECT sum(forecast) FROM savings_profile WHERE ref = 'ASC-02'")
    "$edit_loop" "$db" ASC-02 >/dev/null 2>"$work/edit_loop.err" &
    pid=$!
    sleep "$(moment $((i + 1000)) 0.3)"
    kill -9 $pid 2>/dev/null
    wait $pid 2>/dev/null
    n=$(q "SELECT substr(name, 6) FROM savings_line WHERE ref = 'ASC-02' AND name LIKE 'Edit %'")
    n=${n:-0}
    # by hand: edit n's forecasts are n x 1,000 + 0, 1, 2 and its owner "Owner n"; each of the
    # n edits audits the name once and each year's forecast once
    expected="ok|Owner $n|$years|$(( (n * 1000) * years + years * (years - 1) / 2 ))|$n|$((n * years))|"
    [ "$n" -eq 0 ] && expected="ok|$owner_before|$years|$forecast_before|0|0|"
    state=$(q "PRAGMA integrity_check;
        SELECT owner FROM savings_line WHERE ref = 'ASC-02';
        SELECT count(*) || '|' || sum(forecast) FROM savings_profile WHERE ref = 'ASC-02';
        SELECT count(*) FROM audit WHERE action = 'edit' AND key = 'ASC-02' AND field = 'name';
        SELECT count(*) FROM audit WHERE action = 'edit' AND key LIKE 'ASC-02 / %' AND field = 'forecast'" | tr '\n' '|')
    if [ "$state" = "$expected" ]; then
        whole=$((whole + 1))
    else
        broken=$((broken + 1))
        echo "# kill $i: found $state, expected $expected; $(cat "$work/edit_loop.err")"
    fi
    edits=$((edits + n))
    i=$((i + 1))
done
echo "# $edits edits of a savings line saved between $kills kills"
[ $broken -eq 0 ] && pass "an edit killed at $kills random moments leaves the file intact and the line wholly one edit, audited, every time" ||
    fail "an edit killed at random moments leaves the line wholly one edit" "$broken of $kills broken"
[ "$edits" -ge "$kills" ] && pass "and the edits went on between the kills ($edits saved)" ||
    fail "and the edits went on between the kills" "$edits saved"

# ---- signals to a dashboard with a form open ----
fresh
for signal in HUP TERM INT; do
    name="form$signal"
    cat >"$work/$name.sh" <<SCRIPT
stty -g >"$work/$name.before"
"$assure" --db "$db" risks
stty -g >"$work/$name.after"
sleep 60
SCRIPT
    tmux_ new-session -d -s "$name" -x 100 -y 30 "env TERM=xterm-256color LANG=C.UTF-8 ASSURE_TODAY=$ASSURE_TODAY sh $work/$name.sh"
    i=0
    while [ $i -lt 150 ] && ! tmux_ capture-pane -p -t "$name" | grep -q "BCC-R03"; do sleep 0.1; i=$((i + 1)); done
    tmux_ send-keys -t "$name" / R 0 3 Enter e
    i=0
    while [ $i -lt 150 ] && ! tmux_ capture-pane -p -t "$name" | grep -q "Edit risk"; do sleep 0.1; i=$((i + 1)); done
    tmux_ send-keys -t "$name" C-u
    tmux_ send-keys -t "$name" -l "Unsaved $signal"
    sleep 0.3
    title_before=$(q "SELECT title FROM risk WHERE ref = 'BCC-R03'")
    pid=$(pgrep -n -f "assure --db $db risks$")
    [ -n "$pid" ] && kill -s "$signal" "$pid"
    i=0
    while [ $i -lt 150 ] && [ ! -s "$work/$name.after" ]; do sleep 0.1; i=$((i + 1)); done
    if [ -n "$pid" ] && cmp -s "$work/$name.before" "$work/$name.after" &&
        [ "$(q "SELECT count(*) FROM risk WHERE title LIKE 'Unsaved%'")" -eq 0 ] &&
        [ "$(q "SELECT title FROM risk WHERE ref = 'BCC-R03'")" = "$title_before" ] &&
        [ "$(q 'PRAGMA integrity_check')" = ok ]; then
        pass "SIG$signal to a dashboard with a form open writes nothing of it and restores the terminal"
    else
        fail "SIG$signal to a dashboard with a form open writes nothing of it and restores the terminal" \
            "pid ${pid:-none}; title now $(q "SELECT title FROM risk WHERE ref = 'BCC-R03'")"
    fi
done

finish
