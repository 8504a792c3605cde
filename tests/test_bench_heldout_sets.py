"""Every held-back template set (held-back-2 on, `tests.bench.heldout_templates_*`) makes
well-formed corpora.

Runs on made-up bodies, not on ../shared/data: every wording renders, every line carries a
label, the labels are well formed, publishers range from a handful of articles to about 150,
the frequent families, mid-body inserts and hard negatives occur, and the set is wired into
the planted benchmark. Each test runs once per set; what differs between the sets comes from
`tests.heldout_checks.SETS`. The variation each set promises is checked in its own file,
`tests/test_bench_heldout<N>.py`.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter

import pytest

from cleanpipe.sample.model import NEGATIVE_KINDS, PlantedDoc, label_family
from cleanpipe.sample.templates import MIDDLE, render
from tests.bench.planted_bench import TEMPLATE_SETS
from tests.bench.planted_real import _Plan, _slots, generate
from tests.heldout_checks import SETS, by_family, planted_docs, set_styles, style_of
from tests.heldout_checks import bodies as made_up_bodies

NAMES = [name for name in TEMPLATE_SETS if re.fullmatch(r"held-back-\d+", name)]


@pytest.fixture(scope="module", params=NAMES)
def name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def docs(name: str) -> list[PlantedDoc]:
    return planted_docs(name)  # generated once per set and session


def test_every_held_back_set_has_its_table_row() -> None:
    assert set(SETS) == set(NAMES)


def test_wired_into_the_planted_benchmark_with_its_own_seed(name: str) -> None:
    assert TEMPLATE_SETS[name] == (SETS[name].styles, SETS[name].seed)


def test_corpus_matches_the_generator(name: str, docs: list[PlantedDoc]) -> None:
    styles = style_of(name)
    assert set(styles) == {doc.publisher for doc in docs}
    assert sorted(set(styles.values())) == sorted(s.domain for s in set_styles(name))


def test_every_set_has_its_own_seed() -> None:
    assert len({seed for _, seed in TEMPLATE_SETS.values()}) == len(TEMPLATE_SETS)


def test_twelve_styles_largest_first_and_about_a_hundred_families(name: str) -> None:
    styles = set_styles(name)
    assert len(styles) == 12 and len({s.domain for s in styles}) == 12
    sizes = [s.base_size for s in styles]
    assert sizes == sorted(sizes, reverse=True)
    if SETS[name].families is not None:
        low, high = SETS[name].families
        assert low <= sum(len(s.families) for s in styles) <= high


def test_every_wording_of_every_style_renders(name: str) -> None:
    rng = random.Random(0)
    body = made_up_bodies(name, 1)[0]
    for style in set_styles(name):
        assert style.families and len({f.name for f in style.families}) == len(style.families)
        for year in range(2015, 2021):
            plan = _Plan(style, 0, body, dt.date(year, 6, 21), style.sections[0])
            values = _slots(plan, ["Ada Brook", "Tom Vale"], ["One title", "Another"], rng)
            for fam in style.families:
                for _, template in fam.wordings:
                    text = render(template, values, rng)
                    assert text.strip() and "\n" not in text and "{" not in text, (
                        style.domain, fam.name)


def test_generation_is_deterministic(name: str) -> None:
    spec = SETS[name]
    bodies = made_up_bodies(name, 80)
    first = generate(bodies, spec.styles(), seed=spec.seed, n_publishers=12).docs
    again = generate(bodies, set_styles(name), seed=spec.seed, n_publishers=12).docs
    assert first == again


def test_labels_cover_every_line(name: str, docs: list[PlantedDoc]) -> None:
    families = {f"{s.domain}": {f.name for f in s.families} for s in set_styles(name)}
    for doc in docs:
        assert doc.text.split("\n\n") == [line.text for line in doc.lines]
        for line in doc.lines:
            assert line.text.strip() and "\n" not in line.text
            kind, _, rest = line.label.partition(":")
            assert line.label == "content" or kind in ("boilerplate", "negative")
            if kind == "negative":
                assert rest in NEGATIVE_KINDS
            if kind == "boilerplate":
                publisher, _, family = rest.partition("/")
                assert publisher == doc.publisher and re.fullmatch(r"[a-z][a-z-]*", family)
                if publisher in families:  # a style as written, not a renamed variant
                    assert family in families[publisher]


def test_publishers_range_from_a_handful_to_about_150(name: str,
                                                       docs: list[PlantedDoc]) -> None:
    sizes = Counter(doc.publisher for doc in docs)
    assert len(sizes) == 40
    assert max(sizes.values()) >= 120 and min(sizes.values()) <= 6
    assert SETS[name].publishers <= set(sizes)


def test_frequent_families_occur(name: str, docs: list[PlantedDoc]) -> None:
    seen = set(by_family(docs))
    sizes = Counter(doc.publisher for doc in docs)
    for style in set_styles(name):
        for fam in style.families:
            if sizes[style.domain] * fam.share >= 4:
                assert f"{style.domain}/{fam.name}" in seen


def test_mid_body_inserts_sit_inside_the_body(name: str, docs: list[PlantedDoc]) -> None:
    middle = {f"{s.domain}/{f.name}" for s in set_styles(name) for f in s.families
              if f.where == MIDDLE}
    found = 0
    for doc in docs:
        body = [i for i, line in enumerate(doc.lines) if not line.is_boilerplate]
        for i, line in enumerate(doc.lines):
            if line.label.removeprefix("boilerplate:") in middle:
                found += 1
                assert body[0] < i < body[-1]
    assert found > 100


def test_hard_negatives_present(docs: list[PlantedDoc]) -> None:
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    for kind in NEGATIVE_KINDS:
        assert kinds[f"negative:{kind}"] > 0, kind
    assert all(label_family(label) for label in kinds if label.startswith("boilerplate:"))
