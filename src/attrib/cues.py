"""Stage: attribution cues — reporting verbs, "according to", reporting nouns.

A cue is where a sentence says that someone said, wrote, believed or showed
something.  Verbs come from ``data/lexicon/reporting_verbs.tsv`` (with the
category and tone that the check rules use), nouns from
``reporting_nouns.txt``.  The pre-parse filter that decides which sentences are worth
parsing is the union of the constructions' triggers (``attrib.attribution.registry``).
"""

from __future__ import annotations

from dataclasses import dataclass

from attrib.document import Sentence
from attrib.lexicon import Lexicon, ReportingVerb, closed_class, load_lexicon
from attrib.quotes import QUOTE_WORDS, SPEAKER_WORDS, colon_opens_quotation, quotation_before_speaker

__all__ = ["Cue", "as_participle", "find_cues", "source_document"]


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue word in a parsed sentence: ``kind`` is verb, according, noun, adjective, adverb or setting.

    A setting is a sentence-opening "In <poll/report/study …>," that sources the clause.
    """

    sentence: int
    word: int
    kind: str
    start: int
    end: int
    verb: ReportingVerb | None = None


def source_document(words: list[str], lex: Lexicon) -> bool:
    """Does one of ``words`` name a poll, report, study … (source_documents.txt; plurals too)?"""
    documents = lex.words("source_documents")
    return any(w in documents or (w.endswith("s") and w[:-1] in documents) for w in words)


def _setting(sentence: Sentence, lex: Lexicon) -> Cue | None:
    """``In the latest poll, Clinton leads by 3 points``: the opening phrase is the source."""
    words = sentence.words
    first = next((w for w in words if w.upos != "PUNCT"), None)
    if first is None or first.lower != "in":
        return None
    comma = next((w.index for w in words[first.index + 1:first.index + 14] if w.text == ","), None)
    if comma is None or comma >= len(words) - 3:
        return None
    if not source_document([(w.lemma or w.text).lower() for w in words[first.index + 1:comma]], lex):
        return None
    return Cue(sentence.index, first.index, "setting", first.start, first.end)


def _is_verbal(sentence: Sentence, i: int) -> bool:
    w = sentence.words[i]
    if w.upos in ("VERB",):
        return True
    # the compact tagger sometimes tags a reporting verb as AUX/NOUN/ADJ in headline-like text
    return w.upos in ("AUX", "ADJ", "NOUN", "PROPN") and w.deprel in ("root", "parataxis", "ccomp", "conj", "advcl") \
        and w.lower in {"said", "says", "told", "added"}


# Particles that make a phrasal verb of their own (Quirk et al. 1985, 16.3: "show up", "call off",
# "back down" are idioms, not the verb plus a direction); an unlisted pair is not a cue.
_OTHER_VERB_PARTICLES = closed_class()["other_verb_particles"]


def _characterizes(sentence: Sentence, i: int) -> bool:
    """``has gone after Trump as a “human leech”``, ``admires Putin as a “strong leader,”``: any
    verb whose object is followed by "as" and a quotation characterises the object in someone's
    words — the quoted predicate makes it an attribution whatever the verb (Levin 29.2
    "characterize" frame: NP V NP as NP)."""
    words = sentence.words
    if words[i].upos != "VERB":
        return False
    kids = sentence.children(i)
    if not any(words[c].deprel == "obj" and c > i for c in kids):
        return False
    for c in kids:
        if c <= i or words[c].deprel.split(":")[0] not in ("obl", "advcl", "xcomp", "nmod"):
            continue
        tree = sentence.subtree(c)
        if any(words[k].lower == "as" and words[k].head == c for k in tree) and \
                any(words[k].text in QUOTE_WORDS for k in tree):
            return True
    return False


def _frames_a_quotation(sentence: Sentence, i: int) -> bool:
    """``“…,” he surmised.``, ``“…,” riffed the nominee.``, ``Kasich resisted: “…”``: a finite verb in
    the reporting clause of a quotation — after a quotation closed by its comma with only the
    speaker between, the sentence ending after them, or between the speaker and a colon opening
    a quotation — introduces the quotation whatever the verb (Chicago Manual 6.40, 6.63)."""
    words = sentence.words
    if words[i].upos != "VERB" or words[i].xpos not in ("VBD", "VBZ", "VBP"):
        return False
    if colon_opens_quotation(words, i):
        return i > 0 and words[i - 1].upos in ("PRON", "PROPN", "NOUN")
    k = quotation_before_speaker(words, i)
    if k is None:
        return False
    rest = words[i + 1:]
    if k == i - 1:  # inverted: the speaker after the verb ends the sentence
        return bool(rest) and rest[0].upos in ("PROPN", "NOUN", "DET") and all(
            w.upos in SPEAKER_WORDS or w.upos == "PUNCT" and w.text not in QUOTE_WORDS for w in rest)
    return not rest or rest[0].text in (".", ",", ";", "!", "?")


def _listed_particle(lex: Lexicon, lemma: str, particle: str) -> bool:
    verb = lex.verb(lemma, particle)
    return verb is not None and verb.particle == particle


def as_participle(sentence: Sentence, i: int) -> bool:
    """``as predicted``, ``as reported by …``: a past participle right after "as"."""
    return i > 0 and sentence.words[i].xpos == "VBN" and sentence.words[i - 1].lower == "as"


def _as_comparative(sentence: Sentence, i: int) -> bool:
    """``as predicted`` / ``as expected``: a participle in a comparative clause, with no agent."""
    words = sentence.words
    return as_participle(sentence, i) and \
        not any(words[c].deprel.split(":")[0] in ("obl", "nsubj") for c in sentence.children(i))


def _predicative(sentence: Sentence, i: int) -> bool:
    """``are afraid``, ``seemed confident``: an adjective with a copula, or the complement of a verb —
    not in a gerund ("the partner being supportive of her")."""
    words = sentence.words
    copulas = [c for c in sentence.children(i) if words[c].deprel == "cop"]
    if copulas:
        return all(words[c].xpos != "VBG" for c in copulas)
    return words[i].deprel == "xcomp" and words[words[i].head].xpos != "VBG"


def find_cues(sentence: Sentence, lexicon: Lexicon | None = None) -> list[Cue]:
    """Cue words of one parsed sentence, in text order."""
    lex = lexicon or load_lexicon()
    intentions = lex.words("intention_nouns")
    cues: list[Cue] = []
    words = sentence.words
    setting = _setting(sentence, lex)
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
            verb = _verb_cue(sentence, i, lemma, lex)
            if verb is not None:
                cues.append(Cue(sentence.index, i, "verb", w.start, w.end, verb))
        elif w.upos in ("NOUN", "PROPN") and (lemma in lex.nouns or lemma in intentions):
            cues.append(Cue(sentence.index, i, "noun", w.start, w.end))
        elif w.upos == "ADJ" and w.lower in lex.words("stance_adjectives") and _predicative(sentence, i):
            cues.append(Cue(sentence.index, i, "adjective", w.start, w.end))
        elif w.upos == "ADV" and w.lower in lex.words("evidential_adverbs"):
            cues.append(Cue(sentence.index, i, "adverb", w.start, w.end))
    return cues


def _particle(sentence: Sentence, i: int, lemma: str, lex: Lexicon) -> str | None:
    """The particle or preposition that makes word ``i`` a listed phrasal or prepositional verb."""
    words = sentence.words
    particle = next((words[c].lower for c in sentence.dependents(i, "compound")
                     if words[c].deprel == "compound:prt"), None)
    if particle is None and i + 1 < len(words) and (words[i + 1].upos == "ADP" or (
            words[i + 1].upos == "SCONJ" and words[i + 1].lower in ("for", "on"))):
        particle = words[i + 1].lower  # "call for", "write in" (prepositional verbs)
    if particle is None and i + 1 < len(words) and words[i + 1].lower == "it" and \
            _listed_particle(lex, lemma, "it"):
        particle = "it"  # "as Ms. Simonyan put it"
    if particle is None and i + 1 < len(words) and words[i + 1].upos == "ADV" and \
            _listed_particle(lex, lemma, words[i + 1].lower):
        particle = words[i + 1].lower  # "fired back/RB that …": the particle read as an adverb
    if lex.verb(lemma, particle) is None or lex.verb(lemma, particle).particle != particle:
        # "spoke out Tuesday about", "spoke emotionally of": the listed particle a word or two on
        # (not across another verb's particle: "went ahead after 23 minutes" is no "go after")
        particle = next((words[k].lower for k in range(i + 1, min(len(words), i + 4))
                         if words[k].upos == "ADP" and _listed_particle(lex, lemma, words[k].lower)
                         and all(words[j].upos in ("ADV", "ADP", "PROPN", "NOUN") and
                                 words[j].lower not in _OTHER_VERB_PARTICLES for j in range(i + 1, k))),
                        particle)
    return particle


def _verb_cue(sentence: Sentence, i: int, lemma: str, lex: Lexicon) -> ReportingVerb | None:
    """The reporting verb word ``i`` is, if any (a characterising verb gets a verb of its own)."""
    words = sentence.words
    particle = _particle(sentence, i, lemma, lex)
    # the lemmatizer misses some forms ("smiled" → "smiled"): fall back on the surface form
    verb = lex.verb(lemma, particle) or lex.verb_from_form(words[i].lower, particle)
    if verb is not None and verb.particle is None and particle in _OTHER_VERB_PARTICLES and any(
            words[c].deprel == "compound:prt" and i < c <= i + 3 and
            all(words[k].upos != "PUNCT" for k in range(i + 1, c))
            for c in sentence.dependents(i, "compound")):
        verb = None  # "show up", "back down", "call off": another verb than "show", "call"
    if verb is not None and _as_comparative(sentence, i):
        verb = None  # "Patriot failed as predicted": no one's words
    if verb is None and _characterizes(sentence, i):
        verb = ReportingVerb(lemma, None, "stance", "neutral", "np-predicate")
    if verb is None and _frames_a_quotation(sentence, i):
        verb = ReportingVerb(lemma, None, "speech", "neutral", "quote")
    return verb
