"""Attribution patterns on hand-built parses (no model): the setting construction ("In the latest poll, …")."""


from attrib.attribution import find_attributions
from helpers import parsed, texts


def test_opening_poll_phrase_sources_the_clause_but_not_a_time_phrase():
    doc, scan = parsed("In/ADP/3/case this/DET/3/det poll/NOUN/6/obl ,/PUNCT/3/punct Trump/PROPN/6/nsubj "
                       "rose/VERB/0/root/rise/VBD two/NUM/8/nummod points/NOUN/6/obj ./PUNCT/6/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["Trump rose two points"], "this poll", "In", "indirect")]
    doc, scan = parsed("In/ADP/3/case the/DET/3/det morning/NOUN/6/obl ,/PUNCT/3/punct troops/NOUN/6/nsubj "
                       "advanced/VERB/0/root/advance/VBD north/ADV/6/advmod ./PUNCT/6/punct")
    assert find_attributions(doc, scan) == []
