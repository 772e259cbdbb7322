"""Accuracy on gold attributions (PolNeAR dev by default); prints every figure of `attrib eval`.

    python benchmarks/accuracy.py [GOLD.jsonl] [--models DIR] [--limit N] [--json]

The gold data is for measuring only and is never copied into the project; without it the
script says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--models", default=None)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.gold.exists():
        print(f"skipped: gold file {args.gold} not found")
        return 0
    from attrib import Analyzer
    from attrib.evaluation import format_scores, load_gold, score_documents

    gold = load_gold(args.gold)
    if args.limit:
        gold = gold[: args.limit]
    analyzer = Analyzer(args.models)
    started = time.perf_counter()
    analyses = list(analyzer.analyze_many({"id": g.get("id"), "text": g["text"]} for g in gold))
    elapsed = time.perf_counter() - started
    result = score_documents(zip(gold, analyses)).as_dict()
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(format_scores(result))
        print(f"analysed {len(gold)} documents in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
