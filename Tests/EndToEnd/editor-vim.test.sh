#!/usr/bin/env bash
# `E` with real interactive editors, in a real terminal (tmux, 80x24), started from an
# interactive bash as a user would (job control on): vim (EDITOR="vim -u NONE", an editor
# command with arguments) changes the title and `:wq`; the case file, the audit line and the
# redrawn CaseDesk are checked. Then Ctrl-C inside the editor: vim (Ctrl-C is a key there, then
# :q!), and an editor that reads the terminal in cooked mode, where Ctrl-C is a SIGINT to the
# whole foreground group: CaseDesk survives, the case is unchanged, no key leaks, and the
# private temp directory is gone. Ctrl-Z in CaseDesk and in vim stops the job; fg brings it
# back drawn. Last, nano when it is installed. Waits for text, never time.
set -euo pipefail
source "$(dirname "$0")/tmux-lib.sh"
e2e_setup editor-vim jq vim
store="$work/store"
"$bin" demo "$store" --cases 40 --seed 5 --no-open >/dev/null
id=$(jq -r '.id' "$(ls "$store"/cases/*.json | sed -n 3p)")
file="$store/cases/$id.json"
title=$(jq -r '.title' "$file")
rev=$(jq '.revision' "$file")
last_audit() { tail -1 "$store/audit.jsonl"; }
mkdir -m 700 "$work/tmp"
tmpdirs() { ls -A "$work/tmp"; }

# An "editor" in cooked mode: it waits for a line from the terminal, so Ctrl-C reaches it (and
# CaseDesk, in the same foreground group) as SIGINT.
cat > "$work/cooked-editor.sh" <<'SH'
#!/bin/sh
echo "COOKED EDITOR on $1: type a line"
read -r line
echo "$line" >> "$1"
SH
chmod +x "$work/cooked-editor.sh"

# An interactive shell (job control), as a user's terminal; the prompt is fixed to wait for.
tmux new-session -d -s "$session" -x 80 -y 24 \
    "env -i HOME='$work' HISTFILE=/dev/null PATH='$PATH' TERM=xterm-256color LANG=C.UTF-8 PS1='READY\$ ' bash --norc --noprofile -i"
wait_for 'READY$'
keys -l "export CASEDESK_USER=e2e TMPDIR='$work/tmp' VISUAL="
keys Enter

# Starts CaseDesk with EDITOR=$1 (run N=$2, for its exit line) and opens the case.
launch() {
    # In a subshell, so that the exit line still comes after a stop and fg.
    keys -l "clear; (EDITOR='$1' \"$bin\" --store \"$store\"; echo EXIT$2=\$?)"
    keys Enter
    wait_for "of 40 cases"
    keys /
    keys -l "$id"
    wait_for "1 of 40 cases"
    keys Enter
    keys Enter
    wait_for "Overview"
}
launch "vim -u NONE" 1

# 1. vim: the case's JSON is on screen, vim reads keys; change the title and :wq.
keys E
wait_for "\"title\": \"$title\""
wait_for "$id.json"
[ "$(stat -c %a "$work/tmp"/casedesk-*)" = 700 ] || { echo "the temp directory is not 0700" >&2; exit 1; }
[ "$(stat -c %a "$work/tmp"/casedesk-*/"$id.json")" = 600 ] || { echo "the temp copy is not 0600" >&2; exit 1; }
keys -l ':%s/"title": "[^"]*"/"title": "Operation Vim"/'
keys Enter
wait_for '"title": "Operation Vim"'
keys -l ':wq'
keys Enter
wait_for "Edited as JSON: title"
wait_for "Operation Vim"
wait_for "Overview"
[ "$(jq -r '.title' "$file")" = "Operation Vim" ] || { echo "vim's change was not saved" >&2; exit 1; }
[ "$(jq '.revision' "$file")" -eq $((rev + 1)) ] || { echo "wrong revision after vim" >&2; exit 1; }
last_audit | jq -e --arg c "$id" '.case == $c and .action == "update" and .user == "e2e" and .detail == "title"' >/dev/null \
    || { echo "bad audit line: $(last_audit)" >&2; exit 1; }
