"""Time to first result: `attrib check` cold (a new process that loads the models) and warm (through a
running `attrib serve`), plus start-up of commands that need no models and the server's own
analysis time for an 800-word article.

    python benchmarks/serve_latency.py [--repeat 5] [--draft-words 500] [--article-words 800]

Drafts are the bundled corpus (corpus/*.txt) cut to the wanted number of words, paragraphs kept.
Wall times are medians; CPU seconds (user+sys of the child processes) are printed beside
them because wall time is noisy on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ATTRIB = [sys.executable, "-m", "attrib.cli"]


def draft(words: int) -> str:
    out, n = [], 0
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        for para in path.read_text(encoding="utf-8").split("\n\n"):
            w = para.split()
            if not w:
                continue
            if n + len(w) > words:
                w = w[: words - n]
            out.append(" ".join(w))
            n += len(w)
            if n >= words:
                return "\n\n".join(out) + "\n"
    return "\n\n".join(out) + "\n"


def timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, int]:
    """(wall s, child CPU s, exit code) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    code = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env).returncode
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), code


def report(name: str, runs: list[tuple[float, float, int]]) -> None:
    walls, cpus = [r[0] for r in runs], [r[1] for r in runs]
    print(f"{name:52} wall median {statistics.median(walls):6.3f} s (min {min(walls):.3f})   "
          f"CPU median {statistics.median(cpus):6.3f} s   exit {sorted({r[2] for r in runs})}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--draft-words", type=int, default=500)
    parser.add_argument("--article-words", type=int, default=800)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="attrib-latency-"))
    small = folder / "draft.txt"
    small.write_text(draft(args.draft_words), encoding="utf-8")
    empty = folder / "empty.md"
    empty.write_text("---\ntitle: nothing yet\n---\n", encoding="utf-8")
    print(f"draft: {len(small.read_text().split())} words; machine load {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores")

    report("attrib --help", [timed([*ATTRIB, "--help"]) for _ in range(args.repeat)])
    report("attrib check --list-rules", [timed([*ATTRIB, "check", "--list-rules"]) for _ in range(args.repeat)])
    report("attrib check (Markdown draft with no prose)", [timed([*ATTRIB, "check", str(empty)])
                                                           for _ in range(args.repeat)])
    report(f"attrib check, cold ({args.draft_words} words)",
           [timed([*ATTRIB, "check", "--exit-zero", str(small)]) for _ in range(max(1, args.repeat // 2))])

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([*ATTRIB, "serve", "--port", str(port)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        t0 = time.perf_counter()
        for _ in range(1200):
            try:
                with urllib.request.urlopen(url + "/health", timeout=2) as r:
                    if json.loads(r.read())["models_loaded"]:
                        break
            except OSError:
                time.sleep(0.25)
        print(f"{'server start (models loaded, healthy)':52} {time.perf_counter() - t0:6.3f} s")
        timed([*ATTRIB, "check", "--exit-zero", "--server", url, str(small)])  # first request warms up
        report(f"attrib check --server, warm ({args.draft_words} words)",
               [timed([*ATTRIB, "check", "--exit-zero", "--server", url, str(small)]) for _ in range(args.repeat)])
        article = json.dumps({"text": draft(args.article_words)}).encode()
        server_ms, cpu_ms, round_ms = [], [], []
        for _ in range(args.repeat):
            req = urllib.request.Request(url + "/api/analyze", article, {"Content-Type": "application/json"})
            t0 = time.perf_counter()
            with urllib.request.urlopen(req, timeout=300) as r:
                r.read()
                timing = r.headers["Server-Timing"]
            round_ms.append(1000 * (time.perf_counter() - t0))
            server_ms.append(float(timing.split("dur=")[1].split(",")[0]))
            cpu_ms.append(float(timing.split("cpu;dur=")[1]))
        print(f"{'POST /api/analyze ' + str(args.article_words) + ' words: analysis (Server-Timing)':52} "
              f"median {statistics.median(server_ms) / 1000:6.3f} s (min {min(server_ms) / 1000:.3f}); "
              f"round trip median {statistics.median(round_ms) / 1000:.3f} s; analysis CPU median "
              f"{statistics.median(cpu_ms) / 1000:.3f} s (min {min(cpu_ms) / 1000:.3f})")
    finally:
        server.terminate()
        server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
