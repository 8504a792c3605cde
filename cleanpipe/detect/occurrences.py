"""Occurrences as numpy arrays, and the decision rows built from groups of them."""

from __future__ import annotations

from dataclasses import dataclass, fields

import numpy as np
import pyarrow as pa

from cleanpipe.detect import groups
from cleanpipe.schema import DECISIONS, OCCURRENCES

_COLUMNS = OCCURRENCES.names


@dataclass(frozen=True)
class Occurrences:
    """The columns of an OCCURRENCES table as numpy arrays."""

    doc: np.ndarray
    index: np.ndarray
    publisher: np.ndarray
    cluster: np.ndarray
    key: np.ndarray
    raw_key: np.ndarray
    prefix: np.ndarray
    frame: np.ndarray
    n_words: np.ndarray
    names_site: np.ndarray
    row: np.ndarray

    def take(self, rows: np.ndarray) -> Occurrences:
        return Occurrences(**{f.name: getattr(self, f.name)[rows] for f in fields(self)})

    @classmethod
    def of(cls, table: pa.Table) -> Occurrences:
        columns = {name: table.column(name).to_numpy() for name in _COLUMNS
                   if name != "names_site"}
        names = table.column("names_site") if "names_site" in table.column_names else None
        columns["names_site"] = (
            np.zeros(table.num_rows, dtype=bool) if names is None
            else names.fill_null(False).to_numpy(zero_copy_only=False)
        )
        if "row" in table.column_names:
            row = table.column("row").to_numpy().astype(np.int64)
        else:
            row = np.arange(table.num_rows, dtype=np.int64)
        return cls(row=row, **columns)


def decisions_table(
    occ: Occurrences,
    pairs: groups.Groups,
    chosen: np.ndarray,
    n_docs: np.ndarray,
    share: np.ndarray,
    n_publishers: np.ndarray,
    position: np.ndarray,
    rule: np.ndarray,
    cluster: np.ndarray | None = None,
) -> pa.Table:
    """A DECISIONS table for the chosen groups of `pairs` (grouped by cluster or prefix,
    then publisher; `cluster` gives the id per occurrence when it is not the cluster)."""
    ids = occ.cluster if cluster is None else cluster
    return pa.table(
        {
            "publisher": occ.publisher[pairs.first][chosen],
            "cluster": ids[pairs.first][chosen],
            "n_docs": n_docs[chosen],
            "share": share[chosen],
            "n_publishers": n_publishers[chosen],
            "n_variants": pairs.count_distinct(occ.raw_key)[chosen],
            "position": position[chosen],
            "rule": rule[chosen],
            "example": examples(occ, pairs)[chosen],
        }
    ).cast(DECISIONS)


def examples(occ: Occurrences, pairs: groups.Groups) -> np.ndarray:
    """Per group: the row of the first occurrence of its most frequent written variant
    (ties: the smaller variant hash)."""
    variants = groups.by(pairs.id, occ.raw_key)
    owner = pairs.id[variants.first]
    best = np.lexsort((occ.raw_key[variants.first], -variants.size, owner))
    first = np.ones(len(best), dtype=bool)
    first[1:] = owner[best][1:] != owner[best][:-1]
    example = np.zeros(pairs.n, dtype=np.int64)
    example[owner[best][first]] = occ.row[variants.first[best][first]]
    return example


def publishers_per_template(label: np.ndarray, keep: np.ndarray) -> np.ndarray:
    """Per (label, publisher) group: for the groups kept as templates, the number of
    publishers the label is a template for; 0 for the others. (Detection does not look at
    lines that cannot matter, so the publishers where a label merely occurs are unknown.)"""
    templates, per_label = np.unique(label[keep], return_counts=True)
    n_publishers = np.zeros(len(label), dtype=np.int64)
    n_publishers[keep] = per_label[np.searchsorted(templates, label[keep])]
    return n_publishers


def written_as(occ: Occurrences, pairs: groups.Groups, chosen: np.ndarray) -> np.ndarray:
    """Per group of `pairs`: every one of its lines is written as some line of the
    `chosen` groups (a bool per group) is."""
    written = np.unique(occ.raw_key[chosen[pairs.id]])
    return pairs.mean(np.isin(occ.raw_key, written)) >= 1.0
