"""The registry of publisher styles, in the order `generate(n_publishers=k)` takes them."""

from __future__ import annotations

from cleanpipe.sample.styles_news import (
    harbour_style,
    ledger_style,
    metrobeat_style,
    northvale_style,
)
from cleanpipe.sample.styles_research import research_style
from cleanpipe.sample.styles_web import current_style, echo_style, lantern_style
from cleanpipe.sample.templates import PublisherStyle


def all_styles() -> list[PublisherStyle]:
    """Every bundled style; sizes (of 3000 documents) run from 1000 down to 50."""
    return [
        research_style(),
        harbour_style(),
        northvale_style(),
        current_style(),
        ledger_style(),
        lantern_style(),
        echo_style(),
        metrobeat_style(),
    ]


def allocate(sizes: list[int], n_docs: int) -> list[int]:
    """Split `n_docs` in proportion to `sizes` (largest remainder), at least 1 each if possible."""
    total = sum(sizes)
    raw = [n_docs * s / total for s in sizes]
    counts = [int(x) for x in raw]
    order = sorted(range(len(sizes)), key=lambda i: (counts[i] - raw[i], i))
    for i in order[: n_docs - sum(counts)]:
        counts[i] += 1
    return counts
