"""Comparing the corpus: aligned speakers, shared statements and the built-in disagreements."""

import json

import pytest

from attrib.compare import compare


@pytest.fixture(scope="module")
def comparison(corpus_analyses):
    return compare(corpus_analyses)


def by_outlet(comparison, cluster):
    names = {s.id: s.name for s in comparison.sources}
    return {names[m.source]: m for m in cluster.members}


def flags(comparison, kind):
    return [f for f in comparison.flags if f.kind == kind]


def test_sources_named_from_metadata(comparison):
    assert {s.name for s in comparison.sources} == {"Dawn (AFP)", "Meridian Wire", "Kosmos News", "Bosphorus Daily",
                                                    "The Daily Ledger"}


def test_speakers_aligned_across_outlets(comparison):
    names = {s.name: s for s in comparison.speakers}
    peskov = names["Dmitry Peskov"]
    assert len({m["source"] for m in peskov.members}) >= 3
    army = names["Turkish army"]
    assert len({m["source"] for m in army.members}) == 5
    assert not any(n in names for n in ("Peskov", "army", "Turkish military"))


def test_lack_of_coordinates_attributed_to_different_speakers(comparison):
    cluster = next(c for c in comparison.clusters if "lack of agreement" in c.text and len(c.members) >= 3)
    speakers = {m.speaker for m in cluster.members if m.attributed}
    assert {"Dmitry Peskov", "Kremlin"} <= speakers
    assert any(f.cluster == cluster.id for f in flags(comparison, "different-speakers"))
    wording = [f for f in flags(comparison, "quote-wording") if f.cluster == cluster.id]
    # one flag: the outlets that agree on a wording are listed together, not flagged pair by pair
    assert len(wording) == 1 and "lack of agreement on coordinates" in wording[0].message
    assert "Dawn (AFP), Meridian Wire “lack of agreement of coordinates" in wording[0].message


def test_condolences_rest_on_three_different_sources(comparison):
    cluster = next(c for c in comparison.clusters if any("condolences" in m.text and "Peskov" not in m.text
                                                         for m in c.members) and len(c.members) >= 3)
    speakers = {m.speaker for m in cluster.members if m.attributed}
    assert len(speakers) >= 2


def test_numbers_that_disagree(comparison):
    messages = " ".join(f.message for f in flags(comparison, "numbers-differ"))
    assert "2 (Kosmos News)" in messages
    assert "9 (The Daily Ledger)" in messages


def test_claim_attributed_in_one_outlet_unattributed_in_another(comparison):
    cluster = next(c for c in comparison.clusters
                   if any("hit a building where Turkish troops were deployed" in m.text for m in c.members)
                   and len(c.members) >= 2)
    outlets = by_outlet(comparison, cluster)
    assert outlets["Meridian Wire"].attributed and not outlets["Bosphorus Daily"].attributed
    assert any(f.cluster == cluster.id for f in flags(comparison, "attribution-differs"))


def test_single_source_statements(comparison):
    singles = [comparison.cluster(f.cluster) for f in flags(comparison, "single-source")]
    assert any("Arkan" in (m.speaker or "") for c in singles for m in c.members)


def test_json_contract(comparison):
    data = json.loads(json.dumps(comparison.to_dict()))
    assert set(data) >= {"sources", "clusters", "flags"}
    assert set(data["sources"][0]) >= {"id", "name"}
    member = data["clusters"][0]["members"][0]
    assert set(member) >= {"source", "speaker", "attributed", "text"} and ("quote" in member or "claim" in member)
    assert set(data["flags"][0]) >= {"kind", "cluster", "message"}
    ids = {c["id"] for c in data["clusters"]}
    assert all(f["cluster"] in ids for f in data["flags"])


def test_one_item_per_outlet_per_cluster(comparison):
    for c in comparison.clusters:
        assert len({m.source for m in c.members}) == len(c.members)


def test_corpus_nesting_points_to_a_listed_quote_and_never_loops(corpus_analyses):
    for analysis in corpus_analyses:
        by_id = {q.id: q for q in analysis.quotes}
        for quote in analysis.quotes:
            seen, current = {quote.id}, quote.nested_in
            while current is not None:
                assert current in by_id and current not in seen, (analysis.id, quote.id)
                seen.add(current)
                current = by_id[current].nested_in


# -- hand-built analyses (no model) ---------------------------------------------------------

from attrib.compare_text import clauses, family, quantities, word_keys  # noqa: E402
from attrib.records import Analysis, Claim, Quote, Span, Speaker  # noqa: E402


def build(text, quotes=(), claims=(), meta=None):
    """An Analysis from (speaker name, kind, source text, cue text, content text, nested_in) quotes and
    unattributed claim sentences, located by their text."""
    speakers, records = {}, []
    for k, (name, kind, source, cue, content, nested) in enumerate(quotes):
        sid = speakers.setdefault(name, Speaker(f"s{len(speakers) + 1}", name, kind, None,
                                                (Span.of(text, text.index(source), text.index(source) + len(source)),)))
        c0 = text.index(content)
        s0, k0 = text.index(source), text.index(cue)
        records.append(Quote(f"q{k + 1}", "direct" if content.startswith("“") else "indirect",
                             (Span.of(text, c0, c0 + len(content)),), Span.of(text, k0, k0 + len(cue)),
                             Span.of(text, s0, s0 + len(source)), sid.id, 0.9, None, nested))
    made = [Claim(f"c{k + 1}", text.index(c), text.index(c) + len(c), c, False, None, 0.6)
            for k, c in enumerate(claims)]
    return Analysis(None, text, tuple(records), tuple(speakers.values()), tuple(made), meta=meta or {})


