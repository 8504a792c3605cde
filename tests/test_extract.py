from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pyarrow as pa
import pytest

from cleanpipe import schema
from cleanpipe.config import ExtractConfig
from cleanpipe.extract import extract

CFG = ExtractConfig()

ARTICLE = (
    "Hundreds of volunteers gathered at the river bank on Saturday morning to clear "
    "plastic waste that had piled up after the spring floods."
)
SECOND = (
    "Organisers said the clean-up collected more than two tonnes of rubbish, most of "
    "it bottles and packaging carried downstream from the city."
)
# Long enough (> 100 characters) for trafilatura's deduplication to consider it.
SHARED = (
    "The council has promised to install new filters on the storm drains before the "
    "autumn rains, a measure residents have demanded for years."
)


def page(*paragraphs: str, title: str = "River clean-up draws hundreds") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html><head><title>{title}</title></head><body>
<header><nav><ul>
  <li><a href="/">Home</a></li><li><a href="/news">News</a></li>
  <li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li>
</ul></nav></header>
<main><article><h1>{title}</h1>
{body}
</article></main>
<footer><p>Copyright 2024 Example Media Group. All rights reserved.</p>
<ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li></ul>
</footer></body></html>"""


def documents(rows: Sequence[Mapping[str, str | None]], **passthrough: pa.Array) -> pa.Table:
    full = [
        {
            "id": row.get("id", f"d{i}"),
            "url": row.get("url"),
            "publisher": row.get("publisher", "example.com"),
            "text": row.get("text"),
            "html": row.get("html"),
            "file": row.get("file", "in.jsonl"),
            "record": row.get("record", str(i + 1)),
        }
        for i, row in enumerate(rows)
    ]
    table = pa.Table.from_pylist(full, schema=schema.DOCUMENTS)
    for name, values in passthrough.items():
        table = table.append_column(name, values)
    return table


def test_html_main_text_is_extracted_and_page_chrome_dropped() -> None:
    docs = documents([{"html": page(ARTICLE, SECOND), "url": "https://example.com/a"}])
    bodies, rejects = extract(docs, CFG)
    assert rejects.num_rows == 0
    text = bodies.column("text")[0].as_py()
    assert ARTICLE in text and SECOND in text
    assert text.split("\n").index(ARTICLE) + 1 == text.split("\n").index(SECOND)
    for junk in ("Weather", "Privacy policy", "Terms of use", "All rights reserved"):
        assert junk not in text
    assert bodies.column("url")[0].as_py() == "https://example.com/a"


def test_text_rows_are_kept_byte_for_byte() -> None:
    raw = "  Leading space\r\nline two\u00a0with nbsp\n\n\ncafe\u0301 (not NFC)\t \n"
    bodies, rejects = extract(documents([{"text": raw}, {"text": "x"}]), CFG)
    assert rejects.num_rows == 0
    assert bodies.column("text").to_pylist() == [raw, "x"]


def test_text_wins_over_html_when_both_are_set() -> None:
    bodies, _ = extract(documents([{"text": "given text", "html": page(ARTICLE)}]), CFG)
    assert bodies.column("text").to_pylist() == ["given text"]


def test_pages_without_text_are_rejected_with_reason() -> None:
    docs = documents(
        [
            {"id": "empty", "html": "<html><head><title>x</title></head><body></body></html>"},
            {"id": "ok", "html": page(ARTICLE, SECOND)},
            {"id": "blank-html", "html": "   "},
            {"id": "blank-text", "text": " \n\t"},
            {"id": "nothing", "file": "other.jsonl", "record": "7"},
        ]
    )
    bodies, rejects = extract(docs, CFG)
    assert bodies.column("id").to_pylist() == ["ok"]
    assert rejects.schema == schema.REJECTS
    assert rejects.to_pylist() == [
        {
            "file": "in.jsonl",
            "record": "1",
            "id": "empty",
            "stage": "extract",
            "reason": "extraction produced no text",
        },
        {
            "file": "in.jsonl",
            "record": "3",
            "id": "blank-html",
            "stage": "extract",
            "reason": "extraction produced no text",
        },
        {
            "file": "in.jsonl",
            "record": "4",
            "id": "blank-text",
            "stage": "extract",
            "reason": "text is empty",
        },
        {
            "file": "other.jsonl",
            "record": "7",
            "id": "nothing",
            "stage": "extract",
            "reason": "record has neither text nor html",
        },
    ]


def test_extractor_exception_rejects_only_that_record(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    real = trafilatura.extract

    def flaky(html: str, **kwargs: Any) -> str | None:
        if "EXPLODE" in html:
            raise RuntimeError("parser blew up\nsecond line of detail")
        return real(html, **kwargs)

    monkeypatch.setattr(trafilatura, "extract", flaky)
    docs = documents([{"id": "bad", "html": page("EXPLODE " + ARTICLE)}, {"html": page(ARTICLE)}])
    bodies, rejects = extract(docs, CFG)
    assert bodies.num_rows == 1
    assert rejects.column("id").to_pylist() == ["bad"]
    assert rejects.column("reason").to_pylist() == [
        "extraction failed: RuntimeError: parser blew up"
    ]


def test_passes_options_to_trafilatura(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    seen: list[dict[str, object]] = []

    def spy(html: str, **kwargs: object) -> str:
        seen.append(kwargs)
        return "body"

    monkeypatch.setattr(trafilatura, "extract", spy)
    cfg = ExtractConfig(favor_precision=True, include_tables=False, include_comments=True)
    extract(documents([{"html": "<p>x</p>", "url": "https://example.com/x"}]), cfg)
    assert seen == [
        {
            "url": "https://example.com/x",
            "output_format": "txt",
            "deduplicate": False,
            "favor_precision": True,
            "favor_recall": False,
            "include_comments": True,
            "include_tables": False,
            "include_links": False,
            "include_formatting": False,
            "with_metadata": False,
        }
    ]


def test_output_schema_and_passthrough_columns() -> None:
    rows = [{"text": "one"}, {"html": "<html><body></body></html>"}, {"html": page(ARTICLE)}]
    docs = documents(
        rows,
        lang=pa.array(["en", "fr", None], pa.string()),
        n=pa.array([1, 2, 3], pa.int16()),
        tags=pa.array([["a"], [], ["b", "c"]], pa.list_(pa.string())),
        meta=pa.array([{"k": 1.5}, {"k": None}, {"k": 3.0}], pa.struct([("k", pa.float64())])),
    )
    # Reader output may use other string types; the bodies are cast to BODIES.
    docs = docs.set_column(0, "id", docs.column("id").cast(pa.large_string()))
    bodies, rejects = extract(docs, CFG)
    expected = pa.schema(
        list(schema.BODIES)
        + [
            pa.field("lang", pa.string()),
            pa.field("n", pa.int16()),
            pa.field("tags", pa.list_(pa.string())),
            pa.field("meta", pa.struct([("k", pa.float64())])),
        ]
    )
    assert bodies.schema.equals(expected)
    assert rejects.schema.equals(schema.REJECTS)
    assert bodies.column("id").to_pylist() == ["d0", "d2"]
    assert bodies.column("lang").to_pylist() == ["en", None]
    assert bodies.column("n").to_pylist() == [1, 3]
    assert bodies.column("tags").to_pylist() == [["a"], ["b", "c"]]
    assert bodies.column("meta").to_pylist() == [{"k": 1.5}, {"k": 3.0}]
    assert bodies.column("file").to_pylist() == ["in.jsonl"] * 2
    assert bodies.column("record").to_pylist() == ["1", "3"]


def test_empty_input_gives_empty_tables_with_schema() -> None:
    docs = documents([], extra=pa.array([], pa.int64()))
    bodies, rejects = extract(docs, CFG)
    assert bodies.num_rows == 0 and rejects.num_rows == 0
    assert bodies.schema.names == schema.BODIES.names + ["extra"]
    assert rejects.schema.equals(schema.REJECTS)


def test_unresolved_publisher_is_refused() -> None:
    with pytest.raises(ValueError, match="publisher"):
        extract(documents([{"text": "x", "publisher": None}]), CFG)


def other_story(i: int) -> str:
    """A page with its own text that also carries the SHARED paragraph."""
    return page(f"Story number {i}: {ARTICLE}", SHARED, f"Story number {i} goes on: {SECOND}")


def test_deterministic_and_independent_of_batch_composition() -> None:
    target = page(ARTICLE, SHARED, SECOND)
    alone, _ = extract(documents([{"html": target}]), CFG)
    again, _ = extract(documents([{"html": target}]), CFG)
    batch, _ = extract(
        documents([{"html": other_story(i)} for i in range(4)] + [{"html": target}]), CFG
    )
    text = alone.column("text")[0].as_py()
    assert SHARED in text
    assert again.column("text")[0].as_py() == text
    assert batch.column("text")[-1].as_py() == text
    assert all(SHARED in t for t in batch.column("text").to_pylist())


def test_same_batch_would_differ_with_trafilatura_deduplication() -> None:
    """The batch above does trigger trafilatura's deduplication when it is on (with a
    private cache here, so the process-global one stays untouched)."""
    import trafilatura
    from trafilatura.deduplication import LRUCache

    cache = LRUCache(maxsize=1000)
    pages = [other_story(i) for i in range(4)] + [page(ARTICLE, SHARED, SECOND)]
    texts = [trafilatura.extract(h, deduplicate=cache, include_comments=False) or "" for h in pages]
    assert SHARED in texts[0]
    assert SHARED not in texts[-1]
