"""Speakers aligned across outlets, with their relations kept visible (never merged silently).

* One aligned speaker per entity: people by surname (the name the analysis gives, or the
  person named in a mention such as "The mayor of Dravo, Petar Kovac", when the speaker is
  introduced by a title); organisations and groups by their normalised names ("Russia's
  defence ministry" = "Russian defence ministry"; a longer name with the same head word).
* A speaker that belongs to another stays apart and says so: a press service, press office or
  spokesman of an aligned organisation, or a person whose title is tied to one ("Coast guard
  commander Erik Sollen" → of "coast guard"). Heuristic from how agencies name officials
  (AP Stylebook, "titles").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from attrib.compare_text import fold
from attrib.lexicon import read_list
from attrib.records import Analysis, Speaker

__all__ = ["AlignedSpeaker", "align_speakers"]

_TOKEN = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*")
_CAPITAL_RUN = re.compile(r"(?:\b[A-Z][\w’'-]+(?:\s+|$)){2,}")
_PART_WORDS = ("press service", "press office", "press secretary", "spokesman", "spokeswoman", "spokesperson",
               "general staff")


@dataclass(frozen=True, slots=True)
class AlignedSpeaker:
    id: str
    name: str
    kind: str
    members: tuple[dict[str, str], ...]  # {"source", "speaker"} per outlet
    relation: str | None = None          # "press service of", "commander of" … (how it belongs to related_to)
    related_to: str | None = None        # id of the aligned speaker it belongs to


@cache
def _aliases() -> dict[str, str]:
    return {row[0].lower(): row[1].lower() for row in read_list("entity_aliases.tsv")}


@cache
def _titles() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_list("titles.txt"))


def _norm_name(name: str) -> list[str]:
    """Name words, folded: "Turkey’s military" and "the Turkish army" give the same words."""
    aliases = _aliases()
    words = [re.sub(r"'s$", "", w.strip(".,")) for w in _TOKEN.findall(fold(name))]
    return [aliases.get(w, w) for w in words if w not in ("the", "mr", "mrs", "ms", "dr", "s")]


def _person_name(s: Speaker) -> str | None:
    """The person's name: the analysis's name for a person, else a capitalised run after a title in a
    mention ("The mayor of Dravo, Petar Kovac"; "the minister of transport Oren Malik")."""
    titles = _titles()
    texts = [s.name] + [m.text for m in s.mentions]
    for text in texts:
        words = {w.lower() for w in _TOKEN.findall(text)}
        if s.kind != "person" and not words & titles:
            continue
        runs = [r.strip() for r in _CAPITAL_RUN.findall(text)]
        for run in reversed(runs):
            names = [w for w in run.split() if w.lower() not in titles and w.lower() not in ("the", "of")]
            if len(names) >= 2 and text.rstrip(" ,.").endswith(run.split()[-1]):
                return " ".join(names[-2:])
        if s.kind == "person" and text is s.name:
            return s.name
    return None


def _key(s: Speaker) -> tuple[str, tuple[str, ...]]:
    person = _person_name(s)
    if person:
        return "person", tuple(_norm_name(person)[-1:])
    return ("organisation" if s.kind in ("organisation", "group", "unknown") else s.kind), tuple(_norm_name(s.name))


def _same(a: tuple[str, tuple[str, ...]], b: tuple[str, tuple[str, ...]]) -> bool:
    (kind_a, ta), (kind_b, tb) = a, b
    if not ta or not tb or kind_a != kind_b or kind_a == "anonymous":
        return False
    if kind_a == "person":
        return ta == tb
    if ta == tb:
        return True
    # "Russian defence ministry" = "Russia's defence ministry" = "defence ministry": same head, shared words
    return ta[-1] == tb[-1] and (set(ta) <= set(tb) or set(tb) <= set(ta))


def _display(names: dict[str, int], people: dict[str, int]) -> str:
    """The name most outlets use (case aside) names the group; ties: the fuller name. A person group is
    named by the person's name, not a title ("Petar Kovac", not "mayor of Dravo")."""
    pool = people or names
    folded: dict[str, int] = defaultdict(int)
    for n, k in pool.items():
        folded[n.casefold()] += k
    return max(pool, key=lambda n: (folded[n.casefold()], len(n.split()) if people else 0, pool[n], len(n)))


