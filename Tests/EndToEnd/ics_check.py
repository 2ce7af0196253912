"""Checks an iCalendar file written by `casedesk agenda --format ics` against the JSON of the
same agenda: usage `ics_check.py FILE.ics AGENDA.json`.

Two checkers, both strict: a hand-written one of RFC 5545's content lines (always run), and
Python's `icalendar` package, a real parser, when it is installed (.ci/run installs
python3-icalendar; the script says which ran). Exits 1 naming the first problem."""
import json
import re
import sys

ics_path, json_path = sys.argv[1], sys.argv[2]
raw = open(ics_path, "rb").read()
agenda = json.load(open(json_path, encoding="utf-8"))
items = agenda["items"]


def fail(msg):
    print("ics_check: " + msg, file=sys.stderr)
    sys.exit(1)


# --- RFC 5545 3.1: CRLF line breaks, at most 75 octets a line, folding by CRLF + one space.
if not raw.endswith(b"\r\n"):
    fail("the file does not end in CRLF")
physical = raw[:-2].split(b"\r\n")
for n, line in enumerate(physical, 1):
    if b"\n" in line or b"\r" in line:
        fail(f"line {n}: a bare LF or CR")
    if len(line) > 75:
        fail(f"line {n}: {len(line)} octets, more than 75")
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        fail(f"line {n}: not UTF-8 on its own (a fold splits a character)")
logical = []
for line in physical:
    if line[:1] in (b" ", b"\t"):
        if not logical:
            fail("the file starts with a continuation line")
        logical[-1] += line[1:]
    else:
        logical.append(line)
lines = [l.decode("utf-8") for l in logical]

name_re = re.compile(r"^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:\"[^\"]*\"|[^\";:,]*))*):(.*)$")
text_props = {"SUMMARY", "DESCRIPTION", "UID", "CATEGORIES", "X-WR-CALNAME"}


def unescape(v, n):
    out, i = [], 0
    while i < len(v):
        c = v[i]
        if c == "\\":
            if i + 1 >= len(v) or v[i + 1] not in "\\;,nN":
                fail(f"content line {n}: a backslash that escapes nothing in {v!r}")
            out.append("\n" if v[i + 1] in "nN" else v[i + 1])
            i += 2
            continue
        if c in ";,":
            fail(f"content line {n}: an unescaped {c!r} in TEXT {v!r}")
        if ord(c) < 0x20 and c != "\t" or ord(c) == 0x7F:
            fail(f"content line {n}: a control character in TEXT {v!r}")
        out.append(c)
        i += 1
    return "".join(out)


stack, events, cal_props = [], [], {}
for n, line in enumerate(lines, 1):
    m = name_re.match(line)
    if not m:
        fail(f"content line {n}: not NAME[;PARAM=VALUE]:VALUE: {line!r}")
    name, params, value = m.group(1).upper(), m.group(2), m.group(3)
    if name == "BEGIN":
        stack.append(value)
        if value == "VEVENT":
            events.append({})
        continue
    if name == "END":
        if not stack or stack.pop() != value:
            fail(f"content line {n}: END:{value} does not close what BEGIN opened")
        continue
    if not stack:
        fail(f"content line {n}: a property outside VCALENDAR")
    target = events[-1] if stack[-1] == "VEVENT" else cal_props
    if name in target:
        fail(f"content line {n}: {name} twice in one component")
    target[name] = (params, unescape(value, n) if name in text_props else value)
if stack:
    fail(f"{stack[-1]} is never closed")
if lines[0] != "BEGIN:VCALENDAR" or lines[-1] != "END:VCALENDAR":
    fail("the file is not one VCALENDAR")
for required in ("VERSION", "PRODID"):
    if required not in cal_props:
        fail(f"VCALENDAR has no {required}")
if cal_props["VERSION"][1] != "2.0":
    fail("VERSION is not 2.0")
if len(events) != len(items):
    fail(f"{len(events)} VEVENTs for {len(items)} agenda items")
uids = set()
for i, (e, item) in enumerate(zip(events, items)):
    for required in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
        if required not in e:
            fail(f"VEVENT {i}: no {required}")
    uid = e["UID"][1]
    if uid in uids:
        fail(f"VEVENT {i}: UID {uid} twice")
    uids.add(uid)
    if not re.fullmatch(r"\d{8}T\d{6}Z", e["DTSTAMP"][1]):
        fail(f"VEVENT {i}: DTSTAMP {e['DTSTAMP'][1]} is not a UTC DATE-TIME")
    if e["DTSTART"][0].upper() != ";VALUE=DATE" or not re.fullmatch(r"\d{8}", e["DTSTART"][1]):
        fail(f"VEVENT {i}: DTSTART is not an all-day DATE: {e['DTSTART']}")
    if e["DTSTART"][1] != item["date"].replace("-", ""):
        fail(f"VEVENT {i}: DTSTART {e['DTSTART'][1]} but the item's date is {item['date']}")
    if "DTEND" in e and not e["DTEND"][1] > e["DTSTART"][1]:
        fail(f"VEVENT {i}: DTEND not after DTSTART")
    if item["title"] not in e["SUMMARY"][1] or item["case"] not in e["SUMMARY"][1]:
        fail(f"VEVENT {i}: SUMMARY {e['SUMMARY'][1]!r} lacks the title {item['title']!r} or the case")
    if e["CATEGORIES"][1] != item["kind"]:
        fail(f"VEVENT {i}: CATEGORIES {e['CATEGORIES'][1]} but kind {item['kind']}")
checked = f"strict RFC 5545 checker: {len(events)} events, {len(uids)} distinct UIDs"

# --- A real parser, when there is one.
try:
    import icalendar
except ImportError:
    print(f"ics_check: ok ({checked}; the icalendar package is not installed, so no library parse)")
    sys.exit(0)
cal = icalendar.Calendar.from_ical(raw)
parsed = cal.walk("VEVENT")
if len(parsed) != len(items):
    fail(f"icalendar found {len(parsed)} events for {len(items)} items")
for i, (ev, item) in enumerate(zip(parsed, items)):
    start = ev.decoded("DTSTART")
    if start.isoformat() != item["date"] or hasattr(start, "hour"):
        fail(f"icalendar event {i}: DTSTART {start!r} is not the all-day date {item['date']}")
    summary = str(ev.get("SUMMARY"))
    if item["title"] not in summary:
        fail(f"icalendar event {i}: SUMMARY {summary!r} lacks {item['title']!r}")
    if str(ev.get("UID")) != events[i]["UID"][1]:
        fail(f"icalendar event {i}: UID {ev.get('UID')} differs from the strict checker's")
    if ev.decoded("DTSTAMP").tzinfo is None:
        fail(f"icalendar event {i}: DTSTAMP is not UTC")
print(f"ics_check: ok ({checked}; icalendar {icalendar.__version__} parsed {len(parsed)} events)")
