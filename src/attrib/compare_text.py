"""Words, numbers and clauses of compared statements (no model: the comparison runs after analysis).

* ``word_keys`` — the content words of a statement as **family keys**: Snowball (Porter 2)
  stems (``snowballstemmer``, pure Python, its rules ship in the package), then a few
  derivational rules on the stem (fail/failure, corrode/corrosion, injure/injury) and the
  word families of ``data/lexicon/compare_families.tsv`` (probe = investigation). Stems, not
  the parse's lemmas: an ``Analysis`` carries no lemmas (its JSON contract stays as it is) and
  lemmatising at compare time would run the tagger, analysis's expensive stage, over every compared
  statement again; irregular forms ("fell", "built") come from the families file.
* ``quantities`` — numbers as values with what they count: digits, word numbers ("two hundred
  and twelve", "forty"), and durations in months ("about 18 months" = 18, "two years" = 24,
  "four decades" = 480), so "18 months" and "two years" differ and "forty years" and "four
  decades" agree.
* ``clauses`` — a statement cut where it carries a second proposition: at "; ", at ", but", at a
  participial consequence (", killing …", ", injuring …") and at a coordinated predicate with its
  own auxiliary (" and had …"). Heuristic from the newswire habit of packing a result or a second
  fact into one sentence (issue 19); the cut is on characters, so offsets stay exact.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache

from attrib.lexicon import read_list

__all__ = ["fold", "word_keys", "family", "quantities", "clauses", "Quantity"]

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")  # hyphenated words count as their parts
_UNITS = {"ones": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "dozen": 12}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_MONTHS_PER = {"day": 1 / 30, "days": 1 / 30, "week": 0.25, "weeks": 0.25, "month": 1, "months": 1, "year": 12,
               "years": 12, "decade": 120, "decades": 120}
_DERIVATION = ("ation", "ition", "ment", "ness", "ure", "ur", "al")
Quantity = tuple[str, float, str]  # (what is counted: a word key, or "duration"), value, the word as written


def fold(text: str) -> str:
    """Lower case, accents removed ("Kovač" = "Kovac"), typographic apostrophes straightened."""
    text = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@cache
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in read_list("stopwords.txt"))


def _stem_family(stem: str) -> str:
    """Derivational rules on a Snowball stem: failur → fail, corros/corrod → corro, injuri → injur."""
    for suffix in _DERIVATION:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 4:
            stem = stem[: -len(suffix)]
            break
    if stem.endswith("i") and len(stem) > 4:
        stem = stem[:-1]
    stem = stem[:7]
    if len(stem) >= 5 and stem[-1] in "dst" and stem[-2] in "aeiou":
        stem = stem[:-1]  # corrode/corrosion, decide/decision, collide/collision
    return stem


@cache
def _families() -> dict[str, str]:
    out: dict[str, str] = {}
    for row in read_list("compare_families.tsv"):
        head = _key(row[0], {})
        for word in [row[0], *row[1].split()]:
            out[_key(word, {})] = head
            out[fold(word)] = head
    return out


def _key(word: str, families: dict[str, str]) -> str:
    if word in families:
        return families[word]
    key = _stem_family(_stemmer().stemWord(word))
    return families.get(key, key)


@lru_cache(maxsize=1 << 16)  # bounded: a long-running service sees unbounded vocabularies
def family(word: str) -> str:
    """The family key of one folded word."""
    return _key(word, _families())


def word_keys(text: str) -> list[str]:
    """Family keys of the content words of ``text`` (stop words, numbers and number words left out)."""
    stop = _stopwords()
    out = []
    for raw in _TOKEN.findall(fold(text)):
        word = raw[:-2] if raw.endswith("'s") else raw
        if word in stop or word.isdigit() or word in _UNITS or word in _TENS or word in _SCALES or len(word) < 2:
            continue
        out.append(family(word))
    return out


def _word_numbers(tokens: list[str], i: int) -> tuple[float, int] | None:
    """A number written in words starting at token i ("two hundred and twelve"): (value, tokens used)."""
    total, current, j = 0.0, 0.0, i
    seen = False
    while j < len(tokens):
        w = tokens[j]
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w in _SCALES and seen:
            current = (current or 1) * _SCALES[w]
            if _SCALES[w] >= 1000:
                total, current = total + current, 0.0
        elif w == "and" and seen and j + 1 < len(tokens) and (tokens[j + 1] in _UNITS or tokens[j + 1] in _TENS):
            j += 1
            continue
        else:
            break
        seen = True
        j += 1
    return (total + current, j - i) if seen else None


def quantities(text: str) -> list[Quantity]:
    """Numbers with what they count: ("duration", months) for spans of time, else (word key, value).

    The counted words are the content words up to three words on (to a conjunction or punctuation),
    else the content word before ("injured 11"); four-digit numbers are years (dates).
    """
    tokens = re.findall(r"\d+(?:[.,]\d+)*|[^\W_\d]+(?:['-][^\W_\d]+)*|[^\w\s]", fold(text))
    stop = _stopwords()
    out: list[Quantity] = []
    i = 0
    while i < len(tokens):
        w = tokens[i]
        value: float | None = None
        used = 1
        if w[0].isdigit():
            if len(w) == 4 and w.isdigit() and 1900 <= int(w) <= 2100:
                i += 1
                continue
            try:
                value = float(w.replace(",", ""))
            except ValueError:
                value = None
        else:
            parsed = _word_numbers(tokens, i)
            if parsed and not (w == "one" and (i + 1 >= len(tokens) or tokens[i + 1] in ("of",))):
                value, used = parsed
        if value is None:
            i += 1
            continue
        after = tokens[i + used:i + used + 4]
        if after and after[0] in _MONTHS_PER:
            out.append(("duration", value * _MONTHS_PER[after[0]], "duration"))
            i += used + 1
            continue
        words = []
        for x in after:
            if not x[0].isalpha() or x in ("and", "or", "but"):
                break
            if x not in stop and x not in _UNITS and x not in _TENS:
                words.append(x)
        if not words and i > 0 and tokens[i - 1][0].isalpha() and tokens[i - 1] not in stop:
            words.append(tokens[i - 1])
        out.extend((family(word), value, word) for word in words)
        i += used
    return out


_CUT = re.compile(r";\s+|,\s+but\s+|,\s+(?=(?:killing|injuring|wounding|leaving|forcing|prompting)\b)"
                  r"|\s+and\s+(?=(?:had|has|have|was|were|is|are|will|would)\s)")


def clauses(text: str, start: int) -> Iterator[tuple[int, int]]:
    """Character ranges (absolute, from ``start``) of the propositions in a statement; at least one.

    A piece shorter than three words stays with its neighbour.
    """
    cuts = [0]
    for m in _CUT.finditer(text):
        if len(text[cuts[-1]:m.start()].split()) >= 3 and len(text[m.end():].split()) >= 3:
            cuts.append(m.start())
            cuts.append(m.end())
    cuts.append(len(text))
    for a, b in zip(cuts[::2], cuts[1::2]):
        yield start + a, start + b
