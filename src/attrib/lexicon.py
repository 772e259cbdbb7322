"""Word lists, loaded from the data files in ``attrib/data/lexicon`` (each names its source).

Lines starting with ``#`` are comments; the first comment lines say where the list
comes from.  Lists are loaded once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from pathlib import Path

__all__ = ["CATEGORIES", "FRAMES", "TONES", "Lexicon", "LexiconError", "ReportingVerb", "VerbClasses", "closed_class",
           "inflections", "load_lexicon", "phrase_pattern", "read_list", "reporting_verbs"]


@dataclass(frozen=True, slots=True)
class ReportingVerb:
    lemma: str
    particle: str | None
    category: str
    tone: str
    frame: str = "-"

    @property
    def frames(self) -> frozenset[str]:
        """How the content is expressed: clause (always), recipient, quote, np, np-predicate, xcomp."""
        return frozenset(f for f in self.frame.split(",") if f and f != "-")

    @property
    def takes_recipient(self) -> bool:
        return "recipient" in self.frames


# The vocabularies of reporting_verbs.tsv (a typo fails at load, with file and line).  Categories
# after PARC 3.0's attribution types and Krestel et al. (2008); frames say how the content is
# expressed besides a clause (see docs/architecture.md, "Lexicon").
CATEGORIES = frozenset({"speech", "statement", "writing", "argument", "denial", "question", "request", "promise",
                        "evidence", "belief", "stance", "intention", "nonspeech", "appearance"})
TONES = frozenset({"neutral", "loaded", "nonspeech"})
FRAMES = frozenset({"recipient", "quote", "np", "np-predicate", "np-document", "np-topic", "as-predicate",
                    "as-clause", "xcomp", "object-infinitive", "personal", "agent"})


class LexiconError(ValueError):
    """A data file breaks its format or vocabulary; the message starts with ``file:line:``."""


def _rows(name: str, root: Path | None = None) -> list[tuple[int, list[str]]]:
    """(line number, cells) of a data file in ``attrib/data/lexicon`` (or in ``root``)."""
    place = root if root is not None else resources.files("attrib.data.lexicon")
    raw = place.joinpath(name).read_text(encoding="utf-8")
    rows = []
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        rows.append((number, [cell.strip() for cell in line.split("\t")]))
    return rows


def read_list(name: str) -> list[list[str]]:
    """Rows of a data file: tab-separated columns, comments and blank lines skipped."""
    return [cells for _, cells in _rows(name)]


def reporting_verbs(name: str = "reporting_verbs.tsv", root: Path | None = None) -> dict[tuple[str, str | None],
                                                                                        ReportingVerb]:
    """reporting_verbs.tsv, checked: five columns, a known category, tone and frames."""
    verbs = {}
    for number, cells in _rows(name, root):
        where = f"{name}:{number}"
        if len(cells) != 5:
            raise LexiconError(f"{where}: expected 5 tab-separated columns (lemma, particle, category, tone, "
                               f"frame), got {len(cells)}")
        lemma, particle, category, tone, frame = cells
        if category not in CATEGORIES:
            raise LexiconError(f"{where}: unknown category {category!r} (known: {', '.join(sorted(CATEGORIES))})")
        if tone not in TONES:
            raise LexiconError(f"{where}: unknown tone {tone!r} (known: {', '.join(sorted(TONES))})")
        unknown = [f for f in frame.split(",") if f and f != "-" and f not in FRAMES]
        if unknown:
            raise LexiconError(f"{where}: unknown frame {unknown[0]!r} (known: {', '.join(sorted(FRAMES))})")
        key = (lemma.lower(), None if particle == "-" else particle.lower())
        verbs[key] = ReportingVerb(key[0], key[1], category, tone, frame)
    return verbs


@cache
def closed_class(name: str = "closed_class.tsv") -> dict[str, frozenset[str]]:
    """Named closed-class word sets (closed_class.tsv): one set a line, its words separated by spaces."""
    sets: dict[str, frozenset[str]] = {}
    for number, cells in _rows(name):
        if len(cells) != 2 or not cells[1]:
            raise LexiconError(f"{name}:{number}: expected a set name, a tab and its words")
        if cells[0] in sets:
            raise LexiconError(f"{name}:{number}: set {cells[0]!r} defined twice")
        sets[cells[0]] = frozenset(cells[1].lower().split())
    return sets


@dataclass(frozen=True)
class VerbClasses:
    """Reporting verbs grouped by what their pre-parse trigger asks of the neighbours."""

    particle_only: dict[str, frozenset[str]]  # "go" counts only as "go on", "campaign" as "campaign for"
    quote_only: frozenset[str]                # "smiled", "continued": cues of an adjacent quotation only
    belief: frozenset[str]                    # "I think", "you know": never a source of their own
    as_only: frozenset[str]                   # "see X as Y", "as X put it": only with an "as" in the sentence
    personal: frozenset[str]                  # "Trump backed …": a person (name, pronoun, poll share) before


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[tuple[str, str | None], ReportingVerb]
    nouns: frozenset[str]
    channels: frozenset[str]
    titles: frozenset[str]
    organisations: frozenset[str]
    groups: frozenset[str]
    anonymous: dict[str, str]
    pronouns: dict[str, tuple[frozenset[str], str]]
    extra: dict[str, frozenset[str]]
    forms: dict[str, str]

    def verb_from_form(self, form: str, particle: str | None = None) -> ReportingVerb | None:
        """The reporting verb a surface form belongs to ("smiled" → smile, "told" → tell)."""
        lemma = self.forms.get(form.lower())
        return self.verb(lemma, particle) if lemma else None

    def verb(self, lemma: str, particle: str | None = None) -> ReportingVerb | None:
        lemma = lemma.lower()
        if particle:
            found = self.verbs.get((lemma, particle.lower()))
            if found:
                return found
        return self.verbs.get((lemma, None))

    @cached_property
    def hearer_verbs(self) -> frozenset[str]:
        """Lemmas whose object can be the hearer ("told reporters", "warned Moscow")."""
        return frozenset(lemma for (lemma, _), verb in self.verbs.items() if verb.takes_recipient)

    @cached_property
    def subject_control_verbs(self) -> frozenset[str]:
        """Lemmas that take an infinitive with no object before it ("agreed to share", "vowed to
        punish"): they have no passive with an infinitive ("the countries agreed to share")."""
        return frozenset(lemma for (lemma, particle), verb in self.verbs.items()
                         if particle is None and "xcomp" in verb.frames
                         and not verb.frames & {"recipient", "object-infinitive"})

    @cached_property
    def verb_classes(self) -> VerbClasses:
        plain = {lemma for lemma, particle in self.verbs if particle is None}
        particles: dict[str, set[str]] = {}
        for lemma, particle in self.verbs:
            if particle and lemma not in plain:
                particles.setdefault(lemma, set()).add(particle)
        quote_only = {lemma for (lemma, particle), v in self.verbs.items()
                      if particle is None and (v.category == "nonspeech" or "quote" in v.frames)}
        belief = {lemma for (lemma, particle), v in self.verbs.items() if particle is None and v.category == "belief"}
        frames = {lemma: v.frames for (lemma, particle), v in self.verbs.items() if particle is None}
        as_only = {lemma for lemma, f in frames.items() if f and f <= {"as-predicate", "as-clause"}}
        personal = {lemma for lemma, f in frames.items() if "personal" in f}
        return VerbClasses({k: frozenset(v) for k, v in particles.items()}, frozenset(quote_only),
                           frozenset(belief), frozenset(as_only), frozenset(personal))

    @cached_property
    def written_works(self) -> frozenset[str]:
        """Nouns for things that carry words: publications, source documents, reporting nouns."""
        return self.words("publications") | self.words("source_documents") | self.nouns

    @cached_property
    def no_comment(self) -> re.Pattern[str]:
        """Refusals to comment and unanswered requests for comment (no_comment.txt)."""
        patterns = [row[0] for row in read_list("no_comment.txt")]
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)

    @cached_property
    def anonymity_formulas(self) -> frozenset[str]:
        """anonymity_phrases.txt with every reporting-verb form as its lemma ("ask for anonymity"),
        to match any inflection of the text lemmatised the same way (:meth:`lemmatized`)."""
        return frozenset(self.lemmatized(phrase) for phrase in self.words("anonymity_phrases"))

    def lemmatized(self, phrase: str) -> str:
        """``phrase`` with each reporting-verb form replaced by its lemma ("asking for" → "ask for")."""
        return " ".join(self.forms.get(word, word) for word in phrase.split())

    @cached_property
    def source_head_roles(self) -> dict[str, str]:
        """Head nouns of source mentions and their role (sourcing_heads.tsv: person, office,
        organisation, document, …)."""
        return {row[0].lower(): row[1] for row in read_list("sourcing_heads.tsv")}

    @cached_property
    def source_nouns(self) -> frozenset[str]:
        """Common nouns that can name a source: written works, organisation and group words, and
        the head nouns of source mentions of every kind."""
        return self.written_works | self.organisations | frozenset(self.source_head_roles) | \
            self.words("group_words")

    @property
    def verb_lemmas(self) -> frozenset[str]:
        return frozenset(lemma for lemma, _ in self.verbs)

    def words(self, name: str) -> frozenset[str]:
        """Any other one-column list by file stem (``weasel_words`` → weasel_words.txt)."""
        if name not in self.extra:
            self.extra[name] = frozenset(row[0].lower() for row in read_list(f"{name}.txt"))
        return self.extra[name]


