"""The held-back-2 template set (`tests.bench.heldout_templates_2`) makes well-formed corpora.

Runs on made-up bodies, not on ../shared/data: every wording renders, every line carries a
label, the labels are well formed, and the variation the set promises actually occurs.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter, defaultdict

import pytest

from cleanpipe.sample.model import NEGATIVE_KINDS, PlantedDoc, label_family
from cleanpipe.sample.templates import MIDDLE, render
from tests.bench.heldout_templates_2 import heldout2_styles
from tests.bench.planted_real import GoldBody, _Plan, _slots, generate

_WORDS = ("river council budget harvest engine quietly northern vote market winter signal "
          "school bridge ledger orchard station copper meadow tariff ferry clinic").split()


def _bodies(n: int) -> list[GoldBody]:
    rng = random.Random(7)
    bodies = []
    for i in range(n):
        title = f"Report {i}: " + " ".join(rng.choices(_WORDS, k=5))
        lines = [title] + [f"Paragraph {i}.{j} " + " ".join(rng.choices(_WORDS, k=20)) + "."
                           for j in range(rng.randint(3, 9))]
        bodies.append(GoldBody(f"fake/{i}", title, tuple(lines), True))
    return bodies


@pytest.fixture(scope="module")
def docs() -> list[PlantedDoc]:
    return generate(_bodies(620), heldout2_styles(), seed=3).docs


def _by_family(docs: list[PlantedDoc]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        for line in doc.lines:
            if line.is_boilerplate:
                out[line.label.removeprefix("boilerplate:")].append(line.text)
    return out


def test_every_wording_of_every_style_renders() -> None:
    rng = random.Random(0)
    body = _bodies(1)[0]
    for style in heldout2_styles():
        assert style.families and len({f.name for f in style.families}) == len(style.families)
        for year in range(2015, 2021):
            plan = _Plan(style, 0, body, dt.date(year, 6, 21), style.sections[0])
            values = _slots(plan, ["Ada Brook", "Tom Vale"], ["One title", "Another"], rng)
            for fam in style.families:
                for _, template in fam.wordings:
                    text = render(template, values, rng)
                    assert text.strip() and "\n" not in text and "{" not in text, (
                        style.domain, fam.name)


def test_generation_is_deterministic() -> None:
    bodies = _bodies(80)
    first = generate(bodies, heldout2_styles(), seed=3, n_publishers=12).docs
    again = generate(bodies, heldout2_styles(), seed=3, n_publishers=12).docs
    assert first == again


def test_labels_cover_every_line(docs: list[PlantedDoc]) -> None:
    families = {f"{s.domain}": {f.name for f in s.families} for s in heldout2_styles()}
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


def test_publishers_range_from_a_handful_to_about_150(docs: list[PlantedDoc]) -> None:
    sizes = Counter(doc.publisher for doc in docs)
    assert len(sizes) == 40
    assert max(sizes.values()) >= 120 and min(sizes.values()) <= 6
    assert {"rheintaler-bote.de", "wartanusantara.co.id", "lecepcurieux.fr"} <= set(sizes)


def test_frequent_families_occur(docs: list[PlantedDoc]) -> None:
    seen = set(_by_family(docs))
    sizes = Counter(doc.publisher for doc in docs)
    for style in heldout2_styles():
        for fam in style.families:
            if sizes[style.domain] * fam.share >= 4:
                assert f"{style.domain}/{fam.name}" in seen


def test_variation_occurs(docs: list[PlantedDoc]) -> None:
    fams = _by_family(docs)
    # slots: dates, authors, titles, numbers and pools change the text between articles
    for fam in ("frontporchreport.com/posted", "lodestarnewswire.com/dateline",
                "rheintaler-bote.de/datum", "wartanusantara.co.id/baca-juga",
                "wqrn.org/listen", "frontporchreport.com/rating"):
        assert len(set(fams[fam])) >= 5, fam
    # notices reworded between years: both wordings occur
    assert any(t.startswith("Ver\u00f6ffentlicht am") for t in fams["rheintaler-bote.de/datum"])
    assert any(t.endswith(" Uhr") and t[0].isdigit() for t in fams["rheintaler-bote.de/datum"])
    disclaimers = set(fams["frontporchreport.com/disclaimer"])
    assert any(t.startswith("Contributor content") for t in disclaimers)
    assert any(t.startswith("The views") for t in disclaimers)
    # small edits: a fixed notice is not always byte-identical
    assert len(disclaimers) > 2
    # lines in only some articles
    carried = sum(any(line.label.endswith("/plus") for line in d.lines) for d in docs
                  if d.publisher == "rheintaler-bote.de")
    total = sum(d.publisher == "rheintaler-bote.de" for d in docs)
    assert 0 < carried < total
    # the comment form of a shared CMS appears at three or more publishers
    assert len({f.partition("/")[0] for f in fams if f.endswith("/required")}) >= 2
    assert len({f.partition("/")[0] for f in fams if f.endswith("/reply")}) >= 3


def test_mid_body_inserts_sit_inside_the_body(docs: list[PlantedDoc]) -> None:
    middle = {f"{s.domain}/{f.name}" for s in heldout2_styles() for f in s.families
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


def test_wired_into_the_planted_benchmark_with_its_own_seed() -> None:
    from tests.bench.planted_bench import TEMPLATE_SETS

    assert TEMPLATE_SETS["held-back-2"] == (heldout2_styles, 3)
    assert len({seed for _, seed in TEMPLATE_SETS.values()}) == len(TEMPLATE_SETS)
