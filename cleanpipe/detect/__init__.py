"""Clusters x publishers -> boilerplate decisions, each with the rule that made it.

Input is one row per segment occurrence (`schema.OCCURRENCES`), sorted by document and
line. A (publisher, cluster) pair is boilerplate when

* rule "publisher": it recurs in at least `min_docs` of the publisher's documents and in
  at least `min_share` of them if it sits at the document edges, `min_share_middle` if it
  sits mid-body; or
* rule "cross-publisher": its cluster sits at the document edges for at least
  `min_publishers` publishers (shared widgets and agency notices), in which case it is
  boilerplate for every publisher it occurs in;

and, either way, its normalised forms are few: at most `max_form_ratio` distinct forms per
document it occurs in. Slots are masked before hashing, so a template keeps one form (a
few with rewordings and edits), while lines that merely resemble each other, such as
formulaic headlines ("Q&A: <topic> and the 5 issues that matter"), differ in their fixed
words from document to document.

"Edges" is what separates templates from legitimate repeats: a publisher's recurring lines
come in blocks attached to the start or the end of the body (headers, footers), while a
quoted statement or a stock sentence that recurs sits between unique paragraphs. An
occurrence is at the head (tail) when every line between it and the start (end) of its
document is itself a candidate, i.e. passes the count rules at the lower `min_share` (at the
head, `head_slack` other lines are allowed: the headline above a byline); a pair's position
is where most of its occurrences are.

A third rule, prefix templates ("Related: <any title>"), is in `detect.prefix`.

Detection only decides; `strip` applies the decisions, so thresholds can change and the
corpus be re-stripped without re-hashing it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from cleanpipe.config import DetectConfig
from cleanpipe.detect.prefix import as_lines, prefix_templates
from cleanpipe.schema import DECISIONS, OCCURRENCES

__all__ = ["DECISIONS", "OCCURRENCES", "Detection", "detect"]


@dataclass(frozen=True)
class Detection:
    decisions: pa.Table  # DECISIONS, sorted by publisher, then n_docs descending, cluster
    strip: np.ndarray  # bool per occurrence: the segment belongs to a boilerplate pair
    cluster: np.ndarray  # uint64 per occurrence: the cluster it is stripped for
    rows: np.ndarray  # int64 per occurrence: its row among all segments of the run


def detect(
    occurrences: pa.Table,
    publisher_docs: np.ndarray,
    cfg: DetectConfig,
    all_docs: np.ndarray | None = None,
) -> Detection:
    """Decide which (publisher, cluster) pairs are boilerplate.

    Args:
        occurrences: an OCCURRENCES table sorted by (doc, index): every segment of the
            run, or only those that can matter (see `all_docs`), with an int64 `row`
            column giving each one's position among all segments (added when absent).
        publisher_docs: number of documents of each publisher code.
        cfg: the thresholds.
        all_docs: when `occurrences` is a subset, the document of every segment of the
            run, in order. Segments left out are lines that recur nowhere: they are
            never boilerplate, but they still break the blocks at the document edges.

    Returns:
        The decisions, and for each occurrence whether to strip it and for which cluster.
    """
    occ = occurrences
    if "row" not in occ.column_names:
        occ = occ.append_column("row", pa.array(np.arange(occ.num_rows, dtype=np.int64)))
    rows = occ.column("row").to_numpy()
    if all_docs is None:
        all_docs = occ.column("doc").to_numpy()
    pairs = occ.group_by(["publisher", "cluster"], use_threads=False).aggregate(
        [("doc", "count_distinct"), ("raw_key", "count_distinct"), ("key", "count_distinct"),
         ("n_words", "mean")]
    )
    pairs = pairs.rename_columns(
        ["publisher", "cluster", "n_docs", "n_variants", "n_forms", "n_words"]
    )
    n_docs = pairs.column("n_docs").to_numpy()
    share = n_docs / publisher_docs[pairs.column("publisher").to_numpy()]
    spread = pairs.group_by("cluster", use_threads=False).aggregate([("publisher", "count")])
    spread = spread.rename_columns(["cluster", "n_publishers"])
    pairs = pairs.append_column("share", pa.array(share)).join(spread, "cluster")
    n_publishers = pairs.column("n_publishers").to_numpy()
    n_docs = pairs.column("n_docs").to_numpy()  # the join reordered the rows
    share = pairs.column("share").to_numpy()
    spread_wide = (n_publishers >= cfg.min_publishers) & (
        pairs.column("n_words").to_numpy() >= cfg.min_words_cross_publisher
    )
    # A template keeps its normalised form; lines that merely resemble each other
    # (formulaic headlines) show a new form in nearly every document.
    stable = pairs.column("n_forms").to_numpy() <= np.maximum(1, cfg.max_form_ratio * n_docs)
    candidate = stable & (((n_docs >= cfg.min_docs) & (share >= cfg.min_share)) | spread_wide)
    pairs = pairs.append_column("stable", pa.array(stable))
    pairs = pairs.append_column("spread_wide", pa.array(spread_wide))
    pairs = pairs.append_column("candidate", pa.array(candidate))

    occ = _attach(occ, pairs, ["candidate"])
    candidate_all = np.zeros(len(all_docs), dtype=bool)
    candidate_all[rows] = occ.column("candidate").to_numpy(zero_copy_only=False)
    head_all, tail_all = _edges(all_docs, candidate_all, cfg.head_slack)
    head, tail = head_all[rows], tail_all[rows]
    occ = occ.append_column("head", pa.array(head)).append_column("tail", pa.array(tail))
    occ = occ.append_column("edge", pa.array(head | tail))

    pairs = pairs.join(_position(occ, ["publisher", "cluster"]), ["publisher", "cluster"])
    cluster_pos = _position(occ, ["cluster"]).rename_columns(
        ["cluster", "cluster_edge", "cluster_position"]
    )
    pairs = pairs.join(cluster_pos, "cluster")

    # Joins reorder rows: read the columns again.
    at_edge = pairs.column("edge").to_numpy()
    n_docs = pairs.column("n_docs").to_numpy()
    share = pairs.column("share").to_numpy()
    n_publishers = pairs.column("n_publishers").to_numpy()
    stable = pairs.column("stable").to_numpy()
    by_publisher = stable & (n_docs >= cfg.min_docs) & (
        share >= np.where(at_edge, cfg.min_share, cfg.min_share_middle)
    )
    by_spread = stable & pairs.column("spread_wide").to_numpy() & pairs.column(
        "cluster_edge"
    ).to_numpy()
    keep = by_publisher | by_spread
    rule = np.where(by_publisher, "publisher", "cross-publisher")
    pairs = pairs.append_column("rule", pa.array(rule)).filter(pa.array(keep))

    pairs = pairs.join(_examples(occ), ["publisher", "cluster"])
    decisions = pairs.select([f.name for f in DECISIONS]).cast(DECISIONS)
    marked = _attach(occ, decisions.append_column(
        "strip", pa.array(np.ones(decisions.num_rows, dtype=bool))
    ), ["strip"])
    strip = marked.column("strip").to_numpy(zero_copy_only=False)

    templates, by_prefix = prefix_templates(occ, strip, publisher_docs, cfg)
    templates = templates.join(_examples(as_lines(occ, by_prefix)), ["publisher", "cluster"])
    decisions = pa.concat_tables(
        [decisions, templates.select([f.name for f in DECISIONS]).cast(DECISIONS)]
    ).sort_by([("publisher", "ascending"), ("n_docs", "descending"), ("cluster", "ascending")])
    cluster = np.where(by_prefix, occ.column("prefix").to_numpy(), occ.column("cluster").to_numpy())
    return Detection(decisions=decisions, strip=strip | by_prefix, cluster=cluster, rows=rows)


def _attach(occ: pa.Table, pairs: pa.Table, columns: list[str]) -> pa.Table:
    """Left-join pair columns onto occurrences, keeping the occurrences' row order."""
    joined = occ.join(
        pairs.select(["publisher", "cluster", *columns]), ["publisher", "cluster"],
        use_threads=False,
    )
    joined = joined.sort_by("row")
    for name in columns:
        joined = joined.set_column(
            joined.schema.get_field_index(name), name, joined.column(name).fill_null(False)
        )
    return joined


