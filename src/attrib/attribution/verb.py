"""Constructions with a reporting-verb cue: reporting-verb (in phases: content, objects, source,
quotations, then the named source finders and vetoes), agentless-passive, appearance and
characterization; and the verb trigger of the pre-parse filter."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from attrib.attribution.clause import (
    _adverbial_clause,
    _clause_words,
    _drop_hearer,
    _parenthetical,
    _participial_opener,
    _positional_side,
    _postposed,
    _side,
    _trailing_setting,
    _xcomp_content,
)
from attrib.attribution.objects import _np_content, _passive_object, _subject_in, _surface_predicate
from attrib.attribution.quoting import (
    _adjacent_quotations,
    _after_colon,
    _clip_to,
    _content_spans,
    _ends_sentence_after_comma,
    _expand_to_quotations,
    _opening_speech,
    _quotation_before,
    _quote_is_speech,
    _split_pieces,
)
from attrib.attribution.record import _CATEGORY_CONFIDENCE, Attribution, Context, Dropped
from attrib.attribution.registry import Surface, register
from attrib.attribution.sources import (
    _adjacent_subject,
    _appositive_subject,
    _interrupted_subject,
    _inverted_object,
    _names_someone,
    _participle_controller,
    _personal_source,
    _pick_subject,
    _surface_inverted,
    _surface_postposed,
    _well_formed_mention,
)
from attrib.attribution.tree import (
    QUOTE_TOKENS,
    _channel,
    _demonstrative,
    _has_clause,
    _merge_adjacent_subjects,
    after_comma,
    agent_of,
    cue_span,
    marked_by_that,
    noun_phrase,
    span_of,
    subject_of,
    trim_punct,
)
from attrib.attribution.vetoes import _anonymity_formula, _dispositional_gerund, _no_comment, _speech_idiom
from attrib.attribution.words import (
    _ADVERBIAL_SUBORDINATORS,
    _CLAUSAL,
    _COURT_ADDRESSEES,
    _FIRST_PERSON,
    _IMPERSONAL_PRONOUNS,
    _PASSIVE_CASES,
    _PASSIVE_CATEGORIES,
    _RELATIVE,
)
from attrib.cues import Cue
from attrib.document import Sentence, Word
from attrib.lexicon import ReportingVerb, closed_class
from attrib.quotes import OPENING_QUOTE_TOKENS, Quotation, QuoteScan


def _from_passive(ctx: Context, sentence: Sentence, cue: Cue) -> Attribution | None:
    """``He was accused of fraud``, ``turnout is expected to rise``, ``it is believed that …``.

    A reporting verb in the passive with no by-agent reports a claim whose source the
    text does not name: an attribution with no source (PARC 3.0 and PolNeAR annotate
    these; the AP Stylebook's "attribution" entry asks for the source to be named).  The
    content is the passive subject (unless a pronoun) with the verb's complement.
    """
    scan = ctx.scan
    words = sentence.words
    v = cue.word
    kids = sentence.children(v)
    if not any(words[c].deprel in ("aux:pass", "nsubj:pass", "csubj:pass") for c in kids):
        return None
    if agent_of(sentence, v) is not None or any(words[c].deprel in ("nsubj", "csubj") for c in kids) or \
            _perfect_read_as_passive(sentence, v):
        return None

    def introduced(c: int) -> bool:  # "criticized for …", "accused of using …"
        return any(words[k].deprel in ("case", "mark") and words[k].lower in _PASSIVE_CASES
                   for k in sentence.children(c))

    complement = next((c for c in kids if c > v and (
        words[c].deprel in ("xcomp", "ccomp", "obj")  # "has been called a charlatan"
        or (words[c].deprel.split(":")[0] in ("obl", "advcl") and introduced(c)))), None)
    if complement is None:
        return None
    parts = [trim_punct(sentence, [i for i in sentence.subtree(complement) if i > v])]
    subject = next((c for c in kids if words[c].deprel in ("nsubj:pass", "csubj:pass")), None)
    if subject is not None and words[subject].upos != "PRON" and subject < v:
        parts.insert(0, trim_punct(sentence, noun_phrase(sentence, subject)))
    spans = [span_of(sentence, part) for part in parts if part]
    if not spans:
        return None
    if scan.inside(words[v].start) is not None:
        return None  # "Parliament must be told …" inside someone's words: their phrasing, not a source
    spans = _split_pieces(_expand_to_quotations(spans, scan, words[v].start), scan)
    return Attribution(sentence=sentence.index, contents=spans,
                       cue=cue_span(sentence, v), source=None, confidence=0.45, agentless=True,
                       category=cue.verb.category if cue.verb else "statement", cue_word=v,
                       construction="agentless-passive")


def _perfect_read_as_passive(sentence: Sentence, v: int) -> bool:
    """``While he’s said he believes …``, ``who’s argued for years that …``: "’s" is "has" as
    well as "is"; before a reporting verb's participle with a clause or an object of its own (a
    passive has none: "he’s expected to …", "it’s said that …" stay passives) after a person,
    it is the perfect, and the subject is the speaker."""
    words = sentence.words
    kids = sentence.children(v)
    aux = [c for c in kids if words[c].deprel.startswith("aux")]
    subj = next((c for c in kids if words[c].deprel == "nsubj:pass" and c < v), None)
    if len(aux) != 1 or words[aux[0]].lower not in ("'s", "’s") or subj is None or \
            words[subj].upos not in ("PRON", "PROPN") or words[subj].lower in _IMPERSONAL_PRONOUNS:
        return False
    if any(words[c].deprel in ("xcomp", "obl:agent") for c in kids):
        return False
    return any(c > v and words[c].deprel in ("ccomp", "obj") for c in kids)


def _from_appearance(ctx: Context, sentence: Sentence, cue: Cue) -> Attribution | None:
    """``Melania seems to have vanished from the campaign trail``, ``it appeared that Trump was
    unable …``: a raising verb (Quirk et al. 16.31) presents the clause as how things look, to no
    one named — an attribution with no source (PolNeAR annotates these), whose content is the
    whole clause, subject included.  "appeared on MSNBC" has no clause: no attribution."""
    scan, lex = ctx.scan, ctx.lex
    words = sentence.words
    v = cue.word
    kids = sentence.children(v)
    complement = [c for c in kids if c > v and (
        words[c].deprel == "xcomp" or (words[c].deprel == "ccomp" and marked_by_that(sentence, c)) or (
        words[c].deprel.split(":")[0] in ("obl", "advcl") and any(
            words[k].lower in ("like", "as") and words[k].deprel in ("case", "mark") for k in sentence.children(c))))]
    if (words[v].lemma or "").lower() == "appear":
        # "appeared to blame", "it appeared that": a proposition that looks true; "appeared keen",
        # "appeared cowed" describe someone's look (the reporter's description, no attribution)
        complement = [c for c in complement if any(
            words[k].lower in ("to", "that") and words[k].deprel == "mark" for k in sentence.children(c))]
    if not complement or scan.inside(words[v].start) is not None:
        return None
    if words[v].xpos == "VBG" or _cannot(sentence, v):
        return None  # "Appearing more subdued, …", "He just can't seem to convince the voters"
    if any(words[c].deprel == "xcomp" and lex.verb((words[c].lemma or words[c].text).lower()) is not None
           for c in complement):
        return None  # "he appeared to suggest that …": the reporting verb after it is the cue, he the source
    subject = next((c for c in kids if words[c].deprel in ("nsubj", "nsubj:pass") and c < v), None)
    start = sentence.subtree(subject)[0] if subject is not None and words[subject].lower != "it" else v
    if start == v and subject is not None:
        start = sentence.subtree(complement[0])[0]  # "it appeared that …": the clause
    end = max(sentence.subtree(c)[-1] for c in complement)
    content = trim_punct(sentence, [i for i in range(start, end + 1)])
    if not content:
        return None
    return Attribution(sentence=sentence.index, contents=[span_of(sentence, content)], cue=cue_span(sentence, v),
                       source=None, confidence=_CATEGORY_CONFIDENCE["appearance"], agentless=True,
                       category="appearance", cue_word=v, construction="appearance")


def _cannot(sentence: Sentence, v: int) -> bool:
    """"He just can't seem to convince the voters": a modal with a negation before "seem" says
    that someone fails, not how something looks (an idiom, Quirk et al. 16.31 note)."""
    kids = sentence.children(v)
    words = sentence.words
    return any(words[k].lower in ("can", "ca", "could") for k in kids) and \
        any(words[k].lower in ("not", "n't", "never") for k in kids)


@dataclass
class _Reading:
    """A reporting verb's reading under construction, filled in phase by phase."""

    ctx: Context
    sentence: Sentence
    cue: Cue
    verb: ReportingVerb
    v: int
    side: str | None = None
    content: list[int] = field(default_factory=list)
    lo: int = 0
    hi: int = 0
    quote_first: bool = False
    participle: bool = False
    subj: int | None = None
    subj_idx: list[int] = field(default_factory=list)
    surface_subject: list[int] = field(default_factory=list)
    content_set: set[int] = field(default_factory=set)
    inside: Quotation | None = None
    adjacent: list[Quotation] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    antecedent: int | None = None
    finder: str | None = None

    @property
    def words(self) -> list[Word]:
        return self.sentence.words

    @property
    def category(self) -> str:
        return self.verb.category

    @property
    def frames(self) -> frozenset[str]:
        return self.verb.frames


