"""Sourcing-class accuracy and check-worthiness ranking on the team-annotated set (issue 18).

    python benchmarks/sourcing_accuracy.py [GOLD_DIR] [--json] [--errors]

GOLD_DIR (default ``benchmarks/data/sourcing_gold``) holds ``gold_*.txt`` files in the format its
README describes: texts, their source mentions with a sourcing class, and five ranked check-worthy
claims each.  Printed figures:

* sourcing: accuracy over all gold mentions, per-class precision / recall / F1, macro F1, the
  recall of ``anonymous`` and ``vague``, and the confusion counts.  A gold mention is read as the
  class of the attribution whose source span (or sourcing evidence span) overlaps it most, else
  of a claim whose sourcing evidence overlaps it, else ``none`` (a miss, counted wrong).
  An analysis without ``sourcing`` fields (before schema 1.1) is read through its speaker kinds:
  person with a name → named person, person without → unnamed described, organisation → named
  organisation, anonymous → anonymous, group → vague, anything else → none.  That is the baseline.
* check-worthiness: claims ranked by ``checkworthiness`` (ties in text order); a claim is relevant
  when it holds a gold claim, with gain 5…1 by the gold rank.  Precision at 5 per text (mean) and
  NDCG@5 and NDCG over the whole ranking, with the gold gains as the ideal.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT = Path(__file__).resolve().parent / "data" / "sourcing_gold"
GOLD_CLASSES = {"person": "named_person", "organisation": "named_organisation", "described": "unnamed_described",
                "anonymous": "anonymous", "vague": "vague", "universal": "universal", "document": "document"}
CLASSES = list(GOLD_CLASSES.values())


@dataclass
class GoldText:
    id: str
    genre: str
    text: str
    mentions: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, class
    claims: list[tuple[int, int]] = field(default_factory=list)  # most check-worthy first


def _find(text: str, needle: str, nth: int) -> int:
    pos = -1
    for _ in range(nth):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            raise ValueError(f"{needle!r} (occurrence {nth}) is not in the text")
    return pos


def load_gold(directory: Path) -> list[GoldText]:
    """The gold texts of every ``gold_*.txt`` file in ``directory``, in file order."""
    out: list[GoldText] = []
    for path in sorted(directory.glob("gold_*.txt")):
        for block in path.read_text(encoding="utf-8").split("=== ")[1:]:
            head, rest = block.split("\n", 1)
            text, rest = rest.split("--- sources\n", 1)
            sources, checkworthy = rest.split("--- checkworthy\n", 1)
            text = text.strip("\n") + "\n"
            tid, genre = (p.strip() for p in head.split("|"))
            g = GoldText(tid, genre, text)
            for line in sources.strip().splitlines():
                mention, cls = (p.strip() for p in line.rsplit(" | ", 1))
                nth = 1
                if re.search(r"#\d+$", mention):
                    mention, n = mention.rsplit("#", 1)
                    nth = int(n)
                start = _find(text, mention, nth)
                g.mentions.append((start, start + len(mention), GOLD_CLASSES[cls]))
            for line in checkworthy.strip().splitlines():
                start = _find(text, line.strip(), 1)
                g.claims.append((start, start + len(line.strip())))
            out.append(g)
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _baseline_class(analysis: dict[str, Any], quote: dict[str, Any]) -> str:
    speaker = next((s for s in analysis["speakers"] if s["id"] == quote.get("speaker")), None)
    if speaker is None:
        return "none"
    kind = speaker["kind"]
    if kind == "person":
        return "named_person" if speaker.get("name") else "unnamed_described"
    return {"organisation": "named_organisation", "anonymous": "anonymous", "group": "vague"}.get(kind, "none")


def predicted_anchors(analysis: dict[str, Any]) -> list[tuple[tuple[int, int], str]]:
    """(span, class) for every attribution and every claim that carries a sourcing class."""
    anchors: list[tuple[tuple[int, int], str]] = []
    for q in analysis["quotes"]:
        sourcing = q.get("sourcing")
        cls = sourcing["category"] if sourcing else _baseline_class(analysis, q)
        for span in (q.get("source"), (sourcing or {}).get("span")):
            if span:
                anchors.append(((span["start"], span["end"]), cls))
    for c in analysis["claims"]:
        sourcing = c.get("sourcing")
        if sourcing and sourcing.get("span") and not c.get("quote"):
            anchors.append(((sourcing["span"]["start"], sourcing["span"]["end"]), sourcing["category"]))
    return anchors


def classify_mentions(gold: GoldText, analysis: dict[str, Any]) -> list[str]:
    anchors = predicted_anchors(analysis)
    out = []
    for start, end, _cls in gold.mentions:
        best = max(anchors, key=lambda a: _overlap(a[0], (start, end)), default=None)
        out.append(best[1] if best is not None and _overlap(best[0], (start, end)) > 0 else "none")
    return out


def _dcg(gains: list[float]) -> float:
    return sum(g / math.log2(i + 2) for i, g in enumerate(gains))


def rank_claims(gold: GoldText, analysis: dict[str, Any]) -> tuple[float, float, float]:
    """Precision at 5, NDCG@5 and NDCG of the tool's claim ranking against the gold ranking."""
    claims = sorted(enumerate(analysis["claims"]), key=lambda kc: (-kc[1]["checkworthiness"], kc[0]))
    n = len(gold.claims)
    used: set[int] = set()
    gains: list[float] = []
    for _, c in claims:
        gain = 0.0
        for rank, span in enumerate(gold.claims):
            if rank not in used and _overlap((c["start"], c["end"]), span) >= 0.5 * (span[1] - span[0]):
                used.add(rank)
                gain = max(gain, float(n - rank))
        gains.append(gain)
    ideal = [float(n - r) for r in range(n)]
    p5 = sum(1 for g in gains[:5] if g > 0) / 5
    return p5, _dcg(gains[:5]) / _dcg(ideal[:5]), _dcg(gains) / _dcg(ideal)


