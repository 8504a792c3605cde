"""Big9 benchmark: token F1 of extracted main text against human gold, three systems.

Run from the repository root (the module imports `tests.bench.metrics`):

    .venv/bin/python -m tests.bench.big9_f1 [--data DIR] [--json PATH] [--systems LIST]

Data: Big9 (Utomo & Leu; 360 news pages, 9 sites x 4 years x 10 pages, with gold text),
staged at `../shared/data/big9-utomo` beside the repository root; see its SOURCE.md. Its
licence is research-only: the pages and gold texts are read from there at run time and
must never be copied into this repository. Without the folder the script exits with 2.

Systems, run on the same pages in the same process:

    trafilatura        `trafilatura.extract(html, output_format="txt", deduplicate=False)`
                       per page, with the options of cleanpipe's default ExtractConfig;
    trafilatura+dedup  the same with deduplication on, pages in manifest order; it gets a
                       fresh private `LRUCache` of trafilatura's default size, which
                       behaves as `deduplicate=True` in a fresh process without touching
                       trafilatura's process-global cache;
    cleanpipe          `cleanpipe.run` on one JSONL.gz of {"id", "html", "publisher"} with
                       publisher = site@year (templates are learned per site-year), default
                       Config(); the text of `OUT/docs/*.parquet`. A page missing from the
                       output (rejected) counts as an empty prediction.

Input decoding: each page is decoded once with trafilatura's own `decode_file` (UTF-8,
else a detected encoding) and the same string goes to every system. The gold files are
read as UTF-8, falling back to cp1252: despite SOURCE.md, 164 of the 360 are cp1252.

Metric: see `tests.bench.metrics` (bag of lowercase `\\w+` tokens; macro and micro).
Output: a table per system (macro P, R, F1; micro F1; pages; seconds), then macro F1 per
site x system; `--json PATH` writes the same numbers plus per-page scores.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.bench.metrics import Counts, count, macro, micro

REPO = Path(__file__).resolve().parents[2]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "big9-utomo"
SYSTEMS = ("trafilatura", "trafilatura+dedup", "cleanpipe")


@dataclass(frozen=True)
class Page:
    id: str
    site: str
    site_year: str
    html: str
    gold: str


@dataclass
class Result:
    system: str
    texts: dict[str, str | None]  # page id -> prediction (None: no text)
    seconds: float


def load_pages(data: Path) -> list[Page]:
    """The pages of the manifest, in its order."""
    from trafilatura.utils import decode_file

    pages = []
    with open(data / "manifest.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            with gzip.open(data / row["html"], "rb") as h:
                html = decode_file(h.read())
            pages.append(
                Page(row["id"], row["site"], row["site_year"], html, read_gold(data / row["gold"]))
            )
    return pages


def read_gold(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def trafilatura_options() -> dict[str, Any]:
    """trafilatura.extract keyword arguments matching cleanpipe's default ExtractConfig."""
    from cleanpipe.config import ExtractConfig

    cfg = ExtractConfig()
    return {
        "output_format": "txt",
        "favor_precision": cfg.favor_precision,
        "favor_recall": cfg.favor_recall,
        "include_comments": cfg.include_comments,
        "include_tables": cfg.include_tables,
        "include_links": cfg.include_links,
        "include_formatting": cfg.include_formatting,
        "with_metadata": False,
    }


def run_trafilatura(pages: list[Page], dedup: bool) -> dict[str, str | None]:
    import trafilatura
    from trafilatura.deduplication import LRUCache
    from trafilatura.settings import LRU_SIZE

    options = trafilatura_options()
    deduplicate: bool | LRUCache = LRUCache(maxsize=LRU_SIZE) if dedup else False
    return {p.id: trafilatura.extract(p.html, deduplicate=deduplicate, **options) for p in pages}


def run_cleanpipe(pages: list[Page]) -> dict[str, str | None]:
    import pyarrow.parquet as pq

    import cleanpipe
    from cleanpipe.config import Config

    with tempfile.TemporaryDirectory(prefix="big9-") as tmp:
        source = Path(tmp) / "big9.jsonl.gz"
        with gzip.open(source, "wt", encoding="utf-8") as f:
            for p in pages:
                record = {"id": p.id, "html": p.html, "publisher": p.site_year}
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        out = Path(tmp) / "out"
        cleanpipe.run([str(source)], str(out), config=Config(), overwrite=True)
        texts: dict[str, str | None] = {}
        for part in sorted((out / "docs").glob("*.parquet")):
            table = pq.read_table(part, columns=["id", "text"])
            texts.update(
                zip(table.column("id").to_pylist(), table.column("text").to_pylist(), strict=True)
            )
    return texts


