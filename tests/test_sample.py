"""The planted sample corpus: determinism, structure, labels, variation and hard negatives."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import zlib
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import pytest
from tld import get_fld

from cleanpipe.sample import Line, PlantedDoc, generate, write_sample
from cleanpipe.sample.articles import normalise
from cleanpipe.sample.model import label_family
from cleanpipe.sample.negatives import COMMON_SENTENCES
from cleanpipe.sample.publishers import all_styles, allocate
from cleanpipe.sample.templates import FOOTER, Family

RESEARCH = "worldaffairsinquiry.org"
N = 2000


@pytest.fixture(scope="module")
def docs() -> list[PlantedDoc]:
    return generate(n_docs=N, seed=0)


def test_a_family_prints_the_newest_wording_started_by_the_date() -> None:
    fam = Family("notice", FOOTER, 1.0, (("2015-01-01", "old"), ("2017-03-02", "mid"),
                                         ("2019-01-01", "new")))
    assert fam.wording(dt.date(2014, 6, 1)) == "old"  # before every start: the oldest
    assert fam.wording(dt.date(2017, 3, 1)) == "old"
    assert fam.wording(dt.date(2017, 3, 2)) == "mid"
    assert fam.wording(dt.date(2018, 12, 31)) == "mid"
    assert fam.wording(dt.date(2020, 5, 5)) == "new"
    shuffled = Family("notice", FOOTER, 1.0, (("2019-01-01", "new"), ("2015-01-01", "old")))
    with pytest.raises(ValueError, match="'notice'.*not in order"):
        shuffled.wording(dt.date(2016, 1, 1))


def _families(docs: list[PlantedDoc], publisher: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        if doc.publisher == publisher:
            for line in doc.lines:
                fam = label_family(line.label)
                if fam is not None:
                    out[fam].append(line.text)
    return out


def _is_body(line: Line) -> bool:
    return not line.is_boilerplate


def test_deterministic_per_seed() -> None:
    assert generate(150, seed=3) == generate(150, seed=3)
    assert generate(150, seed=3) != generate(150, seed=4)


def test_ids_unique_and_text_joins_lines(docs: list[PlantedDoc]) -> None:
    assert len(docs) == N
    assert len({d.id for d in docs}) == N
    for doc in docs[:300]:
        assert doc.text == "\n\n".join(line.text for line in doc.lines)
        assert all(line.text.strip() and "\n" not in line.text for line in doc.lines)


def test_labels_are_well_formed(docs: list[PlantedDoc]) -> None:
    for doc in docs:
        assert doc.lines[0].label in ("content", "negative:syndicated")  # the title
        for line in doc.lines:
            kind, _, rest = line.label.partition(":")
            if kind == "boilerplate":
                publisher, _, family = rest.partition("/")
                assert publisher == doc.publisher and family
            else:
                assert line.label in (
                    "content", "negative:quote", "negative:syndicated", "negative:common"
                )


def test_publisher_sizes_and_domains(docs: list[PlantedDoc]) -> None:
    styles = all_styles()
    assert allocate([s.base_size for s in styles], 3000) == [s.base_size for s in styles]
    sizes = Counter(d.publisher for d in docs)
    expected = allocate([s.base_size for s in styles], N)
    assert [sizes[s.domain] for s in styles] == expected
    assert len(sizes) == 8 and max(sizes.values()) >= 15 * min(sizes.values())
    hosts: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        assert get_fld(doc.url) == doc.publisher
        hosts[doc.publisher].add(doc.url.split("/")[2].removesuffix(doc.publisher))
    prefixes = set().union(*hosts.values())
    assert {"www.", "news.", "m.", ""} <= prefixes
    assert sum(len(h) > 1 for h in hosts.values()) >= 5


def test_n_publishers() -> None:
    assert len({d.publisher for d in generate(120, seed=1, n_publishers=3)}) == 3
    with pytest.raises(ValueError):
        generate(10, n_publishers=99)


def test_research_publisher_has_every_family(docs: list[PlantedDoc]) -> None:
    fams = _families(docs, RESEARCH)
    required = {
        "byline", "dateline", "repost-date", "region", "theme", "report", "image", "donation",
        "source", "copyright", "facebook", "membership", "articles-by", "disclaimer",
        "crosspost", "fair-use", "media", "voiceover",
    }
    assert required <= set(fams)
    assert any("[" in t and "](#)" in t for t in fams["region"])


def test_variation_exists(docs: list[PlantedDoc]) -> None:
    fams = _families(docs, RESEARCH)
    n_docs = sum(d.publisher == RESEARCH for d in docs)
    # two wordings of the donation appeal, by date, plus small edits
    assert len(set(fams["donation"])) >= 3
    # single wording with constant slots: only small edits make it vary
    fair_use = Counter(fams["fair-use"])
    assert len(fair_use) >= 2 and fair_use.most_common(1)[0][1] >= 0.8 * len(fams["fair-use"])
    assert len(set(fams["byline"])) >= 10 and len(set(fams["dateline"])) >= 50
    # partial presence
    share = len(fams["donation"]) / n_docs
    assert 0.45 < share < 0.75
    # every publisher has several families, some with more than one distinct text
    for style in all_styles():
        pub = _families(docs, style.domain)
        assert len(pub) >= 4
        assert sum(len(set(texts)) > 1 for texts in pub.values()) >= 2


def test_shared_widget_spans_five_publishers(docs: list[PlantedDoc]) -> None:
    """One CMS widget line, identical on 5 publishers' pages, each on a minority of them."""
    holders: dict[str, int] = Counter(
        d.publisher for d in docs for x in d.lines if x.label.endswith("/share-widget")
    )
    sizes = Counter(d.publisher for d in docs)
    assert len(holders) >= 5
    assert all(0.02 < n / sizes[p] < 0.4 for p, n in holders.items())
    texts = Counter(x.text for d in docs for x in d.lines if x.label.endswith("/share-widget"))
    assert texts.most_common(1)[0][1] > 0.9 * sum(texts.values())


