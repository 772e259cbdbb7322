"""Attribution patterns on hand-built parses (no model): the reporting verb: source finders (subjects, appositions, continuations)."""


from attrib.attribution import find_attributions
from helpers import parsed, texts


def test_adding_continues_the_subject_and_nested_attribution():
    doc, scan = parsed(
        "“/PUNCT/5/punct Russian/ADJ/3/amod officials/NOUN/5/nsubj have/AUX/5/aux said/VERB/16/ccomp/say/VBN "
        "that/SCONJ/11/mark the/DET/8/det incident/NOUN/11/nsubj was/AUX/11/cop an/DET/11/det accident/NOUN/5/ccomp "
        ",/PUNCT/5/punct ”/PUNCT/5/punct the/DET/15/det army/NOUN/16/nsubj said/VERB/0/root/say/VBD ,/PUNCT/18/punct "
        "adding/VERB/16/advcl/add/VBG talks/NOUN/20/nsubj continue/VERB/18/ccomp/continue/VBP ./PUNCT/16/punct")
    found = find_attributions(doc, scan)
    got = texts(doc, found)
    assert (["“Russian officials have said that the incident was an accident,”"], "the army", "said", "direct") in got
    assert (["that the incident was an accident"], "Russian officials", "have said", "indirect") in got
    assert (["talks continue"], "the army", "adding", "indirect") in got
    inner = next(a for a in found if doc.text[a.cue[0]:a.cue[1]] == "have said")
    assert inner.nested_in is not None and doc.text[inner.nested_in.cue[0]:inner.nested_in.cue[1]] == "said"


def test_second_conjunct_takes_subject_of_noun_root():
    # "Authorities announced … and said …" with the noun parsed as root and the verb as its acl
    doc, scan = parsed("Authorities/NOUN/0/root/authority announced/VERB/1/acl/announce/VBD the/DET/4/det "
                       "arrest/NOUN/2/obj and/CCONJ/6/cc said/VERB/2/conj/say/VBD a/DET/8/det "
                       "curfew/NOUN/10/nsubj would/AUX/10/aux continue/VERB/6/ccomp/continue/VB ./PUNCT/1/punct")
    assert (["a curfew would continue"], "Authorities", "said", "indirect") in texts(doc, find_attributions(doc, scan))


def test_bracket_closing_inside_the_source_mention_is_kept():
    doc, scan = parsed("“/PUNCT/6/punct It/PRON/6/nsubj is/AUX/6/cop a/DET/6/det sad/ADJ/6/amod day/NOUN/9/ccomp "
                       ",/PUNCT/6/punct ”/PUNCT/6/punct said/VERB/0/root/say/VBD Rep./PROPN/11/compound "
                       "Butterfield/PROPN/9/nsubj (/PUNCT/13/punct D-N.C./PROPN/11/appos )/PUNCT/13/punct "
                       "./PUNCT/9/punct")
    (content, source, cue, kind), = texts(doc, find_attributions(doc, scan))
    assert source == "Rep. Butterfield ( D-N.C. )" and content == ["“It is a sad day,”"]


