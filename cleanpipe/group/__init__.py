"""Band keys -> clusters of near-duplicate segments.

Sorted band-key arrays plus connected components, rather than datasketch's in-memory
`MinHashLSH`: the index would hold every key in Python dicts (~3.4 GB and ~10k inserts/s
at 1M keys, measured here), while one argsort per band and scipy's connected components
handle millions of keys in seconds with a few arrays of memory. Candidate pairs are not
re-verified: the band/row split (see `SignConfig`) already sets the similarity knee.

A cluster id is the smallest segment key among its members, so it depends only on which
segments exist, never on the order they were read in.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np


def cluster_ids(
    keys: np.ndarray, bands: np.ndarray | Callable[[int], np.ndarray], signed: np.ndarray,
    n_bands: int | None = None,
) -> np.ndarray:
    """Cluster id of each distinct segment.

    Args:
        keys: (n,) uint64 distinct normalised-segment keys.
        bands: (n, b) uint64 band keys, or a function giving band i's column (so that
            only one band need be in memory); rows where `signed` is False are ignored.
        signed: (n,) bool, whether the segment was MinHashed; unsigned segments form
            clusters of their own (their key already merges exact normalised repeats).
        n_bands: the number of bands, when `bands` is a function.

    Returns:
        (n,) uint64: for each key, the smallest key of its connected component, where two
        signed segments are connected when any of their band keys are equal.
    """
    n = len(keys)
    if n == 0:
        return keys.copy()
    rows = np.flatnonzero(signed)
    left: list[np.ndarray] = []
    right: list[np.ndarray] = []
    if callable(bands):
        column, count = bands, n_bands or 0
    else:
        table = bands
        column, count = (lambda i: table[:, i]), table.shape[1]
    for band in range(count):
        values = column(band)[rows]
        order = np.argsort(values, kind="stable")
        same = values[order[1:]] == values[order[:-1]]
        # Chain each run of equal band keys: consecutive members become edges.
        left.append(rows[order[1:][same]])
        right.append(rows[order[:-1][same]])
    src = np.concatenate(left) if left else np.empty(0, dtype=np.int64)
    dst = np.concatenate(right) if right else np.empty(0, dtype=np.int64)
    if len(src) == 0:
        return keys.copy()

    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    graph = coo_matrix((np.ones(len(src), dtype=np.int8), (src, dst)), shape=(n, n))
    _, component = connected_components(graph, directed=False)
    # Smallest key per component: sort by key, first occurrence of each component wins.
    by_key = np.argsort(keys, kind="stable")
    smallest = np.empty(component.max() + 1, dtype=np.uint64)
    comp_sorted = component[by_key]
    first = np.unique(comp_sorted, return_index=True)[1]
    smallest[comp_sorted[first]] = keys[by_key][first]
    return smallest[component]
