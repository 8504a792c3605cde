import numpy as np

from cleanpipe.group import cluster_ids


def test_band_collisions_merge_transitively_and_id_is_smallest_key():
    keys = np.array([50, 10, 30, 40], dtype=np.uint64)
    bands = np.array([[1, 2], [1, 9], [8, 9], [5, 6]], dtype=np.uint64)
    out = cluster_ids(keys, bands, np.ones(4, dtype=bool))
    # 50~10 via band 0, 10~30 via band 1: one cluster named by its smallest key.
    assert out.tolist() == [10, 10, 10, 40]


def test_unsigned_segments_stay_alone_even_with_equal_bands():
    keys = np.array([1, 2, 3], dtype=np.uint64)
    bands = np.zeros((3, 4), dtype=np.uint64)
    out = cluster_ids(keys, bands, np.array([True, False, False]))
    assert out.tolist() == [1, 2, 3]


def test_result_does_not_depend_on_row_order():
    rng = np.random.default_rng(0)
    keys = rng.choice(10_000, 300, replace=False).astype(np.uint64)
    bands = rng.integers(0, 40, size=(300, 3)).astype(np.uint64)
    signed = rng.random(300) > 0.2
    out = cluster_ids(keys, bands, signed)
    perm = rng.permutation(300)
    out_perm = cluster_ids(keys[perm], bands[perm], signed[perm])
    assert np.array_equal(out[perm], out_perm)


def test_empty():
    assert len(cluster_ids(np.zeros(0, np.uint64), np.zeros((0, 2), np.uint64),
                           np.zeros(0, bool))) == 0