def test_cue_parsed_as_acl_of_an_apposition_takes_the_whole_subject():
    doc, scan = parsed("Keron/PROPN/0/root Blair/PROPN/1/flat ,/PUNCT/5/punct executive/ADJ/5/amod "
                       "director/NOUN/1/appos of/ADP/7/case AROS/PROPN/5/nmod ,/PUNCT/9/punct "
                       "called/VERB/5/acl/call/VBD for/ADP/12/case more/ADJ/12/amod investment/NOUN/9/obl "
                       "./PUNCT/1/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["more investment"], "Keron Blair, executive director of AROS", "called", "indirect")]


def test_closing_quote_mark_hung_on_the_subject_is_not_part_of_it():
    doc, scan = parsed('"/PUNCT/5/punct We/PRON/5/nsubj will/AUX/5/aux not/PART/5/advmod follow/VERB/11/ccomp/follow/VB '
                       'a/DET/7/det script/NOUN/5/obj ,/PUNCT/5/punct "/PUNCT/10/punct Renzi/PROPN/11/nsubj '
                       'said/VERB/0/root/say/VBD ./PUNCT/11/punct')
    assert texts(doc, find_attributions(doc, scan)) == [
        (['" We will not follow a script, "'], "Renzi", "said", "direct")]


def test_postposed_subject_with_apposition_after_a_quotation():
    # “…,” Leader Mitch McConnell, R-Ky., said Tuesday. — parsed with the name as the quote's subject
    doc, scan = parsed("“/PUNCT/5/punct The/DET/3/det veto/NOUN/5/nsubj will/AUX/5/aux fail/VERB/14/ccomp/fail/VB "
                       ",/PUNCT/5/punct ”/PUNCT/5/punct Leader/PROPN/5/nsubj Mitch/PROPN/8/flat "
                       "McConnell/PROPN/8/flat ,/PUNCT/12/punct R-Ky./PROPN/8/appos ,/PUNCT/8/punct "
                       "said/VERB/0/root/say/VBD Tuesday/PROPN/14/nsubj/Tuesday ./PUNCT/14/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["“The veto will fail,”"], "Leader Mitch McConnell, R-Ky.", "said", "direct")]


def test_inverted_cue_with_the_speaker_parsed_as_object():
    doc, scan = parsed("Said/VERB/0/root/say/VBD Ellis/PROPN/1/obj :/PUNCT/6/punct “/PUNCT/6/punct We/PRON/6/nsubj "
                       "need/VERB/1/parataxis/need/VBP much/ADV/8/advmod more/ADJ/9/amod money/NOUN/6/obj "
                       "./PUNCT/6/punct ”/PUNCT/6/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["“We need much more money.”"], "Ellis", "Said", "direct")]


def test_inverted_cue_coordinated_with_the_clause_and_the_speaker_parsed_as_predicate():
    # "Taxes would rise, but the losses would outstrip the gains, said Batchelder." — not "the losses"
    doc, scan = parsed("Taxes/NOUN/3/nsubj/tax/NNS would/AUX/3/aux/would/MD rise/VERB/0/root/rise/VB ,/PUNCT/9/punct "
                       "but/CCONJ/9/cc the/DET/7/det losses/NOUN/9/nsubj/loss/NNS would/AUX/9/aux/would/MD "
                       "outstrip/VERB/3/conj/outstrip/VB the/DET/11/det gains/NOUN/9/obj/gain/NNS "
                       ",/PUNCT/13/punct said/VERB/9/conj/say/VBN Batchelder/PROPN/13/xcomp ./PUNCT/3/punct")
    (content, source, cue, kind), = texts(doc, find_attributions(doc, scan))
    assert (source, cue) == ("Batchelder", "said")
    assert content == ["Taxes would rise, but the losses would outstrip the gains"]


def test_a_coordinated_clause_with_its_own_source_ends_the_first_content():
    doc, scan = parsed("Kerry/PROPN/2/nsubj said/VERB/0/root/say/VBD the/DET/4/det US/PROPN/6/nsubj "
                       "would/AUX/6/aux act/VERB/2/ccomp/act/VB ,/PUNCT/10/punct and/CCONJ/10/cc he/PRON/10/nsubj "
                       "urged/VERB/6/conj/urge/VBD Korea/PROPN/10/obj to/PART/13/mark talk/VERB/10/xcomp/talk/VB "
                       "./PUNCT/2/punct")
    got = texts(doc, find_attributions(doc, scan))
    assert (["the US would act"], "Kerry", "said", "indirect") in got
    assert (["Korea to talk"], "he", "urged", "indirect") in got


def test_speaker_before_a_cue_parsed_as_modifier_is_the_modified_noun():
    # the compact parser: "chanted" a modifier of "streets", itself inside "marching through …"
    doc, scan = parsed("Protesters/NOUN/0/root marching/VERB/1/acl/march/VBG through/ADP/5/case the/DET/5/det "
                       "streets/NOUN/2/obl chanted/VERB/5/acl/chant/VBN “/PUNCT/9/punct What/DET/9/det "
                       "curfew/NOUN/6/xcomp ?/PUNCT/9/punct ”/PUNCT/9/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["“What curfew?”"], "Protesters marching through the streets", "chanted", "direct")]


def test_cue_hung_on_the_speakers_name_does_not_report_the_name():
    # the parser made "Smith" the subject of the quoted verb and hung "recalled" on the name
    doc, scan = parsed("Smith/PROPN/10/nsubj ,/PUNCT/4/punct a/DET/4/det historian/NOUN/1/appos ,/PUNCT/1/punct "
                       "recalled/VERB/1/parataxis/recall/VBD ,/PUNCT/1/punct “/PUNCT/10/punct We/PRON/10/nsubj "
                       "won/VERB/0/root/win/VBD the/DET/12/det vote/NOUN/10/obj easily/ADV/10/advmod "
                       "./PUNCT/10/punct ”/PUNCT/10/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["“We won the vote easily.”"], "Smith", "recalled", "direct")]


def test_participle_after_a_non_cue_clause_takes_its_subject_and_reports_what_follows():
    doc, scan = parsed("Trump/PROPN/2/nsubj visited/VERB/0/root/visit/VBD Clinton/PROPN/2/obj ,/PUNCT/5/punct "
                       "saying/VERB/3/conj/say/VBG ,/PUNCT/5/punct “/PUNCT/11/punct She/PRON/11/nsubj "
                       "is/AUX/11/cop very/ADV/11/advmod unstable/ADJ/2/parataxis ./PUNCT/11/punct ”/PUNCT/11/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["“She is very unstable.”"], "Trump", "saying", "direct")]


def test_agentless_passive_reports_a_claim_with_no_source():
    doc, scan = parsed("Quiros/PROPN/3/nsubj:pass was/AUX/3/aux:pass accused/VERB/0/root/accuse/VBN of/SCONJ/5/mark "
                       "using/VERB/3/advcl/use/VBG funds/NOUN/5/obj ./PUNCT/3/punct",
                       "It/PRON/3/nsubj:pass is/AUX/3/aux:pass believed/VERB/0/root/believe/VBN that/SCONJ/6/mark "
                       "talks/NOUN/6/nsubj failed/VERB/3/ccomp/fail/VBD ./PUNCT/3/punct",
                       "The/DET/2/det deal/NOUN/4/nsubj:pass was/AUX/4/aux:pass announced/VERB/0/root/announce/VBN "
                       "on/ADP/6/case Monday/PROPN/4/obl ./PUNCT/4/punct",
                       "The/DET/2/det deal/NOUN/4/nsubj:pass was/AUX/4/aux:pass announced/VERB/0/root/announce/VBN "
                       "by/ADP/6/case Peskov/PROPN/4/obl:agent ./PUNCT/4/punct")
    # (an agentless "The deal was announced on Monday" reports nothing; with its agent it is
    # "Peskov announced the deal" in the passive: test_a_passive_cue_with_a_by_agent_reports_its_subject)
    assert texts(doc, find_attributions(doc, scan)) == [
        (["Quiros", "of using funds"], None, "was accused", "indirect"),
        (["that talks failed"], None, "is believed", "indirect"),
        (["The deal"], "Peskov", "was announced", "indirect")]


def test_subject_before_a_relative_clause_the_parser_made_the_cues_clause():
    # "Dr. Mariano, who was the physician, said that …" with "physician" as the cue's ccomp
    doc, scan = parsed("Dr./PROPN/2/nmod:desc Mariano/PROPN/7/nsubj ,/PUNCT/7/punct who/PRON/7/nsubj "
                       "was/AUX/7/cop a/DET/7/det physician/NOUN/9/ccomp ,/PUNCT/2/punct said/VERB/0/root/say/VBD "
                       "that/SCONJ/12/mark Clinton/PROPN/12/nsubj lied/VERB/9/ccomp/lie/VBD ./PUNCT/9/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["that Clinton lied"], "Dr. Mariano", "said", "indirect")]


def test_participle_on_the_object_noun_reports_the_clause_subject():
    doc, scan = parsed("The/DET/2/det ministry/NOUN/3/nsubj issued/VERB/0/root/issue/VBD a/DET/5/det "
                       "statement/NOUN/3/obj saying/VERB/5/acl/say/VBG talks/NOUN/8/nsubj failed/VERB/6/ccomp/fail/VBD "
                       "./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["talks failed"], "The ministry", "saying", "indirect")]


def test_name_right_before_a_subjectless_finite_cue_is_its_source():
    doc, scan = parsed("pollster/NOUN/4/obl Pat/PROPN/1/appos Caddell/PROPN/2/flat told/VERB/0/root/tell/VBD "
                       "reporters/NOUN/4/obj that/SCONJ/8/mark talks/NOUN/8/nsubj failed/VERB/4/ccomp/fail/VBD "
                       "./PUNCT/4/punct",
                       # a participle or a passive never takes the word before it as its source
                       "Officials/NOUN/2/nsubj met/VERB/0/root/meet/VBD ,/PUNCT/5/punct tweets/NOUN/2/obj "
                       "saying/VERB/2/advcl/say/VBG talks/NOUN/7/nsubj failed/VERB/5/ccomp/fail/VBD ./PUNCT/2/punct")
    got = texts(doc, find_attributions(doc, scan))
    assert (["that talks failed"], "pollster Pat Caddell", "told", "indirect") in got
    assert all(source != "tweets" for _, source, _, _ in got)


def test_same_sources_coordinated_second_cue_ends_the_first_content():
    # "urged" hangs on the first content's verb; it continues Trump, and ends what he accused
    doc, scan = parsed("Trump/PROPN/2/nsubj accused/VERB/0/root/accuse/VBD Clinton/PROPN/2/obj of/SCONJ/5/mark "
                       "lying/VERB/2/advcl/lie/VBG and/CCONJ/7/cc urged/VERB/5/conj/urge/VBD voters/NOUN/7/obj "
                       "to/PART/10/mark wait/VERB/7/xcomp/wait/VB ./PUNCT/2/punct")
    got = texts(doc, find_attributions(doc, scan))
    assert (["of lying"], "Trump", "accused", "indirect") in got
    assert (["voters to wait"], "Trump", "urged", "indirect") in got


def test_quote_then_a_long_appositive_subject_then_the_cue_and_its_time():
    doc, scan = parsed(
        "“/PUNCT/3/punct It/PRON/3/expl failed/VERB/17/ccomp/fail/VBD ,/PUNCT/3/punct ”/PUNCT/3/punct "
        "Scott/PROPN/3/vocative Pruitt/PROPN/6/flat ,/PUNCT/10/punct the/DET/10/det attorney/NOUN/6/appos "
        "of/ADP/12/case Oklahoma/PROPN/10/nmod ,/PUNCT/14/punct one/NUM/10/appos of/ADP/16/case "
        "states/NOUN/14/nmod said/VERB/0/root/say/VBD at/ADP/20/case a/DET/20/det event/NOUN/17/obl "
        "this/DET/22/det month/NOUN/17/obl:unmarked ./PUNCT/17/punct")
    (content, source, cue, kind), = texts(doc, find_attributions(doc, scan))
    assert content == ["“It failed,”"] and source.startswith("Scott Pruitt, the attorney") and cue == "said"


def test_subject_with_a_comma_set_aside_before_a_cue_that_opens_a_quotation():
    doc, scan = parsed(
        "Clinton/PROPN/12/nsubj:pass ,/PUNCT/5/punct at/ADP/5/case a/DET/5/det gaggle/NOUN/1/nmod ,/PUNCT/5/punct "
        "said/VERB/0/root/say/VBD ,/PUNCT/12/punct “/PUNCT/12/punct I/PRON/12/nsubj:pass was/AUX/12/aux:pass "
        "briefed/VERB/7/ccomp/brief/VBN ./PUNCT/12/punct ”/PUNCT/12/punct")
    got = texts(doc, find_attributions(doc, scan))
    assert (["“I was briefed.”"], "Clinton", "said", "direct") in got


def test_cue_tagged_as_participle_that_opens_a_quotation_takes_the_name_before_it():
    doc, scan = parsed("a/DET/2/det friend/NOUN/8/nsubj commented/VERB/2/acl/comment/VBN :/PUNCT/3/punct "
                       "“/PUNCT/8/punct immigration/NOUN/8/nsubj is/AUX/8/cop/be/VBZ key/ADJ/0/root ./PUNCT/8/punct "
                       "”/PUNCT/8/punct")
    got = texts(doc, find_attributions(doc, scan))
    assert (["“immigration is key.”"], "a friend", "commented", "direct") in got


def test_a_participle_cue_speaks_for_the_name_or_object_it_is_predicated_of():
    # "The ad uses footage of Clinton asking, “Why am I not ahead?”"
    footage = parsed("The/DET/2/det ad/NOUN/3/nsubj uses/VERB/0/root/use/VBZ footage/NOUN/3/obj of/ADP/6/case "
                     "Clinton/PROPN/4/nmod asking/VERB/4/acl/ask/VBG ,/PUNCT/7/punct “/PUNCT/14/punct "
                     "Why/ADV/14/advmod am/AUX/14/cop/be/VBP I/PRON/14/nsubj/I/PRP not/PART/14/advmod "
                     "ahead/ADV/7/ccomp ?/PUNCT/14/punct ”/PUNCT/14/punct")
    # "The war left many nations feeling that they were safe."
    nations = parsed("The/DET/2/det war/NOUN/3/nsubj left/VERB/0/root/leave/VBD many/ADJ/5/amod "
                     "nations/NOUN/3/obj/nation/NNS feeling/VERB/5/acl/feel/VBG that/SCONJ/10/mark "
                     "they/PRON/10/nsubj/they/PRP were/AUX/10/cop/be/VBD safe/ADJ/6/ccomp ./PUNCT/3/punct")
    assert [(src, cue) for _, src, cue, _ in texts(*footage[:1], find_attributions(*footage))] == [("Clinton", "asking")]
    assert [(src, cue) for _, src, cue, _ in texts(*nations[:1], find_attributions(*nations))] == [
        ("many nations", "feeling")]
    # "She spent many years learning that hate is taught." — a stretch of time speaks for no one
    years = parsed("She/PRON/2/nsubj/she/PRP spent/VERB/0/root/spend/VBD many/ADJ/4/amod years/NOUN/2/obj/year/NNS "
                   "learning/VERB/4/acl/learn/VBG that/SCONJ/9/mark hate/NOUN/9/nsubj:pass is/AUX/9/aux:pass/be/VBZ "
                   "taught/VERB/5/ccomp/teach/VBN ./PUNCT/2/punct")
    assert [src for _, src, _, _ in texts(*years[:1], find_attributions(*years))] == ["She"]


def test_a_new_source_after_a_closing_quotation_mark_and_while_ends_the_content():
    # "Voters agreed that she is “fit to serve as president,” while most voters said he was not."
    doc, scan = parsed("Voters/NOUN/2/nsubj/voter/NNS agreed/VERB/0/root/agree/VBD that/SCONJ/5/mark "
                       "she/PRON/5/nsubj/she/PRP is/AUX/7/cop/be/VBZ “/PUNCT/7/punct fit/ADJ/2/ccomp to/PART/9/mark "
                       "serve/VERB/7/xcomp as/ADP/11/case president/NOUN/9/obl ,/PUNCT/7/punct ”/PUNCT/7/punct "
                       "while/SCONJ/17/mark most/ADJ/16/amod voters/NOUN/17/nsubj/voter/NNS "
                       "said/VERB/7/advcl/say/VBD he/PRON/20/nsubj/he/PRP was/AUX/20/cop/be/VBD not/PART/17/ccomp "
                       "./PUNCT/2/punct")
    got = texts(doc, find_attributions(doc, scan))
    agreed = [content for content, _, cue, _ in got if cue == "agreed"]
    assert agreed == [["that she is “fit to serve as president,”"]], got


def test_a_naming_verb_with_a_relative_object_before_it_names_what_follows():
    # "She was hospitalized after what she called a “rant about politics.”"
    doc, scan = parsed("She/PRON/3/nsubj:pass/she/PRP was/AUX/3/aux:pass/be/VBD hospitalized/VERB/0/root/hospitalize/VBN "
                       "after/SCONJ/7/mark what/PRON/7/obj/what/WP she/PRON/7/nsubj/she/PRP called/VERB/3/advcl/call/VBD "
                       "a/DET/10/det “/PUNCT/10/punct rant/NOUN/7/obj about/ADP/12/case politics/NOUN/10/nmod "
                       "./PUNCT/10/punct ”/PUNCT/10/punct ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["a “rant about politics.”"], "she", "called", "mixed")]


def test_a_fronted_participle_cue_speaks_for_a_passive_main_clause_subject():
    # "After saying her foot was swollen, she was taken to hospital."
    doc, scan = parsed("After/SCONJ/2/mark saying/VERB/10/advcl/say/VBG her/PRON/4/nmod:poss/she/PRP$ foot/NOUN/6/nsubj "
                       "was/AUX/6/cop/be/VBD swollen/ADJ/2/ccomp ,/PUNCT/2/punct she/PRON/10/nsubj:pass/she/PRP "
                       "was/AUX/10/aux:pass/be/VBD taken/VERB/0/root/take/VBN to/ADP/12/case hospital/NOUN/10/obl "
                       "./PUNCT/10/punct")
    (content, source, cue, _), = texts(doc, find_attributions(doc, scan))
    assert (source, cue) == ("she", "saying") and content[0].startswith("her foot was swollen")


def test_a_passive_cue_with_a_by_agent_reports_its_subject():
    # "The deal was announced by the ministry on Monday."
    doc, scan = parsed("The/DET/2/det deal/NOUN/4/nsubj:pass was/AUX/4/aux:pass/be/VBD announced/VERB/0/root/announce/VBN "
                       "by/ADP/7/case the/DET/7/det ministry/NOUN/4/obl:agent on/ADP/9/case Monday/PROPN/4/obl "
                       "./PUNCT/4/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["The deal"], "the ministry", "was announced", "indirect")]
    pronoun = parsed("It/PRON/3/nsubj:pass/it/PRP was/AUX/3/aux:pass/be/VBD announced/VERB/0/root/announce/VBN "
                     "by/ADP/5/case officials/NOUN/3/obl:agent/official/NNS ./PUNCT/3/punct")
    assert find_attributions(*pronoun) == []  # the antecedent is elsewhere


def test_a_bare_gerund_clause_is_what_was_mentioned_or_cited():
    # "Trump has mentioned refinancing student loans." (the parser makes the gerund an xcomp)
    doc, scan = parsed("Trump/PROPN/3/nsubj has/AUX/3/aux mentioned/VERB/0/root/mention/VBN "
                       "refinancing/VERB/3/xcomp/refinance/VBG student/NOUN/6/compound loans/NOUN/4/obj/loan/NNS "
                       "./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["refinancing student loans"], "Trump", "has mentioned", "indirect")]


def test_an_outlet_read_as_the_subject_after_told_is_the_hearer():
    # "A source told Meridian Wire that the unit had left." (the outlet parsed as nsubj)
    doc, scan = parsed("A/DET/2/det source/NOUN/3/nsubj told/VERB/0/root/tell/VBD Meridian/PROPN/3/nsubj "
                       "Wire/PROPN/4/flat that/SCONJ/10/mark the/DET/8/det unit/NOUN/10/nsubj had/AUX/10/aux "
                       "left/VERB/3/ccomp/leave/VBN ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["that the unit had left"], "A source", "told", "indirect")]


def test_a_participial_preposition_opening_the_subject_makes_it_no_source():
    # "Given the efforts, which Cook called “crap”, ..." parsed with "Given the efforts" as the subject
    doc, scan = parsed("Given/VERB/3/case/give/VBN the/DET/3/det efforts/NOUN/7/nsubj ,/PUNCT/7/punct "
                       "which/PRON/7/obj Cook/PROPN/5/appos called/VERB/0/root/call/VBD “/PUNCT/9/punct "
                       "crap/NOUN/7/obj ”/PUNCT/9/punct ./PUNCT/7/punct")
    assert all(not source.startswith("Given") for _, source, _, _ in texts(doc, find_attributions(doc, scan)))


def test_of_two_subjects_the_verbs_own_is_picked():
    # "Hours later, Trump returned the favour, telling Reuters, “…”": "Hours" parsed as a subject too
    doc, scan = parsed(
        "Hours/NOUN/5/nsubj later/ADV/5/advmod ,/PUNCT/2/punct Trump/PROPN/5/nsubj returned/VERB/0/root/return/VBD "
        "the/DET/7/det favour/NOUN/5/obj ,/PUNCT/9/punct telling/VERB/5/advcl/tell/VBG Reuters/PROPN/9/obj "
        ",/PUNCT/9/punct “/PUNCT/15/punct we/PRON/15/nsubj are/AUX/15/cop friends/NOUN/9/ccomp "
        "./PUNCT/5/punct ”/PUNCT/15/punct")
    assert [a[1] for a in texts(doc, find_attributions(doc, scan))] == ["Trump"]
    # "A study by professor Justin Levitt found 31 incidents": a noun phrase cut in two keeps its head
    doc, scan = parsed(
        "A/DET/2/det study/NOUN/7/nsubj by/ADP/4/case professor/NOUN/2/nmod Justin/PROPN/7/nsubj "
        "Levitt/PROPN/5/flat found/VERB/0/root/find/VBD 31/NUM/9/nummod incidents/NOUN/7/obj ./PUNCT/7/punct")
    assert [a[1] for a in texts(doc, find_attributions(doc, scan))] == ["A study by professor Justin Levitt"]


def test_a_long_clause_before_a_postposed_cue_read_as_its_second_subject_is_the_content():
    # "A bridge linking two towns collapsed, injuring seven people, officials said."
    doc, scan = parsed(
        "A/DET/2/det bridge/NOUN/13/nsubj linking/VERB/2/acl/link/VBG two/NUM/5/nummod towns/NOUN/3/obj "
        "collapsed/VERB/2/acl:relcl/collapse/VBD ,/PUNCT/8/punct injuring/VERB/6/advcl/injure/VBG "
        "seven/NUM/10/nummod people/NOUN/8/obj ,/PUNCT/2/punct officials/NOUN/13/nsubj said/VERB/0/root/say/VBD "
        "./PUNCT/13/punct")
    assert (["A bridge linking two towns collapsed, injuring seven people"], "officials", "said", "indirect") \
        in texts(doc, find_attributions(doc, scan))


def test_a_noun_phrase_after_a_postposed_finite_cue_is_the_speaker():
    # "India has more resonance, says political scientist Dossym Satpayev in Almaty."
    doc, scan = parsed(
        "India/PROPN/2/nsubj has/VERB/0/root/have/VBZ more/ADJ/4/amod resonance/NOUN/2/obj ,/PUNCT/6/punct "
        "says/VERB/2/conj/say/VBZ political/ADJ/8/amod scientist/NOUN/6/obj Dossym/PROPN/8/appos "
        "Satpayev/PROPN/9/flat in/ADP/12/case Almaty/PROPN/6/obl ./PUNCT/2/punct")
    assert (["India has more resonance"], "political scientist Dossym Satpayev", "says", "indirect") \
        in texts(doc, find_attributions(doc, scan))
    # ", repeating a false claim": a participle's object is what it repeats, never its speaker
    doc, scan = parsed(
        "Trump/PROPN/2/nsubj spoke/VERB/0/root/speak/VBD ,/PUNCT/4/punct repeating/VERB/2/advcl/repeat/VBG "
        "a/DET/7/det false/ADJ/7/amod claim/NOUN/4/obj ./PUNCT/2/punct")
    assert all(a[1] != "a false claim" for a in texts(doc, find_attributions(doc, scan)))


def test_a_clause_whose_past_tense_was_read_as_a_participle_is_reported_by_a_postposed_cue():
    # "Talks stalled/VBN on Thursday, three sources said." (the tagger's VBD/VBN confusion)
    doc, scan = parsed(
        "Talks/NOUN/8/nsubj stalled/VERB/1/acl/stall/VBN on/ADP/4/case Thursday/PROPN/2/obl ,/PUNCT/7/punct "
        "three/NUM/7/nummod sources/NOUN/8/nsubj said/VERB/0/root/say/VBD ./PUNCT/8/punct")
    assert (["Talks stalled on Thursday"], "three sources", "said", "indirect") in texts(doc, find_attributions(doc, scan))


def test_a_headline_before_its_postposed_attribution_is_the_content():
    # "Fishing Talks Stall Over Northern Quotas, Sources Say": title case, no verb tagged finite
    doc, scan = parsed(
        "Fishing/VERB/2/amod/fish/VBG Talks/PROPN/9/nsubj Stall/PROPN/2/flat Over/ADP/6/case "
        "Northern/ADJ/6/amod Quotas/PROPN/2/nmod ,/PUNCT/2/punct Sources/PROPN/9/nsubj Say/VERB/0/root/say/VBP")
    assert (["Fishing Talks Stall Over Northern Quotas"], "Sources", "Say", "indirect") in \
        texts(doc, find_attributions(doc, scan))


def test_of_an_apposition_parsed_as_two_subjects_the_name_is_the_source():
    # "Halvek Construction, the firm behind it, said that …" with all three nouns read as subjects
    doc, scan = parsed(
        "Halvek/PROPN/9/nsubj Construction/PROPN/9/nsubj ,/PUNCT/5/punct the/DET/5/det firm/NOUN/9/nsubj "
        "behind/ADP/7/case it/PRON/5/nmod ,/PUNCT/5/punct said/VERB/0/root/say/VBD that/SCONJ/13/mark "
        "it/PRON/13/nsubj was/AUX/13/cop innocent/ADJ/9/ccomp ./PUNCT/9/punct")
    [(_, source, _, _)] = texts(doc, find_attributions(doc, scan))
    assert source == "Halvek Construction"
    # "A lawyer for the outlets, David Schulz, said …": the name rather than the description
    doc, scan = parsed(
        "A/DET/2/det lawyer/NOUN/10/nsubj for/ADP/5/case the/DET/5/det outlets/NOUN/2/nmod ,/PUNCT/7/punct "
        "David/PROPN/10/nsubj Schulz/PROPN/7/flat ,/PUNCT/7/punct said/VERB/0/root/say/VBD no/DET/12/det "
        "decision/NOUN/14/nsubj:pass was/AUX/14/aux:pass made/VERB/10/ccomp/make/VBN ./PUNCT/10/punct")
    [(_, source, _, _)] = texts(doc, find_attributions(doc, scan))
    assert source == "David Schulz"


def test_a_noun_in_an_aside_before_the_cue_is_not_the_subject_the_name_before_it_is():
    # "Grassley, facing a challenge in Iowa, a swing state, said he …": the aside's "state" read as a subject
    doc, scan = parsed(
        "Grassley/PROPN/13/nsubj ,/PUNCT/3/punct facing/VERB/13/advcl/face/VBG a/DET/5/det challenge/NOUN/3/obj "
        "in/ADP/7/case Iowa/PROPN/5/nmod ,/PUNCT/11/punct a/DET/11/det swing/NOUN/11/compound "
        "state/NOUN/13/nsubj ,/PUNCT/11/punct said/VERB/0/root/say/VBD he/PRON/16/nsubj would/AUX/16/aux "
        "welcome/VERB/13/ccomp/welcome/VB Cruz/PROPN/16/obj ./PUNCT/13/punct")
    [(_, source, _, _)] = texts(doc, find_attributions(doc, scan))
    assert source == "Grassley"


def test_an_inverted_speaker_the_parser_reads_as_a_clause_is_the_source():
    # "“We tried everything,” said the 46-year-old." with "46 - year - old" split and "old" a ccomp
    doc, scan = parsed(
        "“/PUNCT/3/punct We/PRON/3/nsubj tried/VERB/7/ccomp/try/VBD everything/PRON/3/obj ,/PUNCT/3/punct "
        "”/PUNCT/3/punct said/VERB/0/root/say/VBD the/DET/13/det 46/NUM/11/nummod -/PUNCT/9/punct "
        "year/NOUN/13/obl:unmarked -/PUNCT/9/punct old/ADJ/7/ccomp ./PUNCT/7/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["“We tried everything,”"], "the 46 - year - old", "said", "direct")]


def test_an_inverted_writer_is_the_source_and_a_day_after_the_cue_is_not():
    # "“We lost,” wrote Andy Grewal." / "“We lost,” she posted Friday."
    doc, scan = parsed(
        "“/PUNCT/3/punct We/PRON/3/nsubj lost/VERB/6/ccomp/lose/VBD ,/PUNCT/3/punct ”/PUNCT/3/punct "
        "wrote/VERB/0/root/write/VBD Andy/PROPN/6/obj Grewal/PROPN/7/flat ./PUNCT/6/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["“We lost,”"], "Andy Grewal", "wrote", "direct")]
    doc, scan = parsed(
        "“/PUNCT/3/punct We/PRON/3/nsubj lost/VERB/6/ccomp/lose/VBD ,/PUNCT/3/punct ”/PUNCT/3/punct "
        "posted/VERB/0/root/post/VBD Friday/PROPN/6/obj ./PUNCT/6/punct")
    assert all(source != "Friday" for _, source, _, _ in texts(doc, find_attributions(doc, scan)))


def test_a_source_mention_may_end_in_a_possessive():
    # "“It is neglected,” said Tanzi, a professor who studies Alzheimer's."
    doc, scan = parsed(
        "“/PUNCT/4/punct It/PRON/4/nsubj is/AUX/4/cop neglected/ADJ/7/ccomp ,/PUNCT/4/punct ”/PUNCT/4/punct "
        "said/VERB/0/root/say/VBD Tanzi/PROPN/7/nsubj ,/PUNCT/11/punct a/DET/11/det professor/NOUN/8/appos "
        "who/PRON/13/nsubj studies/VERB/11/acl:relcl/study/VBZ Alzheimer/PROPN/13/obj 's/PART/14/case/'s/POS "
        "./PUNCT/7/punct")
    [(contents, source, cue, _)] = texts(doc, find_attributions(doc, scan))
    assert (contents, cue) == (["“It is neglected,”"], "said") and source.startswith("Tanzi")


def test_an_inverted_speaker_the_parser_hangs_on_a_later_verb_is_found_by_word_order():
    # "“We are props,” said delegate Beau Correll, angered that leaders ignored it."
    doc, scan = parsed(
        "“/PUNCT/4/punct We/PRON/4/nsubj are/AUX/4/cop props/NOUN/7/ccomp ,/PUNCT/4/punct ”/PUNCT/4/punct "
        "said/VERB/0/root/say/VBD delegate/NOUN/12/nsubj Beau/PROPN/8/appos Correll/PROPN/9/flat ,/PUNCT/12/punct "
        "angered/VERB/7/ccomp/anger/VBD that/SCONJ/15/mark leaders/NOUN/15/nsubj ignored/VERB/12/ccomp/ignore/VBD "
        "it/PRON/15/obj ./PUNCT/7/punct")
    assert (["“We are props,”"], "delegate Beau Correll", "said", "direct") in texts(doc, find_attributions(doc, scan))


def test_a_party_and_state_bracket_between_the_name_and_the_cue_is_skipped():
    # "On Monday, Sen. Marco Rubio (R-Fla.) said Trump is unelectable." with the name hung on "Monday"
    doc, scan = parsed(
        "On/ADP/2/case Monday/PROPN/13/obl ,/PUNCT/2/punct Sen./PROPN/2/appos Marco/PROPN/4/flat "
        "Rubio/PROPN/4/flat (/PUNCT/8/punct R/PROPN/4/appos -/PUNCT/8/punct Fla/PROPN/8/flat ./PUNCT/8/punct "
        ")/PUNCT/8/punct said/VERB/0/root/say/VBD Trump/PROPN/16/nsubj is/AUX/16/cop unelectable/ADJ/13/ccomp "
        "./PUNCT/13/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["Trump is unelectable"], "Sen. Marco Rubio", "said", "indirect")]


def test_a_subject_inside_the_quotation_does_not_keep_the_inverted_speaker_from_being_found():
    # "“The way he acts is a disgrace,” said Barney Frank, angered that it failed." with "way" the
    # cue's subject and "Frank" the subject of "angered"
    doc, scan = parsed(
        "“/PUNCT/7/punct The/DET/3/det way/NOUN/10/nsubj he/PRON/5/nsubj acts/VERB/3/acl:relcl/act/VBZ "
        "is/AUX/7/cop disgrace/NOUN/10/ccomp ,/PUNCT/7/punct ”/PUNCT/7/punct said/VERB/0/root/say/VBD "
        "Barney/PROPN/14/nsubj Frank/PROPN/11/flat ,/PUNCT/14/punct angered/VERB/10/ccomp/anger/VBD "
        "that/SCONJ/17/mark it/PRON/17/nsubj failed/VERB/14/ccomp/fail/VBD ./PUNCT/10/punct")
    found = [(source, cue) for _, source, cue, _ in texts(doc, find_attributions(doc, scan))]
    assert ("Barney Frank", "said") in found


def test_a_share_of_people_read_as_an_oblique_is_the_source():
    # "About one in five said their doctor had never offered one." with "one in five" an oblique
    doc, scan = parsed(
        "About/ADP/2/case one/NUM/5/obl in/ADP/4/case five/NUM/2/nmod said/VERB/0/root/say/VBD "
        "their/PRON/7/nmod:poss doctor/NOUN/10/nsubj had/AUX/10/aux never/ADV/10/advmod "
        "offered/VERB/5/ccomp/offer/VBN one/NUM/10/obj ./PUNCT/5/punct")
    said = [t for t in texts(doc, find_attributions(doc, scan)) if t[2] == "said"]
    assert said == [(["their doctor had never offered one"], "one in five", "said", "indirect")]


def test_the_inverted_speaker_of_an_interrupted_quotation_is_found_by_word_order():
    # "“She is behind,” said an Iowa Democrat, “and it was close.”" with "Democrat" hung on "close"
    doc, scan = parsed(
        "“/PUNCT/4/punct She/PRON/4/nsubj is/AUX/4/cop behind/ADV/7/ccomp ,/PUNCT/4/punct ”/PUNCT/4/punct "
        "said/VERB/0/root/say/VBD an/DET/10/det Iowa/PROPN/10/compound Democrat/PROPN/16/nsubj ,/PUNCT/10/punct "
        "“/PUNCT/16/punct and/CCONJ/16/cc it/PRON/16/nsubj was/AUX/16/cop close/ADJ/7/ccomp ./PUNCT/16/punct "
        "”/PUNCT/16/punct")
    [(contents, source, cue, _)] = texts(doc, find_attributions(doc, scan))
    assert (contents, source, cue) == (["“She is behind,”", "“and it was close.”"], "an Iowa Democrat", "said")


def test_both_pieces_of_an_interrupted_quotation_go_to_the_inverted_speaker(analyzer):
    text = "“She is too far behind,” said an Iowa Democrat, “and Iowa was not a decisive win.”"
    [quote] = analyzer.analyze(text).quotes
    assert [c.text for c in quote.contents] == ["“She is too far behind,”", "“and Iowa was not a decisive win.”"]
    assert quote.source is not None and quote.source.text == "an Iowa Democrat"
    # an apposition after the inverted name is not what was said
    text = "“The risk,” said Edward Leamer, an economist at the university, “is that we lose jobs.”"
    quote = next(q for q in analyzer.analyze(text).quotes if q.cue is not None and q.cue.text == "said")
    assert quote.source is not None and quote.source.text == "Edward Leamer"
    assert all("economist" not in c.text for c in quote.contents)


def test_a_subject_the_parser_finds_in_the_quotation_is_no_part_of_the_speakers_name():
    # "“Hurdles for her, and time is short,” the person added." ("Hurdles" parsed as a second
    # subject of "added"; merged with "the person" it made the whole quotation the source)
    doc, scan = parsed("“/PUNCT/2/punct Hurdles/NOUN/14/nsubj for/ADP/4/case her/PRON/2/nmod ,/PUNCT/9/punct "
                       "and/CCONJ/9/cc time/NOUN/9/nsubj is/AUX/9/cop short/ADJ/2/conj ,/PUNCT/9/punct "
                       "”/PUNCT/9/punct the/DET/13/det person/NOUN/14/nsubj added/VERB/0/root/add/VBD "
                       "./PUNCT/14/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["“Hurdles for her, and time is short,”"], "the person", "added", "direct")]


def test_a_quoted_clause_the_parser_hung_on_the_speakers_name_is_no_part_of_the_source():
    # "“I am all in,” Mr. Regalado said." ("in" read as a preposition of "Regalado", so the
    # quotation was inside the subject's phrase)
    doc, scan = parsed("“/PUNCT/5/punct I/PRON/5/nsubj am/AUX/5/cop all/ADV/5/advmod in/ADP/9/case "
                       ",/PUNCT/5/punct ”/PUNCT/5/punct Mr./PROPN/9/compound Regalado/PROPN/10/nsubj "
                       "said/VERB/0/root/say/VBD ./PUNCT/10/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["“I am all in,”"], "Mr. Regalado", "said", "direct")]


def test_a_name_hung_on_the_opening_phrase_before_a_relative_clause_is_the_source():
    # "Speaking on the show, Sen. Jane Roe, who has endorsed Clinton, said taxes rose." (the name
    # parsed as an apposition of "show", the cue with no subject)
    doc, scan = parsed("Speaking/VERB/15/advcl/speak/VBG on/ADP/4/case the/DET/4/det show/NOUN/1/obl ,/PUNCT/6/punct "
                       "Sen./PROPN/4/appos Jane/PROPN/6/flat Roe/PROPN/6/flat ,/PUNCT/12/punct who/PRON/12/nsubj "
                       "has/AUX/12/aux endorsed/VERB/4/acl:relcl/endorse/VBN Clinton/PROPN/12/obj ,/PUNCT/15/punct "
                       "said/VERB/0/root/say/VBD taxes/NOUN/17/nsubj rose/VERB/15/ccomp/rise/VBD ./PUNCT/15/punct")
    assert (["taxes rose"], "Sen. Jane Roe", "said", "indirect") in texts(doc, find_attributions(doc, scan))


def test_an_indefinite_pronoun_of_quantity_is_a_source_however_tagged():
    # "Voters were tired; most said they were angry." ("most" read as an adverb)
    doc, scan = parsed("Voters/NOUN/3/nsubj were/AUX/3/cop tired/ADJ/0/root ;/PUNCT/6/punct most/ADV/6/advmod "
                       "said/VERB/3/parataxis/say/VBD they/PRON/9/nsubj were/AUX/9/cop angry/ADJ/6/ccomp ./PUNCT/3/punct")
    assert (["they were angry"], "most", "said", "indirect") in texts(doc, find_attributions(doc, scan))
    # "Nearly half said they were angry." (both words read as adverbs)
    doc, scan = parsed("Nearly/ADV/2/advmod half/ADV/3/advmod said/VERB/0/root/say/VBD they/PRON/6/nsubj "
                       "were/AUX/6/cop angry/ADJ/3/ccomp ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["they were angry"], "Nearly half", "said", "indirect")]
    # "“We will win this race,” tweeted another." ("another" read as the object)
    doc, scan = parsed("“/PUNCT/4/punct We/PRON/4/nsubj will/AUX/4/aux/will/MD win/VERB/9/ccomp/win/VB this/DET/6/det "
                       "race/NOUN/4/obj ,/PUNCT/4/punct ”/PUNCT/4/punct tweeted/VERB/0/root/tweet/VBD "
                       "another/DET/9/obj ./PUNCT/9/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["“We will win this race,”"], "another", "tweeted", "direct")]


def test_an_inverted_speaker_read_as_the_object_may_be_followed_by_a_participle():
    # "“We will win,” wrote one supporter, tweeting a link." (the speaker read as the object)
    spec = ("“/PUNCT/4/punct We/PRON/4/nsubj will/AUX/4/aux/will/MD win/VERB/7/parataxis/win/VB ,/PUNCT/4/punct "
            "”/PUNCT/4/punct wrote/VERB/0/root/write/VBD one/NUM/9/nummod supporter/NOUN/7/obj ,/PUNCT/11/punct "
            "tweeting/VERB/7/advcl/tweet/VBG a/DET/13/det link/NOUN/11/obj ./PUNCT/7/punct")
    doc, scan = parsed(spec)
    assert (["“We will win,”"], "one supporter", "wrote", "direct") in texts(doc, find_attributions(doc, scan))
    # a longer clause after the object is the sentence going on: no inverted speaker
    doc, scan = parsed(spec.replace("tweeting/VERB/7/advcl/tweet/VBG", "sending/VERB/7/advcl/send/VBN"))
    assert not any(source == "one supporter" for _, source, _, _ in texts(doc, find_attributions(doc, scan)))


def test_a_speaker_inverted_in_an_aside_inside_the_reported_clause():
    # "The contrast with Trump, said Doyle, would be clear." — the parser gives "said" both subjects
    spec = ("The/DET/2/det contrast/NOUN/6/nsubj with/ADP/4/case Trump/PROPN/2/nmod ,/PUNCT/2/punct "
            "said/VERB/0/root/say/VBD Doyle/PROPN/6/nsubj ,/PUNCT/11/punct would/AUX/11/aux be/AUX/11/cop "
            "clear/ADJ/6/ccomp ./PUNCT/6/punct")
    doc, scan = parsed(spec)
    assert texts(doc, find_attributions(doc, scan)) == [
        (["The contrast with Trump", "would be clear"], "Doyle", "said", "indirect")]
    # an apposition before the cue ends at its comma: the subject is the speaker, as usual
    doc, scan = parsed("Lewandowski/PROPN/6/nsubj ,/PUNCT/4/punct a/DET/4/det manager/NOUN/1/appos ,/PUNCT/4/punct "
                       "said/VERB/0/root/say/VBD the/DET/8/det aide/NOUN/6/nsubj ,/PUNCT/11/punct "
                       "should/AUX/11/aux go/VERB/6/ccomp ./PUNCT/6/punct")
    assert [source for _, source, _, _ in texts(doc, find_attributions(doc, scan))] == ["Lewandowski, a manager"]


def test_a_clause_the_parser_cut_out_of_a_quotation_is_the_whole_quotation():
    # "Bush tells reporters that “to win would help. We will.”" parsed with "that" as a relative
    # pronoun leaves the cue only "would help", inside the quotation it reports
    from attrib.attribution.quoting import _expand_to_quotations
    from attrib.quotes import find_quotations
    text = "Bush tells reporters that “to win would help. We will.”"
    scan = find_quotations(text, [(0, len(text))])
    inner = (text.index("would"), text.index("help") + 4)
    whole = (text.index("“"), len(text))
    assert _expand_to_quotations([inner], scan, cue_at=text.index("tells")) == [whole]
    # a cue inside the quotation: the attribution is nested in it, the content stays as it is
    assert _expand_to_quotations([inner], scan, cue_at=text.index("win")) == [inner]


def test_a_reduced_relative_before_the_cue_ends_its_subject():
    # "Those surveyed say taxes rose." with "those surveyed" hung on the reported clause's subject
    doc, scan = parsed("Those/DET/4/det surveyed/VERB/4/amod/survey/VBN say/VERB/0/root/say/VBP "
                       "taxes/NOUN/5/nsubj rose/VERB/3/ccomp/rise/VBD ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["taxes rose"], "Those surveyed", "say", "indirect")]


def test_a_participle_ends_no_postposed_reporting_clause():
    # "Before he spoke, his aides sent a message saying: “We won the state tonight!”" with "saying"
    # read as a modifier of "message": the clause before the comma is no content of "saying"
    doc, scan = parsed("Before/SCONJ/3/mark he/PRON/3/nsubj spoke/VERB/7/advcl/speak/VBD ,/PUNCT/3/punct "
                       "his/PRON/6/nmod:poss aides/NOUN/7/nsubj sent/VERB/0/root/send/VBD a/DET/9/det "
                       "message/NOUN/7/obj saying/VERB/9/acl/say/VBG :/PUNCT/7/punct",
                       "“/PUNCT/3/punct We/PRON/3/nsubj won/VERB/0/root/win/VBD the/DET/5/det state/NOUN/3/obj "
                       "tonight/ADV/3/advmod !/PUNCT/3/punct ”/PUNCT/3/punct", one_paragraph=True)
    found = texts(doc, find_attributions(doc, scan))
    assert [(c, s) for c, s, *_ in found] == [(["“We won the state tonight!”"], "his aides")], found


def test_a_cue_coordinated_with_a_passive_clause_shares_its_subject():
    # "Mr. Trump was forced into damage control and said that his words were misconstrued."
    doc, scan = parsed(
        "Mr./PROPN/2/nmod:desc Trump/PROPN/4/nsubj:pass was/AUX/4/aux:pass forced/VERB/0/root/force/VBN "
        "into/ADP/7/case damage/NOUN/7/compound control/NOUN/4/obl and/CCONJ/9/cc said/VERB/4/conj/say/VBD "
        "that/SCONJ/14/mark his/PRON/12/nmod:poss words/NOUN/14/nsubj:pass were/AUX/14/aux:pass "
        "misconstrued/VERB/9/ccomp/misconstrue/VBN ./PUNCT/4/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["that his words were misconstrued"], "Mr. Trump", "said", "indirect")]


def test_s_before_a_reporting_participle_with_a_clause_is_the_perfect_not_a_passive():
    # "He’s said he believes it." read as a passive ("’s" as "is")
    doc, scan = parsed("He/PRON/3/nsubj:pass ’s/AUX/3/aux:pass/be/VBZ said/VERB/0/root/say/VBN "
                       "he/PRON/5/nsubj believes/VERB/3/ccomp/believe/VBZ it/PRON/5/obj ./PUNCT/3/punct")
    (content, source, cue, _), = texts(doc, find_attributions(doc, scan))
    assert (content, source, cue) == (["he believes it"], "He", "’s said")
    # "It’s said he believes it." stays an agentless passive
    doc, scan = parsed("It/PRON/3/nsubj:pass ’s/AUX/3/aux:pass/be/VBZ said/VERB/0/root/say/VBN "
                       "he/PRON/5/nsubj believes/VERB/3/ccomp/believe/VBZ it/PRON/5/obj ./PUNCT/3/punct")
    assert [source for _, source, _, _ in texts(doc, find_attributions(doc, scan))] == [None]