[ -z "$(tmpdirs)" ] || { echo "the temp copy was left behind: $(tmpdirs)" >&2; exit 1; }
# CaseDesk is drawn whole again: header, tabs and footer.
screen | grep -qF "CaseDesk ·" && screen | grep -qF "[Overview]" || { echo "CaseDesk is not redrawn" >&2; screen >&2; exit 1; }

# 2. Ctrl-Z in CaseDesk: the shell has the terminal (the job is stopped); fg redraws CaseDesk.
keys C-z
wait_for "Stopped"
keys -l "fg"
keys Enter
wait_for "[Overview]"
screen | grep -qF "CaseDesk ·" || { echo "CaseDesk is not redrawn after fg" >&2; screen >&2; exit 1; }

# 3. Ctrl-Z inside vim stops the whole job, fg brings vim back; Ctrl-C inside vim is vim's:
# it stays; :q! leaves with nothing saved.
before=$(cat "$file"); audit_before=$(wc -l < "$store/audit.jsonl")
keys E
wait_for "\"title\": \"Operation Vim\""
keys C-z
wait_for "Stopped"
keys -l "clear; fg"
keys Enter
wait_for "\"title\": \"Operation Vim\""
keys x C-c
wait_for "to exit Vim"
keys -l ':q!'
keys Enter
wait_for "No change; nothing saved."
[ "$(cat "$file")" = "$before" ] || { echo "the case changed after :q!" >&2; exit 1; }
[ -z "$(tmpdirs)" ] || { echo "the temp copy was left behind: $(tmpdirs)" >&2; exit 1; }

# 4. Ctrl-C to a cooked-mode editor is SIGINT to the foreground group: the editor dies,
# CaseDesk does not, and the keys typed in the editor do not run as commands afterwards.
keys q q
wait_for "EXIT1=0"
launch "$work/cooked-editor.sh" 2
keys E
wait_for "COOKED EDITOR"
# Typed into the editor's line, never to CaseDesk: q would quit, d would delete.
keys -l "qdy"
keys C-c
wait_for "The editor exited with status 130; nothing was saved."
wait_for "Overview"
[ "$(cat "$file")" = "$before" ] && [ "$(wc -l < "$store/audit.jsonl")" -eq "$audit_before" ] \
    || { echo "Ctrl-C in the editor changed the store" >&2; exit 1; }
[ -z "$(tmpdirs)" ] || { echo "the temp copy was left behind after Ctrl-C: $(tmpdirs)" >&2; exit 1; }
# Still alive and answering keys.
keys Tab
wait_for "[Defendants]"
keys q q
wait_for "EXIT2=0"

# 5. nano, when installed: search the old title, replace it, write and exit.
if command -v nano >/dev/null; then
    launch nano 3
    keys E
    wait_for "^X Exit"
    keys 'C-\'
    wait_for "Search (to replace)"
    keys -l "Operation Vim"
    keys Enter
    wait_for "Replace with"
    keys -l "Operation Nano"
    keys Enter
    wait_for "Replace this instance"
    keys y
    keys C-o
    wait_for "File Name to Write"
    keys Enter
    keys C-x
    wait_for "Edited as JSON: title"
    [ "$(jq -r '.title' "$file")" = "Operation Nano" ] || { echo "nano's change was not saved" >&2; exit 1; }
    [ -z "$(tmpdirs)" ] || { echo "the temp copy was left behind after nano: $(tmpdirs)" >&2; exit 1; }
    keys q q
    wait_for "EXIT3=0"
fi
echo "ok: E with vim -u NONE (title saved, audit line, redrawn), Ctrl-C in vim and in a cooked editor, nano"
