"""Tree helpers on parsed sentences (spans, mentions, subjects, cue spans): the one public module of
the attribution stage that other stages (speakers, claims) may import."""

from __future__ import annotations

from attrib.attribution.words import _CHANNEL_CASES, _FINITE, _NOMINATIVE
from attrib.document import Sentence, Word
from attrib.lexicon import Lexicon
from attrib.quotes import QUOTE_MARKS

__all__ = ["QUOTE_TOKENS", "after_comma", "agent_of", "cue_span", "marked_by_that", "noun_phrase", "span_of",
           "subject_of", "trim_punct"]

def span_of(sentence: Sentence, indices: list[int]) -> tuple[int, int]:
    return sentence.words[min(indices)].start, sentence.words[max(indices)].end


def trim_punct(sentence: Sentence, indices: list[int]) -> list[int]:
    """Drop punctuation at the edges, but keep closing quotation marks (they belong to quotes)."""
    words = sentence.words
    idx = sorted(indices)
    while idx and words[idx[0]].upos == "PUNCT" and words[idx[0]].text[:1] not in "“\"‘'«„":
        idx.pop(0)
    while idx and words[idx[-1]].upos == "PUNCT" and words[idx[-1]].text[-1:] not in "”\"’'»":
        closer = words[idx[-1]].text
        if closer in (")", "]") and any(words[i].text == {")": "(", "]": "["}[closer] for i in idx):
            break  # "Rep. G.K. Butterfield (D-N.C.)": the bracket closes inside the span
        idx.pop()
    return idx


def noun_phrase(sentence: Sentence, head: int) -> list[int]:
    """A mention: the head's phrase without relative clauses or parenthetical appositions."""
    words = sentence.words
    exclude = set()
    for c in sentence.children(head):
        rel = words[c].deprel
        if rel in ("acl:relcl", "parataxis", "dep"):
            exclude.add(c)
        elif rel == "appos" and c > head and \
                any(words[k].upos == "PUNCT" for k in range(head + 1, sentence.subtree(c)[0])):
            exclude.add(c)  # "Peskov, the Kremlin spokesman," — not "spokesman Dmitry Peskov"
        elif rel == "punct" and c > head:
            exclude.add(c)
    idx = sentence.subtree(head, frozenset(exclude))
    # keep the contiguous run around the head
    run = [head]
    s = set(idx)
    i = head - 1
    while i in s:
        run.insert(0, i)
        i -= 1
    i = head + 1
    while i in s:
        run.append(i)
        i += 1
    run = trim_punct(sentence, run) or [head]
    marks = [i for i in run if words[i].text in QUOTE_TOKENS]
    if len(marks) == 1 and marks[0] in (run[0], run[-1]) and len(run) > 1:
        run.remove(marks[0])  # a lone quotation mark the parser hung on the mention closes a quote
    return run


QUOTE_TOKENS = QUOTE_MARKS | {"''", "``"}  # the scanner's marks, and the two-character pairs


_CLAUSE_ENDS = frozenset({",", ":", ";", "\u2014", "\u2013", "\u201d", '"', "''", "\u2019"})


def marked_by_that(sentence: Sentence, clause: int) -> bool:
    """The clause headed by ``clause`` opens with the complementizer "that" ("said that …")."""
    words = sentence.words
    return any(words[m].lower == "that" and words[m].deprel == "mark" for m in sentence.children(clause))


def subject_of(sentence: Sentence, verb: int) -> int | None:
    """The verb's subject (:func:`own_subject` of its subjects)."""
    return own_subject(sentence, verb, [c for c in sentence.children(verb)
                                        if sentence.words[c].deprel in ("nsubj", "nsubj:outer", "csubj")])


