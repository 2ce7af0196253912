#!/usr/bin/env bash
# casedesk agenda --format ics imported by a real iCalendar parser (Python's icalendar, when
# installed; a strict RFC 5545 checker always), UIDs stable from one day to the next; the
# --from/--to and --kind filters; check --deadlines failing on an expired or at-risk CTL and
# passing once none is left.
set -euo pipefail
source "$(dirname "$0")/tmux-lib.sh"
e2e_setup agenda-cli jq
here=$(cd "$(dirname "$0")" && pwd)
store="$work/store"
today=2026-11-29
"$bin" demo "$store" --cases 60 --seed 7 --no-open --today "$today" >/dev/null

# A Python that has the icalendar package if any has it (Debian's lives in /usr/bin/python3).
python=python3
for p in python3 /usr/bin/python3; do
    if command -v "$p" >/dev/null && "$p" -c 'import icalendar' 2>/dev/null; then python=$p; break; fi
done

"$bin" agenda --store "$store" --today "$today" --format json >"$work/agenda.json"
"$bin" agenda --store "$store" --today "$today" --format ics >"$work/agenda.ics"
"$python" "$here/ics_check.py" "$work/agenda.ics" "$work/agenda.json" | tee "$work/ics-result"
if [ -n "${CASEDESK_CAPTURE_DIR:-}" ]; then cp "$work/ics-result" "$CASEDESK_CAPTURE_DIR/issue15-ics-parse.txt"; fi
grep -q $'^DTSTART;VALUE=DATE:[0-9]\{8\}\r$' "$work/agenda.ics" || { echo "no all-day DTSTART" >&2; exit 1; }

# The next day the items are the same things: every UID of an item still there is the same.
"$bin" agenda --store "$store" --today 2026-11-30 --format ics >"$work/next.ics"
uids() { tr -d '\r' <"$1" | awk '/^UID:/{u=$0} /^ /{if(u!=""){u=u substr($0,2)}; next} !/^UID:/{if(u!=""){print u; u=""}}' | sort; }
uids "$work/agenda.ics" >"$work/uids1"; uids "$work/next.ics" >"$work/uids2"
common=$(comm -12 "$work/uids1" "$work/uids2" | wc -l)
[ "$common" -ge $(( $(wc -l <"$work/uids2") * 9 / 10 )) ] \
    || { echo "UIDs changed from one day to the next: $common in common of $(wc -l <"$work/uids2")" >&2; exit 1; }

# --from/--to keep the items of the range only; --kind keeps the kinds named.
"$bin" agenda --store "$store" --today "$today" --from 2026-12-01 --to 2026-12-31 --kind hearing,task --format json \
    | jq -e '(.items | length > 0) and all(.items[]; .date >= "2026-12-01" and .date <= "2026-12-31" and (.kind | IN("hearing", "task")))' >/dev/null \
    || { echo "--from/--to/--kind did not filter" >&2; exit 1; }
"$bin" agenda --store "$store" --from 2026-13-01 2>"$work/err" && { echo "a bad --from was accepted" >&2; exit 1; }
grep -qF -- '--from must be a date written YYYY-MM-DD' "$work/err" || { echo "bad --from message: $(cat "$work/err")" >&2; exit 1; }
"$bin" agenda --store "$store" --format ical 2>"$work/err" && { echo "a bad --format was accepted" >&2; exit 1; }
grep -qF 'json, ics' "$work/err" || { echo "--format does not offer ics: $(cat "$work/err")" >&2; exit 1; }

# check --deadlines: the demo has an expired CTL, so it fails with one line per CTL saying why.
set +e
"$bin" check --deadlines --store "$store" --today "$today" >"$work/out" 2>"$work/err"
status=$?
set -e
[ "$status" -eq 1 ] || { echo "check --deadlines exited $status with an expired CTL" >&2; cat "$work/out" >&2; exit 1; }
grep -q ': CTL EXPIRED on [0-9-]* (.*), [0-9]* days\? ago' "$work/out" || { echo "no EXPIRED line: $(cat "$work/out")" >&2; exit 1; }
grep -q 'CTL expired, [0-9]* at risk as of 2026-11-29' "$work/err" || { echo "no summary: $(cat "$work/err")" >&2; exit 1; }
expected=$(jq '[.items[] | select(.ctl == "expired" or .ctl == "atRisk")] | length' "$work/agenda.json")
[ "$(grep -c 'CTL EXPIRED\|CTL AT RISK' "$work/out")" -eq "$expected" ] \
    || { echo "check --deadlines lists $(grep -c 'CTL' "$work/out") lines, the agenda $expected alarms" >&2; exit 1; }
"$bin" check --deadlines --store "$store" --today "$today" --format json >"$work/check.json" 2>/dev/null || true
jq -e '.asOf == "2026-11-29" and (.findings | length > 0) and all(.findings[]; .path | test("^defendants\\[.*\\]\\.custodyTimeLimits\\[[0-9]+\\]$"))' "$work/check.json" >/dev/null \
    || { echo "bad check --deadlines JSON" >&2; exit 1; }

# Without CTLs nothing is left to warn about, and the check passes.
for f in "$store"/cases/*.json; do
    jq 'del(.defendants[]?.custodyTimeLimits)' "$f" >"$work/c" && cp "$work/c" "$f"
done
"$bin" check --deadlines --store "$store" --today "$today" >"$work/out" \
    || { echo "check --deadlines failed with no CTL running: $(cat "$work/out")" >&2; exit 1; }
grep -qF 'No custody time limit expired or at risk as of 2026-11-29.' "$work/out" || { echo "bad pass line: $(cat "$work/out")" >&2; exit 1; }
echo "agenda-cli: ok"
