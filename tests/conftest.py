import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "al-bab-dawn.txt"


@pytest.fixture(scope="session")
def analyzer():
    """The NLP models, loaded once for the whole test session (packaged, or $ATTRIB_STANZA_DIR)."""
    from attrib import Analyzer

    return Analyzer(os.environ.get("ATTRIB_STANZA_DIR"))


@pytest.fixture(scope="session")
def seed_analysis(analyzer):
    return analyzer.analyze(SEED.read_text(encoding="utf-8"), id="al-bab-dawn")


@pytest.fixture(scope="session")
def corpus_analyses(analyzer):
    """Every article of corpus/, analysed once, with its outlet metadata."""
    import json

    meta = json.loads((ROOT / "corpus" / "sources.json").read_text(encoding="utf-8"))
    files = sorted((ROOT / "corpus").glob("*.txt"))
    return [analyzer.analyze(f.read_text(encoding="utf-8"), id=f.name, meta=meta.get(f.name, {})) for f in files]
