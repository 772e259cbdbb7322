"""Quotation helpers of the attribution stage: quotations next to a reporting clause, content
snapped to whole quotations, multi-paragraph pieces, and the direct / mixed / indirect type."""

from __future__ import annotations

from attrib.attribution.tree import span_of, trim_punct
from attrib.attribution.words import _TITLE_MINOR_WORDS
from attrib.document import Document, Sentence
from attrib.quotes import CLOSING_QUOTE_TOKENS, OPENING_QUOTE_TOKENS, Quotation, QuoteScan


def _clip_to(text: str, spans: list[tuple[int, int]], q: Quotation) -> list[tuple[int, int]]:
    """Content of an attribution nested in a quotation stays inside that quotation."""
    out = []
    for start, end in spans:
        clipped = end > q.inner_end
        start, end = max(start, q.inner_start), min(end, q.inner_end)
        while clipped and end > start and text[end - 1] in " ,;:.\u201d\u2019\"'":
            end -= 1
        if end > start:
            out.append((start, end))
    return out


def _quoted_sentence_ends(sentence: Sentence, k: int) -> bool:
    """Word ``k`` closes a quoted sentence ("“That makes me smart,”"): a capital after the
    opening mark and a comma, question or exclamation mark before the closing one — not a
    quoted fragment of reported speech ("was “absolutely right” when he said …")."""
    words = sentence.words
    if k < 2 or words[k].text not in CLOSING_QUOTE_TOKENS or words[k - 1].text not in (",", "?", "!"):
        return False
    opening = next((j for j in range(k - 2, -1, -1) if words[j].text in OPENING_QUOTE_TOKENS), None)
    return opening is not None and opening + 1 < k and words[opening + 1].text[:1].isupper()


_GLUE_WINDOW = 12


def _between_is_glue(text: str, start: int, end: int, allow_that: bool = False) -> bool:
    if end - start > _GLUE_WINDOW:
        return False
    gap = text[start:end].strip()
    if allow_that and gap.lower().endswith("that"):
        gap = gap[:-4].strip()
    return all(ch in ",:;—–-" for ch in gap) and len(gap) <= 2


def _adjacent_quotations(doc: Document, scan: QuoteScan, sentence: Sentence, lo: int, hi: int) -> list[Quotation]:
    """Top-level quotations that touch the reporting clause words[lo..hi] (before or after)."""
    text = doc.text
    start, end = sentence.words[lo].start, sentence.words[hi].end
    out = []
    for q in scan.index.ending_in(start - _GLUE_WINDOW, start):
        # a quotation closing a paragraph is not what the next paragraph's "X added, “…”" says
        if q.depth == 0 and _between_is_glue(text, q.end, start) and "\n" not in text[q.end:start]:
            out.append(q)
    for q in scan.index.starting_in(end, end + _GLUE_WINDOW):
        if q.depth == 0 and _between_is_glue(text, end, q.start, allow_that=True):
            out.append(q)
    return out


def _quotation_before(doc: Document, scan: QuoteScan, sentence: Sentence, lo: int, hi: int) -> bool:
    """A quoted clause closes with a comma (or ? !) right before the reporting clause.

    The wire convention (AP, Reuters) for a quotation attributed by what follows:
    “We will achieve justice,” Jordan said.
    """
    start = sentence.words[lo].start
    for q in _adjacent_quotations(doc, scan, sentence, lo, hi):
        inner = _inside_marks(doc.text, q)
        closes_here = q.end > sentence.words[0].start
        speech = _quote_is_speech(doc.text, q) or _opening_speech(doc.text, sentence, q)
        if closes_here and q.end <= start and speech and inner[-1:] in (",", "?", "!"):
            return True
    return False


def _inside_marks(text: str, q: Quotation) -> str:
    """The quotation without its closing marks ("“We will,”" → "“We will,")."""
    return text[q.start:q.end].rstrip("\"'\u201d\u2019\u00bb ")


def _opening_speech(text: str, sentence: Sentence, q: Quotation) -> bool:
    """A quotation that opens its sentence and closes on a comma, ? or ! ("“Yes,” he said.",
    "“It's huge,” he said, …") is speech however short: the AP's quote-first attribution, not a
    scare-quoted word inside the reporter's sentence."""
    inner = _inside_marks(text, q)
    # (the tokenizer may end a sentence at "!”" or "?”": "“We won!” | Ann Lee said.")
    before = text[:q.start].rstrip(" \t")
    opens = q.start == sentence.words[0].start or (
        q.end <= sentence.words[0].start and inner[-1:] in ("?", "!") and (not before or before[-1] in "\n.!?"))
    return q.depth == 0 and opens and inner[-1:] in (",", "?", "!") and any(ch.isalpha() for ch in inner)


