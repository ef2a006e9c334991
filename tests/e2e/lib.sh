# lib.sh - helpers for the end-to-end tests: TAP output and running assure.
# Each test script sources this, runs checks, and ends with `finish`.
top=$(cd "$(dirname "$0")/../.." && pwd)
# ASSURE_PROGRAM runs the suites through something else (make memcheck: valgrind).
assure="${ASSURE_PROGRAM:-$top/assure}"
# Files the tests make are their owner's and group's only, as assure init makes
# them (and as a clone's sample.db, 0644, is not): so the dashboard has no
# cause to warn that every user can read them.
umask 027
work=$(mktemp -d "${TMPDIR:-/tmp}/assure-e2e-XXXXXX")
# tmux_ ARGS...: tmux on this script's own server (a dashboard seen as a person
# sees it), ended with the script, like its files.
socket="assure-$(basename "$0" .sh)-$$"
tmux_() { tmux -L "$socket" "$@"; }
# leftovers: once the tmux server has gone, every program it ran has had its
# hang-up; one still running after 20 s (as a sanitized build can, stuck in
# its leak check at exit) is killed, so that no suite leaves work running.
leftovers() {
    waited=0
    while pgrep -f -- "$work/" >/dev/null 2>&1 && [ $waited -lt 100 ]; do
        sleep 0.2
        waited=$((waited + 1))
    done
    pkill -KILL -f -- "$work/" 2>/dev/null
}
trap 'tmux_ kill-server 2>/dev/null; leftovers; rm -rf "$work"' EXIT
# Never pick up the tester's own configuration or database.
export XDG_CONFIG_HOME="$work/xdg"
export HOME="$work/home"
mkdir -p "$HOME"
unset ASSURE_CONFIG ASSURE_DB NO_COLOR
number=0
failures=0

# The store a suite's databases are in: files in $work (the default), or,
# with E2E_STORE=postgresql, programmes in a database of the suite's own on
# the server tests/pg/server run gives ($ASSURE_TEST_PG_URL), dropped at the
# end.  A suite that makes its databases with sample_db and opens them with
# dash or assure_on runs on either.
e2e_pg=""
if [ "${E2E_STORE:-sqlite}" = postgresql ]; then
    if [ -z "${ASSURE_TEST_PG_URL:-}" ]; then
        echo "Bail out! E2E_STORE=postgresql needs a server: tests/pg/server run sh $0"
        exit 1
    fi
    e2e_pgdb=assure_e2e_$$
    psql -X -q -c "CREATE DATABASE $e2e_pgdb" >/dev/null || {
        echo "Bail out! cannot make a database on the server"
        exit 1
    }
    e2e_pg=$(printf '%s' "$ASSURE_TEST_PG_URL" | sed "s#///postgres?#///$e2e_pgdb?#")
    trap 'tmux_ kill-server 2>/dev/null; leftovers; psql -X -q -c "DROP DATABASE IF EXISTS $e2e_pgdb WITH (FORCE)" >/dev/null 2>&1; rm -rf "$work"' EXIT
fi

# on_file: true when the suite's databases are files (what only a file has,
# its mode, its neighbours, sqlite3, is tested only then).
on_file() { [ -z "$e2e_pg" ]; }

# sample_db NAME: the sample as the suite's database NAME (programme.db): a
# copy of the file, or the sample copied into the programme NAME less .db
# (in place of one made before).
sample_db() {
    if on_file; then
        cp "$top/sample.db" "$work/$1"
    elif ! psql -X -q -d "$e2e_pgdb" -c "DROP SCHEMA IF EXISTS ${1%.db} CASCADE" >/dev/null 2>&1 ||
        ! "$assure" copy --from "$top/sample.db" --to "$e2e_pg" --to-programme "${1%.db}" >/dev/null; then
        echo "Bail out! cannot copy the sample into PostgreSQL"
        exit 1
    fi
}

# sql_on NAME SQL: SQL run on the suite's database NAME behind assure's back
# (sqlite3 with foreign keys on, or psql in the programme's schema).
sql_on() {
    if on_file; then
        sqlite3 "$work/$1" "PRAGMA foreign_keys = ON; $2"
    else
        psql -X -qAt -d "$e2e_pgdb" -c "SET search_path TO ${1%.db}; $2"
    fi
}

# assure_on NAME ARGS...: assure on the suite's database NAME.
assure_on() {
    assure_on_name=$1
    shift
    if on_file; then
        "$assure" --db "$work/$assure_on_name" "$@"
    else
        "$assure" --db "$e2e_pg" --programme "${assure_on_name%.db}" "$@"
    fi
}

