import numpy as np
import pyarrow as pa

from cleanpipe.config import DetectConfig
from cleanpipe.detect import DECISIONS, OCCURRENCES, _edges, detect
from cleanpipe.segment import mask_only_keys, prefix_key, slot_only_keys
from cleanpipe.segment.hashing import hash_strings


def occurrences(docs: list[tuple[int, list[int]]], named: frozenset[int] = frozenset()) -> pa.Table:
    """docs: (publisher, [cluster of each line]) per document; lines of the `named`
    clusters name their publisher."""
    rows = []
    for d, (publisher, clusters) in enumerate(docs):
        for i, c in enumerate(clusters):
            rows.append({"doc": d, "index": i, "publisher": publisher, "cluster": c,
                         "key": c, "raw_key": c, "prefix": 0, "frame": 0, "n_words": 10,
                         "names_site": c in named})
    return pa.Table.from_pylist(rows, schema=OCCURRENCES)


def unique(d: int, n: int = 3) -> list[int]:
    return [1000 + 10 * d + i for i in range(n)]


def test_edges_follow_blocks_of_candidates_from_each_end():
    doc = np.array([0, 0, 0, 0, 0, 1, 1])
    cand = np.array([True, True, False, True, True, True, False])
    head, tail = _edges(doc, cand)
    assert head.tolist() == [True, True, False, False, False, True, False]
    assert tail.tolist() == [False, False, False, True, True, False, False]
    # One line (a headline) may stand above the head block, but not inside it.
    cand = np.array([False, True, True, False, True, False, True])
    head, _ = _edges(doc, cand, head_slack=1)
    assert head.tolist() == [False, True, True, False, False, False, True]
    cand = np.array([False, False, True, True, True, True, True])
    head, _ = _edges(doc, cand, head_slack=1)
    assert head.tolist() == [False, False, False, False, False, True, True]


def test_header_footer_removed_quote_in_few_docs_kept():
    docs = []
    for d in range(40):
        body = unique(d)
        if d < 4:  # a statement quoted mid-body in 4 of 40 articles (10%)
            body.insert(1, 7)
        docs.append((0, [1, *body, 2, 3]))
    result = detect(occurrences(docs), np.array([40]), DetectConfig())
    assert result.decisions.schema == DECISIONS
    found = dict(zip(result.decisions.column("cluster").to_pylist(),
                     result.decisions.column("position").to_pylist(), strict=True))
    assert found == {1: "head", 2: "tail", 3: "tail"}
    strip = result.strip.reshape(-1)
    table = occurrences(docs)
    clusters = table.column("cluster").to_numpy()
    assert strip[np.isin(clusters, [1, 2, 3])].all()
    assert not strip[~np.isin(clusters, [1, 2, 3])].any()


def test_a_notice_at_the_edges_of_few_pages_is_a_template_at_the_edge_share():
    """An editor's note closing 4 of 100 pages (held-back-122's on 7 of 147): above
    `min_share` (0.03), a template; on 2 of 100, below it, only as the two-document case
    (`max_lines_two_docs`). Mid-body on 4 of 100 (a quoted statement) it stays:
    `min_share_middle` holds there."""

    def found(pages: int, where: int, cfg: DetectConfig | None = None) -> set[int]:
        docs = []
        for d in range(100):
            body = unique(d, 5)
            if d < pages:
                body.insert(where, 7)
            docs.append((0, [1, *body, 2]))
        return set(detect(occurrences(docs), np.array([100]), cfg or DetectConfig())
                   .decisions.column("cluster").to_pylist())

    assert found(4, 5) == {1, 2, 7}
    assert found(2, 5) == {1, 2, 7}
    assert found(2, 5, DetectConfig(max_lines_two_docs=0)) == {1, 2}
    assert found(4, 2) == {1, 2}
    assert found(2, 2) == {1, 2}


def test_a_wordy_insert_on_many_pages_needs_only_the_edge_share():
    """A paywall line mid-body on 15 of 120 pages (12.5%), an appeal on 12 of 148 (8%):
    below `min_share_middle` and `min_share_prefix`, but in `wordy_many_docs` pages or
    more, inserts. A quote reprinted in 5 of 40 (12.5% too) stays, as do the inserts with
    the rule off, with fewer words, or on fewer than `min_share` of the pages (12 of 500)."""

    def found(pages: int, n: int, words: int = 10, cfg: DetectConfig | None = None) -> bool:
        rows = []
        for d in range(n):
            lines = [(1000 + 10 * d + i, 10) for i in range(6)]
            if d < pages:
                lines.insert(3, (7, words))
            rows += [{"doc": d, "index": i, "publisher": 0, "cluster": c, "key": c,
                      "raw_key": c, "prefix": 0, "frame": 0, "n_words": w}
                     for i, (c, w) in enumerate(lines)]
        occ = pa.Table.from_pylist(rows, schema=OCCURRENCES)
        result = detect(occ, np.array([n]), cfg or DetectConfig())
        return 7 in result.decisions.column("cluster").to_pylist()

    assert found(15, 120)
    assert found(12, 148)
    assert not found(12, 500)
    assert not found(5, 40)
    assert not found(15, 120, cfg=DetectConfig(wordy_many_docs=0))
    assert not found(15, 120, words=3)


