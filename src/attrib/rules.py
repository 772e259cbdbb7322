"""Stage: findings — sourcing rules with stable ids, each a small function.

The newsroom rules behind them: Reuters Handbook of Journalism (source every
statement that is not established fact; never "sources" for one source), AP
Stylebook (an unmodified "a source" is almost never acceptable; anonymous
sources give information, not opinion; "said" is the neutral attribution verb),
Wikipedia's "Words to watch" (weasel words, expressions of doubt).  Style rules
look only at the reporter's own words, never inside quotations.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from attrib.document import Document
from attrib.intervals import IntervalIndex
from attrib.lexicon import Lexicon, load_lexicon
from attrib.quotes import QuoteScan
from attrib.records import Claim, Finding, Quote, Severity, Speaker

__all__ = ["Rule", "RULES", "RuleContext", "apply_rules", "rule"]


@dataclass(frozen=True)
class RuleContext:
    doc: Document
    scan: QuoteScan
    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]
    claims: tuple[Claim, ...]
    lexicon: Lexicon

    @property
    def text(self) -> str:
        return self.doc.text

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        return next((s for s in self.speakers if s.id == speaker_id), None)

    def quoted(self, start: int, end: int) -> bool:
        """Is this stretch inside a quotation (someone else's words)?"""
        return self.scan.quoted(start, end)

    def body_spans(self) -> Iterator[tuple[int, int]]:
        for b in self.doc.blocks:
            if b.kind == "body":
                yield b.start, b.end


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    severity: Severity
    summary: str
    check: Callable[[RuleContext], Iterator[Finding]]


RULES: dict[str, Rule] = {}


def rule(rule_id: str, name: str, severity: Severity, summary: str):
    def register(fn: Callable[[RuleContext, Rule], Iterator[Finding]]):
        r = Rule(rule_id, name, severity, summary, lambda ctx: fn(ctx, RULES[rule_id]))
        RULES[rule_id] = r
        return fn
    return register


def _finding(r: Rule, ctx: RuleContext, start: int, end: int, message: str) -> Finding:
    return Finding(r.id, r.severity, start, end, message, ctx.text[start:end])


@cache
def _phrase_pattern(name: str) -> re.Pattern[str]:
    words = sorted(load_lexicon().words(name), key=len, reverse=True)
    return re.compile(r"(?<![\w’'])(" + "|".join(re.escape(w) for w in words) + r")(?![\w’'])", re.IGNORECASE)


@rule("ATR001", "unattributed-claim", "warning",
      "A check-worthy factual claim in the reporter's own voice names no source.")
def _unattributed(ctx: RuleContext, r: Rule) -> Iterator[Finding]:
    for c in ctx.claims:
        if not c.attributed and c.checkworthiness >= 0.5:
            yield _finding(r, ctx, c.start, c.end,
                           f"unattributed claim (check-worthiness {c.checkworthiness:.2f}: "
                           f"{', '.join(c.signals)}); who says so?")


@rule("ATR002", "bare-anonymous-source", "warning",
      "An anonymous source with nothing said about who they are or why they know (AP).")
def _bare_anonymous(ctx: RuleContext, r: Rule) -> Iterator[Finding]:
    for q in ctx.quotes:
        s = ctx.speaker(q.speaker)
        if s is not None and s.kind == "anonymous" and q.source is not None:
            yield _finding(r, ctx, q.source.start, q.source.end,
                           f"anonymous source \u201c{q.source.text}\u201d: say who they are and how they know")


@rule("ATR003", "anonymous-opinion", "warning",
      "An anonymous source gives opinion, not information (AP: anonymity is for facts).")
def _anonymous_opinion(ctx: RuleContext, r: Rule) -> Iterator[Finding]:
    for q in ctx.quotes:
        s = ctx.speaker(q.speaker)
        if s is None or s.kind != "anonymous" or q.cue is None:
            continue
        verb = ctx.lexicon.verb(q.cue.text.split()[-1].lower())
        opinion = (verb is not None and verb.category in ("belief", "argument")) or q.type != "indirect"
        if opinion:
            yield _finding(r, ctx, q.cue.start, q.cue.end,
                           "an anonymous source is quoted for opinion or colour; anonymity is for information")


def _cue_verb(ctx: RuleContext, q: Quote):
    if q.cue is None:
        return None
    for token in reversed(q.cue.text.lower().split()):
        for lemma in (token, token.rstrip("s"), token[:-2] if token.endswith("ed") else token,
                      token[:-1] if token.endswith("ed") else token,
                      token[:-3] if token.endswith("ing") else token):
            verb = ctx.lexicon.verb(lemma)
            if verb is not None:
                return verb
    return None


@rule("ATR004", "loaded-attribution-verb", "info",
      "An attribution verb that editorialises (claimed, admitted, insisted); \"said\" is neutral.")
def _loaded_verb(ctx: RuleContext, r: Rule) -> Iterator[Finding]:
    for q in ctx.quotes:
        verb = _cue_verb(ctx, q)
        if verb is not None and verb.tone == "loaded" and q.cue is not None and not ctx.quoted(q.cue.start, q.cue.end):
            yield _finding(r, ctx, q.cue.start, q.cue.end,
                           f"\u201c{q.cue.text}\u201d editorialises; consider \u201csaid\u201d")


@rule("ATR005", "non-speech-attribution-verb", "warning",
      "A verb that is not speech used to attribute words (smiled, laughed).")
def _nonspeech_verb(ctx: RuleContext, r: Rule) -> Iterator[Finding]:
    for q in ctx.quotes:
        verb = _cue_verb(ctx, q)
        if verb is not None and verb.tone == "nonspeech" and q.cue is not None:
            yield _finding(r, ctx, q.cue.start, q.cue.end,
                           f"people do not \u201c{q.cue.text}\u201d words; use \u201csaid\u201d "
                           "and describe the manner apart")


@rule("ATR006", "vague-attribution", "warning",
      "Words that attribute to nobody in particular (\"some say\", \"it is believed\", \"experts say\").")
def _weasel(ctx: RuleContext, r: Rule) -> Iterator[Finding]:
    pattern = _phrase_pattern("weasel_phrases")
    for start, end in ctx.body_spans():
        for m in pattern.finditer(ctx.text, start, end):
            if not ctx.quoted(m.start(), m.end()):
                yield _finding(r, ctx, m.start(), m.end(), f"vague attribution \u201c{m.group()}\u201d: who, exactly?")


@rule("ATR007", "hedge", "info",
      "A hedge in the reporter's own voice (reportedly, allegedly, may, appears).")
def _hedge(ctx: RuleContext, r: Rule) -> Iterator[Finding]:
    pattern = _phrase_pattern("hedges")
    for start, end in ctx.body_spans():
        for m in pattern.finditer(ctx.text, start, end):
            if not ctx.quoted(m.start(), m.end()):
                yield _finding(r, ctx, m.start(), m.end(),
                               f"hedge \u201c{m.group()}\u201d: say who doubts, or source it")


@rule("QUO001", "unbalanced-quotation-mark", "warning",
      "A quotation mark that is never closed (or never opened).")
def _unbalanced(ctx: RuleContext, r: Rule) -> Iterator[Finding]:
    for offset in ctx.scan.unbalanced:
        yield _finding(r, ctx, offset, offset + 1, "unbalanced quotation mark")


@rule("QUO002", "scare-quotes", "info",
      "A short quoted phrase in the reporter's own voice, attributed to nobody.")
def _scare(ctx: RuleContext, r: Rule) -> Iterator[Finding]:
    attributed = IntervalIndex([c for q in ctx.quotes for c in q.contents], lambda c: (c.start, c.end))
    body = IntervalIndex(list(ctx.body_spans()), lambda b: b)
    for q in ctx.scan.quotations:
        inner = ctx.text[q.start + 1:q.inner_end].strip(" ,.")
        if not q.balanced or not inner or len(inner.split()) > 3:
            continue
        if not any(True for _ in body.containing(q.start)):
            continue
        if any(c.start <= q.start and q.end <= c.end for c in attributed.containing(q.start)):
            continue
        yield _finding(r, ctx, q.start, q.end, f"scare quotes around \u201c{inner}\u201d: whose word is it?")


def apply_rules(ctx: RuleContext, enabled: set[str] | None = None) -> list[Finding]:
    """Findings of every (enabled) rule, in text order."""
    out: list[Finding] = []
    for rule_id, r in RULES.items():
        if enabled is None or rule_id in enabled:
            out.extend(r.check(ctx))
    out.sort(key=lambda f: (f.start, f.end, f.rule))
    return out

