from attrib.layout import find_blocks, paragraph_spans


def kinds(text):
    return [(b.kind, text[b.start:b.end]) for b in find_blocks(text)]


def test_headings_body_and_teaser_tail():
    text = ("Three soldiers were killed on Thursday, the army said.\n\nFight for Al-Bab\n\n"
            "Both sides appeared keen to move on from the incident.\n\nThe talks went on for hours, officials said.\n\n"
            "Opinion\n\nEditorial\n\nAfghan turbulence\nUpdated 19 Mar, 2024\n\nAfghan turbulence\n\n"
            "RELATIONS between the new government and the Taliban have begun on an...\n"
            "In disarray\n19 Mar, 2024\n\nIn disarray\n\nIT is clear that there is some bad blood ...")
    got = kinds(text)
    assert got[0][0] == "body" and got[1] == ("heading", "Fight for Al-Bab")
    assert [k for k, _ in got[2:4]] == ["body", "body"]
    assert all(k == "boilerplate" for k, _ in got[4:]), got


def test_byline_dateline_caption():
    text = ("By Jane Smith\n\nUpdated 19 Mar, 2024\n\nPhoto: Reuters\n\n"
            "The minister resigned on Friday after a week of protests.")
    assert [k for k, _ in kinds(text)] == ["byline", "dateline", "caption", "body"]


def test_a_sentence_opening_with_by_is_no_byline():
    # a byline names people, capitalised; "By big margins, …" and "By Sunday, …" are body text
    text = ("By JOHN SMITH and Ann Lee, Associated Press\n\nBy The Associated Press\n\n"
            "By big margins, those surveyed say the economy should come first.\n\n"
            "By Sunday, the mayor had resigned.\n\nBy contrast, the council said nothing.")
    assert [k for k, _ in kinds(text)] == ["byline", "byline", "body", "body", "body"]


def test_hard_wrapped_paragraph_is_one_block():
    line = "The ministry said the strike had hit a building where troops were deployed and that"
    text = f"{line}\n{line}\nthe investigation goes on."
    assert len(paragraph_spans(text)) == 1


def test_single_newlines_between_short_lines_split():
    text = "Afghan turbulence\nUpdated 19 Mar, 2024"
    assert len(paragraph_spans(text)) == 2


def test_block_offsets_are_trimmed_slices():
    text = "  Title here  \n\n  Body text goes here, he said.  \n"
    for b in find_blocks(text):
        assert text[b.start:b.end] == text[b.start:b.end].strip()


def test_paragraph_per_line_text_is_not_taken_for_wrapped_prose():
    text = ("Three Turkish soldiers were killed and 11 wounded on Thursday when a Russian air strike hit a "
            "building where the troops were deployed, the Turkish army said.\n"
            "It said that of the 11 injured, one was badly wounded, and that an investigation had begun at once.\n"
            "Kremlin spokesman Dmitry Peskov said the strike took place on Thursday morning.")
    assert len(paragraph_spans(text)) == 3


def test_wire_dateline_is_split_off_the_first_paragraph():
    text = "Headline of the day\n\nANKARA/MOSCOW, Feb 9 (Meridian Wire) - A Russian air strike killed three, the army said."
    got = kinds(text)
    assert got[1] == ("dateline", "ANKARA/MOSCOW, Feb 9 (Meridian Wire) -")
    assert got[2] == ("body", "A Russian air strike killed three, the army said.")
    assert [k for k, _ in kinds("US - China trade talks resumed on Monday, officials said.")] == ["body"]


def test_datelines_with_a_state_or_a_bare_city_are_split_off():
    body = "Former President Bill Clinton criticized the law on Tuesday, his aides said."
    for dateline in ("FLINT, Mich., Oct. 4 (UPI) —", "FAIRVIEW, W.Va. -", "WASHINGTON --", "MIDWAY ATOLL -",
                     "SEOUL, South Korea (AP) —"):
        got = kinds(f"Headline of the day\n\n{dateline} {body}")
        assert got[1:] == [("dateline", dateline), ("body", body)], got
    for not_a_dateline in ("NATO - Russia talks resumed on Monday, officials said.",
                           "HE'S BEEN CALLED OUT BY FELLOW DOCTORS — He has been dragged before a panel."):
        assert [k for k, _ in kinds(f"Headline of the day\n\n{not_a_dateline}")][1:] == ["body"]
