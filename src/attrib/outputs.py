"""Writing results safely: outputs checked before any work, replaced atomically, held by one run at a time.

* :func:`check_output` refuses an output path that cannot be written (a directory, a folder
  that cannot be made, an input of the same run) before a model loads or a document is read.
* :func:`atomic_output` writes to a temporary file beside the target and renames it over the
  target only when everything was written: a failed run (bad input, disk full, a crash)
  leaves the earlier file as it was, never a half-written or empty one.
* :class:`OutputLock` is the lock file ``<output>.lock`` of an appending batch run; a second
  run on the same output is refused while the first holds it (``fcntl.flock``: the lock
  goes with the process, so a killed run never leaves a stale lock behind).
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from attrib.errors import InputError

__all__ = ["check_output", "atomic_output", "OutputLock", "LOCK_SUFFIX"]

LOCK_SUFFIX = ".lock"


def check_output(path: str | os.PathLike[str] | None) -> Path | None:
    """The output path, validated (``None`` or ``-``: standard output); an InputError if it cannot be written."""
    if path is None or str(path) == "-":
        return None
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{path}: is a directory; -o needs a file name")
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{path}: cannot create its folder ({exc.strerror or exc})") from exc
    if not os.access(p.parent, os.W_OK) or (p.exists() and not os.access(p, os.W_OK)):
        raise InputError(f"{path}: not writable")
    return p


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str] | None, mode: str = "w") -> Iterator[IO[Any]]:
    """A file to write ``path`` through: renamed over ``path`` when the block ends without an error.

    ``None`` or ``-`` is standard output, written directly.
    """
    target = check_output(path)
    if target is None:
        yield sys.stdout
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, target.stat().st_mode & 0o777)
        else:
            with contextlib.suppress(OSError):
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class OutputLock:
    """``<output>.lock``, held while a run appends to ``output``; a second holder is refused."""

    def __init__(self, output: str | os.PathLike[str]) -> None:
        self.path = Path(str(output) + LOCK_SUFFIX)
        self._fh: IO[str] | None = None

    def __enter__(self) -> OutputLock:
        import fcntl

        fh = open(self.path, "a+", encoding="utf-8")
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            fh.close()
            raise InputError(f"{self.path.with_suffix('')}: another attrib run is writing this output "
                             f"(lock {self.path}); wait for it or choose another -o") from exc
        fh.seek(0)
        fh.truncate()
        fh.write(f"{os.getpid()}\n")
        fh.flush()
        self._fh = fh
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fh is not None:
            with contextlib.suppress(OSError):
                self.path.unlink()
            self._fh.close()
            self._fh = None
