# The dashboard's text as people read it, in tmux at 80x24 (the size the
# README promises), 200x60 and 40x10: wrapped text keeps every word, columns
# line up whatever their characters, nothing a user must read is cut, an
# export carries exact numbers, narrow screens keep the columns that say
# what a row is, and totals follow a filter.
. "$(dirname "$0")/lib.sh"
sample_db programme.db
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
shows risk "as at" || fail "the dashboard starts at 80x24"
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
    grep -q "^                Risks, 6 Actions, 7 Plan$" "$work/risk.screen"; then
    pass "help lines wrap onto an indented line at 80x24, none cut"
else
    fail "help lines wrap onto an indented line at 80x24, none cut" "$(cat "$work/risk.screen")"
fi

# A detail open when the terminal narrows wraps again for the new width.
dash resized 100 24
shows resized "as at" || fail "the dashboard starts at 100x24"
press resized 5 j j Enter
shows resized "Description" || fail "the risk detail opens at 100x24"
tmux_ resize-window -t resized -x 70 -y 24
if shows resized "meet demand, delaying" 20 && grep -q "external market does not$" "$work/resized.screen" &&
    grep -q "^                  meet demand, delaying discharges and reablement\.$" "$work/resized.screen" &&
    ! grep -q "…" "$work/resized.screen"; then
    pass "a detail wraps again when the terminal narrows"
else
    fail "a detail wraps again when the terminal narrows" "$(cat "$work/resized.screen")"
fi

# Columns in screen columns: the savings line ASC-01's table by year has £
# in every figure and a blank Actual for 2027/28; its columns line up under
# their headings, at both sizes.
for size in 80x24 200x60; do
    dash "detail$size" "${size%x*}" "${size#*x}"
    shows "detail$size" "as at" || fail "the dashboard starts at $size"
    press "detail$size" 2 Enter
    if shows "detail$size" "2027/28" &&
        aligned "$work/detail$size.screen" '^   (FY  |20[0-9][0-9]/[0-9][0-9] |All )' >"$work/misaligned"; then
        pass "a savings line's years line up under their headings at $size"
    else
        fail "a savings line's years line up under their headings at $size" "$(cat "$work/misaligned")" \
            "$(cat "$work/detail$size.screen")"
    fi
done

# Totals follow a filter: /reablement on Savings shows ASC-01, ASC-02 and
# ASC-16 (sample/programme.sql), whose targets are £6,100,000, £2,800,000
# and £1,200,000 (£10.1m), forecasts £6,040,000, £2,270,000 and £1,160,000
# (£9.47m), gaps £60k, £530k and £40k (£630k): their total, not the
# programme's £22.7m.
for size in 80x24 200x60; do
    dash "filter$size" "${size%x*}" "${size#*x}"
    shows "filter$size" "as at" || fail "the dashboard starts at $size"
    press "filter$size" 2 / r e a b l e m e n t Enter
    if shows "filter$size" "Total of 3 shown" &&
        grep "Total of 3 shown" "$work/filter$size.screen" | grep "£10.1m" | grep "£9.47m" | grep -q "£630k" &&
        ! grep -q "£22.7m" "$work/filter$size.screen" && grep -q "3 of 16 lines" "$work/filter$size.screen"; then
        pass "a filter's total is of the lines it shows, and says so, at $size"
    else
        fail "a filter's total is of the lines it shows, and says so, at $size" "$(cat "$work/filter$size.screen")"
    fi
done
if grep -q "Total of 3 shown (filter 'reablement')" "$work/filter200x60.screen"; then
    pass "the filtered total names its filter where there is room"
else
    fail "the filtered total names its filter where there is room" "$(cat "$work/filter200x60.screen")"
fi

