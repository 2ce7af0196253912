#!/usr/bin/env python3
"""CaseDesk side by side with the tools a reader already trusts, on the same files, in one run.

    python3 Benchmarks/sidebyside.py run STORE... [--casedesk BIN] [--reps 5] [--save FILE]
    python3 Benchmarks/sidebyside.py compare BASELINE.json NEW.json [--tolerance 0.15]

For every store, each repetition runs every measure once, in turn, so CaseDesk and its peer
see the same machine (same load, same page cache) rather than one running in a quiet minute
and the other in a busy one:

  peers        stat of every case file; cat of every byte; jq -c .id over every file;
               a jq program and a Python program computing the conviction rate by
               financial year (1 April to 31 March), as docs/measures.md defines it
  CaseDesk     list, cold (STORE/.cache/summaries removed first; page cache warm) and warm;
               list --format json, cold; report --by year --format json, warm and cold

Each CaseDesk figure is printed as a ratio to its peer (median to median, minimum to
minimum): cold list to `jq -c .id` (reading every file), warm list to `stat` (the floor: a
warm open only needs to know nothing changed), report to the jq and Python programs that
compute the same figure. Every command's exit status is checked, and the conviction rates
of CaseDesk, jq and Python must agree, or the run stops: a fast wrong answer is no answer.
Peak RSS comes from wait4 (the process and the children it waited for).

`--save` writes the figures as JSON; `compare` prints the change of every median between two
such files and exits 1 when one got slower by more than the tolerance (a regression).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

JQ_RATE = r'''
reduce (inputs | .defendants[]? | .outcome? | select(. != null)) as $o ({};
  ($o.date[0:4] | tonumber) as $y | ($o.date[5:7] | tonumber) as $m
  | (if $m >= 4 then $y else $y - 1 end) as $fy | "\($fy)-\($fy + 1)" as $k
  | if ($o.category == "guiltyPlea" or $o.category == "convictedAfterTrial") then .[$k].c += 1 | .[$k].n += 1
    elif ($o.category == "acquittedAfterTrial" or $o.category == "directedAcquittal" or $o.category == "dropped")
    then .[$k].n += 1 else .[$k].n += 0 end)
| with_entries(.value = (if .value.n > 0 then (.value.c // 0) / .value.n else null end))
'''

PY_RATE = r'''
import json, sys
rates = {}
for path in open(sys.argv[1], "rb").read().split(b"\0"):
    if not path:
        continue
    with open(path, "rb") as f:
        c = json.load(f)
    for d in c.get("defendants") or []:
        o = d.get("outcome")
        if not o:
            continue
        y, m = int(o["date"][0:4]), int(o["date"][5:7])
        fy = y if m >= 4 else y - 1
        k = f"{fy}-{fy + 1}"
        r = rates.setdefault(k, [0, 0])
        if o["category"] in ("guiltyPlea", "convictedAfterTrial"):
            r[0] += 1; r[1] += 1
        elif o["category"] in ("acquittedAfterTrial", "directedAcquittal", "dropped"):
            r[1] += 1
print(json.dumps({k: (c / n if n else None) for k, (c, n) in sorted(rates.items())}))
'''


class Failed(Exception):
    pass


def run(cmd, out=subprocess.DEVNULL, env=None):
    """Runs `cmd` (a shell command) and returns (seconds, cpu seconds, peak RSS in MB, stdout)."""
    with tempfile.TemporaryFile() as capture:
        start = time.perf_counter()
        p = subprocess.Popen(["/bin/sh", "-c", "set -e; " + cmd], stdout=capture if out is None else out,
                             stderr=subprocess.PIPE, env=env)
        _, status, usage = os.wait4(p.pid, 0)
        elapsed = time.perf_counter() - start
        p.returncode = os.waitstatus_to_exitcode(status)
        err = p.stderr.read().decode(errors="replace")
        if p.returncode != 0:
            raise Failed(f"exit status {p.returncode}: {cmd}\n{err[-2000:]}")
        text = ""
        if out is None:
            capture.seek(0)
            text = capture.read().decode()
        return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, text


def q(s):
    return "'" + s.replace("'", "'\\''") + "'"


def measures(store, casedesk, listing, scripts):
    cache = os.path.join(store, ".cache", "summaries")
    at = f"--store {q(store)}"
    cd = q(casedesk)
    cold = f"rm -f {q(cache)}; "
    xargs = f"xargs -0 -a {q(listing)}"
    # (name, command, peer name or None): peers first in each pair, so the page cache is
    # warmed by a peer's read rather than by CaseDesk's.
    return [
        ("stat", f"{xargs} stat -c %s > /dev/null", None),
        ("cat", f"{xargs} cat > /dev/null", None),
        ("jq -c .id", f"{xargs} jq -c .id > /dev/null", None),
        # One jq over every file (xargs would split the list over several jq processes).
        ("jq rate", f"{xargs} cat | jq -n -c -S {q(JQ_RATE)}", None),
        ("python rate", f"python3 {q(scripts['py'])} {q(listing)}", None),
        ("list cold", f"{cold}{cd} list {at} --format tsv > /dev/null", "jq -c .id"),
        ("list json cold", f"{cold}{cd} list {at} --format json > /dev/null", "jq -c .id"),
        ("list warm", f"{cd} list {at} --format tsv > /dev/null", "stat"),
        ("report cold", f"{cold}{cd} report {at} --by year --format json", "python rate"),
        ("report warm", f"{cd} report {at} --by year --format json", "jq rate"),
    ]


def casedesk_rates(text):
    rows = json.loads(text)["rows"]
    return {r["key"] if "key" in r else r["group"]: r.get("convictionRate") for r in rows}


def agree(name, a, b, store):
    """The figures of two programs agree when every year one gives a rate for has the same rate."""
    for k in sorted(set(a) | set(b)):
        x, y = a.get(k), b.get(k)
        if x is None and y is None:
            continue
        if x is None or y is None or abs(x - y) > 1e-9:
            raise Failed(f"{store}: conviction rate of {k} differs: {name} gives {x!r}, the peer {y!r}")


def run_store(store, casedesk, reps, scripts, label):
    cases = os.path.join(store, "cases")
    names = sorted(n for n in os.listdir(cases) if n.endswith(".json") and not n.startswith("."))
    listing = os.path.join(tempfile.gettempdir(), f"sidebyside-{os.getpid()}.list")
    with open(listing, "wb") as f:
        f.write(b"\0".join(os.path.join(cases, n).encode() for n in names))
    size = sum(os.path.getsize(os.path.join(cases, n)) for n in names)
    ms = measures(store, casedesk, listing, scripts)
    run(f"xargs -0 -a {q(listing)} cat > /dev/null")  # page cache warm before the first repetition
    samples = {name: [] for name, _, _ in ms}
    checked = False
    for rep in range(reps):
        for name, cmd, _ in ms:
            out = None if "rate" in name or "report" in name else subprocess.DEVNULL
            t, cpu, rss, text = run(cmd, out=out)
            samples[name].append((t, cpu, rss))
            if out is None and not checked:
                rates = casedesk_rates(text) if "report" in name else json.loads(text)
                if name == "jq rate":
                    jq_rates = rates
                elif name == "python rate":
                    agree("Python", rates, jq_rates, store)
                else:
                    agree("CaseDesk", rates, jq_rates, store)
                    checked = name == "report warm"
        print(f"  {label}: repetition {rep + 1} of {reps} done", file=sys.stderr)
    os.unlink(listing)
    figures = {}
    for name, _, peer in ms:
        t = [s[0] for s in samples[name]]
        figures[name] = {"median": statistics.median(t), "min": min(t), "cpu": statistics.median(s[1] for s in samples[name]),
                         "rss": max(s[2] for s in samples[name]), "peer": peer, "samples": t}
    return {"store": store, "cases": len(names), "bytes": size, "figures": figures}


def table(result, label):
    f = result["figures"]
    lines = [f"### {label}: {result['cases']:,} cases, {result['bytes'] / 1e6:.0f} MB ({result['store']})", "",
             "| measure | median s | min s | CPU s | peak RSS MB | peer | ratio median | ratio min |",
             "|---|---:|---:|---:|---:|---|---:|---:|"]
    for name, v in f.items():
        peer = v["peer"]
        ratio = ("", "") if not peer else (f"{v['median'] / f[peer]['median']:.2f}x", f"{v['min'] / f[peer]['min']:.2f}x")
        lines.append(f"| {name} | {v['median']:.3f} | {v['min']:.3f} | {v['cpu']:.2f} | {v['rss']:.0f} | {peer or ''} "
                     f"| {ratio[0]} | {ratio[1]} |")
    return "\n".join(lines) + "\n"


def cmd_run(a):
    casedesk = os.path.abspath(a.casedesk)
    if not os.access(casedesk, os.X_OK):
        sys.exit(f"sidebyside.py: no casedesk at {casedesk}; build it with `swift build -c release`")
    for tool in ("jq", "stat", "xargs", "cat"):
        if subprocess.run(["sh", "-c", f"command -v {tool}"], stdout=subprocess.DEVNULL).returncode != 0:
            sys.exit(f"sidebyside.py: {tool} is not installed")
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(PY_RATE)
        scripts = {"py": f.name}
    results = {}
    try:
        for store in a.stores:
            label = os.path.basename(os.path.normpath(store))
            results[label] = run_store(os.path.abspath(store), casedesk, a.reps, scripts, label)
            print(table(results[label], label))
            sys.stdout.flush()
    except Failed as e:
        sys.exit(f"sidebyside.py: {e}")
    finally:
        os.unlink(scripts["py"])
    if a.save:
        with open(a.save, "w") as f:
            json.dump({"when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "casedesk": casedesk,
                       "reps": a.reps, "stores": results}, f, indent=1)
        print(f"figures saved in {a.save}", file=sys.stderr)


def cmd_compare(a):
    old, new = json.load(open(a.baseline)), json.load(open(a.new))
    slower = []
    print("| store | measure | before median s | after median s | change | before RSS MB | after RSS MB |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for label, r in new["stores"].items():
        base = old["stores"].get(label)
        if not base:
            continue
        for name, v in r["figures"].items():
            b = base["figures"].get(name)
            if not b:
                continue
            change = v["median"] / b["median"]
            mark = ""
            if change > 1 + a.tolerance and not name.startswith(("stat", "cat", "jq", "python")):
                mark = " slower"
                slower.append(f"{label} {name}")
            print(f"| {label} | {name} | {b['median']:.3f} | {v['median']:.3f} | {change:.2f}x{mark} "
                  f"| {b['rss']:.0f} | {v['rss']:.0f} |")
    if slower:
        print(f"\nslower than the baseline by more than {a.tolerance:.0%}: " + ", ".join(slower), file=sys.stderr)
        sys.exit(1)


def main():
    p = argparse.ArgumentParser(description="CaseDesk side by side with stat, cat, jq and Python.")
    sub = p.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="measure one or more stores")
    r.add_argument("stores", nargs="+")
    r.add_argument("--casedesk", default=".build/release/casedesk")
    r.add_argument("--reps", type=int, default=5)
    r.add_argument("--save", help="write the figures as JSON (a baseline for `compare`)")
    c = sub.add_parser("compare", help="compare two saved runs; exit 1 on a regression")
    c.add_argument("baseline")
    c.add_argument("new")
    c.add_argument("--tolerance", type=float, default=0.15)
    a = p.parse_args()
    if a.command == "run" and a.reps < 1:
        sys.exit("sidebyside.py: --reps must be at least 1")
    cmd_run(a) if a.command == "run" else cmd_compare(a)


if __name__ == "__main__":
    main()
