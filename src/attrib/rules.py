"""Stage: findings — sourcing rules with stable ids, each a small function.

The newsroom rules behind them: Reuters Handbook of Journalism (source every
statement that is not established fact; never "sources" for one source), AP
Stylebook (an unmodified "a source" is almost never acceptable; anonymous
sources give information, not opinion; "said" is the neutral attribution verb),
Wikipedia's "Words to watch" (weasel words, expressions of doubt).  Style rules
look only at the reporter's own words, never inside quotations.  The sourcing rules (ATR002,
ATR003, ATR006, ATR010, ATR011) follow from the sourcing class of ``sourcing.py`` and flag the
same words once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from attrib.document import Document
from attrib.intervals import IntervalIndex
from attrib.lexicon import Lexicon, phrase_pattern
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
    """A sourcing rule: stable id, default severity, one-line summary, and two examples
    (a text where it fires and one where it does not) that the docs and tests share."""

    id: str
    name: str
    severity: Severity
    summary: str
    fires: str
    passes: str
    check: Callable[[RuleContext], Iterator[Finding]]


RULES: dict[str, Rule] = {}


def rule(rule_id: str, name: str, severity: Severity, summary: str, *, fires: str, passes: str):
    def register(fn: Callable[[RuleContext, Rule], Iterator[Finding]]):
        RULES[rule_id] = Rule(rule_id, name, severity, summary, fires, passes, lambda ctx: fn(ctx, RULES[rule_id]))
        return fn
    return register


def _finding(r: Rule, ctx: RuleContext, start: int, end: int, message: str) -> Finding:
    return Finding(r.id, r.severity, start, end, message, ctx.text[start:end])


@rule("ATR001", "unattributed-claim", "warning",
      "A check-worthy factual claim in the reporter's own voice names no source.",
      fires="Three soldiers were killed and 11 wounded in the strike on Thursday.",
      passes="Three soldiers were killed and 11 wounded in the strike on Thursday, the army said.")
def _unattributed(ctx: RuleContext, r: Rule) -> Iterator[Finding]:
    for c in ctx.claims:
        if not c.attributed and c.checkworthiness >= 0.5:
            yield _finding(r, ctx, c.start, c.end,
                           f"unattributed claim (check-worthiness {c.checkworthiness:.2f}: "
                           f"{', '.join(c.signals)}); who says so?")


@rule("ATR009", "unattributed-background-claim", "info",
      "A factual claim in the reporter's own voice with no source; less check-worthy than ATR001 "
      "(background, context).",
      fires="The talks went on for hours.",
      passes="The talks went on for hours, officials said.")
def _unattributed_minor(ctx: RuleContext, r: Rule) -> Iterator[Finding]:
    for c in ctx.claims:  # (a claim that appeals to everyone or to "some say" is ATR010's or ATR006's)
        if not c.attributed and c.checkworthiness < 0.5 and c.sourcing is None:
            signals = f" ({', '.join(c.signals)})" if c.signals else ""
            yield _finding(r, ctx, c.start, c.end,
                           f"unattributed claim, check-worthiness {c.checkworthiness:.2f}{signals}")


@rule("ATR002", "bare-anonymous-source", "error",
      "An anonymous source with nothing said about who they are or how they know (AP).",
      fires="A source said the talks had collapsed.",
      passes="A senior Turkish military official, who was not authorised to speak publicly, "
             "said the talks had collapsed.")
def _bare_anonymous(ctx: RuleContext, r: Rule) -> Iterator[Finding]:
    vague = ctx.lexicon.words("vague_modifiers")
    for q in _sourced(ctx, "anonymous"):
        if q.source is None:
            continue
        words = [w.strip(",.").lower() for w in q.source.text.split()]
        if all(w in vague or w in ctx.lexicon.anonymous for w in words):
            yield _finding(r, ctx, q.source.start, q.source.end,
                           f"anonymous source \u201c{q.source.text}\u201d: say who they are, how they know "
                           "and why they are not named")


@rule("ATR003", "anonymous-opinion", "warning",
      "An anonymous source gives opinion, not information (AP: anonymity is for facts).",
      fires="The minister is a disaster, a senior official who asked not to be named argued.",
      passes="The minister will resign on Friday, a senior official who asked not to be named said.")
def _anonymous_opinion(ctx: RuleContext, r: Rule) -> Iterator[Finding]:
    for q in _sourced(ctx, "anonymous"):
        if q.cue is None:
            continue
        verb = _cue_verb(ctx, q)
        opinion = (verb is not None and verb.category in ("belief", "argument")) or q.type != "indirect"
        if opinion:
            yield _finding(r, ctx, q.cue.start, q.cue.end,
                           "an anonymous source is quoted for opinion or colour; anonymity is for information")


def _sourced(ctx: RuleContext, category: str) -> Iterator[Quote]:
    """Quotes whose sourcing class is ``category`` (stage ``sourcing``), each source span once."""
    seen: set[tuple[int, int]] = set()
    for q in ctx.quotes:
        if q.sourcing is None or q.sourcing.category != category:
            continue
        span = (q.source.start, q.source.end) if q.source else (q.cue.start, q.cue.end) if q.cue else None
        if span is None or span in seen:
            continue
        seen.add(span)
        yield q


def _cue_verb(ctx: RuleContext, q: Quote):
    """The reporting verb of a quote's cue ("has claimed" → claim), if it is one."""
    if q.cue is None:
        return None
    for token in reversed(q.cue.text.lower().split()):
        verb = ctx.lexicon.verb(token) or ctx.lexicon.verb_from_form(token)
        if verb is not None:
            return verb
    return None