def test_a_notice_beside_cut_lines_on_each_of_its_pages_is_a_template():
    """A cultural warning under a mid-body insert the publisher rule cuts, on 5 of 40
    pages (12.5%: below `min_share_prefix`, too few pages for `wordy_many_docs`), goes by
    rule "attached"; a statement quoted on 5 pages between the story's own paragraphs
    stays, and so does the warning when one of its pages prints it between paragraphs."""

    def decided(beside: int, quoted: int = 0) -> dict[int, str]:
        docs = []
        for d in range(40):
            body = [*unique(d, 2), 5, *unique(50 + d, 3)]  # 5: an insert on every page
            if d < beside:
                body.insert(3, 7)
            elif d < 5:
                body.insert(5, 7)
            if 10 <= d < 10 + quoted:
                body.insert(5, 8)
            docs.append((0, [*body, 2]))
        result = detect(occurrences(docs), np.array([40]), DetectConfig())
        return dict(zip(result.decisions.column("cluster").to_pylist(),
                        result.decisions.column("rule").to_pylist(), strict=True))

    assert decided(5, quoted=5) == {2: "publisher", 5: "publisher", 7: "attached"}
    assert decided(4) == {2: "publisher", 5: "publisher"}


def test_partial_footer_line_still_found_at_edge():
    # A notice on 30% of pages, always in the footer block.
    docs = [(0, [1, *unique(d), 2] + ([5] if d % 10 < 3 else [])) for d in range(50)]
    result = detect(occurrences(docs), np.array([50]), DetectConfig())
    assert 5 in result.decisions.column("cluster").to_pylist()


def test_min_docs_protects_small_repeats_and_scopes_are_per_publisher():
    # Publisher 0 has a footer on every page; publishers 1 and 2 use the same line twice
    # only, mid-body. (Closing their pages, or if most publishers printing it printed it
    # as a template, it would be publisher 0's footer copied: see the network tests below.)
    docs = [(0, [*unique(d), 9]) for d in range(10)] + [
        (p, [100 * p + d, 7000 + 100 * p + d, 9 if d < 2 else 8000 + 100 * p + d,
             *unique(100 * p + d)])
        for p in (1, 2) for d in range(10)
    ]
    result = detect(occurrences(docs), np.array([10, 10, 10]), DetectConfig())
    pairs = set(zip(result.decisions.column("publisher").to_pylist(),
                    result.decisions.column("cluster").to_pylist(), strict=True))
    assert (0, 9) in pairs and (1, 9) not in pairs and (2, 9) not in pairs


def test_cross_publisher_rule_needs_many_publishers_at_the_edge():
    # A widget line at the end of one page from each of 6 publishers -> boilerplate;
    # a syndicated paragraph in 3 publishers -> kept.
    docs = [(p, [*unique(p), 77]) for p in range(6)]
    docs += [(p, [*unique(50 + p, 1), 88, *unique(60 + p, 1)]) for p in range(3)]
    result = detect(occurrences(docs), np.array([2, 2, 2, 1, 1, 1]), DetectConfig())
    rules = set(zip(result.decisions.column("cluster").to_pylist(),
                    result.decisions.column("rule").to_pylist(), strict=True))
    assert rules == {(77, "cross-publisher")}
    assert result.decisions.num_rows == 6


def test_a_table_of_slot_rows_is_no_cross_publisher_template():
    # Six publishers close a page with a line of slots only ("<date> | <name> | <time>",
    # masked "0 X 0"): a template wherever it stands once a page. A gold table's forty rows
    # ("<rank> <name> <points>") mask the same and close one page of a seventh publisher:
    # content.
    dated = hash_strings(pa.array(["0 X 0"]))[0].item()
    assert np.isin(dated, slot_only_keys())

    def strip(docs: list[tuple[int, list[int]]]) -> np.ndarray:
        table = occurrences(docs)
        table = table.set_column(table.schema.get_field_index("n_words"), "n_words",
                                 pa.array([3] * table.num_rows, pa.int32()))
        return detect(table, np.ones(len(docs), dtype=np.int64), DetectConfig()).strip

    docs = [(p, [*unique(p), dated]) for p in range(6)]
    assert strip(docs).reshape(-1)[[4 * p + 3 for p in range(6)]].all()
    assert not strip([*docs, (6, [*unique(6), *[dated] * 40])]).reshape(-1)[24:].any()


