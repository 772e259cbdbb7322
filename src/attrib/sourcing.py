"""Stage: sourcing — how well each statement is sourced (named, described, anonymous, vague…).

Every speaker, and every attribution without one, gets a class with its evidence:

* ``named_person`` / ``named_organisation``: the mention's head is a name;
* ``document``: a report, study, poll, statement, records, data (PARC 3.0 source inventory);
* ``unnamed_described``: an office holder with an affiliation ("a senior State Department
  official", "Economists at Nordbank") — AP: say the source's position and how they know;
* ``anonymous``: a source word ("sources close to the trial"), access without identity ("people
  familiar with the matter"), an official with no affiliation, or an unnamed private person
  ("one worker", "two employees");
* ``vague``: nobody in particular — a bare plural category ("critics", "some analysts"), a
  quantifier ("many"), an impersonal passive ("it is believed") — Wikipedia's weasel words;
* ``universal``: everyone, common knowledge ("everyone knows", "it is well known") — an appeal to
  common knowledge, not an attributed statement (Walton 1999).

The class is read from the parse of the mention: its head noun, the modifiers before and after
it and its determiner (``sourcing_heads.tsv``, ``sourcing_modifiers.tsv``), not from exact
phrases.  Anonymity explanations ("spoke on condition of anonymity because …", "who asked not to
be named"; ``anonymity_explanations.txt``) are linked to the unnamed source they describe, in its
sentence or the next one.  Sources: AP Stylebook and Reuters Handbook of Journalism on anonymous
sources; Wikipedia Manual of Style "Words to watch"; Sundar (1998) and Pjesivac & Rui (2014) on
named, unnamed-described and anonymous attribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from attrib.attribution import Attribution
from attrib.document import Document, Sentence, Word
from attrib.lexicon import Lexicon, load_lexicon, phrase_pattern, read_list
from attrib.records import SOURCING_CLASSES, Analysis, Sourcing, Span, Speaker
from attrib.speakers import read_mention

__all__ = ["SOURCING_LABELS", "SourcingResult", "assess_sourcing", "classify_mention", "claim_sourcing",
           "anonymity_explanation", "anonymity_explanations", "impersonal_sourcing", "sourcing_profile",
           "sourcing_summary"]

# the better described first: an entity takes the class of its best-described mention
_RANK = {"named_person": 0, "named_organisation": 1, "document": 2, "unnamed_described": 3, "anonymous": 4,
         "vague": 5, "universal": 6}
_DEFINITE = {"the", "this", "that", "these", "those", "its", "his", "her", "their", "our"}
_NUMERALS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "another"}
_QUANTIFIERS = {"some", "many", "most", "several", "few", "various", "other", "certain"}
_AFFILIATING = {"of", "for", "at", "to", "from", "in", "with", "on", "inside", "within"}
_CLAUSE_END = re.compile(r"[,;:.!?—–()]")


def _heads() -> dict[str, str]:
    return load_lexicon().source_head_roles


@cache
def _modifiers() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in read_list("sourcing_modifiers.tsv")}


@cache
def _impersonal() -> dict[str, tuple[str, frozenset[str]]]:
    return {row[0]: (row[1], frozenset(row[2].split()) - {"-"}) for row in read_list("impersonal_cues.tsv")}


@dataclass
class _Parts:
    """A source mention split around its head: determiner, modifiers before, head, modifiers after."""

    words: list[Word]
    det: list[Word]
    pre: list[Word]
    head: Word
    post: list[Word]
    apposition: list[Word]


def _mention_words(text: str, span: tuple[int, int], sentence: Sentence | None) -> list[Word]:
    """The parsed words of a mention, or its surface tokens where the sentence was not parsed."""
    words = [w for w in sentence.words if span[0] <= w.start and w.end <= span[1]] if sentence else []
    if words:
        return words
    found = [Word(i, m.group(), m.start(), m.end()) for i, m in
             enumerate(re.finditer(r"[\w’'.&-]+|[^\w\s]", text[span[0]:span[1]]))]
    return [replace(w, start=w.start + span[0], end=w.end + span[0]) for w in found]


def _phrase_end(words: list[Word]) -> int:
    """Where the phrase proper ends: at a comma, a relative pronoun or a participle clause."""
    for k, w in enumerate(words):
        if k == 0:
            continue
        if w.text in (",", "(", "—", "–") or w.lower in ("who", "which", "whose", "that"):
            return k
        if w.xpos == "VBN" and any(v.upos in ("NOUN", "PROPN", "PRON") for v in words[:k]):
            return k
    return len(words)


def _parsed_head(core: list[Word], sentence: Sentence | None, head: int | None) -> Word | None:
    if sentence is None or head is None or not 0 <= head < len(sentence.words):
        return None
    cand = sentence.words[head]
    return next((w for w in core if w.index == cand.index and w.start == cand.start), None)


def _last_noun_before_preposition(core: list[Word]) -> Word:
    first_adp = next((k for k, w in enumerate(core) if k > 0 and (w.upos == "ADP" or w.lower in _AFFILIATING)),
                     len(core))
    nominal = [w for w in core[:first_adp] if w.upos in ("NOUN", "PROPN", "PRON", "NUM", "ADJ", "X", "")
               and w.text not in ("'s", "’s")]
    return nominal[-1] if nominal else core[min(first_adp, len(core)) - 1]


def _compound_end(core: list[Word], k: int) -> int:
    """"A council planning officer": a noun head moves to the compound's last noun."""
    while core[k].upos == "NOUN" and k + 1 < len(core) and (core[k + 1].upos == "NOUN" or (
            core[k + 1].xpos == "VBG" and k + 2 < len(core) and core[k + 2].upos == "NOUN")):
        k += 1 if core[k + 1].upos == "NOUN" else 2
    return k


