import json

import pytest

from attrib import Analysis, Claim, Finding, Quote, SchemaError, Span, Speaker
from attrib.records import Block


def sample() -> Analysis:
    text = "“We won,” Peskov said."
    return Analysis(
        id="doc-1", text=text,
        quotes=(Quote("q1", "direct", (Span.of(text, 0, 9),), Span.of(text, 17, 21), Span.of(text, 10, 16),
                      "s1", 0.9),),
        speakers=(Speaker("s1", "Peskov", "person", None, (Span.of(text, 10, 16),)),),
        claims=(Claim("c1", 0, 22, text, True, "q1", 0.25, ("named_entity",)),),
        findings=(Finding("ATR001", "warning", 0, 5, "msg", text[0:5]),),
        blocks=(Block(0, 22, "body"),), meta={"source": "test"})


def test_json_round_trip_is_lossless():
    a = sample()
    again = Analysis.from_json(a.to_json())
    assert again == a
    assert json.loads(a.to_json())["schema_version"] == a.schema_version


def test_contract_names():
    d = sample().to_dict()
    assert set(d) >= {"id", "text", "quotes", "speakers", "claims", "findings"}
    assert set(d["quotes"][0]) >= {"id", "type", "contents", "cue", "source", "speaker", "confidence"}
    assert set(d["quotes"][0]["contents"][0]) == {"start", "end", "text"}
    assert set(d["speakers"][0]) >= {"id", "name", "kind", "role", "mentions"}
    assert set(d["claims"][0]) >= {"id", "start", "end", "text", "attributed", "quote"}
    assert set(d["findings"][0]) >= {"rule", "severity", "start", "end", "message"}


def test_spans_slice_the_text():
    a = sample()
    for q in a.quotes:
        for span in (*q.contents, q.cue, q.source):
            assert a.text[span.start:span.end] == span.text


def test_bad_json_is_a_schema_error():
    with pytest.raises(SchemaError):
        Analysis.from_dict({"text": "x", "quotes": [{"id": "q1"}]})
    with pytest.raises(SchemaError):
        Analysis.from_dict({"id": None})


def test_records_are_frozen():
    with pytest.raises(AttributeError):
        sample().quotes[0].type = "indirect"  # type: ignore[misc]


def test_json_validates_against_the_published_schema():
    import json as _json
    from importlib import resources

    import jsonschema

    schema = _json.loads(resources.files("attrib").joinpath("schema/analysis.schema.json").read_text())
    jsonschema.validate(_json.loads(sample().to_json()), schema)
    broken = sample().to_dict()
    broken["quotes"][0]["type"] = "paraphrase"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)
