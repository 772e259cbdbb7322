"""HTML reports: one article, or several sources compared side by side.

Self-contained pages (inline CSS and JS, no fonts or CDNs) rendered with Jinja2,
autoescaping on.  Article text is untrusted: it only ever reaches the page as
escaped text or inside a JSON data island built with Jinja's ``tojson`` (which
escapes ``<``, ``>``, ``&`` and quotes), so no markup or script from it runs.
"""

from __future__ import annotations

import colorsys
import difflib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from attrib.compare import Comparison
from attrib.records import Analysis
from attrib.sourcing import SOURCING_LABELS, sourcing_profile

__all__ = ["render_article", "render_comparison", "speaker_colours"]

_KIND_LABEL = {"person": "person", "organisation": "organisation", "group": "group",
               "anonymous": "anonymous", "unknown": "unknown"}


@cache
def _environment():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    folder = resources.files("attrib.templates")
    env = Environment(loader=FileSystemLoader(str(folder)), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, extensions=["jinja2.ext.loopcontrols"])
    env.filters["worddiff"] = word_diff
    env.filters["pct"] = lambda x: f"{100 * x:.0f}%"
    return env


def speaker_colours(ids: list[str]) -> dict[str, str]:
    """Distinct, readable background colours, one per speaker id (golden-angle hues)."""
    out = {}
    for k, sid in enumerate(ids):
        hue = (k * 0.381966) % 1.0
        r, g, b = colorsys.hls_to_rgb(hue, 0.86, 0.75)
        out[sid] = f"#{int(r * 255):02x}{int(g * 255):02x}{int(b * 255):02x}"
    return out


def word_diff(a: str, b: str) -> list[tuple[str, str]]:
    """Word-level difference of two quotes: ("same"|"del"|"ins", words)."""
    out: list[tuple[str, str]] = []
    wa, wb = a.split(), b.split()
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, wa, wb).get_opcodes():
        if op == "equal":
            out.append(("same", " ".join(wa[i1:i2])))
            continue
        if i2 > i1:
            out.append(("del", " ".join(wa[i1:i2])))
        if j2 > j1:
            out.append(("ins", " ".join(wb[j1:j2])))
    return out


@dataclass
class _Segment:
    text: str
    quotes: tuple[str, ...]      # quote ids whose content covers this stretch (outer first)
    cue: str | None
    source: str | None
    channel: str | None
    claim: str | None = None     # id of an unattributed claim covering this stretch


def _segments(text: str, start: int, end: int, analysis: Analysis) -> list[_Segment]:
    """Split [start, end) where any content, cue, source or channel span begins or ends."""
    marks: list[tuple[int, int, str, str]] = []
    for q in analysis.quotes:
        for c in q.contents:
            marks.append((c.start, c.end, "content", q.id))
        for role, span in (("cue", q.cue), ("source", q.source), ("channel", q.channel)):
            if span is not None:
                marks.append((span.start, span.end, role, q.id))
    for c in analysis.claims:
        if not c.attributed:
            marks.append((c.start, c.end, "claim", c.id))
    local = [(max(s, start), min(e, end), r, i) for s, e, r, i in marks if s < end and e > start]
    cuts = sorted({start, end} | {s for s, _, _, _ in local} | {e for _, e, _, _ in local})
    depth = {q.id: (0 if q.nested_in is None else 1) for q in analysis.quotes}
    out = []
    for a, b in zip(cuts, cuts[1:]):
        active = [(r, i) for s, e, r, i in local if s <= a and b <= e]
        quotes = tuple(sorted({i for r, i in active if r == "content"}, key=lambda i: depth.get(i, 0)))
        pick = {r: i for r, i in active if r != "content"}
        out.append(_Segment(text[a:b], quotes, pick.get("cue"), pick.get("source"), pick.get("channel"),
                            pick.get("claim")))
    return out


