"""The work a process does on one batch, for each of the two passes over the corpus.

Pass 1 (`analyse`): a read chunk -> documents -> bodies (spilled to Parquet in the run's
work folder) and compact per-segment hashes and band keys (returned). Pass 2 (`clean`):
spilled bodies + boilerplate flags -> clean documents. These functions own the I/O of a
batch; the stages they call are pure functions of Arrow tables.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from cleanpipe.config import Config, DetectConfig
from cleanpipe.extract import extract
from cleanpipe.read import Chunk, DeferredIds, parse
from cleanpipe.read.publisher import assign_publishers, site_name
from cleanpipe.segment import lines_of, names_site, segment
from cleanpipe.sign import sign, signable
from cleanpipe.strip import STRIP_RULES, footer_block, pictograph_lines, strip
from cleanpipe.strip.links import publisher_hashes, title_links
from cleanpipe.strip.vocabulary import Counted, count, vocabulary_lines


@dataclass
class Analysed:
    read_rejects: pa.Table  # REJECTS of the read stage
    claimed: list[tuple[str, str, str]]  # (id, file, record) of the documents, in order
    bodies_path: Path
    publishers: list[str]  # per body
    n_chars: np.ndarray  # per body
    rejects: pa.Table
    segments: pa.Table  # SEGMENTS without offsets and `normalized`
    signed_keys: np.ndarray  # distinct keys of the batch's MinHashed segments
    bands_path: Path  # their band keys, (len(signed_keys), bands) uint64, as .npy
    seconds: dict[str, float] = field(default_factory=dict)


def analyse(
    chunk: Chunk,
    cfg: Config,
    bodies_path: Path,
    taken: dict[tuple[str, str], str] | None = None,
) -> Analysed:
    """Parse, extract, segment and sign one chunk; spill its bodies and band keys.

    Ids are not checked against the rest of the run here: `claimed` lists them for the
    caller to claim in run order; `taken` names the records ((file, record) -> where the
    id was first seen) to reject as duplicates when the caller found some and redoes the
    chunk.
    """
    seconds: dict[str, float] = {}
    t = time.perf_counter()
    claims = DeferredIds(taken)
    documents, read_rejects = parse(chunk, cfg.input, claims)
    seconds["read"] = time.perf_counter() - t

    t = time.perf_counter()
    documents = assign_publishers(
        documents, cfg.input.default_publisher, cfg.input.publisher_scope
    )
    bodies, rejects = extract(documents, cfg.extract)
    pq.write_table(bodies, bodies_path, compression="zstd", compression_level=1)
    seconds["extract"] = time.perf_counter() - t

    t = time.perf_counter()
    publishers = bodies.column("publisher").to_pylist()
    segments = segment(bodies, cfg.segment, _sites(publishers, cfg.input.default_publisher))
    seconds["segment"] = time.perf_counter() - t

    t = time.perf_counter()
    keys = segments.column("key").to_numpy()
    distinct, first = np.unique(keys, return_index=True)
    texts = segments.column("normalized").take(pa.array(first))
    keep = signable(texts, cfg.segment)
    texts = texts.filter(pa.array(keep))
    bands = sign(texts, cfg.segment, cfg.sign)
    bands_path = bodies_path.with_suffix(".bands.npy")
    np.save(bands_path, bands)
    seconds["sign"] = time.perf_counter() - t

    return Analysed(
        read_rejects=read_rejects,
        claimed=claims.claimed,
        bodies_path=bodies_path,
        publishers=publishers,
        n_chars=pc.utf8_length(bodies.column("text")).to_numpy().astype(np.int64),
        rejects=rejects,
        segments=segments.drop_columns(["start", "end", "normalized"]),
        signed_keys=distinct[keep],
        bands_path=bands_path,
        seconds=seconds,
    )


@dataclass
class Cleaned:
    documents: pa.Table  # CLEAN_DOCUMENTS + pass-through columns
    examples: list[str]  # texts of the requested example segments
    # Per strip-time rule (`strip.STRIP_RULES`), per publisher, what it cut: documents,
    # lines, the first line's text.
    cut: dict[str, dict[str, tuple[int, int, str]]]
    seconds: float


@dataclass(frozen=True)
class StripSettings:
    """What the strip-time rules need besides a batch: the run's settings and files."""

    detect: DetectConfig
    default_publisher: str  # the publisher of records without one (no site to name)
    titles_path: Path | None = None  # `strip.links.title_keys` as .npy; None: rule off
    marks_path: Path | None = None  # `strip.vocabulary.Tally.marks` as .npy; None: off


@dataclass
class StripTask:
    """One spilled batch's pass-2 work. Arrays are per segment of the batch, in pass-1
    order."""

    bodies_path: Path
    cut: np.ndarray  # whether detection cuts it
    cluster: np.ndarray  # the cluster it is cut for
    footer: np.ndarray  # whether it is cut for a decision at the tail
    pictured: np.ndarray  # whether its publisher's cut lines open with pictographs
    examples: np.ndarray  # rows whose text the boilerplate table wants as representative
    settings: StripSettings


def count_words(task: StripTask) -> Counted:
    """The words of one spilled batch's lines, by bucket, in the lines that detection and
    the strip-time rules but "vocabulary" cut and in the others (`strip.vocabulary`)."""
    t = time.perf_counter()
    bodies, lines = _read(task)
    flagged = np.stack(list(_rule_cuts(task, bodies, lines).values()))
    np.save(_rules_path(task), flagged)  # for `clean`, which would find the same lines
    counted = count(lines.column("line"), task.cut | flagged.any(axis=0))
    counted.seconds = time.perf_counter() - t
    return counted


