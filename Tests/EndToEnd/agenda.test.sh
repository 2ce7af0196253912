#!/usr/bin/env bash
# The Agenda in the real program (tmux, 100x30): key 5 shows every deadline with the CTL
# alarms marked by a symbol and a word; x marks a task done (the case file and the audit line
# are checked), u undoes it. Then `casedesk agenda` as JSON and CSV, and `check` on a version 1
# store upgraded by its first save. Waits for text on the screen, never for time.
set -euo pipefail
source "$(dirname "$0")/tmux-lib.sh"
e2e_setup agenda jq
store="$work/store"
"$bin" demo "$store" --cases 60 --seed 7 --no-open >/dev/null
last_audit() { tail -1 "$store/audit.jsonl"; }

tmux new-session -d -s "$session" -x 100 -y 30 \
    "env LANG=C.UTF-8 CASEDESK_USER=e2e sh -c '\"$bin\" --store \"$store\"; echo EXIT=\$?; sleep 600'"
wait_for "of 60 cases"
keys 5
wait_for "┏ Agenda"
wait_for "Expired / very overdue"
wait_for "‼"
wait_for "EXPIRED"
# Only tasks: t cycles the kind shown through all nine kinds; task is the last.
for _ in 1 2 3 4 5 6 7 8 9; do keys t; done
wait_for "Filter: task"
# The first task row is selected; its case and id come from the JSON of the batch command.
first=$("$bin" agenda --store "$store" --kind task --format json | jq -r '.items[0] | "\(.case) \(.task)"')
case_id=${first% *}; task_id=${first#* }
file="$store/cases/$case_id.json"
rev=$(jq '.revision' "$file")
keys x
wait_for "Task $task_id of $case_id done"
jq -e --arg t "$task_id" '.tasks[] | select(.id == $t) | .done.by == "e2e"' "$file" >/dev/null \
    || { echo "the task was not saved as done" >&2; exit 1; }
[ "$(jq '.revision' "$file")" -eq $((rev + 1)) ] || { echo "marking done is not one new revision" >&2; exit 1; }
last_audit | jq -e --arg c "$case_id" '.case == $c and .action == "task done" and .user == "e2e" and (.detail | test("tasks\\[[0-9]+\\]\\.done"))' >/dev/null \
    || { echo "bad audit line: $(last_audit)" >&2; exit 1; }
keys u
wait_for "Undo in another case"
keys y
wait_for "Undone"
jq -e --arg t "$task_id" '.tasks[] | select(.id == $t) | has("done") | not' "$file" >/dev/null \
    || { echo "undo did not reopen the task" >&2; exit 1; }
keys q
keys q
wait_for "EXIT=0"

# The batch command: JSON as the issue describes it, CSV with a header.
"$bin" agenda --store "$store" --format json >"$work/agenda.json"
jq -e '(.asOf | test("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")) and (.items | length > 0)
       and ([.items[].kind] | index("custodyTimeLimit") != null)
       and ([.items[] | select(.ctl == "expired")] | length >= 1)
       and all(.items[]; (.state | IN("expired", "veryOverdue", "overdue", "today", "upcoming")))' "$work/agenda.json" >/dev/null \
    || { echo "bad agenda JSON" >&2; head -40 "$work/agenda.json" >&2; exit 1; }
"$bin" agenda --store "$store" --within 7 --format csv | head -1 | grep -qF "Group,Date,Days,Mark,Kind,Case,What,State" \
    || { echo "bad agenda CSV header" >&2; exit 1; }
"$bin" agenda --store "$store" --kind nonsense 2>"$work/err" && { echo "a bad --kind was accepted" >&2; exit 1; }
grep -qF -- '--kind "nonsense" is not one of' "$work/err" || { echo "bad --kind message: $(cat "$work/err")" >&2; exit 1; }

# A version 1 store: opened unchanged, upgraded with one audit line by its first save.
jq '.schemaVersion = 1' "$store/store.json" >"$work/meta" && cp "$work/meta" "$store/store.json"
"$bin" check --store "$store" >/dev/null
[ "$(jq '.schemaVersion' "$store/store.json")" -eq 1 ] || { echo "check wrote store.json" >&2; exit 1; }
"$bin" note "$case_id" "After the upgrade" --store "$store" --user e2e >/dev/null
[ "$(jq '.schemaVersion' "$store/store.json")" -eq 2 ] || { echo "the first save did not upgrade the store" >&2; exit 1; }
[ "$(grep -c '"action":"upgrade"' "$store/audit.jsonl")" -eq 1 ] || { echo "no single upgrade audit line" >&2; exit 1; }
echo "agenda: ok"