# Staffing's total follows a filter too: /castlegate leaves Castlegate's six
# roles at 20 Nov 2026 (sample/programme.sql), 129.50 FTE established, 30.00
# vacant, 4.00 agency: (30.00 - 4.00) / 129.50 = 20.1% uncovered.
dash stafffilter 80 24
shows stafffilter "as at" || fail "the dashboard starts for Staffing"
press stafffilter 3 / c a s t l e g a t e Enter
if shows stafffilter "Total of 6 shown" &&
    grep -q '^Filtered  *Total of 6 shown  *129\.50  *30\.00  *4\.00  *20\.1 ' "$work/stafffilter.screen" &&
    ! grep -q "All areas" "$work/stafffilter.screen"; then
    pass "Staffing's total under a filter is of the rows shown"
else
    fail "Staffing's total under a filter is of the rows shown" "$(cat "$work/stafffilter.screen")"
fi

# And Reviews': /locality leaves the four locality teams; their periods of
# 9 Nov 2026 (sample/programme.sql) sum to 17.00 FTE, 53 done of a target of
# 14 + 16 + 18 + 20 = 68 (77.9%), a backlog of 142 + 13 + 52 + 110 = 317.
dash reviewfilter 80 24
shows reviewfilter "as at" || fail "the dashboard starts for Reviews"
press reviewfilter 4 / l o c a l i t y Enter
if shows reviewfilter "Total of 4 shown" &&
    grep -q '^Total of 4 shown  *17\.00  *53  *68\.0  *77\.9  *317 ' "$work/reviewfilter.screen" &&
    ! grep -q "^Service " "$work/reviewfilter.screen"; then
    pass "Reviews' total under a filter is of the teams shown"
else
    fail "Reviews' total under a filter is of the teams shown" "$(cat "$work/reviewfilter.screen")"
fi

# The export for finance: x then c on Savings writes every figure exact.
# The lines' targets (sample/programme.sql) sum to £23,414,000; ASC-11 is
# an overlap line (£700,000), counted once, so the programme total is
# £22,714,000: the total row's Target, and the sum of the other lines.
dash export 80 24
shows export "as at" || fail "the dashboard starts for the export"
press export 2 x c
if shows export "Exported" && csv=$(ls "$work"/assure-savings-*.csv 2>/dev/null) && [ -n "$csv" ]; then
    pass "x and c export the Savings panel to CSV"
else
    fail "x and c export the Savings panel to CSV" "$(cat "$work/export.screen")"
fi
head -1 "$csv" >"$work/heading"
column=$(awk -F, '{ for (i = 1; i <= NF; i++) if ($i == "Target") print i }' "$work/heading")
if [ "$(cut -c1-12 "$work/heading")" = "Ref,Name,Coh" ] && [ -n "$column" ]; then
    pass "the CSV has the screen's headings"
else
    fail "the CSV has the screen's headings" "$(cat "$work/heading")"
fi
# Name may hold a quoted comma: the figures are counted from the line's end.
from_end=$(awk -F, -v c="$column" '{ print NF - c }' "$work/heading")
lines=$(awk -F, -v e="$from_end" 'NR > 1 && $1 != "" && $1 != "ASC-11" { s += $(NF - e) } END { print s }' "$csv")
total=$(awk -F, -v e="$from_end" '/Programme total/ { print $(NF - e) }' "$csv")
if [ "$lines" = 22714000 ] && [ "$total" = 22714000 ]; then
    pass "the exported targets are whole pounds that sum to the programme total, £22,714,000"
else
    fail "the exported targets are whole pounds that sum to the programme total, £22,714,000" \
        "lines $lines, total $total" "$(cat "$csv")"
fi
# ASC-04 reads £1.81m and 93.8% on screen: £1,812,000 target, delivery 93.8.
if grep -q '^ASC-04,.*,1812000,.*,93\.8,AMBER$' "$csv" && ! grep -q '£' "$csv" &&
    ! grep -q '^Ref.*,FY,' "$csv"; then
    pass "the CSV writes pounds whole and percentages to a tenth, without a blank FY column"
else
    fail "the CSV writes pounds whole and percentages to a tenth, without a blank FY column" "$(cat "$csv")"
fi
press export x m
if shows export ".md" && md=$(ls "$work"/assure-savings-*.md) && grep -q '| £1.81m |' "$md"; then
    pass "the Markdown export keeps the screen's figures"
