"""Parquet reader: record batches of the file, pass-through columns keep their Arrow types."""

from __future__ import annotations

from collections.abc import Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from cleanpipe.config import InputConfig
from cleanpipe.errors import InputError
from cleanpipe.read.records import Batch, FileBatch, SeenIds, error_text, with_passthrough
from cleanpipe.read.sources import Source


def read_parquet(source: Source, cfg: InputConfig, seen: SeenIds) -> Iterator[Batch]:
    """(documents, rejects) batches of one Parquet file; `record` is the 1-based row number.

    A file that cannot be opened is one reject; a file lacking the id column, or both the
    text and html columns, is a configuration mistake and raises InputError.
    """
    file = str(source.path)
    batch = FileBatch(file, seen)
    try:
        parquet = pq.ParquetFile(source.path)
    except (OSError, pa.ArrowException) as e:
        batch.reject("-", f"cannot read Parquet: {error_text(e)}")
        yield batch.take()
        return
    try:
        yield from _read(parquet, file, batch, cfg)
    finally:
        parquet.close()


def _read(
    parquet: pq.ParquetFile, file: str, batch: FileBatch, cfg: InputConfig
) -> Iterator[Batch]:
    names = parquet.schema_arrow.names
    if cfg.id_field not in names:
        raise InputError(f"{file}: no id column {cfg.id_field!r} (see input.id_field)")
    if cfg.text_field not in names and cfg.html_field not in names:
        raise InputError(
            f"{file}: no text column {cfg.text_field!r} and no html column {cfg.html_field!r}"
            " (see input.text_field, input.html_field)"
        )
    consumed = {cfg.id_field, cfg.text_field, cfg.html_field, cfg.url_field, cfg.publisher_field}
    passthrough = [name for name in names if name not in consumed]
    batches = parquet.iter_batches(batch_size=cfg.batch_size)
    rows_done = 0
    while True:
        try:
            chunk = next(batches, None)
        except (OSError, pa.ArrowException) as e:
            reason = f"file unreadable after this point: {error_text(e)}"
            batch.reject(str(rows_done + 1), reason)
            yield batch.take()
            return
        if chunk is None:
            return
        fields = (cfg.id_field, cfg.text_field, cfg.html_field, cfg.url_field, cfg.publisher_field)
        rows = zip(*(_values(chunk, name) for name in fields), strict=True)
        keep = [
            batch.offer(str(rows_done + i), doc_id, text, html, url, publisher)
            for i, (doc_id, text, html, url, publisher) in enumerate(rows, start=1)
        ]
        rows_done += chunk.num_rows
        if not len(batch):
            continue
        documents, rejects = batch.take()
        mask = pa.array(keep, pa.bool_())
        columns = [(name, chunk.column(name).filter(mask)) for name in passthrough]
        yield with_passthrough(documents, columns), rejects


def _values(chunk: pa.RecordBatch, name: str) -> list[object]:
    if name in chunk.schema.names:
        return chunk.column(name).to_pylist()
    return [None] * chunk.num_rows
