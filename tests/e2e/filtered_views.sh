# The views reached from Savings under a filter, in tmux at 80x24 and
# 200x60: the Costs, KPIs and Bridge totals are of the rows shown and say
# so, as the Savings panel's do; and the text under their tables wraps
# whole, no word cut.
. "$(dirname "$0")/lib.sh"
sample_db programme.db
export ASSURE_TODAY=2026-11-23

# joined FILE FIRST: the line of FILE starting FIRST and those after it up to
# a blank line, joined by spaces (a paragraph as wrapped on the screen).
joined() {
    awk -v first="$2" 'index($0, first) == 1 { on = 1 }
        on && /^ *$/ { exit }
        on { sub(/ +$/, ""); printf "%s%s", sep, $0; sep = " " }' "$1"
}

# Costs /post: the four posts of sample/programme.sql, cost a year x 2
# years each: 63,664 x 2 = 127,328; 106,636 x 2 = 213,272; 40,776 x 2 =
# 81,552; 106,636 x 2 = 213,272 (as `assure report costs` prints them):
# 635,424 in all, £635k on screen, not the programme's £5.76m.
for size in 80x24 200x60; do
    s="costs$size"
    dash "$s" "${size%x*}" "${size#*x}"
    shows "$s" "as at" || fail "the dashboard starts at $size"
    press "$s" 2 c / p o s t Enter
    if shows "$s" "Total of 4 shown" &&
        grep "Total of 4 shown" "$work/$s.screen" | grep -q "£635k" &&
        ! grep "Total of 4 shown" "$work/$s.screen" | grep -q "£5.76m" &&
        ! grep -q "Programme investment" "$work/$s.screen" &&
        grep -q 'filter "post"; 4 of 6 costs shown: £635k' "$work/$s.screen"; then
        pass "Costs' total under a filter is of the four posts shown (£635k), and says so, at $size"
    else
        fail "Costs' total under a filter is of the four posts shown (£635k), and says so, at $size" \
            "$(cat "$work/$s.screen")"
    fi
    # the return and the fee are still the whole programme's, and say so
    if joined "$work/$s.screen" "All costs, not the filter: return" | grep -q "on a cost of £5.76m"; then
        pass "Costs' return under a filter says it is of all costs at $size"
    else
        fail "Costs' return under a filter says it is of all costs at $size" "$(cat "$work/$s.screen")"
    fi
done
if grep -q "Total of 4 shown (filter 'post')" "$work/costs200x60.screen"; then
    pass "Costs' filtered total names its filter where there is room"
else
    fail "Costs' filtered total names its filter where there is room" "$(cat "$work/costs200x60.screen")"
fi

# The fee line under the Costs table at 80x24 is read whole: wrapped at a
# space onto the next line, its last word "guarantee" (the 1.3x of
# [programme] fee_guarantee) there, nothing cut with an ellipsis.
dash fee 80 24
shows fee "as at" || fail "the dashboard starts for the fee"
press fee 2 c
if shows fee "Fee payable" && joined "$work/fee.screen" "Fee payable" | grep -q " over the 1\.3x guarantee$" &&
    ! joined "$work/fee.screen" "Return" | grep -q "…"; then
    pass "the fee line under the Costs table wraps whole at 80x24"
else
    fail "the fee line under the Costs table wraps whole at 80x24" "$(cat "$work/fee.screen")"
fi

# KPIs /reablement: KPI-01 "Reablement finishers a month" and KPI-02
# "Homecare hours a week after reablement" (sample/programme.sql): benefits
# 28 x 100,000 = 2,800,000 and 520 x 1,500 = 780,000, £3.58m between them,
# KPI-01 sustained and KPI-02 not: 1 of the 2 shown, not the £4.30m of all.
for size in 80x24 200x60; do
    s="kpis$size"
    dash "$s" "${size%x*}" "${size#*x}"
    shows "$s" "as at" || fail "the dashboard starts at $size"
    press "$s" 2 i / r e a b l e m e n t Enter
    if shows "$s" "Total of 2 shown" &&
        grep "Total of 2 shown" "$work/$s.screen" | grep -q "£3.58m" &&
        ! grep -q "£4.30m" "$work/$s.screen" && ! grep -q "All KPIs" "$work/$s.screen" &&
        grep -q 'filter "reablement"; 2 of 3 KPIs, 1 sustained' "$work/$s.screen"; then
        pass "the KPIs' total under a filter is of the two shown (£3.58m, 1 sustained) at $size"
    else
        fail "the KPIs' total under a filter is of the two shown (£3.58m, 1 sustained) at $size" \
            "$(cat "$work/$s.screen")"
    fi