def test_mid_body_boilerplate_is_inside_the_body(docs: list[PlantedDoc]) -> None:
    seen = 0
    for doc in docs:
        for i, line in enumerate(doc.lines):
            if line.label == "boilerplate:harbourgazette.com/advertisement":
                seen += 1
                assert any(_is_body(x) for x in doc.lines[1:i])
                assert any(_is_body(x) for x in doc.lines[i + 1 :])
    assert seen > 100


def test_quotes_repeat_in_three_to_five_docs_of_one_publisher(docs: list[PlantedDoc]) -> None:
    where: dict[str, list[PlantedDoc]] = defaultdict(list)
    for doc in docs:
        for i, line in enumerate(doc.lines):
            if line.label == "negative:quote":
                where[line.text].append(doc)
                assert any(_is_body(x) for x in doc.lines[1:i])  # mid-body
                assert any(_is_body(x) for x in doc.lines[i + 1 :])
                assert 20 <= len(line.text.split()) <= 40
    assert len(where) >= 10
    for holders in where.values():
        assert 3 <= len({d.id for d in holders}) == len(holders) <= 5
        assert len({d.publisher for d in holders}) == 1
    assert len({h[0].publisher for h in where.values()}) >= 4


def test_syndicated_articles_span_two_or_three_publishers(docs: list[PlantedDoc]) -> None:
    bodies: dict[tuple[str, ...], list[PlantedDoc]] = defaultdict(list)
    for doc in docs:
        body = tuple(line.text for line in doc.lines if line.label == "negative:syndicated")
        if body:
            assert len(body) >= 3  # title and at least two paragraphs
            bodies[body].append(doc)
    assert len(bodies) >= 3
    for holders in bodies.values():
        publishers = [d.publisher for d in holders]
        assert 2 <= len(set(publishers)) == len(publishers) <= 3


def test_common_sentences(docs: list[PlantedDoc]) -> None:
    counts: Counter[str] = Counter()
    publishers: set[str] = set()
    own_line = 0
    for doc in docs:
        for i, line in enumerate(doc.lines):
            if line.label == "negative:common":
                publishers.add(doc.publisher)
                own_line += line.text in COMMON_SENTENCES
                if line.text in COMMON_SENTENCES:
                    assert any(_is_body(x) for x in doc.lines[1:i])
                    assert any(_is_body(x) for x in doc.lines[i + 1 :])
                counts.update(s for s in COMMON_SENTENCES if line.text.endswith(s))
    assert len(publishers) >= 6 and own_line > 50
    for sentence in COMMON_SENTENCES:
        assert 0.01 * N <= counts[sentence] <= 0.05 * N, sentence


