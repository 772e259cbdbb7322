"""Reporting verbs the tagger read as nouns are found from their context (attrib.retag)."""

from attrib.lexicon import load_lexicon
from attrib.retag import VERB_FEATS, misread_verbs
from helpers import parsed


def _misread(spec: str) -> dict[int, tuple[str, str]]:
    doc, _ = parsed(spec)
    lex = load_lexicon()
    return {i: (tag.xpos, tag.lemma) for i, tag in misread_verbs(doc.sentences[0], lex).items()}


def test_a_present_tense_verb_before_a_clause_is_found():
    # "Kamarck argues that the race is close." with "argues" tagged a plural noun
    assert _misread("Kamarck/PROPN/2/compound/Kamarck/NNP argues/NOUN/0/root/argue/NNS that/PRON/6/obj/that/WDT "
                    "the/DET/5/det/the/DT race/NOUN/6/nsubj/race/NN is/AUX/2/acl:relcl/be/VBZ "
                    "close/ADJ/6/xcomp/close/JJ ./PUNCT/2/punct/./.") == {1: ("VBZ", "argue")}
    # "documents from his tax return show he took a loss."
    assert _misread("documents/NOUN/0/root/document/NNS from/ADP/5/case/from/IN his/PRON/5/nmod:poss/his/PRP$ "
                    "tax/NOUN/5/compound/tax/NN return/NOUN/1/nmod/return/NN show/NOUN/5/compound/show/NN "
                    "he/PRON/8/nsubj/he/PRP took/VERB/1/acl/take/VBD loss/NOUN/8/obj/loss/NN "
                    "./PUNCT/1/punct/./.") == {5: ("VBP", "show")}
    # "If it fails, Mr. Castañeda argues, there are other tools."
    # "Donations rose, an analysis of filed reports shows/NNS."
    assert _misread("Donations/NOUN/2/nsubj/donation/NNS rose/VERB/0/root/rise/VBD ,/PUNCT/5/punct/,/, "
                    "an/DET/5/det/a/DT analysis/NOUN/2/appos/analysis/NN of/ADP/9/case/of/IN "
                    "filed/VERB/9/amod/file/VBN reports/NOUN/9/compound/report/NNS shows/NOUN/5/nmod/show/NNS "
                    "./PUNCT/2/punct/./.") == {8: ("VBZ", "show")}
    assert _misread("If/SCONJ/3/mark/if/IN it/PRON/3/nsubj/it/PRP fails/VERB/10/advcl/fail/VBZ ,/PUNCT/3/punct/,/, "
                    "Mr./PROPN/7/nmod:desc/Mr./NNP Castañeda/PROPN/7/compound/Castañeda/NNP "
                    "argues/NOUN/10/nsubj/argue/NNS ,/PUNCT/7/punct/,/, there/PRON/10/expl/there/EX "
                    "are/VERB/0/root/be/VBP tools/NOUN/10/nsubj/tool/NNS ./PUNCT/10/punct/./.") == {6: ("VBZ", "argue")}


def test_a_name_read_as_a_verb_before_the_cue_is_a_name():
    # "In a statement, Husted said the ruling hurts." with "Husted" tagged a participle
    doc, _ = parsed("In/ADP/3/case/in/IN a/DET/3/det/a/DT statement/NOUN/6/obl/statement/NN ,/PUNCT/3/punct/,/, "
                    "Husted/VERB/6/advcl/husted/VBN said/VERB/0/root/say/VBD the/DET/8/det/the/DT "
                    "ruling/NOUN/9/nsubj/ruling/NN hurts/VERB/6/ccomp/hurt/VBZ ./PUNCT/6/punct/./.")
    tags = misread_verbs(doc.sentences[0], load_lexicon())
    assert tags == {4: ("PROPN", "NNP", "Husted", "Number=Sing")}


def test_a_past_tense_read_as_a_subjects_participle_without_auxiliary_is_finite():
    # "Trump tweeted that he won." with "tweeted" read as an agentless passive; "was tweeted" stays
    assert _misread("Trump/PROPN/2/nsubj:pass/Trump/NNP tweeted/VERB/0/root/tweeted/VBN that/SCONJ/5/mark/that/IN "
                    "he/PRON/5/nsubj/he/PRP won/VERB/2/ccomp/win/VBD ./PUNCT/2/punct/./.") == {1: ("VBD", "tweet")}
    assert _misread("It/PRON/3/nsubj:pass/it/PRP was/AUX/3/aux:pass/be/VBD tweeted/VERB/0/root/tweet/VBN "
                    "at/ADP/5/case/at/IN night/NOUN/3/obl/night/NN ./PUNCT/3/punct/./.") == {}