def runners() -> dict[str, Callable[[list[Page]], dict[str, str | None]]]:
    return {
        "trafilatura": lambda pages: run_trafilatura(pages, dedup=False),
        "trafilatura+dedup": lambda pages: run_trafilatura(pages, dedup=True),
        "cleanpipe": run_cleanpipe,
    }


def evaluate(pages: list[Page], results: list[Result]) -> dict[str, Any]:
    """Scores of every system: overall, per site, per page."""
    sites = sorted({p.site for p in pages})
    report: dict[str, Any] = {"pages": len(pages), "sites": sites, "systems": {}}
    for result in results:
        counts = {p.id: count(result.texts.get(p.id), p.gold) for p in pages}
        overall_macro, overall_micro = macro(counts.values()), micro(counts.values())
        per_site = {site: macro(counts[p.id] for p in pages if p.site == site).f1 for site in sites}
        report["systems"][result.system] = {
            "macro_precision": overall_macro.precision,
            "macro_recall": overall_macro.recall,
            "macro_f1": overall_macro.f1,
            "micro_precision": overall_micro.precision,
            "micro_recall": overall_micro.recall,
            "micro_f1": overall_micro.f1,
            "pages": len(pages),
            "pages_without_text": sum(1 for p in pages if not result.texts.get(p.id)),
            "seconds": result.seconds,
            "per_site_macro_f1": per_site,
            "per_page": {pid: _page_scores(c) for pid, c in counts.items()},
        }
    return report


def _page_scores(c: Counts) -> dict[str, float | int]:
    return {
        "precision": c.precision,
        "recall": c.recall,
        "f1": c.f1,
        "overlap": c.overlap,
        "predicted": c.predicted,
        "gold": c.gold,
    }


def format_report(report: dict[str, Any]) -> str:
    systems: dict[str, Any] = report["systems"]
    width = max([len("system"), *map(len, systems)])
    lines = [
        f"{'system':<{width}}  {'P':>6} {'R':>6} {'F1':>6}  {'microF1':>7}  {'pages':>5}  "
        f"{'no text':>7}  {'seconds':>7}"
    ]
    for name, s in systems.items():
        lines.append(
            f"{name:<{width}}  {s['macro_precision']:6.3f} {s['macro_recall']:6.3f} "
            f"{s['macro_f1']:6.3f}  {s['micro_f1']:7.3f}  {s['pages']:5d}  "
            f"{s['pages_without_text']:7d}  {s['seconds']:7.1f}"
        )
    lines += ["", "macro F1 per site", ""]
    names = list(systems)
    site_width = max([len("site"), *map(len, report["sites"])])
    lines.append(f"{'site':<{site_width}}  " + "  ".join(f"{n:>{len(n)}}" for n in names))
    for site in report["sites"]:
        cells = [f"{systems[n]['per_site_macro_f1'][site]:>{len(n)}.3f}" for n in names]
        lines.append(f"{site:<{site_width}}  " + "  ".join(cells))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="big9-utomo folder")
    parser.add_argument("--json", type=Path, help="write the numbers to this JSON file")
    parser.add_argument(
        "--systems",
        default=",".join(SYSTEMS),
        help=f"comma-separated subset of {', '.join(SYSTEMS)} (default: all)",
    )
    args = parser.parse_args(argv)

    chosen = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = [s for s in chosen if s not in SYSTEMS]
    if unknown or not chosen:
        parser.error(f"--systems: unknown {', '.join(unknown) or '(none given)'}")
    if not (args.data / "manifest.csv").is_file():
        print(
            f"big9 data not found at {args.data} (expected manifest.csv, html/, gold/).\n"
            "It is not in the repository (research-only licence): stage it there, or point "
            "--data at it.",
            file=sys.stderr,
        )
        return 2

    pages = load_pages(args.data)
    results, failed = [], []
    run = runners()
    for name in chosen:
        print(f"running {name} on {len(pages)} pages ...", file=sys.stderr, flush=True)
        start = time.perf_counter()
        try:
            texts = run[name](pages)
        except Exception as e:  # report the other systems anyway
            print(f"{name}: failed: {type(e).__name__}: {e}", file=sys.stderr)
            failed.append(name)
            continue
        results.append(Result(name, texts, time.perf_counter() - start))

    report = evaluate(pages, results)
    report["data"] = str(args.data)
    report["failed"] = failed
    print(format_report(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