def _content_phase(r: _Reading) -> None:
    """Where the reported clause is (parse, then word order) and which words it spans."""
    sentence, v, lex, words = r.sentence, r.v, r.ctx.lex, r.words
    placed = _side(sentence, v, lex) if r.category not in ("stance", "intention") or _that_clause(sentence, v) else None
    if placed is None and r.category in _CLAUSAL:
        placed = _positional_side(sentence, v, lex, r.verb.takes_recipient)
    if not placed:
        r.side = None
        r.lo, r.hi = _clause_words(sentence, v, "right", len(words), lex, r.verb.takes_recipient)[1:]
    else:
        side, head = placed
        r.side = side
        r.content, r.lo, r.hi = _clause_words(sentence, v, side, head, lex, r.verb.takes_recipient)
        _prune_clause(r, head)
    r.participle = v > 0 and words[v - 1].text == "," and words[v].lower.endswith("ing")
    if r.side == "left" and r.participle:
        r.content, r.side = [], None  # ", saying …" reports what follows it, never the clause before


def _that_clause(sentence: Sentence, v: int) -> bool:
    """``He bemoaned that the costs … are far greater``: a stance verb reporting a "that" clause
    reports what was said, like a speech verb (Quirk et al. 16.31: factive "that" clauses)."""
    return any(sentence.words[c].deprel == "ccomp" and c > v and marked_by_that(sentence, c)
               for c in sentence.children(v))


