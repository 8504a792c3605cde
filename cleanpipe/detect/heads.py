"""Head labels: a publisher's short lines at the top of its pages, drawn from a small set
that recurs (section kickers "Kultur", "Banská Bystrica"; desk credits "Online Desk";
bare author names "Ivan Mbeki").

Each value alone is on too few pages for the publisher rule (one section of nine, one
author of twenty), and a line of slots only shares no key with the other values. Together
they show the slot: a (publisher, cluster) pair is a head label when

* every occurrence is among the first `head_slack + 1` lines of its document (a kicker
  sits above or just below the headline), or right below the head block within the first
  `HEAD_DEPTH + 1` lines when fewer than `min_publishers` publishers print the line (a
  byline under a section and a date line; "Story highlights" opens many syndicated
  articles just there), its lines have at most `head_label_max_words`
  normalised words, it is in two or more of the publisher's documents and keeps its form,
  written alike in at least two documents per written form;
* and the publisher has at least `head_label_min_values` such pairs: several different
  short lines, each recurring, in the same place.

A headline recurs only when an article is copied; a kicker's values all recur. A line of
slots with a number (a bare date, "<name> · <date>": `segment.slot_only_keys`) at the top
of two or more of a publisher's pages, below their first line, is a head label by itself:
its values are the slot, each written otherwise (a small publisher's date line, too rare
for the other rules), and so is one on a single page when `min_publishers` publishers print
its cluster as such a label. A head label of one publisher is one for any publisher that prints
it, written the same, only at the top, on however few pages: sister sites share their
network's kickers.
"""

from __future__ import annotations

import numpy as np

from cleanpipe.config import DetectConfig
from cleanpipe.detect import groups
from cleanpipe.detect.occurrences import Occurrences, written_as
from cleanpipe.segment import HEAD_DEPTH, slot_only_keys

RULE = "head-label"
# HEAD_DEPTH: the deepest line index a head label may sit at below a head block. (A
# bound, so that `top_values` can keep every possible value whole before the head blocks
# are known.)
_DATED = slot_only_keys(numbered=True)
# ... of which a date alone or with one name ("0", "0 X", "X 0": "31 March 2018 · Ana
# Ruiz") may open a page: no headline masks so, while "Q3 2019 Earnings" and "10 Best
# Laptops Of 2019" have more slots.
_DATELINES = slot_only_keys(max_masks=2, numbered=True)


def head_labels(
    occ: Occurrences,
    pairs: groups.Groups,
    n_docs: np.ndarray,
    stable: np.ndarray,
    under_head: np.ndarray,
    narrow: np.ndarray,
    cfg: DetectConfig,
) -> np.ndarray:
    """Per (cluster, publisher) pair of `pairs`: whether it is a head label. Per
    occurrence, `under_head`: every line between its document's first line and it is in
    the head block; `narrow`: fewer than `min_publishers` publishers print its cluster."""
    # Each value is one line, written alike on its pages: headlines that mask alike ("The
    # <Title Case words>" -> "the X") are written differently on each.
    written_alike = pairs.count_distinct(occ.raw_key) * 2 <= n_docs
    near_top = (occ.index <= cfg.head_slack + 1) | (
        under_head & narrow & (occ.index <= HEAD_DEPTH))
    short_top = top_lines(pairs, near_top, occ.n_words, cfg)
    value = stable & written_alike & short_top & (n_docs >= 2)
    # A dated slot line is a label by itself, each value written otherwise; not in the
    # headline's place ("Q3 2019 Earnings", "10 Best Laptops Of 2019" mask as dates do).
    opening = (occ.index > 0) | np.isin(occ.key, _DATELINES)
    dated_top = stable & (pairs.mean(near_top & opening) >= 1.0) & (
        pairs.mean(dated(occ.key)) >= 1.0) & (cfg.head_label_min_values > 0)
    dated_label = dated_top & (n_docs >= 2)
    # ... and on one page, when at least `min_publishers` publishers print its cluster
    # (a bare date, "<date> · <name>") as one: the date line under one headline of a
    # small publisher.
    clusters = groups.by(occ.cluster[pairs.first])
    dated_label |= dated_top & (
        clusters.sum(dated_label)[clusters.id] >= cfg.min_publishers)
    if not value.any():
        return dated_label
    publisher = occ.publisher[pairs.first]
    values = np.bincount(publisher, weights=value, minlength=int(publisher.max()) + 1)
    label = value & (values[publisher] >= cfg.head_label_min_values)
    # A sister site prints the network's kickers too, on however few of its pages: a
    # head label of one publisher is one wherever it is printed only at the top, written
    # as there (a headline may mask as a kicker does: "In Brief", "In <Title Case>").
    return label | (written_as(occ, pairs, label) & stable & short_top) | dated_label


def dated(key: np.ndarray) -> np.ndarray:
    """Per normalised key: a line of slots with a number (a date, "<name> · <date>")."""
    return np.isin(key, _DATED)


def top_lines(
    pairs: groups.Groups, near_top: np.ndarray, n_words: np.ndarray, cfg: DetectConfig
) -> np.ndarray:
    """Per pair: short lines, every one near the top of its document (`near_top`, per
    occurrence)."""
    if cfg.head_label_min_values <= 0 or pairs.n == 0:
        return np.zeros(pairs.n, dtype=bool)
    at_top = pairs.mean(near_top) >= 1.0
    return at_top & (pairs.mean(n_words) <= cfg.head_label_max_words)


def top_values(
    pairs: groups.Groups,
    n_docs: np.ndarray,
    index: np.ndarray,
    n_words: np.ndarray,
    key: np.ndarray,
    cfg: DetectConfig,
) -> np.ndarray:
    """Per pair: short lines or dated slot lines, every one within the first `HEAD_DEPTH
    + 1` lines of its document, in two or more documents: a head label (or a value of
    one, if the publisher has enough of them) if they sit in the head
    (`engine.corpus.may_matter` keeps the clusters of such pairs whole, so that the pairs
    of other publishers are there too)."""
    near = index <= HEAD_DEPTH
    dated_top = (pairs.mean(near) >= 1.0) & (pairs.mean(dated(key)) >= 1.0) & (
        cfg.head_label_min_values > 0)
    return (top_lines(pairs, near, n_words, cfg) | dated_top) & (n_docs >= 2)
