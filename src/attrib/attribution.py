"""Stage: attributions — who is reported to have said what, with which cue.

Dependency patterns over each parsed sentence, after the rule sets of
Krestel, Bergler & Witte (2008) and Pareti (2015, "Attribution: a computational
approach"), extended with the news conventions of the AP Stylebook:

* indirect: ``X said (that) CLAUSE`` — the cue's ``ccomp``;
* postposed / inverted: ``CLAUSE, X said`` / ``CLAUSE, said X`` — the cue is a
  ``parataxis`` (or the root with the clause as ``ccomp``/``parataxis``);
* direct: a quotation next to a reporting clause (``"…," X said``;
  ``X said: "…"``; ``"…," X said, "…"`` gives two content fragments); a
  quotation that runs over several sentences or paragraphs is taken whole;
* mixed: indirect content holding quoted fragments;
* ``according to X, CLAUSE``; noun cues (``X's statement that …``);
* continuations: ``…, adding …`` / ``…, saying …`` / ``… and added …`` take
  the subject of the clause they continue;
* a stand-alone quotation with no cue continues the previous speaker (AP: a
  new speaker must be named before his words, so unattributed quotes belong
  to the last one named);
* nested: an attribution whose cue lies inside another's content.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache

from attrib.cues import Cue, as_participle, find_cues
from attrib.document import Document, Sentence, Word
from attrib.intervals import IntervalIndex
from attrib.lexicon import Lexicon, load_lexicon, read_list
from attrib.quotes import CLOSING_QUOTE_TOKENS, OPENING_QUOTE_TOKENS, QUOTE_MARKS, Quotation, QuoteScan

__all__ = ["Attribution", "find_attributions", "noun_phrase"]

_CONTENT_PUNCT = set(",;:.—–-")
_CATEGORY_CONFIDENCE = {
    "speech": 0.9, "statement": 0.9, "writing": 0.88, "argument": 0.85, "denial": 0.8,
    "question": 0.75, "request": 0.7, "promise": 0.7, "evidence": 0.6, "belief": 0.55,
    "stance": 0.55, "intention": 0.5, "nonspeech": 0.5, "appearance": 0.4,
}
_FIRST_PERSON = {"i", "we", "me", "us", "you"}
_CHANNEL_CASES = {"in", "on", "at", "during", "via", "through", "over", "from"}
_CONTINUATION_RELS = ("advcl", "xcomp", "conj", "acl", "parataxis")


@dataclass
class Attribution:
    """An attribution before speakers are resolved (positions are character offsets)."""

    sentence: int
    contents: list[tuple[int, int]]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    confidence: float
    category: str = "speech"
    cue_word: int | None = None
    source_head: int | None = None       # word index of the source's head, in ``sentence``
    antecedent: int | None = None        # for "who said": the noun the relative clause modifies
    channel: tuple[int, int] | None = None
    inherits: Attribution | None = None  # the attribution whose speaker this one continues
    nested_in: Attribution | None = None
    quoted_cue: bool = False             # the cue itself sits inside quotation marks
    agentless: bool = False              # a passive cue with no source in the text ("was accused of")
    type: str = "indirect"
    quotations: list[Quotation] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.contents[0][0]

    @property
    def end(self) -> int:
        return self.contents[-1][1]


def _span(sentence: Sentence, indices: list[int]) -> tuple[int, int]:
    return sentence.words[min(indices)].start, sentence.words[max(indices)].end


def _trim_punct(sentence: Sentence, indices: list[int]) -> list[int]:
    """Drop punctuation at the edges, but keep closing quotation marks (they belong to quotes)."""
    words = sentence.words
    idx = sorted(indices)
    while idx and words[idx[0]].upos == "PUNCT" and words[idx[0]].text[:1] not in "“\"‘'«„":
        idx.pop(0)
    while idx and words[idx[-1]].upos == "PUNCT" and words[idx[-1]].text[-1:] not in "”\"’'»":
        closer = words[idx[-1]].text
        if closer in (")", "]") and any(words[i].text == {")": "(", "]": "["}[closer] for i in idx):
            break  # "Rep. G.K. Butterfield (D-N.C.)": the bracket closes inside the span
        idx.pop()
    return idx


def noun_phrase(sentence: Sentence, head: int) -> list[int]:
    """A mention: the head's phrase without relative clauses or parenthetical appositions."""
    words = sentence.words
    exclude = set()
    for c in sentence.children(head):
        rel = words[c].deprel
        if rel in ("acl:relcl", "parataxis", "dep"):
            exclude.add(c)
        elif rel == "appos" and c > head and \
                any(words[k].upos == "PUNCT" for k in range(head + 1, sentence.subtree(c)[0])):
            exclude.add(c)  # "Peskov, the Kremlin spokesman," — not "spokesman Dmitry Peskov"
        elif rel == "punct" and c > head:
            exclude.add(c)
    idx = sentence.subtree(head, frozenset(exclude))
    # keep the contiguous run around the head
    run = [head]
    s = set(idx)
    i = head - 1
    while i in s:
        run.insert(0, i)
        i -= 1
    i = head + 1
    while i in s:
        run.append(i)
        i += 1
    run = _trim_punct(sentence, run) or [head]
    marks = [i for i in run if words[i].text in _QUOTE_TOKENS]
    if len(marks) == 1 and marks[0] in (run[0], run[-1]) and len(run) > 1:
        run.remove(marks[0])  # a lone quotation mark the parser hung on the mention closes a quote
    return run


_QUOTE_TOKENS = QUOTE_MARKS | {"''", "``"}  # the scanner's marks, and the two-character pairs


def _subject(sentence: Sentence, verb: int) -> int | None:
    for c in sentence.children(verb):
        if sentence.words[c].deprel in ("nsubj", "nsubj:outer", "csubj"):
            return c
    return None


def _agent(sentence: Sentence, verb: int) -> int | None:
    for c in sentence.children(verb):
        if sentence.words[c].deprel == "obl:agent":
            return c
    return None


def _cue_span(sentence: Sentence, verb: int) -> tuple[int, int]:
    """The cue verb with its adjacent auxiliaries, negation, "also" and particle."""
    words = sentence.words
    keep = {verb}
    for c in sentence.children(verb):
        rel = words[c].deprel
        if words[c].upos != "PUNCT" and (rel in ("aux", "aux:pass", "compound:prt") or
                                          (rel == "advmod" and words[c].lower in ("also", "not", "n't", "again"))):
            keep.add(c)
    lo = hi = verb
    while lo - 1 in keep:
        lo -= 1
    while hi + 1 in keep:
        hi += 1
    return words[lo].start, words[hi].end


def _channel(sentence: Sentence, verb: int, lex: Lexicon) -> tuple[int, int] | None:
    words = sentence.words
    for c in sentence.children(verb):
        if words[c].deprel.split(":")[0] not in ("obl", "nmod", "advmod"):
            continue
        if (words[c].lemma or words[c].text).lower() not in lex.channels and words[c].lower not in lex.channels:
            continue
        cases = [k for k in sentence.children(c) if words[k].deprel == "case"]
        if cases and words[cases[0]].lower in _CHANNEL_CASES:
            # "in a separate statement | that Putin and Erdogan had …": a clause the parser hangs
            # on the channel noun is what was said, not part of the channel
            clauses = frozenset(k for k in sentence.children(c)
                                if words[k].deprel.split(":")[0] in ("acl", "ccomp", "advcl"))
            return _span(sentence, _trim_punct(sentence, sentence.subtree(c, clauses)))
    return None


def _side(sentence: Sentence, verb: int) -> tuple[str, int] | None:
    """Where the reported clause sits relative to the cue: ("right", head) or ("left", head)."""
    words = sentence.words
    w = words[verb]
    comps = [c for c in sentence.children(verb) if words[c].deprel == "ccomp"]
    own_clause = any(c > verb for c in comps)  # "…; Clinton's team says she'll continue …"
    # (but "The Latest: Trump urges …": a colon makes the words before it a lead-in or label)
    if w.deprel == "parataxis" and 0 <= w.head < verb and not own_clause and not _bare_nominal(sentence, w.head) \
            and not any(words[k].text == ":" for k in range(w.head + 1, verb)):
        return "left", w.head            # "…, the army said" hanging off the clause
    if w.deprel == "conj" and 0 <= w.head < verb and words[verb - 1].text == "," and \
            not own_clause and words[w.head].deprel == "root":
        return "left", w.head            # "…, said Brian Baker": the parser coordinates the cue

    later = _continuations(sentence, verb)
    # a clause after ", adding" belongs to "adding" even when the parser hangs it on the first cue
    right = [c for c in comps if c > verb and not any(k < c for k in later)]
    if right:
        return "right", right[0]
    if w.head >= 0 and verb in _continuations(sentence, w.head):
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


def _bare_nominal(sentence: Sentence, head: int) -> bool:
    """``Douglas Brinkley, a historian …, recalled, "…"`` with the cue hung on the name: a noun
    phrase with no predicate of its own is the speaker, not a reported clause."""
    words = sentence.words
    return words[head].upos in ("NOUN", "PROPN", "PRON", "NUM") and \
        not sentence.dependents(head, "cop", "nsubj", "nsubj:pass", "csubj")


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


_CLAUSAL = {"speech", "statement", "writing", "argument", "denial", "belief", "evidence", "question"}
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def _has_clause(sentence: Sentence, indices: list[int]) -> bool:
    """Does this stretch hold a finite verb (or a "that"/"whether"/"if" clause)?"""
    words = sentence.words
    for i in indices:
        w = words[i]
        if w.xpos in _FINITE or w.upos == "AUX" or w.lower in ("that", "whether", "if"):
            return True
        if w.xpos == "VBN" and i > 0 and words[i - 1].upos in ("NOUN", "PROPN", "PRON", "NUM"):
            return True
    return False


def _words_after_cue(sentence: Sentence, verb: int, with_object: bool) -> list[int]:
    """Words after the cue other than punctuation and its time, place, hearer (and object)."""
    words = sentence.words
    rels = ("obj", "iobj", "obl", "advmod") if with_object else ("iobj", "obl", "advmod")
    trailing = {i for c in sentence.children(verb) if c > verb and words[c].deprel.split(":")[0] in rels
                for i in sentence.subtree(c)}
    return [w.index for w in words[verb + 1:] if w.upos != "PUNCT" and w.index not in trailing]


def _positional_side(sentence: Sentence, verb: int, recipient: bool = False) -> tuple[str, int] | None:
    """Where the reported clause is when the parser missed it, from word order alone.

    Right: a finite verb follows the cue ("X says the campaign violated the law").
    Left: nothing but punctuation follows the cue's clause, and a clause with a
    finite verb ends in a comma or quotation mark before it ("…, the army said").
    """
    words = sentence.words
    later = _continuations(sentence, verb)
    stop = min(later) if later else len(words)
    for w in words[verb + 1:stop]:
        if w.index <= verb + 1:
            continue
        prev = words[w.index - 1]
        # a past participle right after a noun is the compact tagger's usual VBD/VBN confusion
        if w.xpos in _FINITE or (w.xpos == "VBN" and prev.upos in ("NOUN", "PROPN", "PRON", "NUM")):
            return "right", w.index
    subj = next((c for c in sentence.children(verb) if words[c].deprel.startswith("nsubj")), None)
    start = min(verb, noun_phrase(sentence, subj)[0] if subj is not None else verb)
    while start > 0 and words[start - 1].upos in ("DET", "ADJ", "PROPN", "NOUN", "NUM") and subj is None:
        start -= 1
    # after the cue only its hearer, time or channel ("told The Huffington Post on Thursday"); an
    # object that is no hearer is what was said ("which has denied any involvement")
    rest = _words_after_cue(sentence, verb, with_object=recipient)
    has_object = any(c > verb and words[c].deprel == "obj" for c in sentence.children(verb)) and not recipient
    relative = subj is not None and words[subj].lower in ("who", "which", "that")
    if start >= 3 and words[start - 1].text in (",", "\u201d", '"', "\u2019", "'") and len(rest) <= 4 and \
            any(w.xpos in _FINITE for w in words[:start]) and not has_object and not relative:
        return "left", start  # (never for "…, which denied any involvement": the object was said)
    return None


def _listed_verb(word: Word, lex: Lexicon) -> bool:
    """A reporting verb of the lexicon, by lemma or (where the lemmatiser slipped) by form."""
    return bool(lex.verb(word.lemma or word.text) or lex.verb_from_form(word.text))


