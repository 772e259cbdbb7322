"""Stage: speakers as entities — names, roles, affiliations, aliases and pronouns.

Each source mention is read into a name, a role ("Kremlin spokesman"), an
affiliation ("Kremlin") and a kind, then linked to an entity:

* people by name: a surname or a shorter form matches the full name
  ("Peskov" = "Dmitry Peskov"; honorifics ignored);
* organisations by head noun and modifiers ("the army" = "the Turkish army");
* definite role descriptions to the last person holding that role ("the spokesman");
* pronouns to the most recent compatible entity (he/she → person, it →
  organisation, they → group/organisation), looking at earlier sources and at the
  subject of the previous sentence — the salience order of centering theory
  (Grosz, Joshi & Weinstein 1995) and Lappin & Leass (1994), simplified;
* anonymous and vague sources ("a source", "officials") stay apart, as the AP
  Stylebook asks for each anonymous source to be described on its own;
* in a Q-and-A interview, the "A:" label is the person interviewed, named in the
  headline and introduction (AP Stylebook, "Q-and-A format").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from attrib.attribution import Attribution
from attrib.attribution.tree import noun_phrase
from attrib.document import Document, Sentence, Word
from attrib.lexicon import Lexicon, load_lexicon, read_list
from attrib.records import Span, Speaker

__all__ = ["Mention", "Entity", "read_mention", "resolve_speakers"]

_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "one", "some", "several", "two", "three",
                "many", "other", "another", "its", "his", "her", "their", "our"}
_HONORIFICS = {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame", "prof."}

@dataclass
class Mention:
    span: tuple[int, int]
    text: str
    kind: str
    name: str
    role: str | None = None
    affiliation: str | None = None
    pronoun: str | None = None
    head: str = ""
    modifiers: frozenset[str] = frozenset()


@dataclass
class Entity:
    id: str
    kind: str
    name: str
    role: str | None
    affiliation: str | None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    heads: set[str] = field(default_factory=set)
    modifiers: set[str] = field(default_factory=set)
    last: int = 0

    def surname(self) -> str:
        return self.name.split()[-1].lower() if self.name else ""


def _mention_words(sentence: Sentence | None, span: tuple[int, int]) -> list[Word]:
    if sentence is None:
        return []
    return [w for w in sentence.words if w.start >= span[0] and w.end <= span[1]]


def _capitalised(w: Word) -> bool:
    return w.upos == "PROPN" or (w.text[:1].isupper() and w.upos not in ("DET", "PRON", "ADP", "PUNCT"))


def _title_positions(words: list[Word], lex: Lexicon) -> list[int]:
    out = []
    for i, w in enumerate(words):
        if w.lower in lex.titles or (w.lemma or "").lower() in lex.titles:
            out.append(i)
        elif i + 1 < len(words) and f"{w.lower} {words[i + 1].lower}" in lex.titles:
            out.append(i + 1)
    return out


@dataclass
class _Reading:
    """A mention split into the parts ``read_mention`` decides on."""

    text: str
    span: tuple[int, int]
    surface: str
    words: list[Word]
    content: list[Word]
    appositive: list[Word]
    head_word: Word
    head: int | None
    titles: list[int]
    run: list[Word]
    start: int = 0
    role: str | None = None
    affiliation: str | None = None


def _as_written(text: str, words: list[Word]) -> str:
    """Words as the text writes them ("city's chief engineer"), not re-joined tokens ("city 's")."""
    if not words:
        return ""
    if words[0].start <= words[-1].end and words[0].start < words[-1].end <= len(text):
        return text[words[0].start:words[-1].end]
    return " ".join(w.text for w in words)


def _trim_time_words(words: list[Word], lex: Lexicon) -> list[Word]:
    """A mention ends at its noun phrase: "Helix Therapeutics Inc. today" → "Helix Therapeutics Inc.",
    "a CNN/ORC poll in February" → "a CNN/ORC poll", "Sanders in the past" → "Sanders" (the time
    phrase goes whole: its determiners and numbers with it)."""
    times = lex.words("time_words")
    out = list(words)
    trimmed = False
    while len(out) > 1:
        if out[-1].lower in times or out[-1].upos == "PUNCT" and out[-1].text in ",;:—–-":
            trimmed = True
        elif not (trimmed and out[-1].upos in ("ADP", "DET", "NUM")):
            break
        out.pop()
    return out


def _head_of(sentence: Sentence | None, head: int | None, span: tuple[int, int],
             content: list[Word]) -> tuple[Word, int | None]:
    head_word = None
    if sentence is not None and head is not None and 0 <= head < len(sentence.words):
        hw = sentence.words[head]
        if span[0] <= hw.start and hw.end <= span[1]:
            head_word = hw
    if head_word is None:
        head = None  # the head belongs to another sentence (a continued speaker): read the words only
    if head_word is None or head_word not in content:
        head_word = content[-1]
    return head_word, head


def _split(text: str, span: tuple[int, int], sentence: Sentence | None, head: int | None,
           lex: Lexicon) -> _Reading:
    surface = text[span[0]:span[1]]
    words = _trim_time_words(_mention_words(sentence, span), lex)
    if not words:
        words = [Word(i, t, span[0], span[1]) for i, t in enumerate(surface.split())]
    # "Kerem Yalvaç, a defence analyst at …": name and title before the first comma, the rest is a role
    comma = next((k for k, w in enumerate(words) if w.text == "," and k > 0), None)
    appositive = words[comma + 1:] if comma is not None else []
    main = words[:comma] if comma is not None else words
    content = [w for w in main if w.lower not in _DETERMINERS and w.upos not in ("DET", "PUNCT", "PART")
               and w.text not in ("'s", "’s")] or main
    head_word, head = _head_of(sentence, head, span, content)
    titles = _title_positions(content, lex)
    return _Reading(text, span, surface, words, content, appositive, head_word, head, titles, [])


def _name_runs(r: _Reading, lex: Lexicon) -> None:
    """A name: the last run of capitalised words after the last title (the one holding the head,
    if any); lower-case words before it are a role ("military commentator Viktor Larionov").
    After a title, a run ends at "of"/"at": "Professor Lena Hartwig of the University of Bremen"."""
    content = r.content
    r.start = r.titles[-1] + 1 if r.titles else 0
    runs: list[list[Word]] = [[]]
    for w in content[r.start:]:
        if _capitalised(w) and w.lower not in _HONORIFICS and w.lower not in lex.titles and \
                not (w.index == 0 and w.upos == "NOUN"):  # "Sources close to …": capitalised, not a name
            runs[-1].append(w)
        elif runs[-1]:
            runs.append([])
    runs = [x for x in runs if x]
    if r.titles and len(runs) > 1 and not any(w.lower in lex.organisations for w in runs[0]):
        runs = runs[:1]
    r.run = next((x for x in runs if r.head_word in x), runs[-1] if runs else [])
    if r.run and not r.titles and r.run is runs[-1] and len(r.run) >= 2 and content.index(r.run[0]) > 0:
        before = content[:content.index(r.run[0])]
        if before and all(w.upos in ("NOUN", "ADJ", "PROPN") or w.text[:1].islower() for w in before):
            r.titles = [content.index(r.run[0]) - 1]
            r.start = r.titles[0] + 1


def _roles(r: _Reading, sentence: Sentence | None, lex: Lexicon) -> None:
    """Role and affiliation: words before the name ("Kremlin spokesman"), else an apposition
    ("…, Chief Medical Officer of Helix Therapeutics": role before "of", affiliation after)."""
    content = r.content
    role_words = [w for w in content[:r.start] if w.lower not in _HONORIFICS] if r.titles else []
    r.role = _as_written(r.text, role_words) or None
    if r.titles:
        before_title = [w for w in content[:r.titles[0]] if _capitalised(w)]
        if before_title:
            r.affiliation = " ".join(w.text for w in before_title)
    if r.run and r.titles and r.run[-1] is not content[-1]:
        after = content[content.index(r.run[-1]) + 1:]
        if after and after[0].lower in ("of", "at", "from", "for") and any(_capitalised(w) for w in after[1:]):
            r.affiliation = r.affiliation or _as_written(r.text, after[1:])
    if r.role is None and r.appositive:
        _appositive_parts(r, lex)
    if sentence is not None and r.head is not None and r.role is None:
        r.role, aff = _appositive_role(sentence, r.head, lex)
        r.affiliation = r.affiliation or aff


def _appositive_parts(r: _Reading, lex: Lexicon) -> None:
    described = [w for w in r.appositive if w.upos not in ("DET", "PUNCT") and w.lower not in _DETERMINERS]
    if not any(w.lower in lex.titles or (w.lemma or "").lower() in lex.titles for w in described):
        return
    prep = next((k for k, w in enumerate(described) if k > 0 and w.lower in ("of", "at", "for", "from")
                 and any(_capitalised(x) for x in described[k + 1:])), None)
    if prep is None:
        r.role = _as_written(r.text, described)
        return
    r.role = _as_written(r.text, described[:prep])
    owner = [w for w in described[prep + 1:] if w.upos != "DET" and w.lower not in ("the",)]
    r.affiliation = r.affiliation or _as_written(r.text, owner) or None


def read_mention(text: str, span: tuple[int, int], sentence: Sentence | None, head: int | None,
                 lex: Lexicon | None = None) -> Mention:
    """What a source mention says about its speaker: kind, name, role, affiliation."""
    lex = lex or load_lexicon()
    surface = text[span[0]:span[1]]
    lowered = surface.lower().strip()
    if lowered in lex.pronouns:
        return Mention(span, surface, "pronoun", surface, pronoun=lowered, head=lowered)
    r = _split(text, span, sentence, head, lex)
    if r.words and r.words[-1].end < span[1] and span[0] <= r.words[-1].end:
        r.span = (span[0], r.words[-1].end)  # trailing time words are not part of the mention
        r.surface = text[r.span[0]:r.span[1]]
    _name_runs(r, lex)
    _roles(r, sentence, lex)
    return _by_entities(r, lex) or _by_name(r, lex) or _by_description(r, lex)


def _modifiers_of(r: _Reading) -> frozenset[str]:
    return frozenset(w.lower for w in r.content if w is not r.head_word)


def _head_lemma(r: _Reading) -> str:
    return (r.head_word.lemma or r.head_word.text).lower()


def _by_entities(r: _Reading, lex: Lexicon) -> Mention | None:
    """The kind an NER model gives (official models only), and "Moscow said" (a place: the government)."""
    content = r.content
    typed = _kind_from_entities(content, r.head_word)
    if typed == "person":
        people = [w for w in content if w.entity_type == "PERSON"]
        role_words = content[:content.index(people[0])] if people else []
        return Mention(r.span, r.surface, "person", " ".join(w.text for w in people),
                       r.role or (" ".join(w.text for w in role_words) or None), r.affiliation,
                       head=people[-1].lower if people else r.head_word.lower)
    if typed:
        return Mention(r.span, r.surface, typed, " ".join(w.text for w in content), None, r.affiliation,
                       head=_head_lemma(r), modifiers=_modifiers_of(r))
    places = lex.words("places")
    named = [w.lower for w in content if w.lower not in ("and", "or", "&")]
    if " ".join(w.lower for w in content) in places or (len(named) > 1 and all(n in places for n in named)):
        return Mention(r.span, r.surface, "organisation", " ".join(w.text for w in content), None, None,
                       head=_head_lemma(r), modifiers=_modifiers_of(r))
    return None


def _org_head(r: _Reading, lex: Lexicon) -> bool:
    return _head_lemma(r) in lex.organisations or r.head_word.lower in lex.organisations


def _by_name(r: _Reading, lex: Lexicon) -> Mention | None:
    """A person by name ("Dmitry Peskov"), unless the run is an organisation's or an outlet's."""
    run = r.run
    if run and not _org_head(r, lex) and not any(w.lower in lex.organisations for w in run) and \
            (r.titles or len(run) >= 2 or r.head_word in run) and not _is_outlet(run, r.words):
        return Mention(r.span, r.surface, "person", " ".join(w.text for w in run), r.role, r.affiliation,
                       head=run[-1].lower, modifiers=frozenset(w.lower for w in run[:-1]))
    if not run and r.appositive:
        names = [w for w in r.appositive if w.upos == "PROPN"]
        if names and len(names) == len([w for w in r.appositive if w.upos != "PUNCT"]) and \
                not _org_head(r, lex) and not any(w.lower in lex.organisations for w in names):
            # "Coastline's founder, Rebecca Lyle": the name is in the apposition
            return Mention(r.span, r.surface, "person", " ".join(w.text for w in names),
                           _as_written(r.text, [w for w in r.content if w.lower not in _HONORIFICS]) or None,
                           r.affiliation, head=names[-1].lower,
                           modifiers=frozenset(w.lower for w in names[:-1]))
    return None


def _by_description(r: _Reading, lex: Lexicon) -> Mention:
    """Organisations, anonymous sources, groups and roles with no name."""
    content, head_word, run = r.content, r.head_word, r.run
    head_lemma, modifiers = _head_lemma(r), _modifiers_of(r)
    # the words as written, from the first to the last content word ("Russia’s defence ministry",
    # "Ministry of the Interior"), not re-joined tokens ("Russia defence ministry")
    bare = r.text[content[0].start:content[-1].end] if content[0].end <= content[-1].end and \
        r.span[0] <= content[0].start and content[-1].end <= r.span[1] else " ".join(w.text for w in content)
    owner = _press_unit_owner(content, lex)
    if owner:  # "the Kremlin press service" is the Kremlin speaking
        return Mention(r.span, r.surface, "organisation", " ".join(w.text for w in owner), None, r.affiliation,
                       head=(owner[-1].lemma or owner[-1].text).lower(),
                       modifiers=frozenset(w.lower for w in owner[:-1]))
    if _org_head(r, lex) or (run and r.words[0].lower == "the") or (run and head_word in run):
        return Mention(r.span, r.surface, "organisation", bare, r.role, r.affiliation, head=head_lemma,
                       modifiers=modifiers)
    plural = head_word.feat("Number") == "Plur" or head_word.lower.endswith("s")
    level = lex.anonymous.get(head_word.lower) or lex.anonymous.get(head_lemma)
    if level is not None:
        vague = lex.words("vague_modifiers")
        specific = [m for m in modifiers if m not in vague and m not in lex.anonymous]
        named = any(_capitalised(w) for w in content if w is not head_word)
        # "a senior Turkish official", "military sources": unnamed however described;
        # "Russian officials": a group the reader can identify
        if level == "always" or (level == "bare" and not plural) or (not specific and not named):
            return Mention(r.span, r.surface, "anonymous", bare, None, r.affiliation, head=head_lemma,
                           modifiers=modifiers)
    if plural and (head_word.lower in lex.groups or head_lemma in lex.groups):
        return Mention(r.span, r.surface, "group", bare, None, r.affiliation, head=head_lemma, modifiers=modifiers)
    if r.titles:
        return Mention(r.span, r.surface, "person", "", r.role or bare, r.affiliation, head=head_lemma,
                       modifiers=modifiers)
    return Mention(r.span, r.surface, "unknown", bare, r.role, r.affiliation, head=head_lemma, modifiers=modifiers)


def _press_unit_owner(content: list[Word], lex: Lexicon) -> list[Word]:
    """``Kremlin press service`` → the words of its owner (``Kremlin``): capitalised words
    before a listed press or information unit (``press_units.txt``), else nothing."""
    for unit in lex.words("press_units"):
        size = len(unit.split())
        if len(content) > size and " ".join(w.lower for w in content[-size:]) == unit:
            owner = content[:-size]
            return owner if all(_capitalised(w) for w in owner) else []
    return []


_ENTITY_KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "organisation", "NORP": "group"}


def _kind_from_entities(content: list[Word], head_word: Word) -> str | None:
    """The kind an NER model gives the mention's head (official models only), else None."""
    if head_word.entity_type in _ENTITY_KINDS:
        return _ENTITY_KINDS[head_word.entity_type]
    types = [w.entity_type for w in content if w.entity_type in _ENTITY_KINDS]
    return _ENTITY_KINDS[types[-1]] if types else None


