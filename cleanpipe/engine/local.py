"""The local engine: two passes over the corpus with a pool of worker processes.

    pass 1   read -> (workers) extract, segment, sign; bodies spilled to OUT.tmp/_work
    main     group band keys into clusters; detect boilerplate per publisher
    pass 2   (workers) strip spilled bodies -> OUT.tmp/docs; then boilerplate, rejects, stats
    commit   OUT.tmp -> OUT, only once everything is written

Between the passes only compact per-segment arrays stay in memory (64-bit hashes, no
offsets, no text: `engine.corpus`); band keys are read back from disk one band at a time.
"""

from __future__ import annotations

import logging
import resource
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from cleanpipe import __version__, write
from cleanpipe.config import Config
from cleanpipe.detect import Detection, Occurrences, detect, first_line_clusters, lone_rows
from cleanpipe.engine.corpus import Batch, Corpus, bands_reader, concat, may_matter
from cleanpipe.engine.pool import ordered_map
from cleanpipe.engine.report import (
    boilerplate_table,
    conform,
    output_schema,
    stats,
    strip_rule_rows,
)
from cleanpipe.engine.tasks import StripSettings, StripTask, analyse, clean, count_words
from cleanpipe.group import cluster_ids
from cleanpipe.read import Chunk, SeenIds, expand_inputs, frame
from cleanpipe.schema import REJECTS
from cleanpipe.sign import SCHEME, SHINGLE_HASH
from cleanpipe.strip import STRIP_RULES
from cleanpipe.strip.links import publisher_hashes, title_keys
from cleanpipe.strip.vocabulary import Tally

log = logging.getLogger("cleanpipe.engine")


def run_local(
    inputs: list[str], output: str, config: Config | None = None, overwrite: bool = False
) -> dict[str, Any]:
    cfg = config or Config()
    out = Path(output)
    sources = expand_inputs(inputs)
    tmp = write.prepare(out, overwrite)
    try:
        result = _run(sources, tmp, cfg)
        write.commit(tmp, out)
    except BaseException:
        write.abandon(tmp)
        raise
    return result


def _run(sources: list, tmp: Path, cfg: Config) -> dict[str, Any]:
    workers = cfg.run.resolved_workers()
    clock = _Clock()
    work = tmp / "_work"
    work.mkdir()

    corpus, read_rejects = _analyse_pass(sources, work, cfg, workers)
    batches = corpus.batches
    n_docs = sum(b.n_docs for b in batches)
    clock.lap("pass1")
    log.info("analyse.done docs=%d batches=%d", n_docs, len(batches))

    segments = corpus.segment_columns()
    counts = _cluster(corpus, segments, cfg)
    clock.lap("group")

    doc_publisher = corpus.doc_publishers()
    titles_path = _titles(segments, doc_publisher, corpus.publisher_names, work, cfg)
    detection = _detect(segments, doc_publisher, len(corpus.publisher_names), cfg)
    clock.lap("detect")
    log.info("detect.done boilerplate_pairs=%d", detection.decisions.num_rows)

    stripped = _strip_pass(
        tmp, batches, segments.pop("doc"), doc_publisher, detection, titles_path, workers, cfg
    )
    corpus.seconds.update(stripped.seconds)
    boilerplate = boilerplate_table(
        detection.decisions, corpus.publisher_names, stripped.example_texts,
        strip_rule_rows(stripped.cut, corpus.publisher_names, doc_publisher),
    )
    write.write_table(boilerplate, tmp / "boilerplate.parquet")
    rejects = concat(read_rejects + corpus.rejects, REJECTS)
    write.write_table(rejects, tmp / "rejects.parquet")
    _log_rejects(rejects)
    clock.lap("pass2")

    result = stats(
        publisher_names=corpus.publisher_names,
        doc_publisher=doc_publisher,
        doc_chars=corpus.doc_lengths(),
        chars_removed=stripped.chars_removed,
        rejects=rejects,
        segment_counts=counts,
        boilerplate=boilerplate,
        stage_seconds=corpus.seconds,
        wall_seconds=clock.wall | {"total": clock.total()},
        extra={
            "peak_rss_mb": clock.peak_mb,
            "config": cfg.to_dict(),
            "minhash_scheme": SCHEME,
            "shingle_hash": SHINGLE_HASH,
            "version": __version__,
            "workers": workers,
        },
    )
    shutil.rmtree(work)
    write.write_json(result, tmp / "stats.json")
    return result


