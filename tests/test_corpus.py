"""What the engine keeps between the passes: the detection subset and the band reader."""

from __future__ import annotations

import json
import random

import numpy as np
import pyarrow as pa
import pytest

from cleanpipe.config import Config, DetectConfig, RunConfig
from cleanpipe.detect import Occurrences, detect
from cleanpipe.engine import local
from cleanpipe.engine.corpus import Corpus, bands_reader, may_matter
from cleanpipe.read import expand_inputs
from cleanpipe.sample import write_sample
from cleanpipe.segment import BYLINE_KEY, prefix_key, slot_only_keys
from cleanpipe.segment.hashing import hash_strings
from tests import planted

U = np.uint64


def segments(doc, cluster, prefix=None, frame=None, index=None, n_words=None):
    """Segment columns; by default every line is long (10 words) and below the top of its
    document (index 5)."""
    zeros = np.zeros(len(doc), dtype=U)
    return {"doc": np.array(doc, dtype=np.int32), "cluster": np.array(cluster, dtype=U),
            "key": np.array(cluster, dtype=U),
            "prefix": zeros if prefix is None else np.array(prefix, dtype=U),
            "frame": zeros if frame is None else np.array(frame, dtype=U),
            "index": np.array([5] * len(doc) if index is None else index, dtype=np.int32),
            "n_words": np.array([10] * len(doc) if n_words is None else n_words,
                                dtype=np.int32)}


def test_detection_looks_only_at_clusters_a_rule_could_accept():
    cfg = DetectConfig(min_docs=3, min_publishers=3, min_share_two_docs=1.0,
                       max_lines_two_docs=0)
    # Publisher 0 owns docs 0-3, publisher 1 docs 4-6, publisher 2 doc 7.
    doc_publisher = np.array([0, 0, 0, 0, 1, 1, 1, 2], dtype=np.int32)
    segs = segments(doc=[0, 1, 2, 3, 4, 5, 0, 4, 7, 0, 1, 0],
                    cluster=[5, 5, 5, 6, 6, 6, 7, 7, 7, 8, 8, 9],
                    n_words=[10, 10, 10, 4, 4, 4, 10, 10, 10, 10, 10, 10])
    rows = may_matter(segs, doc_publisher, cfg).tolist()
    # 5: three docs of publisher 0. 6: three docs but split over two publishers (kept
    # whole for neither rule; too short for a network notice). 7: three publishers.
    # 8: two docs. 9: alone.
    assert rows == [0, 1, 2, 6, 7, 8]
    # Two documents that are a quarter of a small publisher's may be its footer: 6 (two of
    # publisher 1's three), 8 (two of publisher 0's four).
    rows = may_matter(segs, doc_publisher, DetectConfig(min_docs=3, min_publishers=3))
    assert rows.tolist() == list(range(11))
    # So may two documents of any publisher when that line is the only one they share
    # (`detect.lone_rows`): 6 at publisher 1, 8 at publisher 0.
    cfg = DetectConfig(min_docs=3, min_publishers=3, min_share_two_docs=1.0)
    assert may_matter(segs, doc_publisher, cfg).tolist() == list(range(11))
    # Two documents sharing two such lines (a story and its update): 8 and 9 go.
    segs = segments(doc=[0, 1, 2, 3, 4, 5, 0, 4, 7, 0, 1, 0, 1],
                    cluster=[5, 5, 5, 6, 6, 6, 7, 7, 7, 8, 8, 9, 9],
                    n_words=[10, 10, 10, 4, 4, 4, 10, 10, 10, 10, 10, 10, 10])
    assert may_matter(segs, doc_publisher, cfg).tolist() == list(range(9))


def test_a_short_line_at_the_top_of_two_documents_matters_whole():
    # Two of publisher 0's twenty documents open with "Sport" (cluster 4): a head label's
    # value (`detect.heads`) if the publisher has enough of them. Its line mid-body in a
    # document of publisher 1 comes too (the cluster is kept whole); two documents with a
    # long line at the top (5), or a short one too low for a head block (6), do not
    # matter; a short one lower down but within a head block's reach (7) does.
    cfg = DetectConfig(min_docs=3, min_publishers=5, min_share_two_docs=0.5,
                       max_lines_two_docs=0)
    doc_publisher = np.zeros(20, dtype=np.int32)
    doc_publisher[2] = 1
    segs = segments(doc=[0, 1, 2, 3, 4, 5, 6, 7, 8], cluster=[4, 4, 4, 5, 5, 6, 6, 7, 7],
                    index=[0, 1, 9, 0, 0, 6, 6, 5, 5], n_words=[1, 1, 1, 12, 12, 1, 1, 1, 1])
    assert may_matter(segs, doc_publisher, cfg).tolist() == [0, 1, 2, 7, 8]
    off = DetectConfig(min_docs=3, min_publishers=5, min_share_two_docs=0.5,
                       max_lines_two_docs=0, head_label_min_values=0)
    assert may_matter(segs, doc_publisher, off).tolist() == []