def _is_outlet(run: list[Word], words: list[Word]) -> bool:
    """"The New York Times": a capitalised name behind "the" is an organisation, not a person."""
    return bool(words) and words[0].lower == "the"


def _appositive_role(sentence: Sentence, head: int, lex: Lexicon) -> tuple[str | None, str | None]:
    """``Peskov, the Kremlin spokesman, said``: the role sits in an apposition."""
    for c in sentence.children(head):
        if sentence.words[c].deprel != "appos":
            continue
        idx = [i for i in sentence.subtree(c) if sentence.words[i].upos not in ("PUNCT", "DET")]
        words = [sentence.words[i] for i in idx]
        if any(w.lower in lex.titles for w in words):
            role = " ".join(w.text for w in words)
            caps = [w.text for w in words if _capitalised(w) and w.lower not in lex.titles]
            return role, " ".join(caps) or None
    return None, None


def _norm_person(name: str) -> list[str]:
    return [t.lower().strip(".,") for t in name.split() if t.lower() not in _HONORIFICS]


def _same_person(a: str, b: str) -> bool:
    ta, tb = _norm_person(a), _norm_person(b)
    if not ta or not tb:
        return False
    if ta[-1] == tb[-1]:
        return True
    return set(ta) <= set(tb) or set(tb) <= set(ta)


