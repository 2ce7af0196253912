#!/usr/bin/env bash
# The side-by-side figures in one command (README, docs/performance.md): builds the release
# binary, makes the stores it measures when they are missing (the demo's and the independent
# generator's, 10,000 and 100,000 cases, under $CASEDESK_BENCH_DIR, default /tmp/casedesk-bench),
# runs CaseDesk beside stat, cat, jq and Python on them, and compares the figures with
# Benchmarks/baseline.json (exit 1 when a CaseDesk figure got slower by more than 15%).
#   SIZES="10000" REPS=5 bash Benchmarks/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${CASEDESK_BENCH_DIR:-/tmp/casedesk-bench}
sizes=${SIZES:-"10000 100000"}
reps=${REPS:-5}
mkdir -p "$dir"
swift build -c release --product casedesk
bin=.build/release/casedesk
stores=()
for n in $sizes; do
    [ -d "$dir/demo$n" ] || "$bin" demo "$dir/demo$n" --cases "$n" --no-open > /dev/null
    [ -d "$dir/real$n" ] || python3 Benchmarks/gen_store.py "$dir/real$n" --cases "$n"
    stores+=("$dir/demo$n" "$dir/real$n")
done
out=${OUT:-$dir/latest.json}
python3 Benchmarks/sidebyside.py run "${stores[@]}" --casedesk "$bin" --reps "$reps" --save "$out"
python3 Benchmarks/sidebyside.py compare Benchmarks/baseline.json "$out"