def _prune_clause(r: _Reading, head: int) -> None:
    """Clauses next to the cue that are not what was said."""
    sentence, v, words, scan = r.sentence, r.v, r.words, r.ctx.scan
    if r.side == "right" and not _has_clause(sentence, r.content):
        r.content = []  # "she said, clapping": no reported clause on the right
    if r.side == "right" and r.content and r.verb.takes_recipient:
        r.content = _drop_hearer(sentence, v, head, r.content)
    if r.side == "right" and r.content and _adverbial_clause(sentence, v, r.content[0]):
        r.content, r.side = [], None  # "Wahl said when she resigned …": when, not what
    if r.side == "left" and r.content and words[r.content[0]].deprel == "mark" and \
            words[r.content[0]].lower in _ADVERBIAL_SUBORDINATORS and \
            not _clause_after(sentence, words[r.content[0]].head, head):
        r.content, r.side = [], None  # "If we lived in normal times, a reader would ask: …": a condition
    if r.side == "right" and r.content:
        _cut_at_rebuttal(r)
    if r.side == "right" and r.content and words[r.content[0]].lower != "that" and \
            _quotation_before(r.ctx.doc, scan, sentence, r.lo, r.hi) and \
            not scan.overlapping(words[r.content[0]].start, words[r.content[-1]].end):
        # “…,” Melanie said, and soon …; “…,” said Joseph, who has …: the quotation is what
        # was said, the words after the cue are the reporter's narrative
        r.content, r.side, r.quote_first = [], None, True


def _clause_after(sentence: Sentence, adverbial: int, head: int) -> bool:
    """The content's head clause follows the opening adverbial clause ("Since Clinton has more
    votes, superdelegates … would be going against the voters, Mook said")."""
    words = sentence.words
    last = max(k for k in sentence.subtree(adverbial) if words[k].upos != "PUNCT")
    return head > last and words[head].deprel in ("ccomp", "parataxis")


def _cut_at_rebuttal(r: _Reading) -> None:
    """``Critics claim the idea would wreck small firms, but that argument has been debunked``:
    a "but" clause about the claim itself ("that argument", "this claim", "that") is the
    reporter's rebuttal, not part of what was claimed (the guideline)."""
    sentence, words, lex = r.sentence, r.words, r.ctx.lex
    inside = set(r.content)
    for c in r.content:
        w = words[c]
        if w.deprel != "conj" or (w.head not in inside and w.head != r.v) or not any(
                words[k].lower == "but" for k in sentence.children(c) if words[k].deprel == "cc"):
            continue
        subj = subject_of(sentence, c)
        if subj is None:
            subj = next((k for k in sentence.children(c) if words[k].deprel == "nsubj:pass"), None)
        if subj is None:
            continue
        about_claim = _demonstrative(sentence, subj) or (
            (words[subj].lemma or words[subj].lower).lower() in lex.nouns and any(
                words[k].lower in ("that", "this", "the", "such") for k in sentence.children(subj)))
        if about_claim:
            cut = sentence.subtree(c)[0]
            r.content = trim_punct(sentence, [i for i in r.content if i < cut])
            return


def _objects_phase(r: _Reading) -> bool:
    """Content that is no clause: an infinitive, an object (with its predicate), a passive
    subject.  False when the cue is only the occasion of another report."""
    sentence, v, lex, words, frames = r.sentence, r.v, r.ctx.lex, r.words, r.frames
    if not r.quote_first:
        _object_content(r)
    passive_object = [] if r.quote_first else _passive_object(sentence, v)
    if passive_object and (not r.content or (frames & {"np", "np-predicate"} and r.content[0] > v)):
        # "The registration issue was first reported by The Washington Post", "the plan was
        # criticized by Democrats as reckless": the passive subject is what was reported or judged
        r.content = passive_object
        r.side, r.lo = "left", max(passive_object) + 1
        r.hi = max([r.hi, v] + [i for i in sentence.subtree(agent_of(sentence, v) or v) if i > v])
    if r.content and r.side is None:
        r.side = "right"
        r.hi = min(r.hi, r.content[0] - 1)
    if r.side == "right" and r.content and words[r.content[0]].lower == "by" and \
            r.content[0] + 1 < len(words) and lex.verb_from_form(words[r.content[0] + 1].lower) is not None:
        return _veto(r, "occasion-gerund")  # "responded by saying …": the gerund is the report
    return True


def _object_content(r: _Reading) -> None:
    sentence, v, lex, frames, verb = r.sentence, r.v, r.ctx.lex, r.frames, r.verb
    if not r.content and "xcomp" in frames:
        r.content = _xcomp_content(sentence, v, verb.takes_recipient)
    if not r.content and "np-document" in frames and _subject_in(sentence, v, lex.written_works):
        r.content = _np_content(sentence, v, lex, need_predicate=False, particle=verb.particle)
    if not r.content and frames & {"np", "np-predicate", "as-predicate", "np-topic"}:
        # "A 2014 study found 31 incidents of …": a study, poll or report finds or shows a thing
        r.content = _np_content(sentence, v, lex, need_predicate=not frames & {"np", "np-topic"} and not (
            r.category == "evidence" and _subject_in(sentence, v, lex.words("source_documents"))),
            particle=verb.particle,
            as_predicate="as-predicate" in frames, topic="np-topic" in frames)
    if not r.content and "np-predicate" in frames:
        r.content = _surface_predicate(sentence, v)


def _medial_inversion(sentence: Sentence, verb: int) -> tuple[int, int] | None:
    """``SUBJECT, said SPEAKER, REST`` — a reporting clause set off by commas inside the clause it
    reports, with the speaker after the cue (AP: "The plan, said the minister, would fail").

    The compact parser gives the cue both subjects and the rest of the clause as its complement.
    Returns the speaker's head and the index of the comma that closes the aside, or None.
    """
    words = sentence.words
    if verb < 2 or words[verb - 1].text != ",":
        return None
    kids = sentence.children(verb)
    before = [c for c in kids if c < verb and words[c].deprel.startswith("nsubj")]
    after = [c for c in kids if c > verb and words[c].deprel.startswith("nsubj")]
    if not before or not after or sentence.subtree(after[0])[0] != verb + 1:
        return None
    if sentence.subtree(before[-1])[-1] not in (verb - 1, verb - 2) or any(
            c > before[-1] and words[c].deprel in ("appos", "acl:relcl") for c in sentence.children(before[-1])):
        return None  # ("Lewandowski's former manager, Corey Lewandowski, said …": the comma ends an apposition)
    aside_end = sentence.subtree(after[0])[-1]  # (the parser may hang the closing comma on an apposition)
    if words[aside_end].text != ",":
        aside_end += 1
    if aside_end >= len(words) or words[aside_end].text != ",":
        return None
    if not any(c > aside_end and words[c].deprel in ("ccomp", "parataxis") for c in kids):
        return None
    return after[0], aside_end