def test_a_dated_line_at_the_top_of_two_documents_matters_whole():
    # A bare date ("0", two words or more before masking) just below two of publisher
    # 0's twenty headlines: a head label by itself (`detect.heads`), its cluster whole
    # (publisher 1's line mid-body too). Lower down, or a bare name ("X"), it does not
    # matter.
    cfg = DetectConfig(min_docs=3, min_publishers=5, min_share_two_docs=0.5,
                       max_lines_two_docs=0)
    date, name = (int(k) for k in slot_only_keys(numbered=True)[:1].tolist() + [
        hash_strings(pa.array(["X"]))[0]])
    doc_publisher = np.zeros(20, dtype=np.int32)
    doc_publisher[4] = 1
    segs = segments(doc=[0, 1, 2, 3, 4], cluster=[date, date, name, name, date],
                    index=[1, 1, 1, 1, 9], n_words=[4, 4, 4, 4, 4])
    assert may_matter(segs, doc_publisher, cfg).tolist() == [0, 1, 4]
    segs["index"][:2] = 9
    assert may_matter(segs, doc_publisher, cfg).tolist() == []


def test_bylines_matter_only_at_their_own_share():
    # Bare names near the top of 3 documents (`segment.BYLINE_KEY`, rule "byline"): enough
    # for 3 of publisher 0's ten (min_share_prefix), not for 3 of publisher 1's twenty,
    # where a label on as many documents could close them (the edge share).
    cfg = DetectConfig(min_docs=3, min_publishers=5, min_share_prefix=0.2, min_share=0.05)
    doc_publisher = np.array([0] * 10 + [1] * 20, dtype=np.int32)
    label = prefix_key("Read next: a b")
    segs = segments(doc=[0, 1, 2, 10, 11, 12, 13, 14, 15], cluster=list(range(9)),
                    prefix=[BYLINE_KEY] * 6 + [label] * 3, index=[1] * 9)
    assert may_matter(segs, doc_publisher, cfg).tolist() == [0, 1, 2, 6, 7, 8]


def test_a_line_near_the_end_of_pages_of_two_publishers_matters_whole():
    # Cluster 4 is near the end of one page of each of two publishers (a network notice,
    # `detect.sisters`); cluster 5 likewise but once 20 lines above the end; cluster 6 is
    # near the end twice but too short.
    cfg = DetectConfig(min_docs=3, min_publishers=5, min_words_two_docs=5)
    doc_publisher = np.array([0, 1, 0, 1, 0, 1], dtype=np.int32)
    doc = [0] * 30 + [1] * 30 + [2] * 30 + [3] * 30 + [4] * 30 + [5] * 30
    cluster = list(range(100, 280))
    n_words = [10] * 180
    for row, c, words in ((28, 4, 10), (58, 4, 10), (88, 5, 10), (100, 5, 10),
                          (148, 6, 3), (178, 6, 3)):
        cluster[row], n_words[row] = c, words
    segs = segments(doc=doc, cluster=cluster, index=[i % 30 for i in range(180)],
                    n_words=n_words)
    assert may_matter(segs, doc_publisher, cfg).tolist() == [28, 58]


def test_a_cluster_repeated_within_one_document_does_not_matter():
    cfg = DetectConfig(min_docs=2, min_publishers=5)
    segs = segments(doc=[0, 0, 0, 1, 2], cluster=[4, 4, 4, 5, 5])
    assert may_matter(segs, np.zeros(3, dtype=np.int32), cfg).tolist() == [3, 4]


