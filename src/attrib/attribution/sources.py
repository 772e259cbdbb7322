"""Reporting verb, source phase: subjects the parse gave or missed (postposed, appositive,
interrupted, adjacent), participle controllers and carriers, and whether a source is a person."""

from __future__ import annotations

from attrib.attribution.clause import _words_after_cue
from attrib.attribution.tree import QUOTE_TOKENS, marked_by_that, noun_phrase, own_subject, subject_of, trim_punct
from attrib.attribution.words import (
    _ADVERBIAL_OPENERS,
    _APPROXIMATORS,
    _BRIDGE,
    _FINITE,
    _IMPERSONAL_PRONOUNS,
    _NAME_RUN,
    _QUANTIFIER_PRONOUNS,
    _RELATIVE,
    _RUN,
    _SOURCE_STARTS,
)
from attrib.document import Sentence, Word
from attrib.lexicon import Lexicon
from attrib.quotes import CLOSING_QUOTE_TOKENS


def _plausible_source(sentence: Sentence, head: int) -> bool:
    """A subject the parser found can be a source: not an adverbial ("Following the debate")."""
    first = sentence.words[noun_phrase(sentence, head)[0]]
    return first.lower not in _ADVERBIAL_OPENERS and first.upos not in ("ADP", "SCONJ")


def _pick_subject(sentence: Sentence, verb: int, side: str | None, lex: Lexicon) -> int | None:
    words = sentence.words
    times = lex.words("time_words")
    subjects = [c for c in sentence.children(verb) if words[c].deprel in ("nsubj", "nsubj:outer", "csubj")
                and (words[c].lemma or words[c].text).lower() not in times  # "said Monday"
                and _plausible_source(sentence, c)]
    if not subjects:
        return None
    before = [c for c in subjects if c < verb]
    if side == "right":
        return own_subject(sentence, verb, before)
    nearest = min(subjects, key=lambda c: abs(c - verb))
    return own_subject(sentence, verb, before) if nearest in before else nearest


def _surface_postposed(sentence: Sentence, verb: int) -> tuple[list[int], list[int], int] | None:
    """``CLAUSE, a senior official who asked not to be named argued.`` — from word order alone.

    The AP's postposed attribution: the cue ends the sentence, its subject sits between the
    last comma (or closing quotation mark) and the cue, and the clause before is reported.
    Used when the parser gives the cue no subject.  Returns (subject, content, subject head).
    """
    words = sentence.words
    # after the cue only its time, place or hearer ("said at a Washington event this month"); a
    # participle ends no postposed clause ("…, his campaign sent out a text message saying: “…”")
    if len(_words_after_cue(sentence, verb, with_object=False)) > 4 or words[verb].xpos == "VBG":
        return None
    # a closing quotation mark before the cue bounds the subject even across appositions
    # ("…,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states …, said")
    k = next((i for i in range(verb - 1, max(1, verb - 24), -1) if words[i].text in ("\u201d", '"', "''")), None)
    quoted = k is not None
    if k is None:
        k = next((i for i in range(verb - 1, 1, -1) if words[i].text in (",", "\u201d", '"', "\u2019")), None)
    if k is None:
        return None
    subject = [i for i in range(k + 1, verb) if words[i].upos != "PUNCT"]
    if not subject or len(subject) > (20 if quoted else 12) or words[subject[0]].upos not in _SOURCE_STARTS:
        return None
    subject = list(range(subject[0], subject[-1] + 1))
    stop = next((i for i in subject if words[i].lower in ("who", "which", "that", ",")), subject[-1] + 1)
    nouns = [i for i in subject if i < stop and words[i].upos in ("NOUN", "PROPN", "PRON")]
    if not nouns:
        return None
    content = trim_punct(sentence, list(range(0, k + 1)))
    if len(content) < 3:
        return None
    return subject, content, nouns[-1]


