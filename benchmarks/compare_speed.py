"""Time `attrib.compare` on many analysed articles (analysis excluded).

    python benchmarks/compare_speed.py [--articles 100] [--cache DIR]

The corpus articles are analysed once and repeated, with each copy's text lightly
varied (numbers and one word changed) so clusters, flags and alignment do real work.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--cache", help="keep the analyses here as JSON Lines, so a re-run times only the comparison")
    parser.add_argument("--repeat", type=int, default=3, help="time compare this many times, report the best")
    args = parser.parse_args()
    from attrib import Analyzer
    from attrib.compare import compare
    from attrib.report import render_comparison

    files = sorted((ROOT / "corpus").glob("*.txt"))
    texts = []
    for k in range(args.articles):
        base = files[k % len(files)].read_text(encoding="utf-8")
        shift = k % 3
        texts.append(re.sub(r"\b(\d+)\b", lambda m, shift=shift: str(int(m.group(1)) + shift), base))
    from attrib.records import Analysis

    cache = Path(args.cache) / f"compare-speed-{args.articles}.jsonl" if args.cache else None
    started = time.perf_counter()
    if cache and cache.exists():
        analyses = [Analysis.from_json(line) for line in cache.read_text(encoding="utf-8").splitlines()]
    else:
        analyses = list(Analyzer().analyze_many({"id": f"a{k}", "text": t, "meta": {"outlet": f"Outlet {k}"}}
                                                for k, t in enumerate(texts)))
        if cache:
            cache.parent.mkdir(parents=True, exist_ok=True)
            cache.write_text("".join(a.to_json() + "\n" for a in analyses), encoding="utf-8")
    analysis_time = time.perf_counter() - started
    words = sum(len(t.split()) for t in texts) / len(texts)
    times = []
    for _ in range(max(1, args.repeat)):
        started = time.perf_counter()
        cpu = time.process_time()
        comparison = compare(analyses)
        times.append((time.perf_counter() - started, time.process_time() - cpu))
    compare_time, compare_cpu = min(times)
    started = time.perf_counter()
    page = render_comparison(comparison)
    render_time = time.perf_counter() - started
    items = sum(len(c.members) for c in comparison.clusters)
    print(f"articles         {len(analyses)} ({words:.0f} words each), {items} statements")
    print(f"analysis         {analysis_time:.1f} s (not counted)")
    print(f"compare          {compare_time:.2f} s wall, {compare_cpu:.2f} s CPU, best of {len(times)} "
          f"({len(comparison.clusters)} clusters, {len(comparison.flags)} flags)")
    print(f"HTML report      {render_time:.2f} s ({len(page) / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
