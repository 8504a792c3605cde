from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pyarrow as pa
import pytest

from cleanpipe import schema
from cleanpipe.config import ConfigError, ExtractConfig, load_config
from cleanpipe.extract import extract
from cleanpipe.extract.resiliparse import extract_html, tidy

CFG = ExtractConfig(extractor="resiliparse")

LEDE = (
    "The harbour authority reopened the northern quay on Tuesday after a six-week repair "
    "of the sea wall that was damaged in the January storms."
)
FOLLOW = (
    "Fishing crews had moored in the southern basin while divers replaced the cracked "
    "concrete blocks, a job the authority said came in under budget."
)


def article_page(*blocks: str, title: str = "Northern quay reopens") -> str:
    """A news page: navigation, the article (title, `blocks` as paragraphs), a footer."""
    body = "\n".join(f"<p>{b}</p>" for b in blocks)
    return f"""<!DOCTYPE html>
<html><head><title>{title}</title></head><body>
<header><nav><ul>
  <li><a href="/">Home</a></li><li><a href="/local">Local</a></li>
  <li><a href="/business">Business</a></li><li><a href="/weather">Weather</a></li>
</ul></nav></header>
<main><article><h1>{title}</h1>
{body}
</article></main>
<footer><p>Copyright 2024 Harbour Gazette Ltd. All rights reserved.</p>
<ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li></ul>
</footer></body></html>"""


def documents(rows: Sequence[Mapping[str, str | None]]) -> pa.Table:
    full = [
        {
            "id": row.get("id", f"d{i}"),
            "url": row.get("url"),
            "publisher": "gazette.example",
            "text": row.get("text"),
            "html": row.get("html"),
            "file": "in.jsonl",
            "record": str(i + 1),
        }
        for i, row in enumerate(rows)
    ]
    return pa.Table.from_pylist(full, schema=schema.DOCUMENTS)


def body_of(html: str, cfg: ExtractConfig = CFG) -> str:
    bodies, rejects = extract(documents([{"html": html}]), cfg)
    assert rejects.num_rows == 0, rejects.to_pylist()
    text: str = bodies.column("text")[0].as_py()
    return text


def test_main_text_one_block_per_line_and_chrome_dropped() -> None:
    text = body_of(article_page(LEDE, FOLLOW))
    assert text.split("\n") == ["Northern quay reopens", LEDE, FOLLOW]
    for junk in ("Weather", "Business", "Privacy policy", "Terms of use", "All rights reserved"):
        assert junk not in text


def test_blank_and_trailing_white_space_lines_are_tidied() -> None:
    html = (
        "<html><body><article><h1>Quay</h1>"
        f"<p>{LEDE}&nbsp;</p><p>&nbsp;</p><p>\u00a0\t</p>"
        "<ol><li>First item of the list here</li><li>Second item<ol><li>Nested item</li>"
        f"</ol></li></ol><p>{FOLLOW}</p></article></body></html>"
    )
    lines = body_of(html).split("\n")
    assert lines == [
        "Quay",
        LEDE,
        "  1. First item of the list here",
        "  2. Second item",
        "    1. Nested item",
        FOLLOW,
    ]


def test_tidy() -> None:
    raw = "\ufeff\n\nTitle\n\n\n  • item \t\n\u00a0\t\t\u00a0\n\t\tcell\t\tcell\u00a0\n\nEnd\n"
    assert tidy(raw) == "\ufeff\nTitle\n  • item\n\t\tcell\t\tcell\nEnd"
    assert tidy(" \n\u00a0\n\t") == ""


def test_pages_without_text_are_rejected_and_text_rows_untouched() -> None:
    raw = "  Given text\r\nkept\u00a0as is \n"
    docs = documents(
        [
            {"id": "empty", "html": "<html><head><title>x</title></head><body></body></html>"},
            {"id": "blank", "html": "   "},
            {"id": "spaces", "html": "<html><body><p>&nbsp;</p><div> \t </div></body></html>"},
            {"id": "text", "text": raw},
            {"id": "both", "text": "text wins", "html": article_page(LEDE)},
            {"id": "ok", "html": article_page(LEDE)},
        ]
    )
    bodies, rejects = extract(docs, CFG)
    assert bodies.column("id").to_pylist() == ["text", "both", "ok"]
    assert bodies.column("text").to_pylist()[:2] == [raw, "text wins"]
    assert rejects.column("id").to_pylist() == ["empty", "blank", "spaces"]
    assert set(rejects.column("reason").to_pylist()) == {"extraction produced no text"}
    assert set(rejects.column("stage").to_pylist()) == {"extract"}