@rule("ATR004", "loaded-attribution-verb", "info",
      "An attribution verb that editorialises (claimed, admitted, insisted); \"said\" is neutral.",
      fires="The ministry claimed that the strike was an accident.",
      passes="The ministry said that the strike was an accident.")
def _loaded_verb(ctx: RuleContext, r: Rule) -> Iterator[Finding]:
    for q in ctx.quotes:
        verb = _cue_verb(ctx, q)
        if verb is not None and verb.tone == "loaded" and q.cue is not None and not ctx.quoted(q.cue.start, q.cue.end):
            yield _finding(r, ctx, q.cue.start, q.cue.end,
                           f"\u201c{q.cue.text}\u201d editorialises; consider \u201csaid\u201d")


@rule("ATR005", "non-speech-attribution-verb", "warning",
      "A verb that is not speech used to attribute words (smiled, laughed).",
      fires="“We will rebuild the bridge by spring,” the mayor smiled.",
      passes="“We will rebuild the bridge by spring,” the mayor said with a smile.")
def _nonspeech_verb(ctx: RuleContext, r: Rule) -> Iterator[Finding]:
    for q in ctx.quotes:
        verb = _cue_verb(ctx, q)
        if verb is not None and verb.tone == "nonspeech" and q.cue is not None:
            yield _finding(r, ctx, q.cue.start, q.cue.end,
                           f"people do not \u201c{q.cue.text}\u201d words; use \u201csaid\u201d "
                           "and describe the manner apart")


@rule("ATR006", "vague-attribution", "warning",
      "Words that attribute to nobody in particular (\"some say\", \"it is believed\", \"experts say\"), "
      "or a passive reporting verb that names no one (\"was accused of\", \"is expected to\").",
      fires="It is believed that the strike was planned weeks ahead.",
      passes="Two Pentagon officials said the strike was planned weeks ahead.")
def _weasel(ctx: RuleContext, r: Rule) -> Iterator[Finding]:
    hedges = [(m.start(), m.end()) for start, end in ctx.body_spans()
              for m in phrase_pattern("hedges").finditer(ctx.text, start, end)]
    sourced = [(s.start, s.end) for q in ctx.quotes for s in (q.source, q.cue, q.sourcing and q.sourcing.span) if s]
    for q in _sourced(ctx, "vague"):
        span = q.sourcing.span if q.sourcing and q.sourcing.span else q.source or q.cue
        if span is None or ctx.quoted(span.start, span.end):
            continue
        if q.source is None and any(s < span.end and span.start < e for s, e in hedges):
            continue  # ("seems", "appeared to": a hedge, ATR007's)
        what = "passive attribution" if q.source is None and not span.text.lower().startswith(("it ", "we ")) \
            else "vague attribution"
        question = "by whom?" if what == "passive attribution" else "who, exactly?"
        yield _finding(r, ctx, span.start, span.end, f"{what} \u201c{span.text}\u201d: {question}")
    pattern = phrase_pattern("weasel_phrases")
    for start, end in ctx.body_spans():  # the words with no attribution read from them
        for m in pattern.finditer(ctx.text, start, end):
            if not ctx.quoted(m.start(), m.end()) and not any(s < m.end() and m.start() < e for s, e in sourced):
                yield _finding(r, ctx, m.start(), m.end(), f"vague attribution \u201c{m.group()}\u201d: who, exactly?")


