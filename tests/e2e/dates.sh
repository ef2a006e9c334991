# The dashboard's screen writes every date one way, "7 Dec 2026": the day
# without a leading zero, the month's three letters, the year always.  No
# ISO date (2026-12-07) is left on the screens a meeting reads, and a column
# of dates still sorts by the day, not by its text.
# The dates are the sample's (sample/programme.sql):
#   risk BCC-R06  last reviewed 2026-09-28, next review 2026-10-26, its one
#                 score history row 2026-09-28
#   risks BCC-R01 and BCC-R03  next review 2026-11-09 and 2026-11-16; the
#                 other open risks 2026-12-07
#   KPI-01 values  2026-06-01 to 2026-11-01, a month apart
#   staffing  snapshots on 2026-10-02, 2026-10-30 and 2026-11-20
. "$(dirname "$0")/lib.sh"
sample_db programme.db
export ASSURE_TODAY=2026-11-29
iso='[0-9]{4}-[0-9]{2}-[0-9]{2}'

# no_iso NAME WHAT: the last capture of NAME holds no ISO date.
no_iso() {
    found=$(grep -nE "$iso" "$work/$1.screen" | head -3)
    [ -z "$found" ] && pass "$2: no ISO date on screen" || fail "$2: no ISO date on screen" "$found"
}

# has NAME WHAT TEXT...: the last capture of NAME holds every TEXT.
has() {
    has_s=$1 has_what=$2
    shift 2
    for has_t in "$@"; do
        if ! grep -qF -- "$has_t" "$work/$has_s.screen"; then
            fail "$has_what: shows $*" "lacks: $has_t" "$(head -8 "$work/$has_s.screen")"
            return
        fi
    done
    pass "$has_what: shows $*"
}

for size in 80x24 200x60; do
    s="dates$size"
    dash "$s" "${size%x*}" "${size#*x}" --
    shows "$s" EXCEPTIONS >/dev/null
    # the Overview's exceptions: BCC-R06's review overdue since 2026-10-26
    no_iso "$s" "$size Overview"
    [ "$size" = 200x60 ] && has "$s" "$size Overview" "BCC-R06 Transforming Care placements unfunded: score 20, review overdue since 26 Oct 2026"

    # ---- the Risks register: its Next review column ----
    press "$s" 5
    shows "$s" "Next review" 20 >/dev/null
    no_iso "$s" "$size Risks"
    has "$s" "$size Risks" "26 Oct 2026" "9 Nov 2026" "16 Nov 2026" "7 Dec 2026"
    grep -E "^BCC-R06 " "$work/$s.screen" | grep -qF "26 Oct 2026" &&
        pass "$size Risks: BCC-R06's next review (2026-10-26) on its row as 26 Oct 2026" ||
        fail "$size Risks: BCC-R06's next review (2026-10-26) on its row as 26 Oct 2026" \
            "$(grep -E '^BCC-R06 ' "$work/$s.screen")"

    # sorted by Next review, low to high: by the day (26 Oct, 9 Nov, 16 Nov,
    # then 7 Dec), which as text would be 16 Nov, 26 Oct, 7 Dec, 9 Nov
    i=0
    while [ $i -lt 10 ] && ! grep -qF "Sorted by Next review, low to high" "$work/$s.screen"; do
        press "$s" '>'
        screen "$s" >/dev/null
        i=$((i + 1))
    done
    # the first three rows under the heading (the context may take a line of
    # its own above it); the chosen row stays in sight, so Home shows the top
    press "$s" g
    screen "$s" >/dev/null
    order=$(grep -E '^(BCC-R|AANDH)[0-9]' "$work/$s.screen" | head -3 | awk '{ printf "%s ", $1 }')
    [ "$order" = "BCC-R06 BCC-R01 BCC-R03 " ] &&
        pass "$size Risks: sorted by Next review, the earliest day first" ||
        fail "$size Risks: sorted by Next review, the earliest day first" "rows: $order" \
            "$(sed -n 3,7p "$work/$s.screen")"
    press "$s" S
    shows "$s" "Sorted by Next review, high to low" 20 >/dev/null
    press "$s" g
    screen "$s" >/dev/null
    grep -E '^(BCC-R|AANDH)[0-9]' "$work/$s.screen" | head -1 | grep -qF "7 Dec 2026" &&
        pass "$size Risks: reversed, the latest day (7 Dec 2026) first" ||
        fail "$size Risks: reversed, the latest day (7 Dec 2026) first" "$(sed -n 3,5p "$work/$s.screen")"

    # ---- a risk's detail: BCC-R06 ----
    press "$s" f
    tmux_ send-keys -t "$s" -l "BCC-R06"
    press "$s" Enter Enter
    shows "$s" "Risk BCC-R06" 20 >/dev/null
    no_iso "$s" "$size BCC-R06's detail"
    has "$s" "$size BCC-R06's detail" "Last reviewed  28 Sep 2026" "Next review    26 Oct 2026" \
        "28 Sep 2026  4 x 5 = 20"
    press "$s" Escape

    # ---- the KPIs view: KPI-01's chart, a row a month ----
    press "$s" 2 i
    shows "$s" "KPI-01" 20 >/dev/null
    shows "$s" "1 Nov 2026" 20 >/dev/null
    no_iso "$s" "$size KPIs view"
    has "$s" "$size KPIs view" "1 Jun 2026" "1 Jul 2026" "1 Aug 2026" "1 Sep 2026" "1 Oct 2026" "1 Nov 2026"
    press "$s" Escape

    # ---- Staffing: its date and the one before, stepped with [ ----
    press "$s" 3
    shows "$s" "as at 20 Nov 2026" 20 >/dev/null
    no_iso "$s" "$size Staffing"
    has "$s" "$size Staffing" "as at 20 Nov 2026, change since 30 Oct 2026"
    press "$s" '['
    shows "$s" "as at 30 Oct 2026" 20 >/dev/null
    has "$s" "$size Staffing, a date earlier" "as at 30 Oct 2026, change since 2 Oct 2026"
    press "$s" Down Enter # Castlegate's header row, then its Administration post
    shows "$s" "Staffing: Castlegate, Administration" 20 >/dev/null
    no_iso "$s" "$size a staffing post's history"
    has "$s" "$size a staffing post's history" "2 Oct 2026" "30 Oct 2026" "20 Nov 2026"
    press "$s" Escape q
done

# The CSV that x writes keeps exact values: BCC-R06's next review 2026-10-26.
dash export 200 60 --
shows export EXCEPTIONS >/dev/null
press export 5 x c
shows export "Exported" 20 >/dev/null
csv="$work/assure-risks-2026-11-29.csv"
if [ -f "$csv" ] && grep -E '^BCC-R06,' "$csv" | grep -qF ',2026-10-26' && ! grep -qF '26 Oct 2026' "$csv"; then
    pass "x exports the Next review as ISO: 2026-10-26"
else
    fail "x exports the Next review as ISO: 2026-10-26" "$(grep -E '^(Ref|BCC-R06),' "$csv" 2>&1)"
fi

# The reports and data stay ISO: the command line's risks report names
# BCC-R06's next review as 2026-10-26.
run assure_on programme.db report risks
expect "the risks report keeps ISO dates" 0 "2026-10-26"

finish
