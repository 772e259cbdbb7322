"""Calibrated confidence: an attribution's confidence is the measured precision of what produced it.

The attribution stage ranks its own candidates with fixed numbers per cue category; those were
never measured.  The number users see is instead read from ``data/calibration.tsv``: how often
attributions with the same construction, cue category and kind of source mention were right end
to end (content and source) on a gold set, counted by ``benchmarks/calibrate.py``.  Sparse cells
back off to the coarser key (construction and category, then construction, then everything) by
the m-estimate of Cestnik (1990), ``(right + m * parent) / (n + m)``, so a cell seen twice says
little and a cell seen five hundred times says almost all.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from attrib.lexicon import Lexicon, closed_class, read_list

__all__ = ["Calibration", "calibration", "calibration_key", "source_kind"]

_M = 10.0  # weight of the coarser estimate, in observations
WILDCARD = "*"


def source_kind(text: str | None, lex: Lexicon) -> str:
    """``none`` (no source in the text), ``pronoun`` ("he", "it", "I", "who") or ``mention``
    (any noun phrase)."""
    if not text:
        return "none"
    lower = text.lower()
    return "pronoun" if lower in lex.pronouns or lower in _speaker_pronouns() else "mention"


@cache
def _speaker_pronouns() -> frozenset[str]:
    """"I", "we", "you" and relative "who", "that": pronouns pronouns.tsv does not list."""
    words = closed_class()
    return words["first_person"] | words["relative"]


def calibration_key(construction: str | None, category: str | None, source: str) -> tuple[str, str, str]:
    return (construction or WILDCARD, category or WILDCARD, source)


@dataclass(frozen=True)
class Calibration:
    """Counts per key (construction, category, source kind), with ``*`` for "any"."""

    counts: dict[tuple[str, str, str], tuple[int, int]]  # key -> (attributions, right)

    def confidence(self, construction: str | None, category: str | None, source: str) -> float:
        key = calibration_key(construction, category, source)
        estimate = self._smoothed((WILDCARD, WILDCARD, WILDCARD), 0.5)
        for level in ((key[0], WILDCARD, WILDCARD), (key[0], key[1], WILDCARD), key):
            estimate = self._smoothed(level, estimate)
        return round(estimate, 2)

    def _smoothed(self, key: tuple[str, str, str], parent: float) -> float:
        n, right = self.counts.get(key, (0, 0))
        return (right + _M * parent) / (n + _M)


@cache
def calibration() -> Calibration:
    """The shipped counts (``attrib/data/lexicon/calibration.tsv``)."""
    counts = {}
    for row in read_list("calibration.tsv"):
        construction, category, source, n, right = row[:5]
        counts[(construction, category, source)] = (int(n), int(right))
    return Calibration(counts)
