"""Removal quality on real data: token F1 against human gold, and what cleanpipe cuts.

Run from the repository root (`make bench-quality`):

    .venv/bin/python -m tests.bench.quality [--data DIR] [--datasets LIST] [--systems LIST]
                                            [--lines N] [--json PATH]

Data: the folders of `../shared/data` beside the repository (see `tests.bench.realdata`).
Without that folder the script exits with 2; data sets that are missing are named and skipped.

Part 1-2, gold data sets (big9-utomo, cleanportaleval, scrapinghub-aeb). Systems, run in one
process on the same decoded HTML and the same URL:

    trafilatura            `trafilatura.extract(..., deduplicate=False)` with the options of
                           cleanpipe's default ExtractConfig;
    trafilatura+dedup      the same with deduplication, pages in manifest order, with a fresh
                           private LRUCache per data set (as `deduplicate=True` in a fresh
                           process, without touching trafilatura's process-global cache);
    cleanpipe              `cleanpipe.run` once per data set on a JSONL.gz of {"id", "html",
                           "publisher"[, "url"]}, default Config(); pages it rejects count as
                           empty predictions;
    resiliparse,           only when cleanpipe's config accepts `extract.extractor:
    cleanpipe+resiliparse  resiliparse`: the extractor alone, and cleanpipe with it.

Metric: `tests.bench.metrics` (bag of lowercase `\\w+` tokens; macro over pages, and micro).
ΔF1 is in points against the extractor alone. Then, per data set, the macro P/R/F1 per site,
and an audit of cleanpipe's cuts: each cut line is looked up in its page's gold (a cut line
found there is content wrongly removed), and kept lines not in the gold that recur in pages
of one publisher are listed as missed boilerplate.

Part 3, fakenewscorpus-sample (no gold): see `tests.bench.fakenews`.
`--json PATH` writes every number, per-page scores included. Exit status: 0, 1 if a system
failed, 2 if no data.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from tests.bench import fakenews, metrics, realdata
from tests.bench.metrics import Audit, DocLines, audit, token_line
from tests.bench.realdata import CleanOutput, Page, clip

REPO = Path(__file__).resolve().parents[2]
DEFAULT_DATA = REPO.parent / "shared" / "data"
SYSTEMS = ("trafilatura", "trafilatura+dedup", "cleanpipe")
RESILIPARSE_SYSTEMS = ("resiliparse", "cleanpipe+resiliparse")


@dataclass(frozen=True)
class Run:
    system: str
    texts: dict[str, str | None]  # page id -> prediction (None: no text)
    seconds: float
    output: CleanOutput | None  # cleanpipe's output, for the cleanpipe systems


def base_of(system: str) -> str:
    """The extractor a system is measured against (itself for an extractor)."""
    return "resiliparse" if "resiliparse" in system else "trafilatura"


def resiliparse_available() -> bool:
    from cleanpipe.config import Config, ConfigError, ExtractConfig, validate

    try:
        validate(Config(extract=ExtractConfig(extractor="resiliparse")))
    except ConfigError:
        return False
    return True


def available_systems() -> tuple[str, ...]:
    return SYSTEMS + (RESILIPARSE_SYSTEMS if resiliparse_available() else ())


def run_system(system: str, pages: list[Page], tmp: Path) -> Run:
    start = time.perf_counter()
    output = None
    if system == "trafilatura":
        texts = realdata.extract_trafilatura(pages, dedup=False)
    elif system == "trafilatura+dedup":
        texts = realdata.extract_trafilatura(pages, dedup=True)
    elif system == "resiliparse":
        texts = realdata.extract_resiliparse(pages)
    else:
        output = realdata.clean(realdata.page_records(pages), base_of(system), tmp / system)
        texts = {p.id: (d.text if (d := output.docs.get(p.id)) else None) for p in pages}
    return Run(system, texts, time.perf_counter() - start, output)


def score(pages: list[Page], runs: list[Run]) -> dict[str, Any]:
    """Scores of every system on one data set (see `metrics.score`), with timings, cleanpipe's
    removal rate and ΔF1 in points against the extractor alone."""
    systems: dict[str, Any] = {}
    for run in runs:
        entry = systems[run.system] = {**metrics.score(pages, run.texts), "seconds": run.seconds}
        if run.output is not None:
            entry["removal_rate"] = run.output.stats["chars"]["removal_rate"]
            entry["boilerplate_clusters"] = len(run.output.boilerplate)
    for name, entry in systems.items():
        base = systems.get(base_of(name))
        if base is not None and name != base_of(name):
            entry["delta_macro_f1_points"] = 100 * (entry["macro_f1"] - base["macro_f1"])
            entry["delta_micro_f1_points"] = 100 * (entry["micro_f1"] - base["micro_f1"])
    return {"pages": len(pages), "sites": sorted({p.site for p in pages}), "systems": systems}


def evaluate(name: str, pages: list[Page], systems: list[str], tmp: Path) -> dict[str, Any]:
    """Run `systems` on one gold data set: scores, the audit of each cleanpipe system's cuts,
    and the systems that failed (reported, the others run anyway)."""
    runs, failed = [], []
    for system in systems:
        print(f"{name}: {system} on {len(pages)} pages ...", file=sys.stderr, flush=True)
        try:
            runs.append(run_system(system, pages, tmp))
        except Exception as e:
            print(f"{name}: {system} failed: {type(e).__name__}: {e}", file=sys.stderr)
            failed.append(system)
    entry = score(pages, runs)
    entry["failed"] = failed
    entry["audit"] = audit_runs(pages, runs)
    return entry


def audit_runs(pages: list[Page], runs: list[Run]) -> dict[str, Audit]:
    """The audit of each cleanpipe system's cuts. A page is audited when its text from the
    extractor alone, cut as cleanpipe says, is cleanpipe's text (else `Audit.mismatched`)."""
    by_name = {run.system: run for run in runs}
    audits = {}
    for run in runs:
        base = by_name.get(base_of(run.system))
        if run.output is None or base is None:
            continue
        docs, mismatched = [], 0
        for p in pages:
            doc, source = run.output.docs.get(p.id), base.texts.get(p.id)
            if doc is None:
                continue
            if source is None or realdata.cut(source, doc.removed) != doc.text:
                mismatched += 1
                continue
            cut = [text for _, text in realdata.removed_texts(source, doc.removed)]
            kept = [line for line in doc.text.splitlines() if line.strip()]
            docs.append(DocLines(p.publisher, p.gold, cut, kept))
        audits[run.system] = audit(docs, mismatched=mismatched)
    return audits


