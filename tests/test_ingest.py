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
    with pytest.raises(InputError, match="binary"):
        decode(b"\x00\x01\xff\xfe")  # a few bytes a charset guesser reads as UTF-16


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


PAGE = """<!doctype html><html><head><title>Strike kills three Turkish soldiers | Example News</title>
<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2017-02-09">
<meta property="og:site_name" content="Example News"></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article><h1>Strike kills three Turkish soldiers</h1>
<p>Three Turkish soldiers were killed and 11 wounded on Thursday when a Russian air strike hit a building
where the troops were deployed, the Turkish army said.</p>
<p>“Russian officials have said that the incident was an accident,” the army said, adding an investigation
was under way.</p>
<p>Kremlin spokesman Dmitry Peskov said the strike was due to a “lack of agreement of coordinates.”</p>
</article>
<aside><h3>Related stories</h3><ul><li><a href="/a">Markets rally as oil slips</a></li>
<li><a href="/b">Ten things to do this weekend</a></li></ul></aside>
<footer>© 2017 Example News. All rights reserved. <a href="/privacy">Privacy</a></footer>
<script>alert("tracker")</script></body></html>"""


def test_html_page_gives_the_article_body_and_metadata(tmp_path):
    from attrib.ingest import document_from_file

    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = document_from_file(path)
    assert "Three Turkish soldiers were killed" in doc["text"] and "Peskov" in doc["text"]
    for junk in ("Home", "Markets rally", "Privacy", "tracker", "All rights reserved"):
        assert junk not in doc["text"], junk
    assert doc["meta"]["title"].startswith("Strike kills three")
    assert doc["meta"]["author"] == "Jane Doe" and doc["meta"]["published"] == "2017-02-09"
    assert "\n\n" in doc["text"]  # paragraphs stay paragraphs


def test_html_analysis_covers_the_body_only(tmp_path, analyzer):
    from attrib.ingest import document_from_file

    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = document_from_file(path)
    a = analyzer.analyze(doc["text"], id=doc["id"], meta=doc["meta"])
    assert a.meta["author"] == "Jane Doe"
    speakers = {s.name for s in a.speakers}
    assert {"Turkish army", "Dmitry Peskov"} <= speakers
    assert all(a.text[q.start:q.end] for q in a.quotes)


def test_latin1_utf16_and_mojibake_files(tmp_path):
    from attrib.ingest import document_from_file

    text = "Le ministère a déclaré que « l’enquête » continue, said the café owner."
    (tmp_path / "latin1.txt").write_bytes(text.replace("’", "'").encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16-le"))
    (tmp_path / "mojibake.txt").write_bytes("The army said “it was an accident” — café".encode()
                                           .decode("latin-1").encode("utf-8"))
    assert document_from_file(tmp_path / "latin1.txt")["text"] == text.replace("’", "'")
    assert document_from_file(tmp_path / "utf16.txt")["text"] == text
    ascii_only = "The Turkish army said the soldiers were killed by accident."
    for codec in ("utf-16-le", "utf-16-be"):  # no BOM, and every byte valid UTF-8 (NUL is ASCII)
        (tmp_path / "ascii16.txt").write_bytes(ascii_only.encode(codec))
        assert document_from_file(tmp_path / "ascii16.txt")["text"] == ascii_only
    fixed = document_from_file(tmp_path / "mojibake.txt")["text"]
    assert fixed == "The army said “it was an accident” — café"  # repaired, quotes still curly
