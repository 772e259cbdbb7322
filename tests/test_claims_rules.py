from attrib.attribution import find_attributions
from attrib.claims import checkworthiness, find_claims
from attrib.lexicon import load_lexicon
from attrib.records import Claim, Quote, Sourcing, Span, Speaker
from attrib.rules import RULES, RuleContext, apply_rules
from attrib.sourcing import impersonal_sourcing
from helpers import parsed


def test_checkworthiness_signals():
    score, signals = checkworthiness("Three soldiers were killed in Al-Bab on Thursday.")
    assert score >= 0.5 and {"number", "casualty", "named_entity"} <= set(signals)
    low, _ = checkworthiness("it was a nice day for a walk.")
    assert low < 0.3


def test_claims_attributed_and_unattributed():
    doc, scan = parsed(
        "The/DET/2/det army/NOUN/3/nsubj said/VERB/0/root/say/VBD ten/NUM/5/nsubj died/VERB/3/ccomp/die/VBD ./PUNCT/3/punct",
        "Relations/NOUN/2/nsubj reached/VERB/0/root/reach/VBD a/DET/4/det low/NOUN/2/obj in/ADP/6/case 2015/NUM/2/obl "
        "./PUNCT/2/punct",
        "Why/ADV/2/advmod now/ADV/0/root ?/PUNCT/2/punct")
    atts = find_attributions(doc, scan)
    claims = find_claims(doc, atts, {id(atts[0]): "q1"})
    assert [(c.text, c.attributed, c.quote) for c in claims] == [
        ("The army said ten died.", True, "q1"), ("Relations reached a low in 2015.", False, None)]
    assert all(doc.text[c.start:c.end] == c.text for c in claims)


def _ctx(spec_sentences, quotes=(), speakers=(), claims=()):
    doc, scan = parsed(*spec_sentences)
    return RuleContext(doc, scan, tuple(quotes), tuple(speakers), tuple(claims), load_lexicon())


def _rules(ctx):
    return [f.rule for f in apply_rules(ctx)]


def test_every_rule_has_id_name_severity_and_summary():
    for rule_id, r in RULES.items():
        assert rule_id == r.id and r.name and r.severity in ("error", "warning", "info") and r.summary


def test_unattributed_checkworthy_claim_fires_only_when_unattributed():
    text_spec = "Ten/NUM/2/nsubj died/VERB/0/root in/ADP/4/case Aleppo/PROPN/2/obl ./PUNCT/2/punct"
    doc, _ = parsed(text_spec)
    claim = Claim("c1", 0, len(doc.text), doc.text, False, None, 0.7, ("casualty", "number"))
    assert "ATR001" in _rules(_ctx([text_spec], claims=[claim]))
    attributed = Claim("c1", 0, len(doc.text), doc.text, True, "q1", 0.7, ("casualty",))
    assert "ATR001" not in _rules(_ctx([text_spec], claims=[attributed]))


def test_weasel_and_hedge_fire_outside_quotes_only():
    outside = "Some/DET/2/det say/VERB/0/root it/PRON/4/nsubj reportedly/ADV/5/advmod failed/VERB/2/ccomp ./PUNCT/2/punct"
    got = _rules(_ctx([outside]))
    assert "ATR006" in got and "ATR007" in got
    inside = "“/PUNCT/3/punct Some/DET/3/det say/VERB/0/root it/PRON/6/nsubj reportedly/ADV/6/advmod failed/VERB/3/ccomp ./PUNCT/3/punct ”/PUNCT/3/punct"
    got = _rules(_ctx([inside]))
    assert "ATR006" not in got and "ATR007" not in got


