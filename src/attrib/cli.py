"""The ``attrib`` command line: thin — parse arguments, call the library, format, exit codes.

Exit codes: 0 success; 1 the check found errors (``attrib check``); 2 usage or input errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from attrib.errors import AttribError, InputError
from attrib.ingest import error_record, iter_documents, read_text
from attrib.records import Analysis
from attrib.sourcing import sourcing_summary

__all__ = ["main"]

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _analyzer(args: argparse.Namespace):
    from attrib.pipeline import Analyzer

    return Analyzer(args.models)


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


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def format_text(a: Analysis, name: str) -> str:
    """A readable summary for a person at a terminal."""
    attributed = sum(c.attributed for c in a.claims)
    out = [f"{name}: {len(a.quotes)} attributions, {len(a.speakers)} speakers, {len(a.claims)} claims "
           f"({attributed} attributed, {len(a.claims) - attributed} unattributed), {len(a.findings)} findings"]
    if a.speakers:
        out.append("\nSpeakers")
        for s in a.speakers:
            said = sum(q.speaker == s.id for q in a.quotes)
            extra = f", {s.role}" if s.role else ""
            mentions = ", ".join(dict.fromkeys(m.text for m in s.mentions))
            plural = "s" * (said != 1)
            out.append(f"  {s.id:4} {s.name} ({s.kind}{extra}) — {said} statement{plural}; mentions: {mentions}")
    if a.quotes:
        out.append("\nAttributions")
        for q in a.quotes:
            s = a.speaker(q.speaker)
            who = s.name if s else (q.source.text if q.source else "?")
            cue = f"“{q.cue.text}”" if q.cue else "(no cue)"
            nested = f" nested in {q.nested_in}" if q.nested_in else ""
            channel = f" [{q.channel.text}]" if q.channel else ""
            line, col = _line_col(a.text, q.start)
            out.append(f"  {q.id:4} {line}:{col} {q.type:8} {who} {cue}{channel}{nested} ({q.confidence:.2f})")
            content = " … ".join(c.text for c in q.contents)
            out.append(f"         {_clip(content, 110)}")
    unattributed = sorted((c for c in a.claims if not c.attributed), key=lambda c: -c.checkworthiness)
    if unattributed:
        out.append("\nUnattributed claims (most check-worthy first)")
        for c in unattributed:
            line, col = _line_col(a.text, c.start)
            out.append(f"  {c.checkworthiness:.2f} {line}:{col} {_clip(c.text, 100)}")
    out.extend(sourcing_summary(a))  # issue 18: its own block, kept apart from the rest
    if a.findings:
        out.append("\nFindings")
        for f in a.findings:
            line, col = _line_col(a.text, f.start)
            out.append(f"  {line}:{col} {f.severity} {f.rule} {f.message}")
    return "\n".join(out)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _open_out(path: str | None) -> TextIO:
    if path is None or path == "-":
        return sys.stdout
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    return open(path, "w", encoding="utf-8")


def cmd_analyze(args: argparse.Namespace) -> int:
    out = _open_out(args.output)
    failures = 0
    results = list(_analyses(args, _documents(args.files)))
    try:
        if args.format == "html":
            from attrib.report import render_article

            good = [r for r in results if isinstance(r, Analysis)]
            if len(good) != 1:
                raise InputError("--format html renders one article; use `attrib compare` for several")
            out.write(render_article(good[0]))
        elif args.format == "json":
            payload = [r.to_dict() if isinstance(r, Analysis) else r for r in results]
            json.dump(payload[0] if len(payload) == 1 and not args.files[0].endswith(".jsonl") else payload,
                      out, ensure_ascii=False, indent=2)
            out.write("\n")
        elif args.format == "jsonl":
            for r in results:
                out.write(json.dumps(r.to_dict() if isinstance(r, Analysis) else r, ensure_ascii=False) + "\n")
        else:
            for k, r in enumerate(results):
                if k:
                    out.write("\n\n")
                if isinstance(r, Analysis):
                    out.write(format_text(r, r.id or "-") + "\n")
                else:
                    out.write(f"{r.get('id')}: error: {r['error']['message']}\n")
    finally:
        if out is not sys.stdout:
            out.close()
    for r in results:
        if not isinstance(r, Analysis):
            failures += 1
            print(f"attrib: {r['error']['message']}", file=sys.stderr)
    return EXIT_USAGE if failures and failures == len(results) else EXIT_OK


def cmd_compare(args: argparse.Namespace) -> int:
    from attrib.compare import compare
    from attrib.report import render_comparison

    results = list(_analyses(args, _documents(args.files)))
    for r in results:
        if not isinstance(r, Analysis):
            print(f"attrib: skipped {r.get('id')}: {r['error']['message']}", file=sys.stderr)
    analyses = [r for r in results if isinstance(r, Analysis)]
    if len(analyses) < 2:
        raise InputError("compare needs at least two readable articles")
    comparison = compare(analyses)
    out = _open_out(args.output)
    try:
        if args.format == "json":
            json.dump(comparison.to_dict(), out, ensure_ascii=False, indent=2)
            out.write("\n")
        else:
            out.write(render_comparison(comparison, title=args.title))
    finally:
        if out is not sys.stdout:
            out.close()
    if out is not sys.stdout:
        kinds: dict[str, int] = {}
        for f in comparison.flags:
            kinds[f.kind] = kinds.get(f.kind, 0) + 1
        summary = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) or "no flags"
        print(f"compared {len(analyses)} sources: {len(comparison.clusters)} statement clusters; {summary}; "
              f"wrote {args.output}")
    return EXIT_OK


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
    if args.min_severity:
        from dataclasses import replace

        config = replace(config, min_severity=args.min_severity)
    analyzer = _analyzer(args)
    results = []
    failed = False
    for path in args.files:
        try:
            text = read_text(path, repair=False)  # positions must match the file on disk
        except InputError as exc:
            print(f"attrib: {exc}", file=sys.stderr)
            failed = True
            continue
        results.extend(check_text(text, "<stdin>" if path == "-" else path, config, analyzer))
    if args.format == "json":
        sys.stdout.write(format_json(results))
    elif args.format == "sarif":
        sys.stdout.write(format_sarif(results, __version__))
    else:
        sys.stdout.write(format_text(results))
    if failed:
        return EXIT_USAGE
    return EXIT_FINDINGS if any(r.severity == "error" for r in results) else EXIT_OK


def cmd_batch(args: argparse.Namespace) -> int:
    from attrib.batch import run_batch

    stats = run_batch(args.inputs, args.output, workers=args.workers, models=args.models, quiet=args.quiet)
    print(f"wrote {stats.written} documents ({stats.errors} errors), skipped {stats.skipped} already in "
          f"{args.output}", file=sys.stderr)
    return EXIT_OK


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
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("analyze", help="find quotes, speakers, claims and findings")
    p.add_argument("files", nargs="+", help="text files, .jsonl batches ({\"id\", \"text\"} a line), or - for stdin")
    p.add_argument("--format", choices=["text", "json", "jsonl", "html"], default="text")
    p.add_argument("-o", "--output", default=None, help="write here instead of standard output")
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
    p.add_argument("--format", choices=["text", "json", "sarif", "markdown"], default="text",
                   help="output format (markdown: only with --list-rules)")
    p.add_argument("--min-severity", choices=["info", "warning", "error"], default=None)
    p.add_argument("--config", default=None, help="attrib.toml or pyproject.toml (default: searched upwards)")
    p.add_argument("--list-rules", action="store_true", help="list the rules with ids, severities and summaries")
    p.set_defaults(run=cmd_check)

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


if __name__ == "__main__":
    raise SystemExit(main())