_DETERMINER_WORDS = frozenset({"a", "an", "every", "each", "all"})


def _mention_parts(text: str, span: tuple[int, int], sentence: Sentence | None, head: int | None) -> _Parts | None:
    words = _mention_words(text, span, sentence)
    if not words:
        return None
    cut = _phrase_end(words)
    core, rest = words[:cut], words[cut:]
    apposition = [w for w in rest[1:] if rest and rest[0].text == ","]
    h = _parsed_head(core, sentence, head) or _last_noun_before_preposition(core)
    k = _compound_end(core, next(k for k, w in enumerate(core) if w is h))
    det, determiner_words = [], _DEFINITE | _NUMERALS | _QUANTIFIERS | _DETERMINER_WORDS
    for w in core[:k]:
        if not (w.upos in ("DET", "NUM", "PRON") or w.lower in determiner_words):
            break
        det.append(w)
    pre = [w for w in core[len(det):k] if w.text not in ("'s", "’s")]
    return _Parts(core + rest, det, pre, core[k], core[k + 1:], apposition)


def _role(w: Word) -> str | None:
    heads = _heads()
    lemma = (w.lemma or w.text).lower()
    return heads.get(w.lower) or heads.get(lemma) or (heads.get(w.lower[:-1]) if w.lower.endswith("s") else None)


def _plural(w: Word) -> bool:
    if w.feat("Number"):
        return w.feat("Number") == "Plur"
    return w.lower.endswith("s") and not w.lower.endswith("ss")


def _is_name(w: Word) -> bool:
    if w.upos == "PROPN" and w.feat("Number") == "Plur" and w.index == 0:
        return False  # "Passengers said": a capitalised plural at the start of a sentence
    return w.upos == "PROPN" or w.entity_type in ("PERSON", "ORG", "GPE") or \
        (not w.upos and w.text[:1].isupper() and w.index > 0)


