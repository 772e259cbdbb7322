"""Time `attrib check` on a ~5,000-word draft, model load excluded.

    python benchmarks/check_speed.py [--words 5000] [--threads N]

The draft is the bundled corpus, concatenated until it has the wanted length.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if args.threads:
        os.environ["ATTRIB_THREADS"] = str(args.threads)
    pieces = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    draft, k = "", 0
    while len(draft.split()) < args.words:
        draft += pieces[k % len(pieces)] + "\n\n"
        k += 1

    from attrib import Analyzer
    from attrib.check import CheckConfig, check_text

    started = time.perf_counter()
    analyzer = Analyzer()
    load = time.perf_counter() - started
    check_text("Warm-up, the army said.", "warm", CheckConfig(), analyzer)
    times = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        results = check_text(draft, "draft", CheckConfig(), analyzer)
        times.append(time.perf_counter() - started)
    print(f"draft            {len(draft.split())} words, {len(draft)} characters")
    print(f"model load       {load:.2f} s")
    print(f"check            best {min(times):.2f} s, median {sorted(times)[len(times) // 2]:.2f} s "
          f"({len(results)} findings)")
    print(f"words/s          {len(draft.split()) / min(times):.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
