"""Hand-built documents for fast unit tests (no model).

``parsed("The/DET/2/det army/NOUN/3/nsubj said/VERB/0/root ./PUNCT/3/punct")``
gives a Document whose one sentence carries exactly that parse (heads are
1-based as in CoNLL-U, 0 = root); words are joined by single spaces, except that
punctuation attaches to the word before it.
"""

from __future__ import annotations

from attrib.document import Document, Sentence, Word
from attrib.layout import find_blocks
from attrib.quotes import find_quotations

_NO_SPACE_BEFORE = {".", ",", ":", ";", "”", "’", "?", "!", "'s", "’s", "n't"}
_NO_SPACE_AFTER = {"“", "‘"}


def _sentence_words(spec: str, offset: int, text_parts: list[str], index: int) -> tuple[list[Word], int]:
    words = []
    pos = offset
    prev_text = None
    for k, item in enumerate(spec.split()):
        form, upos, head, deprel, *rest = item.split("/")
        lemma = rest[0] if rest else form.lower()
        xpos = rest[1] if len(rest) > 1 else ""
        if prev_text is not None and form not in _NO_SPACE_BEFORE and prev_text not in _NO_SPACE_AFTER:
            text_parts.append(" ")
            pos += 1
        text_parts.append(form)
        words.append(Word(k, form, pos, pos + len(form), lemma=lemma, upos=upos, xpos=xpos,
                          head=int(head) - 1, deprel=deprel))
        pos += len(form)
        prev_text = form
    return words, pos


def _assert_tree(words, spec: str) -> None:
    """A hand-built parse is a tree: every head chain reaches the root (a slip in the head numbers
    would otherwise make a test about something else)."""
    for w in words:
        seen, i = set(), w.index
        while words[i].head >= 0:
            assert i not in seen, f"head cycle through {words[i].text!r} in {spec[:60]!r}"
            seen.add(i)
            i = words[i].head


def parsed(*sentences: str, one_paragraph: bool = False) -> tuple[Document, object]:
    """A document of parsed sentences (one paragraph each, or all in one) and its quotation scan."""
    parts: list[str] = []
    sents = []
    pos = 0
    gap = " " if one_paragraph else "\n\n"
    for i, spec in enumerate(sentences):
        if i:
            parts.append(gap)
            pos += len(gap)
        words, pos = _sentence_words(spec, pos, parts, i)
        _assert_tree(words, spec)
        sents.append((words, 0 if one_paragraph else i))
    text = "".join(parts)
    doc = Document("test", text)
    doc.blocks = find_blocks(text)
    doc.sentences = [Sentence(i, w[0].start, w[-1].end, tuple(w), block=b, parsed=True)
                     for i, (w, b) in enumerate(sents)]
    return doc, find_quotations(text, [(b.start, b.end) for b in doc.blocks])


def texts(doc: Document, atts) -> list[tuple[list[str], str | None, str | None, str]]:
    """Each attribution as (content fragments, source, cue, type), read off the document's text."""
    return [([doc.text[s:e] for s, e in a.contents], doc.text[a.source[0]:a.source[1]] if a.source else None,
             doc.text[a.cue[0]:a.cue[1]] if a.cue else None, a.type) for a in atts]