def _surface_inverted(sentence: Sentence, verb: int) -> tuple[list[int], int] | None:
    """``“…,” said Virginia delegate Beau Correll, angered that …`` — from word order alone.

    The AP's inverted attribution after a quotation: the cue right after the closing mark (or
    its comma), then the speaker's noun phrase up to the next comma or the sentence end.  Used
    when the parser hangs that noun phrase on a later verb and leaves the cue without a subject.
    Returns (the speaker's words, its head)."""
    words = sentence.words
    before = verb - 1
    if before >= 1 and words[before].text == "," and words[before - 1].text in CLOSING_QUOTE_TOKENS:
        before -= 1
    if before < 1 or words[before].text not in CLOSING_QUOTE_TOKENS or words[verb].xpos not in ("VBD", "VBZ", "VBP"):
        return None
    end = verb + 1
    while end < len(words) and words[end].upos in _NAME_RUN | {"PUNCT"} and words[end].text not in (",", ".", "(", ";"):
        end += 1
    run = [k for k in range(verb + 1, end) if words[k].upos != "PUNCT"]
    if not run or len(run) > 8 or not any(words[k].upos == "PROPN" for k in run) or \
            words[run[0]].upos not in _SOURCE_STARTS:
        return None
    heads = [k for k in run if words[k].upos in ("PROPN", "NOUN")]
    return run, heads[-1]


def _well_formed_mention(sentence: Sentence, mention: list[int]) -> bool:
    """A source mention does not end with an auxiliary, "to", a preposition or a conjunction:
    "the questions sparked by Scott's death will take longer to", "he declined to" are what a
    parse slip makes of one.  (A final "verb" is kept: the compact tagger reads plural nouns
    as verbs — "New York City educators/VBZ".)"""
    last = sentence.words[mention[-1]]  # (a possessive ends a name: "… the genes leading to Alzheimer's")
    return last.upos not in ("AUX", "PART", "ADP", "SCONJ", "CCONJ") or last.xpos == "POS"


def _inverted_object(sentence: Sentence, verb: int, times: frozenset[str] = frozenset()) -> int | None:
    """``Said Ellis: …`` / ``said Ellis.``: a proper name right after an intransitive speech cue
    (not a day or month: "posted Friday")."""
    words = sentence.words
    for c in sentence.children(verb):
        if (words[c].lemma or words[c].text).lower() in times:
            continue
        # the compact parser also reads the name as a predicate ("…, said/VBN Batchelder/xcomp.") or,
        # of a noun phrase it splits, a clause ("…,” said the 46-year-old/ccomp.")
        if words[c].deprel in ("obj", "xcomp", "dep", "ccomp") and sentence.subtree(c)[0] == verb + 1 and (
                words[c].upos == "PROPN" and words[c].deprel != "ccomp"
                or (words[c].upos in ("NOUN", "PROPN", "ADJ") or words[c].lower in _QUANTIFIER_PRONOUNS)
                and _inverted_after_clause(sentence, verb, c)):  # ("“…,” tweeted another.")
            return c
    return None


def _inverted_after_clause(sentence: Sentence, verb: int, obj: int) -> bool:
    """``…, says political scientist Dossym Satpayev in Almaty.``: after a comma or closing
    quotation mark, a speech verb and a noun phrase ending the sentence (a place or time may
    follow) are the AP's inverted attribution; the noun phrase is the speaker, not an object."""
    words = sentence.words
    if verb == 0 or words[verb - 1].text not in (",", "\u201d", '"', "''") or \
            words[verb].xpos not in ("VBD", "VBZ", "VBP"):  # ", repeating a false claim …": an object
        return False
    if not any(w.xpos in _FINITE for w in words[:verb - 1]):
        return False  # "Chris Herren, chief of …, noted the allegations": no clause was reported before
    rest = [k for k in range(sentence.subtree(obj)[-1] + 1, len(words)) if words[k].upos != "PUNCT"]
    if rest and words[rest[0] - 1].text == "," and words[rest[0]].xpos == "VBG" and words[rest[0]].head == verb:
        return True  # "“…,” wrote one supporter, tweeting a link …": the speaker's own act follows
    if len(rest) > 6 or any(words[k].upos in ("VERB", "AUX") for k in rest):
        return False
    if not rest:
        return True
    first = words[rest[0]]  # a place or time after the speaker hangs on the cue ("in Almaty")
    if first.head == verb:
        return first.deprel.startswith(("obl", "advmod"))
    return words[first.head].head == verb and words[first.head].deprel.startswith("obl")


