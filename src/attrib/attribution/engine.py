from __future__ import annotations

from attrib.attribution.according import _from_according
from attrib.attribution.adjective import _from_adjective
from attrib.attribution.as_clause import _as_clause, _from_as_clause
from attrib.attribution.noun import _from_noun
from attrib.attribution.passes import (
    _colon_paragraphs,
    _continue_orphan_quotes,
    _cut_at_coordinated_cues,
    _dedupe,
    _inherit_subjects,
    _keeps_nested,
    _mark_nesting,
)
from attrib.attribution.quoting import _type
from attrib.attribution.record import Attribution
from attrib.attribution.setting import _from_setting
from attrib.attribution.surface import _colon_quotes, _dash_credits, _speaker_labels
from attrib.attribution.verb import _from_verb
from attrib.cues import Cue, as_participle, find_cues
from attrib.document import Document
from attrib.lexicon import Lexicon, load_lexicon
from attrib.quotes import QuoteScan


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
