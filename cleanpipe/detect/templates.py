"""What the prefix and frame rules share: lines grouped by (template key, publisher), and
the decisions and cuts of the groups a rule keeps."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from cleanpipe.detect import groups
from cleanpipe.detect.occurrences import Occurrences, decisions_table, publishers_per_template


@dataclass(frozen=True)
class KeyedLines:
    """The occurrences that carry a template key (0: none), grouped by (key, publisher).
    Lines other rules strip are included: they count as evidence for the template."""

    rows: np.ndarray  # their rows among the occurrences
    lines: Occurrences
    key: np.ndarray  # per line
    pairs: groups.Groups
    n_docs: np.ndarray  # per pair
    share: np.ndarray  # per pair: of the publisher's documents

    def count(self, flags: np.ndarray) -> np.ndarray:
        """Per pair, how many of its lines have the flag (a bool per occurrence)."""
        return self.pairs.sum(flags[self.rows])


def keyed_lines(occ: Occurrences, key: np.ndarray, publisher_docs: np.ndarray) -> KeyedLines:
    rows = np.flatnonzero(key != 0)
    lines = occ.take(rows)
    pairs, n_docs, share = groups.per_publisher(
        key[rows], lines.publisher, lines.doc, publisher_docs
    )
    return KeyedLines(rows, lines, key[rows], pairs, n_docs, share)


def decide(
    keyed: KeyedLines,
    keep: np.ndarray,
    never: np.ndarray,
    position: np.ndarray,
    rule: str | np.ndarray,
) -> tuple[pa.Table, np.ndarray]:
    """The decisions for the kept pairs that strip a line, and those lines.

    Args:
        keyed: the lines and their pairs.
        keep: per pair, whether it is a template.
        never: per occurrence, lines this rule does not strip (at the top of their
            document, or stripped already by another rule).
        position: per pair, "head", "tail" or "middle".
        rule: the rule's name in the decisions (or per pair, its rule's).
    """
    pairs = keyed.pairs
    strip_lines = keep[pairs.id] & ~never[keyed.rows]
    strip = np.zeros(len(never), dtype=bool)
    strip[keyed.rows[strip_lines]] = True
    chosen = np.flatnonzero(keep & (pairs.sum(strip_lines) > 0))
    table = decisions_table(
        keyed.lines, pairs, chosen, keyed.n_docs, keyed.share,
        publishers_per_template(keyed.key[pairs.first], keep), position,
        np.broadcast_to(np.asarray(rule, dtype=object), pairs.n), cluster=keyed.key,
    )
    return table, strip


def stock_phrases(
    keyed: KeyedLines, keep: np.ndarray, sentence: np.ndarray, min_publishers: int
) -> np.ndarray:
    """Per pair: the key starts or frames a stock phrase rather than a template. A
    sentence (`sentence`, per pair) that `min_publishers` or more publishers print, most
    of them too rarely for a template (`keep`, per pair: "The company did not respond to a
    request for comment."), is one; the few publishers that happen to print it often
    enough keep it."""
    keys = groups.by(keyed.key[keyed.pairs.first])
    widespread = keys.size[keys.id] >= min_publishers
    return sentence & widespread & (keys.sum(keep)[keys.id] * 2 < keys.size[keys.id])
