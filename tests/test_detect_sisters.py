"""Sister sites (`detect.sisters`): a publisher printing several of another's templates
takes them as its own, however rarely it prints them."""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from cleanpipe.config import DetectConfig
from cleanpipe.detect import OCCURRENCES, detect
from cleanpipe.detect.sisters import links, pooled_docs, sister_templates


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


def test_pooled_documents_count_the_publishers_sisters_either_way():
    # Pairs: cluster 1 is a template of publisher 0 and printed by 1, 2 and 3; 1 and 2
    # are sisters of 0 (links from `links`), 3 is not.
    cluster = np.array([1, 1, 1, 1, 7, 7, 7])
    publisher = np.array([0, 1, 2, 3, 1, 2, 3])
    n_docs = np.array([9, 2, 1, 4, 2, 1, 3])
    sister_links = (np.array([0, 0]), np.array([1, 2]))
    pooled, network = pooled_docs(cluster, publisher, n_docs, sister_links,
                                  np.array([30, 6, 4, 10]), 20)
    # Publisher 0 pools with 1 and 2; each of those with 0 (their sister) but not with
    # each other (a sister's sister is no sister).
    assert pooled.tolist() == [12, 11, 10, 4, 2, 1, 3]
    assert network.tolist() == [40, 36, 34, 10, 36, 34, 10]
    none = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
    assert pooled_docs(cluster, publisher, n_docs, none, np.array([30, 6, 4, 10]), 20)[
        0].tolist() == n_docs.tolist()
    # Clusters more publishers print than `max_publishers` are not pooled.
    assert pooled_docs(cluster, publisher, n_docs, sister_links, np.array([30, 6, 4, 10]),
                       3)[0].tolist() == [9, 2, 1, 4, 2, 1, 3]


def sister_pages(shared_headline: bool = False) -> pa.Table:
    """Publisher 0 (12 pages) prints header 1, notices 2 and 3 and footer 4 on every
    page; publisher 1 (6 pages) copies all four (a sister). Notice 7, mid-body, is on 2
    of publisher 0's pages (17%) and 2 of publisher 1's (33%): below the mid-body share
    for 0, and in too few pages for 1, but 4 of their 18 pages pooled (22%). Publisher 2
    (10 pages, no sister) prints it on 2 pages. With `shared_headline`, the pages
    printing it open with one headline: copies of a syndicated story."""
    table = []

    def headline(d: int) -> int:
        return 9 if shared_headline and d in (0, 1, 12, 13) else 5000 + d

    for d in range(12):
        body = [1000 + d, *([7] if d < 2 else []), 2000 + d]
        table += rows(d, 0, [headline(d), 1, 2, *body, 3, 4])
    for d in range(12, 18):
        body = [1000 + d, *([7] if d < 14 else []), 2000 + d]
        table += rows(d, 1, [headline(d), 1, 2, *body, 3, 4])
    for d in range(18, 28):
        table += rows(d, 2, [5000 + d, 1000 + d, *([7] if d < 20 else []), 2000 + d])
    return pa.Table.from_pylist(table, schema=OCCURRENCES)


def test_a_line_sister_sites_print_too_rarely_each_is_theirs_pooled():
    docs = np.array([12, 6, 10])
    occ = sister_pages()
    publisher = occ.column("publisher").to_numpy()
    notice = occ.column("cluster").to_numpy() == 7
    result = detect(occ, docs, DetectConfig())
    assert result.strip[notice & (publisher < 2)].all()
    assert not result.strip[notice & (publisher == 2)].any()
    rules = {(r["publisher"], r["cluster"]): (r["rule"], r["n_docs"])
             for r in result.decisions.to_pylist()}
    assert rules[(0, 7)] == rules[(1, 7)] == ("network-template", 2)
    # Off with the sister rule; not for copies of one story.
    assert not detect(occ, docs, DetectConfig(min_sister_templates=0)).strip[notice].any()
    copies = sister_pages(shared_headline=True)
    assert not detect(copies, docs, DetectConfig()).strip[notice].any()


def test_pooled_pages_mid_body_need_the_share_of_the_lines_length():
    """Notice 7 mid-body on 2 of publisher 0's 12 pages and 1 of its sister's 6: 3 of
    their 18 pages (17%). A line of four words or more needs `min_share_prefix` (15%)
    there, as the publisher rule asks of it; a shorter one `min_share_middle` (20%)."""

    def pages(words: int) -> pa.Table:
        table = []
        for d in range(18):
            publisher, notice = (0, d < 2) if d < 12 else (1, d == 12)
            body = [1000 + d, *([7] if notice else []), 2000 + d]
            table += rows(d, publisher, [5000 + d, 1, 2, *body, 3, 4])
        for row in table:
            if row["cluster"] == 7:
                row["n_words"] = words
        return pa.Table.from_pylist(table, schema=OCCURRENCES)

    docs = np.array([12, 6])
    for words, cut in ((8, True), (2, False)):
        occ = pages(words)
        notice = occ.column("cluster").to_numpy() == 7
        strip = detect(occ, docs, DetectConfig()).strip[notice]
        assert strip.all() == strip.any() == cut, words
