"""Reporting verb, objects phase: noun-phrase content, predicates (``called him a “liar”``, Levin
29.3 "dub" verbs) and passive subjects (``was first reported by The Washington Post``)."""

from __future__ import annotations

from attrib.attribution.tree import (
    QUOTE_TOKENS,
    _first_after,
    _introduced_by,
    _is_time_or_channel,
    agent_of,
    noun_phrase,
    subject_of,
    trim_punct,
)
from attrib.attribution.words import _ASIDE_OPENERS, _TOPIC_MARKERS
from attrib.document import Sentence
from attrib.lexicon import Lexicon


def _subject_in(sentence: Sentence, verb: int, nouns: frozenset[str]) -> bool:
    """The cue's subject is one of ``nouns``: a source document ("a study found …", source_documents.txt)
    or a written or filmed work ("The film explores …", ``Lexicon.written_works``)."""
    subj = subject_of(sentence, verb)
    return subj is not None and (sentence.words[subj].lemma or sentence.words[subj].text).lower() in nouns


def _np_content(sentence: Sentence, verb: int, lex: Lexicon, need_predicate: bool, particle: str | None = None,
                as_predicate: bool = False, topic: bool = False) -> list[int]:
    """``cited derogatory comments … as examples``, ``called him a “liar”``, ``called for a ban``;
    with ``as_predicate`` only an object with an "as" predicate ("see the program as a way …"),
    with ``topic`` only an object saying what it is about ("expressed concern about the policy")."""
    words = sentence.words
    kids = sentence.children(verb)
    objects = _np_objects(sentence, verb, lex, particle, bare_gerund=not (need_predicate or as_predicate or topic))
    if not objects:
        return []
    first = objects[0]
    end = sentence.subtree(first)[-1]
    if topic and not any(words[k].lower in _TOPIC_MARKERS and words[k].deprel in ("case", "mark")
                         for c in [*sentence.children(first), *(c for c in kids if c > first)]
                         for k in sentence.children(c)):
        return []  # "to express condolences": a courtesy, not a view on anything
    predicate, end = _predicate_extent(sentence, verb, first, end, as_predicate)
    if need_predicate and not predicate and not as_predicate:
        hidden = _hidden_predicate(sentence, verb, first, lex)
        if hidden >= 0:
            predicate, end = True, max(end, hidden)
    # "what she called a “rant,”": the object is the relative word before the cue, and the
    # phrase after the cue is the name given
    named = need_predicate and not predicate and any(
        c < verb and words[c].deprel == "obj" and words[c].lower in ("what", "which", "that") for c in kids)
    if need_predicate and not predicate and not named:
        return []
    end = _trailing_phrases(sentence, verb, end, lex)
    if named:
        return trim_punct(sentence, list(range(_first_after(sentence, first, verb), end + 1)))
    start = _first_after(sentence, first, verb)
    start = next((i for i in range(start, end + 1)
                  if words[i].deprel not in ("case", "mark") or words[i].head != first), start)
    # "cited criticism of Matt Lauer, who took heat for …": a non-restrictive relative or an
    # "including …" aside is the reporter's description, not what was cited
    aside = next((i for i in range(start + 1, end) if words[i].text in (",", "--", "\u2014", "\u2013")
                  and words[i + 1].lower in _ASIDE_OPENERS), None)
    if aside is not None:
        end = aside - 1
    return trim_punct(sentence, list(range(start, end + 1)))


def _np_objects(sentence: Sentence, verb: int, lex: Lexicon, particle: str | None, bare_gerund: bool) -> list[int]:
    """The cue's objects after it, in order: a nominal object, a phrase with the cue's
    preposition ("called for a ban"), a gerund after it; with ``bare_gerund`` also a bare
    gerund clause."""
    words = sentence.words
    kids = sentence.children(verb)
    times = lex.words("time_words")
    objects = [c for c in kids if c > verb and words[c].deprel in ("obj", "obl", "ccomp")
               and (words[c].upos in ("NOUN", "PROPN", "PRON", "NUM", "ADJ", "X") or words[c].text == "%")
               and words[c].lower not in times]  # not "spoke out Tuesday/obj about …"
    objects = [c for c in objects if words[c].deprel == "obj" or (
               any(words[k].lower in ("for", "on", "as", "about", "against", particle) for k in sentence.children(c)
                   if words[k].deprel == "case") and not _is_time_or_channel(sentence, c, lex))]
    # "called for reducing the tax rate": a gerund after the particle is the thing asked for
    objects += [c for c in kids if c > verb and words[c].deprel == "advcl" and words[c].xpos == "VBG" and
                any(words[k].lower in ("for", "on") and words[k].deprel == "mark" for k in sentence.children(c))]
    if bare_gerund:
        # "has mentioned refinancing student loans", "cited improving mental health services":
        # a bare gerund clause is the thing mentioned (the parser makes it an xcomp)
        objects += [c for c in kids if c > verb and all(words[k].upos == "ADV" for k in range(verb + 1, c))
                    and words[c].deprel in ("xcomp", "ccomp") and words[c].xpos == "VBG"
                    and not any(words[k].deprel in ("mark", "nsubj") for k in sentence.children(c))]
    objects.sort()
    return objects


