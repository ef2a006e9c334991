# The panels' digits come from their screens/NAME.ini: a panel given another
# digit is opened by it, and its tab, the key bar and the help say so; two
# panels given one digit, or a key that is not a digit, is an error naming the
# file and the line.
. "$(dirname "$0")/lib.sh"
cp "$top/sample.db" "$work/programme.db"
export ASSURE_TODAY=2026-11-23
screens="$XDG_CONFIG_HOME/assure/screens"
mkdir -p "$screens"
cp "$top"/screens/*.ini "$screens/"

# set_key NAME DIGIT: the [panel] key of screens/NAME.ini in the copy.
set_key() { sed -i "s/^key = .*/key = $2/" "$screens/$1.ini"; }

# wait_for TEXT: poll the pane until TEXT shows (15 s at most).
wait_for() {
    i=0
    while [ $i -lt 150 ]; do
        tmux_ capture-pane -p -t panels >"$work/screen" 2>/dev/null
        grep -qF -- "$1" "$work/screen" && return 0
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}
keys() { tmux_ send-keys -t panels "$@"; sleep 0.3; }

set_key risks 8
tmux_ new-session -d -s panels -x 100 -y 30 -c "$work" \
    "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 NO_COLOR=1 XDG_CONFIG_HOME=$XDG_CONFIG_HOME HOME=$HOME ASSURE_TODAY=$ASSURE_TODAY $assure --db $work/programme.db; sleep 60"
wait_for "EXCEPTIONS" >/dev/null
sed -n 2p "$work/screen" | grep -q "4 Reviews  8 Risks " && pass "with key = 8 in risks.ini the tab reads 8 Risks" ||
    fail "with key = 8 in risks.ini the tab reads 8 Risks" "$(sed -n 2p "$work/screen")"
tail -1 "$work/screen" | grep -q "1-4 6-8 Panel" && pass "the key bar says the digits are 1-4 and 6-8 (6 Actions, 7 Plan)" ||
    fail "the key bar says the digits are 1-4 and 6-8 (6 Actions, 7 Plan)" "$(tail -1 "$work/screen")"
keys 5
tmux_ capture-pane -p -t panels >"$work/screen"
grep -q "EXCEPTIONS" "$work/screen" && ! grep -q "h heat map" "$work/screen" &&
    pass "5 opens nothing when no panel has it" || fail "5 opens nothing when no panel has it" "$(cat "$work/screen")"
keys 1 8
wait_for "h heat map, t target, c closed" && grep -q "BCC-R01" "$work/screen" &&
    pass "8 opens the Risks panel" || fail "8 opens the Risks panel" "$(cat "$work/screen")"
keys h Enter
wait_for "Risks with likelihood 3 and impact 3" && pass "its own keys are its own still: h, then Enter filters to a cell" ||
    fail "its own keys are its own still: h, then Enter filters to a cell" "$(tail -1 "$work/screen")"
keys Escape '?'
wait_for "Help: the Risks panel" >/dev/null
grep -q "switch panel: 1 Overview, 2 Savings, 3 Staffing, 4 Reviews, 8 Risks" "$work/screen" &&
    pass "the help lists each panel with its digit" || fail "the help lists each panel with its digit" "$(cat "$work/screen")"
keys Escape 2 b
wait_for " 2 Savings: Bridge " && pass "a view still lights its panel's tab" || fail "a view still lights its panel's tab" "$(sed -n 2p "$work/screen")"
keys Escape Tab Tab Tab
wait_for "h heat map, t target, c closed" && pass "Tab goes through the tabs in their order, to Risks after Reviews" ||
    fail "Tab goes through the tabs in their order, to Risks after Reviews" "$(sed -n 2p "$work/screen")"
keys q
tmux_ kill-session -t panels 2>/dev/null

# Before a row is deleted the question names it in its table's words.
set_key risks 5
tmux_ new-session -d -s panels -x 132 -y 30 -c "$work" \
    "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 NO_COLOR=1 XDG_CONFIG_HOME=$XDG_CONFIG_HOME HOME=$HOME ASSURE_TODAY=$ASSURE_TODAY $assure --db $work/programme.db; sleep 60"