def test_extractor_exception_rejects_only_that_record(monkeypatch: pytest.MonkeyPatch) -> None:
    import resiliparse.extract.html2text as html2text

    real = html2text.extract_plain_text

    def flaky(html: str, **kwargs: Any) -> str:
        if "EXPLODE" in html:
            raise RuntimeError("lexbor gave up\nsecond line of detail")
        return real(html, **kwargs)

    monkeypatch.setattr(html2text, "extract_plain_text", flaky)
    docs = documents([{"id": "bad", "html": article_page("EXPLODE")}, {"html": article_page(LEDE)}])
    bodies, rejects = extract(docs, CFG)
    assert bodies.num_rows == 1
    assert rejects.column("id").to_pylist() == ["bad"]
    assert rejects.column("reason").to_pylist() == [
        "extraction failed: RuntimeError: lexbor gave up"
    ]


def test_options_passed_to_resiliparse(monkeypatch: pytest.MonkeyPatch) -> None:
    import resiliparse.extract.html2text as html2text

    seen: list[dict[str, object]] = []

    def spy(html: str, **kwargs: object) -> str:
        seen.append(kwargs)
        return "body"

    monkeypatch.setattr(html2text, "extract_plain_text", spy)
    extract_html("<p>x</p>", None, CFG)
    extract_html(
        "<p>x</p>",
        "https://gazette.example/a",
        ExtractConfig(
            extractor="resiliparse",
            include_comments=True,
            include_tables=False,
            include_links=True,
            resiliparse_alt_texts=True,
            resiliparse_post_meta=True,
        ),
    )
    fixed = {
        "preserve_formatting": True,
        "main_content": True,
        "list_bullets": True,
        "form_fields": False,
        "noscript": False,
        "hidden_elements": False,
    }
    assert seen == [
        fixed
        | {
            "alt_texts": False,
            "links": False,
            "comments": False,
            "post_meta": False,
            "skip_elements": None,
        },
        fixed
        | {
            "alt_texts": True,
            "links": True,
            "comments": True,
            "post_meta": True,
            "skip_elements": ["table"],
        },
    ]


def test_tables_option_takes_effect() -> None:
    html = (
        f"<html><body><article><p>{LEDE}</p><table><tr><th>Berth</th><th>Status</th></tr>"
        f"<tr><td>North</td><td>Open</td></tr></table><p>{FOLLOW}</p></article></body></html>"
    )
    with_tables = body_of(html)
    assert "Berth\t\tStatus\nNorth\t\tOpen" in with_tables
    without = body_of(html, ExtractConfig(extractor="resiliparse", include_tables=False))
    assert without == f"{LEDE}\n{FOLLOW}"


def test_extractor_is_chosen_by_config(monkeypatch: pytest.MonkeyPatch) -> None:
    import resiliparse.extract.html2text as html2text
    import trafilatura

    calls: list[str] = []
    real_resiliparse = html2text.extract_plain_text
    real_trafilatura = trafilatura.extract

    def resiliparse_spy(html: str, **kwargs: Any) -> str:
        calls.append("resiliparse")
        return real_resiliparse(html, **kwargs)

    def trafilatura_spy(html: str, **kwargs: Any) -> str | None:
        calls.append("trafilatura")
        return real_trafilatura(html, **kwargs)

    monkeypatch.setattr(html2text, "extract_plain_text", resiliparse_spy)
    monkeypatch.setattr(trafilatura, "extract", trafilatura_spy)
    docs = documents([{"html": article_page(LEDE, FOLLOW)}])

    chosen = load_config(overrides=["extract.extractor=resiliparse"]).extract
    assert chosen.extractor == "resiliparse"
    bodies, _ = extract(docs, chosen)
    assert calls == ["resiliparse"]
    assert LEDE in bodies.column("text")[0].as_py()

    calls.clear()
    extract(docs, load_config().extract)
    assert calls == ["trafilatura"]


def test_unknown_extractor_is_refused() -> None:
    with pytest.raises(ConfigError, match="extract.extractor"):
        load_config(overrides=["extract.extractor=readability"])
    with pytest.raises(ValueError, match="unknown extractor"):
        extract(documents([{"html": article_page(LEDE)}]), ExtractConfig(extractor="nope"))


def test_deterministic_and_independent_of_batch_composition() -> None:
    target = article_page(LEDE, FOLLOW)
    others = [article_page(f"Story {i}: {FOLLOW}", LEDE, title=f"Story {i}") for i in range(4)]
    alone = body_of(target)
    assert body_of(target) == alone
    batch, _ = extract(documents([{"html": h} for h in [*others, target, *others]]), CFG)
    texts = batch.column("text").to_pylist()
    assert texts[4] == alone
    assert texts[:4] == texts[5:]
    assert all(LEDE in t for t in texts)
