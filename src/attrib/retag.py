"""Tags the compact tagger got wrong around reporting verbs, so that the parser can be asked again.

A tagger trained on 12k sentences of web English misreads reporting verbs in news in a few
recurring ways: present-tense verbs spelt like nouns after a noun phrase ("Kamarck argues/NNS
that …", "leaked documents from his tax return show/NN he took …"), past tenses read as
participles ("Trump tweeted/VBN that …", "…, noted/VBN NBC's Dante Chinni."), names read as
verbs ("Husted/VBN said"), headline verbs read as names ("New Poll Shows …").  The parse that
follows hangs the reported clause on a noun and the attribution is lost.  Church (1988) and Brill
(1995) repair tags with contextual rules; these are such rules, each for a context in which the
other reading is not English (a clause right after a noun, two finite verbs in a row, a verb with
two subjects), and the sentences they touch are parsed again with the corrected tags.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from attrib.document import Sentence, Word
from attrib.lexicon import Lexicon, closed_class
from attrib.quotes import (
    CLOSING_QUOTE_TOKENS,
    OPENING_QUOTE_TOKENS,
    closed_by_its_comma,
    colon_opens_quotation,
    quotation_before_speaker,
)

__all__ = ["misread_verbs", "Retag", "VERB_FEATS"]

# UD English EWT features of a present-tense finite verb
VERB_FEATS = {
    "VBZ": "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
    "VBP": "Mood=Ind|Tense=Pres|VerbForm=Fin",
}

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_PAST_FEATS = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
_SUBJECT_PRONOUNS = closed_class()["nominative_pronouns"] | {"you"}  # ("you" as well: no object stands there)
_WH_WORDS = frozenset({"how", "what", "why", "whether", "where", "when", "who", "which"})


class Retag(NamedTuple):
    upos: str
    xpos: str
    lemma: str
    feats: str


def misread_verbs(sentence: Sentence, lexicon: Lexicon) -> dict[int, Retag]:
    """``{word index: corrected tag}`` for the words of ``sentence`` the tagger misread around a
    reporting verb of ``lexicon`` (its forms; its hearer verbs, "told", "warned": "the man told
    that he was fired" is a passive; its subject-control verbs, "agreed to share": no passive
    with an infinitive).

    * a present-tense reporting verb read as a noun, before a clause ("Kamarck argues that …",
      "One in five say they …") or set off by commas after its subject ("If it fails, Mr. Castañeda
      argues, there are …");
    * a participle before the speaker read as the main verb ("…,” retired general Lloyd Newton
      said."), which leaves the cue a clause of the participle;
    * a past tense read as a participle with a subject and no auxiliary ("Trump tweeted/VBN that");
    * a past tense read as a participle modifying the noun before it and reporting a "that"
      clause or an infinitive ("aides insisted/VBN in June that …", "countries agreed/VBN to
      share"), passives English does not have;
    * an inverted cue read as an adjective of the name after it ("…, noted/VBN NBC's Chinni.");
    * a past tense read as a participle modifying the subject that a later cue also claims
      ("Secret Service protocol called/VBN for …, sources said");
    * a reporting verb in a title-case headline read as a name ("Chris Christie Calls Hillary
      Clinton ‘A Disgrace’", "New Poll Shows Minor Post-Debate Bump");
    * a capitalised name read as a verb right before a finite reporting verb ("Husted said"),
      two finite verbs in a row that English does not have, or read as a modal whose verb is a
      finite reporting verb ("Will/MD Estrada, the chairman, said"; a modal takes a bare verb);
    * the verb of a reported clause read as a plural noun, leaving the clause without a finite
      verb ("Doyle said each year of education yields/NNS a 10 % bump in income");
    * a capitalised name read as a verb before a cue read as a participle ("Cook/VB declined/VBN
      to say whether …"), and a hearer verb's past form opening a participle clause ("Asked/VBD
      why …, Sanders said");
    * a cue read as a noun or participle in a quotation's reporting clause ("“…,” declares/NNS
      Stephanie Acs", "Williamson concludes/NNS: “…”").
    """
    found: dict[int, Retag] = {}
    for step in (_verbs_read_as_nouns, _headline_verbs, _participles_and_past_tenses, _clause_verbs_read_as_nouns,
                 _quotation_frames):
        step(sentence, lexicon, found)
    return found


def _verbs_read_as_nouns(sentence: Sentence, lexicon: Lexicon, found: dict[int, Retag]) -> None:
    """A present-tense reporting verb read as a noun after its subject ("Kamarck argues that …")."""
    words, verb_lemmas = sentence.words, lexicon.forms
    shares = lexicon.words("poll_shares")
    for i, word in enumerate(words[1:-1], start=1):
        if word.upos == "NOUN" and word.xpos in ("NN", "NNS"):
            lemma = verb_lemmas.get(word.lower)
            xpos = _present_tense(word.lower, lemma)
            # a share of people ends the subject: "One in five say …", "Nearly a third say …" (a
            # plural verb only: after a number "states", "promises" are the nouns they look like)
            share = xpos == "VBP" and word.text.islower() and (
                words[i - 1].xpos == "CD" or words[i - 1].lower in shares)
            # "Clinton says she respects … but argues/NNS that he can't …": a second verb of the
            # same subject, coordinated after a finite verb in the same form
            coordinated = xpos == "VBZ" and word.text.islower() and words[i - 1].lower in ("and", "but") and \
                _clause_follows(words, i + 1) and any(w.xpos == "VBZ" and w.upos == "VERB" for w in words[:i - 1])
            # "That attitude, many argue/NN, could …": a plural verb set off after an indefinite
            # pronoun of quantity (Quirk 6.44-6.60) that the tagger read as an adjective
            quantified = xpos == "VBP" and word.text.islower() and words[i - 1].lower in _QUANTIFIERS and (
                i >= 2 and words[i - 2].text in (",", ";") and words[i + 1].text in (",", ".", ";")
                or i == 1 and words[i + 1].upos in ("DET", "PRON", "PROPN", "SCONJ"))
            # (and "Some say/NN the scheme was rushed through": a sentence opened by the pronoun)
            if coordinated or quantified:
                found[i] = Retag("VERB", xpos, lemma, VERB_FEATS[xpos])  # type: ignore[arg-type]
                continue
            if xpos is None or not (_after_subject(words[i - 1]) or share or
                                    xpos == "VBZ" and _after_an_aside(words, i - 1)):
                continue
            if _clause_follows(words, i + 1) and (xpos == "VBZ" or share or _plural_subject_before(words, i)) or \
                    xpos == "VBZ" and _set_off_after_its_subject(words, i):
                found[i] = Retag("VERB", xpos, lemma, VERB_FEATS[xpos])  # type: ignore[arg-type]


def _headline_verbs(sentence: Sentence, lexicon: Lexicon, found: dict[int, Retag]) -> None:
    """A reporting verb in a headline read as a name (title case) or as a noun (no finite verb)."""
    words, verb_lemmas = sentence.words, lexicon.forms
    if _title_case(words):
        for i in range(1, len(words)):
            lemma = verb_lemmas.get(words[i].lower)
            if _headline_verb(words, i, lemma):
                xpos = _present_tense(words[i].lower, lemma) or "VBZ"
                found[i] = Retag("VERB", xpos, lemma, VERB_FEATS[xpos])  # type: ignore[arg-type]
    if not any(w.xpos in _FINITE or w.upos == "AUX" for w in words):
        for i in range(1, len(words) - 1):
            if i not in found and i - 1 not in found and _headline_verb_read_as_noun(words, i, verb_lemmas):
                xpos = _present_tense(words[i].lower, verb_lemmas[words[i].lower])
                found[i] = Retag("VERB", xpos, verb_lemmas[words[i].lower], VERB_FEATS[xpos])  # type: ignore[index]


def _participles_and_past_tenses(sentence: Sentence, lexicon: Lexicon, found: dict[int, Retag]) -> None:
    """Past tense and participle confused, and a name read as a verb before a reporting verb."""
    words, verb_lemmas = sentence.words, lexicon.forms
    for i, word in enumerate(words[:-1]):
        lemma = verb_lemmas.get(word.lower)
        if word.xpos == "VBD" and word.upos == "VERB" and _modifies_the_speaker(words, i, verb_lemmas):
            found[i] = Retag("VERB", "VBN", word.lemma, "Tense=Past|VerbForm=Part")
        elif lemma is not None and _past_tense_read_as_participle(sentence, i, lexicon):
            found[i] = Retag("VERB", "VBD", lemma, _PAST_FEATS)
        elif word.xpos == "VBN" and _second_subject_of_a_later_verb(sentence, i):
            found[i] = Retag("VERB", "VBD", word.lemma, _PAST_FEATS)
        elif word.upos == "VERB" and word.text[:1].isupper() and not word.text.isupper() and \
                words[i + 1].xpos in ("VBD", "VBZ") and words[i + 1].lower in verb_lemmas:
            found[i] = Retag("PROPN", "NNP", word.text, "Number=Sing")  # "In a statement, Husted/VBN said …"
        elif i == 0 and word.xpos == "VBD" and lemma in lexicon.hearer_verbs and _opens_a_participle_clause(sentence):
            found[i] = Retag("VERB", "VBN", lemma, "Tense=Past|VerbForm=Part")  # "Asked/VBD why …, Sanders said"
        elif _name_before_a_participle_cue(sentence, i, lexicon):
            found[i] = Retag("PROPN", "NNP", word.text, "Number=Sing")  # "Cook/VB declined/VBN to say …"
            found[i + 1] = Retag("VERB", "VBD", verb_lemmas[words[i + 1].lower], _PAST_FEATS)
        elif i > 0 and word.upos == "VERB" and word.text[:1].isupper() and not word.text.isupper() and \
                i + 2 < len(words) and words[i + 1].upos == "PROPN" and words[i + 2].xpos in ("VBD", "VBZ") and \
                words[i + 2].lower in verb_lemmas:
            found[i] = Retag("PROPN", "NNP", word.text, "Number=Sing")  # "spokeswoman Hope/VB Hicks said …"
        elif word.xpos == "VBD" and _reduced_relative_before_a_date(sentence, i, verb_lemmas, lexicon):
            found[i] = Retag("VERB", "VBN", word.lemma, "Tense=Past|VerbForm=Part")  # "a report issued/VBD Friday said"
        elif _name_before_an_aside(sentence, i, verb_lemmas):
            found[i] = Retag("PROPN", "NNP", word.text, "Number=Sing")  # "Salceda/VBN, citing data …, said"
        elif word.xpos == "VBN" and lemma is not None and _coordinated_past_tense(sentence, i, verb_lemmas):
            found[i] = Retag("VERB", "VBD", lemma, _PAST_FEATS)  # "said it was too early but added/VBN, “…”"
        elif _name_read_as_modal(sentence, i, verb_lemmas):
            found[i] = Retag("PROPN", "NNP", word.text, "Number=Sing")  # "Will/MD Estrada … said", "May/MD said"
            verb = words[word.head]
            if verb.xpos != "VBD" and not verb.lower.endswith("s"):  # "May said/VBN", "Will wrote/VB"
                found[word.head] = Retag("VERB", "VBD", verb_lemmas[verb.lower], _PAST_FEATS)


def _quotation_frames(sentence: Sentence, lexicon: Lexicon, found: dict[int, Retag]) -> None:
    """A reporting verb read as a noun or participle in the two frames of a quotation's reporting
    clause (Chicago Manual 6.40, 6.63): right after a quotation that ends with its comma and
    before the speaker's name ("“I'm a voter,” declares/NNS Stephanie Acs", "…,” opined/VBN
    Cleveland's Plain Dealer"), or between the speaker and a colon opening a quotation
    ("Williamson concludes/NNS: “Nobody did this to them.”")."""
    words = sentence.words
    for i in range(1, len(words) - 1):
        word = words[i]
        lemma = lexicon.forms.get(word.lower)
        if lemma is None or i in found or word.upos == "VERB" and word.xpos != "VBN" or word.lower.endswith("ing"):
            continue
        xpos = _present_tense(word.lower, lemma) or ("VBD" if word.lower != lemma else None)
        if xpos is None or xpos == "VBP":
            continue
        after_quotation = closed_by_its_comma(words, i - 1) and words[i + 1].upos in ("PROPN", "DET", "NOUN")
        before_colon = words[i - 1].upos in ("PROPN", "NOUN", "PRON") and colon_opens_quotation(words, i)
        if after_quotation or before_colon or _ends_a_reporting_clause(words, i):
            found[i] = Retag("VERB", xpos, lemma, VERB_FEATS.get(xpos, _PAST_FEATS))


def _ends_a_reporting_clause(words: tuple[Word, ...], i: int) -> bool:
    """``“…,” Trump shot/NN back.``: the word ends a reporting clause after its quotation — a
    short subject (a name, a pronoun, a noun phrase) right after the quotation's comma, then at
    most a particle or an adverb before the sentence ends (Chicago Manual 6.40)."""
    k = quotation_before_speaker(words, i)
    return k is not None and k < i - 1 and all(w.upos in ("ADV", "ADP", "PART", "PUNCT") for w in words[i + 1:])


def _reduced_relative_before_a_date(sentence: Sentence, i: int, verb_lemmas: Mapping[str, str],
                                    lexicon: Lexicon) -> bool:
    """``A news report published/VBD Wednesday said …``: a past tense right after a noun, then a
    day or date ("on" may come first), then a finite reporting verb whose only subject the parser
    found is that date — the first verb is a participle modifying the noun (a reduced relative,
    Quirk et al. 17.27), and the noun is the second verb's subject."""
    words = sentence.words
    times = lexicon.words("time_words")
    if i < 1 or words[i - 1].upos not in ("NOUN", "PROPN"):
        return False
    k = i + 1
    if k < len(words) and words[k].lower == "on":
        k += 1
    start = k
    while k < len(words) and k - start < 3 and (words[k].lower in times or words[k].upos == "NUM"):
        k += 1
    if k == start or k >= len(words):
        return False
    cue = words[k]
    subjects = [c for c in sentence.children(k) if words[c].deprel.startswith("nsubj")]
    return cue.xpos in ("VBD", "VBZ") and cue.lower in verb_lemmas and \
        all(start <= c < k for c in subjects)


_SUBJECT_PHRASE = frozenset({"PROPN", "PRON", "NOUN", "DET", "ADJ", "NUM", "ADP"})


def _opens_a_participle_clause(sentence: Sentence) -> bool:
    """``Asked/VBD why he had yet to endorse Clinton, Sanders said …``: a hearer verb's past form
    opening the sentence, whose clause ends at a comma followed by a subject and its finite verb,
    is a participle (Quirk et al. 15.58: "Asked about it, he smiled"), not the main verb of a
    sentence with no subject of its own."""
    words = sentence.words
    if len(words) < 4 or words[1].upos == "PUNCT" or any(
            words[c].deprel.startswith("nsubj") for c in sentence.children(0)):
        return False
    for j in range(2, len(words) - 2):
        if words[j].text != ",":
            continue
        start = j + 2 if words[j + 1].text in CLOSING_QUOTE_TOKENS else j + 1  # (',” Sanders said')
        k = start
        while k < len(words) and k - start < 6 and words[k].upos in _SUBJECT_PHRASE:
            k += 1
        if k > start and k < len(words) and words[k - 1].upos != "ADP" and \
                (words[k].xpos in _FINITE or words[k].upos == "AUX"):
            return True
    return False


def _name_before_a_participle_cue(sentence: Sentence, i: int, lexicon: Lexicon) -> bool:
    """``Cook/VB declined/VBN to say whether …``: a capitalised word read as a verb, first in its
    sentence or after a comma, right before a reporting verb read as a participle that reports a
    "that" clause or a to-infinitive.  Two verbs in a row, the first a base form or participle
    with no subject, are not English there; the first is the name of the one who spoke."""
    words = sentence.words
    word = words[i]
    if word.upos != "VERB" or not word.text[:1].isupper() or word.text.isupper() or \
            i + 2 >= len(words) or (i > 0 and words[i - 1].text != ","):
        return False
    cue = words[i + 1]
    lemma = lexicon.forms.get(cue.lower)
    if cue.xpos != "VBN" or lemma is None or any(words[c].deprel.startswith("nsubj") for c in sentence.children(i)):
        return False
    return _that_clause_follows(sentence, i + 1) or (
        lemma in lexicon.subject_control_verbs and _infinitive_follows(words, i + 1))


def _name_before_an_aside(sentence: Sentence, i: int, verb_lemmas: Mapping[str, str]) -> bool:
    """``Salceda/VBN, citing data from the State Department, said that …``: a capitalised first word
    read as a verb, then an aside between commas, then a finite reporting verb left without a
    subject — the first word is that subject ("Pressed, Trump said …" has one)."""
    words = sentence.words
    word = words[i]
    if i != 0 or word.upos != "VERB" or not word.text[:1].isupper() or word.text.isupper() or \
            len(words) < 5 or words[1].text != ",":
        return False
    close = next((k for k in range(2, min(len(words) - 1, 15)) if words[k].text == ","), None)
    if close is None or close < 3 or any(w.xpos in _FINITE for w in words[2:close]):
        return False
    cue = close + 1
    return words[cue].xpos in ("VBD", "VBZ") and words[cue].lower in verb_lemmas and \
        not any(words[c].deprel.startswith("nsubj") for c in sentence.children(cue))


def _coordinated_past_tense(sentence: Sentence, i: int, verb_lemmas: Mapping[str, str]) -> bool:
    """``Suu Kyi said it was too early but added/VBN, “…”``: a reporting participle right after
    "and"/"but", with no auxiliary, coordinated with an earlier reporting verb in the past tense,
    is a past tense too ("has said … and added" keeps its participle: "said" is one there)."""
    words = sentence.words
    if i < 2 or words[i - 1].upos != "CCONJ" or any(
            words[c].deprel in ("aux", "aux:pass", "cop") for c in sentence.children(i)):
        return False
    return any(words[k].xpos == "VBD" and words[k].lower in verb_lemmas and not any(
        words[c].deprel in ("aux", "aux:pass") for c in sentence.children(k)) for k in range(i - 1))


def _name_read_as_modal(sentence: Sentence, i: int, verb_lemmas: Mapping[str, str]) -> bool:
    """A capitalised modal whose verb is a reporting verb in a form no modal takes: a past or
    third-person form, a participle with no "have"/"be" between ("Will/MD urged", "May said"), or
    a past tense the tagger read as a bare verb ("Will/MD wrote/VB": no bare verb is spelt so)."""
    words = sentence.words
    word = words[i]
    if word.xpos != "MD" or not word.text[:1].isupper() or word.text.isupper() or word.head <= i:
        return False
    verb = words[word.head]
    if verb.lower not in verb_lemmas:
        return False
    if verb.xpos not in ("VBD", "VBZ", "VBN") and not (
            verb.xpos in ("VB", "VBP") and verb_lemmas[verb.lower] != verb.lower):
        return False
    # (an auxiliary between them makes a real verb group: "May have said"; one the parser hung on
    # the cue from inside the quotation before it does not: "“This might …,” Will wrote.")
    return not any(words[c].deprel.startswith("aux") and i < c < word.head for c in sentence.children(word.head))


# what follows a present-tense verb and never a plural noun that ends its noun phrase
_OBJECT_STARTS = frozenset({"DT", "CD", "PRP", "PRP$", "JJ", "JJR", "JJS", "RB", "RBR"})
_QUOTE_TOKENS = OPENING_QUOTE_TOKENS | CLOSING_QUOTE_TOKENS | {"\u2018"}
_SPEECH_CATEGORIES = frozenset({"speech", "statement", "writing", "argument", "belief"})


def _clause_verbs_read_as_nouns(sentence: Sentence, lexicon: Lexicon, found: dict[int, Retag]) -> None:
    """The verb of a reported clause read as a plural noun ("said the nation's economic system
    favors/NNS the wealthy"): after a speech or belief verb, in the words up to the next
    punctuation mark with no verb among them, a lower-case word in -s between a noun
    and the start of an object (a determiner, number, pronoun, adjective or adverb) is a
    present-tense verb.  A plural noun does not stand there: "the system favors the …" has no
    other reading once the clause needs a verb (Brill 1995's contextual rules)."""
    words = sentence.words
    for c, cue in enumerate(words[:-3]):
        verb = lexicon.verb_from_form(cue.lower) if cue.upos == "VERB" and cue.xpos in _FINITE else None
        if verb is None or verb.category not in _SPEECH_CATEGORIES:
            continue
        # (quotation marks inside the clause are no boundary: "she said it “humanizes/NNS” her")
        end = next((k for k in range(c + 1, len(words)) if words[k].upos == "PUNCT" and
                    words[k].text not in _QUOTE_TOKENS), len(words))
        if any(words[k].upos in ("VERB", "AUX") for k in range(c + 1, end)):
            continue
        inside = [k for k in range(c + 1, end) if words[k].text not in _QUOTE_TOKENS]
        for before, k, after in zip(inside, inside[1:], inside[2:]):
            word = words[k]
            if word.xpos == "NNS" and word.text.islower() and word.text.isalpha() and \
                    word.text.endswith("s") and not word.text.endswith(("ss", "us", "is")) and \
                    (words[before].upos in ("NOUN", "PROPN") and k >= c + 3 or words[before].lower in _SUBJECT_PRONOUNS
                     | {"it"}) and words[after].xpos in _OBJECT_STARTS:
                found.setdefault(k, Retag("VERB", "VBZ", _bare_form(word.text), VERB_FEATS["VBZ"]))
                break


def _bare_form(third_person: str) -> str:
    """yields → yield, carries → carry, pushes → push, buzzes → buzz, humanizes → humanize (the
    lemma a retagged VBZ gets)."""
    if third_person.endswith("ies") and len(third_person) > 4:
        return third_person[:-3] + "y"
    if third_person.endswith(("ches", "shes", "sses", "xes", "zzes", "oes")):
        return third_person[:-2]
    return third_person[:-1]


def _past_tense_read_as_participle(sentence: Sentence, i: int, lexicon: Lexicon) -> bool:
    """A reporting verb's past tense read as a participle: with a subject and no auxiliary ("Trump
    tweeted/VBN that"), as an inverted cue ("…, noted/VBN NBC's Chinni."), or as a reduced
    relative reporting a clause ("aides insisted/VBN that …", "countries agreed/VBN to share …")."""
    word = sentence.words[i]
    lemma = lexicon.forms[word.lower]
    if word.xpos == "VBN" and (_finite_without_auxiliary(sentence, i) or _only_verb_of_a_noun_root(sentence, i)):
        return True
    if _inverted_cue_read_as_modifier(sentence, i):
        return True
    return word.xpos == "VBN" and _reduced_relative(sentence, i) and (
        lemma not in lexicon.hearer_verbs and _that_clause_follows(sentence, i) or
        lemma in lexicon.subject_control_verbs and _infinitive_follows(sentence.words, i))


def _title_case(words: tuple[Word, ...]) -> bool:
    """A headline in title case ("Chris Christie Calls Hillary Clinton ‘A Disgrace’"): the tagger
    reads every capitalised word as a name, verbs included."""
    letters = [w for w in words if w.text[:1].isalpha() and len(w.text) > 3]
    return len(letters) >= 3 and sum(w.text[:1].isupper() for w in letters) >= 0.8 * len(letters)


def _headline_verb(words: tuple[Word, ...], i: int, lemma: str | None) -> bool:
    """A present-tense reporting verb read as a name in a title-case headline, between a noun and
    a non-verb ("New Poll Shows Minor Bump") or before an opening quotation mark ("Hillary Clinton
    Speaks ‘Directly To White People’")."""
    word = words[i]
    tense = _present_tense(word.lower, lemma)
    if word.upos not in ("PROPN", "NOUN") or tense is None:
        return False
    if i + 1 == len(words) or words[i + 1].upos == "PUNCT" and i + 2 == len(words):
        # "Short Sleep Linked to Slower Recovery, Study Finds", "Talks Stall, Sources Say": the
        # headline's postposed attribution, a noun and the verb after its last comma
        return i >= 3 and words[i - 2].text == "," and words[i - 1].upos in ("PROPN", "NOUN") and (
            tense == "VBZ" or words[i - 1].lower.endswith("s"))
    if tense != "VBZ":
        return False
    after = words[i + 1]
    return after.text in OPENING_QUOTE_TOKENS | {"\u2018", "'"} or (
        words[i - 1].upos in ("PROPN", "NOUN") and after.upos not in ("PUNCT", "VERB", "AUX"))


def _headline_verb_read_as_noun(words: tuple[Word, ...], i: int, verb_lemmas: Mapping[str, str]) -> bool:
    """``Flight attendants' union endorses Clinton.``, ``Judge rejects Times request to unseal …``:
    headline style (present tense, no articles; AP Stylebook "headlines") in a sentence with no
    finite verb at all, a present-tense reporting verb between its subject and its object read as
    a plural noun.  A bare form ("urge") only after a plural subject: "the urge" is a noun."""
    word = words[i]
    if word.upos != "NOUN" or words[i - 1].upos not in ("NOUN", "PROPN"):
        return False
    xpos = _present_tense(word.lower, verb_lemmas.get(word.lower))
    if xpos is None or (xpos == "VBP" and words[i - 1].xpos not in ("NNS", "NNPS")):
        return False
    after = words[i + 1]
    return after.upos in ("NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM") or after.text in OPENING_QUOTE_TOKENS


_QUANTIFIERS = closed_class()["quantifier_pronouns"]
_CLAUSE_OPENERS = closed_class()["time_subordinators"] | closed_class()["concessive"] | \
    closed_class()["adverbial_subordinators_extra"]


def _present_tense(form: str, lemma: str | None) -> str | None:
    if lemma is None:
        return None
    if form == lemma:
        return "VBP"
    if form in (lemma + "s", lemma + "es", lemma[:-1] + "ies"):
        return "VBZ"
    return None


def _after_subject(previous: Word) -> bool:
    """The word before ends a noun phrase (a noun, a name, a closing mark or dash)."""
    if previous.upos in ("NOUN", "PROPN"):
        return True
    return previous.upos == "PUNCT" and previous.text not in (",", ":", ";", "(", "“", '"')


def _after_an_aside(words: tuple[Word, ...], comma: int) -> bool:
    """``Tom Miller, at a consulting firm called Gavekal, argues/NNS that …``: the comma closes an
    aside (no finite verb in it, at most 12 words) that opened after a name or noun."""
    if words[comma].text != ",":
        return False
    opening = next((k for k in range(comma - 1, max(0, comma - 13), -1) if words[k].text == ","), None)
    return opening is not None and opening >= 1 and opening < comma - 1 and \
        words[opening - 1].upos in ("PROPN", "NOUN") and \
        not any(w.xpos in _FINITE or w.upos == "AUX" for w in words[opening + 1:comma])


def _set_off_after_its_subject(words: tuple[Word, ...], i: int) -> bool:
    """``…, Mr. Castañeda argues, …`` / ``…, the senator notes.``: a short noun phrase between a
    comma (or closing quotation mark) and the verb, and a comma or the sentence end after it."""
    if words[i + 1].text not in (",", ".", "!", "?") and words[i + 1].text not in CLOSING_QUOTE_TOKENS:
        return False
    k = i - 1
    # "…, a USA TODAY analysis of newly filed campaign-finance reports shows.": the phrase may
    # carry a prepositional phrase with its own modifiers, never a finite verb
    while k >= 0 and i - k <= 12 and (words[k].upos in ("PROPN", "NOUN", "DET", "ADJ", "NUM", "ADV", "ADP")
                                      or words[k].text in ("-", "'s", "’s") or words[k].xpos == "VBN"):
        k -= 1
    return 0 < k < i - 1 and (words[k].text == "," or words[k].text in CLOSING_QUOTE_TOKENS) and \
        words[k + 1].upos in ("DET", "PROPN", "NOUN", "ADJ", "NUM")


def _finite_without_auxiliary(sentence: Sentence, i: int) -> bool:
    """A participle with a subject of its own and no auxiliary is a past tense: "Trump tweeted
    that …" parsed as an agentless passive (nsubj:pass, no "was")."""
    kids = sentence.children(i)
    words = sentence.words
    return any(words[c].deprel in ("nsubj", "nsubj:pass") and c < i for c in kids) and \
        not any(words[c].deprel in ("aux", "aux:pass", "cop") for c in kids) and \
        words[i].deprel in ("root", "ccomp", "conj", "parataxis")


def _only_verb_of_a_noun_root(sentence: Sentence, i: int) -> bool:
    """``A federal appeals court ruled/VBN Friday against …`` parsed as a noun phrase (the court,
    modified by a participle): a sentence with no finite main verb has misread its verb."""
    words = sentence.words
    head = words[i].head
    root = next((w for w in words if w.deprel == "root"), None)
    if words[i].deprel != "acl" or not 0 <= head < i or root is None or root.upos not in ("NOUN", "PROPN", "NUM") \
            or any(words[c].deprel.startswith("aux") or words[c].deprel == "obl:agent" for c in sentence.children(i)):
        return False
    if i + 1 < len(words) and words[i + 1].upos in ("ADP", "SCONJ", "PUNCT"):
        return False  # a headline's passive: "Trump accused of lying", "Senator criticized for remarks"
    # finite verbs of relative clauses do not count: "One of the docs who sent the letter called/VBN
    # Oz a quack" has "sent" but no main verb
    relative = _relative_clause_words(sentence)
    return not any(w.xpos in _FINITE for w in words if w.index not in relative)


def _inverted_cue_read_as_modifier(sentence: Sentence, i: int) -> bool:
    """``…, noted NBC's Dante Chinni.``: a past form after a comma, modifying the name that ends
    the sentence, is the inverted reporting verb ("said Mr. Baker"), not an adjective."""
    words = sentence.words
    if i == 0 or words[i - 1].text != "," or words[i].xpos not in ("VBN", "JJ"):
        return False
    head = words[i].head
    if words[i].deprel in ("amod", "acl", "compound") and head > i and words[head].upos == "PROPN":
        name = head
    else:  # "…, noted/VBN Senator John Smith." with the name as the participle's object
        name = next((c for c in sentence.children(i) if c == i + 1 and words[c].deprel == "obj"
                     and words[c].upos == "PROPN"), -1)
    return name > i and all(w.upos == "PUNCT" for w in words[sentence.subtree(name)[-1] + 1:])


def _reduced_relative(sentence: Sentence, i: int) -> bool:
    """A participle modifying the noun right before it, with no subject, object or auxiliary of its
    own: a passive reduced relative ("the aides who were …") — or a misread past tense."""
    words = sentence.words
    noun = words[i].head
    return words[i].deprel == "acl" and noun == i - 1 and words[noun].upos in ("NOUN", "PROPN") and \
        not any(words[c].deprel.startswith(("aux", "nsubj", "obj")) for c in sentence.children(i))


def _that_clause_follows(sentence: Sentence, i: int) -> bool:
    """``After campaign aides insisted/VBN in June that Mr. Obama …``: "that" right after the
    participle and its adjuncts (wherever the parser hung the clause).  A passive reduced relative
    of a verb reporting a "that" clause needs its object to be a hearer ("the man told that …"),
    so otherwise the participle is a past tense."""
    words = sentence.words
    tree = set(sentence.subtree(i))
    k = i + 1
    while k < len(words) and k in tree and words[k].lower != "that" and k - i <= 5:
        k += 1
    return k < len(words) and words[k].lower == "that" and words[k].deprel == "mark"


def _infinitive_follows(words: tuple[Word, ...], i: int) -> bool:
    """``Surety companies … agreed/VBN to release millions``: a subject-control verb right before a
    to-infinitive has no passive, so the participle reading is a past tense."""
    return i + 2 < len(words) and words[i + 1].lower == "to" and words[i + 2].xpos == "VB"


def _second_subject_of_a_later_verb(sentence: Sentence, i: int) -> bool:
    """``Secret Service protocol called/VBN for …, sources said.``: the parser read the clause's
    verb as a participle modifying its subject and gave that subject to the cue, which now has
    two subjects; a verb has one, so the participle was the reported clause's past tense."""
    words = sentence.words
    noun = words[i].head
    if words[i].deprel != "acl" or not 0 <= noun < i or words[noun].deprel != "nsubj" or \
            any(words[c].deprel.startswith("aux") for c in sentence.children(i)):
        return False
    verb = words[noun].head
    relative = _relative_clause_words(sentence)
    return verb > i and any(c > i and words[c].deprel.startswith("nsubj") for c in sentence.children(verb)) and \
        not any(w.xpos in _FINITE for w in words[i + 1:verb]
                if w.head != verb and w.index not in relative)


def _relative_clause_words(sentence: Sentence) -> set[int]:
    """The words of the sentence's relative clauses (their finite verbs are not the main verb)."""
    return {k for w in sentence.words if w.deprel == "acl:relcl" for k in sentence.subtree(w.index)}


def _modifies_the_speaker(words: tuple[Word, ...], i: int, verb_lemmas: Mapping[str, str]) -> bool:
    """A past participle opening the subject of a reporting verb that ends the sentence."""
    if i > 0 and words[i - 1].text != "," and words[i - 1].text not in CLOSING_QUOTE_TOKENS:
        return False
    k = i + 1
    while k < len(words) and words[k].upos in ("PROPN", "NOUN", "ADJ") and k - i <= 8:
        k += 1
    if k == i + 1 or k >= len(words) or words[i + 1].upos not in ("PROPN", "NOUN"):
        return False
    cue = words[k]
    return cue.xpos in ("VBD", "VBZ") and cue.lower in verb_lemmas and \
        (k + 1 == len(words) or words[k + 1].upos == "PUNCT")


def _plural_subject_before(words: tuple[Word, ...], i: int) -> bool:
    """A plural noun stands between the last finite verb and ``i`` ("documents from his tax
    return show"): "report", "plan" after a singular noun are the nouns they look like."""
    for word in reversed(words[:i]):
        if word.xpos in _FINITE or word.text in (",", ";", ":"):
            return False
        if word.xpos in ("NNS", "NNPS"):
            return True
    return False


def _clause_follows(words: tuple[Word, ...], j: int) -> bool:
    nxt = words[j]
    if nxt.lower in _SUBJECT_PRONOUNS or nxt.lower in _WH_WORDS:
        return True
    if nxt.lower != "that" or j + 1 >= len(words):
        return False
    if words[j + 1].text in OPENING_QUOTE_TOKENS and j + 2 < len(words):
        j += 1  # "claims that “Wall Street made her …”": a quotation opens the clause
    after = words[j + 1]
    # "that women represented …" / "that the court …" — not "that aired", "that has"; "that as
    # Beijing's ties deepen, …": an adverbial clause opening the reported one
    return after.upos in ("NOUN", "PROPN", "PRON", "DET", "NUM", "ADJ") and after.lower not in ("is", "was") or \
        after.lower in _CLAUSE_OPENERS