def test_a_sentence_read_as_a_noun_phrase_gets_its_verb_back():
    # "A court ruled/VBN Friday against the law." parsed as a court modified by a participle
    assert _misread("A/DET/2/det/a/DT court/NOUN/0/root/court/NN ruled/VERB/2/acl/ruled/VBN "
                    "Friday/PROPN/3/obj/Friday/NNP against/ADP/7/case/against/IN the/DET/7/det/the/DT "
                    "law/NOUN/3/obl/law/NN ./PUNCT/2/punct/./.") == {2: ("VBD", "rule")}
    # a headline's passive stays one: "Trump accused of lying"
    assert _misread("Trump/PROPN/0/root/Trump/NNP accused/VERB/1/acl/accuse/VBN of/SCONJ/4/mark/of/IN "
                    "lying/VERB/2/advcl/lie/VBG") == {}


def test_a_postposed_cue_read_as_a_modifier_or_its_clause_read_as_a_participle_is_finite():
    # "Taxes will rise, noted/VBN Senator Smith." (the name as the participle's object)
    assert _misread("Taxes/NOUN/3/nsubj/tax/NNS will/AUX/3/aux/will/MD rise/VERB/0/root/rise/VB ,/PUNCT/5/punct/,/, "
                    "noted/VERB/3/advcl/note/VBN Senator/PROPN/5/obj/Senator/NNP Smith/PROPN/6/flat/Smith/NNP "
                    "./PUNCT/3/punct/./.") == {4: ("VBD", "note")}
    # "Protocol called/VBN for a transfer, sources said." (two subjects for "said")
    assert _misread("Protocol/NOUN/8/nsubj/protocol/NN called/VERB/1/acl/call/VBN for/ADP/5/case/for/IN "
                    "a/DET/5/det/a/DT transfer/NOUN/2/obl/transfer/NN ,/PUNCT/8/punct/,/, sources/NOUN/8/nsubj/source/NNS "
                    "said/VERB/0/root/say/VBD ./PUNCT/8/punct/./.") == {1: ("VBD", "call")}
    # "The fund predicted/VBN that economies, which include Japan, will grow." (a relative clause between)
    assert _misread("The/DET/2/det/the/DT fund/NOUN/12/nsubj/fund/NN predicted/VERB/2/acl/predict/VBN "
                    "that/SCONJ/12/mark/that/IN economies/NOUN/12/nsubj/economy/NNS ,/PUNCT/8/punct/,/, "
                    "which/PRON/8/nsubj/which/WDT include/VERB/5/acl:relcl/include/VBP Japan/PROPN/8/obj/Japan/NNP "
                    ",/PUNCT/8/punct/,/, will/AUX/12/aux/will/MD grow/VERB/0/root/grow/VB "
                    "./PUNCT/12/punct/./.") == {2: ("VBD", "predict")}


def test_a_participle_is_the_main_verb_when_only_relative_clauses_have_finite_verbs():
    # "One of the docs who sent the letter called/VBN Oz a quack."
    assert _misread("One/NUM/0/root/one/CD of/ADP/4/case/of/IN the/DET/4/det/the/DT docs/NOUN/1/nmod/doc/NNS "
                    "who/PRON/6/nsubj/who/WP sent/VERB/4/acl:relcl/send/VBD the/DET/8/det/the/DT "
                    "letter/NOUN/6/obj/letter/NN called/VERB/8/acl/call/VBN Oz/PROPN/9/xcomp/Oz/NNP "
                    "a/DET/12/det/a/DT quack/NOUN/9/xcomp/quack/NN ./PUNCT/1/punct/./.") == {8: ("VBD", "call")}


def test_a_reporting_verb_in_a_title_case_headline_is_a_verb():
    # "New Poll Shows Minor Bump For Clinton" with "Shows" read as a plural name
    assert _misread("New/ADJ/2/amod/new/JJ Poll/PROPN/3/compound/Poll/NNP Shows/PROPN/5/compound/Shows/NNPS "
                    "Minor/ADJ/5/amod/minor/JJ Bump/NOUN/0/root/bump/NN For/ADP/7/case/for/IN "
                    "Clinton/PROPN/5/nmod/Clinton/NNP") == {2: ("VBZ", "show")}
    # the same words in running text (with a finite verb) are left to the other rules
    assert _misread("The/DET/2/det/the/DT poll/NOUN/8/nsubj/poll/NN shows/NOUN/2/compound/show/NNS "
                    "a/DET/5/det/a/DT bump/NOUN/2/obj/bump/NN ,/PUNCT/8/punct/,/, she/PRON/8/nsubj/she/PRP "
                    "said/VERB/0/root/say/VBD ./PUNCT/8/punct/./.") == {}


