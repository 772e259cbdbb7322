"""Calibrated confidence: count on one gold set, check the reliability on another.

    python benchmarks/calibrate.py [--count TRAIN.jsonl] [--check DEV.jsonl] [--write] [--cache DIR]

Counts, for every attribution attrib finds on ``--count`` (default PolNeAR train), its key
(construction, cue category, kind of source mention) and whether it is right end to end
(``attrib.evaluation.judge_quotes``: content overlap ≥ 30 % and the right source), at every
level of back-off; ``--write`` stores the counts (counts only, no text) in
``src/attrib/data/lexicon/calibration.tsv``, which ``attrib.confidence`` reads.  Then prints the
reliability table of ``--check`` (default PolNeAR dev) with the shipped counts: per confidence
bin, the attributions in it, their mean confidence and their precision, and the expected
calibration error (ECE, Naeini et al. 2015: the bin-size-weighted mean gap between confidence and
precision).  Parses come from the cache of ``benchmarks/ablation.py``.  Gold sets are read from
``../shared`` (measuring only); a set that is absent is skipped with a message.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ablation import POLNEAR, ROOT, _parsed, cache_file  # noqa: E402

TABLE = ROOT / "src" / "attrib" / "data" / "lexicon" / "calibration.tsv"
BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def judged(analyzer, path: Path, cache: Path) -> list[tuple[int, object, bool]]:
    """(document position, quote, right) for every attribution found on the gold set at
    ``path``, each document analysed once."""
    from attrib.evaluation import judge_quotes, load_gold

    gold = load_gold(path)
    works = _parsed(analyzer, gold, cache_file(cache, path, len(gold)))
    items = []
    for k, (g, work) in enumerate(zip(gold, works)):
        analysis = analyzer._analyse(work)
        items += [(k, quote, right) for quote, right in zip(analysis.quotes, judge_quotes(g, analysis))]
    return items


def _part(items, part: int | None):
    """All items, or those of the documents at even (0) or odd (1) positions."""
    return [(quote, right) for k, quote, right in items if part is None or k % 2 == part]


def count(items, lexicon, part: int | None = None) -> Counter:
    from attrib.confidence import WILDCARD, source_kind

    counts: Counter = Counter()
    for quote, right in _part(items, part):
        key = (quote.construction or WILDCARD, quote.category or WILDCARD,
               source_kind(quote.source.text if quote.source else None, lexicon))
        for level in ((WILDCARD,) * 3, (key[0], WILDCARD, WILDCARD), (key[0], key[1], WILDCARD), key):
            counts[level, "n"] += 1
            counts[level, "right"] += right
    return counts


def write(counts: Counter, source: str) -> None:
    keys = sorted({k for k, _ in counts})
    lines = ["# Calibration counts: how many attributions each key produced on a gold set, and how many were "
             "right end to end.",
             f"# source: counted by benchmarks/calibrate.py on {source} (counts only; attrib.confidence "
             "smooths them by the m-estimate).",
             "# columns: construction<TAB>category<TAB>source kind<TAB>attributions<TAB>right (\"*\" = any)"]
    lines += ["\t".join([*k, str(counts[k, "n"]), str(counts[k, "right"])]) for k in keys]
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")


def reliability(items, where: str, table, lexicon, part: int | None = None) -> float:
    """Print the reliability table of ``items`` with confidences from ``table``; return the
    expected calibration error."""
    judged = [(_confidence(table, q, lexicon), right) for q, right in _part(items, part)]
    if part is not None:
        where += f", {'even' if part == 0 else 'odd'} documents"
    print(f"\nreliability on {where} ({len(judged)} attributions)\n")
    print("| confidence | attributions | mean confidence | precision | gap |")
    print("|---|---|---|---|---|")
    ece = 0.0
    for low, high in zip(BINS, BINS[1:]):
        cell = [(c, right) for c, right in judged if low <= c < high]
        if not cell:
            continue
        mean = sum(c for c, _ in cell) / len(cell)
        precision = sum(r for _, r in cell) / len(cell)
        ece += len(cell) / len(judged) * abs(mean - precision)
        print(f"| {low:.1f}–{min(high, 1.0):.1f} | {len(cell)} | {mean:.3f} | {precision:.3f} | "
              f"{precision - mean:+.3f} |")
    for floor in (0.6, 0.7, 0.8, 0.9):
        above = [right for c, right in judged if c >= floor]
        if above:
            print(f"at confidence ≥ {floor}: {len(above)} attributions, precision {sum(above) / len(above):.3f}")
    print(f"expected calibration error: {ece:.3f}")
    return ece


def _confidence(table, quote, lexicon) -> float:
    from attrib.confidence import source_kind

    return table.confidence(quote.construction, quote.category,
                            source_kind(quote.source.text if quote.source else None, lexicon))


def _table(counts: Counter):
    from attrib.confidence import Calibration

    keys = {k for k, _ in counts}
    return Calibration({k: (counts[k, "n"], counts[k, "right"]) for k in keys})


def cross_check(items, where: str, lexicon) -> None:
    """Two-fold check on one set: count on its even documents, check on its odd ones, and back
    (out of sample, and free of the tuning that makes PolNeAR dev easier than unseen news)."""
    errors = [reliability(items, where, _table(count(items, lexicon, 1 - k)), lexicon, k) for k in (0, 1)]
    print(f"\ntwo-fold expected calibration error on {where}: {sum(errors) / 2:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=Path, default=POLNEAR / "train.jsonl")
    parser.add_argument("--check", type=Path, default=POLNEAR / "dev.jsonl")
    parser.add_argument("--write", action="store_true", help="store the counts in the shipped calibration.tsv")
    parser.add_argument("--cache", type=Path, default=ROOT / ".cache" / "ablation")
    parser.add_argument("--models", default=None)
    parser.add_argument("--cross", action="store_true", help="also the two-fold check on the --count set")
    args = parser.parse_args()
    from attrib import Analyzer
    from attrib.confidence import calibration

    for gold in (args.count, args.check):
        if not gold.exists():
            print(f"skipped: gold file {gold} not found")
    wants_counts = (args.write or args.cross) and args.count.exists()
    if not wants_counts and not args.check.exists():
        return 0
    analyzer = Analyzer(args.models, workers=1)
    counted = judged(analyzer, args.count, args.cache) if wants_counts else None
    if counted is not None and args.write:
        write(count(counted, analyzer.lexicon), f"{args.count.parent.name}/{args.count.name}")
        calibration.cache_clear()
        print(f"wrote {TABLE.relative_to(ROOT)}")
    if args.check.exists():
        reliability(judged(analyzer, args.check, args.cache), args.check.name, calibration(), analyzer.lexicon)
    if args.cross and counted is not None:
        cross_check(counted, args.count.name, analyzer.lexicon)
    return 0


if __name__ == "__main__":
    sys.exit(main())
