"""Calibrated confidence (attrib.confidence) and the per-quote judgement it is counted from."""

from attrib.confidence import Calibration, calibration, source_kind
from attrib.evaluation import judge_quotes
from attrib.lexicon import load_lexicon
from attrib.records import Analysis, Quote, Span


def test_a_well_observed_cell_says_its_own_precision():
    counts = {("*", "*", "*"): (1000, 800), ("v", "*", "*"): (1000, 800), ("v", "speech", "*"): (1000, 900),
              ("v", "speech", "mention"): (1000, 950)}
    assert Calibration(counts).confidence("v", "speech", "mention") == 0.95


def test_a_sparse_cell_backs_off_to_the_coarser_key():
    counts = {("*", "*", "*"): (1000, 800), ("v", "*", "*"): (1000, 800), ("v", "speech", "*"): (1000, 900),
              ("v", "speech", "none"): (1, 0)}
    sparse = Calibration(counts).confidence("v", "speech", "none")
    assert 0.8 < sparse < 0.9  # one wrong attribution moves the estimate a little, not to 0
    assert Calibration(counts).confidence("unseen", None, "pronoun") == 0.8


def test_shipped_counts_give_probabilities():
    table = calibration()
    assert table.counts[("*", "*", "*")][0] > 1000
    for construction, category, source in table.counts:
        assert 0.0 <= table.confidence(construction, category, source) <= 1.0


def test_source_kind():
    lex = load_lexicon()
    assert source_kind(None, lex) == "none"
    assert source_kind("She", lex) == "pronoun"
    assert source_kind("I", lex) == "pronoun"
    assert source_kind("the Turkish army", lex) == "mention"


def test_judge_quotes_needs_content_and_source():
    text = "The army said the strike failed. Peskov denied it."
    quotes = (
        Quote("q1", "indirect", (Span.of(text, 14, 32),), Span.of(text, 9, 13), Span.of(text, 0, 8), None, 0.9),
        Quote("q2", "indirect", (Span.of(text, 47, 49),), Span.of(text, 40, 46), Span.of(text, 40, 46), None, 0.9),
    )
    gold = {"text": text, "quotes": [
        {"start": 14, "end": 32, "speaker_start": 0, "speaker_end": 8},    # right source
        {"start": 47, "end": 49, "speaker_start": 33, "speaker_end": 39},  # content right, source wrong
    ]}
    assert judge_quotes(gold, Analysis(id="t", text=text, quotes=quotes)) == [True, False]
