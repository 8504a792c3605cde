"""Bag-of-tokens precision, recall and F1 of an extracted text against a gold text.

Tokens are the lowercase `\\w+` runs of a text (Unicode word characters), so the metric
ignores punctuation, white space, line breaks and token order; the overlap of a
prediction and its gold is the multiset intersection of their tokens. Per page:

    P = overlap / |prediction|     (1 if both are empty, 0 if only the prediction is)
    R = overlap / |gold|           (1 if the gold is empty: nothing to miss)
    F1 = 2 P R / (P + R)           (0 if P + R = 0)

`macro` averages the per-page P, R and F1 over pages; `micro` applies the same formulas to
the counts summed over pages, so long pages weigh more.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str | None) -> Counter[str]:
    """The multiset of lowercase word tokens of `text` (empty for None)."""
    return Counter(TOKEN.findall(text.lower())) if text else Counter()


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class Counts:
    """Token counts of one page (or summed over pages)."""

    overlap: int
    predicted: int
    gold: int

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.overlap + other.overlap,
            self.predicted + other.predicted,
            self.gold + other.gold,
        )

    @property
    def precision(self) -> float:
        if self.predicted == 0:
            return 1.0 if self.gold == 0 else 0.0
        return self.overlap / self.predicted

    @property
    def recall(self) -> float:
        return self.overlap / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def score(self) -> Score:
        return Score(self.precision, self.recall, self.f1)


def count(predicted: str | None, gold: str | None) -> Counts:
    """Token counts of one prediction against its gold."""
    pred, ref = tokens(predicted), tokens(gold)
    return Counts(sum((pred & ref).values()), sum(pred.values()), sum(ref.values()))


def macro(pages: Iterable[Counts]) -> Score:
    """Per-page scores averaged over pages (all zero for no pages)."""
    scores = [page.score() for page in pages]
    if not scores:
        return Score(0.0, 0.0, 0.0)
    n = len(scores)
    return Score(
        sum(s.precision for s in scores) / n,
        sum(s.recall for s in scores) / n,
        sum(s.f1 for s in scores) / n,
    )


def micro(pages: Iterable[Counts]) -> Score:
    """Scores of the counts summed over pages."""
    return sum(pages, Counts(0, 0, 0)).score()
