"""Sister sites (`detect.sisters`): a publisher printing several of another's templates
takes them as its own, however rarely it prints them."""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from cleanpipe.config import DetectConfig
from cleanpipe.detect import OCCURRENCES, detect
from cleanpipe.detect.sisters import links, sister_templates


def test_a_sister_is_a_publisher_printing_several_of_anothers_templates():
    # Pairs: clusters 1-4 are templates of publisher 0; publisher 1 prints 1, 2, 3 and 4
    # (a sister: three or more), publisher 2 prints only 4; cluster 5 is publisher 1's own.
    cluster = np.array([1, 2, 3, 4, 1, 2, 3, 4, 4, 5])
    publisher = np.array([0, 0, 0, 0, 1, 1, 1, 1, 2, 1])
    template = np.array([1, 1, 1, 1, 0, 0, 0, 0, 0, 1], dtype=bool)
    found = sister_templates(links(cluster, publisher, template, 3, 20), len(cluster))
    assert found.tolist() == [False] * 4 + [True] * 4 + [False, False]
    assert not sister_templates(links(cluster, publisher, template, 5, 20), len(cluster)).any()
    assert not sister_templates(links(cluster, publisher, template, 0, 20), len(cluster)).any()
    # A line printed by more publishers than a network has says nothing.
    assert not sister_templates(links(cluster, publisher, template, 3, 1), len(cluster)).any()


def rows(doc: int, publisher: int, lines: list[int]) -> list[dict]:
    return [{"doc": doc, "index": i, "publisher": publisher, "cluster": c, "key": c,
             "raw_key": c, "prefix": 0, "frame": 0, "n_words": 8, "names_site": False}
            for i, c in enumerate(lines)]


def network() -> pa.Table:
    """Publisher 0 (40 pages) has a header 1, notices 2 and 3 and a footer 4 on every
    page. Publisher 1 (10 pages) copies its header and footer on every page, and notice 2
    on one page only: too rare to show, but a template of its sister. Publisher 2 prints
    notice 2 on one page and shares nothing else: no sister. (Only one of the three
    publishers printing notice 2 templates it: the network rule's "shared" case, half of
    them, does not apply.)"""
    table = []
    for d in range(40):
        table += rows(d, 0, [1, 2, 1000 + d, 3, 4])
    for d in range(40, 50):
        table += rows(d, 1, [1, *([2] if d == 41 else []), 1000 + d, 2000 + d, 3, 4])
    for d in range(50, 60):
        table += rows(d, 2, [1000 + d, *([2] if d == 51 else []), 2000 + d, 3000 + d])
    return pa.Table.from_pylist(table, schema=OCCURRENCES)


DOCS = np.array([40, 10, 10])


def test_a_sister_site_prints_the_big_sites_templates_on_one_page():
    occ = network()
    publisher = occ.column("publisher").to_numpy()
    cluster = occ.column("cluster").to_numpy()
    cut = detect(occ, DOCS, DetectConfig()).strip
    assert cut[(publisher == 1) & (cluster == 2)].all()
    assert not cut[(publisher == 2) & (cluster == 2)].any()
    off = detect(occ, DOCS, DetectConfig(min_sister_templates=0)).strip
    assert not off[(publisher == 1) & (cluster == 2)].any()


def test_the_sister_sites_lines_are_reported_under_their_own_rule():
    result = detect(network(), DOCS, DetectConfig())
    rules = {(r["publisher"], r["cluster"]): r["rule"] for r in result.decisions.to_pylist()}
    assert rules[(1, 2)] == "sister-site" and rules[(0, 2)] == "publisher"