else
    fail "the Markdown export keeps the screen's figures" "$(cat "$md")"
fi

# Narrow screens keep what says what a row is.  Reviews, every period (v),
# at 80x24: the Adult Reviewing Team's periods (sample/programme.sql) each
# have their start date, from 2026-08-03 (3 Aug 2026); the Trend, blank on those rows,
# does not take its place.
dash reviews 80 24
shows reviews "as at" || fail "the dashboard starts for Reviews"
press reviews 4 v
if shows reviews "every period" && grep -q '^Team .*Period' "$work/reviews.screen" &&
    grep -q '^Adult Reviewing Team  *3 Aug 2026 ' "$work/reviews.screen" &&
    grep -q '^Adult Reviewing Team  *9 Nov 2026 ' "$work/reviews.screen"; then
    pass "every period at 80x24 keeps each row's period"
else
    fail "every period at 80x24 keeps each row's period" "$(cat "$work/reviews.screen")"
fi
# Staffing at 40x10 keeps its headline figures: Castlegate Administration
# is 30.00 FTE with 6.90 vacant and 2.00 agency on 20 Nov 2026, so 4.90
# uncovered, 16.3%, AMBER.
dash staffing 40 10
shows staffing "as at" || fail "the dashboard starts at 40x10"
press staffing 3
if shows staffing "Uncov%" && grep -q 'Admin.* 16\.3 AMBER' "$work/staffing.screen"; then
    pass "Staffing at 40x10 shows its figures beside the names, cut"
else
    fail "Staffing at 40x10 shows its figures beside the names, cut" "$(cat "$work/staffing.screen")"
fi
# A closed risk says so: BCC-R09 is the sample's one closed risk (c shows
# closed risks too; G goes to the last row, the lowest score).
for size in 80x24 200x60; do
    dash "closed$size" "${size%x*}" "${size#*x}"
    shows "closed$size" "as at" || fail "the dashboard starts at $size"
    press "closed$size" 5 c G
    if shows "closed$size" "BCC-R09" && grep -q '^BCC-R09 .* closed' "$work/closed$size.screen" &&
        [ "$(grep -E -c '^(BCC|AANDH)[^ ]* .* closed( |$)' "$work/closed$size.screen")" -eq 1 ]; then
        pass "a closed risk is marked closed at $size"
    else
        fail "a closed risk is marked closed at $size" "$(cat "$work/closed$size.screen")"
    fi
done

# The sort heading is whole beside its arrow: Risks sort by score, high first.
if grep -q 'Score▼' "$work/closed80x24.screen" && ! grep -q 'Scor▼' "$work/closed80x24.screen"; then
    pass "the sort column's heading is whole beside its arrow"
else
    fail "the sort column's heading is whole beside its arrow" "$(cat "$work/closed80x24.screen")"
fi
# t on Risks, with both heat maps in sight at 80x24, says what it did.
press closed80x24 t
if shows closed80x24 "Target heat map"; then
    pass "t says which heat map h and Enter now use"
else
    fail "t says which heat map h and Enter now use" "$(cat "$work/closed80x24.screen")"
fi
# Stored names are words on screen: ASC-01's status is on_track in the database.
if grep -q '^ASC-01 .* on track ' "$work/filter80x24.screen" && ! grep -q 'on_track' "$work/filter80x24.screen"; then
    pass "a savings line's status reads in words"
else
    fail "a savings line's status reads in words" "$(cat "$work/filter80x24.screen")"
fi
# The chart follows the rows: at 200x60 the Savings profile's rule is the
# second line after the programme total, not at the foot of the screen.
dash chart 200 60
shows chart "as at" || fail "the dashboard starts at 200x60"
press chart 2
if shows chart "Programme total" &&
    awk '/Programme total/ { total = NR } /^──────/ { rule = NR } END { exit !(total && rule == total + 2) }' \
        "$work/chart.screen"; then
    pass "the Savings chart is drawn just below its rows at 200x60"
