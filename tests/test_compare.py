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