def _name_run(p: _Parts) -> list[Word]:
    """The name a mention gives: the head if it is one, else a run of names right after the
    head ("Club chairman Graham Pike") or in an apposition ("…, Alderman Peter Voss"), or a
    title-case phrase ("City Hall", "The Food and Drug Administration")."""
    if _is_name(p.head):
        return [w for w in p.pre + [p.head] + p.post if _is_name(w)]
    after = []
    for w in p.post:
        if not _is_name(w):
            break
        after.append(w)
    if after:
        return after
    appos = [w for w in p.apposition if _is_name(w)]
    if appos and p.apposition and _is_name(p.apposition[0]) or (appos and p.apposition[0].upos == "DET"):
        return appos
    content = [w for w in p.pre + [p.head] + p.post if w.upos not in ("DET", "CCONJ", "ADP", "PUNCT", "PART")]
    if len(content) >= 2 and all(w.text[:1].isupper() and (w.index > 0 or w.upos == "PROPN") for w in content) \
            and any(w.upos == "PROPN" for w in content):
        return content
    return []


def _organisation_word(w: Word, lex: Lexicon) -> bool:
    return _role(w) == "organisation" or w.lower in lex.organisations or (w.lemma or "").lower() in lex.organisations


def _affiliation(p: _Parts, lex: Lexicon) -> str | None:
    """Words that say where an office holder works: "State Department", "Turkish", "union", "at Nordbank"."""
    vague = lex.words("vague_modifiers") | set(_modifiers())
    pre = [w for w in p.pre if w.lower not in vague and w.lower not in ("former", "junior", "deputy", "acting")
           and (w.upos in ("PROPN", "NOUN") or w.text[:1].isupper() or _organisation_word(w, lex))]
    if pre:
        return " ".join(w.text for w in pre)
    if p.post and p.post[0].lower in _AFFILIATING and p.post[0].lower != "with":
        nouns = [w for w in p.post[1:] if w.upos in ("NOUN", "PROPN") or w.text[:1].isupper()]
        if nouns:
            return " ".join(w.text for w in p.post)
    return None


def _has_access(p: _Parts) -> str | None:
    mods = _modifiers()
    return next((w.lower for w in p.words if w is not p.head and mods.get(w.lower) == "access"), None)


def classify_mention(text: str, span: tuple[int, int], sentence: Sentence | None, head: int | None,
                     lex: Lexicon | None = None) -> Sourcing | None:
    """The sourcing class of one source mention, from its head noun, modifiers and determiner."""
    lex = lex or load_lexicon()
    p = _mention_parts(text, span, sentence, head)
    if p is None:
        return None
    m = read_mention(text, span, sentence, head, lex)
    if m.kind == "pronoun" and p.head.lower not in ("everyone", "everybody", "nobody", "someone", "somebody"):
        if p.head.lower in ("we", "you") and any(w.lower == "all" for w in p.words):
            return _make("universal", f"\u201c{p.head.text} all\u201d: everyone", text, span)
        return None  # a pronoun takes the class of what it stands for
    category, evidence = _category(p, m.kind, text, span, lex)
    first = (p.det or p.pre or [p.head])[0]
    last = p.post[-1] if p.post else p.head
    phrase = (first.start, max(last.end, p.head.end))
    return _make(category, evidence, text, phrase if span[0] <= phrase[0] < phrase[1] <= span[1] else span)


def _make(category: str, evidence: str, text: str, span: tuple[int, int]) -> Sourcing:
    return Sourcing(category, evidence, Span.of(text, *span))  # type: ignore[arg-type]


