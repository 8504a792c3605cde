"""Rule "head-label" (`detect.heads`): short lines at the top of a publisher's pages drawn
from a small recurring set, each value too rare for the publisher rule."""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from cleanpipe.config import DetectConfig
from cleanpipe.detect import OCCURRENCES, detect
from cleanpipe.segment import slot_only_keys
from cleanpipe.segment.hashing import hash_strings

KICKERS = (11, 12, 13, 14)  # "Sport", "Kultur", "Debat", "Skive": one word each


def occurrences(docs: list[list[tuple[int, int, int]]]) -> pa.Table:
    """docs: per document (all of publisher 0), its lines as (cluster, words, written
    form)."""
    rows = [
        {"doc": d, "index": i, "publisher": 0, "cluster": c, "key": c, "raw_key": raw,
         "prefix": 0, "frame": 0, "n_words": words, "names_site": False}
        for d, lines in enumerate(docs) for i, (c, words, raw) in enumerate(lines)
    ]
    return pa.Table.from_pylist(rows, schema=OCCURRENCES)


def body(d: int) -> list[tuple[int, int, int]]:
    return [(5000 + 10 * d + i, 30, 5000 + 10 * d + i) for i in range(4)]


def title(d: int) -> tuple[int, int, int]:
    return (1000 + d, 8, 1000 + d)


def run(docs, cfg: DetectConfig | None = None):
    result = detect(occurrences(docs), np.array([len(docs)]), cfg or DetectConfig())
    clusters = occurrences(docs).column("cluster").to_numpy()
    rows = {c: (rule, position) for c, rule, position in zip(
        result.decisions.column("cluster").to_pylist(),
        result.decisions.column("rule").to_pylist(),
        result.decisions.column("position").to_pylist(), strict=True)}
    return rows, set(clusters[result.strip].tolist())


