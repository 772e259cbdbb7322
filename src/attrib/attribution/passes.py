"""The post-steps run by engine.PASSES: inherited subjects, dedupe, colon paragraphs, continued
(orphan) quotations, coordinated cues, nesting."""

from __future__ import annotations

import bisect
import re

from attrib.attribution.noun import _colon_noun_source
from attrib.attribution.quoting import _headline_case, _quote_is_speech, _split_pieces
from attrib.attribution.record import Attribution
from attrib.attribution.sources import _adjacent_subject, _carrier_subject, _names_someone
from attrib.attribution.tree import _demonstrative, after_comma, cue_span, noun_phrase, span_of, subject_of
from attrib.attribution.words import (
    _BLOCK_QUOTE_CATEGORIES,
    _CONTINUATION_RELS,
    _FIRST_PERSON,
    _NESTED_CATEGORIES,
    _PARTICIPLE_OPENERS,
)
from attrib.cues import Cue
from attrib.document import Document, Sentence
from attrib.intervals import IntervalIndex
from attrib.lexicon import Lexicon
from attrib.quotes import QUOTE_MARKS, QuoteScan


def _inherit_subjects(sentence: Sentence, found: list[Attribution], lex: Lexicon) -> None:
    """``…, adding …`` / ``… and added …``: a cue with no subject takes its governor's."""
    words = sentence.words
    by_word = {a.cue_word: k for k, a in enumerate(found) if a.sentence == sentence.index and a.cue_word is not None}
    for att in found:
        if att.sentence != sentence.index or att.cue_word is None or att.agentless:
            continue
        v = att.cue_word
        if (att.source is None or _subordinated(sentence, v)) and _asked_participle(sentence, att, lex):
            att.agentless = True  # "Christie said when asked whether …": Christie was asked; who asked is not said
            att.source = att.source_head = None  # (a "subject" found before "when" is a parse slip)
            continue
        if att.source is not None:
            continue
        if after_comma(words, v) and words[v].lower.endswith("ing") and \
                _continue_participle(sentence, att, found):
            continue
        carrier = _carrier_subject(sentence, v)
        if carrier is not None:  # "Trump unleashed a series of tweets saying …"
            att.source, att.source_head = span_of(sentence, noun_phrase(sentence, carrier)), carrier
            att.finder = "carrier-subject"
            continue
        # (a past tense only where the verb it hangs on has no subject of its own: "told friends that
        # the candidate knew … and thought …" coordinates "thought" with "knew")
        parallel = (words[v].xpos == "VBG" or words[v].xpos == "VBD" and not sentence.dependents(
            words[v].head, "nsubj", "csubj")) and next((
            a for a in found if a is not att and a.source is not None and a.sentence == att.sentence
            and _coordinated_in_form(sentence, a, att) and _within(a, words[words[v].head].start)), None)
        if parallel:  # "telling that Trump is a “faker” and questioning how …": hung inside the
            _inherit(att, parallel)  # first cue's content, the second has the first one's speaker
            continue
        rel = words[v].deprel.split(":")[0]
        if rel in _CONTINUATION_RELS:
            _climb_to_governor(sentence, att, found, by_word)


def _within(att: Attribution, offset: int) -> bool:
    return any(s <= offset < e for s, e in att.contents)


