"""Veto predicates that read the text around a cue (the reporting verb's vetoes are in verb.py)."""

from __future__ import annotations

import re

from attrib.attribution.tree import _text_around
from attrib.document import Sentence
from attrib.lexicon import Lexicon


def _anonymity_formula(text: str, sentence: Sentence, verb: int, lex: Lexicon) -> bool:
    """A formula of anonymity_phrases.txt in any inflection ("asked for anonymity", "asking for
    anonymity", "speaking on condition of anonymity"): verbs compared by their lemmas."""
    window = lex.lemmatized(_text_around(text, sentence, verb, 1, 6))
    return any(window.startswith(p) or window.startswith(p.split(" ", 1)[1]) or f" {p}" in f" {window}"
               for p in lex.anonymity_formulas)


def _no_comment(text: str, sentence: Sentence, verb: int, lex: Lexicon) -> bool:
    """``declined to comment``, ``did not respond to a request for comment``: the cue reports that
    nothing was said (no_comment.txt); a pattern must cover the cue itself."""
    words = sentence.words
    start, end = words[max(0, verb - 3)].start, words[min(len(words) - 1, verb + 6)].end
    cue = words[verb].start - start
    return any(m.start() <= cue < m.end() for m in lex.no_comment.finditer(text[start:end]))


def _speech_idiom(text: str, sentence: Sentence, verb: int, lex: Lexicon) -> bool:
    """A fixed phrase built on the cue (speech_idioms.txt); one marked ``^`` only where it opens
    the sentence ("That said, …" — but "a statement that said, …" reports a statement)."""
    window = _text_around(text, sentence, verb, 3, 3).replace("\u2019", "'")
    opening = _text_around(text, sentence, 0, 0, 6).replace("\u2019", "'") if verb <= 6 else ""
    cue = sentence.words[verb].lower
    for phrase in lex.words("speech_idioms"):
        anchored = phrase.startswith("^")
        body = phrase[1:] if anchored else phrase
        if cue in _IDIOM_WORDS.findall(body) and (opening.startswith(body) if anchored else body in window):
            return True
    return False


_IDIOM_WORDS = re.compile(r"[\w-]+")


def _dispositional_gerund(sentence: Sentence, verb: int) -> bool:
    """``more interested in keeping Ankara on side than in explaining what went wrong``.

    A gerund after "than", or after a preposition that an adjective governs ("interested
    in explaining", "capable of saying"), names a disposition or a comparison, not an act
    of saying; "by saying", "after telling" (governed by a verb) still report one.
    """
    words = sentence.words
    if words[verb].xpos != "VBG":
        return False
    marks = {words[k].lower for k in sentence.children(verb) if words[k].deprel in ("mark", "case")}
    if "than" in marks:
        return True
    head = words[verb].head
    return bool(marks & {"in", "of", "about", "at"}) and head >= 0 and words[head].upos == "ADJ"
