"""The read stage: input files to (documents, rejects) batches.

`expand_inputs` turns the paths given on the command line into an ordered list of
sources; `read_batches` streams them as DOCUMENTS (+ pass-through columns) and REJECTS
tables. It is `frame` (in file order: decompression, line ends, WARC records) followed by
`parse` (per chunk: JSON, record checks, Arrow), which an engine may run in separate
processes (`cleanpipe.read.chunks`). Publisher resolution is separate:
`cleanpipe.read.publisher.assign_publishers`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pyarrow as pa

from cleanpipe.config import InputConfig
from cleanpipe.read.chunks import Chunk
from cleanpipe.read.folder import SINGLE_DOCUMENT, frame_files, parse_files
from cleanpipe.read.jsonl import frame_jsonl, parse_jsonl
from cleanpipe.read.parquet import frame_parquet, parse_parquet
from cleanpipe.read.records import Claims, DeferredIds, FileBatch, SeenIds, replay
from cleanpipe.read.sources import Source, expand_inputs
from cleanpipe.read.warc import frame_warc

__all__ = [
    "Chunk", "DeferredIds", "SeenIds", "Source", "expand_inputs", "frame", "parse",
    "read_batches",
]


def read_batches(sources: list[Source], cfg: InputConfig) -> Iterator[tuple[pa.Table, pa.Table]]:
    """(documents, rejects) pairs, in source order then record order.

    `documents` has the DOCUMENTS columns followed by pass-through columns, at most
    `cfg.batch_size` rows; `rejects` has REJECTS with stage "read". A batch never mixes
    files, except consecutive single-document files (.html, .htm, .txt), up to
    `cfg.batch_size` of them. Duplicate ids are detected across all sources of one call:
    the first occurrence wins. Batches with neither documents nor rejects are skipped.
    """
    seen = SeenIds()
    for chunk in frame(sources, cfg):
        documents, rejects = parse(chunk, cfg, seen)
        if documents.num_rows or rejects.num_rows:
            yield documents, rejects


def frame(sources: list[Source], cfg: InputConfig) -> Iterator[Chunk]:
    """The chunks of `sources`, in source order then record order: each holds at most
    `cfg.batch_size` records (JSONL: lines) of one file, or single-document files."""
    single: list[Source] = []
    for source in sources:
        if source.kind in SINGLE_DOCUMENT:
            single.append(source)
            continue
        yield from frame_files(single, cfg)
        single = []
        if source.kind == "jsonl":
            yield from frame_jsonl(source, cfg)
        elif source.kind == "parquet":
            yield from frame_parquet(source, cfg)
        elif source.kind == "warc":
            yield from frame_warc(source, cfg)
        else:
            raise ValueError(f"{source.path}: unknown source kind {source.kind!r}")
    yield from frame_files(single, cfg)


def parse(chunk: Chunk, cfg: InputConfig, seen: Claims) -> tuple[pa.Table, pa.Table]:
    """(documents, rejects) of one chunk; ids are claimed through `seen` in record order."""
    if chunk.kind == "jsonl":
        return parse_jsonl(chunk, cfg, seen)
    if chunk.kind == "parquet":
        return parse_parquet(chunk, cfg, seen)
    if chunk.kind == "files":
        return parse_files(chunk, cfg, seen)
    if chunk.kind == "events":
        return replay(chunk.data, FileBatch(chunk.file, seen))
    raise ValueError(f"{chunk.file}: unknown chunk kind {chunk.kind!r}")
