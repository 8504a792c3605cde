import random

import numpy as np
import pyarrow as pa
from datasketch import MinHash

from cleanpipe.config import SegmentConfig, SignConfig
from cleanpipe.sign import band_keys, distinct_words, shingle_hashes, sign, signable
from cleanpipe.sign.minhash import SCHEME, min_hash, permutations, signatures


def test_signatures_equal_datasketch_bit_for_bit():
    rng = random.Random(7)
    sets = [[f"w{rng.randrange(500)} w{rng.randrange(500)}".encode() for _ in range(n)]
            for n in (1, 2, 5, 40, 300)]
    sets.append([])
    ours = signatures(sets, 128, 1)
    for row, shingle_set in enumerate(sets):
        reference = MinHash(num_perm=128, seed=1, scheme=SCHEME)
        reference.update_batch(shingle_set)
        assert np.array_equal(ours[row], reference.hashvalues), row


def test_permutations_are_datasketchs_own():
    # drawn without importing datasketch; any change in its draw must show here
    for num_perm, seed in [(128, 1), (64, 3), (256, 0)]:
        a, b = MinHash(num_perm=num_perm, seed=seed, scheme=SCHEME).permutations
        ours = permutations(num_perm, seed)
        assert ours[0].dtype == ours[1].dtype == np.uint32
        assert np.array_equal(ours[0], a) and np.array_equal(ours[1], b)


def test_signatures_across_chunk_boundary():
    big = [str(i).encode() for i in range(70_000)]  # more than one numpy chunk
    reference = MinHash(num_perm=64, seed=3, scheme=SCHEME)
    reference.update_batch(big)
    assert np.array_equal(signatures([big[:10], big], 64, 3)[1], reference.hashvalues)


def test_shingles_are_word_pairs_and_short_segments_one_shingle():
    hashes, owner = shingle_hashes(pa.array(["a b c", "solo", "b c a b"]), 2)
    assert owner.tolist() == [0, 0, 1, 2, 2, 2]
    # "b c" is the same shingle wherever it stands; "a b" twice in segment 2.
    assert hashes[1] == hashes[3] and hashes[0] == hashes[5] and hashes[0] != hashes[1]


def _pair(rng: random.Random, n: int, shared: int) -> tuple[list[str], list[str]]:
    """Two word sequences whose 2-shingle sets have a known Jaccard similarity: distinct
    words throughout, so every shingle is unique to its position."""
    common = [f"c{rng.random()}" for _ in range(shared + 1)]
    left = common + [f"l{rng.random()}" for _ in range(n - shared - 1)]
    right = common + [f"r{rng.random()}" for _ in range(n - shared - 1)]
    return left, right


def test_fast_shingle_hashes_estimate_jaccard_as_well_as_datasketch():
    rng = random.Random(11)
    fast_err, ref_err = [], []
    for _ in range(150):
        n, shared = 40, rng.randrange(0, 39)
        left, right = _pair(rng, n, shared)
        # 2-shingles: `shared` common ones, n - 1 each in all.
        truth = shared / (2 * (n - 1) - shared)
        hashes, owner = shingle_hashes(pa.array([" ".join(left), " ".join(right)]), 2)
        sig = min_hash(hashes, owner, 2, 128, 1)
        fast_err.append(abs((sig[0] == sig[1]).mean() - truth))
        sets = [[f"{a} {b}".encode() for a, b in zip(w, w[1:], strict=False)]
                for w in (left, right)]
        ref = signatures(sets, 128, 1)
        ref_err.append(abs((ref[0] == ref[1]).mean() - truth))
    # Same estimator, different hash: the mean absolute errors agree within noise
    # (~0.03 each at 128 permutations).
    assert abs(np.mean(fast_err) - np.mean(ref_err)) < 0.01
    assert np.mean(fast_err) < 0.04


def test_band_keys_collide_exactly_when_a_band_agrees():
    sigs = np.arange(2 * 16, dtype=np.uint32).reshape(2, 16)
    sigs[1, :4] = sigs[0, :4]  # first band (4 rows) equal, others differ
    keys = band_keys(sigs, 4)
    assert keys[0, 0] == keys[1, 0]
    assert (keys[0, 1:] != keys[1, 1:]).all()


def test_near_duplicates_share_a_band_and_different_lines_do_not():
    seg, sig = SegmentConfig(), SignConfig()
    line = ("the contents of this article are the sole responsibility of the author and the "
            "centre will not be responsible for any inaccurate statement")
    edited = line.replace("inaccurate", "incorrect")
    other = ("the minister said on tuesday that the new budget would fund schools hospitals "
             "and roads across the northern provinces next year")
    keys = sign(pa.array([line, edited, other]), seg, sig)
    assert (keys[0] == keys[1]).any()
    assert not (keys[0] == keys[2]).any()


def test_segments_of_few_distinct_words_are_not_signed():
    cfg = SegmentConfig(min_words_minhash=4)
    lines = pa.array(["a b c", "a b c d", "0 X of X", "0 X of X terms", "", "x x x x x x"])
    assert signable(lines, cfg).tolist() == [False, True, False, True, False, False]
    assert distinct_words(lines).tolist() == [3, 4, 3, 4, 0, 1]
