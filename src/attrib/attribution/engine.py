"""The dispatcher: cues of each parsed sentence to their construction, then the ordered passes."""

from __future__ import annotations

from collections.abc import Callable

from attrib.attribution.according import _from_according
from attrib.attribution.adjective import _from_adjective
from attrib.attribution.adverb import _from_evidential_adverb
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
from attrib.attribution.record import Attribution, Context
from attrib.attribution.registry import register
from attrib.attribution.setting import _from_setting
from attrib.attribution.surface import _colon_quotes, _dash_credits, _speaker_labels
from attrib.attribution.verb import _from_verb, reporting_verb_form
from attrib.cues import Cue, as_participle, find_cues
from attrib.document import Document, Sentence
from attrib.lexicon import Lexicon, load_lexicon
from attrib.quotes import QuoteScan

__all__ = ["PASSES", "find_attributions"]

CuesOf = dict[int, list[Cue]]


def find_attributions(doc: Document, scan: QuoteScan, lexicon: Lexicon | None = None, *,
                      off: frozenset[str] = frozenset(), context: Context | None = None) -> list[Attribution]:
    """All attributions of a document whose cue sentences have been parsed.

    ``off``: construction, veto or pass ids to switch off (benchmarks/ablation.py);
    ``context``: a :class:`Context` to read the dropped candidates from afterwards.
    """
    ctx = context or Context(doc, scan, lexicon or load_lexicon(), off)
    found: list[Attribution] = []
    cues_of: CuesOf = {}
    for sentence in doc.sentences:
        if not sentence.parsed:
            if ctx.on("colon-quote"):
                found.extend(_colon_quotes(doc, scan, sentence, []))
            continue
        start = len(found)
        cues_of[sentence.index] = find_cues(sentence, ctx.lex)
        local = _sentence_attributions(ctx, sentence, cues_of[sentence.index])
        if len(local) > 1:  # "In the interview, she said …": the verb's attribution is the one
            local = [a for a in local if a.category != "setting"]
        if ctx.on("colon-quote"):
            local.extend(_colon_quotes(doc, scan, sentence, [c for a in local for c in a.contents]))
        found.extend(local)
        _inherit_subjects(sentence, found[start:], ctx.lex)
    for name, step in PASSES:
        if ctx.on(name):
            found = step(ctx, found, cues_of)
    ctx.result = found
    return found


def _sentence_attributions(ctx: Context, sentence: Sentence, cues: list[Cue]) -> list[Attribution]:
    heading = bool(ctx.doc.blocks) and ctx.doc.blocks[sentence.block].kind != "body"
    local = []
    for cue in cues:
        if heading and (cue.kind != "verb" or cue.verb is None or cue.verb.category in ("nonspeech", "appearance")
                        or "personal" in cue.verb.frames):
            continue  # a headline's other verbs are mostly events ("Russia Bombs Turkish Troops", "Turkey Backs …")
        att = _read(ctx, sentence, cue)
        if att is not None:
            local.append(att)
    return local


def _read(ctx: Context, sentence: Sentence, cue: Cue) -> Attribution | None:
    """The construction a cue belongs to reads it (None: no attribution, or switched off)."""
    if cue.kind == "verb":
        return _read_verb(ctx, sentence, cue)
    if cue.kind == "according":
        att = _from_according(ctx, sentence, cue) if ctx.on("according-to") else None
        name = "according-to"
    elif cue.kind == "setting":
        att = _from_setting(ctx, sentence, cue) if ctx.on("setting") else None
        name = "setting"
    elif cue.kind == "noun":
        return _from_noun(ctx, sentence, cue)  # (reporting-noun, intention-noun or noun-before-quotation)
    elif cue.kind == "adverb":
        att = _from_evidential_adverb(ctx, sentence, cue) if ctx.on("evidential-adverb") else None
        name = "evidential-adverb"
    else:
        att = _from_adjective(ctx, sentence, cue) if ctx.on("stance-adjective") else None
        name = "stance-adjective"
    if att is not None:
        att.construction = name
    return att