def test_templates_matter_only_at_the_share_of_their_rule():
    cfg = DetectConfig(min_docs=2, min_publishers=5, min_share=0.5, min_share_middle=0.5,
                       min_share_two_docs=1.0)
    doc_publisher = np.array([0, 0, 0, 0, 1, 1], dtype=np.int32)
    # Every line unique. Key 3 in docs 0, 1 (2 of 4 = the share); key 8 in doc 2 and doc 4
    # (one per publisher); 0 is no key.
    keys = [3, 3, 8, 0, 8, 0]
    by_prefix = segments(doc=range(6), cluster=range(10, 16), prefix=keys)
    by_frame = segments(doc=range(6), cluster=range(10, 16), frame=keys)
    assert may_matter(by_prefix, doc_publisher, cfg).tolist() == [0, 1]
    assert may_matter(by_frame, doc_publisher, cfg).tolist() == [0, 1]


def test_rules_that_accept_one_document_need_every_line():
    segs = segments(doc=[0, 1], cluster=[1, 2])
    one_doc = DetectConfig(min_docs=1)
    assert may_matter(segs, np.zeros(2, np.int32), one_doc).tolist() == [0, 1]


def frames_corpus(path):
    """Author boxes whose beat varies (frame templates), a small publisher's footer on two
    of its six documents (the two-document case) and lines naming their site (mid-body in
    3 of 30 documents, a footer in 2 of 30; a sister site's copy of the first in one
    document: a site template)."""
    rng = random.Random(7)
    beats = ["phones and wearables", "the business of tech", "privacy law", "chip design",
             "games", "space flight"]
    names = ["Ada Quist", "Ben Marsh", "Cleo Varga", "Dev Olsen", "Eli Ward", "Fay Iwata"]
    records = []
    for i in range(30):
        name = rng.choice(names)
        box = (f"{name} writes about {rng.choice(beats)} for Tech Weekly. Reach them at "
               f"@{name.split()[0].lower()}.")
        body = [planted.paragraph(rng) for _ in range(rng.randint(3, 6))]
        if i % 10 == 3:  # mid-body, naming the site, in 3 of 30 documents
            body.insert(2, "Get Tech Site alerts on your phone with our free app.")
        end = [box] + (["Tech Site thanks its members for making this work possible."]
                       if i < 2 else [])  # a footer naming the site, in 2 of 30
        records.append({"id": f"t{i}", "url": f"https://techsite.com/{i}",
                        "text": "\n".join([*body, *end])})
    # A sister site with the same app line, naming itself, in one of its documents.
    for i in range(5):
        body = [planted.paragraph(rng) for _ in range(4)]
        if i == 0:
            body.insert(2, "Get Sister Site alerts on your phone with our free app.")
        records.append({"id": f"s{i}", "url": f"https://sistersite.net/{i}",
                        "text": "\n".join(body)})
    for i in range(6):
        body = [planted.paragraph(rng) for _ in range(3)]
        if i < 2:
            body.append("Tiny Post runs on reader gifts alone, so please consider giving today.")
        records.append({"id": f"p{i}", "url": f"https://tinypost.org/{i}", "text": "\n".join(body)})
    path.mkdir()
    (path / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))


@pytest.mark.parametrize("corpus_kind,lone", [
    ("sample", 0), ("frames", 0), ("sample", 1), ("frames", 1)])
def test_detection_on_the_subset_decides_as_on_every_row(tmp_path, corpus_kind, lone):
    """The pre-filter is exact: detection over the rows that may matter gives the same
    decisions and cuts as detection over all segments, on the generated sample (publisher,
    cross-publisher and prefix rules) and on a corpus of frame templates and a two-document
    footer; with two pages of any publisher sharing one line (`max_lines_two_docs`) too,
    which takes a cluster or two those rules took before."""
    if corpus_kind == "sample":
        write_sample(tmp_path / "input", n_docs=800, seed=2)
        source = tmp_path / "input" / "corpus"
        expected = {"publisher", "prefix-template"} | ({"cross-publisher"} if not lone else set())
    else:
        frames_corpus(tmp_path / "input")
        source = tmp_path / "input"
        expected = {"publisher", "site-template"} | ({"frame-template"} if not lone else set())
    cfg = Config(run=RunConfig(workers=1), detect=DetectConfig(max_lines_two_docs=lone))
    (tmp_path / "work").mkdir()
    corpus, _ = local._analyse_pass(expand_inputs([str(source)]), tmp_path / "work", cfg, 1)
    segments = corpus.segment_columns()
    local._cluster(corpus, segments, cfg)
    doc_publisher = corpus.doc_publishers()
    everything = Occurrences(
        publisher=doc_publisher[segments["doc"]],
        row=np.arange(len(segments["doc"]), dtype=np.int64),
        **{k: v.copy() for k, v in segments.items()},
    )
    full = detect(everything, np.bincount(doc_publisher), cfg.detect)
    subset = local._detect(segments, doc_publisher, len(corpus.publisher_names), cfg)

    assert len(subset.rows) < len(full.rows)
    assert expected <= set(subset.decisions.column("rule").to_pylist())
    assert 2 in subset.decisions.column("n_docs").to_pylist()  # the two-document case
    if corpus_kind == "frames":  # lines naming their site, below the shares of the others
        shares = {(r["n_docs"], r["position"]) for r in subset.decisions.to_pylist()
                  if r["publisher"] == 0}
        assert {(3, "middle"), (2, "tail")} <= shares
    same = ["publisher", "cluster", "n_docs", "share", "n_publishers", "n_variants",
            "position", "rule"]
    assert subset.decisions.select(same).equals(full.decisions.select(same))
    # Example rows may differ in position, never in row of the run.
    assert subset.decisions.column("example").equals(full.decisions.column("example"))
    cut = lambda d: pa.table({"row": d.rows[d.strip], "cluster": d.cluster[d.strip]})  # noqa: E731
    assert cut(subset).equals(cut(full))


