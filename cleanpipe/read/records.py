"""Record checks and batch assembly shared by every reader."""

from __future__ import annotations

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


class FileBatch:
    """Documents and rejects read from one file, taken out as (documents, rejects) tables."""

    def __init__(self, file: str, seen: SeenIds) -> None:
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
