"""Surface constructions read from the text alone: colon quotes (``Peskov: "…"``), speaker labels
(transcripts, ``PENCE: …``) and dash credits (``“…” ― Name``)."""

from __future__ import annotations

import bisect
import re
from functools import cache

from attrib.attribution.quoting import _quote_is_speech
from attrib.attribution.record import Attribution
from attrib.attribution.registry import register
from attrib.attribution.words import _LABEL_FUNCTION_WORDS
from attrib.document import Document, Sentence
from attrib.lexicon import read_list
from attrib.quotes import QuoteScan


def _colon_quotes(doc: Document, scan: QuoteScan, sentence: Sentence,
                  taken: list[tuple[int, int]]) -> list[Attribution]:
    """``Peskov: "…"`` and ``"…" ― Name``: a short name phrase glued to a quotation."""
    out = []
    words = sentence.words
    text = doc.text
    for q in scan.index.starting_in(sentence.start, sentence.end - 1):
        if q.depth != 0 or not _quote_is_speech(text, q):
            continue
        if any(s <= q.start < e for s, e in taken):
            continue
        before = [w for w in words if w.end <= q.start]
        if before and before[-1].text == ":" and 1 <= len(before) - 1 <= 6:
            name = before[:-1]
            if any(w.upos == "PROPN" or w.text[:1].isupper() for w in name) and not any(w.upos == "VERB" for w in name):
                out.append(Attribution(sentence=sentence.index, contents=[(q.start, q.end)],
                                       cue=(before[-1].start, before[-1].end),
                                       source=(name[0].start, name[-1].end), confidence=0.6,
                                       category="speech", source_head=name[-1].index,
                                       construction="colon-quote"))
    return out


_NAME = r"(?:[A-Z][\w.’'-]*|[A-Z]{2,})(?:[ \u00a0]+(?:[A-Z][\w.’'-]*|of|de|van|von|al|bin|the)){0,4}"


_LABEL = re.compile(rf"[\"“]?\s*({_NAME})\s*:[ \t\u00a0]+(?=\S)")


_TOPIC_LABEL = re.compile(rf"[\"“]?\s*({_NAME})[ \t\u00a0]+on[ \t\u00a0]+[^:\n]{{1,60}}:[ \t\u00a0]+(?=\S)")


# the name may carry its role after a comma ("— Joel Amadi, Tarnside striker"): the whole credit is the source
_DASH = re.compile(rf"[ \t\u00a0]*([―—–]|--)[ \t\u00a0]*({_NAME}(?:,[ \t\u00a0]+[^\n.!?,;:“”\"]{{2,60}}?)?)"
                   rf"[ \t\u00a0]*(?=\n|$)")


# the headline's colon credit may name the topic after "on"; nothing else follows the name
_COLON_CREDIT = re.compile(rf"[ \t\u00a0]*(:)[ \t\u00a0]*({_NAME})(?:[ \t\u00a0]+on[ \t\u00a0]+[^\n:]{{1,80}}?)?"
                           rf"[ \t\u00a0.]*(?=\n|$)")


@cache
def _label_stopwords() -> frozenset[str]:
    return frozenset(text.lower() for kind, text in read_list("boilerplate.tsv") if kind == "label")


_ROSTER_ITEM = re.compile(rf"{_NAME}")


def _roster(content: str) -> bool:
    """``Tim Albrecht, Brad Anderson, Rob Barron, …``: a list of names is a roster, not words said."""
    items = [item.strip() for item in re.split(r",|\band\b", content.rstrip(".")) if item.strip()]
    return len(items) >= 4 and all(_ROSTER_ITEM.fullmatch(item) for item in items)


def _sentence_at(doc: Document, offset: int) -> int:
    starts = [s.start for s in doc.sentences]
    k = bisect.bisect_right(starts, offset) - 1
    return doc.sentences[k].index if k >= 0 and offset < doc.sentences[k].end else -1


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    return end


