"""Reporting verb, content phase: where the reported clause is and which words it spans.

The parse first, word order where the compact parser misattaches (docs/architecture.md,
"Rules use the parse and word order")."""

from __future__ import annotations

from attrib.attribution.quoting import _headline_case, _quoted_sentence_ends
from attrib.attribution.tree import (
    QUOTE_TOKENS,
    _bare_nominal,
    _is_time_or_channel,
    _listed_verb,
    _merge_adjacent_subjects,
    finite_like,
    noun_phrase,
    own_subject,
    subject_of,
    trim_punct,
)
from attrib.attribution.words import (
    _ADVERBIAL_OPENERS,
    _ADVERBIAL_SUBORDINATORS,
    _CLAUSAL,
    _CONCESSIVE,
    _FINITE,
    _NOMINAL,
    _PARTICIPLE_OPENERS,
    _SUBORDINATORS,
    _TIME_SUBORDINATORS,
)
from attrib.document import Sentence
from attrib.lexicon import Lexicon


def _side(sentence: Sentence, verb: int, lex: Lexicon) -> tuple[str, int] | None:
    """Where the reported clause sits relative to the cue: ("right", head) or ("left", head)."""
    words = sentence.words
    w = words[verb]
    comps = [c for c in sentence.children(verb) if words[c].deprel == "ccomp"]
    own_clause = any(c > verb for c in comps)  # "…; Clinton's team says she'll continue …"
    # (but "The Latest: Trump urges …": a colon makes the words before it a lead-in or label)
    if w.deprel == "parataxis" and 0 <= w.head < verb and not own_clause and not _bare_nominal(sentence, w.head) \
            and not any(words[k].text == ":" for k in range(w.head + 1, verb)):
        return "left", w.head            # "…, the army said" hanging off the clause
    if w.deprel == "conj" and 0 <= w.head < verb and (words[verb - 1].text == "," or _subject_set_off(sentence, verb)) \
            and not own_clause and words[w.head].deprel == "root":
        return "left", w.head            # "…, said Brian Baker", "…, the AP declared": the parser coordinates the cue

    # a clause after ", adding" belongs to "adding" even when the parser hangs it on the first cue
    # (or hangs "adding" itself lower: "said on MSNBC's “Morning Joe,” adding, “…”")
    later = _continuations(sentence, verb, lex) + _participles_after(sentence, verb, lex)
    right = [c for c in comps if c > verb and not any(verb < k < c for k in later)]
    inverted = any(c > verb and words[c].deprel.startswith("nsubj") for c in sentence.children(verb))
    if inverted and any(c < verb for c in comps):
        right = []  # "“…,” says Scott McGeary, an IT professional": after quotative inversion the
        # reported clause is before the cue; a "clause" after the speaker is a misread apposition
    if right:
        return "right", right[0]
    if w.head >= 0 and verb in _continuations(sentence, w.head, lex):
        mine = [c for c in sentence.children(w.head) if words[c].deprel == "ccomp" and c > verb]
        if mine:
            return "right", mine[0]
    slipped = _slipped_that_clause(sentence, verb)
    if slipped is not None:
        return "right", slipped
    left = [c for c in comps if c < verb] + \
        [c for c in sentence.children(verb) if words[c].deprel == "parataxis" and c < verb]
    if left:
        return "left", min(left)
    return None


def _slipped_that_clause(sentence: Sentence, verb: int) -> int | None:
    """``He told a crowd at the club that he wants …`` with "that …" hung on "club" as a relative.

    A clause opened by the complementiser "that" (a mark, not the relative pronoun) inside
    the cue's object or oblique is the reported clause the parser attached too low.
    """
    words = sentence.words
    for c in range(verb + 1, len(words)):
        if not words[c].deprel.startswith("acl") or words[c].upos not in ("VERB", "AUX", "ADJ", "NOUN"):
            continue
        if not any(words[k].deprel == "mark" and words[k].lower == "that" for k in sentence.children(c)):
            continue
        node, hops = words[c].head, 0
        while node >= 0 and node != verb and hops < 6 and words[node].upos in ("NOUN", "PROPN", "PRON", "NUM"):
            rel = words[node].deprel.split(":")[0]
            if words[node].head == verb and rel not in ("obj", "iobj", "obl"):
                break
            node, hops = words[node].head, hops + 1
        if node == verb:
            return c
    return None


