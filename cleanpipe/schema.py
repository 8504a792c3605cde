"""Arrow schemas of every table handed between stages.

Read top to bottom, this module is the data flow:

    read     sources          -> DOCUMENTS (+ pass-through columns), REJECTS
    extract  DOCUMENTS        -> BODIES (+ pass-through columns), REJECTS
    segment  BODIES           -> SEGMENTS          one row per line of a body
    sign     SEGMENTS         -> band keys         MinHash band keys per distinct segment
    group    band keys        -> cluster ids       near-duplicate segments share a cluster
    detect   OCCURRENCES      -> DECISIONS         (publisher, cluster) pairs to strip, and why
             DECISIONS        -> BOILERPLATE       the same, for people (OUT/boilerplate.parquet)
    strip    BODIES + flags   -> CLEAN_DOCUMENTS   clean text and the spans cut out of it
    write    CLEAN_DOCUMENTS, BOILERPLATE, REJECTS -> OUT/

Pass-through columns (fields of an input record that cleanpipe does not consume) ride
along DOCUMENTS and BODIES unchanged and land in CLEAN_DOCUMENTS after the core columns.
"""

from __future__ import annotations

import pyarrow as pa

# Columns a reader fills. `text` or `html` is set (the other is null); `publisher` is the
# record's own publisher field (null when absent) until `read.publisher.assign_publishers`
# resolves it. `file` and `record` locate the record for error messages and rejects:
# `record` is a 1-based line number (JSONL), row number (Parquet), WARC record id, or the
# path relative to the folder.
DOCUMENTS = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("url", pa.string()),
        pa.field("publisher", pa.string()),
        pa.field("text", pa.string()),
        pa.field("html", pa.string()),
        pa.field("file", pa.string(), nullable=False),
        pa.field("record", pa.string(), nullable=False),
    ]
)

# After extraction: `text` is the body every offset refers to (the input text as given,
# or trafilatura's output for HTML), and `publisher` is resolved (never null).
BODIES = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("url", pa.string()),
        pa.field("publisher", pa.string(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("file", pa.string(), nullable=False),
        pa.field("record", pa.string(), nullable=False),
    ]
)

# One row per segment (a non-blank line of a body, stripped of surrounding white space).
# `doc` is the row of the body in its BODIES batch; `start`/`end` are character offsets
# into that body's text. `key` hashes the normalised text (exact near-duplicates share it),
# `raw_key` the text as written (distinct variants), `prefix` its label prefix ("Related:";
# 0 when it has none), `frame` its first and last normalised words (0 for short lines).
SEGMENTS = pa.schema(
    [
        pa.field("doc", pa.int32(), nullable=False),
        pa.field("index", pa.int32(), nullable=False),
        pa.field("start", pa.int32(), nullable=False),
        pa.field("end", pa.int32(), nullable=False),
        pa.field("key", pa.uint64(), nullable=False),
        pa.field("raw_key", pa.uint64(), nullable=False),
        pa.field("prefix", pa.uint64(), nullable=False),
        pa.field("frame", pa.uint64(), nullable=False),
        pa.field("n_words", pa.int32(), nullable=False),
        pa.field("names_site", pa.bool_(), nullable=False),
        pa.field("normalized", pa.string(), nullable=False),
    ]
)


# sign and group hand numpy arrays rather than tables: per batch, the distinct keys of
# its MinHashed segments and their band keys, a (keys x bands) uint64 matrix spilled as
# .npy (`engine.tasks.analyse`); then one cluster id (uint64, the smallest member key) per
# distinct segment key (`group.cluster_ids`).


# One row per segment occurrence, sorted by (doc, index). `publisher` is a dense code into
# the run's publisher list; `doc` is the document's ordinal in the run.
OCCURRENCES = pa.schema(
    [
        pa.field("doc", pa.int64(), nullable=False),
        pa.field("index", pa.int32(), nullable=False),
        pa.field("publisher", pa.int32(), nullable=False),
        pa.field("cluster", pa.uint64(), nullable=False),
        pa.field("key", pa.uint64(), nullable=False),
        pa.field("raw_key", pa.uint64(), nullable=False),
        pa.field("prefix", pa.uint64(), nullable=False),
        pa.field("frame", pa.uint64(), nullable=False),
        pa.field("n_words", pa.int32(), nullable=False),
        # The line names its own publisher (`segment.names_site`); null reads as false.
        pa.field("names_site", pa.bool_()),
    ]
)

# Decisions: one row per boilerplate (publisher, cluster). `example` is the row (in the
# occurrences table) of the first occurrence of the most frequent written variant.
DECISIONS = pa.schema(
    [
        pa.field("publisher", pa.int32(), nullable=False),
        pa.field("cluster", pa.uint64(), nullable=False),
        pa.field("n_docs", pa.int64(), nullable=False),
        pa.field("share", pa.float64(), nullable=False),
        pa.field("n_publishers", pa.int32(), nullable=False),
        pa.field("n_variants", pa.int32(), nullable=False),
        pa.field("position", pa.string(), nullable=False),
        pa.field("rule", pa.string(), nullable=False),
        pa.field("example", pa.int64(), nullable=False),
    ]
)

# OUT/boilerplate.parquet: one row per (publisher, boilerplate cluster).
BOILERPLATE = pa.schema(
    [
        pa.field("publisher", pa.string(), nullable=False),
        pa.field("cluster", pa.string(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("n_variants", pa.int32(), nullable=False),
        pa.field("n_docs", pa.int64(), nullable=False),
        pa.field("share", pa.float64(), nullable=False),
        pa.field("n_publishers", pa.int32(), nullable=False),
        pa.field("position", pa.string(), nullable=False),
        pa.field("rule", pa.string(), nullable=False),
    ]
)

REMOVED_SPAN = pa.struct(
    [
        pa.field("start", pa.int32(), nullable=False),
        pa.field("end", pa.int32(), nullable=False),
        pa.field("cluster", pa.string(), nullable=False),
    ]
)

# OUT/docs/part-*.parquet core columns; pass-through columns follow.
CLEAN_DOCUMENTS = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("url", pa.string()),
        pa.field("publisher", pa.string(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("n_chars_in", pa.int64(), nullable=False),
        pa.field("n_chars_removed", pa.int64(), nullable=False),
        pa.field("removed", pa.list_(REMOVED_SPAN), nullable=False),
    ]
)

# OUT/rejects.parquet: records that could not be read or extracted.
REJECTS = pa.schema(
    [
        pa.field("file", pa.string(), nullable=False),
        pa.field("record", pa.string(), nullable=False),
        pa.field("id", pa.string()),
        pa.field("stage", pa.string(), nullable=False),
        pa.field("reason", pa.string(), nullable=False),
    ]
)

CORE_COLUMNS = frozenset(DOCUMENTS.names) | frozenset(CLEAN_DOCUMENTS.names)


def passthrough_names(table: pa.Table) -> list[str]:
    """Columns of a DOCUMENTS/BODIES table that are not cleanpipe's own."""
    return [name for name in table.column_names if name not in CORE_COLUMNS]


def rejects_table(rows: list[dict[str, str | None]]) -> pa.Table:
    """Build a REJECTS table from dicts with keys file, record, id, stage, reason."""
    return pa.Table.from_pylist(rows, schema=REJECTS)