def test_a_participle_before_the_speaker_is_not_the_main_verb():
    # '“…,” retired general Lloyd Newton said.' with "retired" read as the root
    assert _misread("“/PUNCT/3/punct/“/`` We/PRON/3/nsubj/we/PRP won/VERB/6/ccomp/win/VBD ,/PUNCT/3/punct/,/, "
                    "”/PUNCT/3/punct/”/'' retired/VERB/0/root/retire/VBD general/NOUN/8/compound/general/NN "
                    "Lloyd/PROPN/10/nsubj/Lloyd/NNP Newton/PROPN/8/flat/Newton/NNP said/VERB/6/ccomp/say/VBD "
                    "./PUNCT/6/punct/./.") == {5: ("VBN", "retire")}


def test_nouns_that_only_look_like_verbs_stay_nouns():
    # a determiner before it, a relative clause after it, no plural subject for a plural verb
    assert _misread("He/PRON/2/nsubj/he/PRP watched/VERB/0/root/watch/VBD the/DET/4/det/the/DT "
                    "shows/NOUN/2/obj/show/NNS that/PRON/6/nsubj/that/WDT aired/VERB/4/acl:relcl/air/VBD "
                    "./PUNCT/2/punct/./.") == {}
    assert _misread("Fox/PROPN/2/compound/Fox/NNP shows/NOUN/0/root/show/NNS that/PRON/4/nsubj/that/WDT "
                    "aired/VERB/2/acl:relcl/air/VBD ./PUNCT/2/punct/./.") == {}
    assert _misread("The/DET/3/det/the/DT Senate/PROPN/3/compound/Senate/NNP report/NOUN/0/root/report/NN "
                    "that/PRON/6/obj/that/WDT the/DET/6/det/the/DT committee/NOUN/3/acl:relcl/committee/NN "
                    "./PUNCT/3/punct/./.") == {}


def test_the_parser_is_asked_again_with_the_verb(analyzer):
    text = "Records from his 2009 audit show he paid no tax."
    sentences = analyzer.nlp.tokenize(text, [(0, len(text))], [0])
    tagged_as_noun = analyzer.nlp.parse(sentences)[0]
    assert [w.upos for w in tagged_as_noun.words if w.text == "show"] == ["NOUN"]  # the slip this repairs
    retagged = analyzer.nlp.parse(sentences, analyzer._retag)[0]
    show = next(w for w in retagged.words if w.text == "show")
    assert (show.upos, show.xpos, show.lemma, show.feats) == ("VERB", "VBP", "show", "Mood=Ind|Tense=Pres|VerbForm=Fin")
    paid = next(w for w in retagged.words if w.text == "paid")
    assert paid.head == show.index  # the reported clause hangs on the verb
    quote, = analyzer.analyze(text).quotes
    assert (quote.cue.text, quote.source.text, quote.contents[0].text) == (
        "show", "Records from his 2009 audit", "he paid no tax")


def test_a_headline_verb_in_a_sentence_without_a_finite_verb_is_found():
    # "Flight attendants' union endorses Clinton." with "endorses" tagged the plural root noun
    assert _misread("Flight/NOUN/2/compound/flight/NN attendants/NOUN/5/nmod:poss/attendant/NNS '/PART/2/case/'s/POS "
                    "union/NOUN/5/compound/union/NN endorses/NOUN/0/root/endorses/NNS "
                    "Clinton/PROPN/5/appos/Clinton/NNP ./PUNCT/5/punct/./.") == {4: ("VBZ", "endorse")}
    # a headline that is a noun phrase keeps its nouns: "Trump campaign reports."
    assert _misread("Trump/PROPN/3/compound/Trump/NNP campaign/NOUN/3/compound/campaign/NN "
                    "reports/NOUN/0/root/report/NNS ./PUNCT/3/punct/./.") == {}
    # and a sentence with a finite verb is not a headline: "The union endorses/NNS Clinton, she said."
    assert _misread("The/DET/3/det/the/DT union/NOUN/3/compound/union/NN endorses/NOUN/6/nsubj/endorses/NNS "
                    "Clinton/PROPN/3/appos/Clinton/NNP ,/PUNCT/6/punct/,/, she/PRON/7/nsubj/she/PRP "
                    "said/VERB/0/root/say/VBD ./PUNCT/7/punct/./.") == {}


