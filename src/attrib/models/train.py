"""Train attrib's compact English stanza models on UD_English-EWT.

Usage (reproducible; every step is stanza's own training code)::

    python -m attrib.models.train --ud-dir ../shared/data/ud-english-ewt \\
        --work-dir build/stanza-train all

Steps, in order: ``prepare`` (stanza's ``prepare_*_treebank`` scripts),
``tokenize``, ``mwt``, ``lemma``, ``pos``, ``depparse`` (stanza's
``run_*`` scripts), ``package`` (fp16 weights, optimizer state dropped,
``resources.json``) and ``evaluate`` (end to end from raw dev text with the
CoNLL 2018 scorer).  ``all`` runs them in order; ``taggers`` trains the POS
tagger and the parser side by side, one core each.

Settings are chosen for a 2-core CPU machine with no pretrained word vectors
or character LMs (none can be downloaded): see ``MODEL_CARD.md``.  Training
resumes: the parser continues from its ``_checkpoint.pt``, the tagger from its
best saved model; ``--init-from`` starts both from an earlier model directory.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

TREEBANK = "UD_English-EWT"
SHORT = "en_ewt"
PACKAGE = "ewt_compact"
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")

# Settings measured on 2 CPU cores (see the model card for the scores they gave).
STAGE_ARGS: dict[str, list[str]] = {
    "tokenize": ["--no_charlm", "--steps", "8000", "--eval_steps", "500"],
    "mwt": ["--dict_only"],
    "lemma": ["--no_charlm", "--dict_only"],
    "pos": ["--no_charlm", "--no_pretrain", "--char_hidden_dim", "100", "--batch_size", "100",
            "--max_steps", "12000"],
    "depparse": ["--no_charlm", "--no_pretrain", "--char_hidden_dim", "100", "--hidden_dim", "256",
                 "--deep_biaff_hidden_dim", "256", "--batch_size", "1500", "--max_steps", "12000"],
}



def _saved_model(work: Path, proc: str) -> Path | None:
    """The best model a stanza run_* script saved for ``proc`` (checkpoints excluded)."""
    found = sorted(p for p in (work / "saved_models" / proc).glob("*.pt") if not p.stem.endswith("_checkpoint"))
    return found[0] if found else None


RUNNERS = {
    "tokenize": "stanza.utils.training.run_tokenizer",
    "mwt": "stanza.utils.training.run_mwt",
    "lemma": "stanza.utils.training.run_lemma",
    "pos": "stanza.utils.training.run_pos",
    "depparse": "stanza.utils.training.run_depparse",
}

PREPARERS = [
    ("stanza.utils.datasets.prepare_tokenizer_treebank", []),
    ("stanza.utils.datasets.prepare_mwt_treebank", []),
    ("stanza.utils.datasets.prepare_lemma_treebank", ["--gold"]),
    ("stanza.utils.datasets.prepare_pos_treebank", []),
    ("stanza.utils.datasets.prepare_depparse_treebank", ["--gold"]),
]


def _log(message: str) -> None:
    print(f"[attrib.models.train {time.strftime('%H:%M:%S')}] {message}", flush=True)


def _env(work: Path, threads: int) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        UDBASE=str(work / "ud"),
        DATA_ROOT=str(work / "data"),
        OMP_NUM_THREADS=str(threads),
        MKL_NUM_THREADS=str(threads),
        PYTHONUNBUFFERED="1",
    )
    return env


def _link_treebank(ud_dir: Path, work: Path) -> None:
    target = work / "ud" / TREEBANK
    target.mkdir(parents=True, exist_ok=True)
    for split in ("train", "dev", "test"):
        name = f"en_ewt-ud-{split}.conllu"
        src = ud_dir / name
        if not src.exists():
            raise SystemExit(f"missing {src}: --ud-dir must hold UD_English-EWT's .conllu files")
        dst = target / name
        if not dst.exists():
            dst.symlink_to(src.resolve())


def prepare(ud_dir: Path, work: Path) -> None:
    _link_treebank(ud_dir, work)
    for module, extra in PREPARERS:
        _log(f"prepare: {module}")
        subprocess.run([sys.executable, "-m", module, TREEBANK, *extra], cwd=work,
                       env=_env(work, 2), check=True)


def _stage_command(stage: str, work: Path, init_from: Path | None, extra: list[str]) -> list[str]:
    args = [*STAGE_ARGS[stage], *extra]
    saved = _saved_model(work, stage)
    if stage == "depparse":
        has_checkpoint = any((work / "saved_models" / stage).glob("*_checkpoint.pt"))
        if not has_checkpoint and init_from is not None:
            args += ["--continue_from", str(init_from / "en" / stage / f"{PACKAGE}.pt")]
    init = ""
    if stage == "pos":
        if saved is not None:
            init = str(saved)  # resume from the best model saved so far
        elif init_from is not None:
            init = str(init_from / "en" / stage / f"{PACKAGE}.pt")
    # --force: stanza's run_* scripts skip a treebank whose model exists; resuming is ours to decide
    return [sys.executable, "-m", "attrib.models.train", "_stanza", stage, init, TREEBANK, "--force", *args]


def train_stages(stages: list[str], work: Path, init_from: Path | None, threads: int,
                 extra: list[str], parallel: bool) -> None:
    procs = []
    for stage in stages:
        cmd = _stage_command(stage, work, init_from, extra)
        _log(f"train {stage}: {' '.join(cmd)}")
        log = open(work / f"{stage}.log", "a", encoding="utf-8")
        proc = subprocess.Popen(cmd, cwd=work, env=_env(work, threads), stdout=log,
                                stderr=subprocess.STDOUT)
        if parallel:
            procs.append((stage, proc))
        else:
            _wait(stage, proc)
    for stage, proc in procs:
        _wait(stage, proc)


def _wait(stage: str, proc: subprocess.Popen) -> None:
    started = time.time()
    if proc.wait() != 0:
        raise SystemExit(f"training {stage} failed (exit {proc.returncode}); see its log")
    _log(f"{stage} done in {(time.time() - started) / 60:.1f} min")


def _run_stanza(stage: str, init: str, argv: list[str]) -> None:
    """Run one stanza training script in this process with the CPU patches applied."""
    import importlib

    from attrib.models._speed import patch_biaffine

    patch_biaffine()
    if stage == "pos" and init:
        _start_tagger_from(init)
    runner = importlib.import_module(RUNNERS[stage])
    sys.argv = [RUNNERS[stage], *argv]
    runner.main()


def _start_tagger_from(path: str) -> None:
    """Make stanza's tagger start from the weights in ``path`` (same vocab, fp16 ok)."""
    import torch
    from stanza.models import tagger
    from stanza.models.pos.trainer import Trainer

    state = torch.load(path, map_location="cpu", weights_only=False)["model"]

    class WarmStartTrainer(Trainer):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            if getattr(self, "model", None) is not None:
                missing, unexpected = self.model.load_state_dict(state, strict=False)
                _log(f"tagger starts from {path} (missing {len(missing)}, unexpected {len(unexpected)})")

    tagger.Trainer = WarmStartTrainer