def _words_after_cue(sentence: Sentence, verb: int, with_object: bool) -> list[int]:
    """Words after the cue other than punctuation and its time, place, hearer (and object)."""
    words = sentence.words
    rels = ("obj", "iobj", "obl", "advmod") if with_object else ("iobj", "obl", "advmod")
    trailing = {i for c in sentence.children(verb) if c > verb and words[c].deprel.split(":")[0] in rels
                for i in sentence.subtree(c)}
    return [w.index for w in words[verb + 1:] if w.upos != "PUNCT" and w.index not in trailing]


def _positional_side(sentence: Sentence, verb: int, lex: Lexicon, recipient: bool = False) -> tuple[str, int] | None:
    """Where the reported clause is when the parser missed it, from word order alone.

    Right: a finite verb follows the cue ("X says the campaign violated the law").
    Left: nothing but punctuation follows the cue's clause, and a clause with a
    finite verb ends in a comma or quotation mark before it ("…, the army said").
    """
    words = sentence.words
    later = _continuations(sentence, verb, lex)
    stop = min(later) if later else len(words)
    aside = {k for c in sentence.children(verb) if c > verb and
             (_opens_adverbial_clause(sentence, verb, c) or _topic_phrase(sentence, c)) for k in sentence.subtree(c)}
    inverted = _inverted_speaker_after(sentence, verb)
    governors = _clauses_about_the_cue(sentence, verb)
    for w in words[verb + 1:stop] if not inverted else []:
        if w.index in governors:
            break  # "Clinton, who called … after the winner was declared, told her supporters, …"
        if w.index <= verb + 1 or w.index in aside:
            continue  # "“…?” Trump said of Apple, when the company balked": when and about what, not what
        if finite_like(sentence, w.index):
            return "right", w.index
    subj = own_subject(sentence, verb, [c for c in sentence.children(verb) if words[c].deprel.startswith("nsubj")])
    start = min(verb, noun_phrase(sentence, subj)[0] if subj is not None else verb)
    while start > 0 and words[start - 1].upos in ("DET", "ADJ", "PROPN", "NOUN", "NUM") and subj is None:
        start -= 1
    # after the cue only its hearer, time or channel ("told The Huffington Post on Thursday"); an
    # object that is no hearer is what was said ("which has denied any involvement")
    rest = [] if inverted else _words_after_cue(sentence, verb, with_object=recipient)
    has_object = any(c > verb and words[c].deprel == "obj" for c in sentence.children(verb)) and not recipient
    relative = subj is not None and words[subj].lower in ("who", "which", "that")
    if start >= 3 and words[start - 1].text in (",", "\u201d", '"', "\u2019", "'") and len(rest) <= 4 and \
            (any(finite_like(sentence, w.index) for w in words[:start]) or
             _headline_case(" ".join(w.text for w in words[:start])) or
             _misread_clause_before_final_cue(sentence, verb, start, nothing_after=not rest)) and \
            not has_object and not relative:
        return "left", start  # (never for "…, which denied any involvement": the object was said)
    return None


def _misread_clause_before_final_cue(sentence: Sentence, verb: int, start: int, nothing_after: bool) -> bool:
    """``The “Fight for $15” movement plans/NNS to protest the debate, the Daily Caller reports.``:
    a reporting clause that is the sentence's root and its last words reports what comes before
    its comma even when the tagger left that clause no finite verb (only a verb form of another
    kind, and at least six words)."""
    words = sentence.words
    return words[verb].deprel == "root" and nothing_after and start >= 6 and \
        any(w.upos == "VERB" for w in words[:start])