def _asked_participle(sentence: Sentence, att: Attribution, lex: Lexicon) -> bool:
    """A bare past participle of a cue that takes its hearer as object ("when asked whether …",
    "Asked about the vote, …", "Told of the ruling, …") is passive: the clause's subject is the
    hearer, not the speaker (Quirk et al. 15.58, participle clauses take the main clause's subject
    as their own, here the one asked), so nothing is inherited and the source stays unnamed."""
    words = sentence.words
    v = att.cue_word
    assert v is not None
    first = _participle_start(sentence, v)
    opens = first == 0 or words[first - 1].lower in _PARTICIPLE_OPENERS or words[first - 1].text == ","
    # ("Asked if …, Ryan said": the parser may make the opening participle the root)
    relation = words[v].deprel.split(":")[0]
    clause = relation in ("advcl", "acl") or relation == "root" and opens and _ends_at_opening_comma(sentence, att)
    # (a subject or auxiliary the parser gives it from before "when" is a slip)
    subordinated = _subordinated(sentence, v)
    # (the lemmatizer leaves some forms as they are, "Informed" → "informed": the lexicon's forms know them)
    lemmas = {words[v].lemma.lower(), lex.forms.get(words[v].lower)}
    if not lemmas & lex.hearer_verbs or not clause or any(
            words[c].deprel.split(":")[0] in ("aux", "nsubj", "csubj") and c != first
            and (c >= first - 1 or not subordinated) for c in sentence.children(v)):
        return False
    # (the tagger reads "when asked" as VBD too, and "the senator called/VBN on …" as a participle: a
    # past form counts only where a participle clause opens, at the start, after a subordinator or comma)
    return opens and words[v].xpos in ("VBN", "VBD")


def _participle_start(sentence: Sentence, v: int) -> int:
    return v - 1 if v > 0 and sentence.words[v - 1].lower == "being" else v  # "after being asked"


def _subordinated(sentence: Sentence, v: int) -> bool:
    """The participle follows a subordinator ("when asked", "after being asked")."""
    first = _participle_start(sentence, v)
    return first > 0 and sentence.words[first - 1].lower in _PARTICIPLE_OPENERS


def _ends_at_opening_comma(sentence: Sentence, att: Attribution) -> bool:
    """The content ends at the comma that closes the opening participle clause ("Asked to describe
    the device, O'Neill said …"): a root participle's word-order content may run on over the main
    clause, and then it is no reading of the question at all."""
    v = att.cue_word
    assert v is not None
    comma = next((w for w in sentence.words[v + 1:] if w.text == ","), None)
    return comma is not None and all(end <= comma.start for _, end in att.contents)


def _inherit(att: Attribution, gov: Attribution) -> None:
    att.source, att.source_head, att.inherits = gov.source, gov.source_head, gov
    att.finder = "continuation"
    att.confidence = round(min(gov.confidence, att.confidence + 0.1), 2)


def _continue_participle(sentence: Sentence, att: Attribution, found: list[Attribution]) -> bool:
    """"…, the army said, adding …": the closest cue before continues; else the clause's subject."""
    words = sentence.words
    v = att.cue_word
    assert v is not None
    before = [a for a in found if a.cue_word is not None and a.cue_word < v and a.source is not None]
    if before:
        _inherit(att, max(before, key=lambda a: a.cue_word))
        return True
    root = next((w.index for w in words if w.deprel == "root"), -1)
    subj = subject_of(sentence, root) if 0 <= root < v else None
    if subj is not None and words[subj].upos in ("PROPN", "NOUN", "PRON"):
        # "Trump attacked Clinton …, saying, “…”": the participle's subject is the clause's
        att.source, att.source_head = span_of(sentence, noun_phrase(sentence, subj)), subj
        att.finder = "clause-subject"
        return True
    return False


