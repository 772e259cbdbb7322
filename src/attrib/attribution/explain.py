"""``attrib analyze --explain``: why each quote was found, and which candidates vetoes dropped."""

from __future__ import annotations

from attrib.attribution.record import Context
from attrib.records import Analysis

__all__ = ["explain_text"]


def _clip(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def explain_text(analysis: Analysis, context: Context) -> str:
    """One line per quote (construction, source finder, cue, source, content), then the dropped
    candidates (sentence, cue word, construction, veto)."""
    text = analysis.text
    lines = [f"{analysis.id or '-'}: {len(analysis.quotes)} quotes"]
    for quote, att in zip(analysis.quotes, context.result, strict=True):
        cue = _clip(text[att.cue[0]:att.cue[1]], 24) if att.cue else "-"
        source = _clip(text[att.source[0]:att.source[1]], 30) if att.source else "-"
        extended = f" +fragments={','.join(att.extended_by)}" if att.extended_by else ""
        lines.append(f"  {quote.id} {quote.type:8} construction={att.construction or '-'}{extended} "
                     f"finder={att.finder or '-'} cue={cue!r} source={source!r}")
        lines.append(f"      content: {_clip(text[att.start:att.end])!r}")
    if context.dropped:
        lines.append("  dropped candidates:")
        sentences = {s.index: s for s in context.doc.sentences}
        for d in context.dropped:
            s = sentences.get(d.sentence)
            cue = s.words[d.cue_word].text if s is not None and d.cue_word < len(s.words) else "?"
            lines.append(f"    sentence {d.sentence}, cue {cue!r}: {d.construction} vetoed by {d.veto}")
    return "\n".join(lines)
