"""Speed benchmark: throughput, stage times and peak memory of cleanpipe against peers.

    .venv/bin/python -m tests.bench.speed [--sizes 10k,100k,1m] [--runs 3] [--runs-large 1]
        [--workers N] [--html 2000] [--scaling 10k] [--no-peers] [--json PATH]
        [--wait-idle SECONDS] [--cleanpipe-src DIR]

Corpora: `tests.bench.scale_corpus` (generated on first use, cached under build/bench/;
needs ../shared/data, else exit 2). Every measured system runs in its own subprocess;
the parent polls psutil every 0.2 s and records the peak of the summed RSS of the process
tree (RSS double-counts pages shared between processes, so this is an upper bound). Wall
time is the subprocess's, start-up and imports included ("end to end"); MB are the
corpus's uncompressed UTF-8 text (HTML: page) bytes, 10^6 bytes.

Per size and input format (JSONL.gz always, Parquet for the largest size):
  cleanpipe    `python -m cleanpipe run DIR --output OUT --workers N` (OUT written and
               deleted each run); stage seconds from OUT/stats.json: worker seconds summed
               per stage (extract, segment, sign, strip), then wall seconds per pass.
On JSONL.gz, the peers (`tests.bench.peers`), same corpus, same run:
  datatrove    line-mode sentence dedup, 3 stages on a LocalPipelineExecutor (spawn) with N
               tasks and N workers; reads the JSONL.gz, writes its own JSONL.gz output.
  ccnet        exact normalised-line-hash dedup in plain Python, one process; reads the
               JSONL.gz (publisher = URL's registered domain), keeps the output in memory.
Scaling (`--scaling SIZE`, default 10k; '' skips it): cleanpipe on that corpus's JSONL.gz
with `--workers 1` and `--workers N`, each free and under `taskset -c 0` (all processes on
one CPU), runs interleaved; printed as the speedup of N workers over one. Pinned, the
ratio shows what the parallel machinery costs (process start-up, imports, pickling, the
main process's share), which a machine whose vCPUs share a physical core hides.
HTML (Big9 pages re-templated per publisher, `scale_corpus.html_corpus`):
  trafilatura  extraction alone, spawn pool of N processes, vs cleanpipe (configs/html.yaml).
Columns: `CPU s` is the user + system seconds of the run's whole process tree (workers
included), much less disturbed by other load than wall time; `vs peer` is cleanpipe
docs/s / peer docs/s (HTML: cleanpipe's wall and CPU time beyond extraction, in % of
trafilatura's); `slope` is the log-log slope of wall time against
documents from the previous size (1.0 = linear); `other load` is the largest, over the
runs, mean number of CPUs that processes outside the run kept busy while it ran (system
busy CPU time less the run's own, from getrusage: anything above ~0.1 means the machine
was shared and the row is slowed down). Other values are medians over the runs. By
default sizes of 100k and more get `--runs-large` runs (1): at ~300 docs/s, three 100k runs
of cleanpipe alone would take half an hour.

`--cleanpipe-src DIR` measures the cleanpipe package found in DIR (e.g. a `git archive` of
another commit) instead of this checkout; `--wait-idle S` waits up to S seconds before each
run for other processes to leave the CPUs alone.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from tests.bench.scale_corpus import CACHE, DataMissing, html_corpus, parse_size, scale_corpus

REPO = Path(__file__).resolve().parents[2]
LARGE = 100_000  # sizes from here on get --runs-large runs
POLL = 0.2  # seconds between RSS samples


@dataclass
class Result:
    size: str
    input: str
    system: str
    docs: int
    mbytes: float
    walls: list[float] = field(default_factory=list)
    peaks: list[int] = field(default_factory=list)
    others: list[float] = field(default_factory=list)  # mean CPUs busy outside the run
    cpus: list[float] = field(default_factory=list)  # CPU seconds of the run's process tree
    workers: int = 0  # cleanpipe's --workers for this row; 0: the run's --workers
    pinned: bool = False  # run under `taskset -c 0`: every process on one CPU
    stages: list[dict[str, float]] = field(default_factory=list)

    @property
    def wall(self) -> float:
        return statistics.median(self.walls)

    @property
    def docs_s(self) -> float:
        return self.docs / self.wall

    @property
    def cpu(self) -> float:
        return statistics.median(self.cpus)


def _busy() -> float:
    import psutil

    t = psutil.cpu_times()
    return sum(t) - t.idle - getattr(t, "iowait", 0.0) - getattr(t, "steal", 0.0)


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def wait_idle(limit: float) -> None:
    """Wait, up to `limit` seconds, until other processes keep < 0.25 CPU busy (measured
    over 2 s): on a shared machine, runs then start on a quiet box."""
    deadline = time.perf_counter() + limit
    while True:
        busy0 = _busy()
        time.sleep(2.0)
        load = (_busy() - busy0) / 2.0
        if load < 0.25 or time.perf_counter() >= deadline:
            return
        log(f"waiting for the machine to go idle (other load {load:.2f})")
        time.sleep(min(30.0, max(0.0, deadline - time.perf_counter())))


def measure(
    cmd: list[str], log: Path, src: Path = REPO, prefix: list[str] | None = None
) -> tuple[float, int, float, float]:
    """Run `cmd` with cleanpipe imported from `src` (after `prefix`, e.g. taskset): its
    wall seconds, the peak summed RSS (bytes) of its process tree, the mean number of CPUs
    kept busy meanwhile by processes outside it (other work on the machine, which slows
    the run down), and the CPU seconds (user + system) of its process tree."""
    import psutil

    busy0, ours0 = _busy(), _children_cpu()

    env = dict(os.environ, PYTHONPATH=os.pathsep.join(dict.fromkeys([str(src), str(REPO)])))
    with open(log, "wb") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen([*(prefix or []), *cmd], cwd=src, env=env, stdout=out,
                                stderr=subprocess.STDOUT)
        root, peak = psutil.Process(proc.pid), 0
        while True:
            try:
                proc.wait(POLL)
                break
            except subprocess.TimeoutExpired:
                pass
            total = 0
            try:
                for p in [root, *root.children(recursive=True)]:
                    try:
                        total += p.memory_info().rss
                    except (psutil.NoSuchProcess, psutil.AccessDenied):
                        pass
            except psutil.NoSuchProcess:
                pass
            peak = max(peak, total)
        wall = time.perf_counter() - t0
    cpu = _children_cpu() - ours0
    others = max(0.0, (_busy() - busy0) - cpu) / wall
    if proc.returncode != 0:
        tail = log.read_text(errors="replace")[-3000:]
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}:\n{tail}")
    return wall, peak, others, cpu


def _flat_stages(stats: dict[str, Any]) -> dict[str, float]:
    secs = stats.get("seconds", {})
    out = {k: float(v) for k, v in secs.get("stages", {}).items()}
    out.update({f"wall.{k}": float(v) for k, v in secs.get("wall", {}).items()})
    return out


def run_once(res: Result, source: Path, args: argparse.Namespace, work: Path, n: int) -> None:
    """One run of `res.system` on `source`, appended to `res`."""
    py, tag = sys.executable, f"{res.size}-{res.input}-{res.system}-{n}"
    out = work / tag
    shutil.rmtree(out, ignore_errors=True)
    if res.system.startswith("cleanpipe"):
        cmd = [py, "-m", "cleanpipe", "run", str(source), "--output", str(out), "--overwrite",
               "--workers", str(res.workers or args.workers), "--quiet"]
        if res.input == "html":
            cmd += ["--config", str(REPO / "configs" / "html.yaml")]
    else:
        cmd = [py, "-m", "tests.bench.speed", "child", res.system, str(source), str(out),
               str(args.workers)]
    if args.wait_idle:
        wait_idle(args.wait_idle)
    prefix = ["taskset", "-c", "0"] if res.pinned else None
    wall, peak, others, cpu = measure(cmd, work / f"{tag.replace(' ', '_')}.log",
                                      args.cleanpipe_src, prefix)
    res.walls.append(wall)
    res.cpus.append(cpu)
    res.peaks.append(peak)
    res.others.append(others)
    if res.system.startswith("cleanpipe"):
        res.stages.append(_flat_stages(json.loads((out / "stats.json").read_text())))
    shutil.rmtree(out, ignore_errors=True)


def child(system: str, source: Path, out: Path, workers: int) -> int:
    """The body of one peer measurement (runs in the measured subprocess)."""
    from tests.bench import peers

    if system == "datatrove":
        peers.run_datatrove(source, out, workers)
    elif system == "ccnet":
        n = removed = 0
        docs = list(_jsonl_docs(source))
        for (_, _, text), (_, kept) in zip(docs, peers.iter_ccnet_line_dedup(docs), strict=True):
            n, removed = n + 1, removed + len(text) - len(kept)
        print(json.dumps({"docs": n, "chars_removed": removed}))
    elif system == "trafilatura":
        pages = [(r["html"], r.get("url")) for r in _records(sorted(source.glob("*.jsonl.gz")))]
        texts = peers.trafilatura_texts(pages, workers)
        print(json.dumps({"docs": len(texts), "empty": sum(t is None for t in texts)}))
    else:
        raise SystemExit(f"unknown system {system}")
    return 0


def _records(paths: list[Path]) -> Any:
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                yield json.loads(line)


def _jsonl_docs(folder: Path) -> Any:
    """(id, publisher, text) of the JSONL.gz files of `folder`; publisher as cleanpipe
    resolves it (registered domain of the URL, looked up once per host)."""
    from urllib.parse import urlsplit

    from cleanpipe.read.publisher import registered_domain

    hosts: dict[str, str] = {}
    for r in _records(sorted(folder.glob("*.jsonl.gz"))):
        host = urlsplit(r["url"]).hostname or ""
        if host not in hosts:
            hosts[host] = registered_domain(r["url"]) or "default"
        yield str(r["id"]), hosts[host], r["text"]


def benchmark(args: argparse.Namespace) -> list[Result]:
    names = [s for s in args.sizes.split(",") if s.strip()]  # "" runs no scale corpus
    sizes = sorted(parse_size(s) for s in names)
    labels = {n: s.strip() for s in names for n in [parse_size(s)]}
    work = CACHE / "runs"
    work.mkdir(parents=True, exist_ok=True)
    plan: list[tuple[Result, Path, int]] = []
    for n in sizes:
        t = time.perf_counter()
        folder = scale_corpus(n, args.seed)
        log(f"corpus {labels[n]}: {folder} ({time.perf_counter() - t:.0f} s)")
        manifest = json.loads((folder / "manifest.json").read_text())
        mb = manifest["text_bytes"] / 1e6
        runs = args.runs if n < LARGE else args.runs_large
        inputs = ["jsonl", "parquet"] if n == sizes[-1] else ["jsonl"]
        for fmt in inputs:
            systems = ["cleanpipe"] + (["datatrove", "ccnet"] if fmt == "jsonl" and args.peers
                                       else [])
            for system in systems:
                plan.append((Result(labels[n], fmt, system, n, mb), folder / fmt, runs))
    if args.scaling:
        n = parse_size(args.scaling)
        folder = scale_corpus(n, args.seed) / "jsonl"
        mb = json.loads((folder.parent / "manifest.json").read_text())["text_bytes"] / 1e6
        for pinned in (False, True):
            for workers in (1, args.workers):
                name = f"cleanpipe w{workers}" + (" cpu0" if pinned else "")
                plan.append((Result(args.scaling, "scaling", name, n, mb, workers=workers,
                                    pinned=pinned), folder, args.runs))
    if args.html:
        folder = html_corpus(args.html, args.seed)
        mb = json.loads((folder / "manifest.json").read_text())["text_bytes"] / 1e6
        for system in ["trafilatura", "cleanpipe"]:
            plan.append((Result(f"{args.html}p", "html", system, args.html, mb), folder,
                         args.runs))
    # Interleave the systems of one corpus run by run, so drifts hit all of them alike.
    groups: dict[tuple[str, str], list[tuple[Result, Path, int]]] = {}
    for item in plan:
        kind = item[0].input if item[0].input in ("html", "scaling") else ""
        groups.setdefault((item[0].size, kind), []).append(item)
    for items in groups.values():
        for n in range(max(runs for _, _, runs in items)):
            for res, source, runs in items:
                if n < runs:
                    run_once(res, source, args, work, n)
                    log(f"{res.size} {res.input} {res.system} run {n + 1}: "
                        f"{res.walls[-1]:.1f} s, CPU {res.cpus[-1]:.1f} s, "
                        f"{res.peaks[-1] / 2**20:.0f} MiB, "
                        f"other load {res.others[-1]:.2f}")
    return [res for res, _, _ in plan]


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _stage_text(res: Result) -> str:
    if not res.stages:
        return ""
    keys = list(res.stages[0])
    med = {k: statistics.median(s.get(k, 0.0) for s in res.stages) for k in keys}
    work = " ".join(f"{k} {v:.1f}" for k, v in med.items() if not k.startswith("wall."))
    wall = " ".join(f"{k[5:]} {v:.1f}" for k, v in med.items()
                    if k.startswith("wall.") and k != "wall.total")
    return f"{work} | {wall}"


def table(results: list[Result]) -> tuple[str, dict[str, Any]]:
    """The printed table and, per row, the derived numbers for --json."""
    cp = {(r.size, r.input): r for r in results if r.system == "cleanpipe"}
    prev: dict[tuple[str, str], Result] = {}
    head = ["size", "input", "system", "runs", "docs/s", "MB/s", "wall s", "CPU s", "peak RSS MiB",
            "vs peer", "slope", "other load", "stages: worker s | wall s"]
    rows, derived = [head], {}
    for r in results:
        vs, slope = "", ""
        mine = cp.get((r.size, r.input))
        if r.system != "cleanpipe" and mine is not None and r.input != "html":
            vs = f"{mine.docs_s / r.docs_s:.2f}x"
        elif r.system == "cleanpipe" and r.input == "html":
            peer = next(x for x in results if x.input == "html" and x.system == "trafilatura")
            vs = (f"{100 * (r.wall - peer.wall) / peer.wall:+.0f}% wall, "
                  f"{100 * (r.cpu - peer.cpu) / peer.cpu:+.0f}% CPU of extraction")
        before = prev.get((r.input, r.system))
        if before is not None and r.input != "html" and before.docs != r.docs:
            slope = f"{math.log(r.wall / before.wall) / math.log(r.docs / before.docs):.2f}"
        prev[(r.input, r.system)] = r
        rows.append([r.size, r.input, r.system, str(len(r.walls)), f"{r.docs_s:,.0f}",
                     f"{r.mbytes / r.wall:.2f}", f"{r.wall:.1f}", f"{r.cpu:.1f}",
                     f"{statistics.median(r.peaks) / 2**20:,.0f}", vs, slope,
                     f"{max(r.others):.2f}", _stage_text(r)])
        derived[f"{r.size}/{r.input}/{r.system}"] = {"vs_peer": vs, "slope": slope,
                                                     "wall_median": r.wall,
                                                     "cpu_median": r.cpu,
                                                     "docs_per_s": r.docs_s}
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
             for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines + _scaling_lines(results)), derived


def _scaling_lines(results: list[Result]) -> list[str]:
    """The speedup of N workers over one, free and pinned to one CPU (--scaling)."""
    rows = {(r.workers, r.pinned): r for r in results if r.input == "scaling"}
    n = max((w for w, _ in rows), default=1)
    if n <= 1 or (1, False) not in rows:
        return []
    out = [""]
    for pinned in (False, True):
        one, many = rows[(1, pinned)], rows[(n, pinned)]
        where = "all processes pinned to CPU 0 (taskset -c 0)" if pinned else "unpinned"
        out.append(f"scaling {one.size} jsonl, {where}: {n} workers vs 1: wall "
                   f"{one.wall / many.wall:.2f}x speedup ({one.wall:.1f} s -> {many.wall:.1f} s), "
                   f"CPU {many.cpu / one.cpu:.2f}x ({one.cpu:.1f} s -> {many.cpu:.1f} s)")
    out.append(f"note: {os.cpu_count()} CPUs here; on the machine these numbers were first "
               "taken on, the 2 vCPUs share one physical core (two busy processes run ~1.0-1.5x "
               "one), so the unpinned speedup says little about real cores; pinned, N workers "
               "vs 1 measures what parallelism costs (ideal 1.00x), the CPU ratio the work it "
               "adds.")
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["child"]:
        return child(argv[1], Path(argv[2]), Path(argv[3]), int(argv[4]))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10k,100k", help="corpus sizes, e.g. 10k,100k,1m")
    ap.add_argument("--runs", type=int, default=3, help="runs per system below 100k docs")
    ap.add_argument("--runs-large", type=int, default=1, help="runs from 100k docs on")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--html", type=int, default=2000, help="HTML pages (0: skip HTML)")
    ap.add_argument("--no-peers", dest="peers", action="store_false")
    ap.add_argument("--scaling", default="10k", metavar="SIZE",
                    help="also time cleanpipe with 1 and --workers workers on this scale corpus"
                         " (JSONL.gz), free and pinned to CPU 0 ('': skip)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--cleanpipe-src", type=Path, default=REPO,
                    help="folder holding the cleanpipe package to measure (default: this repo)")
    ap.add_argument("--json", type=Path, help="write all measurements here")
    ap.add_argument("--wait-idle", type=float, default=0.0, metavar="SECONDS",
                    help="before each run, wait up to this long for other load to stop")
    args = ap.parse_args(argv)
    started = time.perf_counter()
    try:
        results = benchmark(args)
    except DataMissing as e:
        print(f"speed: {e}", file=sys.stderr)
        return 2
    text, derived = table(results)
    elapsed = time.perf_counter() - started
    print(f"cleanpipe speed ({args.cleanpipe_src}): {args.workers} workers, {os.cpu_count()} CPUs, "
          f"Python {platform.python_version()}, benchmark {elapsed:.0f} s")
    print(text)
    if args.json:
        args.json.write_text(json.dumps({
            "workers": args.workers, "cpus": os.cpu_count(), "seconds": elapsed,
            "results": [asdict(r) for r in results], "derived": derived}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
