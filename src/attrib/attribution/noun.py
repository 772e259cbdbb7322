"""Constructions with a noun cue: reporting-noun (``the ministry's statement that …``),
intention-noun (``his plan to …``) and noun-before-quotation (``He issued a statement: “…”``)."""

from __future__ import annotations

import re

from attrib.attribution.quoting import _content_spans, _expand_to_quotations, _split_pieces
from attrib.attribution.record import Attribution, Context
from attrib.attribution.registry import Surface, register
from attrib.attribution.tree import noun_phrase, span_of, subject_of
from attrib.cues import Cue
from attrib.document import Sentence


def _infinitive_of(sentence: Sentence, n: int) -> int | None:
    """``his refusal to use the words``: the verb of the to-infinitive right after noun ``n``."""
    words = sentence.words
    if n + 2 < len(words) and words[n + 1].lower == "to" and words[n + 1].upos == "PART":
        head = words[n + 1].head
        if head > n + 1 and words[head].upos in ("VERB", "AUX"):
            return head
    return None


def _complement_read_as_relative(sentence: Sentence, n: int) -> int | None:
    """``Trump's accusation that/WDT Clinton is playing the woman's card``: a "that" clause after a
    reporting noun that the tagger read as a relative clause.  A relative "that" fills a gap in its
    clause ("the claim that he made": the object); where the clause already has its own word in
    that role, or "that" has no core role at all, "that" is the complementiser and the clause is
    the noun's content (Quirk et al. 17.26: appositive clauses of "fact", "claim", "belief").
    Only a time or place phrase may stand between the noun and "that" ("his statement earlier
    this year that …")."""
    words = sentence.words
    if n > 0 and words[n - 1].upos == "PROPN" and words[n].text[:1].isupper() and words[n - 1].text[:1].isupper():
        return None  # a noun ending a name: "told the Huffington Post that …"
    that = next((k for k in range(n + 1, min(n + 5, len(words))) if words[k].lower == "that"), None)
    if that is None or words[that].deprel == "det" or \
            any(words[k].upos in ("VERB", "AUX", "PUNCT", "PRON") for k in range(n + 1, that)):
        return None  # (not "analysis of that/DET moment")
    verb = words[that].head
    if verb <= that or words[verb].upos not in ("VERB", "AUX", "ADJ", "NOUN"):
        return None
    role = words[that].deprel.split(":")[0]
    if role in ("nsubj", "obj", "iobj") and not any(
            k != that and words[k].deprel.split(":")[0] == role for k in sentence.children(verb)):
        return None  # a relative clause with its gap: "the claim that he made", "the claim that was made"
    return verb


def _from_noun(ctx: Context, sentence: Sentence, cue: Cue) -> Attribution | None:
    """``the ministry's statement that …``, ``his plan to …``: a reporting or intention noun with its clause."""
    scan, lex = ctx.scan, ctx.lex
    words = sentence.words
    n = cue.word
    clause = None
    intention = False
    for c in sentence.children(n):
        if words[c].deprel in ("acl", "ccomp", "appos") and words[c].upos in ("VERB", "AUX", "ADJ", "NOUN"):
            marks = [k for k in sentence.children(c) if words[k].deprel == "mark" and words[k].lower == "that"]
            if marks:
                clause = c
                break
    if clause is None and n + 1 < len(words) and words[n + 1].lower == "that" and words[n + 1].deprel == "mark" \
            and words[n + 1].head > n + 1:
        clause = words[n + 1].head  # "his claim that …" with the clause hung elsewhere: a parse slip
    if clause is None:
        clause = _complement_read_as_relative(sentence, n)
    if clause is None and (words[n].lemma or words[n].text).lower() in lex.words("intention_nouns"):
        clause = _infinitive_of(sentence, n)
        intention = clause is not None
    if clause is None:
        return _noun_before_quotation(ctx, sentence, cue) if ctx.on("noun-before-quotation") else None
    if not ctx.on("intention-noun" if intention else "reporting-noun"):
        return None
    source_idx: list[int] = []
    for c in sentence.children(n):
        rel = words[c].deprel
        if rel == "nmod:poss" or (rel == "compound" and words[c].upos == "PROPN"):
            source_idx = noun_phrase(sentence, c)
            break
        if rel == "nmod":
            cases = [k for k in sentence.children(c) if words[k].deprel == "case"]
            if cases and words[cases[0]].lower in ("by", "from", "of"):
                source_idx = [i for i in noun_phrase(sentence, c) if i not in cases]
                break
    if not source_idx:
        return None
    spans = _content_spans(sentence, [i for i in sentence.subtree(clause) if i > n])
    if not spans:
        return None
    spans = _split_pieces(_expand_to_quotations(spans, scan), scan)
    return Attribution(sentence=sentence.index, contents=spans, cue=(cue.start, cue.end),
                       source=span_of(sentence, source_idx), confidence=0.5 if intention else 0.7,
                       category="intention" if intention else "statement",
                       cue_word=n, source_head=source_idx[-1],
                       construction="intention-noun" if intention else "reporting-noun")