def _continuations(sentence: Sentence, verb: int) -> list[int]:
    """``…, adding …`` / ``… and added …``: later cue-like verbs that continue this one."""
    words = sentence.words
    lex = load_lexicon()
    out = []
    for c in sentence.children(verb):
        if c <= verb or words[c].deprel.split(":")[0] not in ("advcl", "conj", "parataxis", "xcomp"):
            continue
        if words[c - 1].upos not in ("PUNCT", "CCONJ"):
            continue
        if _listed_verb(words[c], lex):
            out.append(c)
    return out


def _clip_to(text: str, spans: list[tuple[int, int]], q: Quotation) -> list[tuple[int, int]]:
    """Content of an attribution nested in a quotation stays inside that quotation."""
    out = []
    for start, end in spans:
        clipped = end > q.inner_end
        start, end = max(start, q.inner_start), min(end, q.inner_end)
        while clipped and end > start and text[end - 1] in " ,;:.\u201d\u2019\"'":
            end -= 1
        if end > start:
            out.append((start, end))
    return out


def _is_time_or_channel(sentence: Sentence, i: int, lex: Lexicon) -> bool:
    lemma = (sentence.words[i].lemma or sentence.words[i].text).lower()
    return lemma in lex.words("time_words") or lemma in lex.channels


def _clause_words(sentence: Sentence, verb: int, side: str, content_head: int, lex: Lexicon,
                  takes_recipient: bool) -> tuple[list[int], int, int]:
    """The reported words, and the word range (lo, hi) of the reporting clause.

    Positions, not just the parse, decide the content: the compact parser often
    hangs a trailing phrase of the reported clause on the cue, so everything after
    the reporting clause up to the end of the sentence (or up to a continuation
    such as ", adding …") is reported material.
    """
    words = sentence.words
    n = len(words)
    kids = sentence.children(verb)
    subjects = [c for c in kids if words[c].deprel.startswith("nsubj")]
    # the reporting clause reaches left over the nearest subject, auxiliaries and adverbs that
    # touch the cue; anything further left is reported material or a sentence adverbial
    lo = verb
    subjects_before = [c for c in kids if c < verb and words[c].deprel.startswith("nsubj")
                       and (side != "left" or c >= content_head)]
    near: set[int] = set(_merge_adjacent_subjects(sentence, verb, noun_phrase(sentence, subjects_before[-1]))) \
        if subjects_before else set()
    for c in kids:
        rel = words[c].deprel.split(":")[0]
        if c < verb and rel in ("aux", "advmod", "expl") and (side != "left" or c >= content_head):
            near |= set(sentence.subtree(c))
    while lo - 1 in near and words[lo - 1].text not in _QUOTE_TOKENS:
        lo -= 1  # (never over a quotation mark: what precedes it is quoted, not reporting)
    if side == "right":
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
        start = hi + 1
        end = n - 1
        if words[verb].deprel in ("acl:relcl", "csubj"):
            # "what Trump says his plan would do … has endured": a cue inside a relative clause or a
            # clausal subject reports no further than that clause
            end = sentence.subtree(verb)[-1]
        for c in _continuations(sentence, verb):
            if c > content_head:
                end = min(end, c - 1)
        for c in kids:
            # "Russian officials claimed the incident was an accident, the Turkish army said in a
            # statement": a reporting clause with its own subject, set off after the content, is
            # the outer report, not part of what was claimed
            if c > content_head and words[c].deprel == "parataxis" and _subject(sentence, c) is not None and \
                    _listed_verb(words[c], lex):
                first = next(i for i in sentence.subtree(c) if words[i].upos != "PUNCT")
                if start < first <= end and words[first - 1].text in (",", "--", "\u2014", "\u2013"):
                    end = first - 1
        # ", adding …" / ", saying …" ends the reported clause wherever the parser hung it
        for i in range(start + 1, end + 1):
            if words[i - 1].text == "," and (words[i].lower in _CONCESSIVE or (
                    words[i].lower.endswith("ing") and lex.verb_from_form(words[i].lower))):
                end = min(end, i - 1)  # ", although he again refused …": the reporter's aside
                break
            if words[i].lower in _TIME_SUBORDINATORS and i + 1 <= end and \
                    words[i + 1].upos in ("PROPN", "PRON", "DET", "NOUN") and _quoted_sentence_ends(sentence, i - 1):
                end = min(end, i - 1)  # "“That makes me smart,” when Clinton blasted him": the scene
                break
        if words[0].lower in _ADVERBIAL_SUBORDINATORS and lo <= 2 and content_head < n:
            # "After campaign aides insisted that …, the campaign has …": the reported clause ends
            # with the opening adverbial clause; the main clause after its comma is the reporter's
            tail = sentence.subtree(content_head)[-1]
            if start <= tail < end and words[tail + 1].text == ",":
                end = tail
        content = list(range(start, end + 1))
        return _trim_punct(sentence, content), lo, hi
    # left: the reported clause runs from the sentence start up to the reporting clause
    content = list(range(0, lo))
    hi = verb
    return _trim_punct(sentence, content), lo, hi


def _quoted_sentence_ends(sentence: Sentence, k: int) -> bool:
    """Word ``k`` closes a quoted sentence ("“That makes me smart,”"): a capital after the
    opening mark and a comma, question or exclamation mark before the closing one — not a
    quoted fragment of reported speech ("was “absolutely right” when he said …")."""
    words = sentence.words
    if k < 2 or words[k].text not in CLOSING_QUOTE_TOKENS or words[k - 1].text not in (",", "?", "!"):
        return False
    opening = next((j for j in range(k - 2, -1, -1) if words[j].text in OPENING_QUOTE_TOKENS), None)
    return opening is not None and opening + 1 < k and words[opening + 1].text[:1].isupper()


def _xcomp_content(sentence: Sentence, verb: int, recipient: bool) -> list[int]:
    """``vowed to punish …``; ``urged supporters to monitor …`` (the hearer is part of the content)."""
    words = sentence.words
    for c in sentence.children(verb):
        if c > verb and recipient and words[c].deprel == "obj" and any(
                words[k].deprel == "acl" and words[k].xpos == "VB" and
                any(words[m].lower == "to" and words[m].deprel == "mark" for m in sentence.children(k))
                for k in sentence.children(c)):
            # "urges supporters to monitor polling places" with the infinitive hung on the hearer
            return _trim_punct(sentence, sentence.subtree(c))
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
            return _trim_punct(sentence, list(range(start, end + 1)))
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


def _subject_in(sentence: Sentence, verb: int, nouns: frozenset[str]) -> bool:
    """The cue's subject is one of ``nouns``: a source document ("a study found …", source_documents.txt)
    or a written or filmed work ("The film explores …", ``_written_works``)."""
    subj = _subject(sentence, verb)
    return subj is not None and (sentence.words[subj].lemma or sentence.words[subj].text).lower() in nouns


_TOPIC_MARKERS = {"about", "over", "for", "at", "with", "that", "on"}


def _np_content(sentence: Sentence, verb: int, need_predicate: bool, particle: str | None = None,
                as_predicate: bool = False, topic: bool = False) -> list[int]:
    """``cited derogatory comments … as examples``, ``called him a “liar”``, ``called for a ban``;
    with ``as_predicate`` only an object with an "as" predicate ("see the program as a way …"),
    with ``topic`` only an object saying what it is about ("expressed concern about the policy")."""
    words = sentence.words
    kids = sentence.children(verb)
    lex = load_lexicon()
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
    if not (need_predicate or as_predicate or topic):
        # "has mentioned refinancing student loans", "cited improving mental health services":
        # a bare gerund clause is the thing mentioned (the parser makes it an xcomp)
        objects += [c for c in kids if c > verb and all(words[k].upos == "ADV" for k in range(verb + 1, c))
                    and words[c].deprel in ("xcomp", "ccomp") and words[c].xpos == "VBG"
                    and not any(words[k].deprel in ("mark", "nsubj") for k in sentence.children(c))]
    objects.sort()
    if not objects:
        return []
    first = objects[0]
    end = sentence.subtree(first)[-1]
    if topic and not any(words[k].lower in _TOPIC_MARKERS and words[k].deprel in ("case", "mark")
                         for c in [*sentence.children(first), *(c for c in kids if c > first)]
                         for k in sentence.children(c)):
        return []  # "to express condolences": a courtesy, not a view on anything
    predicate = False
    for c in kids:
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
    if need_predicate and not predicate and not as_predicate:
        hidden = _hidden_predicate(sentence, verb, first)
        if hidden >= 0:
            predicate, end = True, max(end, hidden)
    # "what she called a “rant,”": the object is the relative word before the cue, and the
    # phrase after the cue is the name given
    named = need_predicate and not predicate and any(
        c < verb and words[c].deprel == "obj" and words[c].lower in ("what", "which", "that") for c in kids)
    if need_predicate and not predicate and not named:
        return []
    # "lauded Mr. Clarke in his address for helping …", "citing her work after the attacks": the
    # phrases the parser hangs on the cue right after the object belong to what was said
    reach = end  # (a time or channel phrase joins only when a phrase of what was said follows it)
    for c in sorted(kids):
        if c <= end:
            continue
        tree = sentence.subtree(c)
        rel = words[c].deprel.split(":")[0]
        marked = any(words[k].deprel == "mark" and words[k].lower in ("like", "by", "for", "in", "of", "about")
                     for k in sentence.children(c))
        if tree[0] != reach + 1 or rel not in ("obl", "nmod", "advcl", "xcomp") or \
                (rel == "advcl" and ((words[c].xpos == "VBG" and not marked) or any(  # not "as Pyongyang fired …"
                    words[k].deprel.startswith("nsubj") for k in sentence.children(c)))):
            break
        if _is_time_or_channel(sentence, c, lex):
            reach = tree[-1]  # "lauded Mr. Clarke in his address | for helping …"
            if not any(words[k].deprel.split(":")[0] in ("acl", "advcl") and any(
                    words[m].deprel == "mark" and words[m].lower in ("for", "by") for m in sentence.children(k))
                    for k in sentence.children(c)):
                continue  # (unless the parser hung the reason on the channel: "address for helping")
        end = reach = tree[-1]
    if named:
        return _trim_punct(sentence, list(range(_first_after(sentence, first, verb), end + 1)))
    start = _first_after(sentence, first, verb)
    start = next((i for i in range(start, end + 1)
                  if words[i].deprel not in ("case", "mark") or words[i].head != first), start)
    # "cited criticism of Matt Lauer, who took heat for …": a non-restrictive relative or an
    # "including …" aside is the reporter's description, not what was cited
    aside = next((i for i in range(start + 1, end) if words[i].text in (",", "--", "\u2014", "\u2013")
                  and words[i + 1].lower in _ASIDE_OPENERS), None)
    if aside is not None:
        end = aside - 1
    return _trim_punct(sentence, list(range(start, end + 1)))


def _first_after(sentence: Sentence, head: int, verb: int) -> int:
    """The first word of ``head``'s phrase after the cue (a comma the parser hung on the phrase
    from before the cue does not pull the cue into its own content)."""
    return min(i for i in sentence.subtree(head) if i > verb)


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
                      if words[k].lower in ("a", "an") or words[k].text in _QUOTE_TOKENS or
                      words[k].lower == "as" and k < end and
                      (words[k + 1].upos in ("DET", "ADJ", "NOUN", "PROPN") or words[k + 1].text in _QUOTE_TOKENS)),
                     None)
    if predicate is None or predicate > first + 8:
        return []
    return _trim_punct(sentence, list(range(first, end + 1)))


_RELATIVE = {"who", "whom", "that", "which", "whose"}
_ASIDE_OPENERS = {"who", "whom", "whose", "which", "including"}
_CONCESSIVE = {"although", "though", "whereas"}
_TIME_SUBORDINATORS = {"when", "while", "after", "before", "as", "because", "since"}
# openers of an adverbial clause that is never what was said ("After aides insisted …, the campaign",
# "If we lived in normal times, a reader would ask"); not "as", which opens reporting clauses too
_ADVERBIAL_SUBORDINATORS = (_TIME_SUBORDINATORS - {"as"}) | _CONCESSIVE | {"if", "unless", "once", "until"}