def kicked(n_docs: int, values: tuple[int, ...], every: int = 1) -> list:
    """A headline, then (on every `every`-th document) a kicker cycling through
    `values`, then the body: each value on n_docs / len(values) / every documents."""
    docs = []
    for d in range(n_docs):
        kicker = [(values[(d // every) % len(values)], 1, values[(d // every) % len(values)])]
        docs.append([title(d), *(kicker if d % every == 0 else []), *body(d)])
    return docs


def test_kickers_each_too_rare_are_cut_together():
    # 120 documents, a kicker on every fifteenth: each of four values on 2 documents,
    # too few for the publisher rule.
    docs = kicked(120, KICKERS, every=15)
    rows, cut = run(docs)
    assert cut == set(KICKERS)
    assert {rows[k] for k in KICKERS} == {("head-label", "head")}
    # Off: none of them is cut.
    _, cut = run(docs, DetectConfig(head_label_min_values=0))
    assert not cut & set(KICKERS)


def test_two_values_are_not_a_set():
    _, cut = run(kicked(120, KICKERS[:2], every=30))
    assert not cut & set(KICKERS)


def test_a_value_also_printed_lower_down_is_not_a_label():
    docs = kicked(120, KICKERS, every=15)
    docs[3].insert(3, (KICKERS[0], 1, KICKERS[0]))  # "Sport" as a subhead mid-body
    _, cut = run(docs)
    assert cut == set(KICKERS[1:])


def test_long_lines_and_headlines_that_mask_alike_are_not_labels():
    # Four long lines at the top, each on two documents (copied stories' standfirsts):
    # no labels. (Two pages sharing that one line only are the two-document case's,
    # `max_lines_two_docs`; copies share their body too, and keep it all.)
    docs = [[title(d), *([(21 + d % 4, 9, 21 + d % 4)] if d < 8 else []), *body(d)]
            for d in range(120)]
    _, cut = run(docs, DetectConfig(max_lines_two_docs=0))
    assert not cut & {21, 22, 23, 24}
    copies = [[title(d), *([(21 + d % 4, 9, 21 + d % 4), *body(d % 4)] if d < 8 else body(d))]
              for d in range(120)]
    _, cut = run(copies)
    assert not cut & {21, 22, 23, 24}
    # Short headlines that fold to one key ("The <Title Case>" -> "the X") in four
    # clusters of two documents, each written differently on every page.
    docs = [[(31 + d % 4 if d < 8 else 1000 + d, 2, 7000 + d), *body(d)] for d in range(120)]
    _, cut = run(docs)
    assert not cut & {31, 32, 33, 34}


def test_a_sister_site_prints_the_networks_kickers_on_few_pages():
    # Publisher 0 has the kicker set; publisher 1 (6 pages) prints "Sport" above one
    # headline, and a headline that masks as a kicker does ("In Brief" / "In <Title
    # Case>": one cluster, 15, written otherwise) above another.
    big = kicked(120, (*KICKERS, 15), every=12)
    small = [[(KICKERS[0], 1, KICKERS[0]), title(200), *body(200)],
             [(15, 2, 999), *body(201)], *[[title(d), *body(d)] for d in range(202, 206)]]
    rows = [
        {"doc": d, "index": i, "publisher": int(d >= len(big)), "cluster": c, "key": c,
         "raw_key": raw, "prefix": 0, "frame": 0, "n_words": words, "names_site": False}
        for d, lines in enumerate(big + small) for i, (c, words, raw) in enumerate(lines)
    ]
    table = pa.Table.from_pylist(rows, schema=OCCURRENCES)
    result = detect(table, np.array([len(big), len(small)]), DetectConfig())
    publisher = table.column("publisher").to_numpy()
    clusters = table.column("cluster").to_numpy()
    assert set(clusters[result.strip & (publisher == 1)].tolist()) == {KICKERS[0]}


def test_a_value_right_below_the_head_block_is_a_label():
    # A headline, a section and a date line on every page (the head block), then the
    # byline's bare name: each name on two pages only, one line deeper than a kicker.
    def paged(standfirst: bool) -> list:
        docs = kicked(120, KICKERS, every=15)
        for d, doc in enumerate(docs):
            doc[1:1] = [(50, 1, 50), (60000 + d, 20, 60000 + d) if standfirst else (51, 3, 51)]
        return docs
    _, cut = run(paged(standfirst=False))
    assert cut >= {50, 51, *KICKERS}
    # Below a line that is no template (a standfirst), a name is part of the story.
    _, cut = run(paged(standfirst=True))
    assert not cut & set(KICKERS)


def test_a_line_many_publishers_print_right_below_the_head_block_is_no_label():
    # "Story highlights" below the byline and date of syndicated stories on 5 sites.
    docs = kicked(120, KICKERS, every=3)  # each value on two pages of each site
    for doc in docs:
        doc[1:1] = [(50, 1, 50), (51, 3, 51)]
    rows = [
        {"doc": d, "index": i, "publisher": d % 5, "cluster": c, "key": c, "raw_key": raw,
         "prefix": 0, "frame": 0, "n_words": words, "names_site": False}
        for d, lines in enumerate(docs) for i, (c, words, raw) in enumerate(lines)
    ]
    table = pa.Table.from_pylist(rows, schema=OCCURRENCES)
    result = detect(table, np.array([24] * 5), DetectConfig())
    clusters = table.column("cluster").to_numpy()
    assert {50, 51} <= set(clusters[result.strip].tolist())
    assert not set(clusters[result.strip].tolist()) & set(KICKERS)
    # Printed by four sites, it is one below the head block.
    four = table.set_column(2, "publisher", pa.array([d % 4 for d in
                                                      table.column("doc").to_pylist()]))
    result = detect(four, np.array([30] * 4), DetectConfig())
    assert set(clusters[result.strip].tolist()) >= set(KICKERS)


def test_a_dated_slot_line_at_the_top_of_two_pages_is_a_label():
    # A small publisher's date line ("15.04.2017 21:55" -> "0"), written otherwise on
    # each of two of its five pages, just below the headline.
    date = int(hash_strings(pa.array(["0"]))[0])
    name = int(hash_strings(pa.array(["X"]))[0])
    assert date in slot_only_keys(numbered=True)

    def cut(pages: int = 2, depth: int = 0, key: int = date,
            cfg: DetectConfig | None = None) -> set[int]:
        docs = [[title(d), *body(d)] for d in range(5)]
        for d in range(pages):
            docs[d].insert(1 + (depth if d == 1 else 0), (key, 1, 9000 + d))
        result = detect(occurrences(docs), np.array([5]), cfg or DetectConfig())
        return set(occurrences(docs).column("cluster").to_numpy()[result.strip].tolist())

    assert cut() == {date}
    assert cut(cfg=DetectConfig(head_label_min_values=0)) == set()
    # On one page only, or once below two paragraphs, or a bare name ("X"), it stays.
    assert cut(pages=1) == cut(depth=2) == cut(key=name) == set()
    # In the headline's place, a headline of capitalised words and numbers masks alike
    # ("Q3 2019 Earnings", "Q1 2020 Results": "X 0 X"): it stays. A date alone or with a
    # name ("0", "0 X": "31 March 2018 · Ana Ruiz") opening the page is no headline.
    def opening(key: int) -> bool:
        docs = [[*([(key, 1, 9000 + d)] if d < 2 else []), *body(d)] for d in range(5)]
        return bool(detect(occurrences(docs), np.array([5]), DetectConfig()).strip.any())

    assert not opening(int(hash_strings(pa.array(["X 0 X"]))[0]))
    assert opening(date) and opening(int(hash_strings(pa.array(["0 X"]))[0]))


def test_a_date_line_on_one_page_is_a_label_where_many_publishers_print_one():
    """A bare date under the headline of one page of a small publisher: a dated head label
    when at least `min_publishers` other publishers print that cluster as one."""
    date = int(hash_strings(pa.array(["0"]))[0])

    def cut(confirming: int) -> bool:
        docs, publisher = [], []
        for p in range(confirming):  # each prints the date line on two of five pages
            for d in range(5):
                n = len(docs)
                docs.append([title(n), *([(date, 1, 9000 + n)] if d < 2 else []), *body(n)])
                publisher.append(p)
        small = len(docs)  # the small publisher: a date line on one of its four pages
        for d in range(4):
            n = len(docs)
            docs.append([title(n), *([(date, 1, 9000 + n)] if d == 0 else []), *body(n)])
            publisher.append(confirming)
        table = occurrences(docs)
        table = table.set_column(2, "publisher", pa.array(
            [publisher[d] for d in table.column("doc").to_pylist()], pa.int32()))
        result = detect(table, np.bincount(publisher), DetectConfig())
        doc = table.column("doc").to_numpy()[result.rows[result.strip]]
        return bool((doc == small).any())

    assert DetectConfig().min_publishers == 5
    assert cut(confirming=5)
    assert not cut(confirming=4)
