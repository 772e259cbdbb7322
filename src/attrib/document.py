"""Neutral linguistic records that stages read: words, sentences, the document being analysed.

Only ``attrib.nlp`` knows stanza; everything after it sees these types, so a
stronger parser is a change in one module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from attrib.records import Block

__all__ = ["Word", "Sentence", "Document"]


@dataclass(frozen=True, slots=True)
class Word:
    """One syntactic word; ``head`` is a 0-based index into the sentence, -1 for the root."""

    index: int
    text: str
    start: int
    end: int
    lemma: str = ""
    upos: str = ""
    xpos: str = ""
    feats: str = ""
    head: int = -1
    deprel: str = ""
    ner: str = ""  # BIOES entity tag when the models have NER ("S-PERSON", "B-ORG"), else ""

    @property
    def entity_type(self) -> str:
        return self.ner.split("-", 1)[1] if "-" in self.ner else ""

    @property
    def lower(self) -> str:
        return self.text.lower()

    def feat(self, name: str) -> str | None:
        for item in self.feats.split("|"):
            key, _, value = item.partition("=")
            if key == name:
                return value
        return None


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the body: character span, words, and whether it carries a parse."""

    index: int
    start: int
    end: int
    words: tuple[Word, ...]
    block: int
    parsed: bool = False
    _children: tuple[tuple[int, ...], ...] = field(default=(), repr=False, compare=False)

    def children(self, i: int) -> tuple[int, ...]:
        if not self._children:
            kids: list[list[int]] = [[] for _ in self.words]
            for w in self.words:
                if w.head >= 0:
                    kids[w.head].append(w.index)
            object.__setattr__(self, "_children", tuple(tuple(k) for k in kids))
        return self._children[i]

    def subtree(self, i: int, exclude: frozenset[int] = frozenset()) -> list[int]:
        """Indices of word ``i`` and its descendants (minus excluded subtrees), sorted.  A head
        cycle (only a hand-built parse can have one) ends the walk instead of looping."""
        out, todo = set(), [i]
        while todo:
            j = todo.pop()
            if j in exclude or j in out:
                continue
            out.add(j)
            todo.extend(self.children(j))
        return sorted(out)

    def ancestors(self, i: int) -> list[int]:
        out = []
        seen = set()
        while self.words[i].head >= 0 and i not in seen:
            seen.add(i)
            i = self.words[i].head
            out.append(i)
        return out

    def dependents(self, i: int, *deprels: str) -> list[int]:
        """Children of ``i`` whose relation (or its base before ':') is one of ``deprels``."""
        return [c for c in self.children(i)
                if self.words[c].deprel in deprels or self.words[c].deprel.split(":")[0] in deprels]

    def word_at(self, offset: int) -> int | None:
        for w in self.words:
            if w.start <= offset < w.end:
                return w.index
        return None


@dataclass
class Document:
    """The document under analysis: original text (never changed), layout, sentences."""

    id: str | None
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    blocks: tuple[Block, ...] = ()
    sentences: list[Sentence] = field(default_factory=list)
