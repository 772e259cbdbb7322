from attrib.attribution import find_attributions
from attrib.speakers import read_mention, resolve_speakers
from helpers import parsed


def mention(spec, head):
    doc, _ = parsed(spec)
    s = doc.sentences[0]
    words = [w for w in s.words if w.upos != "PUNCT"]
    return read_mention(doc.text, (words[0].start, words[-1].end), s, head)


def test_title_name_affiliation():
    m = mention("Kremlin/PROPN/2/compound spokesman/NOUN/0/root Dmitry/PROPN/2/appos Peskov/PROPN/3/flat", 1)
    assert (m.kind, m.name, m.role, m.affiliation) == ("person", "Dmitry Peskov", "Kremlin spokesman", "Kremlin")


def test_organisation_group_anonymous():
    assert mention("the/DET/3/det Turkish/ADJ/3/amod army/NOUN/0/root", 2).kind == "organisation"
    assert mention("Russian/ADJ/2/amod officials/NOUN/0/root", 1).kind == "group"
    assert mention("a/DET/3/det senior/ADJ/3/amod official/NOUN/0/root", 2).kind == "anonymous"
    assert mention("sources/NOUN/0/root", 0).kind == "anonymous"
    assert mention("the/DET/2/det Kremlin/PROPN/0/root", 1).kind == "organisation"
    # "according to preliminary information / media reports": nobody the reader can check
    assert mention("preliminary/ADJ/2/amod information/NOUN/0/root", 1).kind == "anonymous"
    assert mention("media/NOUN/2/compound reports/NOUN/0/root", 1).kind == "anonymous"


def test_an_organisation_is_named_as_written():
    m = mention("Russia/PROPN/4/nmod:poss ’s/PART/1/case defence/NOUN/4/compound ministry/NOUN/0/root", 3)
    assert (m.kind, m.name) == ("organisation", "Russia’s defence ministry")  # not "Russia defence ministry"


def test_a_press_service_is_its_organisation_speaking():
    m = mention("the/DET/4/det Kremlin/PROPN/4/compound press/NOUN/4/compound service/NOUN/0/root", 3)
    assert (m.kind, m.name, m.role) == ("organisation", "Kremlin", None)
    m = mention("the/DET/4/det ministry/NOUN/4/compound press/NOUN/4/compound service/NOUN/0/root", 3)
    assert m.name != "ministry"  # no name before the unit: the unit itself


def _speakers(*sentences):
    doc, scan = parsed(*sentences)
    atts = find_attributions(doc, scan)
    speakers, assigned = resolve_speakers(doc, atts)
    return doc, atts, speakers, assigned


def test_surname_and_pronoun_link_to_the_person():
    doc, atts, speakers, assigned = _speakers(
        "Kremlin/PROPN/2/compound spokesman/NOUN/5/nsubj Dmitry/PROPN/2/appos Peskov/PROPN/3/flat said/VERB/0/root/say/VBD "
        "talks/NOUN/7/nsubj failed/VERB/5/ccomp/fail/VBD ./PUNCT/5/punct",
        "Peskov/PROPN/2/nsubj added/VERB/0/root/add/VBD talks/NOUN/4/nsubj resume/VERB/2/ccomp/resume/VBP ./PUNCT/2/punct",
        "He/PRON/2/nsubj said/VERB/0/root/say/VBD nobody/PRON/4/nsubj knows/VERB/2/ccomp/know/VBZ ./PUNCT/2/punct")
    assert len(speakers) == 1 and speakers[0].name == "Dmitry Peskov"
    assert [m.text for m in speakers[0].mentions] == ["Kremlin spokesman Dmitry Peskov", "Peskov", "He"]
    assert set(assigned.values()) == {"s1"}


