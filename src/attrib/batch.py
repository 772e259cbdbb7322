"""Batch runs: many documents to one JSON Lines file, resumable, in parallel, in stable order.

* Inputs: files, directories (recursively), globs and JSON Lines batches
  (:func:`attrib.ingest.iter_documents`).
* Output: one line per document, in input order — an analysis, or
  ``{"id", "error": {"type", "message"}}`` for a document that could not be read or
  analysed; one bad document never loses the batch.
* Resume: ids already analysed in the output are skipped; a line cut off by a kill
  is dropped before appending, and error records of an earlier run are taken out
  of the output (atomically) so that those documents are tried again.
* Ids: a batch's ids must be unique; the second document with id ``X`` is written
  as ``X#2`` (the third ``X#3`` …), with a warning, never dropped.  A pattern that
  matches nothing is an error record for that pattern; the other inputs go on.
* Outputs are never inputs: the run's own output, and files attrib wrote (analysis
  JSON Lines, reports, lock files), are left out of directories and globs.
* One run per output: ``<output>.lock`` (:class:`attrib.outputs.OutputLock`) is held
  while a run appends; a second run on the same output is refused.
* Workers: a process pool; each worker loads the models once (pool initializer)
  and analyses chunks of documents (the parser batches within a chunk).  One
  torch thread per worker.
* Progress: a bar with rate and ETA on a terminal (tqdm); quiet when stderr is
  not a terminal or ``CI`` is set.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from attrib.errors import AttribError
from attrib.ingest import batched, error_record, iter_documents
from attrib.outputs import OutputLock, check_output

__all__ = ["BatchStats", "run_batch", "analyze_chunk", "result_line", "done_ids", "pending", "write_lines",
           "unique_ids"]

CHUNK = 8


def result_line(result: Any) -> str:
    """One output line: the analysis JSON (or an error record), compact, keys in contract order."""
    if hasattr(result, "to_dict"):
        result = result.to_dict()
    return json.dumps(result, ensure_ascii=False, separators=(",", ":")) + "\n"


_WORKER: dict[str, Any] = {}


def _init_worker(models: str | None) -> None:
    os.environ.setdefault("ATTRIB_THREADS", "1")
    from attrib.pipeline import Analyzer

    _WORKER["analyzer"] = Analyzer(models)


def _analyzer(models: str | None):
    if "analyzer" not in _WORKER:
        _init_worker(models)
    return _WORKER["analyzer"]


def analyze_chunk(docs: Sequence[dict[str, Any]], models: str | None = None) -> list[str]:
    """Output lines for a chunk of documents (error records pass through), in order."""
    analyzer = _analyzer(models)
    good = [d for d in docs if "error" not in d]
    try:
        analysed = iter(list(analyzer.analyze_many(good, batch_size=max(1, len(good)))))
    except Exception:  # one bad document: analyse them one by one so only it fails
        analysed = iter([_one(analyzer, d) for d in good])
    return [result_line(d if "error" in d else next(analysed)) for d in docs]


def _one(analyzer: Any, doc: dict[str, Any]) -> Any:
    try:
        return analyzer.analyze(doc["text"], id=doc.get("id"), meta=doc.get("meta"))
    except AttribError as exc:
        return error_record(doc.get("id"), exc)
    except Exception as exc:  # a bug must not lose the batch: record it and go on
        return error_record(doc.get("id"), exc, kind="InternalError")


def _is_error(line: bytes) -> bool:
    return line.startswith(b'{"id":') and b',"error":{' in line  # analyses start with {"schema_version"


def done_ids(out: Path) -> set[str]:
    """Ids already analysed in ``out``; a partial last line (a kill mid-write) is cut off.

    Error records are not done: they are removed from ``out`` (rewritten atomically) so
    that their documents are tried again.
    """
    if not out.exists():
        return set()
    data = out.read_bytes()
    if data and not data.endswith(b"\n"):
        cut = data.rfind(b"\n") + 1
        with out.open("r+b") as fh:
            fh.truncate(cut)
        data = data[:cut]
    lines = data.splitlines(keepends=True)
    kept = [line for line in lines if not _is_error(line)]
    if len(kept) != len(lines):
        tmp = out.with_name(f".{out.name}.retry.tmp")
        tmp.write_bytes(b"".join(kept))
        os.replace(tmp, out)
    ids = set()
    for line in kept:
        try:
            ids.add(str(json.loads(line).get("id")))
        except (ValueError, AttributeError):
            continue
    return ids


def unique_ids(docs: Iterable[dict[str, Any]], warn: Any = None) -> Iterator[dict[str, Any]]:
    """The documents with unique ids: a repeated id ``X`` becomes ``X#2``, ``X#3`` … (stated through ``warn``)."""
    seen: set[str] = set()
    for d in docs:
        doc_id = str(d.get("id"))
        if doc_id in seen:
            k = 2
            while f"{doc_id}#{k}" in seen:
                k += 1
            new_id = f"{doc_id}#{k}"
            if warn is not None:
                warn(f"duplicate id {doc_id!r}: this document is written as {new_id!r}")
            d = {**d, "id": new_id}
            if "error" not in d:
                d["meta"] = {**(d.get("meta") or {}), "duplicate_of": doc_id}
            doc_id = new_id
        seen.add(doc_id)
        yield d