def _appositive_subject(sentence: Sentence, verb: int) -> list[int]:
    """``Keron Blair, executive director of AROS, called for …`` parsed with the cue as an acl.

    A cue right after the comma that closes an apposition, hanging off the sentence's
    root noun, is the main verb; everything before that comma is the subject.
    """
    words = sentence.words
    if words[verb].deprel != "acl" or verb < 2 or words[verb - 1].text != ",":
        return []
    top = words[verb].head
    while top >= 0 and words[top].deprel in ("appos", "flat", "conj"):
        top = words[top].head
    if top < 0 or words[top].deprel != "root" or words[top].upos not in ("NOUN", "PROPN") or top != \
            next((i for i in range(verb) if words[i].upos in ("NOUN", "PROPN")), -1):
        return []
    return trim_punct(sentence, list(range(sentence.subtree(top)[0], verb - 1)))


def _interrupted_subject(sentence: Sentence, verb: int) -> list[int]:
    """``Dr. Connie Mariano, who as a Navy captain was …, said that …`` with no subject parsed.

    The compact parser often turns a long non-restrictive relative clause between the
    subject and the cue into the cue's own clause and loses the subject.  A noun phrase
    opening the sentence, then ", who/which …," up to the cue: that noun phrase is the
    subject (word order alone; the relative clause is the reporter's description).
    """
    words = sentence.words
    if verb < 4 or words[verb - 1].text != ",":
        return []
    comma = next((w.index for w in words[:verb] if w.text == ","), None)
    if comma is not None and comma >= 1 and words[comma + 1].lower in ("who", "which"):
        run = list(range(comma))
        if all(words[i].upos in _NAME_RUN for i in run) and any(words[i].upos in ("PROPN", "NOUN") for i in run):
            return run
    return _named_before_relative(sentence, verb)


def _named_before_relative(sentence: Sentence, verb: int) -> list[int]:
    """``Speaking later on the show, Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said
    …`` with the name hung on the opening phrase: a proper name set off by commas right before the
    ", who …," clause that ends at the cue (a party-and-state bracket after it is skipped)."""
    words = sentence.words
    comma = next((k for k in range(verb - 2, 0, -1) if words[k].text == "," and words[k + 1].lower in ("who", "which")),
                 None)
    if comma is None:
        return []
    end = comma - 1
    if words[end].text == ")":
        opening = next((k for k in range(end - 1, max(-1, end - 8), -1) if words[k].text == "("), None)
        end = opening - 1 if opening is not None else -1
    start = end
    while start >= 0 and words[start].upos == "PROPN":
        start -= 1
    start += 1
    if start > end or start == 0 or words[start - 1].text != ",":
        return []  # (the sentence-opening case is handled above; elsewhere a name set off by commas)
    return list(range(start, end + 1))


