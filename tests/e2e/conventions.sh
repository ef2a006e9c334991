# The conventions of the terminal tools people know (htop, tig, visidata):
# sorting by a chosen column with < and > (among the columns shown), the
# heading's arrow on it.
# The figures are the sample's open risks (`assure report risks`): sorted by
# score, high first; their target scores run from 2 (BCC-R08, the only one)
# to 12 (BCC-R02 and BCC-R06).
. "$(dirname "$0")/lib.sh"
cp "$top/sample.db" "$work/programme.db"
export ASSURE_TODAY=2026-11-23

for size in 80x24 200x60; do
    s="sort$size"
    dash "$s" "${size%x*}" "${size#*x}" --
    shows "$s" EXCEPTIONS >/dev/null
    press "$s" 5 '>'
    shows "$s" "Sorted by Rating, low to high" 20 && pass "$size: > moves the sort from Score a column right, to Rating" ||
        fail "$size: > moves the sort from Score a column right, to Rating" "$(tail -1 "$work/$s.screen")"
    press "$s" '>'
    shows "$s" "Sorted by Tgt, low to high" 20 && sed -n 4p "$work/$s.screen" | grep -q "^BCC-R08 " &&
        pass "$size: > again sorts by Tgt, low to high: BCC-R08 (2) first" ||
        fail "$size: > again sorts by Tgt, low to high: BCC-R08 (2) first" "$(sed -n 3,5p "$work/$s.screen")"
    grep -qE "Tgt?▲" "$work/$s.screen" && pass "$size: the Tgt heading carries the arrow" ||
        fail "$size: the Tgt heading carries the arrow" "$(sed -n 3p "$work/$s.screen")"
    press "$s" S
    shows "$s" "Sorted by Tgt, high to low" 20 && sed -n 4p "$work/$s.screen" | grep -qE "^BCC-R0(2|6) " &&
        pass "$size: S reverses: a target of 12 first" || fail "$size: S reverses: a target of 12 first" "$(sed -n 3,5p "$work/$s.screen")"
    press "$s" '<' '<' '<'
    shows "$s" "Sorted by I, low to high" 20 && pass "$size: < moves the sort a column left, through Score to I" ||
        fail "$size: < moves the sort a column left, through Score to I" "$(tail -1 "$work/$s.screen")"
    press "$s" '<' '<' '<' '<' '<' '<'
    shows "$s" "Sorted by Ref, low to high" 20 && pass "$size: < stops at the first column" ||
        fail "$size: < stops at the first column" "$(tail -1 "$work/$s.screen")"
done
# at 80 columns the Owner is not shown: < goes from L to Title, past it
dash narrow 80 24 --
shows narrow EXCEPTIONS >/dev/null
press narrow 5 '<' '<' '<'
shows narrow "Sorted by Title" 20 && pass "at 80x24 < passes over the Owner column, not shown" ||
    fail "at 80x24 < passes over the Owner column, not shown" "$(tail -1 "$work/narrow.screen")"

# One word for a KPI's progress on the screen and in the report: the sample's
# KPI-01 has held its target the three periods agreed (SUSTAINED), KPI-03
# two of three (35 starts against a target of 36 for two months), KPI-02
# none yet (8,880 hours against a target of 8,600, lower being better).
run "$assure" --db "$work/programme.db" report kpis
grep -q "^KPI-02 .*not yet" "$work/stdout" && grep -q "^KPI-03 .*2 of 3" "$work/stdout" &&
    pass "the KPIs report says not yet for KPI-02 and 2 of 3 for KPI-03" ||
    fail "the KPIs report says not yet for KPI-02 and 2 of 3 for KPI-03" "$(cat "$work/stdout")"
dash kpis 132 43 --
shows kpis EXCEPTIONS >/dev/null
press kpis 2 i
shows kpis "KPI-03" 20
grep -q "^KPI-02 .*not yet" "$work/kpis.screen" && grep -q "^KPI-03 .*2 of 3" "$work/kpis.screen" &&
    pass "... and the KPIs view says the same" || fail "... and the KPIs view says the same" "$(cat "$work/kpis.screen")"
finish