def score(golds: list[GoldText], analyses: list[dict[str, Any]]) -> dict[str, Any]:
    pairs: list[tuple[str, str]] = []
    errors: list[dict[str, str]] = []
    ranks = []
    for g, a in zip(golds, analyses):
        for (s, e, cls), pred in zip(g.mentions, classify_mentions(g, a)):
            pairs.append((cls, pred))
            if cls != pred:
                errors.append({"text": g.id, "mention": g.text[s:e], "gold": cls, "predicted": pred})
        ranks.append(rank_claims(g, a))
    per_class = {}
    for cls in CLASSES:
        tp = sum(1 for gc, pc in pairs if gc == cls and pc == cls)
        fp = sum(1 for gc, pc in pairs if gc != cls and pc == cls)
        fn = sum(1 for gc, pc in pairs if gc == cls and pc != cls)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        per_class[cls] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "gold": tp + fn}
    return {
        "texts": len(golds),
        "mentions": len(pairs),
        "accuracy": round(sum(1 for gc, pc in pairs if gc == pc) / len(pairs), 3) if pairs else 0.0,
        "macro_f1": round(sum(v["f1"] for v in per_class.values()) / len(per_class), 3),
        "anonymous_recall": per_class["anonymous"]["recall"],
        "vague_recall": per_class["vague"]["recall"],
        "per_class": per_class,
        "confusion": {f"{gc} -> {pc}": n for (gc, pc), n in sorted(Counter(pairs).items()) if gc != pc},
        "checkworthiness": {
            "p_at_5": round(sum(r[0] for r in ranks) / len(ranks), 3) if ranks else 0.0,
            "ndcg_at_5": round(sum(r[1] for r in ranks) / len(ranks), 3) if ranks else 0.0,
            "ndcg": round(sum(r[2] for r in ranks) / len(ranks), 3) if ranks else 0.0,
        },
        "errors": errors,
    }


def format_result(result: dict[str, Any], errors: bool = False) -> str:
    lines = [f"texts {result['texts']}  source mentions {result['mentions']}",
             f"sourcing accuracy   {100 * result['accuracy']:5.1f} %",
             f"macro F1            {result['macro_f1']:.3f}",
             f"anonymous recall    {result['anonymous_recall']:.3f}",
             f"vague recall        {result['vague_recall']:.3f}",
             f"{'class':20} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5}"]
    for cls, v in result["per_class"].items():
        lines.append(f"{cls:20} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f} {v['gold']:5d}")
    cw = result["checkworthiness"]
    lines.append(f"check-worthiness    P@5 {cw['p_at_5']:.3f}  NDCG@5 {cw['ndcg_at_5']:.3f}  NDCG {cw['ndcg']:.3f}")
    lines.append("confusion (gold -> predicted): " + ", ".join(f"{k} {v}" for k, v in result["confusion"].items()))
    if errors:
        lines.extend(f"  {e['text']}: {e['mention']!r} gold {e['gold']} predicted {e['predicted']}"
                     for e in result["errors"])
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--errors", action="store_true", help="list every wrong mention")
    args = parser.parse_args()
    if not args.gold.is_dir():
        print(f"skipped: gold directory {args.gold} not found")
        return 0
    from attrib import Analyzer

    golds = load_gold(args.gold)
    with Analyzer() as analyzer:
        analyses = [a.to_dict() for a in analyzer.analyze_many({"id": g.id, "text": g.text} for g in golds)]
    result = score(golds, analyses)
    print(json.dumps(result, indent=2) if args.json else format_result(result, args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
