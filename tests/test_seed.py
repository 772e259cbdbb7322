"""Acceptance: every attribution of the source article comes out right (packaged models)."""

from collections import Counter

EXPECTED = [
    # (a phrase of the content, the cue, the speaker entity)
    ("were “accidentally” killed", "said", "Turkish army"),
    ("“by accident three of our heroic soldiers", "said", "Turkish army"),
    ("of the 11 injured, one was badly wounded", "said", "Turkish army"),
    ("Putin contacted Erdogan to express his", "added", "Turkish army"),
    ("“Russian officials have said that the incident was an accident,”", "said", "Turkish army"),
    ("an investigation is being carried out by both sides", "adding", "Turkish army"),
    ("the incident was an accident", "have said", "Russian officials"),
    ("Putin had offered Erdogan his condolences", "said", "Kremlin"),
    ("the incident took place in the flash point", "said", "Kremlin"),
    ("the Russian strike took place on Thursday morning", "said", "Dmitry Peskov"),
    ("Chief of the General Staff Valery Gerasimov", "said", "Russian defence ministry"),
]

UNATTRIBUTED = [
    "President Vladimir Putin quickly reached out",
    "off-duty Turkish policeman shot dead",
    "Relations reached a dangerous low in November 2015",
    "normalisation deal was reached",
    "evacuate Syrians from Aleppo",
    "Kazakh capital Astana",
    "Russian jets have on occasion carried out air strikes in Al-Bab",
    "besieged since Monday",
]


def test_the_eleven_attributions_and_their_speakers(seed_analysis):
    a = seed_analysis
    found = []
    for q in a.quotes:
        speaker = a.speaker(q.speaker)
        found.append((" ".join(c.text for c in q.contents), q.cue.text if q.cue else None,
                      speaker.name if speaker else None))
    assert len(found) == len(EXPECTED), found
    for phrase, cue, speaker in EXPECTED:
        assert any(phrase in content and c == cue and s == speaker for content, c, s in found), (phrase, found)
    counts = Counter(s for _, _, s in found)
    assert counts == {"Turkish army": 6, "Kremlin": 2, "Russian officials": 1, "Dmitry Peskov": 1,
                      "Russian defence ministry": 1}


def test_nesting_channel_and_speaker_details(seed_analysis):
    a = seed_analysis
    inner = next(q for q in a.quotes if q.cue and q.cue.text == "have said")
    outer = a.quote(inner.nested_in)
    assert outer is not None and outer.type == "direct" and a.speaker(outer.speaker).name == "Turkish army"
    statement = next(q for q in a.quotes if q.channel is not None)
    assert statement.channel.text == "in a statement"
    peskov = next(s for s in a.speakers if s.name == "Dmitry Peskov")
    assert (peskov.kind, peskov.role, peskov.affiliation) == ("person", "Kremlin spokesman", "Kremlin")
    army = next(s for s in a.speakers if s.name == "Turkish army")
    assert army.kind == "organisation"
    assert {m.text for m in army.mentions} >= {"the Turkish army", "It", "it", "the army"}
    assert next(s for s in a.speakers if s.name == "Russian officials").kind == "group"


def test_background_sentences_are_unattributed_claims(seed_analysis):
    a = seed_analysis
    for phrase in UNATTRIBUTED:
        claim = next((c for c in a.claims if phrase in c.text), None)
        assert claim is not None and not claim.attributed, phrase
    attributed = [c for c in a.claims if c.attributed]
    assert len(attributed) == 9  # the eleven attributions sit in nine sentences


def test_headings_and_opinion_tail_give_no_claims(seed_analysis):
    a = seed_analysis
    texts = " ".join(c.text for c in a.claims)
    for heading in ("Fight for Al-Bab", "Revival in ties", "Opinion", "Editorial", "Afghan turbulence",
                    "Redefining extremism", "DOG-BITE"):
        assert heading not in texts
    tail = a.text.index("Opinion\n")
    assert all(c.start < tail for c in a.claims)


def test_every_span_slices_the_text(seed_analysis):
    a = seed_analysis
    spans = [s for q in a.quotes for s in (*q.contents, q.cue, q.source, q.channel) if s is not None]
    spans += [m for s in a.speakers for m in s.mentions]
    assert all(a.text[s.start:s.end] == s.text for s in spans)
    assert all(a.text[c.start:c.end] == c.text for c in a.claims)
    assert all(a.text[f.start:f.end] == f.text for f in a.findings)


def test_seed_json_follows_the_schema_and_round_trips(seed_analysis):
    import json
    from importlib import resources

    import jsonschema

    from attrib import Analysis

    schema = json.loads(resources.files("attrib").joinpath("schema/analysis.schema.json").read_text())
    data = json.loads(seed_analysis.to_json())
    jsonschema.validate(data, schema)
    assert Analysis.from_dict(data) == seed_analysis
