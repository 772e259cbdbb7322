"""HTML reports: one article, or several sources compared side by side.

Self-contained pages (inline CSS and JS, no fonts or CDNs) rendered with Jinja2,
autoescaping on.  Article text is untrusted: it only ever reaches the page as
escaped text or inside a JSON data island built with Jinja's ``tojson`` (which
escapes ``<``, ``>``, ``&`` and quotes), so no markup or script from it runs.
"""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from attrib.compare import Comparison
from attrib.records import Analysis
from attrib.sourcing import SOURCING_LABELS, sourcing_profile

__all__ = ["render_article", "render_comparison", "render_paste_page", "speaker_colours", "OKABE_ITO"]

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


# Okabe & Ito (2008), "Color Universal Design": told apart under the common colour-vision
# deficiencies.  Highlights use a light tint of each (text stays readable on it) and a solid
# underline in the full colour; every highlight also carries a text label, so colour is never
# the only cue.  Black is left out (it would read as plain text); speakers past seven reuse
# the palette and are told apart by their labels.
OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")


def _tint(colour: str, share: float) -> str:
    r, g, b = (int(colour[k:k + 2], 16) for k in (1, 3, 5))
    return "#" + "".join(f"{round(255 - (255 - c) * share):02x}" for c in (r, g, b))


def speaker_colours(ids: list[str]) -> dict[str, str]:
    """A light tint of the Okabe–Ito colours, one per speaker id, in order (cycling after seven)."""
    return {sid: _tint(OKABE_ITO[k % len(OKABE_ITO)], 0.35) for k, sid in enumerate(ids)}


def speaker_edges(ids: list[str]) -> dict[str, str]:
    """The full Okabe–Ito colour of each speaker (underlines and swatch borders)."""
    return {sid: OKABE_ITO[k % len(OKABE_ITO)] for k, sid in enumerate(ids)}


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
    findings: tuple[str, ...] = ()   # ids ("f1"…) of the findings covering this stretch
    opens: tuple[str, ...] = ()      # quote ids whose first content span begins here
    first: tuple[str, ...] = ()      # finding ids that begin here


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
    for k, f in enumerate(analysis.findings):
        if f.end > f.start:
            marks.append((f.start, f.end, "finding", f"f{k + 1}"))
    local = [(max(s, start), min(e, end), r, i) for s, e, r, i in marks if s < end and e > start]
    starts = {q.id: q.contents[0].start for q in analysis.quotes if q.contents}
    cuts = sorted({start, end} | {s for s, _, _, _ in local} | {e for _, e, _, _ in local})
    depth = {q.id: (0 if q.nested_in is None else 1) for q in analysis.quotes}
    out = []
    for a, b in zip(cuts, cuts[1:]):
        active = [(r, i) for s, e, r, i in local if s <= a and b <= e]
        quotes = tuple(sorted({i for r, i in active if r == "content"}, key=lambda i: depth.get(i, 0)))
        pick = {r: i for r, i in active if r not in ("content", "finding")}
        findings = tuple(i for r, i in active if r == "finding")
        opens = tuple(i for s, _, r, i in local if r == "content" and s == a and starts.get(i) == a)
        first = tuple(i for s, _, r, i in local if r == "finding" and s == a)
        out.append(_Segment(text[a:b], quotes, pick.get("cue"), pick.get("source"), pick.get("channel"),
                            pick.get("claim"), findings, opens, first))
    return out


def headline(analysis: Analysis) -> str | None:
    """The article's headline: its metadata title, else its first heading, else a short first line."""
    if analysis.meta.get("title"):
        return str(analysis.meta["title"])
    text = analysis.text
    for b in analysis.blocks or ():
        line = " ".join(text[b.start:b.end].split())
        if b.kind == "heading" and line:
            return line
        if b.kind == "body":
            return line if 0 < len(line) <= 120 and not line.endswith((".", "”", '"')) else None
    return None


def _label(name: str) -> str:
    """A short text label for a speaker shown in the article ("Dmitry Peskov" → "Peskov")."""
    words = name.split()
    short = words[-1] if len(words) > 1 and words[0][:1].isupper() and len(name) > 18 else name
    return short if len(short) <= 22 else short[:21] + "…"


