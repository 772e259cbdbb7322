from __future__ import annotations

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
    _clip_to,
    _content_spans,
    _expand_to_quotations,
    _quotation_before,
    _quote_is_speech,
    _split_pieces,
)
from attrib.attribution.record import _CATEGORY_CONFIDENCE, Attribution
from attrib.attribution.sources import (
    _adjacent_subject,
    _appositive_subject,
    _interrupted_subject,
    _inverted_object,
    _participle_controller,
    _personal_source,
    _pick_subject,
    _surface_postposed,
    _well_formed_mention,
)
from attrib.attribution.tree import (
    _channel,
    _has_clause,
    _merge_adjacent_subjects,
    agent_of,
    cue_span,
    noun_phrase,
    span_of,
    subject_of,
    trim_punct,
)
from attrib.attribution.vetoes import _anonymity_formula, _dispositional_gerund, _speech_idiom
from attrib.attribution.words import (
    _ADVERBIAL_SUBORDINATORS,
    _CLAUSAL,
    _FIRST_PERSON,
    _PASSIVE_CASES,
    _PASSIVE_CATEGORIES,
    _RELATIVE,
)
from attrib.cues import Cue
from attrib.document import Document, Sentence
from attrib.lexicon import Lexicon
from attrib.quotes import QuoteScan


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
    if agent_of(sentence, v) is not None or any(words[c].deprel in ("nsubj", "csubj") for c in kids):
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
    content = trim_punct(sentence, [i for i in range(start, end + 1)])
    if not content:
        return None
    return Attribution(sentence=sentence.index, contents=[span_of(sentence, content)], cue=cue_span(sentence, v),
                       source=None, confidence=_CATEGORY_CONFIDENCE["appearance"], agentless=True,
                       category="appearance", cue_word=v)


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
    placed = _side(sentence, v, lex) if category not in ("stance", "intention") else None
    if placed is None and category in _CLAUSAL:
        placed = _positional_side(sentence, v, lex, verb.takes_recipient)
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
            _subject_in(sentence, v, lex.written_works):
        content_idx = _np_content(sentence, v, lex, need_predicate=False, particle=verb.particle)
    if not content_idx and frames & {"np", "np-predicate", "as-predicate", "np-topic"} and not quote_first:
        # "A 2014 study found 31 incidents of …": a study, poll or report finds or shows a thing
        content_idx = _np_content(sentence, v, lex, need_predicate=not frames & {"np", "np-topic"} and not (
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
        hi = max([hi, v] + [i for i in sentence.subtree(agent_of(sentence, v) or v) if i > v])
    if content_idx and side is None:
        side = "right"
        hi = min(hi, content_idx[0] - 1)
    if side == "right" and content_idx and words[content_idx[0]].lower == "by" and \
            content_idx[0] + 1 < len(words) and lex.verb_from_form(words[content_idx[0] + 1].lower) is not None:
        return None  # "responded by saying …": the gerund is the report, this cue only its occasion
    subj = _pick_subject(sentence, v, side, lex)
    if subj is None and category in ("speech", "statement") and not verb.takes_recipient:
        subj = _inverted_object(sentence, v)
        if subj is not None:  # "Said Ellis: “…”" parsed with the speaker as the object
            mention = set(noun_phrase(sentence, subj))
            content_idx = trim_punct(sentence, [i for i in content_idx if i not in mention])
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
    parenthetical = [] if participle else _parenthetical(sentence, v, lo, hi, category, lex)
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
        spans = [span_of(sentence, part) for part in parenthetical]
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
        subj = agent_of(sentence, v)
        if subj is not None:
            subj_idx = [i for i in noun_phrase(sentence, subj) if words[i].lower != "by"]
        else:
            controller = _participle_controller(sentence, v, lex)
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
    if _anonymity_formula(doc.text, sentence, v, lex):
        return None  # "who asked not to be named": why a source is anonymous, not what it said
    if _speech_idiom(doc.text, sentence, v, lex):
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
            holder = subject_of(sentence, words[v].head)
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
        sentence=sentence.index, contents=spans, cue=cue_span(sentence, v),
        source=span_of(sentence, subj_idx) if subj_idx else None, confidence=round(confidence, 2),
        category=category, cue_word=v, source_head=subj, antecedent=antecedent,
        channel=_channel(sentence, v, lex),
    )