@dataclass
class BatchStats:
    written: int = 0
    skipped: int = 0
    errors: int = 0


def _progress(total: int | None, quiet: bool):
    from tqdm import tqdm

    disable = quiet or not sys.stderr.isatty() or bool(os.environ.get("CI"))
    return tqdm(total=total, unit="doc", disable=disable, dynamic_ncols=True, smoothing=0.1)


def _warn(message: str) -> None:
    print(f"attrib: warning: {message}", file=sys.stderr)


def pending(inputs: Sequence[str], out: str | Path) -> tuple[Path, list[dict[str, Any]], BatchStats]:
    """The output path, the documents not yet in it (in input order), and the skip count.

    Call it while holding the output's :class:`~attrib.outputs.OutputLock`.
    """
    out = check_output(out)
    if out is None:
        raise AttribError("a batch writes to a file (-o FILE), not to standard output")
    seen = done_ids(out)
    stats = BatchStats()
    todo = []
    for d in unique_ids(iter_documents(inputs, exclude=[out]), _warn):
        if str(d.get("id")) in seen:
            stats.skipped += 1
            continue
        todo.append(d)
    return out, todo, stats


def run_batch(inputs: Sequence[str], out: str | Path, workers: int = 1, models: str | None = None,
              quiet: bool = False, chunk_size: int = CHUNK) -> BatchStats:
    """Analyse every document of ``inputs`` into ``out`` (JSON Lines), resuming if it exists.

    Raises :class:`~attrib.errors.InputError` before any work when ``out`` cannot be written
    or another run holds it.
    """
    checked = check_output(out)
    if checked is None:
        raise AttribError("a batch writes to a file (-o FILE), not to standard output")
    with OutputLock(checked):
        out, todo, stats = pending(inputs, checked)
        bar = _progress(len(todo), quiet)
        with out.open("a", encoding="utf-8") as fh:
            if workers <= 1:
                results: Iterable[list[str]] = (analyze_chunk(c, models) for c in batched(todo, chunk_size))
                write_lines(results, fh, stats, bar)
            else:
                import multiprocessing as mp

                ctx = mp.get_context("spawn")  # torch and fork do not mix
                with ctx.Pool(workers, initializer=_init_worker, initargs=(models,)) as pool:
                    chunks = list(batched(todo, chunk_size))
                    write_lines(pool.imap(_analyze_in_worker, chunks), fh, stats, bar)
        bar.close()
    return stats


def _analyze_in_worker(docs: list[dict[str, Any]]) -> list[str]:
    return analyze_chunk(docs)


def write_lines(results: Iterable[list[str]], fh: Any, stats: BatchStats, bar: Any = None) -> None:
    """Append chunks of output lines, flushing after each chunk (a kill loses at most one)."""
    for lines in results:
        for line in lines:
            fh.write(line)
            stats.written += 1
            stats.errors += _is_error(line.encode("utf-8"))
        fh.flush()
        if bar is not None:
            bar.update(len(lines))
