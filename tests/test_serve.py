"""``attrib serve`` end to end: a real server process on 127.0.0.1, a real HTTP client (urllib).

One server with the packaged models serves the whole module (started once, stopped at the
end); a second, in-process uvicorn with a slow stand-in analyzer proves the timeout and the
queue without models.  Every wait is bounded.
"""

import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from attrib.check import check_text, findings_json
from attrib.records import Analysis

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "al-bab-dawn.txt"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(url, data=None, headers=None, method=None, timeout=120):
    """(status, headers, body bytes) — HTTP errors are answers too."""
    body = json.dumps(data).encode() if isinstance(data, (dict, list)) else data
    hdrs = {"Content-Type": "application/json"} if isinstance(data, (dict, list)) else {}
    hdrs.update(headers or {})
    req = urllib.request.Request(url, body, hdrs, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def wait_healthy(base, proc=None, limit=300.0):
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"server exited with {proc.returncode}: {proc.stderr.read().decode()[-2000:]}")
        try:
            status, _, body = request(base + "/health", timeout=5)
            if status == 200 and json.loads(body)["models_loaded"]:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise AssertionError("server did not become healthy in time")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = free_port()
    log = tmp_path_factory.mktemp("serve") / "server.log"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with log.open("wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "attrib.cli", "serve", "--port", str(port),
                                 "--max-bytes", "200000"], stdout=subprocess.DEVNULL, stderr=err, env=env)
        try:
            wait_healthy(f"http://127.0.0.1:{port}", proc)
            yield {"base": f"http://127.0.0.1:{port}", "log": log, "proc": proc}
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=30)


DRAFT = ("The minister said the plan would cut costs. Officials said the figures were worrying, "
         "sources said. Prices reportedly rose 4% last year.\n\n“We will not back down,” said Anna Berg, "
         "the union's leader.\n")


def test_health_says_ok_and_binds_to_loopback(server):
    status, headers, body = request(server["base"] + "/health")
    assert status == 200 and headers["content-type"].startswith("application/json")
    data = json.loads(body)
    assert data["status"] == "ok" and data["models_loaded"] is True and data["schema_version"]
    from attrib.cli import build_parser

    assert build_parser().parse_args(["serve"]).host == "127.0.0.1"


def test_analyze_returns_the_json_contract(server, analyzer):
    text = SEED.read_text(encoding="utf-8")
    status, headers, body = request(server["base"] + "/api/analyze", {"id": "seed", "text": text})
    assert status == 200, body
    assert "analysis;dur=" in headers["server-timing"] and ", cpu;dur=" in headers["server-timing"]
    got = json.loads(body)
    assert got == analyzer.analyze(text, id="seed").to_dict()
    assert Analysis.from_dict(got).id == "seed"


def test_analyze_markdown_and_plain_text_bodies(server):
    md = "# Headline\n\nAccording to [a report](https://x.example/r) by the [OECD](https://oecd.org), " \
         "prices **reportedly** rose.\n"
    status, _, body = request(server["base"] + "/api/analyze", {"text": md, "format": "markdown"})
    assert status == 200, body
    a = json.loads(body)
    assert "[" not in a["text"] and "**" not in a["text"] and "https" not in a["text"]
    assert a["meta"]["title"] == "Headline"
    status, _, body = request(server["base"] + "/api/analyze", DRAFT.encode(), {"Content-Type": "text/plain"})
    assert status == 200 and json.loads(body)["text"] == DRAFT


def test_compare_endpoint(server):
    docs = [{"id": "a", "text": DRAFT}, {"id": "b", "text": DRAFT.replace("4%", "5%")}]
    status, _, body = request(server["base"] + "/api/compare", {"documents": docs})
    assert status == 200, body
    data = json.loads(body)
    assert [s["name"] for s in data["sources"]] == ["a", "b"] and data["clusters"]


def test_check_endpoint_matches_a_local_check(server, analyzer):
    status, _, body = request(server["base"] + "/api/check",
                              {"text": DRAFT, "path": "draft.txt", "config": {"ignore": ["ATR004"]}})
    assert status == 200, body
    from attrib.check import CheckConfig

    local = findings_json(check_text(DRAFT, "draft.txt", CheckConfig(ignore=("ATR004",)), analyzer))
    assert json.loads(body)["findings"] == local and local


