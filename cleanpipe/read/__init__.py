"""The read stage: input files to (documents, rejects) batches.

`expand_inputs` turns the paths given on the command line into an ordered list of
sources; `read_batches` streams them as DOCUMENTS (+ pass-through columns) and REJECTS
tables. Publisher resolution is separate: `cleanpipe.read.publisher.assign_publishers`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pyarrow as pa

from cleanpipe.config import InputConfig
from cleanpipe.read.folder import read_document_file
from cleanpipe.read.jsonl import read_jsonl
from cleanpipe.read.parquet import read_parquet
from cleanpipe.read.records import SeenIds
from cleanpipe.read.sources import Source, expand_inputs
from cleanpipe.read.warc import read_warc

__all__ = ["Source", "expand_inputs", "read_batches"]


def read_batches(sources: list[Source], cfg: InputConfig) -> Iterator[tuple[pa.Table, pa.Table]]:
    """(documents, rejects) pairs, in source order then record order.

    `documents` has the DOCUMENTS columns followed by pass-through columns, at most
    `cfg.batch_size` rows; `rejects` has REJECTS with stage "read". A batch never mixes
    files; a pair may have no documents (only rejects). Duplicate ids are detected across
    all sources of one call: the first occurrence wins.
    """
    seen = SeenIds()
    for source in sources:
        if source.kind == "jsonl":
            yield from read_jsonl(source, cfg, seen)
        elif source.kind == "parquet":
            yield from read_parquet(source, cfg, seen)
        elif source.kind == "warc":
            yield from read_warc(source, cfg, seen)
        elif source.kind in ("html", "text"):
            yield from read_document_file(source, cfg, seen)
        else:
            raise ValueError(f"{source.path}: unknown source kind {source.kind!r}")