def _subject_set_off(sentence: Sentence, verb: int) -> bool:
    """``Clinton won the primary, the Associated Press declared on Thursday``: the cue's own
    subject right before it (adverbs and auxiliaries between), opened by a comma ("…, and the
    party said …" is a clause of its own), in a sentence that does not open with an adverbial
    ("A week after Trump spoke …, Trump proposed …": the clause before the comma is no report)."""
    words = sentence.words
    subj = next((c for c in sentence.children(verb) if c < verb and words[c].deprel == "nsubj"), None)
    if subj is None:
        return False
    mention = noun_phrase(sentence, subj)
    first = mention[0]
    return first >= 2 and words[first - 1].text == "," and all(
        words[k].upos in ("ADV", "AUX") for k in range(mention[-1] + 1, verb)) and \
        words[0].lower not in _ADVERBIAL_OPENERS and \
        not any(w.lower in _ADVERBIAL_SUBORDINATORS for w in words[:min(first, words[verb].head)])


def _clauses_about_the_cue(sentence: Sentence, verb: int) -> set[int]:
    """The verbs above the cue's subject or noun phrase: a clause is never reported by a cue
    inside its own subject ("Clinton, who called Sanders after the winner was declared, told
    her supporters …": "declared" is inside the subject of "told") or by a participle that
    qualifies one of its nouns ("In a statement announcing the pick, the union called …")."""
    words = sentence.words
    chain = [verb, *sentence.ancestors(verb)]
    blocked: set[int] = set()
    for below, above in zip(chain, chain[1:]):
        if blocked or words[below].deprel.split(":")[0] in ("nsubj", "csubj") or words[below].deprel == "acl":
            blocked.add(above)
    return blocked


def _inverted_speaker_after(sentence: Sentence, verb: int) -> bool:
    """``…, predicted Madeleine Kunin, the former Vermont governor challenged by Sanders.``: the
    AP's inverted attribution, a name right after the cue and, after a comma, an apposition
    with no finite verb to the end of the sentence (the parser may hang them anywhere)."""
    words = sentence.words
    if verb < 2 or words[verb - 1].text != ",":
        return False
    end = verb + 1
    while end < len(words) and words[end].upos == "PROPN":
        end += 1
    if end == verb + 1:
        return False
    rest = [w for w in words[end:] if w.upos != "PUNCT"]
    if rest and words[end].text != ",":
        return False
    return not any(w.xpos in _FINITE for w in rest)  # (a participle may qualify the speaker)


def _opens_adverbial_clause(sentence: Sentence, verb: int, head: int) -> bool:
    """``head`` heads an adverbial clause of the cue (:func:`_adverbial_clause`), opened by any
    subordinator but "as", which opens reporting clauses too."""
    words = sentence.words
    return any(k < head and words[k].lower != "as" and _adverbial_clause(sentence, verb, k)
               for k in sentence.children(head))


def _topic_phrase(sentence: Sentence, head: int) -> bool:
    """``head`` is an oblique saying what the words were about ("said of the encounter he had")."""
    words = sentence.words
    return words[head].deprel.startswith("obl") and any(
        k < head and words[k].deprel == "case" and words[k].lower in ("of", "about") for k in sentence.children(head))


def _participles_after(sentence: Sentence, verb: int, lex: Lexicon) -> list[int]:
    """Reporting participles after a comma inside the cue's phrase (", adding", ", saying")."""
    words = sentence.words
    inside = set(sentence.subtree(verb))
    return [k for k in range(verb + 2, len(words)) if k in inside and words[k].xpos == "VBG"
            and (words[k - 1].text == "," or words[k - 1].upos == "PUNCT" and words[k - 2].text == ",")
            and _listed_verb(words[k], lex)]


def _continuations(sentence: Sentence, verb: int, lex: Lexicon) -> list[int]:
    """``…, adding …`` / ``… and added …``: later cue-like verbs that continue this one."""
    words = sentence.words
    out = []
    for c in sentence.children(verb):
        if c <= verb or words[c].deprel.split(":")[0] not in ("advcl", "conj", "parataxis", "xcomp"):
            continue
        if words[c - 1].upos not in ("PUNCT", "CCONJ"):
            continue
        if _listed_verb(words[c], lex):
            out.append(c)
    return out


