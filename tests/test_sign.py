import random

import numpy as np
from datasketch import MinHash

from cleanpipe.config import SegmentConfig, SignConfig
from cleanpipe.sign import band_keys, shingles, sign, signable
from cleanpipe.sign.minhash import SCHEME, signatures


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


def test_signatures_across_chunk_boundary():
    big = [str(i).encode() for i in range(70_000)]  # more than one numpy chunk
    reference = MinHash(num_perm=64, seed=3, scheme=SCHEME)
    reference.update_batch(big)
    assert np.array_equal(signatures([big[:10], big], 64, 3)[1], reference.hashvalues)


def test_shingles_are_distinct_word_pairs():
    assert shingles("a b a b", 2) == [b"a b", b"b a"]
    assert shingles("one", 2) == [b"one"]
    assert shingles("", 2) == []


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
    keys = sign([line, edited, other], seg, sig)
    assert (keys[0] == keys[1]).any()
    assert not (keys[0] == keys[2]).any()


def test_short_segments_are_not_signed():
    cfg = SegmentConfig(min_words_minhash=8)
    assert not signable("featured image credits to the owner", cfg)
    assert signable("one two three four five six seven eight", cfg)
    keys = sign(["too short"], cfg, SignConfig())
    assert (keys == 0).all()
