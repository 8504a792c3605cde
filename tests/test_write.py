"""The output folder's writers: atomic placement and part files."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from cleanpipe import write
from cleanpipe.errors import OutputError


def test_part_writer_rolls_parts_at_the_row_limit(tmp_path):
    schema = pa.schema([pa.field("id", pa.string())])
    parts = write.PartWriter(tmp_path / "docs", schema, rows_per_part=4)
    for start in (0, 3, 6):
        parts.write(pa.table({"id": [str(i) for i in range(start, start + 3)]}, schema=schema))
    parts.close()
    files = sorted((tmp_path / "docs").iterdir())
    assert [f.name for f in files] == ["part-00000.parquet", "part-00001.parquet",
                                       "part-00002.parquet"]
    assert [pq.read_metadata(f).num_rows for f in files] == [4, 4, 1]
    ids = pq.read_table(tmp_path / "docs").column("id").to_pylist()
    assert ids == [str(i) for i in range(9)]
    assert pq.read_metadata(files[0]).row_group(0).column(0).compression == "ZSTD"


def test_empty_corpus_still_gets_a_part_with_the_schema(tmp_path):
    schema = pa.schema([pa.field("id", pa.string()), pa.field("n", pa.int64())])
    parts = write.PartWriter(tmp_path / "docs", schema, rows_per_part=10)
    parts.close()
    assert pq.read_table(tmp_path / "docs").schema == schema


def test_prepare_commit_replaces_only_when_complete(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.txt").write_text("old")
    with pytest.raises(OutputError, match="not empty"):
        write.prepare(out, overwrite=False)
    tmp = write.prepare(out, overwrite=True)
    assert (out / "old.txt").exists()  # nothing touched until commit
    (tmp / "stats.json").write_text("{}")
    write.commit(tmp, out)
    assert sorted(p.name for p in out.iterdir()) == ["stats.json"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_prepare_refuses_a_file(tmp_path):
    (tmp_path / "out").write_text("x")
    with pytest.raises(OutputError, match="not a folder"):
        write.prepare(tmp_path / "out", overwrite=True)