def _introduced_by(sentence: Sentence, head: int, preposition: str) -> bool:
    words = sentence.words
    return any(words[k].deprel == "case" and words[k].lower == preposition for k in sentence.children(head)) or \
        (head > 0 and words[head - 1].lower == preposition)


def _hidden_predicate(sentence: Sentence, verb: int, obj: int) -> int:
    """``called the charges unsubstantiated``, ``called her vote in favor of the war a mistake``.

    The compact parser hangs the object's predicate inside the object or a later phrase:
    an adjective or participle right after the object noun, or a later bare "a/an" noun
    phrase with no preposition. Returns the predicate's last word, or -1.
    """
    words = sentence.words
    times = load_lexicon().words("time_words")
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


_GLUE_WINDOW = 12


def _between_is_glue(text: str, start: int, end: int, allow_that: bool = False) -> bool:
    if end - start > _GLUE_WINDOW:
        return False
    gap = text[start:end].strip()
    if allow_that and gap.lower().endswith("that"):
        gap = gap[:-4].strip()
    return all(ch in ",:;—–-" for ch in gap) and len(gap) <= 2


def _adjacent_quotations(doc: Document, scan: QuoteScan, sentence: Sentence, lo: int, hi: int) -> list[Quotation]:
    """Top-level quotations that touch the reporting clause words[lo..hi] (before or after)."""
    text = doc.text
    start, end = sentence.words[lo].start, sentence.words[hi].end
    out = []
    for q in scan.index.ending_in(start - _GLUE_WINDOW, start):
        # a quotation closing a paragraph is not what the next paragraph's "X added, “…”" says
        if q.depth == 0 and _between_is_glue(text, q.end, start) and "\n" not in text[q.end:start]:
            out.append(q)
    for q in scan.index.starting_in(end, end + _GLUE_WINDOW):
        if q.depth == 0 and _between_is_glue(text, end, q.start, allow_that=True):
            out.append(q)
    return out


def _quotation_before(doc: Document, scan: QuoteScan, sentence: Sentence, lo: int, hi: int) -> bool:
    """A quoted clause closes with a comma (or ? !) right before the reporting clause.

    The wire convention (AP, Reuters) for a quotation attributed by what follows:
    “We will achieve justice,” Jordan said.
    """
    start = sentence.words[lo].start
    for q in _adjacent_quotations(doc, scan, sentence, lo, hi):
        inner = doc.text[q.start:q.end].rstrip("\"'\u201d\u2019\u00bb ")
        closes_here = q.end > sentence.words[0].start
        if closes_here and q.end <= start and _quote_is_speech(doc.text, q) and inner[-1:] in (",", "?", "!"):
            return True
    return False


def _quote_is_speech(text: str, q: Quotation) -> bool:
    """A quotation that reads as speech (a clause), not a scare-quoted word or title."""
    inner = text[q.start:q.end]
    return len(inner.split()) >= 4