def own_subject(sentence: Sentence, verb: int, subjects: list[int]) -> int | None:
    """Of several subjects the parser gave one verb, the verb's own.

    Two subjects before a verb are a parse slip of one of three kinds: a fronted phrase read as
    a subject ("Hours later, Trump returned …"; "A bridge …, injuring seven, officials said"),
    where the nearer one is the subject; a noun phrase cut in two ("A study by professor |
    Justin Levitt found"), or an apposition ("Dean, a medical doctor, said"), where the first
    one is (of an apposition, the name), unless a title or first name was cut off a name ("Ms. |
    Sherry said").  The nearer one set off by a comma or closing quotation mark before it alone
    marks the first kind (a relative "whose …" is never the subject); so do two subjects apart.
    """
    if not subjects:
        return None
    before = sorted(c for c in subjects if c < verb)
    if not before:
        return subjects[0]
    chosen = before[-1]
    for prev in reversed(before[:-1]):  # "Halvek | Construction, the firm …, said": pair by pair
        if _of_two_subjects(sentence, verb, prev, chosen) != prev:
            break
        chosen = prev
    return chosen


def _of_two_subjects(sentence: Sentence, verb: int, first: int, near: int) -> int:
    words = sentence.words
    span = [k for k in sentence.subtree(near) if words[k].upos != "PUNCT"]
    fronted = span[0] > 0 and words[span[0] - 1].text in _CLAUSE_ENDS and \
        words[span[0]].lower not in ("who", "whose", "which") and not (
            span[-1] + 1 < verb and words[span[-1] + 1].text == ",")
    first_words = [k for k in sentence.subtree(first) if words[k].upos != "PUNCT"]
    gap = range(first_words[-1] + 1, span[0])
    aside = span[0] > 0 and words[span[0] - 1].text == "," and span[-1] + 2 == verb and words[verb - 1].text == ","
    if aside and words[near].upos == "NOUN" and words[first].upos == "PROPN":
        return first  # "Sen. Chuck Grassley, facing a challenge in Iowa, a swing state, said": an aside's noun
    if fronted or not all(words[k].upos == "PUNCT" for k in gap):
        return near
    if not any(words[k].text == "," for k in gap):  # one phrase cut in two: a title or first name is no head
        return near if len(first_words) <= 2 and all(words[k].upos == "PROPN" for k in first_words) else first
    # an apposition: the name, wherever it stands ("A lawyer for the outlets, David Schulz, said")
    return near if words[near].upos == "PROPN" and words[first].upos != "PROPN" else first


def agent_of(sentence: Sentence, verb: int) -> int | None:
    for c in sentence.children(verb):
        if sentence.words[c].deprel == "obl:agent":
            return c
    return None


def after_comma(words: list[Word] | tuple[Word, ...], v: int) -> bool:
    """A comma right before word ``v``, also inside a closing mark (“New York values,” stating …)."""
    k = v - 1
    while k > 0 and words[k].text in QUOTE_TOKENS:
        k -= 1
    return 0 <= k < v and words[k].text == ","


def cue_span(sentence: Sentence, verb: int) -> tuple[int, int]:
    """The cue verb with its adjacent auxiliaries, negation, "also" and particle."""
    words = sentence.words
    keep = {verb}
    for c in sentence.children(verb):
        rel = words[c].deprel
        if words[c].upos != "PUNCT" and (rel in ("aux", "aux:pass", "compound:prt") or
                                          (rel == "advmod" and words[c].lower in ("also", "not", "n't", "again"))):
            keep.add(c)
    lo = hi = verb
    while lo - 1 in keep:
        lo -= 1
    while hi + 1 in keep:
        hi += 1
    return words[lo].start, words[hi].end


def _channel(sentence: Sentence, verb: int, lex: Lexicon) -> tuple[int, int] | None:
    words = sentence.words
    for c in sentence.children(verb):
        if words[c].deprel.split(":")[0] not in ("obl", "nmod", "advmod"):
            continue
        if (words[c].lemma or words[c].text).lower() not in lex.channels and words[c].lower not in lex.channels:
            continue
        cases = [k for k in sentence.children(c) if words[k].deprel == "case"]
        if cases and words[cases[0]].lower in _CHANNEL_CASES:
            # "in a separate statement | that Putin and Erdogan had …": a clause the parser hangs
            # on the channel noun is what was said, not part of the channel
            clauses = frozenset(k for k in sentence.children(c)
                                if words[k].deprel.split(":")[0] in ("acl", "ccomp", "advcl"))
            return span_of(sentence, trim_punct(sentence, sentence.subtree(c, clauses)))
    return None


