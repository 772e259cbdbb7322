"""Stage: attribution cues — reporting verbs, "according to", reporting nouns.

A cue is where a sentence says that someone said, wrote, believed or showed
something.  Verbs come from ``data/lexicon/reporting_verbs.tsv`` (with the
category and tone that the check rules use), nouns from
``reporting_nouns.txt``.  This stage also gives the lexical pre-filter that
decides which sentences are worth parsing at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from attrib.document import Sentence
from attrib.lexicon import Lexicon, ReportingVerb, load_lexicon

__all__ = ["Cue", "find_cues", "cue_forms", "may_attribute"]


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue word in a parsed sentence: ``kind`` is verb, according, noun or setting.

    A setting is a sentence-opening "In <poll/report/study …>," that sources the clause.
    """

    sentence: int
    word: int
    kind: str
    start: int
    end: int
    verb: ReportingVerb | None = None


@cache
def cue_forms() -> frozenset[str]:
    """Lower-case surface forms of reporting verbs, and "according" (the parse pre-filter)."""
    return frozenset({"according"} | set(load_lexicon().forms))


_WORD = re.compile(r"[A-Za-z]+")


def may_attribute(sentence_text: str) -> bool:
    """Cheap test: could this sentence hold a cue that needs a parse?

    A reporting verb form, "according", an intention noun before "to" ("his plan to …"),
    or a reporting noun followed by "that" ("the
    ministry's statement that …").  Quotations alone need no parse: stand-alone
    quotes, dash credits and speaker labels are read from the text, and a quote with
    a cue in its sentence has the cue.
    """
    forms, nouns = cue_forms(), load_lexicon().nouns
    intentions = load_lexicon().words("intention_nouns")
    words = [w.lower() for w in _WORD.findall(sentence_text)]
    if words[:1] == ["in"] and _source_document(words[1:12]):
        return True
    for i, w in enumerate(words):
        if w in forms or (w in nouns and "that" in words[i + 1:i + 4]) \
                or (w in intentions and words[i + 1:i + 2] == ["to"]):
            return True
    return False


def _source_document(words: list[str]) -> bool:
    documents = load_lexicon().words("source_documents")
    return any(w in documents or (w.endswith("s") and w[:-1] in documents) for w in words)


def _setting(sentence: Sentence) -> Cue | None:
    """``In the latest poll, Clinton leads by 3 points``: the opening phrase is the source."""
    words = sentence.words
    first = next((w for w in words if w.upos != "PUNCT"), None)
    if first is None or first.lower != "in":
        return None
    comma = next((w.index for w in words[first.index + 1:first.index + 14] if w.text == ","), None)
    if comma is None or comma >= len(words) - 3:
        return None
    if not _source_document([(w.lemma or w.text).lower() for w in words[first.index + 1:comma]]):
        return None
    return Cue(sentence.index, first.index, "setting", first.start, first.end)


def _is_verbal(sentence: Sentence, i: int) -> bool:
    w = sentence.words[i]
    if w.upos in ("VERB",):
        return True
    # the compact tagger sometimes tags a reporting verb as AUX/NOUN/ADJ in headline-like text
    return w.upos in ("AUX", "ADJ", "NOUN", "PROPN") and w.deprel in ("root", "parataxis", "ccomp", "conj", "advcl") \
        and w.lower in {"said", "says", "told", "added"}


def find_cues(sentence: Sentence, lexicon: Lexicon | None = None) -> list[Cue]:
    """Cue words of one parsed sentence, in text order."""
    lex = lexicon or load_lexicon()
    cues: list[Cue] = []
    words = sentence.words
    setting = _setting(sentence)
    if setting is not None:
        cues.append(setting)
    for w in words:
        i = w.index
        lemma = (w.lemma or w.text).lower()
        if lemma == "accord" or (w.lower == "according" and i + 1 < len(words) and words[i + 1].lower == "to"):
            if i + 1 < len(words) and words[i + 1].lower == "to":
                cues.append(Cue(sentence.index, i, "according", w.start, words[i + 1].end))
            continue
        if _is_verbal(sentence, i):
            particle = next((words[c].lower for c in sentence.dependents(i, "compound")
                             if words[c].deprel == "compound:prt"), None)
            if particle is None and i + 1 < len(words) and (words[i + 1].upos == "ADP" or (
                    words[i + 1].upos == "SCONJ" and words[i + 1].lower in ("for", "on"))):
                particle = words[i + 1].lower  # "call for", "write in" (prepositional verbs)
            # the lemmatizer misses some forms ("smiled" → "smiled"): fall back on the surface form
            verb = lex.verb(lemma, particle) or lex.verb_from_form(w.lower, particle)
            if verb is not None:
                cues.append(Cue(sentence.index, i, "verb", w.start, w.end, verb))
        elif w.upos in ("NOUN", "PROPN") and (lemma in lex.nouns or lemma in lex.words("intention_nouns")):
            cues.append(Cue(sentence.index, i, "noun", w.start, w.end))
    return cues
