#!/usr/bin/env bash
# Two CaseDesk UIs on one PostgreSQL database (tmux, 100x30 each). (1) A chase recorded in A,
# with a note, shows in B — open on the same case's Requests tab — within a second, without
# a reload (LISTEN/NOTIFY, the one case read again and replaced in place); the screens are
# kept in $CASEDESK_CAPTURE_DIR when it is set. (2) A title saved in A shows in B's filtered
# list. Also: a store directory copied in with `casedesk import --from` and out with
# `casedesk db export` has the same case files, byte for byte, and importing again adds
# nothing. Needs the throwaway server .ci/run starts (CASEDESK_TEST_PG); skipped without it.
set -euo pipefail
source "$(dirname "$0")/tmux-lib.sh"
if [ -z "${CASEDESK_TEST_PG:-}" ] || [ -z "${CASEDESK_TEST_PG_SOCKET:-}" ]; then
    echo "SKIP: CASEDESK_TEST_PG is not set (bash .ci/run starts a throwaway PostgreSQL and sets it)"
    exit 0
fi
e2e_setup pg jq
db="e2e_$$"
psql -X -q -h "$CASEDESK_TEST_PG_SOCKET" -U casedesk_test -d casedesk_test -c "CREATE DATABASE $db"
trap 'tmux kill-session -t "$session-b" 2>/dev/null || true; tmux kill-session -t "$session" 2>/dev/null || true;
      psql -X -q -h "$CASEDESK_TEST_PG_SOCKET" -U casedesk_test -d casedesk_test -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true;
      rm -rf "$work"' EXIT
store=$(printf '%s' "$CASEDESK_TEST_PG" | sed "s|/casedesk_test?|/$db?|")

# In and out, byte for byte.
"$bin" demo "$work/dir" --cases 20 --seed 5 --no-open >/dev/null
"$bin" import --from "$work/dir" --store "$store" --user e2e | grep -q "Imported 20 cases"
"$bin" import --from "$work/dir" --store "$store" --user e2e | grep -q "Imported 0 cases .* (20 were already there)"
"$bin" db export "$work/out" --store "$store" | grep -q "Wrote 20 cases"
diff -r "$work/dir/cases" "$work/out/cases"
echo "import --from, again, db export: the 20 case files are byte for byte the same"

# A case whose first request can be chased (sent, not closed).
id=$(for f in "$work/dir"/cases/*.json; do
        jq -r 'select((.requests | length) > 0 and (.requests[0].status | IN("sent","acknowledged","inExecution","partiallyExecuted"))) | .id' "$f"
     done | head -1)
[ -n "$id" ] || { echo "the demo store has no case with a request to chase" >&2; exit 1; }
request=$(jq -r '.requests[0].id' "$work/dir/cases/$id.json")
rev=$(jq '.revision' "$work/dir/cases/$id.json")
note="Rang the central authority $$"

start_ui() {   # SESSION USER
    tmux new-session -d -s "$1" -x 100 -y 30 \
        "env LANG=C.UTF-8 CASEDESK_USER=$2 sh -c '\"$bin\" --store \"$store\"; echo EXIT=\$?; sleep 600'"
}
screen_b() { tmux capture-pane -p -t "$session-b"; }
keys_b() { tmux send-keys -t "$session-b" "$@"; }
wait_for_b() {   # TEXT: like wait_for, on B
    local i
    for i in $(seq 1 150); do screen_b | grep -qF -- "$1" && return 0; sleep 0.1; done
    echo "timed out waiting for B to show: $1" >&2; screen_b >&2; return 1
}
capture() {   # NAME: both screens, when captures are asked for
    [ -n "${CASEDESK_CAPTURE_DIR:-}" ] || return 0
    { echo "=== A (user ann) ==="; screen; echo "=== B (user bob) ==="; screen_b; } > "$CASEDESK_CAPTURE_DIR/$1.txt"
}
open_case() {   # KEYS-FUNCTION WAIT-FUNCTION: filter the list to $id, open it, Requests tab
    "$1" /
    "$1" -l "$id"
    "$2" "1 of 20 cases"
    "$1" Enter   # ends the filter
    "$1" Enter   # opens the case
    "$2" "Overview"
    for _ in 1 2 3; do "$1" Tab; done
    "$2" "Chases"
}
start_ui "$session" ann
start_ui "$session-b" bob
wait_for "of 20 cases"
wait_for_b "of 20 cases"

# 1. Both on the case's Requests tab; A chases its first request with a note.
open_case keys wait_for
open_case keys_b wait_for_b
screen_b | grep -qF "$note" && { echo "B shows the note before A typed it" >&2; exit 1; }
capture 1-before-chase
keys c
wait_for "Chase $request"
keys -l "$note"
keys Enter
wait_for "Chase of $request recorded"
saved_at=$(date +%s%N)
for i in $(seq 1 100); do screen_b | grep -qF -- "$note" && break; sleep 0.02; done
seen_at=$(date +%s%N)
screen_b | grep -qF -- "$note" || { echo "B never showed A's chase" >&2; screen_b >&2; exit 1; }
ms=$(( (seen_at - saved_at) / 1000000 ))
capture 2-after-chase
echo "B showed A's chase of $request ${ms} ms after A's screen said it was recorded"
[ "$ms" -lt 1000 ] || { echo "B took ${ms} ms to show A's chase (more than a second)" >&2; exit 1; }
"$bin" log --store "$store" "$id" --format tsv | tail -1 | grep -q "chase"

# 2. Back to the lists: B filters for a title nobody has yet; A renames the case to it.
# Each Esc is waited for before the next key: an Esc with a key right behind it is read as
# Alt+key (how a terminal sends Alt), and the key would be lost.
keys Escape
keys_b Escape
wait_for "of 20 cases"
wait_for_b "of 20 cases"
keys_b Escape
wait_for_b "Filter: none"
keys_b /
keys_b -l "Zebra Crossing"
wait_for_b "/Zebra Crossing"
wait_for_b "0 of 20 cases"
keys Escape
wait_for "Filter: none"
keys /
keys -l "$id"
wait_for "1 of 20 cases"
keys Enter
keys e
wait_for "Edit case $id"
keys C-u
keys -l "Operation Zebra Crossing"
keys Enter
wait_for "saved (revision $((rev + 2)))"
wait_for_b "1 of 20 cases"
screen_b | grep -qF "Operation Zebra Crossing"
capture 3-rename-in-filtered-list
"$bin" log --store "$store" "$id" --format tsv | tail -1 | grep -q "update"

keys q
keys q
wait_for "EXIT=0"
