#!/usr/bin/env bash
# History saved on quit (issue 18.4): a `/` filter or a `:` command typed and entered just
# before quitting is in the history file when the program has exited (the quit waits, a
# bounded time, for the history write under way), and Up recalls it in the next session.
# Each round types the entry, Enter and the quit in one burst, as a fast typist does.
set -euo pipefail
source "$(dirname "$0")/tmux-lib.sh"
e2e_setup history-quit
fail() { echo "$1" >&2; [ -n "${2:-}" ] && cat "$2" >&2; exit 1; }
export CASEDESK_USER=e2e
store="$work/store"
"$bin" demo "$store" --cases 8 --seed 3 --no-open >/dev/null
history="$work/state/casedesk/history"
start() {
    tmux new-session -d -s "$session" -x 100 -y 30 \
        "env XDG_STATE_HOME='$work/state' XDG_CONFIG_HOME='$work/config' CASEDESK_USER=e2e '$bin' --store '$store'; echo EXITED; sleep 30"
    wait_for "8 of 8 cases"
}
rounds=8
for i in $(seq 1 $rounds); do
    start
    # Typed, entered and quit at once: / filter, Enter, :q, Enter.
    keys -l "/skylark$i"; keys Enter; keys -l ":q"; keys Enter
    wait_for EXITED
    tmux kill-session -t "$session"
    grep -qx "/skylark$i" "$history" 2>/dev/null || fail "round $i: /skylark$i was not saved before the program exited" "$history"
    grep -qx ":q" "$history" || fail "round $i: :q was not saved before the program exited" "$history"
done
# The next session recalls the last filter with Up.
start
keys /; keys Up
wait_for "/skylark$rounds"
keys Enter; keys -l ":q"; keys Enter
wait_for EXITED
echo "history-quit: $rounds quits right after an entry, each entry saved; Up recalls the last"
