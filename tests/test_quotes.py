from hypothesis import given, settings
from hypothesis import strategies as st

from attrib.quotes import find_quotations


def spans(text):
    return [text[q.start:q.end] for q in find_quotations(text).quotations]


def test_curly_quotes_nested_single_and_apostrophes():
    text = "He said “it’s fine, ‘really’ fine,” and left. Russia’s soldiers’ kit from the ’90s."
    scan = find_quotations(text)
    assert spans(text) == ["“it’s fine, ‘really’ fine,”", "‘really’"]
    assert [q.depth for q in scan.quotations] == [0, 1]
    assert scan.unbalanced == ()
    assert {text.index("’s fine"), text.index("’s soldiers"), text.index("’ kit"), text.index("’90s")} <= scan.apostrophes


def test_a_turned_apostrophe_glued_to_a_word_opens_no_quotation():
    text = "On CBS‘ Face the Nation, she said “it was over.” He didn‘t agree, ‘really’."
    scan = find_quotations(text)
    assert spans(text) == ["“it was over.”", "‘really’"]
    assert {text.index("‘ Face"), text.index("‘t")} <= scan.apostrophes


def test_straight_low_and_guillemet_marks():
    assert spans('She said "yes" and \'no\'.') == ['"yes"', "'no'"]
    assert spans("Er sagte „Hallo“ und ging.") == ["„Hallo“"]
    assert spans("Il a dit « non » hier.") == ["« non »"]


def test_multi_paragraph_quote_reopens_each_paragraph():
    text = "“One is here.\n\n“Two is there.\n\n“Three,” he said."
    (q,) = find_quotations(text).quotations
    assert q.balanced and len(q.pieces) == 3
    assert [text[s:e] for s, e in q.pieces] == ["“One is here.", "“Two is there.", "“Three,”"]


def test_unbalanced_mark_is_reported_and_the_rest_still_found():
    text = "An “open quote never closes.\n\nNext \"para\" is fine."
    scan = find_quotations(text)
    assert scan.unbalanced == (text.index("“"),)
    assert '"para"' in spans(text)
    assert any(not q.balanced for q in scan.quotations)


def test_stray_closing_mark_is_unbalanced():
    text = "Nothing opened here” at all."
    assert find_quotations(text).unbalanced == (text.index("”"),)


def test_wrong_mark_opening_a_quotation():
    text = "”Mr. Trump embodies it.” ― Sonya"
    assert spans(text) == ["”Mr. Trump embodies it.”"]


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(list("ab .,\n“”‘’\"'«»„")), max_size=80))
def test_quotations_always_lie_inside_the_text(text):
    scan = find_quotations(text)
    for q in scan.quotations:
        assert 0 <= q.start < q.end <= len(text)
        assert all(q.start <= s < e <= q.end for s, e in q.pieces)
    assert all(0 <= u < len(text) for u in scan.unbalanced)


def test_doubled_apostrophes_are_double_quotes():
    text = "''It's more tinkering at the edges,'' said Alan Cole. ``Fine'' he said."
    scan = find_quotations(text)
    assert [text[q.start:q.end] for q in scan.quotations] == ["''It's more tinkering at the edges,''", "``Fine''"]
    first = scan.quotations[0]
    assert text[first.inner_start:first.inner_end] == "It's more tinkering at the edges,"
