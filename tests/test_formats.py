"""One end-to-end run per input format: the same planted articles, read from JSONL (text,
zstd), JSONL with raw HTML, Parquet, WARC and a folder of HTML files, must come out with
their boilerplate gone and their article lines kept."""

from __future__ import annotations

import html
import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard

import cleanpipe
from cleanpipe.config import Config, RunConfig
from tests import planted

DOCS = planted.corpus(seed=3, n_gazette=24, n_ledger=12)
CFG = Config(run=RunConfig(workers=1))


def page(doc: planted.Doc) -> str:
    paragraphs = "\n".join(f"<p>{html.escape(text)}</p>" for text, _ in doc.lines)
    return (
        "<html><head><title>t</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>Story {doc.id}</h1>\n{paragraphs}\n</article>"
        "<footer>Site map</footer></body></html>"
    )


def check(out: Path, docs: list[planted.Doc], id_of=lambda doc: doc.id) -> None:
    table = pq.read_table(out / "docs")
    assert table.num_rows == len(docs)
    assert pq.read_table(out / "rejects.parquet").num_rows == 0
    clean = {row["id"]: row["text"] for row in table.select(["id", "text"]).to_pylist()}
    for doc in docs:
        text = clean[id_of(doc)]
        for line, label in doc.lines:
            # Extraction may re-space or re-quote a line; compare on the line's words.
            present = line.split()[:6] and " ".join(line.split()[:6]) in " ".join(text.split())
            if label.startswith("bp:"):
                assert not present, (doc.id, label, line)
            else:
                assert present, (doc.id, label, line)


def test_jsonl_zst(tmp_path):
    raw = "".join(json.dumps({"id": d.id, "url": d.url, "text": d.text}) + "\n" for d in DOCS)
    path = tmp_path / "c.jsonl.zst"
    path.write_bytes(zstandard.ZstdCompressor().compress(raw.encode()))
    cleanpipe.run([str(path)], str(tmp_path / "out"), config=CFG)
    check(tmp_path / "out", DOCS)


def test_jsonl_with_html(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps({"id": d.id, "url": d.url, "html": page(d)}) + "\n"
                            for d in DOCS))
    cleanpipe.run([str(path)], str(tmp_path / "out"), config=CFG)
    check(tmp_path / "out", DOCS)


def test_parquet_with_custom_field_names(tmp_path):
    table = pa.table({"doc_id": [d.id for d in DOCS], "link": [d.url for d in DOCS],
                      "body": [d.text for d in DOCS], "score": [0.5] * len(DOCS)})
    pq.write_table(table, tmp_path / "c.parquet")
    cfg = Config(run=RunConfig(workers=1))
    from cleanpipe.config import load_config

    cfg = load_config(None, ["input.id_field=doc_id", "input.url_field=link",
                             "input.text_field=body", "run.workers=1"])
    cleanpipe.run([str(tmp_path / "c.parquet")], str(tmp_path / "out"), config=cfg)
    check(tmp_path / "out", DOCS)
    out = pq.read_table(tmp_path / "out" / "docs")
    assert out.schema.field("score").type == pa.float64()
    assert set(out.column("publisher").to_pylist()) == {"harbourgazette.com",
                                                        "valleyledger.org"}


def test_warc(tmp_path):
    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    ids = {}
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        for doc in DOCS:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            record = writer.create_warc_record(doc.url, "response",
                                               payload=io.BytesIO(page(doc).encode()),
                                               http_headers=headers)
            ids[doc.id] = record.rec_headers.get_header("WARC-Record-ID").strip("<>")
            writer.write_record(record)
    assert warcio
    cleanpipe.run([str(path)], str(tmp_path / "out"), config=CFG)
    check(tmp_path / "out", DOCS, id_of=lambda doc: ids[doc.id])
    urls = pq.read_table(tmp_path / "out" / "docs").column("url").to_pylist()
    assert sorted(urls) == sorted(d.url for d in DOCS)


def test_html_folder(tmp_path):
    docs = [d for d in DOCS if d.id.startswith("hg-")]
    for doc in docs:
        target = tmp_path / "pages" / "news" / f"{doc.id}.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page(doc))
    cleanpipe.run([str(tmp_path / "pages")], str(tmp_path / "out"), config=CFG)
    check(tmp_path / "out", docs, id_of=lambda doc: f"news/{doc.id}.html")
    publishers = set(pq.read_table(tmp_path / "out" / "docs").column("publisher").to_pylist())
    assert publishers == {"default"}