def _predicate_extent(sentence: Sentence, verb: int, first: int, end: int, as_predicate: bool) -> tuple[bool, int]:
    """Whether the object has a predicate ("called him a liar", "see X as Y"), and the content's
    last word with the predicate, the reason or what was asked for."""
    words = sentence.words
    predicate = False
    for c in sentence.children(verb):
        if c <= first:
            continue
        rel = words[c].deprel.split(":")[0]
        cases = [words[k].lower for k in sentence.children(c) if words[k].deprel in ("case", "mark")]
        finite = rel == "advcl" and any(words[k].deprel.startswith("nsubj") for k in sentence.children(c))
        if (rel == "xcomp" and "to" not in cases or rel == "obj") and not as_predicate or \
                (rel in ("obl", "advcl") and "as" in cases and not finite):  # not "as Pyongyang fired …"
            predicate = True
            end = max(end, sentence.subtree(c)[-1])
        elif rel in ("obl", "advcl") and {"for", "to"} & set(cases) and words[first].deprel == "obj":
            # "criticized Obama for not doing so" (the reason), "likened the rules to “burning …”"
            end = max(end, sentence.subtree(c)[-1])
        elif rel in ("xcomp", "advcl") and "to" in cases and _introduced_by(sentence, first, "for") and \
                sentence.subtree(c)[0] <= end + 2:
            # "called for female contestants to wear shorter dresses": what was asked for
            end = max(end, sentence.subtree(c)[-1])
    if as_predicate and not predicate and any(words[k].lower == "as" and words[k].deprel in ("case", "mark")
                                              for k in sentence.subtree(first) if k > first):
        predicate = True  # "rated 32% of claims as “false”" with the predicate hung on the object
    return predicate, end


_GERUND_MARKS = ("like", "by", "for", "in", "of", "about")


def _trailing_phrases(sentence: Sentence, verb: int, end: int, lex: Lexicon) -> int:
    """``lauded Mr. Clarke in his address for helping …``, ``citing her work after the attacks``:
    the phrases the parser hangs on the cue right after the object belong to what was said."""
    words = sentence.words
    reach = end  # (a time or channel phrase joins only when a phrase of what was said follows it)
    for c in sorted(sentence.children(verb)):
        if c <= end:
            continue
        tree = sentence.subtree(c)
        rel = words[c].deprel.split(":")[0]
        # (the preposition may hang lower: "accused Marsh of/case→numbers “hiding the numbers”")
        marked = any(words[k].deprel == "mark" and words[k].lower in _GERUND_MARKS for k in sentence.children(c)) \
            or words[tree[0]].deprel in ("mark", "case") and words[tree[0]].lower in _GERUND_MARKS
        # "showed Hillary Clinton leading Bernie Sanders …": a participle right after the object
        # (no comma between) is the object's predicate, a small clause (Quirk et al. 1985, 16.52)
        predicate = rel in ("advcl", "xcomp") and words[c].xpos == "VBG" and reach == end and tree[0] == c and \
            words[c - 1].upos != "PUNCT" and not any(words[k].deprel.startswith("nsubj") or words[k].deprel == "mark"
                                                     for k in sentence.children(c))
        if tree[0] != reach + 1 or rel not in ("obl", "nmod", "advcl", "xcomp") or \
                (rel == "advcl" and not predicate and ((words[c].xpos == "VBG" and not marked) or any(
                    words[k].deprel.startswith("nsubj") for k in sentence.children(c)))):
            break  # (not "as Pyongyang fired …", not ", saying …")
        if _is_time_or_channel(sentence, c, lex):
            reach = tree[-1]  # "lauded Mr. Clarke in his address | for helping …"
            if not any(words[k].deprel.split(":")[0] in ("acl", "advcl") and any(
                    words[m].deprel == "mark" and words[m].lower in ("for", "by") for m in sentence.children(k))
                    for k in sentence.children(c)):
                continue  # (unless the parser hung the reason on the channel: "address for helping")
        end = reach = tree[-1]
    return end


