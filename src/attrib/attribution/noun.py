from __future__ import annotations

from attrib.attribution.quoting import _content_spans, _expand_to_quotations, _split_pieces
from attrib.attribution.record import Attribution
from attrib.attribution.tree import noun_phrase, span_of, subject_of
from attrib.cues import Cue
from attrib.document import Document, Sentence
from attrib.lexicon import Lexicon
from attrib.quotes import QuoteScan


def _infinitive_of(sentence: Sentence, n: int) -> int | None:
    """``his refusal to use the words``: the verb of the to-infinitive right after noun ``n``."""
    words = sentence.words
    if n + 2 < len(words) and words[n + 1].lower == "to" and words[n + 1].upos == "PART":
        head = words[n + 1].head
        if head > n + 1 and words[head].upos in ("VERB", "AUX"):
            return head
    return None


def _from_noun(doc: Document, scan: QuoteScan, sentence: Sentence, cue: Cue, lex: Lexicon) -> Attribution | None:
    words = sentence.words
    n = cue.word
    clause = None
    intention = False
    for c in sentence.children(n):
        if words[c].deprel in ("acl", "ccomp", "appos") and words[c].upos in ("VERB", "AUX", "ADJ", "NOUN"):
            marks = [k for k in sentence.children(c) if words[k].deprel == "mark" and words[k].lower == "that"]
            if marks:
                clause = c
                break
    if clause is None and n + 1 < len(words) and words[n + 1].lower == "that" and words[n + 1].deprel == "mark" \
            and words[n + 1].head > n + 1:
        clause = words[n + 1].head  # "his claim that …" with the clause hung elsewhere: a parse slip
    if clause is None and (words[n].lemma or words[n].text).lower() in lex.words("intention_nouns"):
        clause = _infinitive_of(sentence, n)
        intention = clause is not None
    if clause is None:
        return _noun_before_quotation(doc, scan, sentence, cue)
    source_idx: list[int] = []
    for c in sentence.children(n):
        rel = words[c].deprel
        if rel == "nmod:poss" or (rel == "compound" and words[c].upos == "PROPN"):
            source_idx = noun_phrase(sentence, c)
            break
        if rel == "nmod":
            cases = [k for k in sentence.children(c) if words[k].deprel == "case"]
            if cases and words[cases[0]].lower in ("by", "from", "of"):
                source_idx = [i for i in noun_phrase(sentence, c) if i not in cases]
                break
    if not source_idx:
        return None
    spans = _content_spans(sentence, [i for i in sentence.subtree(clause) if i > n])
    if not spans:
        return None
    spans = _split_pieces(_expand_to_quotations(spans, scan), scan)
    return Attribution(sentence=sentence.index, contents=spans, cue=(cue.start, cue.end),
                       source=span_of(sentence, source_idx), confidence=0.5 if intention else 0.7,
                       category="intention" if intention else "statement",
                       cue_word=n, source_head=source_idx[-1])


def _colon_noun_source(sentence: Sentence, n: int) -> list[int]:
    """``Sanders made the following comment:``, ``I had to change my answer:``: a reporting noun
    that ends its clause right before a colon, as the object of a verb, names what follows; the
    verb's subject (climbing infinitives, "had to change") is the speaker."""
    words = sentence.words
    tree = set(sentence.subtree(n))
    colon = next((k for k in range(n + 1, len(words)) if words[k].text == ":" or k not in tree), None)
    if words[n].deprel not in ("obj", "obl") or colon is None or words[colon].text != ":":
        return []
    for c in sentence.children(n):  # "this statement by Trump:", "the senator's answer:"
        cases = [k for k in sentence.children(c) if words[k].deprel == "case"]
        if c < colon and words[c].deprel == "nmod" and cases and words[cases[0]].lower in ("by", "from"):
            return [i for i in noun_phrase(sentence, c) if i not in cases]
        if words[c].deprel == "nmod:poss" and words[c].upos != "PRON":
            return [i for i in noun_phrase(sentence, c) if words[i].text not in ("'s", "’s")]
    verb = words[n].head
    while verb >= 0:
        subj = subject_of(sentence, verb)
        if subj is not None:
            return [i for i in noun_phrase(sentence, subj) if i < n]
        if words[verb].deprel.split(":")[0] not in ("xcomp", "conj"):
            break
        verb = words[verb].head
    return []


def _noun_before_quotation(doc: Document, scan: QuoteScan, sentence: Sentence, cue: Cue) -> Attribution | None:
    """``He issued a statement: “…”``: the quotation after the colon is the statement."""
    source_idx = _colon_noun_source(sentence, cue.word)
    if not source_idx:
        return None
    colon = next(w for w in sentence.words[cue.word + 1:] if w.text == ":")
    quotation = next((q for q in scan.index.starting_in(colon.end, sentence.end - 1)
                      if q.depth == 0 and not doc.text[colon.end:q.start].strip()), None)
    if quotation is None:
        return None
    return Attribution(sentence=sentence.index, contents=[(quotation.start, quotation.end)], cue=(cue.start, cue.end),
                       source=span_of(sentence, source_idx), confidence=0.6, category="statement",
                       cue_word=cue.word, source_head=source_idx[-1])
