"""``attrib serve``: the analyzer behind a small HTTP service (Starlette on uvicorn).

The models load once, when the server starts; every request after that pays only for
its own analysis.  Endpoints (documented in ``docs/server.md``):

* ``GET /health`` — ``{"status": "ok", ...}`` once the models are loaded;
* ``POST /api/analyze`` — one document → the analysis JSON contract (``Analysis.to_dict()``);
* ``POST /api/compare`` — several documents → the comparison JSON;
* ``POST /api/check`` — a draft (text or Markdown) → the findings of ``attrib check --format json``;
* ``GET /`` — a page to paste text or upload files; ``POST /report`` renders the same HTML
  reports as ``attrib analyze --format html`` and ``attrib compare``.

Requests are queued onto one analyzer thread in arrival order (the analyzer serves one
call at a time, sharing a request's sentences between its two worker threads), so
concurrent requests wait rather than fail or get lost; a request
still queued or running after ``timeout`` seconds gets a 503.  Bodies over
``max_bytes`` get a 413 without being read in full.  Every error is a 4xx/5xx with a
one-line reason (``{"error": "..."}``); each request is logged as one JSON line.
The server binds to 127.0.0.1 unless told otherwise: it has no authentication.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from attrib.errors import AttribError, InputError

__all__ = ["create_app", "run_server", "DEFAULT_HOST", "DEFAULT_PORT"]

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 8765
MAX_BYTES = 2_000_000
TIMEOUT_S = 120.0
MAX_DOCUMENTS = 20
MAX_WAITING = 200
_log = logging.getLogger("attrib.serve")


class _BadRequest(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = " ".join(reason.split())  # one line, always


class _Engine:
    """The analyzer and the one thread that feeds it, FIFO."""

    def __init__(self, factory: Callable[[], Any]) -> None:
        self._factory = factory
        self.analyzer: Any = None
        self.pool = ThreadPoolExecutor(1, thread_name_prefix="attrib-analyzer")
        self.waiting = 0

    async def start(self) -> None:
        self.analyzer = await asyncio.wrap_future(self.pool.submit(self._factory))

    def stop(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        close = getattr(self.analyzer, "close", None)
        if close:
            close()

    async def run(self, fn: Callable[..., Any], *args: Any, timeout: float) -> tuple[Any, tuple[float, float]]:
        """``fn(analyzer, *args)`` on the analyzer thread; returns (result, (wall s, CPU s of the process)).

        One call runs at a time and the server does little else meanwhile, so the process's CPU
        time is the analysis's (its worker threads included): a figure that holds when the machine
        is busy and wall time is not.
        """
        def job() -> tuple[Any, tuple[float, float]]:
            t0, c0 = time.perf_counter(), time.process_time()
            result = fn(self.analyzer, *args)
            return result, (time.perf_counter() - t0, time.process_time() - c0)

        if self.waiting >= MAX_WAITING:
            raise _BadRequest(503, f"server busy: {self.waiting} requests waiting; retry shortly")
        future = self.pool.submit(job)
        self.waiting += 1
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), timeout)
        except TimeoutError:
            future.cancel()  # still queued: never runs; already running: finishes unseen
            raise _BadRequest(503, f"the analysis did not finish within {timeout:g} s; try a shorter text") from None
        finally:
            self.waiting -= 1


async def _body(request: Any, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise _BadRequest(400, "bad Content-Length header")
        if int(declared) > limit:
            raise _BadRequest(413, f"request body over the limit of {limit:,} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _BadRequest(413, f"request body over the limit of {limit:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def _json_body(request: Any, limit: int) -> dict[str, Any]:
    raw = await _body(request, limit)
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "text/plain":
        return {"text": _decode(raw, "body")}
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise _BadRequest(400, f"body is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise _BadRequest(400, "body must be a JSON object")
    return data


def _decode(raw: bytes, name: str) -> str:
    from attrib.ingest import decode

    try:
        return decode(raw, name, repair=False)
    except InputError as exc:
        raise _BadRequest(400, str(exc)) from None


def _document(data: Any, where: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise _BadRequest(400, f"{where} must be an object with a 'text' string")
    text = data.get("text")
    if not isinstance(text, str):
        raise _BadRequest(400, f"{where}: 'text' must be a string")
    if not text.strip():
        raise _BadRequest(400, f"{where}: 'text' is empty")
    doc_id = data.get("id")
    if doc_id is not None and not isinstance(doc_id, str):
        raise _BadRequest(400, f"{where}: 'id' must be a string")
    meta = data.get("meta") or {}
    if not isinstance(meta, dict):
        raise _BadRequest(400, f"{where}: 'meta' must be an object")
    fmt = data.get("format", "text")
    if fmt not in ("text", "markdown"):
        raise _BadRequest(400, f"{where}: 'format' must be \"text\" or \"markdown\"")
    if fmt == "markdown":
        from attrib.markdown import markdown_document

        text, meta = markdown_document(text, meta)
    return {"id": doc_id, "text": text, "meta": meta}


def _analyze_one(analyzer: Any, doc: dict[str, Any]) -> Any:
    return next(analyzer.analyze_many([doc]))


def _analyze_all(analyzer: Any, docs: list[dict[str, Any]]) -> list[Any]:
    return list(analyzer.analyze_many(docs))


def _check(analyzer: Any, text: str, path: str, config: Any, markdown: bool | None) -> list[Any]:
    from attrib.check import check_text

    return check_text(text, path, config, analyzer, markdown=markdown)


def create_app(analyzer_factory: Callable[[], Any] | None = None, *, max_bytes: int = MAX_BYTES,
               timeout: float = TIMEOUT_S) -> Any:
    """The ASGI application; ``analyzer_factory`` builds the analyzer once at start-up."""
    from contextlib import asynccontextmanager

    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, JSONResponse, Response
    from starlette.routing import Route

    from attrib import __version__
    from attrib.records import SCHEMA_VERSION

    if analyzer_factory is None:
        from attrib.pipeline import Analyzer

        analyzer_factory = Analyzer
    engine = _Engine(analyzer_factory)

    @asynccontextmanager
    async def lifespan(app: Any):
        t0 = time.perf_counter()
        await engine.start()
        _event("models-loaded", seconds=round(time.perf_counter() - t0, 3))
        yield
        engine.stop()

    def handler(fn: Callable[[Request], Any], html: bool = False) -> Callable[[Request], Any]:
        async def wrapped(request: Request) -> Response:
            t0 = time.perf_counter()
            timing: dict[str, tuple[float, float]] = {}
            try:
                response = await fn(request, timing)
            except _BadRequest as exc:
                response = (Response(exc.reason + "\n", exc.status, media_type="text/plain; charset=utf-8")
                            if html else JSONResponse({"error": exc.reason}, exc.status))
            except AttribError as exc:
                reason = " ".join(str(exc).split())
                response = (Response(reason + "\n", 400, media_type="text/plain; charset=utf-8")
                            if html else JSONResponse({"error": reason}, 400))
            except Exception as exc:  # never a dropped connection: a 500 with its reason, logged
                _log.exception("request failed")
                reason = f"internal error: {type(exc).__name__}"
                response = JSONResponse({"error": reason}, 500)
            _event("request", method=request.method, path=request.url.path, status=response.status_code,
                   ms=round(1000 * (time.perf_counter() - t0), 1),
                   analysis_ms=round(1000 * timing["analysis"][0], 1) if "analysis" in timing else None,
                   analysis_cpu_ms=round(1000 * timing["analysis"][1], 1) if "analysis" in timing else None,
                   queued=engine.waiting)
            if "analysis" in timing:
                wall, cpu = timing["analysis"]
                response.headers["Server-Timing"] = f"analysis;dur={1000 * wall:.1f}, cpu;dur={1000 * cpu:.1f}"
            return response
        return wrapped

    async def health(request: Request, timing: dict[str, Any]) -> Response:
        return JSONResponse({"status": "ok", "version": __version__, "schema_version": SCHEMA_VERSION,
                             "models_loaded": engine.analyzer is not None, "queued": engine.waiting})

    async def analyze(request: Request, timing: dict[str, Any]) -> Response:
        doc = _document(await _json_body(request, max_bytes), "body")
        analysis, timing["analysis"] = await engine.run(_analyze_one, doc, timeout=timeout)
        return JSONResponse(analysis.to_dict())

    def documents(data: dict[str, Any]) -> list[dict[str, Any]]:
        docs = data.get("documents")
        if not isinstance(docs, list) or len(docs) < 2:
            raise _BadRequest(400, "'documents' must be a list of at least two {\"id\", \"text\"} objects")
        if len(docs) > MAX_DOCUMENTS:
            raise _BadRequest(400, f"at most {MAX_DOCUMENTS} documents a request")
        out = [_document(d, f"documents[{k}]") for k, d in enumerate(docs)]
        for k, d in enumerate(out):
            d["id"] = d["id"] or f"doc-{k + 1}"
        if len({d["id"] for d in out}) < len(out):
            raise _BadRequest(400, "document ids must be unique")
        return out

    async def compare(request: Request, timing: dict[str, Any]) -> Response:
        from attrib.compare import compare as compare_analyses

        docs = documents(await _json_body(request, max_bytes))
        analyses, timing["analysis"] = await engine.run(_analyze_all, docs, timeout=timeout)
        return JSONResponse(compare_analyses(analyses).to_dict())

    async def check(request: Request, timing: dict[str, Any]) -> Response:
        from attrib.check import config_from_request, findings_json

        data = await _json_body(request, max_bytes)
        text = data.get("text")
        if not isinstance(text, str):
            raise _BadRequest(400, "'text' must be a string")
        path = data.get("path", "<text>")
        if not isinstance(path, str):
            raise _BadRequest(400, "'path' must be a string")
        markdown = data.get("markdown")
        if markdown is not None and not isinstance(markdown, bool):
            raise _BadRequest(400, "'markdown' must be true, false or absent")
        config = config_from_request(data.get("config") or {})
        results, timing["analysis"] = await engine.run(_check, text, path, config, markdown, timeout=timeout)
        return JSONResponse({"findings": findings_json(results)})

    async def page(request: Request, timing: dict[str, Any]) -> Response:
        from attrib.report import render_paste_page

        return HTMLResponse(render_paste_page(max_bytes=max_bytes))

    async def report(request: Request, timing: dict[str, Any]) -> Response:
        from attrib.compare import compare as compare_analyses
        from attrib.ingest import extract_html, looks_like_html
        from attrib.report import render_article, render_comparison

        declared = request.headers.get("content-length")
        if declared is None or not declared.isdigit():
            raise _BadRequest(411, "the form must be sent with a Content-Length")
        if int(declared) > max_bytes:
            raise _BadRequest(413, f"request body over the limit of {max_bytes:,} bytes")
        try:
            form = await request.form(max_files=MAX_DOCUMENTS, max_fields=20)
        except Exception as exc:  # malformed multipart, too many parts
            raise _BadRequest(400, f"bad form: {exc}") from None
        title = str(form.get("title") or "").strip() or None
        mode = form.get("mode", "analyze")
        markdown = form.get("markdown") == "on"
        docs: list[dict[str, Any]] = []
        text = form.get("text")
        if isinstance(text, str) and text.strip():
            docs.append({"id": "pasted text", "text": text.replace("\r\n", "\n"),
                         "format": "markdown" if markdown else "text"})
        for upload in form.getlist("files"):
            if isinstance(upload, str) or not upload.filename:
                continue
            raw = await upload.read()
            name = upload.filename
            text = _decode(raw, name)
            if looks_like_html(text):
                text = extract_html(text)[0]
            docs.append({"id": name, "text": text,
                         "format": "markdown" if markdown or name.lower().endswith((".md", ".markdown"))
                         else "text"})
        if not docs:
            raise _BadRequest(400, "nothing to analyse: paste a text or choose a file")
        if mode == "compare":
            docs = documents({"documents": docs})
            analyses, timing["analysis"] = await engine.run(_analyze_all, docs, timeout=timeout)
            return HTMLResponse(render_comparison(compare_analyses(analyses), title=title))
        if len(docs) != 1:
            raise _BadRequest(400, "one article at a time; choose 'compare' for several")
        doc = _document(docs[0], docs[0]["id"])
        if title:
            doc["meta"]["title"] = title
        analysis, timing["analysis"] = await engine.run(_analyze_one, doc, timeout=timeout)
        return HTMLResponse(render_article(analysis))

    async def not_found(request: Request, exc: Exception) -> Response:
        code = getattr(exc, "status_code", 404)
        reason = "no such endpoint" if code == 404 else ("method not allowed" if code == 405 else "bad request")
        return JSONResponse({"error": f"{reason}: {request.method} {request.url.path}"}, code)

    routes = [
        Route("/health", handler(health), methods=["GET"]),
        Route("/api/analyze", handler(analyze), methods=["POST"]),
        Route("/api/compare", handler(compare), methods=["POST"]),
        Route("/api/check", handler(check), methods=["POST"]),
        Route("/", handler(page, html=True), methods=["GET"]),
        Route("/report", handler(report, html=True), methods=["POST"]),
    ]
    return Starlette(routes=routes, lifespan=lifespan, exception_handlers={404: not_found, 405: not_found})


def _event(event: str, **fields: Any) -> None:
    """One JSON object a line on the ``attrib.serve`` logger (stderr when served from the CLI)."""
    _log.info(json.dumps({"ts": round(time.time(), 3), "event": event, **fields}, ensure_ascii=False))


def run_server(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, models: str | None = None, *,
               max_bytes: int = MAX_BYTES, timeout: float = TIMEOUT_S) -> None:
    """Serve until interrupted (``attrib serve``)."""
    import uvicorn

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    _log.addHandler(handler)
    _log.setLevel(logging.INFO)
    _log.propagate = False

    # One torch thread per worker: a second torch thread that spins while the machine is busy
    # cost 3-10x the CPU time of one (0.4 s vs 1.6-4.5 s for a 60-word draft at load 19 on
    # 2 cores).  A request's sentences are shared between two worker threads instead (no
    # spinning; an 800-word article 17 % faster than on one pipeline with two torch threads).
    import os

    os.environ.setdefault("ATTRIB_THREADS", "1")

    def factory() -> Any:
        from attrib.pipeline import Analyzer

        return Analyzer(models, workers=min(2, os.cpu_count() or 1))

    app = create_app(factory, max_bytes=max_bytes, timeout=timeout)
    _event("starting", host=host, port=port, max_bytes=max_bytes, timeout=timeout)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