def test_mid_body_insert_needs_the_higher_share():
    def mid_body(in_docs: int, n_words: int = 10) -> pa.Table:
        docs = [(0, [*unique(d, 2), 4 if d < in_docs else 5000 + d, *unique(50 + d, 2)])
                for d in range(20)]
        table = occurrences(docs)
        return table.set_column(table.schema.get_field_index("n_words"), "n_words",
                                pa.array([n_words] * table.num_rows, pa.int32()))

    def found(table: pa.Table, cfg: DetectConfig | None = None) -> int:
        return detect(table, np.array([20]), cfg or DetectConfig()).decisions.num_rows

    assert found(mid_body(20)) == 1  # on every page
    # On 3 of 20 (15%): a line of four words or more reaches min_share_prefix; a shorter
    # one ("Story Highlights") needs min_share_middle; on 2 of 20 (10%) neither goes.
    assert found(mid_body(3)) == 1
    assert found(mid_body(3), DetectConfig(min_share_prefix=0.2)) == 0
    assert found(mid_body(3, n_words=2)) == 0
    assert found(mid_body(2)) == 0


def test_a_headline_is_no_link_to_itself():
    # "ALSO READ: <title>" mid-body on 4 of 20 pages (one cluster with the title: MinHash
    # groups them); page 19 is that article, whose first line is the title.
    also_read = prefix_key("ALSO READ: a title")
    rows = []
    for d in range(20):
        lines = [(1000 + d, 0), (2000 + d, 0), (7, also_read), (3000 + d, 0)] if d < 4 else (
            [(7, 0), (2000 + d, 0), (3000 + d, 0)] if d == 19 else
            [(1000 + d, 0), (2000 + d, 0), (3000 + d, 0)])
        for i, (c, prefix) in enumerate(lines):
            rows.append({"doc": d, "index": i, "publisher": 0, "cluster": c, "key": c,
                         "raw_key": c, "prefix": prefix, "frame": 0, "n_words": 10})
    table = pa.Table.from_pylist(rows, schema=OCCURRENCES)
    result = detect(table, np.array([20]), DetectConfig())
    seven = table.column("cluster").to_numpy() == 7
    doc = table.column("doc").to_numpy()
    assert result.strip[seven & (doc < 4)].all()
    assert not result.strip[seven & (doc == 19)].any()


def test_example_is_most_frequent_variant():
    rows = []
    for d in range(5):
        for i, (c, raw) in enumerate([(1000 + d, 1000 + d), (1, 11 if d == 0 else 12)]):
            rows.append({"doc": d, "index": i, "publisher": 0, "cluster": c, "key": c,
                         "prefix": 0, "frame": 0, "n_words": 10,
                         "raw_key": raw})
    table = pa.Table.from_pylist(rows, schema=OCCURRENCES)
    result = detect(table, np.array([5]), DetectConfig())
    (row,) = result.decisions.to_pylist()
    assert row["n_variants"] == 2
    assert table.column("raw_key")[row["example"]].as_py() == 12


def test_cross_publisher_cluster_must_keep_its_forms():
    # The same near-duplicate cluster at the top of one page in each of 6 publishers:
    # one written form (a widget) is boilerplate; a new form on every page (a headline
    # formula that LSH merged) is not.
    def table(forms: bool) -> pa.Table:
        rows = []
        for p in range(6):
            for i, (c, k) in enumerate([(77, 500 + p if forms else 77), (1000 + p, 1000 + p)]):
                rows.append({"doc": p, "index": i, "publisher": p, "cluster": c, "key": k,
                             "raw_key": k, "prefix": 0, "frame": 0, "n_words": 10})
        return pa.Table.from_pylist(rows, schema=OCCURRENCES)

    ones = np.ones(6, dtype=np.int64)
    assert detect(table(forms=False), ones, DetectConfig()).decisions.num_rows == 6
    assert detect(table(forms=True), ones, DetectConfig()).decisions.num_rows == 0