def test_a_participle_read_for_a_past_tense_is_found_at_the_end_of_a_short_sentence():
    # "Caddell continued:" (a block quotation follows) with "continued" tagged a participle
    assert _misread("Caddell/PROPN/2/nsubj:pass/Caddell/NNP continued/VERB/0/root/continue/VBN "
                    ":/PUNCT/2/punct/:/:") == {1: ("VBD", "continue")}


def test_a_participle_reporting_a_that_clause_after_its_noun_is_a_past_tense():
    # "After campaign aides insisted/VBN in June that Obama would not be pigeonholed, …"
    spec = ("After/ADP/3/case/after/IN campaign/NOUN/3/compound/campaign/NN aides/NOUN/0/root/aide/NNS "
            "{verb}/VERB/3/acl/{lemma}/VBN in/ADP/6/case/in/IN June/PROPN/4/obl/June/NNP that/SCONJ/10/mark/that/IN "
            "Obama/PROPN/10/nsubj:pass/Obama/NNP would/AUX/10/aux/would/MD pigeonholed/VERB/4/ccomp/pigeonhole/VBN "
            "./PUNCT/3/punct/./.")
    assert _misread(spec.format(verb="insisted", lemma="insist")) == {3: ("VBD", "insist")}
    # a verb whose object is a hearer has that passive: "the aides told that Obama would …"
    assert _misread(spec.format(verb="told", lemma="tell")) == {}


def test_a_participle_of_a_subject_control_verb_before_an_infinitive_is_a_past_tense():
    # "Countries vowed/VBN to share a currency failed." (the second verb keeps the sentence's
    # own finite verb, so only this rule can fire; "agreed to share" is a deed, no reporting verb)
    spec = ("Countries/NOUN/7/nsubj/country/NNS {verb}/VERB/1/acl/{lemma}/VBN to/PART/4/mark/to/TO "
            "share/VERB/2/xcomp/share/VB a/DET/6/det/a/DT currency/NOUN/4/obj/currency/NN "
            "failed/VERB/0/root/fail/VBD ./PUNCT/7/punct/./.")
    assert _misread(spec.format(verb="vowed", lemma="vow")) == {1: ("VBD", "vow")}
    # "attacks planned to coincide with …" is a passive: "plan" takes an object before the infinitive
    assert _misread(spec.format(verb="planned", lemma="plan")) == {}


def test_the_verb_of_a_reported_clause_read_as_a_plural_noun_is_a_verb():
    # "Doyle said each year of education yields/NNS a big bump."
    assert _misread("Doyle/PROPN/2/nsubj/Doyle/NNP said/VERB/0/root/say/VBD each/DET/4/det/each/DT "
                    "year/NOUN/2/obl:unmarked/year/NN of/ADP/7/case/of/IN education/NOUN/7/compound/education/NN "
                    "yields/NOUN/4/nmod/yield/NNS a/DET/10/det/a/DT big/ADJ/10/amod/big/JJ "
                    "bump/NOUN/4/nmod/bump/NN ./PUNCT/2/punct/./.") == {6: ("VBZ", "yield")}
    # an object before an infinitive is no clause: "warned state officials to boost security"
    assert _misread("The/DET/2/det/the/DT FBI/PROPN/3/nsubj/FBI/NNP warned/VERB/0/root/warn/VBD "
                    "state/NOUN/5/compound/state/NN officials/NOUN/3/obj/official/NNS to/PART/7/mark/to/TO "
                    "boost/VERB/3/xcomp/boost/VB security/NOUN/7/obj/security/NN ./PUNCT/3/punct/./.") == {}


def test_a_headline_ending_in_its_attribution_gets_its_verb():
    # "Sleep Linked to Recovery, Study Finds" with "Finds" read as a plural noun
    assert _misread("Sleep/NOUN/0/root/sleep/NN Linked/VERB/1/acl/link/VBN to/ADP/4/case/to/IN "
                    "Recovery/PROPN/2/obl/Recovery/NNP ,/PUNCT/7/punct/,/, Study/NOUN/7/compound/study/NN "
                    "Finds/NOUN/4/conj/find/NNS") == {6: ("VBZ", "find")}
    # "…, Sources Say": a plural subject takes the bare form
    assert _misread("Talks/PROPN/0/root/Talks/NNPS Stall/PROPN/1/flat/Stall/NNP Over/ADP/4/case/over/IN "
                    "Quotas/PROPN/1/nmod/Quotas/NNPS ,/PUNCT/7/punct/,/, Sources/PROPN/7/compound/Sources/NNPS "
                    "Say/PROPN/1/conj/Say/NNP") == {6: ("VBP", "say")}


