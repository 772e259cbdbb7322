"""The attribution stage's records: Attribution (internal, before speakers), Context, Dropped."""

from __future__ import annotations

from dataclasses import dataclass, field

from attrib.document import Document
from attrib.lexicon import Lexicon
from attrib.quotes import Quotation, QuoteScan

_CATEGORY_CONFIDENCE = {
    "speech": 0.9, "statement": 0.9, "writing": 0.88, "argument": 0.85, "denial": 0.8,
    "question": 0.75, "request": 0.7, "promise": 0.7, "evidence": 0.6, "belief": 0.55,
    "stance": 0.55, "intention": 0.5, "nonspeech": 0.5, "appearance": 0.4,
}


@dataclass
class Attribution:
    """An attribution before speakers are resolved (positions are character offsets)."""

    sentence: int
    contents: list[tuple[int, int]]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    confidence: float
    category: str = "speech"
    cue_word: int | None = None
    source_head: int | None = None       # word index of the source's head, in ``sentence``
    antecedent: int | None = None        # for "who said": the noun the relative clause modifies
    channel: tuple[int, int] | None = None
    inherits: Attribution | None = None  # the attribution whose speaker this one continues
    nested_in: Attribution | None = None
    quoted_cue: bool = False             # the cue itself sits inside quotation marks
    agentless: bool = False              # a passive cue with no source in the text ("was accused of")
    type: str = "indirect"
    quotations: list[Quotation] = field(default_factory=list)
    construction: str = ""               # the registered construction that produced it (registry.py)
    finder: str | None = None            # the source finder that named the source (verb.py, SOURCE_FINDERS)
    extended_by: list[str] = field(default_factory=list)  # constructions that added fragments to it

    @property
    def start(self) -> int:
        return self.contents[0][0]

    @property
    def end(self) -> int:
        return self.contents[-1][1]


@dataclass(frozen=True)
class Dropped:
    """A candidate a veto dropped: the cue (sentence, word), its construction and the veto."""

    sentence: int
    cue_word: int
    construction: str
    veto: str


@dataclass
class Context:
    """What every construction reads: the document, its quotation scan and the lexicon.

    ``off`` switches constructions, vetoes and passes off by id (benchmarks/ablation.py);
    ``dropped`` collects the candidates vetoes dropped (``attrib analyze --explain``).
    The lexicon passed in is the one used: no rule loads its own.
    """

    doc: Document
    scan: QuoteScan
    lex: Lexicon
    off: frozenset[str] = frozenset()
    dropped: list[Dropped] = field(default_factory=list)
    result: list[Attribution] = field(default_factory=list)  # what find_attributions returned

    @property
    def text(self) -> str:
        return self.doc.text

    def on(self, name: str) -> bool:
        return name not in self.off
