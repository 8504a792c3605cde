"""The datatrove peer of the benchmarks runs its tasks in-process with one worker.

datatrove is a bench extra (`make install-bench`), so `make test` skips this file where
only the test tools are installed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.peers import datatrove_line_dedup

pytest.importorskip("datatrove")


# datatrove masks digits before it hashes a line, so each story's own lines differ by a word.
WORDS = ["amber", "birch", "cedar", "delta", "ember", "fjord", "grove", "heath"]


def _docs() -> list[tuple[str, str, str]]:
    # Each document's footer repeats across the corpus.
    return [
        (f"d{n}", "a.com", f"The {w} story opens here.\nSubscribe to our newsletter today!\n"
                           f"It ends with the {w} line.")
        for n, w in enumerate(WORDS)
    ]


def test_one_worker_keeps_what_a_pool_of_two_keeps(tmp_path: Path) -> None:
    pooled = datatrove_line_dedup(_docs(), tmp_path / "pool", workers=2)
    inline = datatrove_line_dedup(_docs(), tmp_path / "inline", workers=1, tasks=2)
    assert inline == pooled
    # The repeated footer is gone from all but its first copy: datatrove did dedup.
    assert sum("newsletter" in text for text in inline.values()) == 1
    for n, word in enumerate(WORDS):
        assert inline[f"d{n}"].startswith(f"The {word} story opens here.")
        assert inline[f"d{n}"].endswith(f"It ends with the {word} line.")