def _category(p: _Parts, kind: str, text: str, span: tuple[int, int], lex: Lexicon) -> tuple[str, str]:
    head, role = p.head, _role(p.head)
    dets = {w.lower for w in p.det}
    mods = _modifiers()
    said = f"head \u201c{head.text}\u201d"
    universal = next((w.lower for w in p.det if mods.get(w.lower) == "universal"), None)
    if role == "universal" or (universal and role in (None, "person", "plural", "office")) or \
            ("most" in dets and head.lower in ("people", "person")):
        return "universal", f"{said}{f' with {universal!r}' if universal else ''}: everyone, common knowledge"
    people = any(mods.get(w.lower) == "person" for w in p.pre)
    if role == "document" and head.upos != "PROPN" and not (head.lower == "figures" and people):
        return "document", f"{said}: a document or dataset"
    category, evidence = _named(p, kind, lex)
    if category is None:
        category, evidence = _unnamed(p, "office" if head.lower == "figures" and people else role, kind, dets, lex)
    anonymity = phrase_pattern("anonymity_explanations")
    formula = anonymity.search(text, span[0], span[1]) or \
        anonymity.search(text, max(0, span[0] - 60), span[0]) if category == "named_person" else None
    if formula is not None and category == "named_person" and (formula.end() >= span[0] - 3 or
                                                               formula.start() >= span[0]):
        return "anonymous", f"{said}: named only in part (\u201c{formula.group()}\u201d)"
    return category, evidence


def _named(p: _Parts, kind: str, lex: Lexicon) -> tuple[str | None, str]:
    run = _name_run(p)
    if not run:
        return None, ""
    name = " ".join(w.text for w in run)
    mods = _modifiers()
    words = p.pre + [p.head] + p.post
    first = words.index(run[0]) if run[0] in words else -1
    before = words[first - 1] if first > 0 else None
    if any(mods.get(w.lower) == "honorific" for w in words):
        return "named_person", f"\u201c{name}\u201d: a name with an honorific"
    multiword_plural = p.head in run and p.head.feat("Number") == "Plur" and len(run) > 1 and kind != "person"
    if (before is not None and _organisation_word(before, lex)) or any(_role(w) == "organisation" for w in run) \
            or multiword_plural or (kind != "person" and p.head.entity_type != "PERSON"):
        return "named_organisation", f"\u201c{name}\u201d: the name of an organisation"
    return "named_person", f"\u201c{name}\u201d: a person's name"


_Verdict = tuple[str, str] | None


def _said(p: _Parts) -> str:
    return f"head \u201c{p.head.text}\u201d"


def _is_plural(p: _Parts, role: str | None) -> bool:
    return _plural(p.head) or role == "plural"


def _as_organisation(p: _Parts, role: str | None, dets: set[str], lex: Lexicon) -> _Verdict:
    """An organisation ("the ministry", "Reuters") or a collective ("the public", "people")."""
    head, said = p.head, _said(p)
    definite = bool(dets & _DEFINITE) or any(w.text in ("'s", "’s") for w in p.words[:p.words.index(head)])
    org = role in ("organisation", "collective") or head.lower in lex.organisations or \
        (head.lemma or "").lower() in lex.organisations
    if role == "collective" and not definite and not p.det:
        return "vague", f"{said}: a bare collective, nobody in particular"
    if org and role != "collective" or (role == "collective" and definite):
        bare_plural = _is_plural(p, role) and head.lower.endswith("s")
        named_apposition = [w for w in p.apposition if w.upos == "PROPN" or w.text[:1].isupper()]
        if definite or named_apposition or (not bare_plural and not p.det):
            return "named_organisation", f"{said}: an organisation{' (definite)' if definite else ''}"
        return "vague", f"{said}: a bare plural of organisations"
    return None


def _as_anonymous_source(p: _Parts, role: str | None, dets: set[str], lex: Lexicon) -> _Verdict:
    """A source word ("sources"), access instead of identity ("people familiar with"), "one of"."""
    if role == "source":
        return "anonymous", f"{_said(p)}: a source word (AP: describe the source)"
    access = _has_access(p)
    if access and role in (None, "person", "plural"):
        return "anonymous", f"{_said(p)} with \u201c{access}\u201d: access, not identity"
    if p.head.lower == "one" and p.post[:1] and p.post[0].lower == "of":
        return "anonymous", "\u201cone of\u201d an unnamed group"
    return None