class _Resolver:
    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.entities: list[Entity] = []

    def new(self, m: Mention, kind: str | None = None) -> Entity:
        e = Entity(f"s{len(self.entities) + 1}", kind or m.kind, m.name or m.text, m.role, m.affiliation)
        self.entities.append(e)
        return e

    def add(self, e: Entity, m: Mention) -> Entity:
        e.mentions.append(m.span)
        e.last = m.span[0]
        if m.kind == e.kind and len(m.name) > len(e.name) and m.kind in ("person", "organisation"):
            if e.kind != "person" or _same_person(m.name, e.name):
                e.name = m.name
        e.role = e.role or m.role
        e.affiliation = e.affiliation or m.affiliation
        if m.head and m.kind != "pronoun":
            e.heads.add(m.head)
            e.modifiers |= set(m.modifiers)
        return e

    def match(self, m: Mention) -> Entity | None:
        for e in reversed(self.entities):
            if m.kind == "person" and e.kind == "person":
                if m.name and e.name and _same_person(m.name, e.name):
                    return e
                if not m.name and m.role and e.role and m.head in (e.role.lower().split()):
                    return e  # "the spokesman" after "Kremlin spokesman Dmitry Peskov"
            if m.kind == "organisation" and e.kind == "organisation":
                if m.name.lower() == e.name.lower():
                    return e
                if m.head in e.heads and (m.modifiers <= e.modifiers or e.modifiers <= m.modifiers):
                    return e
            if m.kind == "person" and e.kind == "organisation" and len(m.name.split()) == 1 and \
                    len(e.name.split()) > 1 and e.name.split()[0].lower() == m.name.lower():
                return e  # "Meridian said" after "Meridian Health Partners"
            if m.kind == "group" and e.kind == "group" and m.name.lower() == e.name.lower():
                return e
            if m.kind == "anonymous" and e.kind == "anonymous" and m.text.lower().startswith("the ") and \
                    m.head in e.heads:
                return e
        return None

    def subject_before(self, sentence_index: int, before: int, kinds: frozenset[str]) -> Mention | None:
        """The subject of the sentence before, if it can be what the pronoun stands for."""
        s = _sentence(self.doc, sentence_index - 1)
        if s is None or not s.parsed:
            return None
        root = next((w.index for w in s.words if w.head < 0), None)
        if root is None:
            return None
        for c in s.children(root):
            if s.words[c].deprel.startswith("nsubj"):
                idx = noun_phrase(s, c)
                span = (s.words[idx[0]].start, s.words[idx[-1]].end)
                if span[1] > before:
                    return None
                m = read_mention(self.doc.text, span, s, c, self.lex)
                if m.kind in kinds:
                    return m
        return None


