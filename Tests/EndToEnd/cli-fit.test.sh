#!/usr/bin/env bash
# The CLI fits the terminal (issue 18.8): in a real 80x24 and 120x24 terminal `casedesk list`
# and `requests` print no row wider than the screen (tmux would wrap it onto a line of its
# own), never cut a title to "Operati…", and use the room when wider; --columns chooses the
# columns and names an unknown one; through a pipe every column is printed whole.
set -euo pipefail
source "$(dirname "$0")/tmux-lib.sh"
e2e_setup cli-fit
fail() { echo "$1" >&2; [ -n "${2:-}" ] && cat "$2" >&2; exit 1; }
store="$work/store"
"$bin" demo "$store" --cases 14 --seed 7 --no-open >/dev/null

run_at() { # WIDTH COMMAND...: the screen after the command, in a fresh WIDTHx24 terminal
    local width=$1; shift
    tmux kill-session -t "$session" 2>/dev/null || true
    tmux new-session -d -s "$session" -x "$width" -y 24 "cd '$work' && $* --store '$store' --today 2026-11-24; echo END-OF-OUTPUT; sleep 60"
    wait_for END-OF-OUTPUT
    screen | sed '/END-OF-OUTPUT/,$d' >"$work/screen.$width"
}

for width in 80 120; do
    run_at $width "'$bin' list"
    [ "$(head -1 "$work/screen.$width" | cut -c1-20)" = "Id              Titl" ] || fail "$width: no header" "$work/screen.$width"
    # A wrapped row would start a line with something other than a case id.
    rows=$(grep -c '^CD-' "$work/screen.$width" || true)
    [ "$rows" = 14 ] && [ "$(wc -l <"$work/screen.$width")" = 15 ] || fail "$width: rows wrap or are missing" "$work/screen.$width"
    if grep -q 'Operati…' "$work/screen.$width"; then fail "$width: a title is cut" "$work/screen.$width"; fi
    awk -v w=$width 'length($0) > w { exit 1 }' "$work/screen.$width" || fail "$width: a line is too long" "$work/screen.$width"
done
grep -q 'Lawyer' "$work/screen.120" || fail "120: the lawyer is left out though there is room" "$work/screen.120"

# report: its tables fit, and so do its sentences (ancillary orders, confiscation stages, the
# notes), wrapped at spaces: joined as the terminal wrapped them (-J), no line is wider than 80.
tmux kill-session -t "$session" 2>/dev/null || true
tmux new-session -d -s "$session" -x 80 -y 200 "cd '$work' && '$bin' report --by year --store '$store' --today 2026-11-24; echo END-OF-OUTPUT; sleep 60"
wait_for END-OF-OUTPUT
tmux capture-pane -p -J -S 0 -t "$session" | sed '/END-OF-OUTPUT/,$d' >"$work/report.80"
grep -q '^Ancillary orders made:' "$work/report.80" || fail "report: no ancillary orders line" "$work/report.80"
[ "$(LC_ALL=C.UTF-8 wc -L <"$work/report.80")" -le 80 ] || fail "report: a line is wider than the terminal (it wraps)" "$work/report.80"
[ "$(head -1 "$work/screen.120" | wc -c)" -gt 100 ] || fail "120: the width is not used" "$work/screen.120"

run_at 80 "'$bin' requests"
if grep -v '^CD-\|^Request \|^[0-9]* requests:' "$work/screen.80" | grep -q .; then fail "requests at 80: a row wraps" "$work/screen.80"; fi

run_at 80 "'$bin' list --columns id,lawyer,title"
head -1 "$work/screen.80" | grep -q '^Id  *Lawyer  *Title$' || fail "--columns: not the chosen columns" "$work/screen.80"

# Through a pipe: every column, whole, whatever the terminal.
COLUMNS=40 "$bin" list --store "$store" --today 2026-11-24 >"$work/piped"
head -1 "$work/piped" | grep -q '^Id  *Title  *Crime  *Unit  *Lawyer  *Status  *Defs  *Next hearing  *Flags$' || fail "piped table is fitted" "$work/piped"
"$bin" list --store "$store" --columns id,nextDeadline,status --format tsv >"$work/tsv"
[ "$(head -1 "$work/tsv")" = "$(printf 'Id\tNext deadline\tStatus')" ] || fail "--columns with tsv" "$work/tsv"

if "$bin" list --store "$store" --columns id,owner 2>"$work/err"; then fail "--columns owner was accepted"; fi
grep -qF -- '--columns: there is no column "owner"; columns: id, title, crimeTypes, unit, lawyer, status, defendants, nextHearing, nextDeadline, flags, opened, updated.' "$work/err" \
    || fail "--columns owner: no clear message" "$work/err"
echo "ok: list and requests fit 80 and 120 columns, report wraps its sentences at 80, --columns, pipes unchanged"