def _climb_to_governor(sentence: Sentence, att: Attribution, found: list[Attribution],
                       by_word: dict[int | None, int]) -> None:
    """Up the continuation relations to a cue with a source, or to a clause with a subject."""
    words = sentence.words
    v = att.cue_word
    assert v is not None
    head = words[v].head
    seen = 0
    while head >= 0 and seen < 4:
        seen += 1
        if head in by_word and found[by_word[head]].source is not None:
            _inherit(att, found[by_word[head]])
            break
        if words[v].deprel == "conj" and head == words[v].head and words[head].deprel == "ccomp" and \
                words[head].head in by_word and (_outside_the_auxiliary(sentence, v, head) or
                                                 _same_form_no_subject(sentence, v, words[head].head) or
                                                 _participle_after_finite(sentence, v, head)):
            # "said he would order … and warned …", "said it was opposed … and warned …":
            # coordinated with "said"
            head = words[head].head
            continue
        subj = subject_of(sentence, head)
        if subj is not None and _demonstrative(sentence, subj):
            break  # "That is a bloodless way of saying …": a statement, not who made it
        if subj is None and (v < head or words[v].deprel == "conj"):
            # "After saying her foot was swollen, she was whisked off …"; a coordinated cue shares
            # its subject: "Mr. Trump was forced into … damage control and said that …"
            subj = next((c for c in sentence.children(head) if words[c].deprel == "nsubj:pass"), None)
        noun = words[head].head
        if subj is None and words[head].deprel == "acl" and 0 <= noun < head and \
                words[noun].deprel == "root" and words[noun].upos in ("NOUN", "PROPN"):
            subj = noun  # "Authorities announced … and said …" parsed as a noun root with a participle
        if subj is not None:
            idx = [i for i in noun_phrase(sentence, subj) if i < head or subj > head]
            att.source, att.source_head = span_of(sentence, idx), subj
            att.finder = "governor-subject"
            break
        if words[head].head < 0 and v > head:
            # a main clause the parser left without a subject: its subject by word order ("Rep.
            # Hakeem Jeffries (D-N.Y.) reacted to the news, saying: “…”", the name read as a date's)
            idx = _adjacent_subject(sentence, head)
            if idx:
                att.source, att.source_head = span_of(sentence, idx), idx[-1]
                att.finder = "governor-subject"
            break
        if words[head].deprel.split(":")[0] not in _CONTINUATION_RELS:
            break
        head = words[head].head


def _participle_after_finite(sentence: Sentence, verb: int, head: int) -> bool:
    """``saying that the bill had … - and arguing that …``: a subjectless participle cannot share
    a finite verb's subject, so it continues the reporting participle, not the reported clause."""
    words = sentence.words
    return words[verb].xpos == "VBG" and words[head].xpos in ("VBD", "VBZ", "VBP") and \
        not any(words[c].deprel.startswith("nsubj") for c in sentence.children(verb))


def _same_form_no_subject(sentence: Sentence, verb: int, cue: int) -> bool:
    """``said it was “resolutely opposed” … and warned …``: a subjectless conjunct in the
    reporting verb's own form (VBD with VBD) inside its content continues the reporting verb."""
    words = sentence.words
    return words[verb].xpos == words[cue].xpos and words[verb].xpos in ("VBD", "VBZ", "VBP", "VBG") and \
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


def _cut_at_coordinated_cues(doc: Document, scan: QuoteScan, found: list[Attribution]) -> None:
    """``China said it was opposed to the test and warned North Korea to …``: the same source's
    second cue, coordinated with the first, ends the first one's content; so does a coordinated
    clause with its own source and cue (``Kerry said the US would act, and he urged …``), and a
    subjectless second cue in the first one's form (``proposes doing away with …, and plans …``).
    Without a comma, "and"/"but" joins a second report only when its source and cue stand
    together outside any quotation ("21 percent said “not too likely” and 14 percent said …")."""
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
                if b.source is not None and b.source != a.source and (
                        _cut_at_joint(text, a, b.source[0], _CLAUSE_JOINTS) or
                        _reporting_clause_right_after(text, scan, b) and
                        _cut_at_joint(text, a, b.source[0], _BARE_JOINTS)):
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


_QUOTED_JOINT = re.compile(r"(,[\"”’']+)(?:\s+((?:and|but|while|whereas)\b))?$")


_CUE_JOINTS = (", and", " and", ", but", " but", ",")


_CLAUSE_JOINTS = (", and", ", but", "; and", "; but", ";", ", while", ", whereas")
_BARE_JOINTS = (" and", " but")


