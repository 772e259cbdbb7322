"""Linter conventions of `attrib check`: --select/--ignore/--exit-zero/--statistics, --format github,
SARIF fingerprints and rule help that ships with the project; Markdown drafts; CSV; lazy start-up."""

import json
import re
import subprocess
import sys

import pytest

from attrib.check import CheckConfig, check_text, format_sarif, rule_anchor
from attrib.cli import main
from attrib.rules import RULES
from conftest import ROOT

DRAFT = ("A source said the talks had collapsed.\n\n"
         "The convoy was reportedly hit near the border.\n\n"
         "The army said: “The strike was an accident.\n")


@pytest.fixture()
def draft(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def rules_in(out):
    return sorted(set(re.findall(r"\b([A-Z]{3}\d{3})\b", out)))


def test_select_ignore_and_exit_zero(draft, capsys, analyzer):
    assert main(["check", str(draft), "--select", "ATR"]) == 1
    # ("was reportedly hit" is an attribution with no source: a hedge, not an unattributed claim)
    assert rules_in(capsys.readouterr().out) == ["ATR002", "ATR007"]
    assert main(["check", str(draft), "--ignore", "ATR002,QUO001"]) == 0
    assert rules_in(capsys.readouterr().out) == ["ATR007"]
    assert main(["check", str(draft), "--exit-zero"]) == 0
    assert "QUO001" in capsys.readouterr().out
    assert main(["check", str(draft), "--select", "XYZ9"]) == 2
    assert "unknown rule id(s) XYZ9" in capsys.readouterr().err


def test_statistics(draft, capsys, analyzer):
    assert main(["check", str(draft), "--statistics", "--exit-zero"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert sorted(r[1] for r in rows) == ["ATR002", "ATR007", "QUO001"]
    assert all(r[0].strip() == "1" and r[2] == RULES[r[1]].name for r in rows)


def test_github_annotations(draft, capsys, analyzer):
    assert main(["check", str(draft), "--format", "github"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert f"::error file={draft.as_posix()},line=1,col=1,endLine=1,endColumn=9,title=ATR002::ATR002 " in lines[0]
    assert any(line.startswith("::notice ") and "ATR007" in line for line in lines)
    assert all(re.match(r"::(error|warning|notice) file=", line) for line in lines)


def test_github_escaping():
    from attrib.check import CheckedFinding, format_github
    from attrib.records import Finding

    f = Finding("ATR001", "warning", 0, 3, "50% of it,\nsaid: x", "abc")
    out = format_github([CheckedFinding("dir/a,b:c.md", 1, 1, 1, 4, f)])
    assert out == "::warning file=dir/a%2Cb%3Ac.md,line=1,col=1,endLine=1,endColumn=4,title=ATR001::" \
                  "ATR001 50%25 of it,%0Asaid: x\n"


def test_sarif_fingerprints_and_help_that_exists(analyzer):
    results = check_text(DRAFT + "\nA source said it again.\n", "d.txt", CheckConfig(), analyzer)
    sarif = json.loads(format_sarif(results, "0"))
    run = sarif["runs"][0]
    prints = [r["partialFingerprints"]["attribFindingHash/v1"] for r in run["results"]]
    assert len(set(prints)) == len(prints)  # two "A source" findings: told apart by occurrence
    moved = check_text("New first paragraph.\n\n" + DRAFT + "\nA source said it again.\n", "d.txt", CheckConfig(),
                       analyzer)
    assert set(prints) <= {r["partialFingerprints"]["attribFindingHash/v1"]  # lines moved, same prints
                           for r in json.loads(format_sarif(moved, "0"))["runs"][0]["results"]}
    docs = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    slugs = {re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-") for h in re.findall(r"^## (.+)$", docs, re.M)}
    for rule in run["tool"]["driver"]["rules"]:
        page, anchor = rule["helpUri"].split("#")
        assert page == "docs/rules.md" and anchor in slugs and anchor == rule_anchor(rule["id"])
        assert rule["help"]["text"] and rule["help"]["markdown"]
    assert "attrib.dev" not in json.dumps(sarif)


def test_markdown_draft_positions_point_into_the_file(tmp_path, capsys, analyzer):
    md = tmp_path / "story.md"
    md.write_text("---\nauthor: me\n---\n# Talks\n\nAccording to [a report](https://x.example/r) by the "
                  "[OECD](https://oecd.org), prices **reportedly** rose.\n\n```\nA source said it.\n```\n",
                  encoding="utf-8")
    assert main(["check", str(md), "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)
    hedge = next(f for f in found if f["rule"] == "ATR007")
    line = md.read_text(encoding="utf-8").splitlines()[hedge["line"] - 1]
    assert line[hedge["column"] - 1:].startswith("reportedly**") and hedge["text"] == "reportedly"
    assert not any(f["rule"] == "ATR002" for f in found)  # the code block is not read
    assert main(["analyze", str(md), "--format", "json"]) == 0
    a = json.loads(capsys.readouterr().out)
    assert "[" not in a["text"] and "**" not in a["text"] and a["meta"]["title"] == "Talks"
    assert all(q["source"] is None or "[" not in q["source"]["text"] for q in a["quotes"])
    assert any(s["name"].endswith("OECD") for s in a["speakers"])


def test_csv_over_many_inputs(tmp_path, capsys, analyzer):
    import csv
    import io

    a = tmp_path / "a.txt"
    a.write_text("=HYPERLINK(1) The minister said the plan would cut costs.\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("“We will not back down,” said Anna Berg. Prices rose, sources said.\n", encoding="utf-8")
    for table, key in (("quotes", "content"), ("speakers", "name"), ("claims", "text")):
        assert main(["analyze", str(a), str(b), "--format", "csv", "--table", table]) == 0
        rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
        assert {r["document"] for r in rows} == {"a.txt", "b.txt"} and all(r[key] for r in rows)
        assert not any(v.startswith("=") for r in rows for v in r.values())  # no formula injection


def test_help_and_empty_check_start_without_torch(tmp_path):
    empty = tmp_path / "empty.md"
    empty.write_text("---\ntitle: x\n---\n\n```\ncode\n```\n", encoding="utf-8")
    probe = ("import sys; from attrib.cli import main; import contextlib, io\n"
             "with contextlib.redirect_stdout(io.StringIO()):\n"
             "    for argv in (['--help'], ['check', '--list-rules'], ['check', sys.argv[1]]):\n"
             "        code = main(argv)\n"
             "        assert code == 0, (argv, code)\n"
             "print(sorted(m for m in ('torch', 'stanza', 'starlette', 'uvicorn') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe, str(empty)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
