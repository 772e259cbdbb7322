"""``attrib check``: a sourcing linter for drafts — configuration, inline acceptance, output formats.

Findings come from the rules in :mod:`attrib.rules`; this module decides which are
reported and how:

* configuration in ``attrib.toml`` (a ``[check]`` table) or ``pyproject.toml``
  (``[tool.attrib.check]``): ``select`` / ``ignore`` (rule ids or prefixes),
  ``severity`` overrides (``{ATR004 = "error"}``), ``min-severity``;
* inline acceptance in the draft: ``<!-- attrib: ignore ATR001 -->`` (or with no
  ids: every rule) accepts findings in the paragraph it sits in — or, alone on its
  line, in the next paragraph; ``<!-- attrib: ignore-file ATR007 -->`` for the
  whole draft.  Markers are blanked (same length) before analysis, so offsets hold;
* output as ``path:line:col: severity RULE message`` (like ruff or Vale), JSON, or
  SARIF 2.1.0 with code-point columns for code-scanning UIs.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from attrib.errors import InputError
from attrib.records import Finding, Severity
from attrib.rules import RULES

__all__ = ["CheckConfig", "CheckedFinding", "load_config", "check_text", "strip_markers", "format_text",
           "format_json", "format_sarif", "format_github", "format_statistics", "rules_markdown", "SEVERITY_ORDER",
           "config_from_request", "findings_json", "findings_from_json", "rule_anchor"]

SEVERITY_ORDER = {"info": 0, "warning": 1, "error": 2}
_MARKER = re.compile(r"<!--\s*attrib:\s*(ignore|ignore-file)\b([^>]*?)-->", re.IGNORECASE)
_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


@dataclass(frozen=True)
class CheckConfig:
    select: tuple[str, ...] = ()            # rule ids or prefixes; empty = all
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    min_severity: Severity = "info"
    source: str | None = None               # where the configuration was read from

    def enabled(self, rule_id: str) -> bool:
        chosen = not self.select or any(rule_id.startswith(p) for p in self.select)
        return chosen and not any(rule_id.startswith(p) for p in self.ignore)

    def severity_of(self, rule_id: str) -> Severity:
        return self.severity.get(rule_id, RULES[rule_id].severity if rule_id in RULES else "warning")


@dataclass(frozen=True)
class CheckedFinding:
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    finding: Finding

    @property
    def severity(self) -> str:
        return self.finding.severity


def _config_from_table(table: dict[str, Any], source: str) -> CheckConfig:
    def ids(value: Any, key: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise InputError(f"{source}: '{key}' must be a list of rule ids")
        return tuple(v.strip().upper() for v in value)

    severity = table.get("severity", {}) or {}
    if not isinstance(severity, dict):
        raise InputError(f"{source}: 'severity' must be a table of RULE = \"error|warning|info\"")
    for rule_id, level in severity.items():
        if level not in SEVERITY_ORDER:
            raise InputError(f"{source}: severity of {rule_id} must be error, warning or info, not {level!r}")
    minimum = table.get("min-severity", table.get("min_severity", "info"))
    if minimum not in SEVERITY_ORDER:
        raise InputError(f"{source}: min-severity must be error, warning or info, not {minimum!r}")
    unknown = [r for r in severity if r.upper() not in RULES]
    if unknown:
        raise InputError(f"{source}: unknown rule id(s) {', '.join(unknown)}; see attrib check --list-rules")
    return CheckConfig(ids(table.get("select"), "select"), ids(table.get("ignore"), "ignore"),
                       {k.upper(): v for k, v in severity.items()}, minimum, source)


def load_config(path: str | Path | None = None, start: str | Path | None = None) -> CheckConfig:
    """The check configuration: an explicit file, else attrib.toml or pyproject.toml in ``start`` or above."""
    if path is not None:
        candidates = [Path(path)]
        if not candidates[0].is_file():
            raise InputError(f"{path}: no such configuration file")
    else:
        here = Path(start or Path.cwd()).resolve()
        candidates = []
        for folder in (here, *here.parents):
            candidates += [folder / "attrib.toml", folder / "pyproject.toml"]
    for candidate in candidates:
        if not candidate.is_file():
            continue
        try:
            data = tomllib.loads(candidate.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise InputError(f"{candidate}: {exc}") from exc
        if candidate.name == "pyproject.toml":
            table = data.get("tool", {}).get("attrib", {})
            table = table.get("check", table) if isinstance(table, dict) else {}
            if not table and path is None:
                continue
        else:
            table = data.get("check", data)
        return _config_from_table(table, str(candidate))
    return CheckConfig()


def strip_markers(text: str) -> tuple[str, list[tuple[int, int, frozenset[str] | None]]]:
    """Blank the inline markers (same length) and return the stretches they accept.

    Each stretch is (start, end, rule ids or None for all rules).
    """
    accepted: list[tuple[int, int, frozenset[str] | None]] = []
    chars = list(text)
    for m in _MARKER.finditer(text):
        ids = frozenset(x.upper() for x in re.findall(r"[A-Za-z]{3}\d{3}", m.group(2))) or None
        for k in range(m.start(), m.end()):
            if chars[k] != "\n":
                chars[k] = " "
        if m.group(1).lower() == "ignore-file":
            accepted.append((0, len(text), ids))
            continue
        start = text.rfind("\n\n", 0, m.start())
        start = 0 if start < 0 else start + 2
        end = text.find("\n\n", m.end())
        end = len(text) if end < 0 else end
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        alone = not text[line_start:m.start()].strip() and not text[m.end():line_end if line_end >= 0 else None].strip()
        if alone and line_end >= 0:  # the marker on its own line: the next paragraph
            nxt = line_end + 1
            while nxt < len(text) and text[nxt] in "\r\n":
                nxt += 1
            start = nxt
            end = text.find("\n\n", nxt)
            end = len(text) if end < 0 else end
        accepted.append((start, end, ids))
    return "".join(chars), accepted


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def check_text(text: str, path: str = "<text>", config: CheckConfig | None = None,
               analyzer: Any = None, markdown: bool | None = None) -> list[CheckedFinding]:
    """Findings for one draft, after configuration and inline acceptance, in text order.

    Markdown (``markdown=True``, or a ``.md``/``.markdown`` path) is read as the prose a
    reader sees (:mod:`attrib.markdown`); positions still point into ``text``.
    """
    from attrib.markdown import is_markdown_path, to_plain

    config = config or CheckConfig()
    clean, accepted = strip_markers(text)
    plain = to_plain(clean) if (is_markdown_path(path) if markdown is None else markdown) else None
    if not (plain.text if plain else clean).strip():
        return []  # nothing to read: no models needed
    if analyzer is None:
        from attrib.pipeline import Analyzer

        analyzer = Analyzer()
    analysis = analyzer.analyze(plain.text if plain else clean, id=path)
    findings = analysis.findings
    if plain is not None:
        spans = [plain.span_to_source(f.start, f.end) for f in findings]
        findings = tuple(replace(f, start=s, end=e) for f, (s, e) in zip(findings, spans))
    return select_findings(text, findings, path, config, accepted)


def config_from_request(table: Any) -> CheckConfig:
    """A configuration sent to ``attrib serve`` (``{"select", "ignore", "severity", "min_severity"}``)."""
    if not isinstance(table, dict):
        raise InputError("'config' must be an object")
    return _config_from_table(table, "config")


def select_findings(text: str, findings: Sequence[Finding], path: str, config: CheckConfig,
                    accepted: Sequence[tuple[int, int, frozenset[str] | None]] = ()) -> list[CheckedFinding]:
    out = []
    floor = SEVERITY_ORDER[config.min_severity]
    for f in findings:
        if not config.enabled(f.rule):
            continue
        f = replace(f, severity=config.severity_of(f.rule), text=text[f.start:f.end])
        if SEVERITY_ORDER[f.severity] < floor:
            continue
        if any(s <= f.start < e and (ids is None or f.rule in ids) for s, e, ids in accepted):
            continue
        line, col = _position(text, f.start)
        end_line, end_col = _position(text, f.end)
        out.append(CheckedFinding(path, line, col, end_line, end_col, f))
    return out


def format_text(results: Sequence[CheckedFinding]) -> str:
    lines = [f"{r.path}:{r.line}:{r.column}: {r.finding.severity} {r.finding.rule} {r.finding.message}"
             for r in results]
    counts = {s: sum(r.severity == s for r in results) for s in ("error", "warning", "info")}
    summary = ", ".join(f"{n} {s}{'s' * (n != 1)}" for s, n in counts.items() if n) or "no findings"
    return "\n".join([*lines, f"Found {summary}."]) + "\n"


def findings_json(results: Sequence[CheckedFinding]) -> list[dict[str, Any]]:
    return [{
        "path": r.path, "line": r.line, "column": r.column, "end_line": r.end_line, "end_column": r.end_column,
        "rule": r.finding.rule, "name": RULES[r.finding.rule].name if r.finding.rule in RULES else None,
        "severity": r.finding.severity, "message": r.finding.message, "text": r.finding.text,
        "start": r.finding.start, "end": r.finding.end,
    } for r in results]


def findings_from_json(items: Sequence[dict[str, Any]]) -> list[CheckedFinding]:
    """The inverse of :func:`findings_json` (what ``attrib check --server`` gets back)."""
    try:
        return [CheckedFinding(str(d["path"]), int(d["line"]), int(d["column"]), int(d["end_line"]),
                               int(d["end_column"]), Finding(str(d["rule"]), d["severity"], int(d["start"]),
                                                             int(d["end"]), str(d["message"]), str(d["text"])))
                for d in items]
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"the server's answer is not a list of findings: {exc}") from exc


def format_json(results: Sequence[CheckedFinding]) -> str:
    return json.dumps(findings_json(results), ensure_ascii=False, indent=2) + "\n"


def _github_escape(value: str, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if prop else value


def format_github(results: Sequence[CheckedFinding]) -> str:
    """GitHub Actions workflow commands (``::warning file=…,line=…::message``): annotations on the diff."""
    level = {"error": "error", "warning": "warning", "info": "notice"}
    out = []
    for r in results:
        f = r.finding
        props = (f"file={_github_escape(Path(r.path).as_posix(), True)},line={r.line},col={r.column},"
                 f"endLine={r.end_line},endColumn={r.end_column},title={_github_escape(f.rule, True)}")
        out.append(f"::{level[f.severity]} {props}::{_github_escape(f'{f.rule} {f.message}')}")
    return "".join(line + "\n" for line in out)


def format_statistics(results: Sequence[CheckedFinding]) -> str:
    """Counts per rule, most frequent first (like ``ruff check --statistics``)."""
    counts: dict[str, int] = {}
    for r in results:
        counts[r.finding.rule] = counts.get(r.finding.rule, 0) + 1
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return "".join(f"{n:5d}\t{rule}\t{RULES[rule].name if rule in RULES else ''}\n" for rule, n in rows)


def rule_anchor(rule_id: str) -> str:
    """The anchor of a rule's section in docs/rules.md (GitHub's heading slugs)."""
    r = RULES[rule_id]
    heading = f"{r.id} {r.name} ({r.severity})".lower()
    return re.sub(r"[^\w\- ]", "", heading).replace(" ", "-")


def _fingerprint(r: CheckedFinding, seen: dict[tuple[str, str], int]) -> str:
    """Stable across edits elsewhere in the file: rule, path, the flagged words and their occurrence."""
    import hashlib

    words = " ".join(r.finding.text.split()).lower()
    key = (r.finding.rule, words)
    seen[key] = seen.get(key, 0) + 1
    raw = f"{r.finding.rule}\0{Path(r.path).as_posix()}\0{words}\0{seen[key]}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


def format_sarif(results: Sequence[CheckedFinding], version: str) -> str:
    """SARIF 2.1.0 (OASIS), columns counted in Unicode code points."""
    rule_ids = sorted(RULES)
    rules = [{
        "id": r.id, "name": r.name,
        "shortDescription": {"text": r.summary},
        "fullDescription": {"text": f"{r.summary} Fires on: {r.fires!r}. Quiet on: {r.passes!r}."},
        "defaultConfiguration": {"level": _SARIF_LEVEL[r.severity]},
        "helpUri": f"docs/rules.md#{rule_anchor(r.id)}",
        "help": {"text": f"{r.summary} Fires on: {r.fires!r}. Quiet on: {r.passes!r}.",
                 "markdown": f"**{r.id} {r.name}** ({r.severity}): {r.summary}\n\nFires: {r.fires!r}\n\n"
                             f"Quiet: {r.passes!r}"},
    } for r in (RULES[i] for i in rule_ids)]
    sarif_results = []
    seen: dict[tuple[str, str], int] = {}
    for r in results:
        f = r.finding
        sarif_results.append({
            "ruleId": f.rule,
            "ruleIndex": rule_ids.index(f.rule) if f.rule in RULES else -1,
            "level": _SARIF_LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": Path(r.path).as_posix()},
                "region": {"startLine": r.line, "startColumn": r.column, "endLine": r.end_line,
                           "endColumn": r.end_column, "charOffset": f.start, "charLength": f.end - f.start,
                           "snippet": {"text": f.text}},
            }}],
            "partialFingerprints": {"attribFindingHash/v1": _fingerprint(r, seen)},
        })
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "attrib", "version": version, "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": sarif_results,
        }],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def rules_markdown() -> str:
    """The rule reference (docs/rules.md), generated from the rules themselves."""
    out = ["# attrib check — rules", "",
           "Generated by `attrib check --list-rules --format markdown`; each example is tested "
           "(`tests/test_rule_examples.py`).", "",
           "| id | name | default severity | what it means |", "|---|---|---|---|"]
    for rule_id in sorted(RULES):
        r = RULES[rule_id]
        out.append(f"| {r.id} | {r.name} | {r.severity} | {r.summary} |")
    for rule_id in sorted(RULES):
        r = RULES[rule_id]
        out += ["", f"## {r.id} {r.name} ({r.severity})", "", r.summary, "",
                f"Fires: {r.fires!r}".replace("\\n", "¶ "), "",
                f"Quiet: {r.passes!r}".replace("\\n", "¶ ")]
    return "\n".join(out) + "\n"