def _analyse_pass(
    sources: list, work: Path, cfg: Config, workers: int
) -> tuple[Corpus, list[pa.Table]]:
    """Pass 1: every batch read, extracted, segmented and signed; bodies and band keys
    spilled under `work`, compact per-segment arrays gathered in a Corpus."""
    corpus = Corpus()
    read_rejects: list[pa.Table] = []
    codes: dict[str, int] = {}
    paths: list[Path] = []
    # This process only frames the input (decompression, line ends); workers parse their
    # chunks and report the ids they accepted, claimed here in run order.
    seen = SeenIds()
    chunks: dict[int, Chunk] = {}  # the chunks in flight, in case one must be redone

    def tasks():
        for n, chunk in enumerate(frame(sources, cfg.input)):
            chunks[n] = chunk
            paths.append(work / f"bodies-{n:06d}.parquet")
            yield chunk, cfg, paths[-1]

    first_doc = 0
    for n, analysed in enumerate(ordered_map(analyse, tasks(), workers)):
        chunk = chunks.pop(n)
        taken = seen.claim_all(analysed.claimed)
        if taken:  # ids accepted earlier in the run: redo the chunk without them (rare)
            analysed = analyse(chunk, cfg, paths[n], taken)
        read_rejects.append(analysed.read_rejects)
        batch = Batch(paths[n], first_doc, len(analysed.publishers))
        corpus.add(analysed, batch, codes)
        first_doc += batch.n_docs
    return corpus, read_rejects


def _cluster(corpus: Corpus, segments: dict[str, np.ndarray], cfg: Config) -> dict[str, int]:
    """Adds each segment's cluster to `segments`; returns the counts for stats."""
    keys = segments["key"]
    distinct = np.unique(keys)
    signed, band_column = bands_reader(corpus, distinct)
    clusters_of_distinct = cluster_ids(distinct, band_column, signed, cfg.sign.bands)
    segments["cluster"] = clusters_of_distinct[np.searchsorted(distinct, keys)]
    return {"total": len(keys), "distinct": len(distinct),
            "clusters": len(np.unique(clusters_of_distinct))}


def _titles(
    segments: dict[str, np.ndarray],
    doc_publisher: np.ndarray,
    publisher_names: list[str],
    work: Path,
    cfg: Config,
) -> Path | None:
    """The run's titles for rule "title-link" (`strip.links`), saved under `work` for the
    strip workers; None when the rule is off."""
    if not cfg.detect.title_links:
        return None
    doc = segments["doc"]
    publisher_hash = publisher_hashes(publisher_names)[doc_publisher]
    titles = title_keys(segments["raw_key"], segments["index"], segments["n_words"], doc,
                        publisher_hash)
    path = work / "titles.npy"
    np.save(path, titles)
    return path


