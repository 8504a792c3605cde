"""The command line: `cleanpipe run` (the main job) and `cleanpipe sample` (the demo corpus).

Flags map onto config fields; `--set section.field=value` reaches any other field. Errors a
user can fix end the run with one line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from cleanpipe.config import ConfigError, load_config
from cleanpipe.errors import CleanpipeError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleanpipe", description="Strip publisher boilerplate from web and news corpora."
    )
    verbs = parser.add_subparsers(dest="verb", required=True)

    run = verbs.add_parser("run", help="clean a corpus: read, detect boilerplate, strip, write")
    run.add_argument("inputs", nargs="+", help="files or folders (JSONL, Parquet, WARC, HTML/text)")
    run.add_argument("--output", "-o", required=True, help="output folder")
    run.add_argument("--config", "-c", help="YAML config file (see configs/)")
    run.add_argument("--overwrite", action="store_true", help="replace a non-empty output folder")
    run.add_argument("--workers", type=int, help="worker processes (0: one per CPU)")
    run.add_argument(
        "--set",
        dest="overrides",
        action="append",
        default=[],
        metavar="SECTION.FIELD=VALUE",
        help="override one config field, e.g. --set detect.min_docs=5 (repeatable)",
    )
    run.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")

    sample = verbs.add_parser("sample", help="write the bundled sample corpus (JSONL.gz)")
    sample.add_argument("--output", "-o", required=True, help="folder to write the corpus to")
    sample.add_argument("--docs", type=int, default=3000, help="number of documents")
    sample.add_argument("--seed", type=int, default=0, help="generator seed")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.verb == "run":
            return _run(args)
        return _sample(args)
    except (CleanpipeError, ConfigError) as e:
        print(f"cleanpipe: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("cleanpipe: interrupted; no output was written", file=sys.stderr)
        return 130


def _run(args: argparse.Namespace) -> int:
    from cleanpipe.engine.local import run_local

    overrides = list(args.overrides)
    if args.workers is not None:
        overrides.append(f"run.workers={args.workers}")
    cfg = load_config(args.config, overrides)
    logger = logging.getLogger("cleanpipe")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("cleanpipe: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING if args.quiet else logging.INFO)
    try:
        stats = run_local(args.inputs, args.output, cfg, overwrite=args.overwrite)
    finally:
        logger.removeHandler(handler)
    if not args.quiet:
        print(_summary(stats, args.output))
    return 0


def _summary(stats: dict, output: str) -> str:
    docs, chars = stats["documents"], stats["chars"]
    lines = [
        f"documents: {docs['in']} in, {docs['out']} out, {docs['rejected']} rejected",
        f"characters removed: {chars['removed']} of {chars['in']} "
        f"({100 * chars['removal_rate']:.1f}%)",
        f"boilerplate clusters: {stats['boilerplate_clusters']} "
        f"across {len(stats['publishers'])} publishers",
        f"seconds: {json.dumps(stats['seconds']['wall'])}",
        f"output: {output}/docs/part-*.parquet, boilerplate.parquet, rejects.parquet, stats.json",
    ]
    return "\n".join(lines)


def _sample(args: argparse.Namespace) -> int:
    from cleanpipe.sample import write_sample

    paths = write_sample(Path(args.output), n_docs=args.docs, seed=args.seed)
    print(f"wrote {len(paths)} files to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