def _edges(
    doc: np.ndarray, candidate: np.ndarray, head_slack: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """Per occurrence, whether it belongs to its document's head block or tail block.

    The tail block is the run of candidates that ends the document. The head block is the
    first run of candidates, if at most `head_slack` other lines stand above it.
    """
    other = (~candidate).astype(np.int64)
    n = len(doc)
    if n == 0:
        return np.zeros(0, dtype=bool), np.zeros(0, dtype=bool)
    first = np.flatnonzero(np.r_[True, doc[1:] != doc[:-1]])
    run = np.repeat(np.arange(len(first)), np.diff(np.r_[first, n]))
    inclusive = np.cumsum(other)
    before_doc = (inclusive - other)[first][run]
    up_to_here = inclusive - before_doc  # other lines from the start, this one included
    doc_total = np.add.reduceat(other, first)[run]
    # Other lines above the document's first candidate (n: the document has none).
    first_candidate = np.minimum.reduceat(np.where(candidate, np.arange(n), n), first)[run]
    above_block = up_to_here[np.minimum(first_candidate, n - 1)]
    head = candidate & (up_to_here == above_block) & (above_block <= head_slack)
    tail = candidate & (doc_total - up_to_here == 0)
    return head, tail


def _position(occ: pa.Table, keys: list[str]) -> pa.Table:
    """Whether most occurrences of each group sit at an edge, and which one."""
    stats = occ.group_by(keys, use_threads=False).aggregate(
        [("edge", "mean"), ("head", "sum"), ("tail", "sum")]
    )
    edge = stats.column("edge_mean").to_numpy() >= 0.5
    head = stats.column("head_sum").to_numpy()
    tail = stats.column("tail_sum").to_numpy()
    position = np.where(~edge, "middle", np.where(head >= tail, "head", "tail"))
    return stats.select(keys).append_column("edge", pa.array(edge)).append_column(
        "position", pa.array(position)
    )


def _examples(occ: pa.Table) -> pa.Table:
    """Per pair: the first occurrence of its most frequent written variant."""
    variants = occ.group_by(["publisher", "cluster", "raw_key"], use_threads=False).aggregate(
        [("row", "count"), ("row", "min")]
    )
    variants = variants.sort_by(
        [("publisher", "ascending"), ("cluster", "ascending"), ("row_count", "descending"),
         ("raw_key", "ascending")]
    )
    pub = variants.column("publisher").to_numpy()
    clu = variants.column("cluster").to_numpy()
    first = np.ones(len(pub), dtype=bool)
    first[1:] = (pub[1:] != pub[:-1]) | (clu[1:] != clu[:-1])
    best = variants.filter(pa.array(first))
    return pa.table(
        {
            "publisher": best.column("publisher"),
            "cluster": best.column("cluster"),
            "example": pc.cast(best.column("row_min"), pa.int64()),
        }
    )