def test_two_documents_suffice_for_a_small_publishers_footer():
    # A publisher of 6 documents: an appeal ends 2 of them; a duplicated article is 2 more.
    docs = [(0, [*unique(d, 4), 9]) if d < 2 else (0, unique(d, 4)) for d in range(4)]
    docs += [(0, [50, 51, 52, 53]), (0, [50, 51, 52, 53])]
    result = detect(occurrences(docs), np.array([6]), DetectConfig())
    clusters = occurrences(docs).column("cluster").to_numpy()
    assert result.strip[clusters == 9].all()
    assert not result.strip[clusters >= 50].any()
    # The same two documents in a publisher of 26 are too small a share ...
    docs += [(0, unique(d, 4)) for d in range(10, 30)]
    off = DetectConfig(max_lines_two_docs=0)
    assert not detect(occurrences(docs), np.array([26]), off).strip.any()
    # ... but for the two-document case of any publisher: the appeal is the one line
    # those two share (`test_two_documents_of_a_large_publisher_...` below).
    result = detect(occurrences(docs), np.array([26]), DetectConfig())
    clusters = occurrences(docs).column("cluster").to_numpy()
    assert result.strip[clusters == 9].all()
    assert not result.strip[clusters != 9].any()


def test_two_documents_of_a_large_publisher_share_one_notice_not_a_story():
    """A notice closing 2 of 60 pages (a week's closure notice above the footer) is the
    one line those two share: boilerplate. Two versions of one story (an update under a
    new headline) share their last paragraphs too, each on those two pages alone: none
    goes, however few. Nor does a single line they share mid-body."""
    footer = [2, 3]

    def corpus(shared: list[int], where: str) -> list[tuple[int, list[int]]]:
        docs = []
        for d in range(60):
            body = unique(d, 6)
            if d < 2:
                body = body + shared if where == "end" else body[:3] + shared + body[3:]
            docs.append((0, [1, *body, *footer]))
        return docs

    def cut(docs: list[tuple[int, list[int]]], cfg: DetectConfig | None = None) -> set:
        result = detect(occurrences(docs), np.array([60]), cfg or DetectConfig())
        clusters = occurrences(docs).column("cluster").to_numpy()
        return set(clusters[result.strip].tolist()) - {1, *footer}

    assert cut(corpus([9], "end")) == {9}
    assert cut(corpus([9], "end"), DetectConfig(max_lines_two_docs=0)) == set()
    assert cut(corpus([9], "middle")) == set()
    assert cut(corpus([9, 10, 11], "end")) == set()
    assert cut(corpus([9, 10], "end"), DetectConfig(max_lines_two_docs=2)) == {9, 10}
    assert cut(corpus([9, 10], "end")) == set()
    # A notice opening one page, above its headline, and under the other's: no copies, as
    # they share nothing else. Not without the rule, nor when the line is a short label,
    # nor when it opens both (a series' standing introduction).
    def top(opening: tuple[int, ...]) -> pa.Table:
        docs = []
        for d in range(60):
            lines = [5000 + d, *unique(d, 6), *footer]
            if d < 2:
                lines.insert(0 if d in opening else 1, 9)
            docs.append((0, lines))
        return occurrences(docs)

    clusters = top((0,)).column("cluster").to_numpy()
    assert detect(top((0,)), np.array([60]), DetectConfig()).strip[clusters == 9].all()
    off = DetectConfig(max_lines_two_docs=0)
    assert not detect(top((0,)), np.array([60]), off).strip[clusters == 9].any()
    short = top((0,))
    short = short.set_column(short.schema.get_field_index("n_words"), "n_words",
                             pa.array(np.where(clusters == 9, 2, 10), pa.int32()))
    assert not detect(short, np.array([60]), DetectConfig()).strip[clusters == 9].any()
    clusters = top((0, 1)).column("cluster").to_numpy()
    assert not detect(top((0, 1)), np.array([60]), DetectConfig()).strip[clusters == 9].any()


def test_two_documents_take_a_short_header_line_but_not_a_short_footer_line():
    """"Posted <date>" (two normalised words) under the headline of 2 of 6 documents is a
    header; "Share this" closing 2 of 6 is as likely a shared ending: it needs five words."""
    def words_of(table: pa.Table, short: int) -> pa.Table:
        n_words = np.where(table["cluster"].to_numpy() == short, 2, 10)
        return table.set_column(table.schema.get_field_index("n_words"), "n_words",
                                pa.array(n_words, pa.int32()))
    head = [(0, [1000 + d, 9, *unique(d, 3)] if d < 2 else [1000 + d, *unique(d, 3)])
            for d in range(6)]
    tail = [(0, [*unique(d, 4), 9] if d < 2 else unique(d, 4)) for d in range(6)]
    found = detect(words_of(occurrences(head), 9), np.array([6]), DetectConfig())
    assert 9 in found.decisions["cluster"].to_pylist()
    found = detect(words_of(occurrences(tail), 9), np.array([6]), DetectConfig())
    assert 9 not in found.decisions["cluster"].to_pylist()
    strict = DetectConfig(min_words_two_docs_head=5)
    found = detect(words_of(occurrences(head), 9), np.array([6]), strict)
    assert 9 not in found.decisions["cluster"].to_pylist()


