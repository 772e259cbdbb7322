"""`attrib batch`: error records, resume after a kill, stable order; the Dask path gives the same bytes."""

import json
import os
import signal
import subprocess
import sys
import threading
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
    # an error record written before the kill is retried at the end of the resumed run (done_ids),
    # so only its place may differ: the same lines, once each, the analyses in input order
    assert sorted(out.read_bytes().splitlines()) == sorted(clean.read_bytes().splitlines())
    assert len(set(ids_of(out))) == len(ids_of(out))
    assert [i for i in ids_of(out) if i.startswith("doc-")] == [i for i in ids_of(clean) if i.startswith("doc-")]


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


def test_duplicate_ids_are_disambiguated_never_dropped_and_resume_keeps_them(tmp_path, analyzer, capsys):
    batch = tmp_path / "in.jsonl"
    batch.write_text("".join(json.dumps({"id": "same", "text": t}) + "\n" for t in TEXTS[:3]), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    stats = run_batch([str(batch)], out, quiet=True)
    assert stats.written == 3 and ids_of(out) == ["same", "same#2", "same#3"]
    assert "duplicate id 'same'" in capsys.readouterr().err
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in records] == TEXTS[:3] and records[1]["meta"]["duplicate_of"] == "same"
    stats = run_batch([str(batch)], out, quiet=True)
    assert stats.skipped == 3 and stats.written == 0 and len(ids_of(out)) == 3


def test_a_pattern_that_matches_nothing_fails_alone(tmp_path, analyzer):
    good = tmp_path / "good.txt"
    good.write_text(TEXTS[0], encoding="utf-8")
    out = tmp_path / "out" / "o.jsonl"
    stats = run_batch([str(tmp_path / "nothing-*.txt"), str(good)], out, quiet=True)
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert stats.errors == 1 and "no files match" in records[0]["error"]["message"]
    assert records[1]["id"] == str(good) and records[1]["quotes"]


def test_an_output_held_by_another_run_is_refused(tmp_path):
    from attrib.errors import InputError
    from attrib.outputs import OutputLock

    good = tmp_path / "good.txt"
    good.write_text(TEXTS[0], encoding="utf-8")
    out = tmp_path / "o.jsonl"
    with OutputLock(out), pytest.raises(InputError, match="another attrib run"):
        run_batch([str(good)], out, quiet=True)
    assert not out.exists() or out.read_text() == ""


def test_failed_documents_are_retried_on_resume(tmp_path, analyzer):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    (docs / "b.txt").write_text("   \n", encoding="utf-8")  # empty: an error record
    out = tmp_path / "o.jsonl"
    stats = run_batch([str(docs)], out, quiet=True)
    assert stats.errors == 1 and len(ids_of(out)) == 2
    (docs / "b.txt").write_text(TEXTS[1], encoding="utf-8")  # fixed
    stats = run_batch([str(docs)], out, quiet=True)
    assert stats.skipped == 1 and stats.written == 1 and stats.errors == 0
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in records) == sorted([str(docs / "a.txt"), str(docs / "b.txt")])
    assert not any("error" in r for r in records)


def test_outputs_and_reports_are_never_read_back_as_inputs(tmp_path, analyzer):
    from attrib.report import render_article

    (tmp_path / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    (tmp_path / "report.html").write_text(render_article(analyzer.analyze(TEXTS[1], id="r")), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch([str(tmp_path)], out, quiet=True)
    (tmp_path / "earlier.jsonl").write_bytes(out.read_bytes())  # an earlier run's output
    stats = run_batch([str(tmp_path)], out, quiet=True)
    assert ids_of(out) == [str(tmp_path / "a.txt")] and stats.skipped == 1 and stats.written == 0
    stats = run_batch([str(tmp_path / "earlier.jsonl")], tmp_path / "other.jsonl", quiet=True)
    assert stats.errors == 1 and "written by attrib" in (tmp_path / "other.jsonl").read_text()


def test_dask_streams_partitions_and_survives_a_killed_worker(tmp_path, analyzer):
    distributed = pytest.importorskip("dask.distributed")
    from attrib.distributed import run_distributed

    batch = tmp_path / "in.jsonl"
    write_batch(batch)
    expected = tmp_path / "batch.jsonl"
    run_batch([str(batch)], expected, quiet=True, chunk_size=1)
    out = tmp_path / "dask.jsonl"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None, worker_class=distributed.Nanny,
                                  env={"ATTRIB_THREADS": "1"}) as cluster, distributed.Client(cluster) as client:
        result: dict = {}
        runner = threading.Thread(target=lambda: result.update(stats=run_distributed(
            [str(batch)], out, client=client, partition_size=1, window=4)))
        runner.start()
        deadline = time.time() + 300
        while time.time() < deadline and (not out.exists() or out.read_text().count("\n") < 2):
            time.sleep(0.05)
        assert out.read_text().count("\n") < 13  # streamed: lines written before the run ends
        victim = next(iter(client.run(os.getpid).values()))
        os.kill(victim, signal.SIGKILL)  # a worker dies mid-run; its partitions run again elsewhere
        runner.join(timeout=300)
        assert not runner.is_alive()
    assert result["stats"].written == 13
    assert out.read_bytes() == expected.read_bytes()