def _adjacent_subject(sentence: Sentence, verb: int, takes_recipient: bool = False) -> list[int]:
    """The noun phrase right before the cue, when the parser gave the cue no subject at all.

    Word order is the last resort: ``Pat Caddell told …`` / ``“…,” Malkia Cyril, the
    executive director …, told …`` with the cue parsed as a modifier.  Auxiliaries and
    adverbs may stand between ("has also told"); an apposition set off by commas is
    skipped back to the name before it.
    """
    words = sentence.words
    # the tagger's VBN in "a friend commented: “…”" is a past tense that opens a quotation; in
    # "52 percent of voters agreed that …" one with a that-clause (no passive takes one, bar the
    # hearer's: "officials told that …")
    opens_quote = verb + 1 < len(words) and (words[verb + 1].text == ":" or words[verb + 1].text in QUOTE_TOKENS)
    that_clause = not takes_recipient and any(
        words[c].deprel == "ccomp" and marked_by_that(sentence, c) for c in sentence.children(verb))
    finite = words[verb].xpos in ("VBD", "VBZ", "VBP", "VB") or \
        (words[verb].xpos == "VBN" and (opens_quote or that_clause))
    if not finite or any(words[c].deprel in ("aux:pass", "nsubj:pass") for c in sentence.children(verb)):
        return []  # a participle continues another cue; before a passive stands what was done
    if verb >= 1 and words[verb - 1].lower in _QUANTIFIER_PRONOUNS:
        # "…; most said they were “very worried.”", "Nearly half said …" (read as adverbs)
        first = verb - 2 if verb >= 2 and words[verb - 2].lower in _APPROXIMATORS else verb - 1
        if first == 0 or words[first - 1].upos in ("PUNCT", "CCONJ"):
            return list(range(first, verb))
    i, bridged = verb - 1, 0
    while i >= 0 and words[i].upos in _BRIDGE and words[i].lower not in ("to", "not") and bridged < 3:
        i, bridged = i - 1, bridged + 1
    if i >= 1 and words[i].text == ")":  # "Sen. Marco Rubio (R-Fla.) said": a short bracket after the name
        opening = next((k for k in range(i - 1, max(-1, i - 8), -1) if words[k].text == "("), None)
        if opening is not None and opening >= 1:
            i = opening - 1
    if i >= 0 and words[i].text == "," and i > 1:
        opening = next((k for k in range(i - 1, -1, -1) if words[k].text == ","), None)
        if opening is None or opening < 1 or \
                words[opening + 1].upos not in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "ADV"):
            return []  # (an apposition, or an aside: "Clinton, at a later press gaggle, said")
        i = opening - 1
    share = _share_of_people(sentence, i)
    if share:
        return share  # "About one in five said …" with the share read as an oblique
    if i >= 1 and words[i].xpos == "VBN" and (words[i - 1].lower in ("those", "these") or
                                              words[i - 1].upos in ("NOUN", "PROPN")):
        # "those surveyed say …", "voters polled said …": a reduced relative ends the subject
        # (the parser hangs it on the reported clause's subject)
        return list(range(_run_start(words, i - 1), i + 1))
    if i < 0 or words[i].upos not in ("PROPN", "NOUN") and words[i].lower not in ("he", "she", "they", "we"):
        return []
    if words[i].upos == "PRON":
        return [i]
    return list(range(_modified_noun_start(sentence, verb, i, _run_start(words, i)), i + 1))


def _run_start(words: tuple[Word, ...], i: int) -> int:
    """The first word of the run of name and noun-phrase words (not over a quotation mark) ending at ``i``."""
    while i - 1 >= 0 and words[i - 1].upos in _RUN and words[i - 1].text not in QUOTE_TOKENS:
        i -= 1
    return i


def _share_of_people(sentence: Sentence, end: int) -> list[int]:
    """``one in five``, ``nine out of 10``, ``two of three`` ending at word ``end``: a share of
    people that holds a view (AP Stylebook, "polls and surveys")."""
    words = sentence.words
    if end < 2 or words[end].upos != "NUM" or words[end - 1].lower not in ("in", "of"):
        return []
    first = end - 2 if words[end - 2].lower != "out" else end - 3
    if first < 0 or words[first].upos != "NUM" or (first > 0 and words[first - 1].upos == "ADP" and
                                                   words[first - 1].lower not in _APPROXIMATORS):
        return []
    return list(range(first, end + 1))


def _modified_noun_start(sentence: Sentence, cue: int, end: int, start: int) -> int:
    """``Protesters marching through the streets chanted …``: the noun before the cue ends a
    participial or relative modifier; the speaker is the noun it modifies, from its first word."""
    words = sentence.words
    node, climbed = end, False
    while words[node].deprel.split(":")[0] in ("obl", "nmod", "obj") and words[node].head >= 0:
        verb = words[node].head
        if words[verb].upos != "VERB" or words[verb].deprel.split(":")[0] != "acl" or verb > node \
                or not set(range(verb, end + 1)) <= set(sentence.subtree(verb, exclude=frozenset({cue}))):
            break
        node, climbed = words[verb].head, True
        if node < 0 or words[node].upos not in ("NOUN", "PROPN") or node > verb:
            return start
    if not climbed:
        return start
    return min(_run_start(words, node), start)