def _after_colon(text: str, q: Quotation) -> bool:
    """A quotation a colon introduces (`wrote on Instagram: "Big week. Patience."`) is speech
    however short: the colon announces it as what was said (Chicago Manual 6.63)."""
    return q.depth == 0 and text[max(0, q.start - 3):q.start].rstrip().endswith(":")


def _ends_sentence_after_comma(text: str, q: Quotation, sentence_end: int) -> bool:
    """A quotation set off by a comma that runs to the end of its sentence (`he said, “No.”`) is
    the dialogue the comma introduces, however short (Chicago Manual 6.40, the comma before a
    direct quotation)."""
    return q.depth == 0 and text[max(0, q.start - 3):q.start].rstrip().endswith(",") and \
        not text[q.end:max(q.end, sentence_end)].strip(" .!?\"\u201d\u2019'")


def _quote_is_speech(text: str, q: Quotation) -> bool:
    """A quotation that reads as speech (a clause), not a scare-quoted word or title."""
    inner = text[q.start:q.end]
    return len(inner.split()) >= 4


def _headline_case(quoted: str) -> bool:
    """'Legend in the Coal Fields.': a title (AP/Chicago headline capitalisation), not speech."""
    words = [t.strip("\"'\u201c\u201d\u2018\u2019.,;:!?()") for t in quoted.split()]
    words = [w for w in words if w[:1].isalpha() and w.lower() not in _TITLE_MINOR_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _expand_to_quotations(spans: list[tuple[int, int]], scan: QuoteScan, cue_at: int = -1) -> list[tuple[int, int]]:
    """Snap content to whole quotations it overlaps (quotes that run across sentences).

    A quotation holding the cue itself is not the content: the attribution is nested in it.
    """
    out = []
    for start, end in spans:
        for q in scan.overlapping(start, end):
            if q.start <= cue_at < q.end:
                continue
            partial = (q.start < start < q.end <= end) or (start <= q.start < end < q.end)
            # (a clause the parser cut out of a whole quotation: "tells reporters that “to be
            # able to beat expectations would be helpful. I think we’ll do that.”")
            inside = cue_at >= 0 and q.depth == 0 and q.start < start and end < q.end
            if (partial or inside) and not (len(q.pieces) > 1 and q.start < start):
                start, end = min(start, q.start), max(end, q.end)
        out.append((start, end))
    return out


def _split_pieces(spans: list[tuple[int, int]], scan: QuoteScan) -> list[tuple[int, int]]:
    """Multi-paragraph quotations give one content fragment per paragraph."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        pieces = []
        for q in scan.overlapping(start, end):
            if q.depth == 0 and len(q.pieces) > 1 and q.start >= start and q.end <= end:
                pieces = list(q.pieces)
                break
        if pieces:
            if start < pieces[0][0]:
                pieces[0] = (start, pieces[0][1])
            if end > pieces[-1][1]:
                pieces[-1] = (pieces[-1][0], end)
            out.extend(pieces)
        else:
            out.append((start, end))
    return out


def _type(text: str, contents: list[tuple[int, int]], scan: QuoteScan) -> str:
    """direct: every fragment is a quotation; mixed: quoted words inside; else indirect."""
    direct = 0
    quoted = False
    for start, end in contents:
        while start < end and text[start] in " ,;:.":
            start += 1
        while end > start and text[end - 1] in " ,;:.":
            end -= 1
        whole = False
        for q in scan.overlapping(start, end):
            if q.start <= start and end <= q.end and (q.start, q.end) != (start, end) and \
                    (start, end) not in q.pieces:
                continue  # the content lies inside this quotation (a nested attribution)
            if (q.start, q.end) == (start, end) or (start, end) in q.pieces:
                whole = True
            elif q.start < end and q.end > start:
                quoted = True
        direct += whole
        quoted = quoted or whole
    if not quoted:
        return "indirect"
    return "direct" if direct == len(contents) else "mixed"


def _content_spans(sentence: Sentence, indices: list[int]) -> list[tuple[int, int]]:
    idx = trim_punct(sentence, indices)
    while idx and sentence.words[idx[-1]].upos == "CCONJ":
        idx = trim_punct(sentence, idx[:-1])  # "… “passion and commitment” but [argues …]": the joint is no content
    if not idx:
        return []
    # drop a leading "that" only when it is not the complementiser (kept: PolNeAR keeps "that")
    return [span_of(sentence, idx)]