def _clause_words(sentence: Sentence, verb: int, side: str, content_head: int, lex: Lexicon,
                  takes_recipient: bool) -> tuple[list[int], int, int]:
    """The reported words, and the word range (lo, hi) of the reporting clause.

    Positions, not just the parse, decide the content: the compact parser often
    hangs a trailing phrase of the reported clause on the cue, so everything after
    the reporting clause up to the end of the sentence (or up to a continuation
    such as ", adding …") is reported material.
    """
    lo = _reporting_clause_start(sentence, verb, side, content_head)
    if side == "right":
        hi = _reporting_clause_end(sentence, verb, content_head, lex, takes_recipient)
        start = hi + 1
        end = _reported_clause_end(sentence, verb, content_head, start, lo, lex)
        content = list(range(start, end + 1))
        return trim_punct(sentence, content), lo, hi
    # left: the reported clause runs from the sentence start up to the reporting clause
    content = list(range(0, lo))
    hi = verb
    return trim_punct(sentence, content), lo, hi


def _reporting_clause_start(sentence: Sentence, verb: int, side: str, content_head: int) -> int:
    """The reporting clause reaches left over the nearest subject, auxiliaries and adverbs that
    touch the cue; anything further left is reported material or a sentence adverbial."""
    words = sentence.words
    kids = sentence.children(verb)
    lo = verb
    subjects_before = [c for c in kids if c < verb and words[c].deprel.startswith("nsubj")
                       and (side != "left" or c >= content_head)]
    near: set[int] = set(_merge_adjacent_subjects(sentence, verb, noun_phrase(sentence, subjects_before[-1]))) \
        if subjects_before else set()
    for c in kids:
        rel = words[c].deprel.split(":")[0]
        if c < verb and rel in ("aux", "advmod", "expl") and (side != "left" or c >= content_head):
            near |= set(sentence.subtree(c))
    while lo - 1 in near and words[lo - 1].text not in QUOTE_TOKENS:
        lo -= 1  # (never over a quotation mark: what precedes it is quoted, not reporting)
    return lo


def _reporting_clause_end(sentence: Sentence, verb: int, content_head: int, lex: Lexicon,
                          takes_recipient: bool) -> int:
    """The last word of the reporting clause before a reported clause on the right: the cue's
    adverbs, particle, hearer, time and channel ("told reporters on Monday in a statement")."""
    words = sentence.words
    n = len(words)
    kids = sentence.children(verb)
    subjects = [c for c in kids if words[c].deprel.startswith("nsubj")]
    hi = verb
    for c in sorted(kids):
        if c <= verb or c >= content_head:
            continue
        rel = words[c].deprel.split(":")[0]
        aside = rel == "advcl" and any(words[k].deprel == "mark" and words[k].lower == "as"
                                       for k in sentence.children(c))  # "cautioned, as did the campaign, that"
        ok = rel in ("advmod", "compound", "iobj") or words[c].deprel == "compound:prt" or aside or \
            (rel in ("obl", "nmod") and _is_time_or_channel(sentence, c, lex)) or \
            (rel == "obl" and any(words[k].lower == "to" for k in sentence.children(c))) or \
            (rel == "obj" and takes_recipient) or (rel == "nsubj" and not any(s < verb for s in subjects))
        if not ok:
            break
        clauses = [k for k in sentence.children(c) if words[k].deprel.split(":")[0] in ("acl", "ccomp", "advcl")]
        # "in a statement | that …"; never past the content's head (a clause hung too low)
        first = sentence.subtree(content_head)[0] if content_head < n else n
        hi = max(hi, max((i for i in sentence.subtree(c, frozenset(clauses)) if i < first), default=hi))
    return hi


