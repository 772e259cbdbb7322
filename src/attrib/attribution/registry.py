"""The registry of attribution constructions: one entry per construction, in one place.

Each construction has a stable id, a one-line summary, the pre-parse trigger that sends its
sentences to the parser (``may_attribute`` is the union of the triggers, so a construction
cannot exist without its sentences being parsed), and examples where it fires and where it
does not (tests/attribution/test_constructions.py runs them end to end; docs/constructions.md
is generated from here).  A construction whose trigger is ``None`` is read from the text alone
(speaker labels, dash credits, colon quotes, continued quotations) and needs no parse.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from attrib.lexicon import Lexicon, load_lexicon
from attrib.quotes import QUOTE_MARKS

__all__ = ["CONSTRUCTIONS", "Construction", "Surface", "may_attribute", "register", "constructions_markdown"]

_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class Surface:
    """A sentence before parsing, as the triggers read it: its text, its words as written and
    lower-cased, whether it holds a quotation mark or ends with a colon, and the lexicon."""

    text: str
    raw: list[str]
    words: list[str]
    quoted: bool
    lex: Lexicon
    marked: tuple[bool, ...]  # for each word, whether a punctuation mark stands before it

    @classmethod
    def of(cls, text: str, lex: Lexicon) -> Surface:
        found = list(_WORD.finditer(text))
        raw = [m.group() for m in found]
        marked = tuple(k > 0 and bool(text[found[k - 1].end():m.start()].strip()) for k, m in enumerate(found))
        quoted = any(mark in text for mark in QUOTE_MARKS) or text.rstrip().endswith(":")
        return cls(text, raw, [w.lower() for w in raw], quoted, lex, marked)


@dataclass(frozen=True)
class Construction:
    """A way English attributes words to a source, with the id its trace and ablation use."""

    id: str
    summary: str
    module: str
    trigger: Callable[[Surface], bool] | None
    fires: tuple[str, ...]
    passes: tuple[str, ...]


CONSTRUCTIONS: dict[str, Construction] = {}


def register(construction_id: str, summary: str, *, module: str, trigger: Callable[[Surface], bool] | None,
             fires: tuple[str, ...], passes: tuple[str, ...] = ()) -> Construction:
    if construction_id in CONSTRUCTIONS:
        raise ValueError(f"construction {construction_id!r} registered twice")
    c = Construction(construction_id, summary, module, trigger, fires, passes)
    CONSTRUCTIONS[construction_id] = c
    return c


def may_attribute(sentence_text: str, lexicon: Lexicon | None = None) -> bool:
    """Cheap test before parsing: could this sentence hold a construction that needs a parse?

    The union of the registered triggers: a reporting-verb form its neighbours do not rule
    out, "according", a reporting noun before "that" or a colon, an intention noun before
    "to", a stance adjective with its complement, "In <poll/report …>,", "as" with a quoted
    predicate.  Quotations alone need no parse (stand-alone quotes, dash credits and speaker
    labels are read from the text).  Measured on PolNeAR dev: the verb trigger's neighbour
    checks skip a quarter of the parses that found nothing.
    """
    surface = Surface.of(sentence_text, lexicon or load_lexicon())
    seen = set()
    for c in CONSTRUCTIONS.values():
        if c.trigger is None or c.trigger in seen:
            continue
        seen.add(c.trigger)
        if c.trigger(surface):
            return True
    return False


def constructions_markdown() -> str:
    """docs/constructions.md: every construction with its summary, trigger and examples."""
    out = ["# Attribution constructions", "",
           "Generated from the registry in `src/attrib/attribution/registry.py` "
           "(`python -m attrib.attribution > docs/constructions.md`); "
           "a test checks that this file is current. Each construction lives in one module; its trigger is "
           "the pre-parse test that sends its sentences to the parser.", ""]
    for c in CONSTRUCTIONS.values():
        trigger = f"`{c.trigger.__name__}`" if c.trigger is not None else "none (read from the text, no parse)"
        out += [f"## `{c.id}`", "", c.summary, "", f"- module: `attrib.attribution.{c.module}`",
                f"- pre-parse trigger: {trigger}"]
        out += [f"- fires: `{ex}`".replace("\n", " ¶ ") for ex in c.fires]
        out += [f"- passes: `{ex}`".replace("\n", " ¶ ") for ex in c.passes]
        out.append("")
    return "\n".join(out)

