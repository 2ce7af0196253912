#!/usr/bin/env bash
# Saved views from the command line (issue 18.3): `list --save-view` writes views.toml under
# $XDG_CONFIG_HOME, `list --view` lists the same cases in the same order and columns, options
# given with --view replace its settings, `views list` shows them, a hand-made mistake names
# the file and line, and a file that does not parse is never written over.
set -euo pipefail
source "$(dirname "$0")/tmux-lib.sh"
e2e_setup cli-views
fail() { echo "$1" >&2; [ -n "${2:-}" ] && cat "$2" >&2; exit 1; }
export XDG_CONFIG_HOME="$work/config"
store="$work/store"
views="$XDG_CONFIG_HOME/casedesk/views.toml"
"$bin" demo "$store" --cases 30 --seed 5 --no-open >/dev/null
day=2026-11-24

"$bin" list --store "$store" --today $day --status awaitingTrial,atTrial,charged --sort nextHearing --reverse \
    --columns id,nextHearing,title --format tsv >"$work/direct.tsv"
"$bin" list --store "$store" --today $day --status awaitingTrial,atTrial,charged --sort nextHearing --reverse \
    --columns id,nextHearing,title --format tsv --save-view "before trial" >/dev/null 2>"$work/err"
grep -qF "saved the view \"before trial\" ($views)" "$work/err" || fail "no word of the saved view" "$work/err"
[ "$(stat -c %a "$views")" = 600 ] || fail "views.toml is not 0600"
grep -qx '\["before trial"\]' "$views" || fail "the view's table" "$views"

"$bin" list --store "$store" --today $day --view "before trial" --format tsv >"$work/view.tsv"
cmp -s "$work/direct.tsv" "$work/view.tsv" || fail "--view lists differently" "$work/view.tsv"
[ "$(wc -l <"$work/view.tsv")" -gt 2 ] || fail "the view lists too few cases" "$work/view.tsv"
"$bin" list --store "$store" --today $day --view "before trial" --columns id --format tsv >"$work/ids.tsv"
[ "$(head -1 "$work/ids.tsv")" = Id ] && cmp -s <(cut -f1 "$work/direct.tsv") "$work/ids.tsv" || fail "--columns does not replace the view's" "$work/ids.tsv"

# A team's comments and other views survive a save.
printf '# shared by the team\n[overdue]\noverdue = true\n\n' | cat - "$views" >"$work/v" && cp "$work/v" "$views"
"$bin" list --store "$store" --today $day --status finalised --save-view "before trial" >/dev/null 2>&1
head -3 "$views" | grep -qx '# shared by the team' || fail "a comment was lost" "$views"
[ "$(grep -c '^\[' "$views")" = 2 ] || fail "views were lost or doubled" "$views"
"$bin" views list --format tsv >"$work/list.tsv"
[ "$(cut -f1 "$work/list.tsv" | tr '\n' ' ')" = "Name overdue before trial " ] || fail "views list" "$work/list.tsv"

# Mistakes: an unknown view, a bad value (file and line), never written over.
if "$bin" list --store "$store" --view nope 2>"$work/err"; then fail "an unknown view listed"; fi
grep -qF 'there is no view "nope"; views: overdue, before trial' "$work/err" || fail "unknown view" "$work/err"
printf '[broken]\nsort = "owner"\n' >>"$views"
cp "$views" "$work/before"
if "$bin" list --store "$store" --view overdue 2>"$work/err"; then fail "a broken file was used"; fi
grep -qF "$views:8: \"owner\" is not a sort column" "$work/err" || fail "no file and line" "$work/err"
if "$bin" list --store "$store" --save-view again 2>"$work/err"; then fail "saved into a broken file"; fi
cmp -s "$views" "$work/before" || fail "a file that does not parse was written over"
echo "ok: save, --view, options over a view, comments kept, views list, errors with file and line"
