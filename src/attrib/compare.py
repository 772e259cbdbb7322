"""Comparing sources: several analysed articles about one event, side by side.

* **Speakers are aligned** across outlets (``compare_speakers``): people by name, organisations
  by their normalised names; a press service or an official tied to an organisation stays its
  own speaker with the relation shown.
* **Statements are items**: every attribution (what a speaker is reported to have said) and
  every unattributed claim, cut into its propositions where a sentence packs two
  (``compare_text.clauses``). A report inside a report ("X said …, the agency reported") is
  one item, credited to the inner speaker *via* the agency.
* **Items are clustered** across outlets by the content words they share: family keys (stems
  plus derivational and paraphrase families, ``compare_text``) weighted by their IDF over the
  compared items (a word every statement uses counts little), cosine similarity, plus evidence
  from shared numbers and the same aligned speaker. Clusters grow best pair first (average
  linkage must also pass the threshold), never with two items of one outlet.
  ``THRESHOLD`` was tuned on the team gold (``benchmarks/compare_accuracy.py``) and checked
  leaving one event out.
* **Flags** say where outlets disagree (``compare_flags``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from attrib.compare_flags import Flag, cluster_flags
from attrib.compare_speakers import AlignedSpeaker, align_speakers
from attrib.compare_text import clauses, quantities, word_keys
from attrib.records import Analysis, Quote

__all__ = ["Comparison", "ComparedSource", "Cluster", "Member", "Flag", "AlignedSpeaker", "compare",
           "COMPARISON_SCHEMA_VERSION", "THRESHOLD"]

COMPARISON_SCHEMA_VERSION = "1.1"
THRESHOLD = 0.15          # cosine of IDF-weighted family keys (+ evidence) to join a cluster
SPEAKER_EVIDENCE = 0.10   # added when both items credit the same aligned speaker
NUMBER_EVIDENCE = 0.05    # added per shared quantity (same value and thing counted), at most two
ONE_WORD = 0.6           # similarity kept when two items share a single word
LINKAGE = 0.75            # average linkage between two clusters must reach LINKAGE * threshold


@dataclass(frozen=True, slots=True)
class ComparedSource:
    id: str
    name: str
    url: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Member:
    source: str
    quote: str | None
    claim: str | None
    speaker: str | None          # aligned speaker name, or None (the reporter's own)
    speaker_id: str | None       # aligned speaker id
    attributed: bool
    type: str | None             # quote type when attributed
    text: str
    start: int
    end: int
    via: str | None = None       # the outlet credits the speaker through this one (a news agency)
    via_id: str | None = None
    sentence_start: int = -1     # the whole sentence (or quote) the member was cut from
    sentence_end: int = -1


@dataclass(frozen=True, slots=True)
class Cluster:
    id: str
    text: str
    members: tuple[Member, ...]

    @property
    def sources(self) -> frozenset[str]:
        return frozenset(m.source for m in self.members)


@dataclass(frozen=True)
class Comparison:
    sources: tuple[ComparedSource, ...]
    speakers: tuple[AlignedSpeaker, ...]
    clusters: tuple[Cluster, ...]
    flags: tuple[Flag, ...]
    analyses: tuple[Analysis, ...] = field(default=(), compare=False, repr=False)
    schema_version: str = COMPARISON_SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        def member(m: Member) -> dict[str, Any]:
            out: dict[str, Any] = {"source": m.source}
            out["quote" if m.quote else "claim"] = m.quote or m.claim
            out.update(speaker=m.speaker, speaker_id=m.speaker_id, attributed=m.attributed, type=m.type,
                       text=m.text, start=m.start, end=m.end, via=m.via, via_id=m.via_id,
                       sentence_start=m.sentence_start, sentence_end=m.sentence_end)
            return out

        return {
            "schema_version": self.schema_version,
            "sources": [{"id": s.id, "name": s.name, "url": s.url, "published": s.published} for s in self.sources],
            "speakers": [{"id": s.id, "name": s.name, "kind": s.kind, "members": list(s.members),
                          "relation": s.relation, "related_to": s.related_to} for s in self.speakers],
            "clusters": [{"id": c.id, "text": c.text, "members": [member(m) for m in c.members]}
                         for c in self.clusters],
            "flags": [{"kind": f.kind, "cluster": f.cluster, "message": f.message, "details": list(f.details)}
                      for f in self.flags],
        }

    def cluster(self, cluster_id: str) -> Cluster | None:
        return next((c for c in self.clusters if c.id == cluster_id), None)


# -- items ----------------------------------------------------------------------------------

def _credit(analysis: Analysis, inner: Quote, outer: Quote) -> tuple[str | None, str | None]:
    """(speaker, via) of a report inside a report: the inner speaker via the outer one; where the
    inner "speaker" is no agent (kind unknown: "preliminary findings indicated") the outer speaks."""
    inner_s, outer_s = analysis.speaker(inner.speaker), analysis.speaker(outer.speaker)
    if inner_s is None or inner_s.kind == "unknown":
        return outer.speaker, None
    if outer_s is None or outer_s.kind == "unknown":
        return inner.speaker, None
    return inner.speaker, outer.speaker


def _items(analysis: Analysis, source: str, speakers: dict[tuple[str, str], str],
           names: dict[str, str]) -> list[Member]:
    text = analysis.text
    items: list[Member] = []
    children: dict[str, list[Quote]] = {}
    for q in analysis.quotes:
        if q.nested_in:
            children.setdefault(q.nested_in, []).append(q)
    by_id = {q.id: q for q in analysis.quotes}
    covered: list[tuple[int, int]] = []

    def add(start: int, end: int, quote: Quote | None, claim: str | None, speaker: str | None,
            via: str | None, whole: tuple[int, int]) -> None:
        for a, b in clauses(text[start:end], start):
            gid = speakers.get((source, speaker)) if speaker else None
            vid = speakers.get((source, via)) if via else None
            via_speaker = analysis.speaker(via) if via else None
            via_name = names.get(vid) if vid else (via_speaker.name if via_speaker else None)
            items.append(Member(source, quote.id if quote else None, claim, names.get(gid) if gid else None, gid,
                                quote is not None, quote.type if quote else None, text[a:b], a, b, via_name, vid,
                                whole[0], whole[1]))

    for q in analysis.quotes:
        inner = children.get(q.id, [])
        if inner and all(_inside(c, q) for c in inner):
            continue  # the outer report is shown through its inner one
        speaker, via = q.speaker, None
        end = q.end
        if q.nested_in and q.nested_in in by_id:
            outer = by_id[q.nested_in]
            speaker, via = _credit(analysis, q, outer)
            for span in (outer.cue, outer.source):  # "…, the agency reported" is not the inner content
                if span is not None and q.start < span.start < end:
                    end = span.start
        spans = [s for s in (q.cue, q.source) if s]
        whole = (min([q.start] + [s.start for s in spans]), max([q.end] + [s.end for s in spans]))
        covered.append(whole)
        if len(q.contents) == 1 or q.nested_in:
            add(q.start, _trim(text, q.start, end), q, None, speaker, via, whole)
        else:
            gid = speakers.get((source, speaker)) if speaker else None
            items.append(Member(source, q.id, None, names.get(gid) if gid else None, gid, True, q.type,
                                " … ".join(c.text for c in q.contents), q.start, q.end, None, None, *whole))
    for c in analysis.claims:
        if not c.attributed:
            add(c.start, c.end, None, c.id, None, None, (c.start, c.end))
            continue
        # the reporter's own part of a sentence that also reports ("Divers searched …, but X said …")
        rest = _uncovered(c.start, c.end, covered)
        if rest and len(word_keys(text[rest[0]:rest[1]])) >= 3:
            add(rest[0], _trim(text, rest[0], rest[1]), None, c.id, None, None, (c.start, c.end))
    return items


def _inside(inner: Quote, outer: Quote) -> bool:
    """The inner report fills the outer one's content (nothing else of weight is said there)."""
    first = min([inner.start] + [s.start for s in (inner.cue, inner.source) if s])
    outer_chars = sum(c.end - c.start for c in outer.contents) or 1
    inside = sum(max(0, min(c.end, inner.end) - max(c.start, first)) for c in outer.contents)
    return inside / outer_chars >= 0.6


