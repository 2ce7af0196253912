#!/usr/bin/env bash
# The batch commands end to end, on a real demo store, through the real binary.
set -euo pipefail
bin=${CASEDESK_BIN:-.build/debug/casedesk}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CASEDESK_USER=e2e-tester
unset CASEDESK_STORE
today=2026-11-24
store="$work/store"

fail() { echo "FAIL: $*" >&2; exit 1; }
no_escapes() { # FILE: no ESC byte anywhere
    local n; n=$(grep -c $'\e' "$1" || true)
    [ "$n" -eq 0 ] || fail "$1 has $n lines with an escape byte"
}
expect_status() { # STATUS COMMAND...: run, keep stdout/stderr in $work/out, $work/err
    local want=$1; shift
    set +e; "$@" >"$work/out" 2>"$work/err"; local got=$?; set -e
    [ "$got" -eq "$want" ] || { cat "$work/err" >&2; fail "'$*' exited $got, expected $want"; }
}

echo "== demo"
"$bin" demo "$store" --no-open --seed 7 --today $today >"$work/demo.out"
grep -qF "$store" "$work/demo.out" || fail "demo did not print the store path"
[ "$(find "$store/cases" -name '*.json' | wc -l)" -eq 60 ] || fail "demo did not write 60 cases"
[ -f "$store/store.json" ] || fail "no store.json"
expect_status 1 "$bin" demo "$store" --no-open
grep -qF "$store" "$work/err" && grep -q "already exists" "$work/err" || fail "demo over a store did not say why"
mkdir "$work/full" && echo keep >"$work/full/precious.txt"
expect_status 1 "$bin" demo "$work/full" --no-open
grep -q "not empty" "$work/err" || fail "demo into a non-empty directory did not say why"
[ "$(wc -l <"$work/err")" -eq 1 ] || fail "the error is not one line"
[ "$(ls "$work/full")" = "precious.txt" ] || fail "demo touched a non-empty directory"

echo "== list in every format"
export CASEDESK_STORE="$store"
for f in table tsv csv json; do
    "$bin" list --format $f --today $today >"$work/list.$f"
    no_escapes "$work/list.$f"
done
[ "$(jq length "$work/list.json")" -eq 60 ] || fail "list --format json does not have 60 cases"
[ "$(wc -l <"$work/list.tsv")" -eq 61 ] || fail "list --format tsv is not a header and 60 rows"
[ "$(wc -l <"$work/list.table")" -eq 61 ] || fail "list table is not a header and 60 rows"
head -1 "$work/list.csv" | grep -q '^Id,Title,' || fail "list csv has no header"
"$bin" list --status finalised --format json --today $today | jq -e 'all(.[]; .status == "finalised") and length > 0' >/dev/null \
    || fail "--status finalised"
"$bin" list --overdue --format json --today $today | jq -e 'all(.[]; .overdue) and length > 0' >/dev/null || fail "--overdue"
"$bin" list --sort nextHearing --format tsv --today $today >/dev/null
lawyer=$(jq -r '[.[] | select(.lawyer != null)][0].lawyer' "$work/list.json")
CASEDESK_USER=$lawyer "$bin" list --mine --format json --today $today \
    | jq -e --arg u "$lawyer" 'length > 0 and all(.[]; .lawyer == $u or .caseworker == $u)' >/dev/null || fail "--mine"
"$bin" list --mine --user nobody-here --format json | jq -e 'length == 0' >/dev/null || fail "--user overrides \$CASEDESK_USER"
"$bin" list --unit OCD-LON,INTL --crime drugTrafficking --format json --today $today \
    | jq -e 'all(.[]; (.unit == "OCD-LON" or .unit == "INTL") and (.crimeTypes | index("drugTrafficking")))' >/dev/null \
    || fail "--unit and --crime"
name=$(jq -r '.[0].title' "$work/list.json")
"$bin" list --text "$name" --format json | jq -e --arg t "$name" 'length >= 1 and .[0].title == $t' >/dev/null || fail "--text"
expect_status 2 "$bin" list --format bogus
grep -q "bogus" "$work/err" || fail "a bad --format is not named"
expect_status 2 "$bin" list --status nonsense
expect_status 2 "$bin" list --no-such-option

echo "== check"
expect_status 0 "$bin" check
victim=$(find "$store/cases" -name '*.json' | sort | head -1)
cp "$victim" "$work/victim.orig"
# A syntax error on line 3: a missing comma between two members.
awk 'NR==3 { sub(/,$/, "") } { print }' "$work/victim.orig" >"$victim"
cp "$victim" "$work/victim.broken"
expect_status 1 "$bin" check
grep -qF "$(basename "$victim")" "$work/out" "$work/err" || fail "check does not name the broken file"
grep -Eq "line [0-9]+, column [0-9]+" "$work/out" "$work/err" || fail "check does not give line and column"
cmp -s "$victim" "$work/victim.broken" || fail "check changed the broken file"
# The other commands still work, and say a file was left out.
expect_status 0 "$bin" list --format json --today $today
[ "$(jq length "$work/out")" -eq 59 ] || fail "list should show the 59 readable cases"
grep -q "check" "$work/err" || fail "list does not warn about the damaged file"
cp "$work/victim.orig" "$victim"
expect_status 0 "$bin" check

echo "== requests"
"$bin" requests --overdue --today $today >"$work/req.table"
no_escapes "$work/req.table"
"$bin" requests --overdue --format json --today $today | jq -e 'length > 0 and all(.[]; .overdue)' >/dev/null \
    || fail "requests --overdue"