def _source_phase(r: _Reading) -> None:
    """The cue's own subject (or an inverted or postposed one) and the reporting clause's extent."""
    sentence, v, lex, words, scan = r.sentence, r.v, r.ctx.lex, r.words, r.ctx.scan
    r.subj = _pick_subject(sentence, v, r.side, lex)
    if r.subj is None and _perfect_read_as_passive(sentence, v):
        r.subj = next(c for c in sentence.children(v) if words[c].deprel == "nsubj:pass")
    r.finder = "subject" if r.subj is not None else None
    r.inside = scan.inside(words[v].start)
    medial = _medial_inversion(sentence, v) if r.side == "right" and r.category in _CLAUSAL and \
        not r.verb.takes_recipient else None  # ("told POLITICO, “…”": the hearer)
    if medial is not None:  # "Any interpretation, said Michael Kofman, an expert …, would read this as …"
        r.subj, aside_end = medial
        r.finder = "medial-inverted"
        r.lo, r.hi = v, aside_end - 1  # the aside: its two sides are the content (_parenthetical)
    _drop_quoted_subject(r)
    if r.subj is None and r.category in ("speech", "statement", "writing", "argument") and not r.verb.takes_recipient:
        r.subj = _inverted_object(sentence, v, lex.words("time_words"))
        if r.subj is not None:  # "Said Ellis: “…”" parsed with the speaker as the object
            r.finder = "inverted-object"
            mention = set(noun_phrase(sentence, r.subj))
            r.content = trim_punct(sentence, [i for i in r.content if i not in mention])
            r.lo, r.hi = min(r.lo, v), max(r.hi, max(mention))
            r.side = r.side if r.content else None
    if r.subj is None and r.category in _CLAUSAL and (not r.content or min(r.content) > v):
        found_inverted = _surface_inverted(sentence, v)
        if found_inverted:  # "“…,” said Virginia delegate Beau Correll, angered that …", and the
            # interrupted "“A,” said an Iowa Democrat, “B.”" (the speaker is no part of B)
            r.surface_subject, r.subj = found_inverted
            r.finder = "surface-inverted"
            r.content = trim_punct(sentence, [i for i in r.content if i > r.surface_subject[-1]])
            opening = next((i for i in r.content if words[i].text in OPENING_QUOTE_TOKENS), None)
            if opening is not None:  # "said Edward Leamer, an economist who …, “is that …”": the apposition
                r.content = [i for i in r.content if i >= opening]
            r.lo, r.hi = min(r.lo, v), r.surface_subject[-1]  # the reporting clause ends at the speaker
            r.side = r.side if r.content else None
    _drop_quoted_subject(r)
    if r.subj is None and r.side != "right" and r.category in _CLAUSAL | {"nonspeech"}:
        found_surface = _surface_postposed(sentence, v)
        if found_surface:
            r.surface_subject, r.content, r.subj = found_surface
            r.side, r.lo, r.hi = "left", r.surface_subject[0], v
            r.finder = "surface-postposed"
    if r.subj is not None:
        mention = _outside_quotation(r, _merge_adjacent_subjects(sentence, v, noun_phrase(sentence, r.subj)))
        r.lo = min(r.lo, mention[0])
        if r.side != "right":
            r.hi = max(r.hi, mention[-1])


def _before_the_main_clause(sentence: Sentence, v: int, content: list[int]) -> list[int]:
    """A cue inside an adverbial clause that opens the sentence reports nothing past that clause
    ("Though Republicans boast of stronger turnout, there is no correlation …"; "Announcing his
    support for Trump, Rubio still believes …"): the main clause after it is the reporter's."""
    words = sentence.words
    node, hops = v, 0
    while words[node].head >= 0 and hops < 6:
        head = words[node].head
        if words[node].deprel.startswith("advcl") and words[head].deprel == "root" and node < head:
            # the main clause begins at its subject (the adverbial clause's own subtree may end
            # early where the parser hung part of it on the main clause)
            subj = next((c for c in sentence.children(head) if c > v and
                         words[c].deprel.split(":")[0] in ("nsubj", "expl", "csubj")), None)
            last = sentence.subtree(subj)[0] - 1 if subj is not None else sentence.subtree(node)[-1]
            return [i for i in content if i <= last] if last < head else content
        node, hops = head, hops + 1
    return content


def _outside_quotation(r: _Reading, mention: list[int]) -> list[int]:
    """The subject's phrase starts after a quotation the cue is outside of ("''I would have been
    all in,'' Mr. Regalado … said" with "in" read as a preposition of "Regalado")."""
    words, scan, text = r.words, r.ctx.scan, r.ctx.doc.text
    quoted = [k for k in mention if k < r.subj and (q := scan.inside(words[k].start)) not in (None, r.inside)
              and _quote_is_speech(text, q)]  # (not a scare-quoted word: "the “Avatar” star")
    if not quoted:
        return mention
    after = trim_punct(r.sentence, [k for k in mention if k > max(quoted)])
    rest = [k for k in after if words[k].text not in QUOTE_TOKENS]
    return rest or mention


