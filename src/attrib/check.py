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
* validation, never a silent change in what is checked: unknown configuration keys,
  unknown rule ids (in the configuration or a marker) and malformed markers are
  warnings with ``file:line``; a marker whose ids are all unknown accepts nothing (not
  everything); a ``select`` that names no known rule, a configuration of the wrong type
  or a file that is not UTF-8 TOML is an :class:`~attrib.errors.InputError`;
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
           "config_from_request", "findings_json", "findings_from_json", "rule_anchor", "validate_rule_ids",
           "CONFIG_KEYS"]

SEVERITY_ORDER = {"info": 0, "warning": 1, "error": 2}
CONFIG_KEYS = frozenset({"select", "ignore", "severity", "min-severity", "min_severity"})
# ignore-file before ignore: "ignore-file" must not be read as "ignore" with the argument "-file …"
_MARKER = re.compile(r"<!--\s*attrib:\s*(ignore-file|ignore)(?=[\s,]|-->)([^>]*?)-->", re.IGNORECASE)
_ANY_MARKER = re.compile(r"<!--\s*attrib\b[^>]*?-->|<!--\s*attrib\b", re.IGNORECASE)
_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


@dataclass(frozen=True)
class CheckConfig:
    select: tuple[str, ...] = ()            # rule ids or prefixes; empty = all
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    min_severity: Severity = "info"
    source: str | None = None               # where the configuration was read from
    warnings: tuple[str, ...] = ()          # "file:line: message" for what was ignored

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


