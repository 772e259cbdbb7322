"""Markdown drafts: the prose a reader sees, with a map back to the file's characters.

The draft is parsed with markdown-it-py (CommonMark), which gives each block its source
lines; inside a block, each piece of inline text is found in the source in order, so
every character of the plain text keeps the offset it has in the file.  Markup never
reaches the rules: emphasis markers, link targets, images, HTML, code blocks and a
front matter block (``---`` … ``---`` or ``+++`` … ``+++`` at the top, as Jekyll, Hugo
and Pandoc write it) are left out; headings, list items and quotations become
paragraphs (blocks are joined by blank lines, as in attrib's plain-text input).

"according to [a report](https://…) by the [OECD](…)" reads "according to a report by
the OECD"; ``**reportedly**`` reads "reportedly".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

__all__ = ["MarkdownText", "to_plain", "markdown_document", "is_markdown_path", "MARKDOWN_SUFFIXES"]

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*\r?\n.*?^\1[ \t]*$", re.S | re.M)
# inline pieces that are prose; everything else (images, html, markup tokens) is left out
_PROSE = {"text", "code_inline"}
_BREAKS = {"softbreak", "hardbreak"}


def is_markdown_path(path: str) -> bool:
    return str(path).lower().endswith(MARKDOWN_SUFFIXES)


@dataclass(frozen=True)
class MarkdownText:
    """The plain text of a draft and, for each stretch of it, where it starts in the source."""

    source: str
    text: str
    starts: tuple[int, ...]    # plain offsets where a piece begins (sorted)
    origins: tuple[int, ...]   # the source offset of each piece's first character

    def to_source(self, offset: int) -> int:
        """The source offset of plain offset ``offset`` (an end offset maps just past its character)."""
        if not self.starts:
            return 0
        k = max(0, bisect.bisect_right(self.starts, offset) - 1)
        return min(len(self.source), self.origins[k] + offset - self.starts[k])

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        s = self.to_source(start)
        e = self.to_source(end - 1) + 1 if end > start else s
        return s, max(s, e)


def _line_offsets(source: str) -> list[int]:
    out = [0]
    for m in re.finditer("\n", source):
        out.append(m.end())
    return out


def to_plain(source: str) -> MarkdownText:
    """The prose of a Markdown draft with its source map (see the module docstring)."""
    from markdown_it import MarkdownIt

    body_start = 0
    m = _FRONT_MATTER.match(source)
    if m:
        body_start = m.end()
    lines = _line_offsets(source)
    # (without "text_join" an escape or entity stays a token of its own, with its source form as
    # markup, so that it maps to where it is written: joined into "a*", "a\\*" was found later)
    md = MarkdownIt("commonmark").disable("text_join")
    tokens = md.parse(source[body_start:])
    first_line = source.count("\n", 0, body_start)
    pieces: list[str] = []
    starts: list[int] = []
    origins: list[int] = []
    length = 0

    def emit(text: str, origin: int) -> None:
        nonlocal length
        if not text:
            return
        if pieces and origins[-1] + (length - starts[-1]) == origin:  # continues the last piece
            pieces.append(text)
            length += len(text)
            return
        starts.append(length)
        origins.append(origin)
        pieces.append(text)
        length += len(text)

    for token in tokens:
        if token.type != "inline" or token.map is None:
            continue
        lo, hi = token.map[0] + first_line, token.map[1] + first_line
        cursor = lines[lo]
        limit = lines[hi] if hi < len(lines) else len(source)
        if pieces:
            emit("\n\n", max(0, cursor - 1))
        in_image = 0
        fresh = True
        for child in token.children or ():
            if child.type == "image":
                continue  # alt text is not prose of the article
            if child.type in _BREAKS:
                nl = source.find("\n", cursor, limit)
                if nl >= 0:
                    emit("\n", nl)
                    cursor = nl + 1
                elif pieces:
                    emit(" ", max(0, cursor - 1))
                continue
            if child.type == "text_special" and child.content and not in_image:
                markup = child.markup or child.content
                at = source.find(markup, cursor, limit)
                if at >= 0:  # "\\*" is the star after the backslash ("\\a" keeps both); "&amp;" the entity
                    emit(child.content, at + len(markup) - len(child.content) if child.info == "escape" else at)
                    cursor, fresh = at + len(markup), False
                    continue
            if child.type not in _PROSE or in_image or not child.content:
                continue
            content = child.content
            if child.type == "code_inline" and child.markup:  # the span's text starts after its backticks
                opening = source.find(child.markup, cursor, limit)
                cursor = opening + len(child.markup) if opening >= 0 else cursor
            # (white space alone, a code span's line break, is aligned where it stands, not searched for)
            at = source.find(content, cursor, limit) if content.strip() else -1
            if fresh:  # a block starts at its first word (" second" after an image)
                strip = len(content) - len(content.lstrip())
                content, at = content[strip:], (at + strip if at >= 0 else at)
                if not content:
                    continue
            fresh = False
            if at < 0:  # an escape or entity changed the characters: align them one by one
                for ch in content:
                    # (a code span's line break becomes a space: any white space stands for it)
                    pos = cursor if ch.isspace() and cursor < limit and source[cursor].isspace() \
                        else source.find(ch, cursor, limit)
                    pos = pos if pos >= 0 else min(cursor, max(0, len(source) - 1))
                    emit(ch, pos)
                    cursor = min(limit, pos + 1)
                continue
            emit(content, at)
            cursor = at + len(content)
    text = "".join(pieces)
    if text and not text.endswith("\n"):
        emit("\n", len(source) - 1 if source else 0)
        text += "\n"
    return MarkdownText(source, text, tuple(starts), tuple(origins))


def markdown_document(source: str, meta: dict[str, Any] | None = None) -> tuple[str, dict[str, Any]]:
    """(plain text, meta) of a Markdown document for analysis; the first heading becomes the title."""
    plain = to_plain(source)
    meta = dict(meta or {})
    meta.setdefault("format", "markdown")
    title = re.search(r"^[ \t]{0,3}#[ \t]+(.+?)[ \t#]*$", _FRONT_MATTER.sub("", source, count=1), re.M)
    if title and "title" not in meta:
        meta["title"] = to_plain(title.group(1)).text.strip()
    return plain.text, meta