def clean(task: StripTask) -> Cleaned:
    """Strip one spilled batch: the segments detection cuts, and the lines the strip-time
    rules cut (`strip.STRIP_RULES`)."""
    t = time.perf_counter()
    bodies, lines = _read(task)
    marks_path = task.settings.marks_path
    if marks_path is None:
        flagged = _rule_cuts(task, bodies, lines)
        cut = task.cut | np.logical_or.reduce(list(flagged.values()))
    else:  # `count_words` found the other rules' lines; rule "vocabulary" comes last
        flagged = dict(zip(_RULES, np.load(_rules_path(task)), strict=True))
        cut = task.cut | np.logical_or.reduce(list(flagged.values()))
        d = task.settings.detect
        flagged["vocabulary"] = vocabulary_lines(
            lines.column("line"), cut, np.load(marks_path, mmap_mode="r"),
            d.vocabulary_min_words, d.vocabulary_words_share,
        )
        cut |= flagged["vocabulary"]
    cluster = task.cluster
    for rule, in_rule in flagged.items():
        cluster = np.where(in_rule, np.uint64(STRIP_RULES[rule][0]), cluster)
    label = np.full(len(cut), None, dtype=object)
    label[cut] = [f"{c:016x}" for c in cluster[cut]]
    segments = lines.select(["doc", "start", "end"]).append_column(
        "cluster", pa.array(label, pa.string())
    )
    picked = lines.column("line").take(pa.array(task.examples, pa.int64())).to_pylist()
    documents = strip(bodies, segments)
    doc = lines.column("doc").to_numpy()
    return Cleaned(
        documents=documents,
        examples=picked,
        cut={rule: _counts(bodies.column("publisher"), doc, lines.column("line"), in_rule)
             for rule, in_rule in flagged.items()},
        seconds=time.perf_counter() - t,
    )


def _read(task: StripTask) -> tuple[pa.Table, pa.Table]:
    """A spilled batch's bodies and their lines, checked against pass 1's count."""
    bodies = pq.read_table(task.bodies_path)
    lines = lines_of(bodies.column("text").combine_chunks())
    if lines.num_rows != len(task.cut):
        raise RuntimeError(
            f"{task.bodies_path}: {lines.num_rows} segments on re-reading, "
            f"{len(task.cut)} in pass 1"
        )
    return bodies, lines


# The strip-time rules `_rule_cuts` applies, in its order.
_RULES = ("footer-block", "pictograph-line", "title-link")


def _rules_path(task: StripTask) -> Path:
    """Where `count_words` leaves a batch's `_rule_cuts` for `clean`."""
    return task.bodies_path.with_suffix(".rules.npy")


def _rule_cuts(task: StripTask, bodies: pa.Table, lines: pa.Table) -> dict[str, np.ndarray]:
    """Per strip-time rule but "vocabulary", per line: whether it cuts the line (none of
    them a line another cuts)."""
    d = task.settings.detect
    doc = lines.column("doc").to_numpy()
    sites = _sites(bodies.column("publisher").to_pylist(), task.settings.default_publisher)

    def names_own_site(rows: np.ndarray) -> np.ndarray:
        return names_site(lines.column("line").take(pa.array(rows)), doc[rows], sites)

    cut = task.cut
    in_footer = footer_block(doc, lines.column("line"), cut, task.footer,
                             d.footer_block_max_words, names_own_site, task.pictured)
    in_pictograph = np.zeros(len(cut), dtype=bool)
    if d.pictograph_lines:
        in_pictograph = pictograph_lines(doc, lines.column("line"), cut, task.pictured)
        in_pictograph &= ~in_footer
    in_link = np.zeros(len(cut), dtype=bool)
    if task.settings.titles_path is not None:
        titles = np.load(task.settings.titles_path, mmap_mode="r")
        publisher = publisher_hashes(bodies.column("publisher").combine_chunks())
        in_link = title_links(doc, lines.column("line"), cut | in_footer | in_pictograph,
                              publisher, titles)
    return dict(zip(_RULES, (in_footer, in_pictograph, in_link), strict=True))


def _sites(publishers: list[str], default: str) -> list[str | None]:
    """Per body, the name its site goes by (None for the default publisher)."""
    return [None if p == default else site_name(p) for p in publishers]


def _counts(
    publishers: pa.ChunkedArray, doc: np.ndarray, lines: pa.Array, flagged: np.ndarray
) -> dict[str, tuple[int, int, str]]:
    """Per publisher: documents and lines `flagged` (what a strip-time rule cut), and the
    first such line."""
    rows = np.flatnonzero(flagged)
    names = publishers.take(pa.array(doc[rows])).to_pylist()
    texts = lines.take(pa.array(rows)).to_pylist()
    counts: dict[str, tuple[int, int, str]] = {}
    last_doc: dict[str, int] = {}
    for name, d, text in zip(names, doc[rows].tolist(), texts, strict=True):
        n_docs, n_lines, example = counts.get(name, (0, 0, text))
        counts[name] = (n_docs + (last_doc.get(name) != d), n_lines + 1, example)
        last_doc[name] = d
    return counts