def test_a_footer_confirmed_by_other_publishers_goes_where_it_closes_a_document():
    docs: list[tuple[int, list[int]]] = []

    def page(publisher: int, lines: list[int]) -> None:
        docs.append((publisher, lines))

    # Publisher 0 carries footer 9 on every page: the publisher rule takes it.
    for _ in range(10):
        page(0, [*unique(len(docs)), 9])
    # Publisher 1 has it once, closing a page; publishers 2 and 3 once, mid-body: most
    # publishers that print it do not print it as a template.
    page(1, [*unique(len(docs)), 9])
    for publisher in (2, 3):
        page(publisher, [*unique(len(docs), 2), 9, *unique(len(docs) + 100, 2)])
    for publisher in [1, 2, 3] * 5:
        page(publisher, unique(len(docs)))
    table = occurrences(docs)
    sizes = np.array([10, 6, 6, 6])
    result = detect(table, sizes, DetectConfig())
    cut = {(r["publisher"], r["cluster"]) for r in result.decisions.to_pylist()}
    assert cut == {(0, 9), (1, 9)}
    # Not with one confirming publisher fewer than the setting asks.
    strict = detect(table, sizes, DetectConfig(min_confirming_publishers=2))
    assert {(r["publisher"], r["cluster"]) for r in strict.decisions.to_pylist()} == {(0, 9)}


def test_a_short_template_most_of_its_printers_share_goes_wherever_it_sits():
    """Sister sites' byline "Av <name>" (two words): a template for two publishers, and on
    a third, small one printed once, mid-body. It goes there too. A price line ("$164.99",
    slots only) that two publishers print as a template says nothing about a third."""
    def corpus(key: int) -> pa.Table:
        docs = [(p, [*unique(100 * p + d, 2), 9, *unique(100 * p + d + 50, 2)])
                for p in (0, 1) for d in range(10)]
        docs.append((2, [*unique(300, 2), 9, *unique(350, 2)]))
        docs += [(2, unique(301 + d)) for d in range(4)]
        table = occurrences(docs)
        keys = np.where(table["cluster"].to_numpy() == 9, key, table["key"].to_numpy())
        table = table.set_column(table.schema.get_field_index("key"), "key",
                                 pa.array(keys, pa.uint64()))
        n_words = np.where(keys == key, 2, 10)
        return table.set_column(table.schema.get_field_index("n_words"), "n_words",
                                pa.array(n_words, pa.int32()))
    sizes = np.array([10, 10, 5])
    cut = {(r["publisher"], r["cluster"]) for r in detect(
        corpus(9), sizes, DetectConfig()).decisions.to_pylist()}
    assert cut == {(0, 9), (1, 9), (2, 9)}
    price = int(slot_only_keys()[0])  # the key of "0", "X", "0 X" or the like
    cut = {(r["publisher"], r["cluster"]) for r in detect(
        corpus(price), sizes, DetectConfig()).decisions.to_pylist()}
    assert cut == {(0, 9), (1, 9)}


def test_a_line_naming_its_publisher_counts_mid_body_at_the_edge_share():
    """"Download the free <Site> app" in 4 of 40 articles, mid-body: 10% is below the
    mid-body share, as for a quote, but a line naming the publisher is about the publisher."""
    docs = []
    for d in range(40):
        body = unique(d, 4)
        if d < 4:
            body.insert(2, 7)
        docs.append((0, [1, *body, 2]))
    stripped = lambda result: set(  # noqa: E731
        result.decisions.column("cluster").to_pylist())
    assert 7 not in stripped(detect(occurrences(docs), np.array([40]), DetectConfig()))
    named = detect(occurrences(docs, frozenset({7})), np.array([40]), DetectConfig())
    assert 7 in stripped(named)
    assert named.decisions.filter(pa.compute.equal(named.decisions["cluster"], 7))[
        "position"].to_pylist() == ["middle"]
    # Never on fewer documents than `min_docs` mid-body.
    few = [(p, [c for c in cl if c != 7 or d < 2]) for d, (p, cl) in enumerate(docs)]
    assert 7 not in stripped(detect(occurrences(few, frozenset({7})), np.array([40]),
                                    DetectConfig()))


