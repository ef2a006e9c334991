# The dashboard in a real terminal (tmux), as people see it: every panel at
# 80x24 and 132x43, in UTF-8 and in ASCII, against golden captures reviewed by
# eye; the keys; resizing; live changes by others; signals; safe display.
# UPDATE_GOLDEN=1 writes the captures into tests/golden instead (review the
# diff before committing it).
. "$(dirname "$0")/lib.sh"
golden="$top/tests/golden"
cp "$top/sample.db" "$work/programme.db"
export ASSURE_TODAY=2026-11-23

# start NAME COLUMNS ROWS LANG [ENV...] -- ARGS: assure in a new session; the
# wrapper records the terminal settings before and after, and the exit status.
start() {
    name=$1 columns=$2 rows=$3 lang=$4
    shift 4
    environment=""
    while [ "$1" != "--" ]; do
        environment="$environment $1"
        shift
    done
    shift
    cat >"$work/$name.sh" <<SCRIPT
stty -g >"$work/$name.before"
env $environment "$assure" --db "$work/${db:-programme.db}" $*
echo \$? >"$work/$name.status"
stty -g >"$work/$name.after"
sleep 60
SCRIPT
    tmux_ new-session -d -s "$name" -x "$columns" -y "$rows" -c "$work" \
        "env TERM=xterm-256color LANG=$lang LC_ALL=$lang NO_COLOR=1 ASSURE_TODAY=$ASSURE_TODAY sh $work/$name.sh"
}

# wait_for NAME TEXT: poll the pane until TEXT shows (15 s at most).
wait_for() {
    i=0
    while [ $i -lt 150 ]; do
        tmux_ capture-pane -p -t "$1" >"$work/screen" 2>/dev/null
        grep -qF -- "$2" "$work/screen" && return 0
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}

wait_exit() {
    i=0
    while [ $i -lt 150 ] && [ ! -s "$work/$1.after" ]; do
        sleep 0.1
        i=$((i + 1))
    done
    [ -s "$work/$1.after" ]
}

keys() { tmux_ send-keys -t "$@"; sleep 0.3; }

