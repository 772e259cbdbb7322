"""Batch throughput: docs/s with 1 and 2 workers, peak RSS per worker, and the Dask path.

    python benchmarks/batch_speed.py [--docs 200]

The corpus is repeated (distinct ids) to --docs documents in a temporary JSON Lines
file; each run starts from an empty output.  The Dask run uses a local cluster of
2 worker processes and is checked byte for byte against `attrib batch`.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(cmd: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--no-dask", action="store_true")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    words = 0
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "in.jsonl"
        with batch.open("w", encoding="utf-8") as fh:
            for k in range(args.docs):
                text = texts[k % len(texts)]
                words += len(text.split())
                fh.write(json.dumps({"id": f"doc-{k:04d}", "text": text}) + "\n")
        outputs = {}
        for workers in (1, 2):
            out = Path(tmp) / f"out-{workers}.jsonl"
            cmd = [sys.executable, "-m", "attrib.cli", "batch", str(batch), "-o", str(out), "--workers",
                   str(workers), "--quiet"]
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            elapsed = _run(cmd)
            peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
            outputs[workers] = out.read_bytes()
            print(f"attrib batch --workers {workers}: {args.docs} docs in {elapsed:.1f} s = "
                  f"{args.docs / elapsed:.2f} docs/s, {words / elapsed:.0f} words/s "
                  f"(model load included), peak RSS per process {peak:.0f} MB")
        print(f"1 and 2 workers give identical output: {outputs[1] == outputs[2]}")
        if not args.no_dask:
            out = Path(tmp) / "dask.jsonl"
            code = ("from dask.distributed import Client, LocalCluster\n"
                    "from attrib.distributed import run_distributed\n"
                    "if __name__ == '__main__':\n"
                    "    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,"
                    " dashboard_address=None) as c, Client(c) as client:\n"
                    f"        run_distributed([{str(batch)!r}], {str(out)!r}, client=client)\n")
            script = Path(tmp) / "dask_run.py"
            script.write_text(code)
            elapsed = _run([sys.executable, str(script)])
            print(f"dask local cluster (2 workers): {args.docs} docs in {elapsed:.1f} s = "
                  f"{args.docs / elapsed:.2f} docs/s (cluster start and model load included); "
                  f"byte-identical to attrib batch: {out.read_bytes() == outputs[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
