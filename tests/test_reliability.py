"""The issue-22 reproductions on the command line and the library: exit codes, outputs, hygiene."""

import json
import threading
import time
from collections import Counter

import pytest

import attrib
import attrib.pipeline as pipeline
from attrib.budget import MAX_CHARS
from attrib.cli import EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, main
from attrib.errors import InputError
from attrib.ingest import decode, document_from_file
from attrib.layout import find_blocks
from conftest import ROOT

LINE = "“We regret it,” Kremlin spokesman Dmitry Peskov said on Friday."


@pytest.fixture
def no_models(monkeypatch):
    """Any model load fails the test: the check must come first."""
    def refuse(*args, **kwargs):
        raise AssertionError("the models were loaded")

    monkeypatch.setattr("attrib.cli._analyzer", refuse)
    monkeypatch.setattr(pipeline, "Analyzer", refuse)


def test_a_failed_input_leaves_the_earlier_output_as_it_was(tmp_path, capsys, no_models):
    report = tmp_path / "r.html"
    report.write_text("old", encoding="utf-8")
    assert main(["analyze", str(tmp_path / "missing.txt"), "--format", "html", "-o", str(report)]) == EXIT_USAGE
    assert report.read_text(encoding="utf-8") == "old"
    err = capsys.readouterr().err
    assert "no such file" in err and "renders one article" not in err
    for fmt in ("json", "jsonl", "text"):
        assert main(["analyze", str(tmp_path / "missing.txt"), "--format", fmt, "-o", str(report)]) == EXIT_USAGE
        assert report.read_text(encoding="utf-8") == "old"


def test_output_to_a_directory_is_refused_before_any_work(tmp_path, capsys, no_models):
    ok = tmp_path / "ok.txt"
    ok.write_text(LINE, encoding="utf-8")
    assert main(["analyze", str(ok), "-o", str(tmp_path)]) == EXIT_USAGE
    assert "is a directory" in capsys.readouterr().err
    assert main(["batch", str(ok), "-o", str(tmp_path)]) == EXIT_USAGE


def test_any_failed_input_exits_2_and_the_others_are_still_written(tmp_path, capsys, analyzer, monkeypatch):
    monkeypatch.setattr("attrib.cli._analyzer", lambda args: analyzer)
    ok = tmp_path / "ok.txt"
    ok.write_text(LINE, encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert main(["analyze", str(tmp_path / "nope.txt"), str(ok), "--format", "jsonl", "-o", str(out)]) == EXIT_USAGE
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["nope.txt", "ok.txt"] and records[1]["quotes"]
    captured = capsys.readouterr()
    assert "nope.txt" in captured.err and captured.out == ""
    assert main(["analyze", str(tmp_path / "nope.txt"), str(ok)]) == EXIT_USAGE
    captured = capsys.readouterr()
    assert "Dmitry Peskov" in captured.out and "nope" not in captured.out and "no such file" in captured.err
    assert main(["analyze", str(ok)]) == EXIT_OK


def test_an_internal_error_is_one_line_exit_3_and_debug_shows_the_traceback(tmp_path, capsys, monkeypatch):
    ok = tmp_path / "ok.txt"
    ok.write_text(LINE, encoding="utf-8")

    def broken(args, docs):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr("attrib.cli._analyses", broken)
    assert main(["analyze", str(ok)]) == EXIT_INTERNAL
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error: ZeroDivisionError: boom" in err and "--debug" in err
    assert main(["--debug", "analyze", str(ok)]) == EXIT_INTERNAL
    assert "Traceback" in capsys.readouterr().err


def test_an_unwritable_output_is_exit_2_without_a_traceback(tmp_path, capsys, analyzer, monkeypatch):
    monkeypatch.setattr("attrib.cli._analyzer", lambda args: analyzer)
    ok = tmp_path / "ok.txt"
    ok.write_text(LINE, encoding="utf-8")

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device", str(tmp_path / "o.json"))

    monkeypatch.setattr("attrib.outputs.os.fsync", full)
    assert main(["analyze", str(ok), "--format", "json", "-o", str(tmp_path / "o.json")]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "No space left on device" in err and "Traceback" not in err
    assert not (tmp_path / "o.json").exists() and not list(tmp_path.glob(".o.json*"))


def test_size_limits_are_checked_before_the_models_load(tmp_path, capsys, no_models):
    big = tmp_path / "big.txt"
    big.write_text("The army said ten died. " * (MAX_CHARS // 24 + 10), encoding="utf-8")
    assert main(["analyze", str(big)]) == EXIT_USAGE
    assert "limit" in capsys.readouterr().err
    assert main(["check", str(big)]) == EXIT_USAGE
    monkey_default = pipeline._DEFAULT
    pipeline._DEFAULT = None
    try:
        with pytest.raises(InputError, match="limit"):
            attrib.analyze("x" * (MAX_CHARS + 1))
    finally:
        pipeline._DEFAULT = monkey_default


def test_two_threads_build_the_default_analyzer_once(monkeypatch):
    built = []

    class Slow:
        def __init__(self):
            built.append(1)
            time.sleep(0.3)

        def analyze(self, text, id=None, meta=None):
            return text

    monkeypatch.setattr(pipeline, "Analyzer", Slow)
    monkeypatch.setattr(pipeline, "_DEFAULT", None)
    threads = [threading.Thread(target=attrib.analyze, args=("x",)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(built) == 1


def test_lossy_mojibake_is_no_speaker_named_replacement_character(analyzer):
    raw = "â€œWe will win,â€� said Peskov on Monday. â€œNo,â€� said the minister.".encode()
    text = decode(raw)
    assert "\ufffd" not in text and text.count("”") == 2
    a = analyzer.analyze(text)
    assert not any("\ufffd" in s.name for s in a.speakers)
    assert any("Peskov" in s.name for s in a.speakers)


def test_repeated_paragraphs_are_not_all_boilerplate():
    article = (ROOT / "corpus" / "al-bab-dawn.txt").read_text(encoding="utf-8")
    once = Counter(b.kind for b in find_blocks(article))
    twice = Counter(b.kind for b in find_blocks(article + "\n\n" + article))
    assert twice["body"] >= 2 * once["body"]
    para = "The ministry said on Monday that three soldiers were killed near the border in an attack."
    assert {b.kind for b in find_blocks("\n\n".join([para] * 6))} == {"body"}


def test_html_input_reads_without_lxml_extras(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Talks</title></head><body><article><p>" + LINE + "</p>"
                    "<p>The talks in Geneva failed on Monday, officials said.</p></article></body></html>",
                    encoding="utf-8")
    doc = document_from_file(page)
    assert "Peskov" in doc["text"] and doc["meta"]["format"] == "html"
