"""Analysis worker processes: an analyzer's other cores, each a child Python process.

Threads in one process share the GIL with stanza's Python parts (tokenizer decoding,
vocabulary look-ups, document building): on 800-word news two threads gave 2,828
words/s where one core gives 1,565, and a second process 3,076-3,149
(``benchmarks/speed.py``).  A worker is a plain child process fed pickled batches on
its stdin and answering on its stdout (``python -m attrib.worker_main``), not a
``multiprocessing`` pool: a spawned pool re-runs the caller's ``__main__`` module,
which breaks every script without an ``if __name__ == "__main__"`` guard, and
forking a process that has loaded torch can deadlock.  A worker exits when its
stdin closes, so it never outlives its analyzer.  The pipe carries only what the
analyzer itself sends (pickle is safe between the two processes of one program).
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from attrib.errors import ModelError

__all__ = ["WorkerProcess"]

# the child's entry point: a module of its own, which the package never imports (so runpy runs
# it once, and this module does not import the pipeline that imports it)
_ENTRY = "attrib.worker_main"


class WorkerProcess:
    """One child process with its own models and one torch thread; one batch at a time."""

    def __init__(self, model_dir: Path, *, parse_all: bool = False) -> None:
        env = dict(os.environ, ATTRIB_THREADS="1", PYTHONUNBUFFERED="1")
        src = str(Path(__file__).resolve().parents[1])  # works from a source checkout too
        env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH")) if p)
        self._proc = subprocess.Popen(
            [sys.executable, "-m", _ENTRY, str(model_dir), "1" if parse_all else "0"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        self._lock = threading.Lock()

    def analyze(self, items: Sequence[str | Mapping[str, Any]]) -> list[Any]:
        """The analyses of ``items`` (one parser batch), or the error the child raised."""
        with self._lock:
            stdin, stdout = self._proc.stdin, self._proc.stdout
            assert stdin is not None and stdout is not None
            try:
                pickle.dump(list(items), stdin, protocol=pickle.HIGHEST_PROTOCOL)
                stdin.flush()
                status, payload = pickle.load(stdout)
            except (OSError, EOFError, pickle.UnpicklingError) as exc:
                try:
                    code = self._proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    code = None
                raise ModelError(f"an analysis worker process stopped (exit code {code}): {exc}") from exc
        if status == "error":
            raise payload
        return payload

    @property
    def alive(self) -> bool:
        return self._proc.poll() is None

    def close(self) -> None:
        """Let the child finish and exit (it stops when its stdin closes)."""
        if self._proc.poll() is None:
            try:
                if self._proc.stdin is not None:
                    self._proc.stdin.close()
                self._proc.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self._proc.kill()
                self._proc.wait()
