"""Entry point of an analysis worker process (``python -m attrib.worker_main MODEL_DIR 0|1``).

Started by :class:`attrib.workers.WorkerProcess`: reads pickled batches on stdin, answers
pickled ``("ok", analyses)`` or ``("error", exception)`` on stdout, and exits when stdin
closes.  A module of its own so that :mod:`attrib.workers` never imports the pipeline
(which imports it); the package never imports this one.
"""

from __future__ import annotations

import os
import pickle
import sys
from collections.abc import Sequence
from typing import Any, BinaryIO

from attrib.errors import AttribError
from attrib.nlp import freeze_loaded_objects
from attrib.pipeline import Analyzer

__all__ = ["main"]


def _serve(model_dir: str, parse_all: bool, requests: BinaryIO, replies: BinaryIO) -> None:
    analyzer = Analyzer(model_dir, parse_all=parse_all, workers=1)
    freeze_loaded_objects()  # a worker owns its process and keeps its models to the end
    while True:
        try:
            items = pickle.load(requests)
        except EOFError:
            return
        try:
            reply: tuple[str, Any] = ("ok", list(analyzer.analyze_many(items, batch_size=max(1, len(items)))))
        except Exception as exc:  # sent back and raised in the parent, as in one process
            reply = ("error", exc)
        try:
            data = pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # an exception that cannot be pickled still reaches the parent
            failed = reply[1]
            data = pickle.dumps(("error", AttribError(f"{type(failed).__name__}: {failed}")))
        replies.write(data)
        replies.flush()


def main(argv: Sequence[str]) -> int:
    # stdout carries the replies only: anything printed goes to stderr
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    _serve(argv[0], argv[1] == "1", sys.stdin.buffer, replies)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