def _sentence(doc: Document, index: int) -> Sentence | None:
    if 0 <= index < len(doc.sentences) and doc.sentences[index].index == index:
        return doc.sentences[index]
    return next((s for s in doc.sentences if s.index == index), None)


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'\u2019-]*\.?(?:[ \t]+[A-Z][\w'\u2019-]*\.?)+")


def _answer_labels(doc: Document, attributions: list[Attribution]) -> tuple[list[Attribution], int]:
    """The "A:" speaker labels of a Q-and-A interview (at least two, or one with a "Q:" label) and
    where the first label of any kind starts; not a Q-and-A: ([], 0)."""
    labels = [(doc.text[a.source[0]:a.source[1]].strip().upper(), a) for a in attributions
              if a.construction == "speaker-label" and a.source is not None]
    marks = Counter(mark for mark, _ in labels)
    if marks["A"] < 2 and not (marks["A"] and marks["Q"]):
        return [], 0
    return [a for mark, a in labels if mark == "A"], min(a.source[0] for _, a in labels)  # type: ignore[index]


def _interviewee(doc: Document, before: int, lex: Lexicon) -> Mention | None:
    """The person a Q-and-A's headline and introduction (the text ``before`` its first label) name
    most often, by surname; the earliest on a tie.  Leading titles are dropped ("Actress Diane
    Guerrero")."""
    counts: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    for found in _CAPITALISED_RUN.finditer(doc.text, 0, before):
        words = found.group().rstrip(".").split()
        while words and words[0].lower().rstrip(".") in lex.titles:
            words.pop(0)
        if len(words) < 2:
            continue
        start = found.start() + found.group().index(words[0])
        span = (start, start + len(" ".join(words)))
        if doc.text[span[0]:span[1]] != " ".join(words):
            continue  # (a tab or double space inside the run)
        mention = read_mention(doc.text, span, None, None, lex)
        if mention.kind != "person":
            continue
        key = words[-1].lower()
        counts[key] += 1
        first.setdefault(key, mention)
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], -first[k].span[0]))
    return first[best]