def _reported_clause_end(sentence: Sentence, verb: int, content_head: int, start: int, lo: int,
                         lex: Lexicon) -> int:
    """The last word of a reported clause on the right: the sentence's end, or where an outer
    reporting clause, a continuation, an aside or a scene-setting clause begins."""
    words = sentence.words
    n = len(words)
    end = n - 1
    if words[verb].deprel in ("acl:relcl", "csubj"):
        # "what Trump says his plan would do … has endured": a cue inside a relative clause or a
        # clausal subject reports no further than that clause
        end = sentence.subtree(verb)[-1]
    for c in _continuations(sentence, verb, lex):
        if c > content_head:
            end = min(end, c - 1)
    inside = set(sentence.subtree(content_head)) if content_head < n else set()  # (n: no head in the parse)
    for c in range(content_head + 1, n):
        # "Russian officials claimed the incident was an accident, the Turkish army said in a
        # statement": a reporting clause with its own subject, set off after the content, is
        # the outer report, not part of what was claimed; so is one the parser hung higher up
        # ("Though executives say they assume he shares …, they also say he does not …")
        if (words[c].head == verb or c not in inside and 0 <= words[c].head < verb) and \
                words[c].deprel == "parataxis" and subject_of(sentence, c) is not None and _listed_verb(words[c], lex):
            first = next(i for i in sentence.subtree(c) if words[i].upos != "PUNCT")
            if start < first <= end and words[first - 1].text in (",", "--", "\u2014", "\u2013"):
                end = first - 1
    end = _aside_or_scene(sentence, start, end, lex)
    if words[0].lower in _ADVERBIAL_SUBORDINATORS and lo <= 2 and content_head < n:
        # "After campaign aides insisted that …, the campaign has …": the reported clause ends
        # with the opening adverbial clause; the main clause after its comma is the reporter's
        tail = sentence.subtree(content_head)[-1]
        if start <= tail < end and words[tail + 1].text == ",":
            end = tail
    return end


def _aside_or_scene(sentence: Sentence, start: int, end: int, lex: Lexicon) -> int:
    """", adding …" / ", saying …" / ", although …" ends the reported clause wherever the parser
    hung it; so does "when Clinton blasted him" after a quoted sentence (the scene)."""
    words = sentence.words
    for i in range(start + 1, end + 1):
        if words[i - 1].text == "," and (words[i].lower in _CONCESSIVE or (
                words[i].lower.endswith("ing") and lex.verb_from_form(words[i].lower))):
            return min(end, i - 1)  # ", although he again refused …": the reporter's aside
        if words[i].lower in _TIME_SUBORDINATORS and i + 1 <= end and \
                words[i + 1].upos in ("PROPN", "PRON", "DET", "NOUN") and _quoted_sentence_ends(sentence, i - 1):
            return min(end, i - 1)  # "“That makes me smart,” when Clinton blasted him": the scene
    return end


def _xcomp_content(sentence: Sentence, verb: int, recipient: bool) -> list[int]:
    """``vowed to punish …``; ``urged supporters to monitor …`` (the hearer is part of the content)."""
    words = sentence.words
    for c in sentence.children(verb):
        if c > verb and recipient and words[c].deprel == "obj" and any(
                words[k].deprel == "acl" and words[k].xpos == "VB" and
                any(words[m].lower == "to" and words[m].deprel == "mark" for m in sentence.children(k))
                for k in sentence.children(c)):
            # "urges supporters to monitor polling places" with the infinitive hung on the hearer
            return trim_punct(sentence, sentence.subtree(c))
        if c <= verb or words[c].upos not in ("VERB", "AUX"):
            continue
        # "called on Trump to stop": the compact parser often makes the infinitive an advcl
        to_clause = recipient and words[c].deprel == "advcl" and any(
            words[k].lower == "to" and words[k].deprel == "mark" for k in sentence.children(c))
        if words[c].deprel == "xcomp" or to_clause:
            start = sentence.subtree(c)[0]
            if recipient:
                hearers = [k for k in sentence.children(verb)
                           if verb < k < c and words[k].deprel.split(":")[0] in ("obj", "iobj", "obl")]
                if hearers:
                    start = min(start, sentence.subtree(hearers[0])[0])
                    while start < hearers[0] and words[start].deprel == "case":
                        start += 1  # "on" of "called on Trump" belongs to the cue
            end = _coordinated_infinitive(sentence, c, sentence.subtree(c)[-1])
            return trim_punct(sentence, list(range(start, end + 1)))
    return []


