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

from cleanpipe.config import Config
from cleanpipe.engine.tasks import Analysed
from cleanpipe.schema import SEGMENTS

# SEGMENTS as kept between the passes: no text and no offsets (pass 2 finds those again
# from the text); `doc` is the ordinal in the run.
SEGMENT_ROWS = pa.schema(
    [f for f in SEGMENTS if f.name not in ("start", "end", "normalized")]
)


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
    segments: list[pa.Table] = field(default_factory=list)
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
        segs = result.segments
        doc = pa.array(segs.column("doc").to_numpy() + np.int32(batch.first_doc))
        self.segments.append(segs.set_column(0, SEGMENT_ROWS.field("doc"), doc))
        self.signed_keys.append(result.signed_keys)
        self.bands_paths.append(result.bands_path)
        self.rejects.append(result.rejects)
        for stage, s in result.seconds.items():
            self.seconds[stage] = self.seconds.get(stage, 0.0) + s


def concat(tables: list[pa.Table], schema: pa.Schema | None = None) -> pa.Table:
    if not tables:
        return schema.empty_table() if schema is not None else pa.table({})
    return pa.concat_tables(tables)


def may_matter(
    cluster: np.ndarray, prefix: np.ndarray, cfg: Config, frame: np.ndarray | None = None
) -> np.ndarray:
    """Rows of the segments detection must look at: those whose cluster, prefix or frame
    occurs more than once in the run. A line that recurs nowhere is never boilerplate
    (unless a rule accepts a single document), and most lines of a corpus are such lines,
    so detection's tables stay a fraction of the corpus."""
    if min(cfg.detect.min_docs, cfg.detect.min_publishers) < 2:
        return np.arange(len(cluster), dtype=np.int64)
    keep = _repeated(cluster)
    has_prefix = np.flatnonzero(prefix != 0)
    keep[has_prefix[_repeated(prefix[has_prefix])]] = True
    if frame is not None:
        has_frame = np.flatnonzero(frame != 0)
        keep[has_frame[_repeated(frame[has_frame])]] = True
    return np.flatnonzero(keep).astype(np.int64)


def _repeated(values: np.ndarray) -> np.ndarray:
    """Whether each value occurs more than once in the array."""
    _, inverse, counts = np.unique(values, return_inverse=True, return_counts=True)
    return counts[inverse] > 1


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
