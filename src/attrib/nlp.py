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
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

from attrib.document import Sentence, Word
from attrib.errors import ModelError
from attrib.fast_lstm import bfloat16_lstm_supported, replace_lstms
from attrib.models import resolve_model_dir
from attrib.quotes import CLOSING_QUOTE_TOKENS, OPENING_QUOTE_TOKENS
from attrib.retag import Retag

__all__ = ["NLP", "load_nlp", "cores", "rejoin_broken_sentences", "split_before_opening_quotations", "THREADS_ENV"]

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


def _acyclic_single_root(heads: list[int]) -> bool:
    """Do these heads (index 0 = the artificial root) form a tree with exactly one root child?"""
    n = len(heads)
    if sum(1 for h in heads[1:] if h == 0) != 1:
        return False
    state = [0] * n  # 0 unseen, 1 on the current path, 2 reaches the root
    state[0] = 2
    for start in range(1, n):
        path, node = [], start
        while state[node] == 0:
            state[node] = 1
            path.append(node)
            node = heads[node]
        if state[node] == 1:
            return False  # a cycle
        for p in path:
            state[p] = 2
    return True


def _functional_cycles(tree) -> list:
    """The cycles of a head array (``tree[i]`` = head of ``i``), as boolean masks.

    Every node has exactly one head, so the graph is functional and its strongly
    connected components of two or more nodes are exactly its cycles: one walk along
    the heads from each unvisited node finds them in O(n), where stanza's Tarjan
    search scans the whole array for every node's dependents (O(n²), in Python).
    Cycles come in the order Tarjan reports them (by their smallest node), so
    Chu-Liu-Edmonds contracts them in the same order and finds the same tree.
    """
    import numpy as np

    heads = tree.tolist()
    state = [0] * len(heads)  # 0 unseen, 1 on the current walk, 2 done
    state[0] = 2
    cycles = []
    for start in range(1, len(heads)):
        if state[start]:
            continue
        walk, node = [], start
        while state[node] == 0:
            state[node] = 1
            walk.append(node)
            node = heads[node]
        if state[node] == 1 and walk[-1] != node:  # a self-loop is no cycle (as Tarjan)
            cycles.append(walk[walk.index(node):])
        for p in walk:
            state[p] = 2
    masks = []
    for cycle in sorted(cycles, key=min):
        mask = np.zeros(len(heads), dtype=bool)
        mask[cycle] = True
        masks.append(mask)
    return masks


def _patch_tree_decoder() -> None:
    """Skip stanza's pure-Python Chu-Liu-Edmonds when the greedy heads already form a tree.

    The greedy (argmax) heads, when they form a tree with one root, are the maximum
    spanning tree that CLE would find; checking that in O(n) and falling back to CLE
    otherwise gives the same trees (checked on 4,000 random score matrices) and saves
    the pure-Python Tarjan cycle search for most sentences; for the rest, CLE finds its
    cycles with :func:`_functional_cycles` (same cycles, same order, same trees).
    """
    import numpy as np
    from stanza.models.common import chuliu_edmonds as cle
    from stanza.models.depparse import model as depparse_model

    original = cle.chuliu_edmonds_one_root
    if getattr(depparse_model.chuliu_edmonds_one_root, "_attrib_fast", False):
        return
    cle.tarjan = _functional_cycles  # CLE's cycle search, looked up at call time

    def one_root(scores):
        # Every single-root tree has exactly one root arc, so stanza's root reweighting shifts
        # them all by the same constant: the best tree overall, when it has one root, is also
        # the best single-root tree.
        trial = scores.astype(np.float64)
        cle.prepare_scores(trial)
        tree = np.argmax(trial, axis=1)
        if _acyclic_single_root(tree.tolist()):
            return tree
        return original(scores)

    one_root._attrib_fast = True  # type: ignore[attr-defined]
    depparse_model.chuliu_edmonds_one_root = one_root


