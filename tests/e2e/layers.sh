# The architecture of SPEC §1: <curses.h> only in src/tui, <sqlite3.h> and
# <libpq-fe.h> only in src/store, no I/O in src/domain, no exit() below main.c.
. "$(dirname "$0")/lib.sh"
cd "$top" || exit 1

outside=$(grep -rlE '#include <(n?curses|ncursesw/curses|term)\.h>' src include | grep -v '^src/tui/')
[ -z "$outside" ] && pass "curses is included only in src/tui" || fail "curses is included only in src/tui" $outside
outside=$(grep -rl '#include <sqlite3.h>' src include | grep -v '^src/store/')
[ -z "$outside" ] && pass "sqlite3.h is included only in src/store" || fail "sqlite3.h is included only in src/store" $outside
outside=$(grep -rl '#include <libpq-fe.h>' src include | grep -v '^src/store/')
[ -z "$outside" ] && pass "libpq-fe.h is included only in src/store" || fail "libpq-fe.h is included only in src/store" $outside
io=$(grep -nE '\b(fopen|fread|fwrite|fprintf|printf|puts|fputs|getchar|getenv|open|read|write|time|system|popen)\s*\(' src/domain/*.c | grep -v '^\S*:\s*/\?\*')
[ -z "$io" ] && pass "src/domain does no I/O" || fail "src/domain does no I/O" "$io"
exits=$(grep -nE '\b(exit|_exit|abort)\s*\(' src/*/*.c)
[ -z "$exits" ] && pass "no exit() below main.c" || fail "no exit() below main.c" "$exits"
typed=$(grep -nE 'iniparser_get(int|longint|double|boolean)' src/*/*.c)
[ -z "$typed" ] && pass "iniparser's typed getters are never called" || fail "iniparser's typed getters are never called" "$typed"

# libpq is loaded when a PostgreSQL location is opened (src/store/pq_load.c),
# never linked: a run on a SQLite file does not load it.
if command -v ldd >/dev/null 2>&1 && command -v nm >/dev/null 2>&1; then
    linked=$(ldd "$top/assure" | grep libpq)
    [ -z "$linked" ] && pass "assure is not linked with libpq" || fail "assure is not linked with libpq" "$linked"
    calls=$(nm -u "$top/assure" | grep -E ' PQ[a-zA-Z]+$')
    [ -z "$calls" ] && pass "assure refers to no libpq function by its symbol" ||
        fail "assure refers to no libpq function by its symbol" "$calls"
else
    fail "ldd and nm are installed (they show what assure is linked with)"
fi
cp "$top/sample.db" "$work/sample.db"
LD_DEBUG=files "$top/assure" --db "$work/sample.db" --read-only report overview >/dev/null 2>"$work/loaded"
status=$?
loaded=$(grep libpq "$work/loaded" | head -3)
[ "$status" -eq 0 ] && [ -z "$loaded" ] && grep -q 'libsqlite3' "$work/loaded" &&
    pass "a report on a SQLite file does not load libpq" ||
    fail "a report on a SQLite file does not load libpq" "status $status" "$loaded"

finish