else
    fail "the Savings chart is drawn just below its rows at 200x60" "$(cat "$work/chart.screen")"
fi

# Nothing a user must read or answer is cut at 80x24.  A database every
# user can read: the warning is read whole (the file's name included), and
# the next panel has its key bar back.
sample_db open.db
on_file && chmod 644 "$work/open.db"
db=open.db dash open 80 24
if ! on_file; then
    pass "a database every user can read # SKIP a file's mode: not on PostgreSQL"
elif shows open "Warning: every user" && tr -d '\n' <"$work/open.screen" | grep -q "chmod *o-rwx *$work/open.db" &&
    ! grep -q "…" "$work/open.screen"; then
    pass "the warning about a database every user can read is read whole at 80x24"
else
    fail "the warning about a database every user can read is read whole at 80x24" "$(cat "$work/open.screen")"
fi
press open 2
if shows open "1-7 Panel" && ! grep -q "Warning" "$work/open.screen"; then
    pass "the next panel gives the key bar back"
else
    fail "the next panel gives the key bar back" "$(cat "$work/open.screen")"
fi
# The delete prompt's answer is in sight: d on ASC-01 (any key but y keeps it).
press open d
if shows open "Delete savings line ASC-01" && grep -q "y deletes, any other key keeps it" "$work/open.screen"; then
    pass "the delete prompt's confirming key shows at 80x24"
else
    fail "the delete prompt's confirming key shows at 80x24" "$(cat "$work/open.screen")"
fi
press open n
shows open "Nothing was deleted" || fail "n keeps the line" "$(cat "$work/open.screen")"
# The Overview's context beside the tabs: the snapshot compared with, whole,
# every tab named (those not lit by their shorter names, to make room).
press open 1
if shows open " 1 Overview  2 Sav  3 Staff  4 Rev  5 Risk  6 Act  7 Plan   since PAM 9 Nov 2026"; then
    pass "the tab bar's context is whole at 80x24, every tab named"
else
    fail "the tab bar's context is whole at 80x24, every tab named" "$(cat "$work/open.screen")"
fi

# ---- a form at 80x24: its error read whole, its keys, its labels in words ----
dash form80 80 24 --
shows form80 EXCEPTIONS >/dev/null
press form80 5 e Down
tmux_ send-keys -t form80 -l "12abc"
shows form80 "must be a whole number from 1 to 5" 20 &&
    sed -n 23p "$work/form80.screen" | grep -q "must be a whole number from 1 to 5$" &&
    pass "at 80x24 a form's error is read whole above the bottom line" ||
    fail "at 80x24 a form's error is read whole above the bottom line" "$(cat "$work/form80.screen")"
tail -1 "$work/form80.screen" | grep -q "Esc leaves" && ! tail -1 "$work/form80.screen" | grep -q "…" &&
    pass "at 80x24 the form's keys fit its bottom line" || fail "at 80x24 the form's keys fit its bottom line" "$(tail -1 "$work/form80.screen")"
grep -q "next review " "$work/form80.screen" && grep -q "target likelihood " "$work/form80.screen" &&
    ! grep -q "next_review\|target_likelihood" "$work/form80.screen" &&
    pass "the form's labels are words, not stored names" || fail "the form's labels are words, not stored names" "$(cat "$work/form80.screen")"
# someone else deletes the row while the form is open: the screen says so,
# without "What they changed:" above it
press form80 C-u
tmux_ send-keys -t form80 -l "3"
sql_on programme.db "DELETE FROM risk WHERE ref = 'BCC-R02'"
i=0
while [ $i -lt 16 ]; do
    tmux_ send-keys -t form80 Down
    i=$((i + 1))
done
press form80 Enter y
shows form80 "Someone else has deleted this row since you opened the form." 20 &&
    ! grep -q "What they changed" "$work/form80.screen" &&
    pass "a row deleted by someone else is said to be deleted, not changed" ||
    fail "a row deleted by someone else is said to be deleted, not changed" "$(cat "$work/form80.screen")"
finish
