"""Attribution patterns on hand-built parses (no model)."""

from dataclasses import replace

from attrib.attribution import find_attributions
from attrib.attribution.clause import _clause_words
from attrib.lexicon import load_lexicon
from helpers import parsed


def texts(doc, atts):
    return [([doc.text[s:e] for s, e in a.contents], doc.text[a.source[0]:a.source[1]] if a.source else None,
             doc.text[a.cue[0]:a.cue[1]] if a.cue else None, a.type) for a in atts]


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


def test_according_to():
    doc, scan = parsed("According/VERB/3/case/accord to/ADP/1/fixed officials/NOUN/7/obl ,/PUNCT/3/punct "
                       "three/NUM/6/nummod people/NOUN/7/nsubj:pass died/VERB/0/root/die/VBD ./PUNCT/7/punct")
    (content, source, cue, kind), = texts(doc, find_attributions(doc, scan))
    assert content == ["three people died"] and source == "officials" and cue == "According to"


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


def test_pronoun_cue_inside_a_quotation_is_the_speakers_narration_not_a_nested_attribution():
    doc, scan = parsed("“/PUNCT/3/punct He/PRON/3/nsubj said/VERB/11/ccomp/say/VBD it/PRON/7/nsubj "
                       "was/AUX/7/cop really/ADV/7/advmod over/ADJ/3/ccomp ,/PUNCT/3/punct ”/PUNCT/3/punct "
                       "Smith/PROPN/11/nsubj said/VERB/0/root/say/VBD ./PUNCT/11/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["“He said it was really over,”"], "Smith", "said", "direct")]


def test_first_person_belief_inside_words_is_not_a_source():
    doc, scan = parsed("I/PRON/2/nsubj think/VERB/0/root/think/VBP it/PRON/4/nsubj works/VERB/2/ccomp/work/VBZ "
                       "./PUNCT/2/punct")
    assert find_attributions(doc, scan) == []


def test_promise_with_a_noun_object_is_not_an_attribution():
    doc, scan = parsed("Putin/PROPN/2/nsubj promised/VERB/0/root/promise/VBD better/ADJ/4/amod "
                       "coordination/NOUN/2/obj ./PUNCT/2/punct")
    assert find_attributions(doc, scan) == []


def test_speaker_label_transcript_and_dash_credit():
    doc, scan = parsed("PENCE/PROPN/0/root :/PUNCT/1/punct Well/INTJ/1/discourse ,/PUNCT/1/punct we/PRON/6/nsubj "
                       "win/VERB/1/parataxis/win/VBP ./PUNCT/1/punct",
                       "“/PUNCT/4/punct We/PRON/4/nsubj shall/AUX/4/aux overcome/VERB/0/root today/NOUN/4/obl "
                       "./PUNCT/4/punct ”/PUNCT/4/punct ―/PUNCT/9/punct Sonya/PROPN/4/appos Herridge/PROPN/9/flat")
    got = texts(doc, find_attributions(doc, scan))
    assert (["Well, we win"], "PENCE", ":", "indirect") in got
    assert (["“We shall overcome today.”"], "Sonya Herridge", "―", "direct") in got


def test_standalone_quote_continues_previous_speaker():
    doc, scan = parsed("Peskov/PROPN/2/nsubj said/VERB/0/root/say/VBD talks/NOUN/4/nsubj failed/VERB/2/ccomp/fail/VBD "
                       "./PUNCT/2/punct",
                       "“/PUNCT/3/punct It/PRON/3/nsubj was/AUX/0/root a/DET/5/det mistake/NOUN/3/obj "
                       "./PUNCT/3/punct ”/PUNCT/3/punct")
    found = find_attributions(doc, scan)
    assert len(found) == 2
    follow = found[1]
    assert follow.cue is None and follow.inherits is found[0] and doc.text[follow.source[0]:follow.source[1]] == "Peskov"


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


def test_second_conjunct_takes_subject_of_noun_root():
    # "Authorities announced … and said …" with the noun parsed as root and the verb as its acl
    doc, scan = parsed("Authorities/NOUN/0/root/authority announced/VERB/1/acl/announce/VBD the/DET/4/det "
                       "arrest/NOUN/2/obj and/CCONJ/6/cc said/VERB/2/conj/say/VBD a/DET/8/det "
                       "curfew/NOUN/10/nsubj would/AUX/10/aux continue/VERB/6/ccomp/continue/VB ./PUNCT/1/punct")
    assert (["a curfew would continue"], "Authorities", "said", "indirect") in texts(doc, find_attributions(doc, scan))


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
    assert (["“He started this by saying Obama lied.”"], "Ellis", None, "direct") in got
    assert not any(cue == "saying" for _, _, cue, _ in got)


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


def test_speech_idiom_is_not_an_attribution():
    doc, scan = parsed("It/PRON/2/nsubj goes/VERB/0/root/go/VBZ without/SCONJ/4/mark saying/VERB/2/advcl/say/VBG "
                       "that/SCONJ/7/mark taxes/NOUN/7/nsubj hurt/VERB/4/ccomp/hurt/VBP ./PUNCT/2/punct")
    assert find_attributions(doc, scan) == []


def test_opening_poll_phrase_sources_the_clause_but_not_a_time_phrase():
    doc, scan = parsed("In/ADP/3/case this/DET/3/det poll/NOUN/6/obl ,/PUNCT/3/punct Trump/PROPN/6/nsubj "
                       "rose/VERB/0/root/rise/VBD two/NUM/8/nummod points/NOUN/6/obj ./PUNCT/6/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["Trump rose two points"], "this poll", "In", "indirect")]
    doc, scan = parsed("In/ADP/3/case the/DET/3/det morning/NOUN/6/obl ,/PUNCT/3/punct troops/NOUN/6/nsubj "
                       "advanced/VERB/0/root/advance/VBD north/ADV/6/advmod ./PUNCT/6/punct")
    assert find_attributions(doc, scan) == []


def test_hearer_the_parser_missed_is_not_content():
    doc, scan = parsed("He/PRON/2/nsubj told/VERB/0/root/tell/VBD USA/PROPN/4/compound Today/PROPN/2/nsubj "
                       "it/PRON/7/nsubj is/AUX/7/cop/be/VBZ clear/ADJ/4/acl:relcl ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["it is clear"], "He", "told", "indirect")]


def test_adverbial_clause_of_the_cue_is_not_content():
    doc, scan = parsed("Wahl/PROPN/2/nsubj said/VERB/0/root/say/VBD when/ADV/5/advmod she/PRON/5/nsubj "
                       "resigned/VERB/2/advcl/resign/VBD ./PUNCT/2/punct")
    assert find_attributions(doc, scan) == []


def test_reporting_clause_never_reaches_over_a_quotation_mark():
    # “… Probably not,” Moore said: the quotation opened in the sentence before, and an
    # adverb inside it hangs on the cue; the reporting clause still starts at "Moore"
    doc, scan = parsed("Probably/ADV/6/advmod not/PART/6/advmod ,/PUNCT/1/punct ”/PUNCT/1/punct "
                       "Moore/PROPN/6/nsubj said/VERB/0/root/say/VBD ./PUNCT/6/punct")
    _, lo, hi = _clause_words(doc.sentences[0], 5, "right", 7, load_lexicon(), False)
    assert (doc.sentences[0].words[lo].text, doc.sentences[0].words[hi].text) == ("Moore", "said")


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


def test_a_coordinated_clause_with_its_own_source_ends_the_first_content():
    doc, scan = parsed("Kerry/PROPN/2/nsubj said/VERB/0/root/say/VBD the/DET/4/det US/PROPN/6/nsubj "
                       "would/AUX/6/aux act/VERB/2/ccomp/act/VB ,/PUNCT/10/punct and/CCONJ/10/cc he/PRON/10/nsubj "
                       "urged/VERB/6/conj/urge/VBD Korea/PROPN/10/obj to/PART/13/mark talk/VERB/10/xcomp/talk/VB "
                       "./PUNCT/2/punct")
    got = texts(doc, find_attributions(doc, scan))
    assert (["the US would act"], "Kerry", "said", "indirect") in got
    assert (["Korea to talk"], "he", "urged", "indirect") in got


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


def test_speaker_before_a_cue_parsed_as_modifier_is_the_modified_noun():
    # the compact parser: "chanted" a modifier of "streets", itself inside "marching through …"
    doc, scan = parsed("Protesters/NOUN/0/root marching/VERB/1/acl/march/VBG through/ADP/5/case the/DET/5/det "
                       "streets/NOUN/2/obl chanted/VERB/5/acl/chant/VBN “/PUNCT/9/punct What/DET/9/det "
                       "curfew/NOUN/6/xcomp ?/PUNCT/9/punct ”/PUNCT/9/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["“What curfew?”"], "Protesters marching through the streets", "chanted", "direct")]


def test_a_quotation_closing_the_previous_paragraph_is_not_the_next_cues():
    doc, scan = parsed(
        "“/PUNCT/3/punct We/PRON/3/nsubj won/VERB/0/root/win/VBD the/DET/5/det vote/NOUN/3/obj "
        "today/NOUN/3/obl:tmod ./PUNCT/3/punct ”/PUNCT/3/punct",
        "Smith/PROPN/2/nsubj added/VERB/0/root/add/VBD ,/PUNCT/2/punct “/PUNCT/6/punct We/PRON/6/nsubj "
        "are/AUX/6/cop done/ADJ/2/ccomp here/ADV/6/advmod now/ADV/6/advmod ./PUNCT/6/punct ”/PUNCT/6/punct")
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


def test_called_for_someone_to_do_something_keeps_the_infinitive():
    doc, scan = parsed("Trump/PROPN/2/nsubj called/VERB/0/root/call/VBD for/ADP/5/case female/ADJ/5/amod "
                       "contestants/NOUN/2/obl to/PART/7/mark wear/VERB/2/advcl/wear/VB short/ADJ/9/amod "
                       "dresses/NOUN/7/obj ./PUNCT/2/punct")
    (content, source, _, kind), = texts(doc, find_attributions(doc, scan))
    assert content == ["female contestants to wear short dresses"] and source == "Trump" and kind == "indirect"


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


def test_stand_alone_title_in_headline_case_is_not_the_last_speakers_words():
    said = "Smith/PROPN/2/nsubj said/VERB/0/root/say/VBD it/PRON/5/nsubj was/AUX/5/cop over/ADJ/2/ccomp ./PUNCT/2/punct"
    doc, scan = parsed(said, "“/PUNCT/2/punct Legend/NOUN/0/root in/ADP/6/case the/DET/6/det Coal/PROPN/6/compound "
                             "Fields/PROPN/2/nmod ./PUNCT/2/punct ”/PUNCT/2/punct")
    assert [content for content, *_ in texts(doc, find_attributions(doc, scan))] == [["it was over"]]
    doc, scan = parsed(said, "“/PUNCT/3/punct We/PRON/3/nsubj keep/VERB/0/root/keep/VBP fighting/VERB/3/xcomp "
                             "for/ADP/6/case coal/NOUN/4/obl ./PUNCT/3/punct ”/PUNCT/3/punct")
    assert (["“We keep fighting for coal.”"], "Smith", None, "direct") in texts(doc, find_attributions(doc, scan))


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


def test_judgment_verb_takes_its_object_but_material_support_is_no_attribution():
    doc, scan = parsed("Reid/PROPN/2/nsubj mocked/VERB/0/root/mock/VBD Romney/PROPN/2/obj ./PUNCT/2/punct",
                       "Moscow/PROPN/2/nsubj backed/VERB/0/root/back/VBD the/DET/4/det regime/NOUN/2/obj "
                       "./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["Romney"], "Reid", "mocked", "indirect")]


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


def test_that_clause_hung_on_the_hearer_is_what_was_told():
    doc, scan = parsed("He/PRON/2/nsubj told/VERB/0/root/tell/VBD a/DET/4/det crowd/NOUN/2/obj at/ADP/6/case "
                       "the/DET/7/det club/NOUN/4/nmod that/SCONJ/10/mark he/PRON/10/nsubj wins/VERB/7/acl/win/VBZ "
                       "./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["that he wins"], "He", "told", "indirect")]


def test_according_to_misparsed_ends_its_source_at_the_comma():
    doc, scan = parsed("According/VERB/4/mark/accord to/PART/1/fixed radio/NOUN/4/advcl host/VERB/0/root "
                       "Limbaugh/PROPN/4/obj ,/PUNCT/8/punct the/DET/8/det move/NOUN/5/appos reeks/NOUN/8/nmod "
                       "./PUNCT/4/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["the move reeks"], "radio host Limbaugh", "According to", "indirect")]


def test_clause_before_a_cue_parsed_as_a_relative_with_hearer_and_time_after_it():
    doc, scan = parsed("Trump/PROPN/3/nsubj could/AUX/3/aux/could/MD win/VERB/0/root/win/VB Ohio/PROPN/3/obj ,/PUNCT/6/punct "
                       "Graham/PROPN/7/nsubj told/VERB/4/acl:relcl/tell/VBD The/DET/10/det Huffington/PROPN/10/compound "
                       "Post/PROPN/7/iobj on/ADP/12/case Thursday/PROPN/7/obl ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["Trump could win Ohio"], "Graham", "told", "indirect")]


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


def test_passive_of_an_intention_verb_is_not_an_unsourced_claim():
    doc, scan = parsed("He/PRON/3/nsubj:pass was/AUX/3/aux:pass sworn/VERB/0/root/swear/VBN in/ADP/3/compound:prt "
                       "as/ADP/6/case president/NOUN/3/obl ./PUNCT/3/punct")
    assert find_attributions(doc, scan) == []


def test_charged_with_is_a_legal_act_not_an_unsourced_claim():
    doc, scan = parsed("Allies/NOUN/4/nsubj:pass have/AUX/4/aux been/AUX/4/aux:pass charged/VERB/0/root/charge/VBN "
                       "with/ADP/6/case crimes/NOUN/4/obl ./PUNCT/4/punct")
    assert find_attributions(doc, scan) == []


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


def test_np_content_stops_before_a_non_restrictive_aside():
    doc, scan = parsed("He/PRON/2/nsubj cited/VERB/0/root/cite/VBD criticism/NOUN/2/obj of/ADP/5/case "
                       "Lauer/PROPN/3/nmod ,/PUNCT/8/punct who/PRON/8/nsubj took/VERB/5/acl:relcl/take/VBD "
                       "heat/NOUN/8/obj ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["criticism of Lauer"], "He", "cited", "indirect")]


def test_same_sources_coordinated_second_cue_ends_the_first_content():
    # "urged" hangs on the first content's verb; it continues Trump, and ends what he accused
    doc, scan = parsed("Trump/PROPN/2/nsubj accused/VERB/0/root/accuse/VBD Clinton/PROPN/2/obj of/SCONJ/5/mark "
                       "lying/VERB/2/advcl/lie/VBG and/CCONJ/7/cc urged/VERB/5/conj/urge/VBD voters/NOUN/7/obj "
                       "to/PART/10/mark wait/VERB/7/xcomp/wait/VB ./PUNCT/2/punct")
    got = texts(doc, find_attributions(doc, scan))
    assert (["of lying"], "Trump", "accused", "indirect") in got
    assert (["voters to wait"], "Trump", "urged", "indirect") in got


def test_concessive_aside_after_the_reported_clause_is_the_reporters():
    doc, scan = parsed("He/PRON/2/nsubj claimed/VERB/0/root/claim/VBD that/SCONJ/6/mark paying/VERB/6/csubj/pay/VBG "
                       "was/AUX/6/cop smart/ADJ/2/ccomp ,/PUNCT/11/punct although/SCONJ/11/mark he/PRON/11/nsubj "
                       "again/ADV/11/advmod refused/VERB/6/advcl/refuse/VBD ./PUNCT/2/punct")
    got = texts(doc, find_attributions(doc, scan))
    assert (["that paying was smart"], "He", "claimed", "indirect") in got


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
        "Clinton/PROPN/9/nsubj:pass ,/PUNCT/5/punct at/ADP/5/case a/DET/5/det gaggle/NOUN/1/nmod ,/PUNCT/5/punct "
        "said/VERB/0/root/say/VBD ,/PUNCT/9/punct “/PUNCT/9/punct I/PRON/9/nsubj:pass was/AUX/9/aux:pass "
        "briefed/VERB/7/ccomp/brief/VBN ./PUNCT/9/punct ”/PUNCT/9/punct")
    got = texts(doc, find_attributions(doc, scan))
    assert (["“I was briefed.”"], "Clinton", "said", "direct") in got


def test_cue_tagged_as_participle_that_opens_a_quotation_takes_the_name_before_it():
    doc, scan = parsed("a/DET/2/det friend/NOUN/8/nsubj commented/VERB/2/acl/comment/VBN :/PUNCT/3/punct "
                       "“/PUNCT/8/punct immigration/NOUN/8/nsubj is/AUX/8/cop/be/VBZ key/ADJ/0/root ./PUNCT/8/punct "
                       "”/PUNCT/8/punct")
    got = texts(doc, find_attributions(doc, scan))
    assert (["“immigration is key.”"], "a friend", "commented", "direct") in got


def test_gerund_after_than_or_an_adjective_is_a_disposition_not_a_statement():
    doc, scan = parsed("Moscow/PROPN/3/nsubj is/AUX/3/cop interested/ADJ/0/root in/SCONJ/5/mark "
                       "keeping/VERB/3/advcl/keep/VBG calm/ADJ/5/xcomp than/ADP/9/mark in/SCONJ/9/mark "
                       "explaining/VERB/5/advcl/explain/VBG what/PRON/11/nsubj happened/VERB/9/ccomp/happen/VBD "
                       "./PUNCT/3/punct")
    assert find_attributions(doc, scan) == []


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


def test_an_as_clause_names_the_source_of_the_rest_of_the_sentence():
    opening = parsed("As/SCONJ/2/mark reported/VERB/8/advcl/report/VBN by/ADP/5/case the/DET/5/det "
                     "Times/PROPN/2/obl:agent ,/PUNCT/2/punct the/DET/7/det firm/NOUN/8/nsubj "
                     "lost/VERB/0/root/lose/VBD money/NOUN/8/obj ./PUNCT/8/punct")
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


def test_a_verb_with_an_idiomatic_particle_is_not_the_reporting_verb():
    # "Pagliano failed to show up at the hearing he was called to."
    doc, scan = parsed("Pagliano/PROPN/2/nsubj failed/VERB/0/root/fail/VBD to/PART/4/mark show/VERB/2/xcomp/show/VB "
                       "up/ADP/4/compound:prt/up/RP at/ADP/8/case the/DET/8/det hearing/NOUN/4/obl "
                       "he/PRON/11/nsubj:pass was/AUX/11/aux:pass/be/VBD called/VERB/8/acl:relcl/call/VBN "
                       "to/ADP/11/obl ./PUNCT/2/punct")
    assert not any(cue.startswith("show") for _, _, cue, _ in texts(doc, find_attributions(doc, scan)))


def test_a_participle_cue_speaks_for_the_name_or_object_it_is_predicated_of():
    # "The ad uses footage of Clinton asking, “Why am I not ahead?”"
    footage = parsed("The/DET/2/det ad/NOUN/3/nsubj uses/VERB/0/root/use/VBZ footage/NOUN/3/obj of/ADP/6/case "
                     "Clinton/PROPN/4/nmod asking/VERB/4/acl/ask/VBG ,/PUNCT/7/punct “/PUNCT/13/punct "
                     "Why/ADV/13/advmod am/AUX/13/cop/be/VBP I/PRON/13/nsubj/I/PRP not/PART/13/advmod "
                     "ahead/ADV/7/ccomp ?/PUNCT/13/punct ”/PUNCT/13/punct")
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


def test_a_quoted_sentence_then_a_time_clause_ends_the_content():
    # "The spot ends with footage of Trump saying, “That makes me smart,” when Clinton blasted him."
    doc, scan = parsed("The/DET/2/det spot/NOUN/3/nsubj ends/VERB/0/root/end/VBZ with/ADP/5/case footage/NOUN/3/obl "
                       "of/ADP/7/case Trump/PROPN/5/nmod saying/VERB/5/acl/say/VBG ,/PUNCT/8/punct “/PUNCT/12/punct "
                       "That/PRON/12/nsubj makes/VERB/8/ccomp/make/VBZ me/PRON/12/obj/I/PRP smart/ADJ/12/xcomp "
                       ",/PUNCT/12/punct ”/PUNCT/12/punct when/SCONJ/20/mark Clinton/PROPN/20/nsubj "
                       "blasted/VERB/12/advcl/blast/VBD him/PRON/20/obj/he/PRP ./PUNCT/3/punct")
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
                       "O'Neill/PROPN/7/nsubj said/VERB/1/parataxis/say/VBD ,/PUNCT/7/punct “/PUNCT/12/punct "
                       "Not/PART/12/advmod going/VERB/7/ccomp/go/VBG into/ADP/14/case that/PRON/12/obl ./PUNCT/12/punct "
                       "”/PUNCT/12/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["“Not going into that.”"], "O'Neill", "said", "direct")]


def test_a_quotation_introduced_by_a_colon_before_the_cue_is_the_content():
    # "The senator scolded him: “You are wrong about this,” she said."
    doc, scan = parsed("The/DET/2/det senator/NOUN/3/nsubj scolded/VERB/0/root/scold/VBD him/PRON/3/obj/he/PRP "
                       ":/PUNCT/9/punct “/PUNCT/9/punct You/PRON/9/nsubj/you/PRP are/AUX/9/cop/be/VBP "
                       "wrong/ADJ/16/ccomp about/ADP/11/case this/PRON/9/obl ,/PUNCT/9/punct ”/PUNCT/9/punct "
                       "she/PRON/16/nsubj/she/PRP said/VERB/3/parataxis/say/VBD ./PUNCT/3/punct")
    said = [(content, source) for content, source, cue, _ in texts(doc, find_attributions(doc, scan)) if cue == "said"]
    assert said == [(["“You are wrong about this,”"], "she")]


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


def test_a_source_mention_ending_with_to_or_an_auxiliary_is_a_parse_slip():
    # "Through a spokesman, he declined to comment.": the words between the comma and the
    # subjectless "comment" are no source ("he declined to")
    doc, scan = parsed("Through/ADP/3/case/through/IN a/DET/3/det/a/DT spokesman/NOUN/6/obl/spokesman/NN ,/PUNCT/3/punct "
                       "he/PRON/6/nsubj/he/PRP declined/VERB/0/root/decline/VBD to/PART/8/mark/to/TO "
                       "comment/VERB/6/xcomp/comment/VB ./PUNCT/6/punct")
    assert [cue for _, _, cue, _ in texts(doc, find_attributions(doc, scan))] == ["declined"]


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


def test_responding_by_saying_is_one_attribution_of_the_gerund():
    # "Obama responded by saying the issue was manufactured."
    doc, scan = parsed("Obama/PROPN/2/nsubj responded/VERB/0/root/respond/VBD by/SCONJ/4/mark "
                       "saying/VERB/2/advcl/say/VBG the/DET/6/det issue/NOUN/8/nsubj:pass was/AUX/8/aux:pass/be/VBD "
                       "manufactured/VERB/4/ccomp/manufacture/VBN ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["the issue was manufactured"], "Obama", "saying", "indirect")]


def test_a_reporting_clause_ending_in_a_colon_introduces_the_next_paragraph():
    # "The governor added:" / "It is typical of her. She never stops."
    doc, scan = parsed("The/DET/2/det governor/NOUN/3/nsubj added/VERB/0/root/add/VBD :/PUNCT/3/punct",
                       "It/PRON/4/nsubj is/AUX/4/cop/be/VBZ typical/ADJ/4/amod of/ADP/5/case her/PRON/3/obl/she/PRP "
                       "./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["It is typical of her."], "The governor", "added", "indirect")]
    told = parsed("He/PRON/2/nsubj/he/PRP told/VERB/0/root/tell/VBD reporters/NOUN/2/obj/reporter/NNS :/PUNCT/2/punct",
                  "It/PRON/3/nsubj is/AUX/3/cop/be/VBZ over/ADJ/0/root ./PUNCT/3/punct")
    assert texts(told[0], find_attributions(*told)) == [(["It is over."], "He", "told", "indirect")]  # the hearer
    made = parsed("He/PRON/2/nsubj/he/PRP wrote/VERB/0/root/write/VBD a/DET/4/det song/NOUN/2/obj :/PUNCT/2/punct",
                  "It/PRON/3/nsubj is/AUX/3/cop/be/VBZ over/ADJ/0/root ./PUNCT/3/punct")
    # "wrote a song:" — the object is what was written, not the next paragraph
    assert [content for content, _, _, _ in texts(made[0], find_attributions(*made))] == [["a song"]]


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


def test_a_prepositional_cue_finds_its_particle_past_an_adverb():
    # "Obama spoke emotionally of his flights." — "speak of" with an adverb between
    doc, scan = parsed("Obama/PROPN/2/nsubj spoke/VERB/0/root/speak/VBD emotionally/ADV/2/advmod of/ADP/6/case "
                       "his/PRON/6/nmod:poss/he/PRP$ flights/NOUN/2/obl/flight/NNS ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["his flights"], "Obama", "spoke", "indirect")]
    # "Clinton spoke out Tuesday about the death." with the day parsed as the object
    day = parsed("Clinton/PROPN/2/nsubj spoke/VERB/0/root/speak/VBD out/ADP/2/compound:prt/out/RP "
                 "Tuesday/PROPN/2/obj about/ADP/7/case the/DET/7/det death/NOUN/2/obl ./PUNCT/2/punct")
    assert [content for content, _, _, _ in texts(day[0], find_attributions(*day))] == [["the death"]]


def test_support_and_attack_report_a_view_only_when_a_person_holds_it():
    # "Trump attacked Clinton." / "44 percent would back Trump."
    doc, scan = parsed("Trump/PROPN/2/nsubj attacked/VERB/0/root/attack/VBD Clinton/PROPN/2/obj ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["Clinton"], "Trump", "attacked", "indirect")]
    poll = parsed("44/NUM/2/nummod percent/NOUN/4/nsubj would/AUX/4/aux back/VERB/0/root/back/VB "
                  "Trump/PROPN/4/obj ./PUNCT/4/punct")
    assert texts(poll[0], find_attributions(*poll)) == [(["Trump"], "44 percent", "would back", "indirect")]
    # "Moscow supports the regime." (a state's act), "Russian jets attacked the town." (a thing's)
    state = parsed("Moscow/PROPN/2/nsubj supports/VERB/0/root/support/VBZ the/DET/4/det regime/NOUN/2/obj "
                   "./PUNCT/2/punct")
    jets = parsed("Russian/ADJ/2/amod jets/NOUN/3/nsubj/jet/NNS attacked/VERB/0/root/attack/VBD the/DET/5/det "
                  "town/NOUN/3/obj ./PUNCT/3/punct")
    it = parsed("It/PRON/2/nsubj/it/PRP backed/VERB/0/root/back/VBD Clinton/PROPN/2/obj ./PUNCT/2/punct")
    assert find_attributions(*state) == find_attributions(*jets) == find_attributions(*it) == []


def test_an_infinitive_hung_on_the_hearer_is_what_was_urged_and_a_colon_ends_a_label():
    # "The Latest: Trump urges supporters to monitor polling places."
    doc, scan = parsed("The/DET/2/det Latest/ADJ/0/root/latest/JJS :/PUNCT/5/punct Trump/NOUN/5/nsubj "
                       "urges/VERB/2/parataxis/urge/VBZ supporters/NOUN/5/obj/supporter/NNS to/PART/8/mark "
                       "monitor/VERB/6/acl/monitor/VB polling/VERB/10/amod/poll/VBG places/NOUN/8/obj/place/NNS "
                       "./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["supporters to monitor polling places"], "Trump", "urges", "indirect")]


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


def test_paint_as_and_link_to_characterise_in_a_persons_words():
    # "Obama painted Romney as a rich guy."
    doc, scan = parsed("Obama/PROPN/2/nsubj painted/VERB/0/root/paint/VBD Romney/PROPN/2/obj as/ADP/7/case "
                       "a/DET/7/det rich/ADJ/7/amod guy/NOUN/2/obl ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["Romney as a rich guy"], "Obama", "painted", "indirect")]
    # "He linked the hack to Russia." / "The cable linked the two buildings." (not a person)
    doc, scan = parsed("He/PRON/2/nsubj linked/VERB/0/root/link/VBD the/DET/4/det hack/NOUN/2/obj to/ADP/6/case "
                       "Russia/PROPN/2/obl ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["the hack to Russia"], "He", "linked", "indirect")]
    cable = parsed("The/DET/2/det cable/NOUN/3/nsubj linked/VERB/0/root/link/VBD the/DET/6/det two/NUM/6/nummod "
                   "buildings/NOUN/3/obj/building/NNS ./PUNCT/3/punct")
    assert find_attributions(*cable) == []


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


def test_offer_reports_what_a_person_offers_not_what_an_institution_provides():
    # "Sanders offered advice to Clinton." / "The government offers loans to parents."
    doc, scan = parsed("Sanders/PROPN/2/nsubj offered/VERB/0/root/offer/VBD advice/NOUN/2/obj to/ADP/5/case "
                       "Clinton/PROPN/2/obl ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["advice to Clinton"], "Sanders", "offered", "indirect")]
    loans = parsed("The/DET/2/det government/NOUN/3/nsubj offers/VERB/0/root/offer/VBZ loans/NOUN/3/obj/loan/NNS "
                   "to/ADP/6/case parents/NOUN/3/obl/parent/NNS ./PUNCT/3/punct")
    assert find_attributions(*loans) == []


def test_refer_to_and_point_to_report_their_object():
    # "My father referred to King as a villain."
    doc, scan = parsed("My/PRON/2/nmod:poss father/NOUN/3/nsubj referred/VERB/0/root/refer/VBD to/ADP/5/case "
                       "King/PROPN/3/obl as/ADP/8/case a/DET/8/det villain/NOUN/3/obl ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["King as a villain"], "My father", "referred", "indirect")]


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


def test_the_infinitive_of_a_vow_is_its_content_not_a_second_report():
    # "Ban vowed not to repeat that mistake."
    doc, scan = parsed("Ban/PROPN/2/nsubj vowed/VERB/0/root/vow/VBD not/PART/5/advmod to/PART/5/mark "
                       "repeat/VERB/2/xcomp/repeat/VB that/DET/7/det mistake/NOUN/5/obj ./PUNCT/2/punct")
    assert [(cue, content) for content, _, cue, _ in texts(doc, find_attributions(doc, scan))] == [
        ("vowed", ["not to repeat that mistake"])]


def test_a_vote_against_a_bill_is_a_stance_but_a_generic_you_holds_none():
    # "He voted against the crime bill." / "If you vote for her, …"
    doc, scan = parsed("He/PRON/2/nsubj voted/VERB/0/root/vote/VBD against/ADP/5/case the/DET/5/det "
                       "bill/NOUN/2/obl ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["the bill"], "He", "voted", "indirect")]
    you = parsed("You/PRON/2/nsubj vote/VERB/0/root/vote/VBP for/ADP/4/case her/PRON/2/obl ./PUNCT/2/punct")
    assert find_attributions(*you) == []


def test_a_headline_reporting_verb_attributes_but_a_headline_event_does_not():
    # "Christie Calls Clinton ‘A Disgrace’" / "Turkey Backs Rebels" as headlines over a body paragraph
    body = "The/DET/2/det governor/NOUN/3/nsubj spoke/VERB/0/root/speak/VBD on/ADP/5/case Monday/PROPN/3/obl ./PUNCT/3/punct"
    doc, scan = parsed("Christie/PROPN/2/nsubj Calls/VERB/0/root/call/VBZ Clinton/PROPN/2/obj ‘/PUNCT/6/punct "
                       "A/DET/6/det Disgrace/NOUN/2/xcomp ’/PUNCT/6/punct", body)
    assert doc.blocks[0].kind == "heading"
    assert [(source, cue) for _, source, cue, _ in texts(doc, find_attributions(doc, scan))] == [("Christie", "Calls")]
    backs = parsed("Turkey/PROPN/2/nsubj Backs/VERB/0/root/back/VBZ Syrian/ADJ/4/amod Rebels/NOUN/2/obj", body)
    assert backs[0].blocks[0].kind == "heading" and find_attributions(*backs) == []


def test_a_headline_name_on_a_topic_labels_what_follows():
    # "Obama on Climate Change: The Trends Are Terrifying" over a body paragraph
    doc, scan = parsed("Obama/PROPN/0/root on/ADP/4/case Climate/PROPN/4/compound Change/PROPN/1/nmod :/PUNCT/1/punct "
                       "The/DET/7/det Trends/NOUN/9/nsubj Are/AUX/9/cop Terrifying/ADJ/1/parataxis",
                       "The/DET/2/det governor/NOUN/3/nsubj spoke/VERB/0/root/speak/VBD on/ADP/5/case "
                       "Monday/PROPN/3/obl ./PUNCT/3/punct")
    assert doc.blocks[0].kind == "heading"
    assert texts(doc, find_attributions(doc, scan)) == [
        (["The Trends Are Terrifying"], "Obama", "on Climate Change:", "indirect")]


def test_comment_on_and_respond_to_report_their_topic():
    # "Trump has also commented on the death." / "The campaign did not respond to requests for comment."
    doc, scan = parsed("Trump/PROPN/4/nsubj has/AUX/4/aux also/ADV/4/advmod commented/VERB/0/root/comment/VBN "
                       "on/ADP/7/case the/DET/7/det death/NOUN/4/obl ./PUNCT/4/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["the death"], "Trump", "has also commented", "indirect")]
    doc, scan = parsed("The/DET/2/det campaign/NOUN/5/nsubj did/AUX/5/aux not/PART/5/advmod respond/VERB/0/root/respond/VB "
                       "to/ADP/7/case requests/NOUN/5/obl/request/NNS for/ADP/9/case comment/NOUN/7/nmod ./PUNCT/5/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["requests for comment"], "The campaign", "did not respond", "indirect")]



def test_an_opening_condition_is_not_what_was_said():
    # "If we lived then, a reader would ask: “What on earth is going on?”" (the condition parsed as
    # the only clause before the cue)
    doc, scan = parsed("If/SCONJ/3/mark we/PRON/3/nsubj lived/VERB/9/advcl/live/VBD then/ADV/3/advmod ,/PUNCT/3/punct "
                       "a/DET/7/det reader/NOUN/9/nsubj would/AUX/9/aux ask/VERB/0/root/ask/VB :/PUNCT/12/punct "
                       "“/PUNCT/12/punct What/PRON/9/obj on/ADP/14/case earth/NOUN/12/nmod is/AUX/16/aux "
                       "going/VERB/12/acl/go/VBG on/ADP/16/compound:prt ?/PUNCT/9/punct ”/PUNCT/12/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["“What on earth is going on?”"], "a reader", "would ask", "direct")]


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


def test_a_bare_gerund_clause_is_what_was_mentioned_or_cited():
    # "Trump has mentioned refinancing student loans." (the parser makes the gerund an xcomp)
    doc, scan = parsed("Trump/PROPN/3/nsubj has/AUX/3/aux mentioned/VERB/0/root/mention/VBN "
                       "refinancing/VERB/3/xcomp/refinance/VBG student/NOUN/6/compound loans/NOUN/4/obj/loan/NNS "
                       "./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["refinancing student loans"], "Trump", "has mentioned", "indirect")]


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
    doc, scan = parsed("Russian/ADJ/2/amod officials/NOUN/3/nsubj claimed/VERB/0/root/claim/VBD the/DET/5/det "
                       "incident/NOUN/8/nsubj was/AUX/8/cop an/DET/8/det accident/NOUN/3/ccomp ,/PUNCT/13/punct "
                       "the/DET/12/det Turkish/ADJ/12/amod army/NOUN/13/nsubj said/VERB/3/parataxis/say/VBD "
                       "./PUNCT/3/punct")
    found = texts(doc, find_attributions(doc, scan))
    assert (["the incident was an accident"], "Russian officials", "claimed", "indirect") in found


def test_a_demonstrative_is_never_the_source_a_participle_inherits():
    # "That is a bloodless way of saying a pilot bombed the wrong building." (the blogger's gloss)
    doc, scan = parsed("That/PRON/5/nsubj/that/DT is/AUX/5/cop a/DET/5/det bloodless/ADJ/5/amod way/NOUN/0/root "
                       "of/SCONJ/7/mark saying/VERB/5/acl/say/VBG a/DET/9/det pilot/NOUN/10/nsubj "
                       "bombed/VERB/7/ccomp/bomb/VBD the/DET/13/det wrong/ADJ/13/amod building/NOUN/10/obj "
                       "./PUNCT/5/punct")
    assert all(source != "That" for _, source, _, _ in texts(doc, find_attributions(doc, scan)))


def test_a_clause_hung_on_the_channel_noun_is_content_not_channel():
    # "The Kremlin said in a statement that Putin had agreed." (the parser makes the clause a
    # relative clause of "statement")
    doc, scan = parsed("The/DET/2/det Kremlin/PROPN/3/nsubj said/VERB/0/root/say/VBD in/ADP/6/case a/DET/6/det "
                       "statement/NOUN/3/obl/statement/NN that/PRON/10/obj/that/WDT Putin/PROPN/10/nsubj had/AUX/10/aux/have/VBD "
                       "agreed/VERB/6/acl:relcl/agree/VBN ./PUNCT/3/punct")
    (found,) = find_attributions(doc, scan)
    assert doc.text[found.channel[0]:found.channel[1]] == "in a statement"
    assert [doc.text[s:e] for s, e in found.contents] == ["that Putin had agreed"]


def test_an_outlet_read_as_the_subject_after_told_is_the_hearer():
    # "A source told Meridian Wire that the unit had left." (the outlet parsed as nsubj)
    doc, scan = parsed("A/DET/2/det source/NOUN/3/nsubj told/VERB/0/root/tell/VBD Meridian/PROPN/3/nsubj "
                       "Wire/PROPN/4/flat that/SCONJ/10/mark the/DET/8/det unit/NOUN/10/nsubj had/AUX/10/aux "
                       "left/VERB/3/ccomp/leave/VBN ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["that the unit had left"], "A source", "told", "indirect")]


def test_the_name_before_a_participle_in_an_absolute_with_clause_is_its_source():
    # "They are rivals, with Russia backing Assad and Turkey insisting that he go." / "He replaced
    # it with language calling for aid." (a reduced relative: no source)
    doc, scan = parsed("They/PRON/3/nsubj are/AUX/3/cop rivals/NOUN/0/root ,/PUNCT/6/punct with/ADP/6/case "
                       "Russia/PROPN/3/obl backing/VERB/6/acl/back/VBG Assad/PROPN/7/obj and/CCONJ/10/cc "
                       "Turkey/PROPN/8/conj insisting/VERB/3/advcl/insist/VBG that/SCONJ/14/mark he/PRON/14/nsubj "
                       "go/VERB/11/ccomp/go/VB ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["that he go"], "Turkey", "insisting", "indirect")]
    doc, scan = parsed("He/PRON/2/nsubj replaced/VERB/0/root/replace/VBD it/PRON/2/obj with/ADP/5/case "
                       "language/NOUN/2/obl calling/VERB/5/acl/call/VBG for/ADP/8/case aid/NOUN/6/obl "
                       "./PUNCT/2/punct")
    assert all(source != "language" for _, source, _, _ in texts(doc, find_attributions(doc, scan)))


def test_go_after_and_speak_out_against_report_a_persons_stance():
    # "Reid has gone after Trump." / "Sanders spoke out against the deal."
    doc, scan = parsed("Reid/PROPN/3/nsubj has/AUX/3/aux gone/VERB/0/root/go/VBN after/ADP/5/case "
                       "Trump/PROPN/3/obl ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["Trump"], "Reid", "has gone", "indirect")]
    doc, scan = parsed("Sanders/PROPN/2/nsubj spoke/VERB/0/root/speak/VBD out/ADP/2/compound:prt "
                       "against/ADP/6/case the/DET/6/det deal/NOUN/2/obl ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["the deal"], "Sanders", "spoke out", "indirect")]


def test_a_participial_preposition_opening_the_subject_makes_it_no_source():
    # "Given the efforts, which Cook called “crap”, ..." parsed with "Given the efforts" as the subject
    doc, scan = parsed("Given/VERB/3/case/give/VBN the/DET/3/det efforts/NOUN/7/nsubj ,/PUNCT/7/punct "
                       "which/PRON/7/obj Cook/PROPN/5/appos called/VERB/0/root/call/VBD “/PUNCT/9/punct "
                       "crap/NOUN/7/obj ”/PUNCT/9/punct ./PUNCT/7/punct")
    assert all(not source.startswith("Given") for _, source, _, _ in texts(doc, find_attributions(doc, scan)))


def test_a_participle_continuing_a_persons_clause_can_take_a_stance_verb():
    # "Trump admires Putin, comparing him to Obama." / "Jets struck the town, supporting the offensive."
    doc, scan = parsed("Trump/PROPN/2/nsubj admires/VERB/0/root/admire/VBZ Putin/PROPN/2/obj ,/PUNCT/5/punct "
                       "comparing/VERB/2/advcl/compare/VBG him/PRON/5/obj to/ADP/8/case Obama/PROPN/5/obl "
                       "./PUNCT/2/punct")
    assert ("comparing", "Trump") in [(cue, source) for _, source, cue, _ in texts(doc, find_attributions(doc, scan))]
    doc, scan = parsed("Jets/NOUN/2/nsubj/jet/NNS struck/VERB/0/root/strike/VBD the/DET/4/det town/NOUN/2/obj "
                       ",/PUNCT/6/punct supporting/VERB/2/advcl/support/VBG the/DET/8/det offensive/NOUN/6/obj "
                       "./PUNCT/2/punct")
    assert find_attributions(doc, scan) == []
