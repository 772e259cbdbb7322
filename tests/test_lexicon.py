"""Word lists are data files that say where they come from."""

from importlib import resources

from attrib.lexicon import load_lexicon


def test_every_word_list_names_its_source():
    folder = resources.files("attrib") / "data" / "lexicon"
    lists = [f for f in folder.iterdir() if f.name.endswith((".txt", ".tsv"))]
    assert len(lists) >= 15
    for f in lists:
        header = [line for line in f.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
        assert any(line.lower().startswith("# source:") for line in header), f.name


def test_parse_prefilter_reads_a_verb_forms_neighbours():
    from attrib.attribution import may_attribute

    assert may_attribute("The army said three soldiers died.")
    assert may_attribute("Mr. Clarke planned to revitalize the bridge.")  # doubled consonant
    assert may_attribute("Clinton Hid Health Problems, Former White House Doctor Says.")  # headline
    assert not may_attribute("The state of the union is strong.")  # a determiner makes it a noun
    assert not may_attribute("The United States sent aid.")  # inside a name
    assert not may_attribute("They went to the market.")  # "go" is a cue only as "go on"
    assert may_attribute("She went on to praise the deal.")
    assert not may_attribute("I think the roads are open.")  # a hedge, never a source
    assert not may_attribute("He smiled at the crowd.")  # non-speech verbs cue only quotations
    assert may_attribute("“Great,” he smiled.")
    # a determiner across a quotation mark is not this word's: "… for her,” said …"
    assert may_attribute("“October provided a resurgence for her,” said former adviser David Axelrod.")
    assert not may_attribute("In the end it was her say.")


def test_regular_inflections_double_a_final_consonant():
    from attrib.lexicon import inflections

    assert {"planned", "planning", "plans"} <= inflections("plan", {})


def test_stress_verbs_take_a_noun_phrase_and_exhort_a_hearer():
    lex = load_lexicon()
    for lemma in ("stress", "emphasize"):
        assert "np" in lex.verb(lemma).frames, lemma
    assert "np" not in lex.verb("promise").frames  # "promise better future coordination" is an act
    assert "xcomp" in lex.verb("vow").frames and "np" in lex.verb("want").frames  # "vowed to share", "want policies"
    assert not lex.verb("agree").frames  # "agreed that …" reports; "agreed to share" is a deed (the guideline)
    assert lex.verb("exhort").takes_recipient and "xcomp" in lex.verb("exhort").frames


def test_stance_adjectives_send_their_sentence_to_the_parser():
    from attrib.attribution import may_attribute
    assert may_attribute("Many Democrats are afraid that turnout will fall.")
    assert not may_attribute("The soup was hot and the bread was stale.")


def test_a_verb_that_reports_only_with_as_needs_an_as_to_be_parsed():
    from attrib.attribution import may_attribute
    assert may_attribute("Critics see the program as an opportunity.")
    assert not may_attribute("The tax rate went up and we see the results.")


def test_a_person_only_stance_verb_needs_a_possible_person_before_it():
    from attrib.attribution import may_attribute
    assert may_attribute("Trump backed the plan.") and may_attribute("44 percent would back Trump.")
    assert not may_attribute("Their support came back strongly.")
    assert not may_attribute("Russian jets struck in support of the Turkish operation.")
    assert not may_attribute("Turkish troops and Russian jets backed the offensive.")
    assert may_attribute("Russian officials backed the deal.")


def test_a_typo_in_the_verb_vocabulary_fails_at_load_with_file_and_line(tmp_path):
    import pytest

    from attrib.lexicon import LexiconError, reporting_verbs

    (tmp_path / "reporting_verbs.tsv").write_text(
        "# source: test\nsay\t-\tspeech\tneutral\trecipient\nclaim\t-\tstatment\tloaded\t-\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"reporting_verbs.tsv:3: unknown category 'statment'"):
        reporting_verbs(root=tmp_path)
    (tmp_path / "reporting_verbs.tsv").write_text("say\t-\tspeech\tneutral\trecipent\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"reporting_verbs.tsv:1: unknown frame 'recipent'"):
        reporting_verbs(root=tmp_path)
    assert reporting_verbs()[("say", None)].category == "speech"


def test_closed_class_sets_have_a_source_and_no_duplicates():
    from importlib import resources

    from attrib.lexicon import closed_class

    text = resources.files("attrib.data.lexicon").joinpath("closed_class.tsv").read_text(encoding="utf-8")
    assert "# source:" in text
    assert {"first_person", "relative", "noun_before"} <= set(closed_class())
