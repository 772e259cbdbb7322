"""The ``attrib`` command line: thin — parse arguments, call the library, format, exit codes.

Exit codes (kept apart so that a script can tell a result from a failure):

* 0 — done, every input analysed (and ``attrib check``: no finding at the failing severity);
* 1 — ``attrib check`` found findings at the failing severity (errors);
* 2 — usage or input error: a bad argument or configuration, an output that cannot be
  written, or any input that could not be read or analysed (the other inputs are still
  analysed and written);
* 3 — internal error (a bug): a one-line message; ``--debug`` shows the traceback.

Messages go to standard error only; standard output carries results.  An output file
(``-o``) is checked before any work and replaced atomically, so a failed run leaves an
earlier file as it was.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from attrib.errors import AttribError, InputError
from attrib.ingest import error_record, iter_documents, read_text
from attrib.outputs import atomic_output, check_output
from attrib.records import Analysis

__all__ = ["main", "EXIT_OK", "EXIT_FINDINGS", "EXIT_USAGE", "EXIT_INTERNAL"]

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def _analyzer(args: argparse.Namespace):
    from attrib.nlp import freeze_loaded_objects
    from attrib.pipeline import Analyzer

    analyzer = Analyzer(args.models)
    freeze_loaded_objects()  # the CLI owns its process (the library leaves gc alone)
    return analyzer


def _documents(paths: Sequence[str]) -> Iterator[dict[str, Any]]:
    """Input documents named by file name; unreadable ones become ``{"id", "error"}`` records."""
    return iter_documents(paths, names=True)


def _analyses(args: argparse.Namespace, docs: Iterator[dict[str, Any]]) -> Iterator[Analysis | dict[str, Any]]:
    """Analyses in input order; error records pass through (a batch never dies on one document)."""
    analyzer = None
    pending: list[dict[str, Any]] = []

    def flush() -> Iterator[Analysis | dict[str, Any]]:
        nonlocal analyzer
        good = [d for d in pending if "error" not in d]
        results: Iterator[Analysis] = iter(())
        if good:
            analyzer = analyzer or _analyzer(args)
            results = analyzer.analyze_many(good)
        for d in pending:
            if "error" in d:
                yield {"id": d.get("id"), "error": d["error"]}
            else:
                try:
                    yield next(results)
                except AttribError as exc:
                    yield error_record(d.get("id"), exc)
        pending.clear()

    for d in docs:
        pending.append(d)
        if len(pending) >= 16:
            yield from flush()
    yield from flush()


def _report_failures(results: Sequence[Analysis | dict[str, Any]], verb: str = "") -> int:
    """Print each failed input on standard error; how many failed."""
    failures = [r for r in results if not isinstance(r, Analysis)]
    for r in failures:
        message = r["error"]["message"]
        where = r.get("id")
        prefix = f"{where}: " if where and str(where) not in message else ""
        print(f"attrib: {verb}{prefix}{message}", file=sys.stderr)
    return len(failures)


def cmd_analyze(args: argparse.Namespace) -> int:
    check_output(args.output)
    if args.explain:
        return _explain(args)
    results = list(_analyses(args, _documents(args.files)))
    good = [r for r in results if isinstance(r, Analysis)]
    failures = _report_failures(results)
    if not good:  # nothing to write: an earlier output stays as it was
        return EXIT_USAGE
    if args.format == "html" and len(results) != 1:
        raise InputError("--format html renders one article; use `attrib compare` for several")
    with atomic_output(args.output) as out:
        if args.format == "html":
            from attrib.report import render_article

            out.write(render_article(good[0]))
        elif args.format == "json":
            # JSON keeps one entry per input (error records for the failed ones), as JSON Lines does
            payload = [r.to_dict() if isinstance(r, Analysis) else r for r in results]
            json.dump(payload[0] if len(payload) == 1 and not args.files[0].endswith(".jsonl") else payload,
                      out, ensure_ascii=False, indent=2)
            out.write("\n")
        elif args.format == "jsonl":
            for r in results:
                out.write(json.dumps(r.to_dict() if isinstance(r, Analysis) else r, ensure_ascii=False) + "\n")
        elif args.format == "csv":
            from attrib.present import csv_text

            out.write(csv_text(good, args.table))
        else:  # text: analyses only; the failures went to standard error
            from attrib.present import format_analysis

            out.write("\n\n".join(format_analysis(r, r.id or "-") for r in good) + "\n")
    return EXIT_USAGE if failures else EXIT_OK


def _explain(args: argparse.Namespace) -> int:
    """Per quote: the construction and source finder that produced it; the vetoed candidates."""
    from attrib.attribution.explain import explain_text

    analyzer = _analyzer(args)
    failures = 0
    with atomic_output(args.output) as out:
        for d in _documents(args.files):
            if "error" in d:
                failures += 1
                print(f"attrib: {d['error']['message']}", file=sys.stderr)
                continue
            analysis, context = analyzer.explain(d["text"], id=d.get("id"), meta=d.get("meta"))
            out.write(explain_text(analysis, context) + "\n")
    return EXIT_USAGE if failures else EXIT_OK


def cmd_compare(args: argparse.Namespace) -> int:
    from attrib.compare import compare
    from attrib.report import render_comparison

    check_output(args.output)
    results = list(_analyses(args, _documents(args.files)))
    failures = _report_failures(results, "skipped ")
    analyses = [r for r in results if isinstance(r, Analysis)]
    if len(analyses) < 2:
        raise InputError("compare needs at least two readable articles")
    comparison = compare(analyses)
    with atomic_output(args.output) as out:
        if args.format == "json":
            json.dump(comparison.to_dict(), out, ensure_ascii=False, indent=2)
            out.write("\n")
        else:
            out.write(render_comparison(comparison, title=args.title))
    if args.output not in (None, "-"):
        kinds: dict[str, int] = {}
        for f in comparison.flags:
            kinds[f.kind] = kinds.get(f.kind, 0) + 1
        summary = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) or "no flags"
        print(f"compared {len(analyses)} sources: {len(comparison.clusters)} statement clusters; {summary}; "
              f"wrote {args.output}", file=sys.stderr)
    return EXIT_USAGE if failures else EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from attrib import __version__
    from attrib.check import (
        check_text,
        format_json,
        format_sarif,
        format_text,
        load_config,
        rules_markdown,
    )
    from attrib.rules import RULES

    if args.list_rules:
        if args.format == "markdown":
            print(rules_markdown(), end="")
        elif args.format == "json":
            print(json.dumps([{"id": r.id, "name": r.name, "severity": r.severity, "summary": r.summary,
                               "fires": r.fires, "passes": r.passes} for r in RULES.values()], indent=2))
        else:
            for r in sorted(RULES.values(), key=lambda r: r.id):
                print(f"{r.id}  {r.name:30} {r.severity:8} {r.summary}")
        return EXIT_OK
    if not args.files:
        raise InputError("no files to check (give FILE... or -)")
    config = load_config(args.config)
    for warning in config.warnings:
        print(f"attrib: warning: {warning}", file=sys.stderr)
    overrides: dict[str, Any] = {}
    if args.min_severity:
        overrides["min_severity"] = args.min_severity
    for key in ("select", "ignore"):
        value = getattr(args, key)
        if value is not None:
            overrides[key] = _rule_ids(value, f"--{key}")
    if overrides:
        from dataclasses import replace

        config = replace(config, **overrides)
    analyzer = _LazyAnalyzer(args)  # models load only when a draft has text to read
    results = []
    failed = False
    from attrib.budget import check_size

    for path in args.files:
        try:
            text = read_text(path, repair=False)  # positions must match the file on disk
            check_size(text, path)  # before the models load
        except InputError as exc:
            print(f"attrib: {exc}", file=sys.stderr)
            failed = True
            continue
        name = "<stdin>" if path == "-" else path
        markdown = True if args.markdown else None
        if args.server:
            from attrib.client import check_remote

            results.extend(check_remote(args.server, text, name, config, markdown=markdown))
        else:
            warnings: list[str] = []
            results.extend(check_text(text, name, config, analyzer, markdown=markdown, warnings=warnings))
            for warning in warnings:
                print(f"attrib: warning: {warning}", file=sys.stderr)
    if args.statistics:
        from attrib.check import format_statistics

        sys.stdout.write(format_statistics(results))
    elif args.format == "json":
        sys.stdout.write(format_json(results))
    elif args.format == "sarif":
        sys.stdout.write(format_sarif(results, __version__))
    elif args.format == "github":
        from attrib.check import format_github

        sys.stdout.write(format_github(results))
    else:
        sys.stdout.write(format_text(results))
    if failed:
        return EXIT_USAGE
    if args.exit_zero:
        return EXIT_OK
    return EXIT_FINDINGS if any(r.severity == "error" for r in results) else EXIT_OK


class _LazyAnalyzer:
    """Stands for the analyzer and loads the models on the first ``analyze``."""

    def __init__(self, args: argparse.Namespace) -> None:
        self._args, self._analyzer = args, None

    def analyze(self, text: str, **kwargs: Any) -> Analysis:
        if self._analyzer is None:
            self._analyzer = _analyzer(self._args)
        return self._analyzer.analyze(text, **kwargs)


def _rule_ids(value: str, flag: str) -> tuple[str, ...]:
    """``--select ATR001,QUO`` → ids or prefixes, each naming at least one rule."""
    from attrib.rules import RULES

    ids = tuple(x.strip().upper() for x in value.split(",") if x.strip())
    unknown = [x for x in ids if not any(r.startswith(x) for r in RULES)]
    if unknown:
        raise InputError(f"{flag}: unknown rule id(s) {', '.join(unknown)}; see attrib check --list-rules")
    return ids


def cmd_serve(args: argparse.Namespace) -> int:
    from attrib.serve import run_server

    run_server(args.host, args.port, args.models, max_bytes=args.max_bytes, timeout=args.timeout)
    return EXIT_OK


def cmd_batch(args: argparse.Namespace) -> int:
    from attrib.batch import run_batch

    stats = run_batch(args.inputs, args.output, workers=args.workers, models=args.models, quiet=args.quiet)
    print(f"wrote {stats.written} documents ({stats.errors} errors), skipped {stats.skipped} already in "
          f"{args.output}", file=sys.stderr)
    return EXIT_USAGE if stats.errors else EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from attrib.evaluation import format_scores, load_gold, score_documents

    try:
        gold = load_gold(args.gold)
    except (OSError, ValueError) as exc:
        raise InputError(f"{args.gold}: {exc}") from exc
    if args.limit:
        gold = gold[: args.limit]
    analyzer = _analyzer(args)
    analyses = analyzer.analyze_many({"id": g.get("id"), "text": g["text"]} for g in gold)
    result = score_documents(zip(gold, analyses)).as_dict()
    if args.format == "json":
        print(json.dumps(result, indent=2))
    else:
        print(format_scores(result))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    from attrib import __version__

    parser = argparse.ArgumentParser(prog="attrib", description="Who said what in news text.")
    parser.add_argument("--version", action="version", version=f"attrib {__version__}")
    parser.add_argument("--models", default=None,
                        help="stanza model directory (default: $ATTRIB_STANZA_DIR or the packaged models)")
    parser.add_argument("--debug", action="store_true", help="show the traceback of an internal error")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("analyze", help="find quotes, speakers, claims and findings")
    p.add_argument("files", nargs="+", help="text files, .jsonl batches ({\"id\", \"text\"} a line), or - for stdin")
    p.add_argument("--format", choices=["text", "json", "jsonl", "html", "csv"], default="text")
    p.add_argument("--table", choices=["quotes", "speakers", "claims", "findings"], default="quotes",
                   help="with --format csv: which records, one row each, over all the inputs")
    p.add_argument("-o", "--output", default=None, help="write here instead of standard output")
    p.add_argument("--explain", action="store_true",
                   help="per quote the construction and source finder that produced it, and the vetoed candidates")
    p.set_defaults(run=cmd_analyze)

    p = sub.add_parser("compare", help="compare several articles on one event (HTML or JSON)")
    p.add_argument("files", nargs="+", help="text files or .jsonl batches; metadata from a sources.json beside them")
    p.add_argument("--format", choices=["html", "json"], default="html")
    p.add_argument("-o", "--output", default=None, help="write here instead of standard output")
    p.add_argument("--title", default=None, help="report title")
    p.set_defaults(run=cmd_compare)

    p = sub.add_parser("batch", help="analyse many documents into one JSON Lines file (resumable, parallel)")
    p.add_argument("inputs", nargs="+", help="files, directories, globs, .jsonl batches")
    p.add_argument("-o", "--output", required=True, help="JSON Lines output; ids already there are skipped")
    p.add_argument("--workers", type=int, default=1, help="processes, each loading the models once")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(run=cmd_batch)

    p = sub.add_parser("check", help="pre-publication sourcing check of drafts (exit 1 on errors)")
    p.add_argument("files", nargs="*", help="draft files (text or Markdown), or - for stdin")
    p.add_argument("--format", choices=["text", "json", "sarif", "github", "markdown"], default="text",
                   help="output format (github: workflow annotations; markdown: only with --list-rules)")
    p.add_argument("--select", default=None, help="only these rule ids or prefixes, comma-separated (ATR001,QUO)")
    p.add_argument("--ignore", default=None, help="leave out these rule ids or prefixes, comma-separated")
    p.add_argument("--exit-zero", action="store_true", help="exit 0 even when errors are found")
    p.add_argument("--statistics", action="store_true", help="print how often each rule fired instead")
    p.add_argument("--markdown", action="store_true", help="read the drafts as Markdown (default: by suffix .md)")
    p.add_argument("--server", default=os.environ.get("ATTRIB_SERVER") or None, metavar="URL",
                   help="analyse on a running `attrib serve` (e.g. http://127.0.0.1:8765) instead of loading "
                        "models (default: $ATTRIB_SERVER)")
    p.add_argument("--min-severity", choices=["info", "warning", "error"], default=None)
    p.add_argument("--config", default=None, help="attrib.toml or pyproject.toml (default: searched upwards)")
    p.add_argument("--list-rules", action="store_true", help="list the rules with ids, severities and summaries")
    p.set_defaults(run=cmd_check)

    p = sub.add_parser("serve", help="serve the analyzer over HTTP: JSON API and a paste-text page")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--max-bytes", type=int, default=2_000_000, help="largest request body accepted")
    p.add_argument("--timeout", type=float, default=120.0, help="seconds a request may wait and run")
    p.set_defaults(run=cmd_serve)

    p = sub.add_parser("eval", help="score against gold attributions (PolNeAR-style JSON Lines)")
    p.add_argument("gold")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--limit", type=int, default=0, help="only the first N documents")
    p.set_defaults(run=cmd_eval)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        return int(args.run(args))
    except AttribError as exc:
        print(f"attrib: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:  # the output cannot be written (disk full, permissions): no bug of attrib's
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"attrib: {where}{exc.strerror or exc}", file=sys.stderr)
        if args.debug:
            import traceback

            traceback.print_exc()
        return EXIT_USAGE
    except Exception as exc:  # a bug: one line, the traceback on request
        if args.debug:
            import traceback

            traceback.print_exc()
        print(f"attrib: internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback; "
              "please report it)", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    raise SystemExit(main())
