"""Stage: claims — every asserted sentence of the body, attributed or the reporter's own.

A sentence is *attributed* when an attribution's content covers most of it (or
its cue sits in it); otherwise it is the reporter's own assertion.  Questions and
fragments are not claims; headings, bylines and page furniture never reach this
stage (see ``layout``).  Check-worthiness ranks claims by the signals of
ClaimBuster (Hassan et al. 2017): numbers, casualties, named entities, causal
and comparative language (weights in ``data/lexicon/checkworthy.tsv``).
"""

from __future__ import annotations

import re
from functools import cache

from attrib.attribution import Attribution
from attrib.document import Document, Sentence
from attrib.intervals import IntervalIndex
from attrib.lexicon import read_list
from attrib.records import Claim

__all__ = ["find_claims", "checkworthiness"]

_TOKEN = re.compile(r"[$€£%]|\d[\d,.]*|[^\W\d_]+(?:[’'-][^\W\d_]+)*")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_NAMED_WEIGHT = 0.15
_DIGIT_WEIGHT = 0.25


@cache
def _signals() -> tuple[tuple[str, float, frozenset[str]], ...]:
    return tuple((name, float(weight), frozenset(words.split())) for name, weight, words in
                 read_list("checkworthy.tsv"))


def checkworthiness(text: str) -> tuple[float, tuple[str, ...]]:
    """A 0–1 score and the signals that fired for one sentence."""
    tokens = _TOKEN.findall(text)
    lowered = [t.lower() for t in tokens]
    fired: dict[str, float] = {}
    for name, weight, words in _signals():
        if any(t in words for t in lowered):
            fired[name] = weight
    if any(t[0].isdigit() for t in tokens):
        fired["number"] = max(fired.get("number", 0.0), _DIGIT_WEIGHT)
        if any(_YEAR.match(t) for t in tokens):
            fired["date"] = 0.05
    if "%" in tokens:
        fired["number"] = _DIGIT_WEIGHT
    if any(t[:1].isupper() and not t.isupper() for t in tokens[1:]) or any(t.isupper() and len(t) > 1 for t in tokens):
        fired["named_entity"] = _NAMED_WEIGHT
    score = min(1.0, sum(fired.values()))
    return round(score, 2), tuple(sorted(fired))


def _is_claim(text: str, sentence: Sentence) -> bool:
    words = [w for w in sentence.words if any(ch.isalnum() for ch in w.text)]
    if len(words) < 3:
        return False
    return not text.rstrip(" \"”’'»)").endswith("?")


def find_claims(doc: Document, attributions: list[Attribution], quote_ids: dict[int, str]) -> list[Claim]:
    """Claims of the body, in text order; ``quote_ids`` maps id(attribution) to its quote id."""
    text = doc.text
    claims: list[Claim] = []
    # "Melania seems to have vanished": how things look to the reporter is still the reporter's claim
    speakers = [a for a in attributions if a.nested_in is None and a.category != "appearance"]
    outer = IntervalIndex([(c, a) for a in speakers for c in a.contents]
                          + [(a.cue, a) for a in speakers if a.cue], lambda x: x[0])
    for sentence in doc.sentences:
        if doc.blocks and doc.blocks[sentence.block].kind != "body":
            continue
        start, end = sentence.start, sentence.end
        while end > start and text[end - 1].isspace():
            end -= 1
        surface = text[start:end]
        if not _is_claim(surface, sentence):
            continue
        best, best_overlap = None, 0
        near = {id(a): a for _, a in outer.overlapping(start, end)}
        for a in near.values():
            overlap = sum(max(0, min(e, end) - max(s, start)) for s, e in a.contents)
            cue_here = a.cue is not None and start <= a.cue[0] < end
            if (overlap > best_overlap or best is None) and (overlap >= 0.3 * (end - start) or cue_here):
                best, best_overlap = a, overlap
        score, signals = checkworthiness(surface)
        claims.append(Claim(
            id=f"c{len(claims) + 1}", start=start, end=end, text=surface,
            attributed=best is not None, quote=quote_ids.get(id(best)) if best is not None else None,
            checkworthiness=score, signals=signals))
    return claims