def test_a_plural_verb_after_a_share_of_people_is_found_a_plural_noun_is_not():
    # "One in five say they know." with "say" tagged a noun
    assert _misread("One/NUM/0/root/one/CD in/ADP/3/case/in/IN five/NUM/1/nmod/five/CD say/NOUN/1/nmod/say/NN "
                    "they/PRON/6/nsubj/they/PRP know/VERB/4/acl:relcl/know/VBP ./PUNCT/1/punct/./.") == {3: ("VBP", "say")}
    # after a number a word in -s is the plural noun it looks like: "He won 18 states he lost."
    assert _misread("He/PRON/2/nsubj/he/PRP won/VERB/0/root/win/VBD 18/NUM/4/nummod/18/CD states/NOUN/2/obj/state/NNS "
                    "he/PRON/6/nsubj/he/PRP lost/VERB/4/acl:relcl/lose/VBD ./PUNCT/2/punct/./.") == {}


def test_a_verb_coordinated_after_a_finite_verb_in_the_same_form_is_found():
    # "Clinton says she respects him but argues that he can't win." with "argues" a plural noun
    spec = ("Clinton/PROPN/2/nsubj/Clinton/NNP says/VERB/0/root/say/VBZ she/PRON/4/nsubj/she/PRP "
            "respects/VERB/2/ccomp/respect/VBZ him/PRON/4/obj/he/PRP but/CCONJ/7/cc/but/CC "
            "argues/NOUN/5/conj/argue/NNS that/SCONJ/11/mark/that/IN he/PRON/11/nsubj/he/PRP "
            "ca/AUX/11/aux/can/MD win/VERB/7/acl/win/VB ./PUNCT/2/punct/./.")
    assert _misread(spec) == {6: ("VBZ", "argue")}
    # "Her plans and promises that …" — no finite verb before: the nouns they look like
    assert _misread("Her/PRON/2/nmod:poss/her/PRP$ plans/NOUN/0/root/plan/NNS and/CCONJ/4/cc/and/CC "
                    "promises/NOUN/2/conj/promise/NNS that/SCONJ/7/mark/that/IN he/PRON/7/nsubj/he/PRP "
                    "won/VERB/4/acl/win/VBD ./PUNCT/2/punct/./.") == {}


def test_a_plural_verb_set_off_after_an_indefinite_pronoun_is_found():
    # "That attitude, many argue, could hurt him." with "many" an adjective and "argue" a noun
    assert _misread("That/DET/2/det/that/DT attitude/NOUN/8/nsubj/attitude/NN ,/PUNCT/5/punct/,/, "
                    "many/ADJ/5/amod/many/JJ argue/NOUN/2/conj/argue/NN ,/PUNCT/2/punct/,/, "
                    "could/AUX/8/aux/could/MD hurt/VERB/0/root/hurt/VB him/PRON/8/obj/he/PRP "
                    "./PUNCT/8/punct/./.") == {4: ("VBP", "argue")}


def test_a_sentence_opened_by_an_indefinite_pronoun_and_a_plural_verb_is_found():
    # "Some say the scheme was rushed." with "say" tagged a noun
    assert _misread("Some/DET/2/det/some/DT say/NOUN/6/nsubj:pass/say/NN the/DET/4/det/the/DT "
                    "scheme/NOUN/6/nsubj:pass/scheme/NN was/AUX/6/aux:pass/be/VBD rushed/VERB/0/root/rush/VBN "
                    "./PUNCT/6/punct/./.") == {1: ("VBP", "say")}


def test_a_first_name_read_as_a_verb_before_a_surname_and_the_cue_is_a_name():
    # "spokeswoman Hope Hicks said it." with "Hope" tagged a verb
    doc, _ = parsed("spokeswoman/NOUN/2/nsubj/spokeswoman/NN Hope/VERB/0/root/hope/VB Hicks/PROPN/4/nsubj/Hicks/NNP "
                    "said/VERB/2/ccomp/say/VBD it/PRON/4/obj/it/PRP ./PUNCT/2/punct/./.")
    assert misread_verbs(doc.sentences[0], load_lexicon())[1].upos == "PROPN"


