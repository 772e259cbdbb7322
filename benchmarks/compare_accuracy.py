"""Score `attrib.compare` against the team gold (benchmarks/data/compare_gold).

    python benchmarks/compare_accuracy.py [GOLD_DIR] [--cache DIR] [--events e1,e2] [--verbose]

Each event folder holds outlet texts, ``sources.json`` and ``gold.json`` (see its README). The
texts are analysed (``--cache`` keeps the analyses as JSON so a re-run only compares), compared,
and the clusters scored against the hand-made propositions:

* **Matching.** A gold mention (outlet text, anchor substring) is matched to the comparison member
  of that outlet whose span overlaps the anchor most (character Jaccard); a mention with no
  overlapping member is *missed* (a cluster of its own). Members that overlap no anchor are
  propositions the gold says one outlet carries alone (gold singletons); members that overlap an
  anchor but are not its best match (an outer report around an inner one) are not scored.
* **B-cubed** (Bagga & Baldwin 1998) averaged over the gold mentions: precision of a mention is
  the share of its system cluster (every member, annotated or not, so merging an unrelated
  statement in costs precision) that belongs to its proposition; recall the share of its
  proposition found in its cluster. Two mentions matched to one member (a sentence carrying two
  propositions) share its cluster. ``all items`` repeats the figure over mentions and gold
  singletons together (the textbook variant, kinder because singletons score 1).
* **Coverage**: per proposition, the largest share of its outlets found in one cluster.
* **Speaker accuracy** over matched mentions: right when the gold says the reporter's own and the
  member is unattributed, or the member's speaker name matches one of the gold speaker's names
  (case, accents, "the" and a possessive aside; a person by surname). **Via**: nested mentions
  whose member names the agency. **Nested once**: nested mentions with exactly one attributed
  member over the anchor. **Alignment**: pairs of matched, attributed mentions of one event;
  precision / recall of "same aligned speaker id" against "same gold speaker".
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "data" / "compare_gold"


def _norm(name: str) -> str:
    text = "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))
    text = re.sub(r"[’']s\b", "", text)
    words = [w for w in re.findall(r"\w+", text) if w not in ("the", "a", "an")]
    return " ".join(words)


def speaker_matches(system: str | None, gold: dict[str, Any]) -> bool:
    if not system:
        return False
    s = _norm(system)
    for name in gold["names"]:
        n = _norm(name)
        if s == n:
            return True
        sw, nw = s.split(), n.split()
        if gold["kind"] == "person" and sw and nw and sw[-1] == nw[-1]:
            return True
        if sw and nw and sw[-1] == nw[-1] and (set(sw) <= set(nw) or set(nw) <= set(sw)) and len(nw) > 1:
            return True
    return False


def load_event(folder: Path, analyzer: Any, cache: Path | None) -> tuple[dict[str, Any], list[str], list[Any]]:
    from attrib.records import Analysis

    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    meta = json.loads((folder / "sources.json").read_text(encoding="utf-8"))
    files = sorted(meta)
    analyses = []
    for name in files:
        cached = cache / folder.name / (name + ".json") if cache else None
        if cached and cached.exists():
            analyses.append(Analysis.from_json(cached.read_text(encoding="utf-8")))
            continue
        analysis = analyzer().analyze((folder / name).read_text(encoding="utf-8"), id=name, meta=meta[name])
        if cached:
            cached.parent.mkdir(parents=True, exist_ok=True)
            cached.write_text(analysis.to_json(), encoding="utf-8")
        analyses.append(analysis)
    return gold, files, analyses


def score_event(gold: dict[str, Any], files: list[str], analyses: list[Any], comparison: Any,
                verbose: bool = False) -> dict[str, Any]:
    source_of = {name: comparison.sources[k].id for k, name in enumerate(files)}
    text_of = {name: analyses[k].text for k, name in enumerate(files)}
    members = [(c.id, m) for c in comparison.clusters for m in c.members]
    by_source: dict[str, list[tuple[str, Any]]] = defaultdict(list)
    for cid, m in members:
        by_source[m.source].append((cid, m))
    mentions = []  # (proposition, mention dict, cluster id or None, member or None)
    touched: set[int] = set()
    for prop in gold["propositions"]:
        for mention in prop["mentions"]:
            text = text_of[mention["text"]]
            a = text.index(mention["anchor"])
            b = a + len(mention["anchor"])
            best, best_score, over = None, 0.0, []
            for cid, m in by_source[source_of[mention["text"]]]:
                inter = min(b, m.end) - max(a, m.start)
                if inter <= 0:
                    continue
                over.append(m)
                touched.add(id(m))
                jaccard = inter / (max(b, m.end) - min(a, m.start))
                if jaccard > best_score:
                    best, best_score = (cid, m), jaccard
            mentions.append((prop["id"], mention, best[0] if best else None, best[1] if best else None, over))
    singletons = [(cid, m) for cid, m in members if id(m) not in touched]
    size: Counter[str] = Counter(cid for cid, _ in members)
    matched_ids = {id(m) for *_, m, _ in mentions if m is not None}
    # a cluster's size counts its members; two mentions on one member count once (one member)
    precision, recall = [], []
    prop_size = Counter(p for p, *_ in mentions)
    for prop, _, cid, _m, _ in mentions:
        if cid is None:
            precision.append(1.0)
            recall.append(1 / prop_size[prop])
            continue
        same = {id(x) for q, _, c, x, _ in mentions if c == cid and q == prop and x is not None}
        precision.append(len(same) / size[cid])
        recall.append(sum(1 for q, _, c, _, _ in mentions if c == cid and q == prop) / prop_size[prop])
    coverage = {}
    for prop in prop_size:
        clusters = Counter(c for q, _, c, _, _ in mentions if q == prop and c is not None)
        coverage[prop] = (clusters.most_common(1)[0][1] if clusters else 1) / prop_size[prop]
    # the textbook variant: unannotated members are gold singletons
    all_p = precision + [1 / size[cid] for cid, _ in singletons]
    all_r = recall + [1.0 for _ in singletons]
    speakers_right = speakers_total = via_right = via_total = once = 0
    misses = []
    for prop, mention, _cid, m, over in mentions:
        if m is None:
            continue
        speakers_total += 1
        want = mention.get("speaker")
        ok = (not m.attributed) if want is None else (
            m.attributed and speaker_matches(m.speaker, gold["speakers"][want]))
        speakers_right += ok
        if not ok:
            misses.append(f"  speaker {prop} {mention['text']}: want {want}, got "
                          f"{m.speaker if m.attributed else 'reporter'} — {m.text[:70]!r}")
        if mention.get("via"):
            via_total += 1
            via_right += speaker_matches(getattr(m, "via", None), gold["speakers"][mention["via"]])
            once += sum(1 for x in over if x.attributed) == 1
    pairs = Counter()
    attributed = [(mention, m) for _, mention, _, m, _ in mentions
                  if m is not None and m.attributed and mention.get("speaker")]
    for i in range(len(attributed)):
        for j in range(i + 1, len(attributed)):
            (ga, ma), (gb, mb) = attributed[i], attributed[j]
            if ma is mb or ma.source == mb.source:
                continue
            same_gold = ga["speaker"] == gb["speaker"]
            same_sys = ma.speaker_id is not None and ma.speaker_id == mb.speaker_id
            pairs[(same_gold, same_sys)] += 1
    if verbose:
        for prop in prop_size:
            found = [(mention["text"].split(".")[0], c) for q, mention, c, _, _ in mentions if q == prop]
            print(f"  {prop} coverage {coverage[prop]:.2f}: " + ", ".join(f"{t}={c}" for t, c in found))
        print("\n".join(misses))
    return {"precision": precision, "recall": recall, "all_p": all_p, "all_r": all_r, "coverage": coverage,
            "speakers": (speakers_right, speakers_total), "via": (via_right, via_total, once),
            "pairs": pairs, "matched": len(matched_ids), "mentions": len(mentions),
            "missed": sum(1 for *_, m, _ in mentions if m is None)}


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def summarise(results: list[dict[str, Any]]) -> dict[str, float]:
    def mean(key: str) -> float:
        values = [v for r in results for v in r[key]]
        return sum(values) / len(values) if values else 0.0

    p, r, ap, ar = mean("precision"), mean("recall"), mean("all_p"), mean("all_r")
    cov = [v for res in results for v in res["coverage"].values()]
    sr = sum(res["speakers"][0] for res in results)
    st = sum(res["speakers"][1] for res in results)
    vr = sum(res["via"][0] for res in results)
    vt = sum(res["via"][1] for res in results)
    vo = sum(res["via"][2] for res in results)
    pairs: Counter[tuple[bool, bool]] = sum((res["pairs"] for res in results), Counter())
    ap_ = pairs[(True, True)] / ((pairs[(True, True)] + pairs[(False, True)]) or 1)
    ar_ = pairs[(True, True)] / ((pairs[(True, True)] + pairs[(True, False)]) or 1)
    return {"P": p, "R": r, "F1": f1(p, r), "allP": ap, "allR": ar, "allF1": f1(ap, ar),
            "coverage": sum(cov) / len(cov), "speaker": sr / (st or 1), "speaker_n": st,
            "via": vr / (vt or 1), "nested_once": vo / (vt or 1), "via_n": vt,
            "align_P": ap_, "align_R": ar_,
            "missed": sum(res["missed"] for res in results), "mentions": sum(res["mentions"] for res in results)}


def report(name: str, s: dict[str, float]) -> None:
    print(f"{name:<16} B3 P {s['P']:.3f} R {s['R']:.3f} F1 {s['F1']:.3f} | all items P {s['allP']:.3f} "
          f"R {s['allR']:.3f} F1 {s['allF1']:.3f} | coverage {s['coverage']:.3f} | speaker {s['speaker']:.3f} "
          f"(n={s['speaker_n']}) | via {s['via']:.2f} once {s['nested_once']:.2f} (n={s['via_n']}) | "
          f"align P {s['align_P']:.2f} R {s['align_R']:.2f} | missed {s['missed']}/{s['mentions']}")


def sweep(events: list[tuple[Path, dict[str, Any], list[str], list[Any]]]) -> int:
    from attrib.compare import compare

    grid = [round(0.05 + 0.025 * k, 3) for k in range(19)]
    table = {t: [score_event(g, f, a, compare(a, threshold=t)) for _, g, f, a in events] for t in grid}
    for t in grid:
        s = summarise(table[t])
        print(f"threshold {t:.3f}  P {s['P']:.3f} R {s['R']:.3f} F1 {s['F1']:.3f}  coverage {s['coverage']:.3f}")
    print("leave one event out (threshold with the best F1 on the others, ties: the lower):")
    held = []
    for k, (folder, *_rest) in enumerate(events):
        def others(t: float, k: int = k) -> float:
            return summarise([r for j, r in enumerate(table[t]) if j != k])["F1"]

        best = max(grid, key=lambda t: (round(others(t), 4), -t))
        s = summarise([table[best][k]])
        held.append(table[best][k])
        print(f"  {folder.name:<16} tuned {best:.3f} (F1 on the others {others(best):.3f}) -> held out "
              f"P {s['P']:.3f} R {s['R']:.3f} F1 {s['F1']:.3f}")
    s = summarise(held)
    print(f"  pooled held-out  P {s['P']:.3f} R {s['R']:.3f} F1 {s['F1']:.3f}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="?", default=str(GOLD))
    parser.add_argument("--cache", help="folder keeping the analyses as JSON between runs")
    parser.add_argument("--events", help="comma-separated event folders (default: all)")
    parser.add_argument("--threshold", type=float, help="clustering threshold (default: the shipped one)")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--sweep", action="store_true",
                        help="F1 per threshold, and leave-one-event-out: the threshold tuned on the other events, "
                             "scored on the one left out")
    args = parser.parse_args()
    gold_dir = Path(args.gold)
    if not gold_dir.is_dir():
        print(f"no gold at {gold_dir}; skipped")
        return 0
    from attrib.compare import compare

    loaded: dict[str, Any] = {}

    def analyzer():
        if "a" not in loaded:
            from attrib import Analyzer

            loaded["a"] = Analyzer()
        return loaded["a"]

    events = sorted(p for p in gold_dir.iterdir() if (p / "gold.json").exists())
    if args.events:
        events = [e for e in events if e.name in args.events.split(",")]
    loaded_events = [(folder, *load_event(folder, analyzer, Path(args.cache) if args.cache else None))
                     for folder in events]
    if args.sweep:
        return sweep(loaded_events)
    results = []
    for folder, gold, files, analyses in loaded_events:
        kwargs = {"threshold": args.threshold} if args.threshold is not None else {}
        comparison = compare(analyses, **kwargs)
        if args.verbose:
            print(folder.name)
        result = score_event(gold, files, analyses, comparison, args.verbose)
        results.append(result)
        report(folder.name, summarise([result]))
    report("all events", summarise(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
