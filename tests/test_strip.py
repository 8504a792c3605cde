import pyarrow as pa

from cleanpipe.schema import BODIES, CLEAN_DOCUMENTS
from cleanpipe.segment import split_lines
from cleanpipe.strip import apply_spans, cut_spans, strip

TEXT = "Head\n\nBody one\n\nAd\n\nBody two\n\nFoot one\n\nFoot two\n"


def spans_for(text: str, flags: list[str | None]):
    lines = split_lines(text)
    return cut_spans(text, [s for s, _ in lines], [e for _, e in lines], flags)


def test_cuts_leave_no_blank_lines_and_undo_exactly():
    flags = ["h", None, "a", None, "f", "f"]
    spans = spans_for(TEXT, flags)
    assert apply_spans(TEXT, spans) == "Body one\n\nBody two\n"
    # Every span is a boilerplate line plus separators; together with the kept text they
    # tile the body.
    kept = apply_spans(TEXT, spans)
    assert len(kept) + sum(e - s for s, e, _ in spans) == len(TEXT)
    assert [TEXT[s:e].strip() for s, e, _ in spans] == ["Head", "Ad", "Foot one", "Foot two"]


def test_nothing_flagged_changes_nothing():
    assert spans_for(TEXT, [None] * 6) == []


def test_everything_flagged_gives_empty_text():
    spans = spans_for(TEXT, ["x"] * 6)
    assert apply_spans(TEXT, spans) == ""
    assert spans[0][0] == 0 and spans[-1][1] == len(TEXT)


def test_strip_table_keeps_passthrough_and_counts():
    bodies = pa.table(
        {"id": ["a", "b"], "url": [None, "http://x.com"], "publisher": ["p", "p"],
         "text": ["Keep me\nDrop me", "Only"], "file": ["f", "f"], "record": ["1", "2"],
         "lang": ["en", "fr"]},
        schema=BODIES.append(pa.field("lang", pa.string())),
    )
    segments = pa.table({"doc": pa.array([0, 0, 1], pa.int32()), "start": [0, 8, 0],
                         "end": [7, 15, 4], "cluster": ["", "00ff", None]})
    segments = segments.set_column(3, "cluster", pa.array([None, "00ff", None], pa.string()))
    out = strip(bodies, segments)
    assert out.schema.names == [*CLEAN_DOCUMENTS.names, "lang"]
    rows = out.to_pylist()
    assert rows[0]["text"] == "Keep me"
    assert rows[0]["n_chars_in"] == 15 and rows[0]["n_chars_removed"] == 8
    assert rows[0]["removed"] == [{"start": 7, "end": 15, "cluster": "00ff"}]
    assert rows[1]["text"] == "Only" and rows[1]["removed"] == [] and rows[1]["lang"] == "fr"
