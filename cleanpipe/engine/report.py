"""What a run reports: the boilerplate table, the output schema and stats.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from cleanpipe.schema import BODIES, BOILERPLATE, CLEAN_DOCUMENTS
from cleanpipe.strip import STRIP_RULES


def boilerplate_table(
    decisions: pa.Table,
    publisher_names: list[str],
    example_texts: dict[int, str],
    extra: pa.Table | None = None,
) -> pa.Table:
    """DECISIONS (publisher codes, numeric clusters) -> OUT/boilerplate.parquet rows, with
    the `extra` BOILERPLATE rows (`strip_rule_rows`), sorted by publisher name, then
    documents containing the cluster (most first)."""
    names = np.array(publisher_names, dtype=object)
    codes = decisions.column("publisher").to_numpy()
    table = pa.table(
        {
            "publisher": pa.array(names[codes] if len(codes) else [], pa.string()),
            "cluster": pa.array([f"{c:016x}" for c in decisions.column("cluster").to_pylist()]),
            "text": pa.array(
                [example_texts[r] for r in decisions.column("example").to_pylist()], pa.string()
            ),
            "n_variants": decisions.column("n_variants"),
            "n_docs": decisions.column("n_docs"),
            "share": decisions.column("share"),
            "n_publishers": decisions.column("n_publishers"),
            "position": decisions.column("position"),
            "rule": decisions.column("rule"),
        }
    ).cast(BOILERPLATE)
    if extra is not None:
        table = pa.concat_tables([table, extra])
    return table.sort_by(
        [("publisher", "ascending"), ("n_docs", "descending"), ("cluster", "ascending")]
    )


def strip_rule_rows(
    cut: dict[str, dict[str, tuple[int, int, str]]],
    publisher_names: list[str],
    doc_publisher: np.ndarray,
) -> pa.Table:
    """BOILERPLATE rows for what the strip-time rules cut (`cut`: per rule of
    `STRIP_RULES`, per publisher, documents, lines and the first line): one per publisher
    and rule ("footer-block": `strip.footer_block`; "pictograph-line":
    `strip.pictograph_lines`), the rule's cluster, its first line as the text and the
    number of lines cut as `n_variants` (each such line is its own: it recurs nowhere)."""
    counts = np.bincount(doc_publisher, minlength=len(publisher_names)).tolist()
    docs = dict(zip(publisher_names, counts, strict=True))
    rows = [(rule, name, found[name]) for rule, found in cut.items() for name in sorted(found)]
    return pa.table(
        {
            "publisher": [name for _, name, _ in rows],
            "cluster": [f"{STRIP_RULES[rule][0]:016x}" for rule, _, _ in rows],
            "text": [c[2] for _, _, c in rows],
            "n_variants": [c[1] for _, _, c in rows],
            "n_docs": [c[0] for _, _, c in rows],
            "share": [c[0] / docs[name] for _, name, c in rows],
            "n_publishers": [len(cut[rule]) for rule, _, _ in rows],
            "position": [STRIP_RULES[rule][1] for rule, _, _ in rows],
            "rule": [rule for rule, _, _ in rows],
        },
        schema=BOILERPLATE,
    )


def output_schema(bodies_paths: list[Path]) -> pa.Schema:
    """CLEAN_DOCUMENTS followed by the pass-through columns of every batch, with types
    unified across batches; a column whose types cannot be unified becomes a string."""
    extra: dict[str, list[pa.DataType]] = {}
    for path in bodies_paths:
        for f in pq.read_schema(path):
            if f.name not in BODIES.names:
                extra.setdefault(f.name, []).append(f.type)
    fields = list(CLEAN_DOCUMENTS)
    for name, types in extra.items():
        try:
            unified = pa.unify_schemas(
                [pa.schema([pa.field(name, t)]) for t in types], promote_options="permissive"
            )
            fields.append(pa.field(name, unified.field(name).type))
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            fields.append(pa.field(name, pa.string()))
    return pa.schema(fields)


def conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """Cast a clean batch to the output schema; columns missing from the batch become
    null, values that cannot be cast are written as JSON text."""
    columns = []
    for f in schema:
        if f.name not in table.column_names:
            columns.append(pa.nulls(table.num_rows, f.type))
            continue
        column = table.column(f.name)
        try:
            columns.append(column.cast(f.type))
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError):
            values = [None if v is None else json.dumps(v, ensure_ascii=False, sort_keys=True,
                                                        default=str)
                      for v in column.to_pylist()]
            columns.append(pa.array(values, f.type))
    return pa.Table.from_arrays(columns, schema=schema)


def stats(
    *,
    publisher_names: list[str],
    doc_publisher: np.ndarray,
    doc_chars: np.ndarray,
    chars_removed: np.ndarray,
    rejects: pa.Table,
    segment_counts: dict[str, int],
    boilerplate: pa.Table,
    stage_seconds: dict[str, float],
    wall_seconds: dict[str, float],
    extra: dict[str, Any],
) -> dict[str, Any]:
    n_pub = len(publisher_names)
    docs = np.bincount(doc_publisher, minlength=n_pub)
    chars_in = np.bincount(doc_publisher, weights=doc_chars, minlength=n_pub)
    removed = np.bincount(doc_publisher, weights=chars_removed, minlength=n_pub)
    clusters = dict.fromkeys(publisher_names, 0)
    for name in boilerplate.column("publisher").to_pylist():
        clusters[name] += 1
    publishers = {
        name: {
            "documents": int(docs[i]),
            "chars_in": int(chars_in[i]),
            "chars_removed": int(removed[i]),
            "removal_rate": round(float(removed[i] / chars_in[i]), 6) if chars_in[i] else 0.0,
            "boilerplate_clusters": clusters[name],
        }
        for i, name in sorted(enumerate(publisher_names), key=lambda x: x[1])
    }
    by_stage: dict[str, int] = {}
    for stage in rejects.column("stage").to_pylist():
        by_stage[stage] = by_stage.get(stage, 0) + 1
    total_in = int(doc_chars.sum())
    total_removed = int(chars_removed.sum())
    return {
        "documents": {
            "in": int(len(doc_publisher) + rejects.num_rows),
            "out": int(len(doc_publisher)),
            "rejected": int(rejects.num_rows),
            "rejected_by_stage": by_stage,
        },
        "segments": segment_counts,
        "boilerplate_clusters": int(boilerplate.num_rows),
        "chars": {
            "in": total_in,
            "removed": total_removed,
            "removal_rate": round(total_removed / total_in, 6) if total_in else 0.0,
        },
        "publishers": publishers,
        "seconds": {
            "stages": {k: round(v, 3) for k, v in sorted(stage_seconds.items())},
            "wall": {k: round(v, 3) for k, v in wall_seconds.items()},
        },
        **extra,
    }
