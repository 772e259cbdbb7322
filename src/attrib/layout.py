"""Stage: the layout of a document — paragraphs, and which of them are article body.

Headlines and section headings, bylines, datelines, captions and page furniture
(related-story lists, "Opinion / Editorial" teaser blocks, "Show More", "Tags:")
are not body, so they carry no claims.  The teaser-zone rule follows the
boilerplate classes of CleanEval (Baroni et al. 2008): a run of short, repeated
or truncated blocks at the end of a page, usually opened by a section marker.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from attrib.lexicon import read_list
from attrib.records import Block

__all__ = ["find_blocks", "paragraph_spans"]

_TERMINAL = re.compile(r"[.!?…:;]['\"’”»)\]]*$|[\"”»’]$")
_MONTHS = ("jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|"
           "june|july|august|september|october|november|december")
_DATELINE = re.compile(
    rf"^(updated|published|posted|last updated|first published)?\s*[:\-–]?\s*"
    rf"(((mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?(\d{{1,2}}\s+({_MONTHS})\.?,?\s+\d{{4}}|({_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
    rf"(\s*(,|at)?\s*\d{{1,2}}[:.]\d{{2}}\s*([ap]\.?m\.?)?\s*\w*)?"
    rf"|\d{{1,2}}([:.]\d{{2}})?\s*[ap]\.?m\.?(\s+[A-Z]{{2,4}})?)\.?$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"^[\W_]+$")
# a wire dateline opening the first paragraph: "ANKARA/MOSCOW, Feb 9 (Meridian Wire) - ", "WASHINGTON (AP) — ";
# a city in capitals and a date or an agency in brackets, then a dash
_DATELINE_PREFIX = re.compile(
    rf"[A-Z][A-Z.'’/ -]{{2,40}}(?:,\s*(?:{_MONTHS})\.?\s+\d{{1,2}}\b,?\s*(?:\([^()\n]{{2,40}}\))?"
    r"|\s*\([^()\n]{2,40}\))\s*[-—–]{1,2}\s+(?=\S)", re.IGNORECASE)
# AP/Reuters style (AP Stylebook, "datelines"): the city, the state's abbreviation, optionally the date
# and the agency — "FLINT, Mich., Oct. 4 (UPI) — ", "FAIRVIEW, W.Va. - ", "BRUSSELS - ".  A bare city
# needs five capitals ("US - China talks", "NATO - Russia" are not datelines) and at most three words.
_STATE_DATELINE = re.compile(
    rf"(?P<city>[A-Z][A-Z.'’/-]+(?: [A-Z][A-Z.'’/-]+){{0,2}})"
    rf"(?P<state>,\s*[A-Z][A-Za-z.]{{1,13}}(?: [A-Z][a-z.]{{2,13}})?)?"
    rf"(?P<date>,\s*(?i:{_MONTHS})\.?\s+\d{{1,2}}\b)?,?"
    r"(?P<agency>\s*\([^()\n]{2,40}\))?\s*[-—–]{1,2}\s+(?=\S)")
_TRUNCATED = re.compile(r"(\.\.\.|…)\s*$")


@cache
def _boilerplate_rules() -> tuple[frozenset[str], tuple[str, ...]]:
    rows = read_list("boilerplate.tsv")
    lines = frozenset(text.lower() for kind, text in rows if kind == "line")
    prefixes = tuple(text.lower() for kind, text in rows if kind == "prefix")
    return lines, prefixes


@cache
def _credit_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in read_list("bylines.tsv"))


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs as (start, end) offsets, trimmed of surrounding whitespace.

    Blank lines always separate paragraphs.  Inside a chunk, a single line break
    separates paragraphs unless the chunk is hard-wrapped prose (long, even
    lines) or the next line continues a sentence (starts in lower case).
    """
    spans: list[tuple[int, int]] = []
    for chunk in re.finditer(r"\S(?:.|\n(?![ \t\r\f\v]*\n))*", text):
        lines = []
        pos = chunk.start()
        for line in chunk.group().split("\n"):
            lines.append((pos, pos + len(line)))
            pos += len(line) + 1
        # hard-wrapped prose: even lines of a typewriter width (paragraph-per-line text has longer ones)
        widths = [e - s for s, e in lines]
        wrapped = len(lines) >= 2 and all(w >= 40 for w in widths[:-1]) and max(widths) <= 110 and \
            sum(widths) / len(widths) >= 55
        current = list(lines[0])
        for start, end in lines[1:]:
            prev = text[current[0]:current[1]].rstrip()
            line = text[start:end].strip()
            joins = wrapped or (line[:1].islower() and not _TERMINAL.search(prev)) or not line
            if joins:
                current[1] = end
            else:
                spans.append(_trim(text, *current))
                current = [start, end]
        spans.append(_trim(text, *current))
    return [s for s in spans if s[1] > s[0]]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _words(line: str) -> list[str]:
    return re.findall(r"[\w’'-]+", line)