def _article_blocks(analysis: Analysis) -> list[dict[str, Any]]:
    """The article's blocks with their highlighted segments; runs of page furniture grouped."""
    blocks: list[dict[str, Any]] = []
    for b in analysis.blocks or ():
        item = {"kind": b.kind, "segments": _segments(analysis.text, b.start, b.end, analysis)}
        if b.kind in ("body", "heading"):
            blocks.append(item)
        elif blocks and "run" in blocks[-1]:
            blocks[-1]["run"].append(item)
        else:
            blocks.append({"kind": "run", "run": [item]})
    # a long run of page furniture folds away; short ones (a byline) stay in place
    return [x for b in blocks for x in ([b] if b["kind"] != "run" or len(b["run"]) > 3 else b["run"])]


def _quote_detail(analysis: Analysis, q: Any) -> dict[str, Any]:
    """What the side panel shows for one attribution."""
    speaker = analysis.speaker(q.speaker)
    about = {"speaker": None, "kind": None, "role": None, "affiliation": None}
    if speaker:
        about = {"speaker": speaker.name, "kind": speaker.kind, "role": speaker.role,
                 "affiliation": speaker.affiliation}
    return {
        "id": q.id, "type": q.type, "confidence": q.confidence, "category": q.category, **about,
        "source": q.source.text if q.source else None, "cue": q.cue.text if q.cue else None,
        "channel": q.channel.text if q.channel else None,
        "nested_in": q.nested_in, "content": " … ".join(c.text for c in q.contents),
        "speaker_id": q.speaker,
    }


def _summary(analysis: Analysis, unattributed: list) -> dict[str, Any]:
    body_chars = sum(b.end - b.start for b in analysis.blocks if b.kind == "body") or 1
    attributed_chars = sum(c.end - c.start for c in analysis.claims if c.attributed)
    return {
        "attributed_share": attributed_chars / body_chars,
        "speakers": len(analysis.speakers),
        "anonymous": sum(s.kind == "anonymous" for s in analysis.speakers),
        "quotes": len(analysis.quotes),
        "by_type": {t: sum(q.type == t for q in analysis.quotes) for t in ("direct", "indirect", "mixed")},
        "claims": len(analysis.claims),
        "unattributed": len(unattributed),
        "findings": len(analysis.findings),
    }


def article_context(analysis: Analysis, title: str | None = None) -> dict[str, Any]:
    """Everything ``article.html.j2`` renders for one analysis."""
    from attrib.present import csv_text, line_col

    ids = [s.id for s in analysis.speakers]
    colours, edges = speaker_colours(ids), speaker_edges(ids)
    findings = []
    for k, f in enumerate(analysis.findings):
        line, col = line_col(analysis.text, f.start)
        findings.append({"id": f"f{k + 1}", "finding": f, "line": line, "col": col, "marked": f.end > f.start})
    unattributed = sorted((c for c in analysis.claims if not c.attributed), key=lambda c: -c.checkworthiness)
    return {
        "title": title or headline(analysis) or analysis.id or "Article",
        "analysis": analysis,
        "meta": analysis.meta,
        "blocks": _article_blocks(analysis),
        "colours": colours,
        "edges": edges,
        "labels": {s.id: _label(s.name) for s in analysis.speakers},
        "quote_colour": {q.id: colours.get(q.speaker or "", "#ececec") for q in analysis.quotes},
        "quote_edge": {q.id: edges.get(q.speaker or "", "#767676") for q in analysis.quotes},
        "statements": {s.id: sum(q.speaker == s.id for q in analysis.quotes) for s in analysis.speakers},
        "details": {q.id: _quote_detail(analysis, q) for q in analysis.quotes},
        "findings": findings,
        "rules": sorted({f.rule for f in analysis.findings}),
        "severities": [s for s in ("error", "warning", "info") if any(f.severity == s for f in analysis.findings)],
        "by_speaker": [(s, [q for q in analysis.quotes if q.speaker == s.id]) for s in analysis.speakers],
        "unattributed": unattributed,
        "claims": {c.id: c for c in analysis.claims},
        "csv": {name: csv_text([analysis], table) for name, table in
                (("attributions", "quotes"), ("claims", "claims"), ("findings", "findings"))},
        "file_stem": _file_stem(analysis.id or "article"),
        "sourcing": {"profile": sourcing_profile(analysis), "labels": SOURCING_LABELS},
        "summary": _summary(analysis, unattributed),
    }