def _as_office(p: _Parts, role: str | None, dets: set[str], lex: Lexicon) -> _Verdict:
    """An office holder ("a senior official"), described by where the office is, or an institution."""
    said = _said(p)
    if role == "institution":
        return "unnamed_described", f"{said}: the investigating office"
    if role != "office":
        return None
    affiliation = _affiliation(p, lex)
    if affiliation:
        return "unnamed_described", f"{said}: an office holder at \u201c{affiliation}\u201d"
    if _is_plural(p, role) and dets & _QUANTIFIERS:
        return "vague", f"{said} with \u201c{' '.join(sorted(dets & _QUANTIFIERS))}\u201d, no affiliation"
    return "anonymous", f"{said}: an office holder with no affiliation"


def _as_group(p: _Parts, role: str | None, dets: set[str], lex: Lexicon) -> _Verdict:
    """A quantifier ("some", "many") or an uncounted plural category ("critics", "experts")."""
    head = p.head
    if role == "quantifier" or head.lower in _QUANTIFIERS:
        return "vague", f"\u201c{head.text}\u201d: a quantifier, nobody in particular"
    counted = bool(dets & _NUMERALS) or any(w.upos == "NUM" for w in p.det)
    if not _is_plural(p, role) or counted:
        return None
    if p.post[:1] and p.post[0].lower in ("at", "of", "from") and any(w.upos == "PROPN" for w in p.post[1:]):
        return "unnamed_described", f"{_said(p)} at \u201c{' '.join(w.text for w in p.post[1:])}\u201d"
    return "vague", f"{_said(p)}: a plural category with no one named (weasel words)"


def _unnamed(p: _Parts, role: str | None, kind: str, dets: set[str], lex: Lexicon) -> tuple[str, str]:
    """The class of a mention that names nobody, by the first judge that decides it."""
    for judge in (_as_organisation, _as_anonymous_source, _as_office, _as_group):
        verdict = judge(p, role, dets, lex)
        if verdict:
            return verdict
    return "anonymous", f"{_said(p)}: an unnamed {'group' if _is_plural(p, role) else 'person'}"


def impersonal_sourcing(doc: Document, att: Attribution, lex: Lexicon | None = None) -> Sourcing | None:
    """An attribution with no source: "It is widely believed that …" (vague), "It is well known
    that …" (universal), "is said to" (vague passive)."""
    if att.cue is None:
        return None
    text = doc.text
    sentence = _sentence(doc, att.sentence)
    words = [w for w in sentence.words if w.start >= att.cue[0] and w.end <= att.cue[1]] if sentence else []
    verb = words[-1] if words else None
    lemma = ((verb.lemma if verb is not None else "") or text[att.cue[0]:att.cue[1]].split()[-1]).lower()
    lemma = (lex or load_lexicon()).forms.get(lemma, lemma)
    category, lifting = _impersonal().get(lemma, ("vague", frozenset()))
    start = sentence.start if sentence is not None else att.cue[0]
    before = text[start:att.cue[0]]
    expletive = re.search(r"(?i)\b(it|we)\s+(?:(?:is|was|are|were|has|have|had|been|be|being|'s)\s+){1,3}"
                          r"(?:(\w+ly|well)\s+)?$", before)
    if expletive:
        adverb = (expletive.group(2) or "").lower()
        if adverb in lifting:
            category = "universal"
        s = start + expletive.start()
        return Sourcing(category, f"impersonal \u201c{text[s:att.cue[1]]}\u201d: no one named",  # type: ignore[arg-type]
                        Span.of(text, s, att.cue[1]))
    return Sourcing("vague", f"passive \u201c{text[att.cue[0]:att.cue[1]]}\u201d with no agent: by whom?",
                    Span.of(text, *att.cue))


