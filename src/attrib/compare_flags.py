"""Disagreements within one cluster of compared statements (the comparison's flags).

* ``different-speakers`` — one statement credited to different aligned speakers (a speaker and
  the organisation it belongs to are named with their relation, not hidden).
* ``quote-wording`` — a direct quote of one speaker worded differently; wordings that differ only
  in case or punctuation, or a partial quote contained in a longer one, are the same wording.
* ``numbers-differ`` — quantities of the same thing that disagree (word numbers and durations
  compared as values: "about 18 months" ≠ "about two years", "forty years" = "four decades").
* ``attribution-differs`` — attributed in one outlet, the reporter's own fact in another.
* ``single-source`` — an attributed or check-worthy statement only one outlet carries.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from attrib.compare_text import fold, quantities

__all__ = ["Flag", "cluster_flags"]

_QUOTED = re.compile(r"[“\"«„‘]([^”\"»“‘’]{3,})[”\"»’]")


@dataclass(frozen=True, slots=True)
class Flag:
    kind: str
    cluster: str
    message: str
    details: tuple[str, ...] = ()


def _bare(quote: str) -> str:
    return " ".join(re.findall(r"\w+", fold(quote)))


def _fmt(value: float, key: str) -> str:
    if key == "duration":
        return f"{value / 12:g} years" if value >= 12 and value % 12 == 0 else f"{value:g} months"
    return f"{value:g}"


def _quote_flags(cluster: Any, attributed: list[Any], names: dict[str, str], outlet: dict[str, str]) -> list[Flag]:
    quoted: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for m in attributed:
        if m.type in ("direct", "mixed") and m.speaker_id:
            for q in _QUOTED.findall(m.text):
                quoted[m.speaker_id].append((m.source, q.strip(" ,.")))
    flags = []
    for gid, quotes in quoted.items():
        # one flag per set of similar wordings, each wording with every outlet that uses it
        wordings: dict[str, tuple[str, list[str]]] = {}
        for source, q in quotes:
            bare = _bare(q)
            # a partial quote inside a longer wording is that wording ("well outside the channel")
            same = next((k for k in wordings if bare and (bare in k or k in bare)), bare)
            users = wordings.setdefault(same, (q, []))[1]
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
                flags.append(Flag("quote-wording", cluster.id, f"{names.get(gid, gid)} quoted differently: {versions}",
                                  tuple(q for q, _ in members)))
    return flags


def _number_flags(cluster: Any, outlet: dict[str, str]) -> list[Flag]:
    counts: dict[str, dict[str, set[float]]] = defaultdict(dict)
    written: dict[str, str] = {}
    sole: dict[str, float] = {}
    for m in cluster.members:
        found = quantities(m.text)
        for key, value, word in found:
            counts[key].setdefault(m.source, set()).add(value)
            written.setdefault(key, word)
        plain = [(k, v) for k, v, _ in found if k != "duration"]
        if len(plain) == 1:
            sole[m.source] = plain[0][1]
    flags = []
    reported: set[frozenset[tuple[str, frozenset[float]]]] = set()
    capitalised = {fold(w) for m in cluster.members for w in re.findall(r"\w+", m.text) if w[:1].isupper()}
    # name a disagreement by the word most outlets count, preferring nouns to "Turkish"
    for word, per_source in sorted(counts.items(), key=lambda kv: (-len(kv[1]), written[kv[0]] in capitalised)):
        distinct = {frozenset(v) for v in per_source.values()}
        signature = frozenset((s, frozenset(v)) for s, v in per_source.items())
        if len(per_source) > 1 and len(distinct) > 1 and signature not in reported:
            reported.add(signature)
            what = "a duration" if word == "duration" else f"“{written[word]}”"
            desc = " vs ".join(f"{'/'.join(_fmt(x, word) for x in sorted(v))} ({outlet[s]})"
                               for s, v in per_source.items())
            flags.append(Flag("numbers-differ", cluster.id, f"numbers differ near {what}: {desc}",
                              tuple(f"{s}\t{sorted(v)}" for s, v in per_source.items())))
    # one count each, counting different words ("two passengers" / "three people"): still one number
    if not flags and len(sole) > 1 and len(set(sole.values())) > 1 and len(sole) == len(cluster.members):
        desc = " vs ".join(f"{v:g} ({outlet[s]})" for s, v in sole.items())
        flags.append(Flag("numbers-differ", cluster.id, f"numbers differ: {desc}",
                          tuple(f"{s}\t[{v}]" for s, v in sole.items())))
    return flags


def cluster_flags(cluster: Any, speakers: dict[str, Any], total_sources: int, checkworthy: set[tuple[str, str]],
                  outlet: dict[str, str]) -> list[Flag]:
    """Disagreements within one cluster; messages name outlets, details keep source ids."""
    names = {sid: s.name for sid, s in speakers.items()}
    flags = []
    attributed = [m for m in cluster.members if m.attributed]
    ids = {m.speaker_id for m in attributed if m.speaker_id}
    if len(ids) > 1:
        def who(m: Any) -> str:
            s = speakers.get(m.speaker_id or "")
            name = m.speaker or "unknown"
            if s is not None and s.related_to:
                name += f" ({s.relation} {names.get(s.related_to, '')})"
            return f"{outlet[m.source]}: {name}" + (f" via {m.via}" if m.via else "")

        flags.append(Flag("different-speakers", cluster.id,
                          f"attributed to different speakers — {'; '.join(who(m) for m in attributed)}",
                          tuple(f"{m.source}\t{m.speaker or 'unknown'}" for m in attributed)))
    flags.extend(_quote_flags(cluster, attributed, names, outlet))
    flags.extend(_number_flags(cluster, outlet))
    if attributed and len(attributed) < len(cluster.members):
        bare = [outlet[m.source] for m in cluster.members if not m.attributed]
        flags.append(Flag("attribution-differs", cluster.id,
                          f"attributed in {', '.join(outlet[m.source] for m in attributed)} but the reporter's own "
                          f"claim in {', '.join(bare)}"))
    if len(cluster.members) == 1 and total_sources > 1:
        (m,) = cluster.members
        if m.attributed or (m.source, m.claim or "") in checkworthy:
            flags.append(Flag("single-source", cluster.id, f"only {outlet[m.source]} carries this"))
    return flags
