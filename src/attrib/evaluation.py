"""Scoring attrib against gold attributions (the PolNeAR-style JSON Lines format).

Gold: one ``{"id", "text", "quotes": [{"start", "end", "type", "spans",
"speaker_start", "speaker_end", "cue_start", "cue_end", ...}]}`` per line.

Metrics (predicted and gold quotes are matched one to one, best overlap first):

* content overlap P/R/F1 at two strictness levels: a prediction matches a gold
  quote when their character overlap covers at least 30 % (lenient) or 80 %
  (strict) of the gold content;
* content exact F1: both bounds agree after trimming quotation marks,
  punctuation and spaces at the edges;
* source accuracy on matched quotes: the predicted source mention overlaps the
  gold one (or, for a pronoun, the resolved speaker has a mention that does);
* cue P/R/F1: cue spans overlap, each matched once;
* end-to-end F1: lenient content match *and* a correct source;
* all of it per gold type (direct / indirect / mixed).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from attrib.records import Analysis

__all__ = ["Scores", "score_documents", "load_gold", "format_scores", "judge_quotes"]

_TRIM = " \t\n,.;:!?\"'“”‘’«»()[]—–-"


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    docs = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                docs.append(json.loads(line))
    return docs


def _chars(spans: Iterable[tuple[int, int]]) -> set[int]:
    out: set[int] = set()
    for s, e in spans:
        out.update(range(s, e))
    return out


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


@dataclass
class _Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return 100 * p, 100 * r, 100 * f


@dataclass
class Scores:
    lenient: _Counts = field(default_factory=_Counts)
    strict: _Counts = field(default_factory=_Counts)
    exact: _Counts = field(default_factory=_Counts)
    cue: _Counts = field(default_factory=_Counts)
    end_to_end: _Counts = field(default_factory=_Counts)
    source_right: int = 0
    matched: int = 0
    by_type: dict[str, dict[str, _Counts]] = field(default_factory=lambda: defaultdict(
        lambda: {"lenient": _Counts(), "end_to_end": _Counts()}))
    documents: int = 0

    def as_dict(self) -> dict[str, Any]:
        def prf(c: _Counts) -> dict[str, float]:
            p, r, f = c.prf()
            return {"precision": round(p, 1), "recall": round(r, 1), "f1": round(f, 1),
                    "tp": c.tp, "fp": c.fp, "fn": c.fn}
        return {
            "documents": self.documents,
            "content_overlap_0.3": prf(self.lenient),
            "content_overlap_0.8": prf(self.strict),
            "content_exact": prf(self.exact),
            "source_accuracy": round(100 * self.source_right / self.matched, 1) if self.matched else 0.0,
            "cue": prf(self.cue),
            "end_to_end": prf(self.end_to_end),
            "by_type": {t: {k: prf(c) for k, c in d.items()} for t, d in sorted(self.by_type.items())},
        }


def _gold_spans(q: dict[str, Any]) -> list[tuple[int, int]]:
    spans = q.get("spans") or [[q["start"], q["end"]]]
    return [(int(s), int(e)) for s, e in spans]


def _match(gold: list[set[int]], pred: list[set[int]], threshold: float) -> list[tuple[int, int]]:
    """One-to-one matching, best overlap first, keeping pairs covering ≥ threshold of the gold."""
    pairs = []
    for gi, g in enumerate(gold):
        if not g:
            continue
        for pi, p in enumerate(pred):
            inter = len(g & p)
            if inter and inter / len(g) >= threshold:
                pairs.append((inter / len(g), inter, gi, pi))
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), []
    for _, _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def _source_ok(analysis: Analysis, pred_index: int, gold_q: dict[str, Any]) -> bool:
    gs, ge = gold_q.get("speaker_start"), gold_q.get("speaker_end")
    if gs is None or ge is None:
        return analysis.quotes[pred_index].source is None
    gold_span = (int(gs), int(ge))
    q = analysis.quotes[pred_index]
    if q.source is not None and _overlaps((q.source.start, q.source.end), gold_span):
        return True
    speaker = analysis.speaker(q.speaker)
    return speaker is not None and any(_overlaps((m.start, m.end), gold_span) for m in speaker.mentions)


def _content_sets(gold: list[dict[str, Any]], analysis: Analysis) -> tuple[list[set[int]], list[set[int]]]:
    return ([_chars(_gold_spans(q)) for q in gold],
            [_chars((c.start, c.end) for c in q.contents) for q in analysis.quotes])


def _judged(gold: list[dict[str, Any]], analysis: Analysis,
            lenient: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """(gold index, predicted index, source right) for each content match at 30 %."""
    return [(gi, pi, _source_ok(analysis, pi, gold[gi])) for gi, pi in lenient]


def judge_quotes(gold_doc: dict[str, Any], analysis: Analysis) -> list[bool]:
    """For each predicted quote, whether it is right end to end: matched to a gold quote (content
    overlap ≥ 30 %, one to one) with the right source, as :func:`score_documents` counts it.
    What calibration counts (``benchmarks/calibrate.py``)."""
    gold = gold_doc.get("quotes", [])
    right = [False] * len(analysis.quotes)
    for _, pi, ok in _judged(gold, analysis, _match(*_content_sets(gold, analysis), 0.3)):
        right[pi] = ok
    return right


def score_documents(pairs: Iterable[tuple[dict[str, Any], Analysis]]) -> Scores:
    scores = Scores()
    for gold_doc, analysis in pairs:
        scores.documents += 1
        text = gold_doc["text"]
        gold = gold_doc.get("quotes", [])
        g_sets, p_sets = _content_sets(gold, analysis)
        lenient = _match(g_sets, p_sets, 0.3)
        for m, counts in ((lenient, scores.lenient), (_match(g_sets, p_sets, 0.8), scores.strict)):
            counts.tp += len(m)
            counts.fp += len(p_sets) - len(m)
            counts.fn += len(g_sets) - len(m)
        # exact: trimmed bounds of the whole content agree
        g_exact = {_trimmed(text, min(s for s, _ in _gold_spans(q)), max(e for _, e in _gold_spans(q))) for q in gold}
        p_exact = {_trimmed(text, q.start, q.end) for q in analysis.quotes}
        hit = len(g_exact & p_exact)
        scores.exact.tp += hit
        scores.exact.fp += len(p_exact) - hit
        scores.exact.fn += len(g_exact) - hit
        # sources and end to end
        e2e = 0
        matched_gold = set()
        for gi, _, ok in _judged(gold, analysis, lenient):
            matched_gold.add(gi)
            scores.matched += 1
            scores.source_right += ok
            e2e += ok
            t = gold[gi].get("type", "indirect")
            scores.by_type[t]["lenient"].tp += 1
            if ok:
                scores.by_type[t]["end_to_end"].tp += 1
            else:
                scores.by_type[t]["end_to_end"].fn += 1
                scores.by_type[t]["end_to_end"].fp += 1
        for gi, q in enumerate(gold):
            if gi not in matched_gold:
                t = q.get("type", "indirect")
                scores.by_type[t]["lenient"].fn += 1
                scores.by_type[t]["end_to_end"].fn += 1
        matched_pred = {pi for _, pi in lenient}
        for pi, q in enumerate(analysis.quotes):
            if pi not in matched_pred:
                scores.by_type[q.type]["lenient"].fp += 1
                scores.by_type[q.type]["end_to_end"].fp += 1
        scores.end_to_end.tp += e2e
        scores.end_to_end.fp += len(analysis.quotes) - e2e
        scores.end_to_end.fn += len(gold) - e2e
        # cues: overlap, one to one
        g_cues = [(q["cue_start"], q["cue_end"]) for q in gold if q.get("cue_start") is not None]
        p_cues = [(q.cue.start, q.cue.end) for q in analysis.quotes if q.cue is not None]
        used: set[int] = set()
        for gc in g_cues:
            for k, pc in enumerate(p_cues):
                if k not in used and _overlaps(gc, pc):
                    used.add(k)
                    break
        scores.cue.tp += len(used)
        scores.cue.fp += len(p_cues) - len(used)
        scores.cue.fn += len(g_cues) - len(used)
    return scores


def format_scores(result: dict[str, Any]) -> str:
    lines = [f"documents: {result['documents']}"]
    for key in ("content_overlap_0.3", "content_overlap_0.8", "content_exact", "cue", "end_to_end"):
        r = result[key]
        lines.append(f"{key:22} P {r['precision']:5.1f}  R {r['recall']:5.1f}  F1 {r['f1']:5.1f}"
                     f"   (tp {r['tp']}, fp {r['fp']}, fn {r['fn']})")
    lines.append(f"{'source_accuracy':22} {result['source_accuracy']:5.1f}  (on content matches at 0.3)")
    for t, d in result["by_type"].items():
        for k, r in d.items():
            lines.append(f"  {t:9} {k:11} P {r['precision']:5.1f}  R {r['recall']:5.1f}  F1 {r['f1']:5.1f}")
    return "\n".join(lines)