def test_a_name_read_as_a_modal_of_a_reporting_verb_is_a_name():
    # "Will Estrada said it." with "Will" tagged a modal of "said"
    doc, _ = parsed("Will/AUX/3/aux/will/MD Estrada/PROPN/3/nsubj/Estrada/NNP said/VERB/0/root/say/VBD "
                    "it/PRON/3/obj/it/PRP ./PUNCT/3/punct/./.")
    assert misread_verbs(doc.sentences[0], load_lexicon()) == {0: ("PROPN", "NNP", "Will", "Number=Sing")}
    # "May said it." with "said" read as a participle after the modal: both corrected
    doc, _ = parsed("May/AUX/2/aux/may/MD said/VERB/0/root/say/VBN it/PRON/2/obj/it/PRP ./PUNCT/2/punct/./.")
    tags = misread_verbs(doc.sentences[0], load_lexicon())
    assert tags[0].xpos == "NNP" and tags[1].xpos == "VBD"
    # "“…,” Will wrote." with "wrote" read as a bare verb after the modal: no bare verb is spelt so
    doc, _ = parsed("Will/AUX/2/aux/will/MD wrote/VERB/0/root/write/VB ./PUNCT/2/punct/./.")
    tags = misread_verbs(doc.sentences[0], load_lexicon())
    assert tags[0].xpos == "NNP" and tags[1] == ("VERB", "VBD", "write", tags[1].feats)
    # a real modal keeps its tag: "Will Trump say it?", "May have said it."
    doc, _ = parsed("Will/AUX/3/aux/will/MD Trump/PROPN/3/nsubj/Trump/NNP say/VERB/0/root/say/VB "
                    "it/PRON/3/obj/it/PRP ?/PUNCT/3/punct/?/.")
    assert misread_verbs(doc.sentences[0], load_lexicon()) == {}
    doc, _ = parsed("May/AUX/3/aux/may/MD have/AUX/3/aux/have/VB said/VERB/0/root/say/VBN "
                    "it/PRON/3/obj/it/PRP ./PUNCT/3/punct/./.")
    assert 0 not in misread_verbs(doc.sentences[0], load_lexicon())


def test_a_present_tense_read_as_a_noun_after_an_aside_about_its_subject():
    # "Miller, at a firm, argues that as ties deepen, …" with "argues" tagged a plural noun
    doc, _ = parsed("Miller/PROPN/0/root/Miller/NNP ,/PUNCT/5/punct/,/, at/ADP/5/case/at/IN a/DET/5/det/a/DT "
                    "firm/NOUN/1/nmod/firm/NN ,/PUNCT/5/punct/,/, argues/NOUN/1/conj/argue/NNS "
                    "that/SCONJ/12/mark/that/IN as/SCONJ/11/mark/as/IN ties/NOUN/11/nsubj/tie/NNS "
                    "deepen/VERB/12/advcl/deepen/VBP grow/VERB/7/ccomp/grow/VBP ./PUNCT/1/punct/./.")
    assert misread_verbs(doc.sentences[0], load_lexicon())[6] == ("VERB", "VBZ", "argue", VERB_FEATS["VBZ"])
    # "The ad claims that “Wall Street made her rich.”": a quotation may open the clause
    doc, _ = parsed("The/DET/2/det ad/NOUN/0/root/ad/NN claims/NOUN/2/conj/claim/NNS that/SCONJ/8/mark/that/IN "
                    "“/PUNCT/8/punct Wall/PROPN/7/compound/Wall/NNP Street/PROPN/8/nsubj/Street/NNP "
                    "made/VERB/3/ccomp/make/VBD her/PRON/8/obj/she/PRP ./PUNCT/2/punct/./.")
    assert misread_verbs(doc.sentences[0], load_lexicon())[2].xpos == "VBZ"
    # a clause with a verb of its own between the commas is no aside ("Miller, sales grew, argues …")
    doc, _ = parsed("Miller/PROPN/0/root/Miller/NNP ,/PUNCT/4/punct/,/, sales/NOUN/4/nsubj/sale/NNS "
                    "grew/VERB/1/acl:relcl/grow/VBD ,/PUNCT/4/punct/,/, argues/NOUN/1/conj/argue/NNS "
                    "that/SCONJ/11/mark/that/IN as/SCONJ/10/mark/as/IN ties/NOUN/10/nsubj/tie/NNS "
                    "deepen/VERB/11/advcl/deepen/VBP grow/VERB/6/ccomp/grow/VBP ./PUNCT/1/punct/./.")
    assert 5 not in misread_verbs(doc.sentences[0], load_lexicon())


