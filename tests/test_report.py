"""HTML reports: structure, and untrusted article text always comes out as text."""

import html
import re

from attrib.compare import compare
from attrib.report import render_article, render_comparison, word_diff

HOSTILE = ("<script>alert('x')</script> The army said <img src=x onerror=alert(1)> was “fine”.\n\n"
           "Peskov said the </textarea><b>bold</b> {{ 7*7 }} {% raw %} plan failed. \"Quote <svg onload=1>,\" he said.")


def visible_text(page: str) -> str:
    """What a reader sees: tags removed, entities decoded (scripts and styles dropped)."""
    body = re.sub(r"<(script|style)\b.*?</\1>", "", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", body))


def test_hostile_text_is_escaped_everywhere(analyzer):
    a = analyzer.analyze(HOSTILE, id="<script>id</script>", meta={"outlet": "<b>Outlet</b>", "url": "javascript:alert(1)"})
    page = render_article(a)
    assert "<script>alert" not in page and "<img src=x" not in page and "<svg onload" not in page
    assert "</textarea><b>" not in page and "<b>Outlet</b>" not in page and "<script>id" not in page
    shown = visible_text(page)
    for fragment in ("<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "</textarea><b>bold</b>",
                     "{{ 7*7 }}", "{% raw %}", "<svg onload=1>"):
        assert fragment in shown, fragment
    assert "49" not in page
    assert 'href="javascript' not in page
    # only attrib's own two script elements: the JSON data island and the viewer
    assert len(re.findall(r"<script\b", page)) == 2
    island = re.search(r'<script type="application/json" id="quote-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in island and ">" not in island


def test_comparison_page_escapes_too(analyzer):
    a = analyzer.analyze(HOSTILE, id="a", meta={"outlet": "<i>A</i>"})
    b = analyzer.analyze(HOSTILE.replace("army", "navy"), id="b", meta={"outlet": "B"})
    page = render_comparison(compare([a, b]), title="<script>t</script>")
    assert "<script>t" not in page and "<img src=x" not in page and "<i>A</i>" not in page
    assert "<svg onload" not in page and "</textarea><b>" not in page
    # only attrib's own two script elements: the grid's JSON data island (for the CSV) and the page's script
    assert len(re.findall(r"<script\b", page)) == 2
    island = re.search(r'<script type="application/json" id="grid-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in island and ">" not in island
    shown = visible_text(page)
    assert "onerror=alert(1)>" in shown and "<i>A</i>" in shown


def test_article_report_shows_speakers_claims_and_findings(seed_analysis):
    page = render_article(seed_analysis)
    for text in ("Dmitry Peskov", "Kremlin spokesman", "Turkish army", "of body text attributed",
                 "Unattributed claims", "Relations reached a dangerous low", "ATR001", 'class="cue"',
                 'class="source"', "in a statement", "page furniture"):
        assert text in page, text
    assert page.count('data-q="q') >= 11


def test_comparison_report_matrix(corpus_analyses):
    page = render_comparison(compare(corpus_analyses))
    for text in ("Meridian Wire", "Kosmos News", "different-speakers", "numbers-differ", "quote-wording",
                 "reporter&#39;s own", "not reported", "<del>", "<ins>"):
        assert text in page, text


def test_word_diff():
    assert word_diff("lack of agreement of coordinates", "lack of agreement on coordinates") == [
        ("same", "lack of agreement"), ("del", "of"), ("ins", "on"), ("same", "coordinates")]
