# What screens.sh reads at 80x24, read again on a meeting room's screen
# (200x60): text whole or wrapped with nothing lost, what must be answered in
# sight, exports exact, the columns that say what a row is kept; and the key
# bar and help complete at both sizes.
. "$(dirname "$0")/lib.sh"
sample_db programme.db
export ASSURE_TODAY=2026-11-23

# BCC-R01's description and mitigation (sample/programme.sql) fit a line
# each at 200 columns: whole, nothing cut.
dash risk 200 60
shows risk "as at" || fail "the dashboard starts at 200x60"
press risk 5 j j Enter
if shows risk "Description" &&
    grep -q "does not meet demand, delaying discharges and reablement\.$" "$work/risk.screen" &&
    grep -q "increase capacity; escalate to leadership team;" "$work/risk.screen" &&
    ! grep -q "…" "$work/risk.screen"; then
    pass "200x60: a risk's description and mitigation are whole"
else
    fail "200x60: a risk's description and mitigation are whole" "$(cat "$work/risk.screen")"
fi
press risk Escape '?'
if shows risk "Help: the Risks panel" && ! grep -q "…" "$work/risk.screen"; then
    pass "200x60: no help line is cut"
else
    fail "200x60: no help line is cut" "$(cat "$work/risk.screen")"
fi

# The help is complete: every key bound on the Savings panel is in it, at
# 80x24 (paging down) as at 200x60.  The keys, from README's table: Tab,
# Enter, /, f, ., s, S, <, v, -, b, i, c, a, e, d, n, r, x, m, ?, q.
for size in 80x24 200x60; do
    s="help$size"
    dash "$s" "${size%x*}" "${size#*x}"
    shows "$s" "as at" || fail "the dashboard starts at $size"
    press "$s" 2 '?'
    shows "$s" "Help: the Savings panel" >/dev/null
    : >"$work/$s.all"
    i=0
    while [ $i -lt 12 ]; do
        screen "$s" >>"$work/$s.all"
        press "$s" NPage
        i=$((i + 1))
    done
    missing=""
    for key in "Tab " "Enter " "/ " "f F3 " ". , " "s " "S " "< > " "v " "- + " "b " "i " "c " \
        "a " "e " "d " "n " "r F5 " "x " "m " "? F1 " "q F10 " "Left Right "; do
        grep -q "^   $key" "$work/$s.all" || missing="$missing [$key]"
    done
    [ -z "$missing" ] && pass "$size: the help lists every key of the Savings panel" ||
        fail "$size: the help lists every key of the Savings panel" "missing:$missing"
    grep -q "…" "$work/$s.all" && fail "$size: no help line is cut" "$(grep "…" "$work/$s.all")" ||
        pass "$size: no help line is cut"
done

# The key bar: at 80x24 not every key fits, and ? says it has them all; at
# 200x60 the bar has more of them, ? the same.
dash bar80 80 24
shows bar80 "as at" >/dev/null
press bar80 2
shows bar80 "1-7 Panel" >/dev/null
tail -1 "$work/bar80.screen" | grep -q "? All keys" &&
    pass "80x24: the key bar's ? says it lists all keys" ||
    fail "80x24: the key bar's ? says it lists all keys" "$(tail -1 "$work/bar80.screen")"
dash bar200 200 60
shows bar200 "as at" >/dev/null
press bar200 2
shows bar200 "1-7 Panel" >/dev/null
tail -1 "$work/bar200.screen" | grep -q "f F3 Find .*x Export .*m Meeting .*? All keys" &&
    pass "200x60: the key bar shows find, export and meeting, and ? the rest" ||
    fail "200x60: the key bar shows find, export and meeting, and ? the rest" "$(tail -1 "$work/bar200.screen")"

# A database every user can read, at 200x60: the warning whole, then the
# next panel has its key bar back; the delete prompt's answer in sight; the
# tab bar's context whole.
sample_db open.db
on_file && chmod 644 "$work/open.db"
db=open.db dash open 200 60
if ! on_file; then
    pass "a database every user can read # SKIP a file's mode: not on PostgreSQL"
elif shows open "Warning: every user" && grep -q "chmod o-rwx $work/open.db" "$work/open.screen" &&
    ! grep -q "…" "$work/open.screen"; then
    pass "200x60: the warning about a database every user can read is whole"
else
    fail "200x60: the warning about a database every user can read is whole" "$(cat "$work/open.screen")"
fi
press open 2
if shows open "1-7 Panel" && ! grep -q "Warning" "$work/open.screen"; then
    pass "200x60: the next panel gives the key bar back"
else
    fail "200x60: the next panel gives the key bar back" "$(cat "$work/open.screen")"
fi
press open d
if shows open "Delete savings line ASC-01" && grep -q "y deletes, any other key keeps it" "$work/open.screen"; then
    pass "200x60: the delete prompt's confirming key shows"
else
    fail "200x60: the delete prompt's confirming key shows" "$(cat "$work/open.screen")"
