"""Sourcing classes (issue 18): from the parse of a source mention, and end to end on invented text."""

import pytest

from attrib.records import Analysis
from attrib.sourcing import anonymity_explanations, classify_mention, sourcing_profile, sourcing_summary
from helpers import parsed


def cls(spec, head):
    doc, _ = parsed(spec)
    s = doc.sentences[0]
    words = [w for w in s.words if w.upos != "PUNCT"]
    found = classify_mention(doc.text, (words[0].start, words[-1].end), s, head)
    return found.category if found else None


@pytest.mark.parametrize("spec, head, expected", [
    ("sources/NOUN/0/root close/ADJ/1/amod to/ADP/5/case the/DET/5/det trial/NOUN/2/obl", 0, "anonymous"),
    ("people/NOUN/0/root familiar/ADJ/1/amod with/ADP/5/case the/DET/5/det matter/NOUN/2/obl", 0, "anonymous"),
    ("one/NUM/2/nummod worker/NOUN/0/root", 1, "anonymous"),
    ("a/DET/3/det senior/ADJ/3/amod official/NOUN/0/root", 2, "anonymous"),
    ("a/DET/5/det senior/ADJ/5/amod State/PROPN/4/compound Department/PROPN/5/compound official/NOUN/0/root",
     4, "unnamed_described"),
    ("Economists/NOUN/0/root at/ADP/3/case Nordbank/PROPN/1/nmod", 0, "unnamed_described"),
    ("some/DET/2/det analysts/NOUN/0/root", 1, "vague"),
    ("critics/NOUN/0/root", 0, "vague"),
    ("many/ADJ/0/root", 0, "vague"),
    ("everyone/PRON/0/root", 0, "universal"),
    ("every/DET/2/det parent/NOUN/0/root", 1, "universal"),
    ("a/DET/2/det study/NOUN/0/root", 1, "document"),
    ("hospital/NOUN/2/compound records/NOUN/0/root", 1, "document"),
    ("Dmitry/PROPN/0/root Peskov/PROPN/1/flat", 0, "named_person"),
    ("the/DET/3/det Turkish/ADJ/3/amod army/NOUN/0/root", 2, "named_organisation"),
    ("tech/NOUN/2/compound companies/NOUN/0/root", 1, "vague"),
])
def test_sourcing_class_from_head_modifiers_and_determiner(spec, head, expected):
    assert cls(spec, head) == expected


def test_a_pronoun_takes_the_class_of_what_it_stands_for():
    assert cls("he/PRON/0/root", 0) is None


def test_anonymity_explanation_with_its_reason():
    doc, _ = parsed("The/DET/2/det person/NOUN/3/nsubj spoke/VERB/0/root on/ADP/5/case condition/NOUN/3/obl "
                    "of/ADP/7/case anonymity/NOUN/5/nmod because/SCONJ/11/mark the/DET/10/det talks/NOUN/11/nsubj "
                    "continue/VERB/3/advcl ./PUNCT/3/punct")
    ((start, end, reason),) = anonymity_explanations(doc)
    assert reason and doc.text[start:end] == "spoke on condition of anonymity because the talks continue"


TEXT = ("Some experts say the drug is unsafe.\n\n"
        "Everyone knows the five-day week was designed for factories.\n\n"
        "A person familiar with the plans said the pause could last months. The person spoke on condition of "
        "anonymity because the talks are confidential.\n\n"
        "Helix Therapeutics Inc. today confirmed that it had paused enrolment.\n\n"
        "Dr. Alan Porter, Chief Medical Officer of Helix Therapeutics, said the trial was safe.\n\n"
        "\u201cIt changed everything,\u201d one worker said.\n")


@pytest.fixture(scope="module")
def analysis(analyzer):
    return analyzer.analyze(TEXT)


def _speaker(a: Analysis, mention: str):
    return next(s for s in a.speakers if any(m.text.startswith(mention) for m in s.mentions))


def test_every_speaker_and_quote_has_a_sourcing_class(analysis):
    assert analysis.speakers and all(s.sourcing is not None for s in analysis.speakers)
    assert all(q.sourcing is not None for q in analysis.quotes)
    for item in [*analysis.speakers, *analysis.quotes, *analysis.claims]:
        for span in (item.sourcing.span, item.sourcing.reason) if item.sourcing else ():
            if span is not None:
                assert analysis.text[span.start:span.end] == span.text


def test_some_experts_is_flagged_once(analysis):
    start = TEXT.index("Some experts")
    on_it = [f.rule for f in analysis.findings if f.start < start + 12 and start < f.end]
    assert on_it == ["ATR006"]


def test_everyone_knows_is_an_appeal_to_common_knowledge_not_a_speaker(analysis):
    claim = next(c for c in analysis.claims if c.text.startswith("Everyone knows"))
    assert not claim.attributed and claim.sourcing is not None and claim.sourcing.category == "universal"
    assert not any(s.name == "Everyone" for s in analysis.speakers)
    assert any(f.rule == "ATR010" and f.text == "Everyone" for f in analysis.findings)


def test_the_reason_for_anonymity_is_linked_to_its_source(analysis):
    person = _speaker(analysis, "A person familiar")
    assert person.sourcing.category == "anonymous"
    assert person.sourcing.reason is not None and "because the talks are confidential" in person.sourcing.reason.text
    assert not any(c.text.startswith("The person spoke") for c in analysis.claims)
    assert not any(f.rule == "ATR011" and f.text.startswith("A person") for f in analysis.findings)
    worker = _speaker(analysis, "one worker")
    assert worker.sourcing.category == "anonymous" and worker.sourcing.reason is None
    assert any(f.rule == "ATR011" and f.text == "one worker" for f in analysis.findings)


def test_mentions_end_at_the_noun_phrase(analysis):
    helix = _speaker(analysis, "Helix")
    assert helix.name == "Helix Therapeutics Inc." and [m.text for m in helix.mentions] == ["Helix Therapeutics Inc."]
    porter = _speaker(analysis, "Dr. Alan Porter")
    assert (porter.name, porter.role, porter.affiliation) == (
        "Alan Porter", "Chief Medical Officer", "Helix Therapeutics")
    assert porter.sourcing.category == "named_person"


def test_profile_and_summary_show_the_sourcing(analysis):
    profile = sourcing_profile(analysis)
    assert abs(sum(share for *_, share in profile) - 1) < 1e-9 and sum(n for _, _, n, _ in profile) == len(
        analysis.claims)
    assert {"vague", "universal", "anonymous"} <= {c for c, *_ in profile}
    text = "\n".join(sourcing_summary(analysis))
    assert "common knowledge" in text and "anonymous" in text


def test_the_report_shows_sourcing_escaped(analyzer):
    from attrib.report import render_article

    a = analyzer.analyze("Critics <b>claim</b> the plan failed.\n\nSome say it will fail.")
    html = render_article(a)
    assert 'class="sourcing"' in html and "vague" in html and "<b>claim</b>" not in html
