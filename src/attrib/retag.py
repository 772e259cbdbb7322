"""Verbs the tagger read as nouns, so that the parser can be asked again with the verb.

Present-tense verbs share their spelling with plural or singular nouns ("shows", "argues",
"show"), and after a noun phrase a tagger trained on 12k sentences often chooses the noun:
"Data from the 2014 survey show that women …", "Kamarck argues that …", "leaked documents from
his tax return show he took …".  The parse that follows hangs the whole reported clause on a
noun and the attribution is lost.  Church (1988) and Brill (1995) repair such tags with
contextual rules; this is one such rule, for the reporting verbs only, and only where the
next words can only be a clause: a subject pronoun, a wh-word, or a complementizer "that"
followed by a noun phrase (a relative "that" is followed by its verb: "the shows that aired").
"""

from __future__ import annotations

from collections.abc import Mapping

from attrib.document import Sentence, Word

__all__ = ["misread_verbs", "VERB_FEATS"]

# UD English EWT features of a present-tense finite verb
VERB_FEATS = {
    "VBZ": "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
    "VBP": "Mood=Ind|Tense=Pres|VerbForm=Fin",
}

_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you"})
_WH_WORDS = frozenset({"how", "what", "why", "whether", "where", "when", "who", "which"})


def misread_verbs(sentence: Sentence, verb_lemmas: Mapping[str, str]) -> dict[int, tuple[str, str]]:
    """``{word index: (xpos, lemma)}`` for the nouns of ``sentence`` that are present-tense
    reporting verbs; ``verb_lemmas`` maps a verb form to its lemma (the lexicon's forms)."""
    words = sentence.words
    found: dict[int, tuple[str, str]] = {}
    for i, word in enumerate(words[1:-1], start=1):
        if word.upos != "NOUN" or word.xpos not in ("NN", "NNS"):
            continue
        lemma = verb_lemmas.get(word.lower)
        xpos = _present_tense(word.lower, lemma)
        if xpos is None or not _after_subject(words[i - 1]) or not _clause_follows(words, i + 1):
            continue
        if xpos == "VBP" and not _plural_subject_before(words, i):
            continue
        found[i] = (xpos, lemma)  # type: ignore[assignment]
    return found


def _present_tense(form: str, lemma: str | None) -> str | None:
    if lemma is None:
        return None
    if form == lemma:
        return "VBP"
    if form in (lemma + "s", lemma + "es", lemma[:-1] + "ies"):
        return "VBZ"
    return None


def _after_subject(previous: Word) -> bool:
    """The word before ends a noun phrase (a noun, a name, a closing mark or dash)."""
    if previous.upos in ("NOUN", "PROPN"):
        return True
    return previous.upos == "PUNCT" and previous.text not in (",", ":", ";", "(", "“", '"')


def _plural_subject_before(words: tuple[Word, ...], i: int) -> bool:
    """A plural noun stands between the last finite verb and ``i`` ("documents from his tax
    return show"): "report", "plan" after a singular noun are the nouns they look like."""
    for word in reversed(words[:i]):
        if word.xpos in ("VBD", "VBZ", "VBP", "MD") or word.text in (",", ";", ":"):
            return False
        if word.xpos in ("NNS", "NNPS"):
            return True
    return False


def _clause_follows(words: tuple[Word, ...], j: int) -> bool:
    nxt = words[j]
    if nxt.lower in _SUBJECT_PRONOUNS or nxt.lower in _WH_WORDS:
        return True
    if nxt.lower != "that" or j + 1 >= len(words):
        return False
    after = words[j + 1]
    # "that women represented …" / "that the court …" — not "that aired", "that has"
    return after.upos in ("NOUN", "PROPN", "PRON", "DET", "NUM", "ADJ") and after.lower not in ("is", "was")