def _bare_nominal(sentence: Sentence, head: int) -> bool:
    """``Douglas Brinkley, a historian …, recalled, "…"`` with the cue hung on the name: a noun
    phrase with no predicate of its own is the speaker, not a reported clause."""
    words = sentence.words
    return words[head].upos in ("NOUN", "PROPN", "PRON", "NUM") and \
        not sentence.dependents(head, "cop", "nsubj", "nsubj:pass", "csubj")


def _has_clause(sentence: Sentence, indices: list[int]) -> bool:
    """Does this stretch hold a finite verb (or a "that"/"whether"/"if" clause)?"""
    words = sentence.words
    for i in indices:
        w = words[i]
        if w.upos == "AUX" or w.lower in ("that", "whether", "if") or finite_like(sentence, i):
            return True
    return False


def finite_like(sentence: Sentence, i: int) -> bool:
    """A finite verb, or one the compact tagger gave a non-finite tag: a past participle right
    after a noun ("Talks … stalled/VBN on Thursday"), a base form with a subject of its own and
    no auxiliary or "to" ("the results confirm/VB a rise")."""
    words = sentence.words
    w = words[i]
    if w.xpos in _FINITE:
        return True
    if w.xpos == "VBN":
        return i > 0 and words[i - 1].upos in ("NOUN", "PROPN", "PRON", "NUM")
    if w.xpos == "VB" and w.upos == "VERB":
        rels = {words[c].deprel for c in sentence.children(i)}
        return "nsubj" in rels and not rels & {"aux", "mark", "aux:pass"}
    if w.xpos == "VBG":
        # "saying they infringe/VBG on …": a gerund takes no nominative pronoun as its subject
        kids = sentence.children(i)
        return any(words[c].deprel == "nsubj" and words[c].lower in _NOMINATIVE for c in kids) and \
            not any(words[c].deprel.startswith("aux") for c in kids)
    return False



def _listed_verb(word: Word, lex: Lexicon) -> bool:
    """A reporting verb of the lexicon, by lemma or (where the lemmatiser slipped) by form."""
    return bool(lex.verb(word.lemma or word.text) or lex.verb_from_form(word.text))


def _is_time_or_channel(sentence: Sentence, i: int, lex: Lexicon) -> bool:
    lemma = (sentence.words[i].lemma or sentence.words[i].text).lower()
    return lemma in lex.words("time_words") or lemma in lex.channels


def _first_after(sentence: Sentence, head: int, verb: int) -> int:
    """The first word of ``head``'s phrase after the cue (a comma the parser hung on the phrase
    from before the cue does not pull the cue into its own content)."""
    return min(i for i in sentence.subtree(head) if i > verb)


def _introduced_by(sentence: Sentence, head: int, preposition: str) -> bool:
    words = sentence.words
    return any(words[k].deprel == "case" and words[k].lower == preposition for k in sentence.children(head)) or \
        (head > 0 and words[head - 1].lower == preposition)


def _demonstrative(sentence: Sentence, i: int) -> bool:
    """A demonstrative pronoun ("That is …", "This shows …"; not the relative "that", WDT)."""
    w = sentence.words[i]
    return w.upos == "PRON" and w.xpos == "DT" and w.lower in ("this", "that", "these", "those")


def _text_around(text: str, sentence: Sentence, verb: int, before: int, after: int) -> str:
    """The words from ``before`` words left of the cue to ``after`` right of it, lower-cased."""
    words = sentence.words
    start, end = words[max(0, verb - before)].start, words[min(len(words) - 1, verb + after)].end
    return " ".join(text[start:end].lower().split())


def _merge_adjacent_subjects(sentence: Sentence, verb: int, idx: list[int]) -> list[int]:
    """"Kremlin spokesman | Dmitry Peskov": two subjects side by side are one mention (a parse slip)."""
    words = sentence.words
    merged = sorted(idx)
    for c in sentence.children(verb):
        if not words[c].deprel.startswith("nsubj") or c in merged:
            continue
        other = noun_phrase(sentence, c)
        if any(words[k].text in QUOTE_TOKENS for k in other):
            continue  # "“… big hurdles for her,” the person added": a quotation is no part of a name
        if other[-1] + 1 == merged[0] or merged[-1] + 1 == other[0]:
            merged = sorted(set(merged) | set(other))
    return merged
