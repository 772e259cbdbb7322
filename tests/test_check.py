"""`attrib check`: configuration, inline acceptance, formats (SARIF 2.1.0 validated), exit codes."""

import json

import jsonschema
import pytest

from attrib.check import CheckConfig, check_text, load_config, rules_markdown, strip_markers
from attrib.cli import main
from attrib.errors import InputError
from conftest import ROOT, SEED

DRAFT = ("A source said the talks had collapsed.\n\n"
         "The convoy was reportedly hit near the border.\n\n"
         "The army said: “The strike was an accident.\n")

# Built from the SARIF 2.1.0 specification's required properties (OASIS Standard, sections 3.13-3.33):
# sarifLog{version, runs}; run{tool}; tool{driver}; toolComponent{name}; result{message}; message{text}.
LEVEL = {"enum": ["none", "note", "warning", "error"]}
REGION = {"type": "object", "properties": {
    "startLine": {"type": "integer", "minimum": 1}, "startColumn": {"type": "integer", "minimum": 1},
    "endLine": {"type": "integer", "minimum": 1}, "endColumn": {"type": "integer", "minimum": 1},
    "charOffset": {"type": "integer", "minimum": 0}, "charLength": {"type": "integer", "minimum": 0}}}
LOCATION = {"type": "object", "properties": {"physicalLocation": {"type": "object", "properties": {
    "artifactLocation": {"type": "object", "properties": {"uri": {"type": "string"}}}, "region": REGION}}}}
RESULT = {"type": "object", "required": ["message"], "properties": {
    "ruleId": {"type": "string"}, "level": LEVEL,
    "message": {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}},
    "locations": {"type": "array", "items": LOCATION}}}
RULE = {"type": "object", "required": ["id"], "properties": {
    "id": {"type": "string"}, "shortDescription": {"type": "object", "required": ["text"]},
    "defaultConfiguration": {"type": "object", "properties": {"level": LEVEL}}}}
DRIVER = {"type": "object", "required": ["name"], "properties": {
    "name": {"type": "string"}, "version": {"type": "string"}, "rules": {"type": "array", "items": RULE}}}
RUN = {"type": "object", "required": ["tool"], "properties": {
    "tool": {"type": "object", "required": ["driver"], "properties": {"driver": DRIVER}},
    "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
    "results": {"type": "array", "items": RESULT}}}
SARIF_REQUIRED = {"type": "object", "required": ["version", "runs"], "properties": {
    "version": {"const": "2.1.0"}, "$schema": {"type": "string"}, "runs": {"type": "array", "items": RUN}}}


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_text_format_positions_and_exit_1_on_errors(tmp_path, capsys, analyzer):
    draft = write(tmp_path, "draft.md", DRAFT)
    assert main(["check", str(draft)]) == 1
    out = capsys.readouterr().out
    assert f"{draft}:1:1: error ATR002" in out
    assert f"{draft}:5:16: error QUO001" in out
    assert f"{draft}:3:16: info ATR007" in out


def test_clean_draft_exits_0(tmp_path, capsys, analyzer):
    draft = write(tmp_path, "ok.txt", "The minister resigned on Friday, her office said.\n")
    assert main(["check", str(draft)]) == 0
    assert "error" not in capsys.readouterr().out


def test_usage_and_input_errors_exit_2(tmp_path, capsys):
    assert main(["check", str(tmp_path / "missing.txt")]) == 2
    assert main(["check"]) == 2
    assert main(["check", "--format", "yaml", "x"]) == 2