def _drop_quoted_subject(r: _Reading) -> None:
    """A subject inside a quotation the cue is outside of is a parse slip (or a word-order finder's
    reach into the quotation): no subject."""
    if r.subj is not None and r.ctx.scan.inside(r.words[r.subj].start) not in (None, r.inside):
        r.subj = r.finder = None
        r.surface_subject = []


def _quotations_phase(r: _Reading) -> None:
    """The content spans: the clause (or both sides of a parenthetical cue), or the quotations
    next to the reporting clause."""
    sentence, v, lex, words, doc, frames = r.sentence, r.v, r.ctx.lex, r.words, r.ctx.doc, r.frames
    parenthetical = [] if r.participle else _parenthetical(sentence, v, r.lo, r.hi, r.category, lex)
    if parenthetical:
        r.content = parenthetical[0] + parenthetical[1]  # "X, Tompkins said, is …": both sides
    r.content = _before_the_main_clause(sentence, v, [i for i in r.content if not (r.lo <= i <= r.hi)])
    r.content_set = set(r.content)
    trail = _trailing_setting(sentence, v, r.hi, lex)
    r.adjacent = [q for q in _adjacent_quotations(doc, r.ctx.scan, sentence, r.lo, trail)
                  if q is not r.inside and (_quote_is_speech(doc.text, q) or _opening_speech(doc.text, sentence, q)
                                            or (q.start > words[v].start and _after_colon(doc.text, q))
                                            or (q.start > words[v].start and _ends_sentence_after_comma(
                                                doc.text, q, sentence.end)
                                                and not doc.text[words[r.hi].end:q.start].strip(", ")) or (
                      "quote" in frames and q.start > words[v].start and len(doc.text[q.start:q.end].split()) >= 2))]
    if words[v].xpos == "VBG" and after_comma(words, v):
        # "…, things “should be wrapped up by Cleveland,” referring to the convention": a participle
        # after a comma opens its own clause; a quotation before it is the earlier cue's
        r.adjacent = [q for q in r.adjacent if q.start > words[v].start]
    if parenthetical:
        r.spans = [span_of(sentence, part) for part in parenthetical]
    else:
        r.spans = _content_spans(sentence, r.content) if r.content else []
    if r.adjacent and _quotations_are_content(r, trail):
        # ("“The risk,” said Leamer, an economist, “is that …”": the quotation resumes after the
        # source's apposition and both pieces are the content)
        quoted = {(q.start, q.end) for q in r.adjacent}
        resumed = {sp for sp in r.spans if _in_quotation(r.ctx.scan, sp) and not any(
            s < sp[1] and sp[0] < e for s, e in quoted)} if _quote_first(r) else set()
        r.spans = sorted(quoted | resumed)


def _quotations_are_content(r: _Reading, trail: int) -> bool:
    words, doc, lo, content, adjacent = r.words, r.ctx.doc, r.lo, r.content, r.adjacent
    qspans = sorted((q.start, q.end) for q in adjacent)
    within = r.spans and all(any(qs <= s and e <= qe for qs, qe in qspans) for s, e in r.spans)
    # “A,” she said, pointing at the chart, “B.”: the quotation resumes after the aside
    interrupted = trail > r.hi and any(q.end <= words[lo].start for q in adjacent) and \
        any(q.start >= words[trail].end for q in adjacent)
    # "Asked to describe the device, O'Neill said, “Not going to go into that.”": a participial
    # opener before the reporting clause sets the scene; the quotation after it is what was said
    scene = content and content[0] < lo and _participial_opener(r.sentence, content[0]) and \
        all(q.start > words[r.v].start for q in adjacent)
    # "McCaskill scolded him: “…,” she said.": the words before the colon are the reporter's
    scene = scene or bool(content) and content[0] < lo and any(
        q.end <= words[lo].start and doc.text[words[content[0]].start:q.start].rstrip().endswith(":")
        for q in adjacent)
    # "“Let me tell you the facts,” Cruz said after a brief “I'm sorry”.", "“Savage,” she said,
    # meaning …": an opening quotation closed by a comma, ? or ! is what the reporting clause
    # after it reports (the AP's quote-first order); what follows the cue is its setting
    return bool(not r.spans or within or interrupted or scene or _quote_first(r) or "quote" in r.frames)


def _quote_first(r: _Reading) -> bool:
    """An opening quotation closed by a comma, ? or ! right before the reporting clause, with the
    content found after the cue: the quotation is what the clause reports (AP quote-first order)."""
    return bool(r.content) and r.content[0] > r.hi and any(
        q.end <= r.words[r.lo].start and _opening_speech(r.ctx.doc.text, r.sentence, q) for q in r.adjacent)


def _in_quotation(scan: QuoteScan, span: tuple[int, int]) -> bool:
    q = scan.inside(span[0])
    return q is not None and q.depth == 0 and span[1] <= q.end


def _by_agent(r: _Reading) -> tuple[int | None, list[int]] | None:
    subj = agent_of(r.sentence, r.v)
    if subj is None:
        return None
    return subj, [i for i in noun_phrase(r.sentence, subj) if r.words[i].lower != "by"]


def _controller(r: _Reading) -> tuple[int | None, list[int]] | None:
    controller = _participle_controller(r.sentence, r.v, r.ctx.lex)
    if controller is None:
        return None
    idx = [i for i in noun_phrase(r.sentence, controller) if r.words[i].deprel not in ("case", "cc") and i < r.v]
    # (a controller with no words before the cue still names the head; later finders give the words)
    return controller, idx


def _appositive(r: _Reading) -> tuple[int | None, list[int]] | None:
    idx = _appositive_subject(r.sentence, r.v)
    return (idx[-1], idx) if idx else None


def _interrupted(r: _Reading) -> tuple[int | None, list[int]] | None:
    idx = _interrupted_subject(r.sentence, r.v)
    return (idx[-1], idx) if idx else None


