"""Speed patches for stanza at inference, each tested against stanza's own code.

The parser decodes trees first and scores labels only for the chosen arcs; the
labelled-arc scorer, the tagger's XPOS classifier and the highway projections
between LSTM layers run in int8 (``torch._int_mm``); Chu-Liu-Edmonds is skipped
when the greedy heads already form a tree and finds cycles in linear time
otherwise.  :func:`patch_stanza` applies the class-level patches (once per
process); :func:`quantize_highway_gates` works on one loaded model.

The int8 products run only on CPUs with int8 multiply-add instructions (VNNI, AMX;
:func:`int8_pays`, ``ATTRIB_INT8=1``/``0`` forces the choice).  Without them, on an AVX2-only
AMD EPYC, ``torch._int_mm`` took 1.18 s where the float32 product took 0.05 s (a 300 x 401
by 401 x 14,837 product) and was 71 % of all analysis time.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from functools import cache

__all__ = ["int8_pays", "no_optimizers", "patch_stanza", "quantize_highway_gates"]


def patch_stanza() -> None:
    """Apply the inference patches to stanza's classes (idempotent)."""
    _patch_tree_decoder()
    _patch_pairwise_bilinear()
    _patch_graph_parser()
    _patch_tag_scorer()


@contextlib.contextmanager
def no_optimizers() -> Iterator[None]:
    """While models load for inference, stanza's trainers get no optimizer.

    Each stanza trainer builds an Adam optimizer when it loads a model, even to predict; torch's
    ``Optimizer.__init__`` imports ``torch._dynamo`` on first use, which took 1.9 of the 3.0 s
    of loading the pipelines here (cProfile of ``load_nlp``).  Inference never steps an
    optimizer.  Loading is not thread-safe in stanza anyway; the old functions come back after.
    """
    from stanza.models.common import utils

    saved = utils.get_optimizer, utils.get_split_optimizer
    utils.get_optimizer = lambda *args, **kwargs: None
    utils.get_split_optimizer = lambda *args, **kwargs: {}
    try:
        yield
    finally:
        utils.get_optimizer, utils.get_split_optimizer = saved


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


def _contract_cycle(tree, cycle, scores):
    """stanza's ``process_cycle`` (one cycle contracted into a node) without ``np.pad``.

    The same products in the same order, so the same numbers bit for bit: the cycle's arc
    scores by integer instead of boolean indexing (both take rows in ascending order) and
    the new node's row and column written into a zero matrix, as padding did.  ``np.pad``
    was half the contraction's time.
    """
    import numpy as np

    cycle_locs = np.flatnonzero(cycle)
    noncycle_locs = np.flatnonzero(~cycle)
    cycle_scores = scores[cycle_locs, tree[cycle_locs]]
    cycle_score = cycle_scores.sum()
    metanode_head_scores = scores[cycle_locs][:, noncycle_locs] - cycle_scores[:, None] + cycle_score
    metanode_dep_scores = scores[np.ix_(noncycle_locs, cycle_locs)]
    metanode_heads = np.argmax(metanode_head_scores, axis=0)
    metanode_deps = np.argmax(metanode_dep_scores, axis=1)
    m = len(noncycle_locs)
    subscores = np.zeros((m + 1, m + 1), dtype=scores.dtype)
    subscores[:m, :m] = scores[np.ix_(noncycle_locs, noncycle_locs)]
    subscores[-1, :-1] = metanode_head_scores[metanode_heads, np.arange(m)]
    subscores[:-1, -1] = metanode_dep_scores[np.arange(m), metanode_deps]
    return subscores, cycle_locs, noncycle_locs, metanode_heads, metanode_deps


