"""Sentence repair: undo the compact tokenizer's sentence-boundary slips.

Works on :class:`attrib.document.Sentence` records only (no model): breaks that no
sentence ends with are rejoined, and a missed break before an opening quotation
mark after a sentence-final mark is made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from attrib.document import Sentence, Word
from attrib.quotes import CLOSING_QUOTE_TOKENS, OPENING_QUOTE_TOKENS

__all__ = ["rejoin_broken_sentences", "split_before_opening_quotations"]


def rejoin_broken_sentences(sentences: Sequence[Sentence], titles: frozenset[str]) -> list[Sentence]:
    """Undo the tokenizer's sentence breaks that no sentence ends with, within a paragraph.

    The compact tokenizer ends sentences at "Rep." / "Sen." / "Dr." often enough
    ("…,” Rep. | Gwen Moore (D-Wis.) said Friday."), which separates a quotation from
    its speaker and cue.  ``titles``: lower-case title words; those ending in a full
    stop never end an English sentence (AP Stylebook abbreviates them only before a
    name), so a break after one is joined when the next sentence starts with a
    capital; so is a break after a name's middle initial ("Vann R. | Newkirk II … said").
    It also breaks where no sentence-final mark stands at all ("… the campaign expects |
    Holt to insert himself …"): joined too.
    """
    abbreviations = {t for t in titles if t.endswith(".")}
    out: list[Sentence] = []
    for sent in sentences:
        prev = out[-1] if out else None
        name_goes_on = prev is not None and (_ends_with_title(prev, abbreviations) or _ends_with_initial(prev))
        if prev is not None and prev.block == sent.block and (
                (name_goes_on and sent.words[0].text[:1].isupper())
                or _unterminated(prev) or _continues_after_quotation(prev, sent)):
            head = _title_as_one_word(prev, abbreviations)
            words = head + tuple(replace(w, index=len(head) + k) for k, w in enumerate(sent.words))
            out[-1] = replace(prev, end=sent.end, words=words)
        else:
            out.append(replace(sent, index=len(out)) if sent.index != len(out) else sent)
    return out


def _split_title(sentence: Sentence, abbreviations: set[str]) -> bool:
    """Ends with a title as "Sen" + "." (the tokenizer splits the full stop off a title it takes
    for a sentence end: "…,” Sen. | Sanders said recently.")."""
    words = sentence.words
    return len(words) >= 2 and words[-1].text == "." and words[-2].end == words[-1].start and \
        (words[-2].text + ".").lower() in abbreviations


def _ends_with_title(sentence: Sentence, abbreviations: set[str]) -> bool:
    """"… Rep." as one word, or split from its full stop."""
    return sentence.words[-1].text.lower() in abbreviations or _split_title(sentence, abbreviations)


def _ends_with_initial(sentence: Sentence) -> bool:
    """"… Vann R." — a name's middle initial (a capital and a full stop after a capitalised word),
    as one word or split from its full stop: the tokenizer ended 7 PolNeAR sentences there
    ("Stephen K. | Bannon will interview …"), cutting quotations off their speakers."""
    words = sentence.words
    if len(words) >= 2 and re.fullmatch(r"[A-Z]\.", words[-1].text):
        return words[-2].text[:1].isupper()
    return len(words) >= 3 and words[-1].text == "." and re.fullmatch(r"[A-Z]", words[-2].text) is not None and \
        words[-2].end == words[-1].start and words[-3].text[:1].isupper()


def _title_as_one_word(sentence: Sentence, abbreviations: set[str]) -> tuple[Word, ...]:
    """The sentence's words with a title or an initial split from its full stop written as one
    word again."""
    words = sentence.words
    if not (_split_title(sentence, abbreviations) or (_ends_with_initial(sentence) and words[-1].text == ".")):
        return words
    return words[:-2] + (replace(words[-2], text=words[-2].text + ".", end=words[-1].end),)


def split_before_opening_quotations(sentences: Sequence[Sentence]) -> list[Sentence]:
    """Start a sentence at an opening quotation mark after a sentence-final mark.

    The compact tokenizer runs "He doesn't think so. ''I don't judge …,'' he said." into one
    sentence (NYT-style doubled apostrophes, straight marks), and the quotation then shares a
    sentence with the reporter's words.  An opening mark is one with a space before it and
    none after (AP style sets no space inside quotation marks); the next word starts with a
    capital.
    """
    out: list[Sentence] = []
    for sent in sentences:
        words, cut = sent.words, 0
        for k in range(2, len(words) - 1):
            mark, before, after = words[k], words[k - 1], words[k + 1]
            if mark.text in OPENING_QUOTE_TOKENS and before.text[-1:] in ".!?" and before.end < mark.start \
                    and after.start == mark.end and after.text[:1].isupper() and k - cut >= 2:
                out.append(_piece(sent, cut, k, len(out)))
                cut = k
        out.append(_piece(sent, cut, len(words), len(out)) if cut else
                   (replace(sent, index=len(out)) if sent.index != len(out) else sent))
    return out


def _piece(sent: Sentence, lo: int, hi: int, index: int) -> Sentence:
    words = tuple(replace(w, index=k) for k, w in enumerate(sent.words[lo:hi]))
    return replace(sent, index=index, start=words[0].start, end=words[-1].end, words=words)


_TERMINAL = frozenset(".!?…:;")
_CLOSERS = CLOSING_QUOTE_TOKENS | {"'", ")", "]"}


def _unterminated(sentence: Sentence) -> bool:
    """No sentence-final mark at the end (closing quotes and brackets aside): "…the campaign
    expects | Holt to insert himself …" is a tokenizer slip inside one sentence."""
    for word in reversed(sentence.words):
        if word.text in _CLOSERS:
            continue
        return not (word.text[-1:] in _TERMINAL or word.text in ("--", "\u2014", "\u2013"))
    return False


def _continues_after_quotation(prev: Sentence, sent: Sentence) -> bool:
    """``“… pay his?” | a narrator in the ad asks.``: a lower-case word after a closing quotation
    mark continues the sentence the quotation stands in."""
    return prev.words[-1].text in CLOSING_QUOTE_TOKENS and sent.words[0].text[:1].islower()
