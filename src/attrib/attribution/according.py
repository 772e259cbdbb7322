"""Construction according-to: ``according to X, CLAUSE`` (AP Stylebook, "according to")."""

from __future__ import annotations

from attrib.attribution.quoting import _expand_to_quotations, _split_pieces
from attrib.attribution.record import Attribution, Context
from attrib.attribution.registry import Surface, register
from attrib.attribution.tree import QUOTE_TOKENS, noun_phrase, span_of, trim_punct
from attrib.cues import Cue
from attrib.document import Sentence


def _from_according(ctx: Context, sentence: Sentence, cue: Cue) -> Attribution | None:
    """``according to X, CLAUSE``: the words outside the phrase are what X said."""
    scan = ctx.scan
    words = sentence.words
    a = cue.word
    # the source: the nominal that "according to" is the case marker of
    source_head = None
    for i in range(a + 2, len(words)):
        if words[i].head in (a, a + 1) or (words[a].head == i) or (words[a + 1].head == i):
            source_head = i
            break
    if source_head is None and a + 2 < len(words):
        source_head = a + 2
    if source_head is None:
        return None
    # climb to the phrase head whose subtree starts right after "to"
    while words[source_head].head >= 0 and words[source_head].head > a + 1 and \
            sentence.subtree(words[source_head].head)[0] == a + 2:
        source_head = words[source_head].head
    src_idx = [i for i in noun_phrase(sentence, source_head) if i > a + 1]
    comma = next((w.index for w in words[a + 2:] if w.text == ","), None)
    if comma is not None and comma > a + 2 and src_idx and max(src_idx) != comma - 1 and \
            (a == 0 or all(w.upos == "PUNCT" for w in words[:a])) and \
            not any(w.text in QUOTE_TOKENS or w.text == ":" for w in words[a + 2:comma]):
        # "According to X, …" misparsed (X run on over the comma, or cut short where the parser
        # read "… Tribune poll/VERB out Thursday" as a clause): the comma ends X
        src_idx = trim_punct(sentence, list(range(a + 2, comma)))
    if not src_idx:
        return None
    phrase = set(range(a, max(src_idx) + 1))
    rest = [w.index for w in words if w.index not in phrase]
    rest = trim_punct(sentence, rest)
    if not rest:
        return None
    # content: the words outside the "according to X" phrase, split if the phrase sits inside
    before = [i for i in rest if i < a]
    after = [i for i in rest if i > max(phrase)]
    spans = []
    for part in (before, after):
        part = trim_punct(sentence, part)
        if part and sum(words[i].upos != "PUNCT" for i in part) >= 2:
            spans.append(span_of(sentence, part))
    if not spans:
        return None
    spans = _split_pieces(_expand_to_quotations(spans, scan), scan)
    return Attribution(sentence=sentence.index, contents=spans, cue=(cue.start, cue.end),
                       source=span_of(sentence, src_idx), confidence=0.85, category="statement",
                       cue_word=a, source_head=source_head)


def according(s: Surface) -> bool:
    """The word "according"."""
    return "according" in s.words


register("according-to", "`according to X, CLAUSE`: the words outside the phrase are what X said.",
         module="according", trigger=according,
         fires=("According to the ministry, three soldiers were killed.",
                "Three soldiers were killed, according to the ministry."),
         passes=("According to the ministry.",))
