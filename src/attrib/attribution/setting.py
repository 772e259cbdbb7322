from __future__ import annotations

from attrib.attribution.quoting import _expand_to_quotations, _split_pieces
from attrib.attribution.record import Attribution
from attrib.attribution.tree import _has_clause, span_of, trim_punct
from attrib.cues import Cue
from attrib.document import Document, Sentence
from attrib.quotes import QuoteScan


def _from_setting(doc: Document, scan: QuoteScan, sentence: Sentence, cue: Cue) -> Attribution | None:
    """``In the latest poll, Clinton leads by 3 points``: the poll is the source (PolNeAR counts it)."""
    words = sentence.words
    comma = next(w.index for w in words[cue.word + 1:] if w.text == ",")
    source = trim_punct(sentence, list(range(cue.word + 1, comma)))
    content = trim_punct(sentence, list(range(comma + 1, len(words))))
    if not source or not _has_clause(sentence, content):
        return None
    spans = _split_pieces(_expand_to_quotations([span_of(sentence, content)], scan), scan)
    return Attribution(sentence=sentence.index, contents=spans, cue=(cue.start, cue.end),
                       source=span_of(sentence, source), confidence=0.7, category="setting",
                       cue_word=cue.word, source_head=source[-1])