def resolve_speakers(doc: Document, attributions: list[Attribution],
                     lexicon: Lexicon | None = None) -> tuple[list[Speaker], dict[int, str]]:
    """Speakers of a document, and for each attribution (by position) its speaker id."""
    lex = lexicon or load_lexicon()
    r = _Resolver(doc, lex)
    assigned: dict[int, str] = {}
    by_obj: dict[int, Entity] = {}
    answer_labels, first_label = _answer_labels(doc, attributions)
    answers = {id(a) for a in answer_labels}
    interviewee = _interviewee(doc, first_label, lex) if answers else None
    for k, att in enumerate(attributions):
        if att.source is None:
            continue
        if att.inherits is not None and id(att.inherits) in by_obj and att.inherits.source == att.source:
            e = by_obj[id(att.inherits)]
            by_obj[id(att)] = e
            assigned[k] = e.id
            continue
        sentence = _sentence(doc, att.sentence)
        _widen_to_access_holder(att, sentence, lex)
        m = read_mention(doc.text, att.source, sentence, att.source_head, lex)
        if interviewee is not None and id(att) in answers:  # "A: …" is the person interviewed
            m = Mention(att.source, m.text, "person", interviewee.name, interviewee.role, interviewee.affiliation,
                        head=interviewee.head, modifiers=interviewee.modifiers)
            if not r.match(m):
                r.add(r.new(m), interviewee)  # (the introduction's mention of the name)
        if m.span != att.source and att.source[0] <= m.span[0] < m.span[1] <= att.source[1]:
            att.source = m.span  # the mention ends at its noun phrase ("… Inc. today" → "… Inc.")
        e: Entity | None = None
        if m.kind == "pronoun":
            e = _resolve_pronoun(r, att, m, sentence, lex)
        else:
            e = r.match(m) or r.new(m)
        if e is None:
            e = r.new(m, kind="unknown")
        r.add(e, m)
        by_obj[id(att)] = e
        assigned[k] = e.id
    speakers = [
        Speaker(e.id, e.name, e.kind, e.role,  # type: ignore[arg-type]
                tuple(Span.of(doc.text, s, t) for s, t in sorted(set(e.mentions))), e.affiliation)
        for e in r.entities if e.mentions
    ]
    return speakers, assigned


