"""Attribution patterns on hand-built parses (no model): the vetoes and the sentences that hold no attribution."""


from attrib.attribution import find_attributions
from attrib.attribution.clause import _clause_words
from attrib.attribution.vetoes import _anonymity_formula
from attrib.lexicon import load_lexicon
from helpers import parsed, texts


def test_first_person_belief_inside_words_is_not_a_source():
    doc, scan = parsed("I/PRON/2/nsubj think/VERB/0/root/think/VBP it/PRON/4/nsubj works/VERB/2/ccomp/work/VBZ "
                       "./PUNCT/2/punct")
    assert find_attributions(doc, scan) == []


def test_promise_with_a_noun_object_is_not_an_attribution():
    doc, scan = parsed("Putin/PROPN/2/nsubj promised/VERB/0/root/promise/VBD better/ADJ/4/amod "
                       "coordination/NOUN/2/obj ./PUNCT/2/punct")
    assert find_attributions(doc, scan) == []


def test_speech_idiom_is_not_an_attribution():
    doc, scan = parsed("It/PRON/2/nsubj goes/VERB/0/root/go/VBZ without/SCONJ/4/mark saying/VERB/2/advcl/say/VBG "
                       "that/SCONJ/7/mark taxes/NOUN/7/nsubj hurt/VERB/4/ccomp/hurt/VBP ./PUNCT/2/punct")
    assert find_attributions(doc, scan) == []


def test_an_idiom_marked_as_opening_the_sentence_counts_only_there():
    # "That said, taxes rose." — a discourse marker, nobody's words
    doc, scan = parsed("That/PRON/2/nsubj said/VERB/0/root/say/VBD ,/PUNCT/2/punct taxes/NOUN/5/nsubj "
                       "rose/VERB/2/ccomp/rise/VBD ./PUNCT/2/punct")
    assert find_attributions(doc, scan) == []
    # "He read a note that said taxes rose." — the relative "that" before "said" reports the note
    doc, scan = parsed("He/PRON/2/nsubj read/VERB/0/root/read/VBD a/DET/4/det note/NOUN/2/obj that/PRON/6/nsubj "
                       "said/VERB/4/acl:relcl/say/VBD taxes/NOUN/8/nsubj rose/VERB/6/ccomp/rise/VBD ./PUNCT/2/punct")
    assert [content for content, *_ in texts(doc, find_attributions(doc, scan))] == [["taxes rose"]]
    # "The Forum think tank has posted that taxes hurt." with "think" read as a verb
    doc, scan = parsed("The/DET/2/det Forum/PROPN/3/nsubj think/VERB/0/root/think/VBP tank/NOUN/6/nsubj "
                       "has/AUX/6/aux posted/VERB/3/ccomp/post/VBN that/SCONJ/10/mark taxes/NOUN/10/nsubj "
                       "hurt/VERB/6/ccomp/hurt/VBP ./PUNCT/3/punct")
    assert all(cue != "think" for _, _, cue, _ in texts(doc, find_attributions(doc, scan)))


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