def _patch_tree_decoder() -> None:
    """Skip stanza's single-root Chu-Liu-Edmonds when an unconstrained tree already has one root.

    stanza finds the best tree with one root arc by making every root arc so bad that the
    decoder takes just one (Stanojević and Cohen 2021); every single-root tree is shifted
    by the same constant, so the best single-root tree does not change.  The best tree
    overall, when it has one root arc, is that tree too, and finding it is cheap: the greedy
    (argmax) heads, when they form such a tree, checked in O(n); else CLE on the original
    scores, whose root arcs are not penalised, so it contracts a few cycles instead of
    about one per word (PolNeAR dev: 33 contractions per sentence on the penalised scores).
    Only when that tree has several root arcs does stanza's penalised search run.  Same
    trees (a test compares them with stanza's on random score matrices); CLE finds its
    cycles with :func:`_functional_cycles` and contracts them with :func:`_contract_cycle`
    (same cycles, same order, same numbers).  Measured on the 2,212 score matrices of
    PolNeAR dev: 1.97 -> 0.58 s.
    """
    import numpy as np
    from stanza.models.common import chuliu_edmonds as cle
    from stanza.models.depparse import model as depparse_model

    original = cle.chuliu_edmonds_one_root
    if getattr(depparse_model.chuliu_edmonds_one_root, "_attrib_fast", False):
        return
    cle.tarjan = _functional_cycles  # CLE's cycle search, looked up at call time
    cle.process_cycle = _contract_cycle

    def one_root(scores):
        trial = scores.astype(np.float64)
        cle.prepare_scores(trial)
        tree = np.argmax(trial, axis=1)
        if _acyclic_single_root(tree.tolist()):
            return tree
        tree = cle.chuliu_edmonds(trial)
        if int(np.count_nonzero(tree[1:] == 0)) == 1:
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


INT8_ENV = "ATTRIB_INT8"


@cache
def int8_pays() -> bool:
    """Does this CPU multiply int8 fast (VNNI or AMX int8 instructions)?  Without them
    ``torch._int_mm`` falls far behind float32 (20x on an AVX2-only AMD EPYC), so the int8
    products are used only where the CPU has them; ``ATTRIB_INT8=1`` or ``0`` decides instead.
    Decided from the CPU's flags, not by timing, so that one machine always gives one output."""
    forced = os.environ.get(INT8_ENV, "").strip()
    if forced in ("0", "1"):
        return forced == "1"
    return bool(_cpu_flags() & _INT8_FLAGS)


_INT8_FLAGS = frozenset({"avx512_vnni", "avx_vnni", "amx_int8"})


def _cpu_flags() -> frozenset[str]:
    """The CPU's feature flags (Linux /proc/cpuinfo; empty elsewhere, so int8 stays off)."""
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("flags"):
                    return frozenset(line.split(":", 1)[1].split())
    except OSError:
        pass
    return frozenset()


def _int8_labels(layout, labels: int) -> _Int8Labels | None:
    """The int8 product, or None where torch lacks ``_int_mm`` on this machine or it is slower
    than float32 there (:func:`int8_pays`)."""
    import torch

    if not int8_pays():
        return None
    try:
        product = _Int8Labels(layout, labels)
        raw, _ = product(torch.ones(1, layout.shape[0]))
    except (RuntimeError, AttributeError, NotImplementedError):
        return None
    return product if raw.shape == (1, layout.shape[1]) else None


def _cached_layout(module, weight, arrange, slot="_attrib_layout"):
    """``arrange(weight)`` (a product-ready layout and its int8 form), cached on ``module`` under
    ``slot`` and rebuilt only if the weights change."""
    key = (weight.data_ptr(), weight._version)
    cached = getattr(module, slot, None)
    if cached is None or cached[0] != key:
        cached = (key, *arrange(weight.detach()))
        setattr(module, slot, cached)
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


def _rows_grouped(x):
    """``x``'s distinct rows and, for each row, the index of its own: (distinct, which), or None.

    Rows are keyed by a hash of their bits and the grouping is checked exactly
    (``distinct[which] == x``), so a hash collision only costs the fast path, never a wrong score.
    """
    import torch

    n = x.shape[0]
    key = (x.contiguous().view(torch.int32).to(torch.int64) * _row_hash(x.shape[1])).sum(1)
    keys, which = torch.unique(key, return_inverse=True)
    first = torch.full((keys.shape[0],), n, dtype=torch.long).scatter_reduce_(0, which, torch.arange(n), "amin")
    distinct = x.index_select(0, first)
    return (distinct, which) if torch.equal(distinct.index_select(0, which), x) else None


@cache
def _row_hash(width: int):
    import torch

    return torch.randint(1, 2**31 - 1, (width,), generator=torch.Generator().manual_seed(width), dtype=torch.int64)