def _coordinated_infinitive(sentence: Sentence, infinitive: int, end: int) -> int:
    """``promising to meet and in some cases exceed his goals``: a bare verb after "and"/"or"
    shares the infinitive's "to" even when the parser hangs it on the main clause (a base
    form cannot be a finite verb coordinated with it).  Returns the content's last word."""
    words = sentence.words
    if end + 2 >= len(words) or words[end + 1].upos != "CCONJ":
        return end
    if not any(words[k].lower == "to" for k in sentence.children(infinitive)):
        return end
    for k in range(end + 2, min(len(words), end + 7)):
        if words[k].xpos == "VB" and words[k].upos == "VERB" and words[k].head != infinitive:
            if any(words[c].deprel.startswith("nsubj") or words[c].lower == "to" for c in sentence.children(k)):
                return end
            return max(end, sentence.subtree(k)[-1])
        if words[k].upos in ("VERB", "AUX", "PUNCT") or words[k].lower == "to":
            return end
    return end


def _postposed(sentence: Sentence, verb: int) -> bool:
    """The cue ends the sentence after a comma and its subject: ``…, the poll shows.``"""
    words = sentence.words
    after = [w for w in words[verb + 1:] if w.upos != "PUNCT"]
    comma = next((i for i in range(verb - 1, 0, -1) if words[i].text == ","), None)
    return len(after) <= 3 and comma is not None and verb - comma <= 16 and \
        any(words[c].deprel.startswith("nsubj") and comma < c < verb for c in sentence.children(verb))


def _participial_opener(sentence: Sentence, first: int) -> bool:
    """The sentence opens with a participle that has no subject: "Asked about …", "Speaking at …",
    "When asked whether …" (a subordinator may come first)."""
    words = sentence.words
    if first != next((w.index for w in words if w.upos != "PUNCT"), -1):
        return False
    if words[first].lower in _PARTICIPLE_OPENERS and first + 1 < len(words):
        first += 1
    opener = words[first]
    return opener.upos == "VERB" and opener.xpos in ("VBN", "VBD", "VBG") and \
        not any(words[c].deprel.startswith("nsubj") for c in sentence.children(first))



def _parenthetical(sentence: Sentence, verb: int, lo: int, hi: int, category: str, lex: Lexicon) -> list[list[int]]:
    """``The middle fifth paid 8.9 percent, the agency said in a June report, and those …``.

    A reporting clause set off by commas inside a sentence reports the words on both
    sides (two fragments) — unless what follows is a continuation (", adding …") or
    a new clause of the speaker's own (", and added …").
    """
    words = sentence.words
    if category not in _CLAUSAL or lo < 3:
        return []
    for c in sorted(sentence.children(verb)):  # "said in a June report," / "said on Friday,"
        tree = sentence.subtree(c)
        if c > verb and tree[0] == hi + 1 and words[tree[0]].text != "," and \
                words[c].deprel.split(":")[0] in ("obl", "advmod", "iobj", "obj"):
            hi = tree[-1]
    if hi + 3 >= len(words) or words[lo - 1].text != "," or words[hi + 1].text != ",":
        return []
    after = words[hi + 2]
    subjects = [c for c in sentence.children(verb) if words[c].deprel.startswith("nsubj") and lo <= c <= hi]
    if not subjects:
        return []  # "Clinton, at a later press gaggle, said, “…”": what precedes is the subject
    if words[subjects[0]].lower in ("who", "which", "that"):
        return []  # "Delmar, which wrote the report, did not respond": a relative clause, not a report
    if lex.verb_from_form(after.lower) or (after.upos == "CCONJ" and lex.verb_from_form(words[hi + 3].lower)):
        return []
    left, right = trim_punct(sentence, list(range(0, lo - 1))), trim_punct(sentence, list(range(hi + 2, len(words))))
    if sum(words[i].upos != "PUNCT" for i in left) < 2 or sum(words[i].upos != "PUNCT" for i in right) < 2:
        return []
    return [left, right]


