#!/usr/bin/env bash
# Two users' processes on one store (tmux, 100x30 and 80x24) change the same case's title:
# the second Enter shows the conflict, "Reload and reapply my edit" lists both titles to
# choose from, choosing mine saves it on their revision and keeps theirs in
# history/ID/REV.json (0600), which `casedesk log ID --show REV` prints.
# With CASEDESK_CAPTURES=DIR the screens are also saved there.
set -euo pipefail
source "$(dirname "$0")/tmux-lib.sh"
e2e_setup conflict jq
store="$work/store"
"$bin" demo "$store" --cases 40 --seed 5 --no-open >/dev/null
id=$(jq -r '.id' "$(ls "$store"/cases/*.json | sed -n 3p)")
file="$store/cases/$id.json"
rev=$(jq '.revision' "$file")
other="$session-b"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; tmux kill-session -t "$other" 2>/dev/null || true; rm -rf "$work"' EXIT
capture() { [ -z "${CASEDESK_CAPTURES:-}" ] || tmux capture-pane -p -t "$1" > "$CASEDESK_CAPTURES/$2.txt"; }
run() { # session width height user
    tmux new-session -d -s "$1" -x "$2" -y "$3" \
        "env LANG=C.UTF-8 CASEDESK_USER=$4 sh -c '\"$bin\" --store \"$store\"; echo EXIT=\$?; sleep 600'"
}
on() { local s=$1; shift; tmux send-keys -t "$s" "$@"; }
wait_on() { local s=$1 text=$2 i; for i in $(seq 1 150); do tmux capture-pane -p -t "$s" | grep -qF -- "$text" && return 0; sleep 0.1; done
    echo "timed out waiting for: $text" >&2; tmux capture-pane -p -t "$s" >&2; return 1; }

run "$session" 100 30 akhan
run "$other" 80 24 bwright
for s in "$session" "$other"; do
    wait_on "$s" "of 40 cases"
    on "$s" /; on "$s" -l "$id"; wait_on "$s" "1 of 40 cases"; on "$s" Enter
    on "$s" e; wait_on "$s" "Edit case $id"; on "$s" C-u
done
on "$session" -l "Operation Mine"
on "$other" -l "Operation Theirs"; on "$other" Enter
wait_on "$other" "saved (revision $((rev + 1)))"
on "$session" Enter
wait_on "$session" "was saved by someone else first"
on "$session" 1
wait_on "$session" "Both changed 1 field of $id: choose per field"
wait_on "$session" '"Operation Theirs"'
wait_on "$session" '"Operation Mine"'
on "$session" m
wait_on "$session" '(•) mine:'
capture "$session" conflict-per-field-100x30
[ "$(jq '.revision' "$file")" -eq $((rev + 1)) ] || { echo "the choice saved before Enter" >&2; exit 1; }
on "$session" Enter
wait_on "$session" "Merged with their change (title: mine) — $id saved (revision $((rev + 2)))"
capture "$session" conflict-per-field-saved-100x30
[ "$(jq -r '.title' "$file")" = "Operation Mine" ] || { echo "mine was not saved" >&2; exit 1; }
kept="$store/history/$id/$((rev + 1)).json"
[ "$(jq -r '.title' "$kept")" = "Operation Theirs" ] || { echo "their revision was not kept" >&2; exit 1; }
[ "$(stat -c %a "$kept")" = 600 ] || { echo "the kept revision is not 0600" >&2; exit 1; }
"$bin" log --store "$store" "$id" --show $((rev + 1)) 2>/dev/null | jq -e '.title == "Operation Theirs"' >/dev/null \
    || { echo "log --show did not print their revision" >&2; exit 1; }
tail -1 "$store/audit.jsonl" | jq -e --arg d "title; revision $((rev + 1)) kept in history/$id/$((rev + 1)).json" '.user == "akhan" and .detail == $d' >/dev/null \
    || { echo "bad audit line: $(tail -1 "$store/audit.jsonl")" >&2; exit 1; }

# The same choice at 80x24, the other way round: bwright's second edit meets akhan's.
rev=$(jq '.revision' "$file")
on "$other" r; wait_on "$other" "Reloaded"
on "$other" e; wait_on "$other" "Edit case $id"; on "$other" C-u; on "$other" -l "Operation Theirs Again"
on "$session" e; wait_on "$session" "Edit case $id"; on "$session" C-u; on "$session" -l "Operation Mine Again"; on "$session" Enter
wait_on "$session" "saved (revision $((rev + 1)))"
on "$other" Enter
wait_on "$other" "was saved by someone else first"
on "$other" 1
wait_on "$other" "choose per field"
capture "$other" conflict-per-field-80x24
on "$other" Enter
wait_on "$other" "Kept their version of $id"
[ "$(jq -r '.title' "$file")" = "Operation Mine Again" ] || { echo "keeping theirs changed the file" >&2; exit 1; }
echo "ok: per-field choice between two processes on $id, theirs kept in history and shown by log --show"
