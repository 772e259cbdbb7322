import json

from attrib.cli import main

SEED_LINE = "“We regret it,” Kremlin spokesman Dmitry Peskov said on Friday."


def test_analyze_text_json_jsonl(tmp_path, capsys, analyzer):
    f = tmp_path / "a.txt"
    f.write_text(SEED_LINE, encoding="utf-8")
    assert main(["analyze", str(f)]) == 0
    out = capsys.readouterr().out
    assert "Dmitry Peskov" in out and "1 attributions" in out
    assert main(["analyze", str(f), "--format", "json", "-o", str(tmp_path / "o.json")]) == 0
    data = json.loads((tmp_path / "o.json").read_text())
    assert data["quotes"][0]["type"] == "direct" and data["id"] == "a.txt"


def test_jsonl_batch_keeps_going_past_bad_lines(tmp_path, capsys, analyzer):
    batch = tmp_path / "b.jsonl"
    batch.write_bytes(b'{"id": "one", "text": "The army said ten died."}\n\xff\xfe\x00garbage\n\n'
                      b'{"id": "two", "text": "Peskov said talks failed."}\n')
    assert main(["analyze", str(batch), "--format", "jsonl"]) == 2  # an input failed; the rest is written
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["id"] for x in lines] == ["one", "line-2", "two"]
    assert "error" in lines[1] and lines[0]["quotes"] and lines[2]["quotes"]


def test_unreadable_input_exits_2(tmp_path, capsys):
    assert main(["analyze", str(tmp_path / "nope.txt")]) == 2
    assert "no such file" in capsys.readouterr().err
    binary = tmp_path / "x.bin"
    binary.write_bytes(bytes(range(256)) * 10)
    assert main(["analyze", str(binary)]) == 2
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\n  ", encoding="utf-8")
    assert main(["analyze", str(blank)]) == 2
    assert "empty document" in capsys.readouterr().err
    assert main(["frobnicate"]) == 2