def _adjacent(r: _Reading) -> tuple[int | None, list[int]] | None:
    idx = _adjacent_subject(r.sentence, r.v, r.verb.takes_recipient)
    return (idx[-1], idx) if idx else None


# Source finders for a cue with no subject in the parse, tried in this order (the first that
# names someone wins): the by-agent of a passive, the noun a participle is predicated of, then
# word order alone (an apposition, an interrupting relative clause, the noun phrase before the cue).
SOURCE_FINDERS: tuple[tuple[str, Callable[[_Reading], tuple[int | None, list[int]] | None]], ...] = (
    ("by-agent", _by_agent),
    ("participle-controller", _controller),
    ("appositive-subject", _appositive),
    ("interrupted-subject", _interrupted),
    ("adjacent-subject", _adjacent),
)


def _find_source(r: _Reading) -> None:
    """The source's words: the subject found in the parse, else the first finder that names one."""
    sentence, v = r.sentence, r.v
    if r.subj is not None:
        r.subj_idx = r.surface_subject or _outside_quotation(
            r, _merge_adjacent_subjects(sentence, v, noun_phrase(sentence, r.subj)))
        return
    head: int | None = None
    for name, finder in SOURCE_FINDERS:
        found = finder(r)
        if found is None:
            continue
        if head is None:
            head = found[0]  # the controller is the source even when its words come from a later finder
        if found[1]:
            r.subj_idx, r.finder = found[1], name
            break
        if name == "by-agent":
            break  # (an agent with no words is no source, and the others are not tried)
    r.subj = head


def _first_person_belief(r: _Reading) -> bool:
    # "I think", "we believe": a hedge inside someone's words, not a new source
    return r.subj is not None and r.words[r.subj].lower in _FIRST_PERSON and r.category in ("belief", "evidence")


def _source_in_content(r: _Reading) -> bool:
    return r.subj is not None and bool(set(r.subj_idx) & r.content_set)


def _ill_formed_mention(r: _Reading) -> bool:
    # "North Korea's nuclear ambitions have barely been | mentioned": a parse slip
    return bool(r.subj_idx) and not _well_formed_mention(r.sentence, r.subj_idx)


def _belief_without_clause(r: _Reading) -> bool:
    # (but "…, a USA TODAY analysis shows." / "…, economists believe." report the clause)
    return r.category in ("belief", "evidence") and r.side != "right" and not r.adjacent and not (
        r.side == "left" and r.subj is not None and _postposed(r.sentence, r.v))


def _anonymity(r: _Reading) -> bool:
    # "who asked not to be named": why a source is anonymous, not what it said
    return _anonymity_formula(r.ctx.text, r.sentence, r.v, r.ctx.lex)


def _refusal(r: _Reading) -> bool:
    # "declined to comment", "did not respond to a request for comment": nothing was said
    return _no_comment(r.ctx.text, r.sentence, r.v, r.ctx.lex)


def _idiom(r: _Reading) -> bool:
    # "it goes without saying that …", "needless to say"
    return _speech_idiom(r.ctx.text, r.sentence, r.v, r.ctx.lex)


def _quote_only(r: _Reading) -> bool:
    # "smiled", "continued" only attribute a quotation: “Great,” he smiled.
    return (r.category == "nonspeech" or "quote" in r.frames) and not r.adjacent


def _impersonal_holder(r: _Reading) -> bool:
    """"Moscow supporting the regime", "jets attacked": an act, not a view (personal frames only)."""
    if "personal" not in r.frames:
        return False
    sentence, v, words = r.sentence, r.v, r.words
    holder, holder_idx = r.subj, r.subj_idx
    if holder is None and words[v].xpos == "VBG" and words[v].deprel.split(":")[0] in ("advcl", "conj") and \
            0 <= words[v].head < v:
        # "Trump admires Putin as a “strong leader,” comparing him favorably to Obama": a
        # participle continuing a clause takes that clause's subject (found later, by inheritance)
        holder = subject_of(sentence, words[v].head)
        holder_idx = noun_phrase(sentence, holder) if holder is not None else []
    return not _personal_source(sentence, holder, holder_idx, r.antecedent, r.ctx.lex)


def _inanimate_agent(r: _Reading) -> bool:
    """"Baby boomer retirements promise to swell costs", "the storm threatens to …": a promise or
    threat (agent frames) from a thing is a forecast in the reporter's words (Quirk et al. 16.31:
    "promise", "threaten" as raising verbs), not an attribution; documents do not promise."""
    return "agent" in r.frames and r.subj is not None and r.words[r.subj].upos == "NOUN" and \
        not _names_someone(r.sentence, r.subj, r.antecedent, r.ctx.lex, documents_speak=False)


def _quoted_narration(r: _Reading) -> bool:
    # “He said it over and over …”, “I'd say …”, “they say …” inside someone's words: the quoted
    # speaker's own narration; a named source ("“Russian officials have said …,” the army said")
    # is a nested attribution worth its own record
    return r.inside is not None and (
        r.subj is None or r.words[r.subj].upos == "PRON" or r.words[r.subj].lower in _RELATIVE)


def _to_infinitives(sentence: Sentence, verb: int) -> list[int]:
    """The verbs after ``verb`` that hang on it with their own "to" ("asked the court to order")."""
    words = sentence.words
    return [c for c in sentence.children(verb) if c > verb and words[c].upos == "VERB" and _has_to(sentence, c)]


def _has_to(sentence: Sentence, verb: int) -> bool:
    return any(sentence.words[m].lower == "to" for m in sentence.children(verb))


