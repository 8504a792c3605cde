"""MinHash signatures computed in bulk with numpy, bit for bit those of datasketch.

datasketch (>= 2.0, scheme "affine32") hashes each shingle with SHA-1 to 32 bits, pre-mixes
it with the MurmurHash3 finalizer and applies `a_k * h + b_k mod 2^32` for each
permutation k, keeping the minimum. Doing this for all shingles of many segments in one
numpy expression gives the same values as `datasketch.MinHash.update_batch`, much faster;
`tests/test_sign.py` asserts the equality, so datasketch stays the reference.
"""

from __future__ import annotations

import numpy as np

# The datasketch permutation scheme these signatures follow; record it wherever
# signatures are stored (datasketch 1.x used "legacy", with different values).
SCHEME = "affine32"

# Rows of the (shingles x permutations) matrix processed at once: 2,048 x 128 x 4 bytes
# = 1 MB stays in cache; 65,536 rows (32 MB) ran 4x slower here.
_CHUNK_SHINGLES = 2_048


def permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's own affine32 permutation parameters (a, b), as uint32 arrays.

    Drawn as datasketch 2.x draws them (`MinHash._init_permutations`: odd `a`, any `b`,
    from `RandomState(seed)`) rather than by importing it: `import datasketch` pulls in
    scipy, ~1 s of every worker's start-up. `tests/test_sign.py` checks the values
    against datasketch's.
    """
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, element-wise (wrapping uint32 arithmetic)."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def signatures(shingle_sets: list[list[bytes]], num_perm: int, seed: int) -> np.ndarray:
    """One MinHash signature per shingle set, exactly as datasketch computes it (SHA-1 of
    each shingle): a (len(shingle_sets), num_perm) uint32 array. The reference path; the
    pipeline hashes shingles faster (`sign.shingle_hashes`) and calls `min_hash`.

    An empty set gets the all-max signature, as an empty datasketch MinHash has.
    """
    from datasketch.hashfunc import sha1_hash32

    owners: list[int] = []
    hashes: list[int] = []
    for row, shingles in enumerate(shingle_sets):
        owners.extend([row] * len(shingles))
        hashes.extend(sha1_hash32(s) for s in shingles)
    return min_hash(
        np.asarray(hashes, dtype=np.uint32), np.asarray(owners, dtype=np.int64),
        len(shingle_sets), num_perm, seed,
    )


def min_hash(
    hashes: np.ndarray, owner: np.ndarray, n: int, num_perm: int, seed: int
) -> np.ndarray:
    """Signatures of `n` sets given the 32-bit hash of each member and the set it belongs
    to (`owner`, non-decreasing): datasketch's affine32 permutations and minimum."""
    a, b = permutations(num_perm, seed)
    out = np.full((n, num_perm), np.iinfo(np.uint32).max, dtype=np.uint32)
    if len(hashes) == 0:
        return out
    mixed = fmix32(hashes.astype(np.uint32))
    for lo in range(0, len(mixed), _CHUNK_SHINGLES):
        chunk = mixed[lo : lo + _CHUNK_SHINGLES]
        chunk_owner = owner[lo : lo + _CHUNK_SHINGLES]
        permuted = chunk[:, None] * a[None, :] + b[None, :]
        # Owners are sorted, so each set's members are one contiguous run.
        starts = np.flatnonzero(np.r_[True, chunk_owner[1:] != chunk_owner[:-1]])
        mins = np.minimum.reduceat(permuted, starts, axis=0)
        rows = chunk_owner[starts]
        out[rows] = np.minimum(out[rows], mins)
    return out