def _read_verb(ctx: Context, sentence: Sentence, cue: Cue) -> Attribution | None:
    extent = _as_clause(sentence, cue.word)
    if cue.verb is not None and "as-clause" in cue.verb.frames and extent is None:
        return None  # "put it" reports only in "as X put it"
    if extent is not None and ctx.scan.inside(cue.start) is None:
        if not ctx.on("as-clause"):
            return None
        att = _from_as_clause(ctx, sentence, cue, extent)
        if att is not None and not att.construction:
            att.construction = "as-clause"
        return att
    if as_participle(sentence, cue.word):
        return None  # "a look at how capital is exploited as shown in the case of …"
    assert cue.verb is not None
    listed = ctx.lex.verbs.get((cue.verb.lemma, cue.verb.particle)) is cue.verb
    # (find_cues made the verb up: "admires Putin as a “strong leader”", "“…,” he surmised")
    made_up = None if listed else "quotation-frame" if "quote" in cue.verb.frames else "characterization"
    if made_up is not None and not ctx.on(made_up):
        return None
    att = _from_verb(ctx, sentence, cue)
    if att is not None and made_up is not None:
        att.construction = made_up
    return att


def _with(step: Callable[[Context, list[Attribution]], list[Attribution]]):
    return lambda ctx, found, cues_of: step(ctx, found)


def _sorted(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    found.sort(key=lambda a: (a.start, a.end))
    return found


def _orphans(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    if ctx.on("continued-quote"):
        _continue_orphan_quotes(ctx.doc, ctx.scan, found, ctx.lex)
    return found


def _cut(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    _cut_at_coordinated_cues(ctx.doc, ctx.scan, found)
    return found


def _types(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    for a in found:
        a.type = _type(ctx.text, a.contents, ctx.scan)
    return found


def _nesting(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    _mark_nesting(found)
    return [a for a in found if _keeps_nested(ctx.doc, a, ctx.lex)]


def _labels(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    return found + _speaker_labels(ctx.doc, ctx.scan) if ctx.on("speaker-label") else found


def _dashes(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    return found + _dash_credits(ctx.doc, ctx.scan) if ctx.on("dash-credit") else found


def _sourced(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    return [a for a in found if a.source is not None or a.inherits is not None or a.agentless]


def _paragraphs(ctx: Context, found: list[Attribution], cues_of: CuesOf) -> list[Attribution]:
    return found + _colon_paragraphs(ctx.doc, found, cues_of) if ctx.on("colon-paragraph") else found


# The document-level steps after every sentence is read, in order (each named, so that the
# ablation can switch one off and a trace can say where an attribution changed).
PASSES: tuple[tuple[str, Callable[[Context, list[Attribution], CuesOf], list[Attribution]]], ...] = (
    ("speaker-labels", _with(_labels)),                # PENCE: … (construction speaker-label)
    ("dash-credits", _with(_dashes)),                  # “…” ― Name (construction dash-credit)
    ("dedupe", _with(lambda ctx, found: _dedupe(found))),  # one attribution per content
    ("drop-sourceless", _with(_sourced)),              # a source, an inherited one, or agentless
    ("colon-paragraphs", _paragraphs),                 # "The governor added:" ¶ … (colon-paragraph)
    ("sort", _with(_sorted)),
    ("continue-orphan-quotes", _with(_orphans)),       # a stand-alone quotation continues the last speaker
    ("sort-again", _with(_sorted)),
    ("cut-at-coordinated-cues", _with(_cut)),          # "said … and warned …": the first ends at the second
    ("type", _with(_types)),                           # direct / indirect / mixed
    ("nesting", _with(_nesting)),                      # nested attributions; keep reports of third parties
)


register("colon-paragraph", "A reporting clause ending its paragraph with a colon introduces the next paragraph "
         "as what was said (`The governor added:` ¶ …; block quotations).",
         module="passes", trigger=reporting_verb_form,
         fires=("The governor added:\n\nWe will rebuild every bridge in this state, and we will do it this year.",),
         passes=("The governor added more money to the plan.",))
register("continued-quote", "A stand-alone quotation with no cue continues the last speaker named before it, as a "
         "further fragment of that speaker's attribution when it reports words (AP: a new speaker is named "
         "before his words).",
         module="passes", trigger=None,
         fires=("“We will rebuild,” the governor said.\n\n“Every bridge will be safe again by next year.”",),
         passes=("“Every bridge will be safe again by next year.”",))
