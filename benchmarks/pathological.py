"""Cost of hostile input: time and peak memory of one document against its size, per family.

    python benchmarks/pathological.py [--sizes 100,200,400,800,1600] [--families said,nested,...]
                                      [--limit-mb 4000] [--timeout 120]

Families (issue #22; N is the number of repeated units):

* ``said``     ``He said "yes" and `` × N: one sentence, N quotations and N cues (18 N characters)
* ``nested``   N quotations nested in each other, alternating “ and ‘ (~10 N characters)
* ``nopunct``  ``officials said the plan would `` × N: one line of words, no punctuation (31 N chars)
* ``opened``   ``“yes `` × N: N quotation marks opened and never closed (5 N characters)
* ``news``     a normal corpus article repeated until it has ~18 N characters (the control)

Each case runs in a fresh child process (so its peak RSS is its own): it loads the models,
analyses a warm-up sentence, then the case; the table shows the analysis's wall time and CPU
time (user+sys), the peak RSS the case added over the loaded models, and the RSS left after
the document (what the analyzer keeps).  A case that passes ``--limit-mb`` or ``--timeout``
is stopped and shown as such.  Cost must grow linearly with N: the last column is the CPU
time per unit relative to the smallest N.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FAMILIES = ("said", "nested", "nopunct", "opened", "news")


def make(family: str, n: int) -> str:
    """The pathological document of ``family`` with ``n`` units."""
    if family == "said":
        return 'He said "yes" and ' * n
    if family == "nested":
        opens = "".join("He said “" if k % 2 == 0 else "she said ‘" for k in range(n))
        closes = "".join("”" if k % 2 == 0 else "’" for k in reversed(range(n)))
        return opens + "yes" + closes + "."
    if family == "nopunct":
        return "officials said the plan would " * n
    if family == "opened":
        return "“yes " * n
    if family == "news":
        article = (ROOT / "corpus" / "al-bab-dawn.txt").read_text(encoding="utf-8")
        size = 18 * n
        return (article * (size // len(article) + 1))[:size].rsplit("\n", 1)[0]
    raise ValueError(family)


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def child(family: str, n: int, limit_mb: float) -> None:
    """Run one case in this process and print one JSON line."""
    import gc

    from attrib import Analyzer

    analyzer = Analyzer(workers=1)
    analyzer.analyze("He said “yes” on Monday.")
    gc.collect()
    text = make(family, n)
    base = _rss_mb()
    peak = [base]
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            rss = _rss_mb()
            peak[0] = max(peak[0], rss)
            if rss - base > limit_mb:
                print(json.dumps({"over": "memory", "peak": rss - base}), flush=True)
                os._exit(3)
            time.sleep(0.01)

    threading.Thread(target=watch, daemon=True).start()
    cpu0, t0 = time.process_time(), time.perf_counter()
    analysis = analyzer.analyze(text)
    wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    done.set()
    del analysis
    gc.collect()
    print(json.dumps({"chars": len(text), "wall": wall, "cpu": cpu, "peak": max(peak[0], _rss_mb()) - base,
                      "after": _rss_mb() - base}), flush=True)


def run_case(family: str, n: int, limit_mb: float, timeout: float) -> dict:
    cmd = [sys.executable, __file__, "--child", family, str(n), str(limit_mb)]
    env = {**os.environ, "ATTRIB_THREADS": "1"}
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return {"over": f"time (> {timeout:.0f} s)"}
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if not lines:
        return {"over": f"crash: {proc.stderr.strip().splitlines()[-1:]}"}
    return json.loads(lines[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,200,400,800,1600")
    parser.add_argument("--families", default=",".join(FAMILIES))
    parser.add_argument("--limit-mb", type=float, default=4000, help="stop a case that adds more RSS than this")
    parser.add_argument("--timeout", type=float, default=120, help="stop a case that runs longer (s)")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]), float(args.child[2]))
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'family':8} {'N':>6} {'chars':>8} {'wall s':>8} {'cpu s':>8} {'peak MB':>8} {'after MB':>8} "
          f"{'cpu/N ×':>8}")
    for family in args.families.split(","):
        first = None
        for n in sizes:
            r = run_case(family, n, args.limit_mb, args.timeout)
            if "over" in r:
                print(f"{family:8} {n:>6} {len(make(family, n)):>8} stopped: over {r['over']}", flush=True)
                break
            per = r["cpu"] / n
            first = first or per
            print(f"{family:8} {n:>6} {r['chars']:>8} {r['wall']:>8.2f} {r['cpu']:>8.2f} {r['peak']:>8.0f} "
                  f"{r['after']:>8.0f} {per / first:>8.2f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
