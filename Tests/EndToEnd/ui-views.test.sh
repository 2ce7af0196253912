#!/usr/bin/env bash
# Saved views and history in the UI (issue 18.3, 18.4): a view saved by `casedesk list
# --save-view` is restored by `:view NAME` (Tab completes it) with the CLI's cases, order and
# columns; `:sort` and `:view save` in the UI write a view `casedesk list --view` lists the same;
# `:` and `/` history comes back with Up in a new session; a FIFO where the history file
# belongs neither hangs the UI nor is written over. Waits for text, never for time.
set -euo pipefail
source "$(dirname "$0")/tmux-lib.sh"
e2e_setup ui-views
fail() { echo "$1" >&2; [ -n "${2:-}" ] && cat "$2" >&2; exit 1; }
export XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state"
store="$work/store"
views="$XDG_CONFIG_HOME/casedesk/views.toml"
history="$XDG_STATE_HOME/casedesk/history"
"$bin" demo "$store" --cases 30 --seed 5 --no-open >/dev/null
# The case ids of the list's rows (the detail pane's "ID · URN" line is not a row).
ids() { grep -oE 'CD-[0-9]{4}-[0-9]{6} +[^· ]' | cut -c1-14 || true; }
start() {
    tmux kill-session -t "$session" 2>/dev/null || true
    tmux new-session -d -s "$session" -x 100 -y 30 \
        "env LANG=C.UTF-8 CASEDESK_USER=e2e XDG_CONFIG_HOME='$XDG_CONFIG_HOME' XDG_STATE_HOME='$XDG_STATE_HOME' sh -c '\"$bin\" --store \"$store\"; echo EXIT=\$?; sleep 600'"
    wait_for "of 30 cases"
}

# 1. A view the CLI saved, restored in the UI with the CLI's cases, order and columns.
"$bin" list --store "$store" --status awaitingTrial,atTrial,charged --sort title --reverse \
    --columns id,status,title --format tsv --save-view "before trial" >"$work/cli.tsv" 2>/dev/null
start
keys :
keys -l "view bef"
keys Tab
wait_for ":view before trial"
keys Enter
wait_for 'View "before trial": status charged,awaitingTrial,atTrial;'
screen >"$work/restored.txt"
n=$(($(wc -l <"$work/cli.tsv") - 1))
grep -qF "$n of 30 cases" "$work/restored.txt" || fail "the view lists another number of cases than the CLI ($n)" "$work/restored.txt"
header=$(grep -m1 -E '(│|┃)›? *ID ' "$work/restored.txt")
case "$header" in *Status*Title↓*) ;; *) fail "not the view's columns in order" "$work/restored.txt" ;; esac
case "$header" in *Lawyer*|*Hearing*|*Unit*) fail "columns the view does not have" "$work/restored.txt" ;; esac
shown=$(ids <"$work/restored.txt" | head -12)
[ "$shown" = "$(tail -n +2 "$work/cli.tsv" | cut -f1 | head -"$(echo "$shown" | wc -l)")" ] || fail "another order than the CLI's" "$work/restored.txt"
mkdir -p /work/wt/captures 2>/dev/null && cp "$work/restored.txt" /work/wt/captures/issue18-view-restored-100x30.txt 2>/dev/null || true

# 2. :sort and a filter in the UI (the columns still the restored view's), saved with :view
# save; the CLI lists the same with --view.
keys Escape
wait_for "30 of 30 cases"
keys /
keys -l "operation"
keys Enter
keys :
keys -l "sort nextH"
keys Tab
wait_for ":sort nextHearing"
keys -l "desc"
keys Enter
wait_for "Sorted by next hearing ↓."
keys :
keys -l "view save ui view"
keys Enter
wait_for "Saved the view \"ui view\" to $views"
grep -qx '\["ui view"\]' "$views" || fail "no [\"ui view\"] table" "$views"
grep -qx '\["before trial"\]' "$views" || fail "the CLI's view was lost" "$views"
"$bin" list --store "$store" --view "ui view" --format tsv >"$work/ui-view.tsv"
"$bin" list --store "$store" --text operation --sort nextHearing --reverse --columns id,status,title --format tsv >"$work/direct.tsv"
cmp -s "$work/ui-view.tsv" "$work/direct.tsv" || fail "--view \"ui view\" lists differently" "$work/ui-view.tsv"
keys g   # the selection stayed on its case through the sort: to the top, to compare from the first row
wait_for "›$(sed -n 2p "$work/direct.tsv" | cut -f1)"
ui=$(screen | ids | head -5)
[ "$ui" = "$(tail -n +2 "$work/direct.tsv" | cut -f1 | head -5)" ] || { screen >&2; fail "the UI's order is not the CLI's" "$work/direct.tsv"; }
keys q
wait_for "EXIT=0"

# 3. History in a new session: Up on `:` and `/`.
grep -qx ':view save ui view' "$history" || fail "no :view save in the history" "$history"
grep -qx '/operation' "$history" || fail "no /operation in the history" "$history"
[ "$(stat -c %a "$history")" = 600 ] || fail "the history file is not 0600"
start
keys :
keys Up
wait_for ":view save ui view"
keys Up
wait_for ":sort nextHearing desc"
keys Escape
wait_for "/ filter"   # the footer's hints again (Esc then / at once would read as Alt-/)
keys /
keys Up
wait_for "Filter: /operation"
keys Escape
wait_for "Filter: none"
keys q
wait_for "EXIT=0"

# 4. A FIFO where the history belongs: the UI starts, says so, works, and leaves it a FIFO.
rm "$history"
mkfifo "$history"
start
wait_for "History is kept for this session only"
keys :
keys -l "sort title"
keys Enter
wait_for "Sorted by title ↑."
keys :
keys Up
wait_for ":sort title"
keys Escape
wait_for "/ filter"
keys q
wait_for "EXIT=0"
[ -p "$history" ] || fail "the FIFO was replaced"
echo "ok: CLI view restored in the UI, UI view listed by the CLI, history across sessions, FIFO refused"