def _surface_predicate(sentence: Sentence, verb: int) -> list[int]:
    """``called Oz a quack``, ``called half of Trump's supporters “deplorables”``, read off the words.

    The compact parser rarely builds the object + predicate frame (it makes the predicate an
    ``obl``, ``conj`` or ``nmod`` of the object), so the naming/describing verbs (Levin 29.3
    "dub" class) also accept, right after the cue, a noun phrase followed by a predicate
    that opens with "a"/"an"/"as" or a quotation — up to the end of the clause (a
    coordinated verb, ", and …", ", who …", a semicolon).  A first word that is a
    determiner "a"/"an" is the object itself ("called a press conference"): no predicate.
    """
    words = sentence.words
    first = verb + 1
    if first >= len(words) or words[first].lower in ("a", "an") or \
            words[first].upos in ("ADP", "ADV", "PART", "SCONJ", "PUNCT", "VERB", "AUX"):
        return []
    end = len(words) - 1
    for k in range(first + 1, len(words)):
        w = words[k]
        nxt = words[k + 1] if k + 1 < len(words) else None
        if w.text == ";" or (w.upos == "CCONJ" and nxt is not None and nxt.upos in ("VERB", "AUX")) or \
                (w.text == "," and nxt is not None and (nxt.upos in ("CCONJ", "SCONJ") or nxt.xpos == "VBG"
                                                        or nxt.lower in _ASIDE_OPENERS)):
            end = k - 1
            break
    predicate = next((k for k in range(first + 1, end + 1)
                      if words[k].lower in ("a", "an") or words[k].text in QUOTE_TOKENS or
                      words[k].lower == "as" and k < end and
                      (words[k + 1].upos in ("DET", "ADJ", "NOUN", "PROPN") or words[k + 1].text in QUOTE_TOKENS)),
                     None)
    if predicate is None or predicate > first + 8:
        return []
    return trim_punct(sentence, list(range(first, end + 1)))


def _hidden_predicate(sentence: Sentence, verb: int, obj: int, lex: Lexicon) -> int:
    """``called the charges unsubstantiated``, ``called her vote in favor of the war a mistake``.

    The compact parser hangs the object's predicate inside the object or a later phrase:
    an adjective or participle right after the object noun, or a later bare "a/an" noun
    phrase with no preposition. Returns the predicate's last word, or -1.
    """
    words = sentence.words
    times = lex.words("time_words")
    after = [k for c in sentence.children(verb) if c >= obj for k in sentence.subtree(c) if k > obj]
    for k in after:
        kids = sentence.children(k)
        if any(words[c].deprel == "case" for c in kids) or words[k - 1].upos == "PUNCT":
            continue
        if words[k].head == obj and (words[k].upos == "ADJ" or words[k].xpos == "VBN"):
            return sentence.subtree(k)[-1]
        if words[k].upos == "NOUN" and k > obj + 1 and (words[k].lemma or "").lower() not in times and \
                words[k].deprel.split(":")[0] in ("nmod", "appos", "obj", "xcomp", "obl") and \
                any(words[c].lower in ("a", "an") for c in kids):
            return sentence.subtree(k)[-1]
    return -1


def _passive_object(sentence: Sentence, verb: int) -> list[int]:
    """The passive subject of a cue with a by-agent ("was announced by the ministry"): the thing
    the agent said or judged.  Not a pronoun (its antecedent is elsewhere)."""
    words = sentence.words
    kids = sentence.children(verb)
    if agent_of(sentence, verb) is None or not any(words[c].deprel == "aux:pass" for c in kids):
        return []
    subject = next((c for c in kids if words[c].deprel == "nsubj:pass" and c < verb), None)
    if subject is None or words[subject].upos == "PRON":
        return []
    return trim_punct(sentence, noun_phrase(sentence, subject))
