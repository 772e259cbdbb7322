"""Reading what people actually have: text in any common encoding, web pages, JSON Lines batches.

* Text: BOMs, then UTF-16 without a BOM told by its zero bytes, then UTF-8, then
  charset-normalizer's guess (cp1252, Latin-1, UTF-16 without BOM…); mojibake
  (``â€œ``) is repaired with ftfy, which is told not to uncurl quotation marks
  (attrib needs them).  Offsets refer to the stored text.
* HTML pages: trafilatura extracts the main text and the title, author, date and
  site; the extracted text (paragraphs joined by blank lines) is what is stored and
  analysed, and the metadata flows into the analysis.
* JSON Lines: ``{"id", "text"|"html", "url"?, "source"?, "published"?}`` a line; a
  bad line becomes an error record, never a lost batch.
* Metadata for plain files: a ``sources.json`` beside them (``{file name: {outlet,
  url, published}}``).
"""

from __future__ import annotations

import codecs
import glob
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from attrib.budget import check_size
from attrib.errors import InputError

__all__ = ["batched", "decode", "read_text", "read_jsonl", "looks_like_html", "extract_html", "document_from_file",
           "iter_documents", "error_record", "is_attrib_output", "DOCUMENT_SUFFIXES"]

MAX_BYTES = 8_000_000
DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".html", ".htm", ".jsonl")


def error_record(doc_id: Any, exc: BaseException | str, kind: str | None = None) -> dict[str, Any]:
    """The JSON record that stands for a document that could not be read or analysed."""
    message = str(exc)
    return {"id": doc_id, "error": {"type": kind or (type(exc).__name__ if isinstance(exc, BaseException)
                                                     else "InputError"), "message": message}}


def _binary_share(raw: bytes) -> float:
    sample = raw[:8000]
    if not sample:
        return 0.0
    return sum(1 for b in sample if b < 9 or 13 < b < 32) / len(sample)


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 with no BOM, told by its zero bytes: text in the Latin range has a NUL in every
    other byte (odd positions little-endian, even big-endian) and almost none in the others.
    Such bytes are also valid UTF-8 (NUL is ASCII), so this runs before the UTF-8 attempt."""
    if len(raw) < 4 or len(raw) % 2:
        return None  # UTF-16 comes in pairs of bytes
    sample = raw[:8000]
    even, odd = sample[0::2], sample[1::2]
    for zeros, others, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.6 * len(zeros) and others.count(0) <= 0.02 * len(others):
            return raw.decode(codec, errors="replace")
    return None


# "â€" + U+FFFD (or "?", when the text was saved again in Windows-1252): the UTF-8 bytes E2 80 9D
# of ” read as Windows-1252, where 0x9D is undefined and was lost.  The other characters E2 80 xx
# with xx undefined in cp1252 (U+2001, U+200D, U+200F, U+2010) are rare in news, so the lost one
# is taken to be ”; ftfy alone makes it "�", which then stood as a word ("a speaker named �").
_LOSSY_CLOSING_QUOTE = re.compile("\u00e2\u20ac[\ufffd?]")


def _repair(text: str) -> str:
    import ftfy

    text = _LOSSY_CLOSING_QUOTE.sub("\u201d", text)
    return ftfy.fix_text(text, uncurl_quotes=False, fix_character_width=False, fix_latin_ligatures=False,
                         normalization="NFC")


def decode(raw: bytes, name: str = "input", repair: bool = True) -> str:
    """Bytes → text (see the module docstring); binary data is an InputError."""
    text: str | None = None
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                       (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            text = raw.decode(codec, errors="replace")
            break
    if text is None:
        text = _utf16_without_bom(raw)
    if text is None:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = None
    if text is None and len(raw) < 1000 and _binary_share(raw) < 0.1:
        # too short for a reliable guess: Windows-1252, the commonest non-UTF-8 encoding of news text
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
    if text is None:
        from charset_normalizer import from_bytes

        best = from_bytes(raw[:200_000]).best()
        binary_like = _binary_share(raw) > 0.1
        if best is None or (binary_like and best.encoding not in ("utf_16", "utf_16_le", "utf_16_be")):
            raise InputError(f"{name}: binary data, not text")
        text = raw.decode(best.encoding, errors="replace")
        if binary_like and sum(" " <= ch <= "~" or ch in "\n\t" for ch in text) < 0.5 * len(text):
            # a UTF-16 guess for bytes that are no English text ("\x00\x01\xff\xfe" reads "Ā\ufeff")
            raise InputError(f"{name}: binary data, not text")
    if "\x00" in text or (_binary_share(text.encode("utf-8", "replace")) > 0.3):
        raise InputError(f"{name}: binary data, not text")
    return _repair(text) if repair else text


def looks_like_html(text: str) -> bool:
    head = text[:3000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text) or \
        (head.startswith("<") and ("</p>" in text.lower() or "</div>" in text.lower()))


def extract_html(html: str, url: str | None = None) -> tuple[str, dict[str, Any]]:
    """Main text and metadata of a web page (trafilatura); paragraphs joined by blank lines."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    if doc is None:
        raise InputError("no article text found in the HTML page")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    lines = [line.strip() for line in (data.get("text") or "").splitlines() if line.strip()]
    if not lines:
        raise InputError("no article text found in the HTML page")
    meta = {"title": data.get("title"), "author": data.get("author"), "published": data.get("date"),
            "outlet": data.get("sitename"), "url": data.get("url") or url}
    return "\n\n".join(lines) + "\n", {k: v for k, v in meta.items() if v}


