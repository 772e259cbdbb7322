"""Comparing sources: several analysed articles about one event, side by side.

* **Speakers are aligned** across outlets: people by name (full name, surname,
  honorifics ignored), organisations and groups by their normalised names.
* **Statements are clustered**: every attribution (what a speaker is reported to
  have said) and every unattributed claim is an item; items of different sources
  whose content words match (rapidfuzz ``process.cdist`` over all pairs, one
  vectorised call) join one cluster, best pairs first, at most one item per
  source per cluster.
* **Flags** say where outlets disagree: the same statement attributed to
  different speakers; a direct quote of one speaker worded differently; numbers
  that disagree; a statement attributed in one outlet but the reporter's own
  in another; a check-worthy statement carried by only one outlet.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from attrib.lexicon import read_list
from attrib.records import Analysis

__all__ = ["Comparison", "ComparedSource", "Cluster", "Member", "Flag", "AlignedSpeaker", "compare",
           "COMPARISON_SCHEMA_VERSION"]

COMPARISON_SCHEMA_VERSION = "1.0"
SIMILARITY = 62        # rapidfuzz ratio (0-100) on normalised content words to join a cluster
_TOKEN = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*")
_NUMBER_TOKEN = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*|[^\w\s]")
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "twenty": 20}


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_list("stopwords.txt"))


@dataclass(frozen=True, slots=True)
class ComparedSource:
    id: str
    name: str
    url: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class AlignedSpeaker:
    id: str
    name: str
    kind: str
    members: tuple[dict[str, str], ...]  # {"source", "speaker"} per outlet


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


@dataclass(frozen=True, slots=True)
class Cluster:
    id: str
    text: str
    members: tuple[Member, ...]

    @property
    def sources(self) -> frozenset[str]:
        return frozenset(m.source for m in self.members)


@dataclass(frozen=True, slots=True)
class Flag:
    kind: str
    cluster: str
    message: str
    details: tuple[str, ...] = ()


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
                       text=m.text, start=m.start, end=m.end)
            return out

        return {
            "schema_version": self.schema_version,
            "sources": [{"id": s.id, "name": s.name, "url": s.url, "published": s.published} for s in self.sources],
            "speakers": [{"id": s.id, "name": s.name, "kind": s.kind, "members": list(s.members)}
                         for s in self.speakers],
            "clusters": [{"id": c.id, "text": c.text, "members": [member(m) for m in c.members]}
                         for c in self.clusters],
            "flags": [{"kind": f.kind, "cluster": f.cluster, "message": f.message, "details": list(f.details)}
                      for f in self.flags],
        }

    def cluster(self, cluster_id: str) -> Cluster | None:
        return next((c for c in self.clusters if c.id == cluster_id), None)


# -- speakers -------------------------------------------------------------------------------

@cache
def _aliases() -> dict[str, str]:
    return {row[0].lower(): row[1].lower() for row in read_list("entity_aliases.tsv")}


def _norm_name(name: str) -> list[str]:
    """Name words, folded: "Turkey’s military" and "the Turkish army" give the same words."""
    aliases = _aliases()
    words = [re.sub(r"[’']s$", "", w.lower().strip(".,")) for w in _TOKEN.findall(name)]
    return [aliases.get(w, w) for w in words if w not in ("the", "mr", "mrs", "ms", "dr", "s")]


def _fold(text: str) -> str:
    """Case- and accent-insensitive form ("Erdoğan" = "Erdogan")."""
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(ch))


def _same_speaker(a: tuple[str, str], b: tuple[str, str]) -> bool:
    (name_a, kind_a), (name_b, kind_b) = a, b
    ta, tb = _norm_name(_fold(name_a)), _norm_name(_fold(name_b))
    if not ta or not tb:
        return False
    if kind_a == "person" and kind_b == "person":
        return ta[-1] == tb[-1]
    if {kind_a, kind_b} <= {"organisation", "group", "unknown"}:
        if ta == tb:
            return True
        # "Russian defence ministry" = "Russia's defence ministry" = "defence ministry": same head, shared words
        return ta[-1] == tb[-1] and (set(ta) <= set(tb) or set(tb) <= set(ta))
    return False


def _align_speakers(analyses: Sequence[Analysis], source_ids: Sequence[str]) -> tuple[list[AlignedSpeaker],
                                                                                      dict[tuple[str, str], str]]:
    groups: list[dict[str, Any]] = []
    mapping: dict[tuple[str, str], str] = {}
    for source, analysis in zip(source_ids, analyses):
        for s in analysis.speakers:
            if not any(q.speaker == s.id for q in analysis.quotes):
                continue
            key = (s.name, s.kind)
            group = next((g for g in groups if s.kind != "anonymous" and _same_speaker(g["key"], key)), None)
            if group is None:
                group = {"id": f"g{len(groups) + 1}", "key": key, "kind": s.kind, "members": [], "names": {}}
                groups.append(group)
            group["names"][s.name] = group["names"].get(s.name, 0) + 1
            group["members"].append({"source": source, "speaker": s.id})
            mapping[(source, s.id)] = group["id"]
    # the name most outlets use (case aside) names the group; ties: the fuller name
    def name_of(names: dict[str, int]) -> str:
        folded: dict[str, int] = defaultdict(int)
        for n, k in names.items():
            folded[n.casefold()] += k
        return max(names, key=lambda n: (folded[n.casefold()], names[n], len(n)))

    aligned = [AlignedSpeaker(g["id"], name_of(g["names"]), g["kind"], tuple(g["members"])) for g in groups]
    return aligned, mapping


# -- items and clusters ---------------------------------------------------------------------

def _normalise(text: str) -> str:
    stop = _stopwords()
    words = [_fold(w) for w in _TOKEN.findall(text)]
    return " ".join(sorted({w[:6] for w in words if w not in stop}))


def _items(analysis: Analysis, source: str, speakers: dict[tuple[str, str], str],
           names: dict[str, str]) -> list[Member]:
    items: list[Member] = []
    for q in analysis.quotes:
        gid = speakers.get((source, q.speaker)) if q.speaker else None
        text = " … ".join(c.text for c in q.contents)
        items.append(Member(source, q.id, None, names.get(gid) if gid else None, gid, True, q.type, text,
                            q.start, q.end))
    for c in analysis.claims:
        if not c.attributed:
            items.append(Member(source, None, c.id, None, None, False, None, c.text, c.start, c.end))
    return items


def _cluster(items: list[Member]) -> list[list[int]]:
    from rapidfuzz import fuzz, process

    keys = [_normalise(m.text) for m in items]
    if not items:
        return []
    scores = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=SIMILARITY, dtype="uint8", workers=-1)
    import numpy as np

    sources = np.array([hash(m.source) for m in items])
    scores[sources[:, None] == sources[None, :]] = 0  # never join two items of one outlet
    short = np.array([len(k.split()) < 3 for k in keys])
    scores[short, :] = 0
    scores[:, short] = 0
    a, b = np.nonzero(np.triu(scores, 1))
    order = np.argsort(-scores[a, b], kind="stable")
    cluster_of = list(range(len(items)))
    members: dict[int, set[int]] = {k: {k} for k in range(len(items))}
    outlets: dict[int, set[str]] = {k: {items[k].source} for k in range(len(items))}
    for k in order:
        x, y = cluster_of[a[k]], cluster_of[b[k]]
        if x == y or outlets[x] & outlets[y]:
            continue
        for i in members[y]:
            cluster_of[i] = x
        members[x] |= members.pop(y)
        outlets[x] |= outlets.pop(y)
    return sorted((sorted(m) for m in members.values()), key=lambda m: (-len(m), m[0]))


# -- flags ----------------------------------------------------------------------------------

def _numbers(text: str) -> dict[str, set[int]]:
    """Numbers keyed by the words they count: "three soldiers killed and 11 wounded" gives
    {"soldier": {3}, "kill": {3}, "wound": {11}} — up to three words after the number (to the
    next conjunction or punctuation), else the word before it ("wounded 11")."""
    tokens = _NUMBER_TOKEN.findall(_fold(text))
    out: dict[str, set[int]] = defaultdict(set)
    stop = _stopwords()
    for i, w in enumerate(tokens):
        value = int(w) if w.isdigit() else _NUMBER_WORDS.get(w)
        if value is None or (w.isdigit() and len(w) == 4):  # years are dates, not counts
            continue
        keys = []
        for x in tokens[i + 1:i + 4]:
            if not x[0].isalnum() or x in ("and", "or", "but"):
                break
            if x not in stop and not x.isdigit() and x not in _NUMBER_WORDS:
                keys.append(x)
        if not keys and i > 0 and tokens[i - 1][0].isalpha() and tokens[i - 1] not in stop:
            keys.append(tokens[i - 1])
        for x in keys:
            out[_stem(x)].add(value)
    return out


def _stem(word: str) -> str:
    for suffix in ("ed", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            return word[: -len(suffix)]
    return word


_QUOTED = re.compile(r"[“\"«„‘]([^”\"»“‘’]{3,})[”\"»’]")


def _flags(cluster: Cluster, names: dict[str, str], total_sources: int,
           checkworthy: set[tuple[str, str]], outlet: dict[str, str]) -> list[Flag]:
    """Disagreements within one cluster; messages name outlets, details keep source ids."""
    flags = []
    by_source = {m.source: m for m in cluster.members}
    attributed = [m for m in cluster.members if m.attributed]
    speakers = {m.speaker_id for m in attributed if m.speaker_id}
    if len(speakers) > 1:
        who = "; ".join(f"{outlet[m.source]}: {m.speaker or 'unknown'}" for m in attributed)
        flags.append(Flag("different-speakers", cluster.id,
                          f"attributed to different speakers — {who}",
                          tuple(f"{m.source}\t{m.speaker or 'unknown'}" for m in attributed)))
    # direct quotes of one speaker, worded differently
    quoted: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for m in attributed:
        if m.type in ("direct", "mixed") and m.speaker_id:
            for q in _QUOTED.findall(m.text):
                quoted[m.speaker_id].append((m.source, q.strip(" ,.")))
    for gid, quotes in quoted.items():
        # one flag per set of similar wordings, each wording with every outlet that uses it
        # (not one per pair of outlets: two outlets agreeing against a third is one difference)
        wordings: dict[str, tuple[str, list[str]]] = {}
        for source, q in quotes:
            users = wordings.setdefault(q.lower(), (q, []))[1]
            if source not in users:
                users.append(source)
        forms = list(wordings.values())
        group = list(range(len(forms)))
        for i in range(len(forms)):
            for j in range(i + 1, len(forms)):
                if difflib.SequenceMatcher(None, forms[i][0], forms[j][0]).ratio() > 0.5:
                    old_group, new_group = group[j], group[i]
                    group = [new_group if g == old_group else g for g in group]
        for g in sorted(set(group)):
            members = [forms[k] for k in range(len(forms)) if group[k] == g]
            if len(members) > 1 and len({src for _, users in members for src in users}) > 1:
                versions = " vs ".join(f"{', '.join(outlet[src] for src in users)} “{q}”" for q, users in members)
                flags.append(Flag("quote-wording", cluster.id,
                                  f"{names.get(gid, gid)} quoted differently: {versions}",
                                  tuple(q for q, _ in members)))
    # numbers that disagree
    counts: dict[str, dict[str, set[int]]] = defaultdict(dict)
    for m in cluster.members:
        for word, values in _numbers(m.text).items():
            counts[word][m.source] = values
    reported: set[frozenset[tuple[str, frozenset[int]]]] = set()
    capitalised = {_fold(w) for m in cluster.members for w in _TOKEN.findall(m.text) if w[:1].isupper()}
    # name a disagreement by the word most outlets count, preferring nouns to "Turkish"
    for word, per_source in sorted(counts.items(), key=lambda kv: (-len(kv[1]), kv[0] in capitalised)):
        distinct = {frozenset(v) for v in per_source.values()}
        signature = frozenset((s, frozenset(v)) for s, v in per_source.items())
        if len(per_source) > 1 and len(distinct) > 1 and signature not in reported:
            reported.add(signature)
            desc = " vs ".join(f"{'/'.join(map(str, sorted(v)))} ({outlet[s]})" for s, v in per_source.items())
            flags.append(Flag("numbers-differ", cluster.id, f"numbers differ near “{word}”: {desc}",
                              tuple(f"{s}\t{sorted(v)}" for s, v in per_source.items())))
    if attributed and len(attributed) < len(cluster.members):
        bare = [outlet[m.source] for m in cluster.members if not m.attributed]
        flags.append(Flag("attribution-differs", cluster.id,
                          f"attributed in {', '.join(outlet[m.source] for m in attributed)} but the reporter's own "
                          f"claim in {', '.join(bare)}"))
    if len(by_source) == 1 and total_sources > 1:
        (m,) = cluster.members
        if m.attributed or (m.source, m.claim or "") in checkworthy:
            flags.append(Flag("single-source", cluster.id, f"only {outlet[m.source]} carries this"))
    return flags


def compare(analyses: Sequence[Analysis], names: Sequence[str] | None = None) -> Comparison:
    """Compare analysed articles about one event (source names: given, metadata, or ids)."""
    sources = []
    for k, a in enumerate(analyses):
        meta = a.meta or {}
        name = (names[k] if names else None) or meta.get("outlet") or meta.get("source") or a.id or f"source {k + 1}"
        sources.append(ComparedSource(f"src{k + 1}", str(name), meta.get("url"), meta.get("published")))
    source_ids = [s.id for s in sources]
    aligned, mapping = _align_speakers(analyses, source_ids)
    speaker_names = {s.id: s.name for s in aligned}
    items: list[Member] = []
    checkworthy: set[tuple[str, str]] = set()
    for source, a in zip(source_ids, analyses):
        items.extend(_items(a, source, mapping, speaker_names))
        checkworthy |= {(source, c.id) for c in a.claims if c.checkworthiness >= 0.5}
    clusters = []
    for k, group in enumerate(_cluster(items)):
        members = tuple(sorted((items[i] for i in group), key=lambda m: source_ids.index(m.source)))
        lead = max(members, key=lambda m: (m.attributed, len(m.text)))
        clusters.append(Cluster(f"k{k + 1}", lead.text, members))
    outlet = {s.id: s.name for s in sources}
    flags = [f for c in clusters for f in _flags(c, speaker_names, len(sources), checkworthy, outlet)]
    return Comparison(tuple(sources), tuple(aligned), tuple(clusters), tuple(flags), tuple(analyses))