def _headline_case(quoted: str) -> bool:
    """'Legend in the Coal Fields.': a title (AP/Chicago headline capitalisation), not speech."""
    words = [t.strip("\"'\u201c\u201d\u2018\u2019.,;:!?()") for t in quoted.split()]
    words = [w for w in words if w[:1].isalpha() and w.lower() not in _TITLE_MINOR_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


# words headline style leaves in lower case (AP Stylebook "composition titles")
_TITLE_MINOR_WORDS = {"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by",
                      "with", "from", "as", "up"}


def _expand_to_quotations(spans: list[tuple[int, int]], scan: QuoteScan, cue_at: int = -1) -> list[tuple[int, int]]:
    """Snap content to whole quotations it overlaps (quotes that run across sentences).

    A quotation holding the cue itself is not the content: the attribution is nested in it.
    """
    out = []
    for start, end in spans:
        for q in scan.overlapping(start, end):
            if q.start <= cue_at < q.end:
                continue
            partial = (q.start < start < q.end <= end) or (start <= q.start < end < q.end)
            if partial and not (len(q.pieces) > 1 and q.start < start):
                start, end = min(start, q.start), max(end, q.end)
        out.append((start, end))
    return out


def _split_pieces(spans: list[tuple[int, int]], scan: QuoteScan) -> list[tuple[int, int]]:
    """Multi-paragraph quotations give one content fragment per paragraph."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        pieces = []
        for q in scan.overlapping(start, end):
            if q.depth == 0 and len(q.pieces) > 1 and q.start >= start and q.end <= end:
                pieces = list(q.pieces)
                break
        if pieces:
            if start < pieces[0][0]:
                pieces[0] = (start, pieces[0][1])
            if end > pieces[-1][1]:
                pieces[-1] = (pieces[-1][0], end)
            out.extend(pieces)
        else:
            out.append((start, end))
    return out


def _type(text: str, contents: list[tuple[int, int]], scan: QuoteScan) -> str:
    """direct: every fragment is a quotation; mixed: quoted words inside; else indirect."""
    direct = 0
    quoted = False
    for start, end in contents:
        while start < end and text[start] in " ,;:.":
            start += 1
        while end > start and text[end - 1] in " ,;:.":
            end -= 1
        whole = False
        for q in scan.overlapping(start, end):
            if q.start <= start and end <= q.end and (q.start, q.end) != (start, end) and \
                    (start, end) not in q.pieces:
                continue  # the content lies inside this quotation (a nested attribution)
            if (q.start, q.end) == (start, end) or (start, end) in q.pieces:
                whole = True
            elif q.start < end and q.end > start:
                quoted = True
        direct += whole
        quoted = quoted or whole
    if not quoted:
        return "indirect"
    return "direct" if direct == len(contents) else "mixed"


def _content_spans(sentence: Sentence, indices: list[int]) -> list[tuple[int, int]]:
    idx = _trim_punct(sentence, indices)
    if not idx:
        return []
    # drop a leading "that" only when it is not the complementiser (kept: PolNeAR keeps "that")
    return [_span(sentence, idx)]


# (with the participial "marginal prepositions" the tagger reads as verbs, Quirk et al. 9.6: given,
# considering, regarding, concerning, including)
_ADVERBIAL_OPENERS = {"following", "after", "before", "during", "despite", "since", "until", "amid", "as",
                      "in", "on", "at", "with", "without", "for", "from", "by", "of", "while", "when", "if",
                      "given", "considering", "regarding", "concerning", "including"}


def _demonstrative(sentence: Sentence, i: int) -> bool:
    """A demonstrative pronoun ("That is …", "This shows …"; not the relative "that", WDT)."""
    w = sentence.words[i]
    return w.upos == "PRON" and w.xpos == "DT" and w.lower in ("this", "that", "these", "those")


def _plausible_source(sentence: Sentence, head: int) -> bool:
    """A subject the parser found can be a source: not an adverbial ("Following the debate")."""
    first = sentence.words[noun_phrase(sentence, head)[0]]
    return first.lower not in _ADVERBIAL_OPENERS and first.upos not in ("ADP", "SCONJ")


def _pick_subject(sentence: Sentence, verb: int, side: str | None) -> int | None:
    words = sentence.words
    times = load_lexicon().words("time_words")
    subjects = [c for c in sentence.children(verb) if words[c].deprel in ("nsubj", "nsubj:outer", "csubj")
                and (words[c].lemma or words[c].text).lower() not in times  # "said Monday"
                and _plausible_source(sentence, c)]
    if not subjects:
        return None
    before = [c for c in subjects if c < verb]
    if side == "right":
        return before[-1] if before else None
    return min(subjects, key=lambda c: abs(c - verb))


_SOURCE_STARTS = {"DET", "PROPN", "NOUN", "ADJ", "PRON", "NUM"}


def _surface_postposed(sentence: Sentence, verb: int) -> tuple[list[int], list[int], int] | None:
    """``CLAUSE, a senior official who asked not to be named argued.`` — from word order alone.

    The AP's postposed attribution: the cue ends the sentence, its subject sits between the
    last comma (or closing quotation mark) and the cue, and the clause before is reported.
    Used when the parser gives the cue no subject.  Returns (subject, content, subject head).
    """
    words = sentence.words
    # after the cue only its time, place or hearer ("said at a Washington event this month")
    if len(_words_after_cue(sentence, verb, with_object=False)) > 4:
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
    content = _trim_punct(sentence, list(range(0, k + 1)))
    if len(content) < 3:
        return None
    return subject, content, nouns[-1]


def _well_formed_mention(sentence: Sentence, mention: list[int]) -> bool:
    """A source mention does not end with an auxiliary, "to", a preposition or a conjunction:
    "the questions sparked by Scott's death will take longer to", "he declined to" are what a
    parse slip makes of one.  (A final "verb" is kept: the compact tagger reads plural nouns
    as verbs — "New York City educators/VBZ".)"""
    return sentence.words[mention[-1]].upos not in ("AUX", "PART", "ADP", "SCONJ", "CCONJ")


def _passive_object(sentence: Sentence, verb: int) -> list[int]:
    """The passive subject of a cue with a by-agent ("was announced by the ministry"): the thing
    the agent said or judged.  Not a pronoun (its antecedent is elsewhere)."""
    words = sentence.words
    kids = sentence.children(verb)
    if _agent(sentence, verb) is None or not any(words[c].deprel == "aux:pass" for c in kids):
        return []
    subject = next((c for c in kids if words[c].deprel == "nsubj:pass" and c < verb), None)
    if subject is None or words[subject].upos == "PRON":
        return []
    return _trim_punct(sentence, noun_phrase(sentence, subject))


def _participial_opener(sentence: Sentence, first: int) -> bool:
    """The sentence opens with a participle that has no subject: "Asked about …", "Speaking at …"."""
    words = sentence.words
    opener = words[first]
    return first == next((w.index for w in words if w.upos != "PUNCT"), -1) and opener.upos == "VERB" and \
        opener.xpos in ("VBN", "VBD", "VBG") and \
        not any(words[c].deprel.startswith("nsubj") for c in sentence.children(first))


def _parenthetical(sentence: Sentence, verb: int, lo: int, hi: int, category: str) -> list[list[int]]:
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
    if not any(words[c].deprel.startswith("nsubj") and lo <= c <= hi for c in sentence.children(verb)):
        return []  # "Clinton, at a later press gaggle, said, “…”": what precedes is the subject
    lex = load_lexicon()
    if lex.verb_from_form(after.lower) or (after.upos == "CCONJ" and lex.verb_from_form(words[hi + 3].lower)):
        return []
    left, right = _trim_punct(sentence, list(range(0, lo - 1))), _trim_punct(sentence, list(range(hi + 2, len(words))))
    if sum(words[i].upos != "PUNCT" for i in left) < 2 or sum(words[i].upos != "PUNCT" for i in right) < 2:
        return []
    return [left, right]


def _text_around(text: str, sentence: Sentence, verb: int, before: int, after: int) -> str:
    """The words from ``before`` words left of the cue to ``after`` right of it, lower-cased."""
    words = sentence.words
    start, end = words[max(0, verb - before)].start, words[min(len(words) - 1, verb + after)].end
    return " ".join(text[start:end].lower().split())


def _anonymity_formula(text: str, sentence: Sentence, verb: int) -> bool:
    window = _text_around(text, sentence, verb, 1, 6)
    return any(window.startswith(p) or window.startswith(p.split(" ", 1)[1]) or f" {p}" in f" {window}"
               for p in load_lexicon().words("anonymity_phrases"))


_NOMINAL = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PUNCT"}
_SUBORDINATORS = {"when", "as", "while", "after", "before", "because", "since", "although", "though",
                  "whenever", "until"}


def _adverbial_clause(sentence: Sentence, verb: int, first: int) -> bool:
    """The words after the cue open an adverbial clause of the cue itself (time, reason)."""
    words = sentence.words
    if words[first].lower not in _SUBORDINATORS or words[first].deprel not in ("mark", "advmod"):
        return False
    clause = words[first].head
    if not (clause > first and words[clause].head == verb and words[clause].deprel.startswith("advcl")):
        return False
    # "have not said when they would act", "said when it would reopen": an embedded question
    negated = any(words[c].lower in ("not", "n't", "never") for c in sentence.children(verb))
    modal = any(words[c].lower in ("would", "will", "could", "might", "should") and words[c].deprel == "aux"
                for c in sentence.children(clause))
    question = words[first].lower in ("when", "why", "where", "how", "whether", "if")
    return not (question and (negated or modal))


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


def _inverted_object(sentence: Sentence, verb: int) -> int | None:
    """``Said Ellis: …`` / ``said Ellis.``: a proper name right after an intransitive speech cue."""
    words = sentence.words
    for c in sentence.children(verb):
        # the compact parser also reads the name as a predicate ("…, said/VBN Batchelder/xcomp.")
        if words[c].deprel in ("obj", "xcomp", "dep") and words[c].upos == "PROPN" and \
                sentence.subtree(c)[0] == verb + 1:
            return c
    return None


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
        aside = (words[c].deprel == "advcl" and words[c].xpos == "VBG" and words[end + 1].text == ","
                 and phrase[0] in (end + 1, end + 2) and not any(words[k].text in _QUOTE_TOKENS for k in phrase)
                 and lex.verb(words[c].lemma) is None)  # ", adding later, “…”" reports the rest itself
        if not aside and (words[c].deprel.split(":")[0] not in ("obl", "advmod") or phrase[0] != end + 1):
            break
        for k in phrase:
            if words[k].text in _QUOTE_TOKENS:
                break  # the parser may hang the resuming quotation's mark on the phrase
            end = k
    while end + 1 < len(words) and words[end + 1].text == ",":
        end += 1
    return end if end > hi else hi


def _speech_idiom(text: str, sentence: Sentence, verb: int) -> bool:
    window = _text_around(text, sentence, verb, 3, 3)
    cue = sentence.words[verb].lower
    return any(cue in p.split() and p in window for p in load_lexicon().words("speech_idioms"))


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
    return _trim_punct(sentence, list(range(sentence.subtree(top)[0], verb - 1)))


_NAME_RUN = {"PROPN", "NOUN", "DET", "ADJ", "NUM", "PART"}


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
    if comma is None or comma < 1 or words[comma + 1].lower not in ("who", "which"):
        return []
    run = list(range(comma))
    if any(words[i].upos not in _NAME_RUN for i in run) or not any(words[i].upos in ("PROPN", "NOUN") for i in run):
        return []
    return run


_RUN = {"PROPN", "NOUN", "ADJ", "DET", "NUM", "PART"}
_BRIDGE = {"AUX", "ADV", "PART"}


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
    opens_quote = verb + 1 < len(words) and (words[verb + 1].text == ":" or words[verb + 1].text in _QUOTE_TOKENS)
    that_clause = not takes_recipient and any(
        words[c].deprel == "ccomp" and any(words[m].lower == "that" and words[m].deprel == "mark"
                                           for m in sentence.children(c)) for c in sentence.children(verb))
    finite = words[verb].xpos in ("VBD", "VBZ", "VBP", "VB") or \
        (words[verb].xpos == "VBN" and (opens_quote or that_clause))
    if not finite or any(words[c].deprel in ("aux:pass", "nsubj:pass") for c in sentence.children(verb)):
        return []  # a participle continues another cue; before a passive stands what was done
    i, bridged = verb - 1, 0
    while i >= 0 and words[i].upos in _BRIDGE and words[i].lower not in ("to", "not") and bridged < 3:
        i, bridged = i - 1, bridged + 1
    if i >= 0 and words[i].text == "," and i > 1:
        opening = next((k for k in range(i - 1, -1, -1) if words[k].text == ","), None)
        if opening is None or opening < 1 or \
                words[opening + 1].upos not in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "ADV"):
            return []  # (an apposition, or an aside: "Clinton, at a later press gaggle, said")
        i = opening - 1
    if i < 0 or words[i].upos not in ("PROPN", "NOUN") and words[i].lower not in ("he", "she", "they", "we"):
        return []
    end = i
    if words[i].upos == "PRON":
        return [i]
    while i - 1 >= 0 and words[i - 1].upos in _RUN and words[i - 1].text not in _QUOTE_TOKENS:
        i -= 1
    return list(range(_modified_noun_start(sentence, verb, end, i), end + 1))


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
    while node - 1 >= 0 and words[node - 1].upos in _RUN and words[node - 1].text not in _QUOTE_TOKENS:
        node -= 1
    return min(node, start)


def _merge_adjacent_subjects(sentence: Sentence, verb: int, idx: list[int]) -> list[int]:
    """"Kremlin spokesman | Dmitry Peskov": two subjects side by side are one mention (a parse slip)."""
    words = sentence.words
    merged = sorted(idx)
    for c in sentence.children(verb):
        if not words[c].deprel.startswith("nsubj") or c in merged:
            continue
        other = noun_phrase(sentence, c)
        if other[-1] + 1 == merged[0] or merged[-1] + 1 == other[0]:
            merged = sorted(set(merged) | set(other))
    return merged


_PASSIVE_CASES = {"for", "of", "as", "about"}  # not "with": "was charged with" is a legal act
# what can be reported without a reporter: not evidence ("were found dead"), intentions or
# promises ("was chosen as", "was sworn in as"), nor non-speech
_PASSIVE_CATEGORIES = {"speech", "statement", "writing", "argument", "denial", "belief", "question", "request",
                       "stance"}


def _from_passive(doc: Document, scan: QuoteScan, sentence: Sentence, cue: Cue) -> Attribution | None:
    """``He was accused of fraud``, ``turnout is expected to rise``, ``it is believed that …``.

    A reporting verb in the passive with no by-agent reports a claim whose source the
    text does not name: an attribution with no source (PARC 3.0 and PolNeAR annotate
    these; the AP Stylebook's "attribution" entry asks for the source to be named).  The
    content is the passive subject (unless a pronoun) with the verb's complement.
    """
    words = sentence.words
    v = cue.word
    kids = sentence.children(v)
    if not any(words[c].deprel in ("aux:pass", "nsubj:pass", "csubj:pass") for c in kids):
        return None
    if _agent(sentence, v) is not None or any(words[c].deprel in ("nsubj", "csubj") for c in kids):
        return None

    def introduced(c: int) -> bool:  # "criticized for …", "accused of using …"
        return any(words[k].deprel in ("case", "mark") and words[k].lower in _PASSIVE_CASES
                   for k in sentence.children(c))

    complement = next((c for c in kids if c > v and (
        words[c].deprel in ("xcomp", "ccomp", "obj")  # "has been called a charlatan"
        or (words[c].deprel.split(":")[0] in ("obl", "advcl") and introduced(c)))), None)
    if complement is None:
        return None
    parts = [_trim_punct(sentence, [i for i in sentence.subtree(complement) if i > v])]
    subject = next((c for c in kids if words[c].deprel in ("nsubj:pass", "csubj:pass")), None)
    if subject is not None and words[subject].upos != "PRON" and subject < v:
        parts.insert(0, _trim_punct(sentence, noun_phrase(sentence, subject)))
    spans = [_span(sentence, part) for part in parts if part]
    if not spans:
        return None
    if scan.inside(words[v].start) is not None:
        return None  # "Parliament must be told …" inside someone's words: their phrasing, not a source
    spans = _split_pieces(_expand_to_quotations(spans, scan, words[v].start), scan)
    return Attribution(sentence=sentence.index, contents=spans,
                       cue=_cue_span(sentence, v), source=None, confidence=0.45, agentless=True,
                       category=cue.verb.category if cue.verb else "statement", cue_word=v)


def _from_appearance(scan: QuoteScan, sentence: Sentence, cue: Cue, lex: Lexicon) -> Attribution | None:
    """``Melania seems to have vanished from the campaign trail``, ``it appeared that Trump was
    unable …``: a raising verb (Quirk et al. 16.31) presents the clause as how things look, to no
    one named — an attribution with no source (PolNeAR annotates these), whose content is the
    whole clause, subject included.  "appeared on MSNBC" has no clause: no attribution."""
    words = sentence.words
    v = cue.word
    kids = sentence.children(v)
    complement = [c for c in kids if c > v and (
        words[c].deprel == "xcomp" or (words[c].deprel == "ccomp" and any(
            words[k].lower == "that" and words[k].deprel == "mark" for k in sentence.children(c))) or (
        words[c].deprel.split(":")[0] in ("obl", "advcl") and any(
            words[k].lower in ("like", "as") and words[k].deprel in ("case", "mark") for k in sentence.children(c))))]
    if (words[v].lemma or "").lower() == "appear":
        # "appeared to blame", "it appeared that": a proposition that looks true; "appeared keen",
        # "appeared cowed" describe someone's look (the reporter's description, no attribution)
        complement = [c for c in complement if any(
            words[k].lower in ("to", "that") and words[k].deprel == "mark" for k in sentence.children(c))]
    if not complement or scan.inside(words[v].start) is not None:
        return None
    if any(words[c].deprel == "xcomp" and lex.verb((words[c].lemma or words[c].text).lower()) is not None
           for c in complement):
        return None  # "he appeared to suggest that …": the reporting verb after it is the cue, he the source
    subject = next((c for c in kids if words[c].deprel in ("nsubj", "nsubj:pass") and c < v), None)
    start = sentence.subtree(subject)[0] if subject is not None and words[subject].lower != "it" else v
    if start == v and subject is not None:
        start = sentence.subtree(complement[0])[0]  # "it appeared that …": the clause
    end = max(sentence.subtree(c)[-1] for c in complement)
    content = _trim_punct(sentence, [i for i in range(start, end + 1)])
    if not content:
        return None
    return Attribution(sentence=sentence.index, contents=[_span(sentence, content)], cue=_cue_span(sentence, v),
                       source=None, confidence=_CATEGORY_CONFIDENCE["appearance"], agentless=True,
                       category="appearance", cue_word=v)


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


def _from_verb(doc: Document, scan: QuoteScan, sentence: Sentence, cue: Cue, lex: Lexicon) -> Attribution | None:
    words = sentence.words
    v = cue.word
    verb = cue.verb
    assert verb is not None
    if _dispositional_gerund(sentence, v):
        return None
    if verb.category == "appearance":
        return _from_appearance(scan, sentence, cue, lex)
    if verb.category in _PASSIVE_CATEGORIES and "quote" not in verb.frames:
        passive = _from_passive(doc, scan, sentence, cue)
        if passive is not None:
            return passive
    category = verb.category
    frames = verb.frames
    placed = _side(sentence, v) if category not in ("stance", "intention") else None
    if placed is None and category in _CLAUSAL:
        placed = _positional_side(sentence, v, verb.takes_recipient)
    content_idx: list[int] = []
    quote_first = False
    if placed:
        side, head = placed
        content_idx, lo, hi = _clause_words(sentence, v, side, head, lex, verb.takes_recipient)
        if side == "right" and not _has_clause(sentence, content_idx):
            content_idx = []  # "she said, clapping": no reported clause on the right
        if side == "right" and content_idx and verb.takes_recipient:
            content_idx = _drop_hearer(sentence, v, head, content_idx)
        if side == "right" and content_idx and _adverbial_clause(sentence, v, content_idx[0]):
            content_idx, side = [], None  # "Wahl said when she resigned …": when, not what
        if side == "left" and content_idx and words[content_idx[0]].deprel == "mark" and \
                words[content_idx[0]].lower in _ADVERBIAL_SUBORDINATORS:
            content_idx, side = [], None  # "If we lived in normal times, a reader would ask: …": a condition
        if side == "right" and content_idx and words[content_idx[0]].lower != "that" and \
                _quotation_before(doc, scan, sentence, lo, hi) and \
                not scan.overlapping(words[content_idx[0]].start, words[content_idx[-1]].end):
            # “…,” Melanie said, and soon …; “…,” said Joseph, who has …: the quotation is what
            # was said, the words after the cue are the reporter's narrative
            content_idx, side, quote_first = [], None, True
    else:
        side = None
        lo, hi = _clause_words(sentence, v, "right", len(words), lex, verb.takes_recipient)[1:]
    participle = v > 0 and words[v - 1].text == "," and words[v].lower.endswith("ing")
    if side == "left" and participle:
        content_idx, side = [], None  # ", saying …" reports what follows it, never the clause before
    if not content_idx and "xcomp" in frames and not quote_first:
        content_idx = _xcomp_content(sentence, v, verb.takes_recipient)
    if not content_idx and "np-document" in frames and not quote_first and \
            _subject_in(sentence, v, _written_works()):
        content_idx = _np_content(sentence, v, need_predicate=False, particle=verb.particle)
    if not content_idx and frames & {"np", "np-predicate", "as-predicate", "np-topic"} and not quote_first:
        # "A 2014 study found 31 incidents of …": a study, poll or report finds or shows a thing
        content_idx = _np_content(sentence, v, need_predicate=not frames & {"np", "np-topic"} and not (
            category == "evidence" and _subject_in(sentence, v, lex.words("source_documents"))),
            particle=verb.particle,
            as_predicate="as-predicate" in frames, topic="np-topic" in frames)
    if not content_idx and "np-predicate" in frames and not quote_first:
        content_idx = _surface_predicate(sentence, v)
    passive_object = [] if quote_first else _passive_object(sentence, v)
    if passive_object and (not content_idx or (frames & {"np", "np-predicate"} and content_idx[0] > v)):
        # "The registration issue was first reported by The Washington Post", "the plan was
        # criticized by Democrats as reckless": the passive subject is what was reported or judged
        content_idx = passive_object
        side, lo = "left", max(passive_object) + 1
        hi = max([hi, v] + [i for i in sentence.subtree(_agent(sentence, v) or v) if i > v])
    if content_idx and side is None:
        side = "right"
        hi = min(hi, content_idx[0] - 1)
    if side == "right" and content_idx and words[content_idx[0]].lower == "by" and \
            content_idx[0] + 1 < len(words) and lex.verb_from_form(words[content_idx[0] + 1].lower) is not None:
        return None  # "responded by saying …": the gerund is the report, this cue only its occasion
    subj = _pick_subject(sentence, v, side)
    if subj is None and category in ("speech", "statement") and not verb.takes_recipient:
        subj = _inverted_object(sentence, v)
        if subj is not None:  # "Said Ellis: “…”" parsed with the speaker as the object
            mention = set(noun_phrase(sentence, subj))
            content_idx = _trim_punct(sentence, [i for i in content_idx if i not in mention])
            lo, hi = min(lo, v), max(hi, max(mention))
            side = side if content_idx else None
    cue_quote = scan.inside(words[v].start)
    if subj is not None and scan.inside(words[subj].start) not in (None, cue_quote):
        subj = None  # the subject sits inside a quotation the cue is outside of: a parse slip
    surface_subject: list[int] = []
    if subj is None and side != "right" and category in _CLAUSAL | {"nonspeech"}:
        found_surface = _surface_postposed(sentence, v)
        if found_surface:
            surface_subject, content_idx, subj = found_surface
            side, lo, hi = "left", surface_subject[0], v
    if subj is not None:
        mention = _merge_adjacent_subjects(sentence, v, noun_phrase(sentence, subj))
        lo = min(lo, mention[0])
        if side != "right":
            hi = max(hi, mention[-1])
    parenthetical = [] if participle else _parenthetical(sentence, v, lo, hi, category)
    if parenthetical:
        content_idx = parenthetical[0] + parenthetical[1]  # "X, Tompkins said, is …": both sides
    content_idx = [i for i in content_idx if not (lo <= i <= hi)]
    content_set = set(content_idx)
    inside = cue_quote
    trail = _trailing_setting(sentence, v, hi, lex)
    adjacent = [q for q in _adjacent_quotations(doc, scan, sentence, lo, trail)
                if q is not inside and (_quote_is_speech(doc.text, q) or (
                    "quote" in frames and q.start > words[v].start and len(doc.text[q.start:q.end].split()) >= 2))]
    if parenthetical:
        spans = [_span(sentence, part) for part in parenthetical]
    else:
        spans = _content_spans(sentence, content_idx) if content_idx else []
    if adjacent:
        qspans = sorted((q.start, q.end) for q in adjacent)
        within = spans and all(any(qs <= s and e <= qe for qs, qe in qspans) for s, e in spans)
        # “A,” she said, pointing at the chart, “B.”: the quotation resumes after the aside
        interrupted = trail > hi and any(q.end <= words[lo].start for q in adjacent) and \
            any(q.start >= words[trail].end for q in adjacent)
        # "Asked to describe the device, O'Neill said, “Not going to go into that.”": a participial
        # opener before the reporting clause sets the scene; the quotation after it is what was said
        scene = content_idx and content_idx[0] < lo and _participial_opener(sentence, content_idx[0]) and \
            all(q.start > words[v].start for q in adjacent)
        # "McCaskill scolded him: “…,” she said.": the words before the colon are the reporter's
        scene = scene or bool(content_idx) and content_idx[0] < lo and any(
            q.end <= words[lo].start and doc.text[words[content_idx[0]].start:q.start].rstrip().endswith(":")
            for q in adjacent)
        if not spans or within or interrupted or scene or "quote" in frames:
            spans = qspans
    if not spans:
        return None
    # the subject: own, or by-agent ("was announced by the ministry")
    subj_idx: list[int] = []
    if subj is None:
        subj = _agent(sentence, v)
        if subj is not None:
            subj_idx = [i for i in noun_phrase(sentence, subj) if words[i].lower != "by"]
        else:
            controller = _participle_controller(sentence, v)
            subj_idx = ([i for i in noun_phrase(sentence, controller) if words[i].deprel not in ("case", "cc")
                         and i < v] if controller is not None else []) or \
                _appositive_subject(sentence, v) or _interrupted_subject(sentence, v) or \
                _adjacent_subject(sentence, v, verb.takes_recipient)
            subj = controller if controller is not None else subj_idx[-1] if subj_idx else None
    elif surface_subject:
        subj_idx = surface_subject
    else:
        subj_idx = _merge_adjacent_subjects(sentence, v, noun_phrase(sentence, subj))
    if subj is not None and words[subj].lower in _FIRST_PERSON and category in ("belief", "evidence"):
        return None  # "I think", "we believe": a hedge inside someone's words, not a new source
    if subj is not None and set(subj_idx) & content_set:
        return None
    if subj_idx and not _well_formed_mention(sentence, subj_idx):
        return None  # "North Korea's nuclear ambitions have barely been | mentioned": a parse slip
    if category in ("belief", "evidence") and side != "right" and not adjacent and not (
            side == "left" and subj is not None and _postposed(sentence, v)):
        return None  # (but "…, a USA TODAY analysis shows." / "…, economists believe." report the clause)
    if _anonymity_formula(doc.text, sentence, v):
        return None  # "who asked not to be named": why a source is anonymous, not what it said
    if _speech_idiom(doc.text, sentence, v):
        return None  # "it goes without saying that …", "needless to say
    if (category == "nonspeech" or "quote" in frames) and not adjacent:
        return None  # "smiled", "continued" only attribute a quotation: “Great,” he smiled.
    antecedent = None
    if subj is not None and words[subj].lower in ("who", "that", "which") and words[v].deprel.startswith("acl"):
        antecedent = words[v].head
    if "personal" in frames:
        holder, holder_idx = subj, subj_idx
        if holder is None and words[v].xpos == "VBG" and words[v].deprel.split(":")[0] in ("advcl", "conj") and \
                0 <= words[v].head < v:
            # "Trump admires Putin as a “strong leader,” comparing him favorably to Obama": a
            # participle continuing a clause takes that clause's subject (found later, by inheritance)
            holder = _subject(sentence, words[v].head)
            holder_idx = noun_phrase(sentence, holder) if holder is not None else []
        if not _personal_source(sentence, holder, holder_idx, antecedent, lex):
            return None  # "Moscow supporting the regime", "jets attacked": an act, not a view

    spans = _split_pieces(_expand_to_quotations(spans, scan, words[v].start), scan)
    if inside is not None:
        if subj is None or words[subj].upos == "PRON" or words[subj].lower in _RELATIVE:
            # “He said it over and over …”, “I'd say …”, “they say …” inside someone's words:
            # the quoted speaker's own narration; a named source ("“Russian officials have
            # said …,” the army said") is a nested attribution worth its own record
            return None
        spans = _clip_to(doc.text, spans, inside)
        if not spans:
            return None
    confidence = _CATEGORY_CONFIDENCE.get(category, 0.7)
    if subj is None:
        confidence -= 0.1
    return Attribution(
        quoted_cue=inside is not None,
        sentence=sentence.index, contents=spans, cue=_cue_span(sentence, v),
        source=_span(sentence, subj_idx) if subj_idx else None, confidence=round(confidence, 2),
        category=category, cue_word=v, source_head=subj, antecedent=antecedent,
        channel=_channel(sentence, v, lex),
    )


# pronouns that name no one who holds a view ("it", "this") or anyone at all (generic "you": "if you vote for her")
_IMPERSONAL_PRONOUNS = {"it", "its", "this", "that", "which", "what", "something", "these", "those", "you"}


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


def _from_according(doc: Document, scan: QuoteScan, sentence: Sentence, cue: Cue) -> Attribution | None:
    words = sentence.words
    a = cue.word
    # the source: the nominal that "according to" is the case marker of
    source_head = None
    for i in range(a + 2, len(words)):
        if words[i].head in (a, a + 1) or (words[a].head == i) or (words[a + 1].head == i):
            source_head = i
            break
    if source_head is None and a + 2 < len(words):
        source_head = a + 2
    if source_head is None:
        return None
    # climb to the phrase head whose subtree starts right after "to"
    while words[source_head].head >= 0 and words[source_head].head > a + 1 and \
            sentence.subtree(words[source_head].head)[0] == a + 2:
        source_head = words[source_head].head
    src_idx = [i for i in noun_phrase(sentence, source_head) if i > a + 1]
    comma = next((w.index for w in words[a + 2:] if w.text == ","), None)
    if comma is not None and src_idx and max(src_idx) > comma and \
            (a == 0 or all(w.upos == "PUNCT" for w in words[:a])):
        src_idx = list(range(a + 2, comma))  # "According to X, …" misparsed: the comma ends X
    if not src_idx:
        return None
    phrase = set(range(a, max(src_idx) + 1))
    rest = [w.index for w in words if w.index not in phrase]
    rest = _trim_punct(sentence, rest)
    if not rest:
        return None
    # content: the words outside the "according to X" phrase, split if the phrase sits inside
    before = [i for i in rest if i < a]
    after = [i for i in rest if i > max(phrase)]
    spans = []
    for part in (before, after):
        part = _trim_punct(sentence, part)
        if part and sum(words[i].upos != "PUNCT" for i in part) >= 2:
            spans.append(_span(sentence, part))
    if not spans:
        return None
    spans = _split_pieces(_expand_to_quotations(spans, scan), scan)
    return Attribution(sentence=sentence.index, contents=spans, cue=(cue.start, cue.end),
                       source=_span(sentence, src_idx), confidence=0.85, category="statement",
                       cue_word=a, source_head=source_head)


def _as_clause(sentence: Sentence, verb: int) -> tuple[int, int, list[int]] | None:
    """``As reported by the Times, …`` / ``…, as the ministry said.`` / ``Hawaii, as an adviser
    pointed out, …``: a reporting clause introduced by "as" that opens the sentence, closes it
    after a comma or stands between commas.  Read off the words (the compact parser often
    makes "as" a preposition of the subject): ``(lo, hi, subject words)`` of the clause."""
    words = sentence.words
    k = verb - 1
    while k >= 0 and (words[k].upos in ("ADV", "PART") or words[k].deprel.startswith("aux")):
        k -= 1  # "as he also noted", "as first reported", "as police have said"
    subject: list[int] = []
    while k >= 0 and verb - k <= 10 and words[k].lower != "as" and (
            words[k].upos in _AS_SUBJECT or (words[k].lower == "of" and subject)):
        subject.insert(0, k)
        k -= 1
    if k < 0 or words[k].lower != "as" or (not subject and words[verb].xpos != "VBN"):
        return None
    if subject and words[subject[0]].upos not in ("DET", "PROPN", "NOUN", "PRON", "NUM", "ADJ"):
        return None
    lo, hi = k, verb
    while hi + 1 < len(words) and words[hi + 1].text != "," and words[hi + 1].upos != "PUNCT" and hi - verb < 12:
        hi += 1
    comma_after = hi + 1 < len(words) and words[hi + 1].text == ","
    at_end = all(words[i].upos == "PUNCT" for i in range(hi + 1, len(words)))
    comma_before = lo > 0 and (words[lo - 1].text == "," or (  # (“…,” as a memo put it)
        lo > 1 and words[lo - 1].text in CLOSING_QUOTE_TOKENS and words[lo - 2].text == ","))
    opens = lo == 0 and comma_after
    closes = comma_before and at_end
    between = lo > 1 and comma_before and comma_after
    return (lo, hi, subject) if opens or closes or between else None


_AS_SUBJECT = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PART"})


def _from_as_clause(doc: Document, scan: QuoteScan, sentence: Sentence, cue: Cue, lex: Lexicon,
                    extent: tuple[int, int, list[int]]) -> Attribution | None:
    """``As first reported by Reuters, the firm lost money``: the sentence outside the "as"
    clause is what the source reported (the AP Stylebook's "as … reported" attribution).
    With no source named ("as expected", "as predicted") there is no one's claim."""
    words = sentence.words
    v = cue.word
    kids = sentence.children(v)
    if cue.verb is None or cue.verb.category not in _CLAUSAL or \
            any(words[c].deprel in ("ccomp", "xcomp", "obj") and not (
                words[c].lower == cue.verb.particle == "it") for c in kids):  # (not "put it")
        # "as he said he would", "as the Beast called them, ''…''": the verb has its own content
        return _from_verb(doc, scan, sentence, cue, lex)
    lo, hi, src_idx = extent
    source = max(src_idx, key=lambda i: words[i].upos in ("NOUN", "PROPN", "PRON")) if src_idx else None
    if source is None:
        source = _agent(sentence, v)
    if source is None:  # "as stated in Davis' commentary", "as noted in the report"
        works = _written_works()
        source = next((c for c in kids if words[c].deprel == "obl" and
                       (words[c].lemma or words[c].text).lower() in works and
                       any(words[k].lower == "in" and words[k].deprel == "case" for k in sentence.children(c))),
                      None)
    if source is None:
        return None
    if not src_idx:
        src_idx = [i for i in noun_phrase(sentence, source) if words[i].deprel != "case" and lo <= i <= hi]
    if not src_idx or words[src_idx[0]].lower in _ADVERBIAL_OPENERS or \
            (len(src_idx) == 1 and words[src_idx[0]].lower in _FIRST_PERSON | {"you"}):
        return None  # "as you know", "as we noted": the writer's aside
    before = _trim_punct(sentence, list(range(0, lo)))
    after = _trim_punct(sentence, list(range(hi + 1, len(words))))
    # "Hawaii, as an adviser pointed out, normally does not …": a one-word subject is content too
    parts = [part for part in (before, after) if sum(words[i].upos != "PUNCT" for i in part) >= 2 or (
        part is before and after and [words[i].upos for i in part] in (["NOUN"], ["PROPN"]))]
    if not parts or not _has_clause(sentence, [i for part in parts for i in part]):
        return None
    spans = _split_pieces(_expand_to_quotations([_span(sentence, part) for part in parts], scan), scan)
    return Attribution(sentence=sentence.index, contents=spans, cue=_cue_span(sentence, v),
                       source=_span(sentence, src_idx), confidence=0.75, category=cue.verb.category,
                       cue_word=v, source_head=source)


def _from_setting(doc: Document, scan: QuoteScan, sentence: Sentence, cue: Cue) -> Attribution | None:
    """``In the latest poll, Clinton leads by 3 points``: the poll is the source (PolNeAR counts it)."""
    words = sentence.words
    comma = next(w.index for w in words[cue.word + 1:] if w.text == ",")
    source = _trim_punct(sentence, list(range(cue.word + 1, comma)))
    content = _trim_punct(sentence, list(range(comma + 1, len(words))))
    if not source or not _has_clause(sentence, content):
        return None
    spans = _split_pieces(_expand_to_quotations([_span(sentence, content)], scan), scan)
    return Attribution(sentence=sentence.index, contents=spans, cue=(cue.start, cue.end),
                       source=_span(sentence, source), confidence=0.7, category="setting",
                       cue_word=cue.word, source_head=source[-1])


def _infinitive_of(sentence: Sentence, n: int) -> int | None:
    """``his refusal to use the words``: the verb of the to-infinitive right after noun ``n``."""
    words = sentence.words
    if n + 2 < len(words) and words[n + 1].lower == "to" and words[n + 1].upos == "PART":
        head = words[n + 1].head
        if head > n + 1 and words[head].upos in ("VERB", "AUX"):
            return head
    return None


def _from_noun(doc: Document, scan: QuoteScan, sentence: Sentence, cue: Cue, lex: Lexicon) -> Attribution | None:
    words = sentence.words
    n = cue.word
    clause = None
    intention = False
    for c in sentence.children(n):
        if words[c].deprel in ("acl", "ccomp", "appos") and words[c].upos in ("VERB", "AUX", "ADJ", "NOUN"):
            marks = [k for k in sentence.children(c) if words[k].deprel == "mark" and words[k].lower == "that"]
            if marks:
                clause = c
                break
    if clause is None and n + 1 < len(words) and words[n + 1].lower == "that" and words[n + 1].deprel == "mark" \
            and words[n + 1].head > n + 1:
        clause = words[n + 1].head  # "his claim that …" with the clause hung elsewhere: a parse slip
    if clause is None and (words[n].lemma or words[n].text).lower() in lex.words("intention_nouns"):
        clause = _infinitive_of(sentence, n)
        intention = clause is not None
    if clause is None:
        return _noun_before_quotation(doc, scan, sentence, cue)
    source_idx: list[int] = []
    for c in sentence.children(n):
        rel = words[c].deprel
        if rel == "nmod:poss" or (rel == "compound" and words[c].upos == "PROPN"):
            source_idx = noun_phrase(sentence, c)
            break
        if rel == "nmod":
            cases = [k for k in sentence.children(c) if words[k].deprel == "case"]
            if cases and words[cases[0]].lower in ("by", "from", "of"):
                source_idx = [i for i in noun_phrase(sentence, c) if i not in cases]
                break
    if not source_idx:
        return None
    spans = _content_spans(sentence, [i for i in sentence.subtree(clause) if i > n])
    if not spans:
        return None
    spans = _split_pieces(_expand_to_quotations(spans, scan), scan)
    return Attribution(sentence=sentence.index, contents=spans, cue=(cue.start, cue.end),
                       source=_span(sentence, source_idx), confidence=0.5 if intention else 0.7,
                       category="intention" if intention else "statement",
                       cue_word=n, source_head=source_idx[-1])


def _from_adjective(doc: Document, scan: QuoteScan, sentence: Sentence, cue: Cue) -> Attribution | None:
    """``Many Democrats are afraid that Mrs. Clinton's edge … may be undercut``, ``Graham has been
    critical of Trump``: a stance adjective (stance_adjectives.txt) with a clause or a topic reports
    its subject's belief; "It was clear that …" names no one, "I am sure" is a hedge."""
    words = sentence.words
    a = cue.word
    kids = sentence.children(a)
    holder = a if any(words[c].deprel == "cop" for c in kids) else words[a].head  # "seemed confident"
    if holder < 0 or scan.inside(words[a].start) is not None:
        return None
    subj = _subject(sentence, holder)
    if subj is None or words[subj].lower in _FIRST_PERSON | {"it", "there"}:
        return None
    content: list[int] = []
    for c in kids:
        if c <= a:
            continue
        rel = words[c].deprel.split(":")[0]
        marks = [k for k in sentence.children(c) if words[k].deprel in ("mark", "case")]
        if rel in ("ccomp", "advcl") and (any(words[k].lower == "that" for k in marks) or (
                not marks and any(words[k].deprel.startswith("nsubj") for k in sentence.children(c)))):
            content = sentence.subtree(c)  # "afraid that …", "sure Trump would triumph"
        elif rel in ("obl", "nmod") and marks and words[marks[0]].lower in ("about", "over", "of", "with"):
            content = [i for i in sentence.subtree(c) if i not in marks]  # "critical of Trump"
        if content:
            break
    content = _trim_punct(sentence, content)
    if not content:
        return None
    source_idx = _merge_adjacent_subjects(sentence, holder, noun_phrase(sentence, subj))
    spans = _split_pieces(_expand_to_quotations([_span(sentence, content)], scan), scan)
    return Attribution(sentence=sentence.index, contents=spans, cue=(cue.start, cue.end),
                       source=_span(sentence, source_idx), confidence=_CATEGORY_CONFIDENCE["belief"],
                       category="belief", cue_word=a, source_head=subj)


def _colon_noun_source(sentence: Sentence, n: int) -> list[int]:
    """``Sanders made the following comment:``, ``I had to change my answer:``: a reporting noun
    that ends its clause right before a colon, as the object of a verb, names what follows; the
    verb's subject (climbing infinitives, "had to change") is the speaker."""
    words = sentence.words
    tree = set(sentence.subtree(n))
    colon = next((k for k in range(n + 1, len(words)) if words[k].text == ":" or k not in tree), None)
    if words[n].deprel not in ("obj", "obl") or colon is None or words[colon].text != ":":
        return []
    for c in sentence.children(n):  # "this statement by Trump:", "the senator's answer:"
        cases = [k for k in sentence.children(c) if words[k].deprel == "case"]
        if c < colon and words[c].deprel == "nmod" and cases and words[cases[0]].lower in ("by", "from"):
            return [i for i in noun_phrase(sentence, c) if i not in cases]
        if words[c].deprel == "nmod:poss" and words[c].upos != "PRON":
            return [i for i in noun_phrase(sentence, c) if words[i].text not in ("'s", "’s")]
    verb = words[n].head
    while verb >= 0:
        subj = _subject(sentence, verb)
        if subj is not None:
            return [i for i in noun_phrase(sentence, subj) if i < n]
        if words[verb].deprel.split(":")[0] not in ("xcomp", "conj"):
            break
        verb = words[verb].head
    return []


def _noun_before_quotation(doc: Document, scan: QuoteScan, sentence: Sentence, cue: Cue) -> Attribution | None:
    """``He issued a statement: “…”``: the quotation after the colon is the statement."""
    source_idx = _colon_noun_source(sentence, cue.word)
    if not source_idx:
        return None
    colon = next(w for w in sentence.words[cue.word + 1:] if w.text == ":")
    quotation = next((q for q in scan.index.starting_in(colon.end, sentence.end - 1)
                      if q.depth == 0 and not doc.text[colon.end:q.start].strip()), None)
    if quotation is None:
        return None
    return Attribution(sentence=sentence.index, contents=[(quotation.start, quotation.end)], cue=(cue.start, cue.end),
                       source=_span(sentence, source_idx), confidence=0.6, category="statement",
                       cue_word=cue.word, source_head=source_idx[-1])


@cache
def _written_works() -> frozenset[str]:
    """Nouns for things that carry words: publications, source documents, reporting nouns."""
    lex = load_lexicon()
    return lex.words("publications") | lex.words("source_documents") | lex.nouns


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


def _participle_controller(sentence: Sentence, verb: int) -> int | None:
    """Who a participle or infinitive cue is predicated of, when that is not the clause's subject:
    the name it modifies ("footage of Hillary Clinton asking, “…”") or the object before it (object
    control, Quirk et al. 16.52: "left many E.U. nations feeling that …", "had Republicans
    wondering", "forced Stumpf to admit that …")."""
    words = sentence.words
    head = words[verb].head
    lex = load_lexicon()
    times = lex.words("time_words")
    if words[verb].xpos == "VB" and words[verb].deprel in ("xcomp", "advcl") and head >= 0 and \
            words[verb - 1].lower == "to":
        # "forced Stumpf to admit that …", "invited the senator to discuss …": object control (an
        # infinitive the parser made an adverbial of purpose only after a name: "called the meeting to …")
        obj = next((c for c in sentence.children(head) if words[c].deprel == "obj" and c < verb), None)
        kinds = ("NOUN", "PROPN") if words[verb].deprel == "xcomp" else ("PROPN",)
        if obj is None or words[obj].upos not in kinds or (words[obj].lemma or words[obj].text).lower() in times:
            return None  # (not "gathered Friday to discuss")
        gap = range(sentence.subtree(obj)[-1] + 1, verb - 1)
        aside = len(gap) > 2 and words[gap[0]].text == "," and words[gap[-1]].text == ","  # "Stumpf, who …, to admit"
        return obj if aside or all(words[k].upos == "PUNCT" for k in gap) else None
    if words[verb].xpos != "VBG" or words[verb - 1].text == "," or head < 0:
        return None
    absolute = _absolute_subject(sentence, verb)
    if absolute is not None:
        return absolute
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
                (words[head].lemma or words[head].text).lower() not in _written_works() and \
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
    subj = _subject(sentence, node)
    if subj is None or words[subj].upos not in ("PROPN", "NOUN", "PRON"):
        return None
    return subj


def _inherit_subjects(sentence: Sentence, found: list[Attribution]) -> None:
    """``…, adding …`` / ``… and added …``: a cue with no subject takes its governor's."""
    words = sentence.words
    by_word = {a.cue_word: k for k, a in enumerate(found) if a.sentence == sentence.index and a.cue_word is not None}
    for att in found:
        if att.sentence != sentence.index or att.source is not None or att.cue_word is None or att.agentless:
            continue
        v = att.cue_word
        if v > 0 and words[v - 1].text == "," and words[v].lower.endswith("ing"):
            # "…, the army said, adding …": continue the closest cue before it
            before = [a for a in found if a.cue_word is not None and a.cue_word < v and a.source is not None]
            if before:
                gov = max(before, key=lambda a: a.cue_word)
                att.source, att.source_head, att.inherits = gov.source, gov.source_head, gov
                att.confidence = round(min(gov.confidence, att.confidence + 0.1), 2)
                continue
            root = next((w.index for w in words if w.deprel == "root"), -1)
            subj = _subject(sentence, root) if 0 <= root < v else None
            if subj is not None and words[subj].upos in ("PROPN", "NOUN", "PRON"):
                # "Trump attacked Clinton …, saying, “…”": the participle's subject is the clause's
                att.source, att.source_head = _span(sentence, noun_phrase(sentence, subj)), subj
                continue
        carrier = _carrier_subject(sentence, v)
        if carrier is not None:  # "Trump unleashed a series of tweets saying …"
            att.source, att.source_head = _span(sentence, noun_phrase(sentence, carrier)), carrier
            continue
        rel = words[v].deprel.split(":")[0]
        if rel not in _CONTINUATION_RELS:
            continue
        head = words[v].head
        seen = 0
        while head >= 0 and seen < 4:
            seen += 1
            if head in by_word and found[by_word[head]].source is not None:
                gov = found[by_word[head]]
                att.source, att.source_head, att.inherits = gov.source, gov.source_head, gov
                att.confidence = round(min(gov.confidence, att.confidence + 0.1), 2)
                break
            if words[v].deprel == "conj" and head == words[v].head and words[head].deprel == "ccomp" and \
                    words[head].head in by_word and (_outside_the_auxiliary(sentence, v, head) or
                                                     _same_form_no_subject(sentence, v, words[head].head)):
                # "said he would order … and warned …", "said it was opposed … and warned …":
                # coordinated with "said"
                head = words[head].head
                continue
            subj = _subject(sentence, head)
            if subj is not None and _demonstrative(sentence, subj):
                break  # "That is a bloodless way of saying …": a statement, not who made it
            if subj is None and v < head:  # "After saying her foot was swollen, she was whisked off …"
                subj = next((c for c in sentence.children(head) if words[c].deprel == "nsubj:pass"), None)
            noun = words[head].head
            if subj is None and words[head].deprel == "acl" and 0 <= noun < head and \
                    words[noun].deprel == "root" and words[noun].upos in ("NOUN", "PROPN"):
                subj = noun  # "Authorities announced … and said …" parsed as a noun root with a participle
            if subj is not None:
                idx = [i for i in noun_phrase(sentence, subj) if i < head or subj > head]
                att.source, att.source_head = _span(sentence, idx), subj
                break
            if words[head].deprel.split(":")[0] not in _CONTINUATION_RELS:
                break
            head = words[head].head


def _same_form_no_subject(sentence: Sentence, verb: int, cue: int) -> bool:
    """``said it was “resolutely opposed” … and warned …``: a subjectless conjunct in the
    reporting verb's own form (VBD with VBD) inside its content continues the reporting verb."""
    words = sentence.words
    return words[verb].xpos == words[cue].xpos and words[verb].xpos in ("VBD", "VBZ", "VBP") and \
        not any(words[c].deprel.startswith("nsubj") for c in sentence.children(verb))


def _outside_the_auxiliary(sentence: Sentence, verb: int, head: int) -> bool:
    """``he would order a review and warned against …``: a past form with no auxiliary cannot
    share its conjunct's modal or "to", so the two are not coordinated (the parser says so)."""
    words = sentence.words
    if words[verb].xpos not in ("VBD", "VBN") or any(
            words[c].deprel in ("aux", "aux:pass", "nsubj", "nsubj:pass") for c in sentence.children(verb)):
        return False
    return any(words[c].deprel == "aux" and (words[c].xpos == "MD" or words[c].lower == "to")
               or words[c].deprel == "mark" and words[c].lower == "to" for c in sentence.children(head))


def _colon_quotes(doc: Document, scan: QuoteScan, sentence: Sentence,
                  taken: list[tuple[int, int]]) -> list[Attribution]:
    """``Peskov: "…"`` and ``"…" ― Name``: a short name phrase glued to a quotation."""
    out = []
    words = sentence.words
    text = doc.text
    for q in scan.index.starting_in(sentence.start, sentence.end - 1):
        if q.depth != 0 or not _quote_is_speech(text, q):
            continue
        if any(s <= q.start < e for s, e in taken):
            continue
        before = [w for w in words if w.end <= q.start]
        if before and before[-1].text == ":" and 1 <= len(before) - 1 <= 6:
            name = before[:-1]
            if any(w.upos == "PROPN" or w.text[:1].isupper() for w in name) and not any(w.upos == "VERB" for w in name):
                out.append(Attribution(sentence=sentence.index, contents=[(q.start, q.end)],
                                       cue=(before[-1].start, before[-1].end),
                                       source=(name[0].start, name[-1].end), confidence=0.6,
                                       category="speech", source_head=name[-1].index))
    return out


_NAME = r"(?:[A-Z][\w.’'-]*|[A-Z]{2,})(?:[ \u00a0]+(?:[A-Z][\w.’'-]*|of|de|van|von|al|bin|the)){0,4}"
_LABEL = re.compile(rf"[\"“]?\s*({_NAME})\s*:[ \t\u00a0]+(?=\S)")
_TOPIC_LABEL = re.compile(rf"[\"“]?\s*({_NAME})[ \t\u00a0]+on[ \t\u00a0]+[^:\n]{{1,60}}:[ \t\u00a0]+(?=\S)")
_DASH = re.compile(rf"[ \t\u00a0]*([―—–]|--)[ \t\u00a0]*({_NAME})[ \t\u00a0]*(?=\n|$)")


_LABEL_FUNCTION_WORDS = {"over", "in", "on", "for", "at", "to", "with", "from", "and", "or", "is", "are", "was"}


@cache
def _label_stopwords() -> frozenset[str]:
    return frozenset(text.lower() for kind, text in read_list("boilerplate.tsv") if kind == "label")


def _sentence_at(doc: Document, offset: int) -> int:
    starts = [s.start for s in doc.sentences]
    k = bisect.bisect_right(starts, offset) - 1
    return doc.sentences[k].index if k >= 0 and offset < doc.sentences[k].end else -1


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    return end


def _speaker_labels(doc: Document, scan: QuoteScan) -> list[Attribution]:
    """Transcripts and headlines: ``PENCE: Well, look, …`` / ``Pence: Flowers won't be at debate``.

    A label is a short capitalised name and a colon opening a paragraph; the rest of
    the paragraph is what that speaker said.  In transcripts set as one long
    quotation, paragraphs that reopen the quotation without a new label continue
    the last speaker.
    """
    text = doc.text
    out: list[Attribution] = []
    current: Attribution | None = None
    stop = _label_stopwords()
    for block in doc.blocks:
        if block.kind not in ("body", "heading"):
            current = None
            continue
        m = _LABEL.match(text, block.start, block.end)
        if m is None and block.kind == "heading":
            m = _TOPIC_LABEL.match(text, block.start, block.end)  # "Obama on Climate Change: The Trends Are …"
        label_words = m.group(1).lower().split() if m else []
        if m and m.group(1).lower() not in stop and len(m.group(1)) <= 40 and not m.group(1)[:1].isdigit() \
                and not any(w in stop or w in _LABEL_FUNCTION_WORDS for w in label_words):
            start = m.end()
            end = _trim_end(text, start, block.end)
            if end - start < 3 or not any(ch.isalpha() for ch in text[start:end]):
                current = None
                continue
            tail = text[m.end(1):m.end()]
            current = Attribution(sentence=_sentence_at(doc, m.start(1)), contents=[(start, end)],
                                  cue=(m.end(1) + len(tail) - len(tail.lstrip()), m.end(1) + tail.index(":") + 1),
                                  source=(m.start(1), m.end(1)), confidence=0.7, category="speech")
            out.append(current)
        elif current is not None and block.kind == "body" and _reopens_quotation(scan, block.start):
            end = _trim_end(text, block.start + 1, block.end)
            if end > block.start + 1 and not text[block.start + 1:end].startswith("("):
                current.contents.append((block.start + 1, end))
        else:
            current = None
    return out


def _reopens_quotation(scan: QuoteScan, offset: int) -> bool:
    """Does a multi-paragraph quotation continue at ``offset`` (a reopening mark)?"""
    return any(q.start != offset and any(ps == offset for ps, _ in q.pieces) for q in scan.index.containing(offset))


def _dash_credits(doc: Document, scan: QuoteScan) -> list[Attribution]:
    """``“…” ― Sonya Herridge``: a quotation credited with a dash and a name."""
    text = doc.text
    out = []
    for q in scan.quotations:
        if q.depth != 0 or not q.balanced:
            continue
        m = _DASH.match(text, q.end)
        if m and _quote_is_speech(text, q):
            out.append(Attribution(sentence=_sentence_at(doc, m.start(2)), contents=[(q.start, q.end)],
                                   cue=(m.start(1), m.end(1)), source=(m.start(2), m.end(2)), confidence=0.75,
                                   category="speech"))
    return out


def find_attributions(doc: Document, scan: QuoteScan, lexicon: Lexicon | None = None) -> list[Attribution]:
    """All attributions of a document whose cue sentences have been parsed."""
    lex = lexicon or load_lexicon()
    found: list[Attribution] = []
    cues_of: dict[int, list[Cue]] = {}
    for sentence in doc.sentences:
        if not sentence.parsed:
            found.extend(_colon_quotes(doc, scan, sentence, []))
            continue
        start = len(found)
        local: list[Attribution] = []
        heading = bool(doc.blocks) and doc.blocks[sentence.block].kind != "body"
        cues_of[sentence.index] = find_cues(sentence, lex)
        for cue in cues_of[sentence.index]:
            if heading and (cue.kind != "verb" or cue.verb is None or cue.verb.category in ("nonspeech", "appearance")
                            or "personal" in cue.verb.frames):
                continue  # a headline's other verbs are mostly events ("Russia Bombs Turkish Troops", "Turkey Backs …")
            if cue.kind == "verb":
                extent = _as_clause(sentence, cue.word)
                if cue.verb is not None and "as-clause" in cue.verb.frames and extent is None:
                    continue  # "put it" reports only in "as X put it"
                if extent is not None and scan.inside(cue.start) is None:
                    att = _from_as_clause(doc, scan, sentence, cue, lex, extent)
                elif as_participle(sentence, cue.word):
                    att = None  # "a look at how capital is exploited as shown in the case of …"
                else:
                    att = _from_verb(doc, scan, sentence, cue, lex)
            elif cue.kind == "according":
                att = _from_according(doc, scan, sentence, cue)
            elif cue.kind == "setting":
                att = _from_setting(doc, scan, sentence, cue)
            else:
                att = _from_noun(doc, scan, sentence, cue, lex) if cue.kind == "noun" else \
                    _from_adjective(doc, scan, sentence, cue)
            if att is not None:
                local.append(att)
        if len(local) > 1:  # "In the interview, she said …": the verb's attribution is the one
            local = [a for a in local if a.category != "setting"]
        local.extend(_colon_quotes(doc, scan, sentence, [c for a in local for c in a.contents]))
        found.extend(local)
        _inherit_subjects(sentence, found[start:])
    found.extend(_speaker_labels(doc, scan))
    found.extend(_dash_credits(doc, scan))
    found = _dedupe(found)
    found = [a for a in found if a.source is not None or a.inherits is not None or a.agentless]
    found.extend(_colon_paragraphs(doc, found, cues_of))
    found.sort(key=lambda a: (a.start, a.end))
    _continue_orphan_quotes(doc, scan, found, lex)
    found.sort(key=lambda a: (a.start, a.end))
    _cut_at_coordinated_cues(doc, found)
    for a in found:
        a.type = _type(doc.text, a.contents, scan)
    _mark_nesting(found)
    return [a for a in found if _keeps_nested(doc, a)]


def _cut_at_coordinated_cues(doc: Document, found: list[Attribution]) -> None:
    """``China said it was opposed to the test and warned North Korea to …``: the same source's
    second cue, coordinated with the first, ends the first one's content; so does a coordinated
    clause with its own source and cue (``Kerry said the US would act, and he urged …``), and a
    subjectless second cue in the first one's form (``proposes doing away with …, and plans …``)."""
    text = doc.text
    by_sentence: dict[int, list[Attribution]] = {}
    for a in found:
        if a.cue is not None:
            by_sentence.setdefault(a.sentence, []).append(a)
    sentences = {s.index: s for s in doc.sentences}
    for index, local in by_sentence.items():
        for a in local:
            for b in local:
                if b.cue[0] <= a.cue[0]:
                    continue
                if b.source is not None and b.source != a.source and \
                        _cut_at_joint(text, a, b.source[0], _CLAUSE_JOINTS):
                    continue
                if b.inherits is a or (a.source is not None and b.source == a.source) or \
                        _coordinated_in_form(sentences.get(index), a, b):
                    _cut_at_joint(text, a, b.cue[0], _CUE_JOINTS)


def _coordinated_in_form(sentence: Sentence | None, a: Attribution, b: Attribution) -> bool:
    """``proposes doing away with the mandate, and plans to reduce …``: ``b``'s cue is a
    subjectless conjunct in ``a``'s cue's own form, which the parser coordinated inside ``a``'s
    content, whatever source it ended up with."""
    if sentence is None or a.cue_word is None or b.cue_word is None:
        return False
    words = sentence.words
    i = b.cue_word
    return 0 < i < len(words) and words[i].deprel == "conj" and words[i - 1].upos == "CCONJ" and \
        _same_form_no_subject(sentence, i, a.cue_word)


_QUOTED_JOINT = re.compile(r"(,[\"”’']+)\s+((?:and|but|while|whereas)\b)?$")
_CUE_JOINTS = (", and", " and", ",")
_CLAUSE_JOINTS = (", and", ", but", "; and", "; but", ";", ", while", ", whereas")


def _cut_at_joint(text: str, a: Attribution, at: int, joints: tuple[str, ...]) -> bool:
    """End ``a``'s content before offset ``at`` when a coordinating joint stands right before it
    (coordinated, not nested) and more than a word would remain. True if cut."""
    for k, (s, e) in enumerate(a.contents):
        if s < at < e:
            head = text[s:at].rstrip()
            joint = next((j for j in joints if head.endswith(j)), None)
            if joint is None:
                # "… to serve as president,\" while 73 percent said …": a closing mark after the comma
                m = _QUOTED_JOINT.search(head)
                if m is None or (f", {m.group(2)}" if m.group(2) else ",") not in joints:
                    return False
                head = head[: m.start() + len(m.group(1))]
                a.contents[k:] = [(s, s + len(head))]
                return True
            head = head[: -len(joint)].rstrip()
            if sum(ch.isalnum() for ch in head) <= 3:
                return False
            a.contents[k:] = [(s, s + len(head))]
            return True
    return False


def _dedupe(found: list[Attribution]) -> list[Attribution]:
    """One attribution per content: the most confident cue wins (ties: the earlier one)."""
    best: dict[tuple[tuple[int, int], ...], Attribution] = {}
    order = []
    for a in found:
        key = tuple(a.contents)
        if key not in best:
            order.append(key)
            best[key] = a
        elif a.confidence > best[key].confidence:
            best[key] = a
    kept = [best[k] for k in order]
    # an attribution whose content is a strict part of another with the same cue is redundant
    by_cue: dict[tuple[int, int] | None, list[Attribution]] = {}
    for a in kept:
        by_cue.setdefault(a.cue, []).append(a)
    return [a for a in kept if a.cue is None or not any(
        b is not a and b.start <= a.start and a.end <= b.end and (b.start, b.end) != (a.start, a.end)
        for b in by_cue[a.cue])]


_BLOCK_QUOTE_CATEGORIES = {"speech", "statement", "writing", "argument"}


def _colon_paragraphs(doc: Document, found: list[Attribution], cues_of: dict[int, list[Cue]]) -> list[Attribution]:
    """``The governor added:`` closing a paragraph introduces the next paragraph as what was
    said — a block quotation without quotation marks (transcripts, blogs quoting at length;
    Chicago Manual of Style 13.9, block quotations).  The reporting clause must be all that
    stands before the colon: a subject, the cue and its time, place or channel."""
    covered = IntervalIndex([c for a in found for c in a.contents], lambda c: c)
    last_sentence: dict[int, Sentence] = {}
    for sentence in doc.sentences:
        last_sentence[sentence.block] = sentence
    out = []
    for i, block in enumerate(doc.blocks[:-1]):
        following = doc.blocks[i + 1]
        sentence = last_sentence.get(i)
        if block.kind != "body" or following.kind != "body" or sentence is None or not sentence.parsed:
            continue
        words = sentence.words
        taken = sum(min(e, following.end) - max(s, following.start)
                    for s, e in covered.overlapping(following.start, following.end))
        if words[-1].text != ":" or taken * 2 > following.end - following.start:
            continue  # (a paragraph that is mostly someone else's words already)
        for cue in cues_of.get(sentence.index, []):
            v = cue.word
            named = _colon_noun_source(sentence, v) if cue.kind == "noun" else []
            if named:  # "Sanders made the following comment:"
                out.append(Attribution(sentence=sentence.index, contents=[(following.start, following.end)],
                                       cue=(cue.start, cue.end), source=_span(sentence, named), confidence=0.6,
                                       category="statement", cue_word=v, source_head=named[-1]))
                break
            if cue.kind != "verb" or cue.verb is None or cue.verb.category not in _BLOCK_QUOTE_CATEGORIES:
                continue
            subj = _subject(sentence, v)
            after = set(range(v + 1, len(words) - 1))
            content_rels = ("ccomp", "xcomp") if cue.verb.takes_recipient else ("obj", "ccomp", "xcomp")
            if subj is None or subj > v or not after <= set(sentence.subtree(v)) or any(
                    words[c].deprel.split(":")[0] in content_rels for c in sentence.children(v)):
                continue  # ("told reporters:" — the object is the hearer)
            out.append(Attribution(sentence=sentence.index, contents=[(following.start, following.end)],
                                   cue=_cue_span(sentence, v), source=_span(sentence, noun_phrase(sentence, subj)),
                                   confidence=0.7, category=cue.verb.category, cue_word=v, source_head=subj))
            break
    return out


_WORD_AFTER_QUOTE = re.compile(r"[^\W\d_][\w'’-]*")


def _continue_orphan_quotes(doc: Document, scan: QuoteScan, found: list[Attribution], lex: Lexicon) -> None:
    """Stand-alone quotations with no cue belong to the last speaker named before them."""
    text = doc.text
    covered = IntervalIndex([c for a in found for c in a.contents], lambda c: c)
    sentences = IntervalIndex(doc.sentences, lambda s: (s.start, s.end))
    sourced = sorted((a for a in found if a.source is not None), key=lambda a: a.end)
    ends = [a.end for a in sourced]
    added = []
    for q in scan.quotations:
        if q.depth != 0 or not _quote_is_speech(text, q) or _headline_case(text[q.start:q.end]):
            continue
        if any(not (q.start < c[0] and c[1] <= q.end) for c in covered.overlapping(q.start, q.end)):
            continue  # (an attribution nested inside the quotation does not claim it)
        # the quotation must stand alone in its sentence(s): nothing outside it but punctuation
        sents = sorted(sentences.overlapping(q.start, q.end), key=lambda s: s.start)
        if not sents:
            continue
        tail = _WORD_AFTER_QUOTE.findall(text[q.end:sents[-1].end])
        if any(ch.isalnum() for ch in text[sents[0].start:q.start]) or len(tail) > 6 or \
                any(lex.verb_from_form(w) is not None or w.lower() in lex.pronouns for w in tail):
            continue  # (a short tail finishing the quoted sentence may follow: "“… tax increase” for the top bracket.")
        k = bisect.bisect_right(ends, q.start)
        if k == 0:
            continue
        last = sourced[k - 1]
        gap = text[last.end:q.start]
        if len(gap) > 600 or [line for line in gap.split("\n")[1:-1] if line.strip()]:
            continue  # only the very next paragraph (or the same one) continues a speaker
        pieces = _split_pieces([(q.start, q.end)], scan)
        # “A,” said Caddell, speaking of her health. “B.”: a participle after the cue is the same
        # speaker's aside; the quotation resumes the attribution before it
        while k > 1 and last.source == sourced[k - 2].source and \
                "\n" not in text[sourced[k - 2].end:q.start] and last.cue is not None and \
                sourced[k - 2].cue is not None and last.cue[0] > sourced[k - 2].cue[1]:
            k -= 1
            last = sourced[k - 1]
        after_cue = max(last.cue[1], last.source[1]) if last.cue is not None and last.source is not None else None
        if "\n" not in gap and (any(text[s:s + 1] in QUOTE_MARKS for s, _ in last.contents) or (
                after_cue is not None and not any(ch.isalnum() for ch in text[after_cue:q.start]))):
            # “A,” she said. “B.” — one attribution in two fragments (the cue interrupts the quote);
            # so is "A, Schiff said. “B.”" when nothing but the speaker (however described) stands
            # after the cue
            last.contents.extend(pieces)
            continue
        added.append(Attribution(sentence=sents[0].index, contents=pieces,
                                 cue=None, source=last.source, confidence=round(last.confidence * 0.6, 2),
                                 category=last.category, source_head=last.source_head, inherits=last))
    found.extend(added)


_NESTED_CATEGORIES = {"speech", "statement", "writing", "argument", "denial"}


_INFINITIVE_OPENING = re.compile(r"(?i)(?:not\s+)?to\s+(?:\w+ly\s+)?")


def _keeps_nested(doc: Document, a: Attribution) -> bool:
    """Inside someone's words, keep only reports of speech by a third party.

    "the army said Russian officials had said …" is a second attribution; "I think",
    "you might ask" or "he hopes" inside a quotation or report are not new sources.
    """
    if a.nested_in is None and not a.quoted_cue:
        return True  # (a cue inside quotation marks is nested even when the outer attribution was missed)
    if a.nested_in is not None and a.cue is not None and a.nested_in.category in ("intention", "promise") and any(
            _INFINITIVE_OPENING.fullmatch(doc.text[s:a.cue[0]]) for s, _ in a.nested_in.contents):
        return False  # "vowed not to repeat that mistake": the infinitive is the vow's content, not a report
    source = doc.text[a.source[0]:a.source[1]].lower() if a.source else ""
    if a.quoted_cue and a.contents and doc.text[a.contents[0][0]:a.contents[0][0] + 1] in QUOTE_MARKS:
        # “People say, 'It doesn't matter …'”: a quotation inside a quotation is the speaker's
        # rendering of what others say (often hypothetical); a report of a third party's claim
        # inside a quotation (“Russian officials have said that …”) is kept
        return False
    return a.category in _NESTED_CATEGORIES and source not in _FIRST_PERSON


def _mark_nesting(found: list[Attribution]) -> None:
    """An attribution whose cue lies inside another's content is nested in the smallest such."""
    contents = IntervalIndex([(c, a) for a in found for c in a.contents], lambda item: item[0])
    for inner in found:
        if inner.cue is None:
            continue
        outers = [o for (s, e), o in contents.overlapping(*inner.cue)
                  if o is not inner and s <= inner.cue[0] and inner.cue[1] <= e]
        inner.nested_in = min(outers, key=lambda o: o.end - o.start, default=None)
    for a in found:
        # two reports whose contents each hold the other's cue (a content that ran over the
        # outer reporting clause) would nest in a loop: the postposed one is the outer report
        # ("X claimed …, the army said", "… would see …, according to the Tax Foundation")
        chain, b = [a], a.nested_in
        while b is not None and not any(b is c for c in chain):  # identity: == would follow the loop
            chain.append(b)
            b = b.nested_in
        if b is a:
            max(chain, key=lambda o: o.cue[0] if o.cue else -1).nested_in = None
