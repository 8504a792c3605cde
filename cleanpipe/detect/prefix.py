"""Prefix templates: recurring line labels whose variable part outweighs the fixed one.

"Related: <any title>", "Read more: <any title>", "Photo: <agency> / <name>": each line is
nearly all slot, so neither MinHash nor masking groups them, yet the label recurs across a
publisher's pages. A label (`segment.prefix_key`) is a prefix template for a publisher when,
among lines not already stripped,

* it starts lines in at least `min_docs` documents and `min_share_middle` of the
  publisher's documents (the mid-body bar: these inserts sit among paragraphs);
* it starts at most `prefix_max_per_doc` lines per document on average: an interview's
  "Q:" lines, which are content, recur many times in each document;
* most of its lines are not at the top of their document (within the first
  `head_slack + 1` lines, or in the head block): headline formulas ("Analysis: <title>")
  live there, and they are content.

Lines at the top are never stripped by this rule.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from cleanpipe.config import DetectConfig

RULE = "prefix-template"


def prefix_templates(
    occ: pa.Table, stripped: np.ndarray, publisher_docs: np.ndarray, cfg: DetectConfig
) -> tuple[pa.Table, np.ndarray]:
    """Decisions for prefix templates and the occurrences they strip.

    Args:
        occ: occurrences with columns row, doc, index, publisher, prefix, key, raw_key,
            head, tail (the head/tail blocks of the main detection).
        stripped: occurrences already stripped by the main rules.
        publisher_docs: documents per publisher code.
        cfg: the thresholds.

    Returns:
        (pairs, strip): one row per (publisher, prefix) template with columns publisher,
        cluster (the prefix key), n_docs, share, n_publishers, n_variants, position, rule;
        and the occurrences it strips.
    """
    prefix = occ.column("prefix").to_numpy()
    top = (occ.column("index").to_numpy() <= cfg.head_slack) | occ.column("head").to_numpy()
    eligible = (prefix != 0) & ~stripped
    lines = occ.append_column("top", pa.array(top)).filter(pa.array(eligible))
    if lines.num_rows == 0:
        return _empty(), np.zeros(occ.num_rows, dtype=bool)
    lines = lines.drop_columns(["cluster"])
    lines = lines.set_column(lines.schema.get_field_index("prefix"), "cluster",
                             lines.column("prefix"))
    pairs = lines.group_by(["publisher", "cluster"], use_threads=False).aggregate(
        [("doc", "count_distinct"), ("row", "count"), ("top", "sum"), ("tail", "sum"),
         ("raw_key", "count_distinct")]
    )
    pairs = pairs.rename_columns(
        ["publisher", "cluster", "n_docs", "n_lines", "n_top", "n_tail", "n_variants"]
    )
    n_docs = pairs.column("n_docs").to_numpy()
    n_lines = pairs.column("n_lines").to_numpy()
    share = n_docs / publisher_docs[pairs.column("publisher").to_numpy()]
    keep = (
        (n_docs >= cfg.min_docs)
        & (share >= cfg.min_share_middle)
        & (n_lines <= cfg.prefix_max_per_doc * n_docs)
        & (pairs.column("n_top").to_numpy() * 2 < n_lines)
    )
    spread = pairs.group_by("cluster", use_threads=False).aggregate([("publisher", "count")])
    pairs = pairs.append_column("share", pa.array(share)).filter(pa.array(keep))
    pairs = pairs.join(spread.rename_columns(["cluster", "n_publishers"]), "cluster")
    tail = pairs.column("n_tail").to_numpy() * 2 >= pairs.column("n_lines").to_numpy()
    pairs = pairs.append_column("position", pa.array(np.where(tail, "tail", "middle")))
    pairs = pairs.append_column("rule", pa.array([RULE] * pairs.num_rows, pa.string()))

    chosen = pairs.select(["publisher", "cluster"]).append_column(
        "chosen", pa.array(np.ones(pairs.num_rows, dtype=bool))
    )
    marked = lines.join(chosen, ["publisher", "cluster"], use_threads=False).sort_by("row")
    hit = marked.column("chosen").fill_null(False).to_numpy(zero_copy_only=False)
    rows = marked.column("row").to_numpy()[hit & ~marked.column("top").to_numpy()]
    strip = np.zeros(occ.num_rows, dtype=bool)
    strip[np.searchsorted(occ.column("row").to_numpy(), rows)] = True
    return pairs, strip


def _empty() -> pa.Table:
    return pa.table(
        {
            "publisher": pa.array([], pa.int32()),
            "cluster": pa.array([], pa.uint64()),
            "n_docs": pa.array([], pa.int64()),
            "share": pa.array([], pa.float64()),
            "n_publishers": pa.array([], pa.int64()),
            "n_variants": pa.array([], pa.int64()),
            "position": pa.array([], pa.string()),
            "rule": pa.array([], pa.string()),
        }
    )


def as_lines(occ: pa.Table, strip: np.ndarray) -> pa.Table:
    """The stripped occurrences, with their prefix as cluster (for examples)."""
    lines = occ.filter(pa.array(strip))
    return lines.set_column(lines.schema.get_field_index("cluster"), "cluster",
                            lines.column("prefix"))