def test_a_first_word_read_as_a_verb_before_an_aside_and_a_subjectless_cue_is_a_name():
    # "Salceda, citing data, said that prices rose." with "Salceda" tagged a participle
    spec = ("Salceda/VERB/6/advcl/salceda/VBN ,/PUNCT/1/punct/,/, citing/VERB/6/advcl/cite/VBG "
            "data/NOUN/3/obj/data/NNS ,/PUNCT/3/punct/,/, said/VERB/0/root/say/VBD that/SCONJ/9/mark/that/IN "
            "prices/NOUN/9/nsubj/price/NNS rose/VERB/6/ccomp/rise/VBD ./PUNCT/6/punct/./.")
    assert _misread(spec) == {0: ("NNP", "Salceda")}
    # "Pressed, Trump said …": the cue has its subject, the participle stays
    assert _misread("Pressed/VERB/4/advcl/press/VBN ,/PUNCT/1/punct/,/, Trump/PROPN/4/nsubj/Trump/NNP "
                    "said/VERB/0/root/say/VBD no/INTJ/4/ccomp/no/UH ./PUNCT/4/punct/./.") == {}


def test_a_reporting_participle_after_and_or_but_coordinated_with_a_past_tense_is_a_past_tense():
    # "She said it was early but added/VBN that she was sure." (the parser hung "added" on "early")
    spec = ("She/PRON/2/nsubj/she/PRP said/VERB/0/root/say/VBD it/PRON/5/expl/it/PRP was/AUX/5/cop/be/VBD "
            "early/ADJ/2/ccomp/early/JJ but/CCONJ/7/cc/but/CC added/VERB/5/conj/add/VBN that/SCONJ/11/mark/that/IN "
            "she/PRON/11/nsubj/she/PRP was/AUX/11/cop/be/VBD sure/ADJ/7/ccomp/sure/JJ ./PUNCT/2/punct/./.")
    assert _misread(spec) == {6: ("VBD", "add")}
    # "She has said it was early and added/VBN …": an auxiliary shared by both, participles stay
    assert _misread("She/PRON/3/nsubj/she/PRP has/AUX/3/aux/have/VBZ said/VERB/0/root/say/VBN "
                    "it/PRON/6/expl/it/PRP was/AUX/6/cop/be/VBD early/ADJ/3/ccomp/early/JJ and/CCONJ/8/cc/and/CC "
                    "added/VERB/6/conj/add/VBN that/SCONJ/12/mark/that/IN she/PRON/12/nsubj/she/PRP "
                    "was/AUX/12/cop/be/VBD sure/ADJ/8/ccomp/sure/JJ ./PUNCT/3/punct/./.") == {}


def test_the_verb_of_a_reported_clause_read_as_a_plural_noun_after_a_pronoun_or_inside_quotation_marks():
    # "she said it “humanizes” her": the subject a pronoun, the verb quoted
    assert _misread("she/PRON/2/nsubj/she/PRP said/VERB/0/root/say/VBD it/PRON/2/obj/it/PRP "
                    "“/PUNCT/5/punct/“/`` humanizes/NOUN/2/ccomp/humanize/NNS ”/PUNCT/5/punct/”/'' "
                    "her/PRON/5/nmod:unmarked/her/PRP ./PUNCT/2/punct/./.") == {4: ("VBZ", "humanize")}
    # "she said it “works” fine" has no object after the verb: left alone
    assert _misread("she/PRON/2/nsubj/she/PRP said/VERB/0/root/say/VBD it/PRON/2/obj/it/PRP "
                    "“/PUNCT/5/punct/“/`` works/NOUN/2/ccomp/work/NNS ”/PUNCT/5/punct/”/'' "
                    "./PUNCT/2/punct/./.") == {}


def test_a_past_tense_between_a_noun_and_a_date_before_the_cue_is_a_participle():
    # "A news report published/VBD Wednesday said …" parsed with "Wednesday" as the subject of "said"
    spec = ("A/DET/3/det/a/DT news/NOUN/3/compound/news/NN report/NOUN/4/nsubj/report/NN "
            "published/VERB/0/root/publish/VBD Wednesday/PROPN/6/nsubj/Wednesday/NNP "
            "said/VERB/4/ccomp/say/VBD prices/NOUN/8/nsubj/price/NNS rose/VERB/6/ccomp/rise/VBD "
            "./PUNCT/4/punct/./.")
    assert _misread(spec) == {3: ("VBN", "publish")}
    # "The agency published Wednesday a report that said …": no reporting verb right after the date
    assert _misread("The/DET/2/det/the/DT agency/NOUN/3/nsubj/agency/NN published/VERB/0/root/publish/VBD "
                    "Wednesday/PROPN/3/obl/Wednesday/NNP a/DET/6/det/a/DT report/NOUN/3/obj/report/NN "
                    "./PUNCT/3/punct/./.") == {}


