"""Attribution patterns on hand-built parses (no model): the reporting verb: content, objects and quotations."""

from dataclasses import replace

from attrib.attribution import find_attributions
from attrib.attribution.clause import _side
from attrib.lexicon import load_lexicon
from helpers import parsed, texts


def test_indirect_ccomp_keeps_that():
    doc, scan = parsed("The/DET/2/det ministry/NOUN/3/nsubj said/VERB/0/root/say/VBD that/SCONJ/7/mark "
                       "the/DET/6/det strike/NOUN/7/nsubj failed/VERB/3/ccomp/fail/VBD ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["that the strike failed"], "The ministry", "said", "indirect")]


def test_postposed_clause_with_scare_quote_is_mixed():
    doc, scan = parsed("Soldiers/NOUN/4/nsubj:pass were/AUX/4/aux:pass “/PUNCT/4/punct killed/VERB/0/root/kill/VBN "
                       "”/PUNCT/4/punct ,/PUNCT/9/punct the/DET/8/det army/NOUN/9/nsubj said/VERB/4/parataxis/say/VBD "
                       "./PUNCT/4/punct")
    (content, source, cue, kind), = texts(doc, find_attributions(doc, scan))
    assert content == ["Soldiers were “killed”"] and source == "the army" and cue == "said" and kind == "mixed"


def test_direct_quote_before_inverted_cue():
    doc, scan = parsed("“/PUNCT/4/punct We/PRON/4/nsubj will/AUX/4/aux win/VERB/0/root/win/VB this/DET/6/det "
                       "war/NOUN/4/obj ,/PUNCT/4/punct ”/PUNCT/4/punct said/VERB/4/parataxis/say/VBD "
                       "Peskov/PROPN/9/nsubj ./PUNCT/4/punct")
    (content, source, cue, kind), = texts(doc, find_attributions(doc, scan))
    assert content == ["“We will win this war,”"] and source == "Peskov" and cue == "said" and kind == "direct"


def test_narrative_after_cue_is_not_content():
    # “…,” Melanie said, and soon balloons were dropping: the parser hangs the clause on the cue
    doc, scan = parsed("“/PUNCT/4/punct He/PRON/4/nsubj really/ADV/4/advmod loves/VERB/9/ccomp/love/VBZ "
                       "us/PRON/4/obj ,/PUNCT/4/punct ”/PUNCT/4/punct Melanie/PROPN/9/nsubj "
                       "said/VERB/0/root/say/VBD ,/PUNCT/15/punct and/CCONJ/15/cc soon/ADV/15/advmod "
                       "balloons/NOUN/15/nsubj were/AUX/15/aux dropping/VERB/9/ccomp/drop/VBG ./PUNCT/9/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["“He really loves us,”"], "Melanie", "said", "direct")]


def test_relative_clause_after_inverted_cue_and_split_title():
    # “…,” said Joseph, who has children — the relative clause misparsed as ccomp
    doc, scan = parsed("“/PUNCT/3/punct We/PRON/3/nsubj need/VERB/8/ccomp/need/VBP the/DET/5/det money/NOUN/3/obj "
                       ",/PUNCT/3/punct ”/PUNCT/3/punct said/VERB/0/root/say/VBD Joseph/PROPN/8/nsubj "
                       ",/PUNCT/12/punct who/PRON/12/nsubj has/VERB/8/ccomp/have/VBZ children/NOUN/12/obj "
                       "./PUNCT/8/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["“We need the money,”"], "Joseph", "said", "direct")]
    # “…,” Ms. Moore said — the title parsed as a second subject still belongs to the mention
    doc, scan = parsed("“/PUNCT/5/punct It/PRON/5/nsubj is/AUX/5/cop pure/ADJ/5/amod magic/NOUN/10/ccomp "
                       ",/PUNCT/5/punct ”/PUNCT/5/punct Ms./PROPN/10/nsubj Moore/PROPN/10/nsubj "
                       "said/VERB/0/root/say/VBD ./PUNCT/10/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["“It is pure magic,”"], "Ms. Moore", "said", "direct")]


def test_cue_coordinated_after_comma_reports_the_clause_before():
    # "…, said Brian Baker" parsed as conj of the reported clause's verb
    doc, scan = parsed("The/DET/2/det ad/NOUN/4/nsubj could/AUX/4/aux start/VERB/0/root/start/VB "
                       "soon/ADV/4/advmod ,/PUNCT/7/punct said/VERB/4/conj/say/VBD Brian/PROPN/7/nsubj "
                       "Baker/PROPN/8/flat ./PUNCT/4/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["The ad could start soon"], "Brian Baker", "said", "indirect")]


def test_called_on_with_infinitive_parsed_as_advcl():
    doc, scan = parsed("Schiff/PROPN/2/nsubj called/VERB/0/root/call/VBD on/ADP/4/case Obama/PROPN/2/obl "
                       "to/PART/6/mark retaliate/VERB/2/advcl/retaliate/VB ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["Obama to retaliate"], "Schiff", "called", "indirect")]


def test_called_with_predicate_hung_on_the_object():
    doc, scan = parsed("Clinton/PROPN/2/nsubj called/VERB/0/root/call/VBD the/DET/4/det charges/NOUN/2/obj "
                       "false/ADJ/4/amod ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["the charges false"], "Clinton", "called", "indirect")]
    doc, scan = parsed("They/PRON/2/nsubj called/VERB/0/root/call/VBD a/DET/4/det meeting/NOUN/2/obj "
                       "with/ADP/7/case the/DET/7/det leaders/NOUN/4/nmod ./PUNCT/2/punct")
    assert find_attributions(doc, scan) == []


def test_parataxis_cue_with_its_own_clause_reports_that_clause():
    # "It is unlikely; the team says she will continue." — the parser hangs "says" on the
    # clause before the semicolon, but the clause after it is what the team says
    doc, scan = parsed("It/PRON/3/nsubj is/AUX/3/cop unlikely/ADJ/0/root ;/PUNCT/7/punct the/DET/6/det "
                       "team/NOUN/7/nsubj says/VERB/3/parataxis/say/VBZ she/PRON/10/nsubj will/AUX/10/aux "
                       "continue/VERB/7/ccomp/continue/VB ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["she will continue"], "the team", "says", "indirect")]


def test_hearer_the_parser_missed_is_not_content():
    doc, scan = parsed("He/PRON/2/nsubj told/VERB/0/root/tell/VBD USA/PROPN/4/compound Today/PROPN/2/nsubj "
                       "it/PRON/7/nsubj is/AUX/7/cop/be/VBZ clear/ADJ/4/acl:relcl ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["it is clear"], "He", "told", "indirect")]


def test_quotation_resuming_after_the_cues_place_phrase():
    doc, scan = parsed("“/PUNCT/6/punct He/PRON/6/nsubj will/AUX/6/aux be/AUX/6/cop very/ADV/6/advmod "
                       "fair/ADJ/10/ccomp ,/PUNCT/6/punct ”/PUNCT/6/punct Trump/PROPN/10/nsubj "
                       "said/VERB/0/root/say/VBD during/ADP/13/case a/DET/13/det rally/NOUN/10/obl ,/PUNCT/13/punct "
                       "“/PUNCT/13/punct but/CCONJ/19/cc people/NOUN/19/nsubj are/AUX/19/aux "
                       "watching/VERB/10/conj/watch/VBG closely/ADV/19/advmod ./PUNCT/19/punct ”/PUNCT/19/punct")
    (content, source, cue, kind), = texts(doc, find_attributions(doc, scan))
    assert content == ["“He will be very fair,”", "“but people are watching closely.”"] and source == "Trump"


def test_quotation_resuming_after_a_participial_aside():
    aside = "pointing/VERB/9/advcl/point/VBG at/ADP/14/case the/DET/14/det chart/NOUN/11/obl"
    spec = ("“/PUNCT/3/punct We/PRON/3/nsubj won/VERB/9/ccomp/win/VBD the/DET/5/det vote/NOUN/3/obj "
            ",/PUNCT/3/punct ”/PUNCT/3/punct Smith/PROPN/9/nsubj said/VERB/0/root/say/VBD ,/PUNCT/11/punct "
            "{aside} ,/PUNCT/3/punct “/PUNCT/3/punct they/PRON/18/nsubj lost/VERB/9/ccomp/lose/VBD "
            "their/PRON/20/nmod:poss seats/NOUN/18/obj ./PUNCT/18/punct ”/PUNCT/18/punct")
    doc, scan = parsed(spec.format(aside=aside))
    assert texts(doc, find_attributions(doc, scan)) == [
        (["“We won the vote,”", "“they lost their seats.”"], "Smith", "said", "direct")]
    # a reporting participle reports the resumed quotation itself
    doc, scan = parsed(spec.format(aside="adding/VERB/9/advcl/add/VBG later/ADV/11/advmod that/DET/14/det "
                                         "night/NOUN/11/obl:tmod"))
    said = [a for a in texts(doc, find_attributions(doc, scan)) if a[2] == "said"]
    assert said == [(["“We won the vote,”"], "Smith", "said", "direct")]


def test_naming_verb_with_object_and_predicate_read_off_a_broken_parse():
    # the compact parser's actual parse: the predicate hangs inside the object as an nmod
    doc, scan = parsed("Clinton/PROPN/2/nsubj called/VERB/0/root/call/VBD half/NOUN/2/obj of/ADP/10/case "
                       "Donald/PROPN/10/nmod:poss Trump/PROPN/5/flat ’s/PART/6/case supporters/NOUN/10/compound "
                       "“/PUNCT/8/punct deplorables/NOUN/3/nmod ./PUNCT/2/punct ”/PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["half of Donald Trump’s supporters “deplorables.”"], "Clinton", "called", "mixed")]
    doc, scan = parsed("The/DET/2/det mayor/NOUN/3/nsubj called/VERB/0/root/call/VBD a/DET/6/det "
                       "press/NOUN/6/compound conference/NOUN/3/obj on/ADP/8/case Monday/PROPN/3/obl "
                       "as/ADV/10/advmod well/ADV/3/advmod ./PUNCT/3/punct")
    assert find_attributions(doc, scan) == []
    doc, scan = parsed("The/DET/2/det mayor/NOUN/3/nsubj called/VERB/0/root/call/VBD reporters/NOUN/3/obj "
                       "on/ADP/6/case Monday/PROPN/3/obl as/ADV/8/advmod well/ADV/3/advmod ./PUNCT/3/punct")
    assert find_attributions(doc, scan) == []


def test_past_tense_parsed_as_participle_modifier_with_a_that_clause_takes_the_noun_before():
    # "voters agreed that …" parsed as a reduced relative ("voters [who were] agreed")
    doc, scan = parsed("Most/ADJ/2/amod voters/NOUN/0/root agreed/VERB/2/acl/agree/VBN that/SCONJ/7/mark "
                       "Clinton/PROPN/7/nsubj is/AUX/7/cop healthy/ADJ/3/ccomp ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["that Clinton is healthy"], "Most voters", "agreed", "indirect")]


def test_evidence_verb_with_an_object_and_its_predicate():
    doc, scan = parsed("The/DET/2/det poll/NOUN/3/nsubj shows/VERB/0/root/show/VBZ Clinton/PROPN/3/obj "
                       "leading/VERB/3/xcomp/lead/VBG Trump/PROPN/5/obj ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["Clinton leading Trump"], "The poll", "shows", "indirect")]
    doc, scan = parsed("He/PRON/2/nsubj/he/PRP showed/VERB/0/root/show/VBD a/DET/4/det "
                       "photo/NOUN/2/obj ./PUNCT/2/punct")
    assert find_attributions(doc, scan) == []  # a bare object is no finding (but see test_a_study_finds_…)


def test_quotation_verb_takes_a_short_quoted_object_and_only_it():
    doc, scan = parsed("Protesters/NOUN/2/nsubj chanted/VERB/0/root/chant/VBD “/PUNCT/5/punct What/DET/5/det "
                       "curfew/NOUN/2/obj ?/PUNCT/5/punct ”/PUNCT/5/punct and/CCONJ/9/cc left/VERB/2/conj/leave/VBD "
                       "./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["“What curfew?”"], "Protesters", "chanted", "direct")]


def test_a_quotation_closing_the_previous_paragraph_is_not_the_next_cues():
    doc, scan = parsed(
        "“/PUNCT/3/punct We/PRON/3/nsubj won/VERB/0/root/win/VBD the/DET/5/det vote/NOUN/3/obj "
        "today/NOUN/3/obl:tmod ./PUNCT/3/punct ”/PUNCT/3/punct",
        "Smith/PROPN/2/nsubj added/VERB/0/root/add/VBD ,/PUNCT/2/punct “/PUNCT/7/punct We/PRON/7/nsubj "
        "are/AUX/7/cop done/ADJ/2/ccomp here/ADV/7/advmod now/ADV/7/advmod ./PUNCT/7/punct ”/PUNCT/7/punct")
    added = [a for a in texts(doc, find_attributions(doc, scan)) if a[2] == "added"]
    assert added == [(["“We are done here now.”"], "Smith", "added", "direct")]


def test_embedded_question_after_a_negated_or_future_cue_is_content_a_time_clause_is_not():
    doc, scan = parsed("Lawmakers/NOUN/4/nsubj have/AUX/4/aux not/PART/4/advmod said/VERB/0/root/say/VBN "
                       "when/ADV/8/advmod they/PRON/8/nsubj would/AUX/8/aux/would/MD act/VERB/4/advcl/act/VB ./PUNCT/4/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["when they would act"], "Lawmakers", "have not said", "indirect")]
    doc, scan = parsed("Wahl/PROPN/2/nsubj said/VERB/0/root/say/VBD so/ADV/2/advmod when/ADV/6/advmod "
                       "she/PRON/6/nsubj resigned/VERB/2/advcl/resign/VBD ./PUNCT/2/punct")
    assert find_attributions(doc, scan) == []


def test_a_clause_inside_the_topic_or_an_adverbial_clause_is_not_what_was_said():
    # "Trump said of Apple in February, when the company balked." (the quotation before it ended
    # its own sentence): "of …" says what the words were about, "when …" when they were said
    doc, scan = parsed("Trump/PROPN/2/nsubj said/VERB/0/root/say/VBD of/ADP/4/case Apple/PROPN/2/obl "
                       "in/ADP/6/case February/PROPN/2/obl ,/PUNCT/11/punct when/ADV/11/advmod the/DET/10/det "
                       "company/NOUN/11/nsubj balked/VERB/2/advcl/balk/VBD ./PUNCT/2/punct")
    assert find_attributions(doc, scan) == []
    doc, scan = parsed("Estrada/PROPN/2/nsubj said/VERB/0/root/say/VBD of/ADP/5/case the/DET/5/det "
                       "encounter/NOUN/2/obl he/PRON/7/nsubj had/VERB/5/acl:relcl/have/VBD ./PUNCT/2/punct")
    assert find_attributions(doc, scan) == []


def test_a_participle_right_after_the_object_is_its_predicate():
    # "The poll showed Clinton leading Sanders." — a small clause: who leads is what the poll showed
    doc, scan = parsed("The/DET/2/det poll/NOUN/3/nsubj showed/VERB/0/root/show/VBD Clinton/PROPN/3/obj "
                       "leading/VERB/3/advcl/lead/VBG Sanders/PROPN/5/obj ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["Clinton leading Sanders"], "The poll", "showed", "indirect")]
    # after a comma the participle is an act of its own, not the object's predicate
    doc, scan = parsed("The/DET/2/det poll/NOUN/3/nsubj showed/VERB/0/root/show/VBD Clinton/PROPN/3/obj "
                       ",/PUNCT/6/punct leading/VERB/3/advcl/lead/VBG Sanders/PROPN/6/obj ./PUNCT/3/punct")
    assert all("leading" not in " ".join(contents) for contents, *_ in texts(doc, find_attributions(doc, scan)))


def test_called_for_someone_to_do_something_keeps_the_infinitive():
    doc, scan = parsed("Trump/PROPN/2/nsubj called/VERB/0/root/call/VBD for/ADP/5/case female/ADJ/5/amod "
                       "contestants/NOUN/2/obl to/PART/7/mark wear/VERB/2/advcl/wear/VB short/ADJ/9/amod "
                       "dresses/NOUN/7/obj ./PUNCT/2/punct")
    (content, source, _, kind), = texts(doc, find_attributions(doc, scan))
    assert content == ["female contestants to wear short dresses"] and source == "Trump" and kind == "indirect"


def test_that_clause_hung_on_the_hearer_is_what_was_told():
    doc, scan = parsed("He/PRON/2/nsubj told/VERB/0/root/tell/VBD a/DET/4/det crowd/NOUN/2/obj at/ADP/6/case "
                       "the/DET/7/det club/NOUN/4/nmod that/SCONJ/10/mark he/PRON/10/nsubj wins/VERB/7/acl/win/VBZ "
                       "./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["that he wins"], "He", "told", "indirect")]


def test_clause_before_a_cue_parsed_as_a_relative_with_hearer_and_time_after_it():
    doc, scan = parsed("Trump/PROPN/3/nsubj could/AUX/3/aux/could/MD win/VERB/0/root/win/VB Ohio/PROPN/3/obj ,/PUNCT/6/punct "
                       "Graham/PROPN/7/nsubj told/VERB/4/acl:relcl/tell/VBD The/DET/10/det Huffington/PROPN/10/compound "
                       "Post/PROPN/7/iobj on/ADP/12/case Thursday/PROPN/7/obl ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["Trump could win Ohio"], "Graham", "told", "indirect")]


def test_stance_object_keeps_its_reason_and_comparison():
    doc, scan = parsed("Trump/PROPN/2/nsubj criticized/VERB/0/root/criticize/VBD Obama/PROPN/2/obj for/SCONJ/6/mark "
                       "not/PART/6/advmod doing/VERB/2/advcl/do/VBG so/ADV/6/advmod ./PUNCT/2/punct",
                       "Tribe/PROPN/2/nsubj likened/VERB/0/root/liken/VBD the/DET/4/det rules/NOUN/2/obj "
                       "to/ADP/6/case censorship/NOUN/2/obl ./PUNCT/2/punct")
    got = texts(doc, find_attributions(doc, scan))
    assert (["Obama for not doing so"], "Trump", "criticized", "indirect") in got
    assert (["the rules to censorship"], "Tribe", "likened", "indirect") in got


def test_a_finite_as_clause_after_the_object_is_time_not_a_predicate():
    doc, scan = parsed("The/DET/2/det Council/PROPN/3/nsubj condemned/VERB/0/root/condemn/VBD the/DET/5/det "
                       "launch/NOUN/3/obj as/SCONJ/8/mark Pyongyang/PROPN/8/nsubj fired/VERB/3/advcl/fire/VBD "
                       "missiles/NOUN/8/obj ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["the launch"], "The Council", "condemned", "indirect")]


def test_object_after_a_relative_clause_cue_is_the_content_not_the_main_clause():
    doc, scan = parsed("The/DET/2/det attempt/NOUN/3/nsubj included/VERB/0/root/include/VBD the/DET/5/det "
                       "government/NOUN/3/obj ,/PUNCT/9/punct which/PRON/9/nsubj has/AUX/9/aux "
                       "denied/VERB/5/acl:relcl/deny/VBN any/DET/11/det involvement/NOUN/9/obj ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["any involvement"], "which", "has denied", "indirect")]
    # "Delmar, which wrote the report, did not respond.": a relative clause set off by commas is
    # no parenthetical reporting clause, and the main clause around it is the reporter's
    doc, scan = parsed("Delmar/PROPN/11/nsubj Engineering/PROPN/1/flat ,/PUNCT/5/punct which/PRON/5/nsubj "
                       "wrote/VERB/1/acl:relcl/write/VBD the/DET/7/det report/NOUN/5/obj ,/PUNCT/5/punct "
                       "did/AUX/11/aux not/PART/11/advmod respond/VERB/0/root/respond/VB ./PUNCT/11/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["the report"], "which", "wrote", "indirect")]


def test_np_content_stops_before_a_non_restrictive_aside():
    doc, scan = parsed("He/PRON/2/nsubj cited/VERB/0/root/cite/VBD criticism/NOUN/2/obj of/ADP/5/case "
                       "Lauer/PROPN/3/nmod ,/PUNCT/8/punct who/PRON/8/nsubj took/VERB/5/acl:relcl/take/VBD "
                       "heat/NOUN/8/obj ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["criticism of Lauer"], "He", "cited", "indirect")]


def test_concessive_aside_after_the_reported_clause_is_the_reporters():
    doc, scan = parsed("He/PRON/2/nsubj claimed/VERB/0/root/claim/VBD that/SCONJ/6/mark paying/VERB/6/csubj/pay/VBG "
                       "was/AUX/6/cop smart/ADJ/2/ccomp ,/PUNCT/11/punct although/SCONJ/11/mark he/PRON/11/nsubj "
                       "again/ADV/11/advmod refused/VERB/6/advcl/refuse/VBD ./PUNCT/2/punct")
    got = texts(doc, find_attributions(doc, scan))
    assert (["that paying was smart"], "He", "claimed", "indirect") in got


def test_a_bare_verb_coordinated_with_the_infinitive_is_part_of_the_content():
    # "Clinton has embraced the plan, promising to meet and exceed its goals." — the parser hangs
    # "exceed" on "embraced"; a base form shares the infinitive's "to"
    doc, scan = parsed("Clinton/PROPN/3/nsubj has/AUX/3/aux/have/VBZ embraced/VERB/0/root/embrace/VBN "
                       "the/DET/5/det plan/NOUN/3/obj ,/PUNCT/7/punct promising/VERB/3/advcl/promise/VBG "
                       "to/PART/9/mark meet/VERB/7/xcomp/meet/VB and/CCONJ/11/cc exceed/VERB/3/conj/exceed/VB "
                       "its/PRON/13/nmod:poss goals/NOUN/11/obj/goal/NNS ./PUNCT/3/punct")
    got = texts(doc, find_attributions(doc, scan))
    assert (["to meet and exceed its goals"], "Clinton", "promising", "indirect") in got


def test_a_past_cue_after_a_modal_clause_is_coordinated_with_the_first_cue():
    # "Trump said he would order a review and warned against hackers." — the parser makes
    # "warned" a conjunct of "order"; it cannot share "would", so it continues "said" (Trump)
    doc, scan = parsed("Trump/PROPN/2/nsubj said/VERB/0/root/say/VBD he/PRON/5/nsubj/he/PRP would/AUX/5/aux/would/MD "
                       "order/VERB/2/ccomp/order/VB a/DET/7/det review/NOUN/5/obj and/CCONJ/9/cc "
                       "warned/VERB/5/conj/warn/VBN against/ADP/11/case hackers/NOUN/9/obl/hacker/NNS ./PUNCT/2/punct")
    got = texts(doc, find_attributions(doc, scan))
    assert (["he would order a review"], "Trump", "said", "indirect") in got
    assert (["hackers"], "Trump", "warned", "indirect") in got


def test_a_cue_in_a_relative_clause_reports_no_further_than_the_clause():
    # "The gap between what Trump says his plan would do has endured."
    doc, scan = parsed("The/DET/2/det gap/NOUN/12/nsubj between/ADP/4/case what/PRON/2/nmod/what/WP "
                       "Trump/PROPN/6/nsubj says/VERB/4/acl:relcl/say/VBZ his/PRON/8/nmod:poss plan/NOUN/10/nsubj "
                       "would/AUX/10/aux/would/MD do/VERB/6/ccomp/do/VB has/AUX/12/aux/have/VBZ "
                       "endured/VERB/0/root/endure/VBN ./PUNCT/12/punct")
    got = texts(doc, find_attributions(doc, scan))
    assert (["his plan would do"], "Trump", "says", "indirect") in got


def test_a_quoted_sentence_then_a_time_clause_ends_the_content():
    # "The spot ends with footage of Trump saying, “That makes me smart,” when Clinton blasted him."
    doc, scan = parsed("The/DET/2/det spot/NOUN/3/nsubj ends/VERB/0/root/end/VBZ with/ADP/5/case footage/NOUN/3/obl "
                       "of/ADP/7/case Trump/PROPN/5/nmod saying/VERB/5/acl/say/VBG ,/PUNCT/8/punct “/PUNCT/12/punct "
                       "That/PRON/12/nsubj makes/VERB/8/ccomp/make/VBZ me/PRON/12/obj/I/PRP smart/ADJ/12/xcomp "
                       ",/PUNCT/12/punct ”/PUNCT/12/punct when/SCONJ/19/mark Clinton/PROPN/19/nsubj "
                       "blasted/VERB/12/advcl/blast/VBD him/PRON/19/obj/he/PRP ./PUNCT/3/punct")
    saying = [(content, source) for content, source, cue, _ in texts(doc, find_attributions(doc, scan))
              if cue == "saying"]
    assert saying == [(["“That makes me smart,”"], "Trump")]


def test_a_study_finds_a_noun_phrase():
    # "A 2014 study found 31 incidents of fraud." — a document subject needs no predicate
    doc, scan = parsed("A/DET/3/det 2014/NUM/3/nummod study/NOUN/4/nsubj found/VERB/0/root/find/VBD "
                       "31/NUM/6/nummod incidents/NOUN/4/obj/incident/NNS of/ADP/8/case fraud/NOUN/6/nmod "
                       "./PUNCT/4/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["31 incidents of fraud"], "A 2014 study", "found", "indirect")]
    people = parsed("They/PRON/2/nsubj/they/PRP found/VERB/0/root/find/VBD a/DET/4/det way/NOUN/2/obj ./PUNCT/2/punct")
    assert find_attributions(*people) == []


def test_a_postposed_evidence_or_belief_cue_reports_the_clause_before_it():
    # "The economy will grow, most economists believe."
    doc, scan = parsed("The/DET/2/det economy/NOUN/4/nsubj will/AUX/4/aux/will/MD grow/VERB/0/root/grow/VB "
                       ",/PUNCT/8/punct most/ADJ/7/amod economists/NOUN/8/nsubj/economist/NNS "
                       "believe/VERB/4/parataxis/believe/VBP ./PUNCT/4/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["The economy will grow"], "most economists", "believe",
                                                         "indirect")]


def test_a_noun_phrase_content_keeps_the_phrases_hung_on_the_cue_after_it():
    # "The union cited her work after the attacks on its members." — the parser hangs "after …" on "cited"
    doc, scan = parsed("The/DET/2/det union/NOUN/3/nsubj cited/VERB/0/root/cite/VBD her/PRON/5/nmod:poss "
                       "work/NOUN/3/obj after/ADP/8/case the/DET/8/det attacks/NOUN/3/obl/attack/NNS on/ADP/11/case "
                       "its/PRON/11/nmod:poss members/NOUN/8/nmod/member/NNS ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["her work after the attacks on its members"], "The union", "cited", "indirect")]


def test_a_participial_opener_sets_the_scene_for_the_quotation_after_the_cue():
    # "Asked about the device, O'Neill said, “Not going into that.”" with "Asked" read as the root
    doc, scan = parsed("Asked/VERB/0/root/ask/VBD about/ADP/4/case the/DET/4/det device/NOUN/1/obl ,/PUNCT/7/punct "
                       "O'Neill/PROPN/7/nsubj said/VERB/1/parataxis/say/VBD ,/PUNCT/7/punct “/PUNCT/11/punct "
                       "Not/PART/11/advmod going/VERB/7/ccomp/go/VBG into/ADP/13/case that/PRON/11/obl ./PUNCT/11/punct "
                       "”/PUNCT/11/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["“Not going into that.”"], "O'Neill", "said", "direct")]


def test_a_quotation_introduced_by_a_colon_before_the_cue_is_the_content():
    # "The senator scolded him: “You are wrong about this,” she said."
    doc, scan = parsed("The/DET/2/det senator/NOUN/3/nsubj scolded/VERB/0/root/scold/VBD him/PRON/3/obj/he/PRP "
                       ":/PUNCT/9/punct “/PUNCT/9/punct You/PRON/9/nsubj/you/PRP are/AUX/9/cop/be/VBP "
                       "wrong/ADJ/16/ccomp about/ADP/11/case this/PRON/9/obl ,/PUNCT/9/punct ”/PUNCT/9/punct "
                       "she/PRON/16/nsubj/she/PRP said/VERB/3/parataxis/say/VBD ./PUNCT/3/punct")
    said = [(content, source) for content, source, cue, _ in texts(doc, find_attributions(doc, scan)) if cue == "said"]
    assert said == [(["“You are wrong about this,”"], "she")]


def test_an_infinitive_cue_after_an_object_speaks_for_the_object():
    # "The senator forced Stumpf to admit that the bank failed."
    doc, scan = parsed("The/DET/2/det senator/NOUN/3/nsubj forced/VERB/0/root/force/VBD Stumpf/PROPN/3/obj "
                       "to/PART/6/mark admit/VERB/3/xcomp/admit/VB that/SCONJ/10/mark the/DET/9/det bank/NOUN/10/nsubj "
                       "failed/VERB/6/ccomp/fail/VBD ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["that the bank failed"], "Stumpf", "admit", "indirect")]


def test_any_verb_with_an_object_as_a_quoted_predicate_characterises_it():
    # "Trump admires Putin as a “strong leader.”" — no reporting verb, but a quoted characterisation
    doc, scan = parsed("Trump/PROPN/2/nsubj admires/VERB/0/root/admire/VBZ Putin/PROPN/2/obj as/ADP/8/case "
                       "a/DET/8/det “/PUNCT/8/punct strong/ADJ/8/amod leader/NOUN/2/obl ./PUNCT/8/punct ”/PUNCT/8/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["Putin as a “strong leader.”"], "Trump", "admires", "mixed")]
    plain = parsed("Trump/PROPN/2/nsubj admires/VERB/0/root/admire/VBZ Putin/PROPN/2/obj as/ADP/6/case "
                   "a/DET/6/det leader/NOUN/2/obl ./PUNCT/2/punct")
    assert find_attributions(*plain) == []


def test_say_takes_a_noun_phrase_but_not_a_channel_or_a_time():
    # "Democrats say the advantage obscures/NNS concerns." (a verb misread as a noun) and
    # "73 percent said the same of Trump."; but not "The mayor said on Twitter."
    doc, scan = parsed("Democrats/PROPN/2/nsubj/Democrat/NNPS say/VERB/0/root/say/VBP the/DET/6/det "
                       "advantage/NOUN/6/compound obscures/NOUN/6/compound/obscure/NNS concerns/NOUN/2/obj/concern/NNS "
                       "./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["the advantage obscures concerns"], "Democrats", "say",
                                                         "indirect")]
    channel = parsed("The/DET/2/det mayor/NOUN/3/nsubj said/VERB/0/root/say/VBD on/ADP/5/case Twitter/PROPN/3/obl "
                     "./PUNCT/3/punct")
    assert find_attributions(*channel) == []
    # "Trump argued for hours that the plan would fail.": how long is no content
    doc, scan = parsed("Trump/PROPN/2/nsubj argued/VERB/0/root/argue/VBD for/ADP/4/case hours/NOUN/2/obl/hour/NNS "
                       "that/SCONJ/9/mark the/DET/7/det plan/NOUN/9/nsubj would/AUX/9/aux fail/VERB/2/ccomp/fail/VB "
                       "./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["that the plan would fail"], "Trump", "argued", "indirect")]


def test_a_marked_gerund_after_the_object_stays_in_the_content():
    # "She is proposing projects like installing solar panels." — not a ", saying …" continuation
    doc, scan = parsed("She/PRON/3/nsubj/she/PRP is/AUX/3/aux/be/VBZ proposing/VERB/0/root/propose/VBG "
                       "projects/NOUN/3/obj/project/NNS like/SCONJ/6/mark installing/VERB/3/advcl/install/VBG "
                       "solar/ADJ/8/amod panels/NOUN/6/obj/panel/NNS ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["projects like installing solar panels"], "She", "is proposing", "indirect")]


def test_a_quotation_right_after_a_postposed_cue_in_the_same_paragraph_is_one_attribution():
    # 'The talks may fail, Schiff said. “The other factor is what Russia wants.”' (one paragraph)
    from attrib.document import Document
    from attrib.layout import find_blocks
    from attrib.quotes import find_quotations

    two, _ = parsed("The/DET/2/det talks/NOUN/4/nsubj/talk/NNS may/AUX/4/aux/may/MD fail/VERB/7/ccomp/fail/VB "
                    ",/PUNCT/4/punct Schiff/PROPN/7/nsubj said/VERB/0/root/say/VBD ./PUNCT/7/punct",
                    "“/PUNCT/6/punct The/DET/4/det other/ADJ/4/amod factor/NOUN/6/nsubj is/AUX/6/cop/be/VBZ "
                    "what/PRON/0/root Russia/PROPN/8/nsubj wants/VERB/6/acl:relcl/want/VBZ ./PUNCT/6/punct "
                    "”/PUNCT/6/punct")
    text = two.text.replace("\n\n", "  ")  # the same offsets, one paragraph
    doc = Document("test", text)
    doc.blocks = find_blocks(text)
    doc.sentences = [replace(s, block=0) for s in two.sentences]
    scan = find_quotations(text, [(b.start, b.end) for b in doc.blocks])
    (content, source, cue, _), = texts(doc, find_attributions(doc, scan))
    assert (source, cue) == ("Schiff", "said")
    assert content == ["The talks may fail", "“The other factor is what Russia wants.”"]


def test_an_as_aside_between_the_cue_and_its_clause_belongs_to_the_reporting_clause():
    # "Experts cautioned, as did the campaign, that the plans might evolve."
    doc, scan = parsed("Experts/NOUN/2/nsubj/expert/NNS cautioned/VERB/0/root/caution/VBD ,/PUNCT/5/punct as/SCONJ/5/mark "
                       "did/VERB/2/advcl/do/VBD the/DET/7/det campaign/NOUN/5/obj ,/PUNCT/13/punct that/SCONJ/13/mark "
                       "the/DET/11/det plans/NOUN/13/nsubj/plan/NNS might/AUX/13/aux/might/MD evolve/VERB/2/ccomp/evolve/VB "
                       "./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["that the plans might evolve"], "Experts", "cautioned",
                                                         "indirect")]


def test_a_comma_hung_on_the_object_from_before_the_cue_does_not_pull_the_cue_into_the_content():
    # "…, when Clinton cited remarks Trump had made." with the comma before "when" attached inside the object
    doc, scan = parsed("It/PRON/2/nsubj/it/PRP began/VERB/0/root/begin/VBD ,/PUNCT/10/punct when/ADV/6/advmod "
                       "Clinton/PROPN/6/nsubj cited/VERB/2/advcl/cite/VBD remarks/NOUN/6/obj/remark/NNS "
                       "Trump/PROPN/10/nsubj had/AUX/10/aux/have/VBD made/VERB/7/acl:relcl/make/VBN ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["remarks Trump had made"], "Clinton", "cited", "indirect")]


def test_a_prepositional_cue_finds_its_particle_past_an_adverb():
    # "Obama spoke emotionally of his flights." — "speak of" with an adverb between
    doc, scan = parsed("Obama/PROPN/2/nsubj spoke/VERB/0/root/speak/VBD emotionally/ADV/2/advmod of/ADP/6/case "
                       "his/PRON/6/nmod:poss/he/PRP$ flights/NOUN/2/obl/flight/NNS ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["his flights"], "Obama", "spoke", "indirect")]
    # "Clinton spoke out Tuesday about the death." with the day parsed as the object
    day = parsed("Clinton/PROPN/2/nsubj spoke/VERB/0/root/speak/VBD out/ADP/2/compound:prt/out/RP "
                 "Tuesday/PROPN/2/obj about/ADP/7/case the/DET/7/det death/NOUN/2/obl ./PUNCT/2/punct")
    assert [content for content, _, _, _ in texts(day[0], find_attributions(*day))] == [["the death"]]


def test_an_infinitive_hung_on_the_hearer_is_what_was_urged_and_a_colon_ends_a_label():
    # "The Latest: Trump urges supporters to monitor polling places."
    doc, scan = parsed("The/DET/2/det Latest/ADJ/0/root/latest/JJS :/PUNCT/5/punct Trump/NOUN/5/nsubj "
                       "urges/VERB/2/parataxis/urge/VBZ supporters/NOUN/5/obj/supporter/NNS to/PART/8/mark "
                       "monitor/VERB/6/acl/monitor/VB polling/VERB/10/amod/poll/VBG places/NOUN/8/obj/place/NNS "
                       "./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["supporters to monitor polling places"], "Trump", "urges", "indirect")]


def test_a_quotation_resumes_after_the_cue_and_a_participial_aside():
    # "“It is in heads,” said Caddell, speaking of her health. “It worries them every day.”"
    doc, scan = parsed("“/PUNCT/5/punct It/PRON/5/nsubj is/AUX/5/cop in/ADP/5/case heads/NOUN/0/root ,/PUNCT/5/punct "
                       "”/PUNCT/5/punct said/VERB/5/parataxis/say/VBD Caddell/PROPN/8/nsubj ,/PUNCT/11/punct "
                       "speaking/VERB/8/advcl/speak/VBG of/ADP/14/case her/PRON/14/nmod:poss health/NOUN/11/obl "
                       "./PUNCT/5/punct",
                       "“/PUNCT/3/punct It/PRON/3/nsubj worries/VERB/0/root/worry/VBZ them/PRON/3/obj "
                       "every/DET/6/det day/NOUN/3/obl:tmod ./PUNCT/3/punct ”/PUNCT/3/punct", one_paragraph=True)
    found = texts(doc, find_attributions(doc, scan))
    assert (["“It is in heads,”", "“It worries them every day.”"], "Caddell", "said", "direct") in found
    assert not any(cue is None for _, _, cue, _ in found)  # no second, cue-less attribution


def test_a_report_in_an_opening_adverbial_clause_ends_at_its_comma():
    # "After aides insisted in June that Obama would win, the campaign has begun to relax."
    # (parsed, as the compact parser does, with the main clause hung on the cue)
    doc, scan = parsed("After/ADP/2/case aides/NOUN/3/nsubj/aide/NNS insisted/VERB/0/root/insist/VBD in/ADP/5/case "
                       "June/PROPN/3/obl that/SCONJ/9/mark Obama/PROPN/9/nsubj would/AUX/9/aux win/VERB/3/ccomp/win/VB "
                       ",/PUNCT/14/punct the/DET/12/det campaign/NOUN/14/nsubj has/AUX/14/aux "
                       "begun/VERB/3/parataxis/begin/VBN to/PART/16/mark relax/VERB/14/xcomp/relax/VB "
                       "./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["that Obama would win"], "aides", "insisted", "indirect")]


def test_see_and_rate_report_a_view_only_with_an_as_predicate():
    # "Critics see the program as an opportunity."
    doc, scan = parsed("Critics/NOUN/2/nsubj/critic/NNS see/VERB/0/root/see/VBP the/DET/4/det program/NOUN/2/obj "
                       "as/ADP/7/case an/DET/7/det opportunity/NOUN/2/obl ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["the program as an opportunity"], "Critics", "see", "indirect")]
    # "PolitiFact rated 32% of claims as “false”." with the predicate hung on the object
    rated = parsed("PolitiFact/PROPN/2/nsubj rated/VERB/0/root/rate/VBD 32/NUM/4/nummod %/SYM/2/obj of/ADP/6/case "
                   "claims/NOUN/4/nmod/claim/NNS as/ADP/9/case “/PUNCT/9/punct false/ADJ/6/amod ”/PUNCT/9/punct "
                   "./PUNCT/2/punct")
    assert texts(rated[0], find_attributions(*rated)) == [
        (["32 % of claims as “false”"], "PolitiFact", "rated", "mixed")]  # (the helper spaces "%")
    # "Voters saw Kaine speak." — a perception, not a view
    saw = parsed("Voters/NOUN/2/nsubj/voter/NNS saw/VERB/0/root/see/VBD Kaine/PROPN/2/obj speak/VERB/2/xcomp/speak/VB "
                 "./PUNCT/2/punct")
    assert find_attributions(*saw) == []


def test_expressed_concern_about_reports_the_concern_and_its_topic():
    # "Advocates have expressed concern about the policy."
    doc, scan = parsed("Advocates/NOUN/3/nsubj/advocate/NNS have/AUX/3/aux expressed/VERB/0/root/express/VBN "
                       "concern/NOUN/3/obj about/ADP/7/case the/DET/7/det policy/NOUN/4/nmod ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["concern about the policy"], "Advocates", "have expressed", "indirect")]
    # "Putin reached out to express condolences." — a courtesy about nothing: no view reported
    courtesy = parsed("Putin/PROPN/2/nsubj/Putin/NNP called/VERB/0/root/call/VBD to/PART/4/mark "
                      "express/VERB/2/advcl/express/VB condolences/NOUN/4/obj/condolence/NNS ./PUNCT/2/punct")
    assert find_attributions(*courtesy) == []


def test_appear_reports_only_a_clause_and_yields_to_a_reporting_verb_after_it():
    # "Dean appeared on MSNBC." — no clause, no attribution
    tv = parsed("Dean/PROPN/2/nsubj appeared/VERB/0/root/appear/VBD on/ADP/4/case MSNBC/PROPN/2/obl ./PUNCT/2/punct")
    assert find_attributions(*tv) == []
    # "He appeared to suggest that veterans are weak." — "suggest" is the cue, "He" the source
    doc, scan = parsed("He/PRON/2/nsubj appeared/VERB/0/root/appear/VBD to/PART/4/mark suggest/VERB/2/xcomp/suggest/VB "
                       "that/SCONJ/8/mark veterans/NOUN/8/nsubj are/AUX/8/cop weak/ADJ/4/ccomp ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["that veterans are weak"], "He", "suggest", "indirect")]


def test_a_film_or_study_explores_a_thing_and_people_examining_things_do_not_report():
    # "The film explores the prison boom."
    doc, scan = parsed("The/DET/2/det film/NOUN/3/nsubj explores/VERB/0/root/explore/VBZ the/DET/6/det "
                       "prison/NOUN/6/compound boom/NOUN/3/obj ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["the prison boom"], "The film", "explores", "indirect")]
    # "Investigators examined the wreck."
    wreck = parsed("Investigators/NOUN/2/nsubj/investigator/NNS examined/VERB/0/root/examine/VBD the/DET/4/det "
                   "wreck/NOUN/2/obj ./PUNCT/2/punct")
    assert find_attributions(*wreck) == []


def test_a_channel_between_the_object_and_its_reason_stays_in_the_content():
    # "Tomblin lauded Clarke in his address for helping miners." (the reason hung on the channel)
    doc, scan = parsed("Tomblin/PROPN/2/nsubj lauded/VERB/0/root/laud/VBD Clarke/PROPN/2/obj in/ADP/6/case "
                       "his/PRON/6/nmod:poss address/NOUN/2/obl for/SCONJ/8/mark helping/VERB/6/acl/help/VBG "
                       "miners/NOUN/8/obj/miner/NNS ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["Clarke in his address for helping miners"], "Tomblin", "lauded", "indirect")]
    # "Tomblin lauded Clarke in his address." — the channel alone does not join
    doc, scan = parsed("Tomblin/PROPN/2/nsubj lauded/VERB/0/root/laud/VBD Clarke/PROPN/2/obj in/ADP/6/case "
                       "his/PRON/6/nmod:poss address/NOUN/2/obl ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["Clarke"], "Tomblin", "lauded", "indirect")]


def test_a_resumed_quotation_may_end_its_sentence_with_a_short_tail():
    # "“It is tinkering,” said Cole. “It is a tax increase” for the rich."
    doc, scan = parsed("“/PUNCT/4/punct It/PRON/4/nsubj is/AUX/4/cop tinkering/NOUN/0/root ,/PUNCT/4/punct "
                       "”/PUNCT/4/punct said/VERB/4/parataxis/say/VBD Cole/PROPN/7/nsubj ./PUNCT/4/punct",
                       "“/PUNCT/6/punct It/PRON/6/nsubj is/AUX/6/cop a/DET/6/det tax/NOUN/6/compound "
                       "increase/NOUN/0/root ”/PUNCT/6/punct for/ADP/10/case the/DET/10/det rich/ADJ/6/nmod "
                       "./PUNCT/6/punct", one_paragraph=True)
    assert texts(doc, find_attributions(doc, scan)) == [
        (["“It is tinkering,”", "“It is a tax increase”"], "Cole", "said", "direct")]


def test_a_quotation_inside_a_quotation_is_not_a_second_attribution():
    # "“People say, ‘It is over,’ but they are wrong,” King said."
    doc, scan = parsed("“/PUNCT/3/punct People/NOUN/3/nsubj/people/NNS say/VERB/0/root/say/VBP ,/PUNCT/3/punct "
                       "‘/PUNCT/8/punct It/PRON/8/nsubj is/AUX/8/cop over/ADJ/3/ccomp ,/PUNCT/8/punct ’/PUNCT/8/punct "
                       "but/CCONJ/15/cc they/PRON/15/nsubj are/AUX/15/cop wrong/ADJ/3/conj ,/PUNCT/3/punct "
                       "”/PUNCT/3/punct King/PROPN/18/nsubj said/VERB/3/parataxis/say/VBD ./PUNCT/3/punct")
    found = texts(doc, find_attributions(doc, scan))
    assert [(source, cue) for _, source, cue, _ in found] == [("King", "said")]


def test_refer_to_and_point_to_report_their_object():
    # "My father referred to King as a villain."
    doc, scan = parsed("My/PRON/2/nmod:poss father/NOUN/3/nsubj referred/VERB/0/root/refer/VBD to/ADP/5/case "
                       "King/PROPN/3/obl as/ADP/8/case a/DET/8/det villain/NOUN/3/obl ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["King as a villain"], "My father", "referred", "indirect")]


def test_the_infinitive_of_a_vow_is_its_content_not_a_second_report():
    # "Ban vowed not to repeat that mistake."
    doc, scan = parsed("Ban/PROPN/2/nsubj vowed/VERB/0/root/vow/VBD not/PART/5/advmod to/PART/5/mark "
                       "repeat/VERB/2/xcomp/repeat/VB that/DET/7/det mistake/NOUN/5/obj ./PUNCT/2/punct")
    assert [(cue, content) for content, _, cue, _ in texts(doc, find_attributions(doc, scan))] == [
        ("vowed", ["not to repeat that mistake"])]


def test_a_headline_reporting_verb_attributes_but_a_headline_event_does_not():
    # "Christie Calls Clinton ‘A Disgrace’" / "Turkey Backs Rebels" as headlines over a body paragraph
    body = "The/DET/2/det governor/NOUN/3/nsubj spoke/VERB/0/root/speak/VBD on/ADP/5/case Monday/PROPN/3/obl ./PUNCT/3/punct"
    doc, scan = parsed("Christie/PROPN/2/nsubj Calls/VERB/0/root/call/VBZ Clinton/PROPN/2/obj ‘/PUNCT/6/punct "
                       "A/DET/6/det Disgrace/NOUN/2/xcomp ’/PUNCT/6/punct", body)
    assert doc.blocks[0].kind == "heading"
    assert [(source, cue) for _, source, cue, _ in texts(doc, find_attributions(doc, scan))] == [("Christie", "Calls")]
    backs = parsed("Turkey/PROPN/2/nsubj Backs/VERB/0/root/back/VBZ Syrian/ADJ/4/amod Rebels/NOUN/2/obj", body)
    assert backs[0].blocks[0].kind == "heading" and find_attributions(*backs) == []


def test_comment_on_reports_its_topic_and_no_response_is_no_attribution():
    # "Trump has also commented on the death." / "The campaign did not respond to requests for comment."
    doc, scan = parsed("Trump/PROPN/4/nsubj has/AUX/4/aux also/ADV/4/advmod commented/VERB/0/root/comment/VBN "
                       "on/ADP/7/case the/DET/7/det death/NOUN/4/obl ./PUNCT/4/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["the death"], "Trump", "has also commented", "indirect")]
    doc, scan = parsed("The/DET/2/det campaign/NOUN/5/nsubj did/AUX/5/aux not/PART/5/advmod respond/VERB/0/root/respond/VB "
                       "to/ADP/7/case requests/NOUN/5/obl/request/NNS for/ADP/9/case comment/NOUN/7/nmod ./PUNCT/5/punct")
    assert texts(doc, find_attributions(doc, scan)) == []  # an unanswered request: nothing was said


def test_expect_and_believe_take_a_noun_phrase():
    # "No one expected a long discussion."
    doc, scan = parsed("No/DET/2/det one/NOUN/3/nsubj expected/VERB/0/root/expect/VBD a/DET/6/det long/ADJ/6/amod "
                       "discussion/NOUN/3/obj ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["a long discussion"], "No one", "expected", "indirect")]


def test_claim_and_fear_take_a_noun_phrase():
    # "He claimed vast wealth." / "Ivans fears a new pact."
    doc, scan = parsed("He/PRON/2/nsubj claimed/VERB/0/root/claim/VBD vast/ADJ/4/amod wealth/NOUN/2/obj ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["vast wealth"], "He", "claimed", "indirect")]
    doc, scan = parsed("Ivans/PROPN/2/nsubj fears/VERB/0/root/fear/VBZ a/DET/5/det new/ADJ/5/amod pact/NOUN/2/obj "
                       "./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["a new pact"], "Ivans", "fears", "indirect")]


def test_explain_declare_and_write_take_a_noun_phrase():
    # "Bin Laden declared war on the United States." / "The film explains the prison boom."
    doc, scan = parsed("Bin/PROPN/2/compound Laden/PROPN/3/nsubj declared/VERB/0/root/declare/VBD war/NOUN/3/obj "
                       "on/ADP/7/case the/DET/7/det States/PROPN/3/obl ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["war on the States"], "Bin Laden", "declared", "indirect")]
    doc, scan = parsed("The/DET/2/det film/NOUN/3/nsubj explains/VERB/0/root/explain/VBZ the/DET/6/det "
                       "prison/NOUN/6/compound boom/NOUN/3/obj ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["the prison boom"], "The film", "explains", "indirect")]


def test_brag_and_complain_about_report_their_topic():
    # "Trump brags about his prowess."
    doc, scan = parsed("Trump/PROPN/2/nsubj brags/VERB/0/root/brag/VBZ about/ADP/5/case his/PRON/5/nmod:poss "
                       "prowess/NOUN/2/obl ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["his prowess"], "Trump", "brags", "indirect")]


def test_know_takes_a_noun_phrase_or_an_indirect_question():
    # "Regulators didn't know what to make of him."
    doc, scan = parsed("Regulators/NOUN/4/nsubj/regulator/NNS did/AUX/4/aux n't/PART/4/advmod know/VERB/0/root/know/VB "
                       "what/PRON/4/obj to/PART/7/mark make/VERB/5/acl/make/VB of/ADP/9/case him/PRON/7/obl "
                       "./PUNCT/4/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["what to make of him"], "Regulators", "didn't know", "indirect")]


def test_a_coordinated_reporting_verb_ends_the_first_ones_content():
    # "China said it was opposed to the test and warned Pyongyang to stop." (the parser
    # coordinates "warned" with "opposed", inside the content): two reports, both China's
    doc, scan = parsed("China/PROPN/2/nsubj said/VERB/0/root/say/VBD it/PRON/5/nsubj was/AUX/5/cop "
                       "opposed/ADJ/2/ccomp to/ADP/8/case the/DET/8/det test/NOUN/5/obl and/CCONJ/10/cc "
                       "warned/VERB/5/conj/warn/VBD Pyongyang/PROPN/10/obj to/PART/13/mark stop/VERB/10/xcomp/stop/VB "
                       "./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["it was opposed to the test"], "China", "said", "indirect"),
        (["Pyongyang to stop"], "China", "warned", "indirect")]


def test_nesting_never_loops_and_a_parenthetical_outer_report_ends_the_inner_content():
    from attrib.attribution import Attribution
    from attrib.attribution.passes import _mark_nesting

    # "Russian officials claimed the incident was an accident, the Turkish army said."
    #  contents that each hold the other's cue: the postposed report is the outer one
    said = Attribution(0, [(0, 56)], (75, 79), (58, 74), 0.9)
    claimed = Attribution(0, [(26, 79)], (18, 25), (0, 17), 0.9)
    _mark_nesting([said, claimed])
    assert claimed.nested_in is said and said.nested_in is None
    doc, scan = parsed("Russian/ADJ/2/amod officials/NOUN/3/nsubj claimed/VERB/0/root/claim/VBD that/SCONJ/9/mark "
                       "the/DET/6/det incident/NOUN/9/nsubj was/AUX/9/cop an/DET/9/det accident/NOUN/3/ccomp "
                       ",/PUNCT/14/punct the/DET/13/det Turkish/ADJ/13/amod army/NOUN/14/nsubj "
                       "said/VERB/3/parataxis/say/VBD ./PUNCT/3/punct")
    found = texts(doc, find_attributions(doc, scan))
    assert (["that the incident was an accident"], "Russian officials", "claimed", "indirect") in found


def test_a_clause_hung_on_the_channel_noun_is_content_not_channel():
    # "The Kremlin said in a statement that Putin had agreed." (the parser makes the clause a
    # relative clause of "statement")
    doc, scan = parsed("The/DET/2/det Kremlin/PROPN/3/nsubj said/VERB/0/root/say/VBD in/ADP/6/case a/DET/6/det "
                       "statement/NOUN/3/obl/statement/NN that/PRON/10/obj/that/WDT Putin/PROPN/10/nsubj had/AUX/10/aux/have/VBD "
                       "agreed/VERB/6/acl:relcl/agree/VBN ./PUNCT/3/punct")
    (found,) = find_attributions(doc, scan)
    assert doc.text[found.channel[0]:found.channel[1]] == "in a statement"
    assert [doc.text[s:e] for s, e in found.contents] == ["that Putin had agreed"]


def test_go_after_and_speak_out_against_report_a_persons_stance():
    # "Reid has gone after Trump." / "Sanders spoke out against the deal."
    doc, scan = parsed("Reid/PROPN/3/nsubj has/AUX/3/aux gone/VERB/0/root/go/VBN after/ADP/5/case "
                       "Trump/PROPN/3/obl ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["Trump"], "Reid", "has gone", "indirect")]
    doc, scan = parsed("Sanders/PROPN/2/nsubj spoke/VERB/0/root/speak/VBD out/ADP/2/compound:prt "
                       "against/ADP/6/case the/DET/6/det deal/NOUN/2/obl ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["the deal"], "Sanders", "spoke out", "indirect")]


def test_a_prepositional_verb_is_not_matched_across_another_verbs_particle():
    # "Morlake went ahead after 23 minutes." is no "go after" (stance: "went after Clinton")
    doc, scan = parsed("Morlake/PROPN/2/nsubj went/VERB/0/root/go/VBD ahead/ADV/2/advmod after/ADP/6/case "
                       "23/NUM/6/nummod minutes/NOUN/2/obl ./PUNCT/2/punct")
    assert find_attributions(doc, scan) == []
    doc, scan = parsed("Trump/PROPN/2/nsubj went/VERB/0/root/go/VBD after/ADP/4/case Clinton/PROPN/2/obl "
                       "./PUNCT/2/punct")
    assert len(find_attributions(doc, scan)) == 1


def test_the_reporters_rebuttal_after_but_is_not_part_of_the_claim():
    spec = ("Critics/NOUN/2/nsubj/critic/NNS claim/VERB/0/root/claim/VBP the/DET/4/det/the/DT idea/NOUN/6/nsubj/idea/NN "
            "would/AUX/6/aux/would/MD wreck/VERB/2/ccomp/wreck/VB small/ADJ/8/amod/small/JJ firms/NOUN/6/obj/firm/NNS "
            ",/PUNCT/15/punct/,/, but/CCONJ/15/cc/but/CC that/DET/12/det/that/DT argument/NOUN/15/nsubj:pass/argument/NN "
            "has/AUX/15/aux/have/VBZ been/AUX/15/aux:pass/be/VBN debunked/VERB/2/conj/debunk/VBN ./PUNCT/2/punct/./.")
    doc, scan = parsed(spec)
    [att] = find_attributions(doc, scan)
    assert [doc.text[s:e] for s, e in att.contents] == ["the idea would wreck small firms"]
    # a "but" clause about something else stays what the critics claim
    doc, scan = parsed(spec.replace("that/DET/12/det/that/DT argument/NOUN/15/nsubj:pass/argument/NN",
                                    "the/DET/12/det/the/DT jobs/NOUN/15/nsubj:pass/job/NNS"))
    [att] = find_attributions(doc, scan)
    assert doc.text[att.contents[0][0]:att.contents[-1][1]].endswith("debunked")


def test_an_accusations_gerund_belongs_to_its_content_when_its_preposition_hangs_lower():
    # 'she accused Marsh of "hiding the numbers"' with "of" parsed as the case of "numbers"
    doc, scan = parsed("she/PRON/2/nsubj accused/VERB/0/root/accuse/VBD Marsh/PROPN/2/obj of/ADP/8/case "
                       "“/PUNCT/6/punct hiding/VERB/2/advcl/hide/VBG the/DET/8/det numbers/NOUN/6/obj "
                       "”/PUNCT/6/punct ./PUNCT/2/punct")
    [att] = find_attributions(doc, scan)
    assert doc.text[att.contents[0][0]:att.contents[-1][1]] == "Marsh of “hiding the numbers”"


def test_after_quotative_inversion_the_content_is_before_the_cue_not_a_misread_apposition():
    # "“We are on board,” says Scott McGeary, an IT professional." with "an IT professional" read as a clause
    doc, scan = parsed(
        "“/PUNCT/4/punct We/PRON/4/nsubj are/AUX/4/cop board/NOUN/7/ccomp ,/PUNCT/4/punct ”/PUNCT/4/punct "
        "says/VERB/0/root/say/VBZ Scott/PROPN/7/nsubj McGeary/PROPN/8/flat ,/PUNCT/13/punct an/DET/12/det "
        "IT/PRON/13/nsubj professional/ADJ/7/ccomp ./PUNCT/7/punct")
    [(contents, source, cue, kind)] = texts(doc, find_attributions(doc, scan))
    assert (contents, source, cue) == (["“We are board,”"], "Scott McGeary", "says")


def test_a_short_quotation_opening_the_sentence_before_its_cue_is_speech():
    # "“It's huge,” he said, doing his best impersonation." — two words, but quote-first speech
    doc, scan = parsed(
        "“/PUNCT/3/punct It/PRON/3/nsubj huge/ADJ/7/ccomp ,/PUNCT/3/punct ”/PUNCT/3/punct he/PRON/7/nsubj "
        "said/VERB/0/root/say/VBD ,/PUNCT/9/punct doing/VERB/7/ccomp/do/VBG his/PRON/11/nmod:poss "
        "impersonation/NOUN/9/obj ./PUNCT/7/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["“It huge,”"], "he", "said", "direct")]
    # the same two words as a scare quote inside the reporter's sentence are not
    doc, scan = parsed(
        "He/PRON/2/nsubj called/VERB/0/root/call/VBD it/PRON/2/obj “/PUNCT/5/punct huge/ADJ/2/xcomp "
        "”/PUNCT/5/punct ./PUNCT/2/punct")
    assert all(t[3] != "direct" for t in texts(doc, find_attributions(doc, scan)))


def test_a_clause_after_a_lower_adding_is_not_the_first_cues_content():
    # "“We win,” Graham said on Fox, adding, “It is over.”" with "adding" hung on "Fox"
    doc, scan = parsed(
        "“/PUNCT/3/punct We/PRON/3/nsubj win/VERB/7/ccomp/win/VBP ,/PUNCT/3/punct ”/PUNCT/3/punct "
        "Graham/PROPN/7/nsubj said/VERB/0/root/say/VBD on/ADP/9/case Fox/PROPN/7/obl ,/PUNCT/11/punct "
        "adding/VERB/9/acl/add/VBG ,/PUNCT/9/punct “/PUNCT/9/punct It/PRON/16/nsubj is/AUX/16/cop "
        "over/ADJ/7/ccomp ./PUNCT/16/punct ”/PUNCT/16/punct")
    found = texts(doc, find_attributions(doc, scan))
    assert (["“We win,”"], "Graham", "said", "direct") in found


def test_cannot_seem_and_an_appearing_participle_say_nothing_about_how_things_look():
    # "He can't seem to win." / "Appearing to tire, he sat down." / but "He seems to win."
    cannot = parsed("He/PRON/4/nsubj ca/AUX/4/aux/can/MD n't/PART/4/advmod seem/VERB/0/root/seem/VB "
                    "to/PART/6/mark win/VERB/4/xcomp/win/VB ./PUNCT/4/punct")
    assert find_attributions(*cannot) == []
    opener = parsed("Appearing/VERB/6/advcl/appear/VBG to/PART/3/mark tire/VERB/1/xcomp/tire/VB ,/PUNCT/1/punct "
                    "he/PRON/6/nsubj sat/VERB/0/root/sit/VBD down/ADV/6/advmod ./PUNCT/6/punct")
    assert find_attributions(*opener) == []
    doc, scan = parsed("He/PRON/2/nsubj seems/VERB/0/root/seem/VBZ to/PART/4/mark win/VERB/2/xcomp/win/VB ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["He seems to win"], None, "seems", "indirect")]


def test_a_short_quotation_a_colon_introduces_is_speech():
    # "Fenn wrote: “Big week, really.”"
    doc, scan = parsed(
        "Fenn/PROPN/2/nsubj wrote/VERB/0/root/write/VBD :/PUNCT/2/punct “/PUNCT/6/punct Big/ADJ/6/amod "
        "week/NOUN/2/parataxis ,/PUNCT/6/punct really/ADV/6/advmod ./PUNCT/6/punct ”/PUNCT/6/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["“Big week, really.”"], "Fenn", "wrote", "direct")]


def test_a_cue_in_an_opening_adverbial_clause_reports_nothing_past_it():
    # "Stating that the rights are absent, Clinton has vowed to repeal it." (the content ran on to
    # the end of the sentence and swallowed the main clause and its own attribution)
    doc, scan = parsed("Stating/VERB/10/advcl/state/VBG that/SCONJ/6/mark the/DET/4/det rights/NOUN/6/nsubj "
                       "are/AUX/6/cop absent/ADJ/1/ccomp ,/PUNCT/1/punct Clinton/PROPN/10/nsubj has/AUX/10/aux "
                       "vowed/VERB/0/root/vow/VBN to/PART/12/mark repeal/VERB/10/xcomp/repeal/VB it/PRON/12/obj "
                       "./PUNCT/10/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["that the rights are absent"], "Clinton", "Stating", "indirect"),
        (["to repeal it"], "Clinton", "has vowed", "indirect")]


def test_an_opening_quotation_closed_by_a_comma_is_what_the_reporting_clause_after_it_reports():
    # "“Savage,” she said, meaning that he cares." (the participle after the cue is the reporter's gloss)
    doc, scan = parsed("“/PUNCT/2/punct Savage/PROPN/6/nsubj ,/PUNCT/2/punct ”/PUNCT/2/punct she/PRON/6/nsubj "
                       "said/VERB/0/root/say/VBD ,/PUNCT/8/punct meaning/VERB/6/advcl/mean/VBG that/SCONJ/11/mark "
                       "he/PRON/11/nsubj cares/VERB/8/ccomp/care/VBZ ./PUNCT/6/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["“Savage,”"], "she", "said", "direct")]
    # "“Let me tell you the facts,” Cruz said after a brief “I'm sorry” to Carson."
    doc, scan = parsed("“/PUNCT/2/punct Let/VERB/11/ccomp/let/VB me/PRON/2/obj tell/VERB/2/xcomp/tell/VB "
                       "you/PRON/4/iobj the/DET/7/det facts/NOUN/4/obj ,/PUNCT/2/punct ”/PUNCT/2/punct "
                       "Cruz/PROPN/11/nsubj said/VERB/0/root/say/VBD after/ADP/14/case a/DET/14/det "
                       "brief/NOUN/11/obl “/PUNCT/18/punct I/PRON/18/nsubj 'm/AUX/18/cop sorry/ADJ/11/ccomp "
                       "”/PUNCT/18/punct to/ADP/21/case Carson/PROPN/18/obl ./PUNCT/11/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["“Let me tell you the facts,”"], "Cruz", "said", "direct")]


def test_a_quotation_resumed_after_the_sources_apposition_is_the_second_piece():
    # "“The risk,” said Leamer, an economist, “is that jobs go.”"
    doc, scan = parsed("“/PUNCT/3/punct The/DET/3/det risk/NOUN/6/nsubj ,/PUNCT/3/punct ”/PUNCT/3/punct "
                       "said/VERB/0/root/say/VBD Leamer/PROPN/6/nsubj ,/PUNCT/10/punct an/DET/10/det "
                       "economist/NOUN/7/appos ,/PUNCT/10/punct “/PUNCT/16/punct is/AUX/16/cop that/SCONJ/16/mark "
                       "jobs/NOUN/16/nsubj go/VERB/6/ccomp/go/VBP ./PUNCT/16/punct ”/PUNCT/16/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["“The risk,”", "“is that jobs go.”"], "Leamer", "said", "direct")]


def test_a_manner_of_speaking_verb_reports_only_a_quotation_next_to_it():
    # "“Mexico!” the audience screamed." / "The crowd roared when he arrived."
    doc, scan = parsed("“/PUNCT/2/punct Mexico/PROPN/7/ccomp !/PUNCT/2/punct ”/PUNCT/2/punct the/DET/6/det "
                       "audience/NOUN/7/nsubj screamed/VERB/0/root/scream/VBD ./PUNCT/7/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["“Mexico!”"], "the audience", "screamed", "direct")]
    doc, scan = parsed("The/DET/2/det crowd/NOUN/3/nsubj roared/VERB/0/root/roar/VBD when/SCONJ/6/mark he/PRON/6/nsubj "
                       "arrived/VERB/3/advcl/arrive/VBD ./PUNCT/3/punct")
    assert find_attributions(doc, scan) == []


def test_a_content_never_ends_on_the_conjunction_before_the_next_cue():
    # "Clinton says she respects him but argues that he can't win."
    doc, scan = parsed("Clinton/PROPN/2/nsubj says/VERB/0/root/say/VBZ she/PRON/4/nsubj respects/VERB/2/ccomp/respect/VBZ "
                       "him/PRON/4/obj but/CCONJ/7/cc argues/VERB/4/conj/argue/VBZ that/SCONJ/11/mark "
                       "he/PRON/11/nsubj ca/AUX/11/aux win/VERB/7/ccomp/win/VB ./PUNCT/2/punct")
    got = texts(doc, find_attributions(doc, scan))
    assert (["she respects him"], "Clinton", "says", "indirect") in got
    assert (["that he ca win"], "Clinton", "argues", "indirect") in got


def test_a_request_to_a_court_is_a_filing_not_a_statement():
    # "Lawyers asked the court to order a repair." (the guideline: a filing is a deed) against
    # "Lawyers asked the minister to resign." (a request, reported)
    def found(addressee):
        doc, scan = parsed(f"Lawyers/NOUN/2/nsubj asked/VERB/0/root/ask/VBD the/DET/4/det {addressee}/NOUN/2/obj "
                           "to/PART/6/mark resign/VERB/2/xcomp/resign/VB ./PUNCT/2/punct")
        return [cue for _, _, cue, _ in texts(doc, find_attributions(doc, scan))]
    assert "asked" not in found("court")
    assert "asked" in found("minister")


def test_the_act_a_request_asks_for_is_no_stance_of_its_own():
    # "He asked Judge Marsh to dismiss the claim." (a filing: nothing at all is attributed)
    doc, scan = parsed("He/PRON/2/nsubj asked/VERB/0/root/ask/VBD Judge/NOUN/2/obj Marsh/PROPN/3/flat "
                       "to/PART/6/mark dismiss/VERB/2/advcl/dismiss/VB the/DET/8/det claim/NOUN/6/obj ./PUNCT/2/punct")
    assert find_attributions(doc, scan) == []


def test_an_inverted_speaker_with_an_apposition_after_a_misparsed_cue():
    # "Taxes will rise, predicted Ann Lee, a former governor challenged by Sanders." with the cue
    # read as a participle of the clause's object and the speaker as its complement
    doc, scan = parsed("Taxes/NOUN/3/nsubj will/AUX/3/aux/will/MD rise/VERB/0/root/rise/VB ,/PUNCT/5/punct "
                       "predicted/VERB/3/advcl/predict/VBN Ann/PROPN/5/xcomp Lee/PROPN/6/flat ,/PUNCT/11/punct "
                       "a/DET/11/det former/ADJ/11/amod governor/NOUN/6/appos challenged/VERB/11/acl/challenge/VBN "
                       "by/ADP/14/case Sanders/PROPN/12/obl:agent ./PUNCT/3/punct")
    found = texts(doc, find_attributions(doc, scan))
    assert [(c, s.split(",")[0], cue) for c, s, cue, _ in found] == [(["Taxes will rise"], "Ann Lee", "predicted")]


def test_a_complement_opened_by_as_is_an_adverbial_clause():
    # "“We won the vote!” Ann Lee said as she left." with "as she left" read as the cue's complement
    doc, scan = parsed("“/PUNCT/3/punct We/PRON/3/nsubj won/VERB/0/root/win/VBD the/DET/5/det vote/NOUN/3/obj "
                       "!/PUNCT/3/punct ”/PUNCT/3/punct",
                       "Ann/PROPN/3/nsubj Lee/PROPN/1/flat said/VERB/0/root/say/VBD as/SCONJ/6/mark "
                       "she/PRON/6/nsubj left/VERB/3/ccomp/leave/VBD ./PUNCT/3/punct", one_paragraph=True)
    found = texts(doc, find_attributions(doc, scan))
    assert [(c, s) for c, s, _, _ in found] == [(["“We won the vote!”"], "Ann Lee")]
    # "when" may open what was said: "He said when it would reopen." keeps its clause
    doc, scan = parsed("He/PRON/2/nsubj said/VERB/0/root/say/VBD when/SCONJ/6/mark it/PRON/6/nsubj "
                       "would/AUX/6/aux/would/MD reopen/VERB/2/ccomp/reopen/VB ./PUNCT/2/punct")
    assert [c for c, *_ in texts(doc, find_attributions(doc, scan))] == [["when it would reopen"]]


def test_a_short_quotation_the_tokenizer_ended_at_its_mark_is_still_what_follows_reports():
    # "“We won!” Ann Lee said." split after "!”": a quotation opening its sentence is speech
    # however short, as "“No,” he said." is
    doc, scan = parsed("“/PUNCT/3/punct We/PRON/3/nsubj won/VERB/0/root/win/VBD !/PUNCT/3/punct ”/PUNCT/3/punct",
                       "Ann/PROPN/3/nsubj Lee/PROPN/1/flat said/VERB/0/root/say/VBD ./PUNCT/3/punct",
                       one_paragraph=True)
    assert [(c, s) for c, s, _, _ in texts(doc, find_attributions(doc, scan))] == [(["“We won!”"], "Ann Lee")]
    # a short quotation inside the reporter's sentence before is a scare quote, not what was said
    doc, scan = parsed("It/PRON/2/nsubj was/AUX/0/root/be/VBD “/PUNCT/4/punct great/ADJ/2/xcomp !/PUNCT/4/punct "
                       "”/PUNCT/4/punct",
                       "Ann/PROPN/3/nsubj Lee/PROPN/1/flat said/VERB/0/root/say/VBD ./PUNCT/3/punct",
                       one_paragraph=True)
    assert texts(doc, find_attributions(doc, scan)) == []


def test_a_later_report_the_parser_hung_higher_up_ends_a_nested_content():
    # "Aides say they assume taxes rose, they also say costs fell." with the second "say" hung on
    # the first: "assume" reports "taxes rose" only
    doc, scan = parsed("Aides/NOUN/2/nsubj say/VERB/0/root/say/VBP they/PRON/4/nsubj assume/VERB/2/ccomp/assume/VBP "
                       "taxes/NOUN/6/nsubj rose/VERB/4/ccomp/rise/VBD ,/PUNCT/10/punct they/PRON/10/nsubj "
                       "also/ADV/10/advmod say/VERB/2/parataxis/say/VBP costs/NOUN/12/nsubj fell/VERB/10/ccomp/fall/VBD "
                       "./PUNCT/2/punct")
    found = texts(doc, find_attributions(doc, scan))
    assert (["costs fell"], "they", "also say", "indirect") in found


def test_a_participial_aside_before_the_quotation_that_the_parser_gave_its_opening_mark():
    # "Beck joked, again using an accent, “Amen, brother!”" with "“" hung on "using"
    doc, scan = parsed("Beck/PROPN/2/nsubj joked/VERB/0/root/joke/VBD ,/PUNCT/5/punct again/ADV/5/advmod "
                       "using/VERB/2/advcl/use/VBG an/DET/7/det accent/NOUN/5/obj ,/PUNCT/5/punct “/PUNCT/5/punct "
                       "Amen/PROPN/2/nsubj ,/PUNCT/12/punct brother/NOUN/10/appos ,/PUNCT/14/punct come/VERB/2/parataxis "
                       "up/ADV/14/advmod !/PUNCT/2/punct ”/PUNCT/2/punct")
    found = texts(doc, find_attributions(doc, scan))
    assert [(c, s, cue) for c, s, cue, _ in found] == [(["“Amen, brother, come up!”"], "Beck", "joked")]


def test_a_cue_inside_the_subject_never_reports_the_subjects_predicate():
    # "Clinton, who called Sanders after the winner was declared, told her supporters, …": the
    # parse is right; word order alone had made "told her supporters …" what was declared
    doc, scan = parsed(
        "Clinton/PROPN/12/nsubj ,/PUNCT/1/punct who/PRON/4/nsubj called/VERB/1/acl:relcl/call/VBD "
        "Sanders/PROPN/4/obj after/SCONJ/10/mark the/DET/8/det winner/NOUN/10/nsubj:pass "
        "was/AUX/10/aux:pass declared/VERB/4/advcl/declare/VBN ,/PUNCT/1/punct told/VERB/0/root/tell/VBD "
        "her/PRON/14/nmod:poss supporters/NOUN/12/obj ,/PUNCT/12/punct “/PUNCT/19/punct I/PRON/19/nsubj "
        "still/ADV/19/advmod love/VERB/12/ccomp/love/VBP it/PRON/19/obj ./PUNCT/19/punct ”/PUNCT/19/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["“I still love it.”"], "Clinton", "told", "direct")]


def test_a_participle_qualifying_a_noun_never_reports_the_clause_around_it():
    doc, scan = parsed(
        "In/ADP/3/case a/DET/3/det statement/NOUN/10/obl announcing/VERB/3/acl/announce/VBG the/DET/6/det "
        "pick/NOUN/4/obj ,/PUNCT/3/punct the/DET/9/det union/NOUN/10/nsubj called/VERB/0/root/call/VBD "
        "Clinton/PROPN/10/obj a/DET/13/det champion/NOUN/10/xcomp ./PUNCT/10/punct")
    found = texts(doc, find_attributions(doc, scan))
    assert (["Clinton a champion"], "the union", "called", "indirect") in found
    assert not any("called" in content[0] for content, _, cue, _ in found if cue == "announcing")


def test_a_past_tense_cue_after_but_hung_inside_the_first_content_has_the_first_speaker():
    # "She said it was too early to congratulate winners but added, “I think so.”"
    doc, scan = parsed(
        "She/PRON/2/nsubj said/VERB/0/root/say/VBD it/PRON/6/expl was/AUX/6/cop too/ADV/6/advmod "
        "early/ADJ/2/ccomp to/PART/8/mark congratulate/VERB/6/csubj/congratulate/VB winners/NOUN/8/obj "
        "but/CCONJ/11/cc added/VERB/8/conj/add/VBD ,/PUNCT/15/punct “/PUNCT/15/punct I/PRON/15/nsubj "
        "think/VERB/2/ccomp/think/VBP so/ADV/15/advmod ./PUNCT/15/punct ”/PUNCT/15/punct")
    found = texts(doc, find_attributions(doc, scan))
    assert (["it was too early to congratulate winners"], "She", "said", "indirect") in found
    assert (["“I think so.”"], "She", "added", "direct") in found


def test_a_second_report_joined_by_and_without_a_comma_ends_the_first():
    # "21 percent said “not likely” and 14 percent said “not at all likely.”"
    doc, scan = parsed(
        "21/NUM/2/nummod percent/NOUN/3/nsubj said/VERB/0/root/say/VBD “/PUNCT/6/punct not/PART/6/advmod "
        "likely/ADJ/3/ccomp ”/PUNCT/6/punct and/CCONJ/11/cc 14/NUM/10/nummod percent/NOUN/11/nsubj "
        "said/VERB/6/conj/say/VBD “/PUNCT/16/punct not/PART/16/advmod at/ADP/15/case all/DET/16/obl "
        "likely/ADJ/11/ccomp ./PUNCT/11/punct ”/PUNCT/11/punct")
    found = texts(doc, find_attributions(doc, scan))
    assert (["“not likely”"], "21 percent", "said", "direct") in found
    assert (["“not at all likely.”"], "14 percent", "said", "direct") in found


def test_a_short_quotation_after_the_cue_and_a_comma_ending_the_sentence_is_what_was_said():
    # "Asked about the vote, Ryan said, “We will see.”": three words, still the dialogue
    doc, scan = parsed(
        "Asked/VERB/0/root/ask/VBD about/ADP/4/case the/DET/4/det vote/NOUN/1/obl ,/PUNCT/7/punct "
        "Ryan/PROPN/7/nsubj said/VERB/1/parataxis/say/VBD ,/PUNCT/7/punct “/PUNCT/12/punct We/PRON/12/nsubj "
        "will/AUX/12/aux see/VERB/1/parataxis/see/VB ./PUNCT/12/punct ”/PUNCT/7/punct")
    assert (["“We will see.”"], "Ryan", "said", "direct") in texts(doc, find_attributions(doc, scan))


def test_a_participle_after_when_sets_the_scene_for_the_quotation():
    # "When asked whether he would run, he said, “I hope not.”" with "asked" hung on the quoted verb
    doc, scan = parsed(
        "When/ADV/2/advmod asked/VERB/13/advcl/ask/VBN whether/SCONJ/6/mark he/PRON/6/nsubj would/AUX/6/aux "
        "run/VERB/2/ccomp/run/VB ,/PUNCT/2/punct he/PRON/9/nsubj said/VERB/0/root/say/VBD ,/PUNCT/9/punct "
        "“/PUNCT/13/punct I/PRON/13/nsubj hope/VERB/9/ccomp/hope/VBP not/PART/13/advmod ./PUNCT/13/punct "
        "”/PUNCT/13/punct")
    found = texts(doc, find_attributions(doc, scan))
    assert (["“I hope not.”"], "he", "said", "direct") in found


def test_a_stance_verb_reporting_a_that_clause_reports_the_clause():
    # "He bemoaned that costs are higher." — a stance verb ("praised the plan") with a "that" clause
    doc, scan = parsed("He/PRON/2/nsubj bemoaned/VERB/0/root/bemoan/VBD that/SCONJ/6/mark costs/NOUN/6/nsubj "
                       "are/AUX/6/cop higher/ADJ/2/ccomp/high/JJR ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["that costs are higher"], "He", "bemoaned", "indirect")]
    # without one, its object is what it is about, as before: "He bemoaned the costs."
    doc, scan = parsed("He/PRON/2/nsubj bemoaned/VERB/0/root/bemoan/VBD the/DET/4/det costs/NOUN/2/obj "
                       "./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["the costs"], "He", "bemoaned", "indirect")]


def test_any_finite_verb_in_a_quotations_reporting_clause_introduces_it():
    # "“We are afraid,” he surmised." — "surmise" is in no word list
    doc, scan = parsed("“/PUNCT/4/punct We/PRON/4/nsubj are/AUX/4/cop afraid/ADJ/0/root ,/PUNCT/4/punct "
                       "”/PUNCT/4/punct he/PRON/8/nsubj surmised/VERB/4/parataxis/surmise/VBD ./PUNCT/4/punct")
    (content, source, cue, kind), = texts(doc, find_attributions(doc, scan))
    assert (content, source, cue, kind) == (["“We are afraid,”"], "he", "surmised", "direct")
    assert find_attributions(doc, scan)[0].construction == "quotation-frame"
    # "Kasich resisted: “No governor can.”"
    doc, scan = parsed("Kasich/PROPN/2/nsubj resisted/VERB/0/root/resist/VBD :/PUNCT/7/punct “/PUNCT/7/punct "
                       "No/DET/6/det governor/NOUN/7/nsubj can/AUX/2/parataxis/can/MD ./PUNCT/7/punct ”/PUNCT/7/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["“No governor can.”"], "Kasich", "resisted", "direct")]
    # not after a quotation without its comma: "Fans stitched “We are the champions” and left."
    doc, scan = parsed("Fans/NOUN/2/nsubj stitched/VERB/0/root/stitch/VBD “/PUNCT/7/punct We/PRON/7/nsubj "
                       "are/AUX/7/cop the/DET/7/det champions/NOUN/2/ccomp ”/PUNCT/7/punct and/CCONJ/10/cc "
                       "left/VERB/2/conj/leave/VBD ./PUNCT/2/punct")
    assert find_attributions(doc, scan) == []


def test_a_final_reporting_clause_reports_a_clause_the_tagger_left_without_a_finite_verb():
    # "The movement plans/NNS to protest the big debate, the paper reports."
    doc, scan = parsed("The/DET/3/det movement/NOUN/3/compound plans/NOUN/12/nsubj/plan/NNS to/PART/5/mark "
                       "protest/VERB/3/acl/protest/VB the/DET/8/det big/ADJ/8/amod debate/NOUN/5/obj ,/PUNCT/3/punct "
                       "the/DET/11/det paper/NOUN/12/nsubj reports/VERB/0/root/report/VBZ ./PUNCT/12/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["The movement plans to protest the big debate"], "the paper", "reports", "indirect")]


def test_a_postposed_cue_coordinated_by_the_parser_reports_the_clause_before_its_subjects_comma():
    # "Clinton won the primary, the agency declared on Thursday, two days after the vote ended."
    # with "declared" a conjunct of "won"
    doc, scan = parsed("Clinton/PROPN/2/nsubj won/VERB/0/root/win/VBD the/DET/4/det primary/NOUN/2/obj ,/PUNCT/8/punct "
                       "the/DET/7/det agency/NOUN/8/nsubj declared/VERB/2/conj/declare/VBD on/ADP/10/case "
                       "Thursday/PROPN/8/obl ,/PUNCT/13/punct two/NUM/13/nummod days/NOUN/8/obl:unmarked "
                       "after/SCONJ/17/mark the/DET/16/det vote/NOUN/17/nsubj ended/VERB/8/advcl/end/VBD ./PUNCT/2/punct")
    ((content, source, cue, _),) = texts(doc, find_attributions(doc, scan))
    assert (content[0], source, cue) == ("Clinton won the primary", "the agency", "declared")
    assert _side(doc.sentences[0], 7, load_lexicon()) == ("left", 1)  # from the parse, not word order
    # after an opening adverbial clause the main clause is no report: "After Clinton won, the agency declared a winner."
    doc, scan = parsed("After/SCONJ/3/mark Clinton/PROPN/3/nsubj won/VERB/0/root/win/VBD ,/PUNCT/7/punct "
                       "the/DET/6/det agency/NOUN/7/nsubj declared/VERB/3/conj/declare/VBD a/DET/9/det "
                       "winner/NOUN/7/obj ./PUNCT/3/punct")
    assert all("After Clinton won" not in c for content, _, _, _ in texts(doc, find_attributions(doc, scan))
               for c in content)


def test_a_listed_particle_read_as_an_adverb_still_makes_the_phrasal_cue():
    # "Clinton fired back that taxes rose." with "back" an adverb, not a particle
    doc, scan = parsed("Clinton/PROPN/2/nsubj fired/VERB/0/root/fire/VBD back/ADV/2/advmod that/SCONJ/6/mark "
                       "taxes/NOUN/6/nsubj rose/VERB/2/ccomp/rise/VBD ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["that taxes rose"], "Clinton", "fired", "indirect")]
    # the verb alone is no cue: "The company fired its director."
    doc, scan = parsed("The/DET/2/det company/NOUN/3/nsubj fired/VERB/0/root/fire/VBD its/PRON/5/nmod:poss "
                       "director/NOUN/3/obj ./PUNCT/3/punct")
    assert find_attributions(doc, scan) == []


def test_a_gerund_tag_with_a_nominative_subject_is_a_finite_clause():
    # "Republicans blocked the bills, saying they infringe/VBG on rights." (a tagger slip)
    doc, scan = parsed("Republicans/PROPN/2/nsubj blocked/VERB/0/root/block/VBD the/DET/4/det bills/NOUN/2/obj "
                       ",/PUNCT/6/punct saying/VERB/2/advcl/say/VBG they/PRON/8/nsubj infringe/VERB/6/ccomp/infringe/VBG "
                       "on/ADP/10/case rights/NOUN/8/obl ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["they infringe on rights"], "Republicans", "saying",
                                                         "indirect")]
