"""Rule "title-link" (`strip.links`): a short label and another page's title."""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from cleanpipe.segment import RAW_SEED
from cleanpipe.segment.hashing import hash_strings
from cleanpipe.strip.links import (
    MAX_TITLE_DOCS,
    publisher_hashes,
    title_keys,
    title_links,
)

TITLES = [
    "Harbour council approves the winter ferry budget",
    "Orchard growers fear a late frost in the valley",
    "서울시 내년 예산 3조 원 규모로 확정 발표",
    "国务院召开常务会议 部署稳增长措施",
]
PARAGRAPH = ("The council met on Tuesday evening and the vote was close, with several "
             "members asking for more time to study the figures before the spring session.")


def _run(pages: list[tuple[str, list[str]]], cut_rows: tuple[int, ...] = ()) -> list[str]:
    """The lines `title_links` finds over `pages` (publisher, lines), with the titles
    taken from the same pages as the engine takes them from the segments."""
    doc = np.array([d for d, (_, lines) in enumerate(pages) for _ in lines])
    lines = pa.array([line for _, lines in pages for line in lines], pa.string())
    index = np.concatenate([np.arange(len(lines_)) for _, lines_ in pages])
    n_words = np.array([len(line.split()) for _, lines_ in pages for line in lines_])
    doc_hash = publisher_hashes([p for p, _ in pages])
    titles = title_keys(hash_strings(lines, seed=RAW_SEED), index, n_words, doc, doc_hash)
    cut = np.zeros(len(doc), dtype=bool)
    cut[list(cut_rows)] = True
    found = title_links(doc, lines, cut, doc_hash, titles)
    return [line for line, f in zip(lines.to_pylist(), found, strict=True) if f]


def test_a_label_of_any_form_before_another_pages_title_is_a_link():
    links = [
        f"[관련기사] {TITLES[2]}",
        f"LEES OOK. {TITLES[0]}",
        f"Zie ook » {TITLES[1]} »",
        f"Read: “{TITLES[0]}”",
        f"【相关阅读】{TITLES[3]}",
        f"You might also be interested in: {TITLES[1]}",
    ]
    pages = [("a.example", [TITLES[0], PARAGRAPH]), ("a.example", [TITLES[1], PARAGRAPH]),
             ("a.example", [TITLES[2], PARAGRAPH]), ("a.example", [TITLES[3], PARAGRAPH]),
             ("a.example", ["Village fair returns after a long absence", PARAGRAPH, *links])]
    assert _run(pages) == links


def test_own_title_other_publishers_titles_long_labels_and_the_first_line_stay():
    stays = [
        f"Share this story: {TITLES[0]}",  # the page's own title
        f"Ook interessant: {TITLES[2]}",  # another publisher's title
        f"On Tuesday the mayor said in a long speech that {TITLES[1]}",  # eight words
        f"{TITLES[1]} and more",  # the title first
    ]
    pages = [("a.example", [TITLES[0], PARAGRAPH, *stays]),
             ("a.example", [TITLES[1], PARAGRAPH]),
             ("b.example", [TITLES[2], PARAGRAPH]),
             ("a.example", [f"Read more: {TITLES[1]}", PARAGRAPH])]  # the page's first line
    assert _run(pages) == []


def test_a_line_already_cut_or_a_short_title_is_not_a_link():
    short = "Fair returns today"  # 18 characters
    pages = [("a.example", [TITLES[0], PARAGRAPH]), ("a.example", [short, PARAGRAPH]),
             ("a.example", [TITLES[1], PARAGRAPH, f"Related: {TITLES[0]}",
                            f"Related: {short}"])]
    assert _run(pages) == [f"Related: {TITLES[0]}"]
    assert _run(pages, cut_rows=(6,)) == []


def test_a_line_that_opens_many_pages_is_no_title():
    header = "Daily news from the harbour town of Kilgram"
    pages = [("a.example", [header, f"Title number {n} of the week", PARAGRAPH])
             for n in range(MAX_TITLE_DOCS + 1)]
    pages.append(("a.example", [TITLES[0], PARAGRAPH, f"Back to: {header}"]))
    assert _run(pages) == []
    assert _run(pages[-MAX_TITLE_DOCS:]) == [f"Back to: {header}"]


def test_another_pages_headline_alone_below_the_head_block_is_a_link():
    # A list of related titles under its heading, no label on each: another page's first
    # line, written as it is there, from the fourth line of a page on.
    kicker, dated = "Politics and the regional council", "Tuesday 4 March 2019, 10:42 local"
    pages = [("a.example", [TITLES[0], kicker, dated, PARAGRAPH]),
             ("a.example", [TITLES[1], PARAGRAPH]),
             ("a.example", ["Village fair returns after a long absence", PARAGRAPH,
                            "More from the site", TITLES[0], TITLES[1], kicker, dated])]
    assert _run(pages) == [TITLES[0], TITLES[1]]
    # Not in the head block, not another publisher's, not the page's own headline (the
    # third page is a copy of the fourth).
    pages = [("a.example", [TITLES[0], PARAGRAPH]),
             ("b.example", [TITLES[1], PARAGRAPH]),
             ("a.example", [TITLES[2], PARAGRAPH, TITLES[0]]),
             ("a.example", [TITLES[2], PARAGRAPH, "Related", TITLES[1], TITLES[2]])]
    assert _run(pages) == []
    # The same line on a page whose own headline it is not goes.
    pages[3] = ("a.example", [TITLES[3], PARAGRAPH, "Related", TITLES[1], TITLES[2]])
    assert _run(pages) == [TITLES[2]]
