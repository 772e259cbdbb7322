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
import re
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from itertools import groupby
from operator import itemgetter
from typing import Any

from attrib.attribution import Attribution, Context, find_attributions, may_attribute
from attrib.budget import MAX_CHARS, bound_sentences, check_size
from attrib.claims import find_claims
from attrib.confidence import calibration, source_kind
from attrib.document import Document, Sentence
from attrib.errors import InputError
from attrib.ingest import batched
from attrib.layout import find_blocks
from attrib.lexicon import Lexicon, load_lexicon
from attrib.nlp import NLP, cores, load_nlp
from attrib.quotes import QuoteScan, find_quotations
from attrib.records import Analysis, Block, Quote, Sourcing, Span
from attrib.retag import misread_verbs
from attrib.rules import RuleContext, apply_rules
from attrib.sentence_repair import rejoin_broken_sentences, split_before_opening_quotations
from attrib.sourcing import assess_sourcing
from attrib.speakers import resolve_speakers

__all__ = ["Analyzer", "analyze", "default_analyzer", "MAX_CHARS"]

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
    batches run at once, each on a thread of this process with one torch thread, all
    sharing one copy of the models; default: the cores of :func:`attrib.nlp.cores`, at
    most two.  One analyzer serves one ``analyze_many`` at a time; other threads wait
    for it.
    """

    def __init__(self, models: str | os.PathLike[str] | None = None, *, parse_all: bool = False,
                 workers: int | None = None) -> None:
        self.nlp: NLP = load_nlp(models)
        self.parse_all = parse_all
        self.lexicon = load_lexicon()
        self._retag = functools.partial(misread_verbs, lexicon=self.lexicon)
        self.workers = max(1, workers if workers is not None else cores())
        self._lock = threading.RLock()

    def close(self) -> None:
        """Nothing to release: the worker threads end with each ``analyze_many`` (kept for
        ``with Analyzer() as analyzer:`` and for callers of earlier versions)."""

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
        """Batches on ``workers`` threads, one torch thread each, sharing one copy of the models.

        One batch per core, each with one torch thread, parses more words a second than
        one batch with all threads (the models' small matrix products split badly across
        threads, whole batches do not).  Threads, not processes: torch releases the GIL in
        its kernels, where most of the time goes, and a second process held a second copy
        of the models (~570 MB) and loaded them again (issue 21).
        """
        import torch

        with self._lock:
            first = next(batches, None)
            if first is None:
                return
            second = next(batches, None)
            if second is None:  # one batch: its sentences split between the workers
                torch.set_num_threads(1)
                try:
                    with ThreadPoolExecutor(self.workers) as pool:
                        yield from self._part(self.nlp, first, pool)
                finally:
                    torch.set_num_threads(cores())
                return
            run = functools.partial(self._part, self.nlp)
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

    def _part(self, nlp: NLP, items: list[str | Mapping[str, Any]],
              pool: ThreadPoolExecutor | None = None) -> list[Analysis]:
        return list(self._finish(nlp, self._works(nlp, items, pool), pool))

    def _prepare(self, nlp: NLP, item: str | Mapping[str, Any], pool: ThreadPoolExecutor | None = None) -> _Work:
        return self._works(nlp, [item], pool)[0]

    def _works(self, nlp: NLP, items: list[str | Mapping[str, Any]],
               pool: ThreadPoolExecutor | None = None) -> list[_Work]:
        """Documents laid out, their body sentences split (all in one tokenizer call), and the
        sentences chosen for the parser; a bad item raises before any is tokenized."""
        laid = [self._lay_out(item) for item in items]
        split = self._tokenize(nlp, [(_safe_text(doc.text), body) for doc, _, body in laid], pool)
        works = []
        for (doc, scan, _), found in zip(laid, split):
            # no sentence longer than budget.MAX_SENTENCE_WORDS reaches the parser
            sentences = bound_sentences(split_before_opening_quotations(rejoin_broken_sentences(
                found, self.lexicon.titles)))
            works.append(_Work(doc, scan, sentences, self._select(doc.text, scan, sentences)))
        return works

    @staticmethod
    def _lay_out(item: str | Mapping[str, Any]) -> tuple[Document, QuoteScan, list[tuple[int, Block]]]:
        if isinstance(item, str):
            doc_id, text, meta = None, item, {}
        elif isinstance(item, Mapping):
            doc_id, text, meta = item.get("id"), item.get("text"), dict(item.get("meta") or {})
        else:
            raise InputError(f"expected text or a mapping with 'text', got {type(item).__name__}")
        if not isinstance(text, str):
            raise InputError(f"document {doc_id!r}: 'text' must be a string, got {type(text).__name__}")
        check_size(text, doc_id)
        doc = Document(None if doc_id is None else str(doc_id), text, meta)
        doc.blocks = find_blocks(text)
        scan = find_quotations(text, [(b.start, b.end) for b in doc.blocks])
        # headings are read for attributions ("Pence: Flowers won't attend"), never for claims
        body = [(i, b) for i, b in enumerate(doc.blocks) if b.kind in ("body", "heading")]
        return doc, scan, body

    def _tokenize(self, nlp: NLP, requests: list[tuple[str, list[tuple[int, Block]]]],
                  pool: ThreadPoolExecutor | None) -> list[list[Sentence]]:
        """The sentences of each document's ``body`` blocks, all documents in one tokenizer call;
        with a pool, the blocks in one run of paragraphs per worker thread (the tokenizer reads
        each paragraph on its own: same sentences)."""
        shares = self.workers if pool is not None else 1
        pieces = [(r, i, b) for r, (_, body) in enumerate(requests) for i, b in body]
        if shares < 2 or len(pieces) < 2 * shares:
            return nlp.tokenize_many([(text, [(b.start, b.end) for _, b in body], [i for i, _ in body])
                                      for text, body in requests])
        total, runs, size = sum(b.end - b.start for _, _, b in pieces), [[]], 0
        for piece in pieces:  # contiguous runs of about equal length
            if size >= total * len(runs) / shares and len(runs) < shares:
                runs.append([])
            runs[-1].append(piece)
            size += piece[2].end - piece[2].start
        assert pool is not None
        futures = []
        for run in runs:  # a run's pieces come document by document
            groups = [(r, list(group)) for r, group in groupby(run, key=itemgetter(0))]
            futures.append(([r for r, _ in groups], pool.submit(nlp.tokenize_many, [
                (requests[r][0], [(b.start, b.end) for _, _, b in group], [i for _, i, _ in group])
                for r, group in groups])))
        out: list[list[Sentence]] = [[] for _ in requests]
        for owners, future in futures:
            for r, sentences in zip(owners, future.result()):
                out[r].extend(sentences)
        return [[replace(s, index=k) for k, s in enumerate(sentences)] for sentences in out]

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

    def _finish(self, nlp: NLP, batch: list[_Work], pool: ThreadPoolExecutor | None = None) -> Iterator[Analysis]:
        wanted = [w.sentences[i] for w in batch for i in w.selected]
        parsed = iter(self._parse(nlp, wanted, pool))
        for work in batch:
            done = {i: next(parsed) for i in work.selected}
            work.doc.sentences = [done.get(s.index, s) for s in work.sentences]
            yield self._analyse(work)

    def _parse(self, nlp: NLP, sentences: list[Sentence], pool: ThreadPoolExecutor | None) -> list[Sentence]:
        """Parse ``sentences``; with a pool, in one share per worker thread (balanced by words).

        One document's sentences parsed by two threads with one torch thread each take about
        30 % less time than one call with two torch threads, for the same CPU time as one
        thread (issue 20: an 800-word article, PolNeAR dev; a sentence's parse does not depend
        on the other sentences of its batch, so the results are identical).
        """
        shares = self.workers if pool is not None else 1
        if shares < 2 or len(sentences) < 2 * shares:
            return nlp.parse(sentences, self._retag)
        parts: list[list[int]] = [[] for _ in range(shares)]
        load = [0] * shares
        for k in sorted(range(len(sentences)), key=lambda k: -len(sentences[k].words)):
            lightest = load.index(min(load))
            parts[lightest].append(k)
            load[lightest] += len(sentences[k].words)
        assert pool is not None
        futures = [pool.submit(nlp.parse, [sentences[k] for k in sorted(part)], self._retag) for part in parts]
        out: list[Sentence | None] = [None] * len(sentences)
        for part, future in zip(parts, futures):
            for k, sentence in zip(sorted(part), future.result()):
                out[k] = sentence
        return [s for s in out if s is not None]

    def explain(self, text: str, *, id: str | None = None,
                meta: Mapping[str, Any] | None = None) -> tuple[Analysis, Context]:
        """Analyse one document in this process and keep the attribution stage's trace: the
        context's ``result`` (one attribution per quote, in order, with its construction and
        source finder) and ``dropped`` (the candidates vetoes dropped).  ``attrib analyze --explain``."""
        with self._lock:
            work = self._prepare(self.nlp, {"id": id, "text": text, "meta": dict(meta or {})})
            done = dict(zip(work.selected, self.nlp.parse([work.sentences[i] for i in work.selected], self._retag)))
            work.doc.sentences = [done.get(s.index, s) for s in work.sentences]
            context = Context(work.doc, work.scan, self.lexicon)
            return self._analyse(work, context), context

    def _analyse(self, work: _Work, context: Context | None = None) -> Analysis:
        doc, scan = work.doc, work.scan
        attributions = find_attributions(doc, scan, self.lexicon, context=context)
        speakers, speaker_of = resolve_speakers(doc, attributions, self.lexicon)
        sourced = assess_sourcing(doc, attributions, speakers, speaker_of, self.lexicon)
        quotes, quote_ids = _quote_records(doc.text, attributions, sourced.speaker_of, sourced.of, self.lexicon)
        claims = find_claims(doc, attributions, quote_ids,
                             {id(a): sourced.of[k] for k, a in enumerate(attributions) if k in sourced.of})
        ctx = RuleContext(doc, scan, tuple(quotes), tuple(sourced.speakers), tuple(claims), self.lexicon)
        findings = apply_rules(ctx)
        return Analysis(id=doc.id, text=doc.text, quotes=tuple(quotes), speakers=tuple(sourced.speakers),
                        claims=tuple(claims), findings=tuple(findings), blocks=doc.blocks, meta=doc.meta)


def _quote_records(text: str, attributions: list[Attribution], speaker_of: dict[int, str],
                   sourcing: dict[int, Sourcing] | None = None,
                   lexicon: Lexicon | None = None) -> tuple[list[Quote], dict[int, str]]:
    ids = {id(a): f"q{k + 1}" for k, a in enumerate(attributions)}
    lexicon = lexicon or load_lexicon()
    quotes = []
    for k, a in enumerate(attributions):
        quotes.append(Quote(
            id=ids[id(a)], type=a.type,  # type: ignore[arg-type]
            contents=tuple(Span.of(text, s, e) for s, e in a.contents),
            cue=Span.of(text, *a.cue) if a.cue else None,
            source=Span.of(text, *a.source) if a.source else None,
            speaker=speaker_of.get(k),
            confidence=calibration().confidence(a.construction, a.category, source_kind(
                text[a.source[0]:a.source[1]] if a.source else None, lexicon)),
            channel=Span.of(text, *a.channel) if a.channel else None,
            nested_in=ids.get(id(a.nested_in)) if a.nested_in is not None else None,
            sourcing=(sourcing or {}).get(k), category=a.category or None, construction=a.construction or None,
        ))
    return quotes, ids


_DEFAULT: Analyzer | None = None
_DEFAULT_LOCK = threading.Lock()


def default_analyzer() -> Analyzer:
    """The shared default :class:`Analyzer`, built once (under a lock: two threads' first calls load
    the models once)."""
    global _DEFAULT
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            _DEFAULT = Analyzer()
        return _DEFAULT


def analyze(text: str, *, id: str | None = None, meta: Mapping[str, Any] | None = None) -> Analysis:
    """Analyse one document with a shared default :class:`Analyzer` (models loaded once).

    A document over the size limit (:data:`attrib.budget.MAX_CHARS`) is refused before the
    models load.
    """
    if isinstance(text, str):
        check_size(text, id)
    return default_analyzer().analyze(text, id=id, meta=meta)
