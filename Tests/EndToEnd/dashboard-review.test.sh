#!/usr/bin/env bash
# The Dashboard in the real program, in a real terminal (tmux, 100x30) on a demo store: open
# it, step the period, cycle the breakdown, list the cases behind a figure and open one, then
# :export the screen's figures as CSV and markdown. The exported CSV must be exactly what
# `casedesk report --format csv` prints for the same period and grouping (same summaries, same
# formatter). Waits for text on the screen, never for time.
set -euo pipefail
source "$(dirname "$0")/tmux-lib.sh"
e2e_setup dash

store="$work/store"
"$bin" demo "$store" --cases 300 --seed 11 --no-open >/dev/null

command_line() { keys :; keys -l "$1"; keys Enter; }

tmux new-session -d -s "$session" -x 100 -y 30 \
    "env LANG=C.UTF-8 CASEDESK_USER=e2e sh -c '\"$bin\" --store \"$store\"; echo EXIT=\$?; sleep 600'"
wait_for "of 300 cases"

# Screen 3 opens on the financial year holding today, with its sections.
keys 3
wait_for "Outcomes per defendant"
wait_for "Conviction rate"
wait_for "MLA timeliness"
this_year=$(screen | sed -n 2p | grep -oE '[0-9]{4}-[0-9]{4}' | head -1)
start=${this_year%-*}
prev="$((start - 1))-$start"

# [ steps back a year; the rates compare with the year before that.
keys [
wait_for "Period $prev"
wait_for "vs $((start - 2))-$((start - 1))"

# b: the breakdown by crime type, with the overlap notice.
keys b
wait_for "Breakdown crime type"
wait_for "Column: Guilty pleas"
wait_for "* A case with several crime types"

# Enter on the Total row's guilty pleas lists the cases; Enter opens the first in the detail.
keys G
keys Enter
wait_for "Enter opens"
case_id=$(screen | grep -m1 '›' | sed 's/.*›//' | awk '{print $1}')
[ -n "$case_id" ] || { echo "no case selected in the drill-down list" >&2; screen >&2; exit 1; }
keys Enter
wait_for "Overview"
screen | grep -qE "OFFICIAL(-SENSITIVE)?" || { echo "no marking on the detail of $case_id" >&2; exit 1; }
keys Escape
wait_for "Enter opens"
keys Escape
wait_for "Column: Guilty pleas"

# :export writes the figures on screen; the CSV is the report's own.
command_line "export $work/review.csv"
wait_for "Wrote the dashboard"
"$bin" report --store "$store" --period "$prev" --by crime --format csv > "$work/report.csv"
cmp -s "$work/review.csv" "$work/report.csv" || {
    echo "dashboard export and casedesk report differ:" >&2; diff "$work/review.csv" "$work/report.csv" >&2 || true; exit 1; }
command_line "export $work/review.md"
wait_for "Wrote the dashboard"
grep -q "^## $prev: by crime type" "$work/review.md" || { echo "markdown heading missing" >&2; head -3 "$work/review.md" >&2; exit 1; }
grep -q "### Conviction rate by year" "$work/review.md" || { echo "markdown trend missing" >&2; exit 1; }
command_line "export $work/review.txt"
wait_for "Use a file ending in .md (markdown) or .csv"
[ ! -e "$work/review.txt" ] || { echo "an unknown extension was written" >&2; exit 1; }

# :period with a quarter; a period with no outcomes shows – and never 0%.
keys b b b b
wait_for "Breakdown none"
command_line "period 2003-2004 Q3"
wait_for "Period 2003-2004 Q3"
wait_for "Conviction rate  –"
if screen | tr -s ' ' '\n' | grep -qx '0%'; then echo "a period with no outcomes shows 0%" >&2; screen >&2; exit 1; fi

keys q
wait_for "of 300 cases"
keys q
wait_for "EXIT=0"
echo "ok: dashboard $this_year, stepped to $prev, crime breakdown, drilled into $case_id, export equals report"