def _uncovered(start: int, end: int, covered: list[tuple[int, int]]) -> tuple[int, int] | None:
    spans = sorted((max(a, start), min(b, end)) for a, b in covered if a < end and b > start)
    best, at = None, start
    for a, b in spans + [(end, end)]:
        if a - at > (best[1] - best[0] if best else 0):
            best = (at, a)
        at = max(at, b)
    return best


def _trim(text: str, start: int, end: int) -> int:
    """End of a piece without trailing punctuation or a dangling connective ("…, but", "…, as")."""
    while True:
        piece = text[start:end].rstrip(" ,;:")
        words = piece.rsplit(None, 1)
        if len(words) == 2 and words[1].lower() in ("but", "and", "as", "while", "or"):
            piece = words[0]
        if start + len(piece) == end:
            return end
        end = start + len(piece)


# -- clusters -------------------------------------------------------------------------------

def _shared(items: list[Member], features: Any) -> Any:
    """How many features (of ``features(member)``) each pair of items shares, as a matrix."""
    import numpy as np

    sets = [features(m) for m in items]
    index: dict[Any, int] = {}
    for fs in sets:
        for f in fs:
            index.setdefault(f, len(index))
    matrix = np.zeros((len(items), max(1, len(index))), dtype=np.float32)
    for i, fs in enumerate(sets):
        matrix[i, [index[f] for f in fs]] = 1.0
    return matrix @ matrix.T


