"""Golden snapshot: the JSON of every analysis, to prove that a change leaves behaviour unchanged.

    python benchmarks/golden.py write DIR [--sets corpus,seed,dev,train] [--shared ../shared]
    python benchmarks/golden.py compare DIR [--sets ...]
    python benchmarks/golden.py diff OLD NEW [--sets ...]

``write`` analyses the bundled corpus, the seed article and PolNeAR dev and train (read from
``../shared``, never copied into the project) and stores one canonical JSON line per document,
plus the ``attrib eval`` figures of each gold set.  ``compare`` analyses the same inputs again
and lists every document whose JSON differs and every figure that moved; exit 1 on any
difference.  ``diff`` compares two snapshots already written (``benchmarks/ablation.py --dump``
writes one from its cached parses).  A corpus file's ``meta.path`` is where that checkout
lives, so it is left out of the comparison.  The snapshot lives outside the project (it holds
PolNeAR text).  Sets whose input is absent are skipped with a message.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = ("corpus", "seed", "dev", "train")


def _inputs(name: str, shared: Path) -> list[dict] | None:
    from attrib.ingest import iter_documents

    if name == "corpus":
        return list(iter_documents(sorted(str(p) for p in (ROOT / "corpus").glob("*.txt")), names=True))
    if name == "seed":
        seeds = sorted(str(p) for p in (shared / "seeds").glob("*.txt"))
        return list(iter_documents(seeds, names=True)) if seeds else None
    gold = shared / "data" / "polnear" / f"{name}.jsonl"
    if not gold.exists():
        return None
    with gold.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _canonical(analysis) -> str:
    return json.dumps(analysis.to_dict(), sort_keys=True, ensure_ascii=False)


def snapshot(out: Path, sets: list[str], shared: Path, models: str | None) -> None:
    """Write one JSONL of canonical analyses per set and the eval figures of the gold sets."""
    from attrib import Analyzer
    from attrib.evaluation import score_documents

    out.mkdir(parents=True, exist_ok=True)
    with Analyzer(models) as analyzer:
        for name in sets:
            docs = _inputs(name, shared)
            if docs is None:
                print(f"{name}: input not found, skipped")
                continue
            started = time.perf_counter()
            items = [{"id": d.get("id"), "text": d["text"], "meta": d.get("meta") or {}} for d in docs]
            analyses = list(analyzer.analyze_many(items))
            with (out / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
                for a in analyses:
                    fh.write(_canonical(a) + "\n")
            if name in ("dev", "train"):
                scores = score_documents(zip(docs, analyses)).as_dict()
                (out / f"eval-{name}.json").write_text(json.dumps(scores, indent=1, sort_keys=True) + "\n")
            print(f"{name}: {len(analyses)} documents in {time.perf_counter() - started:.1f} s")


def _comparable(line: str, ignore: frozenset[str] = frozenset()) -> dict:
    record = json.loads(line)
    (record.get("meta") or {}).pop("path", None)
    return _without(record, ignore) if ignore else record


def _without(value, ignore: frozenset[str]):
    """``value`` with every key in ``ignore`` dropped, at any depth (a field a later issue added)."""
    if isinstance(value, dict):
        return {k: _without(v, ignore) for k, v in value.items() if k not in ignore}
    if isinstance(value, list):
        return [_without(v, ignore) for v in value]
    return value


def compare(golden: Path, fresh: Path, sets: list[str], ignore: frozenset[str] = frozenset()) -> int:
    """Print every difference between two snapshots; the number of differences."""
    differences = 0
    for name in sets:
        old_file, new_file = golden / f"{name}.jsonl", fresh / f"{name}.jsonl"
        if not old_file.exists() or not new_file.exists():
            continue
        old = old_file.read_text(encoding="utf-8").splitlines()
        new = new_file.read_text(encoding="utf-8").splitlines()
        changed = [json.loads(b).get("id") for a, b in zip(old, new)
                   if _comparable(a, ignore) != _comparable(b, ignore)]
        if len(old) != len(new):
            print(f"{name}: {len(old)} documents in the snapshot, {len(new)} now")
            differences += 1
        differences += len(changed)
        listed = f"; differ: {changed[:20]}" if changed else ""
        print(f"{name}: {len(new) - len(changed)}/{len(new)} identical{listed}")
        old_eval, new_eval = golden / f"eval-{name}.json", fresh / f"eval-{name}.json"
        if old_eval.exists() and new_eval.exists() and old_eval.read_text() != new_eval.read_text():
            print(f"{name}: eval figures changed (diff {old_eval} {new_eval})")
    return differences


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=("write", "compare", "diff"))
    parser.add_argument("dir", type=Path)
    parser.add_argument("new", type=Path, nargs="?", help="diff: the second snapshot")
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--models", default=None)
    parser.add_argument("--ignore", default="", help="comma-separated keys left out at any depth "
                        "(fields added on purpose since the snapshot, e.g. sourcing,schema_version)")
    args = parser.parse_args()
    sets = [s for s in args.sets.split(",") if s]
    unknown = set(sets) - set(SETS)
    if unknown:
        parser.error(f"unknown sets: {sorted(unknown)}")
    if args.mode == "write":
        snapshot(args.dir, sets, args.shared, args.models)
        return 0
    if args.mode == "diff":
        if args.new is None:
            parser.error("diff needs two snapshot directories")
        differences = compare(args.dir, args.new, sets, frozenset(filter(None, args.ignore.split(","))))
        print("identical" if not differences else f"{differences} differences")
        return 1 if differences else 0
    with tempfile.TemporaryDirectory() as tmp:
        snapshot(Path(tmp), sets, args.shared, args.models)
        differences = compare(args.dir, Path(tmp), sets)
    print("identical" if not differences else f"{differences} differences")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
