"""Presentation helpers shared by the command line, ``attrib check`` and the reports.

* :func:`line_col` — 1-based line and column (in code points) of an offset;
* :func:`format_analysis` — the readable terminal summary of one analysis;
* :func:`table_rows` / :func:`csv_text` — attributions, speakers, claims and findings as
  flat rows (``attrib analyze --format csv`` and the report's CSV downloads).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from attrib.records import Analysis
from attrib.sourcing import sourcing_summary

__all__ = ["line_col", "clip", "format_analysis", "TABLES", "table_rows", "csv_text"]


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of ``offset`` in ``text``; columns count code points."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_analysis(a: Analysis, name: str) -> str:
    """A readable summary for a person at a terminal."""
    attributed = sum(c.attributed for c in a.claims)
    out = [f"{name}: {len(a.quotes)} attributions, {len(a.speakers)} speakers, {len(a.claims)} claims "
           f"({attributed} attributed, {len(a.claims) - attributed} unattributed), {len(a.findings)} findings"]
    if a.speakers:
        out.append("\nSpeakers")
        for s in a.speakers:
            said = sum(q.speaker == s.id for q in a.quotes)
            extra = f", {s.role}" if s.role else ""
            mentions = ", ".join(dict.fromkeys(m.text for m in s.mentions))
            plural = "s" * (said != 1)
            out.append(f"  {s.id:4} {s.name} ({s.kind}{extra}) — {said} statement{plural}; mentions: {mentions}")
    if a.quotes:
        out.append("\nAttributions")
        for q in a.quotes:
            s = a.speaker(q.speaker)
            who = s.name if s else (q.source.text if q.source else "?")
            cue = f"“{q.cue.text}”" if q.cue else "(no cue)"
            nested = f" nested in {q.nested_in}" if q.nested_in else ""
            channel = f" [{q.channel.text}]" if q.channel else ""
            line, col = line_col(a.text, q.start)
            out.append(f"  {q.id:4} {line}:{col} {q.type:8} {who} {cue}{channel}{nested} ({q.confidence:.2f})")
            content = " … ".join(c.text for c in q.contents)
            out.append(f"         {clip(content, 110)}")
    unattributed = sorted((c for c in a.claims if not c.attributed), key=lambda c: -c.checkworthiness)
    if unattributed:
        out.append("\nUnattributed claims (most check-worthy first)")
        for c in unattributed:
            line, col = line_col(a.text, c.start)
            out.append(f"  {c.checkworthiness:.2f} {line}:{col} {clip(c.text, 100)}")
    out.extend(sourcing_summary(a))  # issue 18: its own block, kept apart from the rest
    if a.findings:
        out.append("\nFindings")
        for f in a.findings:
            line, col = line_col(a.text, f.start)
            out.append(f"  {line}:{col} {f.severity} {f.rule} {f.message}")
    return "\n".join(out)


TABLES = ("quotes", "speakers", "claims", "findings")


def _quote_rows(a: Analysis) -> Iterable[dict[str, Any]]:
    for q in a.quotes:
        s = a.speaker(q.speaker)
        line, col = line_col(a.text, q.start)
        yield {"document": a.id, "id": q.id, "type": q.type, "speaker_id": q.speaker,
               "speaker": s.name if s else "", "speaker_kind": s.kind if s else "",
               "source": q.source.text if q.source else "", "cue": q.cue.text if q.cue else "",
               "channel": q.channel.text if q.channel else "", "nested_in": q.nested_in or "",
               "category": q.category or "", "construction": q.construction or "",
               "confidence": f"{q.confidence:.2f}", "start": q.start, "end": q.end, "line": line, "column": col,
               "content": " … ".join(c.text for c in q.contents)}


def _speaker_rows(a: Analysis) -> Iterable[dict[str, Any]]:
    for s in a.speakers:
        yield {"document": a.id, "id": s.id, "name": s.name, "kind": s.kind, "role": s.role or "",
               "affiliation": s.affiliation or "", "statements": sum(q.speaker == s.id for q in a.quotes),
               "mentions": len(s.mentions), "mention_texts": " | ".join(dict.fromkeys(m.text for m in s.mentions))}


def _claim_rows(a: Analysis) -> Iterable[dict[str, Any]]:
    for c in a.claims:
        line, col = line_col(a.text, c.start)
        yield {"document": a.id, "id": c.id, "attributed": "yes" if c.attributed else "no", "quote": c.quote or "",
               "checkworthiness": f"{c.checkworthiness:.2f}", "signals": " ".join(c.signals),
               "start": c.start, "end": c.end, "line": line, "column": col, "text": c.text}


def _finding_rows(a: Analysis) -> Iterable[dict[str, Any]]:
    for f in a.findings:
        line, col = line_col(a.text, f.start)
        yield {"document": a.id, "rule": f.rule, "severity": f.severity, "message": f.message,
               "start": f.start, "end": f.end, "line": line, "column": col, "text": f.text}


_ROWS = {"quotes": _quote_rows, "speakers": _speaker_rows, "claims": _claim_rows, "findings": _finding_rows}


def table_rows(analyses: Iterable[Analysis], table: str) -> list[dict[str, Any]]:
    """Flat rows of one table over many analyses (each row names its document)."""
    return [row for a in analyses for row in _ROWS[table](a)]


def _cell(value: Any) -> Any:
    # a cell a spreadsheet would run as a formula is prefixed with ' (OWASP CSV injection advice)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value


def csv_text(analyses: Iterable[Analysis], table: str) -> str:
    """One table as CSV (RFC 4180, header first)."""
    rows = table_rows(analyses, table)
    out = io.StringIO()
    fields = list(rows[0]) if rows else _HEADERS[table]
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return out.getvalue()


_HEADERS = {
    "quotes": ["document", "id", "type", "speaker_id", "speaker", "speaker_kind", "source", "cue", "channel",
               "nested_in", "category", "construction", "confidence", "start", "end", "line", "column", "content"],
    "speakers": ["document", "id", "name", "kind", "role", "affiliation", "statements", "mentions", "mention_texts"],
    "claims": ["document", "id", "attributed", "quote", "checkworthiness", "signals", "start", "end", "line",
               "column", "text"],
    "findings": ["document", "rule", "severity", "message", "start", "end", "line", "column", "text"],
}