def anonymity_explanations(doc: Document) -> list[tuple[int, int, bool]]:
    """Anonymity explanations in the text: (start, end, gives a reason) — the formula and its clause."""
    text = doc.text
    reasons = phrase_pattern("anonymity_reasons")
    out = []
    for m in phrase_pattern("anonymity_explanations").finditer(text):
        end_match = _CLAUSE_END.search(text, m.end())
        end = end_match.start() if end_match else len(text)
        r = reasons.search(text, m.end(), end)
        if r is not None:  # the reason runs to the end of its clause
            end_match = re.search(r"[;.!?]|,\s(?:said|told|says|added)\b", text[r.end():])
            end = r.end() + end_match.start() if end_match else len(text)
        start = m.start()
        lead = re.search(r"(?i)\b(?:who|speaking|spoke|talking|, )\s*(?:\w+\s+){0,2}$", text[max(0, start - 40):start])
        if lead is not None:
            start = max(0, start - 40) + lead.start()
            while start < m.start() and not text[start].isalnum():
                start += 1
        out.append((start, end, r is not None))
    return out


def _sentence(doc: Document, index: int) -> Sentence | None:
    if 0 <= index < len(doc.sentences) and doc.sentences[index].index == index:
        return doc.sentences[index]
    return next((s for s in doc.sentences if s.index == index), None)


def _link_reason(doc: Document, att: Attribution, explanations: list[tuple[int, int, bool]]) -> Span | None:
    """The explanation in the source's sentence, or in the next one when it opens on the source
    again ("The person spoke on condition of anonymity because …")."""
    if att.source is None:
        return None
    sentence = _sentence(doc, att.sentence)
    if sentence is None:
        return None
    for s, e, _ in explanations:
        if sentence.start <= s < sentence.end:
            return Span.of(doc.text, s, e)
    following = _sentence(doc, att.sentence + 1)
    if following is not None:
        opening = doc.text[following.start:following.start + 40].lower()
        if re.match(r"\W*(the|that|this|he|she|they|both)\b", opening):
            for s, e, _ in explanations:
                if following.start <= s < following.end:
                    return Span.of(doc.text, s, e)
    return None


def _better(a: Sourcing, b: Sourcing) -> bool:
    """Is ``a`` the better description of an entity than ``b``?  Named beats described beats
    anonymous beats vague; between two names, the longer mention ("Meridian Health Partners",
    not "Meridian")."""
    tier = {"named_person": 0, "named_organisation": 0}
    ta, tb = tier.get(a.category, _RANK[a.category]), tier.get(b.category, _RANK[b.category])
    if ta != tb:
        return ta < tb
    length = (a.span.end - a.span.start if a.span else 0) - (b.span.end - b.span.start if b.span else 0)
    return ta == 0 and length > 0


@dataclass
class SourcingResult:
    """What the sourcing stage adds: per attribution (by position) its sourcing, the speakers
    with theirs, and the speaker id of each attribution (appeals to everyone have none)."""

    of: dict[int, Sourcing]
    speakers: list[Speaker]
    speaker_of: dict[int, str]


def assess_sourcing(doc: Document, attributions: list[Attribution], speakers: list[Speaker],
                    speaker_of: dict[int, str], lexicon: Lexicon | None = None) -> SourcingResult:
    """Sourcing of every attribution and speaker of a document."""
    lex = lexicon or load_lexicon()
    explanations = anonymity_explanations(doc)
    own: dict[int, Sourcing] = {}
    for k, att in enumerate(attributions):
        if att.source is None:
            found = impersonal_sourcing(doc, att, lex)
        else:
            found = classify_mention(doc.text, att.source, _sentence(doc, att.sentence), att.source_head, lex)
        if found is not None and found.category in ("anonymous", "unnamed_described"):
            found = replace(found, reason=_link_reason(doc, att, explanations))
        if found is not None:
            own[k] = found
    best: dict[str, Sourcing] = {}
    for k, sid in speaker_of.items():
        found = own.get(k)
        if found is None:
            continue
        held = best.get(sid)
        if held is None or _better(found, held):
            best[sid] = replace(found, reason=found.reason or (held.reason if held else None))
        elif found.reason and not held.reason:
            best[sid] = replace(held, reason=found.reason)
    sources = {att.source for att in attributions}
    for speaker in speakers:  # a person's name among the mentions that are no attribution's source
        for mention in speaker.mentions:  # (the interviewee a Q-and-A's "A:" stands for)
            if speaker.id in best and (mention.start, mention.end) not in sources:
                found = classify_mention(doc.text, (mention.start, mention.end), None, None, lex)
                if found is not None and found.category == "named_person" and _better(found, best[speaker.id]):
                    best[speaker.id] = found
    universal = {sid for sid, s in best.items() if s.category == "universal"}
    out_speakers = [replace(s, sourcing=best.get(s.id)) for s in speakers if s.id not in universal]
    of: dict[int, Sourcing] = {}
    for k in range(len(attributions)):
        sid = speaker_of.get(k)
        found = best.get(sid) if sid is not None else None
        if found is not None and k in own:
            found = replace(found, span=own[k].span)  # the words of this mention, the class of the entity
        found = found or own.get(k)
        if found is not None:
            of[k] = found
    return SourcingResult(of, out_speakers, {k: v for k, v in speaker_of.items() if v not in universal})


