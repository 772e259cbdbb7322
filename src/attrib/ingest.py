"""Reading inputs: text files (any common encoding), standard input, JSON Lines batches.

Offsets always refer to the decoded text that is stored in the analysis, so a
reader may decode but never rewrites characters that survive decoding.
"""

from __future__ import annotations

import codecs
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from attrib.errors import InputError

__all__ = ["read_text", "decode", "read_jsonl", "looks_like_html"]

MAX_BYTES = 8_000_000


def decode(raw: bytes, name: str = "input") -> str:
    """Bytes → text: BOMs first, then UTF-8, then cp1252; binary data is an error."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return raw.decode("utf-32", errors="replace")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is None:
        if _looks_utf16(raw):
            return raw.decode("utf-16-le" if raw[1:2] == b"\x00" else "utf-16-be", errors="replace")
        if raw.count(b"\x00") or _binary_share(raw) > 0.1:
            raise InputError(f"{name}: binary data, not text")
        text = raw.decode("cp1252", errors="replace")
    if "\x00" in text or _binary_share(raw) > 0.3:
        raise InputError(f"{name}: binary data, not text")
    return text


def _looks_utf16(raw: bytes) -> bool:
    sample = raw[:4000]
    if len(sample) < 4:
        return False
    odd = sample[1::2].count(0) / (len(sample) / 2)
    even = sample[0::2].count(0) / (len(sample) / 2)
    return odd > 0.3 or even > 0.3


def _binary_share(raw: bytes) -> float:
    sample = raw[:8000]
    if not sample:
        return 0.0
    bad = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return bad / len(sample)


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def read_text(path: str | Path) -> str:
    """A text document from a path, or standard input for ``-``."""
    if str(path) == "-":
        raw = sys.stdin.buffer.read(MAX_BYTES + 1)
        name = "<stdin>"
    else:
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
        name = str(path)
    if len(raw) > MAX_BYTES:
        raise InputError(f"{name}: larger than {MAX_BYTES // 1_000_000} MB; split it into documents")
    return decode(raw, name)


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """Documents of a JSON Lines file; a bad line yields ``{"id", "error"}`` instead of stopping."""
    opener = sys.stdin.buffer if str(path) == "-" else None
    try:
        fh = opener or open(path, "rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    with fh:
        for number, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            fallback_id = f"line-{number}"
            try:
                obj = json.loads(decode(raw, f"{path}:{number}"))
            except (InputError, ValueError) as exc:
                yield {"id": fallback_id, "error": {"type": "InputError", "message": f"line {number}: {exc}"}}
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                message = f"line {number}: expected an object with a 'text' string"
                yield {"id": obj.get("id", fallback_id) if isinstance(obj, dict) else fallback_id,
                       "error": {"type": "InputError", "message": message}}
                continue
            obj.setdefault("id", fallback_id)
            yield obj
