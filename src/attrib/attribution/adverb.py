"""An evidential adverb presents its clause as reported by an unnamed source (``… is reportedly …``)."""

from __future__ import annotations

from attrib.attribution.quoting import _expand_to_quotations, _split_pieces
from attrib.attribution.record import Attribution, Context
from attrib.attribution.registry import Surface, register
from attrib.attribution.tree import span_of, subject_of, trim_punct
from attrib.cues import Cue
from attrib.document import Sentence


def _from_evidential_adverb(ctx: Context, sentence: Sentence, cue: Cue) -> Attribution | None:
    """``The FBI is reportedly making arrangements to interview …``: the clause of the verb the
    adverb modifies, from its subject on and without the adverb (two fragments), with no source.
    Inside a quotation the adverb is the quoted speaker's phrasing, not a report."""
    words = sentence.words
    a = cue.word
    head = words[a].head
    if head < 0 or ctx.scan.inside(cue.start) is not None:
        return None
    clause = sentence.subtree(head)
    subj = subject_of(sentence, head)
    start = sentence.subtree(subj)[0] if subj is not None and subj < head else clause[0]
    before = trim_punct(sentence, [i for i in clause if start <= i < a])
    after = trim_punct(sentence, [i for i in clause if i > a])
    parts = [part for part in (before, after) if part]
    if not after:
        return None
    spans = _split_pieces(_expand_to_quotations([span_of(sentence, p) for p in parts], ctx.scan), ctx.scan)
    return Attribution(sentence=sentence.index, contents=spans, cue=(cue.start, cue.end), source=None,
                       confidence=0.45, agentless=True, category="statement", cue_word=a)


def evidential_adverb(s: Surface) -> bool:
    """An evidential adverb (evidential_adverbs.txt) anywhere in the sentence."""
    adverbs = s.lex.words("evidential_adverbs")
    return any(w in adverbs for w in s.words)


register("evidential-adverb", "An evidential adverb presents its clause as reported by someone the text does not "
         "name (`The FBI is reportedly making arrangements to …`): an attribution with no source.",
         module="adverb", trigger=evidential_adverb,
         fires=("The FBI is reportedly making arrangements to interview the former minister.",),
         passes=("The FBI made arrangements to interview the former minister.",))