def test_a_footer_naming_its_publisher_counts_in_two_documents_at_the_edge_share():
    """A reworded footer in 2 of 30 documents (6.7%, below `min_share_two_docs`), closing
    them: enough when it names the publisher, not otherwise (without the two-document
    case of any publisher, `max_lines_two_docs`), and never at the top."""
    docs = [(0, [1, *unique(d), 2] + ([9] if d < 2 else [])) for d in range(30)]
    off = DetectConfig(max_lines_two_docs=0)
    assert 9 not in detect(occurrences(docs), np.array([30]), off).decisions[
        "cluster"].to_pylist()
    named = detect(occurrences(docs, frozenset({9})), np.array([30]), off)
    assert 9 in named.decisions["cluster"].to_pylist()
    # The same lines opening two documents are a duplicated article's start.
    top = [(0, ([9, 8] if d < 2 else []) + unique(d) + [2]) for d in range(30)]
    assert 9 not in detect(occurrences(top, frozenset({9})), np.array([30]),
                           DetectConfig()).decisions["cluster"].to_pylist()


def test_a_line_naming_its_own_site_on_several_publishers_is_a_site_template():
    """"Thanks for reading <Site>! Subscribe for free" mid-body in one document each of
    three small publishers, each line naming its own site: a template whose slot is the
    site. Without the names, or in fewer than `min_docs` documents, it stays."""
    def corpus(n_publishers):
        docs = []
        for p in range(n_publishers):
            for d in range(6):
                body = unique(10 * p + d, 4)
                if d == 0:
                    body.insert(2, 9)
                docs.append((p, body))
        return docs
    sizes = np.array([6, 6, 6])
    named = detect(occurrences(corpus(3), frozenset({9})), sizes, DetectConfig())
    rows = [r for r in named.decisions.to_pylist() if r["cluster"] == 9]
    assert [r["rule"] for r in rows] == ["site-template"] * 3
    assert {r["position"] for r in rows} == {"middle"}
    table = occurrences(corpus(3))
    assert named.strip[table.column("cluster").to_numpy() == 9].all()
    assert not detect(table, sizes, DetectConfig()).decisions.num_rows
    two = detect(occurrences(corpus(2), frozenset({9})), sizes[:2], DetectConfig())
    assert not two.decisions.num_rows


def test_a_header_in_two_documents_of_a_small_publisher_unless_they_are_copies():
    """Under the headline of 2 of 6 documents: a small publisher's header. The same two
    lines under the same first line are two copies of one article, and stay."""
    def corpus(same_first: bool) -> list[tuple[int, list[int]]]:
        docs = []
        for d in range(6):
            first = 4000 if same_first and d < 2 else 5000 + d
            docs.append((0, [first, *([8] if d < 2 else []), *unique(d), 2]))
        return docs
    found = detect(occurrences(corpus(False)), np.array([6]), DetectConfig())
    assert 8 in found.decisions["cluster"].to_pylist()
    copies = detect(occurrences(corpus(True)), np.array([6]), DetectConfig())
    assert 8 not in copies.decisions["cluster"].to_pylist()


def test_three_documents_may_show_two_forms_but_not_three():
    """A footer in 3 of 5 documents, one copy with a dropped word (another normalised
    form, the same cluster): still a template. Three forms in three documents are lines
    that merely resemble each other."""
    def corpus(keys: list[int]) -> pa.Table:
        docs = [(0, [*unique(d), 9]) if d < 3 else (0, unique(d)) for d in range(5)]
        table = occurrences(docs)
        key = table.column("key").to_numpy().copy()
        key[np.flatnonzero(table.column("cluster").to_numpy() == 9)] = keys
        return table.set_column(table.schema.get_field_index("key"), "key",
                                pa.array(key, pa.uint64()))
    assert 9 in detect(corpus([9, 9, 19]), np.array([5]), DetectConfig()).decisions[
        "cluster"].to_pylist()
    assert 9 not in detect(corpus([9, 19, 29]), np.array([5]), DetectConfig()).decisions[
        "cluster"].to_pylist()


def test_a_stock_sentence_many_publishers_print_rarely_is_not_a_template():
    """"The company did not respond to a request for comment." mid-body once in each of
    six publishers, and in 3 of 10 documents of a seventh (30%, above the mid-body share):
    a stock phrase. A template of a network, printed often by most of its publishers,
    stays a template."""
    def corpus(often: int) -> tuple[pa.Table, np.ndarray]:
        docs = []
        for p in range(7):
            for d in range(10):
                times = 3 if p == 0 or p < often else 1
                body = unique(100 * p + d, 4)
                if d < times:
                    body.insert(2, 9)
                docs.append((p, body))
        return occurrences(docs), np.full(7, 10)
    table, sizes = corpus(often=1)
    assert 9 not in detect(table, sizes, DetectConfig()).decisions["cluster"].to_pylist()
    table, sizes = corpus(often=5)  # five of seven print it in 30% of their pages
    assert 9 in detect(table, sizes, DetectConfig()).decisions["cluster"].to_pylist()