def _widen_to_access_holder(att: Attribution, sentence: Sentence | None, lex: Lexicon) -> None:
    """"Sources close to the trial said": the source is who has the access, not what it is to
    (a misattached parse picks "the trial").  Widen the source to the noun before "close to",
    "familiar with", "briefed on" (``sourcing_modifiers.tsv``: access)."""
    if sentence is None or att.source is None:
        return
    access = {w for w, effect in _access_words() if effect == "access"}
    words = sentence.words
    first = next((w.index for w in words if w.start >= att.source[0]), None)
    if first is None or first < 2:
        return
    k = first - 1
    if words[k].upos == "ADP" or words[k].lower in ("to", "with", "on", "of", "in"):
        k -= 1
    if k < 1 or words[k].lower not in access:
        return
    if words[k].lower == "knowledge" and k >= 2 and words[k - 1].lower == "with":
        k -= 1
    holder = k - 1
    if words[holder].upos not in ("NOUN", "PRON", "PROPN"):
        return
    begin = holder
    while begin > 0 and words[begin - 1].upos in ("DET", "NUM", "ADJ", "NOUN") and words[begin - 1].text != ",":
        begin -= 1
    att.source = (words[begin].start, att.source[1])
    att.source_head = holder


@cache
def _access_words() -> tuple[tuple[str, str], ...]:
    return tuple((row[0].lower(), row[1]) for row in read_list("sourcing_modifiers.tsv"))


