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
from attrib.quotes import CLOSING_QUOTE_TOKENS, OPENING_QUOTE_TOKENS, QUOTE_MARKS

__all__ = ["Cue", "as_participle", "find_cues", "may_attribute"]


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue word in a parsed sentence: ``kind`` is verb, according, noun, adjective or setting.

    A setting is a sentence-opening "In <poll/report/study …>," that sources the clause.
    """

    sentence: int
    word: int
    kind: str
    start: int
    end: int
    verb: ReportingVerb | None = None


_WORD = re.compile(r"[A-Za-z]+")
# a verb form right after one of these is a noun ("the state", "his remarks", "a plan")
_NOUN_BEFORE = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "whose",
                          "every", "each", "no", "any"})
_FIRST_PERSON = frozenset({"i", "we", "you"})
_BELIEF_BRIDGE = frozenset({"do", "don", "t", "really", "just", "also", "still", "all", "truly"})


@dataclass(frozen=True)
class _Triggers:
    particle_only: dict[str, frozenset[str]]  # "go" counts only as "go on", "campaign" as "campaign for"
    quote_only: frozenset[str]                # "smiled", "continued": cues of an adjacent quotation only
    belief: frozenset[str]                    # "I think", "you know": never a source of their own
    as_only: frozenset[str]                   # "see X as Y", "as X put it": only with an "as" in the sentence
    personal: frozenset[str]                  # "Trump backed …": a person (name, pronoun, poll share) before


@cache
def _triggers() -> _Triggers:
    lex = load_lexicon()
    plain = {lemma for lemma, particle in lex.verbs if particle is None}
    particles: dict[str, set[str]] = {}
    for lemma, particle in lex.verbs:
        if particle and lemma not in plain:
            particles.setdefault(lemma, set()).add(particle)
    quote_only = {lemma for (lemma, particle), v in lex.verbs.items()
                  if particle is None and (v.category == "nonspeech" or "quote" in v.frames)}
    belief = {lemma for (lemma, particle), v in lex.verbs.items() if particle is None and v.category == "belief"}
    frames = {lemma: v.frames for (lemma, particle), v in lex.verbs.items() if particle is None}
    as_only = {lemma for lemma, f in frames.items() if f and f <= {"as-predicate", "as-clause"}}
    personal = {lemma for lemma, f in frames.items() if "personal" in f}
    return _Triggers({k: frozenset(v) for k, v in particles.items()}, frozenset(quote_only), frozenset(belief),
                     frozenset(as_only), frozenset(personal))


_PERSON_WORDS = frozenset({"he", "she", "they", "who", "i", "we"})  # (poll shares come from poll_shares.txt)
_DEMONYM_ENDINGS = ("ish", "ian", "ese")


def _person_before(raw: list[str], words: list[str], i: int) -> bool:
    """Could someone who holds a view stand in the six words before word ``i``: a personal pronoun,
    a title, an anonymous source, a poll share, or a capitalised word that is
    not a place or a nationality ("Moscow supporting", "Russian jets")?  Not right after a
    preposition ("in support of")."""
    lex = load_lexicon()
    if i and words[i - 1] in ("in", "of", "for", "with", "without", "by", "on"):
        return False
    stop, places = lex.words("stopwords"), lex.words("places")
    for w, r in zip(words[max(0, i - 6):i], raw[max(0, i - 6):i]):
        if w in _PERSON_WORDS or w in lex.titles or w in lex.anonymous or w in lex.words("poll_shares"):
            return True
        if r[:1].isupper() and w not in stop and w not in places and not w.endswith(_DEMONYM_ENDINGS):
            return True
    return False


def _verb_trigger(raw: list[str], words: list[str], i: int, lemma: str, quoted: bool) -> bool:
    """Is word ``i`` (a reporting-verb form) plausibly that verb, from its neighbours alone?"""
    t = _triggers()
    prev = words[i - 1] if i else ""
    if prev in _NOUN_BEFORE:
        return False
    if i and raw[i][0].isupper() and raw[i - 1][0].isupper() and i + 1 < len(raw) and raw[i + 1][0].islower():
        return False  # inside a name ("United States", "the Washington Post"), not a title-case headline
    if lemma in t.particle_only:
        return any(w in t.particle_only[lemma] for w in words[i + 1:i + 4])
    if lemma in t.quote_only:
        return quoted
    if lemma in t.personal and not _person_before(raw, words, i):
        return False  # "their support", "in support of", "Turkish-backed forces": no one who could hold a view
    if lemma in t.as_only:
        return "as" in words or quoted  # (a quotation may be what was seen: "Obama Sees 'Personal Insult'")
    if lemma in t.belief and (prev in _FIRST_PERSON or (
            i > 1 and prev in _BELIEF_BRIDGE and words[i - 2] in _FIRST_PERSON)):
        return False
    return True


# what can follow a stance adjective's clause or topic: "afraid that", "sure he", "critical of"
_ADJECTIVE_COMPLEMENT = frozenset({"that", "about", "over", "of", "he", "she", "they", "we", "it", "the", "this"})


def may_attribute(sentence_text: str) -> bool:
    """Cheap test: could this sentence hold a cue that needs a parse?

    A reporting verb form that its neighbours do not rule out (a determiner before it
    makes it a noun, a particle verb needs its particle, "I think" is a hedge),
    "according", an intention noun before "to" ("his plan to …"), or a reporting noun
    followed by "that" ("the ministry's statement that …").  Quotations alone need no
    parse: stand-alone quotes, dash credits and speaker labels are read from the text,
    and a quote with a cue in its sentence has the cue.  Measured on PolNeAR dev: the
    neighbour checks skip a quarter of the parses that found nothing.
    """
    lex = load_lexicon()
    nouns, intentions, adjectives = lex.nouns, lex.words("intention_nouns"), lex.words("stance_adjectives")
    raw = _WORD.findall(sentence_text)
    words = [w.lower() for w in raw]
    if words[:1] == ["in"] and _source_document(words[1:12]):
        return True
    quoted = any(mark in sentence_text for mark in QUOTE_MARKS) or sentence_text.rstrip().endswith(":")
    if quoted and _AS_QUOTED.search(sentence_text):
        return True  # "admires Putin as a “strong leader”": any verb can characterise (_characterizes)
    for i, w in enumerate(words):
        lemma = lex.forms.get(w)
        if w == "according" or (lemma is not None and _verb_trigger(raw, words, i, lemma, quoted)):
            return True
        if (w in nouns and "that" in words[i + 1:i + 4]) or (w in intentions and words[i + 1:i + 2] == ["to"]):
            return True
        if w in adjectives and words[i + 1:i + 2] and words[i + 1] in _ADJECTIVE_COMPLEMENT:
            return True  # "are afraid that …", "were frustrated that …", "is critical of …"
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


# Particles that make a phrasal verb of their own (Quirk et al. 1985, 16.3: "show up", "call off",
# "back down" are idioms, not the verb plus a direction); an unlisted pair is not a cue.
_OTHER_VERB_PARTICLES = frozenset({"up", "off", "down", "away", "over", "back", "around", "through", "in"})


_QUOTE_WORDS = QUOTE_MARKS | OPENING_QUOTE_TOKENS | CLOSING_QUOTE_TOKENS
_AS_QUOTED = re.compile(r"(?i)\bas\s+(?:an?\s+|the\s+)?[\"“‘']")


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
                any(words[k].text in _QUOTE_WORDS for k in tree):
            return True
    return False


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
            if particle is None and i + 1 < len(words) and words[i + 1].lower == "it" and \
                    _listed_particle(lex, lemma, "it"):
                particle = "it"  # "as Ms. Simonyan put it"
            if lex.verb(lemma, particle) is None or lex.verb(lemma, particle).particle != particle:
                # "spoke out Tuesday about", "spoke emotionally of": the listed particle a word or two on
                particle = next((words[k].lower for k in range(i + 1, min(len(words), i + 4))
                                 if words[k].upos == "ADP" and _listed_particle(lex, lemma, words[k].lower)
                                 and all(words[j].upos in ("ADV", "ADP", "PROPN", "NOUN") for j in range(i + 1, k))),
                                particle)
            # the lemmatizer misses some forms ("smiled" → "smiled"): fall back on the surface form
            verb = lex.verb(lemma, particle) or lex.verb_from_form(w.lower, particle)
            if verb is not None and verb.particle is None and particle in _OTHER_VERB_PARTICLES and any(
                    words[c].deprel == "compound:prt" and i < c <= i + 3 and
                    all(words[k].upos != "PUNCT" for k in range(i + 1, c))
                    for c in sentence.dependents(i, "compound")):
                verb = None  # "show up", "back down", "call off": another verb than "show", "call"
            if verb is not None and _as_comparative(sentence, i):
                verb = None  # "Patriot failed as predicted": no one's words
            if verb is None and _characterizes(sentence, i):
                verb = ReportingVerb(lemma, None, "stance", "neutral", "np-predicate")
            if verb is not None:
                cues.append(Cue(sentence.index, i, "verb", w.start, w.end, verb))
        elif w.upos in ("NOUN", "PROPN") and (lemma in lex.nouns or lemma in intentions):
            cues.append(Cue(sentence.index, i, "noun", w.start, w.end))
        elif w.upos == "ADJ" and w.lower in lex.words("stance_adjectives") and _predicative(sentence, i):
            cues.append(Cue(sentence.index, i, "adjective", w.start, w.end))
    return cues
