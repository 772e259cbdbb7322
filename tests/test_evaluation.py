from attrib.evaluation import score_documents
from attrib.records import Analysis, Quote, Span, Speaker

TEXT = "The army said ten soldiers died. “We regret it,” Peskov said."


def gold():
    return {"id": "g", "text": TEXT, "quotes": [
        {"start": 14, "end": 31, "type": "indirect", "spans": [[14, 31]], "speaker_start": 0, "speaker_end": 8,
         "cue_start": 9, "cue_end": 13},
        {"start": 33, "end": 48, "type": "direct", "spans": [[33, 48]], "speaker_start": 49, "speaker_end": 55,
         "cue_start": 56, "cue_end": 60},
    ]}


def test_perfect_prediction_scores_100():
    t = TEXT
    q1 = Quote("q1", "indirect", (Span.of(t, 14, 31),), Span.of(t, 9, 13), Span.of(t, 0, 8), "s1", 0.9)
    q2 = Quote("q2", "direct", (Span.of(t, 33, 48),), Span.of(t, 56, 60), Span.of(t, 49, 55), "s2", 0.9)
    a = Analysis("g", t, quotes=(q1, q2), speakers=(Speaker("s1", "army", "organisation", None, (q1.source,)),
                                                     Speaker("s2", "Peskov", "person", None, (q2.source,))))
    r = score_documents([(gold(), a)]).as_dict()
    for key in ("content_overlap_0.3", "content_overlap_0.8", "content_exact", "cue", "end_to_end"):
        assert r[key]["f1"] == 100.0, key
    assert r["source_accuracy"] == 100.0


def test_wrong_source_and_partial_content():
    t = TEXT
    q1 = Quote("q1", "indirect", (Span.of(t, 14, 22),), Span.of(t, 9, 13), Span.of(t, 49, 55), None, 0.9)
    r = score_documents([(gold(), Analysis("g", t, quotes=(q1,)))]).as_dict()
    assert r["content_overlap_0.3"]["tp"] == 1 and r["content_overlap_0.8"]["tp"] == 0
    assert r["end_to_end"]["tp"] == 0 and r["source_accuracy"] == 0.0
    assert r["content_overlap_0.3"]["fn"] == 1


def test_saved_predictions_score_as_the_analysis_itself():
    # benchmarks/peer_accuracy.py scores JSON lines (attrib's or the peer's) with the same scorer
    import importlib.util
    import sys
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "peer_accuracy.py"
    spec = importlib.util.spec_from_file_location("peer_accuracy", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["peer_accuracy"] = module  # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    t = TEXT
    q1 = Quote("q1", "indirect", (Span.of(t, 14, 22),), Span.of(t, 9, 13), Span.of(t, 49, 55), None, 0.9,
               category="speech")
    q2 = Quote("q2", "direct", (Span.of(t, 33, 48),), Span.of(t, 56, 60), Span.of(t, 25, 31), "s2", 0.9,
               category="speech")
    a = Analysis("g", t, quotes=(q1, q2), speakers=(Speaker("s2", "Peskov", "person", None, (Span.of(t, 49, 55),)),))
    direct = score_documents([(gold(), a)]).as_dict()
    saved = score_documents([(gold(), module.predicted(a.to_dict(), None))]).as_dict()
    assert saved == direct and direct["end_to_end"]["tp"] == 1  # q2 right through its speaker's mention
    # --categories keeps only the listed categories
    kept = module.predicted(a.to_dict(), frozenset({"belief"}))
    assert kept.quotes == ()