"$bin" requests --chase --format json --today $today | jq -e 'length > 0 and all(.[]; .toChase)' >/dev/null \
    || fail "requests --chase"

echo "== report"
"$bin" report --today $today --by year --format json >"$work/report.json"
jq -e '.groupBy == "year" and (.rows | length) > 5
       and all(.rows[]; .convictionRate == null or (.convictionRate >= 0 and .convictionRate <= 1))' \
    "$work/report.json" >/dev/null || fail "report --by year --format json"
for by in quarter crime unit lawyer country; do "$bin" report --today $today --by $by >/dev/null; done
"$bin" report --today $today --by crime --period 2019-2020 --format markdown | grep -q '^|' || fail "report markdown"
"$bin" report --today $today --period "2019-2020 Q3" --format csv >/dev/null
expect_status 2 "$bin" report --today $today --period 2019

echo "== export and import"
"$bin" export --output "$work/bundle.json"
jq -e '.cases | length == 60' "$work/bundle.json" >/dev/null || fail "the bundle does not hold 60 cases"
"$bin" export --format csv >"$work/export.csv"
no_escapes "$work/export.csv"
[ "$(wc -l <"$work/export.csv")" -gt 60 ] || fail "export csv is too short"
second="$work/second"
"$bin" demo "$second" --no-open --cases 0 >/dev/null
"$bin" export --store "$second" | jq -e '.format == "casedesk-bundle" and .cases == []' >/dev/null \
    || fail "the export of an empty store is not an empty bundle"
"$bin" import "$work/bundle.json" --store "$second"
"$bin" list --format json --today $today --store "$second" >"$work/second.json"
cmp -s "$work/list.json" "$work/second.json" || fail "the imported store lists differently"
"$bin" check --store "$second" >/dev/null
# The same bundle again has nothing to do (a re-run completes an import cut short); a bundle
# whose case differs from the store's is refused, nothing written.
lines=$(wc -l <"$second/audit.jsonl")
expect_status 0 "$bin" import "$work/bundle.json" --store "$second"
grep -q "Imported 0 new cases .* 60 cases were already there with the same content" "$work/out" \
    || fail "importing twice does not say the cases are there: $(cat "$work/out")"
[ "$(wc -l <"$second/audit.jsonl")" -eq "$lines" ] || fail "importing twice wrote audit lines"
jq '.cases[0].title = "Changed since"' "$work/bundle.json" >"$work/changed.json"
expect_status 1 "$bin" import "$work/changed.json" --store "$second"
grep -q "already in the store with other content; nothing was imported" "$work/err" || fail "a differing case is not named: $(cat "$work/err")"
expect_status 1 "$bin" import "$work/no-such-file.json" --store "$second"
grep -qF "no-such-file.json" "$work/err" || fail "a missing import file is not named"

echo "== log"
first=$(jq -r '.[0].id' "$work/second.json")
"$bin" log --store "$second" >"$work/log.all"
grep -q "e2e-tester" "$work/log.all" || fail "the audit trail does not name the user"
"$bin" log "$first" --store "$second" --format json | jq -e "length >= 1 and all(.[]; .case == \"$first\")" >/dev/null \
    || fail "log CASE"
printf '{"at":"2026-11-24T10:00:00Z","user":"x","act' >>"$second/audit.jsonl"   # a torn last line
expect_status 0 "$bin" log --store "$second"
grep -qi "warning" "$work/err" || fail "a torn audit line gives no warning"

echo "== control characters in data never reach the terminal raw"
jq '.cases[0].title = "Evil \u001b[31mred\u001b[0m \u0007 title" | .cases |= [.[0]]' "$work/bundle.json" >"$work/evil.json"
third="$work/third"
"$bin" demo "$third" --no-open --cases 0 >/dev/null
"$bin" import "$work/evil.json" --store "$third"
for f in table tsv; do
    "$bin" list --store "$third" --format $f >"$work/evil.$f"
    no_escapes "$work/evil.$f"
    grep -q "␛\[31mred" "$work/evil.$f" || fail "the escape is not shown as a visible symbol in $f"
done
"$bin" list --store "$third" --format json | jq -e '.[0].title | contains("\u001b")' >/dev/null \
    || fail "JSON to a pipe must keep the exact text"

echo "== errors name what and where"
expect_status 1 "$bin" list --store "$work/nowhere"
grep -qF "$work/nowhere" "$work/err" || fail "a missing store is not named"
[ "$(wc -l <"$work/err")" -eq 1 ] || fail "the error is not one line"
expect_status 0 "$bin" --help
for cmd in ui demo list requests report check import export log; do
    grep -q "^  $cmd " "$work/out" || fail "--help does not list $cmd"
    "$bin" help $cmd >"$work/help.$cmd" || fail "casedesk help $cmd failed"
    grep -q "Examples:" "$work/help.$cmd" || fail "the help of $cmd has no examples"
    "$bin" $cmd --help | cmp -s - "$work/help.$cmd" || fail "$cmd --help differs from casedesk help $cmd"
done

echo "== a closed pipe is an ordinary end of output"
big="$work/big"
"$bin" demo "$big" --no-open --cases 1500 >/dev/null
"$bin" export --format csv --store "$big" | head -1 >/dev/null \
    || fail "export into a closed pipe did not exit 0"
echo "all CLI checks passed"