def test_word_families_survive_paraphrase():
    assert family("investigation") == family("investigate") == family("probe") == family("inquiry")
    assert family("failure") == family("fail") == family("malfunctioned") == family("faulty")
    assert family("corrosion") == family("corroded")
    assert family("injuries") == family("injured") == family("hurt")
    assert family("collapse") != family("investigation")
    assert word_keys("The two cities will jointly investigate the collapse") == ["citi", "joint", "investi", "collaps"] \
        or family("city") == word_keys("The two cities")[0]


def test_quantities_compare_word_numbers_and_durations():
    months = [v for k, v, _ in quantities("the bridge had opened about 18 months ago") if k == "duration"]
    years = [v for k, v, _ in quantities("the bridge was barely two years old") if k == "duration"]
    assert months == [18] and years == [24]
    assert [v for _, v, _ in quantities("forty years")] == [v for _, v, _ in quantities("four decades")]
    assert [v for _, v, _ in quantities("two hundred and twelve passengers")] == [212]
    assert [v for _, v, _ in quantities("212 passengers")] == [212]
    assert quantities("in 2031 nothing happened") == []


def test_a_sentence_with_two_propositions_is_cut_with_exact_offsets():
    text = "The roof fell in on Monday, injuring four workers at the depot."
    parts = list(clauses(text, 10))
    assert len(parts) == 2
    assert text[parts[1][0] - 10:parts[1][1] - 10].startswith("injuring four workers")
    assert list(clauses("Too short, but fine.", 0)) == [(0, 20)]


def test_paraphrases_meet_in_one_cluster():
    a = build("A gas main failure caused the blast, the utility said.",
              [("the utility", "organisation", "the utility", "said", "A gas main failure caused the blast", None)])
    b = build("The utility blamed the explosion on a failed gas main.",
              [("The utility", "organisation", "The utility", "blamed", "the explosion on a failed gas main", None)])
    c = build("A faulty gas main was behind the blast, according to the utility.",
              [("the utility", "organisation", "the utility", "according to", "A faulty gas main was behind the blast",
                None)])
    comparison = compare([a, b, c])
    assert max(len(cl.members) for cl in comparison.clusters) == 3


def test_unrelated_statements_stay_apart():
    a = build("The mayor said the market will reopen next week.",
              [("The mayor", "person", "The mayor", "said", "the market will reopen next week", None)])
    b = build("Police said two men were arrested at the harbour.",
              [("Police", "organisation", "Police", "said", "two men were arrested at the harbour", None)])
    assert all(len(cl.members) == 1 for cl in compare([a, b]).clusters)


def test_nested_report_is_one_member_with_speaker_and_agency():
    text = "Minister Ana Roth said the levy would be scrapped, the Norland News Agency reported."
    a = build(text, [
        ("Norland News Agency", "organisation", "the Norland News Agency", "reported",
         "Minister Ana Roth said the levy would be scrapped", None),
        ("Ana Roth", "person", "Minister Ana Roth", "said", "the levy would be scrapped, the Norland News Agency", "q1"),
    ])
    b = build("The levy will be scrapped, Finance Minister Ana Roth said.",
              [("Ana Roth", "person", "Finance Minister Ana Roth", "said", "The levy will be scrapped", None)])
    comparison = compare([a, b])
    members = [m for cl in comparison.clusters for m in cl.members if m.source == "src1"]
    assert len(members) == 1
    (m,) = members
    assert m.speaker == "Ana Roth" and m.via == "Norland News Agency"
    assert m.text == "the levy would be scrapped" and text[m.start:m.end] == m.text
    cluster = next(cl for cl in comparison.clusters if m in cl.members)
    assert len(cluster.members) == 2
    assert not [f for f in comparison.flags if f.kind == "different-speakers"]


def test_numbers_differ_for_durations_not_for_punctuation():
    a = build("The tunnel opened about 18 months ago, the mayor said. “We are proud of it,” the mayor said.",
              [("Jo Vance", "person", "the mayor", "said", "The tunnel opened about 18 months ago", None),
               ("Jo Vance", "person", "the mayor", "said", "“We are proud of it,”", None)])
    b = build("Mayor Jo Vance said the tunnel opened about two years ago. “We are proud of it.” said Vance.",
              [("Jo Vance", "person", "Mayor Jo Vance", "said", "the tunnel opened about two years ago", None),
               ("Jo Vance", "person", "Vance", "said", "“We are proud of it.”", None)])
    comparison = compare([a, b])
    kinds = [f.kind for f in comparison.flags]
    assert "numbers-differ" in kinds
    assert any("18 months" in f.message and "2 years" in f.message for f in comparison.flags)
    assert "quote-wording" not in kinds


def test_press_service_is_related_not_merged():
    a = build("The ministry said the port would stay shut.",
              [("Ministry of Ports", "organisation", "The ministry", "said", "the port would stay shut", None)])
    b = build("The port will stay shut, the Ministry of Ports press service said.",
              [("Ministry of Ports press service", "organisation", "the Ministry of Ports press service", "said",
                "The port will stay shut", None)])
    a = Analysis(None, a.text, a.quotes, (Speaker("s1", "Ministry of Ports", "organisation", None,
                                                 a.speakers[0].mentions),), a.claims)
    comparison = compare([a, b])
    by_name = {s.name: s for s in comparison.speakers}
    service = by_name["Ministry of Ports press service"]
    assert service.related_to == by_name["Ministry of Ports"].id and service.relation == "press service of"
    flag = next(f for f in comparison.flags if f.kind == "different-speakers")
    assert "press service of Ministry of Ports" in flag.message
