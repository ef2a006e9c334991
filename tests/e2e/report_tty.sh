# A text report on a real terminal (tmux): colour there, none under NO_COLOR,
# and fitted to the terminal's width.
. "$(dirname "$0")/lib.sh"

# show NAME ENV: run the savings report in an 80-column terminal, wait for it.
show() {
    tmux_ new-session -d -s "$1" -x 80 -y 50 \
        "env TERM=xterm-256color LANG=C.UTF-8 ASSURE_TODAY=2026-11-23 $2 $assure --db $top/sample.db report savings; echo DONE; sleep 30"
    i=0
    while [ $i -lt 150 ]; do
        tmux_ capture-pane -p -e -t "$1" >"$work/$1" 2>/dev/null
        grep -q DONE "$work/$1" && return 0
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}

show coloured ""
esc=$(printf '\033')
grep -q "${esc}\[[0-9;]*m.*RED" "$work/coloured" && pass "RAG is coloured on a terminal" ||
    fail "RAG is coloured on a terminal" "$(head -5 "$work/coloured")"
grep -q "RED" "$work/coloured" && grep -q "GREEN" "$work/coloured" && pass "and named, not colour alone" ||
    fail "and named, not colour alone"
show plain "NO_COLOR=1"
tmux_ capture-pane -p -t plain >"$work/plain.text"
grep -q "${esc}\[[0-9;]*[1-9][0-9;]*m" "$work/plain" && fail "no colour under NO_COLOR" "$(grep -m1 "$esc" "$work/plain")" ||
    pass "no colour under NO_COLOR"
wide=$(wider_than 80 "$work/plain.text")
grep -q "Forecast" "$work/plain.text" && [ -z "$wide" ] && pass "the report fits the 80-column terminal" ||
    fail "the report fits the 80-column terminal"

finish