def package(work: Path, out: Path, init_from: Path | None) -> None:
    """Copy the best models into ``out`` in stanza's layout, fp16, no optimizer state."""
    import torch

    out.mkdir(parents=True, exist_ok=True)
    for proc in PROCESSORS:
        src = _saved_model(work, proc)
        if src is None:
            if init_from is None:
                raise SystemExit(f"no trained {proc} model in {work}; train it or give --init-from")
            src = init_from / "en" / proc / f"{PACKAGE}.pt"
            _log(f"package {proc}: no newly trained model, keeping {src}")
        checkpoint = torch.load(src, map_location="cpu", weights_only=False)
        for key in ("optimizer", "scheduler", "optimizer_state", "dev_score_history"):
            checkpoint.pop(key, None)
        model = checkpoint.get("model")
        if isinstance(model, dict):
            checkpoint["model"] = {k: v.half() if torch.is_tensor(v) and v.is_floating_point() else v
                                   for k, v in model.items()}
        dst = out / "en" / proc / f"{PACKAGE}.pt"
        dst.parent.mkdir(parents=True, exist_ok=True)
        torch.save(checkpoint, dst)
        _log(f"package {proc}: {dst} ({dst.stat().st_size / 1e6:.1f} MB)")
    resources = {"en": {
        "lang_name": "English",
        **{proc: {PACKAGE: {}} for proc in PROCESSORS},
        "default_processors": {proc: PACKAGE for proc in PROCESSORS},
        "packages": {"default": {proc: PACKAGE for proc in PROCESSORS}},
        "default_dependencies": {},
    }}
    (out / "resources.json").write_text(json.dumps(resources, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "_stanza":
        _run_stanza(argv[1], argv[2], argv[3:])
        return 0
    parser = argparse.ArgumentParser(prog="python -m attrib.models.train", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("steps", nargs="+",
                        choices=["all", "prepare", *PROCESSORS, "taggers", "package", "evaluate"])
    parser.add_argument("--ud-dir", type=Path, default=Path("../shared/data/ud-english-ewt"))
    parser.add_argument("--work-dir", type=Path, default=Path("build/stanza-train"))
    parser.add_argument("--out", type=Path, default=None,
                        help="model directory to write (default: the packaged models)")
    parser.add_argument("--init-from", type=Path, default=None,
                        help="stanza model dir to start POS/parser training from")
    parser.add_argument("--threads", type=int, default=1, help="torch threads per training job")
    parser.add_argument("--stanza-arg", action="append", default=[],
                        help="extra argument passed to the stanza training script (repeatable)")
    args = parser.parse_args(argv)

    from attrib.models import PACKAGED_MODEL_DIR

    work = args.work_dir.resolve()
    work.mkdir(parents=True, exist_ok=True)
    out = (args.out or PACKAGED_MODEL_DIR).resolve()
    init_from = args.init_from.resolve() if args.init_from else None
    steps = args.steps
    if "all" in steps:
        steps = ["prepare", "tokenize", "mwt", "lemma", "taggers", "package", "evaluate"]
    for step in steps:
        if step == "prepare":
            prepare(args.ud_dir, work)
        elif step in PROCESSORS:
            train_stages([step], work, init_from, args.threads, args.stanza_arg, parallel=False)
        elif step == "taggers":
            train_stages(["pos", "depparse"], work, init_from, args.threads, args.stanza_arg,
                         parallel=True)
        elif step == "package":
            package(work, out, init_from)
        elif step == "evaluate":
            from attrib.models.evaluate import evaluate

            gold = args.ud_dir / "en_ewt-ud-dev.conllu"
            scores = evaluate(out, gold, work / "dev.pred.conllu")
            (work / "dev_scores.json").write_text(json.dumps(scores, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
