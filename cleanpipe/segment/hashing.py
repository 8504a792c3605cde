"""64-bit hashes of whole string arrays: xxHash3 of each string's UTF-8 bytes.

Stable across processes, runs and machines (unlike Python's salted `hash`), and fast: one
C call per string, ~20x faster here than a polynomial hash computed with numpy over the
Arrow buffer. `seed` keeps separate hash spaces apart.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import xxhash


def fmix64(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser, element-wise (wrapping uint64 arithmetic)."""
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xFF51AFD7ED558CCD)
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xC4CEB9FE1A85EC53)
    return h ^ (h >> np.uint64(33))


def hash_strings(strings: pa.Array | pa.ChunkedArray, seed: int = 0) -> np.ndarray:
    """A uint64 hash per string (nulls hash as "")."""
    digest = xxhash.xxh3_64_intdigest
    # As bytes: Arrow hands over the UTF-8 it holds, with no decoding and re-encoding.
    values = strings.cast(pa.large_binary()).to_pylist()
    return np.fromiter(
        (digest(v or b"", seed) for v in values), dtype=np.uint64, count=len(values)
    )
