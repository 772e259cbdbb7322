"""attrib in a spaCy pipeline (``pip install attrib[spacy]``).

    import spacy
    import attrib.spacy  # registers the "attrib" factory

    nlp = spacy.blank("en")          # or any English pipeline
    nlp.add_pipe("attrib")
    doc = nlp(text)
    for a in doc._.attributions:
        print(a.type, a.speaker, a.cue, a.contents)

The component runs attrib's own analysis on ``doc.text`` (attrib keeps its own models and
tokenizer; spaCy's tokens are not used) and sets:

* ``doc._.attributions`` — one :class:`SpanAttribution` per quote, with spaCy ``Span``s made
  by ``doc.char_span`` (``alignment_mode="expand"``: a span that ends inside a spaCy token
  takes the whole token);
* ``doc._.attrib`` — the full :class:`attrib.Analysis` (character offsets into ``doc.text``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

__all__ = ["AttribComponent", "SpanAttribution"]


@dataclass(frozen=True)
class SpanAttribution:
    """One attribution of the analysis, as spaCy spans of the doc."""

    id: str
    type: str
    contents: tuple[Span, ...]
    cue: Span | None
    source: Span | None
    speaker: str | None          # the resolved speaker's name (several mentions, one entity)
    speaker_id: str | None
    confidence: float


for _name in ("attributions", "attrib"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class AttribComponent:
    """The pipeline component; ``analyzer`` (an :class:`attrib.Analyzer`) is built on first use if not given."""

    def __init__(self, analyzer: Any = None, models: str | None = None) -> None:
        self._analyzer, self._models = analyzer, models

    @property
    def analyzer(self) -> Any:
        if self._analyzer is None:
            from attrib.pipeline import Analyzer

            self._analyzer = Analyzer(self._models)
        return self._analyzer

    def __call__(self, doc: Doc) -> Doc:
        if not doc.text.strip():
            doc._.attrib, doc._.attributions = None, []
            return doc
        analysis = self.analyzer.analyze(doc.text)

        def span(s: Any) -> Span | None:
            return None if s is None else doc.char_span(s.start, s.end, alignment_mode="expand")

        out = []
        for q in analysis.quotes:
            speaker = analysis.speaker(q.speaker)
            out.append(SpanAttribution(q.id, q.type, tuple(x for x in (span(c) for c in q.contents) if x is not None),
                                       span(q.cue), span(q.source), speaker.name if speaker else None, q.speaker,
                                       q.confidence))
        doc._.attrib, doc._.attributions = analysis, out
        return doc


@Language.factory("attrib", default_config={"models": None})
def make_attrib(nlp: Language, name: str, models: str | None) -> AttribComponent:
    return AttribComponent(models=models)