wait_for "EXCEPTIONS" >/dev/null
# asks NAME KEYS... -- PATTERN: after the keys, the bottom line matches PATTERN (then n keeps the row).
asks() {
    name=$1
    shift
    while [ "$1" != "--" ]; do
        keys "$1"
        shift
    done
    wait_for "? y deletes" >/dev/null
    if tail -1 "$work/screen" | grep -qE "$2"; then pass "$name"; else fail "$name" "$(tail -1 "$work/screen")"; fi
    keys n
}
asks "a savings line by its ref and name, with its profile years" 2 d -- \
    '^ ?Delete savings line ASC-[0-9]+ .+, with its [0-9]+ profile years?\? y deletes'
asks "a KPI by its ref and name, with its values" i d -- '^ ?Delete KPI KPI-01 .+, with its [0-9]+ values?\? y deletes'
asks "an investment row by its ref and name" c d -- '^ ?Delete investment row INV-[0-9]+ [A-Z][a-z]+.*\? y deletes'
asks "a risk by its ref and title, with its score history" 5 d -- '^ ?Delete risk BCC-R[0-9]+ .+, with its score history\?'
asks "an action by its ref and title" 6 d -- '^ ?Delete action A-01 .+\? y deletes'
asks "a milestone by its ref and title" 7 j j j j j j j d -- '^ ?Delete milestone M-08 New homecare framework contracts start\? y deletes'
asks "a staffing row by its key (the first under its area's header)" 3 j d -- '^ ?Delete staffing row [0-9]{4}-[0-9]{2}-[0-9]{2} / [A-Z].* / .+\? y deletes'
keys q
tmux_ kill-session -t panels 2>/dev/null

# Two panels with one digit: refused before the screen is taken, naming the file and line.
set_key risks 2
run "$assure" --db "$work/programme.db"
expect "two panels with one digit are refused" 2 "risks.ini:6: [panel] key = 2 is the Savings panel's key too"
grep -q "screens/savings.ini" "$work/stderr" && pass "the message names the other panel's file too" ||
    fail "the message names the other panel's file too" "$(cat "$work/stderr")"
set_key risks x
run "$assure" --db "$work/programme.db"
expect "a key that is not a digit is refused" 2 "risks.ini:6: [panel] key must be a digit from 1 to 9"
# A view takes its panel's digit: it is no clash.
set_key risks 5
set_key bridge 5
run "$assure" --db "$work/programme.db" </dev/null
grep -q "key = 5 is" "$work/stderr" && fail "a view's digit is not a tab's" "$(cat "$work/stderr")" ||
    pass "a view's digit is not a tab's"

# Today is read once, for the dashboard as for the commands: a date that is
# no date in ASSURE_TODAY stops both with the same message and exit 2 (the
# dashboard used to start on the clock's date instead, showing other figures).
tmux_ new-session -d -s today -x 100 -y 30 -c "$work" \
    "env TERM=xterm-256color LANG=C.UTF-8 ASSURE_TODAY=2026-02-30 $assure --db $work/programme.db; echo EXIT=\$?; sleep 30"
i=0
while [ $i -lt 100 ] && ! tmux_ capture-pane -p -t today | grep -q "EXIT="; do sleep 0.1; i=$((i + 1)); done
tmux_ capture-pane -p -t today >"$work/screen"
tmux_ kill-session -t today 2>/dev/null
grep -q "assure: ASSURE_TODAY=2026-02-30:" "$work/screen" && grep -q "EXIT=2" "$work/screen" &&
    pass "the dashboard refuses ASSURE_TODAY=2026-02-30, exit 2" ||
    fail "the dashboard refuses ASSURE_TODAY=2026-02-30, exit 2" "$(cat "$work/screen")"
ASSURE_TODAY=2026-02-30 "$assure" --db "$work/programme.db" report overview >"$work/out" 2>"$work/err"
[ $? -eq 2 ] && [ "$(cat "$work/err")" = "$(grep "assure: ASSURE_TODAY" "$work/screen")" ] &&
    pass "and report overview refuses it with the same words" ||
    fail "and report overview refuses it with the same words" "$(cat "$work/err")"

finish
