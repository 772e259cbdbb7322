"""Attribution patterns on hand-built parses (no model): the evidential adverb ("reportedly")."""

from attrib.attribution import find_attributions
from helpers import parsed


def test_reportedly_attributes_its_clause_to_no_one_named():
    doc, scan = parsed("In/ADP/2/case total/NOUN/8/obl ,/PUNCT/2/punct the/DET/5/det hackers/NOUN/8/nsubj "
                       "have/AUX/8/aux reportedly/ADV/8/advmod infiltrated/VERB/0/root/infiltrate/VBN "
                       "100/NUM/10/nummod groups/NOUN/8/obj ./PUNCT/8/punct")
    [att] = find_attributions(doc, scan)
    assert att.source is None and att.agentless and doc.text[att.cue[0]:att.cue[1]] == "reportedly"
    assert [doc.text[s:e] for s, e in att.contents] == ["the hackers have", "infiltrated 100 groups"]


def test_reportedly_inside_a_quotation_is_the_speakers_phrasing():
    doc, scan = parsed("“/PUNCT/4/punct He/PRON/4/nsubj reportedly/ADV/4/advmod left/VERB/0/root/leave/VBD "
                       "early/ADV/4/advmod ./PUNCT/4/punct ”/PUNCT/4/punct")
    assert not any(a.cue and doc.text[a.cue[0]:a.cue[1]] == "reportedly" for a in find_attributions(doc, scan))