def _personal_source(sentence: Sentence, subj: int | None, subj_idx: list[int], antecedent: int | None,
                     lex: Lexicon) -> bool:
    """Whether a source is a person (or people) and so can hold a view.

    "support", "back", "oppose", "attack" report a stance when a person takes it ("Trump
    attacked Clinton", "44 percent would back Trump", "Mr. Schultz supported Democrats") but
    name acts of states, armies and things otherwise ("Moscow supporting the regime", "jets
    attacked", "legal papers opposing the unsealing").  Read off the words: a personal pronoun,
    a title or role ("the Democratic nominee"), an anonymous source ("officials"), a share of
    poll respondents, or a name that is neither a place nor an organisation.
    """
    words = sentence.words
    if subj is None:
        return False
    if words[subj].lower == "who":
        return True
    head, idx = subj, subj_idx
    if words[subj].lower in _RELATIVE and antecedent is not None:
        head, idx = antecedent, noun_phrase(sentence, antecedent)
    w = words[head]
    lemma = (w.lemma or w.lower).lower()
    if w.upos == "PRON" or w.lower in lex.pronouns:
        return w.lower not in _IMPERSONAL_PRONOUNS
    if lemma in lex.titles or w.lower in lex.titles or lemma in lex.anonymous or w.lower in lex.anonymous \
            or w.lower in lex.words("poll_shares"):
        return True
    if w.upos != "PROPN":
        return False
    named = [words[i].lower for i in idx if words[i].upos not in ("DET", "PUNCT", "CCONJ", "ADP")]
    places = lex.words("places")
    return not (" ".join(named) in places or all(n in places for n in named)
                or any(n in lex.organisations for n in named) or words[idx[0]].lower == "the")


def _names_someone(sentence: Sentence, head: int, antecedent: int | None, lex: Lexicon,
                   documents_speak: bool = True) -> bool:
    """Whether a source mention names a person, group or organisation (its head read off the
    word lists as :func:`_personal_source` does, or a source noun) — or a document, unless
    ``documents_speak`` is False (a report can show, but not promise)."""
    word = sentence.words[head]
    forms = {(word.lemma or word.text).lower(), word.lower, word.lower.removesuffix("s")}
    return _personal_source(sentence, head, noun_phrase(sentence, head), antecedent, lex) or \
        bool(forms & lex.titles) or any(documents_speak or lex.source_head_roles.get(f) != "document"
                                        for f in forms & lex.source_nouns)


def _absolute_subject(sentence: Sentence, verb: int) -> int | None:
    """The subject of an absolute "with" clause (Quirk et al. 15.58): "with Russia backing the
    regime and Turkey insisting that …" — the name right before the participle, after "with"
    or after "and" continuing such a clause."""
    words = sentence.words
    k = verb - 1
    if k < 1 or words[k].upos not in ("PROPN", "NOUN"):
        return None
    while k > 0 and words[k - 1].upos in ("PROPN", "NOUN", "DET", "ADJ"):
        k -= 1
    if k < 1:
        return None
    opener = words[k - 1].lower
    if opener == "and":
        k = next((m for m in range(k - 2, max(-1, k - 20), -1) if words[m].lower == "with"), -1) + 1
        if k < 1 or not any(words[m].xpos == "VBG" for m in range(k, verb - 2)):
            return None
    elif opener != "with":
        return None
    # the clause opens the sentence or follows a comma (not "replaced it with language calling for …")
    return verb - 1 if k == 1 or words[k - 2].text in (",", "\u2014", "--") else None