def test_a_capitalised_word_read_as_a_verb_before_a_participle_cue_is_a_name():
    # "Cook declined to say whether it was wrong." with "Cook" a base-form verb, "declined" a participle
    assert _misread("Cook/VERB/0/root/cook/VB declined/VERB/1/xcomp/decline/VBN to/PART/4/mark/to/TO "
                    "say/VERB/2/xcomp/say/VB whether/SCONJ/8/mark/whether/IN it/PRON/8/nsubj/it/PRP "
                    "was/AUX/8/cop/be/VBD wrong/ADJ/4/ccomp/wrong/JJ ./PUNCT/1/punct/./.") == {
        0: ("NNP", "Cook"), 1: ("VBD", "decline")}
    # a participle opener keeps its reading: "Pressed, Trump declined to say more."
    assert _misread("Pressed/VERB/4/advcl/press/VBN ,/PUNCT/1/punct/,/, Trump/PROPN/4/nsubj/Trump/NNP "
                    "declined/VERB/0/root/decline/VBD to/PART/6/mark/to/TO say/VERB/4/xcomp/say/VB "
                    "more/ADJ/6/obj/more/JJR ./PUNCT/4/punct/./.") == {}


def test_a_cue_read_as_a_noun_or_participle_in_a_quotations_reporting_clause_is_a_verb():
    # "“I'm a voter,” declares Stephanie Acs." with "declares" a plural noun
    assert _misread("“/PUNCT/5/punct/“/`` I/PRON/5/nsubj/I/PRP 'm/AUX/5/cop/be/VBP a/DET/5/det/a/DT "
                    "voter/NOUN/8/compound/voter/NN ,/PUNCT/5/punct/,/, ”/PUNCT/5/punct/”/'' "
                    "declares/NOUN/0/root/declare/NNS Stephanie/PROPN/8/appos/Stephanie/NNP "
                    "Acs/PROPN/9/flat/Acs/NNP ./PUNCT/8/punct/./.") == {7: ("VBZ", "declare")}
    # "Williamson concludes: “Nobody did it.”" with "concludes" a plural noun
    assert _misread("Williamson/PROPN/2/compound/Williamson/NNP concludes/NOUN/0/root/conclude/NNS "
                    ":/PUNCT/6/punct/:/: “/PUNCT/6/punct/“/`` Nobody/PRON/6/nsubj/nobody/NN "
                    "did/VERB/2/parataxis/do/VBD it/PRON/6/obj/it/PRP ./PUNCT/2/punct/./. "
                    "”/PUNCT/2/punct/”/''") == {1: ("VBZ", "conclude")}
    # "“It is false,” Trump shot back." with "shot" a noun: the cue ends the reporting clause
    assert _misread("“/PUNCT/4/punct/“/`` It/PRON/4/nsubj/it/PRP is/AUX/4/cop/be/VBZ false/ADJ/8/ccomp/false/JJ "
                    ",/PUNCT/4/punct/,/, ”/PUNCT/4/punct/”/'' Trump/PROPN/8/compound/Trump/NNP "
                    "shot/NOUN/0/root/shot/NN back/ADV/8/advmod/back/RB ./PUNCT/8/punct/./.") == {7: ("VBD", "shoot")}
    # a noun after a quotation that is no cue's form stays: "“Yes,” votes counted."
    assert _misread("“/PUNCT/2/punct/“/`` Yes/INTJ/5/discourse/yes/UH ,/PUNCT/2/punct/,/, "
                    "”/PUNCT/2/punct/”/'' votes/NOUN/6/nsubj/vote/NNS counted/VERB/0/root/count/VBD "
                    "./PUNCT/6/punct/./.") == {}


def test_a_hearer_verb_opening_the_sentence_before_a_subject_and_its_verb_is_a_participle():
    # "Asked about it, Rubio said no." with "Asked" read as the main verb
    assert _misread("Asked/VERB/0/root/ask/VBD about/ADP/3/case/about/IN it/PRON/1/obl/it/PRP ,/PUNCT/6/punct/,/, "
                    "Rubio/PROPN/6/nsubj/Rubio/NNP said/VERB/1/parataxis/say/VBD no/INTJ/6/obj/no/UH "
                    "./PUNCT/1/punct/./.") == {0: ("VBN", "ask")}
    # a past tense with a subject of its own stays one: "Reporters asked, and he said no."
    assert _misread("Reporters/NOUN/2/nsubj/reporter/NNS asked/VERB/0/root/ask/VBD ,/PUNCT/6/punct/,/, "
                    "and/CCONJ/6/cc/and/CC he/PRON/6/nsubj/he/PRP said/VERB/2/conj/say/VBD "
                    "no/INTJ/6/obj/no/UH ./PUNCT/2/punct/./.") == {}