def _is_heading(line: str, first: bool) -> bool:
    words = _words(line)
    if not words or len(words) > 14 or line[:1] in "“\"‘'«":
        return False
    if not _TERMINAL.search(line):
        return True
    if first and len(words) <= 20:
        long_words = [w for w in words if len(w) >= 4]
        capitalised = sum(w[:1].isupper() for w in long_words)
        return bool(long_words) and capitalised / len(long_words) >= 0.7
    return False


def _classify(line: str, first: bool) -> str:
    lower = line.lower().strip(" .:|")
    lines, prefixes = _boilerplate_rules()
    if lower in lines or lower.startswith(prefixes) or _SEPARATOR.match(line):
        return "boilerplate"
    if _DATELINE.match(line.strip()):
        return "dateline"
    for kind, pattern in _credit_rules():
        if pattern.match(line.strip()) and len(_words(line)) <= 25:
            return kind
    if _is_heading(line, first):
        return "heading"
    return "body"


def find_blocks(text: str) -> tuple[Block, ...]:
    """Every paragraph of ``text`` with its kind (body, heading, byline, …).

    A wire dateline that opens a body paragraph ("MOSCOW, Feb 9 (Reuters) - ") is split
    off as a block of its own, so it is neither a claim nor part of one.
    """
    spans = paragraph_spans(text)
    lines = [text[s:e] for s, e in spans]
    kinds = [_classify(line, first=(i == 0)) for i, line in enumerate(lines)]
    _mark_teaser_zone(lines, kinds)
    blocks: list[Block] = []
    for (start, end), kind in zip(spans, kinds):
        m = _dateline_prefix(text, start, end) if kind == "body" else None
        if m:
            blocks.append(Block(start, start + len(m.group().rstrip()), "dateline"))
            blocks.append(Block(m.end(), end, "body"))
        else:
            blocks.append(Block(start, end, kind))
    return tuple(blocks)


def _dateline_prefix(text: str, start: int, end: int) -> re.Match[str] | None:
    m = _DATELINE_PREFIX.match(text, start, end)
    if m and m.group().split(",")[0].split("(")[0].strip().isupper():
        return m
    m = _STATE_DATELINE.match(text, start, end)
    if m and (m["state"] or m["date"] or m["agency"] or sum(c.isalpha() for c in m["city"]) >= 5):
        return m
    return None


def _full_paragraph(line: str) -> bool:
    """A sentence-long paragraph: more words than a heading has (``_is_heading``) and a final mark."""
    return len(_words(line)) > 14 and bool(_TERMINAL.search(line.rstrip()))


def _mark_teaser_zone(lines: list[str], kinds: list[str]) -> None:
    """Turn the trailing run of teasers (titles, dates, repeats, truncated blurbs) into boilerplate."""
    if len(lines) < 4:
        return
    counts = Counter(line.strip().lower() for line in lines)

    def furniture(i: int) -> bool:
        # a repeat is furniture when it is teaser-sized (a title, a date); a whole paragraph said
        # twice (a pasted article, a repeated quotation) is still body text
        repeated = counts[lines[i].strip().lower()] > 1 and not _full_paragraph(lines[i])
        return kinds[i] != "body" or repeated or bool(_TRUNCATED.search(lines[i]))

    # from the end: furniture lines from i on, and the longest run of non-furniture from i on
    # (one pass, so a page of many zone openers stays linear)
    n = len(lines)
    flags = [furniture(i) for i in range(n)]
    count, run, longest = [0] * (n + 1), 0, [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        count[i] = count[i + 1] + flags[i]
        run = 0 if flags[i] else run + 1
        longest[i] = max(longest[i + 1], run)
    body_seen = 0
    for i, kind in enumerate(kinds):
        if kind == "body":
            body_seen += 1
        if body_seen < 2 or i + 3 > n:
            continue
        opens_zone = kind == "boilerplate" or (kind == "heading" and counts[lines[i].strip().lower()] > 1)
        # three body paragraphs in a row after the opener: an article goes on, not a teaser zone
        if opens_zone and count[i] / (n - i) >= 0.6 and longest[i] < 3:
            for j in range(i, n):
                kinds[j] = "boilerplate"
            return