def validate_rule_ids(values: Sequence[str], *, prefixes: bool = True) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split rule ids into (known, unknown), upper-cased and stripped, order kept.

    Known: the id of a registered rule, or with ``prefixes`` the start of one or more ids
    (``"ATR"``, ``"QUO00"``).  Shared by the configuration, the inline markers and the CLI.
    """
    known, unknown = [], []
    for value in values:
        rule_id = value.strip().upper()
        ok = rule_id in RULES or (prefixes and bool(rule_id) and any(r.startswith(rule_id) for r in RULES))
        (known if ok else unknown).append(rule_id)
    return tuple(known), tuple(unknown)


def _line_of(text: str, key: str, default: int = 1) -> int:
    m = re.search(rf'^[ \t]*["\']?{re.escape(key)}["\']?[ \t]*=', text, re.MULTILINE | re.IGNORECASE)
    return text.count("\n", 0, m.start()) + 1 if m else default


def _config_from_table(table: Any, source: str, text: str = "", warnings: list[str] | None = None) -> CheckConfig:
    warnings = [] if warnings is None else warnings
    if not isinstance(table, dict):
        raise InputError(f"{source}:{_line_of(text, 'check')}: the check configuration must be a table "
                         f"([check] or [tool.attrib.check]), not {type(table).__name__}")

    def warn(key: str, message: str) -> None:
        warnings.append(f"{source}:{_line_of(text, key)}: {message}")

    for key in table:
        if key not in CONFIG_KEYS:
            warn(key, f"unknown key {key!r} ignored (known: {', '.join(sorted(CONFIG_KEYS - {'min_severity'}))})")

    def ids(key: str) -> tuple[str, ...]:
        value = table.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise InputError(f"{source}:{_line_of(text, key)}: '{key}' must be a list of rule ids")
        known, unknown = validate_rule_ids(value)
        if unknown:
            warn(key, f"unknown rule id(s) in '{key}' ignored: {', '.join(unknown)}; see attrib check --list-rules")
        if key == "select" and value and not known:
            raise InputError(f"{source}:{_line_of(text, key)}: 'select' names no known rule "
                             f"({', '.join(unknown)}): nothing would be checked; see attrib check --list-rules")
        return known

    severity = table.get("severity", {}) or {}
    if not isinstance(severity, dict):
        raise InputError(f"{source}:{_line_of(text, 'severity')}: 'severity' must be a table of "
                         'RULE = "error|warning|info"')
    levels: dict[str, Severity] = {}
    for rule_id, level in severity.items():
        if not isinstance(level, str) or level not in SEVERITY_ORDER:
            raise InputError(f"{source}:{_line_of(text, rule_id)}: severity of {rule_id} must be error, warning "
                             f"or info, not {level!r}")
        if rule_id.strip().upper() not in RULES:
            warn(rule_id, f"unknown rule id {rule_id} in 'severity' ignored; see attrib check --list-rules")
            continue
        levels[rule_id.strip().upper()] = level  # type: ignore[assignment]
    key = "min-severity" if "min-severity" in table else "min_severity"
    minimum = table.get(key, "info")
    if not isinstance(minimum, str) or minimum not in SEVERITY_ORDER:
        raise InputError(f"{source}:{_line_of(text, key)}: min-severity must be error, warning or info, "
                         f"not {minimum!r}")
    return CheckConfig(ids("select"), ids("ignore"), levels, minimum, source,  # type: ignore[arg-type]
                       tuple(warnings))


def load_config(path: str | Path | None = None, start: str | Path | None = None) -> CheckConfig:
    """The check configuration: an explicit file, else attrib.toml or pyproject.toml in ``start`` or above.

    Problems that change nothing checked are in ``CheckConfig.warnings`` (``file:line: …``);
    the others raise :class:`InputError`.
    """
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
            text = candidate.read_bytes().decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"{candidate}: not UTF-8 (TOML files are UTF-8): {exc.reason} at byte {exc.start}") \
                from exc
        except OSError as exc:
            raise InputError(f"{candidate}: cannot read ({exc.strerror or exc})") from exc
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise InputError(f"{candidate}: {exc}") from exc
        warnings: list[str] = []
        if candidate.name == "pyproject.toml":
            table = data.get("tool", {}).get("attrib", {})
            if not isinstance(table, dict):
                raise InputError(f"{candidate}:{_line_of(text, 'attrib')}: [tool.attrib] must be a table")
            table = table.get("check", table)
            if not table and path is None:
                continue
        else:
            table = data.get("check", data)
            if "check" in data:
                for key in data:
                    if key != "check":
                        warnings.append(f"{candidate}:{_line_of(text, key)}: unknown key {key!r} ignored "
                                        "(attrib.toml holds a [check] table)")
        return _config_from_table(table, str(candidate), text, warnings)
    return CheckConfig()


def strip_markers(text: str, path: str = "<text>",
                  warnings: list[str] | None = None) -> tuple[str, list[tuple[int, int, frozenset[str] | None]]]:
    """Blank the inline markers (same length) and return the stretches they accept.

    Each stretch is (start, end, rule ids or None for all rules).  Unknown ids and
    malformed markers are reported in ``warnings`` as ``path:line: message``; a marker
    that names ids, none of them known, accepts nothing.
    """
    accepted: list[tuple[int, int, frozenset[str] | None]] = []
    chars = list(text)
    problems: list[tuple[int, str]] = []  # (offset, message), reported in text order
    valid = {m.start() for m in _MARKER.finditer(text)}
    for m in _ANY_MARKER.finditer(text):
        if m.start() not in valid:
            problems.append((m.start(), f"malformed attrib marker {_clip(m.group())!r} ignored (write "
                                        "<!-- attrib: ignore RULE... --> or <!-- attrib: ignore-file RULE... -->)"))
    for m in _MARKER.finditer(text):
        names = [x for x in re.split(r"[\s,]+", m.group(2)) if x]
        known, unknown = validate_rule_ids(names, prefixes=False)
        if unknown:
            problems.append((m.start(), f"unknown rule id(s) in attrib marker ignored: {', '.join(unknown)}; "
                                        "see attrib check --list-rules"))
        if names and not known:
            ids: frozenset[str] | None = frozenset()  # only unknown ids: the marker accepts nothing
        else:
            ids = frozenset(known) or None
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
    if warnings is not None:
        warnings.extend(f"{path}:{_position(text, at)[0]}: {message}" for at, message in sorted(problems))
    return "".join(chars), accepted


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def check_text(text: str, path: str = "<text>", config: CheckConfig | None = None,
               analyzer: Any = None, *, markdown: bool | None = None,
               warnings: list[str] | None = None) -> list[CheckedFinding]:
    """Findings for one draft, after configuration and inline acceptance, in text order.

    Markdown (``markdown=True``, or a ``.md``/``.markdown`` path) is read as the prose a
    reader sees (:mod:`attrib.markdown`); positions still point into ``text``.
    ``warnings``: a list that receives the draft's marker problems (``path:line: message``).
    """
    from attrib.markdown import is_markdown_path, to_plain

    config = config or CheckConfig()
    clean, accepted = strip_markers(text, path, warnings)
    plain = to_plain(clean) if (is_markdown_path(path) if markdown is None else markdown) else None
    if not (plain.text if plain else clean).strip():
        return []  # nothing to read: no models needed
    if analyzer is None:
        from attrib.budget import check_size
        from attrib.pipeline import default_analyzer

        check_size(text, path)  # before the models load
        analyzer = default_analyzer()
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
    config = _config_from_table(table, "config")
    if config.warnings:  # a client never sees warnings: what a file would only warn about is refused
        raise InputError("; ".join(config.warnings))
    return config


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
