# A one-row scroll on the Savings panel sends the terminal what changed and no
# more: the two rows whose highlight moved, and of the chart below them (the
# chosen line's years) only the cells that differ.  Bytes are counted on a
# pseudo-terminal by the bench's driver (tests/bench/drive.c).
. "$(dirname "$0")/lib.sh"
drive="$top/${ASSURE_BUILD:-build}/tests/drive"
export ASSURE_TODAY=2026-11-23 NO_COLOR=1 LANG=C.UTF-8
# Three lines: SAV-01 and SAV-02 have the same years and figures, so the
# same chart but for their title; SAV-03's differ.
cat >"$work/savings.csv" <<'CSV'
ref,name,workstream,cohort,origin,key_metric,owner,status,fy,target,stretch,forecast,actual
SAV-01,Reablement one,Reablement,Older people,existing,Hours,Owner A,on_track,2025/26,100000,120000,90000,80000
SAV-01,Reablement one,Reablement,Older people,existing,Hours,Owner A,on_track,2026/27,200000,240000,150000,
SAV-02,Reablement two,Reablement,Older people,existing,Hours,Owner A,on_track,2025/26,100000,120000,90000,80000
SAV-02,Reablement two,Reablement,Older people,existing,Hours,Owner A,on_track,2026/27,200000,240000,150000,
SAV-03,Reablement six,Reablement,Older people,existing,Hours,Owner A,on_track,2025/26,50000,60000,50000,20000
SAV-03,Reablement six,Reablement,Older people,existing,Hours,Owner A,on_track,2026/27,200000,240000,210000,
CSV
db="$work/scroll.db"
run "$assure" init "$db"
expect "a new database" 0
run "$assure" --db "$db" import savings "$work/savings.csv"
expect "three savings lines, two years each" 0 "3 lines added"

# The panel opens on SAV-01; j moves to SAV-02 (the chart as it was), j to
# SAV-03 (its chart new), then Ctrl-L draws the whole screen again.
printf 'panel\t2\nsame chart\tj\nother chart\tj\nrepaint\t\\x0c\nquit\tq\n' >"$work/steps"
DRIVE_FIRST=Quit DRIVE_QUIET=200 "$drive" 80 24 "$work/steps" -- "$assure" --db "$db" --read-only \
    >"$work/out" 2>"$work/err"
bytes() { awk -F '\t' -v s="$1" '$1 == s { print $3 }' "$work/out"; }
same=$(bytes "same chart")
other=$(bytes "other chart")
repaint=$(bytes "repaint")
figures="same chart $same, other chart $other, repaint $repaint bytes"
# A repaint writes every cell that is not blank: header, tabs, the heading,
# four rows, the chart's rule, title, two years and legend, and the key bar,
# each of them most of 80 columns: well over 1000 bytes.
[ "${repaint:-0}" -gt 1000 ] && pass "a full repaint writes the whole screen ($repaint bytes)" ||
    fail "a full repaint writes the whole screen" "$figures" "$(cat "$work/err")"
# SAV-01 to SAV-02: both rows again in full (80 columns each, 3 pound signs of
# 2 bytes, their attributes: at least 160 bytes, under 130 each), the title's
# "1" and "one" made "2" and "two" (4 letters, each run with its move: under
# 40); the chart's bars, figures and legend are as they were and are not sent.
[ "${same:-0}" -ge 160 ] && [ "$same" -lt 300 ] &&
    pass "a scroll to a line with the same chart writes its two rows and the title's changed letters ($same bytes)" ||
    fail "a scroll to a line with the same chart writes its two rows and the title's changed letters" "$figures"
[ "${same:-0}" -gt 0 ] && [ $((same * 100)) -lt $((repaint * 20)) ] &&
    pass "that is under a fifth of a repaint" || fail "that is under a fifth of a repaint" "$figures"
# SAV-02 to SAV-03: the same two rows and title letters, and the bars and
# figures of both years that differ (2025/26: target £50k not £100k, forecast
# £50k, actual £20k; 2026/27: forecast £210k): more than the scroll above, but
# the chart's rule, legend and unchanged cells are not sent again.
[ "${other:-0}" -gt "${same:-0}" ] && [ $((other * 100)) -lt $((repaint * 35)) ] &&
    pass "a scroll to a line with another chart writes the cells that changed, not the whole chart ($other bytes)" ||
    fail "a scroll to a line with another chart writes the cells that changed, not the whole chart" "$figures"

# A held key: moves 20 ms apart are a run, and while it goes on the chart
# stays as it was, so the move to SAV-03 writes its two rows alone (under
# 300 bytes, where the same move one key at a time wrote its chart's changed
# cells too); once the keys pause the chart catches up with no key pressed.
printf 'panel\t2\nfirst of a run\tj\nsecond of a run\tj\nthe pause\t\nquit\tq\n' >"$work/held"
DRIVE_FIRST=Quit DRIVE_QUIET=20 "$drive" 80 24 "$work/held" -- "$assure" --db "$db" --read-only \
    >"$work/held.out" 2>"$work/held.err"
held=$(awk -F '\t' '$1 == "second of a run" { print $3 }' "$work/held.out")
caught=$(awk -F '\t' '$1 == "the pause" { print $2 }' "$work/held.out")
caught_bytes=$(awk -F '\t' '$1 == "the pause" { print $3 }' "$work/held.out")
[ "${held:-0}" -gt 0 ] && [ "$held" -lt 300 ] && [ "$held" -lt "${other:-0}" ] &&
    pass "a move within a run of keys writes the rows alone, not the chart ($held bytes, $other one key at a time)" ||
    fail "a move within a run of keys writes the rows alone" "held $held, one key at a time $other" "$(cat "$work/held.out" "$work/held.err")"
# (no key is sent: what comes is the chart's cells that differ, at the pause)
[ "${caught_bytes:-0}" -gt 0 ] && awk -v t="${caught:-99999}" 'BEGIN { exit !(t < 2000) }' &&
    pass "when the keys pause the chart is drawn for the row reached, unasked ($caught_bytes bytes after ${caught} ms)" ||
    fail "when the keys pause the chart is drawn for the row reached, unasked" "$(cat "$work/held.out")"

# Nothing is left stale: after the scrolls the screen is what a full repaint
# draws.
tmux_ new-session -d -s scroll -x 80 -y 24 "env ASSURE_TODAY=$ASSURE_TODAY NO_COLOR=1 LANG=C.UTF-8 '$assure' --db '$db' --read-only"
screen() { tmux_ capture-pane -p -t scroll; }
settle() {
    prev=
    for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
        sleep 0.2
        now=$(screen)
        [ -n "$now" ] && [ "$now" = "$prev" ] && return
        prev=$now
    done
}
settle
tmux_ send-keys -t scroll 2
settle
tmux_ send-keys -t scroll j
settle
tmux_ send-keys -t scroll j
settle
screen >"$work/scrolled"
tmux_ send-keys -t scroll C-l
settle
screen >"$work/repainted"
grep -q "New savings by year of SAV-03 Reablement six" "$work/scrolled" && cmp -s "$work/scrolled" "$work/repainted" &&
    pass "after the scrolls the screen is as a full repaint draws it, the chart SAV-03's" ||
    fail "after the scrolls the screen is as a full repaint draws it, the chart SAV-03's" \
        "$(diff "$work/scrolled" "$work/repainted")"
finish