def _colon_noun_source(sentence: Sentence, n: int) -> list[int]:
    """``Sanders made the following comment:``, ``I had to change my answer:``: a reporting noun
    that ends its clause right before a colon, as the object of a verb, names what follows; the
    verb's subject (climbing infinitives, "had to change") is the speaker."""
    words = sentence.words
    tree = set(sentence.subtree(n))
    colon = next((k for k in range(n + 1, len(words)) if words[k].text == ":" or k not in tree), None)
    if words[n].deprel not in ("obj", "obl") or colon is None or words[colon].text != ":":
        return []
    for c in sentence.children(n):  # "this statement by Trump:", "the senator's answer:"
        cases = [k for k in sentence.children(c) if words[k].deprel == "case"]
        if c < colon and words[c].deprel == "nmod" and cases and words[cases[0]].lower in ("by", "from"):
            return [i for i in noun_phrase(sentence, c) if i not in cases]
        if words[c].deprel == "nmod:poss" and words[c].upos != "PRON":
            return [i for i in noun_phrase(sentence, c) if words[i].text not in ("'s", "’s")]
    verb = words[n].head
    while verb >= 0:
        subj = subject_of(sentence, verb)
        if subj is not None:
            return [i for i in noun_phrase(sentence, subj) if i < n]
        if words[verb].deprel.split(":")[0] not in ("xcomp", "conj"):
            break
        verb = words[verb].head
    return []


def _noun_before_quotation(ctx: Context, sentence: Sentence, cue: Cue) -> Attribution | None:
    """``He issued a statement: “…”``: the quotation after the colon is the statement."""
    doc, scan = ctx.doc, ctx.scan
    source_idx = _colon_noun_source(sentence, cue.word)
    if not source_idx:
        return None
    colon = next(w for w in sentence.words[cue.word + 1:] if w.text == ":")
    quotation = next((q for q in scan.index.starting_in(colon.end, sentence.end - 1)
                      if q.depth == 0 and not doc.text[colon.end:q.start].strip()), None)
    if quotation is None:
        return None
    return Attribution(sentence=sentence.index, contents=[(quotation.start, quotation.end)], cue=(cue.start, cue.end),
                       source=span_of(sentence, source_idx), confidence=0.6, category="statement",
                       cue_word=cue.word, source_head=source_idx[-1], construction="noun-before-quotation")


def reporting_noun_that(s: Surface) -> bool:
    """A reporting noun with "that" in the three words after it ("the ministry's statement that …")."""
    nouns, words = s.lex.nouns, s.words
    return any(w in nouns and "that" in words[i + 1:i + 4] for i, w in enumerate(words))


def intention_noun_to(s: Surface) -> bool:
    """An intention noun right before "to" ("his plan to …")."""
    intentions, words = s.lex.words("intention_nouns"), s.words
    return any(w in intentions and words[i + 1:i + 2] == ["to"] for i, w in enumerate(words))


_BEFORE_COLON = re.compile(r"((?:[A-Za-z’'.-]+\s+){0,4}[A-Za-z’'.-]+)\s*:")


def reporting_noun_colon(s: Surface) -> bool:
    """A reporting noun among the five words before a colon ("issued a statement:",
    "this statement by Trump:", "I had to change my answer:")."""
    if ":" not in s.text:
        return False
    nouns = s.lex.nouns
    for m in _BEFORE_COLON.finditer(s.text):
        words = m.group(1).split()
        # (never the sentence's first word: "Poll: Clinton leads" is a label, not a noun a verb names)
        if any(w.lower() in nouns and (k or s.text[:m.start(1)].strip()) for k, w in enumerate(words)):
            return True
    return False


register("reporting-noun", "A reporting noun with a that-clause and its owner or by-phrase "
         "(`the ministry's statement that …`).",
         module="noun", trigger=reporting_noun_that,
         fires=("He cited the ministry's claim that three soldiers died.",),
         passes=("The statement was short.",))
register("intention-noun", "An intention noun with a to-infinitive and its owner (`his plan to …`).",
         module="noun", trigger=intention_noun_to,
         fires=("Trump's plan to cut taxes for the rich drew criticism.",),
         passes=("The plan was shelved.",))
register("noun-before-quotation", "A reporting noun right before a colon names the quotation after it; "
         "the verb's subject (or the noun's owner) is the speaker (`He issued a statement: “…”`).",
         module="noun", trigger=reporting_noun_colon,
         fires=("Trump issued a statement: “We will win.”", "I had to change my answer: “I was kidding.”"),
         passes=("Trump issued a statement.",))
