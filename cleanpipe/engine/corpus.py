"""What pass 1 gathers from the workers, and how it is read back between the passes.

Per batch: where its bodies and band keys were spilled, and compact per-segment arrays
(hashes, no text, no offsets); per document: its publisher and length.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa

from cleanpipe.config import DetectConfig
from cleanpipe.detect import enough_docs, groups, heads, lone_rows, sisters
from cleanpipe.engine.tasks import Analysed
from cleanpipe.segment import KIND_BITS, KNOWN_BIT, LEAD_BIT, is_byline, is_pictured

# The per-segment columns kept between the passes, as numpy arrays: hashes and counts, no
# text and no offsets (pass 2 finds those again from the text); `doc` is the ordinal in
# the run. 45 bytes per segment.
SEGMENT_COLUMNS = {
    "doc": np.int32,
    "index": np.int32,
    "key": np.uint64,
    "raw_key": np.uint64,
    "prefix": np.uint64,
    "frame": np.uint64,
    "n_words": np.int32,
    "names_site": np.bool_,
}


@dataclass
class Batch:
    """What pass 1 keeps of one batch."""

    bodies_path: Path
    first_doc: int  # ordinal of the batch's first body in the run
    n_docs: int


@dataclass
class Corpus:
    """Everything pass 1 gathers, in compact arrays."""

    batches: list[Batch] = field(default_factory=list)
    publisher_names: list[str] = field(default_factory=list)
    doc_publisher: list[np.ndarray] = field(default_factory=list)
    doc_chars: list[np.ndarray] = field(default_factory=list)
    segments: dict[str, list[np.ndarray]] = field(
        default_factory=lambda: {name: [] for name in SEGMENT_COLUMNS}
    )
    signed_keys: list[np.ndarray] = field(default_factory=list)
    bands_paths: list[Path] = field(default_factory=list)
    rejects: list[pa.Table] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def add(self, result: Analysed, batch: Batch, codes: dict[str, int]) -> None:
        self.batches.append(batch)
        for name in result.publishers:
            if name not in codes:
                codes[name] = len(self.publisher_names)
                self.publisher_names.append(name)
        self.doc_publisher.append(np.array([codes[p] for p in result.publishers], np.int32))
        self.doc_chars.append(result.n_chars)
        for name, dtype in SEGMENT_COLUMNS.items():
            # A copy, so the received Arrow buffers are freed with the batch.
            values = result.segments.column(name).to_numpy().astype(dtype, copy=True)
            if name == "doc":
                values += batch.first_doc
            self.segments[name].append(values)
        self.signed_keys.append(result.signed_keys)
        self.bands_paths.append(result.bands_path)
        self.rejects.append(result.rejects)
        for stage, s in result.seconds.items():
            self.seconds[stage] = self.seconds.get(stage, 0.0) + s


    def doc_publishers(self) -> np.ndarray:
        """The publisher code of every document of the run, in order."""
        return np.concatenate(self.doc_publisher) if self.doc_publisher else np.zeros(0, np.int32)

    def doc_lengths(self) -> np.ndarray:
        """The length in characters of every document of the run, in order."""
        return np.concatenate(self.doc_chars) if self.doc_chars else np.zeros(0, np.int64)

    def segment_columns(self) -> dict[str, np.ndarray]:
        """Every batch's segments, one array per column; the per-batch pieces are released
        column by column, so the peak is the whole plus one column."""
        columns = {}
        for name, dtype in SEGMENT_COLUMNS.items():
            parts = self.segments[name]
            columns[name] = np.concatenate(parts) if parts else np.zeros(0, dtype)
            parts.clear()
        return columns


def concat(tables: list[pa.Table], schema: pa.Schema | None = None) -> pa.Table:
    if not tables:
        return schema.empty_table() if schema is not None else pa.table({})
    return pa.concat_tables(tables)


def may_matter(
    segments: dict[str, np.ndarray],
    doc_publisher: np.ndarray,
    cfg: DetectConfig,
    lone: np.ndarray | None = None,
) -> np.ndarray:
    """Rows of the segments detection must look at: those of a cluster that some rule
    could accept, and those whose prefix or frame could be a template. Most lines of a
    corpus recur nowhere, or in a document or two, so detection's tables (the run's memory
    peak) stay a fraction of the corpus, and its decisions are those it would make on
    every row (tested).

    A cluster could be a candidate when it occurs in `min_docs` documents of a publisher,
    or in two that are `min_share_two_docs` of its documents or that share no other such
    line (`lone`: `detect.lone_rows` of every row, computed here when not given), or for
    `min_publishers` publishers. Whole clusters are kept or left, so every statistic of
    a kept cluster is as over all rows. A prefix (frame) could be a template for a
    publisher at the lowest share its rule accepts, in `min_docs` documents, or in two at
    `min_share_two_docs`.
    Rows left out are lines that are never boilerplate; detection still counts them as
    breaking the blocks at the document edges.
    """
    cluster, doc = segments["cluster"], segments["doc"]
    if min(cfg.min_docs, cfg.min_publishers) < 2:
        return np.arange(len(cluster), dtype=np.int64)
    publisher = doc_publisher[doc]
    publisher_docs = np.bincount(doc_publisher)
    names = segments.get("names_site")
    if names is None:
        names = np.zeros(len(cluster), dtype=bool)
    if lone is None:
        lone = lone_rows(cluster, doc, publisher, cfg.max_lines_two_docs)
    keep = _possible_clusters(cluster, doc, publisher, names, publisher_docs, cfg,
                              segments["index"], segments["n_words"], segments["key"], lone)
    # Prefix and frame templates closing their documents need only the edge share.
    lowest = min(cfg.min_share, cfg.min_share_middle, cfg.min_share_prefix)
    for name in ("prefix", "frame"):
        rows = np.flatnonzero(segments[name] != 0)
        pairs, n_docs, share = groups.per_publisher(
            segments[name][rows], publisher[rows], doc[rows], publisher_docs
        )
        possible = enough_docs(n_docs, share, lowest, cfg)
        labels = groups.by(segments[name][rows][pairs.first])
        # A template judged as a stock phrase is judged on every publisher that prints it.
        possible_somewhere = labels.sum(possible)[labels.id] > 0
        widespread = possible_somewhere & (labels.size[labels.id] >= cfg.min_publishers)
        if name == "prefix":
            # A label confirmed by other publishers needs two documents.
            is_label = (segments[name][rows][pairs.first] & LEAD_BIT) == 0
            confirmed = is_label & (
                labels.sum(possible)[labels.id] >= cfg.min_confirming_publishers
            )
            possible |= confirmed & (n_docs >= 2)
            # ... and one `min_publishers` others template on a single page (`detect.prefix`
            # asks more: a short label's).
            possible |= is_label & (labels.sum(possible)[labels.id] >= cfg.min_publishers)
            # ... and a pictograph's label on one page of a few publishers.
            pictured = is_pictured(segments[name][rows][pairs.first])
            possible |= confirmed & pictured & (
                labels.size[labels.id] <= cfg.max_network_publishers)
            if cfg.known_labels:
                known = (segments[name][rows][pairs.first] & KIND_BITS) == KNOWN_BIT
                possible |= known
            # Bylines (`detect.prefix`) count only at their own bar, on each publisher
            # (half of it from `byline_many_docs` pages).
            byline = is_byline(segments[name][rows][pairs.first])
            widespread &= ~byline
            bar = np.where(n_docs >= cfg.byline_many_docs, cfg.min_share_prefix / 2,
                           cfg.min_share_prefix)
            possible = np.where(byline, (n_docs >= cfg.min_docs) & (share >= bar), possible)
        possible |= widespread
        keep[rows[possible[pairs.id]]] = True
    return np.flatnonzero(keep).astype(np.int64)


def _possible_clusters(
    cluster: np.ndarray,
    doc: np.ndarray,
    publisher: np.ndarray,
    names_site: np.ndarray,
    publisher_docs: np.ndarray,
    cfg: DetectConfig,
    index: np.ndarray,
    n_words: np.ndarray,
    key: np.ndarray,
    lone: np.ndarray,
) -> np.ndarray:
    """Per row, whether its cluster has documents enough in some publisher (at the lowest
    share a rule accepts, or two sharing no other: `lone`), occurs for `min_publishers`
    publishers, names its own site in `min_named_publishers` of them, or could be a head
    label's value (`detect.heads`)."""
    # Only clusters seen twice can pass: test the rest on those rows alone.
    repeated = np.flatnonzero(groups.repeated(cluster))
    keep = np.zeros(len(cluster), dtype=bool)
    pairs, n_docs, share = groups.per_publisher(
        cluster[repeated], publisher[repeated], doc[repeated], publisher_docs
    )
    by_cluster = groups.by(cluster[repeated][pairs.first])
    lowest = min(cfg.min_share, cfg.min_share_middle)
    named = pairs.mean(names_site[repeated]) >= 0.5
    enough = enough_docs(n_docs, share, lowest, cfg, named) | (pairs.mean(lone[repeated]) > 0)
    enough |= heads.top_values(
        pairs, n_docs, index[repeated], n_words[repeated], key[repeated], cfg)
    enough = by_cluster.sum(enough) > 0
    # A line naming its own site in several publishers is a template of the network.
    possible = (enough | (by_cluster.size >= cfg.min_publishers)
                | (by_cluster.sum(named) >= cfg.min_named_publishers))
    keep[repeated] = possible[by_cluster.id][pairs.id]
    # A network notice's cluster (`detect.sisters`): every line near its document's end.
    from_end = (np.bincount(doc)[doc[repeated]] - 1 - index[repeated])
    keep[repeated] |= sisters.notice_lines(
        cluster[repeated], from_end, n_words[repeated], cfg.min_words_two_docs,
        cfg.max_network_publishers, publisher[repeated])
    return keep


def bands_reader(
    corpus: Corpus, distinct: np.ndarray
) -> tuple[np.ndarray, Callable[[int], np.ndarray]]:
    """Which distinct keys were MinHashed, and a reader of one band's keys for all of
    them from the spilled band files: only one band is in memory at a time. A key signed
    in several batches has the same bands in each."""
    where = [np.searchsorted(distinct, keys) for keys in corpus.signed_keys]
    signed = np.zeros(len(distinct), dtype=bool)
    for positions in where:
        signed[positions] = True

    def column(band: int) -> np.ndarray:
        values = np.zeros(len(distinct), dtype=np.uint64)
        for positions, path in zip(where, corpus.bands_paths, strict=True):
            if len(positions):
                values[positions] = np.load(path, mmap_mode="r")[:, band]
        return values

    return signed, column
