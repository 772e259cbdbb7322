"""The packaged stanza models load offline and parse news text (issue: packaged models)."""

import json
import time

import pytest

from attrib.models import PACKAGED_MODEL_DIR, resolve_model_dir
from attrib.nlp import load_nlp

NEWS = ("Kremlin spokesman Dmitry Peskov said the Russian strike took place on Thursday morning. "
        "The Turkish army said three soldiers were killed.")


def test_packaged_models_are_complete_and_small():
    resources = json.loads((PACKAGED_MODEL_DIR / "resources.json").read_text())
    default = resources["en"]["default_processors"]
    assert set(default) == {"tokenize", "mwt", "pos", "lemma", "depparse"}
    total = sum(p.stat().st_size for p in PACKAGED_MODEL_DIR.rglob("*.pt"))
    assert total <= 40_000_000, total
    assert (PACKAGED_MODEL_DIR / "MODEL_CARD.md").exists()


def test_model_dir_chosen_by_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("ATTRIB_STANZA_DIR", str(tmp_path))
    assert resolve_model_dir() == tmp_path.resolve()
    monkeypatch.delenv("ATTRIB_STANZA_DIR")
    assert resolve_model_dir() == PACKAGED_MODEL_DIR.resolve()


def test_packaged_pipeline_parses_news_offline(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.delenv("ATTRIB_STANZA_DIR", raising=False)
    nlp = load_nlp(PACKAGED_MODEL_DIR)
    started = time.perf_counter()
    sentences = nlp.parse(nlp.tokenize(NEWS, [(0, len(NEWS))], [0]))
    assert time.perf_counter() - started < 60
    assert len(sentences) == 2
    first = sentences[0]
    said = next(w for w in first.words if w.text == "said")
    assert said.upos == "VERB" and said.lemma == "say"
    subject = [first.words[c] for c in first.children(said.index) if first.words[c].deprel.startswith("nsubj")]
    assert subject and subject[0].text in ("spokesman", "Peskov", "Dmitry")
    for s in sentences:
        for w in s.words:
            assert NEWS[w.start:w.end] == w.text


def test_loading_is_cached():
    assert load_nlp(PACKAGED_MODEL_DIR) is load_nlp(PACKAGED_MODEL_DIR)


def test_loaded_models_are_left_out_of_garbage_collection():
    import gc

    from attrib.nlp import freeze_loaded_objects

    nlp = load_nlp(PACKAGED_MODEL_DIR)
    freeze_loaded_objects()  # as the CLI does
    assert gc.get_freeze_count() > 100_000
    assert not any(obj is nlp._parser for obj in gc.get_objects(generation=2))


def test_the_library_leaves_a_host_programs_garbage_collector_alone():
    import subprocess
    import sys

    code = ("import gc; from attrib import Analyzer; a = Analyzer(workers=1); "
            "a.analyze('Officials said the vote was close.'); print(gc.get_freeze_count())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True)
    assert out.stdout.split() == ["0"]


def test_loading_the_models_builds_no_optimizer_and_leaves_stanza_as_it_was():
    import subprocess
    import sys

    code = ("import sys; from stanza.models.common import utils; before = utils.get_optimizer; "
            "from attrib import Analyzer; a = Analyzer(workers=1); a.analyze('Officials said the vote was close.'); "
            "print('torch._dynamo' in sys.modules, utils.get_optimizer is before, "
            "a.nlp._parser.processors['depparse']._trainer.optimizer)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True)
    assert out.stdout.split() == ["False", "True", "{}"]


def test_missing_model_dir_is_a_clear_error(tmp_path):
    import pytest

    from attrib import ModelError

    with pytest.raises(ModelError, match="resources.json"):
        load_nlp(tmp_path)


def test_curly_apostrophes_split_like_straight_ones_and_keep_their_marks():
    text = "Clinton’s team says she’ll continue."
    nlp = load_nlp()
    (sentence,) = nlp.parse(nlp.tokenize(text, [(0, len(text))], [0]))
    forms = [w.text for w in sentence.words]
    assert forms[:3] == ["Clinton", "’s", "team"] and "’ll" in forms
    assert all(text[w.start:w.end] == w.text for w in sentence.words)
    ll = sentence.words[forms.index("’ll")]
    assert ll.upos == "AUX" and sentence.words[ll.head].lemma == "continue"


def test_clitics_the_tokenizer_leaves_attached_become_words():
    text = "Fact-checkers disputed Donald Trump’s claim. She won't go, they'd said."
    nlp = load_nlp()
    words = [w for s in nlp.tokenize(text, [(0, len(text))], [0]) for w in s.words]
    forms = [w.text for w in words]
    assert "Trump" in forms and "’s" in forms and "n't" in forms and "'d" in forms
    assert all(text[w.start:w.end] == w.text for w in words)


@pytest.fixture
def int8_on(monkeypatch):
    """The int8 products whatever this CPU has (they run only where they pay: int8_pays)."""
    from attrib.stanza_patches import INT8_ENV, int8_pays

    load_nlp()  # the shared models load as this CPU decides, before the switch
    monkeypatch.setenv(INT8_ENV, "1")
    int8_pays.cache_clear()
    yield
    monkeypatch.delenv(INT8_ENV)
    int8_pays.cache_clear()


def test_int8_runs_only_where_the_cpu_multiplies_int8_fast(monkeypatch):
    from attrib.stanza_patches import INT8_ENV, _cpu_flags, int8_pays

    int8_pays.cache_clear()
    try:
        monkeypatch.delenv(INT8_ENV, raising=False)
        assert int8_pays() == bool(_cpu_flags() & {"avx512_vnni", "avx_vnni", "amx_int8"})
        for forced, expected in (("0", False), ("1", True)):
            monkeypatch.setenv(INT8_ENV, forced)
            int8_pays.cache_clear()
            assert int8_pays() is expected
    finally:
        monkeypatch.delenv(INT8_ENV, raising=False)
        int8_pays.cache_clear()


def test_fast_pairwise_scorer_matches_stanzas_einsum(int8_on):
    import torch
    from stanza.models.common.biaffine import PairwiseBilinear

    from attrib.stanza_patches import _patch_pairwise_bilinear

    def einsum(module, x1, x2):  # stanza's own formulation
        inter = torch.einsum("NLI,IJO->NLJO", x1, module.weight)
        return torch.einsum("NLJO,NMJ->NLMO", inter, x2) + module.bias

    _patch_pairwise_bilinear()
    torch.manual_seed(0)
    x1, x2 = torch.relu(torch.randn(3, 7, 33)), torch.relu(torch.randn(3, 7, 33))
    for labels in (1, 12):
        module = PairwiseBilinear(33, 33, labels)
        torch.nn.init.normal_(module.weight, std=0.1)
        torch.nn.init.normal_(module.bias, std=0.1)
        with torch.inference_mode():
            fast, slow = module(x1, x2), einsum(module, x1, x2)
        assert fast.shape == slow.shape == (3, 7, 7, labels)
        scale = slow.abs().max().item()
        tolerance = 1e-5 if labels == 1 else 0.03  # labelled scores run in int8
        assert (fast - slow).abs().max().item() <= tolerance * scale


def test_fast_cycle_search_finds_tarjans_cycles_in_order_and_the_same_trees():
    import importlib.util

    import numpy as np
    from stanza.models.common import chuliu_edmonds

    from attrib.stanza_patches import _functional_cycles, _patch_tree_decoder

    _patch_tree_decoder()
    spec = importlib.util.spec_from_file_location("stanza_cle_copy", chuliu_edmonds.__file__)
    stanza_cle = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(stanza_cle)  # an unpatched copy: stanza's own Tarjan search
    tarjan = stanza_cle.tarjan
    rng = np.random.default_rng(7)
    for _ in range(400):
        n = int(rng.integers(2, 40))
        scores = rng.normal(size=(n, n)) * 4
        scores = scores - np.logaddexp.reduce(scores, axis=1, keepdims=True)  # log-probabilities
        heads = np.argmax(scores, axis=1)
        heads[0] = 0
        expected, found = tarjan(heads), _functional_cycles(heads)
        assert len(found) == len(expected)
        assert all((a == b).all() for a, b in zip(found, expected))
        slow = stanza_cle.chuliu_edmonds_one_root(scores)
        stanza_cle.tarjan = _functional_cycles
        fast = stanza_cle.chuliu_edmonds_one_root(scores)
        stanza_cle.tarjan = tarjan
        assert (fast == slow).all()
    assert chuliu_edmonds.tarjan is _functional_cycles  # what the parser uses


def test_the_parsers_tree_decoder_finds_stanzas_single_root_trees():
    import importlib.util

    import numpy as np
    from stanza.models.common import chuliu_edmonds
    from stanza.models.depparse import model as depparse_model

    from attrib.stanza_patches import _contract_cycle, _patch_tree_decoder

    _patch_tree_decoder()
    spec = importlib.util.spec_from_file_location("stanza_cle_copy", chuliu_edmonds.__file__)
    stanza_cle = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(stanza_cle)  # an unpatched copy
    rng = np.random.default_rng(11)
    several_roots = 0
    for _ in range(600):
        n = int(rng.integers(2, 45))
        scores = rng.normal(size=(n, n)) * rng.choice([1.0, 4.0])
        scores[1:, 0] += rng.normal() * 3  # root arcs from unattractive to attractive
        scores = scores - np.logaddexp.reduce(scores, axis=1, keepdims=True)  # log-probabilities
        expected = stanza_cle.chuliu_edmonds_one_root(scores)
        assert (depparse_model.chuliu_edmonds_one_root(scores) == expected).all()
        assert np.count_nonzero(expected[1:] == 0) == 1
        unconstrained = stanza_cle.chuliu_edmonds(scores.copy())
        several_roots += np.count_nonzero(unconstrained[1:] == 0) > 1
        prepared = scores.copy()
        stanza_cle.prepare_scores(prepared)
        heads = np.argmax(prepared, axis=1)
        for cycle in stanza_cle.tarjan(heads):  # the contraction: the same numbers bit for bit
            for mine, theirs in zip(_contract_cycle(heads, cycle, prepared),
                                    stanza_cle.process_cycle(heads, cycle, prepared)):
                assert mine.dtype == theirs.dtype and np.array_equal(mine, theirs)
    assert several_roots > 50  # stanza's penalised search was reached too
    assert chuliu_edmonds.process_cycle is _contract_cycle


def test_int8_highway_projection_matches_the_linear_map(int8_on):
    import torch

    from attrib.stanza_patches import _int8_labels, _int8_linear_class

    torch.manual_seed(2)
    linear = torch.nn.Linear(64, 48)
    weight = linear.weight.detach().t().contiguous()
    fast = _int8_linear_class()(linear, _int8_labels(weight, 48))
    x = torch.randn(5, 7, 64)
    with torch.inference_mode():
        exact, approx = linear(x), fast(x)
        assert fast(torch.zeros(0, 64)).shape == (0, 48)
    assert approx.shape == exact.shape == (5, 7, 48)
    assert (approx - exact).abs().max().item() <= 0.02 * exact.abs().max().item()


def test_the_loaded_models_use_int8_exactly_where_it_pays():
    from attrib.stanza_patches import int8_pays

    nlp = load_nlp()
    for name in ("pos", "depparse"):
        model = nlp._parser.processors[name]._trainer.model
        highways = [m for m in model.modules() if type(m).__name__ == "HighwayLSTM"]
        assert highways and all((type(layer).__name__ == "Int8Linear") == int8_pays()
                                for m in highways for layer in (*m.highway, *m.gate))


def _lstm_case(batch_first: bool):
    import torch
    from torch.nn.utils.rnn import pack_padded_sequence

    torch.manual_seed(3)
    lstm = torch.nn.LSTM(12, 8, num_layers=2, bidirectional=True, batch_first=batch_first).eval()
    lengths = torch.tensor([3, 7, 1, 5, 7])  # unsorted: the packed sequence carries its order
    x = torch.randn(5, 7, 12) if batch_first else torch.randn(7, 5, 12)
    hx = (torch.randn(4, 5, 8), torch.randn(4, 5, 8))
    return lstm, pack_padded_sequence(x, lengths, batch_first=batch_first, enforce_sorted=False), x, hx


def test_padded_lstm_gives_torchs_packed_lstm_outputs_and_final_hidden_states():
    import torch

    from attrib.fast_lstm import replace_lstms

    for batch_first in (True, False):
        lstm, packed, padded, hx = _lstm_case(batch_first)
        holder = torch.nn.Sequential(lstm)
        assert replace_lstms(holder, torch.float32) == 1
        fast = holder[0]
        with torch.inference_mode():
            for given in (hx, None):
                out, (h, c) = lstm(packed, given)
                fast_out, (fast_h, fast_c) = fast(packed, given)
                assert torch.equal(fast_out.batch_sizes, out.batch_sizes)
                assert torch.equal(fast_out.unsorted_indices, out.unsorted_indices)
                assert torch.allclose(fast_out.data, out.data, atol=1e-5)
                assert torch.allclose(fast_h, h, atol=1e-5)
                assert torch.isnan(fast_c).all()  # never computed: a reader fails loudly
            out, (h, _) = lstm(padded, hx)  # a padded batch is one of full-length sequences
            fast_out, (fast_h, _) = fast(padded, hx)
            assert torch.allclose(fast_out, out, atol=1e-5) and torch.allclose(fast_h, h, atol=1e-5)


def test_bfloat16_lstms_need_the_cpus_own_bfloat16_instructions(monkeypatch):
    import torch

    from attrib.fast_lstm import bfloat16_lstm_supported

    monkeypatch.setattr(torch.cpu, "_is_avx512_bf16_supported", lambda: False)
    monkeypatch.setattr(torch.cpu, "_is_amx_tile_supported", lambda: False)
    assert not bfloat16_lstm_supported()  # oneDNN would emulate bfloat16 on plain AVX-512


def test_bfloat16_lstm_stays_close_and_replaces_every_model_lstm_where_supported():
    import torch

    from attrib.fast_lstm import bfloat16_lstm_supported, replace_lstms

    lstm, packed, _, hx = _lstm_case(True)
    holder = torch.nn.Sequential(lstm)
    replace_lstms(holder)
    with torch.inference_mode():
        exact, approx = lstm(packed, hx)[0].data, holder[0](packed, hx)[0].data
    assert approx.dtype == torch.float32
    assert 0 < (approx - exact).abs().max().item() < 0.05
    nlp = load_nlp()
    assert nlp.bfloat16_lstms == bfloat16_lstm_supported()
    models = [nlp._tokenizer.processors["tokenize"]._trainer.model] + [
        nlp._parser.processors[name]._trainer.model for name in ("pos", "depparse")]
    plain = [m for model in models for m in model.modules() if type(m) is torch.nn.LSTM]
    assert (plain == []) == nlp.bfloat16_lstms


def test_labels_for_chosen_arcs_only_give_stanzas_parse():
    from stanza.models.depparse.model import GraphParser

    nlp = load_nlp()
    text = ("Kremlin spokesman Dmitry Peskov said the strike took place on Thursday, adding that "
            "an investigation was under way.\n\n“We will not comment,” the army said in a statement. "
            "Officials, who spoke on condition of anonymity, told reporters the convoy was delayed.")
    sentences = nlp.tokenize(text, [(0, len(text))], [0])

    def arcs():
        return [[(w.head, w.deprel) for w in s.words] for s in nlp.parse(sentences)]

    fast = arcs()
    patched = GraphParser.predict
    GraphParser.predict = patched._attrib_original
    try:
        slow = arcs()
    finally:
        GraphParser.predict = patched
    assert fast == slow
    assert any(rel == "ccomp" for sentence in fast for _, rel in sentence)


def test_fast_tag_scorer_matches_stanzas_bilinear(int8_on):
    import torch
    from stanza.models.common.biaffine import BiaffineScorer

    from attrib.stanza_patches import _patch_tag_scorer

    _patch_tag_scorer()
    torch.manual_seed(1)
    for tags in (5, 53):  # few tags keep stanza's code; many run in int8
        scorer = BiaffineScorer(40, 12, tags)
        torch.nn.init.normal_(scorer.W_bilin.weight, std=0.1)
        torch.nn.init.normal_(scorer.W_bilin.bias, std=0.1)
        x1, x2 = torch.relu(torch.randn(9, 40)), torch.randn(9, 12)
        with torch.inference_mode():
            fast = scorer(x1, x2)
            slow = BiaffineScorer.forward._attrib_original(scorer, x1, x2)
        assert fast.shape == slow.shape == (9, tags)
        tolerance = 1e-6 if tags == 5 else 0.03
        assert (fast - slow).abs().max().item() <= tolerance * slow.abs().max().item()
        assert (fast.argmax(1) == slow.argmax(1)).float().mean() >= 0.85


@pytest.fixture
def int8_off(monkeypatch):
    """The float32 products, as on CPUs without fast int8 multiply-adds."""
    from attrib.stanza_patches import INT8_ENV, int8_pays

    load_nlp()
    monkeypatch.setenv(INT8_ENV, "0")
    int8_pays.cache_clear()
    yield
    monkeypatch.delenv(INT8_ENV)
    int8_pays.cache_clear()


def test_float_tag_scorer_groups_words_by_their_parent_tag(int8_off, monkeypatch):
    import torch
    from stanza.models.common.biaffine import BiaffineScorer

    from attrib import stanza_patches

    stanza_patches._patch_tag_scorer()
    torch.manual_seed(2)
    parents = torch.randn(4, 12)  # as stanza's tagger: the embedding of each word's UPOS
    x2 = parents[torch.tensor([0, 1, 1, 3, 0, 2, 2, 2, 1, 0, 3, 3, 1, 0, 2] * 2)]
    x1 = torch.relu(torch.randn(x2.shape[0], 200))
    for tags in (5, 53):  # one gathered product; one product per group of words (XPOS-sized)
        scorer = BiaffineScorer(200, 12, tags)
        torch.nn.init.normal_(scorer.W_bilin.weight, std=0.1)
        torch.nn.init.normal_(scorer.W_bilin.bias, std=0.1)
        with torch.inference_mode():
            fast = scorer(x1, x2)
            slow = BiaffineScorer.forward._attrib_original(scorer, x1, x2)
            assert (fast - slow).abs().max().item() <= 1e-5 * slow.abs().max().item()
            assert torch.equal(fast.argmax(1), slow.argmax(1))
            distinct, which = stanza_patches._rows_grouped(torch.cat([x2, x2.new_ones(x2.shape[0], 1)], 1))
            assert distinct.shape[0] == 4 and torch.equal(distinct[which][:, :12], x2)
    # rows whose hashes collide are caught by the exact check: stanza's own product then
    monkeypatch.setattr(stanza_patches, "_row_hash", lambda width: torch.zeros(width, dtype=torch.int64))
    assert stanza_patches._rows_grouped(x2) is None
    with torch.inference_mode():
        assert torch.equal(scorer(x1, x2), BiaffineScorer.forward._attrib_original(scorer, x1, x2))


def test_label_scores_contracted_once_per_head_equal_the_full_product():
    import torch

    from attrib.stanza_patches import _per_head_scores

    torch.manual_seed(3)
    bilinear = torch.nn.Module()
    bilinear.weight = torch.nn.Parameter(torch.randn(9, 7, 5))  # size1 x size2 x labels
    x2 = torch.randn(2, 6, 7)
    heads = torch.tensor([[0, 0, 1, 1, 1, 4], [0, 3, 3, 0, 3, 0]])
    words = torch.tensor([[False, True, True, True, True, True], [False, True, True, True, False, False]])
    flat = torch.randn(int(words.sum()), 9)
    at_head = x2.gather(1, heads.unsqueeze(2).expand(-1, -1, 7))[words]
    expected = torch.einsum("ni,ijl,nj->nl", flat, bilinear.weight.detach(), at_head)
    with torch.inference_mode():
        scores = _per_head_scores(bilinear, flat, x2, heads, words)
    assert scores.shape == expected.shape == (8, 5)
    assert torch.allclose(scores, expected, atol=1e-5)


def test_parallel_workers_give_the_same_analyses_in_order():
    import pytest

    from attrib import Analyzer, InputError

    texts = [f"Officials said {n} people were hurt in the {n}th blast. “We are safe,” the mayor said."
             for n in range(2, 9)]
    one = [a.to_dict() for a in Analyzer(workers=1).analyze_many(texts, batch_size=4)]
    two = Analyzer(workers=2)
    assert [a.to_dict() for a in two.analyze_many(texts, batch_size=4)] == one
    # one batch of several documents: their paragraphs are tokenized in runs, one per worker
    assert [a.to_dict() for a in two.analyze_many(texts, batch_size=16)] == one
    results = two.analyze_many([*texts[:3], {"text": 3}, texts[3]], batch_size=2)
    assert [next(results).text for _ in range(3)] == texts[:3]
    with pytest.raises(InputError):
        next(results)
    two.close()


def test_one_document_split_between_two_workers_is_analysed_as_by_one():
    from attrib import Analyzer

    paragraphs = [f"Officials said {n} people were hurt in the blast. The mayor said the {n}th road "
                  f"was closed, and police added that “nobody is safe.”" for n in range(2, 12)]
    text = "\n\n".join(paragraphs)
    one = Analyzer(workers=1).analyze(text).to_dict()
    two = Analyzer(workers=2)
    assert two.analyze(text).to_dict() == one
    assert len(one["quotes"]) >= 20


def test_parallel_batches_share_one_copy_of_the_models_in_one_process():
    import threading

    from attrib import Analyzer

    texts = [f"The mayor said {n} roads were closed." for n in range(6)]
    seen: set[int] = set()
    with Analyzer(workers=2) as analyzer:
        part = analyzer._part

        def spy(nlp, batch):
            seen.add(threading.get_ident())
            assert nlp is analyzer.nlp
            return part(nlp, batch)

        analyzer._part = spy
        assert len(list(analyzer.analyze_many(texts, batch_size=2))) == 6
    assert len(seen) == 2  # two threads, no child process


def test_a_text_parses_the_same_alone_and_batched_with_others():
    from attrib import Analyzer

    text = ("Kremlin spokesman Dmitry Peskov said the strike took place on Thursday. "
            "The Turkish army said in a statement that three soldiers had been killed.")
    other = " ".join(f"Officials in district {n} said the convoy of {n} trucks was delayed by rain." for n in range(40))
    analyzer = Analyzer(workers=1)
    alone = analyzer.analyze(text).to_dict()
    batched = list(analyzer.analyze_many([other, text], batch_size=2))[1].to_dict()
    assert batched == alone


def _unparsed_sentence(k, text, start, block=0):
    """Sentence ``k``: the space-separated words of ``text``, starting at offset ``start``."""
    from attrib.document import Sentence, Word

    words, offset = [], start
    for form in text.split(" "):
        words.append(Word(len(words), form, offset, offset + len(form)))
        offset += len(form) + 1
    return Sentence(k, start, offset - 1, tuple(words), block=block)


def test_a_sentence_break_after_a_title_abbreviation_is_undone():
    from attrib.lexicon import load_lexicon
    from attrib.sentence_repair import rejoin_broken_sentences

    text = "“It hurts,” Rep. Gwen Moore said. Dr. Smith left. He went home on Main St. Tomorrow is new."
    pieces = ["“It hurts,” Rep.", "Gwen Moore said.", "Dr. Smith left.", "He went home on Main St.",
              "Tomorrow is new."]
    sentences, pos = [], 0
    for k, piece in enumerate(pieces):
        start = text.index(piece, pos)
        sentences.append(_unparsed_sentence(k, piece, start))
        pos = start + len(piece)
    joined = rejoin_broken_sentences(sentences, load_lexicon().titles)
    assert [text[s.start:s.end] for s in joined] == [
        "“It hurts,” Rep. Gwen Moore said.", "Dr. Smith left.", "He went home on Main St.", "Tomorrow is new."]
    assert [s.index for s in joined] == [0, 1, 2, 3]
    assert [w.index for w in joined[0].words] == list(range(6))
    assert all(text[w.start:w.end] == w.text for s in joined for w in s.words)
    other_paragraph = [sentences[0], _unparsed_sentence(1, pieces[1], sentences[1].start, block=1)]
    assert len(rejoin_broken_sentences(other_paragraph, load_lexicon().titles)) == 2


def _tokenized(text, forms, blocks):
    """Sentences of ``text`` as the tokenizer might cut them: one list of word forms each."""
    from attrib.document import Sentence, Word

    sentences, pos = [], 0
    for k, (piece, block) in enumerate(zip(forms, blocks)):
        words = []
        for form in piece:
            start = text.index(form, pos)
            words.append(Word(len(words), form, start, start + len(form)))
            pos = start + len(form)
        sentences.append(Sentence(k, words[0].start, words[-1].end, tuple(words), block=block))
    return sentences


def test_a_break_after_a_middle_initial_is_joined():
    from attrib.lexicon import load_lexicon
    from attrib.sentence_repair import rejoin_broken_sentences

    text = "“It is wrong,” Vann R. Newkirk said. He took vitamin C. Then he left."
    forms = [["“", "It", "is", "wrong", ",", "”", "Vann", "R", "."], ["Newkirk", "said", "."],
             ["He", "took", "vitamin", "C."], ["Then", "he", "left", "."]]
    sentences = _tokenized(text, forms, [0, 0, 0, 0])
    joined = rejoin_broken_sentences(sentences, load_lexicon().titles)
    assert [text[s.start:s.end] for s in joined] == [
        "“It is wrong,” Vann R. Newkirk said.", "He took vitamin C.", "Then he left."]
    assert [w.text for w in joined[0].words][6:9] == ["Vann", "R.", "Newkirk"]
    assert all(text[w.start:w.end] == w.text for s in joined for w in s.words)


def test_a_title_split_from_its_full_stop_at_a_sentence_break_is_one_word_again():
    from dataclasses import replace

    from attrib.lexicon import load_lexicon
    from attrib.sentence_repair import rejoin_broken_sentences

    text = "“It is mainstream,” Sen. Sanders said. He left the Sen. Ate."
    forms = [["“", "It", "is", "mainstream", ",", "”", "Sen", "."], ["Sanders", "said", "."],
             ["He", "left", "the", "Sen", "."], ["Ate", "."]]
    sentences = _tokenized(text, forms, [0, 0, 1, 1])
    joined = rejoin_broken_sentences(sentences, load_lexicon().titles)
    assert [text[s.start:s.end] for s in joined][:1] == ["“It is mainstream,” Sen. Sanders said."]
    assert [w.text for w in joined[0].words][5:8] == ["”", "Sen.", "Sanders"]
    assert [w.index for w in joined[0].words] == list(range(10))
    assert all(text[w.start:w.end] == w.text for s in joined for w in s.words)
    assert len(rejoin_broken_sentences(sentences[:1] + [replace(sentences[1], block=1)], load_lexicon().titles)) == 2


def test_a_sentence_break_with_no_final_mark_is_undone():
    from attrib.lexicon import load_lexicon
    from attrib.sentence_repair import rejoin_broken_sentences

    text = "Mook said the campaign expects Holt to insert himself . “ We won . ” Then it ended"
    parts = [(0, "Mook said the campaign expects"), (31, "Holt to insert himself ."), (56, "“ We won . ”"),
             (69, "Then it ended")]
    sentences = [_unparsed_sentence(k, part, start) for k, (start, part) in enumerate(parts)]
    assert all(text[w.start:w.end] == w.text for s in sentences for w in s.words)
    joined = rejoin_broken_sentences(sentences, load_lexicon().titles)
    assert [text[s.start:s.end] for s in joined] == [
        "Mook said the campaign expects Holt to insert himself .", "“ We won . ”", "Then it ended"]
    quoted = [_unparsed_sentence(0, "“ Why not ? ”", 0), _unparsed_sentence(1, "a narrator asks .", 14)]
    assert len(rejoin_broken_sentences(quoted, load_lexicon().titles)) == 1  # lower case after the quote
    apart = [sentences[0], _unparsed_sentence(1, "Holt to insert himself .", 31, block=1)]
    assert len(rejoin_broken_sentences(apart, load_lexicon().titles)) == 2


def test_a_sentence_is_split_before_an_opening_quotation_mark_after_a_full_stop():
    from attrib.document import Sentence, Word
    from attrib.sentence_repair import split_before_opening_quotations

    text = "He does not think so. ''I do not judge,'' he said. She called it \"over.\" Then he left."
    forms = ["He", "does", "not", "think", "so", ".", "''", "I", "do", "not", "judge", ",", "''", "he", "said", ".",
             "She", "called", "it", '"', "over", ".", '"', "Then", "he", "left", "."]
    words, pos = [], 0
    for form in forms:
        start = text.index(form, pos)
        words.append(Word(len(words), form, start, start + len(form)))
        pos = start + len(form)
    split = split_before_opening_quotations([Sentence(0, 0, len(text), tuple(words), block=0)])
    assert [text[s.start:s.end] for s in split] == [
        "He does not think so.", "''I do not judge,'' he said. She called it \"over.\" Then he left."]
    assert [s.index for s in split] == [0, 1] and [w.index for w in split[1].words][:2] == [0, 1]
    assert all(text[w.start:w.end] == w.text for s in split for w in s.words)


def test_documents_tokenized_together_split_as_each_one_alone():
    nlp = load_nlp()
    first = "Headline here\n\nOfficials said it was ready. “We won!” Ann Lee said.\n\nThe mayor's office agreed."
    second = "Police in St. Paul said 12 people were hurt.\n\nShe'll be back, he said."
    requests = []
    for text in (first, second):
        starts = [0] + [k + 2 for k in range(len(text)) if text.startswith("\n\n", k)]
        spans = [(start, start + len(piece)) for start, piece in zip(starts, text.split("\n\n"))]
        requests.append((text, spans, list(range(len(spans)))))
    together = nlp.tokenize_many(requests)
    alone = [nlp.tokenize(*request) for request in requests]
    assert together == alone
    for (text, _, _), sentences in zip(requests, together):
        assert [s.index for s in sentences] == list(range(len(sentences)))
        assert all(text[w.start:w.end] == w.text for s in sentences for w in s.words)
    assert [s.block for s in together[1]] == [0, 1]
    assert nlp.tokenize_many([("", [], [])]) == [[]]
