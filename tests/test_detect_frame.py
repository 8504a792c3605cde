import numpy as np
import pyarrow as pa

from cleanpipe.config import DetectConfig
from cleanpipe.detect import OCCURRENCES, detect
from cleanpipe.detect.frame import closing
from cleanpipe.segment import frame_keys
from cleanpipe.segment.mask import normalize_array


def frames(*lines: str) -> list[int]:
    return frame_keys(normalize_array(pa.array(list(lines)))).tolist()


def test_frame_is_the_first_and_last_words_of_a_long_line():
    a, b, c, short = frames(
        "Ana Ruiz writes about courts and prisons for The Ledger. Reach them at @aruiz.",
        "Tom Becker writes about the business of tech for The Ledger. Reach them at @tb.",
        "Tom Becker writes about courts for The Ledger. Write to them at tb@ledger.com.",
        "Tom Becker writes about courts.",
    )
    assert a == b != 0
    assert c not in (0, a)
    assert short == 0


def test_closing_lines_are_followed_only_by_stripped_lines():
    doc = np.array([0, 0, 0, 0, 1, 1])
    stripped = np.array([False, False, False, True, False, True])
    assert closing(doc, stripped).tolist() == [False, False, True, True, True, True]


def table(docs: list[list[tuple[int, int]]], n_words: int = 12) -> pa.Table:
    """docs: per document, (cluster, frame) per line, each of `n_words` words."""
    rows = []
    for d, lines in enumerate(docs):
        for i, (c, frame) in enumerate(lines):
            rows.append({"doc": d, "index": i, "publisher": 0, "cluster": c, "key": c,
                         "raw_key": c, "prefix": 0, "frame": frame, "n_words": n_words})
    return pa.Table.from_pylist(rows, schema=OCCURRENCES)


def body(d: int, n: int = 5) -> list[tuple[int, int]]:
    return [(10_000 + 100 * d + i, 0) for i in range(n)]


def test_author_box_above_the_footer_is_a_frame_template():
    # 4 of 20 documents end with an author box in its own words (a beat per author: a
    # cluster each), then the copyright line every document has.
    docs = [[*body(d), *([(500 + d, 77)] if d < 4 else []), (1, 0)] for d in range(20)]
    result = detect(table(docs), np.array([20]), DetectConfig())
    rules = dict(zip(result.decisions.column("cluster").to_pylist(),
                     result.decisions.column("rule").to_pylist(), strict=True))
    assert rules == {1: "publisher", 77: "frame-template"}
    frame = table(docs).column("frame").to_numpy()
    assert result.strip[frame == 77].all()


def test_a_frame_mid_body_needs_the_mid_body_share():
    # Between paragraphs, the same frame of short lines (a closing label's, a last word's)
    # in 3 of 20 documents (15%), written alike on each, is below the mid-body share: it
    # stays. At the end of the same documents it would go; long lines' first and last
    # words (min_share_prefix) go there too.
    mid_body = [[*body(d, 10)[:7], *([(500, 77)] if d < 3 else []), *body(d, 10)[7:]]
                for d in range(20)]
    body_10 = [[*body(d, 10), *([(500, 77)] if d < 3 else [])] for d in range(20)]
    assert not detect(table(mid_body, 3), np.array([20]), DetectConfig()).strip.any()
    assert detect(table(body_10, 3), np.array([20]), DetectConfig()).strip.sum() == 3
    assert detect(table(mid_body, 12), np.array([20]), DetectConfig()).strip.sum() == 3
    strict = DetectConfig(min_share_prefix=0.2)
    assert not detect(table(mid_body, 12), np.array([20]), strict).strip.any()
    # In a byline's place (within the first HEAD_DEPTH + 1 lines), short lines go too.
    under_headline = [[*body(d)[:2], *([(500 + d, 77)] if d < 3 else []), *body(d)[2:]]
                      for d in range(20)]
    assert detect(table(under_headline, 6), np.array([20]), DetectConfig()).strip.sum() == 3


