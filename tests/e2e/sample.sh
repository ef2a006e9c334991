# sample.db: the committed file is what sample/programme.sql builds, and it
# holds every state a screen must show.
. "$(dirname "$0")/lib.sh"

sh "$top/scripts/build-sample" "$work/rebuilt.db" "${ASSURE_BUILD:-build}/tests/old_database"
status=$?
expect "sample.db builds from its sources" 0

dump() {
    sqlite3 "$1" "PRAGMA user_version; PRAGMA application_id;" && sqlite3 "$1" .dump
}
dump "$top/sample.db" >"$work/committed.sql"
dump "$work/rebuilt.db" >"$work/rebuilt.sql"
if cmp -s "$work/committed.sql" "$work/rebuilt.sql"; then
    pass "the committed sample.db is what its sources build"
else
    fail "the committed sample.db is what its sources build (run make sample.db)" \
        "$(diff "$work/committed.sql" "$work/rebuilt.sql" | head -5)"
fi

q() { sqlite3 "$top/sample.db" "$1"; }
# Each state, with the figures worked by hand in sample/programme.sql's comments.
[ "$(q "SELECT count(*) FROM savings_line WHERE status = 'delivered'")" -ge 1 ] && pass "a delivered line" || fail "a delivered line"
[ "$(q "SELECT count(*) FROM savings_line WHERE status = 'dropped'")" -ge 1 ] && pass "a dropped line" || fail "a dropped line"
[ "$(q "SELECT count(*) FROM savings_line WHERE status = 'slipped'")" -ge 1 ] && pass "a slipped line" || fail "a slipped line"
[ "$(q "SELECT count(*) FROM savings_line WHERE origin = 'overlap'")" -ge 1 ] && pass "an overlap line" || fail "an overlap line"
# red: forecast below 80% of target over all years (ASC-05 75.2%, ASC-13 71.4%)
red=$(q "SELECT group_concat(ref) FROM (SELECT l.ref FROM savings_line l JOIN savings_profile p USING (ref)
         WHERE l.status NOT IN ('delivered', 'dropped') GROUP BY l.ref
         HAVING sum(p.forecast) * 100 < 80 * sum(p.target) ORDER BY l.ref)")
[ "$red" = "ASC-05,ASC-13" ] && pass "red lines ASC-05 and ASC-13" || fail "red lines ASC-05 and ASC-13" "got $red"
amber=$(q "SELECT group_concat(ref) FROM (SELECT l.ref FROM savings_line l JOIN savings_profile p USING (ref)
         WHERE l.status NOT IN ('delivered', 'dropped') GROUP BY l.ref
         HAVING sum(p.forecast) * 100 >= 80 * sum(p.target) AND sum(p.forecast) * 100 < 95 * sum(p.target) ORDER BY l.ref)")
[ "$amber" = "ASC-02,ASC-04,ASC-11,ASC-15" ] && pass "amber lines" || fail "amber lines" "got $amber"
# staffing: a hot spot (Castlegate senior practitioners, 8 of 8 vacant on 20 Nov) and over-establishment rows
hot=$(q "SELECT area || '/' || role FROM staffing WHERE as_at = '2026-11-20' AND (vacancy_fte - agency_fte) * 100 >= 20 * establishment_fte ORDER BY area, role")
echo "$hot" | grep -q "Castlegate/Senior Practitioner/OT" && pass "a staffing hot spot" || fail "a staffing hot spot" "$hot"
[ "$(q "SELECT count(*) FROM staffing WHERE vacancy_fte < 0 AND as_at = '2026-11-20'")" -ge 1 ] && pass "an over-establishment row" || fail "an over-establishment row"
[ "$(q "SELECT count(DISTINCT as_at) FROM staffing")" -ge 2 ] && pass "staffing at several snapshot dates" || fail "staffing at several snapshot dates"
# reviews: latest period, teams above and below 2 per FTE-week (Learning Disability's own 1.5)
above=$(q "SELECT count(*) FROM reviews WHERE period_start = '2026-11-09' AND completed * 70000 >= fte * coalesce(target_per_fte_week, 200) * period_days")
below=$(q "SELECT count(*) FROM reviews WHERE period_start = '2026-11-09' AND completed * 70000 < fte * coalesce(target_per_fte_week, 200) * period_days")
[ "$above" -ge 1 ] && [ "$below" -ge 1 ] && pass "review teams above ($above) and below ($below) target" || fail "review teams above and below target" "$above above, $below below"
[ "$(q "SELECT count(*) FROM reviews WHERE backlog > 0")" -ge 1 ] && pass "review backlogs" || fail "review backlogs"
# risks, as at 23 Nov 2026
[ "$(q "SELECT count(*) FROM risk WHERE status = 'open' AND likelihood * impact > 12")" -eq 4 ] && pass "four high risks" || fail "four high risks"
[ "$(q "SELECT count(*) FROM risk WHERE status = 'open' AND likelihood * impact BETWEEN 5 AND 12")" -ge 1 ] && pass "medium risks" || fail "medium risks"
[ "$(q "SELECT count(*) FROM risk WHERE likelihood * impact <= 4")" -ge 1 ] && pass "low risks" || fail "low risks"
[ "$(q "SELECT group_concat(ref) FROM (SELECT ref FROM risk WHERE status = 'open' AND next_review < '2026-11-23' ORDER BY ref)")" = "BCC-R01,BCC-R03,BCC-R06" ] \
    && pass "overdue risks BCC-R01, BCC-R03, BCC-R06" || fail "overdue risks BCC-R01, BCC-R03, BCC-R06"
[ "$(q "SELECT count(*) FROM risk WHERE status = 'closed'")" -ge 1 ] && pass "a closed risk" || fail "a closed risk"
[ "$(q "SELECT count(*) FROM snapshot")" -ge 2 ] && pass "at least two snapshots" || fail "at least two snapshots"

finish
