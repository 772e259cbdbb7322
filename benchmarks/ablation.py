"""Ablation: switch each attribution construction and each veto off in turn; print the change.

    python benchmarks/ablation.py [GOLD.jsonl ...] [--cache DIR] [--limit N] [--models DIR]

Defaults to PolNeAR dev and train in ../shared/data/polnear (measuring only: never copied into
the project); a set that is absent is skipped with a message.  Parsing is the expensive step,
so each set is parsed once with everything on and the parsed documents are kept in --cache
(default .cache/ablation, outside version control); every variant then re-runs only the
attribution stage and the stages after it (speakers, claims, findings) on the cached parse.
The pre-parse filter stays the union of all triggers, so a variant measures what its
construction or veto does on the sentences that are parsed today.

For each variant the script prints the delta against everything on of the `attrib eval`
figures the issue asks for: end-to-end TP/FP/FN (content overlap >= 30 % and the right
source) and content-overlap TP/FP/FN, with the F1 change.  A positive dF1 when a construction
is off means the construction costs F1 on that set.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"


def cache_file(cache: Path, gold: Path, documents: int) -> Path:
    """Where the parses of ``gold`` are kept: per set, size and product path (int8 products and
    float32 ones parse a few sentences differently).  Delete the cache after changing the NLP
    layer, the models or the pre-parse filter (``may_attribute``): nothing else invalidates it."""
    from attrib.stanza_patches import int8_pays

    return cache / f"{gold.stem}-{documents}-{'int8' if int8_pays() else 'fp32'}.pickle"


def _parsed(analyzer, gold: list[dict], cache: Path):
    """The pipeline's parsed work items for ``gold``, from the cache or parsed now (then cached)."""
    if cache.exists():
        with cache.open("rb") as fh:
            return pickle.load(fh)
    works = []
    for k in range(0, len(gold), 16):
        batch = analyzer._works(analyzer.nlp, [{"id": g.get("id"), "text": g["text"], "meta": {}}
                                               for g in gold[k:k + 16]])
        parsed = iter(analyzer.nlp.parse([w.sentences[i] for w in batch for i in w.selected], analyzer._retag))
        for work in batch:
            done = {i: next(parsed) for i in work.selected}
            work.doc.sentences = [done.get(s.index, s) for s in work.sentences]
            works.append(work)
    cache.parent.mkdir(parents=True, exist_ok=True)
    with cache.open("wb") as fh:
        pickle.dump(works, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return works


def _analyses(analyzer, works, off: frozenset[str]) -> list:
    from attrib.attribution import Context

    return [analyzer._analyse(w, Context(w.doc, w.scan, analyzer.lexicon, off)) for w in works]


def _scores(analyzer, gold: list[dict], works, off: frozenset[str], analyses=None) -> dict:
    from attrib.evaluation import score_documents

    return score_documents(zip(gold, analyses or _analyses(analyzer, works, off))).as_dict()


def _dump(directory: Path, name: str, analyses: list, scores: dict) -> None:
    """The everything-on analyses and figures in the layout of ``benchmarks/golden.py``."""
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
        for a in analyses:
            fh.write(json.dumps(a.to_dict(), sort_keys=True, ensure_ascii=False) + "\n")
    (directory / f"eval-{name}.json").write_text(json.dumps(scores, indent=1, sort_keys=True) + "\n")


def _cue_lemma(quote, lexicon) -> str:
    if quote.cue is None:
        return "(no cue)"
    words = quote.cue.text.lower().split()
    return lexicon.forms.get(words[-1], " ".join(words)) if words else "(no cue)"


def _group_rows(analyzer, gold: list[dict], analyses: list, base: dict, minimum: int) -> list[str]:
    """Drop the attributions of one cue category, or of one cue lemma, at a time (after the fact:
    what removing that category or verb from the lexicon would roughly do)."""
    from dataclasses import replace

    from attrib.evaluation import score_documents

    groups = {
        "category": lambda q: q.category or "-",
        "cue": lambda q: _cue_lemma(q, analyzer.lexicon),
    }
    rows = []
    for kind, key_of in groups.items():
        sizes: dict[str, int] = {}
        for a in analyses:
            for q in a.quotes:
                key = key_of(q)
                sizes[key] = sizes.get(key, 0) + 1
        for name in sorted(k for k, n in sizes.items() if n >= minimum):
            kept = [replace(a, quotes=tuple(q for q in a.quotes if key_of(q) != name)) for a in analyses]
            result = score_documents(zip(gold, kept)).as_dict()
            rows.append(_row(f"{kind} ({sizes[name]})", name, base, result))
    return rows


def _variants() -> list[tuple[str, str]]:
    from attrib.attribution import CONSTRUCTIONS
    from attrib.attribution.verb import EARLY_VETOES, VERB_VETOES

    return [("construction", c) for c in CONSTRUCTIONS] + \
        [("veto", v) for v in EARLY_VETOES] + [("veto", name) for name, _ in VERB_VETOES]


def _row(kind: str, name: str, base: dict, result: dict) -> str:
    cells = []
    for key in ("end_to_end", "content_overlap_0.3"):
        b, r = base[key], result[key]
        cells.append(f"{r['tp'] - b['tp']:+d} / {r['fp'] - b['fp']:+d} / {r['fn'] - b['fn']:+d} "
                     f"({r['f1'] - b['f1']:+.1f})")
    return f"| {kind} `{name}` off | {cells[0]} | {cells[1]} |"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="*", type=Path, default=[POLNEAR / "dev.jsonl", POLNEAR / "train.jsonl"])
    parser.add_argument("--cache", type=Path, default=ROOT / ".cache" / "ablation")
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents of each set")
    parser.add_argument("--models", default=None)
    parser.add_argument("--dump", type=Path, default=None,
                        help="also write the everything-on JSON and figures here (golden.py layout)")
    parser.add_argument("--base-only", action="store_true", help="print the everything-on figures only")
    parser.add_argument("--only", default="", help="comma-separated construction or veto ids: only these variants")
    parser.add_argument("--groups", type=int, default=0, metavar="N",
                        help="instead of constructions and vetoes, drop each cue category and each cue lemma "
                             "with at least N attributions")
    args = parser.parse_args()
    present = [g for g in args.gold if g.exists()]
    for g in args.gold:
        if not g.exists():
            print(f"skipped: gold file {g} not found")
    if not present:
        return 0
    from attrib import Analyzer
    from attrib.evaluation import load_gold

    analyzer = Analyzer(args.models, workers=1)
    for path in present:
        gold = load_gold(path)
        if args.limit:
            gold = gold[: args.limit]
        started = time.perf_counter()
        works = _parsed(analyzer, gold, cache_file(args.cache, path, len(gold)))
        parsed_in = time.perf_counter() - started
        analyses = _analyses(analyzer, works, frozenset())
        base = _scores(analyzer, gold, works, frozenset(), analyses)
        if args.dump:
            _dump(args.dump, path.stem, analyses, base)
        e2e, lenient = base["end_to_end"], base["content_overlap_0.3"]
        print(f"\n{path.name}: {len(gold)} documents (parse {parsed_in:.0f} s); everything on: end-to-end "
              f"TP {e2e['tp']} FP {e2e['fp']} FN {e2e['fn']} F1 {e2e['f1']}; content overlap "
              f"TP {lenient['tp']} FP {lenient['fp']} FN {lenient['fn']} F1 {lenient['f1']}")
        if args.base_only:
            continue
        print("\n| switched off | end-to-end ΔTP / ΔFP / ΔFN (ΔF1) | content overlap ΔTP / ΔFP / ΔFN (ΔF1) |")
        print("|---|---|---|")
        if args.groups:
            for line in _group_rows(analyzer, gold, analyses, base, args.groups):
                print(line, flush=True)
            continue
        for kind, name in _variants():
            if args.only and name not in args.only.split(","):
                continue
            print(_row(kind, name, base, _scores(analyzer, gold, works, frozenset({name}))), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
