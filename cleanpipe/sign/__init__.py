"""Segments -> LSH band keys: MinHash over word shingles, cut into bands.

Two segments whose keys agree in any band are candidate near-duplicates (`group`). Only
distinct normalised segments are signed, and only those long enough to shingle well
(`SegmentConfig.min_words_minhash`); shorter ones are grouped by exact normalised text.
"""

from __future__ import annotations

import numpy as np

from cleanpipe.config import SegmentConfig, SignConfig
from cleanpipe.sign.minhash import SCHEME, signatures

__all__ = ["SCHEME", "band_keys", "shingles", "sign"]

_FNV_PRIME = np.uint64(0x100000001B3)


def shingles(normalized: str, size: int) -> list[bytes]:
    """Distinct word `size`-grams of a normalised segment, as UTF-8 bytes."""
    words = normalized.split()
    if len(words) <= size:
        return [normalized.encode("utf-8")] if words else []
    grams = {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}
    return [g.encode("utf-8") for g in sorted(grams)]


def _fmix64(h: np.ndarray) -> np.ndarray:
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xFF51AFD7ED558CCD)
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xC4CEB9FE1A85EC53)
    return h ^ (h >> np.uint64(33))


def band_keys(sigs: np.ndarray, bands: int) -> np.ndarray:
    """(n, num_perm) uint32 signatures -> (n, bands) uint64 keys, one hash per band."""
    n, num_perm = sigs.shape
    rows = num_perm // bands
    cut = sigs.reshape(n, bands, rows).astype(np.uint64)
    keys = np.zeros((n, bands), dtype=np.uint64)
    for r in range(rows):
        keys = (keys ^ cut[:, :, r]) * _FNV_PRIME
    return _fmix64(keys)


def sign(
    normalized: list[str], segment_cfg: SegmentConfig, sign_cfg: SignConfig
) -> np.ndarray:
    """Band keys for each normalised segment: a (len(normalized), bands) uint64 array.

    Segments shorter than `min_words_minhash` words get no signature; their rows are 0
    and callers mask them out with `signable`.
    """
    keys = np.zeros((len(normalized), sign_cfg.bands), dtype=np.uint64)
    rows = [i for i, text in enumerate(normalized) if signable(text, segment_cfg)]
    if rows:
        sets = [shingles(normalized[i], segment_cfg.shingle_words) for i in rows]
        sigs = signatures(sets, sign_cfg.num_perm, sign_cfg.seed)
        keys[rows] = band_keys(sigs, sign_cfg.bands)
    return keys


def signable(normalized: str, cfg: SegmentConfig) -> bool:
    """Whether a normalised segment is long enough for MinHash (see SegmentConfig)."""
    return normalized.count(" ") + 1 >= cfg.min_words_minhash
