"""Construction setting: ``In the latest poll, Clinton leads …`` (PolNeAR counts the poll as source)."""

from __future__ import annotations

from attrib.attribution.quoting import _expand_to_quotations, _split_pieces
from attrib.attribution.record import Attribution, Context
from attrib.attribution.registry import Surface, register
from attrib.attribution.tree import _has_clause, span_of, trim_punct
from attrib.cues import Cue, source_document
from attrib.document import Sentence


def _from_setting(ctx: Context, sentence: Sentence, cue: Cue) -> Attribution | None:
    """``In the latest poll, Clinton leads by 3 points``: the poll is the source (PolNeAR counts it)."""
    scan = ctx.scan
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


def opening_source_document(s: Surface) -> bool:
    """The sentence opens with "In" and a poll, report, study … (source_documents.txt)."""
    return s.words[:1] == ["in"] and source_document(s.words[1:12], s.lex)


register("setting", "`In <poll/report/study>, CLAUSE`: the opening phrase is the source (PolNeAR counts it).",
         module="setting", trigger=opening_source_document,
         fires=("In the latest poll, Clinton leads Trump by three points.",),
         passes=("In the morning, Clinton flew to Ohio.",))
