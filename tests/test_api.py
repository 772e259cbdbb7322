"""The public face: a small, explicit API."""

import attrib


def test_public_names():
    assert set(attrib.__all__) == {
        "__version__", "SCHEMA_VERSION", "Analyzer", "analyze", "compare", "check", "Comparison", "Analysis",
        "Block", "Claim", "Finding", "Quote", "Span", "Speaker", "AttribError", "InputError", "ModelError",
        "SchemaError"}
    for name in attrib.__all__:
        assert hasattr(attrib, name), name
    assert issubclass(attrib.InputError, attrib.AttribError) and issubclass(attrib.ModelError, attrib.AttribError)


def test_library_round_trip(analyzer, monkeypatch):
    import attrib.pipeline

    monkeypatch.setattr(attrib.pipeline, "_DEFAULT", analyzer)
    a = attrib.analyze("“We regret it,” Kremlin spokesman Dmitry Peskov said.", id="x")
    b = attrib.analyze("Peskov said the strike was a mistake.", id="y")
    assert a.quotes[0].type == "direct" and a.speaker(a.quotes[0].speaker).name == "Dmitry Peskov"
    comparison = attrib.compare([a, b])
    assert isinstance(comparison, attrib.Comparison) and len(comparison.speakers) == 1
    findings = attrib.check("A source said the talks had collapsed.", analyzer=analyzer)
    assert [f.finding.rule for f in findings] == ["ATR002"]
