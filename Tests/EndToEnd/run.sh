#!/usr/bin/env bash
# Runs every Tests/EndToEnd/*.test.sh against the casedesk already built in .build/debug (this
# script builds nothing), prints PASS or FAIL for each, and exits non-zero if any failed.
# Each script gets CASEDESK_BIN (the binary) and runs from the repository root.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
bin="$root/.build/debug/casedesk"
if [ ! -x "$bin" ]; then
    echo "run.sh: $bin is missing; run 'swift build' first" >&2
    exit 1
fi

passed=0
failed=0
flaky=0
for script in "$here"/*.test.sh; do
    [ -e "$script" ] || continue
    name=$(basename "$script")
    log=$(mktemp)
    if CASEDESK_BIN="$bin" bash "$script" >"$log" 2>&1; then
        # A script that cannot run here (no server for it) says so in a last line "SKIP: why".
        # A script that counts what it tried says so in a last line "NAME: figures" (the kill
        # loop's kills, the damage battery's kinds): shown, so CI logs carry the figures.
        if skip=$(tail -1 "$log" | grep '^SKIP: '); then echo "SKIP $name (${skip#SKIP: })"
        elif figures=$(tail -1 "$log" | grep "^${name%.test.sh}: "); then echo "PASS $name (${figures#*: })"
        else echo "PASS $name"; fi
        passed=$((passed + 1))
    elif { echo "--- second run"; CASEDESK_BIN="$bin" bash "$script"; } >>"$log" 2>&1; then
        # These scripts drive a real terminal and wait with timeouts; on a loaded machine one
        # has failed once (editor-vim's Ctrl-Z then fg, postgres-two-uis's typed filter) and
        # passed when run again. A second run is allowed, never silently: the first failure
        # is printed in full, so a flake stays visible until it is fixed.
        echo "FLAKY $name (failed once, passed on a second run; both logs below)"
        sed 's/^/    /' "$log"
        flaky=$((flaky + 1))
        passed=$((passed + 1))
    else
        echo "FAIL $name"
        sed 's/^/    /' "$log"
        failed=$((failed + 1))
    fi
    rm -f "$log"
done
echo "end-to-end: $passed passed ($flaky on a second run), $failed failed"
[ "$failed" -eq 0 ]