def _head(words: tuple[str, ...]) -> str | None:
    """The head noun of an organisation's name: "ministry" of "ministry of transport", "guard" of
    "vesland coast guard"."""
    core = words[:words.index("of")] if "of" in words else words
    return core[-1] if core else None


def _relation(group: dict[str, Any], others: list[dict[str, Any]]) -> tuple[str | None, str | None]:
    """How a group belongs to another: its name or a title in its mentions names the other's head noun
    with a part word ("the ministry's press office"; "Coast guard commander Erik Sollen")."""
    texts = [fold(t) for t in group["texts"] if t]
    for other in others:
        if other is group or other["kind"] not in ("organisation", "group") or other["key"] == group["key"]:
            continue
        head = _head(other["key"][1])
        if not head:
            continue
        for text in texts:
            words = _norm_name(text)
            if head not in words:
                continue
            part = next((p for p in _PART_WORDS if p in text), None)
            if part is None and group["kind"] == "person":
                part = next((w for w in words if w in _titles() and words.index(w) > words.index(head)), None)
            if part:
                return f"{part} of", other["id"]
    return None, None


def _titles_to_people(groups: list[dict[str, Any]], mapping: dict[tuple[str, str], str]) -> list[dict[str, Any]]:
    """A person named by a title alone ("the governor") joins the one person whose mentions carry that
    title ("Governor Lidia Amsel"), when exactly one does; otherwise it stays apart."""
    titles = _titles()
    out = []
    for g in groups:
        word = g["key"][1][0] if g["key"][0] == "person" and len(g["key"][1]) == 1 else None
        if word in titles:
            hosts = [h for h in groups if h is not g and h["key"][0] == "person" and h["key"][1][0] not in titles
                     and any(word in _norm_name(t) for t in h["texts"] if t)]
            if len(hosts) == 1:
                (host,) = hosts
                host["members"].extend(g["members"])
                host["texts"].extend(g["texts"])
                for name, n in g["names"].items():
                    host["names"][name] = host["names"].get(name, 0) + n
                for key, gid in mapping.items():
                    if gid == g["id"]:
                        mapping[key] = host["id"]
                continue
        out.append(g)
    return out


def align_speakers(analyses: Sequence[Analysis], source_ids: Sequence[str]) -> tuple[
        list[AlignedSpeaker], dict[tuple[str, str], str]]:
    """Aligned speakers, and (source id, speaker id) → aligned id for every quoted speaker."""
    groups: list[dict[str, Any]] = []
    mapping: dict[tuple[str, str], str] = {}
    for source, analysis in zip(source_ids, analyses):
        quoted = {q.speaker for q in analysis.quotes}
        for s in analysis.speakers:
            if s.id not in quoted:
                continue
            key = _key(s)
            group = next((g for g in groups if _same(g["key"], key)), None)
            if group is None:
                group = {"id": f"g{len(groups) + 1}", "key": key, "kind": s.kind, "members": [], "names": {},
                         "people": {}, "texts": []}
                groups.append(group)
            group["names"][s.name] = group["names"].get(s.name, 0) + 1
            person = _person_name(s)
            if person:
                group["people"][person] = group["people"].get(person, 0) + 1
                group["kind"] = "person"
            group["texts"].extend([s.name, *(m.text for m in s.mentions), s.role or ""])
            group["members"].append({"source": source, "speaker": s.id})
            mapping[(source, s.id)] = group["id"]
    groups = _titles_to_people(groups, mapping)
    aligned = []
    for g in groups:
        relation, related = _relation(g, groups)
        aligned.append(AlignedSpeaker(g["id"], _display(g["names"], g["people"]), g["kind"], tuple(g["members"]),
                                      relation, related))
    return aligned, mapping
