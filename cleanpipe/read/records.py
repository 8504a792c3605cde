"""Record checks and batch assembly shared by every reader."""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from cleanpipe.schema import CORE_COLUMNS, DOCUMENTS, rejects_table

Batch = tuple[pa.Table, pa.Table]


def error_text(error: BaseException, limit: int = 200) -> str:
    """The first non-blank line of an exception's message, shortened to `limit` characters."""
    for line in (str(error) or type(error).__name__).splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= limit else line[: limit - 3] + "..."
    return type(error).__name__


def parse_id(value: object) -> tuple[str | None, str | None]:
    """(id, None) for a usable id (integers become strings), else (None, reason)."""
    if value is None:
        return None, "missing id"
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None, "id must be a string or integer"
    doc_id = str(value)
    if not doc_id or doc_id.isspace():
        return None, "missing id"
    return doc_id, None


def pick_body(text: object, html: object) -> tuple[str | None, str | None, str | None]:
    """(text, html, reason): the text when it has content, else the html; the other is None.

    reason is set (and both are None) when neither is a string with content.
    """
    if isinstance(text, str) and not _blank(text):
        return text, None, None
    if isinstance(html, str) and not _blank(html):
        return None, html, None
    if isinstance(text, str) or isinstance(html, str):
        return None, None, "empty text"
    return None, None, "no text or html field"


def _blank(value: str) -> bool:
    return not value or value.isspace()


class SeenIds:
    """Where each accepted document id was first seen, over one `read_batches` call."""

    def __init__(self) -> None:
        self._first: dict[str, tuple[str, str]] = {}

    def claim(self, doc_id: str, file: str, record: str) -> str | None:
        """Register `doc_id`; if it was accepted before, return "file:record" of that place."""
        first = self._first.get(doc_id)
        if first is not None:
            return f"{first[0]}:{first[1]}"
        self._first[doc_id] = (file, record)
        return None

    def claim_all(self, claimed: list[tuple[str, str, str]]) -> dict[tuple[str, str], str]:
        """`claim` each (id, file, record) in order; the (file, record) of those already
        taken, with the "file:record" that took them first."""
        taken = {}
        for doc_id, file, record in claimed:
            first = self.claim(doc_id, file, record)
            if first is not None:
                taken[(file, record)] = first
        return taken


class DeferredIds:
    """Claims for a process that does not see the whole run: accepts every id except the
    records named in `taken` ((file, record) -> "file:record" of the first occurrence),
    and lists what it accepted in `claimed`, for the process that owns the `SeenIds` to
    claim in run order (`SeenIds.claim_all`)."""

    def __init__(self, taken: dict[tuple[str, str], str] | None = None) -> None:
        self._taken = taken or {}
        self.claimed: list[tuple[str, str, str]] = []

    def claim(self, doc_id: str, file: str, record: str) -> str | None:
        first = self._taken.get((file, record))
        if first is None:
            self.claimed.append((doc_id, file, record))
        return first


Claims = SeenIds | DeferredIds


class FileBatch:
    """Documents and rejects read from one file, taken out as (documents, rejects) tables."""

    def __init__(self, file: str, seen: Claims) -> None:
        self.file = file
        self._seen = seen
        self._docs: dict[str, list[str | None]] = {name: [] for name in DOCUMENTS.names}
        self._rejects: list[dict[str, str | None]] = []

    def __len__(self) -> int:
        return len(self._docs["id"]) + len(self._rejects)

    def is_full(self, batch_size: int) -> bool:
        return len(self._docs["id"]) >= batch_size or len(self._rejects) >= batch_size

    def reject(self, record: str, reason: str, doc_id: str | None = None) -> None:
        self._rejects.append(
            {"file": self.file, "record": record, "id": doc_id, "stage": "read", "reason": reason}
        )

    def offer(
        self,
        record: str,
        raw_id: object,
        text: object,
        html: object,
        url: object = None,
        publisher: object = None,
    ) -> bool:
        """Add the record as a document, or as a reject saying why not; True if added.

        url and publisher values that are not strings become null.
        """
        doc_id, reason = parse_id(raw_id)
        if doc_id is None:
            self.reject(record, reason or "missing id")
            return False
        body_text, body_html, reason = pick_body(text, html)
        if reason is not None:
            self.reject(record, reason, doc_id)
            return False
        first = self._seen.claim(doc_id, self.file, record)
        if first is not None:
            self.reject(record, f"duplicate id, first seen at {first}", doc_id)
            return False
        row = {
            "id": doc_id,
            "url": url if isinstance(url, str) else None,
            "publisher": publisher if isinstance(publisher, str) else None,
            "text": body_text,
            "html": body_html,
            "file": self.file,
            "record": record,
        }
        for name, value in row.items():
            self._docs[name].append(value)
        return True

    def take(self) -> Batch:
        """The documents and rejects gathered since the last take, as DOCUMENTS/REJECTS."""
        documents = pa.Table.from_pydict(self._docs, schema=DOCUMENTS)
        rejects = rejects_table(self._rejects)
        self._docs = {name: [] for name in DOCUMENTS.names}
        self._rejects = []
        return documents, rejects


class Recorder:
    """`FileBatch`'s interface for a reader that parses while framing (WARC): offers and
    rejects are kept in order, for `replay` onto a FileBatch where the chunk is parsed.
    `offer` cannot know yet whether the record will be accepted and returns True."""

    def __init__(self, file: str) -> None:
        self.file = file
        self._events: list[tuple[bool, tuple[Any, ...]]] = []
        self._docs = 0
        self._rejects = 0

    def __len__(self) -> int:
        return len(self._events)

    def is_full(self, batch_size: int) -> bool:
        return self._docs >= batch_size or self._rejects >= batch_size

    def reject(self, record: str, reason: str, doc_id: str | None = None) -> None:
        self._events.append((False, (record, reason, doc_id)))
        self._rejects += 1

    def offer(
        self,
        record: str,
        raw_id: object,
        text: object,
        html: object,
        url: object = None,
        publisher: object = None,
    ) -> bool:
        self._events.append((True, (record, raw_id, text, html, url, publisher)))
        self._docs += 1
        return True

    def take(self) -> list[tuple[bool, tuple[Any, ...]]]:
        events, self._events, self._docs, self._rejects = self._events, [], 0, 0
        return events


def replay(events: list[tuple[bool, tuple[Any, ...]]], batch: FileBatch) -> Batch:
    """Apply a `Recorder`'s events to `batch` and take it."""
    for is_offer, args in events:
        if is_offer:
            batch.offer(*args)
        else:
            batch.reject(*args)
    return batch.take()


def with_passthrough(
    documents: pa.Table, columns: list[tuple[str, pa.Array | pa.ChunkedArray]]
) -> pa.Table:
    """Append pass-through columns; a name taken by cleanpipe becomes `input_<name>`
    (repeatedly, should `input_<name>` itself be a field of the input)."""
    original = {name for name, _ in columns}
    used: set[str] = set()
    for name, values in columns:
        new = name
        while new in CORE_COLUMNS or new in used or (new != name and new in original):
            new = f"input_{new}"
        used.add(new)
        documents = documents.append_column(new, values)
    return documents
