"""The analyzer: runs the stages in their one-way order over one or many documents.

    text → layout → quotations → sentences → (selected) parse → attributions
         → speakers → claims → findings = Analysis

Each stage is a function in its own module; this module only wires them.  The
parse is the expensive step, so it runs only on sentences that can hold an
attribution (a cue word or a quotation) and on the sentence before one that
starts with a pronoun (its subject may be the speaker), batched across all the
documents given to ``analyze_many``.
"""

from __future__ import annotations

import functools
import os
import queue
import re
import threading
import weakref
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from attrib.attribution import Attribution, find_attributions
from attrib.claims import find_claims
from attrib.cues import may_attribute
from attrib.document import Document, Sentence
from attrib.errors import InputError
from attrib.ingest import batched
from attrib.layout import find_blocks
from attrib.lexicon import load_lexicon
from attrib.nlp import NLP, cores, load_nlp, rejoin_broken_sentences, split_before_opening_quotations
from attrib.quotes import QuoteScan, find_quotations
from attrib.records import Analysis, Quote, Sourcing, Span
from attrib.retag import misread_verbs
from attrib.rules import RuleContext, apply_rules
from attrib.sourcing import assess_sourcing
from attrib.speakers import resolve_speakers
from attrib.workers import WorkerProcess

__all__ = ["Analyzer", "analyze", "MAX_CHARS"]

MAX_CHARS = 2_000_000
_PRONOUN_START = re.compile(r"^\W*(it|he|she|they|its|his|her|their)\b", re.IGNORECASE)
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]")


@dataclass
class _Work:
    doc: Document
    scan: QuoteScan
    sentences: list[Sentence]
    selected: list[int]


def _safe_text(text: str) -> str:
    """A same-length copy the tokenizer can digest: control characters and lone surrogates → space."""
    return _UNSAFE.sub(" ", text)