def _read_bytes(path: str | Path) -> tuple[bytes, str]:
    if str(path) == "-":
        return sys.stdin.buffer.read(MAX_BYTES + 1), "<stdin>"
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a directory")
    try:
        with p.open("rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    if len(raw) > MAX_BYTES:
        raise InputError(f"{path}: larger than {MAX_BYTES // 1_000_000} MB; split it into documents")
    return raw, str(path)


def read_text(path: str | Path, repair: bool = True) -> str:
    """A text document from a path, or standard input for ``-``."""
    raw, name = _read_bytes(path)
    return decode(raw, name, repair=repair)


def _sidecar_meta(path: Path) -> dict[str, Any]:
    sidecar = path.parent / "sources.json"
    if not sidecar.is_file():
        return {}
    try:
        entry = json.loads(sidecar.read_text(encoding="utf-8")).get(path.name, {})
    except (OSError, ValueError, AttributeError):
        return {}
    return {k: v for k, v in entry.items() if isinstance(v, (str, int, float))} if isinstance(entry, dict) else {}


def document_from_file(path: str | Path, doc_id: str | None = None) -> dict[str, Any]:
    """``{"id", "text", "meta"}`` for a text or HTML file (or ``-``)."""
    text = read_text(path)
    meta: dict[str, Any] = {"path": str(path)}
    if str(path) != "-":
        meta.update(_sidecar_meta(Path(path)))
    if looks_like_html(text):
        text, page = extract_html(text, meta.get("url"))
        meta = {**page, **meta, "format": "html"}
    elif str(path).lower().endswith((".md", ".markdown")):  # the prose, without markup (attrib.markdown)
        from attrib.markdown import markdown_document

        text, meta = markdown_document(text, meta)
    if not text.strip():
        raise InputError(f"{path}: empty document, no text to analyse")
    check_size(text, path)  # before any model loads
    name = doc_id or ("-" if str(path) == "-" else Path(path).name)
    return {"id": name, "text": text, "meta": meta}


def _document_from_record(obj: dict[str, Any]) -> dict[str, Any]:
    meta = {k: obj[k] for k in ("url", "source", "published", "title", "author") if isinstance(obj.get(k), str)}
    if "source" in meta:
        meta["outlet"] = meta.pop("source")
    if isinstance(obj.get("meta"), dict):
        meta.update(obj["meta"])
    if isinstance(obj.get("text"), str):
        check_size(obj["text"], obj["id"])
        return {"id": obj["id"], "text": obj["text"], "meta": meta}
    text, page = extract_html(obj["html"], meta.get("url"))
    return {"id": obj["id"], "text": text, "meta": {**page, **meta, "format": "html"}}


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """Documents of a JSON Lines file; a bad line yields ``{"id", "error"}`` instead of stopping."""
    try:
        fh = sys.stdin.buffer if str(path) == "-" else open(path, "rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    with fh:
        for number, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            fallback_id = f"line-{number}"
            try:
                obj = json.loads(decode(raw, f"{path}:{number}", repair=False))
            except (InputError, ValueError) as exc:
                yield error_record(fallback_id, InputError(f"line {number}: {exc}"))
                continue
            if not isinstance(obj, dict) or not (isinstance(obj.get("text"), str) or isinstance(obj.get("html"), str)):
                doc_id = obj.get("id", fallback_id) if isinstance(obj, dict) else fallback_id
                yield error_record(doc_id, InputError(f"line {number}: expected an object with a 'text' or "
                                                      "'html' string"))
                continue
            obj.setdefault("id", fallback_id)
            try:
                yield _document_from_record(obj)
            except InputError as exc:
                yield error_record(obj["id"], InputError(f"line {number}: {exc}"))


def is_attrib_output(path: str | Path) -> bool:
    """Is this file something attrib wrote — a JSON Lines output (analyses or error records), a lock
    or temporary file of one, or an HTML report (``<meta name="generator" content="attrib">``)?"""
    p = Path(path)
    if p.name.endswith((".lock", ".tmp")):
        return True
    suffix = p.suffix.lower()
    if suffix not in (".jsonl", ".html", ".htm"):
        return False
    try:
        with p.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    if suffix == ".jsonl":
        first = head.split(b"\n", 1)[0].lstrip()
        return first.startswith(b'{"schema_version"') or (first.startswith(b'{"id":') and b',"error":{' in first
                                                            and b'"text"' not in first and b'"html"' not in first)
    return b'<meta name="generator" content="attrib">' in head


def _expand(inputs: Iterable[str], names: bool = False,
            exclude: Iterable[str | Path] = ()) -> Iterator[tuple[Path | str, str] | dict[str, Any]]:
    """Input paths, directories (recursively) and globs → (path, id) in a stable order.

    Ids are the paths as given (unique in a batch), or the file names with ``names``.  A
    pattern that matches nothing, or a named file that attrib wrote (an output or report),
    yields an error record for that item only; files found in directories and by globs
    that attrib wrote, and the paths in ``exclude`` (this run's output), are left out.
    """
    excluded = {Path(x).resolve() for x in exclude}
    for item in inputs:
        if item == "-":
            yield item, "-"
            continue
        pattern = any(ch in item for ch in "*?[")
        matches = sorted(glob.glob(item, recursive=True)) if pattern else [item]
        if not matches:
            yield error_record(item, InputError(f"{item}: no files match"))
            continue
        for match in matches:
            p = Path(match)
            if p.is_dir():
                for f in sorted(x for x in p.rglob("*") if x.is_file() and x.suffix.lower() in DOCUMENT_SUFFIXES):
                    if f.resolve() not in excluded and not is_attrib_output(f):
                        yield f, f.name if names else str(f)
            elif p.resolve() in excluded or (p.is_file() and is_attrib_output(p)):
                if not pattern:
                    yield error_record(p.name if names else str(p),
                                       InputError(f"{p}: written by attrib (an output or report), not an input"))
            else:
                yield p, p.name if names else str(p)


def iter_documents(inputs: Iterable[str], names: bool = False,
                   exclude: Iterable[str | Path] = ()) -> Iterator[dict[str, Any]]:
    """Every document of the inputs as ``{"id", "text", "meta"}`` or an error record, in order.

    ``exclude``: paths never read as inputs (the run's own output).
    """
    for entry in _expand(inputs, names, exclude):
        if isinstance(entry, dict):
            yield entry
            continue
        path, doc_id = entry
        if str(path).endswith(".jsonl"):
            try:
                yield from read_jsonl(path)
            except InputError as exc:
                yield error_record(doc_id, exc)
            continue
        try:
            yield document_from_file(path, doc_id)
        except InputError as exc:
            yield error_record(doc_id, exc)


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Consecutive lists of ``size`` items (the last may be shorter); lazy, order kept."""
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