done
if grep -q "Total of 2 shown (filter 'reablement'): 1 of 2 sustained" "$work/kpis200x60.screen"; then
    pass "the KPIs' filtered total names its filter and how many of those shown are sustained"
else
    fail "the KPIs' filtered total names its filter and how many of those shown are sustained" \
        "$(cat "$work/kpis200x60.screen")"
fi

# The KPI chart's title at 80x24 is read whole: KPI-02's baseline 9,400 and
# target 8,600 (sample/programme.sql, in hundredths 940000 and 860000).
dash kpititle 80 24
shows kpititle "as at" || fail "the dashboard starts for the KPI chart"
press kpititle 2 i Down
if shows kpititle "KPI-02 Homecare" &&
    joined "$work/kpititle.screen" "KPI-02 Homecare hours" | grep -q "(lower is better): baseline 9,400, target 8,600" &&
    ! joined "$work/kpititle.screen" "KPI-02 Homecare hours" | grep -q "…"; then
    pass "the KPI chart's title wraps whole at 80x24"
else
    fail "the KPI chart's title wraps whole at 80x24" "$(cat "$work/kpititle.screen")"
fi

# Bridge /reablement: the two planned actions "Reablement first"
# (sample/programme.sql), -600,000 in 2026/27 and -1,027,000 in 2027/28:
# -1,627,000, -£1.63m.  Their variances stay the whole bridge's running
# ones: each year's actions run from its forecast outturn, 63,977,000 on a
# budget of 61,250,000 (+2,727,000; 2027/28 carries it), by name, so
# "Reablement first" comes before "Reassessment of care packages":
# +2,727,000 - 600,000 = +2,127,000 (+£2.13m) in 2026/27 and +2,727,000 -
# 1,027,000 = +1,700,000 (+£1.70m) in 2027/28 (filtered, they would be the
# rows' own sums).  No year's outturn rows (of the whole year) stand among
# the rows shown.
for size in 80x24 200x60; do
    s="bridge$size"
    dash "$s" "${size%x*}" "${size#*x}"
    shows "$s" "as at" || fail "the dashboard starts at $size"
    press "$s" 2 b / r e a b l e m e n t Enter
    if shows "$s" "Total of 2 shown" &&
        grep "Total of 2 shown" "$work/$s.screen" | grep -q -- "-£1.63m" &&
        grep "^2026/27 .*Reablement first" "$work/$s.screen" | grep -q -- "-£600k .*+£2.13m" &&
        grep "^2027/28 .*Reablement first" "$work/$s.screen" | grep -q -- "-£1.03m .*+£1.70m" &&
        ! grep -q "forecast outturn *£" "$work/$s.screen" &&
        grep -q 'filter "reablement"; 2 of 14 rows' "$work/$s.screen" &&
        joined "$work/$s.screen" "Waterfall 2026/27" | grep -q "of the whole bridge, not the filter"; then
        pass "the Bridge's total under a filter is of the two rows shown (-£1.63m), its variance the whole bridge's, at $size"
    else
        fail "the Bridge's total under a filter is of the two rows shown (-£1.63m), its variance the whole bridge's, at $size" \
            "$(cat "$work/$s.screen")"
    fi
done
if grep -q 'filter "reablement"; 2 of 14 rows; variance: all' "$work/bridge200x60.screen"; then
    pass "the Bridge's header says its variance is of all the rows where there is room"
else
    fail "the Bridge's header says its variance is of all the rows where there is room" \
        "$(cat "$work/bridge200x60.screen")"
fi


# Savings, the filter typed in a run of keys and left open (no Enter): the
# rows follow each key, and once the keys pause the totals are of the lines
# shown too.  "ASC-0" lets through ASC-01 to ASC-09 of the sample's 16.
dash typed 200 60
shows typed "as at" || fail "the dashboard starts"
press typed 2
tmux_ send-keys -t typed / A S C - 0
shows typed "Total of 9 shown (filter 'ASC-0')" && pass "a filter typed fast, still open, has its totals follow once the keys pause" ||
    fail "a filter typed fast, still open, has its totals follow once the keys pause" "$(cat "$work/typed.screen")"
finish