def _court_filing(r: _Reading) -> bool:
    # "Lawyers for the tenants asked the High Court to order …", "He asked Judge Marsh to dismiss
    # the claim": a request to a court is a filing, a deed (the guideline), not a statement
    # ("asked the court to …" is a request whatever the verb's lexicon category)
    sentence, words = r.sentence, r.words
    if r.category not in ("request", "question") or not _to_infinitives(sentence, r.v):
        return False

    def court(k: int) -> bool:
        return (words[k].lemma or words[k].text).lower() in _COURT_ADDRESSEES or words[k].lower in _COURT_ADDRESSEES

    for c in sentence.children(r.v):
        if words[c].deprel.split(":")[0] in ("obj", "iobj") and c > r.v:
            # the addressee's head, its name parts and the words before it ("the High Court")
            names = {k for k in sentence.children(c) if words[k].deprel in ("flat", "compound")}
            if any(court(k) for k in {c} | names | {k for k in noun_phrase(sentence, c) if k < c}):
                return True
    return False


def _requested_act(r: _Reading) -> bool:
    # "He asked Judge Marsh to dismiss the claim", "urged voters to reject the plan": the
    # infinitive after a request's addressee is the act requested, not a stance anyone took
    words, v = r.words, r.v
    head = words[v].head
    if head < 0 or head > v or not _has_to(r.sentence, v):
        return False
    governor = r.ctx.lex.verb_from_form(words[head].lower)
    return governor is not None and governor.category in ("request", "question") and any(
        words[c].deprel.split(":")[0] in ("obj", "iobj") and head < c < v for c in r.sentence.children(head))


# Vetoes of a reporting verb's candidate, checked in this order once content and source are
# known; the first that holds drops the candidate (its name goes to the trace).
VERB_VETOES: tuple[tuple[str, Callable[[_Reading], bool]], ...] = (
    ("first-person-belief", _first_person_belief),
    ("source-in-content", _source_in_content),
    ("ill-formed-mention", _ill_formed_mention),
    ("belief-without-clause", _belief_without_clause),
    ("anonymity-formula", _anonymity),
    ("speech-idiom", _idiom),
    ("no-comment", _refusal),
    ("quote-only-cue", _quote_only),
    ("impersonal-holder", _impersonal_holder),
    ("inanimate-agent", _inanimate_agent),
    ("quoted-narration", _quoted_narration),
    ("court-filing", _court_filing),
    ("requested-act", _requested_act),
)
# vetoes checked earlier in the reading (named here so that the ablation can list them)
EARLY_VETOES = ("dispositional-gerund", "occasion-gerund")


def _veto(r: _Reading, name: str) -> bool:
    """Record that veto ``name`` dropped this candidate; False (the reading stops) unless it is off."""
    if not r.ctx.on(name):
        return True
    r.ctx.dropped.append(Dropped(r.sentence.index, r.v, "reporting-verb", name))
    return False


def _from_verb(ctx: Context, sentence: Sentence, cue: Cue) -> Attribution | None:
    """A reporting verb: content, objects, source, quotations, then the vetoes (in that order)."""
    verb = cue.verb
    assert verb is not None
    v = cue.word
    if _dispositional_gerund(sentence, v) and ctx.on("dispositional-gerund"):
        ctx.dropped.append(Dropped(sentence.index, v, "reporting-verb", "dispositional-gerund"))
        return None
    if verb.category == "appearance":
        return _from_appearance(ctx, sentence, cue) if ctx.on("appearance") else None
    if verb.category in _PASSIVE_CATEGORIES and "quote" not in verb.frames and ctx.on("agentless-passive"):
        passive = _from_passive(ctx, sentence, cue)
        if passive is not None:
            return passive
    if not ctx.on("reporting-verb"):
        return None
    r = _Reading(ctx, sentence, cue, verb, v)
    _content_phase(r)
    if not _objects_phase(r):
        return None
    _source_phase(r)
    _quotations_phase(r)
    if not r.spans:
        return None
    _find_source(r)
    words = r.words
    if r.subj is not None and words[r.subj].lower in ("who", "that", "which") and words[v].deprel.startswith("acl"):
        r.antecedent = words[v].head
    for name, veto in VERB_VETOES:
        if ctx.on(name) and veto(r):
            ctx.dropped.append(Dropped(sentence.index, v, "reporting-verb", name))
            return None
    return _verb_attribution(r)


def _verb_attribution(r: _Reading) -> Attribution | None:
    sentence, v, ctx = r.sentence, r.v, r.ctx
    spans = _split_pieces(_expand_to_quotations(r.spans, ctx.scan, r.words[v].start), ctx.scan)
    if r.inside is not None:
        spans = _clip_to(ctx.text, spans, r.inside)
        if not spans:
            return None
    confidence = _CATEGORY_CONFIDENCE.get(r.category, 0.7)
    if r.subj is None:
        confidence -= 0.1
    return Attribution(
        quoted_cue=r.inside is not None,
        sentence=sentence.index, contents=spans, cue=cue_span(sentence, v),
        source=span_of(sentence, r.subj_idx) if r.subj_idx else None, confidence=round(confidence, 2),
        category=r.category, cue_word=v, source_head=r.subj, antecedent=r.antecedent,
        channel=_channel(sentence, v, ctx.lex), construction="reporting-verb",
        finder=r.finder if r.subj_idx else None,
    )


# -- pre-parse trigger --------------------------------------------------------------------------

# (closed_class.tsv: determiners that make a verb form a noun, hedge subjects and what may stand
# between them and a belief verb, personal pronouns; poll shares come from poll_shares.txt)
_NOUN_BEFORE = closed_class()["noun_before"]
_TRIGGER_FIRST_PERSON = closed_class()["hedge_subjects"]
_BELIEF_BRIDGE = closed_class()["belief_bridge"]
_PERSON_WORDS = closed_class()["person_words"]
_DEMONYM_ENDINGS = ("ish", "ian", "ese")
_AS_QUOTED = re.compile(r"(?i)\bas\s+(?:an?\s+|the\s+)?[\"“‘']")


