"""End-to-end evaluation of a stanza model directory on UD dev data.

Raw text is rebuilt from the gold CoNLL-U with stanza's own ``conllu_to_text``
(paragraphs as blank lines), parsed from scratch, and scored with the CoNLL
2018 shared-task scorer that stanza ships (``ud_scores``).
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import tempfile
import time
from pathlib import Path

COLUMNS = ("Tokens", "Sentences", "Words", "UPOS", "XPOS", "UFeats", "AllTags", "Lemmas",
           "UAS", "LAS", "CLAS", "MLAS", "BLEX")


def _dev_text(gold: Path, tmp: str) -> str:
    """Raw text of the gold CoNLL-U, paragraphs as blank lines (stanza's ``conllu_to_text``)."""
    from stanza.utils.datasets.conllu_to_text import convert_text

    raw = Path(tmp) / "dev.txt"
    convert_text(str(gold), str(raw))
    return raw.read_text(encoding="utf-8")


def _scored(gold: Path, pred: Path, load_s: float, words: int, parse_s: float) -> dict[str, float]:
    from stanza.models.common.utils import ud_scores

    scores = ud_scores(str(gold), str(pred))
    result = {name: round(100 * scores[name].f1, 2) for name in COLUMNS if name in scores}
    result["load_s"] = round(load_s, 2)
    result["words_per_s"] = round(words / parse_s, 1)
    return result


def evaluate(model_dir: Path, gold: Path, pred_out: Path | None = None) -> dict[str, float]:
    import stanza
    from stanza.utils.conll import CoNLL

    with tempfile.TemporaryDirectory() as tmp:
        text = _dev_text(gold, tmp)
        started = time.perf_counter()
        nlp = stanza.Pipeline("en", dir=str(model_dir), download_method=None,
                              processors="tokenize,mwt,pos,lemma,depparse", logging_level="WARN")
        loaded = time.perf_counter()
        doc = nlp(text)
        parsed = time.perf_counter()
        pred = pred_out or Path(tmp) / "pred.conllu"
        CoNLL.write_doc2conll(doc, str(pred))
        return _scored(gold, pred, loaded - started, doc.num_words, parsed - loaded)


def evaluate_attrib_layer(model_dir: Path, gold: Path) -> dict[str, float]:
    """The same scores for attrib's own NLP layer (``attrib.nlp``): the stanza models plus
    attrib's tokenization repairs (straight-apostrophe view, clitics split) and the re-tagging of
    misread reporting verbs (attrib.retag), as analyses get them."""
    from attrib.lexicon import load_lexicon
    from attrib.nlp import NLP
    from attrib.retag import misread_verbs

    with tempfile.TemporaryDirectory() as tmp:
        text = _dev_text(gold, tmp)
        spans, pos = [], 0
        for block in text.split("\n\n"):
            if block.strip():
                spans.append((pos, pos + len(block)))
            pos += len(block) + 2
        started = time.perf_counter()
        nlp = NLP(model_dir)
        loaded = time.perf_counter()
        retag = functools.partial(misread_verbs, lexicon=load_lexicon())
        sentences = nlp.parse(nlp.tokenize(text, spans, list(range(len(spans)))), retag)
        parsed = time.perf_counter()
        lines = []
        for sentence in sentences:
            for w in sentence.words:
                lines.append("\t".join((str(w.index + 1), w.text, w.lemma or "_", w.upos or "_", w.xpos or "_",
                                        w.feats or "_", str(w.head + 1), w.deprel or "_", "_", "_")))
            lines.append("")
        pred = Path(tmp) / "pred.conllu"
        pred.write_text("\n".join(lines) + "\n", encoding="utf-8")
        words = sum(len(s.words) for s in sentences)
        return _scored(gold, pred, loaded - started, words, parsed - loaded)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m attrib.models.evaluate", description=__doc__)
    parser.add_argument("--models", type=Path, default=None, help="model dir (default: packaged)")
    parser.add_argument("--gold", type=Path,
                        default=Path("../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu"))
    parser.add_argument("--attrib-layer", action="store_true",
                        help="score attrib's NLP layer (models + tokenization repairs) instead of bare stanza")
    args = parser.parse_args(argv)
    if not args.gold.exists():
        print(f"skipped: {args.gold} not found", file=sys.stderr)
        return 0
    from attrib.models import resolve_model_dir

    run = evaluate_attrib_layer if args.attrib_layer else evaluate
    scores = run(resolve_model_dir(args.models), args.gold)
    print(json.dumps(scores, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