def _line_col(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def article_context(analysis: Analysis, title: str | None = None) -> dict[str, Any]:
    text = analysis.text
    colours = speaker_colours([s.id for s in analysis.speakers])
    quote_colour = {q.id: colours.get(q.speaker or "", "#e8e8e8") for q in analysis.quotes}
    statements = {s.id: sum(q.speaker == s.id for q in analysis.quotes) for s in analysis.speakers}
    blocks: list[dict[str, Any]] = []
    for b in analysis.blocks or ():
        item = {"kind": b.kind, "segments": _segments(text, b.start, b.end, analysis)}
        if b.kind in ("body", "heading"):
            blocks.append(item)
        elif blocks and "run" in blocks[-1]:
            blocks[-1]["run"].append(item)
        else:
            blocks.append({"kind": "run", "run": [item]})
    # a long run of page furniture folds away; short ones (a byline) stay in place
    blocks = [x for b in blocks for x in ([b] if b["kind"] != "run" or len(b["run"]) > 3 else b["run"])]
    body = [b for b in analysis.blocks if b.kind == "body"]
    body_chars = sum(b.end - b.start for b in body) or 1
    attributed_chars = sum(c.end - c.start for c in analysis.claims if c.attributed)
    details = {}
    for q in analysis.quotes:
        speaker = analysis.speaker(q.speaker)
        details[q.id] = {
            "id": q.id, "type": q.type, "confidence": q.confidence,
            "speaker": speaker.name if speaker else None, "kind": speaker.kind if speaker else None,
            "role": speaker.role if speaker else None,
            "affiliation": speaker.affiliation if speaker else None,
            "source": q.source.text if q.source else None, "cue": q.cue.text if q.cue else None,
            "channel": q.channel.text if q.channel else None,
            "nested_in": q.nested_in, "content": " … ".join(c.text for c in q.contents),
        }
    findings = [{"finding": f, "line": _line_col(text, f.start)[0], "col": _line_col(text, f.start)[1]}
                for f in analysis.findings]
    unattributed = sorted((c for c in analysis.claims if not c.attributed), key=lambda c: -c.checkworthiness)
    return {
        "title": title or analysis.meta.get("title") or analysis.id or "Article",
        "analysis": analysis,
        "meta": analysis.meta,
        "blocks": blocks,
        "colours": colours,
        "quote_colour": quote_colour,
        "statements": statements,
        "details": details,
        "findings": findings,
        "unattributed": unattributed,
        "claims": {c.id: c for c in analysis.claims},
        "sourcing": {"profile": sourcing_profile(analysis), "labels": SOURCING_LABELS},
        "summary": {
            "attributed_share": attributed_chars / body_chars,
            "speakers": len(analysis.speakers),
            "anonymous": sum(s.kind == "anonymous" for s in analysis.speakers),
            "quotes": len(analysis.quotes),
            "by_type": {t: sum(q.type == t for q in analysis.quotes) for t in ("direct", "indirect", "mixed")},
            "claims": len(analysis.claims),
            "unattributed": len(unattributed),
            "findings": len(analysis.findings),
        },
    }


def render_article(analysis: Analysis, title: str | None = None) -> str:
    """A self-contained HTML report of one analysed article."""
    return _environment().get_template("article.html.j2").render(**article_context(analysis, title))


def render_comparison(comparison: Comparison, title: str | None = None) -> str:
    """A self-contained HTML report comparing several sources."""
    colours = speaker_colours([s.id for s in comparison.speakers])
    flagged: dict[str, list] = {}
    for f in comparison.flags:
        flagged.setdefault(f.cluster, []).append(f)
    shared = [c for c in comparison.clusters if len(c.sources) > 1 or any(
        f.kind != "single-source" for f in flagged.get(c.id, []))]
    single = [c for c in comparison.clusters if c not in shared and c.id in flagged]
    kinds: dict[str, int] = {}
    for f in comparison.flags:
        kinds[f.kind] = kinds.get(f.kind, 0) + 1
    per_source_counts = {
        s.id: {src.id: sum(1 for c in comparison.clusters for m in c.members
                           if m.source == src.id and m.speaker_id == s.id) for src in comparison.sources}
        for s in comparison.speakers}
    return _environment().get_template("comparison.html.j2").render(
        title=title or "Sources compared", comparison=comparison, colours=colours, flagged=flagged,
        shared=shared, single=single, kinds=kinds, per_source_counts=per_source_counts,
        source_name={s.id: s.name for s in comparison.sources})
