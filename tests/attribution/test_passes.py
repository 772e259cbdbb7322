"""Attribution patterns on hand-built parses (no model): the post-steps (continued quotations, colon paragraphs, nesting, coordinated cues)."""


from attrib.attribution import find_attributions
from helpers import parsed, texts


def test_pronoun_cue_inside_a_quotation_is_the_speakers_narration_not_a_nested_attribution():
    doc, scan = parsed("“/PUNCT/3/punct He/PRON/3/nsubj said/VERB/11/ccomp/say/VBD it/PRON/7/nsubj "
                       "was/AUX/7/cop really/ADV/7/advmod over/ADJ/3/ccomp ,/PUNCT/3/punct ”/PUNCT/3/punct "
                       "Smith/PROPN/11/nsubj said/VERB/0/root/say/VBD ./PUNCT/11/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["“He said it was really over,”"], "Smith", "said", "direct")]


# a stand-alone quotation paragraph: "“It was a mistake.”"
_A_MISTAKE = "“/PUNCT/3/punct It/PRON/3/nsubj was/AUX/0/root a/DET/5/det mistake/NOUN/3/obj ./PUNCT/3/punct ”/PUNCT/3/punct"


def test_standalone_quote_continues_previous_speaker():
    doc, scan = parsed("Peskov/PROPN/2/nsubj said/VERB/0/root/say/VBD talks/NOUN/4/nsubj failed/VERB/2/ccomp/fail/VBD "
                       "./PUNCT/2/punct",
                       _A_MISTAKE)
    # one attribution in two fragments (PolNeAR, the team guideline), marked as extended
    (found,) = find_attributions(doc, scan)
    assert [doc.text[s:e] for s, e in found.contents] == ["talks failed", "“It was a mistake.”"]
    assert doc.text[found.source[0]:found.source[1]] == "Peskov" and found.extended_by == ["continued-quote"]


def test_a_standalone_quote_after_a_stance_is_left_unattributed():
    # "Peskov criticized the talks." / "“It was a mistake.”": a stance reports no words to continue
    doc, scan = parsed("Peskov/PROPN/2/nsubj criticized/VERB/0/root/criticize/VBD the/DET/4/det "
                       "talks/NOUN/2/obj ./PUNCT/2/punct",
                       _A_MISTAKE)
    (found,) = find_attributions(doc, scan)
    assert found.category == "stance" and [doc.text[s:e] for s, e in found.contents] == ["the talks"]


def test_continuation_quote_with_an_attribution_nested_inside():
    # “It is hard to avoid,” said Ellis. / “He started this by saying Obama lied.” — the nested
    # "saying" does not stop the second quotation from continuing Ellis; with a pronoun source it
    # is Ellis's narration, no attribution of its own (a named source inside quotes would be)
    doc, scan = parsed(
        "“/PUNCT/4/punct It/PRON/4/nsubj is/AUX/4/cop hard/ADJ/9/ccomp to/PART/6/mark avoid/VERB/4/xcomp "
        ",/PUNCT/4/punct ”/PUNCT/4/punct said/VERB/0/root/say/VBD Ellis/PROPN/9/nsubj ./PUNCT/9/punct",
        "“/PUNCT/3/punct He/PRON/3/nsubj started/VERB/0/root/start/VBD this/PRON/3/obj by/SCONJ/6/mark "
        "saying/VERB/3/advcl/say/VBG Obama/PROPN/8/nsubj lied/VERB/6/ccomp/lie/VBD ./PUNCT/3/punct ”/PUNCT/3/punct")
    got = texts(doc, find_attributions(doc, scan))
    assert (["“It is hard to avoid,”", "“He started this by saying Obama lied.”"], "Ellis", "said", "direct") in got
    assert not any(cue == "saying" for _, _, cue, _ in got)


def test_stand_alone_title_in_headline_case_is_not_the_last_speakers_words():
    said = "Smith/PROPN/2/nsubj said/VERB/0/root/say/VBD it/PRON/5/nsubj was/AUX/5/cop over/ADJ/2/ccomp ./PUNCT/2/punct"
    doc, scan = parsed(said, "“/PUNCT/2/punct Legend/NOUN/0/root in/ADP/6/case the/DET/6/det Coal/PROPN/6/compound "
                             "Fields/PROPN/2/nmod ./PUNCT/2/punct ”/PUNCT/2/punct")
    assert [content for content, *_ in texts(doc, find_attributions(doc, scan))] == [["it was over"]]
    doc, scan = parsed(said, "“/PUNCT/3/punct We/PRON/3/nsubj keep/VERB/0/root/keep/VBP fighting/VERB/3/xcomp "
                             "for/ADP/6/case coal/NOUN/4/obl ./PUNCT/3/punct ”/PUNCT/3/punct")
    assert (["it was over", "“We keep fighting for coal.”"], "Smith", "said", "mixed") in \
        texts(doc, find_attributions(doc, scan))


def test_a_reporting_clause_ending_in_a_colon_introduces_the_next_paragraph():
    # "The governor added:" / "It is typical of her. She never stops."
    doc, scan = parsed("The/DET/2/det governor/NOUN/3/nsubj added/VERB/0/root/add/VBD :/PUNCT/3/punct",
                       "It/PRON/3/nsubj is/AUX/3/cop/be/VBZ typical/ADJ/0/root of/ADP/5/case her/PRON/3/obl/she/PRP "
                       "./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["It is typical of her."], "The governor", "added", "indirect")]
    told = parsed("He/PRON/2/nsubj/he/PRP told/VERB/0/root/tell/VBD reporters/NOUN/2/obj/reporter/NNS :/PUNCT/2/punct",
                  "It/PRON/3/nsubj is/AUX/3/cop/be/VBZ over/ADJ/0/root ./PUNCT/3/punct")
    assert texts(told[0], find_attributions(*told)) == [(["It is over."], "He", "told", "indirect")]  # the hearer
    made = parsed("He/PRON/2/nsubj/he/PRP wrote/VERB/0/root/write/VBD a/DET/4/det song/NOUN/2/obj :/PUNCT/2/punct",
                  "It/PRON/3/nsubj is/AUX/3/cop/be/VBZ over/ADJ/0/root ./PUNCT/3/punct")
    # "wrote a song:" — the object is what was written, not the next paragraph
    assert [content for content, _, _, _ in texts(made[0], find_attributions(*made))] == [["a song"]]


def test_a_clause_inside_the_content_with_a_thing_for_its_subject_is_no_new_source():
    # "The authors say the results confirm/VB a rise." (the guideline's example): one attribution
    doc, scan = parsed("The/DET/2/det authors/NOUN/3/nsubj/author say/VERB/0/root/say/VBP the/DET/5/det "
                       "results/NOUN/6/nsubj/result confirm/VERB/3/ccomp/confirm/VB a/DET/8/det "
                       "rise/NOUN/6/obj ./PUNCT/3/punct")
    found = find_attributions(doc, scan)
    assert [(doc.text[a.source[0]:a.source[1]], doc.text[a.cue[0]:a.cue[1]]) for a in found] == [("The authors", "say")]
    assert [doc.text[s:e] for s, e in found[0].contents] == ["the results confirm a rise"]
    # a ministry or investigators inside someone's words are sources of their own when what they
    # said is reported in full ("confirmed that …"); "the ministry confirmed the toll" is part of
    # what the officials say (the guideline: a report inside a report)
    doc, scan = parsed("Officials/NOUN/2/nsubj/official said/VERB/0/root/say/VBD the/DET/4/det ministry/NOUN/5/nsubj/ministry "
                       "confirmed/VERB/2/ccomp/confirm/VBD that/SCONJ/9/mark the/DET/8/det toll/NOUN/9/nsubj "
                       "rose/VERB/5/ccomp/rise/VBD ./PUNCT/2/punct")
    assert len(find_attributions(doc, scan)) == 2
    doc, scan = parsed("Officials/NOUN/2/nsubj/official said/VERB/0/root/say/VBD investigators/NOUN/4/nsubj/investigator "
                       "confirmed/VERB/2/ccomp/confirm/VBD that/SCONJ/8/mark the/DET/7/det toll/NOUN/8/nsubj "
                       "rose/VERB/4/ccomp/rise/VBD ./PUNCT/2/punct")
    assert len(find_attributions(doc, scan)) == 2
    doc, scan = parsed("Officials/NOUN/2/nsubj/official said/VERB/0/root/say/VBD the/DET/4/det ministry/NOUN/5/nsubj/ministry "
                       "confirmed/VERB/2/ccomp/confirm/VBD the/DET/7/det toll/NOUN/5/obj ./PUNCT/2/punct")
    assert [doc.text[a.source[0]:a.source[1]] for a in find_attributions(doc, scan)] == ["Officials"]


def test_a_second_quotation_after_the_cue_continues_the_same_attribution():
    spec = ("“/PUNCT/4/punct/“/`` We/PRON/4/nsubj/we/PRP have/AUX/4/aux/have/VBP done/VERB/10/parataxis/do/VBN "
            "our/PRON/6/nmod:poss/our/PRP$ part/NOUN/4/obj/part/NN ,/PUNCT/4/punct/,/, ”/PUNCT/4/punct/”/'' "
            "it/PRON/10/nsubj/it/PRP added/VERB/0/root/add/VBD ;/PUNCT/21/punct/;/, and/CCONJ/13/cc/and/CC "
            "later/ADJ/21/conj/late/JJR ,/PUNCT/4/punct/,/, “/PUNCT/4/punct/“/'' The/DET/17/det/the/DT "
            "rest/NOUN/21/nsubj/rest/NN is/AUX/21/cop/be/VBZ up/ADP/21/case/up/IN to/ADP/21/case/to/IN "
            "them/PRON/10/conj/they/PRP ./PUNCT/10/punct/./. ”/PUNCT/21/punct/”/''")
    doc, scan = parsed(spec)
    [att] = find_attributions(doc, scan)
    assert [doc.text[s:e] for s, e in att.contents] == ["“We have done our part,”", "“The rest is up to them.”"]


def test_a_participle_coordinated_inside_the_reported_clause_continues_the_reporting_participle():
    # "Rubio pushed back, saying the bill had flaws and arguing that Cruz agreed."
    doc, scan = parsed("Rubio/PROPN/2/nsubj pushed/VERB/0/root/push/VBD back/ADV/2/advmod ,/PUNCT/5/punct "
                       "saying/VERB/2/advcl/say/VBG the/DET/7/det bill/NOUN/8/nsubj had/VERB/5/ccomp/have/VBD "
                       "flaws/NOUN/8/obj and/CCONJ/11/cc arguing/VERB/8/conj/argue/VBG that/SCONJ/14/mark "
                       "Cruz/PROPN/14/nsubj agreed/VERB/11/ccomp/agree/VBD ./PUNCT/2/punct")
    found = find_attributions(doc, scan)
    arguing = next(a for a in found if doc.text[a.cue[0]:a.cue[1]] == "arguing")
    assert doc.text[arguing.source[0]:arguing.source[1]] == "Rubio"


def test_a_second_participle_cue_hung_inside_the_first_ones_content_is_the_same_speakers_report():
    # "She criticized him, telling reporters that Trump is a faker and questioning how he got away."
    # ("questioning" coordinated with "faker" inside the content of "telling": its own report, by
    # the speaker of "telling", not by "Trump", the subject of the clause it was hung on)
    doc, scan = parsed("She/PRON/2/nsubj criticized/VERB/0/root/criticize/VBD him/PRON/2/obj ,/PUNCT/5/punct "
                       "telling/VERB/2/advcl/tell/VBG reporters/NOUN/5/obj that/SCONJ/11/mark "
                       "Trump/PROPN/11/nsubj is/AUX/11/cop a/DET/11/det faker/NOUN/5/ccomp and/CCONJ/13/cc "
                       "questioning/VERB/11/conj/question/VBG how/ADV/16/advmod he/PRON/16/nsubj "
                       "got/VERB/13/ccomp/get/VBD away/ADV/16/advmod ./PUNCT/2/punct")
    found = {doc.text[a.cue[0]:a.cue[1]]: a for a in find_attributions(doc, scan)}
    telling, questioning = found["telling"], found["questioning"]
    assert [doc.text[s:e] for s, e in telling.contents] == ["that Trump is a faker"]
    assert doc.text[questioning.source[0]:questioning.source[1]] == "She"
    assert [doc.text[s:e] for s, e in questioning.contents] == ["how he got away"]


def test_the_one_asked_is_not_the_source_of_the_question():
    # "Christie smiled when asked whether he would go." — Christie was asked; the asker is unnamed
    doc, scan = parsed(
        "Christie/PROPN/2/nsubj smiled/VERB/0/root/smile/VBD when/ADV/4/advmod "
        "asked/VERB/2/advcl/ask/VBD whether/SCONJ/8/mark he/PRON/8/nsubj would/AUX/8/aux go/VERB/4/ccomp/go/VB "
        "./PUNCT/2/punct")
    asked = [t for t in texts(doc, find_attributions(doc, scan)) if t[2] == "asked"]
    assert asked == [(["whether he would go"], None, "asked", "indirect")]
    # a finite "asked" the parser left without its subject still takes its governor's
    doc, scan = parsed(
        "Christie/PROPN/2/nsubj stood/VERB/0/root/stand/VBD and/CCONJ/4/cc asked/VERB/2/conj/ask/VBD "
        "whether/SCONJ/8/mark he/PRON/8/nsubj could/AUX/8/aux go/VERB/4/ccomp/go/VB ./PUNCT/2/punct")
    assert [t[1] for t in texts(doc, find_attributions(doc, scan)) if t[2] == "asked"] == ["Christie"]


def test_a_subject_the_parser_gives_when_asked_from_before_when_is_no_source():
    # "Christie smiled on Thursday when asked whether he would go." ("Thursday" parsed as the subject
    # of "asked"; "being asked" likewise: the one asked is the subject, the asker is unnamed)
    doc, scan = parsed(
        "Christie/PROPN/2/nsubj smiled/VERB/0/root/smile/VBD on/ADP/4/case Thursday/PROPN/6/nsubj "
        "when/ADV/6/advmod asked/VERB/2/advcl/ask/VBD whether/SCONJ/10/mark he/PRON/10/nsubj "
        "would/AUX/10/aux go/VERB/6/ccomp/go/VB ./PUNCT/2/punct")
    assert [t[1] for t in texts(doc, find_attributions(doc, scan)) if t[2] == "asked"] == [None]
    doc, scan = parsed(
        "His/PRON/2/nmod:poss comments/NOUN/3/nsubj came/VERB/0/root/come/VBD after/SCONJ/6/mark "
        "being/AUX/6/aux:pass asked/VERB/3/advcl/ask/VBN to/PART/8/mark defend/VERB/6/xcomp/defend/VB "
        "it/PRON/8/obj ./PUNCT/3/punct")
    assert [t[1] for t in texts(doc, find_attributions(doc, scan)) if t[2] == "being asked"] == [None]


def test_an_opening_asked_the_parser_makes_the_root_is_an_unsourced_question(analyzer):
    text = "Asked to describe the device that caused the explosion, O'Neill said, \"Not going to go into that.\""
    found = [(q.cue.text, q.source.text if q.source else None) for q in analyzer.analyze(text).quotes]
    assert found == [("Asked", None), ("said", "O'Neill")]
    # a root "Asked" whose word-order content runs over the main clause is no reading of the question
    doc, scan = parsed(
        "Asked/VERB/0/root/ask/VBD about/ADP/4/case the/DET/4/det device/NOUN/1/obl ,/PUNCT/7/punct "
        "O'Neill/PROPN/7/nsubj said/VERB/1/parataxis/say/VBD no/INTJ/7/obj ./PUNCT/1/punct")
    assert all(t[2] != "Asked" for t in texts(doc, find_attributions(doc, scan)))


def test_inside_a_quotation_only_a_that_clause_report_is_a_second_attribution():
    # “Russian officials have said that it was an accident,” Smith said — a report of a third
    # party's claim; “Voters tell me it was over,” Smith said — the speaker's own narration
    def spec(complementizer):
        that = "that/SCONJ/9/mark " if complementizer else ""
        k = 1 if complementizer else 0
        return (f"“/PUNCT/4/punct Voters/NOUN/4/nsubj have/AUX/4/aux told/VERB/{12 + k}/ccomp/tell/VBN "
                f"me/PRON/4/iobj {that}it/PRON/{8 + k}/nsubj was/AUX/{8 + k}/cop over/ADJ/4/ccomp ,/PUNCT/4/punct "
                f"”/PUNCT/4/punct Smith/PROPN/{12 + k}/nsubj said/VERB/0/root/say/VBD ./PUNCT/{12 + k}/punct")
    with_that = texts(*_found(spec(True)))
    assert (["that it was over"], "Voters", "have told", "indirect") in with_that and len(with_that) == 2
    assert [source for _, source, _, _ in texts(*_found(spec(False)))] == ["Smith"]


def _found(spec):
    doc, scan = parsed(spec)
    return doc, find_attributions(doc, scan)


def test_a_stand_alone_quotation_continues_the_speaker_not_the_relative_clause_describing_them():
    # "“It is over,” said Smith, who has criticized the plan." ¶ "“We will win this fight.”"
    doc, scan = parsed("“/PUNCT/4/punct It/PRON/4/nsubj is/AUX/4/cop over/ADJ/7/ccomp ,/PUNCT/4/punct ”/PUNCT/4/punct "
                       "said/VERB/0/root/say/VBD Smith/PROPN/7/nsubj ,/PUNCT/12/punct who/PRON/12/nsubj "
                       "has/AUX/12/aux criticized/VERB/8/acl:relcl/criticize/VBN the/DET/14/det plan/NOUN/12/obj "
                       "./PUNCT/7/punct",
                       "“/PUNCT/4/punct We/PRON/4/nsubj will/AUX/4/aux win/VERB/0/root/win/VB this/DET/6/det "
                       "fight/NOUN/4/obj ./PUNCT/4/punct ”/PUNCT/4/punct")
    got = texts(doc, find_attributions(doc, scan))
    assert [source for contents, source, _, _ in got if "“We will win this fight.”" in contents] == ["Smith"]


def test_a_reporting_participle_after_a_closing_mark_continues_the_report_and_ends_its_content():
    # "Cruz said that Trump represents “New York values,” stating that they are liberal." (the comma
    # inside the closing mark; the parser hung "stating" on the reported clause)
    doc, scan = parsed("Cruz/PROPN/2/nsubj said/VERB/0/root/say/VBD that/SCONJ/5/mark Trump/PROPN/5/nsubj "
                       "represents/VERB/2/ccomp/represent/VBZ “/PUNCT/9/punct New/ADJ/9/amod York/PROPN/9/compound "
                       "values/NOUN/5/obj ,/PUNCT/9/punct ”/PUNCT/9/punct stating/VERB/5/advcl/state/VBG "
                       "that/SCONJ/16/mark they/PRON/16/nsubj are/AUX/16/cop liberal/ADJ/12/ccomp ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["that Trump represents “New York values,”"], "Cruz", "said", "mixed"),
        (["that they are liberal"], "Cruz", "stating", "indirect")]


def test_a_report_relayed_by_a_medium_keeps_its_own_speaker():
    # "Malik said the state would pay, the agency reported." — the agency relays Malik's words (a
    # comparison of outlets needs Malik); "…, according to a survey" names where a claim comes from
    def found(outer_source):
        doc, scan = parsed("Malik/PROPN/2/nsubj said/VERB/0/root/say/VBD the/DET/4/det state/NOUN/6/nsubj "
                           "would/AUX/6/aux/would/MD pay/VERB/2/ccomp/pay/VB ,/PUNCT/10/punct the/DET/9/det "
                           f"{outer_source}/NOUN/10/nsubj reported/VERB/2/parataxis/report/VBD ./PUNCT/2/punct")
        return [(source, cue) for _, source, cue, _ in texts(doc, find_attributions(doc, scan))]
    assert ("Malik", "said") in found("agency")
    assert ("Malik", "said") not in found("survey")


def test_a_participle_of_a_main_clause_the_parser_left_without_a_subject():
    # "Rep. Ann Lee (D) reacted, saying: “Taxes rose.”" with the name hung inside the quotation's
    # clause: the main clause's subject by word order
    doc, scan = parsed("Rep./PROPN/3/compound Ann/PROPN/3/compound Lee/PROPN/12/nmod (/PUNCT/5/punct D/PROPN/3/appos "
                       ")/PUNCT/5/punct reacted/VERB/0/root/react/VBD ,/PUNCT/9/punct saying/VERB/7/advcl/say/VBG "
                       ":/PUNCT/13/punct “/PUNCT/13/punct Taxes/NOUN/13/nsubj rose/VERB/9/ccomp/rise/VBD "
                       "./PUNCT/13/punct ”/PUNCT/13/punct")
    assert [(c, s) for c, s, *_ in texts(doc, find_attributions(doc, scan))] == [(["“Taxes rose.”"], "Rep. Ann Lee")]


def test_an_opening_hearer_participle_the_lemmatizer_left_as_it_is_is_still_unsourced():
    # "Informed that taxes rose, Early called it news." — lemma left as "informed"
    doc, scan = parsed(
        "Informed/VERB/6/advcl/informed/VBN that/SCONJ/4/mark taxes/NOUN/4/nsubj rose/VERB/1/ccomp/rise/VBD "
        ",/PUNCT/1/punct Early/PROPN/7/nsubj called/VERB/0/root/call/VBD it/PRON/7/obj news/NOUN/7/xcomp "
        "./PUNCT/7/punct")
    assert [t[1] for t in texts(doc, find_attributions(doc, scan)) if t[2] == "Informed"] == [None]
