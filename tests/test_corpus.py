"""What the engine keeps between the passes: the detection subset and the band reader."""

from __future__ import annotations

import numpy as np

from cleanpipe.config import Config, DetectConfig
from cleanpipe.engine.corpus import Corpus, bands_reader, may_matter


def test_detection_looks_only_at_lines_that_recur():
    cluster = np.array([5, 7, 5, 9, 11, 12], dtype=np.uint64)
    prefix = np.array([0, 3, 0, 3, 4, 0], dtype=np.uint64)
    # 5 recurs (rows 0, 2); prefix 3 recurs (rows 1, 3); 11's prefix 4 is alone; 12 alone.
    assert may_matter(cluster, prefix, Config()).tolist() == [0, 1, 2, 3]
    # A rule that accepts a single document needs every line.
    one_doc = Config(detect=DetectConfig(min_docs=1))
    assert may_matter(cluster, prefix, one_doc).tolist() == list(range(6))
    # A frame that recurs (rows 4, 5) keeps its lines too.
    frame = np.array([0, 0, 0, 0, 8, 8], dtype=np.uint64)
    assert may_matter(cluster, prefix, Config(), frame).tolist() == list(range(6))


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