@rule("ATR010", "appeal-to-common-knowledge", "warning",
      "A claim given as known to everyone (\"everyone knows\", \"it is no secret\"): an appeal to common "
      "knowledge is not a source (Wikipedia \"Words to watch\"; Reuters: source what is not established fact).",
      fires="Everyone knows the five-day week was designed for factories.",
      passes="A 2019 study found the five-day week was designed for factories.")
def _common_knowledge(ctx: RuleContext, r: Rule) -> Iterator[Finding]:
    seen: set[tuple[int, int]] = set()
    spans = [q.sourcing.span for q in ctx.quotes if q.sourcing and q.sourcing.category == "universal"]
    spans += [c.sourcing.span for c in ctx.claims if c.sourcing and c.sourcing.category == "universal"]
    for span in spans:
        if span is None or (span.start, span.end) in seen or ctx.quoted(span.start, span.end):
            continue
        seen.add((span.start, span.end))
        yield _finding(r, ctx, span.start, span.end,
                       f"appeal to common knowledge \u201c{span.text}\u201d: who says so, and how do they know?")


@rule("ATR011", "anonymity-unexplained", "info",
      "An anonymous source with no word on why they are not named (AP, Reuters and the New York Times ask "
      "the story to say why anonymity was granted).",
      fires="A former employee said the kitchen's fridges had been broken for weeks.",
      passes="A former employee, who asked not to be named because she still works in the industry, said "
             "the kitchen's fridges had been broken for weeks.")
def _anonymity_unexplained(ctx: RuleContext, r: Rule) -> Iterator[Finding]:
    for s in ctx.speakers:
        if s.sourcing is None or s.sourcing.category != "anonymous" or s.sourcing.reason is not None:
            continue
        first = next((m for m in s.mentions if not ctx.quoted(m.start, m.end)), None)
        if first is not None:
            yield _finding(r, ctx, first.start, first.end,
                           f"anonymous source \u201c{first.text}\u201d: say why they are not named")


@rule("ATR007", "hedge", "info",
      "A hedge in the reporter's own voice (reportedly, allegedly, may, appears).",
      fires="The convoy was reportedly hit near the border.",
      passes="The convoy was hit near the border, the governor said.")
def _hedge(ctx: RuleContext, r: Rule) -> Iterator[Finding]:
    pattern = phrase_pattern("hedges")
    for start, end in ctx.body_spans():
        for m in pattern.finditer(ctx.text, start, end):
            if not ctx.quoted(m.start(), m.end()):
                yield _finding(r, ctx, m.start(), m.end(),
                               f"hedge \u201c{m.group()}\u201d: say who doubts, or source it")


@rule("QUO001", "unbalanced-quotation-mark", "error",
      "A quotation mark that is never closed (or never opened).",
      fires="The army said: “The strike was an accident.",
      passes="The army said: “The strike was an accident.”")
def _unbalanced(ctx: RuleContext, r: Rule) -> Iterator[Finding]:
    for offset in ctx.scan.unbalanced:
        yield _finding(r, ctx, offset, offset + 1, "unbalanced quotation mark")


@rule("QUO002", "scare-quotes", "info",
      "A short quoted phrase in the reporter's own voice, attributed to nobody.",
      fires="The government pushed its “reform” of the courts through parliament on Monday.",
      passes="The government announced what it called a “historic reform” of the courts, the minister said.")