def test_a_stock_phrase_has_four_words_or_more():
    """"The investigation is ongoing." (4 normalised words) once in each of six publishers
    and in 3 of 10 pages of a seventh: a stock phrase. "Story continues below" (3) printed
    the same way is a label, a template where it is printed often."""
    docs = []
    for p in range(7):
        for d in range(10):
            body = unique(100 * p + d, 4)
            if d < (3 if p == 0 else 1):
                body.insert(2, 9)
            docs.append((p, body))
    table = occurrences(docs)
    clusters = table.column("cluster").to_numpy()

    def templates(words: int) -> list[int]:
        n_words = np.where(clusters == 9, words, 10)
        with_words = table.set_column(table.schema.get_field_index("n_words"), "n_words",
                                      pa.array(n_words, pa.int32()))
        return detect(with_words, np.full(7, 10), DetectConfig()).decisions[
            "cluster"].to_pylist()

    assert 9 not in templates(4)
    assert 9 in templates(3)


def test_a_stock_sentence_closing_a_few_pages_is_not_a_footer():
    """"Officials did not respond to a request for comment." closes 3 of 30 pages of one
    publisher, above its footer (10%, above the edge share), and sits mid-body once in
    each of six others: a stock phrase, not a footer. A notice at the end of pages for
    most of the publishers that print it stays a footer everywhere."""
    def corpus(mid_body: bool) -> tuple[pa.Table, np.ndarray]:
        docs = []
        for d in range(30):
            body = unique(d, 4)
            docs.append((0, [*body, 9, 5] if d < 3 else [*body, 5]))
        for p in range(1, 7):
            for d in range(10):
                body = unique(100 * p + d, 4)
                if d == 0:
                    body = [*body[:2], 9, *body[2:]] if mid_body else [*body, 9]
                docs.append((p, body))
        return occurrences(docs), np.array([30] + [10] * 6)
    def cut(mid_body: bool) -> set[tuple[int, int]]:
        table, sizes = corpus(mid_body)
        return {(r["publisher"], r["cluster"])
                for r in detect(table, sizes, DetectConfig()).decisions.to_pylist()}
    stock = cut(mid_body=True)
    assert (0, 5) in stock and not any(c == 9 for _, c in stock)
    assert {(p, 9) for p in range(7)} <= cut(mid_body=False)


def test_a_pictograph_line_one_publisher_templates_goes_on_the_few_others_printing_it():
    """"💵 USD 1.70 · EUR 1.90": a template of one publisher (10 pages), printed once,
    mid-body, by each of three small ones. As a sentence of words, a template of one of
    four printers says nothing; as a pictograph's line it goes on all four."""
    def cut(prefix: int) -> set[tuple[int, int]]:
        docs = [(0, [*unique(d, 2), 9, *unique(d + 50, 2)]) for d in range(10)]
        for p in (1, 2, 3):
            docs.append((p, [*unique(100 * p, 2), 9, *unique(100 * p + 50, 2)]))
            docs += [(p, unique(100 * p + 1 + d)) for d in range(4)]
        rows = occurrences(docs).to_pylist()
        for row in rows:
            row["prefix"] = prefix if row["cluster"] == 9 else 0
        table = pa.Table.from_pylist(rows, schema=OCCURRENCES)
        return {(r["publisher"], r["cluster"]) for r in detect(
            table, np.array([10, 5, 5, 5]), DetectConfig()).decisions.to_pylist()}

    assert cut(prefix_key("💵 USD 1.70 · EUR 1.90")) == {(p, 9) for p in range(4)}
    assert cut(0) == {(0, 9)}


def test_publishers_whose_cut_lines_open_with_pictographs_are_marked():
    """`Detection.pictured`: per publisher, some line it cuts opens with a pictograph (a
    prefix key with `PICTURE_BIT`). A pictograph line it keeps (once, mid-body) does not
    count. (With publisher 0's label it would go: a one-page pictograph label that
    another publisher templates is its widget too.)"""
    watch = prefix_key("📺 Watch our news on YouTube")
    assert watch & 0b1111 == 0b1000
    # Publishers 0 and 1 close every page with a footer of their own (clusters 2, 3);
    # publisher 2 (documents 20-29) has none, and one page opens a line with a pictograph.
    table = occurrences([(p, [*unique(10 * p + d), 2 + p] if p < 2 else unique(10 * p + d))
                         for p in range(3) for d in range(10)])

    def run(own: int):
        rows = table.to_pylist()
        for row in rows:
            if row["cluster"] == 2 or row["cluster"] == unique(20)[1]:
                row["prefix"] = watch if row["cluster"] == 2 else own
        return detect(pa.Table.from_pylist(rows, schema=OCCURRENCES),
                      np.array([10, 10, 10]), DetectConfig())

    result = run(prefix_key("🌦️ Weather: sunny"))
    assert set(result.decisions.column("cluster").to_pylist()) == {2, 3}
    assert result.pictured.tolist() == [True, False, False]
    result = run(watch)
    assert set(result.decisions.column("cluster").to_pylist()) == {2, 3, watch}
    assert result.pictured.tolist() == [True, False, True]