def test_a_frame_of_short_lines_in_several_forms_is_a_credit_on_min_docs_pages():
    # "<source> nuotr." under a photo on 3 of 40 pages (7.5%), a different source on each:
    # a credit, below every share. Not when one line of the frame is a page's first (a
    # headline that ends with the same word), nor when the lines run past
    # `short_label_max_words`, nor with the rule off.
    def cut(first: int = 2, words: int = 3, cfg: DetectConfig | None = None) -> int:
        cfg = cfg or DetectConfig()
        docs = [[*body(d, 8)[:first], *([(500 + d, 77)] if d < 3 else []),
                 *body(d, 8)[first:]] for d in range(40)]
        return int(detect(table(docs, words), np.array([40]), cfg).strip.sum())

    assert cut() == 3
    assert cut(first=0) == 0
    assert cut(words=9) == 0
    assert cut(cfg=DetectConfig(short_label_max_words=0)) == 0


def test_a_short_frame_many_publishers_print_is_a_stock_sentence_not_a_credit():
    # "He declined to comment." / "She declined to comment." (one frame, two forms) on 3 of
    # 40 pages of each of `min_publishers` publishers: a stock sentence, kept everywhere.
    def run(n_publishers: int) -> int:
        rows = []
        for p in range(n_publishers):
            for d in range(40):
                doc = p * 40 + d
                lines = [(10_000 + 100 * doc + i, 0) for i in range(8)]
                if d < 3:
                    lines.insert(4, (600 + d % 2, 77))
                for i, (c, frame) in enumerate(lines):
                    rows.append({"doc": doc, "index": i, "publisher": p, "cluster": c,
                                 "key": c, "raw_key": c, "prefix": 0, "frame": frame,
                                 "n_words": 4})
        table_ = pa.Table.from_pylist(rows, schema=OCCURRENCES)
        return int(detect(table_, np.array([40] * n_publishers), DetectConfig()).strip.sum())

    assert run(DetectConfig().min_publishers - 1) == 3 * (DetectConfig().min_publishers - 1)
    assert run(DetectConfig().min_publishers) == 0


def test_a_paragraph_of_more_than_40_words_has_no_frame():
    long = "Ana Ruiz said " + " ".join(["word"] * 45) + " in a statement on Monday."
    assert frames(long) == [0]


def test_a_frame_below_the_headline_is_cut_but_not_the_headline():
    # "<name>, <site>" in a script without capitals (one frame, 77) as the second line of
    # 10 pages: a byline. The same frame as the headline (first line) stays.
    def docs(index: int) -> pa.Table:
        rows = []
        for d in range(10):
            lines = [(100 + d, 0), (200 + d, 0), (300 + d, 0)]
            lines[index] = (400 + d, 77)
            for i, (c, frame) in enumerate(lines):
                rows.append({"doc": d, "index": i, "publisher": 0, "cluster": c, "key": c,
                             "raw_key": c, "prefix": 0, "frame": frame, "n_words": 4})
        return pa.Table.from_pylist(rows, schema=OCCURRENCES)

    assert detect(docs(1), np.array([10]), DetectConfig()).strip.sum() == 10
    assert detect(docs(0), np.array([10]), DetectConfig()).strip.sum() == 0


def test_a_short_frame_in_the_head_block_below_the_headline_is_cut():
    # Headline (its own), a date line every page prints (cluster 1: the head block), then
    # "<name> | <Paper> Bureau" (frame 77), then the body, on 12 pages. Two reporters sign
    # 6 pages, 3 each: their lines recur (cut by the main rule, in the head block); 6
    # others sign one page each. Those 6 go by the frame when it is a short line's; a long
    # line (a blog's standing intro under its headline) stays held in the head block, as
    # does a short one above any kept line (no headline).
    def docs(n_words: int, titled: bool = True) -> pa.Table:
        rows = []
        for d in range(12):
            name = 400 + d % 2 if d < 6 else 500 + d
            lines = [*([(100 + d, 0, 6)] if titled else []), (1, 0, 3), (name, 77, n_words),
                     (200 + d, 0, 12), (300 + d, 0, 12)]
            for i, (c, frame, words) in enumerate(lines):
                rows.append({"doc": d, "index": i, "publisher": 0, "cluster": c, "key": c,
                             "raw_key": c, "prefix": 0, "frame": frame, "n_words": words})
        return pa.Table.from_pylist(rows, schema=OCCURRENCES)

    def cut(table: pa.Table) -> int:
        result = detect(table, np.array([12]), DetectConfig())
        return int(result.strip[table.column("cluster").to_numpy() >= 500].sum())

    assert cut(docs(5)) == 6
    assert cut(docs(12)) == 0
    assert cut(docs(5, titled=False)) == 0