class Analyzer:
    """Loads the NLP models once and analyses many documents.

    ``models``: a stanza model directory (default: ``ATTRIB_STANZA_DIR`` or the
    packaged compact models).  ``parse_all``: parse every sentence, not just those
    that may hold an attribution (slower; for experiments).  ``workers``: how many
    batches run at once, each on its own core: this process's pipeline and
    ``workers - 1`` worker processes with their own models (:mod:`attrib.workers`),
    started when ``analyze_many`` first has two batches and stopped by :meth:`close`
    (or when the analyzer is collected); default: the cores of
    :func:`attrib.nlp.cores`, at most two.  One analyzer serves one ``analyze_many``
    at a time; other threads wait for it.
    """

    def __init__(self, models: str | os.PathLike[str] | None = None, *, parse_all: bool = False,
                 workers: int | None = None) -> None:
        self.nlp: NLP = load_nlp(models)
        self.parse_all = parse_all
        self.lexicon = load_lexicon()
        self._retag = functools.partial(misread_verbs, lexicon=self.lexicon)
        self.workers = max(1, workers if workers is not None else cores())
        self._more: list[WorkerProcess] = []  # the other workers, started when first needed
        self._lock = threading.RLock()
        self._closer = weakref.finalize(self, _close_all, self._more)

    def close(self) -> None:
        """Stop the worker processes (a later ``analyze_many`` starts them again)."""
        with self._lock:
            _close_all(self._more)

    def __enter__(self) -> Analyzer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def analyze(self, text: str, *, id: str | None = None, meta: Mapping[str, Any] | None = None) -> Analysis:
        """Analyse one document."""
        return next(self.analyze_many([{"id": id, "text": text, "meta": dict(meta or {})}]))

    def analyze_many(self, items: Iterable[str | Mapping[str, Any]], batch_size: int = 16) -> Iterator[Analysis]:
        """Analyse documents (strings or ``{"id", "text", "meta"}`` mappings), parsing in batches.

        With several workers, ``batch_size`` documents are in flight at once, in one batch
        per worker.  Results come in input order and do not depend on ``workers``; a bad
        item raises :class:`InputError` after the results before it.
        """
        if self.workers == 1:
            for batch in batched(items, batch_size):
                yield from self._part(self.nlp, batch)
            return
        yield from self._parallel(batched(items, max(1, batch_size // self.workers)))

    # -- stages -------------------------------------------------------------------------
    def _parallel(self, batches: Iterator[list[str | Mapping[str, Any]]]) -> Iterator[Analysis]:
        """Batches on this process's pipeline and on worker processes, one torch thread each.

        One pipeline per core, each with one torch thread, parses more words a second
        than one pipeline with all threads (the models' small matrix products split badly
        across threads, whole batches do not); the other pipelines live in child
        processes (:mod:`attrib.workers`) because stanza's Python parts hold the GIL.
        """
        import torch

        with self._lock:
            first = next(batches, None)
            if first is None:
                return
            second = next(batches, None)
            if second is None:  # one batch: one pipeline, all cores
                torch.set_num_threads(cores())
                yield from self._part(self.nlp, first)
                return
            self._more[:] = [w for w in self._more if w.alive]  # a killed worker is replaced
            while len(self._more) < self.workers - 1:
                self._more.append(WorkerProcess(self.nlp.model_dir, parse_all=self.parse_all))
            free: queue.SimpleQueue[Callable[[list[Any]], list[Analysis]]] = queue.SimpleQueue()
            free.put(lambda batch: self._part(self.nlp, batch))
            for worker in self._more:
                free.put(worker.analyze)

            def run(batch: list[str | Mapping[str, Any]]) -> list[Analysis]:
                runner = free.get()
                try:
                    return runner(batch)
                finally:
                    free.put(runner)

            torch.set_num_threads(1)
            try:
                with ThreadPoolExecutor(self.workers) as pool:
                    pending = deque([pool.submit(run, first), pool.submit(run, second)])
                    for batch in batches:
                        if len(pending) >= self.workers:
                            yield from pending.popleft().result()
                        pending.append(pool.submit(run, batch))
                    while pending:
                        yield from pending.popleft().result()
            finally:
                torch.set_num_threads(cores())

    def _part(self, nlp: NLP, items: list[str | Mapping[str, Any]]) -> list[Analysis]:
        return list(self._finish(nlp, [self._prepare(nlp, item) for item in items]))

    def _prepare(self, nlp: NLP, item: str | Mapping[str, Any]) -> _Work:
        if isinstance(item, str):
            doc_id, text, meta = None, item, {}
        elif isinstance(item, Mapping):
            doc_id, text, meta = item.get("id"), item.get("text"), dict(item.get("meta") or {})
        else:
            raise InputError(f"expected text or a mapping with 'text', got {type(item).__name__}")
        if not isinstance(text, str):
            raise InputError(f"document {doc_id!r}: 'text' must be a string, got {type(text).__name__}")
        if len(text) > MAX_CHARS:
            raise InputError(f"document {doc_id!r} has {len(text):,} characters; the limit is {MAX_CHARS:,}")
        doc = Document(None if doc_id is None else str(doc_id), text, meta)
        doc.blocks = find_blocks(text)
        scan = find_quotations(text, [(b.start, b.end) for b in doc.blocks])
        # headings are read for attributions ("Pence: Flowers won't attend"), never for claims
        body = [(i, b) for i, b in enumerate(doc.blocks) if b.kind in ("body", "heading")]
        sentences = split_before_opening_quotations(rejoin_broken_sentences(
            nlp.tokenize(_safe_text(text), [(b.start, b.end) for _, b in body], [i for i, _ in body]),
            self.lexicon.titles))
        return _Work(doc, scan, sentences, self._select(text, scan, sentences))

    def _select(self, text: str, scan: QuoteScan, sentences: list[Sentence]) -> list[int]:
        if self.parse_all:
            return [s.index for s in sentences]
        chosen: set[int] = set()
        for s in sentences:
            surface = text[s.start:s.end]
            if may_attribute(surface):
                chosen.add(s.index)
                if s.index > 0 and _PRONOUN_START.match(surface):
                    chosen.add(s.index - 1)
        return sorted(chosen)

    def _finish(self, nlp: NLP, batch: list[_Work]) -> Iterator[Analysis]:
        wanted = [w.sentences[i] for w in batch for i in w.selected]
        parsed = iter(nlp.parse(wanted, self._retag))
        for work in batch:
            done = {i: next(parsed) for i in work.selected}
            work.doc.sentences = [done.get(s.index, s) for s in work.sentences]
            yield self._analyse(work)

    def _analyse(self, work: _Work) -> Analysis:
        doc, scan = work.doc, work.scan
        attributions = find_attributions(doc, scan, self.lexicon)
        speakers, speaker_of = resolve_speakers(doc, attributions, self.lexicon)
        sourced = assess_sourcing(doc, attributions, speakers, speaker_of, self.lexicon)
        quotes, quote_ids = _quote_records(doc.text, attributions, sourced.speaker_of, sourced.of)
        claims = find_claims(doc, attributions, quote_ids,
                             {id(a): sourced.of[k] for k, a in enumerate(attributions) if k in sourced.of})
        ctx = RuleContext(doc, scan, tuple(quotes), tuple(sourced.speakers), tuple(claims), self.lexicon)
        findings = apply_rules(ctx)
        return Analysis(id=doc.id, text=doc.text, quotes=tuple(quotes), speakers=tuple(sourced.speakers),
                        claims=tuple(claims), findings=tuple(findings), blocks=doc.blocks, meta=doc.meta)


def _quote_records(text: str, attributions: list[Attribution], speaker_of: dict[int, str],
                   sourcing: dict[int, Sourcing] | None = None) -> tuple[list[Quote], dict[int, str]]:
    ids = {id(a): f"q{k + 1}" for k, a in enumerate(attributions)}
    quotes = []
    for k, a in enumerate(attributions):
        quotes.append(Quote(
            id=ids[id(a)], type=a.type,  # type: ignore[arg-type]
            contents=tuple(Span.of(text, s, e) for s, e in a.contents),
            cue=Span.of(text, *a.cue) if a.cue else None,
            source=Span.of(text, *a.source) if a.source else None,
            speaker=speaker_of.get(k), confidence=a.confidence,
            channel=Span.of(text, *a.channel) if a.channel else None,
            nested_in=ids.get(id(a.nested_in)) if a.nested_in is not None else None,
            sourcing=(sourcing or {}).get(k),
        ))
    return quotes, ids


def _close_all(workers: list[WorkerProcess]) -> None:
    while workers:
        workers.pop().close()


_DEFAULT: Analyzer | None = None


def analyze(text: str, *, id: str | None = None, meta: Mapping[str, Any] | None = None) -> Analysis:
    """Analyse one document with a shared default :class:`Analyzer` (models loaded once)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Analyzer()
    return _DEFAULT.analyze(text, id=id, meta=meta)
