"""Attribution patterns on hand-built parses (no model): the stance-adjective construction."""


from attrib.attribution import find_attributions
from helpers import parsed, texts


def test_a_stance_adjective_reports_its_subjects_belief():
    # "Many Democrats are afraid that turnout will fall."
    doc, scan = parsed("Many/ADJ/2/amod Democrats/PROPN/4/nsubj are/AUX/4/cop afraid/ADJ/0/root that/SCONJ/8/mark "
                       "turnout/NOUN/8/nsubj will/AUX/8/aux fall/VERB/4/ccomp/fall/VB ./PUNCT/4/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["that turnout will fall"], "Many Democrats", "afraid", "indirect")]
    # "Graham has been critical of Trump."
    doc, scan = parsed("Graham/PROPN/4/nsubj has/AUX/4/aux been/AUX/4/cop critical/ADJ/0/root of/ADP/6/case "
                       "Trump/PROPN/4/obl ./PUNCT/4/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["Trump"], "Graham", "critical", "indirect")]
    # "It was clear that Clinton won." names no one; "I am sure that he won." is a hedge
    clear = parsed("It/PRON/3/expl was/AUX/3/cop clear/ADJ/0/root that/SCONJ/6/mark Clinton/PROPN/6/nsubj "
                   "won/VERB/3/ccomp/win/VBD ./PUNCT/3/punct")
    sure = parsed("I/PRON/3/nsubj am/AUX/3/cop sure/ADJ/0/root that/SCONJ/6/mark he/PRON/6/nsubj "
                  "won/VERB/3/ccomp/win/VBD ./PUNCT/3/punct")
    assert find_attributions(*clear) == find_attributions(*sure) == []


def test_a_stance_adjectives_clause_misparsed_as_two_clauses_is_one():
    # "Van Rijn is confident that the price increases/VBZ will restore margins."
    doc, scan = parsed("Van/PROPN/4/nsubj Rijn/PROPN/1/flat is/AUX/4/cop confident/ADJ/0/root "
                       "that/SCONJ/10/mark the/DET/7/det price/NOUN/8/nsubj increases/VERB/4/ccomp/increase/VBZ "
                       "will/AUX/10/aux restore/VERB/4/ccomp/restore/VB margins/NOUN/10/obj ./PUNCT/4/punct")
    [att] = find_attributions(doc, scan)
    assert [doc.text[s:e] for s, e in att.contents] == ["that the price increases will restore margins"]
