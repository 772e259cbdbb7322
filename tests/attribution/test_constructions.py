"""Every registered construction's examples, end to end with the packaged models.

A positive example must pass the pre-parse filter (the construction's own trigger and
``may_attribute``) and produce an attribution of that construction; a negative one must
not produce one.  This is what catches a construction whose sentences are never parsed.
"""

import pytest

from attrib.attribution import CONSTRUCTIONS, may_attribute
from attrib.attribution.registry import Surface, constructions_markdown
from attrib.lexicon import load_lexicon

FIRES = [(c.id, ex) for c in CONSTRUCTIONS.values() for ex in c.fires]
PASSES = [(c.id, ex) for c in CONSTRUCTIONS.values() for ex in c.passes]


def _constructions(analyzer, text):
    analysis, context = analyzer.explain(text)
    assert len(context.result) == len(analysis.quotes)
    return [c for a in context.result for c in (a.construction, *a.extended_by)]


def test_every_construction_has_examples_both_ways():
    for c in CONSTRUCTIONS.values():
        assert c.fires and c.passes and c.summary, c.id


@pytest.mark.parametrize(("construction", "text"), FIRES)
def test_positive_example_passes_the_prefilter_and_fires(analyzer, construction, text):
    c = CONSTRUCTIONS[construction]
    if c.trigger is not None:
        assert c.trigger(Surface.of(text, load_lexicon())), (construction, text)
        assert may_attribute(text)
    assert construction in _constructions(analyzer, text), text


@pytest.mark.parametrize(("construction", "text"), PASSES)
def test_negative_example_does_not_fire(analyzer, construction, text):
    assert construction not in _constructions(analyzer, text), text


def test_constructions_doc_is_current():
    from pathlib import Path

    doc = Path(__file__).resolve().parents[2] / "docs" / "constructions.md"
    assert doc.read_text(encoding="utf-8") == constructions_markdown()


def test_explain_names_construction_finder_and_veto(analyzer):
    from attrib.attribution.explain import explain_text

    analysis, context = analyzer.explain("The army said three soldiers were killed. "
                                         "It goes without saying that the plan failed.")
    assert [(a.construction, a.finder) for a in context.result] == [("reporting-verb", "subject")]
    assert [(d.construction, d.veto) for d in context.dropped] == [("reporting-verb", "speech-idiom")]
    shown = explain_text(analysis, context)
    assert "construction=reporting-verb finder=subject" in shown and "vetoed by speech-idiom" in shown


def test_switching_a_construction_off_removes_its_attributions(analyzer):
    from attrib.attribution import find_attributions

    _, context = analyzer.explain("According to the ministry, three soldiers were killed.")
    doc, scan = context.doc, context.scan
    assert [a.construction for a in find_attributions(doc, scan, context.lex)] == ["according-to"]
    assert find_attributions(doc, scan, context.lex, off=frozenset({"according-to"})) == []
