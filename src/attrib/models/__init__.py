"""Where attrib's stanza models live and how a model directory is chosen.

The package ships compact English models trained on UD_English-EWT (see
``MODEL_CARD.md`` beside them).  A directory of official stanza models (made by
``stanza.download('en')`` on a machine with internet) can be used instead with
``Analyzer(models=DIR)`` or the ``ATTRIB_STANZA_DIR`` environment variable.
Nothing is ever downloaded at run time.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["PACKAGED_MODEL_DIR", "MODEL_DIR_ENV", "resolve_model_dir"]

PACKAGED_MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "stanza"
MODEL_DIR_ENV = "ATTRIB_STANZA_DIR"


def resolve_model_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The model directory to load: explicit argument, then environment, then packaged."""
    chosen = explicit or os.environ.get(MODEL_DIR_ENV) or PACKAGED_MODEL_DIR
    return Path(chosen).expanduser().resolve()
