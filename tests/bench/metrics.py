"""Bag-of-tokens precision, recall and F1 of an extracted text against a gold text.

Tokens are the lowercase `\\w+` runs of a text (Unicode word characters), so the metric
ignores punctuation, white space, line breaks and token order; the overlap of a
prediction and its gold is the multiset intersection of their tokens. Per page:

    P = overlap / |prediction|     (1 if both are empty, 0 if only the prediction is)
    R = overlap / |gold|           (1 if the gold is empty: nothing to miss)
    F1 = 2 P R / (P + R)           (0 if P + R = 0)

`macro` averages the per-page P, R and F1 over pages; `micro` applies the same formulas to
the counts summed over pages, so long pages weigh more.

`audit` works line by line instead: it looks each line a cleaner cut, or kept, up in the
page's gold (`in_gold`), to name the content it wrongly cut and the recurring noise it kept.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Protocol

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


def summary(pages: Iterable[Counts]) -> dict[str, float | int]:
    """Macro and micro precision, recall and F1 of some pages, and how many there are."""
    counts = list(pages)
    ma, mi = macro(counts), micro(counts)
    return {
        "pages": len(counts),
        "macro_precision": ma.precision,
        "macro_recall": ma.recall,
        "macro_f1": ma.f1,
        "micro_precision": mi.precision,
        "micro_recall": mi.recall,
        "micro_f1": mi.f1,
    }


class GoldPage(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def site(self) -> str: ...
    @property
    def gold(self) -> str: ...


def score(pages: Sequence[GoldPage], texts: Mapping[str, str | None]) -> dict[str, Any]:
    """`summary` of one system's texts (page id -> text, None for none) against the gold of
    `pages`: overall, per site, and the counts of every page."""
    counts = {p.id: count(texts.get(p.id), p.gold) for p in pages}
    sites = sorted({p.site for p in pages})
    return {
        **summary(counts.values()),
        "pages_without_text": sum(1 for p in pages if not texts.get(p.id)),
        "per_site": {s: summary(counts[p.id] for p in pages if p.site == s) for s in sites},
        "per_page": {pid: asdict(c) for pid, c in counts.items()},
    }


def token_line(text: str | None) -> str:
    """The tokens of `text` joined by single spaces ("" for no tokens)."""
    return " ".join(TOKEN.findall(text.lower())) if text else ""


@dataclass(frozen=True)
class Gold:
    """A gold text prepared for line look-ups: its token line and those of its lines."""

    text: str
    lines: frozenset[str]

    @classmethod
    def of(cls, gold: str) -> Gold:
        return cls(token_line(gold), frozenset(token_line(line) for line in gold.splitlines()))


def in_gold(line: str, gold: Gold, min_tokens: int = 4) -> bool | None:
    """Whether a line of a prediction is content according to the gold.

    True when its tokens are a whole gold line or the start of one (a dateline or lead-in
    the gold keeps in its first paragraph), or when at least `min_tokens` of them occur
    contiguously in the gold; False when they do not occur in the gold at all; None when
    it cannot be told: no tokens, or a short line found only inside a gold line ("ALSO:"
    matches any "also").
    """
    seq = token_line(line)
    if not seq:
        return None
    if seq in gold.lines or any(g.startswith(seq + " ") for g in gold.lines):
        return True
    if f" {seq} " not in f" {gold.text} ":
        return False
    return True if seq.count(" ") + 1 >= min_tokens else None


@dataclass
class LineTally:
    """A line (grouped by its tokens within a publisher) and the pages it occurs in."""

    publisher: str
    text: str  # the first written form met
    docs: int = 0  # pages it occurs in
    in_gold: int = 0  # of which pages whose gold holds it (`in_gold` True)
    unsure: int = 0  # of which pages where `in_gold` cannot tell


@dataclass(frozen=True)
class DocLines:
    """One page's lines as a cleaner left them, cut and kept, with its gold."""

    publisher: str
    gold: str
    cut: list[str]
    kept: list[str]


@dataclass(frozen=True)
class Audit:
    """Line-level account of what a cleaner cut, and of the recurring noise it kept."""

    docs: int
    cuts: int  # cut lines
    cuts_in_gold: int  # cut lines found in their page's gold: content wrongly removed
    cuts_unsure: int  # cut lines with words that `in_gold` cannot tell
    cuts_no_words: int  # cut lines without a word (rules, empty table rows)
    removed: list[LineTally]  # every distinct cut line, most pages first
    missed: list[LineTally]  # kept lines not in the gold, in >= `min_docs` pages of a publisher
    mismatched: int = 0  # pages the caller could not audit


def audit(docs: Iterable[DocLines], min_docs: int = 2, mismatched: int = 0) -> Audit:
    """Look every cut line and every kept line of `docs` up in its page's gold."""
    cut: dict[tuple[str, str], LineTally] = {}
    kept: dict[tuple[str, str], LineTally] = {}
    n_docs = n_cuts = n_wrong = n_unsure = n_blank = 0
    for doc in docs:
        n_docs += 1
        gold = Gold.of(doc.gold)
        seen: set[tuple[str, str]] = set()
        for line in doc.cut:
            found = in_gold(line, gold)
            n_cuts += 1
            n_wrong += found is True
            n_blank += not token_line(line)
            n_unsure += found is None and bool(token_line(line))
            _tally(cut, seen, doc.publisher, line, found)
        seen.clear()
        for line in doc.kept:
            found = in_gold(line, gold)
            if found is False:
                _tally(kept, seen, doc.publisher, line, found)
    removed = sorted(cut.values(), key=_rank)
    missed = sorted((t for t in kept.values() if t.docs >= min_docs), key=_rank)
    return Audit(n_docs, n_cuts, n_wrong, n_unsure, n_blank, removed, missed, mismatched)


def _tally(
    table: dict[tuple[str, str], LineTally],
    seen: set[tuple[str, str]],
    publisher: str,
    line: str,
    found: bool | None,
) -> None:
    """Count `line` once per page (`seen` holds the keys met in the page so far)."""
    key = (publisher, token_line(line) or line.strip())
    if key in seen:
        return
    seen.add(key)
    tally = table.setdefault(key, LineTally(publisher, line.strip()))
    tally.docs += 1
    tally.in_gold += found is True
    tally.unsure += found is None


def _rank(t: LineTally) -> tuple[int, str, str]:
    return (-t.docs, t.publisher, t.text)
