"""Attribution patterns on hand-built parses (no model): the noun constructions (reporting noun, intention noun, noun before a quotation)."""


from attrib.attribution import find_attributions
from helpers import parsed, texts


def test_reporting_noun_with_its_that_clause_hung_elsewhere():
    # the compact parser often hangs "that …" after a noun on the root as parataxis
    doc, scan = parsed("Analysts/NOUN/2/nsubj checked/VERB/0/root/check/VBD his/PRON/4/nmod:poss "
                       "claim/NOUN/2/obj that/SCONJ/7/mark taxes/NOUN/7/nsubj fell/VERB/2/parataxis/fall/VBD "
                       "./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["that taxes fell"], "his", "claim", "indirect")]


def test_intention_noun_with_a_to_infinitive():
    doc, scan = parsed("Clinton/PROPN/3/nmod:poss 's/PART/1/case plan/NOUN/7/nsubj to/PART/5/mark "
                       "raise/VERB/3/acl/raise/VB taxes/NOUN/5/obj drew/VERB/0/root/draw/VBD fire/NOUN/7/obj "
                       "./PUNCT/7/punct")
    found = find_attributions(doc, scan)
    assert texts(doc, found) == [(["to raise taxes"], "Clinton's", "plan", "indirect")]
    assert found[0].category == "intention"


def test_a_reporting_noun_before_a_colon_names_the_quotation_after_it():
    # "Trump issued a statement: “We will win.”"
    doc, scan = parsed("Trump/PROPN/2/nsubj issued/VERB/0/root/issue/VBD a/DET/4/det statement/NOUN/2/obj "
                       ":/PUNCT/2/punct “/PUNCT/9/punct We/PRON/9/nsubj will/AUX/9/aux win/VERB/2/parataxis/win/VB "
                       "./PUNCT/9/punct ”/PUNCT/9/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["“We will win.”"], "Trump", "statement", "direct")]
    # "I had to change my answer: “I was kidding.”" — the subject of the verb the infinitive hangs on
    doc, scan = parsed("I/PRON/2/nsubj had/VERB/0/root/have/VBD to/PART/4/mark change/VERB/2/xcomp/change/VB "
                       "my/PRON/6/nmod:poss answer/NOUN/4/obj :/PUNCT/2/punct “/PUNCT/11/punct I/PRON/11/nsubj "
                       "was/AUX/11/aux kidding/VERB/2/parataxis/kid/VBG ./PUNCT/11/punct ”/PUNCT/11/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["“I was kidding.”"], "I", "answer", "direct")]
    # a paragraph ending "He wrote a letter:" introduces the next paragraph as the letter
    letter = parsed("He/PRON/2/nsubj/he/PRP wrote/VERB/0/root/write/VBD a/DET/4/det letter/NOUN/2/obj :/PUNCT/2/punct",
                    "It/PRON/3/nsubj is/AUX/3/cop/be/VBZ over/ADJ/0/root ./PUNCT/3/punct")
    assert (["It is over."], "He", "letter", "indirect") in texts(letter[0], find_attributions(*letter))


def test_a_that_clause_read_as_a_relative_is_the_nouns_content_unless_that_fills_a_gap():
    # "Trump's accusation that/WDT Clinton lied drew fire." ("that" in no core role of "lied")
    doc, scan = parsed("Trump/PROPN/3/nmod:poss 's/PART/1/case accusation/NOUN/7/nsubj that/PRON/6/obl:unmarked "
                       "Clinton/PROPN/6/nsubj lied/VERB/3/acl:relcl/lie/VBD drew/VERB/0/root/draw/VBD "
                       "fire/NOUN/7/obj ./PUNCT/7/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["that Clinton lied"], "Trump's", "accusation", "indirect")]
    # "Trump's claim that he made drew fire.": "that" is the object of "made" (a relative clause)
    doc, scan = parsed("Trump/PROPN/3/nmod:poss 's/PART/1/case claim/NOUN/7/nsubj that/PRON/6/obj "
                       "he/PRON/6/nsubj made/VERB/3/acl:relcl/make/VBD drew/VERB/0/root/draw/VBD "
                       "fire/NOUN/7/obj ./PUNCT/7/punct")
    assert find_attributions(doc, scan) == []