def _speaker_labels(doc: Document, scan: QuoteScan) -> list[Attribution]:
    """Transcripts and headlines: ``PENCE: Well, look, …`` / ``Pence: Flowers won't be at debate``.

    A label is a short capitalised name and a colon opening a paragraph; the rest of
    the paragraph is what that speaker said.  In transcripts set as one long
    quotation, paragraphs that reopen the quotation without a new label continue
    the last speaker.
    """
    text = doc.text
    out: list[Attribution] = []
    current: Attribution | None = None
    stop = _label_stopwords()
    for block in doc.blocks:
        if block.kind not in ("body", "heading"):
            current = None
            continue
        m = _LABEL.match(text, block.start, block.end)
        if m is None and block.kind == "heading":
            m = _TOPIC_LABEL.match(text, block.start, block.end)  # "Obama on Climate Change: The Trends Are …"
        label_words = m.group(1).lower().split() if m else []
        if m and m.group(1).lower() not in stop and len(m.group(1)) <= 40 and not m.group(1)[:1].isdigit() \
                and not any(w in stop or w in _LABEL_FUNCTION_WORDS for w in label_words):
            start = m.end()
            end = _trim_end(text, start, block.end)
            if end - start < 3 or not any(ch.isalpha() for ch in text[start:end]) or _roster(text[start:end]):
                current = None
                continue
            tail = text[m.end(1):m.end()]
            current = Attribution(sentence=_sentence_at(doc, m.start(1)), contents=[(start, end)],
                                  cue=(m.end(1) + len(tail) - len(tail.lstrip()), m.end(1) + tail.index(":") + 1),
                                  source=(m.start(1), m.end(1)), confidence=0.7, category="speech",
                                  construction="speaker-label")
            out.append(current)
        elif current is not None and block.kind == "body" and _reopens_quotation(scan, block.start):
            end = _trim_end(text, block.start + 1, block.end)
            if end > block.start + 1 and not text[block.start + 1:end].startswith("("):
                current.contents.append((block.start + 1, end))
        else:
            current = None
    return out


def _reopens_quotation(scan: QuoteScan, offset: int) -> bool:
    """Does a multi-paragraph quotation continue at ``offset`` (a reopening mark)?"""
    return any(q.start != offset and any(ps == offset for ps, _ in q.pieces) for q in scan.index.containing(offset))


def _dash_credits(doc: Document, scan: QuoteScan) -> list[Attribution]:
    """``“…” ― Sonya Herridge``: a quotation credited with a dash and a name; in a paragraph that
    opens with the quotation and ends with the credit, also with a colon (``“Tanker mafia will not
    be spared”: Minister on water crisis``, the quote-first headline of Indian and British papers)."""
    text = doc.text
    block_starts = {b.start for b in doc.blocks}  # (layout never calls a line opening with a quotation a heading)
    out = []
    for q in scan.quotations:
        if q.depth != 0 or not q.balanced:
            continue
        m = _DASH.match(text, q.end) or (_COLON_CREDIT.match(text, q.end) if q.start in block_starts else None)
        if m and _quote_is_speech(text, q):
            out.append(Attribution(sentence=_sentence_at(doc, m.start(2)), contents=[(q.start, q.end)],
                                   cue=(m.start(1), m.end(1)), source=(m.start(2), m.end(2)), confidence=0.75,
                                   category="speech", construction="dash-credit"))
    return out


register("colon-quote", "A short name phrase and a colon glued to a quotation (`Peskov: “…”`).",
         module="surface", trigger=None,
         fires=('The Kremlin was blunt. Peskov: "We have no information about any such meeting."',),
         passes=("The sign read: “Closed until further notice.”",))
register("speaker-label", "Transcripts and headlines: a short capitalised name and a colon open a paragraph; the "
         "rest of the paragraph is what that speaker said (`PENCE: Well, look, …`).",
         module="surface", trigger=None,
         fires=("PENCE: Well, look, we are going to win this election.",),
         passes=("UPDATE: The story has been corrected.",))
register("dash-credit", "A quotation credited with a dash and a name at the end of its paragraph (`“…” ― Name`), "
         "or in a line that opens with it, with a colon (a headline: `“…”: Minister on water crisis`).",
         module="surface", trigger=None,
         fires=("“Nothing is more important than our children.” ― Sonya Herridge",
                "“I have waited two years for a night like this.” — Joel Amadi, Tarnside striker"),
         passes=("“Nothing is more important than our children.”",))
