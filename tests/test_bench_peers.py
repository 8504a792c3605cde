"""The plain-Python exact line-dedup peer of the benchmarks (no shared data, no datatrove)."""

from __future__ import annotations

import pytest

from tests.bench.peers import ccnet_line_dedup, normalise_line


def _doc(n: int, publisher: str = "a.com") -> tuple[str, str, str]:
    return (
        f"{publisher}-{n}",
        publisher,
        f"By Ann Lee, June {n + 1}, 2017\n\nUnique paragraph {'x' * n}.\nShare this article!",
    )


def test_normalise_masks_case_digits_punctuation_and_space() -> None:
    assert normalise_line("  Copyright 2017, ACME Ltd.  ") == "copyright0000acmeltd"
    same = normalise_line("COPYRIGHT 1999 -- acme  LTD")
    assert same == normalise_line("Copyright 2017 ACME Ltd")
    assert normalise_line(" --- ") == ""


def test_lines_in_min_docs_documents_of_a_publisher_are_dropped() -> None:
    kept = ccnet_line_dedup([_doc(n) for n in range(3)], min_docs=3)
    # The byline differs only in digits and the share line is exact: both go, everywhere.
    # Blank lines are never counted and stay.
    assert kept["a.com-0"] == "\nUnique paragraph ."
    assert kept["a.com-2"] == "\nUnique paragraph xx."


def test_below_min_docs_nothing_is_dropped() -> None:
    docs = [_doc(n) for n in range(2)]
    assert ccnet_line_dedup(docs, min_docs=3) == {d[0]: d[2] for d in docs}


def test_counts_are_per_publisher_and_per_document() -> None:
    docs = [_doc(0, "a.com"), _doc(1, "a.com"), _doc(2, "b.com")]
    repeated = ("c.com-0", "c.com", "Same line\nSame line\nSame line\nOther")
    kept = ccnet_line_dedup([*docs, repeated], min_docs=3)
    assert kept == {d[0]: d[2] for d in [*docs, repeated]}


def test_accepts_a_generator_and_checks_min_docs() -> None:
    kept = ccnet_line_dedup((_doc(n) for n in range(4)), min_docs=4)
    assert set(kept) == {f"a.com-{n}" for n in range(4)}
    assert "Share this article!" not in kept["a.com-3"]
    with pytest.raises(ValueError):
        ccnet_line_dedup([], min_docs=0)