def _participle_controller(sentence: Sentence, verb: int, lex: Lexicon) -> int | None:
    """Who a participle or infinitive cue is predicated of, when that is not the clause's subject:
    the name it modifies ("footage of Hillary Clinton asking, “…”") or the object before it (object
    control, Quirk et al. 16.52: "left many E.U. nations feeling that …", "had Republicans
    wondering", "forced Stumpf to admit that …")."""
    words = sentence.words
    head = words[verb].head
    times = lex.words("time_words")
    if words[verb].xpos == "VB" and words[verb].deprel in ("xcomp", "advcl") and head >= 0 and \
            words[verb - 1].lower == "to":
        return _object_control(sentence, verb, head, times)
    if words[verb].xpos != "VBG" or words[verb - 1].text == "," or head < 0:
        return None
    absolute = _absolute_subject(sentence, verb)
    if absolute is not None:
        return absolute
    return _modified_or_object(sentence, verb, head, lex)


def _object_control(sentence: Sentence, verb: int, head: int, times: frozenset[str]) -> int | None:
    """``forced Stumpf to admit that …``, ``invited the senator to discuss …``: object control (an
    infinitive the parser made an adverbial of purpose only after a name: "called the meeting to …")."""
    words = sentence.words
    obj = next((c for c in sentence.children(head) if words[c].deprel == "obj" and c < verb), None)
    kinds = ("NOUN", "PROPN") if words[verb].deprel == "xcomp" else ("PROPN",)
    if obj is None or words[obj].upos not in kinds or (words[obj].lemma or words[obj].text).lower() in times:
        return None  # (not "gathered Friday to discuss")
    gap = range(sentence.subtree(obj)[-1] + 1, verb - 1)
    aside = len(gap) > 2 and words[gap[0]].text == "," and words[gap[-1]].text == ","  # "Stumpf, who …, to admit"
    return obj if aside or all(words[k].upos == "PUNCT" for k in gap) else None


def _modified_or_object(sentence: Sentence, verb: int, head: int, lex: Lexicon) -> int | None:
    """A participle's controller: the name it modifies, or the object of the verb it complements."""
    words = sentence.words
    times = lex.words("time_words")
    own = set(sentence.subtree(verb))
    if words[verb].deprel.startswith("acl") and head < verb and \
            max(i for i in sentence.subtree(head) if i not in own) == verb - 1:
        if words[head].upos == "PROPN":
            return head
        names = [c for c in sentence.children(head) if words[c].deprel == "nmod" and words[c].upos == "PROPN"
                 and sentence.subtree(c)[-1] == verb - 1 and words[c].lower not in times]
        if words[head].upos == "NOUN" and names:
            return names[0]
        if words[head].upos == "NOUN" and words[head].deprel == "obj" and \
                (words[head].lemma or words[head].text).lower() not in lex.written_works and \
                (words[head].lemma or words[head].text).lower() not in times:
            return head  # "left many nations feeling that …" (not "tweets saying": _carrier_subject;
            # not "spent many years learning …")
    if words[verb].deprel == "xcomp" and words[head].upos == "VERB":
        obj = next((c for c in sentence.children(head) if words[c].deprel == "obj" and c < verb), None)
        if obj is not None and sentence.subtree(obj)[-1] == verb - 1 and words[obj].upos in ("NOUN", "PROPN") \
                and (words[obj].lemma or words[obj].text).lower() not in times:
            return obj  # (not "spent many years learning …")
    return None


def _carrier_subject(sentence: Sentence, verb: int) -> int | None:
    """``issued a statement saying …``, ``unleashed a series of tweets saying …``.

    A participle cue modifying a noun (the statement, the tweets) that is the object of a
    clause reports what that clause's subject said through it.
    """
    words = sentence.words
    if not words[verb].deprel.startswith("acl") or words[verb].xpos != "VBG":
        return None
    node, hops = words[verb].head, 0
    while 0 <= node and hops < 4 and words[node].upos in ("NOUN", "PROPN"):
        rel = words[node].deprel.split(":")[0]
        if rel not in ("obj", "nmod", "obl", "compound", "appos"):
            return None
        node, hops = words[node].head, hops + 1
    if node < 0 or words[node].upos != "VERB":
        return None
    subj = subject_of(sentence, node)
    if subj is None or words[subj].upos not in ("PROPN", "NOUN", "PRON"):
        return None
    return subj
