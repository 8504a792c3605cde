"""Chunks: slices of the input that a worker process turns into a batch on its own.

Reading is split in two so that little of it runs in the process that lists the sources:
*framing* (`cleanpipe.read.frame`) does only what must run in file order (decompressing a
stream, finding line ends, walking WARC records) and hands out chunks; *parsing*
(`cleanpipe.read.parse`) does the rest (JSON, record checks, Arrow tables) wherever the
chunk lands. Duplicate ids are the one check that needs the whole run: parsing takes a
`Claims` object, the run's `SeenIds` when it runs in order, or a `DeferredIds` that lists
the ids for the owner of the `SeenIds` to claim afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Chunk:
    """One batch's worth of input, not parsed yet.

    kind    "jsonl": `data` holds raw lines (bytes, without "\\n"), the first numbered `first`;
            "parquet": `data` is a pyarrow RecordBatch whose first row is row `first`;
            "events": `data` lists the reader's offers and rejects, replayed in order
            (WARC: the records are parsed while framing);
            "files": `data` lists single-document file Sources, read when parsed.
    file    the file the records come from (unused for "files": each names its own).
    tail    (record, reason) of a reject that comes after the records: reading the file
            stopped there (cannot open, broken stream).
    """

    kind: str
    file: str
    first: int
    data: Any
    tail: tuple[str, str] | None = None