def test_seed_unattributed_claims_at_their_line_and_column(capsys, analyzer):
    assert main(["check", str(SEED), "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)
    text = SEED.read_text(encoding="utf-8")
    lines = text.split("\n")
    claims = [f for f in found if f["rule"] in ("ATR001", "ATR009")]
    assert len(claims) >= 8
    for f in claims:
        assert lines[f["line"] - 1][f["column"] - 1:].startswith(f["text"][:20])
    relations = next(f for f in claims if f["text"].startswith("Relations reached a dangerous low"))
    assert (relations["line"], relations["column"]) == (31, 1) and relations["rule"] == "ATR001"


def test_sarif_validates_and_uses_code_points(tmp_path, capsys, analyzer):
    draft = write(tmp_path, "d.txt", "«Éé» — " + DRAFT)
    assert main(["check", str(draft), "--format", "sarif"]) == 1
    sarif = json.loads(capsys.readouterr().out)
    jsonschema.validate(sarif, SARIF_REQUIRED)
    run = sarif["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} >= {"ATR001", "QUO001"}
    region = next(r for r in run["results"] if r["ruleId"] == "ATR002")["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (1, 8)


def test_configuration_select_ignore_severity(tmp_path, analyzer):
    cfg = write(tmp_path, "attrib.toml", '[check]\nignore = ["ATR007"]\nmin-severity = "warning"\n'
                                         '[check.severity]\nATR002 = "info"\nQUO001 = "warning"\n')
    config = load_config(cfg)
    rules = {(r.finding.rule, r.severity) for r in check_text(DRAFT, "d", config, analyzer)}
    assert ("QUO001", "warning") in rules
    assert not any(rule in ("ATR007", "ATR002") for rule, _ in rules)


def test_pyproject_configuration_is_found_upwards(tmp_path):
    write(tmp_path, "pyproject.toml", '[tool.attrib.check]\nselect = ["QUO"]\n')
    (tmp_path / "drafts").mkdir()
    config = load_config(start=tmp_path / "drafts")
    assert config.enabled("QUO001") and not config.enabled("ATR001")


def test_bad_configuration_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="severity"):
        load_config(write(tmp_path, "attrib.toml", '[check.severity]\nATR001 = "fatal"\n'))
    config = load_config(write(tmp_path, "attrib.toml", '[check.severity]\nXYZ999 = "error"\n'))
    assert config.severity == {} and config.warnings == (f"{tmp_path / 'attrib.toml'}:2: unknown rule id XYZ999 "
                                                         "in 'severity' ignored; see attrib check --list-rules",)
    for body, message in (('check = "x"\n', "must be a table"), ('[check]\nmin-severity = ["x"]\n', "min-severity"),
                          ('[check.severity]\nATR001 = ["error"]\n', "severity of ATR001"),
                          ('[check]\nselect = ["ATR0O2"]\n', "names no known rule"),
                          ('[check]\nselect = 3\n', "list of rule ids")):
        with pytest.raises(InputError, match=message):
            load_config(write(tmp_path, "attrib.toml", body))
    (tmp_path / "attrib.toml").write_bytes('[check]\nignore = ["ATR007"]  # caf\xe9\n'.encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        load_config(tmp_path / "attrib.toml")


def test_configuration_mistakes_exit_2_and_unknown_keys_warn_with_file_and_line(tmp_path, capsys, analyzer):
    draft = write(tmp_path, "ok.txt", "The minister resigned on Friday, her office said.\n")
    bad = write(tmp_path, "bad.toml", '[check]\nselect = ["ATR0O2"]\n')
    assert main(["check", str(draft), "--config", str(bad)]) == 2
    assert "names no known rule" in capsys.readouterr().err
    (tmp_path / "latin.toml").write_bytes(b'[check]\nignore = ["caf\xe9"]\n')
    assert main(["check", str(draft), "--config", str(tmp_path / "latin.toml")]) == 2
    assert "not UTF-8" in capsys.readouterr().err
    cfg = write(tmp_path, "attrib.toml", '[check]\nselect = ["ATR", "ATR0O2"]\nignor = ["QUO001"]\n')
    assert main(["check", str(draft), "--config", str(cfg)]) == 0
    err = capsys.readouterr().err
    assert f"{cfg}:3: unknown key 'ignor' ignored" in err
    assert f"{cfg}:2: unknown rule id(s) in 'select' ignored: ATR0O2" in err


def test_inline_acceptance(analyzer):
    draft = ("A source said the talks had collapsed. <!-- attrib: ignore ATR002 -->\n\n"
             "<!-- attrib: ignore -->\nThe convoy was reportedly hit near the border.\n\n"
             "Another source said the deal was dead.\n")
    clean, accepted = strip_markers(draft)
    assert len(clean) == len(draft) and "attrib" not in clean
    rules = [(r.line, r.finding.rule) for r in check_text(draft, "d", CheckConfig(), analyzer)]
    assert (1, "ATR002") not in rules
    assert not any(line == 4 for line, _ in rules)
    assert (6, "ATR002") in rules


def test_rule_docs_are_current():
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == rules_markdown()


def test_pre_commit_hook_is_declared():
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "id: attrib-check" in text and "entry: attrib check" in text


def test_ignore_file_applies_to_the_whole_draft(analyzer):
    draft = ("<!-- attrib: ignore-file ATR002 -->\n\nA source said the talks had collapsed.\n\n"
             "Another source said the deal was dead.\n")
    clean, accepted = strip_markers(draft)
    assert accepted == [(0, len(draft), frozenset({"ATR002"}))]
    rules = [r.finding.rule for r in check_text(draft, "d", CheckConfig(), analyzer)]
    assert "ATR002" not in rules
    assert "ATR002" in [r.finding.rule for r in check_text(draft.replace("ignore-file", "ignore-none"), "d",
                                                           CheckConfig(), analyzer)]


def test_markers_with_unknown_ids_silence_nothing_and_malformed_markers_warn(analyzer):
    draft = ("A source said the talks had collapsed. <!-- attrib: ignore ATR-9 -->\n\n"
             "Another source said the deal was dead. <!-- attrib ignore ATR002 -->\n")
    warnings: list[str] = []
    rules = [(r.line, r.finding.rule) for r in check_text(draft, "d.md", CheckConfig(), analyzer, warnings=warnings)]
    assert (1, "ATR002") in rules and (3, "ATR002") in rules
    assert warnings == ["d.md:1: unknown rule id(s) in attrib marker ignored: ATR-9; see attrib check --list-rules",
                        "d.md:3: malformed attrib marker '<!-- attrib ignore ATR002 -->' ignored (write "
                        "<!-- attrib: ignore RULE... --> or <!-- attrib: ignore-file RULE... -->)"]


def test_rule_id_validation_is_shared():
    from attrib.check import validate_rule_ids

    assert validate_rule_ids(["atr002", " QUO", "ATR0O2", "ATR-9", ""]) == (("ATR002", "QUO"), ("ATR0O2", "ATR-9", ""))
    assert validate_rule_ids(["ATR"], prefixes=False) == ((), ("ATR",))
