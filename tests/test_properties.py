"""Hypothesis properties on the whole analyzer: offsets, no crash on arbitrary text, idempotence."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

news_words = st.sampled_from(["the", "army", "said", "“", "”", '"', "'", "‘", "’", ",", ".", "Peskov", "added",
                              "according", "to", "officials", "\n\n", "\n", "It", "told", "reporters", ":", "—",
                              "three", "killed", "«", "»", "„", "\x00", "\u200b", "\t", "?", "it’s", "in a statement"])
texts = st.one_of(
    st.text(max_size=300),
    st.lists(news_words, max_size=60).map(" ".join),
)


def all_spans(a):
    for q in a.quotes:
        yield from q.contents
        yield from (s for s in (q.cue, q.source, q.channel) if s is not None)
    for s in a.speakers:
        yield from s.mentions


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_offsets_always_slice_the_original_text(analyzer, text):
    a = analyzer.analyze(text)
    assert a.text == text
    for span in all_spans(a):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start:span.end] == span.text
    for c in a.claims:
        assert text[c.start:c.end] == c.text
    for f in a.findings:
        assert text[f.start:f.end] == f.text
    ids = {s.id for s in a.speakers}
    assert all(q.speaker is None or q.speaker in ids for q in a.quotes)
    quotes = {q.id: q for q in a.quotes}
    for q in a.quotes:  # nesting chains end
        seen, outer = {q.id}, q.nested_in
        while outer is not None:
            assert outer in quotes and outer not in seen
            seen.add(outer)
            outer = quotes[outer].nested_in


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_analysing_twice_gives_the_same_result(analyzer, text):
    assert analyzer.analyze(text).to_dict() == analyzer.analyze(text).to_dict()


def test_large_input_and_control_characters(analyzer):
    background = "Troops moved into the town at dawn and the road was closed for several hours. " * 4
    reported = ("The ministry said on Monday that “three soldiers were killed,” adding that an inquiry "
                "had begun. \x07Officials\x00 said\ud800 nothing.")
    text = "\n\n".join(reported if k % 40 == 0 else background for k in range(660))  # ~200 KB
    a = analyzer.analyze(text)
    assert len(a.text) >= 200_000
    assert len(a.quotes) >= 16
    assert all(text[s.start:s.end] == s.text for s in all_spans(a))


def test_lone_quotation_marks_do_not_stop_the_analysis(analyzer):
    text = "“The army said the strike hit a building.\n\nPeskov said the strike was an accident."
    a = analyzer.analyze(text)
    assert any(f.rule == "QUO001" for f in a.findings)
    assert any(q.source and q.source.text == "Peskov" for q in a.quotes)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, texts)
def test_compare_and_reports_never_crash(analyzer, a_text, b_text):
    import re

    from attrib.compare import compare
    from attrib.report import render_article, render_comparison

    a, b = analyzer.analyze(a_text, id="a"), analyzer.analyze(b_text, id="b")
    comparison = compare([a, b])
    ids = {c.id for c in comparison.clusters}
    assert all(f.cluster in ids for f in comparison.flags)
    # only attrib's own two scripts: the grid's data island (CSV) and the page's script
    assert len(re.findall(r"<script\b", render_comparison(comparison))) == 2
    page = render_article(a)
    assert len(re.findall(r"<script\b", page)) == 2  # only attrib's data island and viewer


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_check_positions_point_into_the_draft(analyzer, text):
    from attrib.check import CheckConfig, check_text

    lines = text.split("\n")
    for r in check_text(text, "draft", CheckConfig(), analyzer):
        assert 1 <= r.line <= len(lines)
        assert r.finding.text == text[r.finding.start:r.finding.end]
        assert lines[r.line - 1][r.column - 1:].startswith(r.finding.text.split("\n")[0])
