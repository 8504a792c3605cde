"""Single-document files (.html, .htm, .txt), usually found under a folder argument.

Consecutive such files are gathered into chunks of `batch_size` files (one task, one
spill file for many pages, not one per page); the files are read where the chunk is
parsed.
"""

from __future__ import annotations

from collections.abc import Iterator

from cleanpipe.config import InputConfig
from cleanpipe.read.chunks import Chunk
from cleanpipe.read.decoding import decode_html_file
from cleanpipe.read.records import Batch, Claims, FileBatch, error_text
from cleanpipe.read.sources import Source

SINGLE_DOCUMENT = ("html", "text")


def document_name(source: Source) -> str:
    """The id of a single-document file: its path relative to the folder argument (POSIX
    separators), or its path as given when it was given directly."""
    if source.root is None:
        return source.path.as_posix()
    return source.path.relative_to(source.root).as_posix()


def frame_files(sources: list[Source], cfg: InputConfig) -> Iterator[Chunk]:
    """"files" chunks of up to `cfg.batch_size` consecutive single-document sources."""
    for lo in range(0, len(sources), cfg.batch_size):
        yield Chunk("files", "", 0, tuple(sources[lo : lo + cfg.batch_size]))


def parse_files(chunk: Chunk, cfg: InputConfig, seen: Claims) -> Batch:
    """(documents, rejects) of a "files" chunk: each file is one document (or one reject);
    url and publisher are null. .txt must be UTF-8 (a BOM is dropped); .html/.htm is
    decoded by `decode_html_file`."""
    batch = FileBatch("", seen)
    for source in chunk.data:
        batch.file = str(source.path)
        _read_document(source, batch)
    return batch.take()


def _read_document(source: Source, batch: FileBatch) -> None:
    name = document_name(source)
    try:
        payload = source.path.read_bytes()
    except OSError as e:
        batch.reject(name, f"cannot read file: {error_text(e)}", name)
        return
    if source.kind == "text":
        try:
            text = payload.decode("utf-8-sig")
        except UnicodeDecodeError:
            batch.reject(name, "not UTF-8 text", name)
        else:
            batch.offer(name, name, text, None)
    else:
        batch.offer(name, name, None, decode_html_file(payload))
