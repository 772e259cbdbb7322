from __future__ import annotations

_CONTENT_PUNCT = set(",;:.—–-")


_FIRST_PERSON = {"i", "we", "me", "us", "you"}


_CHANNEL_CASES = {"in", "on", "at", "during", "via", "through", "over", "from"}


_CONTINUATION_RELS = ("advcl", "xcomp", "conj", "acl", "parataxis")


_CLAUSAL = {"speech", "statement", "writing", "argument", "denial", "belief", "evidence", "question"}


_FINITE = {"VBD", "VBZ", "VBP", "MD"}


_TOPIC_MARKERS = {"about", "over", "for", "at", "with", "that", "on"}


_RELATIVE = {"who", "whom", "that", "which", "whose"}


_ASIDE_OPENERS = {"who", "whom", "whose", "which", "including"}


_CONCESSIVE = {"although", "though", "whereas"}


_TIME_SUBORDINATORS = {"when", "while", "after", "before", "as", "because", "since"}


# openers of an adverbial clause that is never what was said ("After aides insisted …, the campaign",
# "If we lived in normal times, a reader would ask"); not "as", which opens reporting clauses too
_ADVERBIAL_SUBORDINATORS = (_TIME_SUBORDINATORS - {"as"}) | _CONCESSIVE | {"if", "unless", "once", "until"}


# words headline style leaves in lower case (AP Stylebook "composition titles")
_TITLE_MINOR_WORDS = {"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by",
                      "with", "from", "as", "up"}


# (with the participial "marginal prepositions" the tagger reads as verbs, Quirk et al. 9.6: given,
# considering, regarding, concerning, including)
_ADVERBIAL_OPENERS = {"following", "after", "before", "during", "despite", "since", "until", "amid", "as",
                      "in", "on", "at", "with", "without", "for", "from", "by", "of", "while", "when", "if",
                      "given", "considering", "regarding", "concerning", "including"}


_SOURCE_STARTS = {"DET", "PROPN", "NOUN", "ADJ", "PRON", "NUM"}


_NOMINAL = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PUNCT"}


_SUBORDINATORS = {"when", "as", "while", "after", "before", "because", "since", "although", "though",
                  "whenever", "until"}


_NAME_RUN = {"PROPN", "NOUN", "DET", "ADJ", "NUM", "PART"}


_RUN = {"PROPN", "NOUN", "ADJ", "DET", "NUM", "PART"}


_BRIDGE = {"AUX", "ADV", "PART"}


_PASSIVE_CASES = {"for", "of", "as", "about"}  # not "with": "was charged with" is a legal act


# what can be reported without a reporter: not evidence ("were found dead"), intentions or
# promises ("was chosen as", "was sworn in as"), nor non-speech
_PASSIVE_CATEGORIES = {"speech", "statement", "writing", "argument", "denial", "belief", "question", "request",
                       "stance"}


# pronouns that name no one who holds a view ("it", "this") or anyone at all (generic "you": "if you vote for her")
_IMPERSONAL_PRONOUNS = {"it", "its", "this", "that", "which", "what", "something", "these", "those", "you"}


_AS_SUBJECT = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PART"})


_LABEL_FUNCTION_WORDS = {"over", "in", "on", "for", "at", "to", "with", "from", "and", "or", "is", "are", "was"}


_BLOCK_QUOTE_CATEGORIES = {"speech", "statement", "writing", "argument"}


_NESTED_CATEGORIES = {"speech", "statement", "writing", "argument", "denial"}