def _detect(
    segments: dict[str, np.ndarray], doc_publisher: np.ndarray, n_publishers: int, cfg: Config
) -> Detection:
    """Detection over the segments that may matter. Takes every column of `segments` but
    `doc` (pass 2 needs it), dropping each as soon as it is copied, since this is the
    run's memory peak."""
    doc = segments["doc"]
    first_lines = first_line_clusters(doc, segments["index"], segments["cluster"])
    lone = lone_rows(segments["cluster"], doc, doc_publisher[doc], cfg.detect.max_lines_two_docs)
    rows = may_matter(segments, doc_publisher, cfg.detect, lone)
    above = np.maximum(rows - 1, 0)
    previous = np.where((rows > 0) & (doc[above] == doc[rows]), segments["cluster"][above], 0)
    columns = {name: segments.pop(name)[rows]
               for name in ("index", "cluster", "key", "raw_key", "prefix", "frame", "n_words",
                           "names_site")}
    occurrences = Occurrences(
        doc=doc[rows], publisher=doc_publisher[doc[rows]], row=rows, **columns
    )
    publisher_docs = np.bincount(doc_publisher, minlength=n_publishers)
    return detect(occurrences, publisher_docs, cfg.detect, all_docs=doc,
                  first_lines=first_lines, previous=previous.astype(np.uint64),
                  lone=lone[rows])


def _strip_pass(
    tmp: Path,
    batches: list[Batch],
    doc: np.ndarray,
    doc_publisher: np.ndarray,
    detection: Detection,
    titles_path: Path | None,
    workers: int,
    cfg: Config,
) -> _Stripped:
    """Pass 2: strip every spilled batch and write the clean parts, in batch order.

    Workers get, per batch, which of its segments to cut and for which cluster; they
    find the segments' offsets again from the text (segmentation is deterministic), so
    offsets never sit in this process's memory. They also cut the lines of footer blocks
    that no rule found (`strip.footer_block`), pictographs' one-off notices
    (`strip.pictograph_lines`) and links to the publisher's other pages
    (`strip.links.title_links`, by the titles at `titles_path`), and count them per rule
    and publisher. Before that, unless rule "vocabulary" is off, they count every
    batch's words in cut and kept lines (`strip.vocabulary`): its marks reach the strip
    workers as one file under the work folder.
    """
    n_docs = len(doc_publisher)
    examples = np.sort(detection.decisions.column("example").to_numpy())
    bounds = np.searchsorted(doc, [b.first_doc for b in batches] + [n_docs])
    example_rows = [examples[(examples >= bounds[i]) & (examples < bounds[i + 1])]
                    for i in range(len(batches))]

    cut_rows = detection.rows[detection.strip]
    cut_cluster = detection.cluster[detection.strip]
    cut_footer = _at_tail(detection.decisions, doc_publisher[doc[cut_rows]], cut_cluster)
    settings = StripSettings(cfg.detect, cfg.input.default_publisher, titles_path)

    def tasks(settings: StripSettings) -> Iterator[tuple[StripTask]]:
        for i, batch in enumerate(batches):
            lo, hi = bounds[i], bounds[i + 1]
            a, b = np.searchsorted(cut_rows, [lo, hi])
            cut = np.zeros(hi - lo, dtype=bool)
            cut[cut_rows[a:b] - lo] = True
            cluster = np.zeros(hi - lo, dtype=np.uint64)
            cluster[cut_rows[a:b] - lo] = cut_cluster[a:b]
            footer = np.zeros(hi - lo, dtype=bool)
            footer[cut_rows[a:b] - lo] = cut_footer[a:b]
            pictured = detection.pictured[doc_publisher[doc[lo:hi]]]
            yield (StripTask(batch.bodies_path, cut, cluster, footer, pictured,
                             example_rows[i] - lo, settings),)

    spilled = sum(batch.bodies_path.stat().st_size for batch in batches)
    pool = workers if spilled > _STRIP_POOL_MIN_BYTES else 1
    seconds = {"strip": 0.0}
    if cfg.detect.vocabulary_share > 0:
        # Rule "vocabulary" reads every batch's words, cut and kept, before any is stripped.
        tally = Tally()
        seconds["vocabulary"] = 0.0
        for counted in ordered_map(count_words, tasks(settings), pool):
            tally.add(counted)
            seconds["vocabulary"] += counted.seconds
        marks_path = tmp / "_work" / "vocabulary.npy"
        np.save(marks_path, tally.marks(cfg.detect.vocabulary_share,
                                        cfg.detect.vocabulary_min_lines))
        settings = replace(settings, marks_path=marks_path)

    schema = output_schema([b.bodies_path for b in batches])
    parts = write.PartWriter(tmp / "docs", schema, cfg.run.docs_per_part)
    chars_removed = np.zeros(n_docs, dtype=np.int64)
    example_texts: dict[int, str] = {}
    found: dict[str, dict[str, tuple[int, int, str]]] = {rule: {} for rule in STRIP_RULES}
    for i, cleaned in enumerate(ordered_map(clean, tasks(settings), pool)):
        batch = batches[i]
        parts.write(conform(cleaned.documents, schema))
        removed = cleaned.documents.column("n_chars_removed").to_numpy()
        chars_removed[batch.first_doc : batch.first_doc + batch.n_docs] = removed
        example_texts.update(zip(example_rows[i].tolist(), cleaned.examples, strict=True))
        for rule, counts in cleaned.cut.items():
            for name, (n_docs_cut, n_lines, example) in counts.items():
                # The first batch's example stays.
                before = found[rule].get(name, (0, 0, example))
                found[rule][name] = (before[0] + n_docs_cut, before[1] + n_lines, before[2])
        seconds["strip"] += cleaned.seconds
    parts.close()
    return _Stripped(chars_removed, example_texts, found, seconds)