def test_anonymous_loaded_and_nonspeech_verbs():
    spec = "A/DET/2/det source/NOUN/3/nsubj claimed/VERB/0/root/claim/VBD talks/NOUN/5/nsubj failed/VERB/3/ccomp ./PUNCT/3/punct"
    doc, _ = parsed(spec)
    t = doc.text
    anonymous = Sourcing("anonymous", "a source word", Span.of(t, 0, 8))
    q = Quote("q1", "indirect", (Span.of(t, 23, 35),), Span.of(t, 9, 16), Span.of(t, 0, 8), "s1", 0.8,
              sourcing=anonymous)
    s = Speaker("s1", "source", "anonymous", None, (Span.of(t, 0, 8),), sourcing=anonymous)
    got = _rules(_ctx([spec], quotes=[q], speakers=[s]))
    assert "ATR002" in got and "ATR004" in got and "ATR003" not in got
    smiled = "“/PUNCT/2/punct Great/ADJ/0/root ,/PUNCT/2/punct ”/PUNCT/2/punct he/PRON/6/nsubj smiled/VERB/2/parataxis/smile ./PUNCT/2/punct"
    doc, _ = parsed(smiled)
    t = doc.text
    q = Quote("q1", "direct", (Span.of(t, 0, 8),), Span.of(t, t.index("smiled"), t.index("smiled") + 6),
              Span.of(t, t.index("he"), t.index("he") + 2), None, 0.5)
    assert "ATR005" in _rules(_ctx([smiled], quotes=[q]))


def test_unbalanced_and_scare_quotes():
    spec = "The/DET/2/det “/PUNCT/3/punct reform/NOUN/0/root ”/PUNCT/3/punct passed/VERB/3/acl ./PUNCT/3/punct"
    assert "QUO002" in _rules(_ctx([spec]))
    spec = "The/DET/2/det “/PUNCT/3/punct reform/NOUN/0/root passed/VERB/3/acl ./PUNCT/3/punct"
    assert "QUO001" in _rules(_ctx([spec]))


def test_passive_attribution_without_agent_is_vague():
    spec = ("Quiros/PROPN/3/nsubj:pass was/AUX/3/aux:pass accused/VERB/0/root/accuse/VBN of/SCONJ/5/mark "
            "fraud/NOUN/3/obl ./PUNCT/3/punct")
    doc, scan = parsed(spec)
    (att,) = find_attributions(doc, scan)
    assert att.source is None and doc.text[att.cue[0]:att.cue[1]] == "was accused"
    quote = Quote("q1", "indirect", tuple(Span.of(doc.text, s, e) for s, e in att.contents),
                  Span.of(doc.text, *att.cue), None, None, att.confidence, sourcing=impersonal_sourcing(doc, att))
    assert quote.sourcing is not None and quote.sourcing.category == "vague"
    findings = [f for f in apply_rules(_ctx([spec], quotes=[quote])) if f.rule == "ATR006"]
    assert [f.text for f in findings] == ["was accused"]
    named = Quote("q1", "indirect", quote.contents, quote.cue, Span.of(doc.text, 0, 6), None, 0.9)
    assert "ATR006" not in _rules(_ctx([spec], quotes=[named]))


def test_seems_is_an_unsourced_attribution_but_the_claim_stays_the_reporters():
    # "Melania seems to have vanished."
    spec = ("Melania/PROPN/2/nsubj seems/VERB/0/root/seem/VBZ to/PART/5/mark have/AUX/5/aux "
            "vanished/VERB/2/xcomp/vanish/VBN ./PUNCT/2/punct")
    doc, scan = parsed(spec)
    (att,) = find_attributions(doc, scan)
    assert att.source is None and [doc.text[s:e] for s, e in att.contents] == ["Melania seems to have vanished"]
    (claim,) = find_claims(doc, [att], {id(att): "q1"})
    assert not claim.attributed  # how things look to the reporter is the reporter's claim
    quote = Quote("q1", "indirect", tuple(Span.of(doc.text, s, e) for s, e in att.contents),
                  Span.of(doc.text, *att.cue), None, None, att.confidence, sourcing=impersonal_sourcing(doc, att))
    fired = _rules(_ctx([spec], quotes=[quote]))
    assert "ATR007" in fired and "ATR006" not in fired  # a hedge, not a passive "by whom?"


def test_checkworthiness_reads_since_and_plan_by_their_part_of_speech():
    _, timed = checkworthiness("The firm has hired 40 people since January.")
    _, caused = checkworthiness("Prices fell since the plant closed.")
    assert "causal" not in timed and "causal" in caused
    _, noun = checkworthiness("The plan was popular with voters.")
    _, verb = checkworthiness("The council plans to close four libraries.")
    assert "prediction" not in noun and "prediction" in verb


def test_a_quantity_with_its_unit_ranks_above_a_vague_sentence():
    concrete, signals = checkworthiness("Revenue rose by 35 percent.")
    vague, _ = checkworthiness("Things have been difficult for the Company lately.")
    assert {"quantity", "change"} <= set(signals) and concrete > vague
