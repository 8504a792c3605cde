"""Parquet reader: record batches of the file, framed in file order, parsed per chunk."""

from __future__ import annotations

from collections.abc import Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from cleanpipe.config import InputConfig
from cleanpipe.errors import InputError
from cleanpipe.read.chunks import Chunk
from cleanpipe.read.records import Batch, Claims, FileBatch, error_text, with_passthrough
from cleanpipe.read.sources import Source


def frame_parquet(source: Source, cfg: InputConfig) -> Iterator[Chunk]:
    """Chunks of up to `cfg.batch_size` rows of one Parquet file, as record batches.

    A file that cannot be opened is one reject; a file lacking the id column, or both the
    text and html columns, is a configuration mistake and raises InputError.
    """
    file = str(source.path)
    try:
        parquet = pq.ParquetFile(source.path)
    except (OSError, pa.ArrowException) as e:
        yield Chunk("parquet", file, 1, None, ("-", f"cannot read Parquet: {error_text(e)}"))
        return
    try:
        names = parquet.schema_arrow.names
        if cfg.id_field not in names:
            raise InputError(f"{file}: no id column {cfg.id_field!r} (see input.id_field)")
        if cfg.text_field not in names and cfg.html_field not in names:
            raise InputError(
                f"{file}: no text column {cfg.text_field!r} and no html column"
                f" {cfg.html_field!r} (see input.text_field, input.html_field)"
            )
        batches = parquet.iter_batches(batch_size=cfg.batch_size)
        rows_done = 0
        while True:
            try:
                chunk = next(batches, None)
            except (OSError, pa.ArrowException) as e:
                reason = f"file unreadable after this point: {error_text(e)}"
                yield Chunk("parquet", file, rows_done + 1, None, (str(rows_done + 1), reason))
                return
            if chunk is None:
                return
            yield Chunk("parquet", file, rows_done + 1, chunk)
            rows_done += chunk.num_rows
    finally:
        parquet.close()


def parse_parquet(chunk: Chunk, cfg: InputConfig, seen: Claims) -> Batch:
    """(documents, rejects) of a "parquet" chunk; `record` is the 1-based row number and
    pass-through columns keep their Arrow types. A row with a string that is not UTF-8
    (Parquet does not check) is rejected, naming the column."""
    batch = FileBatch(chunk.file, seen)
    rows: pa.RecordBatch | None = chunk.data
    if rows is None:
        if chunk.tail is not None:
            batch.reject(*chunk.tail)
        return batch.take()
    fields = (cfg.id_field, cfg.text_field, cfg.html_field, cfg.url_field, cfg.publisher_field)
    passthrough = [name for name in rows.schema.names if name not in fields]
    undecodable: dict[int, str] = {}
    for name in passthrough:
        _utf8_check(rows.column(name), name, undecodable)
    values = zip(*(_values(rows, name, undecodable) for name in fields), strict=True)
    keep = []
    for i, (doc_id, text, html, url, publisher) in enumerate(values):
        record = str(chunk.first + i)
        if i in undecodable:
            batch.reject(record, undecodable[i], doc_id if isinstance(doc_id, str) else None)
            keep.append(False)
        else:
            keep.append(batch.offer(record, doc_id, text, html, url, publisher))
    documents, rejects = batch.take()
    mask = pa.array(keep, pa.bool_())
    columns = [(name, rows.column(name).filter(mask)) for name in passthrough]
    return with_passthrough(documents, columns), rejects


def _values(chunk: pa.RecordBatch, name: str, undecodable: dict[int, str]) -> list[object]:
    """The column's values as Python objects (None where it is absent). Parquet does not
    check that strings are UTF-8: a value that is not becomes None, and its row is noted
    in `undecodable` with the reason, for the record to be rejected."""
    if name not in chunk.schema.names:
        return [None] * chunk.num_rows
    column = chunk.column(name)
    if _utf8_check(column, name, undecodable):
        return column.to_pylist()
    return [None if i in undecodable else value
            for i, value in enumerate(_decoded(column))]


def _utf8_check(column: pa.Array, name: str, undecodable: dict[int, str]) -> bool:
    """Whether a column holds only valid UTF-8 (always, unless it is a string column);
    if not, notes each row that does not, with the reason."""
    if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
        return True
    try:
        column.validate(full=True)
        return True
    except pa.ArrowInvalid:
        pass
    for i, raw in enumerate(column.cast(pa.large_binary()).to_pylist()):
        try:
            if raw is not None:
                raw.decode("utf-8")
        except UnicodeDecodeError as e:
            undecodable.setdefault(i, f"column {name!r} is not UTF-8 (byte {e.start})")
    return False


def _decoded(column: pa.Array) -> list[object]:
    """A string column's values, invalid UTF-8 replaced (its rows are rejected anyway)."""
    return [None if raw is None else raw.decode("utf-8", "replace")
            for raw in column.cast(pa.large_binary()).to_pylist()]