def _file_stem(name: str) -> str:
    import re

    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", name.rsplit("/", 1)[-1].rsplit(".", 1)[0]).strip("-")
    return stem[:60] or "article"


def render_article(analysis: Analysis, title: str | None = None) -> str:
    """A self-contained HTML report of one analysed article."""
    return _environment().get_template("article.html.j2").render(**article_context(analysis, title))


def render_paste_page(max_bytes: int) -> str:
    """The form of ``attrib serve``: paste a text or upload files, get a report."""
    return _environment().get_template("paste.html.j2").render(max_bytes=max_bytes)


def safe_url(url: str | None) -> str | None:
    """An address that may become a link: http or https only (no javascript:, data:, file:)."""
    from urllib.parse import urlsplit

    if not url or any(c in url for c in "\x00\r\n\t "):
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def member_anchor(m: Any) -> str:
    """The id of a compared statement's passage in its outlet's article (one per member)."""
    return f"{m.source}-{m.start}-{m.end}"


def _article_passages(comparison: Comparison) -> dict[str, list[dict[str, Any]]]:
    """Each outlet's text as pieces; a piece that a compared statement covers carries its anchor and cluster."""
    out: dict[str, list[dict[str, Any]]] = {}
    for k, source in enumerate(comparison.sources):
        if k >= len(comparison.analyses):
            break
        text = comparison.analyses[k].text
        marks = sorted(((m.start, m.end, member_anchor(m), c.id, len(c.members) > 1)
                        for c in comparison.clusters for m in c.members if m.source == source.id),
                       key=lambda x: (x[0], -x[1]))
        pieces, at = [], 0
        for start, end, anchor, cluster, shared in marks:
            if start < at:  # an overlapping statement links to where the earlier one starts
                pieces.append({"text": "", "anchor": anchor, "cluster": cluster, "shared": shared})
                continue
            pieces.append({"text": text[at:start], "anchor": None, "cluster": None, "shared": False})
            pieces.append({"text": text[start:end], "anchor": anchor, "cluster": cluster, "shared": shared})
            at = end
        pieces.append({"text": text[at:], "anchor": None, "cluster": None, "shared": False})
        out[source.id] = pieces
    return out


def _sentence(comparison: Comparison, m: Any) -> str:
    index = next((k for k, s in enumerate(comparison.sources) if s.id == m.source), None)
    if index is None or index >= len(comparison.analyses) or m.sentence_start < 0:
        return m.text
    return comparison.analyses[index].text[m.sentence_start:m.sentence_end]


def comparison_context(comparison: Comparison, title: str | None = None) -> dict[str, Any]:
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
    speakers = {s.id: s for s in comparison.speakers}
    source_name = {s.id: s.name for s in comparison.sources}
    sentences = {member_anchor(m): _sentence(comparison, m) for c in comparison.clusters for m in c.members}
    grid = [[c.id, c.text] + [next((("reporter's own" if not m.attributed else (m.speaker or "unknown speaker"))
                                    + (f" via {m.via}" if m.via else "") + ": " + m.text
                                    for m in c.members if m.source == s.id), "") for s in comparison.sources]
            for c in shared]
    key = "|".join(f"{s.name}@{s.url or ''}" for s in comparison.sources)
    return {
        "title": title or "Sources compared", "comparison": comparison, "colours": colours, "flagged": flagged,
        "shared": shared, "single": single, "kinds": kinds, "per_source_counts": per_source_counts,
        "source_name": source_name, "speakers": speakers, "urls": {s.id: safe_url(s.url) for s in comparison.sources},
        "passages": _article_passages(comparison), "sentences": sentences, "anchor": member_anchor,
        "grid_header": ["cluster", "statement"] + [s.name for s in comparison.sources], "grid": grid,
        "storage_key": "attrib-reviewed:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
    }


def render_comparison(comparison: Comparison, title: str | None = None) -> str:
    """A self-contained HTML report comparing several sources (with each outlet's text, for the links)."""
    return _environment().get_template("comparison.html.j2").render(**comparison_context(comparison, title))
