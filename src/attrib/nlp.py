"""Stage: sentences, tokens, lemmas, POS and dependencies — the only module that knows stanza.

Two steps, so that only the sentences attribution needs are parsed:
``tokenize`` splits the body paragraphs of many documents into sentences and
words; ``parse`` runs POS, lemmas and the dependency parser over a chosen set of
sentences from all of them in one batch.  Models load once per process and
never download: the packaged models, or an official stanza model directory
chosen with ``ATTRIB_STANZA_DIR`` / ``Analyzer(models=...)``.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

from attrib.document import Sentence, Word
from attrib.errors import ModelError
from attrib.fast_lstm import bfloat16_lstm_supported, replace_lstms
from attrib.models import resolve_model_dir
from attrib.retag import Retag
from attrib.stanza_patches import no_optimizers, patch_stanza, quantize_highway_gates

__all__ = ["NLP", "load_nlp", "cores", "freeze_loaded_objects", "THREADS_ENV"]

THREADS_ENV = "ATTRIB_THREADS"

# The EWT training text writes apostrophes straight: the models split "she'll" but not
# "she’ll". A one-for-one character swap keeps every offset where it was.
_MODEL_ORTHOGRAPHY = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})

# Clitics that UD English (as the Penn Treebank) always writes as words of their own; the compact
# tokenizer sometimes leaves them on ("Trump's", "she'll"), which derails the tagger and parser.
_CLITIC = re.compile(r"(?i)(?<=[a-z])(['\u2019](?:s|ll|re|ve|d|m)|n['\u2019]t)$")


# Small batches run faster on one core than stanza's defaults (1,500 tokens a parser batch,
# 100 sentences / 5,000 tokens a tagger batch): 1,560 → 1,700 words/s on 800-word news
# (benchmarks/speed.py --threads 1), with the same analyses — the batch-sized tensors stay
# in cache.  A sentence's parse never depends on its batch (tests/test_models.py).
_PARSE_BATCHES = {"depparse_batch_size": 500, "pos_batch_size": 30, "pos_batch_maximum_tokens": 2500}


def _packages(model_dir: Path) -> dict[str, str]:
    """Processor → package for the model directory (official dirs: the default English ones)."""
    resources = model_dir / "resources.json"
    if not resources.exists():
        raise ModelError(
            f"no stanza models in {model_dir} (resources.json missing). Reinstall attrib, or point "
            "ATTRIB_STANZA_DIR at a directory made by stanza.download('en'). Nothing is downloaded "
            "at run time.")
    try:
        english = json.loads(resources.read_text(encoding="utf-8"))["en"]
    except (KeyError, ValueError) as exc:
        raise ModelError(f"{resources} has no English models: {exc}") from exc
    default = english.get("default_processors") or english.get("packages", {}).get("default", {})
    return {proc: pkg for proc, pkg in default.items()
            if proc in ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
            and (model_dir / "en" / proc).exists()}


class NLP:
    """Loaded stanza pipelines for one model directory."""

    def __init__(self, model_dir: Path) -> None:
        try:
            import stanza
            import torch
        except ImportError as exc:  # pragma: no cover - stanza is a hard dependency
            raise ModelError("stanza is not installed") from exc
        torch.set_num_threads(cores())
        patch_stanza()
        logging.getLogger("stanza").setLevel(logging.WARNING)
        self.model_dir = model_dir
        packages = _packages(model_dir)
        missing = {"tokenize", "pos", "lemma", "depparse"} - set(packages)
        if missing:
            raise ModelError(f"{model_dir} lacks stanza models for: {', '.join(sorted(missing))}")
        common = dict(lang="en", dir=str(model_dir), download_method=None, logging_level="WARN",
                      use_gpu=False)
        tok_procs = "tokenize,mwt" if "mwt" in packages else "tokenize"
        try:
            with no_optimizers():  # (stanza builds one per model, which cost 1.9 s here)
                self._tokenizer = stanza.Pipeline(
                    processors=tok_procs, package={p: packages[p] for p in tok_procs.split(",")}, **common)
                # official model directories carry NER: speakers then get their kind from it
                parse_procs = "tokenize,pos,lemma,depparse" + (",ner" if "ner" in packages else "")
                self._parser = stanza.Pipeline(
                    processors=parse_procs, package={p: packages[p] for p in parse_procs.split(",")},
                    tokenize_pretokenized=True, **_PARSE_BATCHES, **common)
        except Exception as exc:  # stanza raises many kinds of errors for bad model dirs
            raise ModelError(f"cannot load stanza models from {model_dir}: {exc}") from exc
        for name in ("pos", "depparse"):
            quantize_highway_gates(self._parser.processors[name]._trainer.model)
        self.bfloat16_lstms = bfloat16_lstm_supported()
        if self.bfloat16_lstms:
            for pipeline, name in ((self._tokenizer, "tokenize"), (self._parser, "pos"), (self._parser, "depparse")):
                replace_lstms(pipeline.processors[name]._trainer.model)
        self.has_ner = "ner" in packages
        # one short parse now: stanza's lazily built parts (vocabularies, the int8 layouts) are
        # made before any two threads share the pipelines (they hold no other per-call state)
        warm = "Officials said it was ready."
        self.parse(self.tokenize(warm, [(0, len(warm))], [0]))

    def tokenize(self, text: str, spans: Sequence[tuple[int, int]], block_ids: Sequence[int]) -> list[Sentence]:
        """Sentences of the given paragraphs of ``text``; offsets refer to ``text``."""
        return self.tokenize_many([(text, spans, block_ids)])[0]

    def tokenize_many(self, requests: Sequence[tuple[str, Sequence[tuple[int, int]], Sequence[int]]],
                      ) -> list[list[Sentence]]:
        """For each ``(text, paragraph spans, block ids)``, the sentences of those paragraphs.

        All paragraphs go to stanza as one document, joined with blank lines (paragraph
        breaks: no sentence crosses one, and each paragraph is read on its own), so the
        tokenizer's small LSTM steps over many paragraphs at once: a batch of documents
        tokenized together costs about a quarter less than one call per document.
        Offsets are mapped back piece by piece and refer to each request's own text.
        """
        pieces: list[str] = []
        starts: list[int] = []
        owners: list[tuple[int, int, int]] = []  # (request, offset of the piece in its text, block id)
        pos = 0
        for r, (text, spans, block_ids) in enumerate(requests):
            for (start, end), block in zip(spans, block_ids):
                starts.append(pos)
                pieces.append(text[start:end])
                owners.append((r, start, block))
                pos += (end - start) + 2
        out: list[list[Sentence]] = [[] for _ in requests]
        if not pieces:
            return out
        joined = "\n\n".join(pieces)
        with _inference():
            doc = self._tokenizer(joined.translate(_MODEL_ORTHOGRAPHY))
        k = 0
        for sent in doc.sentences:
            first = sent.tokens[0].start_char
            while k + 1 < len(starts) and starts[k + 1] <= first:
                k += 1
            r, offset, block = owners[k]
            words = _words(joined, sent, offset - starts[k])
            out[r].append(Sentence(len(out[r]), words[0].start, words[-1].end, tuple(words), block=block))
        return out

    def parse(self, sentences: Sequence[Sentence],
              retag: Callable[[Sentence], Mapping[int, Retag]] | None = None) -> list[Sentence]:
        """The same sentences with lemma, POS and dependencies filled in (one batch).

        ``retag`` names, for a tagged sentence, the words whose tag was wrong and the tag
        they should have (attrib.retag); those sentences are parsed again with the
        corrected tags.
        """
        if not sentences:
            return []
        with _inference():
            doc = self._parser([[w.text.translate(_MODEL_ORTHOGRAPHY) for w in s.words] for s in sentences])
            out = self._read(sentences, doc)
            if retag is not None:
                self._reparse(out, retag)
        return out

    def _read(self, sentences: Sequence[Sentence], doc) -> list[Sentence]:
        out = []
        for sent, parsed in zip(sentences, doc.sentences):
            ner = [getattr(p.parent, "ner", None) or "" for p in parsed.words] if self.has_ner \
                else [""] * len(sent.words)
            words = tuple(
                replace(w, lemma=(p.lemma or p.text), upos=p.upos or "", xpos=p.xpos or "",
                        feats=p.feats or "", head=(p.head or 0) - 1, deprel=p.deprel or "", ner=tag)
                for w, p, tag in zip(sent.words, parsed.words, ner))
            out.append(replace(sent, words=words, parsed=True, _children=()))
        return out

    def _reparse(self, sentences: list[Sentence], retag: Callable[[Sentence], Mapping[int, Retag]]) -> None:
        """Parse again, in place, the sentences ``retag`` corrects a tag in."""
        from stanza.models.common.doc import Document as StanzaDocument

        fixed: list[tuple[int, tuple[Word, ...]]] = []
        for k, sent in enumerate(sentences):
            fixes = retag(sent)
            if fixes:
                fixed.append((k, tuple(
                    replace(w, upos=fixes[w.index].upos, xpos=fixes[w.index].xpos, lemma=fixes[w.index].lemma,
                            feats=fixes[w.index].feats)
                    if w.index in fixes else w for w in sent.words)))
        if not fixed:
            return
        doc = StanzaDocument([
            [{"id": w.index + 1, "text": w.text.translate(_MODEL_ORTHOGRAPHY), "lemma": w.lemma,
              "upos": w.upos, "xpos": w.xpos, "feats": w.feats or None} for w in words]
            for _, words in fixed])
        doc = self._parser.processors["depparse"].process(doc)
        for (k, words), parsed in zip(fixed, doc.sentences):
            sentences[k] = replace(sentences[k], _children=(), words=tuple(
                replace(w, head=(p.head or 0) - 1, deprel=p.deprel or "") for w, p in zip(words, parsed.words)))


def _words(joined: str, sent, shift: int) -> list[Word]:
    """The words of one stanza sentence of ``joined``, offsets moved by ``shift``, clitics split."""
    words: list[Word] = []
    for token in sent.tokens:
        for word in token.words:
            ws = word.start_char if word.start_char is not None else token.start_char
            we = word.end_char if word.end_char is not None else token.end_char
            form = joined[ws:we] if we - ws == len(word.text) else word.text  # original marks
            clitic = _CLITIC.search(form) if we - ws == len(form) else None
            if clitic and clitic.start() > 0:  # as EWT: "ca n't", "wo n't", "Trump 's"
                cut = ws + clitic.start()
                words.append(Word(len(words), form[:clitic.start()], ws + shift, cut + shift))
                ws, form = cut, form[clitic.start():]
            words.append(Word(len(words), form, ws + shift, we + shift))
    return words


def _inference():
    """No autograd bookkeeping: stanza's predict runs without ``no_grad`` (thread-local)."""
    import torch

    return torch.inference_mode()


def cores() -> int:
    """Cores one analyzer may use: ``ATTRIB_THREADS``, else two at most (batch workers set 1)."""
    default = min(2, os.cpu_count() or 1)
    try:
        return max(1, int(os.environ.get(THREADS_ENV) or default))
    except ValueError:
        return default


@cache
def _load(model_dir: Path) -> NLP:
    return NLP(model_dir)


def freeze_loaded_objects() -> None:
    """Leave everything alive now (models, torch, stanza) out of the collector's full collections.

    For programs that own their process and keep the models to the end: the CLI calls it
    after loading.  The library never does, as ``gc.freeze`` is
    process-wide and a host program decides about its own collector.  Measured: collections
    were 11 % of analysis time, 1.7 % after this (py-spy, PolNeAR dev); 3.6 -> 4.0 docs/s.
    The CPython docs suggest ``gc.freeze`` after start-up for the same reason; garbage made
    before it is collected first.
    """
    gc.collect()
    gc.freeze()


def load_nlp(models: str | os.PathLike[str] | None = None) -> NLP:
    """The NLP layer for ``models`` (or the configured default), loaded once per process."""
    return _load(resolve_model_dir(models))
