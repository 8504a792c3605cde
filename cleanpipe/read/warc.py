"""WARC reader: HTML `response` records become documents, everything else is skipped."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from typing import IO, Any

from cleanpipe.config import InputConfig
from cleanpipe.read.chunks import Chunk
from cleanpipe.read.decoding import charset_of, decode, looks_like_html
from cleanpipe.read.records import Recorder, error_text
from cleanpipe.read.sources import Source

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_CHUNK = 1 << 16
_UNREADABLE = "file unreadable after this point: "


def frame_warc(source: Source, cfg: InputConfig) -> Iterator[Chunk]:
    """"events" chunks of one WARC file, records parsed while framing (warcio walks the
    file in order anyway); id and `record` are the WARC-Record-ID without its angle
    brackets, url the WARC-Target-URI.

    `.warc.gz` is decompressed as one stream, so both per-record gzip members and a
    whole-file gzip work; offsets in rejects count uncompressed bytes for such files.
    A parse error, a broken gzip stream or an HTML record cut short ends the file with
    one reject (the cut record is not a document).
    """
    from warcio.archiveiterator import ArchiveIterator  # only where WARC files are framed

    file = str(source.path)
    batch = Recorder(file)
    try:
        raw = open(source.path, "rb")
    except OSError as e:
        batch.reject("-", f"cannot open file: {error_text(e)}")
        yield Chunk("events", file, 0, batch.take())
        return
    with raw:
        stream: IO[bytes] | _GzipStream = raw
        if source.path.name.lower().endswith(".gz"):
            stream = _GzipStream(raw)
        records = ArchiveIterator(stream)
        while True:
            try:
                record = next(records, None)
            # warcio raises many unrelated types (ArchiveLoadFailed, header parser errors,
            # zlib errors, ValueError); any of them ends this file, not the run.
            except Exception as e:
                batch.reject(f"offset {records.offset}", _UNREADABLE + error_text(e))
                break
            if record is None:
                # warcio ends quietly on a stream error or a partial record header
                if isinstance(stream, _GzipStream) and stream.error is not None:
                    batch.reject(f"offset {records.offset}", _UNREADABLE + stream.error)
                elif stream.tell() > records.offset:
                    reason = _UNREADABLE + "incomplete record at the end of the file"
                    batch.reject(f"offset {records.offset}", reason)
                break
            record_id = _record_id(record)
            where = record_id or f"offset {records.offset}"
            try:
                if record.rec_type == "response":
                    complete = _offer_response(batch, record, where)
                else:
                    complete = _drain(record)
            except Exception as e:  # reading the block failed (I/O, decompression)
                batch.reject(where, _UNREADABLE + error_text(e), record_id or None)
                break
            if not complete:
                batch.reject(where, _UNREADABLE + "record incomplete", record_id or None)
                break
            if batch.is_full(cfg.batch_size):
                yield Chunk("events", file, 0, batch.take())
    if len(batch):
        yield Chunk("events", file, 0, batch.take())


def _record_id(record: Any) -> str:
    return (record.rec_headers.get_header("WARC-Record-ID") or "").strip().strip("<>")


def _drain(record: Any) -> bool:
    """Read the rest of the record's block; False if the file ends before the block does,
    or the record has no Content-Length (its header is cut short): warcio then reads on
    to the end of the file without complaint."""
    while record.raw_stream.read(_CHUNK):
        pass
    remaining = getattr(record.raw_stream, "limit", None)
    return remaining is not None and remaining <= 0


def _offer_response(batch: Recorder, record: Any, where: str) -> bool:
    """Offer an HTML response as a document (`where` is its `record` value); False, and
    nothing added, if the record is cut short by the end of the file."""
    record_id = _record_id(record)
    url = record.rec_headers.get_header("WARC-Target-URI")
    content_type = record.http_headers.get_header("Content-Type") if record.http_headers else None
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime and mime not in _HTML_TYPES:
        return _drain(record)
    try:
        payload = record.content_stream().read()
    except Exception as e:  # content or transfer decoding of a broken payload
        if not _drain(record):
            return False
        batch.reject(where, f"cannot read payload: {error_text(e)}", record_id or None)
        return True
    if not _drain(record):
        return False
    if not mime and not looks_like_html(payload):
        return True
    html = decode(payload, charset_of(content_type))
    batch.offer(where, record_id or None, None, html, url)
    return True


class _GzipStream:
    """A gzip stream (any number of members) that ends quietly where the data breaks and
    keeps the reason in `error`: warcio would take the exception for a clean end."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._gzip = gzip.GzipFile(fileobj=raw, mode="rb")
        self.error: str | None = None

    def read(self, size: int = -1) -> bytes:
        if self.error is not None:
            return b""
        try:
            return self._gzip.read1(size) if size > 0 else self._gzip.read()
        except (OSError, EOFError, zlib.error) as e:
            self.error = error_text(e)
            return b""

    def tell(self) -> int:
        return self._gzip.tell()