def format_datasets(datasets: dict[str, Any]) -> str:
    """The main table: one row per data set and system."""
    head = (
        f"{'dataset':<16} {'system':<22} {'P':>6} {'R':>6} {'F1':>6} {'microF1':>7} "
        f"{'ΔF1':>6} {'ΔmicF1':>6} {'cut%':>5} {'pages':>5} {'no text':>7} {'sec':>6}"
    )
    lines = [head, "-" * len(head)]
    for name, entry in datasets.items():
        for system, s in entry["systems"].items():
            delta = _points(s.get("delta_macro_f1_points"))
            delta_micro = _points(s.get("delta_micro_f1_points"))
            rate = f"{100 * s['removal_rate']:5.1f}" if "removal_rate" in s else f"{'':5}"
            lines.append(
                f"{name:<16} {system:<22} {s['macro_precision']:6.3f} {s['macro_recall']:6.3f} "
                f"{s['macro_f1']:6.3f} {s['micro_f1']:7.3f} {delta} {delta_micro} {rate} "
                f"{s['pages']:5d} {s['pages_without_text']:7d} {s['seconds']:6.1f}"
            )
    lines.append(
        "P, R, F1: macro over pages. ΔF1, ΔmicF1: points against the extractor alone "
        "(trafilatura, or resiliparse for the +resiliparse systems). cut%: characters cut."
    )
    return "\n".join(lines)


def _points(value: float | None) -> str:
    return f"{value:+6.2f}" if value is not None else f"{'':6}"


def format_sites(name: str, entry: dict[str, Any], limit: int = 40) -> str:
    """Macro P/R/F1 per site and system; with more than `limit` sites, only the sites where
    some system's F1 differs from its extractor alone's (where cleaning changed anything)."""
    systems: dict[str, Any] = entry["systems"]
    if not systems:
        return f"{name}: no system ran"
    first = next(iter(systems.values()))
    sites = entry["sites"]

    def changed(site: str) -> bool:
        return any(
            abs(s["per_site"][site]["macro_f1"] - base["per_site"][site]["macro_f1"]) > 5e-4
            for n, s in systems.items()
            if (base := systems.get(base_of(n))) is not None
        )

    shown = sites if len(sites) <= limit else [site for site in sites if changed(site)]
    width = max([len("site"), *map(len, shown)])
    head = f"{'site':<{width}} {'pages':>5}" + "".join(f"  {s[:17]:>17}" for s in systems)
    sub = f"{'':<{width}} {'':>5}" + "  {:>5} {:>5} {:>5}".format("P", "R", "F1") * len(systems)
    lines = [f"{name}: macro precision / recall / F1 per site", head, sub]
    for site in shown:
        row = f"{site:<{width}} {first['per_site'][site]['pages']:5d}"
        for s in systems.values():
            c = s["per_site"][site]
            row += f"  {c['macro_precision']:5.3f} {c['macro_recall']:5.3f} {c['macro_f1']:5.3f}"
        lines.append(row)
    if len(shown) < len(sites):
        other = len(sites) - len(shown)
        lines.append(f"({other} other sites: every system's F1 equals its extractor's alone)")
    return "\n".join(lines)