def _reporting_clause_right_after(text: str, scan: QuoteScan, b: Attribution) -> bool:
    """``b``'s source is followed right away by its cue, and neither is inside a quotation."""
    assert b.source is not None and b.cue is not None
    return 0 <= b.cue[0] - b.source[1] <= 1 and not text[b.source[1]:b.cue[0]].strip() and \
        scan.inside(b.source[0]) is None and scan.inside(b.cue[0]) is None


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
            head = head[: -len(joint)].rstrip().rstrip("-\u2013\u2014").rstrip()  # "… they have lost - and promising"
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
                                       cue=(cue.start, cue.end), source=span_of(sentence, named), confidence=0.6,
                                       category="statement", cue_word=v, source_head=named[-1],
                                       construction="colon-paragraph"))
                break
            if cue.kind != "verb" or cue.verb is None or cue.verb.category not in _BLOCK_QUOTE_CATEGORIES:
                continue
            subj = subject_of(sentence, v)
            after = set(range(v + 1, len(words) - 1))
            content_rels = ("ccomp", "xcomp") if cue.verb.takes_recipient else ("obj", "ccomp", "xcomp")
            if subj is None or subj > v or not after <= set(sentence.subtree(v)) or any(
                    words[c].deprel.split(":")[0] in content_rels for c in sentence.children(v)):
                continue  # ("told reporters:" — the object is the hearer)
            out.append(Attribution(sentence=sentence.index, contents=[(following.start, following.end)],
                                   cue=cue_span(sentence, v), source=span_of(sentence, noun_phrase(sentence, subj)),
                                   confidence=0.7, category=cue.verb.category, cue_word=v, source_head=subj,
                                   construction="colon-paragraph"))
            break
    return out


_WORD_AFTER_QUOTE = re.compile(r"[^\W\d_][\w'’-]*")


def _continue_orphan_quotes(doc: Document, scan: QuoteScan, found: list[Attribution], lex: Lexicon) -> None:
    """Stand-alone quotations with no cue belong to the last speaker named before them: each is a
    further fragment of that speaker's attribution when it reports words (a speech, statement,
    writing or argument cue, or a quotation), as PolNeAR and the team guideline annotate
    ``“A,” she said. ¶ “B.”``: one attribution in two fragments."""
    text = doc.text
    covered = IntervalIndex([c for a in found for c in a.contents], lambda c: c)
    sentences = IntervalIndex(doc.sentences, lambda s: (s.start, s.end))
    # (a report in a relative clause, "said Blumenthal, who has pushed for …", describes the
    # speaker; the next quotation continues the speaker's own turn)
    sourced = sorted((a for a in found if a.source is not None and a.antecedent is None), key=lambda a: a.end)
    ends = [a.end for a in sourced]
    for q in scan.quotations:
        if q.depth != 0 or not _quote_is_speech(text, q) or _headline_case(text[q.start:q.end]):
            continue
        if any(not (q.start < c[0] and c[1] <= q.end) for c in covered.overlapping(q.start, q.end)):
            continue  # (an attribution nested inside the quotation does not claim it)
        # the quotation must stand alone in its sentence(s): nothing outside it but punctuation
        sents = sorted(sentences.overlapping(q.start, q.end), key=lambda s: s.start)
        if not sents:
            continue
        if _second_quotation_of_one_cue(text, q, sourced, ends, lex):
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
        # “A,” she said. “B.” — one attribution in two fragments (the cue interrupts the quote); so
        # is a quotation alone in the next paragraph.  Only words or a quotation continue: after
        # "X disputes the idea …" or "He didn't suggest retaliation" a stand-alone quotation is
        # left unattributed (as separate records these were right end to end 31 % of the time
        # on PolNeAR train, 36 % on dev; after a stance, belief or evidence cue 0-18 %)
        if last.category in _BLOCK_QUOTE_CATEGORIES or any(text[s:s + 1] in QUOTE_MARKS for s, _ in last.contents):
            last.contents.extend(pieces)
            if "continued-quote" not in last.extended_by:
                last.extended_by.append("continued-quote")


