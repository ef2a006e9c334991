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
trap 'tmux_ kill-server 2>/dev/null; rm -rf "$work"' EXIT
# Never pick up the tester's own configuration or database.
export XDG_CONFIG_HOME="$work/xdg"
export HOME="$work/home"
mkdir -p "$HOME"
unset ASSURE_CONFIG ASSURE_DB NO_COLOR
number=0
failures=0

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

finish() {
    echo "1..$number"
    [ "$failures" -eq 0 ]
}