def _similarity(items: list[Member]) -> Any:
    import numpy as np

    keys = [set(word_keys(m.text)) for m in items]
    vocab: dict[str, int] = {}
    for ks in keys:
        for k in ks:
            vocab.setdefault(k, len(vocab))
    n = len(items)
    matrix = np.zeros((n, max(1, len(vocab))), dtype=np.float32)
    for i, ks in enumerate(keys):
        matrix[i, [vocab[k] for k in ks]] = 1.0
    df = matrix.sum(axis=0)
    idf = np.log((1 + n) / (1 + df)) + 1.0
    matrix *= idf
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    matrix /= np.where(norms == 0, 1, norms)
    sim = matrix @ matrix.T
    # one shared word is weak evidence however rare ("responsibility" in a denial and in a demand)
    binary = (matrix > 0).astype(np.float32)
    sim *= np.where(binary @ binary.T < 2, ONE_WORD, 1.0).astype(np.float32)
    speakers = np.array([hash(m.speaker_id) if m.speaker_id else i + 1 for i, m in enumerate(items)])
    evidence = SPEAKER_EVIDENCE * (speakers[:, None] == speakers[None, :]).astype(np.float32)
    evidence += NUMBER_EVIDENCE * np.minimum(_shared(items, lambda m: {(k, v) for k, v, _ in quantities(m.text)}), 2)
    sim += evidence * (sim > 0)  # evidence for statements that share words, never a match on its own
    tiny = np.array([len(k) < 2 for k in keys])
    sim[tiny, :] = 0
    sim[:, tiny] = 0
    return sim


def _cluster(items: list[Member], threshold: float) -> tuple[list[list[int]], Any]:
    import numpy as np

    if not items:
        return [], None
    sim = _similarity(items)
    sources = np.array([hash(m.source) for m in items])
    sim[sources[:, None] == sources[None, :]] = 0  # never join two items of one outlet
    a, b = np.nonzero(np.triu(sim >= threshold, 1))
    order = np.argsort(-sim[a, b], kind="stable")
    cluster_of = list(range(len(items)))
    members: dict[int, list[int]] = {k: [k] for k in range(len(items))}
    outlets: dict[int, set[str]] = {k: {items[k].source} for k in range(len(items))}
    for k in order:
        x, y = cluster_of[a[k]], cluster_of[b[k]]
        if x == y or outlets[x] & outlets[y]:
            continue
        if len(members[x]) + len(members[y]) > 2 and \
                sim[np.ix_(members[x], members[y])].mean() < LINKAGE * threshold:
            continue
        for i in members[y]:
            cluster_of[i] = x
        members[x].extend(members.pop(y))
        outlets[x] |= outlets.pop(y)
    return sorted((sorted(m) for m in members.values()), key=lambda m: (-len(m), m[0])), sim


def compare(analyses: Sequence[Analysis], names: Sequence[str] | None = None,
            threshold: float = THRESHOLD) -> Comparison:
    """Compare analysed articles about one event (source names: given, metadata, or ids)."""
    sources = []
    for k, a in enumerate(analyses):
        meta = a.meta or {}
        name = (names[k] if names else None) or meta.get("outlet") or meta.get("source") or a.id or f"source {k + 1}"
        sources.append(ComparedSource(f"src{k + 1}", str(name), meta.get("url"), meta.get("published")))
    source_ids = [s.id for s in sources]
    aligned, mapping = align_speakers(analyses, source_ids)
    speaker_names = {s.id: s.name for s in aligned}
    items: list[Member] = []
    checkworthy: set[tuple[str, str]] = set()
    for source, a in zip(source_ids, analyses):
        items.extend(_items(a, source, mapping, speaker_names))
        checkworthy |= {(source, c.id) for c in a.claims if c.checkworthiness >= 0.5}
    groups, sim = _cluster(items, threshold)
    order = {s: k for k, s in enumerate(source_ids)}
    clusters = []
    for k, group in enumerate(groups):
        members = tuple(sorted((items[i] for i in group), key=lambda m: (order[m.source], m.start)))
        # the headline is the member closest to the others (a medoid), not the longest sentence
        lead = max(group, key=lambda i: (sum(float(sim[i, j]) for j in group if j != i), items[i].attributed,
                                         -len(items[i].text)))
        clusters.append(Cluster(f"k{k + 1}", items[lead].text, members))
    outlet = {s.id: s.name for s in sources}
    by_id = {s.id: s for s in aligned}
    flags = [f for c in clusters for f in cluster_flags(c, by_id, len(sources), checkworthy, outlet)]
    return Comparison(tuple(sources), tuple(aligned), tuple(clusters), tuple(flags), tuple(analyses))
