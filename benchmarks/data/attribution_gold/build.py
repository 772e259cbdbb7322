"""Build gold.jsonl from source.txt (the annotated texts); Python standard library only.

    python benchmarks/data/attribution_gold/build.py [--check]

source.txt holds the texts with inline markup:

    === <slug> | <style> | <quote style>     a new document
    ... text ...                             {Sn|...} source, {Cn|...} cue, {Qn|...} content
                                             fragment of attribution n (a Q may repeat: one
                                             attribution, several fragments); marks may nest
    ---                                      end of the text
    n <type> <category>                      one line per attribution
    # ...                                    comment lines outside texts

The markup is stripped; the clean text and the character offsets of every part go to gold.jsonl
(PolNeAR-style, the format of benchmarks/accuracy.py). Every span is checked against the clean
text. With --check nothing is written; the file on disk must equal what would be written.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source.txt"
GOLD = HERE / "gold.jsonl"

TYPES = {"direct", "indirect", "mixed"}
CATEGORIES = {"speech", "statement", "writing", "argument", "denial", "evidence", "belief",
              "question", "request", "promise", "intention", "stance", "setting", "appearance",
              "nonspeech"}
OPEN_Q = '"“'
CLOSE_Q = '"”'
QUOTES = '"“”'
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their"}
OPEN_MARK = re.compile(r"\{([SCQ])(\d+)\|")


def strip_markup(marked: str, doc: str) -> tuple[str, list[tuple[str, int, int, int]]]:
    """Clean text and the marks as (kind, index, start, end) in clean-text offsets."""
    out: list[str] = []
    pos = 0  # length of the clean text so far
    stack: list[tuple[str, int, int]] = []
    marks: list[tuple[str, int, int, int]] = []
    i = 0
    while i < len(marked):
        m = OPEN_MARK.match(marked, i)
        if m:
            stack.append((m.group(1), int(m.group(2)), pos))
            i = m.end()
            continue
        ch = marked[i]
        if ch == "}":
            assert stack, f"{doc}: '}}' without an open mark near {marked[max(0, i - 40):i]!r}"
            kind, n, start = stack.pop()
            marks.append((kind, n, start, pos))
            i += 1
            continue
        assert ch != "{", f"{doc}: malformed mark near {marked[i:i + 40]!r}"
        assert ch != "|" or not stack, f"{doc}: stray '|' inside a mark"
        out.append(ch)
        pos += 1
        i += 1
    assert not stack, f"{doc}: unclosed marks {stack}"
    return "".join(out), marks


def parse(source: str) -> list[dict]:
    docs = []
    blocks = re.split(r"^=== ", source, flags=re.M)
    for block in blocks[1:]:
        header, _, rest = block.partition("\n")
        slug, style, quote_style = (part.strip() for part in header.split("|"))
        body, sep, meta = rest.partition("\n---\n")
        assert sep, f"{slug}: no '---' line"
        text, marks = strip_markup(body.strip("\n"), slug)
        assert text == text.strip() and "{" not in text and "}" not in text, slug
        attrs: dict[int, tuple[str, str]] = {}
        for line in meta.strip().splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            n, typ, cat = line.split()
            assert int(n) not in attrs, f"{slug}: attribution {n} listed twice"
            assert typ in TYPES, f"{slug}#{n}: type {typ}"
            assert cat in CATEGORIES, f"{slug}#{n}: category {cat}"
            attrs[int(n)] = (typ, cat)
        marked_ids = {n for _, n, _, _ in marks}
        assert marked_ids == set(attrs), f"{slug}: marked {sorted(marked_ids)} vs listed {sorted(attrs)}"
        quotes = []
        for n in sorted(attrs):
            typ, cat = attrs[n]
            spans = sorted((s, e) for k, m, s, e in marks if m == n and k == "Q")
            srcs = [(s, e) for k, m, s, e in marks if m == n and k == "S"]
            cues = [(s, e) for k, m, s, e in marks if m == n and k == "C"]
            assert spans, f"{slug}#{n}: no content"
            assert len(srcs) <= 1 and len(cues) <= 1, f"{slug}#{n}: one source and one cue at most"
            for (_, e1), (s2, _) in zip(spans, spans[1:]):
                assert e1 <= s2, f"{slug}#{n}: content fragments overlap"
            check_type(slug, n, typ, text, spans, cues)
            start, end = spans[0][0], spans[-1][1]
            q = {"start": start, "end": end, "text": text[start:end], "type": typ,
                 "spans": [[s, e] for s, e in spans],
                 "speaker": None, "speaker_start": None, "speaker_end": None,
                 "cue": None, "cue_start": None, "cue_end": None, "category": cat}
            if srcs:
                s, e = srcs[0]
                q.update(speaker=text[s:e], speaker_start=s, speaker_end=e,
                         speaker_is_pronoun=text[s:e].lower() in PRONOUNS)
            if cues:
                s, e = cues[0]
                q.update(cue=text[s:e], cue_start=s, cue_end=e)
            quotes.append(q)
        quotes.sort(key=lambda q: (q["start"], q["end"]))
        docs.append({"id": f"team/{slug}", "dataset": "attrib-team", "style": style,
                     "quote_style": quote_style, "text": text, "quotes": quotes})
    return docs


def check_type(slug: str, n: int, typ: str, text: str, spans, cues) -> None:
    """The declared type agrees with the quotation marks of the content."""
    frags = [text[s:e] for s, e in spans]
    quoted = [f[0] in OPEN_Q and f[-1] in CLOSE_Q for f in frags]
    has_marks = any(c in f for f in frags for c in QUOTES)
    label_turn = bool(cues) and text[cues[0][0]:cues[0][1]] == ":"
    if typ == "direct":
        assert all(quoted) or (label_turn and not has_marks), f"{slug}#{n}: direct but not quoted"
    elif typ == "mixed":
        assert has_marks and not all(quoted), f"{slug}#{n}: mixed without quoted words"
    else:
        assert not has_marks, f"{slug}#{n}: indirect with quotation marks"


def verify(docs: list[dict]) -> None:
    for d in docs:
        t = d["text"]
        for q in d["quotes"]:
            for s, e in q["spans"]:
                assert 0 <= s < e <= len(t), (d["id"], s, e)
                assert t[s:e] == t[s:e].strip(), (d["id"], "content edge spaces", t[s:e])
            assert q["start"] == min(s for s, _ in q["spans"]) and q["end"] == max(e for _, e in q["spans"])
            assert t[q["start"]:q["end"]] == q["text"], d["id"]
            for part in ("speaker", "cue"):
                s, e = q[f"{part}_start"], q[f"{part}_end"]
                if s is None:
                    assert q[part] is None and e is None
                    continue
                assert 0 <= s < e <= len(t) and t[s:e] == q[part], (d["id"], part, q[part])
                assert part == "cue" or t[s:e] == t[s:e].strip(" ,.;"), (d["id"], "source edges", q[part])
                for cs, ce in q["spans"]:
                    assert e <= cs or s >= ce, (d["id"], f"{part} inside its own content", q[part])


def counts(docs: list[dict]) -> str:
    types = Counter(q["type"] for d in docs for q in d["quotes"])
    cats = Counter(q["category"] for d in docs for q in d["quotes"])
    words = [len(re.findall(r"\S+", d["text"])) for d in docs]
    no_source = sum(q["speaker_start"] is None for d in docs for q in d["quotes"])
    pronoun = sum(bool(q.get("speaker_is_pronoun")) for d in docs for q in d["quotes"])
    multi = sum(len(q["spans"]) > 1 for d in docs for q in d["quotes"])
    lines = [f"documents: {len(docs)}",
             f"attributions: {sum(types.values())}  ({', '.join(f'{k} {v}' for k, v in sorted(types.items()))})",
             "categories: " + ", ".join(f"{k} {v}" for k, v in cats.most_common()),
             f"no source: {no_source}; pronoun source: {pronoun}; two or more fragments: {multi}",
             f"words: {sum(words)} (per text {min(words)}-{max(words)})"]
    for d, w in zip(docs, words):
        lines.append(f"  {d['id']:32} {w:4} words {len(d['quotes']):3} attributions  {d['style']}")
    return "\n".join(lines)


def main() -> int:
    docs = parse(SOURCE.read_text(encoding="utf-8"))
    verify(docs)
    out = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    if "--check" in sys.argv[1:]:
        if not GOLD.exists() or GOLD.read_text(encoding="utf-8") != out:
            print("gold.jsonl is not up to date with source.txt")
            return 1
    else:
        GOLD.write_text(out, encoding="utf-8")
    print(counts(docs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