def claim_sourcing(text: str, start: int, end: int) -> Sourcing | None:
    """For a claim in the reporter's own voice: an appeal to common knowledge ("It is no secret
    that …") or an impersonal attribution ("it is believed") it holds, else None."""
    m = phrase_pattern("common_knowledge").search(text, start, end)
    if m is not None:
        return Sourcing("universal", f"appeal to common knowledge \u201c{m.group()}\u201d",
                        Span.of(text, m.start(), m.end()))
    m = phrase_pattern("weasel_phrases").search(text, start, end)
    if m is not None:
        if any(_heads().get(w) == "source" for w in m.group().lower().split()):  # "sources say"
            return Sourcing("anonymous", f"unnamed sources \u201c{m.group()}\u201d", Span.of(text, m.start(), m.end()))
        return Sourcing("vague", f"vague attribution \u201c{m.group()}\u201d", Span.of(text, m.start(), m.end()))
    return None


def anonymity_explanation(text: str, start: int, end: int) -> bool:
    """Does this stretch explain why a source is not named ("spoke on condition of anonymity")?"""
    return phrase_pattern("anonymity_explanations").search(text, start, end) is not None


SOURCING_LABELS = {"named_person": "named person", "named_organisation": "named organisation",
                   "unnamed_described": "unnamed, described", "anonymous": "anonymous", "vague": "vague",
                   "universal": "common knowledge", "document": "document", "reporter": "reporter's own (no source)"}


def sourcing_profile(analysis: Analysis) -> list[tuple[str, str, int, float]]:
    """Share of an article's claims by sourcing class — (class, label, claims, share), classes in
    order from best to least sourced, then the reporter's own claims; empty classes left out."""
    counts = {c: 0 for c in (*SOURCING_CLASSES, "reporter")}
    for c in analysis.claims:
        counts[c.sourcing.category if c.sourcing else "reporter"] += 1
    total = sum(counts.values()) or 1
    order = ("named_person", "named_organisation", "document", "unnamed_described", "anonymous", "vague",
             "universal", "reporter")
    return [(k, SOURCING_LABELS[k], counts[k], counts[k] / total) for k in order if counts[k]]


def sourcing_summary(analysis: Analysis) -> list[str]:
    """The sourcing block of the text summary: the profile, then each speaker's class."""
    if not analysis.claims and not analysis.speakers:
        return []
    out = ["\nSourcing (share of claims by how they are sourced)"]
    out += [f"  {share:4.0%} {label} ({n})" for _, label, n, share in sourcing_profile(analysis)]
    for s in analysis.speakers:
        if s.sourcing is not None:
            reason = f"; anonymity: \u201c{s.sourcing.reason.text}\u201d" if s.sourcing.reason else ""
            out.append(f"  {s.id:4} {s.name}: {SOURCING_LABELS[s.sourcing.category]} ({s.sourcing.evidence}){reason}")
    return out
