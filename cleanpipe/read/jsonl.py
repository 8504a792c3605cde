"""JSON Lines reader: plain, gzip or zstd, streamed; framed into raw lines, parsed per chunk."""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import zstandard

from cleanpipe.config import InputConfig
from cleanpipe.read.chunks import Chunk
from cleanpipe.read.records import Batch, Claims, FileBatch, error_text, with_passthrough
from cleanpipe.read.sources import Source

_CHUNK = 1 << 16
# Long-distance-matching archives (zstd --long=31) need up to a 2 GiB window.
_ZSTD_MAX_WINDOW = 1 << 31
_STREAM_ERRORS = (OSError, EOFError, zlib.error, zstandard.ZstdError)
_JSON_TYPES = {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}


def frame_jsonl(source: Source, cfg: InputConfig) -> Iterator[Chunk]:
    """Chunks of `cfg.batch_size` raw lines of one JSONL file (decompressed): the part of
    reading that must run in file order. A stream that breaks mid-file ends with a chunk
    whose tail reject sits at the line where reading failed."""
    file = str(source.path)
    try:
        raw = open(source.path, "rb")
    except OSError as e:
        yield Chunk("jsonl", file, 1, (), ("-", f"cannot open file: {error_text(e)}"))
        return
    with raw:
        lines = _split_lines(_chunks(raw, source.path))
        block: list[bytes] = []
        first = 1
        while True:
            try:
                line = next(lines, None)
            except _STREAM_ERRORS as e:
                reason = f"file unreadable after this point: {error_text(e)}"
                yield Chunk("jsonl", file, first, tuple(block), (str(first + len(block)), reason))
                return
            if line is None:
                break
            block.append(line)
            if len(block) >= cfg.batch_size:
                yield Chunk("jsonl", file, first, tuple(block))
                first, block = first + len(block), []
    if block:
        yield Chunk("jsonl", file, first, tuple(block))


def parse_jsonl(chunk: Chunk, cfg: InputConfig, seen: Claims) -> Batch:
    """(documents, rejects) of a "jsonl" chunk; `record` is the 1-based line number.

    Blank lines are skipped."""
    batch = FileBatch(chunk.file, seen)
    extras: list[dict[str, Any]] = []
    consumed = {cfg.id_field, cfg.text_field, cfg.html_field, cfg.url_field, cfg.publisher_field}
    for line_no, line in enumerate(chunk.data, start=chunk.first):
        if line.isspace() or not line:
            continue
        obj, reason = _parse(line)
        if obj is None:
            batch.reject(str(line_no), f"invalid JSON: {reason}")
        elif batch.offer(
            str(line_no),
            obj.get(cfg.id_field),
            obj.get(cfg.text_field),
            obj.get(cfg.html_field),
            obj.get(cfg.url_field),
            obj.get(cfg.publisher_field),
        ):
            extras.append({k: v for k, v in obj.items() if k not in consumed})
    if chunk.tail is not None:
        batch.reject(*chunk.tail)
    return _take(batch, extras)


def _take(batch: FileBatch, extras: list[dict[str, Any]]) -> Batch:
    documents, rejects = batch.take()
    documents = with_passthrough(documents, passthrough_columns(extras))
    extras.clear()
    return documents, rejects


def _parse(line: bytes) -> tuple[dict[str, Any] | None, str]:
    try:
        value = json.loads(line.decode("utf-8").removeprefix("\ufeff"))
    except UnicodeDecodeError:
        return None, "not UTF-8"
    except json.JSONDecodeError as e:
        return None, f"{e.msg} at column {e.colno}"
    except RecursionError:
        return None, "nested too deeply"
    if not isinstance(value, dict):
        return None, f"expected an object, got {_JSON_TYPES.get(type(value), 'null')}"
    if b"\\u" in line and _SURROGATE_ESCAPE.search(line):
        value = _repair(value)
    return value, ""


# JSON may escape half of a UTF-16 surrogate pair on its own ("\ud800"), which no UTF-8
# text can hold: each such lone surrogate becomes U+FFFD, one character for one, so
# offsets into the text stay what they were.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _repair(value: Any) -> Any:
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_repair(v) for v in value]
    if isinstance(value, dict):
        return {_repair(k): _repair(v) for k, v in value.items()}
    return value


def passthrough_columns(rows: list[dict[str, Any]]) -> list[tuple[str, pa.Array]]:
    """One column per field name, in order of first appearance; missing fields are null.

    Types are inferred by pyarrow over the batch; a column whose values have no common
    type (or whose type Parquet cannot store) holds their JSON encoding instead.
    """
    names: dict[str, None] = {}
    for row in rows:
        names.update(dict.fromkeys(row))
    return [(name, _infer([row.get(name) for row in rows])) for name in names]


def _infer(values: list[Any]) -> pa.Array:
    try:
        array = pa.array(values)
    except (pa.ArrowException, OverflowError, TypeError, ValueError):
        array = None
    if array is not None and not _has_empty_struct(array.type):
        return array
    encoded = [
        None if v is None else json.dumps(v, ensure_ascii=False, sort_keys=True) for v in values
    ]
    return pa.array(encoded, pa.string())


def _has_empty_struct(kind: pa.DataType) -> bool:
    if pa.types.is_struct(kind) and kind.num_fields == 0:
        return True
    return any(_has_empty_struct(kind.field(i).type) for i in range(kind.num_fields))


def _chunks(raw: IO[bytes], path: Path) -> Iterator[bytes]:
    name = path.name.lower()
    if name.endswith(".gz"):
        with gzip.GzipFile(fileobj=raw, mode="rb") as unzipped:
            yield from iter(partial(unzipped.read1, _CHUNK), b"")
    elif name.endswith(".zst"):
        yield from _zstd_chunks(raw)
    else:
        yield from iter(partial(raw.read, _CHUNK), b"")


def _zstd_chunks(raw: IO[bytes]) -> Iterator[bytes]:
    """Decompressed data of consecutive zstd frames; raises ZstdError on a cut-off frame
    (zstandard's stream reader would end quietly there)."""
    context = zstandard.ZstdDecompressor(max_window_size=_ZSTD_MAX_WINDOW)
    frame = context.decompressobj()
    in_frame = False
    for data in iter(partial(raw.read, _CHUNK), b""):
        while data:
            in_frame = True
            out = frame.decompress(data)
            if out:
                yield out
            if frame.eof:
                data = frame.unused_data
                frame = context.decompressobj()
                in_frame = False
            else:
                data = b""
    if in_frame:
        raise zstandard.ZstdError("zstd stream ends inside a frame (truncated file)")


def _split_lines(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Lines split on b"\\n" only (the newline itself removed, a "\\r" before it kept)."""
    parts: list[bytes] = []
    for chunk in chunks:
        pieces = chunk.split(b"\n")
        if len(pieces) == 1:
            parts.append(chunk)
            continue
        parts.append(pieces[0])
        yield b"".join(parts)
        yield from pieces[1:-1]
        parts = [pieces[-1]]
    tail = b"".join(parts)
    if tail:
        yield tail