def test_a_relative_pronoun_speaker_takes_its_antecedent_as_a_mention():
    # "Critics include Maria Lopez, a council member who argues the bridge is unsafe."
    doc, atts, speakers, assigned = _speakers(
        "Critics/NOUN/2/nsubj include/VERB/0/root/include/VBP Maria/PROPN/2/obj Lopez/PROPN/3/flat ,/PUNCT/8/punct "
        "a/DET/8/det council/NOUN/8/compound member/NOUN/3/appos who/PRON/10/nsubj argues/VERB/8/acl:relcl/argue/VBZ "
        "the/DET/12/det bridge/NOUN/14/nsubj is/AUX/14/cop unsafe/ADJ/10/ccomp ./PUNCT/2/punct")
    assert [a.source for a in atts] and doc.text[atts[0].source[0]:atts[0].source[1]] == "who"
    assert [(s.name, [m.text for m in s.mentions]) for s in speakers] == [("Maria Lopez", ["Maria Lopez", "who"])]


def test_the_army_and_it_resolve_to_the_turkish_army():
    doc, atts, speakers, assigned = _speakers(
        "The/DET/3/det Turkish/ADJ/3/amod army/NOUN/4/nsubj said/VERB/0/root/say/VBD troops/NOUN/6/nsubj died/VERB/4/ccomp/die/VBD ./PUNCT/4/punct",
        "It/PRON/2/nsubj said/VERB/0/root/say/VBD one/NUM/4/nsubj survived/VERB/2/ccomp/survive/VBD ./PUNCT/2/punct",
        "The/DET/2/det army/NOUN/3/nsubj said/VERB/0/root/say/VBD talks/NOUN/5/nsubj continue/VERB/3/ccomp/continue/VBP ./PUNCT/3/punct",
        "Kremlin/PROPN/2/nsubj said/VERB/0/root/say/VBD it/PRON/4/nsubj regrets/VERB/2/ccomp/regret/VBZ ./PUNCT/2/punct")
    names = [s.name for s in speakers]
    assert names == ["Turkish army", "Kremlin"]
    assert [m.text for m in speakers[0].mentions] == ["The Turkish army", "It", "The army"]


def test_it_takes_the_previous_subject_when_no_source_yet():
    doc, atts, speakers, assigned = _speakers(
        "The/DET/3/det Turkish/ADJ/3/amod army/NOUN/4/nsubj launched/VERB/0/root/launch/VBD a/DET/6/det raid/NOUN/4/obj ./PUNCT/4/punct",
        "It/PRON/2/nsubj said/VERB/0/root/say/VBD ten/NUM/4/nsubj died/VERB/2/ccomp/die/VBD ./PUNCT/2/punct")
    assert [s.name for s in speakers] == ["Turkish army"]


def test_ner_tags_decide_the_kind_when_the_models_have_them():
    from dataclasses import replace

    doc, _ = parsed("The/DET/2/det Pentagon/PROPN/3/nsubj said/VERB/0/root ./PUNCT/3/punct")
    s = doc.sentences[0]
    tagged = replace(s, words=tuple(replace(w, ner={1: "S-ORG"}.get(w.index, "O")) for w in s.words), _children=())
    m = read_mention(doc.text, (s.words[0].start, s.words[1].end), tagged, 1)
    assert m.kind == "organisation"
    doc, _ = parsed("Stumpf/PROPN/2/nsubj said/VERB/0/root ./PUNCT/2/punct")
    s = doc.sentences[0]
    tagged = replace(s, words=tuple(replace(w, ner={0: "S-PERSON"}.get(w.index, "O")) for w in s.words), _children=())
    assert read_mention(doc.text, (s.words[0].start, s.words[0].end), tagged, 0).kind == "person"


def test_the_press_service_and_the_kremlin_are_one_speaker():
    doc, atts, speakers, assigned = _speakers(
        "The/DET/2/det Kremlin/PROPN/3/nsubj said/VERB/0/root/say/VBD talks/NOUN/5/nsubj failed/VERB/3/ccomp/fail/VBD "
        "./PUNCT/3/punct",
        "The/DET/4/det Kremlin/PROPN/4/compound press/NOUN/4/compound service/NOUN/5/nsubj added/VERB/0/root/add/VBD "
        "talks/NOUN/7/nsubj resume/VERB/5/ccomp/resume/VBP ./PUNCT/5/punct")
    assert len(speakers) == 1 and speakers[0].name == "Kremlin" and len(speakers[0].mentions) == 2


