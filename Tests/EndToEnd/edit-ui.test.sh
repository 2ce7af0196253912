#!/usr/bin/env bash
# Editing in the real program (tmux, 100x30): change a case's title through the form, check
# the file and the audit line, undo it; then edit the case as JSON through a scripted
# $EDITOR, and check that broken JSON is listed and a discard leaves the store unchanged.
# Waits for text on the screen, never for time.
set -euo pipefail
source "$(dirname "$0")/tmux-lib.sh"
e2e_setup edit jq
store="$work/store"
"$bin" demo "$store" --cases 60 --seed 11 --no-open >/dev/null
id=$(jq -r '.id' "$(ls "$store"/cases/*.json | sed -n 5p)")
file="$store/cases/$id.json"
title=$(jq -r '.title' "$file")
rev=$(jq '.revision' "$file")

# The scripted editor: renames the case, or (when $work/break exists) deletes a comma.
cat > "$work/editor.sh" <<'SH'
#!/bin/sh
if [ -e "$(dirname "$0")/break" ]; then
    sed -i '0,/",$/s//"/' "$1"
else
    sed -i 's/"title": "[^"]*"/"title": "Operation Scripted"/' "$1"
fi
SH
chmod +x "$work/editor.sh"

last_audit() { tail -1 "$store/audit.jsonl"; }

mkdir -m 700 "$work/tmp"
tmux new-session -d -s "$session" -x 100 -y 30 \
    "env LANG=C.UTF-8 CASEDESK_USER=e2e TMPDIR='$work/tmp' EDITOR='$work/editor.sh' VISUAL= sh -c '\"$bin\" --store \"$store\"; echo EXIT=\$?; sleep 600'"
wait_for "of 60 cases"
keys /
keys -l "$id"
wait_for "1 of 60 cases"
keys Enter

# 1. The form: the title is the first field.
keys e
wait_for "Edit case $id"
keys C-u
# Nothing is checked before Enter.
if screen | grep -qF "Title is required"; then echo "the form complained before Enter" >&2; exit 1; fi
keys Enter
wait_for "✗ Title is required"
[ "$(jq '.revision' "$file")" -eq "$rev" ] || { echo "an invalid form was saved" >&2; exit 1; }
keys -l "Operation Edited"
keys Enter
wait_for "saved (revision $((rev + 1)))"
[ "$(jq -r '.title' "$file")" = "Operation Edited" ] || { echo "title not saved" >&2; exit 1; }
last_audit | jq -e --arg c "$id" '.case == $c and .action == "update" and .user == "e2e" and .detail == "title"' >/dev/null \
    || { echo "bad audit line: $(last_audit)" >&2; exit 1; }

# 2. Undo: the old title comes back as a new revision, with an "undo" audit line.
keys u
wait_for "Undone"
[ "$(jq -r '.title' "$file")" = "$title" ] || { echo "undo did not restore the title" >&2; exit 1; }
[ "$(jq '.revision' "$file")" -eq $((rev + 2)) ] || { echo "undo is not a new revision" >&2; exit 1; }
last_audit | jq -e '.action == "undo" and .detail == "title"' >/dev/null || { echo "bad undo audit line: $(last_audit)" >&2; exit 1; }

# 3. $EDITOR: the scripted editor renames the case.
keys E
wait_for "Edited as JSON: title"
[ "$(jq -r '.title' "$file")" = "Operation Scripted" ] || { echo "the editor's change was not saved" >&2; exit 1; }
[ "$(jq '.revision' "$file")" -eq $((rev + 3)) ] || { echo "wrong revision after the editor" >&2; exit 1; }

# 4. Broken JSON: the problems are listed with line and column; a discard changes nothing.
touch "$work/break"
before=$(cat "$file"); audit_before=$(wc -l < "$store/audit.jsonl")
keys E
wait_for "in the JSON of $id"
screen | grep -qE "line [0-9]+, column [0-9]+" || { echo "no line and column in the problems" >&2; screen >&2; exit 1; }
keys 2
wait_for "Discarded; $id is unchanged."
[ "$(cat "$file")" = "$before" ] && [ "$(wc -l < "$store/audit.jsonl")" -eq "$audit_before" ] \
    || { echo "a discarded edit changed the store" >&2; exit 1; }
[ -z "$(ls -A "$work/tmp")" ] || { echo "the editor's temp files were left behind: $(ls -A "$work/tmp")" >&2; exit 1; }

# 5. Delete the whole case: its file goes to the trash; u brings it back under its id.
keys d
wait_for "Delete case $id"
keys y
wait_for "deleted (its file is in the store's trash"
[ ! -e "$file" ] || { echo "the deleted case is still in cases/" >&2; exit 1; }
ls "$store/trash/$id".*.json >/dev/null 2>&1 || { echo "the deleted case is not in the trash" >&2; exit 1; }
keys u
wait_for "Undone"
[ "$(jq -r '.title' "$file")" = "Operation Scripted" ] || { echo "undo did not bring the deleted case back" >&2; exit 1; }
last_audit | jq -e --arg c "$id" '.case == $c and .action == "undo"' >/dev/null || { echo "bad undo audit line: $(last_audit)" >&2; exit 1; }

keys q
wait_for "EXIT=0"
"$bin" log --store "$store" "$id" --format tsv | tail -5 | cut -f3 | tr '\n' ' ' | grep -q "update undo update delete undo" \
    || { echo "casedesk log does not show the five changes" >&2; "$bin" log --store "$store" "$id" --format tsv | tail -5 >&2; exit 1; }
echo "ok: form edit, validation, undo, \$EDITOR edit, delete and its undo of $id, each in the file and the audit trail"