def _lower_set(name: str) -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_list(name))


@cache
def load_lexicon() -> Lexicon:
    verbs = reporting_verbs()
    pronouns = {row[0]: (frozenset(row[1].split(",")), row[2]) for row in read_list("pronouns.tsv")}
    return Lexicon(
        verbs=verbs,
        nouns=_lower_set("reporting_nouns.txt"),
        channels=_lower_set("channels.txt"),
        titles=_lower_set("titles.txt"),
        organisations=_lower_set("organisation_words.txt"),
        groups=_lower_set("group_words.txt"),
        anonymous={row[0].lower(): row[1] for row in read_list("anonymous.tsv")},
        pronouns=pronouns,
        extra={},
        forms=_verb_forms(verbs),
    )


@cache
def phrase_pattern(name: str) -> re.Pattern[str]:
    """Any phrase of the word list ``name`` as a whole word or words, longest first, ignoring case
    (hedges, weasel phrases, anonymity explanations: the rules and the sourcing stage read them)."""
    words = sorted(load_lexicon().words(name), key=len, reverse=True)
    return re.compile(r"(?<![\w’'])(" + "|".join(re.escape(w) for w in words) + r")(?![\w’'])", re.IGNORECASE)


def inflections(lemma: str, irregular: dict[str, tuple[str, ...]]) -> set[str]:
    """Regular English verb forms of ``lemma`` plus the listed irregular ones."""
    forms = {lemma, *irregular.get(lemma, ())}
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms |= {lemma + "s", stem + "ing", lemma + "d" if lemma.endswith("e") else lemma + "ed"}
    if lemma.endswith(("s", "sh", "ch", "x")):
        forms.add(lemma + "es")
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if re.search(r"(?:^|[^aeiou])[aeiou][bdgklmnprt]$", lemma):
        # a final consonant after one short vowel may double: plan → planned, rebut → rebutting
        # (both spellings are kept: "visited" does not double, and an unused form costs nothing)
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def _verb_forms(verbs: dict[tuple[str, str | None], ReportingVerb]) -> dict[str, str]:
    irregular = {row[0]: tuple(row[1].split()) for row in read_list("irregular_forms.tsv")}
    out: dict[str, str] = {}
    for lemma, _ in verbs:
        for form in inflections(lemma, irregular):
            out.setdefault(form, lemma)
    return out
