"""Closed-class word sets (data/lexicon/closed_class.tsv, with its sources) and the tag, relation and
category sets the constructions test for.  Tags and relations are Universal Dependencies' own
labels; categories are the lexicon's (validated at load, lexicon.CATEGORIES)."""

from __future__ import annotations

from attrib.lexicon import CATEGORIES, closed_class


def _closed(name: str) -> frozenset[str]:
    return closed_class()[name]

_CONTENT_PUNCT = set(",;:.—–-")


_FIRST_PERSON = _closed("first_person")


_CHANNEL_CASES = _closed("channel_cases")


_CONTINUATION_RELS = ("advcl", "xcomp", "conj", "acl", "parataxis")


_CLAUSAL = {"speech", "statement", "writing", "argument", "denial", "belief", "evidence", "question"}


_FINITE = {"VBD", "VBZ", "VBP", "MD"}


_TOPIC_MARKERS = _closed("topic_markers")


_RELATIVE = _closed("relative")


_QUANTIFIER_PRONOUNS = _closed("quantifier_pronouns")
_NOMINATIVE = _closed("nominative_pronouns")
_APPROXIMATORS = _closed("approximators")


_COURT_ADDRESSEES = _closed("court_addressees")


_ASIDE_OPENERS = _closed("aside_openers")


_CONCESSIVE = _closed("concessive")


_TIME_SUBORDINATORS = _closed("time_subordinators")


# openers of an adverbial clause that is never what was said ("After aides insisted …, the campaign",
# "If we lived in normal times, a reader would ask"); not "as", which opens reporting clauses too
_ADVERBIAL_SUBORDINATORS = (_TIME_SUBORDINATORS - {"as"}) | _CONCESSIVE | _closed("adverbial_subordinators_extra")


# words that may open a participle clause without a subject ("when asked", "if asked", "as asked")
_PARTICIPLE_OPENERS = _TIME_SUBORDINATORS | _ADVERBIAL_SUBORDINATORS


# words headline style leaves in lower case (AP Stylebook "composition titles")
_TITLE_MINOR_WORDS = _closed("title_minor_words")


# (with the participial "marginal prepositions" the tagger reads as verbs, Quirk et al. 9.6: given,
# considering, regarding, concerning, including)
_ADVERBIAL_OPENERS = _closed("adverbial_openers")


_SOURCE_STARTS = {"DET", "PROPN", "NOUN", "ADJ", "PRON", "NUM"}


_NOMINAL = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PUNCT"}


_SUBORDINATORS = _closed("subordinators")


_NAME_RUN = {"PROPN", "NOUN", "DET", "ADJ", "NUM", "PART"}


_RUN = {"PROPN", "NOUN", "ADJ", "DET", "NUM", "PART"}


_BRIDGE = {"AUX", "ADV", "PART"}


_PASSIVE_CASES = _closed("passive_cases")  # not "with": "was charged with" is a legal act


# what can be reported without a reporter: not evidence ("were found dead"), intentions or
# promises ("was chosen as", "was sworn in as"), nor non-speech
_PASSIVE_CATEGORIES = {"speech", "statement", "writing", "argument", "denial", "belief", "question", "request",
                       "stance"}


# pronouns that name no one who holds a view ("it", "this") or anyone at all (generic "you": "if you vote for her")
_IMPERSONAL_PRONOUNS = _closed("impersonal_pronouns")


_AS_SUBJECT = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PART"})


_LABEL_FUNCTION_WORDS = _closed("label_function_words")


_BLOCK_QUOTE_CATEGORIES = {"speech", "statement", "writing", "argument"}


_NESTED_CATEGORIES = {"speech", "statement", "writing", "argument", "denial"}

for _categories in (_CLAUSAL, _PASSIVE_CATEGORIES, _BLOCK_QUOTE_CATEGORIES, _NESTED_CATEGORIES):
    assert _categories <= CATEGORIES, _categories - CATEGORIES  # a typo in a category set fails at import
