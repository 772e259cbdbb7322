"""Stage: attributions — who is reported to have said what, with which cue.

Dependency patterns over each parsed sentence, after the rule sets of
Krestel, Bergler & Witte (2008) and Pareti (2015, "Attribution: a computational
approach"), extended with the news conventions of the AP Stylebook:

* indirect: ``X said (that) CLAUSE`` — the cue's ``ccomp``;
* postposed / inverted: ``CLAUSE, X said`` / ``CLAUSE, said X`` — the cue is a
  ``parataxis`` (or the root with the clause as ``ccomp``/``parataxis``);
* direct: a quotation next to a reporting clause (``"…," X said``;
  ``X said: "…"``; ``"…," X said, "…"`` gives two content fragments); a
  quotation that runs over several sentences or paragraphs is taken whole;
* mixed: indirect content holding quoted fragments;
* ``according to X, CLAUSE``; noun cues (``X's statement that …``);
* continuations: ``…, adding …`` / ``…, saying …`` / ``… and added …`` take
  the subject of the clause they continue;
* a stand-alone quotation with no cue continues the previous speaker (AP: a
  new speaker must be named before his words, so unattributed quotes belong
  to the last one named);
* nested: an attribution whose cue lies inside another's content.
"""

from __future__ import annotations

from attrib.attribution.engine import PASSES, find_attributions
from attrib.attribution.record import Attribution, Context, Dropped
from attrib.attribution.registry import CONSTRUCTIONS, Construction, may_attribute
from attrib.attribution.tree import noun_phrase

__all__ = ["CONSTRUCTIONS", "PASSES", "Attribution", "Construction", "Context", "Dropped", "find_attributions",
           "may_attribute", "noun_phrase"]
