"""Score a cleaned planted corpus against its line labels.

A line counts as removed by the share of its characters covered by `removed` spans, so the
figures are character-weighted: boilerplate removed = removed boilerplate characters / all
boilerplate characters, per family; content kept = kept characters / all characters, for
content and for each kind of hard negative.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from cleanpipe.sample.model import PlantedDoc


@dataclass
class Tally:
    chars: int = 0
    removed: int = 0

    @property
    def removed_share(self) -> float:
        return self.removed / self.chars if self.chars else 0.0

    @property
    def kept_share(self) -> float:
        return 1.0 - self.removed_share if self.chars else 1.0


@dataclass
class Score:
    by_label: dict[str, Tally] = field(default_factory=dict)
    missing_docs: list[str] = field(default_factory=list)

    def total(self, prefix: str) -> Tally:
        out = Tally()
        for label, tally in self.by_label.items():
            if label.startswith(prefix):
                out.chars += tally.chars
                out.removed += tally.removed
        return out

    def families(self) -> dict[str, Tally]:
        """Boilerplate tallies per `publisher/family`."""
        return {label.partition(":")[2]: t for label, t in sorted(self.by_label.items())
                if label.startswith("boilerplate:")}


def _covered(lo: int, hi: int, spans: list[tuple[int, int]]) -> int:
    return sum(max(0, min(hi, end) - max(lo, start)) for start, end in spans)


def score(docs: Iterable[PlantedDoc], removed: dict[str, list[dict]]) -> Score:
    """`removed` maps document id to its `removed` spans (as in OUT/docs)."""
    result = Score()
    for doc in docs:
        if doc.id not in removed:
            result.missing_docs.append(doc.id)
            continue
        spans = [(s["start"], s["end"]) for s in removed[doc.id]]
        pos = 0
        for line in doc.lines:
            tally = result.by_label.setdefault(line.label, Tally())
            tally.chars += len(line.text)
            tally.removed += _covered(pos, pos + len(line.text), spans)
            pos += len(line.text) + 2  # lines are joined by "\n\n"
    return result
