"""The packaged stanza models load offline and parse news text (issue: packaged models)."""

import json
import time

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


def test_fast_pairwise_scorer_matches_stanzas_einsum():
    import torch
    from stanza.models.common.biaffine import PairwiseBilinear

    from attrib.nlp import _patch_pairwise_bilinear

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


def test_parallel_workers_give_the_same_analyses_in_order():
    import pytest

    from attrib import Analyzer, InputError

    texts = [f"Officials said {n} people were hurt in the {n}th blast. “We are safe,” the mayor said."
             for n in range(2, 9)]
    one = [a.to_dict() for a in Analyzer(workers=1).analyze_many(texts, batch_size=4)]
    two = Analyzer(workers=2)
    assert [a.to_dict() for a in two.analyze_many(texts, batch_size=4)] == one
    results = two.analyze_many([*texts[:3], {"text": 3}, texts[3]], batch_size=2)
    assert [next(results).text for _ in range(3)] == texts[:3]
    with pytest.raises(InputError):
        next(results)


def test_a_text_parses_the_same_alone_and_batched_with_others():
    from attrib import Analyzer

    text = ("Kremlin spokesman Dmitry Peskov said the strike took place on Thursday. "
            "The Turkish army said in a statement that three soldiers had been killed.")
    other = " ".join(f"Officials in district {n} said the convoy of {n} trucks was delayed by rain." for n in range(40))
    analyzer = Analyzer(workers=1)
    alone = analyzer.analyze(text).to_dict()
    batched = list(analyzer.analyze_many([other, text], batch_size=2))[1].to_dict()
    assert batched == alone