# Golden captures: each panel and view, two sizes, two character sets, no colour.
for charset in utf8 ascii; do
    lang=C.UTF-8
    [ $charset = ascii ] && lang=C
    for size in 80x24 132x43; do
        session="g-$charset-$size"
        start "$session" "${size%x*}" "${size#*x}" "$lang" -- ""
        wait_for "$session" "EXCEPTIONS" >/dev/null
        # each panel by its digit, the Savings panel's views by theirs after it, and
        # the Actions panel's issues and decisions by v after it, and the Plan
        # panel's time-line by v after it
        for view in 1:overview 2:savings 3:staffing 4:reviews 5:risks 2b:bridge 2i:kpis 2c:costs 6:actions 6v:issues 6vv:decisions 7:plan 7v:plan-timeline; do
            name=${view#*:}
            for k in $(printf '%s' "${view%%:*}" | sed 's/./& /g'); do keys "$session" "$k"; done
            tmux_ capture-pane -p -t "$session" >"$work/$name-$size-$charset.txt"
            if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
                cp "$work/$name-$size-$charset.txt" "$golden/"
                pass "$name at $size in $charset: golden capture written"
            elif cmp -s "$work/$name-$size-$charset.txt" "$golden/$name-$size-$charset.txt"; then
                pass "$name at $size in $charset matches its golden capture"
            else
                fail "$name at $size in $charset matches its golden capture" \
                    "$(diff "$golden/$name-$size-$charset.txt" "$work/$name-$size-$charset.txt" | head -20)"
            fi
        done
        keys "$session" q
    done
done
# Nothing wider than the terminal, and in ASCII nothing beyond ASCII.
for f in "$work"/*-80x24-*.txt; do
    [ -z "$(wider_than 80 "$f")" ] || fail "$(basename "$f") fits 80 columns" "$(wider_than 80 "$f")"
done
pass "every 80x24 capture fits 80 columns"
if LC_ALL=C grep -q '[^ -~]' "$work"/*-ascii.txt; then
    fail "ASCII captures hold only ASCII" "$(LC_ALL=C grep -l '[^ -~]' "$work"/*-ascii.txt)"
else
    pass "ASCII captures hold only ASCII (borders, bars, sparklines, arrows)"
fi

# The keys, at 80x24.
start keys 80 24 C.UTF-8 -- ""
wait_for keys "EXCEPTIONS" >/dev/null
keys keys 2 j j Enter
wait_for keys "Savings line ASC-03" && pass "j j Enter opens the third line's detail" ||
    fail "j j Enter opens the third line's detail" "$(cat "$work/screen")"
keys keys G # long lines wrap rather than be cut: the audit trail is at the end
wait_for keys "Audit trail" && pass "the detail shows the audit trail" || fail "the detail shows the audit trail"
keys keys Escape 5 Enter
wait_for keys "Score history" && pass "a risk's detail shows its score history" || fail "a risk's detail shows its score history"
keys keys Escape 2 / r e a b Enter
wait_for keys 'filter "reab"' && pass "/ filters the rows" || fail "/ filters the rows" "$(cat "$work/screen")"
rows=$(grep -c '^ASC-' "$work/screen")
[ "$rows" -eq 3 ] && pass "the filter leaves the three reablement lines" || fail "the filter leaves the three reablement lines" "$rows rows"
keys keys Escape
wait_for keys "ASC-05" && pass "Esc clears the filter" || fail "Esc clears the filter"
keys keys 5 s
wait_for keys "Sorted by" && pass "s sorts by the next column and says so" || fail "s sorts by the next column and says so"
keys keys x c
wait_for keys "Exported" && pass "x exports and says where" || fail "x exports and says where" "$(tail -1 "$work/screen")"
exported=$(ls "$work"/assure-risks-2026-11-23.csv 2>/dev/null)
[ -n "$exported" ] && head -1 "$exported" | grep -q '^Ref,Title' && pass "the export is a CSV of the panel's columns" ||
    fail "the export is a CSV of the panel's columns"
keys keys '?'
wait_for keys "Help: the Risks panel" && pass "? shows help for the panel" || fail "? shows help for the panel"
keys keys ' ' ' ' # the keys' help wraps onto more lines at 80 columns
wait_for keys "Columns (from" && pass "help explains the columns and says which layout file" ||
    fail "help explains the columns and says which layout file" "$(cat "$work/screen")"
keys keys Escape 1 m
wait_for keys "Meeting mode" && pass "m starts meeting mode with large figures" || fail "m starts meeting mode with large figures"
keys keys Escape
wait_for keys "Meeting mode stopped" && pass "Esc stops meeting mode" || fail "Esc stops meeting mode"
keys keys q
wait_exit keys && [ "$(cat "$work/keys.status")" = 0 ] && pass "q quits with status 0" || fail "q quits with status 0"
cmp -s "$work/keys.before" "$work/keys.after" && pass "quitting leaves the terminal as it was" ||
    fail "quitting leaves the terminal as it was"

# Resizing: 80x24 to 20x5 and back up to 200x60.
start resize 80 24 C.UTF-8 -- ""
wait_for resize "EXCEPTIONS" >/dev/null
tmux_ resize-window -t resize -x 20 -y 5
wait_for resize "Terminal too small" && pass "at 20x5 it says the terminal is too small" ||
    fail "at 20x5 it says the terminal is too small" "$(cat "$work/screen")"
tmux_ resize-window -t resize -x 200 -y 60
wait_for resize "EXCEPTIONS" && pass "back at 200x60 it draws again" || fail "back at 200x60 it draws again"
grep -q "Hot spots Castlegate Senior Practitioner/OT 100.0%, Castlegate Service Manager 50.0%" "$work/screen" &&
    pass "a large screen shows more" || fail "a large screen shows more"
keys resize q
wait_exit resize && [ "$(cat "$work/resize.status")" = 0 ] && pass "after resizing it still quits cleanly" ||
    fail "after resizing it still quits cleanly"

# Changes by another user appear within [display] refresh seconds.
mkdir -p "$work/xdg/assure"
printf '[display]\nrefresh = 1\n' >"$work/xdg/assure/assure.ini"
start live 80 24 C.UTF-8 XDG_CONFIG_HOME="$work/xdg" -- --read-only
wait_for live "[read-only]" && pass "--read-only says so in the header" || fail "--read-only says so in the header"
keys live 5
sqlite3 "$work/programme.db" "UPDATE risk SET title = 'Homecare capacity (updated by a colleague)' WHERE ref = 'BCC-R01'"
wait_for live "Homecare capacity (up" && pass "a colleague's change appears without a restart" ||
    fail "a colleague's change appears without a restart" "$(cat "$work/screen")"
keys live q

# Data text cannot act on the terminal.
cp "$top/sample.db" "$work/hostile.db"
sqlite3 "$work/hostile.db" "UPDATE risk SET title = 'Evil' || char(27) || ']0;PWNED' || char(7) || char(27) || '[2J' WHERE ref = 'BCC-R02'"
db=hostile.db start hostile 80 24 C.UTF-8 -- ""
wait_for hostile "EXCEPTIONS" >/dev/null
keys hostile 5
wait_for hostile 'Evil^[]0;PWNED' && pass "escape sequences in data are shown as ^[" || fail "escape sequences in data are shown as ^[" "$(cat "$work/screen")"
title=$(tmux_ display-message -p -t hostile '#{pane_title}')
case $title in *PWNED*) fail "the window title is untouched" "$title" ;; *) pass "the window title is untouched" ;; esac
keys hostile q

# Every period of every team, past 200,000 rows, is too many to show: the view
# says so and stays on each team's latest; Enter still shows a team's periods.
cp "$top/sample.db" "$work/many.db"
chmod 600 "$work/many.db"
sqlite3 "$work/many.db" "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 200000)
    INSERT INTO reviews (period_start, team, period_days, fte, completed)
    SELECT date('2027-01-04', '+' || (7 * (i / 1000)) || ' days'), printf('Team %04d', i % 1000), 7, 100, 2 FROM n"
db=many.db start many 80 24 C.UTF-8 -- --read-only reviews
wait_for many "Team 0000" >/dev/null
keys many v
# by hand: the sample's reviews and 200,001 more
wait_for many "Every period: $(sqlite3 "$work/many.db" 'SELECT count(*) FROM reviews') rows, too many to show here" &&
    grep -q "each team's latest" "$work/screen" &&
    pass "every period past 200,000 rows says it is too many, and stays on the latest" ||
    fail "every period past 200,000 rows says it is too many" "$(cat "$work/screen")"
keys many Enter
wait_for many "Reviews: " && pass "and Enter shows a team's periods" || fail "and Enter shows a team's periods" "$(cat "$work/screen")"
keys many q q

# Signals restore the terminal.
for signal in HUP TERM INT; do
    start "sig$signal" 80 24 C.UTF-8 -- --read-only
    wait_for "sig$signal" "read-only" >/dev/null
    pid=$(pgrep -n -f "assure --db $work/programme.db --read-only")
    if [ -n "$pid" ]; then
        kill -s "$signal" "$pid"
        wait_exit "sig$signal" && cmp -s "$work/sig$signal.before" "$work/sig$signal.after" &&
            pass "SIG$signal ends the dashboard and restores the terminal" ||
            fail "SIG$signal ends the dashboard and restores the terminal"
    else
        fail "SIG$signal ends the dashboard and restores the terminal" "no assure process found"
    fi
done
[ "$(sqlite3 "$work/programme.db" 'PRAGMA integrity_check')" = ok ] && pass "the database is intact" ||
    fail "the database is intact"

# A layout file with a mistake is an error naming the file, line and fields.
mkdir -p "$work/bad/assure/screens"
printf '[panel]\ntitle = Savings\nkey = 2\n\n[ref]\nwidth = 7\n\n[colour]\nwidth = 5\n' >"$work/bad/assure/screens/savings.ini"
run env XDG_CONFIG_HOME="$work/bad" "$assure" --db "$work/programme.db"
expect "an unknown field in a layout names file, line and the known fields" 2 \
    "savings.ini:8: unknown field [colour]; known fields: ref, workstream, cohort, name"
printf '[panel]\ntitle = Savings\nkey = 2\n[ref]\nwidth = wide\n' >"$work/bad/assure/screens/savings.ini"
run env XDG_CONFIG_HOME="$work/bad" "$assure" --db "$work/programme.db"
expect "a bad width in a layout is an error with its line" 2 'savings.ini:5: [ref] width = "wide": expected a whole number'

finish