def test_check_cli_through_the_server(server, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text("Critics slammed the **plan**, sources said.\n\nThe [minister](https://x.example) reportedly "
                     "resigned.\n", encoding="utf-8")
    remote = subprocess.run([sys.executable, "-m", "attrib.cli", "check", "--server", server["base"], str(draft)],
                            capture_output=True, text=True, timeout=120, cwd=tmp_path)
    local = subprocess.run([sys.executable, "-m", "attrib.cli", "check", str(draft)],
                           capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert remote.stdout == local.stdout and remote.returncode == local.returncode == 1, remote.stderr
    assert f"{draft}:1:31: error ATR002" in remote.stdout and f"{draft}:3:35: info ATR007" in remote.stdout
    down = subprocess.run([sys.executable, "-m", "attrib.cli", "check", "--server", f"http://127.0.0.1:{free_port()}",
                           str(draft)], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert down.returncode == 2 and "cannot connect" in down.stderr


def test_twenty_concurrent_requests_none_lost(server):
    def one(k):
        tag = f"doc-{k}-{uuid.uuid4().hex[:6]}"
        text = f"Officials in town {k} said the bridge would reopen. " + DRAFT
        status, _, body = request(server["base"] + "/api/analyze", {"id": tag, "text": text}, timeout=300)
        return tag, text, status, body

    with ThreadPoolExecutor(20) as pool:
        answers = list(pool.map(one, range(20)))
    assert len(answers) == 20
    for tag, text, status, body in answers:
        assert status == 200, body
        data = json.loads(body)
        assert data["id"] == tag and data["text"] == text  # each answer is its own request's


@pytest.mark.parametrize(("path", "payload", "headers", "status", "words"), [
    ("/api/analyze", b"{not json", {"Content-Type": "application/json"}, 400, "not JSON"),
    ("/api/analyze", {"id": "x"}, None, 400, "'text' must be a string"),
    ("/api/analyze", {"text": "   "}, None, 400, "empty"),
    ("/api/analyze", {"text": "x", "format": "docx"}, None, 400, "format"),
    ("/api/analyze", [1, 2], None, 400, "JSON object"),
    ("/api/analyze", {"text": "x" * 300_000}, None, 413, "limit"),
    ("/api/compare", {"documents": [{"text": "one"}]}, None, 400, "at least two"),
    ("/api/check", {"text": "A draft.", "config": {"severity": {"ATR999": "error"}}}, None, 400, "ATR999"),
    ("/api/nothing", {"text": "x"}, None, 404, "no such endpoint"),
])
def test_bad_requests_get_a_4xx_with_a_one_line_reason(server, path, payload, headers, status, words):
    got, hdrs, body = request(server["base"] + path, payload, headers)
    assert got == status, body
    reason = json.loads(body)["error"]
    assert words in reason and "\n" not in reason


def test_wrong_method_is_405(server):
    status, _, body = request(server["base"] + "/api/analyze")
    assert status == 405 and "method not allowed" in json.loads(body)["error"]


def multipart(fields, files=()):
    boundary = uuid.uuid4().hex
    out = []
    for name, value in fields:
        out.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    for name, filename, data in files:
        out.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                   f"Content-Type: text/plain\r\n\r\n".encode() + data + b"\r\n")
    out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out), {"Content-Type": f"multipart/form-data; boundary={boundary}"}


def test_paste_page_and_html_reports(server):
    status, headers, page = request(server["base"] + "/")
    assert status == 200 and b'<form class="paste"' in page and b'name="files" multiple' in page
    body, hdrs = multipart([("text", DRAFT + "<script>alert(1)</script>"), ("title", "<b>Budget</b>"),
                            ("mode", "analyze")])
    status, headers, html = request(server["base"] + "/report", body, hdrs)
    assert status == 200 and headers["content-type"].startswith("text/html")
    html = html.decode()
    assert "<title>&lt;b&gt;Budget&lt;/b&gt; — attrib report</title>" in html
    assert 'class="q' in html and 'class="fd' in html and "<script>alert(1)" not in html
    body, hdrs = multipart([("mode", "compare")], [("files", "a.txt", DRAFT.encode()),
                                                   ("files", "b.md", DRAFT.replace("4%", "**5%**").encode())])
    status, _, html = request(server["base"] + "/report", body, hdrs)
    assert status == 200 and b"attrib comparison" in html and b"a.txt" in html and b"b.md" in html
    body, hdrs = multipart([("mode", "analyze"), ("text", "  ")])
    status, headers, reason = request(server["base"] + "/report", body, hdrs)
    assert status == 400 and reason.decode().count("\n") == 1 and b"nothing to analyse" in reason


def test_logs_are_one_json_object_a_line(server):
    request(server["base"] + "/health")
    lines = [json.loads(line) for line in server["log"].read_text(encoding="utf-8").splitlines()
             if line.startswith("{")]
    events = {e["event"] for e in lines}
    assert {"starting", "models-loaded", "request"} <= events
    req = [e for e in lines if e["event"] == "request"]
    assert all({"method", "path", "status", "ms"} <= set(e) for e in req)


class SlowAnalyzer:
    """Stands in for the models: takes ``delay`` seconds an analysis, one at a time."""

    def __init__(self, delay):
        self.delay, self.busy, self.overlaps = delay, threading.Lock(), 0

    def analyze_many(self, docs):
        if not self.busy.acquire(blocking=False):
            self.overlaps += 1
            self.busy.acquire()
        try:
            for d in docs:
                time.sleep(self.delay)
                yield Analysis(id=d["id"], text=d["text"])
        finally:
            self.busy.release()


@pytest.fixture()
def slow_server():
    import uvicorn

    from attrib.serve import create_app

    slow = SlowAnalyzer(0.3)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(lambda: slow, timeout=1.0), host="127.0.0.1", port=port,
                                           log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        wait_healthy(f"http://127.0.0.1:{port}", limit=30)
        yield f"http://127.0.0.1:{port}", slow
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def test_requests_queue_onto_one_analyzer_and_time_out_with_503(slow_server):
    base, slow = slow_server
    with ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(lambda k: request(base + "/api/analyze", {"id": str(k), "text": "x"}), range(6)))
    statuses = sorted(status for status, _, _ in answers)
    assert slow.overlaps == 0  # never two analyses at once
    assert statuses.count(200) >= 3 and set(statuses) <= {200, 503}
    assert 503 in statuses  # six 0.3 s analyses cannot all finish within the 1 s timeout
    for status, _, body in answers:
        if status == 503:
            assert "did not finish within 1 s" in json.loads(body)["error"]
    status, _, body = request(base + "/health")  # the server is still there
    assert status == 200
