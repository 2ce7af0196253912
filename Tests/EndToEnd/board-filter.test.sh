#!/usr/bin/env bash
# The MLA board filters like the case list (issue 18.1, 18.2), in a real terminal (tmux,
# 100x30) on a demo store: `f c` picks a country and every row shown is of that country, the
# context line says so and F clears it; `/` narrows to one request typed by id; a request
# that is both overdue and to chase (as `casedesk requests` says) shows both marks; Esc
# clears, Esc again goes back to Cases. Waits for text on the screen, never for time.
set -euo pipefail
source "$(dirname "$0")/tmux-lib.sh"
e2e_setup board-filter jq

store="$work/store"
"$bin" demo "$store" --cases 120 --seed 7 --no-open >/dev/null
"$bin" requests --store "$store" --format json >"$work/requests.json"
total=$(jq length "$work/requests.json")
# The country with most requests is first in the menu's list, after "any"; ties by code.
country=$(jq -r 'group_by(.country) | map({c: .[0].country, n: length}) | sort_by(-.n, .c) | .[0].c' "$work/requests.json")
in_country=$(jq --arg c "$country" '[.[] | select(.country == $c)] | length' "$work/requests.json")
both=$(jq -r '[.[] | select(.overdue and .toChase)][0].id // empty' "$work/requests.json")

tmux new-session -d -s "$session" -x 100 -y 30 \
    "env LANG=C.UTF-8 CASEDESK_USER=e2e sh -c '\"$bin\" --store \"$store\"; echo EXIT=\$?; sleep 600'"
wait_for "of 120 cases"
keys 2
wait_for "$total requests · sort attention"

# f c: the countries; Down to the first, Enter.
keys f
wait_for "country"
keys c
wait_for "Quick filter: country"
keys Down Enter
wait_for "Quick: $country"
wait_for "$in_country of $total requests"
# Every request row on screen is of that country (rows start with the frame and a mark column).
rows=$(screen | grep -E -- '-R[0-9]+ ' || true)
[ -n "$rows" ] || { echo "no request rows after f c" >&2; screen >&2; exit 1; }
if echo "$rows" | grep -vqE " $country "; then echo "a row of another country after f c $country" >&2; screen >&2; exit 1; fi

# F clears every quick filter.
keys F
wait_for "$total requests · sort attention"

# / by request id: one row; a request overdue and to chase shows both marks.
if [ -n "$both" ]; then
    keys /
    keys -l "$both"
    wait_for "1 of $total requests"
    screen | grep -qF "!↻ $both" || { echo "$both is overdue and to chase: no !↻ mark" >&2; screen >&2; exit 1; }
    keys Enter
    keys Escape
    wait_for "$total requests · sort attention"
fi
keys Escape
wait_for "of 120 cases"
keys q
wait_for "EXIT=0"
echo "board-filter: $in_country of $total requests in $country${both:+, $both marked !↻}"
