"""The cost budget of one document: size limits, and sentences cut to a bounded length before parsing.

The parser's cost and memory grow with the square of a sentence's length (a score for every
pair of words), and so do the per-cue scans of the attribution stage; one "sentence" of
200 KB of words with no punctuation once took 10 GB.  A sentence longer than
:data:`MAX_SENTENCE_WORDS` words is therefore cut into pieces of at most that many words
before the parser sees it — at a clause boundary (a comma, semicolon, colon, dash or a
coordinating conjunction) in the second half of the window where there is one, else hard —
so every later stage works on bounded sentences and a document costs time and memory linear
in its length.  The limit is above every sentence of normal news: the longest of PolNeAR
dev + train (19,776 sentences) has 222 words, 99.9 % have at most 82 (measured with the
packaged tokenizer, issue #22); so no normal article is cut.

Quotations nested deeper than :data:`MAX_QUOTE_DEPTH` are not opened (their marks are
reported as unbalanced, :mod:`attrib.quotes`): in PolNeAR and the corpus the deepest
quotation sits at depth 3.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from attrib.document import Sentence
from attrib.errors import InputError

__all__ = ["MAX_CHARS", "MAX_SENTENCE_WORDS", "MAX_QUOTE_DEPTH", "check_size", "bound_sentences"]

MAX_CHARS = 2_000_000          # characters of one document
MAX_SENTENCE_WORDS = 250       # words of one sentence given to the parser
MAX_QUOTE_DEPTH = 8            # quotations inside quotations

_JOINTS = frozenset({",", ";", ":", "—", "–", "--", "-", "and", "but", "or", "while", "because"})
_CUT_AFTER = frozenset({",", ";", ":", "—", "–", "--", "-"})


def check_size(text: str, doc_id: object = None) -> None:
    """Refuse a document over :data:`MAX_CHARS` (an :class:`InputError`), before any model work."""
    if len(text) > MAX_CHARS:
        raise InputError(f"document {doc_id!r} has {len(text):,} characters; the limit is {MAX_CHARS:,} "
                         "(split it into documents)")


def _cut(words: Sequence, lo: int, limit: int) -> int:
    """Where the piece starting at ``lo`` ends (exclusive): a clause joint late in the window, else hard."""
    hi = lo + limit
    for k in range(hi - 1, lo + limit // 2, -1):
        text = words[k].text.lower()
        if text in _JOINTS:
            return k + 1 if text in _CUT_AFTER else k
    return hi


def bound_sentences(sentences: Sequence[Sentence], limit: int = MAX_SENTENCE_WORDS) -> list[Sentence]:
    """The sentences, with any longer than ``limit`` words cut into pieces of at most ``limit`` words.

    Pieces keep the original character offsets; word and sentence indices are renumbered.
    Sentences within the limit come back unchanged (only their index may shift).
    """
    if all(len(s.words) <= limit for s in sentences):
        return list(sentences)
    out: list[Sentence] = []
    for sent in sentences:
        lo = 0
        while lo < len(sent.words):
            hi = len(sent.words) if len(sent.words) - lo <= limit else _cut(sent.words, lo, limit)
            words = tuple(replace(w, index=k) for k, w in enumerate(sent.words[lo:hi])) if (lo, hi) != (
                0, len(sent.words)) else sent.words
            out.append(replace(sent, index=len(out), start=words[0].start, end=words[-1].end, words=words,
                               _children=()))
            lo = hi
    return out
