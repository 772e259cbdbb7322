"""Speed of the analyzer: docs/s, words/s, peak RSS, and where the time goes.

    python benchmarks/speed.py [FILES...] [--docs N] [--threads N] [--profile]
    python benchmarks/speed.py --jsonl ../shared/data/polnear/dev.jsonl   # 800-word news

Defaults to the bundled corpus (corpus/*.txt), repeated to at least 40 documents;
``--jsonl`` reads the "text" of every line of a JSON Lines file instead (the PolNeAR
dev texts average 805 words: the issue's "800-word news"; skipped when absent).
Model loading is timed separately and excluded from the rates; CPU seconds
(user+sys) include it.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--docs", type=int, default=40, help="analyse at least this many documents")
    parser.add_argument("--threads", type=int, default=None, help="torch threads (ATTRIB_THREADS)")
    parser.add_argument("--models", default=None)
    parser.add_argument("--profile", action="store_true", help="print the top functions by cumulative time")
    parser.add_argument("--jsonl", type=Path, default=None, help="texts from a JSON Lines file ({\"text\": ...})")
    args = parser.parse_args()
    if args.threads:
        os.environ["ATTRIB_THREADS"] = str(args.threads)
    if args.jsonl is not None:
        if not args.jsonl.exists():
            print(f"skipped: {args.jsonl} not found")
            return 0
        import json

        with args.jsonl.open(encoding="utf-8") as lines:
            texts = [json.loads(line)["text"] for line in lines if line.strip()]
    else:
        files = args.files or sorted((ROOT / "corpus").glob("*.txt"))
        texts = [f.read_text(encoding="utf-8") for f in files]
    docs = [texts[k % len(texts)] for k in range(max(args.docs, len(texts)))]
    words = sum(len(t.split()) for t in docs)

    from attrib import Analyzer

    started = time.perf_counter()
    analyzer = Analyzer(args.models)
    load = time.perf_counter() - started
    list(analyzer.analyze_many(texts[:4], batch_size=2))  # warm-up (two batches: both threads)
    profiler = cProfile.Profile() if args.profile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    results = list(analyzer.analyze_many(docs))
    if profiler:
        profiler.disable()
    elapsed = time.perf_counter() - started
    analyzer.close()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak = usage.ru_maxrss / 1024
    print(f"documents        {len(results)} ({words / len(results):.0f} words each on average)")
    print(f"model load       {load:.2f} s")
    print(f"analysis         {elapsed:.2f} s")
    print(f"docs/s           {len(results) / elapsed:.2f}")
    print(f"words/s          {words / elapsed:.0f}")
    print(f"CPU (user+sys)   {usage.ru_utime + usage.ru_stime:.2f} s, model load included")
    print(f"peak RSS         {peak:.0f} MB (one process: parallel batches are threads)")
    import torch

    print(f"torch threads    {torch.get_num_threads()}")
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(30)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
