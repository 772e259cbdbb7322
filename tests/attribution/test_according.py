"""Attribution patterns on hand-built parses (no model): the according-to construction."""


from attrib.attribution import find_attributions
from helpers import parsed, texts


def test_according_to():
    doc, scan = parsed("According/VERB/3/case/accord to/ADP/1/fixed officials/NOUN/7/obl ,/PUNCT/3/punct "
                       "three/NUM/6/nummod people/NOUN/7/nsubj:pass died/VERB/0/root/die/VBD ./PUNCT/7/punct")
    (content, source, cue, kind), = texts(doc, find_attributions(doc, scan))
    assert content == ["three people died"] and source == "officials" and cue == "According to"


def test_according_to_misparsed_ends_its_source_at_the_comma():
    doc, scan = parsed("According/VERB/4/mark/accord to/PART/1/fixed radio/NOUN/4/advcl host/VERB/0/root "
                       "Limbaugh/PROPN/4/obj ,/PUNCT/8/punct the/DET/8/det move/NOUN/5/appos reeks/NOUN/8/nmod "
                       "./PUNCT/4/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["the move reeks"], "radio host Limbaugh", "According to", "indirect")]


def test_an_opening_according_to_ends_its_source_at_the_comma_where_the_parser_cut_it_short():
    # "According to a Texas Tribune poll out Thursday, the senator leads." ("poll" read as a verb)
    doc, scan = parsed("According/VERB/5/case/accord to/ADP/1/fixed a/DET/5/det Texas/PROPN/5/compound "
                       "Tribune/PROPN/6/obl poll/VERB/0/root/poll/VB out/ADP/6/compound:prt Thursday/PROPN/6/obj "
                       ",/PUNCT/12/punct the/DET/11/det senator/NOUN/12/nsubj leads/VERB/6/parataxis/lead/VBZ "
                       "./PUNCT/6/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["the senator leads"], "a Texas Tribune poll out Thursday", "According to", "indirect")]
    # a comma inside a quotation after a colon is no end of the source
    doc, scan = parsed("According/VERB/3/case/accord to/ADP/1/fixed HuffPo/PROPN/8/obl :/PUNCT/8/punct "
                       "“/PUNCT/8/punct Kaine/PROPN/8/nsubj has/AUX/8/aux voted/VERB/0/root/vote/VBN ,/PUNCT/11/punct "
                       "he/PRON/11/nsubj lost/VERB/8/conj/lose/VBD ./PUNCT/8/punct ”/PUNCT/8/punct")
    assert all(source == "HuffPo" for _, source, _, _ in texts(doc, find_attributions(doc, scan)))
