"""Stage: claims — every asserted sentence of the body, attributed or the reporter's own.

A sentence is *attributed* when an attribution's content covers most of it (or
its cue sits in it); otherwise it is the reporter's own assertion.  Questions and
fragments are not claims; headings, bylines and page furniture never reach this
stage (see ``layout``).  Check-worthiness ranks claims by the signals of
ClaimBuster (Hassan et al. 2017): numbers, casualties, named entities, causal
and comparative language, and Full Fact's quantity claims (a number with its unit, a change
with a number); "since" and "plan" count by their part of speech in the parse (weights in
``data/lexicon/checkworthy.tsv``).
"""

from __future__ import annotations

import re
from functools import cache

from attrib.attribution import Attribution
from attrib.document import Document, Sentence, Word
from attrib.intervals import IntervalIndex
from attrib.lexicon import read_list
from attrib.records import Claim, Sourcing
from attrib.sourcing import anonymity_explanation, claim_sourcing

__all__ = ["find_claims", "checkworthiness"]

_TOKEN = re.compile(r"[$€£%]|\d[\d,.]*|[^\W\d_]+(?:[’'-][^\W\d_]+)*")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_NAMED_WEIGHT = 0.15
_DIGIT_WEIGHT = 0.25


@cache
def _signals() -> tuple[tuple[str, float, frozenset[str]], ...]:
    return tuple((name, float(weight), frozenset(words.split())) for name, weight, words in
                 read_list("checkworthy.tsv"))


_CONTEXTUAL = {"quantity", "change", "time_after", "noun_before"}


def _listed(name: str) -> frozenset[str]:
    return next((words for n, _, words in _signals() if n == name), frozenset())


def _upos(tokens: list[str], words: tuple[Word, ...] | None) -> list[str]:
    """The parse's part of speech for each token, where the sentence has a parse (else "")."""
    out = [""] * len(tokens)
    if not words:
        return out
    k = 0
    for i, t in enumerate(tokens):
        for j in range(k, min(k + 4, len(words))):
            if words[j].text.lower() == t.lower():
                out[i], k = words[j].upos, j + 1
                break
    return out


def _counts(word: str, i: int, lowered: list[str], upos: list[str]) -> bool:
    """Does this signal word count here?  "since" is causal as a conjunction, not before a time;
    "plan" predicts as a verb, not as a noun."""
    if word == "since":
        if upos[i] == "ADP":
            return False
        after = lowered[i + 1:i + 3]
        timed = bool(after) and (after[0][0].isdigit() or after[0] in _listed("time_after") or
                                 (after[0] == "the" and after[1:2] and after[1] in _listed("time_after")))
        perfect = any(t in ("has", "have", "had") for t in lowered[:i])
        return not timed if upos[i] == "SCONJ" else not (timed or perfect)
    if word in ("plan", "plans"):
        if upos[i]:
            return upos[i] == "VERB"
        return not (i > 0 and lowered[i - 1] in _listed("noun_before")) and lowered[i + 1:i + 2] == ["to"]
    return True


def checkworthiness(text: str, words: tuple[Word, ...] | None = None) -> tuple[float, tuple[str, ...]]:
    """A 0–1 score and the signals that fired for one sentence (``words``: its parse, if any)."""
    tokens = _TOKEN.findall(text)
    lowered = [t.lower() for t in tokens]
    upos = _upos(tokens, words)
    fired: dict[str, float] = {}
    signals = {name: (weight, words_) for name, weight, words_ in _signals()}
    for name, (weight, listed) in signals.items():
        if name not in _CONTEXTUAL and any(t in listed and _counts(t, i, lowered, upos) for i, t in enumerate(lowered)):
            fired[name] = weight
    numeric = [i for i, t in enumerate(tokens) if t[0].isdigit() or t in signals.get("number", (0, ()))[1]]
    if any(t[0].isdigit() for t in tokens):
        fired["number"] = max(fired.get("number", 0.0), _DIGIT_WEIGHT)
        if any(_YEAR.match(t) for t in tokens):
            fired["date"] = 0.05
    if "%" in tokens:
        fired["number"] = _DIGIT_WEIGHT
    if "quantity" in signals and any(
            (i + 1 < len(lowered) and lowered[i + 1] in signals["quantity"][1] and not _YEAR.match(tokens[i]))
            or (i > 0 and tokens[i - 1] in "$€£") for i in numeric):
        fired["quantity"] = signals["quantity"][0]  # "35 percent", "$48 million", "1,400 operations"
    if "change" in signals and numeric and any(t in signals["change"][1] for t in lowered):
        fired["change"] = signals["change"][0]  # "rose by 35 percent", "from 5 to 7 percent"
    if any(t[:1].isupper() and not t.isupper() for t in tokens[1:]) or any(t.isupper() and len(t) > 1 for t in tokens):
        fired["named_entity"] = _NAMED_WEIGHT
    score = min(1.0, sum(fired.values()))
    return round(score, 2), tuple(sorted(fired))


def _is_claim(text: str, sentence: Sentence) -> bool:
    words = [w for w in sentence.words if any(ch.isalnum() for ch in w.text)]
    if len(words) < 3:
        return False
    return not text.rstrip(" \"”’'»)").endswith("?")


def find_claims(doc: Document, attributions: list[Attribution], quote_ids: dict[int, str],
                sourcing: dict[int, Sourcing] | None = None) -> list[Claim]:
    """Claims of the body, in text order; ``quote_ids`` maps id(attribution) to its quote id and
    ``sourcing`` id(attribution) to its sourcing.  A sentence whose only attribution appeals to
    everyone ("Everyone knows …") is the reporter's own claim, with a ``universal`` sourcing; a
    sentence that only explains a source's anonymity ("The person spoke on condition of
    anonymity because …") is about the sourcing, not a claim."""
    sourcing = sourcing or {}
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
        cued = any(a.cue is not None and start <= a.cue[0] < end for _, a in outer.overlapping(start, end))
        if not cued and anonymity_explanation(text, start, end):
            continue
        best, best_overlap = None, 0
        near = {id(a): a for _, a in outer.overlapping(start, end)}
        for a in near.values():
            overlap = sum(max(0, min(e, end) - max(s, start)) for s, e in a.contents)
            cue_here = a.cue is not None and start <= a.cue[0] < end
            if (overlap > best_overlap or best is None) and (overlap >= 0.3 * (end - start) or cue_here):
                best, best_overlap = a, overlap
        score, signals = checkworthiness(surface, sentence.words if sentence.parsed else None)
        found = sourcing.get(id(best)) if best is not None else claim_sourcing(text, start, end)
        if found is not None and found.category == "universal":
            best = None  # an appeal to common knowledge attributes the claim to no one
        claims.append(Claim(
            id=f"c{len(claims) + 1}", start=start, end=end, text=surface,
            attributed=best is not None, quote=quote_ids.get(id(best)) if best is not None else None,
            checkworthiness=score, signals=signals, sourcing=found))
    return claims