pass() {
    number=$((number + 1))
    echo "ok $number - $1"
}

fail() {
    number=$((number + 1))
    failures=$((failures + 1))
    echo "not ok $number - $1"
    shift
    for line in "$@"; do echo "# $line"; done
}

# run CMD...: run assure-like command, keeping stdout, stderr and status.
run() {
    "$@" >"$work/stdout" 2>"$work/stderr"
    status=$?
}

# expect NAME STATUS [FRAGMENT-IN-OUTPUT]: check the last run.
expect() {
    name=$1
    want=$2
    fragment=${3:-}
    if [ "$status" -ne "$want" ]; then
        fail "$name" "exit status $status, expected $want" "stderr: $(head -c 400 "$work/stderr")"
    elif [ -n "$fragment" ] && ! grep -qF -- "$fragment" "$work/stdout" "$work/stderr"; then
        fail "$name" "output lacks: $fragment" "stdout: $(head -c 400 "$work/stdout")" \
            "stderr: $(head -c 400 "$work/stderr")"
    else
        pass "$name"
    fi
}

# wider_than N FILE: the first line of FILE over N characters (not bytes), if any.
wider_than() {
    while IFS= read -r line; do
        if [ "$(printf '%s' "$line" | LC_ALL=C.UTF-8 wc -m)" -gt "$1" ]; then
            printf '%s\n' "$line"
            return
        fi
    done <"$2"
}

# The dashboard in tmux, as a person sees it.
# dash NAME COLUMNS ROWS [VAR=VALUE...] -- [ARGS...]: assure on the suite's
# database ${db:-programme.db} (or $db itself, a postgresql:// location) in a
# new session of that size; TERM=xterm (or $E2E_TERM: tests/e2e/terms.sh runs
# the suites again under PuTTY's and the Linux console's), LANG=C.UTF-8 and
# NO_COLOR=1 unless a VAR=VALUE says otherwise (TERM=linux, LANG=C).  Its exit
# status goes to $work/NAME.status.
dash() {
    dash_name=$1 dash_columns=$2 dash_rows=$3
    shift 3
    dash_env="TERM=${E2E_TERM:-xterm} LANG=C.UTF-8 LC_ALL= NO_COLOR=1"
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do
        dash_env="$dash_env $1"
        shift
    done
    [ $# -gt 0 ] && shift
    dash_db=${db:-programme.db}
    case $dash_db in
    *://*) dash_open="--db '$dash_db'" ;; # a PostgreSQL location, as it is
    *) if on_file; then
        dash_open="--db '$work/$dash_db'"
    else
        dash_open="--db '$e2e_pg' --programme ${dash_db%.db}"
    fi ;;
    esac
    tmux_ new-session -d -s "$dash_name" -x "$dash_columns" -y "$dash_rows" -c "$work" \
        "env HOME=$HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME ASSURE_TODAY=${ASSURE_TODAY:-} $dash_env $assure $dash_open $*; echo \$? >$work/$dash_name.status; sleep 60"
}

# shows NAME TEXT [TENTHS]: poll the pane until TEXT shows (10 s unless
# TENTHS says); the last capture is in $work/NAME.screen.
shows() {
    shows_i=0
    while [ $shows_i -lt "${3:-100}" ]; do
        tmux_ capture-pane -p -t "$1" >"$work/$1.screen" 2>/dev/null
        grep -qF -- "$2" "$work/$1.screen" && return 0
        sleep 0.1
        shows_i=$((shows_i + 1))
    done
    return 1
}

# screen NAME: capture the pane now into $work/NAME.screen (and print it).
screen() {
    tmux_ capture-pane -p -t "$1" >"$work/$1.screen"
    cat "$work/$1.screen"
}

# press NAME KEY...: tmux key names (Enter, Escape, Home, C-a, q).
press() {
    press_s=$1
    shift
    tmux_ send-keys -t "$press_s" "$@"
    sleep 0.3
}

# bytes NAME HEX...: the bytes a terminal sends, exactly (1b 5b 31 7e is
# PuTTY's Home), in one write.
bytes() {
    bytes_s=$1
    shift
    tmux_ send-keys -t "$bytes_s" -H "$@"
    sleep 0.3
}

# exited NAME: wait (10 s at most) for the dashboard in NAME to end.
exited() {
    exited_i=0
    while [ $exited_i -lt 100 ] && [ ! -s "$work/$1.status" ]; do
        sleep 0.1
        exited_i=$((exited_i + 1))
    done
    [ -s "$work/$1.status" ]
}

finish() {
    echo "1..$number"
    [ "$failures" -eq 0 ]
}