def _second_quotation_of_one_cue(text: str, q, sourced: list[Attribution], ends: list[int], lex: Lexicon) -> bool:
    """``“A,” it added; and later, “B.”``: a second quotation in the sentence of a quoted
    attribution, after its cue and speaker with only a few linking words between ("and later",
    "then"), continues that attribution (no verb or pronoun of another report between)."""
    k = bisect.bisect_right(ends, q.start)
    if k == 0:
        return False
    last = sourced[k - 1]
    if last.cue is None or last.source is None or not any(text[s:s + 1] in QUOTE_MARKS for s, _ in last.contents):
        return False
    after = max(last.end, last.cue[1], last.source[1])
    between = text[after:q.start]
    words = _WORD_AFTER_QUOTE.findall(between)
    if after > q.start or "\n" in between or any(mark in between for mark in ".!?") or len(words) > 3 or \
            any(lex.verb_from_form(w) is not None or w.lower() in lex.pronouns for w in words):
        return False
    last.contents.append((q.start, q.end))
    return True


_INFINITIVE_OPENING = re.compile(r"(?i)(?:not\s+)?to\s+(?:\w+ly\s+)?")
_THAT_OPENING = re.compile(r"(?i)that\b")


def _keeps_nested(doc: Document, a: Attribution, lex: Lexicon) -> bool:
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
    if a.contents and not _THAT_OPENING.match(doc.text, a.contents[0][0]) and _reported_within(a) and \
            not _relayed(doc, a, lex):
        # a report inside someone's words is a second attribution only when it is a full report of
        # a third party's claim (“Russian officials have said that the incident was an accident,”
        # the army said); without "that" it is part of what the outer source says, their own
        # narration or a generic aside ("Officials said the ministry confirmed the toll", “Trump
        # says the things people want to say”, “people tell me they never get the flu”)
        return False
    if a.nested_in is not None and _inanimate_source(doc, a, lex):
        return False  # "The authors say the results confirm a rise": part of what the authors say
    return a.category in _NESTED_CATEGORIES and source not in _FIRST_PERSON


def _relayed(doc: Document, a: Attribution, lex: Lexicon) -> bool:
    """"Malik said the government would pay, the Taldora Press Agency reported" / "…, according to
    CNN": the report after it names the medium that relayed the words; the speaker is the inner
    source (what a comparison of outlets needs), so the inner report stands however it is worded.
    A document or poll after it ("…, according to a survey") is where the claim comes from, not a relay."""
    outer = a.nested_in
    if outer is None or outer.cue is None or a.cue is None or outer.cue[0] < a.cue[1] or outer.source is None:
        return False
    source_words = {w.strip(".,").lower() for w in doc.text[outer.source[0]:outer.source[1]].split()}
    if source_words & (lex.words("source_documents") | lex.words("publications")):
        return False
    if outer.construction == "according-to":
        return True
    if outer.cue_word is None:
        return False
    return (doc.sentences[outer.sentence].words[outer.cue_word].lemma or "").lower() == "report"


def _reported_within(a: Attribution) -> bool:
    """The attribution's content begins inside the content that holds its cue (or its cue is inside
    quotation marks whose attribution was missed), not after it ("He wrote a letter:" ¶ …)."""
    outer = a.nested_in
    if outer is None:
        return a.quoted_cue
    return any(s <= a.contents[0][0] < e for s, e in outer.contents)


def _inanimate_source(doc: Document, a: Attribution, lex: Lexicon) -> bool:
    """"the results confirm", "the figures show" inside someone's words carry their claim, they
    are not a new source (a common noun that is no person, group, organisation or document)."""
    if a.source_head is None or a.cue_word is None or a.category not in ("evidence", "statement"):
        return False
    sentence = doc.sentences[a.sentence]
    head = sentence.words[a.source_head]
    forms = {(head.lemma or head.text).lower(), head.lower, head.lower.removesuffix("s")}
    return head.upos == "NOUN" and not (_names_someone(sentence, a.source_head, a.antecedent, lex)
                                        or any(f.endswith(_PERSON_SUFFIXES) for f in forms))


# agent and demonym endings of English nouns for people (Quirk et al. App. I.24-I.34: -er, -or,
# -ist, -ian, -ant/-ent, -ee): "voters", "investigators", "Mexicans", "residents"
_PERSON_SUFFIXES = ("er", "or", "ist", "ian", "an", "ant", "ent", "ee")


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
