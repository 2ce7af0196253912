#!/usr/bin/env bash
# Two CaseDesk UIs on one PostgreSQL database (tmux, 100x30 each): a title saved in the
# first shows in the second's filtered list within a second, without a reload (LISTEN/NOTIFY
# and the one summary replaced in place). Also: a store directory imported with
# `casedesk db import` and exported with `casedesk db export` has the same case files, byte
# for byte. Needs the throwaway server .ci/run starts (CASEDESK_TEST_PG); skipped without it.
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
"$bin" db import "$work/dir" --store "$store" --user e2e | grep -q "Imported 20 cases"
"$bin" db import "$work/dir" --store "$store" --user e2e | grep -q "Imported 0 cases .* (20 were already there)"
"$bin" db export "$work/out" --store "$store" | grep -q "Wrote 20 cases"
diff -r "$work/dir/cases" "$work/out/cases"
echo "import, import again, export: the 20 case files are byte for byte the same"

id=$(jq -r '.id' "$(ls "$work/dir"/cases/*.json | sed -n 3p)")
rev=$(jq '.revision' "$work/dir/cases/$id.json")

start_ui() {   # SESSION USER
    tmux new-session -d -s "$1" -x 100 -y 30 \
        "env LANG=C.UTF-8 CASEDESK_USER=$2 sh -c '\"$bin\" --store \"$store\"; echo EXIT=\$?; sleep 600'"
}
screen_b() { tmux capture-pane -p -t "$session-b"; }
start_ui "$session" ann
start_ui "$session-b" bob
wait_for "of 20 cases"
for i in $(seq 1 150); do screen_b | grep -qF "of 20 cases" && break; sleep 0.1; done

# B filters for a title nobody has yet.
tmux send-keys -t "$session-b" /
tmux send-keys -t "$session-b" -l "Zebra Crossing"
for i in $(seq 1 150); do screen_b | grep -qF "0 of 20 cases" && break; sleep 0.1; done
screen_b | grep -qF "0 of 20 cases" || { echo "B's filter did not apply" >&2; screen_b >&2; exit 1; }

# A renames the case through the form.
keys /
keys -l "$id"
wait_for "1 of 20 cases"
keys Enter
keys e
wait_for "Edit case $id"
keys C-u
keys -l "Operation Zebra Crossing"
keys Enter
wait_for "saved (revision $((rev + 1)))"
saved_at=$(date +%s%N)
for i in $(seq 1 100); do screen_b | grep -qF "1 of 20 cases" && break; sleep 0.02; done
seen_at=$(date +%s%N)
screen_b | grep -qF "1 of 20 cases" || { echo "B never showed A's save" >&2; screen_b >&2; exit 1; }
ms=$(( (seen_at - saved_at) / 1000000 ))
echo "B showed A's save ${ms} ms after A's screen said it was saved"
[ "$ms" -lt 1000 ] || { echo "B took ${ms} ms to show A's save (more than a second)" >&2; exit 1; }
screen_b | grep -qF "Operation Zebra Crossing"
"$bin" log --store "$store" "$id" --format tsv | tail -1 | grep -q "update"

keys q
wait_for "EXIT=0"