def _adverbial_clause(sentence: Sentence, verb: int, first: int) -> bool:
    """The words after the cue open an adverbial clause of the cue itself (time, reason)."""
    words = sentence.words
    if words[first].lower not in _SUBORDINATORS or words[first].deprel not in ("mark", "advmod"):
        return False
    clause = words[first].head
    # (a "complement" opened by "as", "after", "because" … is an adverbial clause the parser
    # mislabelled: "Sessions said as he launched the process"; "when" may open a question)
    if not (clause > first and words[clause].head == verb and (
            words[clause].deprel.startswith("advcl") or
            words[clause].deprel == "ccomp" and words[first].deprel == "mark" and
            words[first].lower not in _QUESTION_OPENERS and words[first].lower != "whenever")):
        return False
    return not _embedded_question(sentence, verb, clause, first)


_QUESTION_OPENERS = frozenset({"when", "why", "where", "how", "whether", "if"})  # (may open an embedded question)


def _embedded_question(sentence: Sentence, verb: int, clause: int, first: int) -> bool:
    """"have not said when they would act", "said when it would reopen": a question, not a time."""
    words = sentence.words
    negated = any(words[c].lower in ("not", "n't", "never") for c in sentence.children(verb))
    modal = any(words[c].lower in ("would", "will", "could", "might", "should") and words[c].deprel == "aux"
                for c in sentence.children(clause))
    return words[first].lower in _QUESTION_OPENERS and (negated or modal)


def _drop_hearer(sentence: Sentence, verb: int, clause_head: int, content: list[int]) -> list[int]:
    """``told USA TODAY's weekly video series it is clear …``: the hearer is not what was said.

    When the parser misses the hearer object, the words between the cue and the reported
    clause's own subject are a bare noun phrase: the person or outlet told.
    """
    words = sentence.words
    head = clause_head
    if words[head].deprel.split(":")[0] in ("cop", "aux") and words[head].head > verb:
        head = words[head].head
    subj = next((c for c in sentence.children(head) if words[c].deprel.startswith("nsubj") and c > verb), None)
    if subj is None:
        return content
    first = sentence.subtree(subj)[0]
    if words[first - 1].lower == "that" and words[first - 1].deprel == "mark":
        first -= 1  # "told Meridian Wire that the unit had …" with the outlet read as the cue's subject
    between = range(content[0], first)
    if content[0] < first and all(words[i].upos in _NOMINAL for i in between):
        return [i for i in content if i >= first]
    return content


def _trailing_setting(sentence: Sentence, verb: int, hi: int, lex: Lexicon) -> int:
    """``Trump said during a rally in Kenansville, N.C., "but …"``: the cue's own trailing
    phrases (where, when) still belong to the reporting clause when a quotation resumes after them;
    so does a participial aside with no quotation of its own (``“…,” Tester said, referring to the
    excuse, “…”``)."""
    words = sentence.words
    end = hi
    for c in sorted(sentence.children(verb)):
        if c <= end:
            continue
        phrase = sentence.subtree(c)
        # (a quotation mark the parser hung on the aside may follow its closing comma: "Beck joked,
        # again using an exaggerated Southern accent, “Amen, brother! …”")
        mark = next((k for k in phrase if words[k].text in QUOTE_TOKENS), None)
        aside = (words[c].deprel == "advcl" and words[c].xpos == "VBG" and words[end + 1].text == ","
                 and phrase[0] in (end + 1, end + 2) and (mark is None or mark > c and words[mark - 1].text == ",")
                 and lex.verb(words[c].lemma) is None)  # ", adding later, “…”" reports the rest itself
        if not aside and (words[c].deprel.split(":")[0] not in ("obl", "advmod") or phrase[0] != end + 1):
            break
        for k in phrase:
            if words[k].text in QUOTE_TOKENS:
                break  # the parser may hang the resuming quotation's mark on the phrase
            end = k
    while end + 1 < len(words) and words[end + 1].text == ",":
        end += 1
    return end if end > hi else hi
