"""Attribution patterns on hand-built parses (no model): the as-clause construction."""


from attrib.attribution import find_attributions
from helpers import parsed, texts


def test_an_as_clause_names_the_source_of_the_rest_of_the_sentence():
    opening = parsed("As/SCONJ/2/mark reported/VERB/9/advcl/report/VBN by/ADP/5/case the/DET/5/det "
                     "Times/PROPN/2/obl:agent ,/PUNCT/2/punct the/DET/8/det firm/NOUN/9/nsubj "
                     "lost/VERB/0/root/lose/VBD money/NOUN/9/obj ./PUNCT/9/punct")
    closing = parsed("The/DET/2/det firm/NOUN/3/nsubj lost/VERB/0/root/lose/VBD money/NOUN/3/obj ,/PUNCT/9/punct "
                     "as/SCONJ/9/mark the/DET/8/det Times/PROPN/9/nsubj reported/VERB/3/advcl/report/VBD "
                     "./PUNCT/3/punct")
    aside = parsed("As/SCONJ/3/mark you/PRON/3/nsubj/you/PRP know/VERB/6/advcl/know/VBP ,/PUNCT/3/punct "
                   "taxes/NOUN/6/nsubj/tax/NNS rose/VERB/0/root/rise/VBD ./PUNCT/6/punct")
    expected = parsed("Patriot/PROPN/2/nsubj failed/VERB/0/root/fail/VBD as/ADP/4/advmod/as/IN "
                      "predicted/VERB/2/xcomp/predict/VBN ./PUNCT/2/punct")
    assert texts(*opening[:1], find_attributions(*opening)) == [(["the firm lost money"], "the Times", "reported",
                                                                 "indirect")]
    assert texts(*closing[:1], find_attributions(*closing)) == [(["The firm lost money"], "the Times", "reported",
                                                                 "indirect")]
    assert find_attributions(*aside) == [] and find_attributions(*expected) == []
    # "Hawaii, as an adviser has pointed out, rarely gets storms." with "as" parsed as a preposition
    between = parsed("Hawaii/PROPN/11/nsubj ,/PUNCT/8/punct as/ADP/5/case an/DET/5/det adviser/NOUN/1/nmod "
                     "has/AUX/7/aux/have/VBZ pointed/VERB/11/advcl/point/VBN out/ADP/7/compound:prt/out/RP "
                     ",/PUNCT/7/punct rarely/ADV/11/advmod gets/VERB/0/root/get/VBZ storms/NOUN/11/obj "
                     "./PUNCT/11/punct")
    assert texts(*between[:1], find_attributions(*between)) == [(["Hawaii", "rarely gets storms"], "an adviser",
                                                                 "has pointed out", "indirect")]


def test_as_someone_put_it_reports_the_rest_of_the_sentence():
    # "As Simonyan put it in a statement to my colleague in July, RT is independent."
    doc, scan = parsed("As/SCONJ/3/mark Simonyan/PROPN/3/nsubj put/VERB/16/advcl/put/VBD it/PRON/3/obj in/ADP/7/case "
                       "a/DET/7/det statement/NOUN/3/obl to/ADP/10/case my/PRON/10/nmod:poss colleague/NOUN/3/obl "
                       "in/ADP/12/case July/PROPN/3/obl ,/PUNCT/3/punct RT/PROPN/16/nsubj is/AUX/16/cop "
                       "independent/ADJ/0/root ./PUNCT/16/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["RT is independent"], "Simonyan", "put", "indirect")]
    # "He put it on the table." — not the idiom
    table = parsed("He/PRON/2/nsubj put/VERB/0/root/put/VBD it/PRON/2/obj on/ADP/6/case the/DET/6/det "
                   "table/NOUN/2/obl ./PUNCT/2/punct")
    assert find_attributions(*table) == []
