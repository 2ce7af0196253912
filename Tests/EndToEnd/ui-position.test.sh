#!/usr/bin/env bash
# Issue 18.4 in a real terminal (tmux, 80x24): the position indicator on the help screen's
# bottom border follows a count and G; `2/` sent in one burst is the MLA board, then its
# filter (a screen digit before a key that takes no count runs alone). Waits for text.
set -euo pipefail
source "$(dirname "$0")/tmux-lib.sh"
e2e_setup position

store="$work/store"
"$bin" demo "$store" --cases 60 --seed 7 --no-open >/dev/null
tmux new-session -d -s "$session" -x 80 -y 24 \
    "env LANG=C.UTF-8 CASEDESK_USER=e2e XDG_STATE_HOME=$work/state XDG_CONFIG_HOME=$work/config sh -c '\"$bin\" --store \"$store\"; echo EXIT=\$?; sleep 600'"
wait_for "of 60 cases"

ruler() { screen | grep -oE '━ [0-9]+-[0-9]+/[0-9]+ ━┛' | grep -oE '[0-9]+-[0-9]+/[0-9]+' || true; }
keys ?
wait_for "┏ Help: Cases"
first=$(ruler)
[[ "$first" =~ ^1-([0-9]+)/([0-9]+)$ ]] || { echo "no ruler on the help screen: '$first'" >&2; screen >&2; exit 1; }
shown=${BASH_REMATCH[1]} total=${BASH_REMATCH[2]}
keys -l "5j"
wait_for "━ 6-$((shown + 5))/$total ━┛"
keys G
wait_for "━ $((total - shown + 1))-$total/$total ━┛"
keys q
wait_for "of 60 cases"

keys -l "2/"
wait_for "┏ MLA board"
wait_for "type to filter"
keys Escape
# Esc alone is the key (not the start of Alt-q) only once the program has acted on it.
wait_for "? help"
keys q
wait_for "of 60 cases"
keys q
wait_for "EXIT=0"
echo "ui-position: help ruler 1-$shown/$total, then 6-$((shown + 5)) and to the end; 2/ in one burst opened the board's filter"
