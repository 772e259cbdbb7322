"""Frozen, typed result records; each serialises one-to-one to attrib's JSON contract.

The JSON shape is documented in ``docs/json-contract.md`` and in the JSON Schema
``attrib/schema/analysis.schema.json``.  Field names here *are* the JSON names.
Offsets are code-point offsets into ``Analysis.text``.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any, Literal

from attrib.errors import SchemaError

__all__ = [
    "SCHEMA_VERSION",
    "Span",
    "Quote",
    "Speaker",
    "Sourcing",
    "SourcingClass",
    "SOURCING_CLASSES",
    "Claim",
    "Finding",
    "Block",
    "Analysis",
    "QuoteType",
    "SpeakerKind",
    "Severity",
    "BlockKind",
]

# 1.1: ``sourcing`` on speakers, quotes and claims (issue 18);
# 1.2: quotes' ``category`` and ``construction``; ``confidence`` is calibrated (issue 17)
SCHEMA_VERSION = "1.2"

QuoteType = Literal["direct", "indirect", "mixed"]
SpeakerKind = Literal["person", "organisation", "group", "anonymous", "unknown"]
Severity = Literal["error", "warning", "info"]
BlockKind = Literal["body", "heading", "byline", "dateline", "caption", "boilerplate"]
SourcingClass = Literal["named_person", "named_organisation", "unnamed_described", "anonymous", "vague",
                        "universal", "document"]
SOURCING_CLASSES: tuple[str, ...] = ("named_person", "named_organisation", "unnamed_described", "anonymous",
                                     "vague", "universal", "document")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original text: ``text[start:end] == span.text``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        return cls(start, end, source[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))


@dataclass(frozen=True, slots=True)
class Sourcing:
    """How well a statement is sourced: its class, why (evidence), the words read (span) and,
    for an unnamed source, the text that explains its anonymity (reason)."""

    category: SourcingClass
    evidence: str
    span: Span | None = None
    reason: Span | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """One attribution: what was said (contents), by whom (source, speaker), how (cue)."""

    id: str
    type: QuoteType
    contents: tuple[Span, ...]
    cue: Span | None
    source: Span | None
    speaker: str | None
    confidence: float
    channel: Span | None = None
    nested_in: str | None = None
    sourcing: Sourcing | None = None
    category: str | None = None       # 1.2: what kind of act the cue reports (speech, writing, belief, …)
    construction: str | None = None   # 1.2: the registered construction that found it (docs/constructions.md)

    @property
    def start(self) -> int:
        return self.contents[0].start

    @property
    def end(self) -> int:
        return self.contents[-1].end


@dataclass(frozen=True, slots=True)
class Speaker:
    """An entity that is quoted: every mention of it, whatever the wording."""

    id: str
    name: str
    kind: SpeakerKind
    role: str | None
    mentions: tuple[Span, ...]
    affiliation: str | None = None
    sourcing: Sourcing | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """An asserted sentence of the body, attributed to a quote or the reporter's own."""

    id: str
    start: int
    end: int
    text: str
    attributed: bool
    quote: str | None
    checkworthiness: float = 0.0
    signals: tuple[str, ...] = ()
    sourcing: Sourcing | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """Something a reader or editor should look at, with a stable rule id."""

    rule: str
    severity: Severity
    start: int
    end: int
    message: str
    text: str = ""


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-level piece of the layout and what it is (body, heading, boilerplate…)."""

    start: int
    end: int
    kind: BlockKind


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything attrib found in one document."""

    id: str | None
    text: str
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    claims: tuple[Claim, ...] = ()
    findings: tuple[Finding, ...] = ()
    blocks: tuple[Block, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        return _encode(self)

    def to_json(self, **kwargs: Any) -> str:
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        try:
            return _decode(cls, data)
        except (KeyError, TypeError, ValueError) as exc:
            raise SchemaError(f"not an attrib analysis: {exc}") from exc

    @classmethod
    def from_json(cls, raw: str) -> Analysis:
        return cls.from_dict(json.loads(raw))

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        return next((s for s in self.speakers if s.id == speaker_id), None)

    def quote(self, quote_id: str | None) -> Quote | None:
        return next((q for q in self.quotes if q.id == quote_id), None)


# Order of keys in JSON: the dataclass field order, with the schema version first.
def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if "schema_version" in out:
            out = {"schema_version": out.pop("schema_version"), **out}
        return out
    if isinstance(value, (tuple, list)):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _encode(v) for k, v in value.items()}
    return value


def _decode(cls: type, data: dict[str, Any]) -> Any:
    if not isinstance(data, dict):
        raise TypeError(f"{cls.__name__} must be an object, got {type(data).__name__}")
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name not in data:
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise KeyError(f"missing {cls.__name__}.{f.name}")
            continue
        kwargs[f.name] = _decode_field(cls, f.name, data[f.name])
    return cls(**kwargs)


def _decode_field(cls: type, name: str, value: Any) -> Any:
    target = _RECORD_FIELDS.get((cls, name))
    if value is None:
        return None
    if isinstance(target, tuple):  # a tuple of records
        (item_cls,) = target
        return tuple(_decode(item_cls, v) for v in value)
    if target is not None:
        return _decode(target, value)
    if isinstance(value, list):  # plain tuple fields, e.g. Claim.signals
        return tuple(value)
    return value


_RECORD_FIELDS: dict[tuple[type, str], Any] = {
    (Quote, "contents"): (Span,),
    (Quote, "cue"): Span,
    (Quote, "source"): Span,
    (Quote, "channel"): Span,
    (Quote, "sourcing"): Sourcing,
    (Speaker, "sourcing"): Sourcing,
    (Claim, "sourcing"): Sourcing,
    (Sourcing, "span"): Span,
    (Sourcing, "reason"): Span,
    (Speaker, "mentions"): (Span,),
    (Analysis, "quotes"): (Quote,),
    (Analysis, "speakers"): (Speaker,),
    (Analysis, "claims"): (Claim,),
    (Analysis, "findings"): (Finding,),
    (Analysis, "blocks"): (Block,),
}
