"""What the engine keeps between the passes: the detection subset and the band reader."""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from cleanpipe.config import Config, DetectConfig, RunConfig
from cleanpipe.detect import Occurrences, detect
from cleanpipe.engine import local
from cleanpipe.engine.corpus import Corpus, bands_reader, may_matter
from cleanpipe.read import expand_inputs
from cleanpipe.sample import write_sample

U = np.uint64


def test_detection_looks_only_at_clusters_a_rule_could_accept():
    cfg = DetectConfig(min_docs=3, min_publishers=3, min_share_middle=0.0)
    # Publisher 0 owns docs 0-3, publisher 1 docs 4-5, publisher 2 doc 6.
    doc_publisher = np.array([0, 0, 0, 0, 1, 1, 2], dtype=np.int32)
    doc = np.array([0, 1, 2, 3, 4, 5, 0, 4, 6, 0, 1, 0], dtype=np.int32)
    cluster = np.array([5, 5, 5, 6, 6, 6, 7, 7, 7, 8, 8, 9], dtype=U)
    prefix = np.zeros(len(doc), dtype=U)
    rows = may_matter(cluster, prefix, doc, doc_publisher, cfg).tolist()
    # 5: three docs of publisher 0. 6: three docs but split over two publishers (kept
    # whole for neither rule). 7: three publishers. 8: two docs. 9: alone.
    assert rows == [0, 1, 2, 6, 7, 8]


def test_a_cluster_repeated_within_one_document_does_not_matter():
    cfg = DetectConfig(min_docs=2, min_publishers=5)
    doc_publisher = np.zeros(3, dtype=np.int32)
    doc = np.array([0, 0, 0, 1, 2], dtype=np.int32)
    cluster = np.array([4, 4, 4, 5, 5], dtype=U)
    prefix = np.zeros(5, dtype=U)
    assert may_matter(cluster, prefix, doc, doc_publisher, cfg).tolist() == [3, 4]


def test_prefixes_matter_only_at_the_mid_body_share_of_a_publisher():
    cfg = DetectConfig(min_docs=2, min_publishers=5, min_share_middle=0.5)
    doc_publisher = np.array([0, 0, 0, 0, 1, 1], dtype=np.int32)
    doc = np.arange(6, dtype=np.int32)
    cluster = np.arange(10, 16, dtype=U)  # every line unique
    # Prefix 3 in docs 0, 1 (2 of 4 = the share); prefix 4 in doc 2 and doc 4 (one per
    # publisher); prefix 0 is no prefix.
    prefix = np.array([3, 3, 4, 0, 4, 0], dtype=U)
    assert may_matter(cluster, prefix, doc, doc_publisher, cfg).tolist() == [0, 1]


def test_rules_that_accept_one_document_need_every_line():
    doc = np.array([0, 1], dtype=np.int32)
    one_doc = DetectConfig(min_docs=1)
    assert may_matter(np.array([1, 2], U), np.zeros(2, U), doc, np.zeros(2, np.int32),
                      one_doc).tolist() == [0, 1]


def test_detection_on_the_subset_decides_as_on_every_row(tmp_path):
    """The pre-filter is exact: on a generated corpus, detection over the rows that may
    matter gives the same decisions and cuts as detection over all segments."""
    write_sample(tmp_path / "sample", n_docs=800, seed=11)
    cfg = Config(run=RunConfig(workers=1))
    (tmp_path / "work").mkdir()
    sources = expand_inputs([str(tmp_path / "sample" / "corpus")])
    corpus, _ = local._analyse_pass(sources, tmp_path / "work", cfg, 1)
    segments = corpus.segment_columns()
    local._cluster(corpus, segments, cfg)
    doc_publisher = corpus.doc_publishers()
    everything = Occurrences(
        publisher=doc_publisher[segments["doc"]],
        row=np.arange(len(segments["doc"]), dtype=np.int64),
        **{k: v.copy() for k, v in segments.items()},
    )
    full = detect(everything, np.bincount(doc_publisher), cfg.detect)
    subset = local._detect(segments, doc_publisher, len(corpus.publisher_names), cfg)

    assert len(subset.rows) < len(full.rows)
    rules = set(subset.decisions.column("rule").to_pylist())
    assert {"publisher", "prefix-template"} <= rules
    same = ["publisher", "cluster", "n_docs", "share", "n_publishers", "n_variants",
            "position", "rule"]
    assert subset.decisions.select(same).equals(full.decisions.select(same))
    # Example rows may differ in position, never in row of the run.
    assert subset.decisions.column("example").equals(full.decisions.column("example"))
    cut = lambda d: pa.table({"row": d.rows[d.strip], "cluster": d.cluster[d.strip]})  # noqa: E731
    assert cut(subset).equals(cut(full))


def test_band_reader_reads_one_band_for_all_keys_across_batches(tmp_path):
    distinct = np.array([10, 20, 30, 40], dtype=np.uint64)
    corpus = Corpus()
    # Batch 0 signed keys 10 and 30; batch 1 signed 30 again (same bands) and 40.
    for n, (keys, bands) in enumerate([
        ([10, 30], [[1, 2], [3, 4]]),
        ([30, 40], [[3, 4], [5, 6]]),
    ]):
        path = tmp_path / f"b{n}.npy"
        np.save(path, np.array(bands, dtype=np.uint64))
        corpus.signed_keys.append(np.array(keys, dtype=np.uint64))
        corpus.bands_paths.append(path)
    signed, column = bands_reader(corpus, distinct)
    assert signed.tolist() == [True, False, True, True]
    assert column(0).tolist() == [1, 0, 3, 5]
    assert column(1).tolist() == [2, 0, 4, 6]
