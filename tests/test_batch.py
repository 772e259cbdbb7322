"""`attrib batch`: error records, resume after a kill, stable order; the Dask path gives the same bytes."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from attrib.batch import done_ids, run_batch
from conftest import ROOT

TEXTS = [f"Official number {k} said the talks in Geneva had failed on day {k}." for k in range(12)]


def write_batch(path, extra=b""):
    with path.open("wb") as fh:
        for k, t in enumerate(TEXTS):
            fh.write(json.dumps({"id": f"doc-{k:02d}", "text": t, "source": "Wire", "url": f"https://x/{k}"}).encode() + b"\n")
            if k == 3:
                fh.write(b"\x00\x9f\xff\xfe garbage \x01\x02\n")
            if k == 5:
                fh.write(b"\n")
        fh.write(extra)


def ids_of(path):
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


def test_bad_lines_become_error_records_and_the_rest_is_analysed(tmp_path, analyzer):
    batch = tmp_path / "in.jsonl"
    write_batch(batch, b'{"id": "no-text"}\n')
    out = tmp_path / "out.jsonl"
    stats = run_batch([str(batch)], out, quiet=True)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert stats.written == len(records) == 14 and stats.errors == 2
    errors = [r for r in records if "error" in r]
    assert {e["id"] for e in errors} == {"line-5", "no-text"}
    assert all(set(e["error"]) == {"type", "message"} for e in errors)
    good = [r for r in records if "error" not in r]
    assert [r["id"] for r in good] == [f"doc-{k:02d}" for k in range(12)]
    assert good[0]["meta"] == {"url": "https://x/0", "outlet": "Wire"}
    assert all(r["quotes"] for r in good)


def test_resume_after_a_kill_loses_and_duplicates_nothing(tmp_path, analyzer):
    batch = tmp_path / "in.jsonl"
    write_batch(batch)
    clean = tmp_path / "clean.jsonl"
    run_batch([str(batch)], clean, quiet=True, chunk_size=1)
    out = tmp_path / "out.jsonl"
    code = ("import sys; from attrib.batch import run_batch; "
            f"run_batch([{str(batch)!r}], {str(out)!r}, quiet=True, chunk_size=1)")
    proc = subprocess.Popen([sys.executable, "-c", code], env={**os.environ, "ATTRIB_THREADS": "1"})
    deadline = time.time() + 120
    while time.time() < deadline and (not out.exists() or out.read_text().count("\n") < 4):
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done_before = out.read_text().count("\n")
    assert 4 <= done_before < 13
    with out.open("a", encoding="utf-8") as fh:
        fh.write('{"schema_version":"1.0","id":"doc-99","text":"cut off mid-wri')  # a half-written line
    assert "doc-99" not in done_ids(out)
    run_batch([str(batch)], out, quiet=True, chunk_size=1)
    assert ids_of(out) == ids_of(clean)
    assert out.read_bytes() == clean.read_bytes()


def test_cli_batch_over_a_directory_with_two_workers(tmp_path):
    out = tmp_path / "corpus.jsonl"
    env = {**os.environ, "ATTRIB_THREADS": "1"}
    result = subprocess.run([sys.executable, "-m", "attrib.cli", "batch", str(ROOT / "corpus"), "-o", str(out),
                             "--workers", "2"], capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "wrote 5 documents (0 errors)" in result.stderr
    ids = ids_of(out)
    assert ids == sorted(ids) and len(ids) == 5
    again = subprocess.run([sys.executable, "-m", "attrib.cli", "batch", str(ROOT / "corpus"), "-o", str(out)],
                           capture_output=True, text=True, env=env, timeout=600)
    assert "skipped 5" in again.stderr and len(ids_of(out)) == 5


def test_dask_local_cluster_gives_byte_identical_output(tmp_path, analyzer):
    distributed = pytest.importorskip("dask.distributed")  # the [dask] extra; installed by the test extra
    from attrib.distributed import run_distributed

    expected = tmp_path / "batch.jsonl"
    run_batch([str(ROOT / "corpus")], expected, quiet=True)
    out = tmp_path / "dask.jsonl"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        stats = run_distributed([str(ROOT / "corpus")], out, client=client, partition_size=2)
    assert stats.written == 5
    assert out.read_bytes() == expected.read_bytes()