def _scare(ctx: RuleContext, r: Rule) -> Iterator[Finding]:
    attributed = IntervalIndex([c for q in ctx.quotes for c in q.contents], lambda c: (c.start, c.end))
    body = IntervalIndex(list(ctx.body_spans()), lambda b: b)
    for q in ctx.scan.quotations:
        inner = ctx.text[q.inner_start:q.inner_end].strip(" ,.")
        if not q.balanced or not inner or len(inner.split()) > 3:
            continue
        if not any(True for _ in body.containing(q.start)):
            continue
        if any(c.start <= q.start and q.end <= c.end for c in attributed.containing(q.start)):
            continue
        yield _finding(r, ctx, q.start, q.end, f"scare quotes around \u201c{inner}\u201d: whose word is it?")


@rule("ATR008", "sources-for-one-source", "warning",
      "\"Sources\" for what the story later shows is one source (Reuters Handbook).",
      fires="Sources said the deal was signed. The source, a diplomat, said it was signed at night.",
      passes="Two sources said the deal was signed. One of them said it was signed at night.")
def _sources_for_one(ctx: RuleContext, r: Rule) -> Iterator[Finding]:
    plural = re.compile(r"(?<![\w-])(sources)(?![\w-])", re.IGNORECASE)
    singular = re.compile(r"(?<![\w-])(the|this|that|our|the same) source(?![\w-])", re.IGNORECASE)
    counted = re.compile(r"(?<![\w-])(two|three|four|five|several|multiple|many|both|some|\d+) "
                         r"(?:[\w-]+ ){0,3}sources(?![\w-])", re.IGNORECASE)
    spans = list(ctx.body_spans())
    if not any(singular.search(ctx.text, s, e) for s, e in spans):
        return
    for start, end in spans:
        for m in plural.finditer(ctx.text, start, end):
            if ctx.quoted(m.start(), m.end()):
                continue
            if any(c.end() == m.end() for c in counted.finditer(ctx.text, max(start, m.start() - 60), m.end())):
                continue
            yield _finding(r, ctx, m.start(1), m.end(1),
                           "\u201csources\u201d, but the story later speaks of one source: say \u201ca source\u201d")


@rule("QUO003", "speakers-run-together", "error",
      "Quotes from two speakers in one paragraph: start a new paragraph when the speaker changes (AP).",
      fires="“We are ready,” Peskov said. “We are not,” Akar said.",
      passes="“We are ready,” Peskov said.\n\n“We are not,” Akar said.")
def _run_together(ctx: RuleContext, r: Rule) -> Iterator[Finding]:
    blocks = IntervalIndex([b for b in ctx.doc.blocks if b.kind == "body"], lambda b: (b.start, b.end))
    seen: dict[tuple[int, int], Quote] = {}
    for q in ctx.quotes:
        if q.type == "indirect" or q.speaker is None or q.nested_in is not None:
            continue
        block = next(blocks.containing(q.start), None)
        if block is None:
            continue
        key = (block.start, block.end)
        first = seen.setdefault(key, q)
        if first.speaker != q.speaker:
            yield _finding(r, ctx, q.start, q.contents[0].end,
                           "a second speaker is quoted in the same paragraph; give them a paragraph of their own")
            seen[key] = q


# sourcing findings flag a source's words once: the first rule listed here that fires on them
_ONCE_PER_SPAN = ("ATR002", "ATR010", "ATR006", "ATR011")


def _once_per_span(findings: list[Finding]) -> list[Finding]:
    kept: list[Finding] = []
    taken: list[Finding] = []
    for f in sorted(findings, key=lambda f: _ONCE_PER_SPAN.index(f.rule) if f.rule in _ONCE_PER_SPAN else -1):
        if f.rule in _ONCE_PER_SPAN:
            if any(t.start < f.end and f.start < t.end for t in taken):
                continue
            taken.append(f)
        kept.append(f)
    return kept


def apply_rules(ctx: RuleContext, enabled: set[str] | None = None) -> list[Finding]:
    """Findings of every (enabled) rule, in text order; the same words get one sourcing finding."""
    out: list[Finding] = []
    for rule_id, r in RULES.items():
        if enabled is None or rule_id in enabled:
            out.extend(r.check(ctx))
    out = list({(f.rule, f.start, f.end): f for f in out}.values())
    out = _once_per_span(out)
    out.sort(key=lambda f: (f.start, f.end, f.rule))
    return out