def test_a_slot_only_line_goes_with_a_head_decision_near_the_top_or_at_the_tail_only():
    """A date line under each headline ("0" once masked) is decided at the head. The same
    key mid-body (a price, a phone number in the article) stays; at the page's tail (a
    press release's "- 30 -") it goes."""
    from cleanpipe.segment import normalize
    from cleanpipe.segment.hashing import hash_strings

    date = int(hash_strings(pa.array([normalize("12 March 2019")]))[0])
    assert date in slot_only_keys(numbered=True)
    docs = []
    for d in range(10):
        lines = [1000 + 100 * d, date, *range(1001 + 100 * d, 1009 + 100 * d)]
        if d == 3:
            lines.insert(8, date)  # mid-body: a price
        if d == 4:
            lines.append(date)  # closing the page
        docs.append((0, lines))
    table = occurrences(docs)
    rows = table.to_pylist()
    for row in rows:
        row["key"] = row["raw_key"] = row["cluster"]
    result = detect(pa.Table.from_pylist(rows, schema=OCCURRENCES), np.array([10]),
                    DetectConfig())
    assert result.decisions.column("position").to_pylist() == ["head"]
    cut = {(r["doc"], r["index"]) for r, s in zip(rows, result.strip, strict=True) if s}
    assert {(d, 1) for d in range(10)} <= cut
    assert (3, 8) not in cut and (4, 10) in cut


def test_a_short_line_whose_slot_varies_is_a_credit_on_min_docs_pages():
    """"Суретті түсірген <name>" (photo by) mid-body on 3 of 120 pages (2.5%: below
    `min_share`), a different name on most: one normalised form, written otherwise on each
    page, is a credit at `min_docs` pages whatever their share (rule "short-slot"). Not when
    it is written alike on each page (a quoted statement, "He declined to comment."), nor
    with its lines longer than `short_label_max_words`, nor at a page's top, nor in two
    normalised forms, nor when `min_publishers` publishers print it, nor with the rule off."""

    def cut(raw=lambda d: 900 + d, words: int = 3, at: int = 2, key=lambda d: 500,
            publishers: int = 1, cfg: DetectConfig | None = None) -> int:
        rows = []
        for p in range(publishers):
            for d in range(120):
                doc = p * 120 + d
                lines = [(1000 + 10 * doc + i, 1000 + 10 * doc + i, 1000 + 10 * doc + i, 10)
                         for i in range(6)]
                if d < 3:
                    lines.insert(at, (500, key(d), raw(d), words))
                for i, (c, k, r, n) in enumerate(lines):
                    rows.append({"doc": doc, "index": i, "publisher": p, "cluster": c,
                                 "key": k, "raw_key": r, "prefix": 0, "frame": 0,
                                 "n_words": n})
        occ = pa.Table.from_pylist(rows, schema=OCCURRENCES)
        result = detect(occ, np.array([120] * publishers), cfg or DetectConfig())
        assert set(result.decisions.column("rule").to_pylist()) <= {"short-slot"}
        return int(result.strip.sum())

    assert cut() == 3
    assert cut(raw=lambda d: 900) == 0
    assert cut(raw=lambda d: 900 + d % 2) == 3  # two names on three pages
    assert cut(words=9) == 0
    assert cut(at=0) == 0
    assert cut(key=lambda d: 500 + d % 2) == 0
    assert cut(publishers=DetectConfig().min_publishers - 1) == 3 * (
        DetectConfig().min_publishers - 1)
    assert cut(publishers=DetectConfig().min_publishers) == 0
    assert cut(cfg=DetectConfig(short_label_max_words=0)) == 0
    # A bare link quoted on three pages ("url", masks only) is the article's.
    url = int(hash_strings(pa.array(["url"]))[0])
    assert cut(key=lambda d: url) == 0


def test_a_line_of_masks_only_is_no_short_slot_credit():
    """A bare link ("url") or an embedded post's credit ("— <name> (@<handle>) <date>":
    "X handle 0") quoted on a few pages varies in its slots because it is all slots: it
    is the article's, not a credit."""
    masks = set(mask_only_keys().tolist())
    for form in ("url", "X handle 0", "X url", "titleslot"):
        assert int(hash_strings(pa.array([form]))[0]) in masks
    assert int(hash_strings(pa.array(["суретті түсірген X"]))[0]) not in masks
