"""Markdown drafts: the prose only, every character mapped back to its place in the file."""

from hypothesis import given, settings
from hypothesis import strategies as st

from attrib.markdown import markdown_document, to_plain

DRAFT = """---
title: "Draft: not prose"
tags: [a, b]
---
# Prices rise *again*

According to [a report](https://example.com/r?a=1) by the [OECD](https://oecd.org), prices **reportedly** rose.

```python
print("said the code")
```

    indented code, said nobody

> “We will not stop,” said _Anna Berg_.

- first item: officials said it
- ![chart](chart.png) second item

<div>raw html</div>
"""


def test_markup_never_reaches_the_text():
    plain = to_plain(DRAFT)
    assert plain.text == ("Prices rise again\n\nAccording to a report by the OECD, prices reportedly rose.\n\n"
                          "“We will not stop,” said Anna Berg.\n\nfirst item: officials said it\n\nsecond item\n")
    for gone in ("[", "](", "**", "title:", "print", "indented code", "chart", "<div>", "raw html"):
        assert gone not in plain.text, gone


def test_every_character_maps_to_the_same_character_in_the_file():
    plain = to_plain(DRAFT)
    for k, ch in enumerate(plain.text):
        if not ch.isspace():
            assert DRAFT[plain.to_source(k)] == ch, (k, ch)
    start = plain.text.index("reportedly")
    s, e = plain.span_to_source(start, start + len("reportedly"))
    assert DRAFT[s:e] == "reportedly" and DRAFT[s - 2:s] == "**"


def test_front_matter_title_and_first_heading():
    text, meta = markdown_document("# The *headline*\n\nBody text.\n", {"path": "x.md"})
    assert text == "The headline\n\nBody text.\n" and meta == {"path": "x.md", "format": "markdown",
                                                               "title": "The headline"}
    assert "no: end" in to_plain("---\nno: end\n").text  # no closing line: not front matter


def test_escapes_and_entities_map_near_their_source():
    src = "Prices rose 4 \\* 2 &amp; more, he said.\n"
    plain = to_plain(src)
    assert plain.text == "Prices rose 4 * 2 & more, he said.\n"
    assert src[plain.to_source(plain.text.index("he said"))] == "h"


def test_a_code_spans_line_break_maps_to_the_line_break():
    src = "`---\n`said "
    plain = to_plain(src)
    assert all(src[plain.to_source(k)] == ch for k, ch in enumerate(plain.text) if ch.isalpha())


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(list("ab *_[]()#>-`\n\\&!<:;") + ["said ", "“", "”", "&amp;", "---\n"]),
                max_size=40).map("".join))
def test_any_input_maps_into_the_file(src):
    plain = to_plain(src)
    for k in range(len(plain.text)):
        assert 0 <= plain.to_source(k) <= len(src)
    for k, ch in enumerate(plain.text):
        pos = plain.to_source(k)
        if not ch.isspace() and pos < len(src) and ch.isalpha():
            assert src[pos] == ch


def test_escapes_and_code_span_breaks_map_to_where_they_are_written():
    # found by the property above: "a\*" joined into "a*" was matched at a later "a*", and a code
    # span's line break (a space in the text) at a later space
    for src in ("a\\*\na*", "\\ab", "a`\n`said ", "Tom &amp; Jerry said \\*no\\*."):
        plain = to_plain(src)
        for k, ch in enumerate(plain.text):
            if ch.isalpha():
                assert src[plain.to_source(k)] == ch, (src, k)
