#!/usr/bin/env bash
# `casedesk requests` filters as the MLA board does and lists a board view (issue 18.3): a
# board view saved with `:view save` on the board of the real UI lists, with `requests
# --view`, the requests the board showed (its count) in the board's order; a hand-written
# board view lists what the same options list; options replace or add to the view; a view
# given to the wrong command says which command lists it; `views list` shows both kinds.
set -euo pipefail
source "$(dirname "$0")/tmux-lib.sh"
e2e_setup cli-requests-view jq
fail() { echo "$1" >&2; [ -n "${2:-}" ] && cat "$2" >&2; exit 1; }
export XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state"
store="$work/store"
views="$XDG_CONFIG_HOME/casedesk/views.toml"
"$bin" demo "$store" --cases 120 --seed 7 --no-open >/dev/null
"$bin" requests --store "$store" --format json >"$work/all.json"
total=$(jq length "$work/all.json")
# The country with most requests, by its name (the board's text filter reads country names).
country=$(jq -r 'group_by(.country) | map({c: .[0].country, n: length}) | sort_by(-.n, .c) | .[0].c' "$work/all.json")

# 1. The board filtered in the UI by text, saved as a board view; the CLI lists the same.
tmux new-session -d -s "$session" -x 100 -y 30 \
    "env LANG=C.UTF-8 CASEDESK_USER=e2e XDG_CONFIG_HOME='$XDG_CONFIG_HOME' XDG_STATE_HOME='$XDG_STATE_HOME' sh -c '\"$bin\" --store \"$store\"; echo EXIT=\$?; sleep 600'"
wait_for "of 120 cases"
keys 2
wait_for "$total requests · sort attention"
keys /
keys -l "$country"
keys Enter
keys :
keys -l "view save ui-board"
keys Enter
wait_for "ui-board"
# Every key before the save was handled by now: the count is the filter's.
shown=$(screen | grep -oE "[0-9]+ of $total requests" | head -1 | cut -d' ' -f1)
[ -n "$shown" ] && [ "$shown" -lt "$total" ] || fail "the board's / $country did not narrow" <(screen)
keys q
wait_for "of 120 cases"
keys q
wait_for "EXIT=0"
grep -qx 'screen = "board"' "$views" || fail "no board view saved" "$views"
"$bin" requests --store "$store" --view ui-board --format json >"$work/view.json"
[ "$(jq length "$work/view.json")" = "$shown" ] || fail "requests --view ui-board lists $(jq length "$work/view.json"), the board showed $shown" "$work/view.json"
"$bin" requests --store "$store" --text "$country" --sort attention --format json >"$work/direct.json"
cmp -s "$work/view.json" "$work/direct.json" || fail "--view lists differently from --text $country --sort attention" "$work/view.json"

# 2. A board view by hand: country, kind, order; the same as the options; options over it.
cat >>"$views" <<TOML

[out-$country]
screen = "board"
country = ["$country"]
direction = ["outgoing"]
sort = "due"
order = "descending"
TOML
"$bin" requests --store "$store" --view "out-$country" --format tsv >"$work/v.tsv"
"$bin" requests --store "$store" --country "$country" --direction outgoing --sort due --reverse --format tsv >"$work/d.tsv"
cmp -s "$work/v.tsv" "$work/d.tsv" || fail "the hand-made view lists differently" "$work/v.tsv"
[ "$(wc -l <"$work/v.tsv")" -gt 1 ] || fail "the view lists nothing" "$work/v.tsv"
jq -e --arg c "$country" 'all(.[]; .country == $c and .direction == "outgoing")' \
    <("$bin" requests --store "$store" --view "out-$country" --format json) >/dev/null || fail "a row of another country or direction"
"$bin" requests --store "$store" --view "out-$country" --country FR --overdue --format json >"$work/over.json"
jq -e 'all(.[]; .country == "FR" and .direction == "outgoing" and .overdue)' "$work/over.json" >/dev/null \
    || fail "--country does not replace the view's, or --overdue does not add" "$work/over.json"

# 3. The wrong command for a view says which one lists it; views list shows both kinds.
"$bin" list --store "$store" --overdue --save-view late >/dev/null 2>&1
if "$bin" list --store "$store" --view ui-board 2>"$work/err"; then fail "list --view listed a board view"; fi
grep -qF "\"ui-board\" is a view of the MLA board (screen = \"board\"), not of the case list; list it with 'casedesk requests --view ui-board'" "$work/err" \
    || fail "list --view given a board view" "$work/err"
if "$bin" requests --store "$store" --view late 2>"$work/err"; then fail "requests --view listed a case-list view"; fi
grep -qF "\"late\" is a view of the case list, not of the MLA board; list it with 'casedesk list --view late'" "$work/err" \
    || fail "requests --view given a case-list view" "$work/err"
"$bin" views list --format tsv >"$work/views.tsv"
[ "$(cut -f1,2 "$work/views.tsv" | tr '\t\n' ': ')" = "Name:Screen ui-board:board out-$country:board late:cases " ] \
    || fail "views list" "$work/views.tsv"
if "$bin" requests --store "$store" --country XX 2>"$work/err"; then fail "an unknown country code was taken"; fi
grep -qF -- '--country "XX" is not an ISO country code' "$work/err" || fail "no word of the bad code" "$work/err"
echo "cli-requests-view: $shown of $total requests for $country, board view listed as the board showed it"