def test_judgment_verb_takes_its_object_but_material_support_is_no_attribution():
    doc, scan = parsed("Reid/PROPN/2/nsubj mocked/VERB/0/root/mock/VBD Romney/PROPN/2/obj ./PUNCT/2/punct",
                       "Moscow/PROPN/2/nsubj backed/VERB/0/root/back/VBD the/DET/4/det regime/NOUN/2/obj "
                       "./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["Romney"], "Reid", "mocked", "indirect")]


def test_passive_of_an_intention_verb_is_not_an_unsourced_claim():
    doc, scan = parsed("He/PRON/3/nsubj:pass was/AUX/3/aux:pass sworn/VERB/0/root/swear/VBN in/ADP/3/compound:prt "
                       "as/ADP/6/case president/NOUN/3/obl ./PUNCT/3/punct")
    assert find_attributions(doc, scan) == []


def test_charged_with_is_a_legal_act_not_an_unsourced_claim():
    doc, scan = parsed("Allies/NOUN/4/nsubj:pass have/AUX/4/aux been/AUX/4/aux:pass charged/VERB/0/root/charge/VBN "
                       "with/ADP/6/case crimes/NOUN/4/obl ./PUNCT/4/punct")
    assert find_attributions(doc, scan) == []


def test_gerund_after_than_or_an_adjective_is_a_disposition_not_a_statement():
    doc, scan = parsed("Moscow/PROPN/3/nsubj is/AUX/3/cop interested/ADJ/0/root in/SCONJ/5/mark "
                       "keeping/VERB/3/advcl/keep/VBG calm/ADJ/5/xcomp than/ADP/9/mark in/SCONJ/9/mark "
                       "explaining/VERB/5/advcl/explain/VBG what/PRON/11/nsubj happened/VERB/9/ccomp/happen/VBD "
                       "./PUNCT/3/punct")
    assert find_attributions(doc, scan) == []


def test_a_verb_with_an_idiomatic_particle_is_not_the_reporting_verb():
    # "Pagliano failed to show up at the hearing he was called to."
    doc, scan = parsed("Pagliano/PROPN/2/nsubj failed/VERB/0/root/fail/VBD to/PART/4/mark show/VERB/2/xcomp/show/VB "
                       "up/ADP/4/compound:prt/up/RP at/ADP/8/case the/DET/8/det hearing/NOUN/4/obl "
                       "he/PRON/11/nsubj:pass was/AUX/11/aux:pass/be/VBD called/VERB/8/acl:relcl/call/VBN "
                       "to/ADP/11/obl ./PUNCT/2/punct")
    assert not any(cue.startswith("show") for _, _, cue, _ in texts(doc, find_attributions(doc, scan)))


def test_a_source_mention_ending_with_to_or_an_auxiliary_is_a_parse_slip():
    # "Through a spokesman, he declined to comment.": the words between the comma and the
    # subjectless "comment" are no source ("he declined to")
    doc, scan = parsed("Through/ADP/3/case/through/IN a/DET/3/det/a/DT spokesman/NOUN/6/obl/spokesman/NN ,/PUNCT/3/punct "
                       "he/PRON/6/nsubj/he/PRP declined/VERB/0/root/decline/VBD to/PART/8/mark/to/TO "
                       "comment/VERB/6/xcomp/comment/VB ./PUNCT/6/punct")
    assert find_attributions(doc, scan) == []  # (and the refusal itself is none: nothing was said)


def test_responding_by_saying_is_one_attribution_of_the_gerund():
    # "Obama responded by saying the issue was manufactured."
    doc, scan = parsed("Obama/PROPN/2/nsubj responded/VERB/0/root/respond/VBD by/SCONJ/4/mark "
                       "saying/VERB/2/advcl/say/VBG the/DET/6/det issue/NOUN/8/nsubj:pass was/AUX/8/aux:pass/be/VBD "
                       "manufactured/VERB/4/ccomp/manufacture/VBN ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["the issue was manufactured"], "Obama", "saying", "indirect")]


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


def test_offer_reports_what_a_person_offers_not_what_an_institution_provides():
    # "Sanders offered advice to Clinton." / "The government offers loans to parents."
    doc, scan = parsed("Sanders/PROPN/2/nsubj offered/VERB/0/root/offer/VBD advice/NOUN/2/obj to/ADP/5/case "
                       "Clinton/PROPN/2/obl ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["advice to Clinton"], "Sanders", "offered", "indirect")]
    loans = parsed("The/DET/2/det government/NOUN/3/nsubj offers/VERB/0/root/offer/VBZ loans/NOUN/3/obj/loan/NNS "
                   "to/ADP/6/case parents/NOUN/3/obl/parent/NNS ./PUNCT/3/punct")
    assert find_attributions(*loans) == []


def test_backing_a_bill_is_a_stance_but_a_generic_you_holds_none_and_a_vote_is_a_deed():
    # "He backed Clinton." / "If you back her, …" / "He voted against the bill." (a deed:
    # docs/attribution-guideline.md)
    doc, scan = parsed("He/PRON/2/nsubj backed/VERB/0/root/back/VBD Clinton/PROPN/2/obj ./PUNCT/2/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["Clinton"], "He", "backed", "indirect")]
    you = parsed("You/PRON/2/nsubj back/VERB/0/root/back/VBP her/PRON/2/obj ./PUNCT/2/punct")
    assert find_attributions(*you) == []
    vote = parsed("He/PRON/2/nsubj voted/VERB/0/root/vote/VBD against/ADP/5/case the/DET/5/det "
                  "bill/NOUN/2/obl ./PUNCT/2/punct")
    assert find_attributions(*vote) == []


def test_an_opening_condition_is_not_what_was_said():
    # "If we lived then, a reader would ask: “What on earth is going on?”" (the condition parsed as
    # the only clause before the cue)
    doc, scan = parsed("If/SCONJ/3/mark we/PRON/3/nsubj lived/VERB/9/advcl/live/VBD then/ADV/3/advmod ,/PUNCT/3/punct "
                       "a/DET/7/det reader/NOUN/9/nsubj would/AUX/9/aux ask/VERB/0/root/ask/VB :/PUNCT/12/punct "
                       "“/PUNCT/12/punct What/PRON/9/obj on/ADP/14/case earth/NOUN/12/nmod is/AUX/16/aux "
                       "going/VERB/12/acl/go/VBG on/ADP/16/compound:prt ?/PUNCT/9/punct ”/PUNCT/12/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["“What on earth is going on?”"], "a reader", "would ask", "direct")]


def test_a_demonstrative_is_never_the_source_a_participle_inherits():
    # "That is a bloodless way of saying a pilot bombed the wrong building." (the blogger's gloss)
    doc, scan = parsed("That/PRON/5/nsubj/that/DT is/AUX/5/cop a/DET/5/det bloodless/ADJ/5/amod way/NOUN/0/root "
                       "of/SCONJ/7/mark saying/VERB/5/acl/say/VBG a/DET/9/det pilot/NOUN/10/nsubj "
                       "bombed/VERB/7/ccomp/bomb/VBD the/DET/13/det wrong/ADJ/13/amod building/NOUN/10/obj "
                       "./PUNCT/5/punct")
    assert all(source != "That" for _, source, _, _ in texts(doc, find_attributions(doc, scan)))


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


def test_a_refusal_to_comment_is_not_an_attribution():
    doc, scan = parsed("The/DET/2/det ministry/NOUN/3/nsubj declined/VERB/0/root/decline/VBD to/PART/5/mark "
                       "comment/VERB/3/xcomp/comment/VB ./PUNCT/3/punct")
    assert find_attributions(doc, scan) == []
    doc, scan = parsed("Lenz/PROPN/4/nsubj did/AUX/4/aux not/PART/4/advmod respond/VERB/0/root/respond/VB "
                       "to/ADP/7/case a/DET/7/det request/NOUN/4/obl for/ADP/9/case comment/NOUN/7/nmod ./PUNCT/4/punct")
    assert find_attributions(doc, scan) == []
    # "She declined to say whether managers were disciplined.": a refusal to say anything
    doc, scan = parsed("She/PRON/2/nsubj declined/VERB/0/root/decline/VBD to/PART/4/mark say/VERB/2/xcomp/say/VB "
                       "whether/SCONJ/8/mark managers/NOUN/8/nsubj:pass were/AUX/8/aux:pass "
                       "disciplined/VERB/4/ccomp/discipline/VBN ./PUNCT/2/punct")
    assert find_attributions(doc, scan) == []
    # a response is an attribution
    doc, scan = parsed("Lenz/PROPN/2/nsubj responded/VERB/0/root/respond/VBD that/SCONJ/6/mark the/DET/5/det "
                       "deal/NOUN/6/nsubj stands/VERB/2/ccomp/stand/VBZ ./PUNCT/2/punct")
    assert len(find_attributions(doc, scan)) == 1


def test_an_opening_clause_inside_the_reported_clause_is_kept():
    # "Since he has more votes than Sanders, delegates would be going against the voters, Mook said."
    # (parsed with "delegates" coordinated inside the opening clause: the clause before the cue
    # still opens with "since", but the reported clause follows it, so it is content, not a condition)
    doc, scan = parsed("Since/SCONJ/3/mark he/PRON/3/nsubj has/VERB/17/advcl/have/VBZ more/ADJ/5/amod "
                       "votes/NOUN/3/obj than/ADP/7/case Sanders/PROPN/5/nmod ,/PUNCT/9/punct "
                       "delegates/NOUN/7/conj would/AUX/12/aux be/AUX/12/aux going/VERB/17/ccomp/go/VBG "
                       "against/ADP/14/case voters/NOUN/12/obl ,/PUNCT/3/punct Mook/PROPN/17/nsubj "
                       "said/VERB/0/root/say/VBD ./PUNCT/17/punct")
    assert texts(doc, find_attributions(doc, scan)) == [
        (["Since he has more votes than Sanders, delegates would be going against voters"], "Mook", "said",
         "indirect")]


def test_a_promise_or_threat_from_a_thing_is_a_forecast_not_an_attribution():
    # "The decision threatens to create a bind." — a raising use of "threaten"
    doc, scan = parsed("The/DET/2/det decision/NOUN/3/nsubj threatens/VERB/0/root/threaten/VBZ to/PART/5/mark "
                       "create/VERB/3/xcomp/create/VB a/DET/7/det bind/NOUN/5/obj ./PUNCT/3/punct")
    assert find_attributions(doc, scan) == []
    # "The union threatened to strike." — an organisation makes a threat
    doc, scan = parsed("The/DET/2/det union/NOUN/3/nsubj threatened/VERB/0/root/threaten/VBD to/PART/5/mark "
                       "strike/VERB/3/xcomp/strike/VB ./PUNCT/3/punct")
    assert texts(doc, find_attributions(doc, scan)) == [(["to strike"], "The union", "threatened", "indirect")]


def test_an_anonymity_formula_is_found_in_any_inflection():
    # "An official, asking for anonymity to speak freely, said it failed."
    doc, _ = parsed("An/DET/2/det official/NOUN/11/nsubj ,/PUNCT/4/punct asking/VERB/2/acl/ask/VBG "
                    "for/ADP/6/case anonymity/NOUN/4/obl to/PART/8/mark speak/VERB/4/advcl/speak/VB "
                    "freely/ADV/8/advmod ,/PUNCT/4/punct said/VERB/0/root/say/VBD it/PRON/13/nsubj "
                    "failed/VERB/11/ccomp/fail/VBD ./PUNCT/11/punct")
    lex = load_lexicon()
    assert _anonymity_formula(doc.text, doc.sentences[0], 3, lex)  # listed as "asked for anonymity"
    assert not _anonymity_formula(doc.text, doc.sentences[0], 10, lex)
