"""Sister sites: publishers that print many of one another's templates.

A network's small sites run the big one's templates (its bylines, notices, kickers), each
on too few of their pages to show. Publisher q is a sister of publisher p when at least
`min_sister_templates` lines that are templates of p (the publisher rule) also occur on
q's pages; then any template of p that q prints is boilerplate for q too, however rarely.
Lines printed by more than `max_network_publishers` publishers say nothing about a
network: a stock phrase or a widget is printed everywhere.

Rule "network-notice": a notice that closes pages of two or more sister sites, after a
different line on each page (a different article), is the network's footer, reworded in
a year that only those pages carry ("Our annual fund drive letters are in the mail.").
An article syndicated by sister sites ends with the same paragraph above its last line.

Rule "network-template": a line that a publisher and its sisters print, each too rarely
to show, is a template of theirs when their pages pooled pass the publisher rule's bars
(`pooled_docs`): a small site's notice on 2 of its 6 pages and its sister's on 1 of 4.
"""

from __future__ import annotations

import numpy as np

from cleanpipe.detect import groups

RULE = "sister-site"
NOTICE_RULE = "network-notice"
POOL_RULE = "network-template"
# A notice's lines are among the last `NOTICE_DEPTH` of their documents. (A bound, so that
# `engine.corpus.may_matter` can keep such clusters whole before anything is decided.)
NOTICE_DEPTH = 15


def notice_lines(cluster: np.ndarray, from_end: np.ndarray, n_words: np.ndarray,
                 min_words: int, max_publishers: int, publisher: np.ndarray) -> np.ndarray:
    """Per row: its cluster could be a network notice. Every line of the cluster is among
    the last `NOTICE_DEPTH` of its document (`from_end`: lines below it) with `min_words`
    normalised words or more, and 2 to `max_publishers` publishers print it."""
    near_end = (from_end < NOTICE_DEPTH) & (n_words >= min_words)
    by_cluster = groups.by(cluster)
    publishers = groups.by(cluster, publisher)
    n_publishers = np.bincount(by_cluster.id[publishers.first], minlength=by_cluster.n)
    fits = (by_cluster.mean(near_end) >= 1.0) & (n_publishers >= 2) & (
        n_publishers <= max_publishers)
    return fits[by_cluster.id]


def _same_cluster(cluster: np.ndarray, left: np.ndarray, right: np.ndarray
                  ) -> tuple[np.ndarray, np.ndarray]:
    """Every (a, b) combination of a pair of `left` and a pair of `right` (pair indices)
    with the same cluster, a != b."""
    order = right[np.argsort(cluster[right], kind="stable")]
    sorted_cluster = cluster[order]
    lo = np.searchsorted(sorted_cluster, cluster[left], side="left")
    hi = np.searchsorted(sorted_cluster, cluster[left], side="right")
    count = hi - lo
    a = np.repeat(left, count)
    # lo, lo + 1, ..., hi - 1 for each pair of `left`, run together.
    within = np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
    b = order[np.repeat(lo, count) + within]
    return a[a != b], b[a != b]


Links = tuple[np.ndarray, np.ndarray]  # (owner, other) pair indices: see `links`


def links(cluster: np.ndarray, publisher: np.ndarray, template: np.ndarray,
          min_templates: int, max_publishers: int) -> Links:
    """Per (cluster, publisher) pair (`cluster`, `publisher`, `template`: per pair): the
    (owner, other) pair indices where the owner's publisher p templates the cluster, the
    other's publisher q prints it, and q is a sister of p. Both sister rules read these."""
    empty = np.zeros(0, dtype=np.int64)
    if min_templates <= 0 or not template.any():
        return empty, empty
    by_cluster = groups.by(cluster)
    size = by_cluster.size[by_cluster.id]
    n_templates = by_cluster.sum(template)[by_cluster.id]
    # Pairs of clusters that some publisher templates and a few publishers print.
    network = np.flatnonzero((n_templates > 0) & (size >= 2) & (size <= max_publishers))
    owner, other = _same_cluster(cluster, network[template[network]], network)
    mask = publisher[owner] != publisher[other]
    owner, other = owner[mask], other[mask]
    if len(owner) == 0:
        return empty, empty
    # Templates of p that q prints, per (p, q).
    link = groups.by(publisher[owner], publisher[other])
    sister = link.size[link.id] >= min_templates
    return owner[sister], other[sister]


