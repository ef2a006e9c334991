# The dashboard's text as people read it, in tmux at 80x24 (the size the
# README promises), 200x60 and 40x10: wrapped text keeps every word, columns
# line up whatever their characters, nothing a user must read is cut, an
# export carries exact numbers, narrow screens keep the columns that say
# what a row is, and totals follow a filter.
. "$(dirname "$0")/lib.sh"
cp "$top/sample.db" "$work/programme.db"
export ASSURE_TODAY=2026-11-23

# aligned FILE PATTERN: the lines of FILE matching PATTERN (a table's heading
# first) end their columns where the heading's columns end: each £ counted as
# one column, as the screen shows it.  The first (left-aligned) column and the
# last (a word, left-aligned) are passed over.
aligned() {
    sed 's/£/L/g' "$1" | grep -E "$2" | awk '
        function ends(line, out,   i, n, c, inword) {
            n = 0; inword = 0
            for (i = 1; i <= length(line) + 1; i++) {
                c = substr(line, i, 1)
                if (c != " " && c != "") inword = 1
                else if (inword) { out[++n] = i - 1; inword = 0 }
            }
            return n
        }
        NR == 1 { h = ends($0, head); for (i = 2; i < h; i++) want[head[i]] = 1; next }
        { n = ends($0, got); for (i = 2; i < n; i++) if (!(got[i] in want)) { print "line " NR ": " $0; bad = 1; next } }
        END { exit bad }'
}

# Wrapped text: the risk BCC-R01's description (sample/programme.sql) reads
# "... does not meet demand, delaying discharges and reablement." in the
# detail at 80 columns, every word whole, the second line under the first.
dash risk 80 24
shows risk "Risks" || fail "the dashboard starts at 80x24"
press risk 5 j j Enter
if shows risk "Description" && grep -q "does not meet$" "$work/risk.screen" &&
    grep -q "^                  demand, delaying discharges and reablement\.$" "$work/risk.screen" &&
    ! grep -q "…" "$work/risk.screen"; then
    pass "a risk's description wraps at a space at 80x24, no word cut"
else
    fail "a risk's description wraps at a space at 80x24, no word cut" "$(cat "$work/risk.screen")"
fi
# The mitigation: "... escalate to leadership team; ... voluntary sector."
if grep -q "increase capacity; escalate$" "$work/risk.screen" &&
    grep -q "^                  to leadership team;" "$work/risk.screen"; then
    pass "the mitigation goes on to a second line with nothing lost"
else
    fail "the mitigation goes on to a second line with nothing lost" "$(cat "$work/risk.screen")"
fi
# The help at 80 columns: the long lines go on, indented, never cut.
press risk Escape '?'
if shows risk "Help: the Risks panel" && ! grep -q "…" "$work/risk.screen" &&
    grep -q "^                Risks$" "$work/risk.screen"; then
    pass "help lines wrap onto an indented line at 80x24, none cut"
else
    fail "help lines wrap onto an indented line at 80x24, none cut" "$(cat "$work/risk.screen")"
fi

# Columns in screen columns: the savings line ASC-01's table by year has £
# in every figure and a blank Actual for 2027/28; its columns line up under
# their headings, at both sizes.
for size in 80x24 200x60; do
    dash "detail$size" "${size%x*}" "${size#*x}"
    shows "detail$size" "Savings" || fail "the dashboard starts at $size"
    press "detail$size" 2 Enter
    if shows "detail$size" "2027/28" &&
        aligned "$work/detail$size.screen" '^   (FY  |20[0-9][0-9]/[0-9][0-9] |All )' >"$work/misaligned"; then
        pass "a savings line's years line up under their headings at $size"
    else
        fail "a savings line's years line up under their headings at $size" "$(cat "$work/misaligned")" \
            "$(cat "$work/detail$size.screen")"
    fi
done

finish
