"""The article report a newsroom works in: findings linked both ways, filters, per-speaker view,
a colour-blind-safe palette with text labels, the headline as title, CSV, all escaped."""

import json
import re

from attrib.records import Analysis, Block, Finding, Quote, Span, Speaker
from attrib.report import OKABE_ITO, render_article, speaker_colours
from test_report import HOSTILE, visible_text


def hand_built():
    text = "Budget cuts loom\n\nThe =cmd minister said costs rose. It reportedly fell, <b>sources</b> said.\n"
    s = text.index
    q1 = Quote("q1", "indirect", (Span.of(text, s("costs"), s("costs") + 10),), Span.of(text, s("said"), s("said") + 4),
               Span.of(text, s("The"), s("The") + 16), "s1", 0.9)
    q2 = Quote("q2", "indirect", (Span.of(text, s("It"), s("fell") + 4),),
               Span.of(text, text.rindex("said"), text.rindex("said") + 4),
               Span.of(text, s("<b>"), s("</b>") + 4), "s2", 0.8)
    speakers = (Speaker("s1", "The =cmd minister", "person", None, (q1.source,)),
                Speaker("s2", "<b>sources</b>", "anonymous", None, (q2.source,)))
    findings = (Finding("ATR007", "info", s("reportedly"), s("reportedly") + 10, "hedge “reportedly”", "reportedly"),
                Finding("ATR002", "error", s("<b>"), s("</b>") + 4, "anonymous <i>source</i>", "<b>sources</b>"))
    blocks = (Block(0, 16, "heading"), Block(18, len(text) - 1, "body"))
    return Analysis("a<x>.txt", text, (q1, q2), speakers, (), findings, blocks, {})


def test_findings_are_marked_and_linked_both_ways():
    page = render_article(hand_built())
    for k in (1, 2):
        assert re.search(rf'<a class="fd sev-\w+" href="#row-f{k}" data-f="f{k}" id="f{k}"', page), k
        assert re.search(rf'<tr id="row-f{k}" data-f="f{k}"[^>]*>\s*<td><a href="#f{k}">', page), k
    assert 'data-severity="error" data-rule="ATR002"' in page


def test_filters_per_speaker_view_and_labels():
    page = render_article(hand_built())
    assert '<select id="filter-severity">' in page and '<option value="ATR002">' in page
    assert '<option value="s1">The =cmd minister</option>' in page
    assert page.count('<details data-speaker="') == 2 and 'href="#q1"' in page
    assert re.search(r'<span class="who" id="q1" style="[^"]*" data-label="The =cmd minister">', page)
    assert "&lt;b&gt;sources&lt;/b&gt;" in page and "<b>sources</b>" not in page


def test_headline_is_the_title_and_palette_is_okabe_ito():
    page = render_article(hand_built())
    assert "<title>Budget cuts loom — attrib report</title>" in page
    colours = speaker_colours([f"s{k}" for k in range(9)])
    assert len(set(colours.values())) == 7 and colours["s0"] == colours["s7"]  # cycles, labels tell apart
    edges = re.findall(r"--e: (#[0-9A-F]{6})", page)
    assert edges and set(edges) <= set(OKABE_ITO)


def test_csv_island_is_escaped_and_safe():
    page = render_article(hand_built())
    island = re.search(r'<script type="application/json" id="quote-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in island and ">" not in island
    data = json.loads(island)
    assert set(data["csv"]) == {"attributions", "claims", "findings"} and data["stem"] == "a-x"
    assert "'The =cmd minister" in data["csv"]["attributions"] or "The =cmd minister" in data["csv"]["attributions"]
    assert "\r\n=" not in data["csv"]["attributions"] and ",=" not in data["csv"]["attributions"]


def test_hostile_finding_messages_stay_text(analyzer):
    a = analyzer.analyze(HOSTILE, id="h")
    page = render_article(a)
    assert len(re.findall(r"<script\b", page)) == 2 and "<img src=x" not in page
    shown = visible_text(page)
    assert "<img src=x onerror=alert(1)>" in shown
