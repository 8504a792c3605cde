"""Sister sites: publishers that print many of one another's templates.

A network's small sites run the big one's templates (its bylines, notices, kickers), each
on too few of their pages to show. Publisher q is a sister of publisher p when at least
`min_sister_templates` lines that are templates of p (the publisher rule) also occur on
q's pages; then any template of p that q prints is boilerplate for q too, however rarely.
Lines printed by more than `max_network_publishers` publishers say nothing about a
network: a stock phrase or a widget is printed everywhere.
"""

from __future__ import annotations

import numpy as np

from cleanpipe.detect import groups

RULE = "sister-site"


def sister_templates(
    cluster: np.ndarray,
    publisher: np.ndarray,
    template: np.ndarray,
    min_templates: int,
    max_publishers: int,
) -> np.ndarray:
    """Per (cluster, publisher) pair (`cluster`, `publisher`: per pair): the cluster is a
    template (`template`, per pair) of a sister of the publisher."""
    found = np.zeros(len(cluster), dtype=bool)
    if min_templates <= 0 or not template.any():
        return found
    by_cluster = groups.by(cluster)
    size = by_cluster.size[by_cluster.id]
    n_templates = by_cluster.sum(template)[by_cluster.id]
    # Pairs of clusters that some publisher templates and a few publishers print.
    network = np.flatnonzero((n_templates > 0) & (size >= 2) & (size <= max_publishers))
    if len(network) == 0:
        return found
    order = network[np.argsort(cluster[network], kind="stable")]
    sorted_cluster = cluster[order]
    owners = order[template[order]]
    # Every (template owner, other pair of the same cluster) combination.
    lo = np.searchsorted(sorted_cluster, cluster[owners], side="left")
    hi = np.searchsorted(sorted_cluster, cluster[owners], side="right")
    count = hi - lo
    owner = np.repeat(owners, count)
    # lo, lo + 1, ..., hi - 1 for each owner, run together.
    within = np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
    other = order[np.repeat(lo, count) + within]
    mask = publisher[owner] != publisher[other]
    owner, other = owner[mask], other[mask]
    if len(owner) == 0:
        return found
    # Templates of p that q prints, per (p, q).
    link = groups.by(publisher[owner], publisher[other])
    sister = link.size[link.id] >= min_templates
    found[other[sister]] = True
    return found