def _grouped_bilinear(bilinear, x1, distinct, which):
    """``nn.Bilinear(x1, x2)`` without its bias, for an ``x2`` of few distinct rows.

    In stanza's tagger the second input of every XPOS and UFeats classifier is the
    embedding of the word's predicted UPOS: at most 17 different rows in a batch.  Each
    distinct row turns the (tags x size1 x size2) weights into one (tags x size1) matrix,
    and each word needs only its own row's matrix: for XPOS about a fiftieth of the
    multiply-adds.  Equal to ``nn.Bilinear`` up to float32 summation order.
    """
    import torch

    weight = bilinear.weight
    tags, size1, size2 = weight.shape
    per_row = distinct @ _cached_layout(bilinear, weight, _parent_major, slot="_attrib_parent_layout")[0]
    if tags * size1 >= 8192:  # few large matrices: one product per group of words
        per_row = per_row.view(-1, tags, size1)
        scores = x1.new_empty(x1.shape[0], tags)
        for group in range(distinct.shape[0]):
            rows = (which == group).nonzero().squeeze(1)
            scores[rows] = x1.index_select(0, rows) @ per_row[group].T
        return scores
    every = (x1 @ per_row.view(-1, size1).T).view(x1.shape[0], distinct.shape[0], tags)
    return every[torch.arange(x1.shape[0]), which]


def _parent_major(weight):
    """``nn.Bilinear`` weights (tags x size1 x size2) as ``size2`` x ``tags * size1``."""
    tags, size1, size2 = weight.shape
    return weight.permute(2, 0, 1).reshape(size2, tags * size1).contiguous(), None


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
        if input1.dim() != 2 or input1.shape[0] == 0:
            return original(self, input1, input2)
        x1 = torch.cat([input1, input1.new_ones(input1.shape[0], 1)], 1)
        x2 = torch.cat([input2, input2.new_ones(input2.shape[0], 1)], 1)
        int8 = _cached_layout(self, bilinear.weight, _tag_major)[1] if out_size >= 32 and int8_pays() else None
        if int8 is None:
            grouped = _rows_grouped(x2)
            if grouped is None:
                return original(self, input1, input2)
            return _grouped_bilinear(bilinear, x1, *grouped) + bilinear.bias
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


def quantize_highway_gates(model) -> int:
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
    per label with the chosen head instead of with every word.  In float32 (CPUs without
    fast int8) the head side is contracted first, once per distinct head
    (:func:`_per_head_scores`).
    """
    import torch

    bilinear = scorer.scorer.W_bilin
    dependents = scorer.hidden_func(scorer.W1(states[words]))
    x2 = scorer.hidden_func(scorer.W2(states))
    x2 = torch.cat([x2, x2.new_ones(*x2.shape[:-1], 1)], -1)
    flat = torch.cat([dependents, dependents.new_ones(dependents.shape[0], 1)], 1)
    int8 = _label_layout(bilinear)[1] if int8_pays() else None  # (no unused label-major copy in float32)
    if int8 is not None:
        size2, out_size = x2.shape[2], bilinear.weight.shape[2]
        at_head = x2.gather(1, heads.unsqueeze(2).expand(-1, -1, size2))[words].unsqueeze(2)
        raw, row = int8(flat)
        scores = torch.bmm(raw.view(-1, out_size, size2), at_head).squeeze(2)
        scores.mul_(row).mul_(int8.label_scale.view(1, out_size))
    else:
        scores = _per_head_scores(bilinear, flat, x2, heads, words)
    labels = torch.zeros(heads.shape, dtype=torch.long)
    labels[words] = (scores + bilinear.bias).argmax(1)
    return labels


def _head_major(weight):
    """A ``PairwiseBilinear``'s weights (size1 x size2 x labels) head-major, ``size2`` x ``size1 * labels``
    (float32 only: no int8 form)."""
    size1, size2, out_size = weight.shape
    return weight.permute(1, 0, 2).reshape(size2, size1 * out_size).contiguous(), None


def _per_head_scores(bilinear, flat, x2, heads, words):
    """Label scores of each real word's chosen arc, the float32 product done once per head.

    A word's scores are ``dependent @ W[:, head, :]``-shaped sums, ``d^T U_l h``; contracting the
    head side first gives one (``size1`` x labels) matrix per distinct head, and most heads have
    several dependents (in news about half of the words are some other word's head), so the big
    product runs on the heads only: about half the multiply-adds of ``flat @ label-major``.
    Equal up to float32 summation order.
    """
    import torch

    out_size = bilinear.weight.shape[2]
    batch, length, size2 = x2.shape
    keys = (torch.arange(batch).unsqueeze(1) * length + heads)[words]
    distinct, which = torch.unique(keys, return_inverse=True)
    layout = _cached_layout(bilinear, bilinear.weight, _head_major, slot="_attrib_head_layout")[0]
    per_head = x2.reshape(batch * length, size2).index_select(0, distinct) @ layout
    per_head = per_head.view(-1, flat.shape[1], out_size)
    return torch.bmm(flat.unsqueeze(1), per_head.index_select(0, which)).squeeze(1)


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