class _Int8Labels:
    """``x @ layout`` for a label-major layout (``size1`` x ``labels * size2``) in int8.

    Each row of ``x`` (one word) gets its own scale and each label its own weight scale
    (symmetric, max-abs / 127), so a word's scores never depend on what else is in the
    batch.  Both scales are applied after the following ``bmm`` (they factor out of the
    sum over the second word's features), on a tensor six times smaller.
    """

    def __init__(self, layout, labels: int) -> None:
        import torch

        size1, width = layout.shape
        blocks = layout.view(size1, labels, width // labels)
        self.label_scale = (blocks.abs().amax((0, 2)) / 127).clamp_min(1e-12)
        self.weight = torch.round(blocks / self.label_scale.view(1, labels, 1)).clamp(-127, 127) \
            .to(torch.int8).reshape(size1, width).contiguous()

    def __call__(self, x):
        import torch

        row = (x.abs().amax(1, keepdim=True) / 127).clamp_min(1e-12)
        xq = torch.round(x / row).clamp(-127, 127).to(torch.int8)
        return torch._int_mm(xq, self.weight).to(x.dtype), row


def _int8_labels(layout, labels: int) -> _Int8Labels | None:
    """The int8 product, or None where torch lacks ``_int_mm`` on this machine."""
    import torch

    try:
        product = _Int8Labels(layout, labels)
        raw, _ = product(torch.ones(1, layout.shape[0]))
    except (RuntimeError, AttributeError, NotImplementedError):
        return None
    return product if raw.shape == (1, layout.shape[1]) else None


def _cached_layout(module, weight, arrange):
    """``arrange(weight)`` (a product-ready layout and its int8 form), cached on ``module`` and
    rebuilt only if the weights change."""
    key = (weight.data_ptr(), weight._version)
    cached = getattr(module, "_attrib_layout", None)
    if cached is None or cached[0] != key:
        cached = (key, *arrange(weight.detach()))
        module._attrib_layout = cached
    return cached[1], cached[2]


def _label_layout(bilinear):
    """A ``PairwiseBilinear``'s weights label-major (``size1`` x ``labels * size2``), and in int8."""
    def arrange(weight):
        size1, size2, out_size = weight.shape
        layout = weight.permute(0, 2, 1).reshape(size1, out_size * size2).contiguous()
        return layout, _int8_labels(layout, out_size) if out_size > 1 else None

    return _cached_layout(bilinear, bilinear.weight, arrange)


def _patch_pairwise_bilinear() -> None:
    """stanza's labelled-arc scorer as one int8 matrix product and one batched product.

    ``PairwiseBilinear`` scores every (dependent, head, label) triple with two ``einsum``
    calls; for the 51 dependency labels that was a quarter of all analysis time on 800-word
    news (3.4 M multiply-adds per word).  The same sum is ``x1 @ W`` (weights laid out
    label-major) followed by a ``bmm`` against ``x2``; the first product runs in int8 with
    per-word and per-label scales (dynamic quantisation, Jacob et al. 2018), the second in
    fp32.  Measured: EWT dev UAS/LAS through attrib's layer unchanged (84.20 / 80.89) and
    PolNeAR dev analyses identical, at 1.4x the words per second (benchmarks/speed.py).
    Only the many-label scorer is quantised; inference only.
    """
    import torch
    from stanza.models.common import biaffine

    if getattr(biaffine.PairwiseBilinear.forward, "_attrib_fast", False):
        return

    def forward(self, input1, input2):
        n, length1, size1 = input1.shape
        length2, size2 = input2.shape[1], input2.shape[2]
        out_size = self.weight.shape[2]
        layout, int8 = _label_layout(self)
        flat = input1.reshape(n * length1, size1)
        if int8 is not None:
            raw, row = int8(flat)
            scores = torch.bmm(raw.view(n, length1 * out_size, size2), input2.transpose(1, 2))
            scores = scores.view(n, length1, out_size, length2)
            scores.mul_(row.view(n, length1, 1, 1)).mul_(int8.label_scale.view(1, 1, out_size, 1))
        else:
            scores = torch.bmm((flat @ layout).view(n, length1 * out_size, size2), input2.transpose(1, 2))
            scores = scores.view(n, length1, out_size, length2)
        return scores.permute(0, 1, 3, 2) + self.bias

    forward._attrib_fast = True  # type: ignore[attr-defined]
    biaffine.PairwiseBilinear.forward = forward


def _tag_major(weight):
    """``nn.Bilinear`` weights (tags x size1 x size2) as ``size1`` x ``tags * size2``, and in int8."""
    layout = weight.permute(1, 0, 2).reshape(weight.shape[1], -1).contiguous()
    return layout, _int8_labels(layout, weight.shape[0])


def _patch_tag_scorer() -> None:
    """The tagger's many-tag biaffine classifiers (XPOS: 53 tags) as one int8 product.

    ``nn.Bilinear`` computes ``x1ᵀ W_c x2`` for every tag ``c``; the same sum is
    ``x1 @ W`` (tag-major layout, int8 with per-word and per-tag scales as
    :class:`_Int8Labels`) then a dot product per tag with ``x2``.  Classifiers with
    few tags (the UFeats columns) keep stanza's code: their products are too small
    for int8 to pay.
    """
    import torch
    from stanza.models.common import biaffine

    original = biaffine.BiaffineScorer.forward
    if getattr(original, "_attrib_fast", False):
        return

    def forward(self, input1, input2):
        bilinear = self.W_bilin
        out_size = bilinear.out_features
        if out_size < 32 or input1.dim() != 2:
            return original(self, input1, input2)
        _, int8 = _cached_layout(self, bilinear.weight, _tag_major)
        if int8 is None:
            return original(self, input1, input2)
        x1 = torch.cat([input1, input1.new_ones(input1.shape[0], 1)], 1)
        x2 = torch.cat([input2, input2.new_ones(input2.shape[0], 1)], 1)
        raw, row = int8(x1)
        scores = torch.bmm(raw.view(x1.shape[0], out_size, x2.shape[1]), x2.unsqueeze(2)).squeeze(2)
        return scores.mul_(row).mul_(int8.label_scale.view(1, out_size)) + bilinear.bias

    forward._attrib_fast = True  # type: ignore[attr-defined]
    forward._attrib_original = original  # type: ignore[attr-defined]
    biaffine.BiaffineScorer.forward = forward


@cache
def _int8_linear_class():
    """``nn.Linear`` in int8 (per-input-row and per-output scales, as :class:`_Int8Labels`);
    a module, so that the models' module walks still see it (torch is imported lazily)."""
    import torch

    class Int8Linear(torch.nn.Module):
        def __init__(self, linear: torch.nn.Linear, product: _Int8Labels) -> None:
            super().__init__()
            self.product = product
            self.bias = linear.bias.detach() if linear.bias is not None else None
            self.out_features = linear.out_features

        def forward(self, x):
            flat = x.reshape(-1, x.shape[-1])
            if flat.shape[0] == 0:
                return x.new_zeros(*x.shape[:-1], self.out_features)
            raw, row = self.product(flat)
            out = raw.mul_(row).mul_(self.product.label_scale.view(1, -1))
            if self.bias is not None:
                out = out + self.bias
            return out.view(*x.shape[:-1], self.out_features)

    return Int8Linear


def _quantize_highway_gates(model) -> int:
    """The highway and gate projections between stanza's stacked LSTM layers, in int8.

    Each layer's output is mixed with its input through two ``in x hidden`` linear maps
    (highway connections, Srivastava et al. 2015); they were 6 % of all analysis time on
    one core.  Measured: +4.6 % words/s on one core; EWT dev UPOS/XPOS/UAS/LAS unchanged
    (UFeats +0.01).  Returns how many maps were replaced (none where torch lacks int8).
    """
    import torch

    replaced = 0
    for module in model.modules():
        if type(module).__name__ != "HighwayLSTM":
            continue
        for layers in (module.highway, module.gate):
            for k, linear in enumerate(layers):
                if not isinstance(linear, torch.nn.Linear):
                    continue
                weight = linear.weight.detach().t().contiguous()  # in x out: one "label" per output
                product = _int8_labels(weight, weight.shape[1])
                if product is None:
                    return replaced
                layers[k] = _int8_linear_class()(linear, product)
                replaced += 1
    return replaced


def _arc_labels(scorer, states, heads, words):
    """The best label of each word's chosen arc: ``scorer``'s scores at (word, its head) only.

    stanza scores all 51 labels for every (word, head) pair, padding included, and
    log-softmaxes that whole tensor, then reads one cell per word.  Here the first
    product (each word against the label-major weights) runs on the real words
    only (``words``: a mask over the padded batch), and the second is one dot product
    per label with the chosen head instead of with every word.
    """
    import torch

    bilinear = scorer.scorer.W_bilin
    dependents = scorer.hidden_func(scorer.W1(states[words]))
    x2 = scorer.hidden_func(scorer.W2(states))
    x2 = torch.cat([x2, x2.new_ones(*x2.shape[:-1], 1)], -1)
    size2, out_size = x2.shape[2], bilinear.weight.shape[2]
    at_head = x2.gather(1, heads.unsqueeze(2).expand(-1, -1, size2))[words].unsqueeze(2)
    flat = torch.cat([dependents, dependents.new_ones(dependents.shape[0], 1)], 1)
    layout, int8 = _label_layout(bilinear)
    if int8 is not None:
        raw, row = int8(flat)
        scores = torch.bmm(raw.view(-1, out_size, size2), at_head).squeeze(2)
        scores.mul_(row).mul_(int8.label_scale.view(1, out_size))
    else:
        scores = torch.bmm((flat @ layout).view(-1, out_size, size2), at_head).squeeze(2)
    labels = torch.zeros(heads.shape, dtype=torch.long)
    labels[words] = (scores + bilinear.bias).argmax(1)
    return labels


def _patch_graph_parser() -> None:
    """stanza's graph parser at inference: trees first, then labels for the chosen arcs only.

    Same heads (the unlabelled scores and the tree decoder are untouched) and the same
    label argmax as stanza's ``GraphParser.predict``, without building, log-softmaxing
    and copying the (sentences x words x words x labels) tensor.  Training, the
    head-constraint repair and arc-embedding models keep stanza's code.
    """
    import numpy as np
    import torch
    import torch.nn.functional as F
    from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
    from stanza.models.depparse import model as depparse_model

    original = depparse_model.GraphParser.predict
    if getattr(original, "_attrib_fast", False):
        return

    def predict(self, word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained, lemma,
                head, deprel, word_orig_idx, sentlens, wordlens, text, resolve_head_constraints=False):
        args = (word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained, lemma, head, deprel,
                word_orig_idx, sentlens, wordlens, text)
        if resolve_head_constraints or self.training or self.args.get("use_arc_embedding"):
            return original(self, *args, resolve_head_constraints=resolve_head_constraints)
        states = self.drop(self.embed(*args))
        unlabeled = self.unlabeled(states, states).squeeze(3)
        if self.args["linearization"] or self.args["distance"]:
            positions = torch.arange(word.size(1))
            offset = (positions.view(1, 1, -1) - positions.view(1, -1, 1)).expand(word.size(0), -1, -1)
            if self.args["linearization"]:
                lin = self.linearization(states, states).squeeze(3)
                unlabeled += F.logsigmoid(lin * torch.sign(offset).float())
            if self.args["distance"]:
                dist = 1 + F.softplus(self.distance(states, states).squeeze(3))
                unlabeled += -torch.log((torch.abs(offset).float() - dist) ** 2 / 2 + 1)
        diag = torch.eye(head.size(-1) + 1, dtype=torch.bool).unsqueeze(0)
        unlabeled.masked_fill_(diag, -float("inf"))
        log_probs = F.log_softmax(unlabeled, 2).numpy()
        trees = [depparse_model.chuliu_edmonds_one_root(log_probs[i][:n, :n]) for i, n in enumerate(sentlens)]
        heads = np.zeros(unlabeled.shape[:2], dtype=np.int64)
        words = np.zeros(unlabeled.shape[:2], dtype=bool)
        for i, tree in enumerate(trees):
            heads[i, :len(tree)] = tree
            words[i, 1:len(tree)] = True
        labels = _arc_labels(self.deprel, states, torch.from_numpy(heads), torch.from_numpy(words))
        labels = labels.numpy() + VOCAB_PREFIX_SIZE
        vocab = self.vocab["deprel"]
        return [[[int(tree[j]), relation] for j, relation in
                 enumerate(vocab.unmap(labels[i, 1:len(tree)].tolist()), start=1)]
                for i, tree in enumerate(trees)]

    predict._attrib_fast = True  # type: ignore[attr-defined]
    predict._attrib_original = original  # type: ignore[attr-defined]
    depparse_model.GraphParser.predict = predict


class NLP:
    """Loaded stanza pipelines for one model directory."""

    def __init__(self, model_dir: Path) -> None:
        try:
            import stanza
            import torch
        except ImportError as exc:  # pragma: no cover - stanza is a hard dependency
            raise ModelError("stanza is not installed") from exc
        torch.set_num_threads(cores())
        _patch_tree_decoder()
        _patch_pairwise_bilinear()
        _patch_graph_parser()
        _patch_tag_scorer()
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
            _quantize_highway_gates(self._parser.processors[name]._trainer.model)
        self.bfloat16_lstms = bfloat16_lstm_supported()
        if self.bfloat16_lstms:
            for pipeline, name in ((self._tokenizer, "tokenize"), (self._parser, "pos"), (self._parser, "depparse")):
                replace_lstms(pipeline.processors[name]._trainer.model)
        self.has_ner = "ner" in packages
        self._lock = threading.Lock()  # a stanza pipeline serves one call at a time

    def tokenize(self, text: str, spans: Sequence[tuple[int, int]], block_ids: Sequence[int]) -> list[Sentence]:
        """Sentences of the given paragraphs of ``text``; offsets refer to ``text``.

        The paragraphs are joined with blank lines so that stanza sees one document
        with paragraph breaks; offsets are mapped back piece by piece.
        """
        if not spans:
            return []
        pieces, starts, pos = [], [], 0
        for start, end in spans:
            starts.append(pos)
            pieces.append(text[start:end])
            pos += (end - start) + 2
        joined = "\n\n".join(pieces)
        with self._lock, _inference():
            doc = self._tokenizer(joined.translate(_MODEL_ORTHOGRAPHY))
        sentences: list[Sentence] = []
        k = 0
        for sent in doc.sentences:
            first = sent.tokens[0].start_char
            while k + 1 < len(starts) and starts[k + 1] <= first:
                k += 1
            shift = spans[k][0] - starts[k]
            words = []
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
            sentences.append(Sentence(len(sentences), words[0].start, words[-1].end, tuple(words),
                                      block=block_ids[k]))
        return sentences

    def parse(self, sentences: Sequence[Sentence],
              retag: Callable[[Sentence], Mapping[int, Retag]] | None = None) -> list[Sentence]:
        """The same sentences with lemma, POS and dependencies filled in (one batch).

        ``retag`` names, for a tagged sentence, the words whose tag was wrong and the tag
        they should have (attrib.retag); those sentences are parsed again with the
        corrected tags.
        """
        if not sentences:
            return []
        with self._lock, _inference():
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


def rejoin_broken_sentences(sentences: Sequence[Sentence], titles: frozenset[str]) -> list[Sentence]:
    """Undo the tokenizer's sentence breaks that no sentence ends with, within a paragraph.

    The compact tokenizer ends sentences at "Rep." / "Sen." / "Dr." often enough
    ("…,” Rep. | Gwen Moore (D-Wis.) said Friday."), which separates a quotation from
    its speaker and cue.  ``titles``: lower-case title words; those ending in a full
    stop never end an English sentence (AP Stylebook abbreviates them only before a
    name), so a break after one is joined when the next sentence starts with a
    capital.  It also breaks where no sentence-final mark stands at all ("… the
    campaign expects | Holt to insert himself …"): joined too.
    """
    abbreviations = {t for t in titles if t.endswith(".")}
    out: list[Sentence] = []
    for sent in sentences:
        prev = out[-1] if out else None
        if prev is not None and prev.block == sent.block and (
                (prev.words[-1].text.lower() in abbreviations and sent.words[0].text[:1].isupper())
                or _unterminated(prev) or _continues_after_quotation(prev, sent)):
            words = prev.words + tuple(replace(w, index=len(prev.words) + k) for k, w in enumerate(sent.words))
            out[-1] = replace(prev, end=sent.end, words=words)
        else:
            out.append(replace(sent, index=len(out)) if sent.index != len(out) else sent)
    return out


def split_before_opening_quotations(sentences: Sequence[Sentence]) -> list[Sentence]:
    """Start a sentence at an opening quotation mark after a sentence-final mark.

    The compact tokenizer runs "He doesn't think so. ''I don't judge …,'' he said." into one
    sentence (NYT-style doubled apostrophes, straight marks), and the quotation then shares a
    sentence with the reporter's words.  An opening mark is one with a space before it and
    none after (AP style sets no space inside quotation marks); the next word starts with a
    capital.
    """
    out: list[Sentence] = []
    for sent in sentences:
        words, cut = sent.words, 0
        for k in range(2, len(words) - 1):
            mark, before, after = words[k], words[k - 1], words[k + 1]
            if mark.text in OPENING_QUOTE_TOKENS and before.text[-1:] in ".!?" and before.end < mark.start \
                    and after.start == mark.end and after.text[:1].isupper() and k - cut >= 2:
                out.append(_piece(sent, cut, k, len(out)))
                cut = k
        out.append(_piece(sent, cut, len(words), len(out)) if cut else
                   (replace(sent, index=len(out)) if sent.index != len(out) else sent))
    return out


def _piece(sent: Sentence, lo: int, hi: int, index: int) -> Sentence:
    words = tuple(replace(w, index=k) for k, w in enumerate(sent.words[lo:hi]))
    return replace(sent, index=index, start=words[0].start, end=words[-1].end, words=words)


_TERMINAL = frozenset(".!?…:;")
_CLOSERS = CLOSING_QUOTE_TOKENS | {"'", ")", "]"}


def _unterminated(sentence: Sentence) -> bool:
    """No sentence-final mark at the end (closing quotes and brackets aside): "…the campaign
    expects | Holt to insert himself …" is a tokenizer slip inside one sentence."""
    for word in reversed(sentence.words):
        if word.text in _CLOSERS:
            continue
        return not (word.text[-1:] in _TERMINAL or word.text in ("--", "\u2014", "\u2013"))
    return False


def _continues_after_quotation(prev: Sentence, sent: Sentence) -> bool:
    """``“… pay his?” | a narrator in the ad asks.``: a lower-case word after a closing quotation
    mark continues the sentence the quotation stands in."""
    return prev.words[-1].text in CLOSING_QUOTE_TOKENS and sent.words[0].text[:1].islower()


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
    nlp = NLP(model_dir)
    # Everything alive now (the models, torch and stanza's modules) lives as long as the
    # process: the collector's permanent generation spares each full collection a walk
    # over it.  Measured: collections were 11 % of analysis time, 1.7 % after this
    # (py-spy, PolNeAR dev); 3.6 -> 4.0 docs/s.  The CPython docs suggest ``gc.freeze``
    # after start-up for the same reason; garbage made before it is collected first.
    gc.collect()
    gc.freeze()
    return nlp


def load_nlp(models: str | os.PathLike[str] | None = None) -> NLP:
    """The NLP layer for ``models`` (or the configured default), loaded once per process."""
    return _load(resolve_model_dir(models))
