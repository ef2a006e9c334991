# The dashboard in a real terminal (tmux): it opens on sample.db, quits on q,
# survives resizing, and gives the terminal back after a hang-up or signal.
. "$(dirname "$0")/lib.sh"
socket="assure-test-$$"
tmux_() { tmux -L "$socket" "$@"; }
trap 'tmux_ kill-server 2>/dev/null; rm -rf "$work"' EXIT
cp "$top/sample.db" "$work/programme.db"

# start NAME ARGS...: run assure in a new 80x24 session; the wrapper records
# the terminal settings before and after, and the exit status.
start() {
    name=$1
    shift
    cat >"$work/$name.sh" <<SCRIPT
stty -g >"$work/$name.before"
"$assure" --db "$work/programme.db" $*
echo \$? >"$work/$name.status"
stty -g >"$work/$name.after"
sleep 30
SCRIPT
    tmux_ new-session -d -s "$name" -x 80 -y 24 "env TERM=xterm-256color LANG=C.UTF-8 sh $work/$name.sh"
}

# wait_for NAME TEXT: poll the pane until TEXT shows (5 s at most).
wait_for() {
    i=0
    while [ $i -lt 50 ]; do
        tmux_ capture-pane -p -t "$1" >"$work/screen" 2>/dev/null
        grep -qF -- "$2" "$work/screen" && return 0
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}

# wait_exit NAME: poll until the wrapper has recorded assure's exit status.
wait_exit() {
    i=0
    while [ $i -lt 50 ] && [ ! -s "$work/$1.after" ]; do
        sleep 0.1
        i=$((i + 1))
    done
    [ -s "$work/$1.after" ]
}

start quit
if wait_for quit "Savings lines"; then
    pass "the dashboard opens on sample.db"
    grep -qE 'Savings lines +16' "$work/screen" && pass "it shows the sample's 16 savings lines" ||
        fail "it shows the sample's 16 savings lines" "$(cat "$work/screen")"
    grep -q "Brackenshire\|Adult Social Care Transformation" "$work/screen" && pass "the header names the programme" ||
        fail "the header names the programme"
else
    fail "the dashboard opens on sample.db" "$(cat "$work/screen")"
fi
tmux_ send-keys -t quit q
if wait_exit quit && [ "$(cat "$work/quit.status")" = 0 ]; then
    pass "q quits with status 0"
else
    fail "q quits with status 0" "status $(cat "$work/quit.status" 2>/dev/null)"
fi
cmp -s "$work/quit.before" "$work/quit.after" && pass "quitting leaves the terminal as it was" ||
    fail "quitting leaves the terminal as it was"

start resize
wait_for resize "Savings lines" >/dev/null
tmux_ resize-window -t resize -x 20 -y 5
wait_for resize "Terminal too small" && pass "at 20x5 it says the terminal is too small" ||
    fail "at 20x5 it says the terminal is too small" "$(cat "$work/screen")"
tmux_ resize-window -t resize -x 200 -y 60
wait_for resize "Savings lines" && pass "back at 200x60 it draws again" || fail "back at 200x60 it draws again"
tmux_ send-keys -t resize q
wait_exit resize && [ "$(cat "$work/resize.status")" = 0 ] && pass "after resizing it still quits cleanly" ||
    fail "after resizing it still quits cleanly"

for signal in HUP TERM INT; do
    start "sig$signal" --read-only
    wait_for "sig$signal" "read-only" >/dev/null
    pid=$(pgrep -n -f "assure --db $work/programme.db --read-only")
    if [ -n "$pid" ]; then
        kill -s "$signal" "$pid"
        if wait_exit "sig$signal" && cmp -s "$work/sig$signal.before" "$work/sig$signal.after"; then
            pass "SIG$signal ends the dashboard and restores the terminal"
        else
            fail "SIG$signal ends the dashboard and restores the terminal"
        fi
    else
        fail "SIG$signal ends the dashboard and restores the terminal" "no assure process found"
    fi
done

# The data's integrity after all of that.
[ "$(sqlite3 "$work/programme.db" 'PRAGMA integrity_check')" = ok ] && pass "the database is intact" ||
    fail "the database is intact"

finish
