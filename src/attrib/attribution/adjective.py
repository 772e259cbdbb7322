"""Construction stance-adjective: ``Many Democrats are afraid that …`` (stance_adjectives.txt)."""

from __future__ import annotations

from attrib.attribution.quoting import _expand_to_quotations, _split_pieces
from attrib.attribution.record import _CATEGORY_CONFIDENCE, Attribution, Context
from attrib.attribution.registry import Surface, register
from attrib.attribution.tree import _merge_adjacent_subjects, noun_phrase, span_of, subject_of, trim_punct
from attrib.attribution.words import _FIRST_PERSON
from attrib.cues import Cue
from attrib.document import Sentence
from attrib.lexicon import closed_class


def _from_adjective(ctx: Context, sentence: Sentence, cue: Cue) -> Attribution | None:
    """``Many Democrats are afraid that Mrs. Clinton's edge … may be undercut``, ``Graham has been
    critical of Trump``: a stance adjective (stance_adjectives.txt) with a clause or a topic reports
    its subject's belief; "It was clear that …" names no one, "I am sure" is a hedge."""
    scan = ctx.scan
    words = sentence.words
    a = cue.word
    kids = sentence.children(a)
    holder = a if any(words[c].deprel == "cop" for c in kids) else words[a].head  # "seemed confident"
    if holder < 0 or scan.inside(words[a].start) is not None:
        return None
    subj = subject_of(sentence, holder)
    if subj is None or words[subj].lower in _FIRST_PERSON | {"it", "there"}:
        return None
    content: list[int] = []
    for c in kids:
        if c <= a:
            continue
        rel = words[c].deprel.split(":")[0]
        marks = [k for k in sentence.children(c) if words[k].deprel in ("mark", "case")]
        if rel in ("ccomp", "advcl") and (any(words[k].lower == "that" for k in marks) or (
                not marks and any(words[k].deprel.startswith("nsubj") for k in sentence.children(c)))):
            content = sentence.subtree(c)  # "afraid that …", "sure Trump would triumph"
            for other in kids:  # "confident that the price increases/VBZ will restore …": one clause
                if other > c and words[other].deprel.split(":")[0] == "ccomp":
                    tree = sentence.subtree(other)
                    if tree[0] <= content[-1] + 1:
                        content = list(range(min(content[0], tree[0]), max(content[-1], tree[-1]) + 1))
        elif rel in ("obl", "nmod") and marks and words[marks[0]].lower in ("about", "over", "of", "with"):
            content = [i for i in sentence.subtree(c) if i not in marks]  # "critical of Trump"
        if content:
            break
    content = trim_punct(sentence, content)
    if not content:
        return None
    source_idx = _merge_adjacent_subjects(sentence, holder, noun_phrase(sentence, subj))
    spans = _split_pieces(_expand_to_quotations([span_of(sentence, content)], scan), scan)
    return Attribution(sentence=sentence.index, contents=spans, cue=(cue.start, cue.end),
                       source=span_of(sentence, source_idx), confidence=_CATEGORY_CONFIDENCE["belief"],
                       category="belief", cue_word=a, source_head=subj)


# what can follow a stance adjective's clause or topic: "afraid that", "sure he", "critical of"
_ADJECTIVE_COMPLEMENT = closed_class()["adjective_complement"]


def stance_adjective(s: Surface) -> bool:
    """A stance adjective (stance_adjectives.txt) followed by what can open its clause or topic."""
    adjectives = s.lex.words("stance_adjectives")
    words = s.words
    return any(w in adjectives and words[i + 1:i + 2] and words[i + 1] in _ADJECTIVE_COMPLEMENT
               for i, w in enumerate(words))


register("stance-adjective", "A stance adjective with a clause or topic reports its subject's belief "
         "(`Many Democrats are afraid that …`, `Graham has been critical of Trump`).",
         module="adjective", trigger=stance_adjective,
         fires=("Many Democrats are afraid that turnout will fall.",),
         passes=("It was clear that turnout would fall.",))
