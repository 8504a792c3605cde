"""The read stage: input expansion, every input format, pass-through, rejects, batching."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cleanpipe import schema
from cleanpipe.config import InputConfig
from cleanpipe.errors import InputError
from cleanpipe.read import DeferredIds, SeenIds, Source, expand_inputs, frame, parse, read_batches

CFG = InputConfig()


def jsonl_bytes(records: list[Any]) -> bytes:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    return ("\n".join(lines) + "\n").encode("utf-8")


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def read(paths: list[Path], cfg: InputConfig = CFG) -> list[tuple[pa.Table, pa.Table]]:
    return list(read_batches(expand_inputs([str(p) for p in paths]), cfg))


def documents(batches: list[tuple[pa.Table, pa.Table]]) -> list[dict[str, Any]]:
    return [row for docs, _ in batches for row in docs.to_pylist()]


def rejects(batches: list[tuple[pa.Table, pa.Table]]) -> list[dict[str, Any]]:
    return [row for _, rej in batches for row in rej.to_pylist()]


def check_schemas(batches: list[tuple[pa.Table, pa.Table]]) -> None:
    for docs, rej in batches:
        core = docs.schema.names[: len(schema.DOCUMENTS)]
        assert core == schema.DOCUMENTS.names
        for field in schema.DOCUMENTS:
            assert docs.schema.field(field.name).type == field.type
        assert rej.schema.equals(schema.REJECTS)
        assert set(rej.column("stage").to_pylist()) <= {"read"}


GOOD = [
    {"id": "a", "text": "Alpha\r\nline two  ", "url": "https://x.org/a", "publisher": "X"},
    {"id": 7, "html": "<p>seven</p>"},
]


# -- expand_inputs ---------------------------------------------------------------------


def test_expand_walks_folders_sorted_skipping_hidden_and_unsupported(tmp_path: Path) -> None:
    write(tmp_path / "d" / "b.JSONL", b"")
    write(tmp_path / "d" / "sub" / "a.html", b"")
    write(tmp_path / "d" / "sub" / "notes.md", b"")
    write(tmp_path / "d" / ".hidden.txt", b"")
    write(tmp_path / "d" / ".git" / "x.txt", b"")
    write(tmp_path / "d" / "c.warc.gz", b"")
    write(tmp_path / "d" / "e.htm", b"")
    write(tmp_path / "d" / "f.jsonl.zst", b"")
    sources = expand_inputs([str(tmp_path / "d")])
    names = [s.path.relative_to(tmp_path / "d").as_posix() for s in sources]
    assert names == ["b.JSONL", "c.warc.gz", "e.htm", "f.jsonl.zst", "sub/a.html"]
    assert [s.kind for s in sources] == ["jsonl", "warc", "html", "jsonl", "html"]
    assert all(s.root == tmp_path / "d" for s in sources)


def test_expand_order_and_dedup_do_not_depend_on_arguments(tmp_path: Path) -> None:
    a = write(tmp_path / "in" / "a.jsonl", b"")
    b = write(tmp_path / "in" / "b.parquet", b"")
    folder = tmp_path / "in"
    one = expand_inputs([str(b), str(folder), str(a)])
    two = expand_inputs([str(a), str(folder), str(b), str(a)])
    assert one == two
    assert [s.path.name for s in one] == ["a.jsonl", "b.parquet"]
    # a file reachable through its folder is taken from the folder (root set)
    assert all(s.root == folder for s in one)
    assert expand_inputs([str(a)]) == [Source(path=a, root=None, kind="jsonl")]


@pytest.mark.parametrize(
    ("setup", "arg", "message"),
    [
        (lambda p: None, "missing.jsonl", "no such file"),
        (lambda p: write(p / "x.csv", b"a"), "x.csv", "unsupported file type"),
        (lambda p: write(p / "empty" / "x.csv", b"a"), "empty", "no input files"),
    ],
)
def test_expand_input_errors_name_the_path(tmp_path: Path, setup, arg, message) -> None:
    setup(tmp_path)
    with pytest.raises(InputError, match=message) as info:
        expand_inputs([str(tmp_path / arg)])
    assert str(tmp_path / arg) in str(info.value)
    assert "\n" not in str(info.value)


# -- JSONL -----------------------------------------------------------------------------


@pytest.mark.parametrize("ending", [".jsonl", ".jsonl.gz", ".jsonl.zst"])
def test_jsonl_formats(tmp_path: Path, ending: str) -> None:
    data = jsonl_bytes(GOOD)
    if ending == ".jsonl.gz":
        data = gzip.compress(data)
    elif ending == ".jsonl.zst":
        data = zstandard.ZstdCompressor().compress(data)
    path = write(tmp_path / f"in{ending}", data)
    batches = read([path])
    check_schemas(batches)
    assert documents(batches) == [
        {
            "id": "a",
            "url": "https://x.org/a",
            "publisher": "X",
            "text": "Alpha\r\nline two  ",  # never modified
            "html": None,
            "file": str(path),
            "record": "1",
        },
        {
            "id": "7",
            "url": None,
            "publisher": None,
            "text": None,
            "html": "<p>seven</p>",
            "file": str(path),
            "record": "2",
        },
    ]
    assert rejects(batches) == []


def test_jsonl_utf8_bom_and_crlf_lines(tmp_path: Path) -> None:
    data = b'\xef\xbb\xbf{"id": "b", "text": "x"}\r\n\r\n{"id": "c", "text": "y"}'
    docs = documents(read([write(tmp_path / "bom.jsonl", data)]))
    assert [(d["id"], d["record"]) for d in docs] == [("b", "1"), ("c", "3")]


def test_jsonl_multi_frame_zstd_and_multi_member_gzip(tmp_path: Path) -> None:
    first, second = jsonl_bytes(GOOD[:1]), jsonl_bytes(GOOD[1:])
    zst = zstandard.ZstdCompressor()
    z = write(tmp_path / "z.jsonl.zst", zst.compress(first) + zst.compress(second))
    g = write(tmp_path / "g.jsonl.gz", gzip.compress(first) + gzip.compress(second))
    for path in (z, g):
        assert [d["id"] for d in documents(read([path]))] == ["a", "7"]


def test_jsonl_passthrough_and_renaming(tmp_path: Path) -> None:
    records = [
        {"id": "1", "text": "t", "lang": "en", "file": "orig.warc", "record": 9, "n": 1},
        {"id": "2", "text": "t", "lang": "de", "tags": ["x"], "n": 2},
    ]
    batches = read([write(tmp_path / "in.jsonl", jsonl_bytes(records))])
    docs = batches[0][0]
    assert docs.column_names == schema.DOCUMENTS.names + [
        "lang",
        "input_file",
        "input_record",
        "n",
        "tags",
    ]
    assert docs.column("input_file").to_pylist() == ["orig.warc", None]
    assert docs.column("file").to_pylist() == [str(tmp_path / "in.jsonl")] * 2
    assert docs.column("n").type == pa.int64()
    assert docs.column("tags").to_pylist() == [None, ["x"]]


def test_jsonl_mixed_type_passthrough_falls_back_to_json(tmp_path: Path) -> None:
    records = [
        {"id": "1", "text": "t", "meta": 5},
        {"id": "2", "text": "t", "meta": {"b": 1, "a": "é"}},
        {"id": "3", "text": "t"},
    ]
    docs = read([write(tmp_path / "in.jsonl", jsonl_bytes(records))])[0][0]
    assert docs.column("meta").type == pa.string()
    assert docs.column("meta").to_pylist() == ["5", '{"a": "é", "b": 1}', None]


def test_jsonl_passthrough_collision_with_renamed_name(tmp_path: Path) -> None:
    records = [{"id": "1", "text": "t", "file": "f", "input_file": "g"}]
    docs = read([write(tmp_path / "in.jsonl", jsonl_bytes(records))])[0][0]
    row = docs.to_pylist()[0]
    assert row["input_file"] == "g"
    assert row["input_input_file"] == "f"


def test_custom_field_names(tmp_path: Path) -> None:
    cfg = InputConfig(id_field="doc", text_field="body", url_field="link", publisher_field="src")
    records = [{"doc": 3, "body": "b", "link": "http://a.com", "src": "S", "text": "other"}]
    docs = read([write(tmp_path / "in.jsonl", jsonl_bytes(records))], cfg)[0][0]
    row = docs.to_pylist()[0]
    assert (row["id"], row["text"], row["url"], row["publisher"]) == ("3", "b", "http://a.com", "S")
    assert row["input_text"] == "other"


def test_jsonl_rejects_every_reason_and_keeps_good_records(tmp_path: Path) -> None:
    lines = [
        {"id": "ok1", "text": "fine"},
        "{not json",
        "",
        "[1, 2]",
        {"text": "no id"},
        {"id": "", "text": "empty id"},
        {"id": 1.5, "text": "float id"},
        {"id": "n1"},
        {"id": "n2", "text": 5},
        {"id": "e1", "text": "  \n "},
        {"id": "e2", "html": ""},
        {"id": "ok1", "text": "again"},
        {"id": "ok2", "text": "fine too"},
    ]
    path = write(tmp_path / "in.jsonl", jsonl_bytes(lines) + b"\xff\xfe\n")
    batches = read([path])
    check_schemas(batches)
    assert [(d["id"], d["record"]) for d in documents(batches)] == [("ok1", "1"), ("ok2", "13")]
    got = [(r["record"], r["id"], r["reason"]) for r in rejects(batches)]
    assert got[0][0] == "2" and got[0][2].startswith("invalid JSON: ")
    assert got[1:] == [
        ("4", None, "invalid JSON: expected an object, got array"),
        ("5", None, "missing id"),
        ("6", None, "missing id"),
        ("7", None, "id must be a string or integer"),
        ("8", "n1", "no text or html field"),
        ("9", "n2", "no text or html field"),
        ("10", "e1", "empty text"),
        ("11", "e2", "empty text"),
        ("12", "ok1", f"duplicate id, first seen at {path}:1"),
        ("14", None, "invalid JSON: not UTF-8"),
    ]
    assert all(r["file"] == str(path) for r in rejects(batches))


def test_duplicate_ids_across_files_first_wins(tmp_path: Path) -> None:
    a = write(tmp_path / "a.jsonl", jsonl_bytes([{"id": 1, "text": "first"}]))
    b = write(tmp_path / "b.jsonl", jsonl_bytes([{"id": "1", "text": "second"}]))
    batches = read([b, a])
    assert [d["text"] for d in documents(batches)] == ["first"]
    assert [(r["file"], r["reason"]) for r in rejects(batches)] == [
        (str(b), f"duplicate id, first seen at {a}:1")
    ]


def test_truncated_gzip_keeps_records_read_so_far(tmp_path: Path) -> None:
    records = [{"id": str(i), "text": f"document number {i} " * 5} for i in range(3000)]
    full = gzip.compress(jsonl_bytes(records))
    bad = write(tmp_path / "a.jsonl.gz", full[: len(full) // 2])
    after = write(tmp_path / "b.jsonl", jsonl_bytes([{"id": "next", "text": "t"}]))
    batches = read([bad, after], InputConfig(batch_size=1000))
    ids = [d["id"] for d in documents(batches)]
    assert ids[-1] == "next"
    kept = len(ids) - 1
    assert 0 < kept < 3000 and ids[:kept] == [str(i) for i in range(kept)]
    (reject,) = rejects(batches)
    assert reject["file"] == str(bad)
    assert reject["record"] == str(kept + 1)
    assert reject["reason"].startswith("file unreadable after this point: ")


def test_truncated_and_corrupt_zstd(tmp_path: Path) -> None:
    full = zstandard.ZstdCompressor().compress(jsonl_bytes(GOOD))
    cut = write(tmp_path / "cut.jsonl.zst", full[:-4])
    garbage = write(tmp_path / "garbage.jsonl.zst", b"this is not zstd at all\n")
    for path in (cut, garbage):
        (reject,) = rejects(read([path]))
        assert reject["record"] == "1"
        assert reject["reason"].startswith("file unreadable after this point: ")


def test_batch_size_splits_without_mixing_files(tmp_path: Path) -> None:
    a = write(tmp_path / "a.jsonl", jsonl_bytes([{"id": f"a{i}", "text": "t"} for i in range(5)]))
    b = write(tmp_path / "b.jsonl", jsonl_bytes([{"id": f"b{i}", "text": "t"} for i in range(2)]))
    batches = read([a, b], InputConfig(batch_size=2))
    sizes = [(docs.num_rows, set(docs.column("file").to_pylist())) for docs, _ in batches]
    assert sizes == [(2, {str(a)}), (2, {str(a)}), (1, {str(a)}), (2, {str(b)})]


def test_output_does_not_depend_on_argument_order(tmp_path: Path) -> None:
    a = write(tmp_path / "a.jsonl", jsonl_bytes([{"id": "x", "text": "from a"}]))
    b = write(tmp_path / "b.jsonl", jsonl_bytes([{"id": "x", "text": "from b"}]))
    one, two = read([a, b]), read([b, a])
    assert documents(one) == documents(two)
    assert rejects(one) == rejects(two)
    assert documents(one)[0]["text"] == "from a"


# -- Parquet ---------------------------------------------------------------------------


def test_parquet_rows_passthrough_types_and_rejects(tmp_path: Path) -> None:
    table = pa.table(
        {
            "id": pa.array([10, 11, None, 13], pa.int64()),
            "text": ["one", "", "three", "four"],
            "url": ["http://a.com", None, None, None],
            "score": pa.array([0.5, 1.5, 2.5, 3.5], pa.float32()),
            "record": ["r1", "r2", "r3", "r4"],
        }
    )
    path = tmp_path / "in.parquet"
    pq.write_table(table, path, row_group_size=2)
    batches = read([path], InputConfig(batch_size=3))
    check_schemas(batches)
    docs = pa.concat_tables([d for d, _ in batches])
    assert docs.column("id").to_pylist() == ["10", "13"]
    assert docs.column("record").to_pylist() == ["1", "4"]
    assert docs.column("url").to_pylist() == ["http://a.com", None]
    assert docs.column("score").type == pa.float32()
    assert docs.column("score").to_pylist() == [0.5, 3.5]
    assert docs.column("input_record").to_pylist() == ["r1", "r4"]
    assert all(d.num_rows <= 3 for d, _ in batches)
    assert [(r["record"], r["id"], r["reason"]) for r in rejects(batches)] == [
        ("2", "11", "empty text"),
        ("3", None, "missing id"),
    ]


def test_parquet_strings_that_are_not_utf8_reject_their_record(tmp_path: Path) -> None:
    # Parquet does not validate UTF-8: a writer can store any bytes in a string column.
    raw = [b"fine text", b"bad \xff bytes", b"also fine", b"fine"]
    table = pa.table({
        "id": ["a", "b", "c", "d"],
        "text": pa.array(raw, pa.binary()).view(pa.string()),
        "url": pa.array([b"http://a.com", b"http://a.com", b"http://\xc3(", b"http://a.com"],
                        pa.binary()).view(pa.string()),
        "title": pa.array([b"t", b"t", b"t", b"\xe2\x82"], pa.binary()).view(pa.string()),
    })
    path = tmp_path / "in.parquet"
    pq.write_table(table, path)
    batches = read([path])
    check_schemas(batches)
    assert [d["id"] for d in documents(batches)] == ["a"]
    assert [(r["record"], r["id"], r["reason"]) for r in rejects(batches)] == [
        ("2", "b", "column 'text' is not UTF-8 (byte 4)"),
        ("3", "c", "column 'url' is not UTF-8 (byte 7)"),
        ("4", "d", "column 'title' is not UTF-8 (byte 0)"),  # a pass-through column
    ]


def test_parquet_html_only(tmp_path: Path) -> None:
    path = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": ["p"], "html": ["<b>x</b>"]}), path)
    (doc,) = documents(read([path]))
    assert (doc["text"], doc["html"]) == (None, "<b>x</b>")


@pytest.mark.parametrize(
    ("columns", "missing"),
    [({"text": ["t"]}, "'id'"), ({"id": ["1"], "body": ["t"]}, "'text'")],
)
def test_parquet_missing_columns_are_input_errors(
    tmp_path: Path, columns: dict[str, list[str]], missing: str
) -> None:
    path = tmp_path / "in.parquet"
    pq.write_table(pa.table(columns), path)
    with pytest.raises(InputError, match=missing) as info:
        read([path])
    assert str(path) in str(info.value)


def test_unreadable_parquet_is_one_reject(tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.parquet", b"definitely not parquet")
    good = tmp_path / "good.parquet"
    pq.write_table(pa.table({"id": ["g"], "text": ["t"]}), good)
    batches = read([good, bad])
    assert [d["id"] for d in documents(batches)] == ["g"]
    (reject,) = rejects(batches)
    assert (reject["file"], reject["record"]) == (str(bad), "-")
    assert reject["reason"].startswith("cannot read Parquet: ")


# -- WARC ------------------------------------------------------------------------------


def warc_file(path: Path, compress: bool = True) -> Path:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    writer.write_record(writer.create_warcinfo_record("x.warc.gz", {"software": "test"}))

    def response(uri: str, body: bytes, content_type: str | None, record_id: str) -> None:
        headers = [("Content-Type", content_type)] if content_type else []
        http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri,
            "response",
            payload=io.BytesIO(body),
            http_headers=http,
            warc_headers_dict={"WARC-Record-ID": f"<urn:uuid:{record_id}>"},
        )
        writer.write_record(record)

    response("http://news.ex.com/1", b"<html><p>one</p></html>", "text/html", "id-1")
    request = writer.create_warc_record(
        "http://news.ex.com/1", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
    )
    writer.write_record(request)
    response("http://ex.com/img", b"\x89PNG....", "image/png", "id-img")
    response(
        "http://ex.com/2",
        "<p>caf\xe9</p>".encode("latin-1"),
        "text/html; charset=ISO-8859-1",
        "id-2",
    )
    response("http://ex.com/3", b"<!DOCTYPE html><body>three</body>", None, "id-3")
    response("http://ex.com/4", b"plain bytes, no type", None, "id-4")
    response("http://ex.com/5", b"   ", "application/xhtml+xml", "id-5")
    response("http://ex.com/6", b"<p>dup</p>", "text/html", "id-1")
    path.write_bytes(out.getvalue())
    return path


@pytest.mark.parametrize("compress", [True, False])
def test_warc_html_responses_only(tmp_path: Path, compress: bool) -> None:
    path = warc_file(tmp_path / ("in.warc.gz" if compress else "in.warc"), compress)
    batches = read([path])
    check_schemas(batches)
    docs = documents(batches)
    assert [(d["id"], d["record"], d["url"]) for d in docs] == [
        ("urn:uuid:id-1", "urn:uuid:id-1", "http://news.ex.com/1"),
        ("urn:uuid:id-2", "urn:uuid:id-2", "http://ex.com/2"),
        ("urn:uuid:id-3", "urn:uuid:id-3", "http://ex.com/3"),
    ]
    assert [d["html"] for d in docs] == [
        "<html><p>one</p></html>",
        "<p>café</p>",
        "<!DOCTYPE html><body>three</body>",
    ]
    assert all(d["text"] is None for d in docs)
    assert [(r["id"], r["reason"]) for r in rejects(batches)] == [
        ("urn:uuid:id-5", "empty text"),
        ("urn:uuid:id-1", f"duplicate id, first seen at {path}:urn:uuid:id-1"),
    ]


def test_whole_file_gzip_warc(tmp_path: Path) -> None:
    plain = warc_file(tmp_path / "plain.warc", compress=False).read_bytes()
    whole = write(tmp_path / "whole.warc.gz", gzip.compress(plain))
    assert [d["id"] for d in documents(read([whole]))] == [
        "urn:uuid:id-1",
        "urn:uuid:id-2",
        "urn:uuid:id-3",
    ]


@pytest.mark.parametrize("compress", [True, False])
def test_truncated_warc_keeps_complete_records_only(tmp_path: Path, compress: bool) -> None:
    full = warc_file(tmp_path / "full.warc", compress=False).read_bytes()
    cut_inside_id2 = full.index(b"<p>caf") + 5  # inside id-2 (uuids elsewhere may hold "caf")
    data = full[:cut_inside_id2]
    if compress:
        data = gzip.compress(full)[: len(gzip.compress(full)) // 2]
    path = write(tmp_path / ("cut.warc.gz" if compress else "cut.warc"), data)
    batches = read([path])
    docs = documents(batches)
    complete = {d["id"]: d["html"] for d in documents(read([tmp_path / "full.warc"]))}
    assert all(complete[d["id"]] == d["html"] for d in docs)  # nothing half-read
    if not compress:
        assert [d["id"] for d in docs] == ["urn:uuid:id-1"]
    unreadable = [r for r in rejects(batches) if r["reason"].startswith("file unreadable")]
    assert len(unreadable) == 1 and unreadable[0]["file"] == str(path)


def test_warc_garbage_after_records_is_one_reject_at_its_offset(tmp_path: Path) -> None:
    full = warc_file(tmp_path / "full.warc", compress=False).read_bytes()
    path = write(tmp_path / "bad.warc", full + b"this is not a WARC record\r\n\r\n")
    batches = read([path])
    assert len(documents(batches)) == 3
    last = rejects(batches)[-1]
    assert last["record"] == f"offset {len(full)}"
    assert last["reason"].startswith("file unreadable after this point: ")


# -- folders of documents --------------------------------------------------------------


def test_folder_of_html_and_txt(tmp_path: Path) -> None:
    root = tmp_path / "site"
    write(root / "index.html", b"<html><p>home</p></html>")
    write(root / "news" / "2024" / "story.htm", b"<p>story</p>")
    write(root / "news" / "latin.html", b'<meta charset="iso-8859-1"><p>\xe9t\xe9</p>')
    write(root / "notes.txt", b"line one\r\nline two\n")
    write(root / "bad.txt", b"\xff\xfe not utf-8")
    write(root / "blank.txt", b"\n \n")
    batches = read([root])
    check_schemas(batches)
    docs = {d["id"]: d for d in documents(batches)}
    assert sorted(docs) == ["index.html", "news/2024/story.htm", "news/latin.html", "notes.txt"]
    assert docs["notes.txt"]["text"] == "line one\r\nline two\n"
    assert docs["notes.txt"]["html"] is None
    assert docs["news/latin.html"]["html"] == '<meta charset="iso-8859-1"><p>été</p>'
    story = docs["news/2024/story.htm"]
    assert (story["record"], story["url"], story["publisher"]) == (
        "news/2024/story.htm",
        None,
        None,
    )
    assert story["file"] == str(root / "news" / "2024" / "story.htm")
    assert sorted((r["id"], r["reason"]) for r in rejects(batches)) == [
        ("bad.txt", "not UTF-8 text"),
        ("blank.txt", "empty text"),
    ]


def test_mislabelled_utf8_html_stays_utf8(tmp_path: Path) -> None:
    page = '<meta charset="windows-1252"><p>café</p>'
    path = write(tmp_path / "p.html", page.encode("utf-8"))
    (doc,) = documents(read([path]))
    assert doc["html"] == page
    assert doc["id"] == path.as_posix()


def test_lone_surrogate_escapes_become_replacement_characters(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "a", "text": "x \\ud800 y \\ud83d\\ude00", "tag": "\\udc00"}\n')
    docs = documents(read([path]))
    assert docs[0]["text"] == "x \ufffd y \U0001f600"  # a valid pair stays one character
    assert docs[0]["tag"] == "\ufffd"


# -- chunks: framing in order, parsing anywhere ------------------------------------------


def test_folder_pages_are_gathered_into_batches(tmp_path: Path) -> None:
    for i in range(7):
        write(tmp_path / "site" / f"p{i}.html", f"<p>page {i}</p>".encode())
    write(tmp_path / "site" / "z.jsonl", jsonl_bytes([{"id": "j", "text": "t"}]))
    write(tmp_path / "site" / "zz.txt", b"after the jsonl")
    batches = read([tmp_path / "site"], InputConfig(batch_size=3))
    # 7 pages in batches of 3, then the JSONL file, then the page after it on its own.
    assert [docs.column("id").to_pylist() for docs, _ in batches] == [
        ["p0.html", "p1.html", "p2.html"], ["p3.html", "p4.html", "p5.html"], ["p6.html"],
        ["j"], ["zz.txt"],
    ]
    assert batches[0][0].column("file").to_pylist() == [
        str(tmp_path / "site" / f"p{i}.html") for i in range(3)
    ]


def test_deferred_claims_give_what_sequential_reading_gives(tmp_path: Path) -> None:
    """Parse chunks with no knowledge of each other, claim their ids afterwards in order,
    redo a chunk that accepted a taken id: the batches `read_batches` gives."""
    a = write(tmp_path / "a.jsonl", jsonl_bytes(
        [{"id": i % 4, "text": f"a{i}"} for i in range(6)] + ["{bad", ""]))
    b = write(tmp_path / "b.parquet", b"")
    pq.write_table(pa.table({"id": ["1", "9", "9", "2"], "text": ["b0", "b1", "b2", "b3"]}), b)
    c = write(tmp_path / "c.html", b"<p>page</p>")
    cfg = InputConfig(batch_size=3)
    sources = expand_inputs([str(a), str(b), str(c)])
    seen = SeenIds()
    got = []
    for chunk in frame(sources, cfg):
        claims = DeferredIds()
        batch = parse(chunk, cfg, claims)
        taken = seen.claim_all(claims.claimed)
        if taken:
            batch = parse(chunk, cfg, DeferredIds(taken))
        got.append(batch)
    expected = read([a, b, c], cfg)
    assert documents(got) == documents(expected)
    assert rejects(got) == rejects(expected)
    # ids 0 and 1 again in a's second chunk; in b: 1 and 2 from a, 9 twice in one chunk
    assert [d["text"] for d in documents(got)] == ["a0", "a1", "a2", "a3", "b1", None]
    assert [(r["record"], r["reason"]) for r in rejects(got) if r["file"] == str(b)] == [
        ("1", f"duplicate id, first seen at {a}:2"),
        ("3", f"duplicate id, first seen at {b}:2"),
        ("4", f"duplicate id, first seen at {a}:3"),
    ]


def test_jsonl_chunks_are_lines_and_keep_line_numbers(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", jsonl_bytes(
        [{"id": "x", "text": "1"}, "", {"id": "y", "text": "3"}, {"id": "z", "text": "4"}]))
    chunks = list(frame(expand_inputs([str(path)]), InputConfig(batch_size=2)))
    assert [(c.kind, c.first, len(c.data)) for c in chunks] == [("jsonl", 1, 2), ("jsonl", 3, 2)]
    docs, _ = parse(chunks[1], InputConfig(), SeenIds())
    assert docs.column("record").to_pylist() == ["3", "4"]
