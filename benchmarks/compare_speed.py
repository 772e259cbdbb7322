"""Time `attrib.compare` on many analysed articles (analysis excluded).

    python benchmarks/compare_speed.py [--articles 100]

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
    args = parser.parse_args()
    from attrib import Analyzer
    from attrib.compare import compare
    from attrib.report import render_comparison

    files = sorted((ROOT / "corpus").glob("*.txt"))
    analyzer = Analyzer()
    texts = []
    for k in range(args.articles):
        base = files[k % len(files)].read_text(encoding="utf-8")
        shift = k % 3
        texts.append(re.sub(r"\b(\d+)\b", lambda m, shift=shift: str(int(m.group(1)) + shift), base))
    started = time.perf_counter()
    analyses = list(analyzer.analyze_many({"id": f"a{k}", "text": t, "meta": {"outlet": f"Outlet {k}"}}
                                          for k, t in enumerate(texts)))
    analysis_time = time.perf_counter() - started
    words = sum(len(t.split()) for t in texts) / len(texts)
    started = time.perf_counter()
    comparison = compare(analyses)
    compare_time = time.perf_counter() - started
    started = time.perf_counter()
    page = render_comparison(comparison)
    render_time = time.perf_counter() - started
    items = sum(len(c.members) for c in comparison.clusters)
    print(f"articles         {len(analyses)} ({words:.0f} words each), {items} statements")
    print(f"analysis         {analysis_time:.1f} s (not counted)")
    print(f"compare          {compare_time:.2f} s ({len(comparison.clusters)} clusters, {len(comparison.flags)} flags)")
    print(f"HTML report      {render_time:.2f} s ({len(page) / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
