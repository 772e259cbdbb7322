"""attrib.spacy: the pipeline component sets doc._.attributions with spans of the doc."""

import pytest

spacy = pytest.importorskip("spacy")  # the `spacy` extra; the test extra installs it, so CI runs this


def test_component_sets_attributions_as_doc_spans(analyzer):
    import attrib.spacy  # noqa: F401  (registers the factory)

    nlp = spacy.blank("en")  # a tokenizer only: no model download
    nlp.add_pipe("attrib")
    nlp.get_pipe("attrib")._analyzer = analyzer  # the session's models
    text = "“We regret it,” Kremlin spokesman Dmitry Peskov said on Friday. The army said ten soldiers died."
    doc = nlp(text)
    found = doc._.attributions
    assert len(found) >= 2 and found[0].speaker == "Dmitry Peskov"
    first = found[0]
    assert first.type == "direct" and first.cue.text == "said"
    assert first.source.text == "Kremlin spokesman Dmitry Peskov" and first.source.doc is doc
    assert first.contents[0].text.startswith("“We regret it")
    assert doc._.attrib.quotes[0].cue.text == "said"
    assert nlp("   ")._.attributions == []