fi
press open n
press open 1
if shows open "5 Risks" && grep -q "since PAM 9 Nov 2026" "$work/open.screen"; then
    pass "200x60: the tab bar's context is whole"
else
    fail "200x60: the tab bar's context is whole" "$(cat "$work/open.screen")"
fi

# A form's error, whole, at 200x60: a likelihood of 12abc.
dash form 200 60 --
shows form EXCEPTIONS >/dev/null
press form 5 e Down
tmux_ send-keys -t form -l "12abc"
shows form "must be a whole number from 1 to 5" 20 &&
    grep -q "^ likelihood  *12abc  *must be a whole number from 1 to 5$" "$work/form.screen" &&
    pass "200x60: a form's error is read whole" ||
    fail "200x60: a form's error is read whole" "$(cat "$work/form.screen")"
grep -q "next review " "$work/form.screen" && ! grep -q "next_review" "$work/form.screen" &&
    pass "200x60: the form's labels are words" || fail "200x60: the form's labels are words" "$(cat "$work/form.screen")"
press form Escape y

# The export at 200x60 has more of the screen's columns, still exact: the
# lines' targets but ASC-11's (an overlap line, sample/programme.sql) sum to
# the programme total, £22,714,000, in whole pounds.
dash export 200 60
shows export "as at" >/dev/null
press export 2 x c
if shows export "Exported" && csv=$(ls "$work"/assure-savings-*.csv 2>/dev/null) && [ -n "$csv" ]; then
    head -1 "$csv" >"$work/heading"
    column=$(awk -F, '{ for (i = 1; i <= NF; i++) if ($i == "Target") print i }' "$work/heading")
    from_end=$(awk -F, -v c="$column" '{ print NF - c }' "$work/heading")
    lines=$(awk -F, -v e="$from_end" 'NR > 1 && $1 != "" && $1 != "ASC-11" { s += $(NF - e) } END { print s }' "$csv")
    total=$(awk -F, -v e="$from_end" '/Programme total/ { print $(NF - e) }' "$csv")
    if [ "$lines" = 22714000 ] && [ "$total" = 22714000 ] && ! grep -q '£' "$csv" &&
        grep -q ',Workstream,' "$work/heading"; then
        pass "200x60: the CSV export has the wider screen's columns, in whole pounds that sum"
    else
        fail "200x60: the CSV export has the wider screen's columns, in whole pounds that sum" \
            "lines $lines, total $total" "$(cat "$csv")"
    fi
else
    fail "200x60: x and c export the Savings panel to CSV" "$(cat "$work/export.screen")"
fi

# Reviews, every period, at 200x60: the Period column is there, and the
# Adult Reviewing Team's eight periods (sample/programme.sql) are eight
# different rows.
dash reviews 200 60
shows reviews "as at" >/dev/null
press reviews 4 v
if shows reviews "every period" && grep -q '^Team .*Period' "$work/reviews.screen" &&
    [ "$(grep '^Adult Reviewing Team ' "$work/reviews.screen" | sort -u | wc -l)" -eq 8 ]; then
    pass "200x60: every period keeps each row's period"
else
    fail "200x60: every period keeps each row's period" "$(cat "$work/reviews.screen")"
fi

# Smaller things at 200x60: the sort heading whole beside its arrow, a
# closed risk marked, t saying which heat map, statuses in words.
dash risks 200 60
shows risks "as at" >/dev/null
press risks 5
shows risks "Next review" >/dev/null
grep -q 'Score▼' "$work/risks.screen" && pass "200x60: the sort column's heading is whole beside its arrow" ||
    fail "200x60: the sort column's heading is whole beside its arrow" "$(sed -n 3p "$work/risks.screen")"
press risks t
shows risks "Target heat map" 20 && pass "200x60: t says which heat map h and Enter now use" ||
    fail "200x60: t says which heat map h and Enter now use" "$(tail -2 "$work/risks.screen")"
press risks 2
shows risks "ASC-01" >/dev/null
grep -q '^ASC-01 .* on track ' "$work/risks.screen" && ! grep -q 'on_track\|at_risk' "$work/risks.screen" &&
    pass "200x60: a savings line's status reads in words" ||
    fail "200x60: a savings line's status reads in words" "$(cat "$work/risks.screen")"

# ASCII mode writes the pound sign L, a column wide as £, at both sizes:
# the Overview's target is £22.7m (sample.db).
for size in 80x24 200x60; do
    s="ascii$size"
    dash "$s" "${size%x*}" "${size#*x}" -- --ascii
    shows "$s" "EXCEPTIONS" >/dev/null
    grep -q "Target L22\.7m" "$work/$s.screen" && ! grep -q "£" "$work/$s.screen" &&
        pass "$size: ASCII mode writes the pound sign L: Target L22.7m" ||
        fail "$size: ASCII mode writes the pound sign L: Target L22.7m" "$(cat "$work/$s.screen")"
done
finish
