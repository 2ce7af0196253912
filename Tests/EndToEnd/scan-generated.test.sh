#!/usr/bin/env bash
# Issue 16.1 on stores no CaseDesk code wrote: Benchmarks/gen_store.py (uneven shapes: dozens
# of defendants, long charge lists, chased requests, long notes, quotes and accents) at two
# seeds. casedesk-bench scan-check reads every file both ways (the summary scanner and the full
# decode) and must find every summary the same and none left to the full decode; casedesk
# opens the store cold and warm to the same list; a damaged file is reported with the full
# parse's line and column.
set -euo pipefail
bin=${CASEDESK_BIN:-.build/debug/casedesk}
bench="$(dirname "$bin")/casedesk-bench"
[ -x "$bench" ] || { echo "SKIP: $bench is not built"; exit 0; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CASEDESK_USER=e2e-tester
unset CASEDESK_STORE
fail() { echo "FAIL: $*" >&2; exit 1; }
files=0
for seed in 3 16; do
    store="$work/gen$seed"
    python3 Benchmarks/gen_store.py "$store" --cases 250 --seed "$seed" --jobs 1 >/dev/null 2>&1
    "$bench" scan-check "$store" >"$work/check" || { cat "$work/check" >&2; fail "scan-check found a difference (seed $seed)"; }
    grep -q "^scan-check: 250 files: 250 the same, 0 different, 0 left to the full decode (0 damaged)" "$work/check" \
        || { cat "$work/check" >&2; fail "scan-check of gen_store seed $seed"; }
    files=$((files + 250))
    rm -rf "$store/.cache"
    "$bin" --store "$store" list --format json >"$work/cold.json"
    "$bin" --store "$store" list --format json >"$work/warm.json"
    [ "$(jq length "$work/cold.json")" = 250 ] || fail "cold list of seed $seed has $(jq length "$work/cold.json") rows"
    cmp -s "$work/cold.json" "$work/warm.json" || fail "warm list differs from cold (seed $seed)"
done

# A damaged file among them: left out with a warning naming it, cold and warm (the scanner
# never reads it), and the full parse's line and column from check.
victim=$(ls "$store/cases" | sed -n 7p)
line=$(grep -n -m1 '"title": ' "$store/cases/$victim" | cut -d: -f1)
sed -i '0,/"title": /s//"title" /' "$store/cases/$victim"
rm -rf "$store/.cache"
for pass in cold warm; do
    "$bin" --store "$store" list --format json >"$work/out" 2>"$work/err"
    [ "$(jq length "$work/out")" = 249 ] || fail "list ($pass) has $(jq length "$work/out") rows, not 249"
    grep -q "1 case file could not be read and is left out ($store/cases/$victim)" "$work/err" \
        || { cat "$work/err" >&2; fail "list ($pass) does not name the damaged file"; }
done
set +e; "$bin" --store "$store" check >"$work/out" 2>&1; status=$?; set -e
[ "$status" -ne 0 ] || fail "check passed a damaged file"
grep -qF "$store/cases/$victim: line $line, column 11: expected ':' after the object key \"title\", found '\"'" "$work/out" \
    || { grep -F "$victim" "$work/out" >&2; fail "check does not give the damaged file's precise error"; }
echo "scan-generated: $files generated files read the same both ways"
