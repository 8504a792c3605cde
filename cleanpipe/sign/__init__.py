"""Segments -> LSH band keys: MinHash over word shingles, cut into bands.

Two segments whose keys agree in any band are candidate near-duplicates (`group`). Only
distinct normalised segments are signed, and only those with distinct words enough to
shingle well (`SegmentConfig.min_words_minhash`); the others are grouped by exact
normalised text.
Segments shorter than `min_words_shingled` are MinHashed over single words, longer ones
over word `shingle_words`-grams.

Shingle hashes: each distinct word is hashed once (`segment.hashing`), and a shingle's
hash combines its words' hashes, all in numpy. datasketch hashes each shingle's bytes with
SHA-1 instead (~10x slower here); the permutations and the minimum are datasketch's own
(`sign.minhash`, tested bit for bit), and `tests/test_sign.py` checks that the estimates
are as accurate as datasketch's on pairs of known Jaccard similarity.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from cleanpipe.config import SegmentConfig, SignConfig
from cleanpipe.segment.hashing import fmix64, hash_strings
from cleanpipe.sign.minhash import SCHEME, min_hash

__all__ = [
    "SCHEME", "SHINGLE_HASH", "band_keys", "distinct_words", "shingle_hashes", "sign", "signable",
]

# Recorded with the MinHash scheme wherever signatures are described (stats.json).
SHINGLE_HASH = "word-poly64-v1"
_FNV_PRIME = np.uint64(0x100000001B3)


def shingle_hashes(
    normalized: pa.Array, size: int, unigram_below: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """32-bit hashes of the word `size`-grams of each segment and the segment each belongs
    to (a segment of fewer words is one shingle of all of them; a segment of fewer than
    `unigram_below` words is shingled by single words)."""
    split = pc.split_pattern(normalized, " ")
    words = pc.list_flatten(split)
    parent = pc.list_parent_indices(split).to_numpy().astype(np.int64)
    encoded = pc.dictionary_encode(words).combine_chunks() if isinstance(
        words, pa.ChunkedArray) else pc.dictionary_encode(words)
    word_hash = hash_strings(encoded.dictionary)[encoded.indices.to_numpy()]
    n_words = np.bincount(parent, minlength=len(normalized))
    first = np.concatenate([[0], np.cumsum(n_words)[:-1]])
    sizes = np.where(n_words < unigram_below, 1, size)[parent]
    # A shingle starts at every word with `size - 1` words after it in its segment,
    # or at the first word of a segment shorter than that.
    position = np.arange(len(word_hash)) - first[parent]
    room = n_words[parent] - position
    starts = np.flatnonzero((room >= sizes) | ((position == 0) & (room < sizes)))
    width = np.minimum(room[starts], sizes[starts])
    h = word_hash[starts]
    for j in range(1, size):
        more = width > j
        nxt = word_hash[np.minimum(starts + j, len(word_hash) - 1)]
        h = np.where(more, fmix64(h * _FNV_PRIME + nxt), h)
    return (h >> np.uint64(32)).astype(np.uint32), parent[starts]


def band_keys(sigs: np.ndarray, bands: int) -> np.ndarray:
    """(n, num_perm) uint32 signatures -> (n, bands) uint64 keys, one hash per band."""
    n, num_perm = sigs.shape
    rows = num_perm // bands
    cut = sigs.reshape(n, bands, rows).astype(np.uint64)
    keys = np.zeros((n, bands), dtype=np.uint64)
    for r in range(rows):
        keys = (keys ^ cut[:, :, r]) * _FNV_PRIME
    return fmix64(keys)


def sign(
    normalized: pa.Array, segment_cfg: SegmentConfig, sign_cfg: SignConfig
) -> np.ndarray:
    """Band keys for each normalised segment: a (len(normalized), bands) uint64 array."""
    if len(normalized) == 0:
        return np.zeros((0, sign_cfg.bands), dtype=np.uint64)
    hashes, owner = shingle_hashes(
        normalized, segment_cfg.shingle_words, segment_cfg.min_words_shingled
    )
    sigs = min_hash(hashes, owner, len(normalized), sign_cfg.num_perm, sign_cfg.seed)
    return band_keys(sigs, sign_cfg.bands)


def signable(normalized: pa.Array, cfg: SegmentConfig) -> np.ndarray:
    """Whether each normalised segment has distinct words enough for MinHash (see
    SegmentConfig.min_words_minhash)."""
    return distinct_words(normalized) >= cfg.min_words_minhash


def distinct_words(normalized: pa.Array) -> np.ndarray:
    """Number of distinct words of each normalised segment ("0 X of X": 3)."""
    if isinstance(normalized, pa.ChunkedArray):
        normalized = normalized.combine_chunks()
    split = pc.split_pattern(normalized, " ")
    words = pc.list_flatten(split)
    parent = pc.list_parent_indices(split).to_numpy().astype(np.int64)
    present = pc.not_equal(words, "").to_numpy(zero_copy_only=False)
    codes = pc.dictionary_encode(words).indices.to_numpy().astype(np.int64)
    span = int(codes.max(initial=0)) + 1
    # Distinct (line, word) pairs, by Arrow's hash table: numpy's sort-based unique took
    # 3.4x as long on a batch of 1,000 documents, and grew faster than the batch.
    pairs = pc.unique(pa.array(parent[present] * span + codes[present])).to_numpy()
    return np.bincount(pairs // span, minlength=len(normalized))
