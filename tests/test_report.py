"""What a run reports: output schema unification and conforming batches to it."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq

from cleanpipe.engine.report import conform, output_schema
from cleanpipe.schema import BODIES, CLEAN_DOCUMENTS


def bodies(tmp_path, name: str, extra: dict[str, pa.Array]) -> object:
    n = len(next(iter(extra.values())))
    core = {f.name: pa.array(["x"] * n, f.type) for f in BODIES}
    path = tmp_path / name
    pq.write_table(pa.table({**core, **extra}), path)
    return path


def test_passthrough_types_are_unified_across_batches(tmp_path):
    a = bodies(tmp_path, "a.parquet", {"rank": pa.array([1, 2], pa.int32()),
                                       "tag": pa.array(["x", "y"])})
    b = bodies(tmp_path, "b.parquet", {"rank": pa.array([1.5]), "meta": pa.array([{"k": 1}])})
    schema = output_schema([a, b])
    assert schema.names == [*CLEAN_DOCUMENTS.names, "rank", "tag", "meta"]
    assert schema.field("rank").type == pa.float64()


def test_conflicting_types_fall_back_to_text_and_missing_columns_to_null(tmp_path):
    a = bodies(tmp_path, "a.parquet", {"meta": pa.array([{"k": 1}])})
    b = bodies(tmp_path, "b.parquet", {"meta": pa.array(["plain"])})
    schema = output_schema([a, b])
    assert schema.field("meta").type == pa.string()
    clean = CLEAN_DOCUMENTS.empty_table()
    row = {f.name: None for f in CLEAN_DOCUMENTS}
    row.update(id="1", publisher="p", text="t", n_chars_in=1, n_chars_removed=0, removed=[])
    batch = pa.Table.from_pylist([row], schema=CLEAN_DOCUMENTS).append_column(
        "meta", pa.array([{"k": 1}])
    )
    out = conform(batch, schema)
    assert out.column("meta").to_pylist() == ['{"k": 1}']
    assert conform(clean, schema).num_rows == 0
    missing = conform(pa.Table.from_pylist([row], schema=CLEAN_DOCUMENTS), schema)
    assert missing.column("meta").to_pylist() == [None]