def test_content_is_essentially_unique(docs: list[PlantedDoc]) -> None:
    content = [line.text for d in docs for line in d.lines if line.label == "content"]
    assert len(content) > 6 * N
    dup = len(content) - len(set(content))
    dup_norm = len(content) - len({normalise(t) for t in content})
    assert dup / len(content) < 0.005 and dup_norm / len(content) < 0.005
    for doc in docs[:200]:
        paragraphs = [x for x in doc.lines[1:] if x.label in ("content", "negative:syndicated")]
        paragraphs += [
            x for x in doc.lines if x.label == "negative:common" and x.text not in COMMON_SENTENCES
        ]
        assert 2 <= len(paragraphs) <= 12
        plain = [p for p in paragraphs if p.label != "negative:common"]
        assert all(15 <= len(p.text.split()) <= 80 for p in plain)


def _shingles(text: str) -> set[int]:
    words = normalise(re.sub(r"[^\w\s]", " ", text)).split()
    return {zlib.crc32(f"{a} {b}".encode()) for a, b in zip(words, words[1:], strict=False)}


def test_content_has_few_near_duplicates(docs: list[PlantedDoc]) -> None:
    """Within the largest publisher, under 1% of content lines of 8+ words have a
    near-duplicate (Jaccard >= 0.7 of word 2-shingles, digits masked) in another document:
    the article grammar must not look like a template to the detector."""
    items = [
        (d.id, _shingles(line.text))
        for d in docs
        if d.publisher == "harbourgazette.com"
        for line in d.lines
        if line.label == "content" and len(line.text.split()) >= 8
    ]
    rng = np.random.default_rng(0)
    prime = (1 << 61) - 1
    a, b = rng.integers(1, prime, 32, dtype=np.uint64), rng.integers(0, prime, 32, dtype=np.uint64)
    buckets: dict[tuple[int, bytes], list[int]] = defaultdict(list)
    for i, (_, sh) in enumerate(items):
        h = np.fromiter(sh, dtype=np.uint64)[:, None]
        sig = ((h * a + b) % np.uint64(prime)).min(axis=0)
        for band in range(8):  # 8 bands x 4 rows: pairs at 0.7 collide with p > 0.9
            buckets[(band, sig[4 * band : 4 * band + 4].tobytes())].append(i)
    near: set[int] = set()
    for members in buckets.values():
        for i in members:
            for j in members:
                if i < j and items[i][0] != items[j][0]:
                    s1, s2 = items[i][1], items[j][1]
                    if len(s1 & s2) >= 0.7 * len(s1 | s2):
                        near.update((i, j))
    assert len(items) > 3000
    assert len(near) / len(items) < 0.01


def _read(path: Path) -> list[dict[str, object]]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_write_sample_round_trips_and_is_byte_identical(tmp_path: Path) -> None:
    paths_a = write_sample(tmp_path / "a", n_docs=200, seed=5)
    paths_b = write_sample(tmp_path / "b", n_docs=200, seed=5)
    assert [p.name for p in paths_a] == [p.name for p in paths_b]
    assert "labels.jsonl.gz" not in {p.name for p in paths_a}
    for a, b in zip(paths_a, paths_b, strict=True):
        assert a.read_bytes() == b.read_bytes()
    labels_a = (tmp_path / "a" / "labels.jsonl.gz").read_bytes()
    assert labels_a == (tmp_path / "b" / "labels.jsonl.gz").read_bytes()

    docs = {d.id: d for d in generate(200, seed=5)}
    records = [r for p in paths_a for r in _read(p)]
    assert len(records) == 200
    for rec in records:
        assert set(rec) == {"id", "url", "text", "section"}
        doc = docs[str(rec["id"])]
        assert (rec["url"], rec["text"], rec["section"]) == (doc.url, doc.text, doc.section)
        assert Path(paths_a[0]).parent / f"{doc.publisher}.jsonl.gz" in paths_a
    labels = {str(r["id"]): r["labels"] for r in _read(tmp_path / "a" / "labels.jsonl.gz")}
    assert labels.keys() == docs.keys()
    for doc_id, doc in docs.items():
        assert labels[doc_id] == doc.labels
        assert len(doc.text.split("\n\n")) == len(doc.labels)
