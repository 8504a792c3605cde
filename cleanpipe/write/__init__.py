"""The output folder: written beside its final place, moved into place only when complete.

Layout (the contract users script against):
    OUT/docs/part-00000.parquet ...   clean documents (zstd)
    OUT/boilerplate.parquet           one row per (publisher, boilerplate cluster)
    OUT/rejects.parquet               records that could not be read or extracted
    OUT/stats.json                    counts, removal rates, seconds per stage
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from cleanpipe.errors import OutputError

COMPRESSION = "zstd"


def prepare(output: Path, overwrite: bool) -> Path:
    """Check that `output` may be written and return an empty temporary folder beside it."""
    if output.exists() and not output.is_dir():
        raise OutputError(f"{output}: exists and is not a folder")
    if output.is_dir() and any(output.iterdir()) and not overwrite:
        raise OutputError(f"{output}: exists and is not empty (pass --overwrite to replace it)")
    parent = output.resolve().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        tmp = parent / f".{output.name}.tmp-{os.getpid()}"
        if tmp.exists():
            shutil.rmtree(tmp)
        tmp.mkdir()
    except OSError as e:
        raise OutputError(f"{output}: cannot create the output folder: {e.strerror}") from None
    return tmp


def commit(tmp: Path, output: Path) -> None:
    """Move a complete temporary folder into place, replacing what was there."""
    old = None
    if output.exists():
        old = output.resolve().parent / f".{output.name}.old-{os.getpid()}"
        output.rename(old)
    tmp.rename(output)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def abandon(tmp: Path) -> None:
    shutil.rmtree(tmp, ignore_errors=True)


def write_table(table: pa.Table, path: Path) -> None:
    pq.write_table(table, path, compression=COMPRESSION)


def write_json(data: dict[str, Any], path: Path) -> None:
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")


class PartWriter:
    """Writes clean-document batches as `docs/part-NNNNN.parquet`, at most `rows_per_part`
    rows each, all with one schema."""

    def __init__(self, folder: Path, schema: pa.Schema, rows_per_part: int) -> None:
        self.folder = folder
        self.schema = schema
        self.rows_per_part = rows_per_part
        self.parts = 0
        self.rows_in_part = 0
        self.writer: pq.ParquetWriter | None = None
        folder.mkdir(parents=True, exist_ok=True)

    def write(self, table: pa.Table) -> None:
        """Append rows; `table` must have the writer's schema (`engine.report.conform`)."""
        while table.num_rows:
            if self.writer is None or self.rows_in_part >= self.rows_per_part:
                self._roll()
            assert self.writer is not None
            take = min(table.num_rows, self.rows_per_part - self.rows_in_part)
            self.writer.write_table(table.slice(0, take))
            self.rows_in_part += take
            table = table.slice(take)

    def close(self) -> None:
        if self.writer is None:
            self._roll()  # an empty corpus still gets one (empty) part with the schema
        assert self.writer is not None
        self.writer.close()

    def _roll(self) -> None:
        if self.writer is not None:
            self.writer.close()
        path = self.folder / f"part-{self.parts:05d}.parquet"
        self.writer = pq.ParquetWriter(path, self.schema, compression=COMPRESSION)
        self.parts += 1
        self.rows_in_part = 0