def _person_before(s: Surface, i: int) -> bool:
    """Could someone who holds a view stand in the six words before word ``i``: a personal pronoun,
    a title, an anonymous source, a poll share, or a capitalised word that is
    not a place or a nationality ("Moscow supporting", "Russian jets")?  Not right after a
    preposition ("in support of")."""
    lex, raw, words = s.lex, s.raw, s.words
    if i and words[i - 1] in ("in", "of", "for", "with", "without", "by", "on"):
        return False
    stop, places = lex.words("stopwords"), lex.words("places")
    for w, r in zip(words[max(0, i - 6):i], raw[max(0, i - 6):i]):
        if w in _PERSON_WORDS or w in lex.titles or w in lex.anonymous or w in lex.words("poll_shares"):
            return True
        if r[:1].isupper() and w not in stop and w not in places and not w.endswith(_DEMONYM_ENDINGS):
            return True
    return False


def _verb_form_trigger(s: Surface, i: int, lemma: str) -> bool:
    """Is word ``i`` (a reporting-verb form) plausibly that verb, from its neighbours alone?"""
    t = s.lex.verb_classes
    raw, words = s.raw, s.words
    prev = words[i - 1] if i and not s.marked[i] else ""  # ("… for her,” said …")
    if prev in _NOUN_BEFORE:
        return False
    if i and raw[i][0].isupper() and raw[i - 1][0].isupper() and i + 1 < len(raw) and raw[i + 1][0].islower():
        return False  # inside a name ("United States", "the Washington Post"), not a title-case headline
    if lemma in t.particle_only:
        return any(w in t.particle_only[lemma] for w in words[i + 1:i + 4])
    if lemma in t.quote_only:
        return s.quoted
    if lemma in t.personal and not _person_before(s, i):
        return False  # "their support", "in support of", "Turkish-backed forces": no one who could hold a view
    if lemma in t.as_only:
        return "as" in words or s.quoted  # (a quotation may be what was seen: "Obama Sees 'Personal Insult'")
    if lemma in t.belief and (prev in _TRIGGER_FIRST_PERSON or (
            i > 1 and prev in _BELIEF_BRIDGE and words[i - 2] in _TRIGGER_FIRST_PERSON)):
        return False
    return True


def reporting_verb_form(s: Surface) -> bool:
    """A reporting-verb form that its neighbours do not rule out (a determiner before it makes
    it a noun, a particle verb needs its particle, "I think" is a hedge, "smiled" needs a quote)."""
    forms = s.lex.forms
    return any(forms.get(w) is not None and _verb_form_trigger(s, i, forms[w]) for i, w in enumerate(s.words))


def as_quoted_predicate(s: Surface) -> bool:
    """``admires Putin as a “strong leader”``: "as" before a quotation (any verb can characterise)."""
    return s.quoted and _AS_QUOTED.search(s.text) is not None


register("reporting-verb", "A reporting verb with its clause, object or adjacent quotation: `X said (that) …`, "
         "`“…,” X said`, `…, X said`, `X called Y a liar`, `X urged Y to …`.",
         module="verb", trigger=reporting_verb_form,
         fires=("The army said three soldiers were killed in the strike.",
                "“We will achieve justice,” Jordan said.",
                "Three soldiers were killed, the army said."),
         passes=("The army sent three soldiers to the border.", "I think the roads are open.",
                 # deeds, decisions and votes are the reporter's claims (docs/attribution-guideline.md)
                 "The council decided to close the bridge.", "Hale voted against the plan.",
                 "Owners welcomed the decision.", "The defender conceded a penalty."))
register("agentless-passive", "A reporting verb in the passive with no by-agent: a claim whose source the text "
         "does not name (`He was accused of fraud`).",
         module="verb", trigger=reporting_verb_form,
         fires=("The mayor was accused of fraud.",),
         passes=("The prosecutor accused the mayor of fraud.",))
register("appearance", "A raising verb presents a clause as how things look, to no one named "
         "(`it appeared that …`, `X seems to …`).",
         module="verb", trigger=reporting_verb_form,
         fires=("It appeared that the talks had collapsed.",),
         passes=("The minister appeared on television on Monday.",))


_QUOTE_FRAME = re.compile(r"[,?!]\s*[”\"]\s*(?:[\w.’'-]+\s+){0,6}[\w’'-]+\s*[.,;!?]?\s*$|"
                          r"\b[A-Za-z]+\s+[a-z]+:\s*[“\"]")


def quotation_frame(s: Surface) -> bool:
    """``“…,” he surmised.`` / ``Kasich resisted: “…”``: a few words after a quotation closed by
    its comma and ending the sentence, or a lower-case word before a colon and a quotation."""
    return s.quoted and _QUOTE_FRAME.search(s.text) is not None


register("quotation-frame", "Any finite verb in a quotation's reporting clause introduces it, listed or not: "
         "after the quotation's comma with the speaker (`“…,” he surmised.`, `“…,” riffed the nominee.`) or "
         "between the speaker and a colon (`Kasich resisted: “…”`) (Chicago Manual 6.40, 6.63).",
         module="verb", trigger=quotation_frame,
         fires=("“People are afraid of wasting their votes,” he surmised.",
                "Kasich resisted: “Governors do not have that power.”"),
         passes=("Fans sang “We are the champions” and marched on.",))
register("characterization", "Any verb whose object is followed by \"as\" and a quotation characterises the "
         "object in someone's words (`admires Putin as a “strong leader”`).",
         module="verb", trigger=as_quoted_predicate,
         fires=("Trump hugged Putin as a “strong leader.”",),
         passes=("Trump hugged Putin at the summit.",))
