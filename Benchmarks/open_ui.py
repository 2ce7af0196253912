#!/usr/bin/env python3
"""Times the real UI's open: from starting `casedesk` to "N of N cases" on screen, several times.

    python3 Benchmarks/open_ui.py STORE [--casedesk BIN] [--reps 5]

STORE is a store directory or a PostgreSQL address (postgres://…, issue 17.5). Each repetition
starts the program in a new pseudo-terminal (140x40, xterm-256color, as Benchmarks/pty_ui.py
does), reads what it draws until the case list's count says every case is listed, notes the
time of that read, and quits with `q`. Prints each time, the median and the minimum, the load
average before and after, and the CPU the program used (user + sys, from wait4).
"""
import argparse
import os
import re
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pty_ui import UI  # noqa: E402

FULL = re.compile(rb"([\d,]+) of \1 cases")


def load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("store")
    p.add_argument("--casedesk", default=".build/release/casedesk")
    p.add_argument("--reps", type=int, default=5)
    a = p.parse_args()
    store = a.store if "://" in a.store else os.path.abspath(a.store)
    casedesk = os.path.abspath(a.casedesk)
    print(f"open_ui: {casedesk} --store {store.split('?')[0]}, {a.reps} reps, load {load()}")
    times, cpus = [], []
    for i in range(a.reps):
        start = time.perf_counter()
        ui = UI(casedesk, store)
        t, m = ui.read_until(FULL, timeout=120)
        times.append(t - start)
        ui.drain(0.3)
        os.write(ui.fd, b"\x1b")
        time.sleep(0.05)
        os.write(ui.fd, b"q")
        _, status, usage = os.wait4(ui.pid, 0)
        cpus.append(usage.ru_utime + usage.ru_stime)
        print(f"  run {i + 1}: {times[-1]:.3f} s to {m.group(1).decode()} of {m.group(1).decode()} cases "
              f"(exit {os.waitstatus_to_exitcode(status)}, CPU {cpus[-1]:.2f} s)")
        time.sleep(0.5)
    print(f"open_ui: median {statistics.median(times):.3f} s, min {min(times):.3f} s, max {max(times):.3f} s; "
          f"CPU median {statistics.median(cpus):.2f} s; load after {load()}")


if __name__ == "__main__":
    main()
