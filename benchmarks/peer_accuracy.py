"""Score saved predictions against gold attributions with attrib's own scorer, side by side.

    python benchmarks/peer_accuracy.py GOLD.jsonl NAME=PRED.jsonl [NAME=PRED.jsonl ...]
        [--categories speech,statement,writing]

Each PRED file has one JSON object per line with the gold document's ``id`` and a ``quotes``
list in attrib's span shape: attrib's own ``attrib analyze --format jsonl`` output, or the
peer's (``../shared/peers/run_ggt.py``, whose quotes carry ``contents``, ``source``, ``cue`` and
``type`` only).  Every file is scored by ``attrib.evaluation.score_documents``, the code behind
``attrib eval``, so the figures are comparable line for line.  ``--categories`` keeps only the
predicted attributions whose ``category`` is listed (a prediction without one, as the peer's,
is kept): what attrib would score on gold annotated in a speech-only style.

The gold files are for measuring only and are never copied into the project; a missing file is
reported and skipped.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


@dataclass(frozen=True)
class _Quote:
    """The parts of a quote the scorer reads."""
    contents: tuple[_Span, ...]
    source: _Span | None
    cue: _Span | None
    type: str
    speaker: str | None = None

    @property
    def start(self) -> int:
        return min(c.start for c in self.contents)

    @property
    def end(self) -> int:
        return max(c.end for c in self.contents)


@dataclass(frozen=True)
class _Speaker:
    id: str
    mentions: tuple[_Span, ...]


@dataclass(frozen=True)
class _Predicted:
    """Duck-typed stand-in for :class:`attrib.Analysis` as the scorer uses it."""
    quotes: tuple[_Quote, ...]
    speakers: tuple[_Speaker, ...] = field(default=())

    def speaker(self, speaker_id: str | None) -> _Speaker | None:
        return next((s for s in self.speakers if s.id == speaker_id), None)


def _span(raw: dict[str, Any] | None) -> _Span | None:
    return None if raw is None else _Span(int(raw["start"]), int(raw["end"]))


def predicted(raw: dict[str, Any], categories: frozenset[str] | None) -> _Predicted:
    """One line of a prediction file, optionally only the attributions of ``categories``."""
    quotes = []
    for q in raw.get("quotes", []):
        if categories is not None and q.get("category") is not None and q["category"] not in categories:
            continue
        contents = tuple(s for s in (_span(c) for c in q.get("contents", [])) if s is not None)
        if contents:
            quotes.append(_Quote(contents, _span(q.get("source")), _span(q.get("cue")),
                                 q.get("type") or "indirect", q.get("speaker")))
    speakers = tuple(_Speaker(s["id"], tuple(_Span(int(m["start"]), int(m["end"])) for m in s.get("mentions", [])))
                     for s in raw.get("speakers", []))
    return _Predicted(tuple(quotes), speakers)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", type=Path)
    parser.add_argument("predictions", nargs="+", metavar="NAME=PRED.jsonl")
    parser.add_argument("--categories", default="", help="comma-separated attrib categories to keep")
    args = parser.parse_args()
    if not args.gold.exists():
        print(f"skipped: gold file {args.gold} not found")
        return 0
    from attrib.evaluation import load_gold, score_documents

    gold = load_gold(args.gold)
    categories = frozenset(args.categories.split(",")) if args.categories else None
    kept = f"; kept categories: {args.categories}" if categories else ""
    print(f"gold: {args.gold} ({len(gold)} documents){kept}")
    print("| predictions | overlap P / R / F1 | end to end P / R / F1 | cue F1 | source acc. |")
    print("|---|---|---|---|---|")
    for item in args.predictions:
        name, _, path = item.rpartition("=")
        name = name or Path(path).stem
        if not Path(path).exists():
            print(f"| {name} | skipped: {path} not found | | | |")
            continue
        with open(path, encoding="utf-8") as fh:
            by_id = {raw["id"]: raw for raw in map(json.loads, fh)}
        missing = [g.get("id") for g in gold if g.get("id") not in by_id]
        if missing:
            print(f"| {name} | skipped: no prediction for {len(missing)} documents (first {missing[0]!r}) | | | |")
            continue
        r = score_documents((g, predicted(by_id[g["id"]], categories)) for g in gold).as_dict()
        o, e = r["content_overlap_0.3"], r["end_to_end"]
        print(f"| {name} | {o['precision']} / {o['recall']} / {o['f1']} | {e['precision']} / {e['recall']} / "
              f"{e['f1']} (TP {e['tp']} FP {e['fp']}) | {r['cue']['f1']} | {r['source_accuracy']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
