"""Single-document files (.html, .htm, .txt), usually found under a folder argument."""

from __future__ import annotations

from collections.abc import Iterator

from cleanpipe.config import InputConfig
from cleanpipe.read.decoding import decode_html_file
from cleanpipe.read.records import Batch, FileBatch, SeenIds, error_text
from cleanpipe.read.sources import Source


def document_name(source: Source) -> str:
    """The id of a single-document file: its path relative to the folder argument (POSIX
    separators), or its path as given when it was given directly."""
    if source.root is None:
        return source.path.as_posix()
    return source.path.relative_to(source.root).as_posix()


def read_document_file(source: Source, cfg: InputConfig, seen: SeenIds) -> Iterator[Batch]:
    """One batch holding the file's document (or its reject); url and publisher are null.

    .txt must be UTF-8 (a BOM is dropped); .html/.htm is decoded by `decode_html_file`.
    """
    name = document_name(source)
    batch = FileBatch(str(source.path), seen)
    try:
        payload = source.path.read_bytes()
    except OSError as e:
        batch.reject(name, f"cannot read file: {error_text(e)}", name)
        yield batch.take()
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
    yield batch.take()
