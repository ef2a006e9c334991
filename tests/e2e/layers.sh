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

finish