def test_role_as_written_and_name_from_an_apposition():
    spec = ("The/DET/4/det city/NOUN/4/nmod:poss 's/PART/2/case chief/ADJ/5/amod engineer/NOUN/0/root ,/PUNCT/7/punct "
            "Marta/PROPN/5/appos Quiroga/PROPN/7/flat")
    doc, _ = parsed(spec)
    s = doc.sentences[0]
    m = read_mention(doc.text, (s.words[0].start, s.words[-1].end), s, 4)
    assert (m.kind, m.name, m.role) == ("person", "Marta Quiroga", "city's chief engineer")


def test_trailing_time_words_are_not_part_of_the_mention():
    m = mention("Helix/PROPN/3/compound Therapeutics/PROPN/3/compound Inc./PROPN/0/root today/NOUN/3/obl:tmod", 2)
    assert m.name == "Helix Therapeutics Inc." and m.text == "Helix Therapeutics Inc."
    # a preposition left hanging by the time word goes with it
    m = mention("a/DET/3/det CNN/PROPN/3/compound poll/NOUN/0/root in/ADP/5/case February/PROPN/3/nmod", 2)
    assert m.text == "a CNN poll"


def _labelled(text):
    from attrib.document import Document
    from attrib.layout import find_blocks
    from attrib.quotes import find_quotations

    doc = Document(None, text, {})
    doc.blocks = find_blocks(text)
    scan = find_quotations(text, [(b.start, b.end) for b in doc.blocks])
    atts = find_attributions(doc, scan)
    return doc, atts, resolve_speakers(doc, atts)


QA = ("Orchard keeper Ilse Marrow looks back\n\nActress Nora Vale visited. Ilse Marrow has run the orchard for "
      "four decades.\n\nQ: How did the orchard start?\n\nA: Six neighbours bought 80 saplings.\n\n"
      "Q: Will you move?\n\nA: Old trees do not move.")


def test_the_answers_of_a_q_and_a_are_the_person_interviewed():
    doc, atts, (speakers, of) = _labelled(QA)
    answers = [k for k, a in enumerate(atts) if doc.text[a.source[0]:a.source[1]] == "A"]
    assert len(answers) == 2
    who = {s.id: s for s in speakers}[of[answers[0]]]
    # the name the headline and introduction give most often (not Nora Vale, named once)
    assert (who.name, who.kind) == ("Ilse Marrow", "person") and of[answers[1]] == who.id
    assert all(doc.text[m.start:m.end] == m.text for m in who.mentions)
    assert {m.text for m in who.mentions} == {"Ilse Marrow", "A"}


def test_a_lone_a_label_is_no_interview():
    doc, atts, (speakers, of) = _labelled(QA.split("\n\nQ:")[0] + "\n\nA: Six neighbours bought 80 saplings.")
    assert [s.name for s in speakers] == ["A"]


def test_the_person_interviewed_counts_as_named():
    from attrib.sourcing import assess_sourcing

    doc, atts, (speakers, of) = _labelled(QA)
    result = assess_sourcing(doc, atts, speakers, of)
    who = next(s for s in result.speakers if s.name == "Ilse Marrow")
    assert who.sourcing.category == "named_person"
    answer = next(k for k, a in enumerate(atts) if doc.text[a.source[0]:a.source[1]] == "A")
    assert result.of[answer].category == "named_person" and result.of[answer].span.text == "A"


def test_a_mention_ends_before_a_time_phrase_with_its_determiners():
    # "Sanders in the morning called …", "the Supreme Court this week rejected …"
    m = mention("Sanders/PROPN/0/root in/ADP/4/case the/DET/4/det morning/NOUN/1/nmod", 0)
    assert m.text == "Sanders"
    m = mention("the/DET/3/det Supreme/PROPN/3/compound Court/PROPN/0/root this/DET/5/det week/NOUN/3/nmod", 2)
    assert m.text == "the Supreme Court"