def test_two_pages_sharing_lines_the_subset_leaves_out_are_still_two_versions():
    """Pages 0 and 1 of publisher 0's forty end with lines 8 and 9 above the footer: two
    versions of one story, so neither line goes (`max_lines_two_docs`). Line 9 is also on
    two of publisher 1's six pages, mid-body, so the subset keeps its cluster (the
    two-document case of a small publisher could take it), but not line 8's: counted on
    the subset alone, 9 would be the one line the two pages share, and cut."""
    doc_publisher = np.array([0] * 40 + [1] * 6, dtype=np.int32)
    doc, cluster, index = [], [], []
    for d in range(46):
        lines = [100 + 10 * d + i for i in range(4)]
        if d < 2:
            lines += [8, 9]
        elif d in (40, 41):
            lines.insert(2, 9)
        if d < 40:
            lines += [2, 3]
        doc += [d] * len(lines)
        cluster += lines
        index += list(range(len(lines)))
    cfg = Config(run=RunConfig(workers=1))
    segs = segments(doc=doc, cluster=cluster, index=index)
    segs["raw_key"] = segs["key"].copy()
    segs["names_site"] = np.zeros(len(doc), dtype=bool)
    assert 8 not in np.array(cluster, dtype=U)[may_matter(segs, doc_publisher, cfg.detect)]
    found = local._detect(segs, doc_publisher, 2, cfg)
    cut = set(found.cluster[found.strip].tolist())
    assert {2, 3} <= cut
    assert 9 not in cut and 8 not in cut
    # Counted on the subset, line 9 would go.
    rows = found.rows
    subset = Occurrences(doc=np.array(doc)[rows], publisher=doc_publisher[np.array(doc)[rows]],
                         row=rows, **{k: v[rows] for k, v in segments(
                             doc=doc, cluster=cluster, index=index).items() if k != "doc"},
                         raw_key=np.array(cluster, dtype=U)[rows],
                         names_site=np.zeros(len(rows), dtype=bool))
    naive = detect(subset, np.bincount(doc_publisher), cfg.detect,
                   all_docs=np.array(doc, dtype=np.int32))
    assert 9 in naive.cluster[naive.strip].tolist()


def test_band_reader_reads_one_band_for_all_keys_across_batches(tmp_path):
    distinct = np.array([10, 20, 30, 40], dtype=np.uint64)
    corpus = Corpus()
    # Batch 0 signed keys 10 and 30; batch 1 signed 30 again (same bands) and 40.
    for n, (keys, bands) in enumerate([
        ([10, 30], [[1, 2], [3, 4]]),
        ([30, 40], [[3, 4], [5, 6]]),
    ]):
        path = tmp_path / f"b{n}.npy"
        np.save(path, np.array(bands, dtype=np.uint64))
        corpus.signed_keys.append(np.array(keys, dtype=np.uint64))
        corpus.bands_paths.append(path)
    signed, column = bands_reader(corpus, distinct)
    assert signed.tolist() == [True, False, True, True]
    assert column(0).tolist() == [1, 0, 3, 5]
    assert column(1).tolist() == [2, 0, 4, 6]