def _resolve_pronoun(r: _Resolver, att: Attribution, m: Mention, sentence: Sentence | None,
                     lex: Lexicon) -> Entity | None:
    kinds, _number = lex.pronouns.get(m.pronoun or "", (frozenset(), "any"))
    if m.pronoun in ("who", "that", "which") and sentence is not None and att.antecedent is not None:
        head = att.antecedent
        if sentence.words[head].deprel == "appos" and 0 <= sentence.words[head].head < head:
            head = sentence.words[head].head  # "Maria Lopez, a council member who argues …": the name
        idx = [k for k in noun_phrase(sentence, head) if sentence.words[k].end <= m.span[0]]
        cut = next((k for k in idx if k > head and sentence.words[k].text in (",", "(", "\u2014")), None)
        idx = [k for k in idx if cut is None or k < cut] or [head]
        span = (sentence.words[idx[0]].start, sentence.words[idx[-1]].end)
        am = read_mention(r.doc.text, span, sentence, head, lex)
        found = r.match(am) or r.new(am)
        r.add(found, am)  # the antecedent is a mention of the speaker as much as "who" is
        return found
    allowed = set(kinds)
    if "unknown" in allowed:
        allowed.add("anonymous")
    candidates = [e for e in r.entities if e.kind in allowed and e.mentions and e.last < m.span[0]]
    recent = max(candidates, key=lambda e: e.last, default=None)
    subject = r.subject_before(att.sentence, m.span[0], frozenset(allowed))
    if subject is not None and (recent is None or subject.span[0] > recent.last):
        found = r.match(subject) or r.new(subject)
        r.add(found, subject)
        return found
    return recent
