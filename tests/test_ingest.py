import pytest

from attrib.errors import InputError
from attrib.ingest import decode, read_jsonl, read_text


def test_encodings():
    text = "Peskov said “it’s an accident” — café."
    assert decode(text.encode("utf-8")) == text
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == text
    assert decode(text.encode("utf-16")) == text
    assert decode("café au lait, he said".encode("latin-1")) == "café au lait, he said"
    assert decode("“quoted”".encode("cp1252")) == "“quoted”"


def test_binary_is_an_error():
    with pytest.raises(InputError, match="binary"):
        decode(bytes(range(256)) * 20)


def test_read_text_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="directory"):
        read_text(tmp_path)


def test_jsonl_bad_lines_become_error_records(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(b'{"id": "a", "text": "He said hi."}\n\n\x00\x01\x02\xff\xfe binary\n{"id": "c"}\nnot json\n'
                     b'{"id": "d", "text": "Ok."}\n')
    records = list(read_jsonl(path))
    assert [r["id"] for r in records] == ["a", "line-3", "c", "line-5", "d"]
    assert [("error" in r) for r in records] == [False, True, True, True, False]
