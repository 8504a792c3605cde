"""Extract stage: DOCUMENTS -> BODIES (+ pass-through columns), REJECTS.

A row with `text` keeps it exactly as given (no stripping or normalisation: every offset
downstream refers to it). A row with `html` goes through the extractor `cfg.extractor`
names, trafilatura or Resiliparse (see `cleanpipe.extract.trafilatura` and
`cleanpipe.extract.resiliparse` for what the resulting text looks like). A row with both
uses `text`. Rows that yield no text (no field set, an empty or white-space-only text,
an extraction that returns nothing or raises) go to the rejects table instead.

The stage is a pure function of its inputs: each row's body depends on that row and the
config only, never on the other rows of the batch or on what the process extracted before.
"""

from __future__ import annotations

from collections.abc import Callable

import pyarrow as pa

from cleanpipe import schema
from cleanpipe.config import ExtractConfig

STAGE = "extract"

# (html, url) -> main text, or None when there is none.
HtmlToText = Callable[[str, str | None], str | None]
# (html, url, options) -> main text, or None; one per extractor module.
Extractor = Callable[[str, str | None, ExtractConfig], str | None]

EXTRACTORS = ("trafilatura", "resiliparse")


def extract(documents: pa.Table, cfg: ExtractConfig) -> tuple[pa.Table, pa.Table]:
    """Turn a DOCUMENTS table into (bodies, rejects).

    Args:
        documents: schema.DOCUMENTS columns, then pass-through columns; `publisher`
            already resolved (no nulls).
        cfg: extraction options.

    Returns:
        `bodies`: schema.BODIES columns in order and types, then the pass-through columns
        unchanged; one row per document that yielded text, in input order.
        `rejects`: schema.REJECTS, stage "extract", one row per document that did not.

    Raises:
        ValueError: a DOCUMENTS column is missing, `publisher` has nulls, or the
            extractor is unknown.
    """
    _check_input(documents, cfg)
    html_to_text = _extractor(cfg)

    ids = documents.column("id").to_pylist()
    urls = documents.column("url").to_pylist()
    texts = documents.column("text").to_pylist()
    htmls = documents.column("html").to_pylist()
    files = documents.column("file").to_pylist()
    records = documents.column("record").to_pylist()

    kept: list[int] = []
    bodies: list[str] = []
    rejects: list[dict[str, str | None]] = []
    for row, (text, html) in enumerate(zip(texts, htmls, strict=True)):
        body, reason = _body(text, html, urls[row], html_to_text)
        if body is None:
            rejects.append(
                {
                    "file": files[row],
                    "record": records[row],
                    "id": ids[row],
                    "stage": STAGE,
                    "reason": reason,
                }
            )
        else:
            kept.append(row)
            bodies.append(body)

    return _bodies_table(documents, kept, bodies), schema.rejects_table(rejects)


def _check_input(documents: pa.Table, cfg: ExtractConfig) -> None:
    missing = [name for name in schema.DOCUMENTS.names if name not in documents.column_names]
    if missing:
        raise ValueError(f"extract: input lacks DOCUMENTS columns {', '.join(missing)}")
    if documents.column("publisher").null_count:
        raise ValueError("extract: publisher must be resolved (non-null) before extraction")
    if cfg.extractor not in EXTRACTORS:
        raise ValueError(f"extract: unknown extractor {cfg.extractor!r}")


def _extractor(cfg: ExtractConfig) -> HtmlToText:
    """The HTML -> text function for `cfg`, bound to its options."""
    extract_html: Extractor
    if cfg.extractor == "resiliparse":
        from cleanpipe.extract.resiliparse import extract_html
    else:
        from cleanpipe.extract.trafilatura import extract_html

    def html_to_text(html: str, url: str | None) -> str | None:
        return extract_html(html, url, cfg)

    return html_to_text


def _body(
    text: str | None, html: str | None, url: str | None, html_to_text: HtmlToText
) -> tuple[str | None, str]:
    """(body, "") for a row that yields text, else (None, reason)."""
    if text is not None:
        if not text.strip():
            return None, "text is empty"
        return text, ""
    if html is None:
        return None, "record has neither text nor html"
    try:
        body = html_to_text(html, url)
    except Exception as e:  # any failure of the extractor rejects this record only
        return None, f"extraction failed: {_describe(e)}"
    if body is None or not body.strip():
        return None, "extraction produced no text"
    return body, ""


def _describe(error: Exception) -> str:
    lines = str(error).strip().splitlines()
    name = type(error).__name__
    return f"{name}: {lines[0].strip()}" if lines else name


def _bodies_table(documents: pa.Table, kept: list[int], bodies: list[str]) -> pa.Table:
    taken = documents.take(pa.array(kept, type=pa.int64()))
    passthrough = schema.passthrough_names(documents)
    columns: list[pa.ChunkedArray] = []
    for field in schema.BODIES:
        if field.name == "text":
            columns.append(pa.chunked_array([pa.array(bodies, type=field.type)]))
        else:
            columns.append(taken.column(field.name).cast(field.type))
    columns.extend(taken.column(name) for name in passthrough)
    fields = list(schema.BODIES) + [documents.schema.field(name) for name in passthrough]
    return pa.Table.from_arrays(columns, schema=pa.schema(fields))