def _at_tail(decisions: pa.Table, publisher: np.ndarray, cluster: np.ndarray) -> np.ndarray:
    """Per cut segment (its publisher code and cluster): whether its decision sits at the
    tail."""
    tail = (decisions.column("position").to_numpy(zero_copy_only=False) == "tail")
    at_tail = _pair_keys(
        decisions.column("publisher").to_numpy()[tail], decisions.column("cluster").to_numpy()[tail]
    )
    return np.isin(_pair_keys(publisher, cluster), at_tail)


def _pair_keys(publisher: np.ndarray, cluster: np.ndarray) -> np.ndarray:
    """One uint64 per (publisher, cluster) pair."""
    return cluster.astype(np.uint64) ^ (publisher.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15))


@dataclass
class _Stripped:
    chars_removed: np.ndarray  # per document
    example_texts: dict[int, str]  # the boilerplate table's examples, by occurrence row
    # Per strip-time rule (`strip.STRIP_RULES`), per publisher: documents,
    # lines, example.
    cut: dict[str, dict[str, tuple[int, int, str]]]
    seconds: dict[str, float]  # per stage ("strip", "vocabulary"): summed worker seconds


# Spilled bodies (zstd bytes) below which pass 2 runs in this process: a pool costs each
# worker ~0.3 s of imports, while one process strips ~20 MB of spill a second (10k-doc
# scale corpus); HTML spills little (the extracted text), 2,000 pages ~4 MB.
_STRIP_POOL_MIN_BYTES = 8_000_000


class _Clock:
    """Wall seconds and this process's peak resident memory (MiB, workers not included)
    at the end of each phase."""

    def __init__(self) -> None:
        self.started = self.last = time.perf_counter()
        self.wall: dict[str, float] = {}
        self.peak_mb: dict[str, int] = {}

    def lap(self, phase: str) -> None:
        now = time.perf_counter()
        self.wall[phase] = now - self.last
        self.peak_mb[phase] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        self.last = now

    def total(self) -> float:
        return time.perf_counter() - self.started


# Rejects named one per line on stderr before the rest are only counted.
_REJECTS_SHOWN = 20


def _log_rejects(rejects: pa.Table) -> None:
    """One warning line per rejected record (file, record, reason), up to a limit."""
    for row in rejects.slice(0, _REJECTS_SHOWN).to_pylist():
        log.warning("rejected %s:%s: %s", row["file"], row["record"], row["reason"])
    if rejects.num_rows > _REJECTS_SHOWN:
        log.warning("... and %d more rejected records, all listed in rejects.parquet",
                    rejects.num_rows - _REJECTS_SHOWN)


