"""Attribution patterns on hand-built parses (no model): the surface patterns (speaker labels, dash credits, colon quotes)."""


from attrib.attribution import find_attributions
from helpers import parsed, texts


def test_speaker_label_transcript_and_dash_credit():
    doc, scan = parsed("PENCE/PROPN/0/root :/PUNCT/1/punct Well/INTJ/1/discourse ,/PUNCT/1/punct we/PRON/6/nsubj "
                       "win/VERB/1/parataxis/win/VBP ./PUNCT/1/punct",
                       "“/PUNCT/4/punct We/PRON/4/nsubj shall/AUX/4/aux overcome/VERB/0/root today/NOUN/4/obl "
                       "./PUNCT/4/punct ”/PUNCT/4/punct ―/PUNCT/9/punct Sonya/PROPN/4/appos Herridge/PROPN/9/flat")
    got = texts(doc, find_attributions(doc, scan))
    assert (["Well, we win"], "PENCE", ":", "indirect") in got
    assert (["“We shall overcome today.”"], "Sonya Herridge", "―", "direct") in got


def test_a_dash_credit_may_give_the_speakers_role():
    doc, scan = parsed("“/PUNCT/3/punct We/PRON/3/nsubj won/VERB/0/root/win/VBD it/PRON/3/obj for/ADP/7/case "
                       "the/DET/7/det fans/NOUN/3/obl ./PUNCT/3/punct ”/PUNCT/3/punct "
                       "—/PUNCT/11/punct Joel/PROPN/3/appos Amadi/PROPN/11/flat ,/PUNCT/15/punct Tarnside/PROPN/15/compound "
                       "striker/NOUN/11/appos")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["“We won it for the fans.”"], "Joel Amadi, Tarnside striker", "—", "direct")]
    # a sentence after the dash is no credit
    doc, scan = parsed("“/PUNCT/3/punct We/PRON/3/nsubj won/VERB/0/root/win/VBD ./PUNCT/3/punct ”/PUNCT/3/punct "
                       "—/PUNCT/7/punct Amadi/PROPN/8/nsubj scored/VERB/3/parataxis/score/VBD twice/ADV/8/advmod "
                       "./PUNCT/8/punct")
    assert [a[2] for a in texts(doc, find_attributions(doc, scan))] != ["—"]


def test_a_headline_name_on_a_topic_labels_what_follows():
    # "Obama on Climate Change: The Trends Are Terrifying" over a body paragraph
    doc, scan = parsed("Obama/PROPN/0/root on/ADP/4/case Climate/PROPN/4/compound Change/PROPN/1/nmod :/PUNCT/1/punct "
                       "The/DET/7/det Trends/NOUN/9/nsubj Are/AUX/9/cop Terrifying/ADJ/1/parataxis",
                       "The/DET/2/det governor/NOUN/3/nsubj spoke/VERB/0/root/speak/VBD on/ADP/5/case "
                       "Monday/PROPN/3/obl ./PUNCT/3/punct")
    assert doc.blocks[0].kind == "heading"
    assert texts(doc, find_attributions(doc, scan)) == [
        (["The Trends Are Terrifying"], "Obama", "on Climate Change:", "indirect")]


def test_a_label_over_a_list_of_names_is_a_roster_not_a_speaker():
    # "Iowa: Tim Albrecht, Brad Anderson, Rob Barron and Jeff Boeyink."
    doc, scan = parsed("Iowa/PROPN/0/root :/PUNCT/1/punct Tim/PROPN/1/appos Albrecht/PROPN/3/flat ,/PUNCT/6/punct "
                       "Brad/PROPN/3/conj Anderson/PROPN/6/flat ,/PUNCT/9/punct Rob/PROPN/3/conj Barron/PROPN/9/flat "
                       "and/CCONJ/12/cc Jeff/PROPN/3/conj Boeyink/PROPN/12/flat ./PUNCT/1/punct")
    assert find_attributions(doc, scan) == []
    # a label over what was said stays: "PENCE: Tim, Brad, Rob and Jeff know it."
    doc, scan = parsed("PENCE/PROPN/0/root :/PUNCT/1/punct Tim/PROPN/10/nsubj ,/PUNCT/5/punct Brad/PROPN/3/conj "
                       ",/PUNCT/7/punct Rob/PROPN/3/conj and/CCONJ/9/cc Jeff/PROPN/3/conj know/VERB/1/parataxis/know/VBP "
                       "it/PRON/10/obj ./PUNCT/1/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["Tim, Brad, Rob and Jeff know it"], "PENCE", ":", "indirect")]


def test_a_story_type_rubric_before_a_colon_is_no_speaker():
    # "Verdict: False." (a fact check's rating) and "Explainer: What the cap means" (boilerplate.tsv)
    doc, scan = parsed("Verdict/NOUN/0/root :/PUNCT/1/punct False/ADJ/1/appos ./PUNCT/1/punct")
    assert find_attributions(doc, scan) == []
    doc, scan = parsed("Explainer/NOUN/0/root :/PUNCT/1/punct What/PRON/5/obj the/DET/5/det cap/NOUN/6/nsubj "
                       "means/VERB/1/parataxis/mean/VBZ")
    assert find_attributions(doc, scan) == []
    # a name in the same place is a speaker
    doc, scan = parsed("Marlow/PROPN/0/root :/PUNCT/1/punct False/ADJ/1/appos ./PUNCT/1/punct")
    assert [a[1:3] for a in texts(doc, find_attributions(doc, scan))] == [("Marlow", ":")]


def test_a_quote_first_headline_credits_its_speaker_after_a_colon():
    # "“Tanker mafia will not be spared”: Minister on water crisis"
    doc, scan = parsed("“/PUNCT/7/punct Tanker/NOUN/3/compound mafia/NOUN/7/nsubj:pass will/AUX/7/aux "
                       "not/PART/7/advmod be/AUX/7/aux:pass spared/VERB/0/root/spare/VBN ”/PUNCT/7/punct "
                       ":/PUNCT/10/punct Minister/PROPN/7/appos on/ADP/13/case water/NOUN/13/compound "
                       "crisis/NOUN/10/nmod")
    assert texts(doc, find_attributions(doc, scan)) == [(["“Tanker mafia will not be spared”"], "Minister", ":",
                                                         "direct")]
    # a colon inside the paragraph, with words after the name, is no credit
    doc, scan = parsed("“/PUNCT/3/punct We/PRON/3/nsubj won/VERB/0/root/win/VBD ”/PUNCT/3/punct :/PUNCT/6/punct "
                       "Amadi/PROPN/7/nsubj scored/VERB/3/parataxis/score/VBD twice/ADV/7/advmod ./PUNCT/7/punct")
    assert [a[2] for a in texts(doc, find_attributions(doc, scan))] != [":"]
