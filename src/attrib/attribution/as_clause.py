"""Construction as-clause: ``As first reported by Reuters, …`` / ``…, as the ministry said.``"""

from __future__ import annotations

from attrib.attribution.quoting import _expand_to_quotations, _split_pieces
from attrib.attribution.record import Attribution, Context
from attrib.attribution.registry import register
from attrib.attribution.tree import _has_clause, agent_of, cue_span, noun_phrase, span_of, trim_punct
from attrib.attribution.verb import _from_verb, reporting_verb_form
from attrib.attribution.words import _ADVERBIAL_OPENERS, _AS_SUBJECT, _CLAUSAL, _FIRST_PERSON
from attrib.cues import Cue
from attrib.document import Sentence
from attrib.quotes import CLOSING_QUOTE_TOKENS


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


def _from_as_clause(ctx: Context, sentence: Sentence, cue: Cue,
                    extent: tuple[int, int, list[int]]) -> Attribution | None:
    """``As first reported by Reuters, the firm lost money``: the sentence outside the "as"
    clause is what the source reported (the AP Stylebook's "as … reported" attribution).
    With no source named ("as expected", "as predicted") there is no one's claim."""
    scan, lex = ctx.scan, ctx.lex
    words = sentence.words
    v = cue.word
    kids = sentence.children(v)
    if cue.verb is None or cue.verb.category not in _CLAUSAL or \
            any(words[c].deprel in ("ccomp", "xcomp", "obj") and not (
                words[c].lower == cue.verb.particle == "it") for c in kids):  # (not "put it")
        # "as he said he would", "as the Beast called them, ''…''": the verb has its own content
        return _from_verb(ctx, sentence, cue)
    lo, hi, src_idx = extent
    source = max(src_idx, key=lambda i: words[i].upos in ("NOUN", "PROPN", "PRON")) if src_idx else None
    if source is None:
        source = agent_of(sentence, v)
    if source is None:  # "as stated in Davis' commentary", "as noted in the report"
        works = lex.written_works
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
    before = trim_punct(sentence, list(range(0, lo)))
    after = trim_punct(sentence, list(range(hi + 1, len(words))))
    # "Hawaii, as an adviser pointed out, normally does not …": a one-word subject is content too
    parts = [part for part in (before, after) if sum(words[i].upos != "PUNCT" for i in part) >= 2 or (
        part is before and after and [words[i].upos for i in part] in (["NOUN"], ["PROPN"]))]
    if not parts or not _has_clause(sentence, [i for part in parts for i in part]):
        return None
    spans = _split_pieces(_expand_to_quotations([span_of(sentence, part) for part in parts], scan), scan)
    return Attribution(sentence=sentence.index, contents=spans, cue=cue_span(sentence, v),
                       source=span_of(sentence, src_idx), confidence=0.75, category=cue.verb.category,
                       cue_word=v, source_head=source)


register("as-clause", "A reporting clause introduced by \"as\" that opens the sentence, closes it or stands "
         "between commas: the rest of the sentence is what the source reported (`As first reported by Reuters, …`).",
         module="as_clause", trigger=reporting_verb_form,
         fires=("As first reported by Reuters, the firm lost money in the third quarter.",
                "The firm lost money in the third quarter, as the ministry said."),
         passes=("The firm lost money, as expected.",))