def format_audit(name: str, system: str, a: Audit, limit: int, full: bool) -> str:
    """What a cleanpipe system cut on one data set, checked line by line against the gold."""
    worded = [t for t in a.removed if token_line(t.text)]
    content = [t for t in worded if t.in_gold]
    unsure = [t for t in worded if not t.in_gold and t.unsure == t.docs]
    other = [t for t in worded if not t.in_gold and t.unsure < t.docs]
    lines = [
        f"{name}: {system} cut {a.cuts} lines in {a.docs} pages: {a.cuts_in_gold} in the "
        f"page's gold (content cut), {a.cuts_unsure} unsure (short, found inside a gold line), "
        f"{a.cuts_no_words} without words, the rest not in the gold"
        + (f"; {a.mismatched} pages not audited (text mismatch)" if a.mismatched else "")
    ]
    every = len(a.removed) if full else limit
    sections = (
        ("content cut (pages where in gold / pages cut)", content, every),
        ("unsure cut (short line found inside a gold line)", unsure, every),
        ("boilerplate cut (not in gold)", other, every),
        ("missed: kept, not in gold, in >= 2 pages", a.missed, limit),
    )
    for title, tallies, n in sections:
        lines.append(f"  {title}: {len(tallies)} distinct" + (":" if tallies else ""))
        for t in tallies[:n]:
            pages = f"{t.in_gold}/{t.docs}" if t.in_gold else f"{t.docs}"
            lines.append(f"    {pages:>5} {t.publisher[:20]:<20} {clip(t.text, 110)}")
        if len(tallies) > n:
            lines.append(f"    ... {len(tallies) - n} more (--lines, --json)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    names = (*realdata.GOLD_DATASETS, realdata.FAKENEWS)
    parser.add_argument("--datasets", default=",".join(names), help="comma-separated subset")
    systems = available_systems()
    parser.add_argument(
        "--systems", default=",".join(systems), help=f"comma-separated subset of {systems}"
    )
    parser.add_argument("--lines", type=int, default=8, help="lines per audit list (default 8)")
    parser.add_argument("--json", type=Path, help="write all numbers to this JSON file")
    args = parser.parse_args(argv)

    chosen = [s.strip() for s in args.systems.split(",") if s.strip()]
    wanted = [d.strip() for d in args.datasets.split(",") if d.strip()]
    bad = [s for s in chosen if s not in systems] + [d for d in wanted if d not in names]
    if bad or not chosen or not wanted:
        parser.error(f"unknown or unavailable: {', '.join(bad) or '(none given)'}")
    if not args.data.is_dir():
        print(
            f"bench-quality: data folder {args.data} not found. The data sets are not in the "
            "repository (research-only licences): stage them there (see SOURCE.md of each) "
            "or pass --data.",
            file=sys.stderr,
        )
        return 2
    missing = [d for d in wanted if not realdata.present(args.data, d)]
    if missing:
        print(f"missing under {args.data}, skipped: {', '.join(missing)}", file=sys.stderr)
    if len(missing) == len(wanted):
        return 2

    report: dict[str, Any] = {"data": str(args.data), "missing": missing, "failed": []}
    report["datasets"], sections = {}, []
    with tempfile.TemporaryDirectory(prefix="bench-quality-") as tmp:
        for name in (d for d in realdata.GOLD_DATASETS if d in wanted and d not in missing):
            pages = realdata.load_gold(args.data, name)
            entry = report["datasets"][name] = evaluate(name, pages, chosen, Path(tmp) / name)
            report["failed"] += [f"{name}/{system}" for system in entry["failed"]]
            sections.append(format_sites(name, entry))
            for system, a in entry["audit"].items():
                full = name == realdata.AEB  # the negative control: list every cut
                sections.append(format_audit(name, system, a, args.lines, full))
        if report["datasets"]:
            print(format_datasets(report["datasets"]))
        for section in sections:
            print("\n" + section)
        if realdata.FAKENEWS in wanted and realdata.FAKENEWS not in missing:
            print(f"{realdata.FAKENEWS}: cleanpipe ...", file=sys.stderr, flush=True)
            try:
                news = fakenews.run(realdata.load_fakenews(args.data), Path(tmp) / "fakenews")
            except Exception as e:
                print(f"{realdata.FAKENEWS}: cleanpipe failed: {e!r}", file=sys.stderr)
                report["failed"].append(f"{realdata.FAKENEWS}/cleanpipe")
            else:
                report[realdata.FAKENEWS] = news
                print("\n" + fakenews.format_report(news, args.lines))
    if missing:
        print(f"\nnot run (data missing under {args.data}): {', '.join(missing)}")
    if report["failed"]:
        print(f"\nfailed (see stderr): {', '.join(report['failed'])}")
    if args.json:
        report["datasets"] = {
            name: {**entry, "audit": {s: asdict(a) for s, a in entry["audit"].items()}}
            for name, entry in report["datasets"].items()
        }
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 1 if report["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
