"""Stage: quotation spans, from the text alone (no model).

Handles curly, straight, low-9 and guillemet marks, apostrophes (``don’t``,
``Russia’s``, ``’90s``), nesting (single quotes inside double), and the news
convention for multi-paragraph quotations: each paragraph of the quotation
reopens the mark and only the last one closes it (AP Stylebook, "quotation
marks"; Chicago Manual of Style 13.30).  A mark that is never closed becomes a
finding, and the rest of the document is still processed.  A quotation that would open
deeper than ``budget.MAX_QUOTE_DEPTH`` is not opened (its mark is reported as unbalanced), so
no offset lies inside more than that many quotations and later lookups stay bounded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from attrib.budget import MAX_QUOTE_DEPTH
from attrib.intervals import IntervalIndex

if TYPE_CHECKING:
    from attrib.document import Word

__all__ = ["Quotation", "QuoteScan", "find_quotations"]

# mark -> (family, role); role: "open", "close", "either"
_MARKS: dict[str, tuple[str, str]] = {
    "\u201c": ("double", "open"),    # “
    "\u201d": ("double", "close"),   # ”
    "\u201e": ("double", "open"),    # „
    "\u201f": ("double", "open"),    # ‟
    "\u00ab": ("guillemet", "open"),   # «
    "\u00bb": ("guillemet", "close"),  # »
    "\u2039": ("sguillemet", "open"),  # ‹
    "\u203a": ("sguillemet", "close"), # ›
    '"': ("double", "either"),
    "\u2018": ("single", "open"),    # ‘
    "\u201a": ("single", "open"),    # ‚
    "\u2019": ("single", "close"),   # ’ (also the apostrophe)
    "'": ("single", "either"),
    "\u2033": ("double", "either"),  # ″ used as a quote in some feeds
}
QUOTE_MARKS = frozenset(_MARKS)
# quotation marks as the tokenizer gives them, words of their own (a doubled apostrophe is one)
OPENING_QUOTE_TOKENS = frozenset({"\"", "''", "``", "\u201c", "\u201e", "\u00ab"})
CLOSING_QUOTE_TOKENS = frozenset({"\"", "''", "\u201d", "\u2019", "\u00bb"})
QUOTE_WORDS = QUOTE_MARKS | OPENING_QUOTE_TOKENS | CLOSING_QUOTE_TOKENS  # any quotation mark as a token
_OPENING_CONTEXT = set(" \t\n\r([{\u2014\u2013-/\u00a0") | {m for m, (_, r) in _MARKS.items() if r == "open"}


def closed_by_its_comma(words: Sequence[Word], k: int) -> bool:
    """Word ``k`` closes a quotation that ends with its comma (or "?", "!"): ``“…,” he said``
    (Chicago Manual 6.40: the reporting clause follows)."""
    return k >= 1 and words[k].text in CLOSING_QUOTE_TOKENS and words[k - 1].text in (",", "?", "!")


# the word classes of a short speaker phrase in a reporting clause: a name, a pronoun, a noun phrase
SPEAKER_WORDS = frozenset({"PRON", "PROPN", "NOUN", "DET", "ADJ", "NUM"})


def quotation_before_speaker(words: Sequence[Word], i: int) -> int | None:
    """The closing mark of a quotation ended by its comma before word ``i``, with at most a short
    speaker phrase (six words) between them: ``“…,” Trump shot back`` (for "shot": the mark before
    "Trump"), ``“…,” declares Stephanie Acs`` (for "declares": the mark right before it).  The
    reporting clause of a quotation (Chicago Manual 6.40); None when word ``i`` is not in one."""
    k = i - 1
    while k >= 0 and i - k <= 6 and words[k].upos in SPEAKER_WORDS and words[k].text not in QUOTE_WORDS:
        k -= 1
    return k if closed_by_its_comma(words, k) else None


def colon_opens_quotation(words: Sequence[Word], i: int) -> bool:
    """A colon and an opening quotation mark follow word ``i``: ``Kasich resisted: “…”``."""
    return i + 2 < len(words) and words[i + 1].text == ":" and words[i + 2].text in OPENING_QUOTE_TOKENS


@dataclass(frozen=True, slots=True)
class Quotation:
    """A quotation: ``start``/``end`` include the marks, ``pieces`` are per paragraph."""

    start: int
    end: int
    family: str
    depth: int
    pieces: tuple[tuple[int, int], ...]
    balanced: bool = True
    mark: int = 1          # length of the marks: 2 for the doubled apostrophes ''like this''

    @property
    def inner_start(self) -> int:
        return self.start + self.mark

    @property
    def inner_end(self) -> int:
        return self.end - self.mark if self.balanced else self.end


@dataclass(frozen=True)
class QuoteScan:
    quotations: tuple[Quotation, ...]
    unbalanced: tuple[int, ...] = ()  # offsets of marks that never closed or never opened
    apostrophes: frozenset[int] = field(default_factory=frozenset)

    @cached_property
    def index(self) -> IntervalIndex[Quotation]:
        return IntervalIndex(self.quotations, lambda q: (q.start, q.end))

    def overlapping(self, start: int, end: int) -> list[Quotation]:
        """Quotations overlapping [start, end), in text order."""
        return list(self.index.overlapping(start, end))

    def inside(self, offset: int) -> Quotation | None:
        """The innermost quotation containing ``offset`` (marks included)."""
        best = None
        for q in self.index.containing(offset):
            if any(start <= offset < end for start, end in q.pieces) and (best is None or q.depth > best.depth):
                best = q
        return best

    def quoted(self, start: int, end: int) -> bool:
        """Does one quotation hold all of [start, end)?"""
        return any(q.start <= start and end <= q.end for q in self.index.containing(start))


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _role(text: str, i: int, mark: str) -> str:
    family, role = _MARKS[mark]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if family == "single" and mark in "\u2019'":
        if _is_word(prev) and _is_word(nxt):
            return "apostrophe"          # don’t, Russia’s, rock’n’roll
        if prev in _OPENING_CONTEXT and nxt.isdigit():
            return "apostrophe"          # ’90s
    if mark == "\u2018" and _is_word(prev) and (_is_word(nxt) or nxt.isspace()):
        return "apostrophe"              # a turned apostrophe typeset by mistake: "CBS‘ Face the Nation", "don‘t"
    if role != "either":
        return role
    left = prev in _OPENING_CONTEXT or prev.isspace()
    right = nxt.isspace() or nxt in ".,;:!?)]}\u2014\u2013-" or nxt in QUOTE_MARKS
    if left and not right:
        return "open"
    if right and not left:
        return "close"
    return "either"


def _role_by_context(text: str, i: int) -> str:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if (prev.isspace() or prev in "([{") and nxt.isalnum():
        return "open"
    return "close"


def _default_paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def find_quotations(text: str, paragraphs: list[tuple[int, int]] | None = None) -> QuoteScan:
    """Find every quotation in ``text``; never raises on unbalanced or odd input.

    ``paragraphs`` are the (start, end) spans of the layout's paragraphs, in order;
    by default every non-blank line is one.
    """
    if paragraphs is None:
        paragraphs = _default_paragraphs(text)
    stack: list[dict] = []  # open quotations
    done: list[Quotation] = []
    unbalanced: list[int] = []
    apostrophes: set[int] = set()
    continue_at: int | None = None

    for index, (para_start, para_end) in enumerate(paragraphs):
        i = para_start
        if continue_at == para_start:
            i += 1  # the reopening mark of a quotation continued from the last paragraph
            for entry in stack:
                entry["piece_start"] = para_start
        continue_at = None
        while i < para_end:
            ch = text[i]
            if text.startswith(("''", "``"), i) and i + 1 < para_end:
                # ''NYT style'' and ``TeX style'': a doubled mark is one double quotation mark
                _mark(text, i, '"', stack, done, unbalanced, apostrophes, width=2)
                i += 2
                continue
            if ch in _MARKS:
                _mark(text, i, ch, stack, done, unbalanced, apostrophes)
            i += 1
        if not stack:
            continue
        next_start = paragraphs[index + 1][0] if index + 1 < len(paragraphs) else None
        nxt = text[next_start] if next_start is not None else ""
        reopens = nxt in _MARKS and _role(text, next_start, nxt) in ("open", "either")
        survivors = []
        for entry in stack:
            pieces = entry["pieces"] + [(entry["piece_start"], para_end)]
            # the reopening mark must be typed like the opening one (a stray straight " does not
            # continue into a paragraph that opens with a curly “)
            same_style = (text[entry["start"]] in "\"'") == (nxt in "\"'")
            if reopens and entry["depth"] == 0 and _MARKS[nxt][0] == entry["family"] and same_style:
                entry["pieces"] = pieces
                survivors.append(entry)
                continue_at = next_start
            elif entry["family"] == "single" and text[entry["start"]] in "\u2019'":
                apostrophes.add(entry["start"])  # a lone ’ was an apostrophe after all
            else:
                unbalanced.append(entry["start"])
                done.append(Quotation(entry["start"], para_end, entry["family"], entry["depth"],
                                      tuple(p for p in pieces if p[1] > p[0]), balanced=False))
        stack = survivors
    done.sort(key=lambda q: (q.start, -q.end))
    return QuoteScan(tuple(done), tuple(sorted(set(unbalanced))), frozenset(apostrophes))


def _mark(text: str, i: int, ch: str, stack: list[dict], done: list[Quotation],
          unbalanced: list[int], apostrophes: set[int], width: int = 1) -> None:
    family = _MARKS[ch][0]
    role = _role(text, i + width - 1, ch) if width > 1 and text[i] == "'" else _role(text, i, ch)
    if width > 1:
        role = {"``": "open"}.get(text[i:i + 2], role)
    if role == "apostrophe":
        apostrophes.add(i)
        return
    top_same = next((k for k in range(len(stack) - 1, -1, -1) if stack[k]["family"] == family), None)
    if role == "either":
        role = "close" if top_same is not None else "open"
    elif role == "close" and top_same is None and ch in "\u201d\u00bb" and _role_by_context(text, i) == "open":
        role = "open"  # ”Typeset with the wrong mark” at the start of a quotation
    if ch == "\u201c" and top_same is not None and text[stack[top_same]["start"]] == "\u201e":
        role = "close"  # „German-style“ closes with a high mark
    if role == "open":
        if len(stack) >= MAX_QUOTE_DEPTH:  # the budget: deeper nesting is no news writing; the mark is reported
            unbalanced.append(i)
            return
        stack.append({"family": family, "start": i, "depth": len(stack), "pieces": [], "piece_start": i,
                      "width": width})
        return
    if top_same is None:
        if family == "single" and ch in "\u2019'":
            apostrophes.add(i)  # soldiers’ (plural possessive)
        else:
            unbalanced.append(i)
        return
    # quotations of other families opened inside and never closed: single ones were apostrophes
    while len(stack) - 1 > top_same:
        inner = stack.pop()
        if inner["family"] == "single":
            apostrophes.add(inner["start"])
        else:
            unbalanced.append(inner["start"])
    entry = stack.pop()
    pieces = entry["pieces"] + [(entry["piece_start"], i + width)]
    done.append(Quotation(entry["start"], i + width, family, entry["depth"], tuple(pieces),
                          mark=entry.get("width", 1)))