def sister_templates(sister_links: Links, n_pairs: int) -> np.ndarray:
    """Per (cluster, publisher) pair: the cluster is a template of a sister of the
    publisher (`sister_links`: `links` over the `n_pairs` pairs)."""
    found = np.zeros(n_pairs, dtype=bool)
    found[sister_links[1]] = True
    return found


_SHIFT = np.uint64(32)


def _publisher_pair(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """One code per (publisher a, publisher b)."""
    return (a.astype(np.uint64) << _SHIFT) | b.astype(np.uint64)


def _sister_pairs(publisher: np.ndarray, sister_links: Links) -> np.ndarray:
    """The sorted `_publisher_pair` codes of sister publishers, both ways round."""
    p, q = publisher[sister_links[0]], publisher[sister_links[1]]
    return np.unique(np.r_[_publisher_pair(p, q), _publisher_pair(q, p)])


def _linked(cluster: np.ndarray, publisher: np.ndarray, rows: np.ndarray,
            sister_pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every (a, b) combination of two pairs among `rows` with one cluster, whose
    publishers are sisters."""
    a, b = _same_cluster(cluster, rows, rows)
    linked = np.isin(_publisher_pair(publisher[a], publisher[b]), sister_pairs)
    return a[linked], b[linked]


def pooled_docs(
    cluster: np.ndarray,
    publisher: np.ndarray,
    n_docs: np.ndarray,
    sister_links: Links,
    publisher_docs: np.ndarray,
    max_publishers: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Per (cluster, publisher) pair (`cluster`, `publisher`, `n_docs`: per pair): the
    documents printing the cluster among the publisher's and its sisters' (either way,
    from `sister_links`), and the documents of the publisher and its sisters. (Sisters
    only, not their sisters: chained, the links of shared templates join unrelated
    networks into one whose pages are too many for any share.) Only clusters that
    2 to `max_publishers` publishers print are pooled: the pairs compared are at most
    `max_publishers - 1` per pair."""
    pooled = n_docs.astype(np.int64)
    if len(sister_links[0]) == 0:
        return pooled, publisher_docs[publisher].astype(np.int64)
    sister_pairs = _sister_pairs(publisher, sister_links)
    major = (sister_pairs >> _SHIFT).astype(np.int64)
    minor = (sister_pairs & np.uint64(0xFFFF_FFFF)).astype(np.int64)
    network_of = publisher_docs + np.bincount(
        major, weights=publisher_docs[minor], minlength=len(publisher_docs)).astype(np.int64)
    by_cluster = groups.by(cluster)
    size = by_cluster.size[by_cluster.id]
    a, b = _linked(cluster, publisher, np.flatnonzero((size >= 2) & (size <= max_publishers)),
                   sister_pairs)
    np.add.at(pooled, a, n_docs[b])
    return pooled, network_of[publisher]


def network_notices(
    cluster: np.ndarray,
    publisher: np.ndarray,
    sister_links: Links,
    candidate: np.ndarray,
) -> np.ndarray:
    """Per (cluster, publisher) pair: a `candidate` (per pair: a notice closing its pages
    after a different line on each, in a cluster few publishers print) whose cluster is
    a candidate for a sister publisher too (sisters either way, from `sister_links`)."""
    found = np.zeros(len(cluster), dtype=bool)
    if len(sister_links[0]) == 0 or not candidate.any():
        return found
    a, _ = _linked(cluster, publisher, np.flatnonzero(candidate),
                   _sister_pairs(publisher, sister_links))
    found[a] = True
    return found
